"""The core: construct tree, App and Stack, tokens, CloudFormation elements and synthesis.

Nothing here knows about an AWS service; the public names are re-exported by the top-level package.
"""

from .type_checks import install_import_hook

# Public classes check their arguments at the call; see type_checks.py.
install_import_hook()

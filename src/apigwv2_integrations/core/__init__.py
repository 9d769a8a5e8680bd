"""The core: construct tree, App and Stack, tokens, CloudFormation elements and synthesis.

Nothing here knows about an AWS service; the public names are re-exported by the top-level package.
"""

from .collector import collect_less_often

# Importing the package's modules is the start of building a construct tree; see collector.py.
collect_less_often()

from .type_checks import install_import_hook  # noqa: E402

# Public classes check their arguments at the call; see type_checks.py.
install_import_hook()

from .jsii_fallback import install_jsii_fallback  # noqa: E402

# Apps moved from aws_cdk may `import jsii`; see jsii_fallback.py.
install_jsii_fallback()

"""The core: construct tree, App and Stack, tokens, CloudFormation elements and synthesis.

Nothing here knows about an AWS service; the public names are re-exported by the top-level package.
"""

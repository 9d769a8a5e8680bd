"""Function URL settings used by permissions."""

from __future__ import annotations

import enum


class FunctionUrlAuthType(enum.Enum):
    """How callers of a function URL are authenticated."""

    AWS_IAM = "AWS_IAM"
    NONE = "NONE"

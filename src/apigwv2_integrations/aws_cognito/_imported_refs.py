"""The user pool id in the `*_ref` of parts of a user pool imported without it."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.tokens.lazy import Lazy


def unknown_user_pool_id(scope: Construct, factory: str, identifier: str) -> str:
    """A token for the user pool id that `factory` does not know: rendering it reports that."""

    # Differs from aws-cdk-lib: it raises as soon as the reference is read, so the imported part could
    # not even be checked against its interface with `isinstance`.
    def report() -> str:
        raise ValidationError(
            scope,
            f"user_pool_id of the reference is not known: {factory}() does not give the user pool; "
            f"refer to the resource by its {identifier}",
        )

    return Lazy.string(report)

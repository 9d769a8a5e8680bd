"""The key policy statement that lets S3 use the key of an encrypted queue or topic."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_kms import IKey
from ..core.annotations import Annotations
from ..core.construct import Construct


def allow_s3_on_key(key: IKey, actions: Sequence[str], warning_id: str) -> None:
    """Let S3 use `key` for `actions`; an imported key's policy cannot change, so warn on it instead."""
    statement = PolicyStatement(
        principals=[ServicePrincipal("s3.amazonaws.com")], actions=list(actions), resources=["*"]
    )
    added = key.add_to_resource_policy(statement, True).statement_added
    if not added and isinstance(key, Construct):  # every key, defined or imported, is a construct
        import json  # deferred: only this warning writes indented JSON

        Annotations.of(key).add_warning_v2(
            warning_id,
            "Can not change key policy of imported kms key. Ensure that your key policy contains the "
            f"following permissions: \n{json.dumps(statement.to_json(), indent=2)}",
        )

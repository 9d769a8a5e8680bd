"""ApiMapping: maps a stage of an API to a custom domain name."""

from __future__ import annotations

from typing import Any

from ...cfn.aws_apigatewayv2 import CfnApiMapping
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.tokens.token import Token


class ApiMapping(Resource):
    """Maps an API stage to a custom domain (`AWS::ApiGatewayV2::ApiMapping`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: Any,
        domain_name: Any,
        api_mapping_key: str | None = None,
        stage: Any = None,
    ) -> None:
        super().__init__(scope, id)
        chosen_stage = stage if stage is not None else getattr(api, "default_stage", None)
        if chosen_stage is None:
            raise ValidationError(self, "stage=None and the API has no default stage; pass stage=...")
        if _is_bad_mapping_key(api_mapping_key):
            raise ValidationError(
                self,
                f"api_mapping_key={api_mapping_key!r} is invalid; omit it or use a key without "
                "leading or trailing slashes",
            )
        resource = CfnApiMapping(
            self,
            "Resource",
            api_id=api.api_id,
            domain_name=domain_name.name,
            stage=chosen_stage.stage_name,
            api_mapping_key=api_mapping_key,
        )
        # As aws-cdk-lib: the mapping waits for its stage; the domain name is only referenced.
        if isinstance(chosen_stage, Construct):
            self.node.add_dependency(chosen_stage)
        self.api_mapping_id = resource.ref
        self.mapping_key = api_mapping_key
        self.domain_name = domain_name


def _is_bad_mapping_key(key: str | None) -> bool:
    if key is None or Token.is_unresolved(key):
        return False
    return key == "" or key.startswith("/") or key.endswith("/")

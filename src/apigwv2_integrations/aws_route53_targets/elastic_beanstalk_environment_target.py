"""Alias records to an Elastic Beanstalk environment endpoint."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import cast
from ..core.stack import Stack
from ..core.tokens.token import Token
from ._regional_zones import ELASTIC_BEANSTALK_ZONES
from .shared import IAliasRecordTargetProps


class ElasticBeanstalkEnvironmentEndpointTarget:
    """An alias target to an environment endpoint such as `my-env.us-east-1.elasticbeanstalk.com`."""

    def __init__(self, environment_endpoint: str, props: IAliasRecordTargetProps | None = None) -> None:
        self.environment_endpoint = environment_endpoint
        self.props = props

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the endpoint, and Elastic Beanstalk's hosted zone in its region."""
        scope = cast("Construct", record)
        hosted_zone_id = getattr(self.props, "hosted_zone_id", None)
        if hosted_zone_id is None:
            region = self._region(scope)
            hosted_zone_id = ELASTIC_BEANSTALK_ZONES.get(region) if region is not None else None
            if hosted_zone_id is None:
                where = f"region {region!r}" if region is not None else "an unknown region"
                raise ValidationError(
                    scope,
                    f"environment_endpoint={self.environment_endpoint!r} is in {where}, which has no known "
                    "Elastic Beanstalk hosted zone; use an endpoint that names its region, such as "
                    "'my-env.us-east-1.elasticbeanstalk.com', or pass props with hosted_zone_id",
                )
        return AliasRecordTargetConfig(
            dns_name=self.environment_endpoint,
            hosted_zone_id=hosted_zone_id,
            evaluate_target_health=getattr(self.props, "evaluate_target_health", None),
        )

    def _region(self, scope: Construct) -> str | None:
        """The region named in the endpoint (third part from the end), else that of the record's stack."""
        if Token.is_unresolved(self.environment_endpoint):
            region = Stack.of(scope).region
            return None if Token.is_unresolved(region) else region
        labels = self.environment_endpoint.split(".")
        return labels[-3] if len(labels) >= 3 else None

"""LambdaInsightsVersion: the CloudWatch Lambda Insights extension layer a function runs with."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.lazy import Lazy
from ..core.tokens.resolvable import IResolveContext
from ._lambda_insights_layers import INSIGHTS_LAYERS
from ._region_layers import mapping_key, regional_layer_arn
from .architecture import Architecture

if TYPE_CHECKING:
    from typing import ClassVar

# The stack-wide mapping of the layer ARNs; its id is aws-cdk-lib's, and so is its logical ID.
_MAPPING_ID = "Cloudwatch-lambda-insights-versionMap"


def _constant_name(version: str) -> str:
    return "VERSION_" + version.replace(".", "_")


class LambdaInsightsVersion:
    """A version of the Lambda Insights extension: one AWS publishes, or a layer ARN of your own."""

    VERSION_1_0_54_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_86_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_89_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_98_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_119_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_135_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_143_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_178_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_229_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_273_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_275_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_295_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_317_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_333_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_391_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_404_0: ClassVar[LambdaInsightsVersion]
    VERSION_1_0_498_0: ClassVar[LambdaInsightsVersion]

    def __init__(self) -> None:
        self._version: str | None = None
        self._arn: str | None = None

    @staticmethod
    def from_insight_version_arn(arn: str) -> LambdaInsightsVersion:
        """A layer of your own, by ARN; a function uses it whatever its architecture."""
        version = LambdaInsightsVersion()
        version._arn = arn
        return version

    @property
    def layer_version_arn(self) -> str:
        """The layer's ARN; for a published version, the x86_64 layer in the region of the stack that
        uses it."""
        if self._arn is not None:
            return self._arn
        return Lazy.uncached_string(self._x86_64_arn)

    def _x86_64_arn(self, context: IResolveContext) -> str:
        try:
            return self._bind(context.scope, Architecture.X86_64, may_add_rows=False)
        except LookupError:
            # Differs from aws-cdk-lib, which fills its mapping before writing the template: here the
            # mapping may be written already, so only the rows a function of the stack added are there.
            raise ValidationError(
                context.scope,
                f"{self!r}.layer_version_arn has no row in the stack's layer mapping (the stack has no "
                f"region); give a function of the stack insights_version={self!r}, or give the stack a "
                "region",
            ) from None

    def _bind(self, scope: Construct, architecture: Architecture, *, may_add_rows: bool = True) -> str:
        """The layer's ARN for a function in `scope` on `architecture`."""
        if self._version is None:
            return self._arn or ""
        layers = INSIGHTS_LAYERS.get((self._version, architecture.name))
        if layers is None:
            first = next((version for version, arch in INSIGHTS_LAYERS if arch == architecture.name), None)
            fix = f"use {_constant_name(first)} or later, or " if first is not None else "use "
            raise ValidationError(
                scope,
                f"insights_version={self!r} has no {architecture.name} layer; "
                f"{fix}architecture=Architecture.X86_64",
            )
        key = mapping_key(self._version, architecture.name)
        arn = regional_layer_arn(scope, _MAPPING_ID, key, layers, may_add_rows=may_add_rows)
        if arn is None:
            region = Stack.of(scope).region
            published = [
                _constant_name(version)
                for (version, arch), regions in INSIGHTS_LAYERS.items()
                if arch == architecture.name and region in regions
            ]
            fix = (
                f"use {', '.join(published)}"
                if published
                else "use from_insight_version_arn with a layer there"
            )
            raise ValidationError(
                scope,
                f"insights_version={self!r} has no {architecture.name} layer in region {region!r}; {fix}",
            )
        return arn

    def __repr__(self) -> str:
        if self._version is not None:
            return f"LambdaInsightsVersion.{_constant_name(self._version)}"
        return f"LambdaInsightsVersion.from_insight_version_arn({self._arn!r})"


def _published(version: str) -> LambdaInsightsVersion:
    insights = LambdaInsightsVersion()
    insights._version = version
    return insights


LambdaInsightsVersion.VERSION_1_0_54_0 = _published("1.0.54.0")
LambdaInsightsVersion.VERSION_1_0_86_0 = _published("1.0.86.0")
LambdaInsightsVersion.VERSION_1_0_89_0 = _published("1.0.89.0")
LambdaInsightsVersion.VERSION_1_0_98_0 = _published("1.0.98.0")
LambdaInsightsVersion.VERSION_1_0_119_0 = _published("1.0.119.0")
LambdaInsightsVersion.VERSION_1_0_135_0 = _published("1.0.135.0")
LambdaInsightsVersion.VERSION_1_0_143_0 = _published("1.0.143.0")
LambdaInsightsVersion.VERSION_1_0_178_0 = _published("1.0.178.0")
LambdaInsightsVersion.VERSION_1_0_229_0 = _published("1.0.229.0")
LambdaInsightsVersion.VERSION_1_0_273_0 = _published("1.0.273.0")
LambdaInsightsVersion.VERSION_1_0_275_0 = _published("1.0.275.0")
LambdaInsightsVersion.VERSION_1_0_295_0 = _published("1.0.295.0")
LambdaInsightsVersion.VERSION_1_0_317_0 = _published("1.0.317.0")
LambdaInsightsVersion.VERSION_1_0_333_0 = _published("1.0.333.0")
LambdaInsightsVersion.VERSION_1_0_391_0 = _published("1.0.391.0")
LambdaInsightsVersion.VERSION_1_0_404_0 = _published("1.0.404.0")
LambdaInsightsVersion.VERSION_1_0_498_0 = _published("1.0.498.0")

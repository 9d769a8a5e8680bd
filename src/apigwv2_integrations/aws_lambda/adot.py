"""AWS Distro for OpenTelemetry (ADOT) instrumentation of a function: the layer versions AWS publishes,
the wrapper script that starts the function, and the `adot_instrumentation` setting that joins them."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from ._adot_layers import adot_layers
from ._region_layers import mapping_key, regional_layer_arn
from .architecture import Architecture

if TYPE_CHECKING:
    from typing import ClassVar

# The stack-wide mapping of the layer ARNs in a stack without a region; its id is aws-cdk-lib's, and so
# is its logical ID.
_MAPPING_ID = "Adot-lambda-layerMap"


class AdotLambdaExecWrapper(SimpleEnum):
    """The wrapper script that starts an instrumented function (`AWS_LAMBDA_EXEC_WRAPPER`)."""

    REGULAR_HANDLER = "REGULAR_HANDLER"
    """Wraps regular handlers (implementing RequestHandler)."""
    PROXY_HANDLER = "PROXY_HANDLER"
    """Wraps handlers behind an API Gateway REST API or HTTP API (Java)."""
    STREAM_HANDLER = "STREAM_HANDLER"
    """Wraps streaming handlers (implementing RequestStreamHandler)."""
    INSTRUMENT_HANDLER = "INSTRUMENT_HANDLER"
    """Wraps Python handlers (the only wrapper Python functions accept)."""
    SQS_HANDLER = "SQS_HANDLER"
    """Wraps SQS handlers (Java)."""


# The script each wrapper names, in the layers AWS publishes.
_WRAPPER_SCRIPTS = {
    AdotLambdaExecWrapper.REGULAR_HANDLER: "/opt/otel-handler",
    AdotLambdaExecWrapper.PROXY_HANDLER: "/opt/otel-proxy-handler",
    AdotLambdaExecWrapper.STREAM_HANDLER: "/opt/otel-stream-handler",
    AdotLambdaExecWrapper.INSTRUMENT_HANDLER: "/opt/otel-instrument",
    AdotLambdaExecWrapper.SQS_HANDLER: "/opt/otel-sqs-handler",
}


class _AdotLambdaLayerVersion:
    """A published version of one kind of ADOT layer; subclasses name the kind and its versions."""

    _LAYER_TYPE: ClassVar[str]
    LATEST: ClassVar[_AdotLambdaLayerVersion]

    def __init__(self, version: str, constant: str) -> None:
        self._layer_version = version
        self._constant = constant

    def layer_arn(self, scope: Construct, architecture: Architecture) -> str:
        """The layer's ARN for a function in `scope` on `architecture`: literal in a stack with a region,
        looked up on `AWS::Region` in one without."""
        layers = adot_layers(self._LAYER_TYPE, self._layer_version, architecture.name)
        region = Stack.of(scope).region
        if not layers and Token.is_unresolved(region):
            raise ValidationError(
                scope, f"{self!r} has no {architecture.name} layer in any region; use another version"
            )
        key = mapping_key(self._LAYER_TYPE, self._layer_version, architecture.name)
        arn = regional_layer_arn(scope, _MAPPING_ID, key, layers)
        if arn is None:
            published = [
                constant
                for constant, version in vars(type(self)).items()
                if isinstance(version, _AdotLambdaLayerVersion)
                and constant != "LATEST"
                and region in adot_layers(self._LAYER_TYPE, version._layer_version, architecture.name)
            ]
            fix = f"use {', '.join(published)}" if published else "use a region where AWS publishes it"
            raise ValidationError(
                scope, f"{self!r} has no {architecture.name} layer in region {region!r}; {fix}"
            )
        return arn

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._constant}"


class AdotLambdaLayerJavaSdkVersion(_AdotLambdaLayerVersion):
    """A version of the ADOT Lambda layer for the Java SDK."""

    _LAYER_TYPE = "JAVA_SDK"
    V1_32_0_1: ClassVar[AdotLambdaLayerJavaSdkVersion]
    V1_32_0: ClassVar[AdotLambdaLayerJavaSdkVersion]
    V1_31_0: ClassVar[AdotLambdaLayerJavaSdkVersion]
    V1_30_0: ClassVar[AdotLambdaLayerJavaSdkVersion]
    V1_28_1: ClassVar[AdotLambdaLayerJavaSdkVersion]
    V1_19_0: ClassVar[AdotLambdaLayerJavaSdkVersion]
    LATEST: ClassVar[AdotLambdaLayerJavaSdkVersion]
    """The latest version this package knows (1.32.0-1)."""


class AdotLambdaLayerJavaAutoInstrumentationVersion(_AdotLambdaLayerVersion):
    """A version of the ADOT Lambda layer for Java auto-instrumentation."""

    _LAYER_TYPE = "JAVA_AUTO_INSTRUMENTATION"
    V1_32_0_1: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    V1_32_0: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    V1_31_0: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    V1_30_0: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    V1_28_1: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    V1_19_2: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    LATEST: ClassVar[AdotLambdaLayerJavaAutoInstrumentationVersion]
    """The latest version this package knows (1.32.0-1)."""


class AdotLambdaLayerJavaScriptSdkVersion(_AdotLambdaLayerVersion):
    """A version of the ADOT Lambda layer for the JavaScript SDK."""

    _LAYER_TYPE = "JAVASCRIPT_SDK"
    V1_30_0: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    V1_18_1: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    V1_17_1: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    V1_16_0: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    V1_15_0_1: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    V1_7_0: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    LATEST: ClassVar[AdotLambdaLayerJavaScriptSdkVersion]
    """The latest version this package knows (1.30.0)."""


class AdotLambdaLayerPythonSdkVersion(_AdotLambdaLayerVersion):
    """A version of the ADOT Lambda layer for the Python SDK."""

    _LAYER_TYPE = "PYTHON_SDK"
    V1_29_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_25_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_24_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_21_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_20_0_1: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_20_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_19_0_1: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_18_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_17_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_16_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_15_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    V1_14_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    """Version 1.14.0: AWS publishes no layer of it, so a function cannot use it."""
    V1_13_0: ClassVar[AdotLambdaLayerPythonSdkVersion]
    LATEST: ClassVar[AdotLambdaLayerPythonSdkVersion]
    """The latest version this package knows (1.29.0)."""


class AdotLambdaLayerGenericVersion(_AdotLambdaLayerVersion):
    """A version of the generic ADOT Lambda layer (the ADOT collector, for any runtime)."""

    _LAYER_TYPE = "GENERIC"
    V0_115_0: ClassVar[AdotLambdaLayerGenericVersion]
    V0_102_1: ClassVar[AdotLambdaLayerGenericVersion]
    V0_98_0: ClassVar[AdotLambdaLayerGenericVersion]
    V0_90_1: ClassVar[AdotLambdaLayerGenericVersion]
    V0_88_0: ClassVar[AdotLambdaLayerGenericVersion]
    V0_84_0: ClassVar[AdotLambdaLayerGenericVersion]
    V0_82_0: ClassVar[AdotLambdaLayerGenericVersion]
    V0_62_1: ClassVar[AdotLambdaLayerGenericVersion]
    LATEST: ClassVar[AdotLambdaLayerGenericVersion]
    """The latest version this package knows (0.115.0)."""


def _declare_versions(cls: type[_AdotLambdaLayerVersion], latest: str) -> None:
    """Set each `V<x>_<y>_<z>[_<n>]` constant (version `x.y.z[-n]`) and LATEST."""
    for constant in [name for name in cls.__annotations__ if name.startswith("V")]:
        number = constant[1:].split("_")
        version = ".".join(number[:3]) + (f"-{number[3]}" if len(number) > 3 else "")
        setattr(cls, constant, cls(version, constant))
    latest_version: _AdotLambdaLayerVersion = getattr(cls, latest)
    cls.LATEST = cls(latest_version._layer_version, "LATEST")


_declare_versions(AdotLambdaLayerJavaSdkVersion, "V1_32_0_1")
_declare_versions(AdotLambdaLayerJavaAutoInstrumentationVersion, "V1_32_0_1")
_declare_versions(AdotLambdaLayerJavaScriptSdkVersion, "V1_30_0")
_declare_versions(AdotLambdaLayerPythonSdkVersion, "V1_29_0")
_declare_versions(AdotLambdaLayerGenericVersion, "V0_115_0")


class AdotLayerVersion:
    """The ADOT layer a function runs with: one of the versions AWS publishes, of one kind."""

    def __init__(self) -> None:
        self._version: _AdotLambdaLayerVersion | None = None
        self._factory = ""

    @staticmethod
    def _of(version: _AdotLambdaLayerVersion, factory: str) -> AdotLayerVersion:
        layer = AdotLayerVersion()
        layer._version = version
        layer._factory = factory
        return layer

    @staticmethod
    def from_java_sdk_layer_version(version: AdotLambdaLayerJavaSdkVersion) -> AdotLayerVersion:
        """The ADOT layer for the Java SDK."""
        return AdotLayerVersion._of(version, "from_java_sdk_layer_version")

    @staticmethod
    def from_java_auto_instrumentation_layer_version(
        version: AdotLambdaLayerJavaAutoInstrumentationVersion,
    ) -> AdotLayerVersion:
        """The ADOT layer for Java auto-instrumentation."""
        return AdotLayerVersion._of(version, "from_java_auto_instrumentation_layer_version")

    @staticmethod
    def from_java_script_sdk_layer_version(version: AdotLambdaLayerJavaScriptSdkVersion) -> AdotLayerVersion:
        """The ADOT layer for the JavaScript SDK."""
        return AdotLayerVersion._of(version, "from_java_script_sdk_layer_version")

    @staticmethod
    def from_python_sdk_layer_version(version: AdotLambdaLayerPythonSdkVersion) -> AdotLayerVersion:
        """The ADOT layer for the Python SDK."""
        return AdotLayerVersion._of(version, "from_python_sdk_layer_version")

    @staticmethod
    def from_generic_layer_version(version: AdotLambdaLayerGenericVersion) -> AdotLayerVersion:
        """The generic ADOT layer (the collector)."""
        return AdotLayerVersion._of(version, "from_generic_layer_version")

    def _layer_arn(self, scope: Construct, architecture: Architecture) -> str:
        if self._version is None:
            raise ValidationError(
                scope,
                "adot_instrumentation.layer_version=AdotLayerVersion() names no layer; "
                "use AdotLayerVersion.from_generic_layer_version(...) or another from_* factory",
            )
        return self._version.layer_arn(scope, architecture)

    def __repr__(self) -> str:
        if self._version is None:
            return "AdotLayerVersion()"
        return f"AdotLayerVersion.{self._factory}({self._version!r})"


@lazy_frozen(kw_only=True)
class AdotInstrumentationConfig(metaclass=LazyAttrsMeta):
    """How a function is instrumented with ADOT: the layer, and the wrapper that starts the function."""

    exec_wrapper: AdotLambdaExecWrapper
    """The wrapper script that starts the function (`AWS_LAMBDA_EXEC_WRAPPER`)."""
    layer_version: AdotLayerVersion
    """The ADOT layer the function runs with."""


def adot_settings(
    scope: Construct, config: AdotInstrumentationConfig, architecture: Architecture
) -> tuple[str, str]:
    """The layer ARN and the `AWS_LAMBDA_EXEC_WRAPPER` value of a function in `scope` on `architecture`."""
    return config.layer_version._layer_arn(scope, architecture), _WRAPPER_SCRIPTS[config.exec_wrapper]

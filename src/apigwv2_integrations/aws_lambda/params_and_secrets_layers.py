"""ParamsAndSecretsLayerVersion: the AWS Parameters and Secrets Lambda Extension layer, and its settings."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from ._region_layers import mapping_key, regional_layer_arn
from .architecture import Architecture

# The stack-wide mapping of the layer ARNs; its id is aws-cdk-lib's, and so is its logical ID.
_MAPPING_ID = "Params-and-secrets-layerMap"
_MAX_TTL_SECONDS = 300

# AWS publishes these layers ("Using Parameter Store parameters in AWS Lambda functions", "AWS Parameters
# and Secrets Lambda Extension ARNs"): per version and architecture, each region's `account:name:version`.
# The table holds the versions and regions aws-cdk-lib 2.275.0 knows.
_LAYERS: dict[tuple[str, str], dict[str, str]] = {
    ("1.0.103", "x86_64"): {
        "af-south-1": "317013901791:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-east-1": "768336418462:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-northeast-1": "133490724326:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-northeast-2": "738900069198:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-northeast-3": "576959938190:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-south-1": "176022468876:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-south-2": "070087711984:AWS-Parameters-and-Secrets-Lambda-Extension:1",
        "ap-southeast-1": "044395824272:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-southeast-2": "665172237481:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ap-southeast-3": "490737872127:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "ca-central-1": "200266452380:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "cn-north-1": "287114880934:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "cn-northwest-1": "287310001119:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-central-1": "187925254637:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-central-2": "772501565639:AWS-Parameters-and-Secrets-Lambda-Extension:1",
        "eu-north-1": "427196147048:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-south-1": "325218067255:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-south-2": "524103009944:AWS-Parameters-and-Secrets-Lambda-Extension:1",
        "eu-west-1": "015030872274:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-west-2": "133256977650:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "eu-west-3": "780235371811:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "me-central-1": "858974508948:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "me-south-1": "832021897121:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "sa-east-1": "933737806257:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-east-1": "177933569100:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-east-2": "590474943231:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-gov-east-1": "129776340158:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-gov-west-1": "127562683043:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-west-1": "997803712105:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        "us-west-2": "345057560386:AWS-Parameters-and-Secrets-Lambda-Extension:4",
    },
    ("1.0.103", "arm64"): {
        "af-south-1": "317013901791:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "ap-east-1": "768336418462:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "ap-northeast-1": "133490724326:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "ap-northeast-2": "738900069198:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "ap-south-1": "176022468876:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "ap-southeast-1": "044395824272:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "ap-southeast-2": "665172237481:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "ap-southeast-3": "490737872127:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "ca-central-1": "200266452380:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "eu-central-1": "187925254637:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "eu-north-1": "427196147048:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "eu-south-1": "325218067255:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "eu-west-1": "015030872274:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "eu-west-2": "133256977650:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "eu-west-3": "780235371811:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "me-south-1": "832021897121:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "sa-east-1": "933737806257:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "us-east-1": "177933569100:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "us-east-2": "590474943231:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
        "us-west-1": "997803712105:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:1",
        "us-west-2": "345057560386:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
    },
}


class ParamsAndSecretsVersions(SimpleEnum):
    """A published version of the Parameters and Secrets Extension."""

    V1_0_103 = "1.0.103"
    """Version 1.0.103."""


class ParamsAndSecretsLogLevel(SimpleEnum):
    """How much the extension logs."""

    DEBUG = "debug"
    INFO = "info"
    WARN = "warn"
    ERROR = "error"
    NONE = "none"


@lazy_frozen(kw_only=True)
class ParamsAndSecretsOptions(metaclass=LazyAttrsMeta):
    """How the Parameters and Secrets Extension runs (it reads these as environment variables)."""

    cache_enabled: bool | None = None
    """Whether the extension caches parameters and secrets. Default: True."""
    cache_size: float | None = None
    """How many secrets and parameters to cache, 0 to 1000. Default: 1000."""
    http_port: float | None = None
    """The port of the extension's local HTTP server, 1 to 65535. Default: 2773."""
    log_level: ParamsAndSecretsLogLevel | None = None
    """How much the extension logs. Default: ParamsAndSecretsLogLevel.INFO."""
    max_connections: float | None = None
    """The most connections to Parameter Store or Secrets Manager, at least 1. Default: 3."""
    parameter_store_timeout: Duration | None = None
    """The timeout of requests to Parameter Store; 0 means none. Default: 0 seconds."""
    parameter_store_ttl: Duration | None = None
    """How long a cached parameter lives, at most 300 seconds. Default: 300 seconds."""
    secrets_manager_timeout: Duration | None = None
    """The timeout of requests to Secrets Manager; 0 means none. Default: 0 seconds."""
    secrets_manager_ttl: Duration | None = None
    """How long a cached secret lives, at most 300 seconds. Default: 300 seconds."""


def _number_text(value: float) -> str:
    """A number as JavaScript's toString writes it (`5`, not `5.0`)."""
    if Token.is_unresolved(value):
        return Token.as_string(value)
    return js_number_text(value)


def _check_range(scope: Construct, name: str, value: float, low: float, high: float | None) -> None:
    if Token.is_unresolved(value) or (low <= value and (high is None or value <= high)):
        return
    allowed = f"{_number_text(low)} to {_number_text(high)}" if high is not None else f"at least {low}"
    raise ValidationError(scope, f"params_and_secrets.{name}={value!r} is out of range; use {allowed}")


def _check_ttl(scope: Construct, name: str, ttl: Duration) -> None:
    if not ttl.is_unresolved() and ttl.to_seconds(integral=False) > _MAX_TTL_SECONDS:
        raise ValidationError(
            scope, f"params_and_secrets.{name}={ttl!r} is too long; use at most Duration.seconds(300)"
        )


class ParamsAndSecretsLayerVersion:
    """The Parameters and Secrets Extension layer: a published version, or a layer ARN of your own."""

    def __init__(
        self, version: ParamsAndSecretsVersions | None, arn: str | None, options: ParamsAndSecretsOptions
    ) -> None:
        self._version = version
        self._arn = arn
        self.options = options

    @staticmethod
    def from_version(
        version: ParamsAndSecretsVersions,
        *,
        cache_enabled: bool | None = None,
        cache_size: float | None = None,
        http_port: float | None = None,
        log_level: ParamsAndSecretsLogLevel | None = None,
        max_connections: float | None = None,
        parameter_store_timeout: Duration | None = None,
        parameter_store_ttl: Duration | None = None,
        secrets_manager_timeout: Duration | None = None,
        secrets_manager_ttl: Duration | None = None,
    ) -> ParamsAndSecretsLayerVersion:
        """A version AWS publishes, in the region of the function's stack."""
        options = ParamsAndSecretsOptions(
            cache_enabled=cache_enabled,
            cache_size=cache_size,
            http_port=http_port,
            log_level=log_level,
            max_connections=max_connections,
            parameter_store_timeout=parameter_store_timeout,
            parameter_store_ttl=parameter_store_ttl,
            secrets_manager_timeout=secrets_manager_timeout,
            secrets_manager_ttl=secrets_manager_ttl,
        )
        return ParamsAndSecretsLayerVersion(ParamsAndSecretsVersions(version), None, options)

    @staticmethod
    def from_version_arn(
        arn: str,
        *,
        cache_enabled: bool | None = None,
        cache_size: float | None = None,
        http_port: float | None = None,
        log_level: ParamsAndSecretsLogLevel | None = None,
        max_connections: float | None = None,
        parameter_store_timeout: Duration | None = None,
        parameter_store_ttl: Duration | None = None,
        secrets_manager_timeout: Duration | None = None,
        secrets_manager_ttl: Duration | None = None,
    ) -> ParamsAndSecretsLayerVersion:
        """A layer by ARN; a function uses it whatever its architecture."""
        options = ParamsAndSecretsOptions(
            cache_enabled=cache_enabled,
            cache_size=cache_size,
            http_port=http_port,
            log_level=log_level,
            max_connections=max_connections,
            parameter_store_timeout=parameter_store_timeout,
            parameter_store_ttl=parameter_store_ttl,
            secrets_manager_timeout=secrets_manager_timeout,
            secrets_manager_ttl=secrets_manager_ttl,
        )
        return ParamsAndSecretsLayerVersion(None, arn, options)

    def _bind(self, scope: Construct, architecture: Architecture) -> tuple[str, dict[str, str]]:
        """The layer's ARN for a function in `scope` on `architecture`, and the environment it reads."""
        return self._layer_arn(scope, architecture), self._environment(scope)

    def _layer_arn(self, scope: Construct, architecture: Architecture) -> str:
        if self._version is None:
            return self._arn or ""
        version = self._version.value
        layers = _LAYERS.get((version, architecture.name), {})
        arn = regional_layer_arn(scope, _MAPPING_ID, mapping_key(version, architecture.name), layers)
        if arn is None:
            region = Stack.of(scope).region
            raise ValidationError(
                scope,
                f"params_and_secrets={self!r} has no {architecture.name} layer in region {region!r}; "
                "use from_version_arn with a layer there, or another architecture",
            )
        return arn

    def _environment(self, scope: Construct) -> dict[str, str]:
        options = self.options
        cache_size = options.cache_size if options.cache_size is not None else 1000
        http_port = options.http_port if options.http_port is not None else 2773
        max_connections = options.max_connections if options.max_connections is not None else 3
        _check_range(scope, "cache_size", cache_size, 0, 1000)
        _check_range(scope, "http_port", http_port, 1, 65535)
        _check_range(scope, "max_connections", max_connections, 1, None)
        default_ttl = Duration.seconds(_MAX_TTL_SECONDS)
        secrets_ttl = options.secrets_manager_ttl or default_ttl
        parameters_ttl = options.parameter_store_ttl or default_ttl
        _check_ttl(scope, "secrets_manager_ttl", secrets_ttl)
        _check_ttl(scope, "parameter_store_ttl", parameters_ttl)
        secrets_timeout = options.secrets_manager_timeout or Duration.seconds(0)
        parameters_timeout = options.parameter_store_timeout or Duration.seconds(0)
        log_level = options.log_level or ParamsAndSecretsLogLevel.INFO
        # Every setting is written, defaults included, as aws-cdk-lib does.
        return {
            "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED": "false"
            if options.cache_enabled is False
            else "true",
            "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE": _number_text(cache_size),
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": _number_text(http_port),
            "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL": log_level.value,
            "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS": _number_text(max_connections),
            "SECRETS_MANAGER_TIMEOUT_MILLIS": _number_text(secrets_timeout.to_milliseconds()),
            "SECRETS_MANAGER_TTL": _number_text(secrets_ttl.to_seconds()),
            "SSM_PARAMETER_STORE_TIMEOUT_MILLIS": _number_text(parameters_timeout.to_milliseconds()),
            "SSM_PARAMETER_STORE_TTL": _number_text(parameters_ttl.to_seconds()),
        }

    def __repr__(self) -> str:
        if self._version is not None:
            version = f"ParamsAndSecretsVersions.{self._version.name}"
            return f"ParamsAndSecretsLayerVersion.from_version({version}, ...)"
        return f"ParamsAndSecretsLayerVersion.from_version_arn({self._arn!r}, ...)"

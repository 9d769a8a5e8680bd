"""The hash in the logical ID of a function's current version, computed as aws-cdk-lib computes it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..core.cfn_element import render_element
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.stack import Stack
from ..core.synthesis.json_text import json_stringify
from ..core.tokens.token import Token
from .layers import ILayerVersion
from .runtime import Runtime, RuntimeFamily

if TYPE_CHECKING:
    from typing import Any

RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
RECOGNIZE_VERSION_PROPS = "@aws-cdk/aws-lambda:recognizeVersionProps"

# The property order of the hash, as aws-cdk-lib writes it: these first, in this order, then the others
# sorted by name.
_HASH_ORDER = (
    "Code",
    "Handler",
    "Role",
    "Runtime",
    "Architectures",
    "CodeSigningConfigArn",
    "DeadLetterConfig",
    "Description",
    "Environment",
    "EphemeralStorage",
    "FileSystemConfigs",
    "FunctionName",
    "ImageConfig",
    "KmsKeyArn",
    "Layers",
    "MemorySize",
    "PackageType",
    "ReservedConcurrentExecutions",
    "RuntimeManagementConfig",
    "SnapStart",
    "Tags",
    "Timeout",
    "TracingConfig",
    "VpcConfig",
)
# Whether each AWS::Lambda::Function property changes the current version's hash (locked to the version).
# Properties missing here stop synthesis; Function.classify_version_property adds to this table.
VERSION_LOCKED: dict[str, bool] = {
    "Architectures": True,
    "CapacityProviderConfig": True,
    "Code": True,
    "CodeSigningConfigArn": False,
    "DeadLetterConfig": True,
    "Description": True,
    "DurableConfig": True,
    "Environment": True,
    "EphemeralStorage": True,
    "FileSystemConfigs": True,
    "FunctionName": True,
    "FunctionScalingConfig": True,
    "Handler": True,
    "ImageConfig": True,
    "KmsKeyArn": True,
    "Layers": True,
    "LoggingConfig": True,
    "MemorySize": True,
    "PackageType": True,
    "PublishToLatestPublished": True,
    "RecursiveLoop": True,
    "ReservedConcurrentExecutions": False,
    "Role": True,
    "Runtime": True,
    "RuntimeManagementConfig": True,
    "SnapStart": True,
    "Tags": False,
    "TenancyConfig": False,
    "Timeout": True,
    "TracingConfig": True,
    "VpcConfig": True,
}


def classify_version_property(property_name: str, locked: bool) -> None:
    """Record whether an `AWS::Lambda::Function` property changes the current version's hash."""
    VERSION_LOCKED[property_name] = locked


def calculate_function_hash(
    fn: Construct, resource: CfnResource, layers: Sequence[ILayerVersion], additional: str = ""
) -> str:
    """The MD5 of the function's version-locked configuration, its layers and `additional`.

    `fn` is the function (its feature flags decide what counts, and errors name it), `resource` its
    `AWS::Lambda::Function` and `layers` its layers in template order.
    """
    if not FeatureFlags.of(fn).is_enabled(RECOGNIZE_VERSION_PROPS):
        text = _legacy_configuration_text(resource)
    else:
        text = _configuration_text(fn, resource)
    if FeatureFlags.of(fn).is_enabled(RECOGNIZE_LAYER_VERSION):
        text += calculate_layers_hash(layers, resource.stack)
    return hashlib.md5((text + additional).encode("utf-8")).hexdigest()


def _configuration_text(fn: Construct, resource: CfnResource) -> str:
    """The resource's rendered properties, as the template has them, with the version-locked ones kept."""
    properties = render_element(resource).get("Properties", {})
    unknown = [name for name in properties if name not in VERSION_LOCKED]
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        raise ValidationError(
            fn,
            f"current_version cannot tell whether properties {names} change the version; call "
            "Function.classify_version_property(name, locked) for each (locked=True when a change "
            "needs a new version)",
        )
    locked = {name: value for name, value in properties.items() if VERSION_LOCKED[name]}
    return json_stringify(_in_hash_order(locked))


def _legacy_configuration_text(resource: CfnResource) -> str:
    """The text when the `recognizeVersionProps` flag is off: the whole resource, every property."""
    body = dict(render_element(resource))
    properties = body.get("Properties", {})
    body["Properties"] = _in_hash_order(properties)
    document = {"Resources": {resource.logical_id: body}}
    return json_stringify(document)


def _in_hash_order(properties: dict[str, Any]) -> dict[str, Any]:
    ordered = {name: properties[name] for name in _HASH_ORDER if name in properties}
    ordered.update((name, properties[name]) for name in sorted(properties) if name not in ordered)
    return ordered


def calculate_layers_hash(layers: Sequence[ILayerVersion], stack: Stack) -> str:
    """The layers' part of the version hash under `@aws-cdk/aws-lambda:recognizeLayerVersion`.

    A layer defined in the app counts with its resolved properties, keyed by its construct id; an
    imported one with its compatible runtimes, keyed by its ARN (a token ARN, whose text aws-cdk-lib
    numbers differently, is resolved for `stack`, the function's, instead).
    """
    config: dict[str, Any] = {}
    for layer in layers:
        node = cast("Construct", layer).node
        resource = node.default_child
        if isinstance(resource, CfnResource):
            properties = render_element(resource).get("Properties", {})
            # `Content` (required) first, then the others in template order, as aws-cdk-lib hashes them.
            ordered = {"Content": properties["Content"]} if "Content" in properties else {}
            ordered.update((name, value) for name, value in properties.items() if name not in ordered)
            config[node.id] = ordered
            continue
        arn = layer.layer_version_arn
        runtimes = getattr(layer, "compatible_runtimes", None)
        if Token.is_unresolved(arn):
            entry: dict[str, Any] = {"arn": stack.resolve(arn)}
            if runtimes is not None:
                entry["runtimes"] = [runtime.name for runtime in runtimes]
            config[node.id] = entry
        elif runtimes is not None:
            config[arn] = [_runtime_as_json(runtime) for runtime in runtimes]
    return hashlib.md5(json_stringify(config).encode("utf-8")).hexdigest()


def _runtime_as_json(runtime: Runtime) -> dict[str, Any]:
    """A runtime as aws-cdk-lib's JSON.stringify writes its Runtime object (for the layers hash)."""
    image = runtime._bundling_docker_image
    rendered: dict[str, Any] = {
        "name": runtime.name,
        "supportsInlineCode": runtime.supports_inline_code,
        "supportsCodeGuruProfiling": runtime.supports_code_guru_profiling,
        "supportsSnapStart": runtime.supports_snap_start,
    }
    if runtime.family is not None:
        rendered["family"] = list(RuntimeFamily).index(runtime.family)
    rendered.update(bundlingDockerImage=image, bundlingImage=image, isVariable=runtime.is_variable)
    return rendered

"""The ARN of a layer AWS publishes per region: literal in a region stack, looked up in an agnostic one."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..core.cfn_mapping import CfnMapping
from ..core.construct import Construct
from ..core.feature_flags import flag_value
from ..core.region_partitions import PARTITION_BY_REGION
from ..core.stack import Stack
from ..core.tokens.pseudo import Aws
from ..core.tokens.token import Token

TARGET_PARTITIONS = "@aws-cdk/core:target-partitions"


def mapping_key(*parts: str) -> str:
    """A `Fn::FindInMap` key for `parts`, as aws-cdk-lib writes it (`1.0.498.0`, `x86_64` ->
    `1x0x498x0xx86x64`)."""
    return re.sub(r"[^A-Za-z0-9]", "x", "_".join(parts))


def _arn(region: str, layer: str) -> str:
    account, name, version = layer.split(":")
    return f"arn:{PARTITION_BY_REGION[region]}:lambda:{region}:{account}:layer:{name}:{version}"


class _RegionLayerMapping(CfnMapping):
    """The stack-wide mapping of one kind of layer; it knows which keys it holds."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.keys: set[str] = set()


def regional_layer_arn(
    scope: Construct, mapping_id: str, key: str, layers: Mapping[str, str], *, may_add_rows: bool = True
) -> str | None:
    """The layer's ARN in the region of `scope`'s stack, or None when it is not published there.

    `layers` maps each region to the layer's `account:name:version`. In a stack without a region, a layer
    with the same ARN in every region (but for the region) is one `Fn::Join` on `AWS::Region`; otherwise the
    ARNs go into the stack-wide `CfnMapping` `mapping_id`, under `key`, and are looked up on `AWS::Region`.
    With `may_add_rows=False` (while the template is being written, when the mapping may already be
    written), a key the mapping does not hold yet raises `LookupError`.
    """
    stack = Stack.of(scope)
    region = stack.region
    if not Token.is_unresolved(region):
        layer = layers.get(region)
        return _arn(region, layer) if layer is not None else None
    # Like aws-cdk-lib's regional facts, a stack without a region knows only the target partitions' regions.
    partitions = flag_value(stack, TARGET_PARTITIONS)
    arns = {
        region: _arn(region, layer)
        for region, layer in layers.items()
        if not isinstance(partitions, list) or PARTITION_BY_REGION[region] in partitions
    }
    templates = {arn.replace(f":{region}:", ":\0:", 1) for region, arn in arns.items()}
    if len(templates) == 1:
        prefix, suffix = templates.pop().split("\0")
        return prefix + Aws.REGION + suffix
    mapping = stack.node.try_find_child(mapping_id)
    if not may_add_rows and not (isinstance(mapping, _RegionLayerMapping) and key in mapping.keys):
        raise LookupError(key)
    if not isinstance(mapping, _RegionLayerMapping):
        mapping = _RegionLayerMapping(stack, mapping_id)
    if key not in mapping.keys:
        mapping.keys.add(key)
        for region, arn in sorted(arns.items()):
            mapping.set_value(region, key, arn)
    return mapping.find_in_map(Aws.REGION, key)

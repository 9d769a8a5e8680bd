"""Constructs for Amazon API Gateway v2 and its integrations, synthesizing aws-cdk-lib's CloudFormation.

The top level holds the core names of `aws_cdk` and `constructs`; services live in `aws_*` subpackages.
"""

import typing as _typing

from .core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .core.annotations import Annotations
    from .core.app import App
    from .core.arn import Arn, ArnComponents, ArnFormat
    from .core.aspects import AspectPriority, Aspects, IAspect
    from .core.assets import (
        DockerImageAssetLocation,
        DockerImageAssetSource,
        FileAssetLocation,
        FileAssetPackaging,
        FileAssetSource,
        IgnoreMode,
        SymlinkFollowMode,
    )
    from .core.cfn_condition import CfnCondition
    from .core.cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
    from .core.cfn_element import CfnElement, CfnRefElement
    from .core.cfn_json import CfnJson
    from .core.cfn_mapping import CfnMapping
    from .core.cfn_output import CfnOutput
    from .core.cfn_parameter import CfnParameter
    from .core.cfn_reference import CfnReference, Reference
    from .core.cfn_resource import CfnDeletionPolicy, CfnResource, CfnResourceOptions
    from .core.cfn_resource_policy import (
        CfnAutoScalingReplacingUpdate,
        CfnAutoScalingRollingUpdate,
        CfnAutoScalingScheduledAction,
        CfnCodeDeployLambdaAliasUpdate,
        CfnCreationPolicy,
        CfnResourceAutoScalingCreationPolicy,
        CfnResourceSignal,
        CfnUpdatePolicy,
    )
    from .core.cfn_rule import CfnRule, CfnRuleAssertion
    from .core.construct import (
        Construct,
        ConstructOrder,
        DependencyGroup,
        IConstruct,
        IValidation,
        MetadataEntry,
        Node,
    )
    from .core.duration import Duration, TimeUnit
    from .core.environment import Environment
    from .core.errors import SynthesisError, ValidationError
    from .core.feature_flags import FeatureFlags
    from .core.names import Names
    from .core.removal_policy import RemovalPolicy
    from .core.resource import PhysicalName, Resource, ResourceEnvironment
    from .core.secret_value import SecretValue
    from .core.size import Size, SizeRoundingBehavior
    from .core.stack import Stack, TemplateOptions
    from .core.stage import Stage
    from .core.synthesis.assembly import CloudAssembly, CloudFormationStackArtifact
    from .core.synthesis.synthesizers import (
        BootstraplessSynthesizer,
        DefaultStackSynthesizer,
        IStackSynthesizer,
    )
    from .core.tags import CfnTag, RemoveTag, Tag, TagManager, Tags, TagType
    from .core.tokens.fn import Fn, ICfnConditionExpression, ICfnRuleConditionExpression
    from .core.tokens.json import JsonNull
    from .core.tokens.lazy import (
        IAnyProducer,
        IStableAnyProducer,
        IStableListProducer,
        IStableNumberProducer,
        IStableStringProducer,
        IStringProducer,
        Lazy,
    )
    from .core.tokens.pseudo import Aws
    from .core.tokens.token import (
        Intrinsic,
        IPostProcessor,
        IResolvable,
        IResolveContext,
        ResolutionTypeHint,
        Token,
        Tokenization,
    )
    from .version import __version__
else:
    _SOURCES = {
        ".core.annotations": ("Annotations",),
        ".core.app": ("App",),
        ".core.arn": ("Arn", "ArnComponents", "ArnFormat"),
        ".core.aspects": ("AspectPriority", "Aspects", "IAspect"),
        ".core.assets": (
            "DockerImageAssetLocation",
            "DockerImageAssetSource",
            "FileAssetLocation",
            "FileAssetPackaging",
            "FileAssetSource",
            "IgnoreMode",
            "SymlinkFollowMode",
        ),
        ".core.cfn_condition": ("CfnCondition",),
        ".core.cfn_dynamic_reference": ("CfnDynamicReference", "CfnDynamicReferenceService"),
        ".core.cfn_element": ("CfnElement", "CfnRefElement"),
        ".core.cfn_json": ("CfnJson",),
        ".core.cfn_mapping": ("CfnMapping",),
        ".core.cfn_output": ("CfnOutput",),
        ".core.cfn_parameter": ("CfnParameter",),
        ".core.cfn_reference": ("CfnReference", "Reference"),
        ".core.cfn_resource": ("CfnDeletionPolicy", "CfnResource", "CfnResourceOptions"),
        ".core.cfn_resource_policy": (
            "CfnAutoScalingReplacingUpdate",
            "CfnAutoScalingRollingUpdate",
            "CfnAutoScalingScheduledAction",
            "CfnCodeDeployLambdaAliasUpdate",
            "CfnCreationPolicy",
            "CfnResourceAutoScalingCreationPolicy",
            "CfnResourceSignal",
            "CfnUpdatePolicy",
        ),
        ".core.cfn_rule": ("CfnRule", "CfnRuleAssertion"),
        ".core.construct": (
            "Construct",
            "ConstructOrder",
            "DependencyGroup",
            "IConstruct",
            "IValidation",
            "MetadataEntry",
            "Node",
        ),
        ".core.duration": ("Duration", "TimeUnit"),
        ".core.environment": ("Environment",),
        ".core.errors": ("SynthesisError", "ValidationError"),
        ".core.feature_flags": ("FeatureFlags",),
        ".core.names": ("Names",),
        ".core.removal_policy": ("RemovalPolicy",),
        ".core.resource": ("PhysicalName", "Resource", "ResourceEnvironment"),
        ".core.secret_value": ("SecretValue",),
        ".core.size": ("Size", "SizeRoundingBehavior"),
        ".core.stack": ("Stack", "TemplateOptions"),
        ".core.stage": ("Stage",),
        ".core.synthesis.assembly": ("CloudAssembly", "CloudFormationStackArtifact"),
        ".core.synthesis.synthesizers": (
            "BootstraplessSynthesizer",
            "DefaultStackSynthesizer",
            "IStackSynthesizer",
        ),
        ".core.tags": ("CfnTag", "RemoveTag", "Tag", "TagManager", "Tags", "TagType"),
        ".core.tokens.fn": ("Fn", "ICfnConditionExpression", "ICfnRuleConditionExpression"),
        ".core.tokens.json": ("JsonNull",),
        ".core.tokens.lazy": (
            "IAnyProducer",
            "IStableAnyProducer",
            "IStableListProducer",
            "IStableNumberProducer",
            "IStableStringProducer",
            "IStringProducer",
            "Lazy",
        ),
        ".core.tokens.pseudo": ("Aws",),
        ".core.tokens.token": (
            "Intrinsic",
            "IPostProcessor",
            "IResolvable",
            "IResolveContext",
            "ResolutionTypeHint",
            "Token",
            "Tokenization",
        ),
        ".version": ("__version__",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "Annotations",
    "App",
    "Arn",
    "ArnComponents",
    "ArnFormat",
    "AspectPriority",
    "Aspects",
    "Aws",
    "BootstraplessSynthesizer",
    "CfnAutoScalingReplacingUpdate",
    "CfnAutoScalingRollingUpdate",
    "CfnAutoScalingScheduledAction",
    "CfnCodeDeployLambdaAliasUpdate",
    "CfnCondition",
    "CfnCreationPolicy",
    "CfnDeletionPolicy",
    "CfnDynamicReference",
    "CfnDynamicReferenceService",
    "CfnElement",
    "CfnJson",
    "CfnMapping",
    "CfnOutput",
    "CfnParameter",
    "CfnRefElement",
    "CfnReference",
    "CfnResource",
    "CfnResourceAutoScalingCreationPolicy",
    "CfnResourceOptions",
    "CfnResourceSignal",
    "CfnRule",
    "CfnRuleAssertion",
    "CfnTag",
    "CfnUpdatePolicy",
    "CloudAssembly",
    "CloudFormationStackArtifact",
    "Construct",
    "ConstructOrder",
    "DefaultStackSynthesizer",
    "DependencyGroup",
    "DockerImageAssetLocation",
    "DockerImageAssetSource",
    "Duration",
    "Environment",
    "FeatureFlags",
    "FileAssetLocation",
    "FileAssetPackaging",
    "FileAssetSource",
    "Fn",
    "IAnyProducer",
    "IAspect",
    "ICfnConditionExpression",
    "ICfnRuleConditionExpression",
    "IConstruct",
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "IStableAnyProducer",
    "IStableListProducer",
    "IStableNumberProducer",
    "IStableStringProducer",
    "IStackSynthesizer",
    "IStringProducer",
    "IValidation",
    "IgnoreMode",
    "Intrinsic",
    "JsonNull",
    "Lazy",
    "MetadataEntry",
    "Names",
    "Node",
    "PhysicalName",
    "Reference",
    "RemovalPolicy",
    "RemoveTag",
    "ResolutionTypeHint",
    "Resource",
    "ResourceEnvironment",
    "SecretValue",
    "Size",
    "SizeRoundingBehavior",
    "Stack",
    "Stage",
    "SymlinkFollowMode",
    "SynthesisError",
    "Tag",
    "TagManager",
    "TagType",
    "Tags",
    "TemplateOptions",
    "TimeUnit",
    "Token",
    "Tokenization",
    "ValidationError",
    "__version__",
]

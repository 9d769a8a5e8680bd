"""Constructs for Amazon API Gateway v2 and its integrations, synthesizing aws-cdk-lib's CloudFormation.

The top level holds the core names of `aws_cdk` and `constructs`; services live in `aws_*` subpackages.
"""

import typing as _typing

from .core.error_report import install as _install_error_report
from .core.lazy_exports import lazy_exports as _lazy_exports

# The package's errors (and imports of names it does not have) reach a `python app.py` user short.
_install_error_report()

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .core.annotations import Annotations
    from .core.app import App, AppProps
    from .core.arn import Arn, ArnComponents, ArnFormat
    from .core.aspects import AspectApplication, AspectOptions, AspectPriority, Aspects, IAspect
    from .core.assets import (
        AssetHashType,
        DockerCacheOption,
        DockerImageAssetLocation,
        DockerImageAssetSource,
        FileAssetLocation,
        FileAssetPackaging,
        FileAssetSource,
        IgnoreMode,
        SymlinkFollowMode,
    )
    from .core.bitrate import Bitrate
    from .core.bundling import (
        BundlingFileAccess,
        BundlingOptions,
        BundlingOutput,
        DockerImage,
        DockerRunOptions,
        DockerVolume,
        DockerVolumeConsistency,
        ILocalBundling,
    )
    from .core.cfn_condition import CfnCondition
    from .core.cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
    from .core.cfn_element import CfnElement, CfnRefElement
    from .core.cfn_json import CfnJson
    from .core.cfn_mapping import CfnMapping
    from .core.cfn_output import CfnOutput
    from .core.cfn_parameter import CfnParameter
    from .core.cfn_reference import CfnReference, Reference
    from .core.cfn_resource import CfnDeletionPolicy, CfnResource, CfnResourceOptions, ICfnResourceOptions
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
        Dependable,
        DependencyGroup,
        IConstruct,
        IDependable,
        IMixin,
        IValidation,
        MetadataEntry,
        Node,
        RootConstruct,
    )
    from .core.context_provider import (
        ContextProvider,
        GetContextKeyOptions,
        GetContextKeyResult,
        GetContextValueOptions,
        GetContextValueResult,
    )
    from .core.conversion_options import SizeConversionOptions, TimeConversionOptions
    from .core.cross_stack_reference_strength import CrossStackReferences
    from .core.custom_resource import CustomResource, CustomResourceProps
    from .core.custom_resource_provider import (
        CustomResourceProvider,
        CustomResourceProviderOptions,
        CustomResourceProviderProps,
        CustomResourceProviderRuntime,
    )
    from .core.duration import Duration, TimeUnit
    from .core.environment import Environment
    from .core.errors import Errors, SynthesisError, ValidationError
    from .core.expiration import Expiration
    from .core.feature_flags import FeatureFlags
    from .core.mixins import (
        ConstructSelector,
        IConstructSelector,
        Mixin,
        MixinApplication,
        MixinApplicator,
        Mixins,
    )
    from .core.names import Names, UniqueResourceNameOptions
    from .core.nested_stack import NestedStack, NestedStackProps, NestedStackSynthesizer
    from .core.permissions_boundary import PermissionsBoundary
    from .core.reference_strength import ReferenceStrength
    from .core.removal_policies import MissingRemovalPolicies, RemovalPolicies, RemovalPolicyProps
    from .core.removal_policy import RemovalPolicy, RemovalPolicyOptions
    from .core.resource import PhysicalName, Resource, ResourceProps
    from .core.resource_types import IResource, ResourceEnvironment
    from .core.scoped_aws import ScopedAws
    from .core.secret_value import SecretValue
    from .core.size import Size, SizeRoundingBehavior
    from .core.stack import ExportValueOptions, ITemplateOptions, Stack, StackProps, TemplateOptions
    from .core.stage import Stage, StageProps
    from .core.synthesis.assembly import CloudAssembly, CloudFormationStackArtifact
    from .core.synthesis.legacy_synthesizer import LegacyStackSynthesizer
    from .core.synthesis.synthesizers import (
        BootstraplessSynthesizer,
        BootstraplessSynthesizerProps,
        CliCredentialsStackSynthesizer,
        CliCredentialsStackSynthesizerProps,
        DefaultStackSynthesizer,
        DefaultStackSynthesizerProps,
        IStackSynthesizer,
    )
    from .core.tags import (
        CfnTag,
        ITaggable,
        ITaggableV2,
        RemoveTag,
        Tag,
        TagManager,
        TagManagerOptions,
        TagProps,
        Tags,
        TagType,
    )
    from .core.time_zone import TimeZone
    from .core.tokens.fn import Fn, ICfnConditionExpression, ICfnRuleConditionExpression
    from .core.tokens.json import JsonNull
    from .core.tokens.lazy import (
        IAnyProducer,
        IListProducer,
        INumberProducer,
        IStableAnyProducer,
        IStableListProducer,
        IStableNumberProducer,
        IStableStringProducer,
        IStringProducer,
        Lazy,
    )
    from .core.tokens.options import (
        EncodingOptions,
        LazyAnyValueOptions,
        LazyListValueOptions,
        LazyStringValueOptions,
        ResolveOptions,
    )
    from .core.tokens.pseudo import Aws
    from .core.tokens.string_fragments import (
        IFragmentConcatenator,
        ITokenMapper,
        StringConcat,
        TokenizedStringFragments,
    )
    from .core.tokens.token import (
        Intrinsic,
        IPostProcessor,
        IResolvable,
        IResolveContext,
        ResolutionTypeHint,
        Token,
        TokenComparison,
        Tokenization,
    )
    from .core.tokens.token_resolver import DefaultTokenResolver, ITokenResolver
    from .core.tree import IInspectable, TreeInspector
    from .core.validations import Acknowledgment, Validations
    from .version import __version__
else:
    _SOURCES = {
        ".core.annotations": ("Annotations",),
        ".core.app": ("App", "AppProps"),
        ".core.arn": ("Arn", "ArnComponents", "ArnFormat"),
        ".core.bitrate": ("Bitrate",),
        ".core.aspects": ("AspectApplication", "AspectOptions", "AspectPriority", "Aspects", "IAspect"),
        ".core.assets": (
            "AssetHashType",
            "DockerCacheOption",
            "DockerImageAssetLocation",
            "DockerImageAssetSource",
            "FileAssetLocation",
            "FileAssetPackaging",
            "FileAssetSource",
            "IgnoreMode",
            "SymlinkFollowMode",
        ),
        ".core.bundling": (
            "BundlingFileAccess",
            "BundlingOptions",
            "BundlingOutput",
            "DockerImage",
            "DockerRunOptions",
            "DockerVolume",
            "DockerVolumeConsistency",
            "ILocalBundling",
        ),
        ".core.cfn_condition": ("CfnCondition",),
        ".core.cfn_dynamic_reference": ("CfnDynamicReference", "CfnDynamicReferenceService"),
        ".core.cfn_element": ("CfnElement", "CfnRefElement"),
        ".core.cfn_json": ("CfnJson",),
        ".core.cfn_mapping": ("CfnMapping",),
        ".core.cfn_output": ("CfnOutput",),
        ".core.cfn_parameter": ("CfnParameter",),
        ".core.cfn_reference": ("CfnReference", "Reference"),
        ".core.cfn_resource": (
            "CfnDeletionPolicy",
            "CfnResource",
            "CfnResourceOptions",
            "ICfnResourceOptions",
        ),
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
            "Dependable",
            "DependencyGroup",
            "IConstruct",
            "IDependable",
            "IMixin",
            "IValidation",
            "MetadataEntry",
            "Node",
            "RootConstruct",
        ),
        ".core.conversion_options": ("SizeConversionOptions", "TimeConversionOptions"),
        ".core.cross_stack_reference_strength": ("CrossStackReferences",),
        ".core.custom_resource": ("CustomResource", "CustomResourceProps"),
        ".core.custom_resource_provider": (
            "CustomResourceProvider",
            "CustomResourceProviderOptions",
            "CustomResourceProviderProps",
            "CustomResourceProviderRuntime",
        ),
        ".core.duration": ("Duration", "TimeUnit"),
        ".core.environment": ("Environment",),
        ".core.errors": ("Errors", "SynthesisError", "ValidationError"),
        ".core.expiration": ("Expiration",),
        ".core.feature_flags": ("FeatureFlags",),
        ".core.mixins": (
            "ConstructSelector",
            "IConstructSelector",
            "Mixin",
            "MixinApplication",
            "MixinApplicator",
            "Mixins",
        ),
        ".core.names": ("Names", "UniqueResourceNameOptions"),
        ".core.permissions_boundary": ("PermissionsBoundary",),
        ".core.reference_strength": ("ReferenceStrength",),
        ".core.removal_policies": ("MissingRemovalPolicies", "RemovalPolicies", "RemovalPolicyProps"),
        ".core.removal_policy": ("RemovalPolicy", "RemovalPolicyOptions"),
        ".core.resource": ("PhysicalName", "Resource", "ResourceProps"),
        ".core.resource_types": ("IResource", "ResourceEnvironment"),
        ".core.scoped_aws": ("ScopedAws",),
        ".core.secret_value": ("SecretValue",),
        ".core.context_provider": (
            "ContextProvider",
            "GetContextKeyOptions",
            "GetContextKeyResult",
            "GetContextValueOptions",
            "GetContextValueResult",
        ),
        ".core.size": ("Size", "SizeRoundingBehavior"),
        ".core.nested_stack": ("NestedStack", "NestedStackProps", "NestedStackSynthesizer"),
        ".core.stack": ("ExportValueOptions", "ITemplateOptions", "Stack", "StackProps", "TemplateOptions"),
        ".core.stage": ("Stage", "StageProps"),
        ".core.synthesis.assembly": ("CloudAssembly", "CloudFormationStackArtifact"),
        ".core.synthesis.legacy_synthesizer": ("LegacyStackSynthesizer",),
        ".core.synthesis.synthesizers": (
            "BootstraplessSynthesizer",
            "BootstraplessSynthesizerProps",
            "CliCredentialsStackSynthesizer",
            "CliCredentialsStackSynthesizerProps",
            "DefaultStackSynthesizer",
            "DefaultStackSynthesizerProps",
            "IStackSynthesizer",
        ),
        ".core.tags": (
            "CfnTag",
            "ITaggable",
            "ITaggableV2",
            "RemoveTag",
            "Tag",
            "TagManager",
            "TagManagerOptions",
            "TagProps",
            "Tags",
            "TagType",
        ),
        ".core.time_zone": ("TimeZone",),
        ".core.tokens.fn": ("Fn", "ICfnConditionExpression", "ICfnRuleConditionExpression"),
        ".core.tokens.json": ("JsonNull",),
        ".core.tokens.lazy": (
            "IAnyProducer",
            "IListProducer",
            "INumberProducer",
            "IStableAnyProducer",
            "IStableListProducer",
            "IStableNumberProducer",
            "IStableStringProducer",
            "IStringProducer",
            "Lazy",
        ),
        ".core.tokens.options": (
            "EncodingOptions",
            "LazyAnyValueOptions",
            "LazyListValueOptions",
            "LazyStringValueOptions",
            "ResolveOptions",
        ),
        ".core.tokens.pseudo": ("Aws",),
        ".core.tokens.string_fragments": (
            "IFragmentConcatenator",
            "ITokenMapper",
            "StringConcat",
            "TokenizedStringFragments",
        ),
        ".core.tokens.token": (
            "Intrinsic",
            "IPostProcessor",
            "IResolvable",
            "IResolveContext",
            "ResolutionTypeHint",
            "Token",
            "TokenComparison",
            "Tokenization",
        ),
        ".core.tokens.token_resolver": ("DefaultTokenResolver", "ITokenResolver"),
        ".core.tree": ("IInspectable", "TreeInspector"),
        ".core.validations": ("Acknowledgment", "Validations"),
        ".version": ("__version__",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}, submodules=True
    )

__all__ = [
    "Acknowledgment",
    "Annotations",
    "App",
    "AppProps",
    "Arn",
    "ArnComponents",
    "ArnFormat",
    "AspectApplication",
    "AspectOptions",
    "AspectPriority",
    "Aspects",
    "AssetHashType",
    "Aws",
    "Bitrate",
    "BootstraplessSynthesizer",
    "BootstraplessSynthesizerProps",
    "BundlingFileAccess",
    "BundlingOptions",
    "BundlingOutput",
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
    "CliCredentialsStackSynthesizer",
    "CliCredentialsStackSynthesizerProps",
    "CloudAssembly",
    "CloudFormationStackArtifact",
    "Construct",
    "ConstructOrder",
    "ConstructSelector",
    "ContextProvider",
    "CrossStackReferences",
    "CustomResource",
    "CustomResourceProps",
    "CustomResourceProvider",
    "CustomResourceProviderOptions",
    "CustomResourceProviderProps",
    "CustomResourceProviderRuntime",
    "DefaultStackSynthesizer",
    "DefaultStackSynthesizerProps",
    "DefaultTokenResolver",
    "Dependable",
    "DependencyGroup",
    "DockerCacheOption",
    "DockerImage",
    "DockerImageAssetLocation",
    "DockerImageAssetSource",
    "DockerRunOptions",
    "DockerVolume",
    "DockerVolumeConsistency",
    "Duration",
    "EncodingOptions",
    "Environment",
    "Errors",
    "Expiration",
    "ExportValueOptions",
    "FeatureFlags",
    "FileAssetLocation",
    "FileAssetPackaging",
    "FileAssetSource",
    "Fn",
    "GetContextKeyOptions",
    "GetContextKeyResult",
    "GetContextValueOptions",
    "GetContextValueResult",
    "IAnyProducer",
    "IAspect",
    "ICfnConditionExpression",
    "ICfnResourceOptions",
    "ICfnRuleConditionExpression",
    "IConstruct",
    "IConstructSelector",
    "IDependable",
    "IFragmentConcatenator",
    "IInspectable",
    "IListProducer",
    "ILocalBundling",
    "IMixin",
    "INumberProducer",
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "IResource",
    "IStableAnyProducer",
    "IStableListProducer",
    "IStableNumberProducer",
    "IStableStringProducer",
    "IStackSynthesizer",
    "IStringProducer",
    "ITaggable",
    "ITaggableV2",
    "ITemplateOptions",
    "ITokenMapper",
    "ITokenResolver",
    "IValidation",
    "IgnoreMode",
    "Intrinsic",
    "JsonNull",
    "Lazy",
    "LazyAnyValueOptions",
    "LazyListValueOptions",
    "LazyStringValueOptions",
    "LegacyStackSynthesizer",
    "MetadataEntry",
    "MissingRemovalPolicies",
    "Mixin",
    "MixinApplication",
    "MixinApplicator",
    "Mixins",
    "Names",
    "NestedStack",
    "NestedStackProps",
    "NestedStackSynthesizer",
    "Node",
    "PermissionsBoundary",
    "PhysicalName",
    "Reference",
    "ReferenceStrength",
    "RemovalPolicies",
    "RemovalPolicy",
    "RemovalPolicyOptions",
    "RemovalPolicyProps",
    "RemoveTag",
    "ResolutionTypeHint",
    "ResolveOptions",
    "Resource",
    "ResourceEnvironment",
    "ResourceProps",
    "RootConstruct",
    "ScopedAws",
    "SecretValue",
    "Size",
    "SizeConversionOptions",
    "SizeRoundingBehavior",
    "Stack",
    "StackProps",
    "Stage",
    "StageProps",
    "StringConcat",
    "SymlinkFollowMode",
    "SynthesisError",
    "Tag",
    "TagManager",
    "TagManagerOptions",
    "TagProps",
    "TagType",
    "Tags",
    "TemplateOptions",
    "TimeConversionOptions",
    "TimeUnit",
    "TimeZone",
    "Token",
    "TokenComparison",
    "Tokenization",
    "TokenizedStringFragments",
    "TreeInspector",
    "UniqueResourceNameOptions",
    "ValidationError",
    "Validations",
    "__version__",
]

"""Feature flags: aws-cdk-lib's context switches, their defaults, and which of them this package implements.

`FLAGS` is the one table of every flag aws-cdk-lib 2.275.0 knows. Each row says what a flag defaults to
when the context does not set it (aws-cdk-lib's v2 behaviour), which construct families of this package it
changes, and whether this package implements it. Code reads a flag only through `FeatureFlags.of(scope)`
(or `flag_value` for flags whose value is not a boolean), so this table is the place to look.

A flag that is set to a value this package does not implement, for a construct family the app uses, gets
a warning on every construct of that family: the synthesized output would differ from aws-cdk-lib's.
Construct families are named `<package>.<Class>` (`aws_ec2.Vpc`); a construct belongs to a family when
the class or one of its bases has that name. Every `Resource` and `Stack` is checked when it is created.

A module that implements a flag reads it with `FeatureFlags.of(self).is_enabled(FLAG_NAME)` and marks its
row here `IMPLEMENTED`, with the families it changes.
"""

from __future__ import annotations

from .annotations import Annotations
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .simple_enum import SimpleEnum

if TYPE_CHECKING:
    from typing import Any

    from .construct import Construct


class FlagSupport(SimpleEnum):
    """How far this package follows a flag."""

    IMPLEMENTED = "implemented"
    """Both states behave as in aws-cdk-lib."""
    NOT_IMPLEMENTED = "not implemented"
    """Only the default is implemented; another value is warned about where it matters."""
    NO_EFFECT = "no effect"
    """The flag changes nothing this package writes (other services, the CLI, reports)."""
    EXPIRED = "expired"
    """Removed in aws-cdk-lib v2: always on, and setting it is an error."""


class FeatureFlag:
    """One row of the flag table."""

    # A plain class: a NamedTuple with string annotations costs a millisecond at import.
    __slots__ = ("default", "families", "name", "note", "support")

    def __init__(
        self, name: str, default: Any, support: FlagSupport, families: tuple[str, ...] = (), note: str = ""
    ) -> None:
        self.name = name  # the context key
        # The behaviour when the context does not set the flag (aws-cdk-lib 2.275.0, v2).
        self.default = default
        self.support = support  # whether this package implements it
        # Construct families of this package whose output the flag changes (`aws_ec2.Vpc`).
        self.families = families
        self.note = note  # what the flag does here, in a few words


_I = FlagSupport.IMPLEMENTED
_N = FlagSupport.NOT_IMPLEMENTED
_X = FlagSupport.NO_EFFECT
_E = FlagSupport.EXPIRED

# Flags of services this package does not provide have no effect here; they are listed so that the table
# is complete and a lookup never guesses.
_OTHER_SERVICE = "a service this package does not provide"

FLAGS: dict[str, FeatureFlag] = {
    flag.name: flag
    for flag in (
        # --- core -----------------------------------------------------------------------------------
        FeatureFlag("@aws-cdk/core:enableStackNameDuplicates", True, _E),
        FeatureFlag("aws-cdk:enableDiffNoFail", True, _E),
        FeatureFlag(
            "@aws-cdk/core:newStyleStackSynthesis",
            True,
            _I,
            ("core.Stack",),
            "False makes LegacyStackSynthesizer the default synthesizer",
        ),
        FeatureFlag(
            "@aws-cdk/core:stackRelativeExports",
            True,
            _I,
            ("core.Stack",),
            "False names exports after the construct path from the app (differs inside a Stage)",
        ),
        FeatureFlag(
            "@aws-cdk/core:enablePartitionLiterals",
            False,
            _I,
            ("core.Stack",),
            "ARNs use the literal partition when the stack's region is known",
        ),
        FeatureFlag(
            "@aws-cdk/core:explicitStackTags",
            False,
            _I,
            ("core.Stack",),
            "Tags.of() no longer tags stacks; only Stack(tags=...) does",
        ),
        FeatureFlag(
            "@aws-cdk/core:defaultCrossStackReferences",
            "strong",
            _I,
            ("core.Stack",),
            "'weak' references use Fn::GetStackOutput, 'both' also keeps the exports",
        ),
        FeatureFlag(
            "@aws-cdk/core:includePrefixInUniqueNameGeneration",
            False,
            _I,
            ("core.Stack",),
            "the stage prefix counts in the length limit of generated stack names",
        ),
        FeatureFlag(
            "@aws-cdk/core:aspectPrioritiesMutating",
            False,
            _I,
            ("core.Tags",),
            "Tags.of() aspects run with MUTATING priority",
        ),
        FeatureFlag(
            "@aws-cdk/core:validateSnapshotRemovalPolicy",
            False,
            _I,
            ("core.CfnResource",),
            "RemovalPolicy.SNAPSHOT on a type without snapshots is an error",
        ),
        FeatureFlag(
            "@aws-cdk/core:checkSecretUsage",
            False,
            _I,
            ("core.CfnResource",),
            "a SecretValue renders only through unsafe_unwrap()",
        ),
        FeatureFlag(
            "@aws-cdk/core:target-partitions",
            None,
            _I,
            ("aws_lambda.Function", "aws_lambda.DockerImageFunction", "aws_lambda.SingletonFunction"),
            "the regional layer mappings (Lambda Insights, Parameters and Secrets) list only these "
            "partitions",
        ),
        FeatureFlag(
            "@aws-cdk/core:aspectStabilization",
            True,
            _I,
            ("core.Aspects",),
            "aspects run again until none adds an aspect; off: one walk, added aspects ignored",
        ),
        FeatureFlag("@aws-cdk/core:automaticL1Traits", True, _X, (), "L1 traits are not provided"),
        FeatureFlag(
            "@aws-cdk/core:enableAdditionalMetadataCollection",
            False,
            _X,
            (),
            "analytics metadata (written only under the cdk CLI)",
        ),
        FeatureFlag(
            "@aws-cdk/core:annotationsInValidationReport",
            False,
            _I,
            ("core.App",),
            "validation-report.json lists the app's warnings (a Construct Annotations report)",
        ),
        FeatureFlag(
            "@aws-cdk/core:validateAgainstDefaultRules",
            False,
            _I,
            ("core.Stack",),
            "findings of the CloudFormation validation fail synth; of aws-cdk-lib's validator, only the "
            "rules F0001 (a stack without resources) and F3004 (circular dependencies) are run",
        ),
        FeatureFlag(
            "@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics",
            False,
            _X,
            (),
            "cloudformation-include is not provided",
        ),
        # --- aws_ec2 --------------------------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup",
            False,
            _I,
            ("aws_ec2.Vpc",),
            "a Vpc removes the default security group's rules (Custom::VpcRestrictDefaultSG)",
        ),
        FeatureFlag(
            "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway",
            False,
            _I,
            ("aws_ec2.Vpc",),
            "a dual-stack Vpc creates its egress-only internet gateway only when it has private subnets",
        ),
        FeatureFlag(
            "@aws-cdk/aws-s3:createDefaultLoggingPolicy",
            False,
            _I,
            ("aws_ec2.FlowLog",),
            "an S3 flow log destination adds the log-delivery statements to the bucket policy",
        ),
        FeatureFlag("@aws-cdk/aws-ec2:uniqueImdsv2TemplateName", False, _X, (), "instances are not provided"),
        FeatureFlag("@aws-cdk/aws-ec2:launchTemplateDefaultUserData", False, _X, (), _OTHER_SERVICE),
        FeatureFlag("@aws-cdk/aws-ec2:ebsDefaultGp3Volume", False, _X, (), _OTHER_SERVICE),
        FeatureFlag("@aws-cdk/aws-ec2:ec2SumTImeoutEnabled", False, _X, (), _OTHER_SERVICE),
        FeatureFlag("@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault", False, _X, (), _OTHER_SERVICE),
        FeatureFlag("@aws-cdk/aws-ec2-alpha:useResourceIdForVpcV2Migration", False, _X, (), _OTHER_SERVICE),
        # --- aws_lambda -----------------------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-lambda:useCdkManagedLogGroup",
            False,
            _I,
            ("aws_lambda.Function",),
            "a Function without log_group gets an AWS::Logs::LogGroup",
        ),
        FeatureFlag(
            "@aws-cdk/aws-lambda:recognizeVersionProps",
            True,
            _I,
            ("aws_lambda.Function",),
            "False hashes current_version over every function property",
        ),
        FeatureFlag(
            "@aws-cdk/aws-lambda:recognizeLayerVersion",
            False,
            _I,
            ("aws_lambda.Function",),
            "current_version's hash includes the layers",
        ),
        FeatureFlag(
            "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy",
            False,
            _I,
            ("aws_lambda.Function",),
            "True puts each add_to_role_policy statement in a new Policy",
        ),
        FeatureFlag("@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion", False, _X, (), _OTHER_SERVICE),
        FeatureFlag("@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages", False, _X, (), _OTHER_SERVICE),
        # --- aws_iam --------------------------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-iam:minimizePolicies",
            False,
            _I,
            ("aws_iam.PolicyDocument",),
            "policy statements are merged where they differ in one field",
        ),
        FeatureFlag(
            "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName",
            False,
            _I,
            ("aws_iam.Role",),
            "an imported role's default policy name includes the stack",
        ),
        FeatureFlag(
            "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections",
            False,
            _I,
            ("aws_iam.OpenIdConnectProvider",),
        ),
        # --- aws_elasticloadbalancingv2 -------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault",
            False,
            _I,
            ("aws_elasticloadbalancingv2.NetworkLoadBalancer",),
            "a NetworkLoadBalancer gets a security group",
        ),
        FeatureFlag(
            "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault",
            False,
            _I,
            ("aws_elasticloadbalancingv2.ApplicationListener",),
            "open listeners of dual-stack-without-public-IPv4 ALBs also allow IPv6",
        ),
        FeatureFlag(
            "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy",
            False,
            _I,
            ("aws_elasticloadbalancingv2.ApplicationListener", "aws_elasticloadbalancingv2.NetworkListener"),
            "HTTPS/TLS listeners default to a post-quantum TLS policy",
        ),
        # --- aws_events, aws_s3, aws_apigateway ----------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-events:requireEventBusPolicySid",
            False,
            _I,
            ("aws_events.EventBus",),
            "grant_put_events_to a service principal adds a bus policy statement with the given sid",
        ),
        FeatureFlag(
            "@aws-cdk/aws-events:eventsTargetQueueSameAccount",
            False,
            _I,
            ("aws_events_targets.SqsQueue",),
            "SQS rule targets are limited to queues of the rule's account",
        ),
        FeatureFlag(
            "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault",
            False,
            _I,
            ("aws_events_targets.CloudWatchLogGroup",),
            "the SDK calls of a log group target's resource policy say logApiResponseData",
        ),
        FeatureFlag(
            "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction",
            False,
            _I,
            ("aws_cloudwatch.Alarm",),
            "a LambdaAction's invoke permission is named after its alarm (several alarms may invoke)",
        ),
        FeatureFlag(
            "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption",
            False,
            _I,
            ("aws_sns_subscriptions.SqsSubscription",),
            "the key policy statement for SNS names the topic",
        ),
        FeatureFlag(
            "@aws-cdk/aws-s3:publicAccessBlockedByDefault",
            False,
            _I,
            ("aws_s3.Bucket",),
            "settings left out of a bucket's block_public_access default to True",
        ),
        FeatureFlag(
            "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy",
            False,
            _I,
            ("aws_s3.Bucket",),
            "server access logs are allowed by a bucket policy statement instead of the LogDeliveryWrite ACL",
        ),
        FeatureFlag(
            "@aws-cdk/aws-s3:setUniqueReplicationRoleName",
            False,
            _I,
            ("aws_s3.Bucket",),
            "a bucket's replication role gets a generated name instead of CDKReplicationRole",
        ),
        FeatureFlag(
            "@aws-cdk/aws-s3:keepNotificationInImportedBucket",
            False,
            _I,
            ("aws_s3.BucketBase",),
            "bucket notifications keep the configurations they did not put (Managed: false), also on buckets "
            "defined in the app",
        ),
        FeatureFlag("@aws-cdk/aws-s3:grantWriteWithoutAcl", True, _E),
        FeatureFlag(
            "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions",
            False,
            _I,
            ("aws_s3_notifications.SnsDestination",),
            "the key of an encrypted topic lets S3 use it",
        ),
        FeatureFlag("@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId", True, _X, (), "REST APIs only"),
        FeatureFlag("@aws-cdk/aws-apigateway:disableCloudWatchRole", False, _X, (), "REST APIs only"),
        FeatureFlag(
            "@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId", False, _X, (), "REST APIs only"
        ),
        FeatureFlag("@aws-cdk/aws-apigateway:requestValidatorUniqueId", False, _X, (), "REST APIs only"),
        FeatureFlag(
            "@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard",
            False,
            _X,
            (),
            "REST APIs only; HTTP and WebSocket stages use the log group ARN as is",
        ),
        # --- services whose constructs live in other modules of this package -----------------------
        FeatureFlag("@aws-cdk/aws-kms:aliasNameRef", False, _I, ("aws_kms.Alias",)),
        FeatureFlag(
            "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal", False, _I, ("aws_kms.Alias",)
        ),
        FeatureFlag("@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope", False, _I, ("aws_kms.Key",)),
        FeatureFlag("@aws-cdk/aws-kms:defaultKeyPolicies", True, _E),
        FeatureFlag("@aws-cdk/aws-dynamodb:resourcePolicyPerReplica", False, _I, ("aws_dynamodb.TableV2",)),
        FeatureFlag(
            "@aws-cdk/aws-dynamodb:retainTableReplica",
            False,
            _X,
            (),
            "changes only the replicas of Table(replication_regions=...), which is not provided",
        ),
        FeatureFlag(
            "@aws-cdk/cognito:logUserPoolClientSecretValue", False, _N, ("aws_cognito.UserPoolClient",)
        ),
        FeatureFlag(
            "@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource",
            False,
            _I,
            ("aws_route53_targets.UserPoolDomainTarget",),
            "the domain's CloudFront name without a custom resource (the only way this package has)",
        ),
        FeatureFlag(
            "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2",
            False,
            _I,
            ("aws_stepfunctions.DistributedMap",),
            "DistributedMap renders and grants result_writer_v2 instead of result_writer",
        ),
        FeatureFlag(
            "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint",
            True,
            _I,
            ("aws_stepfunctions_tasks.HttpInvoke",),
            "the API endpoint is joined to the root with States.Format, so a JSON path endpoint works",
        ),
        # --- aws_cloudfront -------------------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps",
            False,
            _I,
            ("aws_cloudfront.Distribution",),
            "a behavior's default viewer protocol policy is REDIRECT_TO_HTTPS instead of ALLOW_ALL",
        ),
        FeatureFlag(
            "@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0",
            False,
            _I,
            ("aws_cloudfront.Function",),
            "a Function's default runtime is cloudfront-js-2.0 instead of cloudfront-js-1.0",
        ),
        FeatureFlag(
            "@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021",
            True,
            _N,
            ("aws_cloudfront.Distribution",),
            "False makes TLSv1.2_2019 the default minimum protocol version of a distribution with a "
            "certificate",
        ),
        # --- aws_efs -------------------------------------------------------------------------------
        FeatureFlag(
            "@aws-cdk/aws-efs:denyAnonymousAccess",
            False,
            _I,
            ("aws_efs.FileSystem",),
            "a file system's policy denies clients without an IAM identity unless allow_anonymous_access",
        ),
        FeatureFlag(
            "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId",
            False,
            _I,
            ("aws_efs.FileSystem",),
            "a mount target's id names its subnet (EfsMountTarget-<subnet id>) instead of its position",
        ),
        # --- services this package does not provide ------------------------------------------------
        *(
            FeatureFlag(name if name.startswith("@") else f"@aws-cdk/{name}", default, _X, (), _OTHER_SERVICE)
            for name, default in (
                ("aws-signer:signingProfileNamePassedToCfn", False),
                ("aws-ecr-assets:dockerIgnoreSupport", True),
                ("aws-secretsmanager:parseOwnedSecretName", True),
                ("aws-ecs-patterns:removeDefaultDesiredCount", True),
                ("aws-ecs-patterns:secGroupsDisablesImplicitOpenListener", False),
                ("aws-rds:lowercaseDbIdentifier", True),
                ("aws-efs:defaultEncryptionAtRest", True),
                ("@aws-cdk-containers/ecs-service-extensions:enableDefaultLogDriver", False),
                ("aws-ecs:arnFormatIncludesClusterName", False),
                ("aws-codepipeline:crossAccountKeyAliasStackSafeResourceName", False),
                ("aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker", False),
                ("aws-route53-patters:useCertificate", False),
                ("customresources:installLatestAwsSdkDefault", False),
                ("aws-rds:databaseProxyUniqueResourceName", False),
                ("aws-codedeploy:removeAlarmsFromDeploymentGroup", False),
                (
                    "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments",
                    False,
                ),
                ("aws-redshift:columnId", False),
                ("aws-stepfunctions-tasks:enableEmrServicePolicyV2", False),
                ("aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig", False),
                ("aws-opensearchservice:enableOpensearchMultiAzWithStandby", False),
                (
                    "@aws-cdk/aws-rds:auroraClusterChangeScopeOfInstanceParameterGroupWithEachParameters",
                    False,
                ),
                ("aws-appsync:useArnForSourceApiAssociationIdentifier", False),
                ("aws-rds:preventRenderingDeprecatedCredentials", False),
                ("aws-codepipeline-actions:useNewDefaultBranchForCodeCommitSource", False),
                ("aws-codepipeline:crossAccountKeysDefaultValueToFalse", False),
                ("aws-codepipeline:defaultPipelineTypeToV2", False),
                ("pipelines:reduceAssetRoleTrustScope", True),
                ("aws-eks:nodegroupNameAttribute", False),
                ("aws-eks:useNativeOidcProvider", False),
                ("aws-ecs:removeDefaultDeploymentAlarm", False),
                ("aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask", True),
                ("aws-ecs:reduceEc2FargateCloudWatchPermissions", False),
                ("aws-appsync:appSyncGraphQLAPIScopeLambdaPermission", False),
                ("aws-rds:setCorrectValueForDatabaseInstanceReadReplicaInstanceResourceId", False),
                ("aws-stepfunctions-tasks:fixRunEcsTaskPolicy", False),
                ("pipelines:reduceStageRoleTrustScope", True),
                ("pipelines:reduceCrossAccountActionRoleTrustScope", True),
                ("aws-ecs-patterns:uniqueTargetGroupId", False),
                ("aws-route53-patterns:useDistribution", False),
                ("aws-batch:defaultToAL2023", False),
                ("aws-eks:defaultToAL2023", False),
                ("aws-ecs:removeEmptyLoadBalancers", False),
                ("aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction", True),
            )
        ),
    )
}


def _is_truthy(value: Any) -> bool:
    """JavaScript truthiness, as aws-cdk-lib applies it to context values (`[]` and `{}` are true)."""
    if isinstance(value, (list, tuple, dict)):
        return True
    return bool(value)


def flag_value(scope: Construct, name: str) -> Any:
    """The flag's context value at `scope`, else its default from `FLAGS` (None for a flag not listed)."""
    value = scope.node.try_get_context(name)
    if value is not None:
        return value
    flag = FLAGS.get(name)
    return None if flag is None else flag.default


class FeatureFlags:
    """Reads feature flags from the context of a construct."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> FeatureFlags:
        """The feature flags in effect at `scope`."""
        return FeatureFlags(scope)

    def is_enabled(self, feature_flag: str) -> bool:
        """True when the flag is on at this scope: its context value, else aws-cdk-lib's v2 default."""
        value = self._scope.node.try_get_context(feature_flag)
        flag = FLAGS.get(feature_flag)
        if flag is not None and flag.support is FlagSupport.EXPIRED:
            if value is not None:
                raise ValidationError(
                    self._scope,
                    f"feature flag {feature_flag!r} is set; it was removed in aws-cdk-lib v2, which always "
                    "behaves as if it were enabled, so remove it from the context",
                )
            return True
        if value is not None:
            return _is_truthy(value)
        return flag is not None and _is_truthy(flag.default)


# --- warnings for values this package does not implement -------------------------------------------

_PENDING_KEY = "_unimplemented_flags_by_family"
_FAMILIES_BY_CLASS: dict[type, tuple[str, ...]] = {}


def _families_of(cls: type) -> tuple[str, ...]:
    families = _FAMILIES_BY_CLASS.get(cls)
    if families is None:
        names = []
        for base in cls.__mro__:
            parts = base.__module__.split(".")
            if len(parts) > 1:
                names.append(f"{parts[1]}.{base.__name__}")
        families = _FAMILIES_BY_CLASS[cls] = tuple(names)
    return families


def _unimplemented_by_family(scope: Construct) -> dict[str, list[tuple[str, Any]]]:
    """Family -> (flag, value) for flags set here to a value this package does not implement."""
    found: dict[str, list[tuple[str, Any]]] = {}
    for flag in FLAGS.values():
        if flag.support is not FlagSupport.NOT_IMPLEMENTED:
            continue
        value = scope.node.try_get_context(flag.name)
        if value is None or _is_truthy(value) == _is_truthy(flag.default):
            continue
        for family in flag.families:
            found.setdefault(family, []).append((flag.name, value))
    return found


def warn_unimplemented_flags(construct: Construct, context_owner: Construct) -> None:
    """Warn on `construct` about flags set to a value this package does not implement for its family.

    `context_owner` is where the context is read once and the result kept (the construct's stack): the
    check costs one dictionary lookup per construct, and nothing when no such flag is set.
    """
    pending: dict[str, list[tuple[str, Any]]] | None = context_owner.__dict__.get(_PENDING_KEY)
    if pending is None:
        pending = _unimplemented_by_family(context_owner)
        context_owner.__dict__[_PENDING_KEY] = pending
    if not pending:
        return
    for family in _families_of(type(construct)):
        for name, value in pending.get(family, ()):
            flag = FLAGS[name]
            what = f"{family} ({flag.note})" if flag.note else family
            Annotations.of(construct).add_warning_v2(
                f"apigwv2_integrations:unimplementedFeatureFlag:{name}",
                f"feature flag {name!r} is set to {value!r}, which this package does not implement for "
                f"{what}; it behaves as with the default {flag.default!r}. Remove the flag from the "
                "context, or acknowledge this warning if that difference from aws-cdk-lib is acceptable",
            )

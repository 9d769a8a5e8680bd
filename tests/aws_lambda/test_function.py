"""Function: rendering, the automatic role, environment, tracing, VPC rules and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import ArnFormat, Duration, Size, Stack, ValidationError
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_ec2 import SecurityGroup, SubnetSelection, SubnetType, Vpc
from apigwv2_integrations.aws_iam import PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import (
    Architecture,
    Code,
    Function,
    FunctionProps,
    LayerVersion,
    LoggingFormat,
    Runtime,
    TenancyConfig,
    Tracing,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    options.setdefault("code", Code.from_inline("def handler(e, c): pass"))
    return Function(stack, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", **options)


def test_constructor_keywords_match_props() -> None:
    keywords = [
        p for p in inspect.signature(Function.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(FunctionProps))


def test_default_function_gets_a_service_role_and_depends_on_it(stack: Stack, template: Render) -> None:
    _function(stack)
    resources = template(stack)["Resources"]
    assert resources["FnServiceRoleB9001A96"]["Properties"]["ManagedPolicyArns"] == [
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                ],
            ]
        }
    ]
    assert resources["Fn9270CBC0"] == {
        "Type": "AWS::Lambda::Function",
        "Properties": {
            "Code": {"ZipFile": "def handler(e, c): pass"},
            "Handler": "index.handler",
            "Role": {"Fn::GetAtt": ["FnServiceRoleB9001A96", "Arn"]},
            "Runtime": "python3.12",
        },
        "DependsOn": ["FnServiceRoleB9001A96"],
    }


def test_options_render(stack: Stack, template: Render) -> None:
    _function(
        stack,
        environment={"B_VAR": "2", "A_VAR": "1"},
        timeout=Duration.minutes(1),
        memory_size=512,
        description="d",
        function_name="fn-name",
        architecture=Architecture.ARM_64,
        reserved_concurrent_executions=5,
        ephemeral_storage_size=Size.mebibytes(1024),
        logging_format=LoggingFormat.JSON,
        layers=[
            LayerVersion.from_layer_version_arn(stack, "L", "arn:aws:lambda:us-east-1:123456789012:layer:l:1")
        ],
    ).add_environment("C_VAR", "3")
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["Environment"] == {"Variables": {"B_VAR": "2", "A_VAR": "1", "C_VAR": "3"}}
    assert properties["Timeout"] == 60
    assert properties["MemorySize"] == 512
    assert properties["FunctionName"] == "fn-name"
    assert properties["Architectures"] == ["arm64"]
    assert properties["ReservedConcurrentExecutions"] == 5
    assert properties["EphemeralStorage"] == {"Size": 1024}
    assert properties["LoggingConfig"] == {"LogFormat": "JSON"}
    assert properties["Layers"] == ["arn:aws:lambda:us-east-1:123456789012:layer:l:1"]


def test_active_tracing_adds_xray_statement_after_initial_policy(stack: Stack, template: Render) -> None:
    _function(
        stack,
        tracing=Tracing.ACTIVE,
        initial_policy=[PolicyStatement(actions=["s3:GetObject"], resources=["*"])],
    )
    resources = template(stack)["Resources"]
    assert resources["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"},
        {"Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Effect": "Allow", "Resource": "*"},
    ]
    function = resources["Fn9270CBC0"]
    assert function["Properties"]["TracingConfig"] == {"Mode": "Active"}
    assert function["DependsOn"] == ["FnServiceRoleDefaultPolicyC6A839BF", "FnServiceRoleB9001A96"]


def test_disabled_tracing_renders_nothing(stack: Stack, template: Render) -> None:
    _function(stack, tracing=Tracing.DISABLED)
    assert "TracingConfig" not in template(stack)["Resources"]["Fn9270CBC0"]["Properties"]


def test_given_role_is_used_and_depended_on(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    function = _function(stack, role=role)
    function.add_to_role_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    resources = template(stack)["Resources"]
    assert len(resources_of_type(template(stack), "AWS::IAM::Role")) == 1
    assert resources["Fn9270CBC0"]["DependsOn"] == ["RoleDefaultPolicy5FFB7DAB", "Role1ABCC5F0"]
    assert function.grant_principal is role


def test_inline_code_needs_a_runtime_that_supports_it(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Function(stack, "Fn", runtime=Runtime.JAVA_21, handler="h", code=Code.from_inline("x"))
    assert str(error.value) == (
        "Test/Fn: code=Code.from_inline(...) is not supported by runtime='java21'; "
        "use Code.from_asset or Code.from_bucket"
    )


def test_function_name_length_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, function_name="x" * 65)
    assert str(error.value) == f"Test/Fn: function_name={'x' * 65!r} is 65 characters long; use at most 64"


def test_function_name_characters_are_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, function_name="a b")
    assert str(error.value) == (
        "Test/Fn: function_name='a b' has characters a function name cannot have; "
        "use letters, digits, hyphens and underscores"
    )


def test_description_length_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, description="d" * 257)
    assert str(error.value) == "Test/Fn: description is 257 characters long; use at most 256"


def test_reserved_environment_name_is_refused_at_the_call(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, environment={"AWS_REGION": "x"})
    assert str(error.value) == (
        "Test/Fn: environment['AWS_REGION'] is reserved: the Lambda runtime sets it and a function cannot; "
        "use another name"
    )


def test_add_environment_refuses_a_reserved_name_at_the_call(stack: Stack) -> None:
    fn = _function(stack)
    with pytest.raises(ValidationError) as error:
        fn.add_environment("_HANDLER", "index.main")
    assert str(error.value) == (
        "Test/Fn: environment['_HANDLER'] is reserved: the Lambda runtime sets it and a function cannot; "
        "use another name"
    )


def test_aws_names_the_runtime_does_not_set_are_the_users(stack: Stack, template: Render) -> None:
    fn = _function(stack, environment={"AWS_LAMBDA_EXEC_WRAPPER": "/opt/wrapper"})
    fn.add_environment("AWS_NODEJS_CONNECTION_REUSE_ENABLED", "1")
    function = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert function["Environment"] == {
        "Variables": {"AWS_LAMBDA_EXEC_WRAPPER": "/opt/wrapper", "AWS_NODEJS_CONNECTION_REUSE_ENABLED": "1"}
    }


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("allow_all_outbound", True),
        ("allow_all_ipv6_outbound", True),
        ("ipv6_allowed_for_dual_stack", True),
        ("vpc_subnets", SubnetSelection(subnet_type=SubnetType.PUBLIC)),
    ],
)
def test_vpc_options_need_a_vpc(stack: Stack, option: str, value: Any) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, **{option: value})
    assert str(error.value) == f"Test/Fn: {option} needs a VPC; pass vpc= as well or drop {option}"


def test_ipv6_dual_stack_false_needs_no_vpc(stack: Stack, template: Render) -> None:
    _function(stack, ipv6_allowed_for_dual_stack=False)
    assert "VpcConfig" not in template(stack)["Resources"]["Fn9270CBC0"]["Properties"]


def test_function_in_vpc_gets_security_group_and_vpc_policy(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    function = _function(stack, vpc=vpc)
    resources = template(stack)["Resources"]
    properties = resources["Fn9270CBC0"]["Properties"]
    assert properties["VpcConfig"]["SecurityGroupIds"] == [
        {"Fn::GetAtt": ["FnSecurityGroupB675AC26", "GroupId"]}
    ]
    assert properties["VpcConfig"]["SubnetIds"] == [
        {"Ref": "VpcPrivateSubnet1Subnet536B997A"},
        {"Ref": "VpcPrivateSubnet2Subnet3788AAA1"},
    ]
    assert len(resources["FnServiceRoleB9001A96"]["Properties"]["ManagedPolicyArns"]) == 2
    assert "VpcPrivateSubnet1DefaultRouteBE02A9ED" in resources["Fn9270CBC0"]["DependsOn"]
    assert function.is_bound_to_vpc


def test_public_subnets_need_acknowledgement(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    with pytest.raises(ValidationError) as error:
        _function(stack, vpc=vpc, vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC))
    assert str(error.value) == (
        "Test/Fn: vpc_subnets selects public subnets, where a function cannot reach the internet (it gets no "
        "public IP); select private subnets, or pass allow_public_subnet=True to accept this"
    )


def test_ipv6_options_reach_the_vpc_config_and_the_security_group(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    _function(stack, vpc=vpc, allow_all_ipv6_outbound=True, ipv6_allowed_for_dual_stack=True)
    resources = template(stack)["Resources"]
    assert resources["Fn9270CBC0"]["Properties"]["VpcConfig"]["Ipv6AllowedForDualStack"] is True
    egress = resources["FnSecurityGroupB675AC26"]["Properties"]["SecurityGroupEgress"]
    assert [rule.get("CidrIpv6", rule.get("CidrIp")) for rule in egress] == ["0.0.0.0/0", "::/0"]
    group = SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(
        ValidationError, match=r"allow_all_ipv6_outbound=True cannot be combined with security_groups"
    ):
        _function(stack, id="Other", vpc=vpc, security_groups=[group], allow_all_ipv6_outbound=True)


def test_allow_all_outbound_conflicts_with_security_groups(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    group = SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(ValidationError) as error:
        _function(stack, vpc=vpc, security_groups=[group], allow_all_outbound=False)
    assert str(error.value) == (
        "Test/Fn: allow_all_outbound=False cannot be combined with security_groups; "
        "configure outbound traffic on the security groups themselves"
    )


def test_connections_need_a_vpc(stack: Stack) -> None:
    function = _function(stack)
    with pytest.raises(ValidationError) as error:
        function.connections  # noqa: B018 - the property raises
    assert str(error.value) == (
        "Test/Fn: has no security groups: pass vpc= when creating the function to manage its connections"
    )


def test_from_function_arn_reads_the_name(stack: Stack) -> None:
    function = Function.from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f")
    assert function.function_name == "f"
    assert function.role is None


def test_from_function_name_builds_the_arn(stack: Stack) -> None:
    function = Function.from_function_name(stack, "Imp", "named")
    assert stack.resolve(function.function_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":lambda:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":function:named",
            ],
        ]
    }


# --- current_version ---------------------------------------------------------------------------

_HANDLER_SOURCE = "def handler(event, context):\n    return {}\n"


def _versioned(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    options.setdefault("code", Code.from_inline(_HANDLER_SOURCE))
    return Function(stack, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", **options)


def _version_ids(stack: Stack, template: Render) -> list[str]:
    return list(resources_of_type(template(stack), "AWS::Lambda::Version"))


def test_current_version_id_ends_in_aws_cdk_libs_configuration_hash(stack: Stack, template: Render) -> None:
    function = _versioned(stack)
    version = function.current_version
    assert version is function.current_version
    assert version.node.path == "Test/Fn/CurrentVersion"
    # The logical ID aws-cdk-lib 2.275.0 gives the same function.
    assert _version_ids(stack, template) == ["FnCurrentVersion17A89ABB7391f6ee7b580e1b9e7705296441e493"]
    assert template(stack)["Resources"]["FnCurrentVersion17A89ABB7391f6ee7b580e1b9e7705296441e493"] == {
        "Type": "AWS::Lambda::Version",
        "Properties": {"FunctionName": {"Ref": "Fn9270CBC0"}},
        "Metadata": {"aws:cdk:do-not-refactor": True},
    }


def test_current_version_hash_counts_environment_added_later(app: Any, template: Render) -> None:
    later = Stack(app, "Later")
    _ = _versioned(later).current_version
    later_function = later.node.find_child("Fn")
    assert isinstance(later_function, Function)
    later_function.add_environment("STAGE", "prod")
    upfront = Stack(app, "Upfront")
    _ = _versioned(upfront, environment={"STAGE": "prod"}).current_version
    plain = Stack(app, "Plain")
    _ = _versioned(plain).current_version
    assert _version_ids(later, template) == _version_ids(upfront, template)
    assert _version_ids(later, template) != _version_ids(plain, template)


def test_reserved_concurrency_and_tags_do_not_change_the_version(app: Any, template: Render) -> None:
    from apigwv2_integrations import Tags

    plain = Stack(app, "Plain")
    _ = _versioned(plain).current_version
    other = Stack(app, "Other")
    function = _versioned(other, reserved_concurrent_executions=5)
    _ = function.current_version
    Tags.of(function).add("team", "books")
    assert _version_ids(other, template) == _version_ids(plain, template)


def test_invalidate_version_based_on_changes_the_version(app: Any, template: Render) -> None:
    plain = Stack(app, "Plain")
    _ = _versioned(plain).current_version
    other = Stack(app, "Other")
    function = _versioned(other)
    function.invalidate_version_based_on("2024-06-01")
    _ = function.current_version
    assert _version_ids(other, template) != _version_ids(plain, template)


def test_unclassified_property_stops_synthesis(stack: Stack, template: Render) -> None:
    function = _versioned(stack)
    function.node.default_child.add_property_override("NewSetting", "on")  # type: ignore[union-attr]
    _ = function.current_version
    with pytest.raises(Exception) as error:
        template(stack)
    assert (
        "Test/Fn: current_version cannot tell whether properties 'NewSetting' change the version; call "
        "Function.classify_version_property(name, locked) for each (locked=True when a change needs a new "
        "version)"
    ) in str(error.value)


def test_classify_version_property_decides_whether_it_is_hashed(
    app: Any, template: Render, monkeypatch: pytest.MonkeyPatch
) -> None:
    from apigwv2_integrations.aws_lambda import function_hash

    monkeypatch.setattr(function_hash, "VERSION_LOCKED", dict(function_hash.VERSION_LOCKED))
    Function.classify_version_property("Ignored", False)
    Function.classify_version_property("Counted", True)
    plain = Stack(app, "Plain")
    _ = _versioned(plain).current_version
    ignored = Stack(app, "Ignored")
    _versioned(ignored).node.default_child.add_property_override("Ignored", 1)  # type: ignore[union-attr]
    _ = ignored.node.find_child("Fn").current_version  # type: ignore[attr-defined]
    counted = Stack(app, "Counted")
    _versioned(counted).node.default_child.add_property_override("Counted", 1)  # type: ignore[union-attr]
    _ = counted.node.find_child("Fn").current_version  # type: ignore[attr-defined]
    assert _version_ids(ignored, template) == _version_ids(plain, template)
    assert _version_ids(counted, template) != _version_ids(plain, template)


def _environment_of(stack: Stack, template: Render) -> dict[str, str]:
    (function,) = resources_of_type(template(stack), "AWS::Lambda::Function").values()
    variables: dict[str, str] = function["Properties"]["Environment"]["Variables"]
    return variables


def test_environment_is_sorted_once_the_function_has_a_current_version(
    stack: Stack, template: Render
) -> None:
    function = Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_13,
        handler="index.handler",
        code=Code.from_inline("def handler(e,c): pass"),
        environment={"ZED": "1"},
    )
    function.add_environment("MODE", "1")
    _ = function.current_version
    assert list(_environment_of(stack, template).items()) == [("MODE", "1"), ("ZED", "1")]
    # The logical ID aws-cdk-lib 2.275.0 gives this function, whatever order the variables were added in.
    assert _version_ids(stack, template) == ["FnCurrentVersion17A89ABBaa4183dfd72a0b2205d7711dfd22179b"]


def test_version_hash_puts_properties_without_a_fixed_place_after_the_others(
    stack: Stack, template: Render
) -> None:
    from apigwv2_integrations.aws_lambda import RecursiveLoop, RuntimeManagementMode

    function = Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_13,
        handler="index.handler",
        code=Code.from_inline("def handler(e,c): pass"),
        function_name="api-misc",
        recursive_loop=RecursiveLoop.ALLOW,
        runtime_management_mode=RuntimeManagementMode.FUNCTION_UPDATE,
    )
    _ = function.current_version
    # aws-cdk-lib 2.275.0 hashes RecursiveLoop after RuntimeManagementConfig, though it sorts before it.
    assert _version_ids(stack, template) == ["FnCurrentVersion17A89ABBa9b49a400fcd5b7cd8c872597dc272fc"]


def test_environment_keeps_its_order_without_a_current_version(stack: Stack, template: Render) -> None:
    function = _versioned(stack, environment={"BB": "1", "AA": "2"})
    function.add_environment("CC", "3")
    assert list(_environment_of(stack, template)) == ["BB", "AA", "CC"]


def test_current_version_options_apply(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import RemovalPolicy

    function = _versioned(
        stack,
        current_version_options={
            "description": "retained",
            "removal_policy": RemovalPolicy.RETAIN,
            "provisioned_concurrent_executions": 2,
        },
    )
    _ = function.current_version
    (version,) = resources_of_type(template(stack), "AWS::Lambda::Version").values()
    assert version["Properties"] == {
        "Description": "retained",
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": 2},
    }
    assert (version["UpdateReplacePolicy"], version["DeletionPolicy"]) == ("Retain", "Retain")


def test_add_alias_points_to_the_current_version(stack: Stack, template: Render) -> None:
    function = _versioned(stack)
    alias = function.add_alias("live")
    assert alias.node.path == "Test/Fn/Aliaslive"
    (resource,) = resources_of_type(template(stack), "AWS::Lambda::Alias").values()
    assert resource["Properties"] == {
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionVersion": {
            "Fn::GetAtt": ["FnCurrentVersion17A89ABB7391f6ee7b580e1b9e7705296441e493", "Version"]
        },
        "Name": "live",
    }


def test_version_add_alias_is_created_under_the_version(stack: Stack) -> None:
    alias = _versioned(stack).current_version.add_alias("prod")
    assert alias.node.path == "Test/Fn/CurrentVersion/Aliasprod"


def test_add_alias_checks_additional_versions_on_function_and_version(stack: Stack) -> None:
    function = _versioned(stack)
    with pytest.raises(TypeError) as on_function:
        function.add_alias("live", additional_versions=[5])
    assert (
        str(on_function.value)
        == "Test/Fn.add_alias: additional_versions[0]=5 is an int; use a VersionWeight or a dict of VersionWeight fields"
    )
    with pytest.raises(TypeError) as on_version:
        function.current_version.add_alias("prod", additional_versions=[5])
    assert str(on_version.value) == (
        "Test/Fn/CurrentVersion.add_alias: additional_versions[0]=5 is an int; use a VersionWeight or a dict "
        "of VersionWeight fields"
    )


def test_additional_versions_may_be_dicts(stack: Stack) -> None:
    # As aws_cdk, whose Python binding turns a dict into the struct.
    function = _versioned(stack)
    alias = function.add_alias(
        "live", additional_versions=[{"version": function.current_version, "weight": 0.5}]
    )
    routing = alias.node.default_child.routing_config  # type: ignore[union-attr]
    assert routing["additional_version_weights"][0]["function_weight"] == 0.5


def test_latest_version_qualifies_the_arn(stack: Stack) -> None:
    latest = _versioned(stack).latest_version
    assert stack.resolve(latest.function_arn) == {
        "Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":$LATEST"]]
    }


# --- logging -----------------------------------------------------------------------------------


def test_logging_config_renders_group_format_and_levels(stack: Stack, template: Render) -> None:
    from apigwv2_integrations.aws_lambda import ApplicationLogLevel, SystemLogLevel
    from apigwv2_integrations.aws_logs import LogGroup

    logs = LogGroup(stack, "Logs")
    function = _function(
        stack,
        log_group=logs,
        logging_format=LoggingFormat.JSON,
        application_log_level_v2=ApplicationLogLevel.DEBUG,
        system_log_level_v2=SystemLogLevel.WARN,
    )
    assert function.log_group is logs
    assert template(stack)["Resources"]["Fn9270CBC0"]["Properties"]["LoggingConfig"] == {
        "ApplicationLogLevel": "DEBUG",
        "LogFormat": "JSON",
        "LogGroup": {"Ref": "Logs6819BB44"},
        "SystemLogLevel": "WARN",
    }


def test_deprecated_logging_strings_render(stack: Stack, template: Render) -> None:
    _function(stack, log_format="JSON", application_log_level="ERROR", system_log_level="DEBUG")
    assert template(stack)["Resources"]["Fn9270CBC0"]["Properties"]["LoggingConfig"] == {
        "ApplicationLogLevel": "ERROR",
        "LogFormat": "JSON",
        "SystemLogLevel": "DEBUG",
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"log_format": "JSON", "logging_format": LoggingFormat.JSON},
            "log_format='JSON' and logging_format=LoggingFormat.JSON are both set; pass only logging_format",
        ),
        (
            {"application_log_level": "DEBUG", "application_log_level_v2": "ApplicationLogLevel.DEBUG"},
            "application_log_level='DEBUG' and application_log_level_v2=ApplicationLogLevel.DEBUG are both "
            "set; pass only application_log_level_v2",
        ),
        (
            {"system_log_level": "DEBUG", "system_log_level_v2": "SystemLogLevel.DEBUG"},
            "system_log_level='DEBUG' and system_log_level_v2=SystemLogLevel.DEBUG are both set; "
            "pass only system_log_level_v2",
        ),
        (
            {"application_log_level_v2": "ApplicationLogLevel.DEBUG", "logging_format": LoggingFormat.TEXT},
            "application_log_level_v2=ApplicationLogLevel.DEBUG needs JSON logs, but "
            "logging_format=LoggingFormat.TEXT is set; pass logging_format=LoggingFormat.JSON",
        ),
        (
            {"system_log_level": "WARN", "log_format": "Text"},
            "system_log_level='WARN' needs JSON logs, but log_format='Text' is set; "
            "pass logging_format=LoggingFormat.JSON",
        ),
        (
            {"application_log_level": "INFO", "system_log_level_v2": "SystemLogLevel.INFO"},
            "application_log_level='INFO' and system_log_level_v2=SystemLogLevel.INFO need JSON logs, but "
            "no logging_format is set; pass logging_format=LoggingFormat.JSON",
        ),
    ],
)
def test_logging_options_are_checked(stack: Stack, options: dict[str, Any], message: str) -> None:
    from apigwv2_integrations.aws_lambda import ApplicationLogLevel, SystemLogLevel

    enums = {"ApplicationLogLevel": ApplicationLogLevel, "SystemLogLevel": SystemLogLevel}
    for key, value in list(options.items()):
        if isinstance(value, str) and value.split(".")[0] in enums:
            kind, member = value.split(".")
            options[key] = enums[kind][member]
    with pytest.raises(ValidationError) as error:
        _function(stack, **options)
    assert str(error.value) == f"Test/Fn: {message}"


def test_log_removal_policy_goes_to_the_log_retention(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import RemovalPolicy
    from apigwv2_integrations.aws_logs import RetentionDays

    _function(stack, log_retention=RetentionDays.ONE_WEEK, log_removal_policy=RemovalPolicy.DESTROY)
    (retention,) = resources_of_type(template(stack), "Custom::LogRetention").values()
    assert (retention["Properties"]["RetentionInDays"], retention["Properties"]["RemovalPolicy"]) == (
        7,
        "destroy",
    )


def test_log_removal_policy_cannot_go_with_a_log_group(stack: Stack) -> None:
    from apigwv2_integrations import RemovalPolicy
    from apigwv2_integrations.aws_logs import LogGroup

    with pytest.raises(ValidationError) as error:
        _function(stack, log_group=LogGroup(stack, "Logs"), log_removal_policy=RemovalPolicy.DESTROY)
    assert str(error.value) == (
        "Test/Fn: log_removal_policy=RemovalPolicy.DESTROY is given with log_group=Test/Logs; set the removal "
        "policy on the log group and drop log_removal_policy"
    )


def test_log_removal_policy_cannot_go_with_the_managed_log_group_flag(tmp_path: Any) -> None:
    from apigwv2_integrations import App, RemovalPolicy

    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": True})
    with pytest.raises(ValidationError) as error:
        _function(Stack(app, "Test"), log_removal_policy=RemovalPolicy.RETAIN)
    assert str(error.value) == (
        "Test/Fn: log_removal_policy=RemovalPolicy.RETAIN cannot be used with the feature flag "
        "'@aws-cdk/aws-lambda:useCdkManagedLogGroup', which gives the function a LogGroup of its own; set the "
        "removal policy on that log group (fn.log_group.apply_removal_policy(...)) and drop log_removal_policy"
    )


# --- snap_start --------------------------------------------------------------------------------


def test_snap_start_renders(stack: Stack, template: Render) -> None:
    from apigwv2_integrations.aws_lambda import SnapStartConf

    _function(stack, snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS)
    assert template(stack)["Resources"]["Fn9270CBC0"]["Properties"]["SnapStart"] == {
        "ApplyOn": "PublishedVersions"
    }


def test_snap_start_warns_that_it_needs_published_versions(stack: Stack) -> None:
    from apigwv2_integrations.aws_lambda import SnapStartConf

    _function(stack, snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS)
    warnings = Annotations.from_stack(stack).find_warning("/Test/Fn", Match.any_value())
    assert [w.entry.data for w in warnings] == [
        "SnapStart only supports published Lambda versions. Ignore if function already has published "
        "versions. [ack: @aws-cdk/aws-lambda:snapStartRequirePublish]"
    ]


def test_snap_start_needs_a_supporting_runtime(stack: Stack) -> None:
    from apigwv2_integrations.aws_lambda import SnapStartConf

    with pytest.raises(ValidationError) as error:
        Function(
            stack,
            "Fn",
            runtime=Runtime.PYTHON_3_11,
            handler="index.handler",
            code=Code.from_inline("x"),
            snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS,
        )
    assert str(error.value) == (
        "Test/Fn: snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS is not supported by runtime='python3.11'; "
        "use Java 11 or later, Python 3.12 or later or .NET 8 or later, or drop snap_start"
    )


def test_snap_start_limits_ephemeral_storage(stack: Stack) -> None:
    from apigwv2_integrations.aws_lambda import SnapStartConf

    with pytest.raises(ValidationError) as error:
        _function(
            stack, snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS, ephemeral_storage_size=Size.mebibytes(1024)
        )
    assert str(error.value) == (
        "Test/Fn: snap_start=SnapStartConf.ON_PUBLISHED_VERSIONS cannot be combined with "
        "ephemeral_storage_size=Size.mebibytes(1024); use at most 512 MiB of ephemeral storage with SnapStart"
    )


def test_an_imported_function_reads_its_name_from_the_seventh_arn_field(stack: Stack) -> None:
    # aws-cdk-lib's reading: a literal for a literal ARN (qualifier dropped), Fn::Select for a token ARN.
    qualified = Function.from_function_arn(
        stack, "Qualified", "arn:aws:lambda:us-east-1:123456789012:function:worker:prod"
    )
    assert qualified.function_name == "worker"
    arn = stack.format_arn(
        service="lambda",
        resource="function",
        resource_name="worker",
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
    )
    formatted = Function.from_function_arn(stack, "Formatted", arn)
    assert stack.resolve(formatted.function_name) == {
        "Fn::Select": [6, {"Fn::Split": [":", stack.resolve(arn)]}]
    }


def test_an_imported_function_arn_must_name_a_function(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Function.from_function_arn(stack, "Bucket", "arn:aws:s3:::bucket")
    assert str(error.value) == (
        "Test/Bucket: function_arn='arn:aws:s3:::bucket' names no function; use an ARN of the form "
        "'arn:<partition>:lambda:<region>:<account>:function:<name>'"
    )


def test_imported_function_keeps_tenancy_config_and_rejects_event_sources(stack: Stack) -> None:
    fn = Function.from_function_attributes(
        stack,
        "Imported",
        function_arn="arn:aws:lambda:us-east-1:123456789012:function:x",
        tenancy_config=TenancyConfig.PER_TENANT,
    )

    class _Source:
        def bind(self, target: Any) -> None:
            raise AssertionError("not bound")

    with pytest.raises(ValidationError) as raised:
        fn.add_event_source(_Source())
    assert (fn.tenancy_config, str(raised.value)) == (
        TenancyConfig.PER_TENANT,
        "Test/Imported: add_event_source: _Source is not supported by functions with tenancy_config (tenant "
        "isolation); invoke the function another way, or drop tenancy_config",
    )

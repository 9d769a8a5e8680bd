"""The L1 generator: aws_cdk's naming rules, schema patches, and committed output that is up to date."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
CFN_DIR = REPO / "src" / "apigwv2_integrations" / "cfn"
NAMES_FILE = REPO / "tests" / "data" / "l1_names.json"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_l1", REPO / "codegen" / "generate_l1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_l1"] = module
    spec.loader.exec_module(module)
    return module


generate_l1 = _load_generator()


def _committed_files() -> list[str]:
    """The generated files in the package: everything under cfn/ but its hand-written ``__init__``."""
    return sorted(
        p.relative_to(CFN_DIR).as_posix()
        for p in CFN_DIR.rglob("*.py")
        if p != CFN_DIR / "__init__.py" and "__pycache__" not in p.parts
    )


def _service_packages() -> list[str]:
    return sorted(p.parent.name for p in CFN_DIR.glob("aws_*/__init__.py"))


def test_committed_modules_equal_a_fresh_generation(tmp_path: Path) -> None:
    written = generate_l1.generate(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == _committed_files()
    for path in written:
        name = path.relative_to(tmp_path).as_posix()
        committed = (CFN_DIR / name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == committed, f"{name} is stale; run make generate"


def test_committed_id_formats_equal_a_fresh_generation(tmp_path: Path) -> None:
    written = generate_l1.generate_id_formats(tmp_path / "id_formats.py")
    committed = generate_l1.ID_FORMATS_OUT.read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == committed, "id_formats.py is stale; run make generate"


def test_id_formats_follow_definitions_and_items_but_not_any_of() -> None:
    schema = {
        "properties": {
            "VpcId": {"type": "string", "format": "AWS::EC2::VPC.Id"},
            "Config": {"$ref": "#/definitions/Config"},
            "Either": {"type": "array", "items": {"anyOf": [{"format": "AWS::EC2::SecurityGroup.Id"}]}},
            "Name": {"type": "string", "format": "AWS::EC2::SecurityGroup.Name"},
        },
        "definitions": {
            "Config": {
                "properties": {
                    "SubnetIds": {
                        "type": "array",
                        "items": {"type": "string", "format": "AWS::EC2::Subnet.Id"},
                    }
                }
            }
        },
    }
    assert generate_l1.id_format_paths(schema) == [
        ("VpcId", "AWS::EC2::VPC.Id"),
        ("Config.SubnetIds.*", "AWS::EC2::Subnet.Id"),
    ]


def test_committed_primary_identifiers_equal_a_fresh_generation(tmp_path: Path) -> None:
    written = generate_l1.generate_primary_identifiers(tmp_path / "primary_identifiers.py")
    committed = generate_l1.PRIMARY_IDENTIFIERS_OUT.read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == committed, (
        "primary_identifiers.py is stale; run make generate"
    )


def test_committed_interfaces_equal_a_fresh_generation(tmp_path: Path) -> None:
    interfaces = CFN_DIR.parent / "interfaces"
    written = generate_l1.generate_interfaces(tmp_path)
    committed = sorted(p.name for p in interfaces.glob("*.py"))
    assert sorted(p.name for p in written) == committed
    for path in written:
        text = (interfaces / path.name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == text, f"interfaces/{path.name} is stale; run make generate"


def test_every_module_starts_with_the_generated_header() -> None:
    for name in _committed_files():
        assert (CFN_DIR / name).read_text(encoding="utf-8").startswith(generate_l1.HEADER + "\n"), name


def test_every_listed_service_has_a_package() -> None:
    services = generate_l1.read_services(REPO / "codegen" / "services.txt")
    assert sorted(generate_l1.module_name(s) for s in services) == _service_packages()


def test_every_resource_type_has_its_own_module() -> None:
    for service in _service_packages():
        package = importlib.import_module(f"apigwv2_integrations.cfn.{service}")
        modules = {p.stem for p in (CFN_DIR / service).glob("*.py")} - {"__init__"}
        resources = [name for name in package.__all__ if not name.endswith("Props")]
        assert len(modules) == len(resources), service
        for name in package.__all__:
            assert package._SOURCES[name].lstrip(".") in modules, name


def test_regeneration_replaces_single_file_modules_by_packages(tmp_path: Path) -> None:
    out = tmp_path / "cfn"
    out.mkdir()
    (out / "__init__.py").write_text('"""Hand-written."""\n', encoding="utf-8")
    (out / "aws_sqs.py").write_text("# an older single-file module\n", encoding="utf-8")
    generate_l1.replace_output(out)
    assert not (out / "aws_sqs.py").exists()
    assert (out / "aws_sqs" / "queue.py").exists()
    assert (out / "__init__.py").read_text(encoding="utf-8") == '"""Hand-written."""\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cfn"]


def test_schemas_carry_their_licence_and_source() -> None:
    schemas = REPO / "codegen" / "schemas"
    assert (schemas / "LICENSE").read_text(encoding="utf-8").startswith("MIT No Attribution")
    assert "cfn-lint 1.58.0" in (schemas / "SOURCE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("cfn_name", "camel"),
    [
        ("CidrBlock", "cidrBlock"),
        ("VPCId", "vpcId"),
        ("Ipv4IpamPoolId", "ipv4IpamPoolId"),
        ("Ipv6CidrBlock", "ipv6CidrBlock"),
        ("DNSConfig", "dnsConfig"),
        ("VPCs", "vpcs"),
        ("ProviderARNs", "providerArns"),
        ("SizeInMBs", "sizeInMBs"),
        ("TimeoutInMillis", "timeoutInMillis"),
        ("S3Key", "s3Key"),
        ("Equals", "equalTo"),
    ],
)
def test_property_name_matches_aws_cdk_camel_case(cfn_name: str, camel: str) -> None:
    assert generate_l1.property_name(cfn_name) == camel


@pytest.mark.parametrize(
    ("camel", "python"),
    [
        ("cidrBlock", "cidr_block"),
        ("ipv4IpamPoolId", "ipv4_ipam_pool_id"),
        ("bodyS3Location", "body_s3_location"),
        ("sizeInMBs", "size_in_m_bs"),
        ("memorySizeMiB", "memory_size_mib"),
        ("lambda", "lambda_"),
        ("global", "global_"),
    ],
)
def test_python_name_matches_jsii_snake_case(camel: str, python: str) -> None:
    assert generate_l1.python_name(camel) == python


def test_nested_attribute_names_are_flattened() -> None:
    assert generate_l1.attribute_name("Endpoint.Address") == "attr_endpoint_address"
    assert generate_l1.attribute_name("Arn") == "attr_arn"


def test_properties_are_rendered_in_code_point_order_of_camel_names() -> None:
    # aws-cdk-lib 2.275.0 renders AuthParameters before AuthorizationType and TargetType before Targets.
    from apigwv2_integrations.cfn.aws_elasticloadbalancingv2 import CfnTargetGroup
    from apigwv2_integrations.cfn.aws_events import CfnConnection

    assert [row[0] for row in CfnConnection._CFN_PROPERTIES][:2] == ["AuthParameters", "AuthorizationType"]
    target_group = [row[0] for row in CfnTargetGroup._CFN_PROPERTIES]
    assert target_group.index("TargetType") < target_group.index("Targets")


def test_apply_patch_supports_add_remove_replace_and_move() -> None:
    document = {"properties": {"A": {"type": "string"}, "B": 1}, "list": [1, 2]}
    generate_l1.apply_patch(
        document,
        [
            {"op": "add", "path": "/properties/A/enum", "value": ["x"]},
            {"op": "remove", "path": "/properties/B"},
            {"op": "replace", "path": "/list/0", "value": 9},
            {"op": "move", "from": "/properties/A", "path": "/properties/C"},
            {"op": "add", "path": "/list/-", "value": 3},
        ],
    )
    assert document == {"properties": {"C": {"type": "string", "enum": ["x"]}}, "list": [9, 2, 3]}


def test_an_object_that_is_one_of_several_records_is_one_nested_type_with_all_their_properties() -> None:
    schema = {
        "typeName": "AWS::Test::Thing",
        "properties": {"Format": {"$ref": "#/definitions/Format"}},
        "definitions": {
            "Format": {
                "type": "object",
                "description": "One of two formats.",
                "oneOf": [
                    {"properties": {"Simple": {"type": "object"}}, "required": ["Simple"]},
                    {
                        "properties": {"Partitioned": {"$ref": "#/definitions/Part"}},
                        "required": ["Partitioned"],
                    },
                ],
            },
            "Part": {"type": "object", "properties": {"Source": {"type": "string"}}},
        },
    }
    resource = generate_l1.ResourceBuilder(schema).build()
    assert [(p.name, p.type.kind, p.type.struct) for p in resource.props] == [("format", "struct", "Format")]
    struct = resource.structs["FormatProperty"]
    assert struct.doc == "One of two formats."
    assert [(p.name, p.type.kind, p.is_required) for p in struct.props] == [
        ("partitioned", "struct", False),
        ("simple", "json", False),
    ]
    assert list(resource.structs) == ["FormatProperty", "PartProperty"]


def test_legacy_types_are_built_from_their_definitions_even_when_no_property_takes_them() -> None:
    schema = {
        "typeName": "AWS::Test::Thing",
        "properties": {"Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}},
        "definitions": {
            "Tag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}},
        },
    }
    resource = generate_l1.ResourceBuilder(schema, legacy_types=["Tag"]).build()
    assert resource.props[0].type.element is not None
    assert resource.props[0].type.element.kind == "tag"
    assert [p.name for p in resource.structs["TagProperty"].props] == ["key", "value"]
    with pytest.raises(ValueError, match="AWS::Test::Thing: legacy type Missing is not an object definition"):
        generate_l1.ResourceBuilder(schema, legacy_types=["Missing"]).build()


def test_legacy_types_name_generated_resource_types() -> None:
    services = generate_l1.read_services(REPO / "codegen" / "services.txt")
    prefixes = tuple(f"AWS::{service}::" for service in services)
    table = generate_l1.read_legacy_types()
    assert table
    assert [t for t in table if not t.startswith(prefixes)] == []


def test_patches_apply_to_vendored_schemas() -> None:
    for patch in (REPO / "codegen" / "patches").glob("*.json"):
        assert (REPO / "codegen" / "schemas" / patch.name).exists(), patch.name
        generate_l1.load_schema(REPO / "codegen" / "schemas" / patch.name)


def _generated_names() -> dict[str, dict[str, str]]:
    """The name table of the generated classes, shaped as tests/data/l1_names.json."""
    table: dict[str, dict[str, str]] = {}
    for service in _service_packages():
        module = importlib.import_module(f"apigwv2_integrations.cfn.{service}")
        for class_name in module.__all__:
            cls = getattr(module, class_name)
            table[f"{service}.{class_name}"] = {row[0]: row[1] for row in cls._CFN_PROPERTIES}
            for attribute, value in vars(cls).items():
                if attribute.endswith("Property") and isinstance(value, type):
                    table[f"{service}.{class_name}.{attribute}"] = {
                        row[0]: row[1] for row in value._CFN_PROPERTIES
                    }
    return table


def test_names_match_the_aws_cdk_python_package() -> None:
    expected: dict[str, dict[str, str]] = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    generated = _generated_names()
    modules = set(_service_packages())
    problems = []
    for qualified, names in sorted(expected.items()):
        if qualified.split(".")[0] not in modules:
            continue
        ours = generated.get(qualified)
        if ours is None:
            problems.append(f"{qualified}: missing")
            continue
        for cfn_name, python in sorted(names.items()):
            if ours.get(cfn_name) != python:
                problems.append(f"{qualified}.{cfn_name}: {ours.get(cfn_name)!r} != {python!r}")
    assert problems == []


def test_known_aws_cdk_names() -> None:
    generated = _generated_names()
    expected = {
        "aws_apigatewayv2.CfnIntegration": [
            "integration_uri",
            "payload_format_version",
            "tls_config",
            "request_parameters",
            "response_parameters",
            "timeout_in_millis",
            "connection_id",
            "connection_type",
            "credentials_arn",
            "integration_subtype",
            "integration_method",
        ],
        "aws_ec2.CfnVPC": [
            "cidr_block",
            "enable_dns_hostnames",
            "enable_dns_support",
            "instance_tenancy",
            "ipv4_ipam_pool_id",
            "ipv4_netmask_length",
        ],
        "aws_ec2.CfnSubnet": [
            "vpc_id",
            "availability_zone",
            "cidr_block",
            "map_public_ip_on_launch",
            "ipv6_cidr_block",
        ],
        "aws_elasticloadbalancingv2.CfnLoadBalancer": [
            "load_balancer_attributes",
            "security_groups",
            "subnet_mappings",
            "ip_address_type",
        ],
        "aws_lambda.CfnFunction": [
            "code",
            "role",
            "handler",
            "runtime",
            "memory_size",
            "dead_letter_config",
            "vpc_config",
            "tracing_config",
            "reserved_concurrent_executions",
        ],
        "aws_ec2.CfnSecurityGroup": [
            "group_description",
            "security_group_egress",
            "security_group_ingress",
            "vpc_id",
        ],
        "aws_ec2.CfnSecurityGroup.IngressProperty": [
            "cidr_ip",
            "ip_protocol",
            "from_port",
            "to_port",
            "source_security_group_id",
        ],
        "aws_iam.CfnRole": ["assume_role_policy_document", "managed_policy_arns", "policies"],
        "aws_servicediscovery.CfnService": ["dns_config", "health_check_custom_config"],
        "aws_servicediscovery.CfnService.DnsConfigProperty": [
            "dns_records",
            "namespace_id",
            "routing_policy",
        ],
        "aws_apigatewayv2.CfnIntegration.TlsConfigProperty": ["server_name_to_verify"],
        "aws_apigatewayv2.CfnStage.AccessLogSettingsProperty": ["destination_arn", "format"],
        "aws_lambda.CfnFunction.CodeProperty": ["s3_bucket", "s3_key", "zip_file"],
    }
    for qualified, names in expected.items():
        assert set(names) <= set(generated[qualified].values()), qualified


def test_legacy_attributes_and_tag_manager_v2_types_are_generated_resource_types() -> None:
    services = generate_l1.read_services(REPO / "codegen" / "services.txt")
    prefixes = {f"AWS::{service}::" for service in services}
    listed = set(generate_l1.read_legacy_attributes()) | generate_l1.read_tag_manager_v2()
    assert listed
    assert {t for t in listed if not any(t.startswith(p) for p in prefixes)} == set()


def test_recorded_references_cover_the_generated_resource_types_and_name_aws_cdk_lib() -> None:
    data = json.loads((REPO / "codegen" / "references.json").read_text(encoding="utf-8"))
    assert data["aws-cdk-lib"] == "2.275.0"
    services = generate_l1.read_services(REPO / "codegen" / "services.txt")
    prefixes = tuple(f"AWS::{service}::" for service in services)
    assert [t for t in data["types"] if not t.startswith(prefixes)] == []
    assert data["types"]["AWS::ApiGatewayV2::Api"]["arn_for"] == {
        "arn_for_api": "arn:${Partition}:apigateway:${Region}::/apis/${api_id}"
    }


def test_arn_templates_become_f_strings_of_the_reference_fields() -> None:
    reference = generate_l1.ReferenceDef(
        struct="ApiReference", property="api_ref", fields={"api_id": "self.ref"}, arn_for={}, factories={}
    )
    imports = generate_l1.Imports()
    code = generate_l1.emit_arn_for(
        reference, "arn_for_api", "arn:${Partition}:apigateway:${Region}::/apis/${api_id}", imports
    )
    assert "        partition, region, _ = arn_environment(resource)\n" in code
    assert "        return f'arn:{partition}:apigateway:{region}::/apis/{reference.api_id}'\n" in code
    whole = generate_l1.emit_arn_for(reference, "arn_for_api", "${api_id}", imports)
    assert whole.endswith("        return reference.api_id\n")


def test_a_recorded_field_the_resource_lacks_is_an_error() -> None:
    (resource,) = [r for r in generate_l1.build_service("ApiGatewayV2") if r.class_name == "CfnVpcLink"]
    entry = {"struct": "VpcLinkReference", "property": "vpc_link_ref", "fields": [["x", "property", "nope"]]}
    with pytest.raises(ValueError) as caught:
        generate_l1.reference_def(resource, entry)
    assert str(caught.value) == "AWS::ApiGatewayV2::VpcLink: reference field x from property ['nope']"


def test_factories_build_each_field_from_its_recorded_template() -> None:
    (resource,) = [r for r in generate_l1.build_service("DynamoDB") if r.class_name == "CfnTable"]
    code = generate_l1.emit_factory(resource, "from_table_name", ["table_name"], generate_l1.Imports())
    assert "        partition, region, account = arn_environment(scope)\n" in code
    assert "table_arn=f'arn:{partition}:dynamodb:{region}:{account}:table/{table_name}'" in code


def test_arn_factories_read_each_field_from_a_variable_of_the_recorded_arn_template() -> None:
    (resource,) = [r for r in generate_l1.build_service("DynamoDB") if r.class_name == "CfnTable"]
    code = generate_l1.emit_factory(resource, "from_table_arn", ["arn"], generate_l1.Imports())
    template = "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}"
    assert f"        parts = parse_arn(scope, id, 'from_table_arn', {template!r}, arn)\n" in code
    assert "        reference = TableReference(table_arn=arn, table_name=parts['TableName'])\n" in code


def test_an_arn_factory_field_from_an_unknown_variable_is_an_error() -> None:
    (resource,) = [r for r in generate_l1.build_service("DynamoDB") if r.class_name == "CfnTable"]
    entry = {
        "template": "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}",
        "fields": {"table_arn": "${arn}", "table_name": "${Name}"},
    }
    with pytest.raises(ValueError) as caught:
        generate_l1.emit_arn_factory(resource, "from_table_arn", entry, generate_l1.Imports())
    assert str(caught.value) == "AWS::DynamoDB::Table: from_table_arn field table_name from '${Name}'"

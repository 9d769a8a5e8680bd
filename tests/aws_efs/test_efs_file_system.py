"""FileSystem: properties, mount targets, the file system policy, grants and imported file systems."""

from __future__ import annotations

import inspect
import re
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, RemovalPolicy, Size, Stack
from apigwv2_integrations.aws_ec2 import Peer, SecurityGroup, SubnetSelection, SubnetType, Vpc
from apigwv2_integrations.aws_efs import (
    FileSystem,
    FileSystemProps,
    IFileSystem,
    LifecyclePolicy,
    OutOfInfrequentAccessPolicy,
    PerformanceMode,
    ReplicationOverwriteProtection,
    ThroughputMode,
)
from apigwv2_integrations.aws_iam import AnyPrincipal, PolicyDocument, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.aws_apigatewayv2.inspection import properties_of, resource_of
from tests.conftest import resources_of_type

VIA_MOUNT_TARGET = {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}
DENY_ANONYMOUS = {
    "Action": ["elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
    "Condition": VIA_MOUNT_TARGET,
    "Effect": "Allow",
    "Principal": {"AWS": "*"},
}


def _vpc(stack: Stack) -> Vpc:
    return Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)


def _file_system(stack: Stack, **options: Any) -> FileSystem:
    return FileSystem(stack, "Fs", vpc=_vpc(stack), **options)


def _role(stack: Stack) -> Role:
    return Role(stack, "Role", assumed_by=ServicePrincipal("ec2.amazonaws.com"))


def _statements(role: Role) -> list[dict[str, Any]]:
    policy = resource_of(role.node.find_child("DefaultPolicy"))
    statements: list[dict[str, Any]] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def test_keywords_are_the_props_fields() -> None:
    keywords = [
        n for n in inspect.signature(FileSystem.__init__).parameters if n not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(FileSystemProps))


def test_defaults_encrypt_retain_and_tag_with_the_path(stack: Stack) -> None:
    fs = _file_system(stack)
    resource = resource_of(fs)
    assert resource["Properties"] == {
        "Encrypted": True,
        "FileSystemTags": [{"Key": "Name", "Value": "Test/Fs"}],
    }
    assert (resource["DeletionPolicy"], resource["UpdateReplacePolicy"]) == ("Retain", "Retain")
    assert isinstance(fs, IFileSystem)
    assert FileSystem.DEFAULT_PORT == 2049


def test_a_mount_target_per_private_subnet_in_a_new_security_group(stack: Stack, template: Any) -> None:
    _file_system(stack)
    rendered = template(stack)
    targets = resources_of_type(rendered, "AWS::EFS::MountTarget")
    assert sorted(targets) == ["FsEfsMountTarget11EC3BF7C", "FsEfsMountTarget2C8C09807"]
    assert targets["FsEfsMountTarget11EC3BF7C"]["Properties"] == {
        "FileSystemId": {"Ref": "Fs6C1AF03C"},
        "SecurityGroups": [{"Fn::GetAtt": ["FsEfsSecurityGroup7575D9A7", "GroupId"]}],
        "SubnetId": {"Ref": "VpcIsolatedSubnet1SubnetE48C5737"},
    }
    group = rendered["Resources"]["FsEfsSecurityGroup7575D9A7"]["Properties"]
    assert group["GroupDescription"] == "Test/Fs/EfsSecurityGroup"
    assert group["Tags"] == [{"Key": "Name", "Value": "Test/Fs"}]


def test_mount_target_ids_follow_the_subnet_names_under_the_flag(tmp_path: Any) -> None:
    app = App(
        outdir=str(tmp_path),
        context={"@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId": True},
    )
    fs = _file_system(Stack(app, "Test"))
    assert [child.node.id for child in fs.node.children if "MountTarget" in child.node.id] == [
        "EfsMountTarget-IsolatedSubnet1",
        "EfsMountTarget-IsolatedSubnet2",
    ]


def test_every_property_renders(stack: Stack) -> None:
    key = Key(stack, "Key")
    fs = _file_system(
        stack,
        kms_key=key,
        performance_mode=PerformanceMode.MAX_IO,
        throughput_mode=ThroughputMode.PROVISIONED,
        provisioned_throughput_per_second=Size.mebibytes(10),
        lifecycle_policy=LifecyclePolicy.AFTER_7_DAYS,
        out_of_infrequent_access_policy=OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
        transition_to_archive_policy=LifecyclePolicy.AFTER_90_DAYS,
        removal_policy=RemovalPolicy.DESTROY,
        file_system_name="shared",
        enable_automatic_backups=True,
        replication_overwrite_protection=ReplicationOverwriteProtection.DISABLED,
    )
    resource = resource_of(fs)
    assert resource["Properties"] == {
        "BackupPolicy": {"Status": "ENABLED"},
        "Encrypted": True,
        "FileSystemProtection": {"ReplicationOverwriteProtection": "DISABLED"},
        "FileSystemTags": [{"Key": "Name", "Value": "shared"}],
        "KmsKeyId": {"Fn::GetAtt": [stack.resolve(key.key_arn)["Fn::GetAtt"][0], "Arn"]},
        "LifecyclePolicies": [
            {"TransitionToIA": "AFTER_7_DAYS"},
            {"TransitionToPrimaryStorageClass": "AFTER_1_ACCESS"},
            {"TransitionToArchive": "AFTER_90_DAYS"},
        ],
        "PerformanceMode": "maxIO",
        "ProvisionedThroughputInMibps": 10,
        "ThroughputMode": "provisioned",
    }
    assert resource["DeletionPolicy"] == "Delete"


def test_one_zone_keeps_one_mount_target_in_the_first_zone(stack: Stack, template: Any) -> None:
    fs = _file_system(stack, one_zone=True)
    assert properties_of(fs)["AvailabilityZoneName"] == {"Fn::Select": [0, {"Fn::GetAZs": ""}]}
    assert len(resources_of_type(template(stack), "AWS::EFS::MountTarget")) == 1


def test_encrypted_false_is_rendered(stack: Stack) -> None:
    assert properties_of(_file_system(stack, encrypted=False))["Encrypted"] is False


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"throughput_mode": ThroughputMode.PROVISIONED},
            "throughput_mode=ThroughputMode.PROVISIONED needs provisioned_throughput_per_second; give it, "
            "e.g. Size.mebibytes(10)",
        ),
        (
            {"throughput_mode": ThroughputMode.ELASTIC, "performance_mode": PerformanceMode.MAX_IO},
            "throughput_mode=ThroughputMode.ELASTIC cannot be combined with performance_mode=PerformanceMode."
            "MAX_IO; use PerformanceMode.GENERAL_PURPOSE or another throughput mode",
        ),
        (
            {"one_zone": True, "performance_mode": PerformanceMode.MAX_IO},
            "performance_mode=PerformanceMode.MAX_IO is not available for a One Zone file system "
            "(one_zone=True); use PerformanceMode.GENERAL_PURPOSE",
        ),
        (
            {"one_zone": True, "vpc_subnets": SubnetSelection(subnet_type=SubnetType.PUBLIC)},
            "vpc_subnets of a One Zone file system (one_zone=True) must name its zone; give "
            "SubnetSelection(availability_zones=[...]) or leave vpc_subnets out",
        ),
        (
            {"replication_configuration": object()},
            "replication_configuration is not supported yet (ReplicationConfiguration is not provided); "
            "leave it out",
        ),
    ],
)
def test_invalid_combinations_are_refused(stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"Test/Fs: {message}")):
        _file_system(stack, **options)


def test_a_wrong_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match="performance_mode='maxIO' is a str"):
        _file_system(stack, performance_mode="maxIO")


def test_replication_configuration_is_not_provided() -> None:
    import apigwv2_integrations.aws_efs as efs

    with pytest.raises(AttributeError, match="has no attribute 'ReplicationConfiguration'"):
        efs.ReplicationConfiguration  # type: ignore[attr-defined]  # noqa: B018


def test_no_policy_without_grants_or_flag(stack: Stack) -> None:
    assert "FileSystemPolicy" not in properties_of(_file_system(stack))


def test_anonymous_access_is_denied_under_the_flag(tmp_path: Any) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-efs:denyAnonymousAccess": True})
    fs = _file_system(Stack(app, "Test"))
    assert properties_of(fs)["FileSystemPolicy"]["Statement"] == [DENY_ANONYMOUS]


def test_allow_anonymous_access_wins_over_the_flag_and_grants(tmp_path: Any) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-efs:denyAnonymousAccess": True})
    stack = Stack(app, "Test")
    fs = _file_system(stack, allow_anonymous_access=True)
    fs.grant_read(_role(stack))
    assert "FileSystemPolicy" not in properties_of(fs)


def test_allow_anonymous_access_false_denies_it_without_the_flag(stack: Stack) -> None:
    fs = _file_system(stack, allow_anonymous_access=False)
    assert properties_of(fs)["FileSystemPolicy"]["Statement"] == [DENY_ANONYMOUS]


def test_policy_statements_come_before_the_anonymous_denial(stack: Stack) -> None:
    statement = PolicyStatement(actions=["elasticfilesystem:ClientMount"], principals=[AnyPrincipal()])
    fs = _file_system(stack, file_system_policy=PolicyDocument(statements=[statement]))
    added = fs.add_to_resource_policy(PolicyStatement(actions=["*"], principals=[AnyPrincipal()]))
    assert added.statement_added
    fs.grant_read_write(_role(stack))
    actions = [s["Action"] for s in properties_of(fs)["FileSystemPolicy"]["Statement"]]
    assert actions == ["elasticfilesystem:ClientMount", "*", DENY_ANONYMOUS["Action"]]


def test_client_grants_use_the_mount_target_condition(stack: Stack) -> None:
    fs = _file_system(stack)
    role = _role(stack)
    fs.grant(role, "elasticfilesystem:Backup")
    fs.grant_read(role)
    fs.grant_read_write(role)
    fs.grant_root_access(role)
    arn = {"Fn::GetAtt": ["Fs6C1AF03C", "Arn"]}
    assert _statements(role) == [
        {"Action": "elasticfilesystem:Backup", "Effect": "Allow", "Resource": arn},
        {
            "Action": "elasticfilesystem:ClientMount",
            "Condition": VIA_MOUNT_TARGET,
            "Effect": "Allow",
            "Resource": arn,
        },
        {
            "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
            "Condition": VIA_MOUNT_TARGET,
            "Effect": "Allow",
            "Resource": arn,
        },
        {
            "Action": [
                "elasticfilesystem:ClientMount",
                "elasticfilesystem:ClientWrite",
                "elasticfilesystem:ClientRootAccess",
            ],
            "Condition": VIA_MOUNT_TARGET,
            "Effect": "Allow",
            "Resource": arn,
        },
    ]


def test_connections_open_the_nfs_port(stack: Stack, template: Any) -> None:
    vpc = _vpc(stack)
    group = SecurityGroup(stack, "Group", vpc=vpc)
    fs = FileSystem(stack, "Fs", vpc=vpc, security_group=group)
    fs.connections.allow_default_port_from(Peer.ipv4("10.0.0.0/16"))
    ingress = template(stack)["Resources"]["GroupC77FDACD"]["Properties"]["SecurityGroupIngress"]
    assert ingress == [
        {
            "CidrIp": "10.0.0.0/16",
            "Description": "from 10.0.0.0/16:2049",
            "FromPort": 2049,
            "IpProtocol": "tcp",
            "ToPort": 2049,
        }
    ]


def test_imported_by_id_builds_the_arn(stack: Stack) -> None:
    group = SecurityGroup.from_security_group_id(stack, "Sg", "sg-1")
    fs = FileSystem.from_file_system_attributes(
        stack, "Imported", security_group=group, file_system_id="fs-1"
    )
    assert fs.file_system_id == "fs-1"
    assert stack.resolve(fs.file_system_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":elasticfilesystem:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":file-system/fs-1",
            ],
        ]
    }
    assert not fs.add_to_resource_policy(
        PolicyStatement(actions=["*"], principals=[AnyPrincipal()])
    ).statement_added
    assert fs.connections.security_groups == [group]


def test_imported_by_arn_reads_the_id(stack: Stack) -> None:
    group = SecurityGroup.from_security_group_id(stack, "Sg", "sg-1")
    arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-2"
    fs = FileSystem.from_file_system_attributes(stack, "Imported", security_group=group, file_system_arn=arn)
    assert (fs.file_system_id, fs.file_system_arn) == ("fs-2", arn)


@pytest.mark.parametrize(
    ("options", "word"),
    [
        ({}, "neither"),
        (
            {"file_system_id": "fs-1", "file_system_arn": "arn:aws:elasticfilesystem:::file-system/fs-1"},
            "both",
        ),
    ],
)
def test_imported_needs_exactly_one_of_id_and_arn(stack: Stack, options: dict[str, Any], word: str) -> None:
    group = SecurityGroup.from_security_group_id(stack, "Sg", "sg-1")
    with pytest.raises(
        ValidationError,
        match=re.escape(
            f"Test/Imported: file_system_id and file_system_arn: give exactly one of them, not {word}"
        ),
    ):
        FileSystem.from_file_system_attributes(stack, "Imported", security_group=group, **options)

"""Function(filesystem=...): the mount, the role's statements, the NFS rule and the dependencies."""

from __future__ import annotations

import re
from typing import Any

import pytest

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_efs import AccessPoint
from apigwv2_integrations.aws_efs import FileSystem as EfsFileSystem
from apigwv2_integrations.aws_lambda import Code, FileSystem, FileSystemConfig, Function, Runtime
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.aws_apigatewayv2.inspection import resource_of
from tests.conftest import resources_of_type


def _access_point(stack: Stack) -> tuple[Vpc, Any]:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    fs = EfsFileSystem(stack, "Fs", vpc=vpc)
    return vpc, fs.add_access_point("Ap", path="/lambda")


def _function(stack: Stack, vpc: Vpc | None, filesystem: Any) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("x"),
        vpc=vpc,
        filesystem=filesystem,
    )


def test_from_efs_access_point_config(stack: Stack) -> None:
    _, ap = _access_point(stack)
    filesystem = FileSystem.from_efs_access_point(ap, "/mnt/msg")
    config = filesystem.config
    assert isinstance(config, FileSystemConfig)
    assert (config.arn, config.local_mount_path) == (ap.access_point_arn, "/mnt/msg")
    assert config.connections is ap.file_system.connections
    assert config.dependency == (ap.file_system.mount_targets_available,)
    assert [statement.actions for statement in config.policies or ()] == [
        ["elasticfilesystem:ClientMount"],
        ["elasticfilesystem:ClientWrite"],
    ]


def test_function_mounts_the_access_point(stack: Stack, template: Any) -> None:
    vpc, ap = _access_point(stack)
    fn = _function(stack, vpc, FileSystem.from_efs_access_point(ap, "/mnt/msg"))
    rendered = template(stack)
    resource = resource_of(fn)
    ap_arn = stack.resolve(ap.access_point_arn)
    assert resource["Properties"]["FileSystemConfigs"] == [{"Arn": ap_arn, "LocalMountPath": "/mnt/msg"}]
    [(ingress_id, ingress)] = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress").items()
    assert ingress["Properties"]["FromPort"] == 2049
    assert ingress["Properties"]["SourceSecurityGroupId"] == {
        "Fn::GetAtt": ["FnSecurityGroupB675AC26", "GroupId"]
    }
    assert {"FsEfsMountTarget11EC3BF7C", "FsEfsMountTarget2C8C09807", ingress_id} <= set(
        resource["DependsOn"]
    )
    role = rendered["Resources"]["FnServiceRoleB9001A96"]
    assert "FsEfsMountTarget11EC3BF7C" in role["DependsOn"]
    statements = rendered["Resources"]["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statements[0] == {
        "Action": "elasticfilesystem:ClientMount",
        "Condition": {"StringEquals": {"elasticfilesystem:AccessPointArn": ap_arn}},
        "Effect": "Allow",
        "Resource": "*",
    }
    assert statements[1]["Action"] == "elasticfilesystem:ClientWrite"


def test_imported_access_point_with_its_file_system(stack: Stack) -> None:
    vpc, ap = _access_point(stack)
    imported = AccessPoint.from_access_point_attributes(
        stack, "Imported", access_point_id="fsap-1", file_system=ap.file_system
    )
    fn = _function(stack, vpc, FileSystem.from_efs_access_point(imported, "/mnt/data"))
    config = resource_of(fn)["Properties"]["FileSystemConfigs"][0]
    assert config["Arn"]["Fn::Join"][1][-1] == ":access-point/fsap-1"


def test_a_token_mount_path_is_not_checked(stack: Stack) -> None:
    vpc, ap = _access_point(stack)
    fn = _function(stack, vpc, FileSystem.from_efs_access_point(ap, Fn.import_value("path")))
    assert resource_of(fn)["Properties"]["FileSystemConfigs"][0]["LocalMountPath"] == {
        "Fn::ImportValue": "path"
    }


@pytest.mark.parametrize("path", ["/data", "/mnt", "/mnt/", "/mnt/a/b", "/mnt/a b"])
def test_a_mount_path_not_under_mnt_is_refused(stack: Stack, path: str) -> None:
    vpc, ap = _access_point(stack)
    with pytest.raises(
        ValidationError,
        match=re.escape(
            f"Test/Fn: filesystem's mount path {path!r} is not where Lambda mounts file systems; use "
            "'/mnt/<name>' with a name of letters, digits, '-', '_' and '.' (/mnt/[a-zA-Z0-9-_.]+)"
        ),
    ):
        _function(stack, vpc, FileSystem.from_efs_access_point(ap, path))


def test_a_function_without_a_vpc_is_refused(stack: Stack) -> None:
    _, ap = _access_point(stack)
    with pytest.raises(
        ValidationError,
        match=re.escape(
            "Test/Fn: filesystem needs a VPC (Lambda reaches the file system through it); pass vpc= as well"
        ),
    ):
        _function(stack, None, FileSystem.from_efs_access_point(ap, "/mnt/msg"))


def test_an_access_point_imported_by_id_cannot_be_mounted(stack: Stack) -> None:
    imported = AccessPoint.from_access_point_id(stack, "Imported", "fsap-1")
    with pytest.raises(ValidationError, match=re.escape("Test/Imported: file_system is unknown")):
        FileSystem.from_efs_access_point(imported, "/mnt/msg")


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    vpc, _ = _access_point(stack)
    with pytest.raises(ArgumentTypeError, match="filesystem='/mnt/msg' is a str"):
        _function(stack, vpc, "/mnt/msg")
    with pytest.raises(ArgumentTypeError, match="ap='fsap-1' is a str"):
        FileSystem.from_efs_access_point("fsap-1", "/mnt/msg")  # type: ignore[arg-type]

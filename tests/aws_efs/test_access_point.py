"""AccessPoint: root directory, POSIX user, tags and imported access points."""

from __future__ import annotations

import inspect
import re
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_efs import (
    AccessPoint,
    AccessPointProps,
    Acl,
    FileSystem,
    IAccessPoint,
    PosixUser,
)
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def _file_system(stack: Stack) -> FileSystem:
    return FileSystem(stack, "Fs", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))


def test_keywords_are_the_props_fields() -> None:
    keywords = [
        n for n in inspect.signature(AccessPoint.__init__).parameters if n not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(AccessPointProps))


def test_add_access_point_renders_the_directory_and_user(stack: Stack) -> None:
    fs = _file_system(stack)
    ap = fs.add_access_point(
        "Ap",
        path="/lambda",
        create_acl=Acl(owner_gid="1001", owner_uid="1001", permissions="750"),
        posix_user=PosixUser(gid="1001", uid="1001", secondary_gids=["2000"]),
    )
    assert isinstance(ap, IAccessPoint)
    assert ap.file_system is fs
    assert properties_of(ap) == {
        "AccessPointTags": [{"Key": "Name", "Value": "Test/Fs/Ap"}],
        "FileSystemId": {"Ref": "Fs6C1AF03C"},
        "PosixUser": {"Gid": "1001", "SecondaryGids": ["2000"], "Uid": "1001"},
        "RootDirectory": {
            "CreationInfo": {"OwnerGid": "1001", "OwnerUid": "1001", "Permissions": "750"},
            "Path": "/lambda",
        },
    }


def test_an_access_point_without_options_renders_an_empty_root_directory(stack: Stack) -> None:
    ap = AccessPoint(stack, "Ap", file_system=_file_system(stack), client_token="token")
    properties = properties_of(ap)
    assert properties["RootDirectory"] == {}
    assert properties["ClientToken"] == "token"


def test_dicts_are_accepted_for_acl_and_user(stack: Stack) -> None:
    ap = _file_system(stack).add_access_point(
        "Ap",
        create_acl={"owner_gid": "1", "owner_uid": "2", "permissions": "700"},
        posix_user={"gid": "1", "uid": "2"},
    )
    assert properties_of(ap)["PosixUser"] == {"Gid": "1", "Uid": "2"}


def test_arn_is_built_from_the_id(stack: Stack) -> None:
    ap = _file_system(stack).add_access_point("Ap")
    assert stack.resolve(ap.access_point_id) == {"Ref": "FsApCFF9572D"}
    assert stack.resolve(ap.access_point_arn)["Fn::Join"][1][-2:] == [
        ":access-point/",
        {"Ref": "FsApCFF9572D"},
    ]
    assert stack.resolve(ap.access_point_ref.access_point_arn) == stack.resolve(ap.access_point_arn)


def test_imported_by_id_has_no_file_system(stack: Stack) -> None:
    ap = AccessPoint.from_access_point_id(stack, "Imported", "fsap-1")
    assert ap.access_point_id == "fsap-1"
    with pytest.raises(
        ValidationError,
        match=re.escape(
            "Test/Imported: file_system is unknown for an access point imported without one; import it with "
            "AccessPoint.from_access_point_attributes(..., file_system=...)"
        ),
    ):
        ap.file_system  # noqa: B018


def test_imported_by_arn_reads_the_id(stack: Stack) -> None:
    fs = _file_system(stack)
    arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-9"
    ap = AccessPoint.from_access_point_attributes(stack, "Imported", access_point_arn=arn, file_system=fs)
    assert (ap.access_point_id, ap.access_point_arn, ap.file_system) == ("fsap-9", arn, fs)


@pytest.mark.parametrize(
    ("options", "word"),
    [
        ({}, "neither"),
        ({"access_point_id": "a", "access_point_arn": "arn:aws:elasticfilesystem:::access-point/b"}, "both"),
    ],
)
def test_imported_needs_exactly_one_of_id_and_arn(stack: Stack, options: dict[str, Any], word: str) -> None:
    with pytest.raises(
        ValidationError,
        match=re.escape(
            f"Test/Imported: access_point_id and access_point_arn: give exactly one of them, not {word}"
        ),
    ):
        AccessPoint.from_access_point_attributes(stack, "Imported", **options)


def test_a_wrong_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match="file_system='fs-1' is a str"):
        AccessPoint(stack, "Ap", file_system="fs-1")  # type: ignore[arg-type]

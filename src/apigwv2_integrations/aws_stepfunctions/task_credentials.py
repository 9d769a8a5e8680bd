"""TaskRole and Credentials: the role a task state assumes to call its service."""

from __future__ import annotations

from ..aws_iam import IRole
from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .fields import JsonPath


class TaskRole:
    """The role a task assumes: a role of this app, or one whose ARN the state reads from its input."""

    @staticmethod
    def from_role(role: IRole) -> TaskRole:
        """A role of this app (or imported); the state machine's role may assume it."""
        return _TaskRoleOf(role.role_arn, role.role_arn, f"TaskRole.from_role({role!r})")

    @staticmethod
    def from_role_arn_json_path(expression: str) -> TaskRole:
        """A role whose ARN is at a JSON path of the input; the state machine's role may assume any role."""
        try:
            role_arn = JsonPath.string_at(expression)
        except ValidationError as error:
            raise ValidationError(
                None,
                f"expression={expression!r} is not a JSON path; use a path such as '$.roleArn'",
            ) from error
        return _TaskRoleOf(role_arn, "*", f"TaskRole.from_role_arn_json_path({expression!r})")

    @property
    def role_arn(self) -> str:
        """The role's ARN, or the JSON path token that reads it."""
        raise NotImplementedError(f"{type(self).__name__} must give the role's ARN")

    @property
    def resource(self) -> str:
        """What the `sts:AssumeRole` statement of the state machine's role names: the ARN, or `*`."""
        raise NotImplementedError(f"{type(self).__name__} must give the resource to assume")


class _TaskRoleOf(TaskRole):
    def __init__(self, role_arn: str, resource: str, description: str) -> None:
        self._role_arn = role_arn
        self._resource = resource
        self._description = description

    @property
    def role_arn(self) -> str:
        return self._role_arn

    @property
    def resource(self) -> str:
        return self._resource

    def __repr__(self) -> str:
        return self._description


@lazy_frozen(kw_only=True)
class Credentials(metaclass=LazyAttrsMeta):
    """The credentials a task state calls its service with."""

    role: TaskRole
    """The role the task assumes."""

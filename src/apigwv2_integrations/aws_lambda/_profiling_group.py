"""The CodeGuru profiling group a function with `profiling=True` reports to."""

from __future__ import annotations

from ..aws_iam import IGrantable, PolicyStatement
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

# The actions of aws_codeguruprofiler's `ProfilingGroup.grant_publish`.
_PUBLISH_ACTIONS = ("codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile")
# aws_codeguruprofiler keeps a generated group name within 240 characters: its first and last 120.
_MAX_GENERATED_NAME = 240
_GENERATED_NAME_HALF = 120


class FunctionProfilingGroup(Resource):
    """An `AWS::CodeGuruProfiler::ProfilingGroup` for Lambda, as aws_codeguruprofiler's `ProfilingGroup`
    renders it (construct ids, generated name and publish grant)."""

    _TREE_FQN = "aws-cdk-lib.aws_codeguruprofiler.ProfilingGroup"

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        resource = CfnResource(
            self,
            "ProfilingGroup",
            type="AWS::CodeGuruProfiler::ProfilingGroup",
            properties={"ComputePlatform": "AWSLambda", "ProfilingGroupName": self._generated_name()},
        )
        self.profiling_group_name: str = Token.as_string(resource.ref)
        self.profiling_group_arn: str = Token.as_string(resource.get_att("Arn"))

    def _generated_name(self) -> str:
        name = Names.unique_id(self)
        if len(name) > _MAX_GENERATED_NAME:
            return name[:_GENERATED_NAME_HALF] + name[-_GENERATED_NAME_HALF:]
        return name

    def grant_publish(self, grantee: IGrantable) -> None:
        """Let `grantee` send profiles to the group."""
        grantee.grant_principal.add_to_principal_policy(
            PolicyStatement(actions=list(_PUBLISH_ACTIONS), resources=[self.profiling_group_arn])
        )


def profiling_environment(group: Any) -> dict[str, str]:
    """The variables the CodeGuru agent in the function reads to find `group` (an aws_codeguruprofiler
    `IProfilingGroup`)."""
    return {
        "AWS_CODEGURU_PROFILER_GROUP_NAME": group.profiling_group_name,
        "AWS_CODEGURU_PROFILER_TARGET_REGION": group.env.region,
        "AWS_CODEGURU_PROFILER_GROUP_ARN": group.profiling_group_arn,
        "AWS_CODEGURU_PROFILER_ENABLED": "TRUE",
    }

"""The Lambda function and role, one per stack, that serve a kind of custom resource, laid out as
aws-cdk-lib's `CustomResourceProviderBase` lays out its providers: `CustomResourceProvider` for an app's
own Node.js code, and the base the package's own providers (auto-delete objects, CfnJson, ...) share."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from .asset_types import FileAssetPackaging
from .assets import add_asset_metadata, fingerprint
from .cfn_resource import CfnResource
from .construct import Construct
from .converters import optional_dict, optional_tuple
from .duration import Duration
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .simple_enum import SimpleEnum
from .size import Size
from .stack import Stack
from .stage import staged_asset_path
from .stand_in import StandIn
from .struct import LazyAttrsMeta, field, lazy_frozen
from .tokens.fn import Fn
from .tokens.lazy import Lazy
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "CustomResourceProvider",
    "CustomResourceProviderOptions",
    "CustomResourceProviderProps",
    "CustomResourceProviderRuntime",
]

# The runtime aws-cdk-lib 2.275.0 gives its custom resource provider functions.
PROVIDER_RUNTIME = "nodejs24.x"

# The package's own entry point, staged next to an app's code as `__entrypoint__.js` (the name and
# handler aws-cdk-lib's templates show). It is not aws-cdk-lib's file, so the code's asset hash differs.
_CFN_RESPONSE_WRAPPER = Path(__file__).parent / "_cfn_response_wrapper" / "__entrypoint__.js"
_WRAPPER_HANDLER = "__entrypoint__.handler"
_APP_HANDLER = "index.handler"

# aws-cdk-lib sets it on every provider function with an environment, over the app's own value.
_REGIONAL_STS = ("AWS_STS_REGIONAL_ENDPOINTS", "regional")


class CustomResourceProviderRuntime(SimpleEnum):
    """The Node.js runtime of a provider's function."""

    NODEJS_12_X = "NODEJS_12_X"
    """Node.js 12.x (deprecated)."""
    NODEJS_14_X = "NODEJS_14_X"
    """Node.js 14.x (deprecated)."""
    NODEJS_16_X = "NODEJS_16_X"
    """Node.js 16.x (deprecated)."""
    NODEJS_18_X = "NODEJS_18_X"
    """Node.js 18.x (deprecated)."""
    NODEJS_20_X = "NODEJS_20_X"
    """Node.js 20.x."""
    NODEJS_22_X = "NODEJS_22_X"
    """Node.js 22.x."""
    NODEJS_24_X = "NODEJS_24_X"
    """Node.js 24.x."""


def _lambda_runtime_name(runtime: CustomResourceProviderRuntime) -> str:
    """`nodejs22.x` for NODEJS_22_X: the name Lambda knows the runtime by."""
    version = runtime.value.removeprefix("NODEJS_").removesuffix("_X")
    return f"nodejs{version}.x"


def _to_path_text(value: str | os.PathLike[str]) -> str:
    return os.fspath(value)


@lazy_frozen(kw_only=True)
class CustomResourceProviderOptions(metaclass=LazyAttrsMeta):
    """Options of a custom resource provider's function and role."""

    description: str | None = None
    """A description of the function. Default: no description."""
    environment: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Environment variables of the function. Default: none."""
    memory_size: Size | None = None
    """The memory of the function. Default: Size.mebibytes(128)."""
    policy_statements: tuple[Any, ...] | None = field(default=None, converter=optional_tuple)
    """IAM policy statements, as JSON objects (not `iam.PolicyStatement`s), for the inline policy of the
    function's role. Default: no inline policy."""
    timeout: Duration | None = None
    """The function's timeout. Default: Duration.minutes(15)."""
    use_cfn_response_wrapper: bool | None = None
    """Stage an entry point with the code that calls its `index.handler` and answers CloudFormation (True),
    or make `index.handler` the function's handler, answering CloudFormation itself (False).
    Default: True."""


@lazy_frozen(kw_only=True)
class CustomResourceProviderProps(CustomResourceProviderOptions, metaclass=LazyAttrsMeta):
    """Properties of a CustomResourceProvider."""

    code_directory: str = field(converter=_to_path_text)
    """The folder of the provider's code (an `index.js` exporting `handler`), staged as a zip asset."""
    runtime: CustomResourceProviderRuntime
    """The Node.js runtime of the function."""


class CustomResourceProviderBase(Construct):
    """A provider at `<stack>/<id>`: the `Staging` node of its code, its `Role` (basic execution, plus an
    inline policy when given statements) and its `Handler` function, whose code is `code_directory` as a
    zip asset (with the response wrapper as `__entrypoint__.js` when `use_cfn_response_wrapper`).

    `handler` and `policies` (a whole `Policies` value) serve the package's own providers, whose code
    answers CloudFormation itself; `is_library_handler` marks them in the metadata as aws-cdk-lib marks its
    own providers (an app's provider is not marked)."""

    _TREE_FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str | os.PathLike[str],
        runtime_name: str = PROVIDER_RUNTIME,
        handler: str = _WRAPPER_HANDLER,
        use_cfn_response_wrapper: bool = False,
        policies: Any = None,
        policy_statements: Sequence[Any] | None = None,
        timeout: Duration | None = None,
        memory_size: Size | None = None,
        environment: Mapping[str, str] | None = None,
        description: str | None = None,
        is_library_handler: bool = True,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        source = str(code_directory)
        if is_library_handler:
            self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)
        StandIn(self, "Staging", "aws-cdk-lib.AssetStaging")  # the node of aws-cdk-lib's code staging
        self._policy_statements: list[Any] = list(policy_statements or ())
        role_properties: dict[str, Any] = {
            "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Action": "sts:AssumeRole",
                        "Effect": "Allow",
                        "Principal": {"Service": "lambda.amazonaws.com"},
                    }
                ],
            },
            "ManagedPolicyArns": [
                Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
            ],
            # Statements may still come with add_to_role_policy.
            "Policies": policies if policies is not None else Lazy.any(self._render_policies),
        }
        role = CfnResource(self, "Role", type="AWS::IAM::Role", properties=role_properties)
        if use_cfn_response_wrapper:
            source = _code_with_response_wrapper(source)
        asset_hash = fingerprint(source)
        staged_name = f"asset.{asset_hash}"
        asset_path = staged_asset_path(stack, staged_name)
        location = stack.synthesizer.add_file_asset(
            source_hash=asset_hash,
            file_name=asset_path,
            packaging=FileAssetPackaging.ZIP_DIRECTORY,
            display_name=f"{self.node.path} Code",
        )
        stage_asset = getattr(stack.node.root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, source)
        handler_properties: dict[str, Any] = {
            "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
            "Timeout": timeout.to_seconds() if timeout is not None else 900,
            "MemorySize": memory_size.to_mebibytes() if memory_size is not None else 128,
            "Handler": handler,
            "Role": role.get_att("Arn"),
            "Runtime": runtime_name,
        }
        if environment:  # an empty mapping renders no Environment, as in aws-cdk-lib
            variables = {**environment, _REGIONAL_STS[0]: _REGIONAL_STS[1]}
            # aws-cdk-lib sorts the variables by name (code point order).
            handler_properties["Environment"] = {
                "Variables": {name: variables[name] for name in sorted(variables)}
            }
        if description is not None:
            handler_properties["Description"] = description
        function = CfnResource(self, "Handler", type="AWS::Lambda::Function", properties=handler_properties)
        add_asset_metadata(self, function, asset_path, "Code")
        function.add_dependency(role)
        self.service_token: str = Token.as_string(function.get_att("Arn"))
        """The ARN of the function: the `service_token` of the custom resources it serves."""
        self.role_arn: str = Token.as_string(role.get_att("Arn"))
        """The ARN of the function's role."""
        self.code_hash: str = asset_hash
        """The hash of the code: a resource that carries it is updated when the code changes."""

    def add_to_role_policy(self, statement: Any) -> None:
        """Add an IAM policy statement, a JSON object (not an `iam.PolicyStatement`), to the inline policy
        of the function's role."""
        self._policy_statements.append(statement)

    def _render_policies(self) -> list[dict[str, Any]] | None:
        if not self._policy_statements:
            return None
        return [
            {
                "PolicyName": "Inline",
                "PolicyDocument": {"Version": "2012-10-17", "Statement": list(self._policy_statements)},
            }
        ]


def _code_with_response_wrapper(code_directory: str) -> str:
    """A copy of `code_directory` with the response wrapper as `__entrypoint__.js`: the folder staged and
    hashed, as aws-cdk-lib stages a copy of the code with its own wrapper."""
    import shutil  # deferred: only providers with the wrapper copy code
    import tempfile  # deferred: as above

    copy = os.path.join(tempfile.mkdtemp(prefix="cdk-custom-resource-"), "code")
    shutil.copytree(code_directory, copy)
    shutil.copyfile(_CFN_RESPONSE_WRAPPER, os.path.join(copy, "__entrypoint__.js"))
    return copy


class CustomResourceProvider(CustomResourceProviderBase):
    """A Node.js Lambda function backing custom resources, one per kind and stack (`get_or_create`).

    The code folder holds an `index.js` whose async `handler` gets the CloudFormation event and returns
    `PhysicalResourceId`, `Data`, `Reason` and `NoEcho` (all optional); the staged entry point answers
    CloudFormation for it, FAILED when it throws."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str | os.PathLike[str],
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Any] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
    ) -> None:
        props = CustomResourceProviderProps(
            code_directory=code_directory,
            runtime=runtime,
            description=description,
            environment=environment,
            memory_size=memory_size,
            policy_statements=policy_statements,
            timeout=timeout,
            use_cfn_response_wrapper=use_cfn_response_wrapper,
        )
        wrapped = props.use_cfn_response_wrapper is not False
        if not os.path.isfile(os.path.join(props.code_directory, "index.js")):
            # Checked before the construct joins the tree, so a failed call leaves no half-made provider.
            raise ValidationError(
                scope,
                f"code_directory={props.code_directory!r} has no index.js; put the provider's code there, "
                "exporting an async `handler`",
            )
        super().__init__(
            scope,
            id,
            code_directory=props.code_directory,
            runtime_name=_lambda_runtime_name(props.runtime),
            handler=_WRAPPER_HANDLER if wrapped else _APP_HANDLER,
            use_cfn_response_wrapper=wrapped,
            policy_statements=props.policy_statements,
            timeout=props.timeout,
            memory_size=props.memory_size,
            environment=props.environment,
            description=props.description,
            is_library_handler=False,
        )

    @classmethod
    def get_or_create(
        cls,
        scope: Construct,
        uniqueid: str,
        *,
        code_directory: str | os.PathLike[str],
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Any] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
    ) -> str:
        """The service token of the stack's provider for `uniqueid` (made on first use)."""
        return cls.get_or_create_provider(
            scope,
            uniqueid,
            code_directory=code_directory,
            runtime=runtime,
            description=description,
            environment=environment,
            memory_size=memory_size,
            policy_statements=policy_statements,
            timeout=timeout,
            use_cfn_response_wrapper=use_cfn_response_wrapper,
        ).service_token

    @classmethod
    def get_or_create_provider(
        cls,
        scope: Construct,
        uniqueid: str,
        *,
        code_directory: str | os.PathLike[str],
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Any] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
    ) -> CustomResourceProviderBase:
        """The stack's provider for `uniqueid`, at `<stack>/<uniqueid>CustomResourceProvider`: made on first
        use with these options, which later calls do not change."""
        stack = Stack.of(scope)
        id = f"{uniqueid}CustomResourceProvider"
        existing = stack.node.try_find_child(id)
        if existing is None:
            return cls(
                stack,
                id,
                code_directory=code_directory,
                runtime=runtime,
                description=description,
                environment=environment,
                memory_size=memory_size,
                policy_statements=policy_statements,
                timeout=timeout,
                use_cfn_response_wrapper=use_cfn_response_wrapper,
            )
        if not isinstance(existing, CustomResourceProviderBase):
            raise ValidationError(
                scope,
                f"uniqueid={uniqueid!r} names {existing.node.path!r}, which is not a custom resource "
                "provider; choose another uniqueid",
            )
        return existing

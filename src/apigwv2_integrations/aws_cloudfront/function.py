"""Function: a CloudFront Function (`AWS::CloudFront::Function`), its code and runtime, and how a behavior
runs it."""

from __future__ import annotations

from ..cfn.aws_cloudfront.function import CfnFunction
from ..core.construct import Construct
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

DEFAULT_FUNCTION_RUNTIME_V2_0 = "@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0"


class FunctionEventType(SimpleEnum):
    """When a behavior runs a function."""

    VIEWER_REQUEST = "viewer-request"
    VIEWER_RESPONSE = "viewer-response"


class FunctionRuntime:
    """The JavaScript runtime of a function (`FunctionRuntime.JS_2_0`, ...)."""

    JS_1_0: ClassVar[FunctionRuntime]
    """cloudfront-js-1.0."""
    JS_2_0: ClassVar[FunctionRuntime]
    """cloudfront-js-2.0."""

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def custom(runtime: str) -> FunctionRuntime:
        """A runtime by its CloudFront name."""
        return FunctionRuntime(runtime)

    def __repr__(self) -> str:
        return f"FunctionRuntime.custom({self.value!r})"


FunctionRuntime.JS_1_0 = FunctionRuntime("cloudfront-js-1.0")
FunctionRuntime.JS_2_0 = FunctionRuntime("cloudfront-js-2.0")


class FunctionCode:
    """The code of a function: `FunctionCode.from_inline(code)` or `FunctionCode.from_file(file_path=...)`."""

    def __init__(self, code: str | None = None, file_path: str | None = None) -> None:
        self._code = code
        self._file_path = file_path

    @staticmethod
    def from_inline(code: str) -> FunctionCode:
        """The code as a string."""
        return FunctionCode(code=code)

    @staticmethod
    def from_file(*, file_path: str) -> FunctionCode:
        """The code of a file, read when the function is made (a relative path is from the working
        directory)."""
        return FunctionCode(file_path=file_path)

    def render(self) -> str:
        """The code as the function renders it."""
        if self._code is not None:
            return self._code
        with open(str(self._file_path), encoding="utf-8") as source:
            return source.read()

    def __repr__(self) -> str:
        if self._file_path is not None:
            return f"FunctionCode.from_file(file_path={self._file_path!r})"
        return f"FunctionCode.from_inline({self._code!r})"


class IFunction(Protocol):
    """A CloudFront function."""

    @property
    def function_arn(self) -> str:
        """The ARN of the function."""
        ...

    @property
    def function_name(self) -> str:
        """The name of the function."""
        ...


@lazy_frozen(kw_only=True)
class FunctionAssociation(metaclass=LazyAttrsMeta):
    """A function a behavior runs, and when."""

    event_type: FunctionEventType
    """When the function runs."""
    function: IFunction
    """The function."""


# The unique id in a generated name: its first and last characters past this length, as aws-cdk-lib keeps
# them (the region in front makes at most 64 characters).
_MAX_ID_LENGTH = 40
_ID_START_LENGTH = 8


class Function(Resource):
    """A CloudFront Function (`AWS::CloudFront::Function`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: FunctionCode,
        auto_publish: bool | None = None,
        comment: str | None = None,
        function_name: str | None = None,
        runtime: FunctionRuntime | None = None,
        **unsupported: Any,
    ) -> None:
        for name in unsupported:
            if name == "key_value_store":
                raise ArgumentTypeError(
                    f"Function {id!r}: key_value_store is not supported yet; leave it out"
                )
            raise ArgumentTypeError(f"Function() got an unexpected keyword argument {name!r}")
        super().__init__(scope, id)
        try:
            function_code = code.render()
        except OSError as error:
            raise ValidationError(
                self, f"code={code!r} cannot be read ({error.strerror}); give the path of a readable file"
            ) from None
        self.function_name = function_name or self._generated_name()
        if runtime is None:
            is_v2 = FeatureFlags.of(self).is_enabled(DEFAULT_FUNCTION_RUNTIME_V2_0)
            runtime = FunctionRuntime.JS_2_0 if is_v2 else FunctionRuntime.JS_1_0
        self.function_runtime = runtime.value
        self._resource = CfnFunction(
            self,
            "Resource",
            auto_publish=True if auto_publish is None else auto_publish,
            function_code=function_code,
            function_config={"comment": comment or self.function_name, "runtime": self.function_runtime},
            name=self.function_name,
        )

    @property
    def function_arn(self) -> str:
        """The ARN of the function."""
        return self._resource.attr_function_arn

    @property
    def function_stage(self) -> str:
        """The stage of the function (`DEVELOPMENT` or `LIVE`)."""
        return self._resource.attr_stage

    def _generated_name(self) -> str:
        unique_id = Names.unique_id(self)
        if len(unique_id) > _MAX_ID_LENGTH:
            unique_id = unique_id[:_ID_START_LENGTH] + unique_id[_ID_START_LENGTH - _MAX_ID_LENGTH :]
        return Stack.of(self).region + unique_id

"""Runtime: the execution environments of Lambda functions."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..core.bundling import DockerImage


class RuntimeFamily(SimpleEnum):
    """The language family of a runtime."""

    NODEJS = "NODEJS"
    JAVA = "JAVA"
    PYTHON = "PYTHON"
    DOTNET_CORE = "DOTNET_CORE"
    GO = "GO"
    RUBY = "RUBY"
    OTHER = "OTHER"


@lazy_frozen(kw_only=True)
class LambdaRuntimeProps(metaclass=LazyAttrsMeta):
    """The keywords of `Runtime`."""

    bundling_docker_image: str | None = None
    """The image that bundles code for the runtime. Default: public.ecr.aws/sam/build-<name>."""
    is_variable: bool | None = None
    """Whether the name stands for whichever version is newest (such as NODEJS_LATEST). Default: False."""
    supports_code_guru_profiling: bool | None = None
    """Whether CodeGuru profiling works with the runtime. Default: False."""
    supports_inline_code: bool | None = None
    """Whether the runtime takes inline code (`Code.from_inline`). Default: False."""
    supports_snap_start: bool | None = None
    """Whether the runtime supports SnapStart. Default: False."""


class Runtime:
    """A Lambda runtime, such as `Runtime.PYTHON_3_12`; `Runtime("name")` for any other."""

    ALL: ClassVar[list[Runtime]] = []

    NODEJS: ClassVar[Runtime]
    NODEJS_4_3: ClassVar[Runtime]
    NODEJS_6_10: ClassVar[Runtime]
    NODEJS_8_10: ClassVar[Runtime]
    NODEJS_10_X: ClassVar[Runtime]
    NODEJS_12_X: ClassVar[Runtime]
    NODEJS_14_X: ClassVar[Runtime]
    NODEJS_16_X: ClassVar[Runtime]
    NODEJS_18_X: ClassVar[Runtime]
    NODEJS_20_X: ClassVar[Runtime]
    NODEJS_LATEST: ClassVar[Runtime]
    NODEJS_22_X: ClassVar[Runtime]
    NODEJS_24_X: ClassVar[Runtime]
    PYTHON_2_7: ClassVar[Runtime]
    PYTHON_3_6: ClassVar[Runtime]
    PYTHON_3_7: ClassVar[Runtime]
    PYTHON_3_8: ClassVar[Runtime]
    PYTHON_3_9: ClassVar[Runtime]
    PYTHON_3_10: ClassVar[Runtime]
    PYTHON_3_11: ClassVar[Runtime]
    PYTHON_3_12: ClassVar[Runtime]
    PYTHON_3_13: ClassVar[Runtime]
    PYTHON_3_14: ClassVar[Runtime]
    JAVA_8: ClassVar[Runtime]
    JAVA_8_CORRETTO: ClassVar[Runtime]
    JAVA_11: ClassVar[Runtime]
    JAVA_17: ClassVar[Runtime]
    JAVA_21: ClassVar[Runtime]
    JAVA_25: ClassVar[Runtime]
    JAVA_8_AL2023: ClassVar[Runtime]
    JAVA_11_AL2023: ClassVar[Runtime]
    JAVA_17_AL2023: ClassVar[Runtime]
    DOTNET_6: ClassVar[Runtime]
    DOTNET_8: ClassVar[Runtime]
    DOTNET_9: ClassVar[Runtime]
    DOTNET_10: ClassVar[Runtime]
    DOTNET_CORE_1: ClassVar[Runtime]
    DOTNET_CORE_2: ClassVar[Runtime]
    DOTNET_CORE_2_1: ClassVar[Runtime]
    DOTNET_CORE_3_1: ClassVar[Runtime]
    GO_1_X: ClassVar[Runtime]
    RUBY_2_5: ClassVar[Runtime]
    RUBY_2_7: ClassVar[Runtime]
    RUBY_3_2: ClassVar[Runtime]
    RUBY_3_3: ClassVar[Runtime]
    RUBY_3_4: ClassVar[Runtime]
    RUBY_4_0: ClassVar[Runtime]
    PROVIDED: ClassVar[Runtime]
    PROVIDED_AL2: ClassVar[Runtime]
    PROVIDED_AL2023: ClassVar[Runtime]
    FROM_IMAGE: ClassVar[Runtime]

    def __init__(
        self,
        name: str,
        family: RuntimeFamily | None = None,
        *,
        bundling_docker_image: str | None = None,
        is_variable: bool | None = None,
        supports_code_guru_profiling: bool | None = None,
        supports_inline_code: bool | None = None,
        supports_snap_start: bool | None = None,
    ) -> None:
        # LambdaRuntimeProps is not built here: the module makes about sixty runtimes when it loads.
        self.name = name
        self._bundling_docker_image = bundling_docker_image or f"public.ecr.aws/sam/build-{name}"
        self.family = family
        self.is_variable = bool(is_variable)
        self.supports_code_guru_profiling = bool(supports_code_guru_profiling)
        self.supports_inline_code = bool(supports_inline_code)
        self.supports_snap_start = bool(supports_snap_start)
        Runtime.ALL.append(self)

    @property
    def bundling_image(self) -> DockerImage:
        """The image that bundles code for the runtime (`BundlingOptions(image=runtime.bundling_image)`)."""
        from ..core.bundling import DockerImage  # deferred: bundling loads subprocess and tempfile

        return DockerImage.from_registry(self._bundling_docker_image)

    def runtime_equals(self, other: Runtime) -> bool:
        """True when both runtimes have the same name, family and inline-code support."""
        return (
            other.name == self.name
            and other.family == self.family
            and other.supports_inline_code == self.supports_inline_code
        )

    @staticmethod
    def determine_latest_python_runtime(scope: Any) -> Runtime:
        """The newest Python runtime this package knows."""
        return Runtime.PYTHON_3_14

    def to_string(self) -> str:
        """The runtime's name."""
        return self.name

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Runtime({self.name!r}, {self.family})"


def _runtime(
    name: str, family: RuntimeFamily | None, flags: str = "", *, is_variable: bool = False
) -> Runtime:
    # flags: "i" inline code, "p" CodeGuru profiling, "s" SnapStart.
    return Runtime(
        name,
        family,
        is_variable=is_variable,
        supports_inline_code="i" in flags,
        supports_code_guru_profiling="p" in flags,
        supports_snap_start="s" in flags,
    )


_NODE, _PY, _JAVA, _NET = (
    RuntimeFamily.NODEJS,
    RuntimeFamily.PYTHON,
    RuntimeFamily.JAVA,
    RuntimeFamily.DOTNET_CORE,
)
Runtime.NODEJS = _runtime("nodejs", _NODE, "i")
Runtime.NODEJS_4_3 = _runtime("nodejs4.3", _NODE, "i")
Runtime.NODEJS_6_10 = _runtime("nodejs6.10", _NODE, "i")
Runtime.NODEJS_8_10 = _runtime("nodejs8.10", _NODE, "i")
Runtime.NODEJS_10_X = _runtime("nodejs10.x", _NODE, "i")
Runtime.NODEJS_12_X = _runtime("nodejs12.x", _NODE, "i")
Runtime.NODEJS_14_X = _runtime("nodejs14.x", _NODE, "i")
Runtime.NODEJS_16_X = _runtime("nodejs16.x", _NODE, "i")
Runtime.NODEJS_18_X = _runtime("nodejs18.x", _NODE, "i")
Runtime.NODEJS_20_X = _runtime("nodejs20.x", _NODE, "i")
Runtime.NODEJS_LATEST = _runtime("nodejs24.x", _NODE, "i", is_variable=True)
Runtime.NODEJS_22_X = _runtime("nodejs22.x", _NODE, "i")
Runtime.NODEJS_24_X = _runtime("nodejs24.x", _NODE, "i")
Runtime.PYTHON_2_7 = _runtime("python2.7", _PY, "i")
Runtime.PYTHON_3_6 = _runtime("python3.6", _PY, "ip")
Runtime.PYTHON_3_7 = _runtime("python3.7", _PY, "ip")
Runtime.PYTHON_3_8 = _runtime("python3.8", _PY, "ip")
Runtime.PYTHON_3_9 = _runtime("python3.9", _PY, "ip")
Runtime.PYTHON_3_10 = _runtime("python3.10", _PY, "ip")
Runtime.PYTHON_3_11 = _runtime("python3.11", _PY, "ip")
Runtime.PYTHON_3_12 = _runtime("python3.12", _PY, "ips")
Runtime.PYTHON_3_13 = _runtime("python3.13", _PY, "ips")
Runtime.PYTHON_3_14 = _runtime("python3.14", _PY, "ips")
Runtime.JAVA_8 = _runtime("java8", _JAVA, "p")
Runtime.JAVA_8_CORRETTO = _runtime("java8.al2", _JAVA, "p")
Runtime.JAVA_11 = _runtime("java11", _JAVA, "ps")
Runtime.JAVA_17 = _runtime("java17", _JAVA, "ps")
Runtime.JAVA_21 = _runtime("java21", _JAVA, "ps")
Runtime.JAVA_25 = _runtime("java25", _JAVA, "ps")
Runtime.JAVA_8_AL2023 = _runtime("java8.al2023", _JAVA, "p")
Runtime.JAVA_11_AL2023 = _runtime("java11.al2023", _JAVA, "ps")
Runtime.JAVA_17_AL2023 = _runtime("java17.al2023", _JAVA, "ps")
Runtime.DOTNET_6 = _runtime("dotnet6", _NET)
Runtime.DOTNET_8 = _runtime("dotnet8", _NET, "s")
Runtime.DOTNET_9 = _runtime("dotnet9", _NET, "s")
Runtime.DOTNET_10 = _runtime("dotnet10", _NET, "s")
Runtime.DOTNET_CORE_1 = _runtime("dotnetcore1.0", _NET)
Runtime.DOTNET_CORE_2 = _runtime("dotnetcore2.0", _NET)
Runtime.DOTNET_CORE_2_1 = _runtime("dotnetcore2.1", _NET)
Runtime.DOTNET_CORE_3_1 = _runtime("dotnetcore3.1", _NET)
Runtime.GO_1_X = _runtime("go1.x", RuntimeFamily.GO)
Runtime.RUBY_2_5 = _runtime("ruby2.5", RuntimeFamily.RUBY)
Runtime.RUBY_2_7 = _runtime("ruby2.7", RuntimeFamily.RUBY)
Runtime.RUBY_3_2 = _runtime("ruby3.2", RuntimeFamily.RUBY)
Runtime.RUBY_3_3 = _runtime("ruby3.3", RuntimeFamily.RUBY)
Runtime.RUBY_3_4 = _runtime("ruby3.4", RuntimeFamily.RUBY)
Runtime.RUBY_4_0 = _runtime("ruby4.0", RuntimeFamily.RUBY)
Runtime.PROVIDED = _runtime("provided", RuntimeFamily.OTHER)
Runtime.PROVIDED_AL2 = _runtime("provided.al2", RuntimeFamily.OTHER)
Runtime.PROVIDED_AL2023 = _runtime("provided.al2023", RuntimeFamily.OTHER)
Runtime.FROM_IMAGE = _runtime("FROM_IMAGE", None)

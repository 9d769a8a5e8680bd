"""Fail: ends the execution with an error and a cause."""

from __future__ import annotations

from ...core.construct import Construct
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from ...core.tokens.token import Token
from ..types import INextable, QueryLanguage
from .state import (
    State,
    StateBaseProps,
    render_json_path,
    state_options,
)

if TYPE_CHECKING:
    from typing import Any

_ALLOWED_INTRINSICS = (
    "States.Format",
    "States.JsonToString",
    "States.ArrayGetItem",
    "States.Base64Encode",
    "States.Base64Decode",
    "States.Hash",
    "States.UUID",
)


def _is_intrinsic(path: str | None) -> bool:
    return path is not None and not Token.is_unresolved(path) and not path.startswith("$")


@lazy_frozen(kw_only=True)
class FailProps(StateBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a Fail state."""

    cause: str | None = None
    """A description of the failure. Default: none."""
    cause_path: str | None = None
    """A JSON path (or intrinsic) to the cause. Default: none."""
    error: str | None = None
    """The error name. Default: none."""
    error_path: str | None = None
    """A JSON path (or intrinsic) to the error name. Default: none."""


@lazy_frozen(kw_only=True)
class FailJsonPathProps(StateBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a Fail state that uses JSONPath."""

    cause: str | None = None
    """A description of the failure. Default: none."""
    cause_path: str | None = None
    """A JSON path (or intrinsic) to the cause. Default: none."""
    error: str | None = None
    """The error name. Default: none."""
    error_path: str | None = None
    """A JSON path (or intrinsic) to the error name. Default: none."""


@lazy_frozen(kw_only=True)
class FailJsonataProps(StateBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a Fail state that uses JSONata."""

    cause: str | None = None
    """A description of the failure. Default: none."""
    error: str | None = None
    """The error name. Default: none."""


class Fail(State):
    """A state that fails the execution."""

    allowed_intrinsics = list(_ALLOWED_INTRINSICS)
    """The intrinsic functions error_path and cause_path may use."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cause: str | None = None,
        cause_path: str | None = None,
        error: str | None = None,
        error_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
    ) -> None:
        props = FailProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            cause=cause,
            cause_path=cause_path,
            error=error,
            error_path=error_path,
        )
        super().__init__(scope, id, **state_options(props))
        self.error = error
        self.error_path = error_path
        self.cause = cause
        self.cause_path = cause_path

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        cause: str | None = None,
        cause_path: str | None = None,
        error: str | None = None,
        error_path: str | None = None,
    ) -> Fail:
        """A Fail state that uses JSONPath."""
        props = FailJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            cause=cause,
            cause_path=cause_path,
            error=error,
            error_path=error_path,
        )
        return Fail(scope, id, **as_dict(props))

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        cause: str | None = None,
        error: str | None = None,
    ) -> Fail:
        """A Fail state that uses JSONata."""
        props = FailJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            cause=cause,
            error=error,
        )
        return Fail(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    @property
    def end_states(self) -> list[INextable]:
        """None: a Fail state is final."""
        return []

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Fail"}
        rendered.update(self._render_query_language(query_language))
        rendered.update(
            {
                "Comment": self.comment,
                "Error": self.error,
                "ErrorPath": self.error_path
                if _is_intrinsic(self.error_path)
                else render_json_path(self.error_path, self, "error_path"),
                "Cause": self.cause,
                "CausePath": self.cause_path
                if _is_intrinsic(self.cause_path)
                else render_json_path(self.cause_path, self, "cause_path"),
            }
        )
        return rendered

    def _validate_state(self) -> list[str]:
        problems: list[str] = []
        allowed = ", ".join(_ALLOWED_INTRINSICS)
        for name, path in (("error_path", self.error_path), ("cause_path", self.cause_path)):
            if path is not None and _is_intrinsic(path) and not path.startswith(_ALLOWED_INTRINSICS):
                problems.append(
                    f"{name}={path!r} uses an intrinsic function a Fail state cannot; use one of {allowed}"
                )
        if self.error is not None and self.error_path is not None:
            problems.append(
                f"error={self.error!r} and error_path={self.error_path!r} are both set; set only one"
            )
        if self.cause is not None and self.cause_path is not None:
            problems.append(
                f"cause={self.cause!r} and cause_path={self.cause_path!r} are both set; set only one"
            )
        return problems

"""Stage: the root of a cloud assembly (App is the only kind produced so far)."""

from __future__ import annotations

from typing import Any

from .construct import Construct
from .environment import Environment
from .errors import ValidationError


class Stage(Construct):
    """A unit of deployment made of stacks; the App is the top-level stage."""

    def __init__(
        self,
        scope: Construct | None,
        id: str,
        *,
        env: Environment | None = None,
        outdir: str | None = None,
        stage_name: str | None = None,
    ) -> None:
        if scope is not None:
            raise ValidationError(
                scope,
                f"Stage {id!r}: nested stages are not supported; put the stacks directly in the App",
            )
        super().__init__(None, id)
        self.env = env
        self.stage_name = stage_name or ""
        self._outdir = outdir

    @property
    def account(self) -> str | None:
        """The default account of stacks in this stage."""
        return self.env.account if self.env else None

    @property
    def region(self) -> str | None:
        """The default region of stacks in this stage."""
        return self.env.region if self.env else None

    @staticmethod
    def of(construct: Construct) -> Stage | None:
        """The stage `construct` belongs to."""
        current: Construct | None = construct
        while current is not None:
            if isinstance(current, Stage):
                return current
            current = current.node.scope
        return None

    @staticmethod
    def is_stage(x: Any) -> bool:
        """True when `x` is a Stage."""
        return isinstance(x, Stage)

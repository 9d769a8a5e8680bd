"""Template: a synthesized stack template to assert on."""

from __future__ import annotations

import copy
from typing import Any

from ..core.errors import SynthesisError
from ..core.stack import Stack
from ..core.synthesis._render import render_app


class Template:
    """A CloudFormation template to inspect in tests."""

    def __init__(self, template: dict[str, Any]) -> None:
        self._template = template

    @staticmethod
    def from_stack(stack: Stack) -> Template:
        """Render the stack's app in memory (nothing is written) and return this stack's template."""
        rendered = render_app(stack.node.root)
        if rendered.problems:
            raise SynthesisError(rendered.problems)
        return Template(rendered.templates[id(stack)])

    @staticmethod
    def from_json(template: dict[str, Any]) -> Template:
        """Wrap a template dict."""
        return Template(copy.deepcopy(template))

    def to_json(self) -> dict[str, Any]:
        """The template as a dict."""
        return self._template

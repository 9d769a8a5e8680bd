"""CfnElement: anything that renders into a section of a CloudFormation template."""

from __future__ import annotations

from .cfn_reference import reference_for
from .construct import Construct, enclosing_stack
from .errors import ValidationError
from .reference_strength import ReferenceStrength
from .runtime_typing import TYPE_CHECKING, cast
from .tokens._encoding import TOKEN_MAP
from .tokens._resolve import Resolver
from .tokens.token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any

    from .stack import Stack


# The element whose template body is being rendered: a nested stack notes it as the reader of the parameter
# or output it makes for a reference (see `NestedStack`), so that those come in the order of their readers.
rendering_element: list[CfnElement | None] = [None]
# The attribute that lists those readers on a parameter or output a nested stack made for references.
READERS = "_readers"


class CfnElement(Construct):
    """A template element (resource, output, parameter, ...) with a logical ID."""

    _records_mixins = True

    if TYPE_CHECKING:
        stack: Stack
    _section: str = ""
    # The element's name in its section when it is not the logical ID (`CfnOutput(key=...)`).
    _template_key: str | None = None
    # Set by CfnResource.apply_cross_stack_reference_strength; None: the consuming stack's context decides.
    _cross_stack_reference_strength: ReferenceStrength | None = None

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        # `Stack.of(self)`, without importing stack.py, which builds on this module (its exports are outputs).
        self.stack = cast("Stack", enclosing_stack(self))
        self._logical_id_override: str | None = None
        self._allocated_logical_id: str | None = None

    @staticmethod
    def is_cfn_element(x: Any) -> bool:
        """True when `x` is a CfnElement."""
        return isinstance(x, CfnElement)

    @property
    def logical_id(self) -> str:
        """The logical ID of this element in its template."""
        override = self._logical_id_override
        if override is not None:
            # An override may be a token (aws_lambda's current version hashes its function at synth).
            return str(self.stack.resolve(override)) if Token.is_unresolved(override) else override
        if self._allocated_logical_id is None:
            self._allocated_logical_id = self.stack.get_logical_id(self)
        return self._allocated_logical_id

    @property
    def logical_id_token(self) -> str:
        """The logical ID as a token, for references taken before an override."""
        return Token.as_string(_LogicalIdOf(self))

    def override_logical_id(self, new_logical_id: str) -> None:
        """Use `new_logical_id` instead of the one computed from the construct path."""
        if not isinstance(new_logical_id, str) or not new_logical_id:
            raise ValidationError(
                self,
                f"override_logical_id: new_logical_id={new_logical_id!r} is invalid; pass a non-empty string",
            )
        self._logical_id_override = new_logical_id

    @property
    def creation_stack(self) -> list[str]:
        """Where this element was created (not recorded)."""
        return []

    def _render(self, resolver: Resolver) -> Any:
        """Return this element's resolved body for its template section."""
        raise NotImplementedError

    def _validate_element(self) -> list[str]:
        """Return the problems of this element's own values (checked at synth)."""
        return []


def render_element(element: CfnElement) -> Any:
    """The element's body as its stack's template has it, every token resolved; `None` when left out.

    What aws-cdk-lib gets from `stack.resolve(element._toCloudFormation())`, for code outside `core`
    that must see the rendered element (the Lambda current version hashes its function's).
    """
    return element._render(Resolver(element.stack))


class _LogicalIdOf(IResolvable):
    def __init__(self, element: CfnElement) -> None:
        self._element = element

    def resolve(self, context: IResolveContext) -> Any:
        return self._element.logical_id

    def _display_hint(self) -> str:
        return f"{self._element.node.id}.LogicalID"


class CfnRefElement(CfnElement):
    """A CfnElement that can be referenced with `Ref`."""

    @property
    def ref(self) -> str:
        """`{"Ref": logical_id}` as a string token."""
        reference = reference_for(self, "Ref")
        return TOKEN_MAP.register_string(reference, reference._display_hint())  # Token.as_string's work

"""ContextProvider: values the CDK CLI looks up in the AWS account and caches in `cdk.context.json`.

A lookup reads its value from context under a key made of the provider and its properties. Until the
CLI has looked it up, the app gets a dummy value and the lookup is listed under `missing` in the cloud
assembly manifest; the CLI then looks it up, stores it and runs the app again.
"""

from __future__ import annotations

from collections.abc import Mapping

from .annotations import Annotations
from .construct import Construct
from .errors import ArgumentTypeError, ValidationError
from .lookup_placeholders import remember_placeholders
from .runtime_typing import TYPE_CHECKING
from .stack import Stack
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

# A value the CLI stores when the lookup failed: the app reports it as an error (or ignores it).
PROVIDER_ERROR = "$providerError"


@lazy_frozen(kw_only=True)
class GetContextKeyOptions(metaclass=LazyAttrsMeta):
    """What identifies a lookup."""

    provider: str
    """The context provider to query (`vpc-provider`, `ssm`, ...)."""
    additional_cache_key: str | None = None
    """An extra discriminator of the cache key. Default: none."""
    include_environment: bool | None = None
    """Add the stack's account and region to the properties. Default: true."""
    props: Mapping[str, Any] | None = None
    """The provider's properties. Default: none."""


@lazy_frozen(kw_only=True)
class GetContextValueOptions(GetContextKeyOptions, metaclass=LazyAttrsMeta):
    """A lookup and what to do until (or unless) it has a value."""

    dummy_value: Any
    """The value returned until the CLI has looked the real one up."""
    ignore_error_on_missing_context: bool | None = None
    """Return the dummy value, without an error, when the lookup fails (prefer `must_exist=False`)."""
    must_exist: bool | None = None
    """Whether a failed lookup is an error. Default: true."""


@lazy_frozen(kw_only=True)
class GetContextKeyResult(metaclass=LazyAttrsMeta):
    """The context key of a lookup and the properties the CLI gets."""

    key: str
    """The context key."""
    props: Mapping[str, Any]
    """The properties of the lookup."""


@lazy_frozen(kw_only=True)
class GetContextValueResult(metaclass=LazyAttrsMeta):
    """The value of a lookup."""

    value: Any = None
    """The looked-up value, or the dummy value."""


def _flatten(props: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """`a.b=value` pairs of nested properties (list items by index); unset values are left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in props.items():
        path = f"{prefix}{name}"
        if value is None:
            continue
        if isinstance(value, Mapping):
            pairs.extend(_flatten(value, f"{path}."))
        elif isinstance(value, (list, tuple)):
            pairs.extend(_flatten({str(index): item for index, item in enumerate(value)}, f"{path}."))
        elif isinstance(value, bool):
            # As JavaScript's template strings spell them.
            pairs.append((path, "true" if value else "false"))
        else:
            # A colon in a value is quoted as `$:`, so that it does not read as a separator; numbers are
            # written as JavaScript writes them.
            text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            pairs.append((path, text.replace(":", "$:")))
    return pairs


def _check_lookup_props(
    scope: Construct, provider: str, props: Mapping[Any, Any], prefix: str = "props"
) -> None:
    """The CLI gets a lookup's properties as JSON, and its cache key must be known at synth."""
    for name, value in props.items():
        where = f"{prefix}[{name!r}]"
        if Token.is_unresolved(value):
            raise ValidationError(
                scope,
                f"{where}={value!r} is a token; the lookup from context provider {provider!r} needs every "
                "property known at synth",
            )
        if isinstance(value, Mapping):
            _check_lookup_props(scope, provider, value, where)
        elif isinstance(value, (list, tuple)):
            _check_lookup_props(scope, provider, dict(enumerate(value)), where)
        elif value is not None and not isinstance(value, (str, int, float, bool)):
            kind = type(value).__name__
            article = "an" if kind[:1].lower() in "aeiou" else "a"
            raise ArgumentTypeError(
                f"{scope.node.path}: {where}={value!r} is {article} {kind}; use a str, number, bool, list or "
                "dict (the CLI gets the properties as JSON)"
            )


def _environment_of(scope: Construct, provider: str) -> Stack:
    stack = Stack.of(scope)
    if stack.is_environment_agnostic:
        raise ValidationError(
            scope,
            f"the lookup from context provider {provider!r} needs the stack's account and "
            "region; give the Stack an env=Environment(account=..., region=...)",
        )
    return stack


class ContextProvider:
    """Reads values that the CDK CLI looks up, and reports the lookups it still has to make."""

    @staticmethod
    def get_key(
        scope: Construct,
        *,
        provider: str,
        additional_cache_key: str | None = None,
        include_environment: bool | None = None,
        props: Mapping[str, Any] | None = None,
    ) -> GetContextKeyResult:
        """The context key of a lookup, and its properties (with the stack's account and region)."""
        options = GetContextKeyOptions(
            provider=provider,
            additional_cache_key=additional_cache_key,
            include_environment=include_environment,
            props=props,
        )
        _check_lookup_props(scope, options.provider, options.props or {})
        looked_up: dict[str, Any] = {}
        if options.include_environment is not False:
            stack = _environment_of(scope, options.provider)
            looked_up.update(account=stack.account, region=stack.region)
        looked_up.update((name, value) for name, value in (options.props or {}).items() if value is not None)
        keyed = dict(looked_up)
        if options.additional_cache_key is not None:
            keyed["additionalCacheKey"] = options.additional_cache_key
        pairs = sorted(_flatten(keyed))
        key = options.provider + "".join(f":{name}={value}" for name, value in pairs)
        return GetContextKeyResult(key=key, props=looked_up)

    @staticmethod
    def get_value(
        scope: Construct,
        *,
        dummy_value: Any,
        provider: str,
        additional_cache_key: str | None = None,
        ignore_error_on_missing_context: bool | None = None,
        include_environment: bool | None = None,
        must_exist: bool | None = None,
        props: Mapping[str, Any] | None = None,
    ) -> GetContextValueResult:
        """The looked-up value from context; until the CLI has it, `dummy_value`, and the lookup is
        listed as missing. A lookup the CLI could not make is an error unless `must_exist=False`."""
        if must_exist is not None and ignore_error_on_missing_context is not None:
            raise ValidationError(
                scope,
                "must_exist and ignore_error_on_missing_context are both set; pass only must_exist",
            )
        # As aws-cdk-lib: a value is looked up in the stack's environment even when the key leaves it out.
        _environment_of(scope, provider)
        ignore_errors = ignore_error_on_missing_context if must_exist is None else not must_exist
        found = ContextProvider.get_key(
            scope,
            provider=provider,
            additional_cache_key=additional_cache_key,
            include_environment=include_environment,
            props=props,
        )
        value = scope.node.try_get_context(found.key)
        provider_error = value.get(PROVIDER_ERROR) if isinstance(value, Mapping) else None
        if value is not None and provider_error is None:
            return GetContextValueResult(value=value)
        reported: dict[str, Any] = {}
        if dummy_value is not None:
            reported["dummyValue"] = dummy_value
        if ignore_errors is not None:
            reported["ignoreErrorOnMissingContext"] = ignore_errors
        if additional_cache_key is not None:
            reported["additionalCacheKey"] = additional_cache_key
        reported.update(found.props)
        Stack.of(scope).report_missing_context_key(key=found.key, provider=provider, props=reported)
        remember_placeholders(dummy_value)
        if provider_error is not None and not ignore_errors:
            Annotations.of(scope).add_error(str(provider_error))
        return GetContextValueResult(value=dummy_value)

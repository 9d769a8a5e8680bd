"""The checks that answer common names without compiling a pattern agree with the patterns they skip."""

from __future__ import annotations

import random
import re

import pytest

from apigwv2_integrations.aws_iam.policy_statement import _ACTION_PATTERN, _is_plain_action
from apigwv2_integrations.core.stack import _STACK_NAME_PATTERN, _is_plain_stack_name
from apigwv2_integrations.core.tokens._encoding import _HINT_PATTERN, _is_clean_hint

# Letters, digits, each character a pattern treats specially, a newline, and non-ASCII letters and digits.
_ALPHABET = "aZ09-_.*:$ /\n\u00e9\u0663"


def _samples() -> list[str]:
    rng = random.Random(7)
    samples = [
        "",
        "*",
        "s3:*",
        "s3:Get*",
        "a:",
        ":a",
        "a:b:c",
        "-:-",
        "Stack",
        "My-Stack-1",
        "1Stack",
        "Resource.Arn",
    ]
    samples += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 6))) for _ in range(4000)]
    return samples


@pytest.mark.parametrize(
    ("fast", "pattern"),
    [(_is_plain_action, _ACTION_PATTERN.compiled), (_is_plain_stack_name, _STACK_NAME_PATTERN.compiled)],
)
def test_a_fast_yes_is_a_pattern_match(fast: object, pattern: re.Pattern[str]) -> None:
    accepted = [value for value in _samples() if fast(value)]  # type: ignore[operator]
    assert len(accepted) > 50  # the fast path answers many of them
    assert [value for value in accepted if not pattern.match(value)] == []


def test_a_clean_hint_is_one_the_pattern_leaves_unchanged() -> None:
    clean = [value for value in _samples() if _is_clean_hint(value)]
    assert len(clean) > 50
    assert [value for value in clean if _HINT_PATTERN.sub("", value) != value] == []
    # And a hint the pattern leaves unchanged that has a letter or digit is one the fast path takes.
    unchanged = [v for v in _samples() if re.search("[A-Za-z0-9]", v) and _HINT_PATTERN.sub("", v) == v]
    assert [value for value in unchanged if not _is_clean_hint(value)] == []

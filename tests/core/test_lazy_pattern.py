"""LazyPattern: a regular expression compiled on first use, matching as `re.compile` does."""

from __future__ import annotations

import re

from apigwv2_integrations.core.lazy_pattern import LazyPattern


def test_a_pattern_is_compiled_on_first_use_and_then_kept() -> None:
    pattern = LazyPattern(r"^[a-z]+$")
    assert pattern._compiled is None
    assert pattern.match("abc") is not None
    compiled = pattern.compiled
    assert compiled is pattern.compiled
    assert compiled.pattern == r"^[a-z]+$"


def test_each_method_answers_as_the_compiled_pattern_does() -> None:
    pattern = LazyPattern(r"\$\{([^}]+)\}", re.DOTALL)
    compiled = re.compile(r"\$\{([^}]+)\}", re.DOTALL)
    text = "arn:${Partition}:s3:::${BucketName}"
    assert pattern.compiled.flags == compiled.flags
    assert pattern.match(text) is None
    assert pattern.fullmatch("${A}") is not None
    found = pattern.search(text)
    assert found is not None and found.group(1) == "Partition"
    assert [m.group(1) for m in pattern.finditer(text)] == ["Partition", "BucketName"]
    assert pattern.split(text) == compiled.split(text)

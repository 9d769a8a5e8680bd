"""Tags: assertions on a stack's tags (assertions/tags.py).

The failure reports are those aws-cdk-lib 2.275.0 writes for the same app (`aws_cdk.assertions`).
"""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import Tags as CoreTags
from apigwv2_integrations.assertions import Match, Tags


def failure(call: object, *args: object) -> str:
    assert callable(call)
    with pytest.raises(AssertionError) as error:
        call(*args)
    return str(error.value)


@pytest.fixture
def tagged(stack: Stack) -> Tags:
    CoreTags.of(stack).add("team", "a")
    CoreTags.of(stack).add("env", "dev")
    return Tags.from_stack(stack)


def test_all_is_the_stack_tags_as_the_manifest_has_them(tagged: Tags) -> None:
    assert tagged.all() == {"env": "dev", "team": "a"}
    assert list(tagged.all()) == ["env", "team"]


def test_has_values_is_object_like_unless_a_matcher_is_given(tagged: Tags) -> None:
    tagged.has_values({"team": "a", "env": "dev"})
    tagged.has_values({"team": "a"})
    tagged.has_values(Match.object_like({"team": "a"}))
    assert failure(tagged.has_values, Match.exact({"team": "a"})).startswith(
        "Stack tags did not match as expected:\n"
    )


def test_has_values_reports_the_mismatch(tagged: Tags) -> None:
    assert failure(tagged.has_values, {"team": "b", "env": "dev"}) == (
        "Stack tags did not match as expected:\n"
        "{\n"
        '  "env": "dev",\n'
        "!! Expected b but received a\n"
        '  "team": "a"\n'
        "}"
    )


def test_has_none(tagged: Tags, app: App) -> None:
    assert failure(tagged.has_none) == (
        "Stack tags did not match as expected:\n"
        "{\n"
        "!! Unexpected key env\n"
        '  "env": "dev",\n'
        "!! Unexpected key team\n"
        '  "team": "a"\n'
        "}"
    )
    untagged = Tags.from_stack(Stack(app, "Other"))
    untagged.has_none()
    untagged.has_values({})
    assert untagged.all() == {}
    assert failure(untagged.has_values, {"a": "b"}) == (
        "Stack tags did not match as expected:\n{\n!! Missing key 'a'\n  \"a\": undefined\n}"
    )

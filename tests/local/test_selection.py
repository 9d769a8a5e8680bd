"""Selection expressions and request parameter mappings, on their own."""

from __future__ import annotations

from apigwv2_integrations.local._selection import (
    MappedRequest,
    RequestView,
    apply_mappings,
    body_value,
    evaluate,
)

VIEW = RequestView(
    path="/books/7",
    headers=[("x-a", "1"), ("x-a", "2"), ("authorization", "t")],
    query=[("q", "x"), ("q", "y")],
    body=b'{"book": {"tags": ["a", "b"], "n": 3}}',
    path_parameters={"id": "7"},
    context={"requestId": "r1", "authorizer.user": "ada"},
    stage_variables={"color": "blue"},
)


def test_whole_expressions_read_each_part_of_the_request() -> None:
    assert [
        evaluate(expression, VIEW)
        for expression in (
            "$request.header.X-A",
            "$request.querystring.q",
            "$request.path",
            "$request.path.id",
            "$request.body.book.n",
            "$request.body.book.tags[1]",
            "$request.body.book",
            "$context.requestId",
            "$context.authorizer.user",
            "$stageVariables.color",
            "$request.header.missing",
            "literal",
        )
    ] == [
        "1,2",
        "x,y",
        "/books/7",
        "7",
        "3",
        "b",
        '{"tags":["a","b"],"n":3}',
        "r1",
        "ada",
        "blue",
        None,
        "literal",
    ]


def test_embedded_expressions_are_substituted() -> None:
    assert evaluate("Bearer ${request.header.authorization} for ${context.authorizer.user}", VIEW) == (
        "Bearer t for ada"
    )


def test_body_value_of_a_non_json_body_is_none() -> None:
    assert body_value(b"not json", "a") is None


def test_values_are_read_before_headers_are_removed() -> None:
    mapped = apply_mappings(
        {
            "append:header.copy": "$request.header.authorization",
            "remove:header.authorization": "",
            "overwrite:header.x-a": "3",
            "append:querystring.q": "z",
            "overwrite:path": "$request.path.id",
        },
        VIEW,
        MappedRequest(path=VIEW.path, headers=list(VIEW.headers), query=list(VIEW.query)),
    )
    assert mapped.path == "/7"
    assert mapped.headers == [("x-a", "3"), ("copy", "t")]
    assert mapped.query == [("q", "x"), ("q", "y"), ("q", "z")]

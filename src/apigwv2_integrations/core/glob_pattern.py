"""Glob patterns over construct paths and ids (selectors, bundling stacks)."""

from __future__ import annotations

import re

__all__ = ["glob_regex"]


def glob_regex(pattern: str) -> re.Pattern[str]:
    """The regular expression (for `fullmatch`) of a construct-path glob, as aws-cdk-lib's minimatch reads it:
    `*` and `?` stay within one path segment, `**` crosses segments (`**/` also matches no segment),
    `[...]` is a character class (`[!...]` negated) and `{a,b}` an alternative."""
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")  # any number of whole segments, none included
            index += 3
            continue
        if pattern.startswith("**", index):
            parts.append(".*")
            index += 2
            continue
        if char == "*":
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[" and "]" in pattern[index + 1 :]:
            end = pattern.index("]", index + 1)
            body = pattern[index + 1 : end]
            parts.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            index = end
        elif char == "{" and "}" in pattern[index + 1 :]:
            end = pattern.index("}", index + 1)
            options = pattern[index + 1 : end].split(",")
            parts.append("(?:" + "|".join(glob_regex(option).pattern for option in options) + ")")
            index = end
        else:
            parts.append(re.escape(char))
        index += 1
    return re.compile("".join(parts))

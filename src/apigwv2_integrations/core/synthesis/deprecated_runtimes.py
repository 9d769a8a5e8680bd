"""Lambda functions on deprecated runtimes: rules W2531, E2531 and E2533 of aws-cdk-lib's template validator.

A runtime is deprecated on one date, then Lambda stops creating functions on it, then stops updating them.
The validator reports a function on a deprecated runtime with the rule of the stage reached on the day
of the synthesis: W2531 (deprecated; a warning, even under `@aws-cdk/core:validateAgainstDefaultRules`),
E2531 (creation disabled) or E2533 (updates disabled), both errors under that flag. So, as in
aws-cdk-lib, the same app can get another finding on a later day.

The dates and successors are those of the validator aws-cdk-lib 2.275.0 runs.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from ..runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["runtime_findings"]

# Runtime -> (deprecated, creation disabled, updates disabled, the runtime to move to).
_LIFECYCLE: dict[str, tuple[str, str, str, str]] = {
    "dotnet6": ("2024-12-20", "2027-02-01", "2027-03-03", "dotnet10"),
    "dotnetcore1.0": ("2019-06-27", "2019-06-30", "2019-07-30", "dotnet10"),
    "dotnetcore2.0": ("2019-05-30", "2019-04-30", "2019-05-30", "dotnet10"),
    "dotnetcore2.1": ("2022-01-05", "2022-01-05", "2022-04-13", "dotnet10"),
    "dotnetcore3.1": ("2023-04-03", "2023-04-03", "2023-05-03", "dotnet10"),
    "go1.x": ("2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"),
    "java8": ("2024-01-08", "2024-02-08", "2027-03-03", "java25"),
    "nodejs": ("2016-08-30", "2016-09-30", "2016-10-31", "nodejs24.x"),
    "nodejs4.3": ("2020-03-05", "2020-02-03", "2020-03-05", "nodejs24.x"),
    "nodejs6.10": ("2019-08-12", "2019-07-12", "2019-08-12", "nodejs24.x"),
    "nodejs8.10": ("2020-03-06", "2020-02-04", "2020-03-06", "nodejs24.x"),
    "nodejs10.x": ("2021-07-30", "2021-07-30", "2022-02-14", "nodejs24.x"),
    "nodejs12.x": ("2023-03-31", "2023-03-31", "2023-04-30", "nodejs24.x"),
    "nodejs14.x": ("2023-12-04", "2024-01-09", "2027-03-03", "nodejs24.x"),
    "nodejs16.x": ("2024-06-12", "2027-02-01", "2027-03-03", "nodejs24.x"),
    "nodejs18.x": ("2025-09-01", "2027-02-01", "2027-03-03", "nodejs24.x"),
    "nodejs20.x": ("2026-04-30", "2027-02-01", "2027-03-03", "nodejs24.x"),
    "provided": ("2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"),
    "provided.al2": ("2026-07-31", "2027-02-01", "2027-03-03", "provided.al2023"),
    "python2.7": ("2021-07-15", "2021-07-15", "2022-05-30", "python3.14"),
    "python3.6": ("2022-07-18", "2022-07-18", "2022-08-29", "python3.14"),
    "python3.7": ("2023-12-04", "2024-01-09", "2027-03-03", "python3.14"),
    "python3.8": ("2024-10-14", "2027-02-01", "2027-03-03", "python3.14"),
    "python3.9": ("2025-12-15", "2027-02-01", "2027-03-03", "python3.14"),
    "ruby2.5": ("2021-07-30", "2021-07-30", "2022-03-31", "ruby4.0"),
    "ruby2.7": ("2023-12-07", "2024-01-09", "2027-03-03", "ruby4.0"),
    "ruby3.2": ("2026-03-31", "2027-02-01", "2027-03-03", "ruby4.0"),
}


def runtime_findings(template: Mapping[str, Any], today: str | None = None) -> list[tuple[str, str, str]]:
    """(logical ID, rule, description) of each function on a deprecated runtime, in template order.

    `today` is an ISO date (the current UTC date by default).
    """
    day = today or _today()
    found = []
    for logical_id, definition in (template.get("Resources") or {}).items():
        if type(definition) is not dict or definition.get("Type") != "AWS::Lambda::Function":
            continue
        properties = definition.get("Properties")
        runtime = properties.get("Runtime") if type(properties) is dict else None
        lifecycle = _LIFECYCLE.get(runtime) if type(runtime) is str else None
        if lifecycle is None or day < lifecycle[0]:
            continue
        deprecated, create, update, successor = lifecycle
        rule = "E2533" if day >= update else ("E2531" if day >= create else "W2531")
        creation = "was disabled" if day >= create else "will be disabled"
        updates = "were disabled" if day >= update else "will be disabled"
        found.append(
            (
                logical_id,
                rule,
                f"Runtime: Runtime '{runtime}' was deprecated on '{deprecated}'. Creation {creation} on "
                f"'{create}', and updates {updates} on '{update}'. Please consider updating to '{successor}'",
            )
        )
    return found


def _today() -> str:
    # `time`, not `datetime`: loading datetime would cost a millisecond of every synthesis.
    return time.strftime("%Y-%m-%d", time.gmtime())

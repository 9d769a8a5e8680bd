"""Stack metadata files compared with aws-cdk-lib's."""

from __future__ import annotations

from typing import Any

# This package warns about flags it does not implement (core/feature_flags.py); aws-cdk-lib has no such warning.
UNIMPLEMENTED_FLAG_WARNING = "feature flag '"


def without_unimplemented_flag_warnings(metadata: dict[str, Any]) -> dict[str, Any]:
    """A stack metadata file without this package's warnings about flags it does not implement."""
    kept = {
        path: [
            entry
            for entry in entries
            if not (
                entry["type"] == "aws:cdk:warning" and entry["data"].startswith(UNIMPLEMENTED_FLAG_WARNING)
            )
        ]
        for path, entries in metadata.items()
    }
    return {path: entries for path, entries in kept.items() if entries}


def without_unimplemented_flag_violations(report: dict[str, Any]) -> dict[str, Any]:
    """A validation report without those warnings in its "Construct Annotations" report (dropped when
    nothing else is left in it)."""
    plugin_reports = []
    for plugin in report["pluginReports"]:
        if plugin["pluginName"] == "Construct Annotations":
            violations = [
                v for v in plugin["violations"] if not v["description"].startswith(UNIMPLEMENTED_FLAG_WARNING)
            ]
            if not violations:
                continue
            plugin = {**plugin, "violations": violations}
        plugin_reports.append(plugin)
    return {**report, "pluginReports": plugin_reports}

"""Refresh the vendored CloudFormation resource schemas from the installed cfn-lint.

cfn-lint bundles the CloudFormation registry schemas: ``data/schemas/providers/us-east-1.json``
maps each resource type to a file under ``data/schemas/resources/``. This copies the schemas of
every service in ``services.txt`` to ``schemas/aws-<service>-<resource>.json``, together with
cfn-lint's licence, and records the cfn-lint version in ``schemas/SOURCE.md``.

Run it with ``make update-schemas`` after upgrading cfn-lint, then ``make generate``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import shutil
import sys
from pathlib import Path

CODEGEN_DIR = Path(__file__).resolve().parent
REGION = "us-east-1"


def read_services(path: Path) -> list[str]:
    """Return the service namespaces listed in ``services.txt`` (comments and blanks skipped)."""
    services = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            services.append(name)
    return services


def schema_file_name(type_name: str) -> str:
    """Return the vendored file name of a resource type: AWS::EC2::VPC -> aws-ec2-vpc.json."""
    return type_name.lower().replace("::", "-") + ".json"


def cfn_lint_schema_dir() -> Path:
    """Return cfn-lint's bundled schema folder."""
    import cfnlint

    return Path(cfnlint.__file__).resolve().parent / "data" / "schemas"


def copy_licence(target: Path) -> None:
    """Copy cfn-lint's LICENSE (and NOTICE when present) next to the schemas."""
    distribution = importlib.metadata.distribution("cfn-lint")
    copied = False
    for file in distribution.files or ():
        if file.name in ("LICENSE", "NOTICE"):
            shutil.copyfile(Path(str(file.locate())), target / file.name)
            copied = copied or file.name == "LICENSE"
    if not copied:
        raise SystemExit("cfn-lint's LICENSE was not found in its distribution")


def write_source_note(target: Path, version: str, count: int) -> None:
    """Record where the schemas come from."""
    target.joinpath("SOURCE.md").write_text(
        "# Source of these schemas\n\n"
        f"CloudFormation resource provider schemas as bundled in cfn-lint {version}\n"
        f"(`cfnlint/data/schemas/resources/`, selected through `providers/{REGION}.json`),\n"
        f"{count} resource types of the services in `codegen/services.txt`.\n\n"
        "cfn-lint is distributed under the licence in `LICENSE` (MIT No Attribution).\n"
        "Refresh with `make update-schemas`; never edit these files by hand: schema fixes are\n"
        "JSON patches in `codegen/patches/`.\n",
        encoding="utf-8",
    )


def update(target: Path, services: list[str]) -> int:
    """Replace the vendored schemas of ``services``; return how many were written."""
    source = cfn_lint_schema_dir()
    providers = json.loads(source.joinpath("providers", f"{REGION}.json").read_text(encoding="utf-8"))
    wanted = set(services)
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("aws-*.json"):
        old.unlink()
    count = 0
    for type_name in sorted(providers):
        parts = type_name.split("::")
        if len(parts) != 3 or parts[0] != "AWS" or parts[1] not in wanted:
            continue
        schema = json.loads(source.joinpath("resources", providers[type_name] + ".json").read_text("utf-8"))
        target.joinpath(schema_file_name(type_name)).write_text(
            json.dumps(schema, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        count += 1
    missing = wanted - {t.split("::")[1] for t in providers if t.startswith("AWS::")}
    if missing:
        raise SystemExit(f"services not found in cfn-lint's schemas: {', '.join(sorted(missing))}")
    copy_licence(target)
    write_source_note(target, importlib.metadata.version("cfn-lint"), count)
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CODEGEN_DIR / "schemas", help="schema folder to refresh")
    args = parser.parse_args(argv)
    count = update(args.out, read_services(CODEGEN_DIR / "services.txt"))
    print(f"wrote {count} schemas to {args.out}", file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""File and Docker image assets, fingerprinted the way aws-cdk-lib does it and staged into the assembly."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence

from ._digests import sha256
from .asset_types import AssetHashType, ExcludePatterns, IgnoreMode, SymlinkFollowMode
from .runtime_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from hashlib import _Hash
    from typing import Any

    from .bundling import BundlingOptions
    from .construct import IConstruct

# Set by the `cdk` CLI (`--asset-metadata`, on by default): resources that use an asset say where it is,
# for tools such as SAM that run them locally.
ASSET_METADATA_CONTEXT = "aws:cdk:enable-asset-metadata"


def add_asset_metadata(
    scope: Any, resource: Any, path: str, resource_property: str, details: Mapping[str, Any] | None = None
) -> None:
    """Say in `resource`'s metadata where its asset is, when `scope`'s context asks for it (as the `cdk` CLI
    does): `aws:asset:path`, then `details` (whole `aws:asset:*` keys), then `aws:asset:property`, in
    aws-cdk-lib's order."""
    if not scope.node.try_get_context(ASSET_METADATA_CONTEXT):
        return
    resource.add_metadata("aws:asset:path", path)
    for key, value in (details or {}).items():
        resource.add_metadata(key, value)
    resource.add_metadata("aws:asset:property", resource_property)


_CTRL_SOH = b"\x01"
_CTRL_SOT = b"\x02"
_CTRL_ETX = b"\x03"
_BUFFER_SIZE = 8 * 1024


def custom_or_source_hash(
    asset_hash: str | None, asset_hash_type: AssetHashType | None, source_hash: Callable[[], str]
) -> tuple[str | None, str | None]:
    """(hash, problem) of an asset without bundling, from its `asset_hash` and `asset_hash_type`, as
    aws-cdk-lib computes them: a custom hash is the SHA-256 of the text given."""
    kind = asset_hash_type
    if asset_hash is not None:
        if kind not in (None, AssetHashType.CUSTOM):
            return None, (
                f"asset_hash_type={kind} is given with asset_hash={asset_hash!r}; use AssetHashType.CUSTOM "
                "or leave asset_hash_type out"
            )
        return sha256(asset_hash.encode("utf-8")).hexdigest(), None
    if kind is AssetHashType.CUSTOM:
        return None, "asset_hash_type=AssetHashType.CUSTOM needs asset_hash; give the hash"
    if kind is AssetHashType.OUTPUT:
        return None, f"asset_hash_type={kind} needs bundling; use AssetHashType.SOURCE or give bundling"
    return source_hash(), None


def _hash_field(digest: _Hash, header: str, value: bytes) -> None:
    digest.update(_CTRL_SOH)
    digest.update(header.encode("utf-8"))
    digest.update(_CTRL_SOT)
    digest.update(value)
    digest.update(_CTRL_ETX)


def content_fingerprint(path: str) -> str:
    """`<size>:<sha256>` of a file, with CRLF read as LF in text files, as aws-cdk-lib computes it.

    aws-cdk-lib reads 8 KiB chunks, calls a file binary when its first chunk holds a NUL byte, decodes
    each text chunk as UTF-8 (invalid bytes become U+FFFD) and holds back a chunk ending in CR until
    the next one. The size counts the bytes hashed (after CRLF became LF), not the file's size; a
    chunk still held back at the end is hashed but not counted. The same steps give the same hash.
    """
    digest = sha256()
    size = 0
    is_binary = False
    pending = ""
    with open(path, "rb") as handle:
        while chunk := handle.read(_BUFFER_SIZE):
            if size == 0:
                is_binary = b"\x00" in chunk
            data = chunk
            if not is_binary:
                text = chunk.decode("utf-8", errors="replace")
                if text.endswith("\r"):
                    pending += text
                    continue
                data = (pending + text).replace("\r\n", "\n").encode("utf-8")
                pending = ""
            size += len(data)
            digest.update(data)
    if pending:
        digest.update(pending.encode("utf-8"))
    return f"{size}:{digest.hexdigest()}"


def is_excluded(
    relative: str,
    exclude: Sequence[str],
    *,
    is_directory: bool = False,
    ignore_mode: IgnoreMode = IgnoreMode.GLOB,
) -> bool:
    """Whether an asset's file or folder (its path relative to the asset's root, `/`-separated) is left out
    by `exclude`; a `!` pattern includes again and the last matching pattern wins.

    GLOB patterns are read as aws-cdk-lib reads them (see `_glob_excluded`), DOCKER patterns as a
    `.dockerignore` file (see `_docker_excluded`). GIT patterns are read as in a
    `.gitignore` file: a pattern without a `/` (but a trailing one) matches a name at any depth, one with
    a `/` is anchored at the root, a trailing `/` matches folders only, `*` stops at `/` and `**` does not.
    """
    if ignore_mode is IgnoreMode.GIT:
        return _git_excluded(relative, exclude, is_directory)
    if ignore_mode is IgnoreMode.GLOB:
        return _glob_excluded(relative, exclude)
    return _docker_excluded(relative, exclude)


def _docker_excluded(relative: str, exclude: Sequence[str]) -> bool:
    """DOCKER patterns as `.dockerignore` reads them (and aws-cdk-lib): cleaned of a leading and a trailing
    `/`, anchored at the root, `*` and `?` stop at `/`, `**` spans folders, and a pattern that matches a
    folder matches everything in it."""
    parents = relative.split("/")
    candidates = ["/".join(parents[: depth + 1]) for depth in range(len(parents))]
    result = False
    for pattern in exclude:
        negated = pattern.startswith("!")
        regex = _docker_rule(pattern[1:] if negated else pattern)
        if regex is not None and any(regex.fullmatch(candidate) for candidate in candidates):
            result = not negated
    return result


def docker_may_include_below(relative: str, exclude: Sequence[str]) -> bool:
    """Whether a `!` pattern could include something inside the excluded folder `relative` (then the
    folder is searched, not skipped)."""
    for pattern in exclude:
        if pattern.startswith("!"):
            cleaned = _clean_docker_pattern(pattern[1:])
            if cleaned.startswith(relative + "/") or any(mark in cleaned for mark in "*?["):
                return True
    return False


def _clean_docker_pattern(pattern: str) -> str:
    import posixpath  # deferred: only assets with exclude patterns

    cleaned = posixpath.normpath(pattern.strip()).lstrip("/")
    return "" if cleaned == "." else cleaned


_DOCKER_RULES: dict[str, Any] = {}


def _docker_rule(pattern: str) -> Any:
    """A cleaned DOCKER pattern as a compiled regex, or None for an empty one."""
    if pattern in _DOCKER_RULES:
        return _DOCKER_RULES[pattern]
    import re  # deferred: only assets with exclude patterns

    cleaned = _clean_docker_pattern(pattern)
    regex = ""
    index = 0
    while index < len(cleaned):
        char = cleaned[index]
        if cleaned.startswith("**", index):
            index += 2
            if cleaned.startswith("/", index):
                regex += "(?:.*/)?"
                index += 1
            else:
                regex += ".*"
            continue
        if char == "*":
            regex += "[^/]*"
        elif char == "?":
            regex += "[^/]"
        elif char == "[" and "]" in cleaned[index + 1 :]:
            end = cleaned.index("]", index + 1)
            regex += "[" + cleaned[index + 1 : end].replace("\\", "\\\\") + "]"
            index = end
        else:
            regex += re.escape(char)
        index += 1
    rule = re.compile(regex) if cleaned else None
    _DOCKER_RULES[pattern] = rule
    return rule


def _glob_excluded(relative: str, exclude: Sequence[str]) -> bool:
    """GLOB patterns as aws-cdk-lib matches them (minimatch with `matchBase`): a pattern without `/` matches
    the last name of the path, `*` and `?` stop at `/`, `**` spans folders, and neither matches a name
    starting with `.` unless the pattern spells the dot."""
    base = relative.rsplit("/", 1)[-1]
    result = False
    for pattern in exclude:
        negated = pattern.startswith("!")
        for alternative in _expand_braces(pattern[1:] if negated else pattern):
            regex, base_only = _glob_rule(alternative)
            if regex.fullmatch(base if base_only else relative):
                result = not negated
                break
    return result


def _expand_braces(pattern: str) -> list[str]:
    """The patterns `{a,b}` stands for, as minimatch expands them (`*.{md,ts}`: `*.md` and `*.ts`)."""
    if "{" not in pattern:
        return [pattern]
    depth = 0
    start = -1
    commas: list[int] = []
    for index, char in enumerate(pattern):
        if char == "{":
            if depth == 0:
                start, commas = index, []
            depth += 1
        elif char == "," and depth == 1:
            commas.append(index)
        elif char == "}" and depth:
            depth -= 1
            if depth == 0 and commas:
                from itertools import pairwise  # deferred: only patterns with braces

                bounds = [start, *commas, index]
                head, tail = pattern[:start], pattern[index + 1 :]
                return [
                    expanded
                    for left, right in pairwise(bounds)
                    for expanded in _expand_braces(head + pattern[left + 1 : right] + tail)
                ]
    return [pattern]


_GLOB_RULES: dict[str, tuple[Any, bool]] = {}
_NO_DOT = "(?!\\.)"
_SEGMENT = "(?!\\.)[^/]*"


def _glob_rule(pattern: str) -> tuple[Any, bool]:
    """A GLOB pattern as (compiled regex, matched against the last name only)."""
    rule = _GLOB_RULES.get(pattern)
    if rule is not None:
        return rule
    import re  # deferred: only assets with exclude patterns

    base_only = "/" not in pattern
    segments = pattern.split("/") if not base_only else [pattern]
    regex = ""
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        if segment == "**":
            if index == last:
                # Trailing "**": everything below the folder, not the folder itself (minimatch's `a/**`
                # leaves `a` and dot names inside it).
                regex += f"(?:/{_SEGMENT})+" if index else f"(?:{_SEGMENT}(?:/{_SEGMENT})*)?"
            else:
                regex += f"(?:{_SEGMENT}/)*" if index == 0 else f"/(?:{_SEGMENT}/)*"
            continue
        if index and segments[index - 1] != "**":
            regex += "/"
        regex += _glob_segment(segment, re.escape)
    rule = (re.compile(regex), base_only)
    _GLOB_RULES[pattern] = rule
    return rule


def _glob_segment(segment: str, escape: Callable[[str], str]) -> str:
    parts = [_NO_DOT] if segment[:1] in ("*", "?", "[") else []
    index = 0
    while index < len(segment):
        char = segment[index]
        if char == "*":
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[" and "]" in segment[index + 2 :]:
            end = segment.index("]", index + 2)
            body = segment[index + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            parts.append("[" + body + "]")
            index = end
        elif char == "\\" and index + 1 < len(segment):
            index += 1
            parts.append(escape(segment[index]))
        else:
            parts.append(escape(char))
        index += 1
    return "".join(parts)


def _git_excluded(relative: str, exclude: Sequence[str], is_directory: bool) -> bool:
    result = False
    for pattern in exclude:
        rule = _git_rule(pattern)
        if rule is None:
            continue
        regex, negated, directory_only = rule
        if (is_directory or not directory_only) and regex.fullmatch(relative):
            result = not negated
    return result


_GIT_RULES: dict[str, Any] = {}


def _git_rule(pattern: str) -> tuple[Any, bool, bool] | None:
    """A `.gitignore` pattern as (compiled regex on the relative path, negated, folders only); None for a
    blank line or a comment."""
    if pattern in _GIT_RULES:
        return cast("tuple[Any, bool, bool] | None", _GIT_RULES[pattern])
    import re  # deferred: only assets excluding in git mode

    text = pattern.rstrip(" ")
    rule: tuple[Any, bool, bool] | None = None
    if text and not text.startswith("#"):
        negated = text.startswith("!")
        if negated or text.startswith("\\!") or text.startswith("\\#"):
            text = text[1:]
        directory_only = text.endswith("/")
        text = text.rstrip("/")
        anchored = "/" in text
        text = text.lstrip("/")
        parts: list[str] = []
        index = 0
        while index < len(text):
            char = text[index]
            if text.startswith("**/", index) and (index == 0 or text[index - 1] == "/"):
                parts.append("(?:.*/)?")
                index += 3
                continue
            if (
                text.startswith("**", index)
                and index + 2 == len(text)
                and (index == 0 or text[index - 1] == "/")
            ):
                parts.append(".*")
                index += 2
                continue
            if char == "*":
                parts.append("[^/]*")
            elif char == "?":
                parts.append("[^/]")
            elif char == "[" and "]" in text[index + 2 :]:
                end = text.index("]", index + 2)
                body = text[index + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                parts.append("[" + body + "]")
                index = end
            elif char == "\\" and index + 1 < len(text):
                index += 1
                parts.append(re.escape(text[index]))
            else:
                parts.append(re.escape(char))
            index += 1
        prefix = "" if anchored else "(?:.*/)?"
        rule = (re.compile(prefix + "".join(parts)), negated, directory_only)
    _GIT_RULES[pattern] = rule
    return rule


def staging_filter(root: str, exclude: Sequence[str]) -> Callable[[str, list[str]], set[str]]:
    """The `ignore` function of `shutil.copytree` that leaves out what `exclude` excludes under `root`
    (read in the mode of `exclude` when it is `ExcludePatterns`, else as GLOB patterns)."""
    mode = exclude.ignore_mode if isinstance(exclude, ExcludePatterns) else IgnoreMode.GLOB

    def ignored(directory: str, names: list[str]) -> set[str]:
        base = os.path.relpath(directory, root).replace(os.sep, "/")
        prefix = "" if base == "." else f"{base}/"
        return {
            name
            for name in names
            if is_excluded(
                prefix + name,
                exclude,
                is_directory=mode is IgnoreMode.GIT and os.path.isdir(os.path.join(directory, name)),
                ignore_mode=mode,
            )
            and not _searched_though_excluded(prefix + name, os.path.join(directory, name), exclude, mode)
        }

    return ignored


def _searched_though_excluded(relative: str, path: str, exclude: Sequence[str], mode: IgnoreMode) -> bool:
    """An excluded folder that a DOCKER `!` pattern may reach into is searched (its files are checked one
    by one, as Docker does) rather than skipped."""
    return mode is IgnoreMode.DOCKER and os.path.isdir(path) and docker_may_include_below(relative, exclude)


def as_bundling_options(value: BundlingOptions | Mapping[str, Any] | None) -> BundlingOptions | None:
    """BundlingOptions from the struct or a dict of its keywords (the converter of `bundling=` props)."""
    if isinstance(value, Mapping):
        from .bundling import to_bundling_options  # deferred: bundling loads subprocess and tempfile

        return to_bundling_options(value)
    return value


def fingerprint(
    file_or_directory: str,
    *,
    exclude: Sequence[str] = (),
    extra_hash: str = "",
    follow: SymlinkFollowMode = SymlinkFollowMode.EXTERNAL,
    ignore_mode: IgnoreMode = IgnoreMode.GLOB,
) -> str:
    """The asset hash of a file or directory: relative paths and contents, in sorted order.

    Exclude patterns are matched against paths relative to the root as `is_excluded` reads them in
    `ignore_mode`; a pattern starting with `!` includes again what an earlier pattern excluded (the last
    matching pattern wins).
    """
    digest = sha256()
    _hash_field(digest, "options.extra", extra_hash.encode("utf-8"))
    _hash_field(digest, "options.follow", follow.value.encode("utf-8"))
    if ignore_mode is not IgnoreMode.GLOB:
        _hash_field(digest, "options.ignoreMode", ignore_mode.value.encode("utf-8"))
    root = os.path.realpath(file_or_directory)
    root_directory = root if os.path.isdir(root) else os.path.dirname(root)

    def process(symbolic: str, real: str, is_root: bool) -> None:
        # path.relative() of the root to itself is "" in Node, where Python says ".".
        relative = "" if symbolic == root else os.path.relpath(symbolic, root).replace(os.sep, "/")
        is_link = os.path.islink(real)
        if is_link:
            target = os.readlink(real)
            resolved = os.path.realpath(os.path.join(os.path.dirname(real), target))
            external = not resolved.startswith(root_directory + os.sep) and resolved != root_directory
            # As aws-cdk-lib: a link is followed only to a target that exists (a dangling one is hashed
            # as a link); BLOCK_EXTERNAL follows the links that stay inside the root.
            is_followed = (
                follow is SymlinkFollowMode.ALWAYS
                or (follow is SymlinkFollowMode.EXTERNAL and external)
                or (follow is SymlinkFollowMode.BLOCK_EXTERNAL and not external)
            ) and os.path.exists(resolved)
        if (
            not is_root
            and exclude
            and is_excluded(
                relative,
                exclude,
                # A link that is not followed is matched as a file, even when it points at a folder.
                is_directory=ignore_mode is IgnoreMode.GIT
                and os.path.isdir(real)
                and (not is_link or is_followed),
                ignore_mode=ignore_mode,
            )
            and not _searched_though_excluded(relative, real, exclude, ignore_mode)
        ):
            return
        if is_link:
            if is_followed:
                process(symbolic, resolved, False)
            else:
                _hash_field(digest, f"link:{relative}", target.encode("utf-8"))
        elif os.path.isfile(real):
            _hash_field(digest, f"file:{relative}", content_fingerprint(real).encode("ascii"))
        elif os.path.isdir(real):
            for item in sorted(os.listdir(real)):
                process(os.path.join(symbolic, item), os.path.join(real, item), False)
        else:
            raise ValueError(f"cannot fingerprint {symbolic!r}: it is neither a file nor a directory")

    process(root, root, True)
    return digest.hexdigest()


def assembly_folder_inside(scope: IConstruct, source: str) -> list[str]:
    """The app's assembly folder as a pattern when it lies inside the asset's folder (an asset of the
    project's root), so that earlier runs' output is neither hashed nor copied. aws-cdk-lib copies it
    into itself until the path is too long; an asset that does not hold it is not affected."""
    outdir = getattr(scope.node.root, "outdir", None)
    if not isinstance(outdir, str) or not os.path.isdir(source):
        return []
    if not is_inside(outdir, source):
        return []
    return [os.path.relpath(os.path.realpath(outdir), os.path.realpath(source)).replace(os.sep, "/")]


def is_inside(path: str, folder: str) -> bool:
    """Whether `path` lies strictly inside `folder` (links resolved)."""
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path != folder and os.path.commonpath([path, folder]) == folder

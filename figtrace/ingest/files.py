"""Read one input file and its sidecar: bytes -> Extraction + SourceInfo, or one clear InputError.

A sidecar is a JSON file next to the input (``<name>.json`` or ``<stem>.json``)
saying what the input is: ``symbols``, ``language``, ``origin``, ``sha256`` and
optionally ``source_uri``.  When it gives a sha256, the bytes must match it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from figtrace.errors import InputError
from figtrace.records import Extraction, SourceInfo

TEXT_SUFFIXES = {".txt", ".text", ".md"}
INPUT_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".html", ".htm"}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of ``path``, if there is one."""
    for candidate in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> dict:
    """The sidecar's fields, or {} when there is none."""
    side = sidecar_path(path)
    if side is None:
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"sidecar {side.name} is not valid JSON ({exc})", path=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError(f"sidecar {side.name} must hold a JSON object", path=str(path))
    return data


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError saying why they cannot be had."""
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if not path.is_file():
        raise InputError("not a file", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from exc
    if not data.strip():
        raise InputError("file is empty", path=str(path))
    return data


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 text without BOM; binary or other encodings are refused with the offending offset."""
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(f"binary file (NUL byte at offset {nul}), expected UTF-8 text or PDF", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", path=path
        ) from exc
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def extract(data: bytes, path: str) -> Extraction:
    """Bytes -> Extraction, by content: PDF, HTML or plain UTF-8 text."""
    if data.startswith(b"%PDF"):
        from figtrace.ingest.pdf import extract_pdf

        return extract_pdf(data, path)
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        from figtrace.ingest.html import extract_html

        return extract_html(data, path)
    return Extraction(decode_text(data, path), "text")


def read_source(path: str | Path) -> tuple[Extraction, SourceInfo]:
    """Read an input file and its sidecar."""
    p = Path(path)
    data = read_bytes(p)
    digest = sha256_hex(data)
    side = read_sidecar(p)
    expected = side.get("sha256")
    if expected and expected != digest:
        raise InputError(f"sha256 mismatch: sidecar says {expected[:12]}…, file is {digest[:12]}…", path=str(p))
    extraction = extract(data, str(p))
    info = SourceInfo(
        path=str(p),
        source_uri=side.get("source_uri") or side.get("url") or p.resolve().as_uri(),
        raw_sha256=digest,
        symbols=tuple(side.get("symbols") or ()),
        language=side.get("language"),
        origin=side.get("origin"),
    )
    return extraction, info


def discover_inputs(paths: list[Path]) -> list[Path]:
    """Input files under the given paths (directories searched recursively), sorted; sidecars skipped."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES and not f.name.startswith(".")
            )
        else:
            found.append(p)
    return found


def unique_by_content(paths: list[Path]) -> list[Path]:
    """Drop inputs whose bytes repeat an earlier input's (a fetched copy of a bundled file)."""
    seen: set[str] = set()
    unique: list[Path] = []
    for p in paths:
        try:
            digest = sha256_hex(p.read_bytes())
        except OSError:
            unique.append(p)  # unreadable: let read_source report it
            continue
        if digest not in seen:
            seen.add(digest)
            unique.append(p)
    return unique

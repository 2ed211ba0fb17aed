"""Read one input file and its sidecar: bytes -> Extraction + SourceInfo, or one clear InputError.

A sidecar is a JSON file next to the input (``<name>.json`` or ``<stem>.json``)
saying what the input is: ``symbols``, ``language``, ``origin``, ``sha256`` and
optionally ``source_uri``.  When it gives a sha256, the bytes must match it.
Each field read is checked for its type and shape (``{"sha256": 123}`` or
``{"symbols": "A/1"}`` is one clear error for that input, never a traceback);
other fields are left alone.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from figtrace.errors import InputError
from figtrace.ingest.netpolicy import redact_url
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
    """The sidecar's fields, checked (see ``sidecar_fields``), or {} when there is none."""
    side = sidecar_path(path)
    if side is None:
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:160]
        raise InputError(f"sidecar {side.name} is not valid JSON ({reason})", path=str(path)) from None
    if not isinstance(data, dict):
        raise InputError(f"sidecar {side.name} must hold a JSON object", path=str(path))
    return sidecar_fields(data, side.name, str(path))


_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}")
MAX_FIELD = 2000


def _text_field(data: dict, name: str, where: str, path: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_FIELD or "\x00" in value:
        raise InputError(f"sidecar {where}: {name} must be a non-empty string, got {_shown(value)}", path=path)
    return value.strip()


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, float) or value == value else "NaN"
    return text if len(text) <= 40 else text[:37] + "..."


def sidecar_fields(data: dict, where: str, path: str) -> dict:
    """The sidecar fields figtrace reads, checked: InputError names the first that is malformed.

    >>> sidecar_fields({"symbols": ["A/75/709"], "language": "ZH"}, "x.json", "x.txt")["language"]
    'zh'
    """
    out = dict(data)
    for name in ("origin", "source_uri", "url", "retrieved_at"):
        out[name] = _text_field(data, name, where, path)
    for name in ("source_uri", "url"):
        if out[name] is not None:
            out[name] = redact_url(out[name])  # a password never reaches a table
    sha = _text_field(data, "sha256", where, path)
    if sha is not None and not _SHA256_RE.fullmatch(sha.lower()):
        raise InputError(f"sidecar {where}: sha256 must be 64 hex digits, got {_shown(data['sha256'])}", path=path)
    out["sha256"] = sha.lower() if sha else None
    lang = _text_field(data, "language", where, path)
    if lang is not None and not _LANGUAGE_RE.fullmatch(lang.lower()):
        raise InputError(f"sidecar {where}: language must be a code such as zh or en, got {_shown(data['language'])}", path=path)
    out["language"] = lang.lower() if lang else None
    symbols = data.get("symbols")
    if symbols is not None:
        ok = isinstance(symbols, list) and len(symbols) <= 50 and all(
            isinstance(x, str) and x.strip() and len(x) <= 200 and x.isprintable() for x in symbols)
        if not ok:
            raise InputError(f"sidecar {where}: symbols must be a list of UN symbols such as [\"A/75/709\"], "
                             f"got {_shown(symbols)}", path=path)
        symbols = [x.strip() for x in symbols]
    out["symbols"] = symbols
    return out


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
        source_uri=side.get("source_uri") or side.get("url") or _file_uri(p),
        raw_sha256=digest,
        symbols=tuple(side.get("symbols") or ()),
        language=side.get("language"),
        origin=side.get("origin"),
    )
    return extraction, info


def _file_uri(path: Path) -> str:
    try:
        return path.resolve().as_uri()
    except (OSError, ValueError):
        return str(path)


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

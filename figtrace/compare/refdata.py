"""Reference figures from a file: figtrace's documented schema, or UCDP GED's event CSV as published.

The documented schema (CSV with a header row, or Parquet), one row per reference figure:
``reference_id``, ``source``, ``category`` (a claims category: ``killed``, ``displaced`` ...),
``place`` (as written, any language), ``date_start``, ``date_end`` (ISO dates, inclusive),
``value_low``, ``value_best``, ``value_high`` (at least one), ``url``; optional ``subject``.

UCDP GED (Georeferenced Event Dataset; Sundberg and Melander 2013, codebook at
https://ucdp.uu.se/downloads/) is read through an adapter: each event gives one ``killed``
figure (``low``, ``best``, ``high``) over ``date_start`` .. ``date_end`` (the first ten characters:
GED writes ``1992-02-26 00:00:00.000``), placed at ``where_coordinates``, ``adm_2``, ``adm_1`` and
``country`` (a match at any of them counts); where ``deaths_civilians`` is given, a second figure,
``subject`` civilians, with that best estimate.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from figtrace.errors import InputError

COLUMNS = ("reference_id", "source", "category", "place", "date_start", "date_end",
           "value_low", "value_best", "value_high", "url")
REQUIRED = ("reference_id", "source", "category", "date_start", "date_end")  # and one value column
UCDP_COLUMNS = ("id", "best", "low", "high", "date_start", "date_end", "country")
UCDP_PLACES = ("where_coordinates", "adm_2", "adm_1", "country")


@dataclass(frozen=True, slots=True)
class ReferenceFigure:
    """One figure of reference data; ``places`` are every name it may be matched at, most precise first."""

    reference_id: str
    source: str
    category: str
    place: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    value_low: float | None
    value_best: float | None
    value_high: float | None
    url: str | None = None
    subject: str | None = None
    places: tuple[str, ...] = ()
    description: str | None = None  # what a report quotes for it (GED: where_description)

    @property
    def kind(self) -> str:
        return "count"


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value, column: str, where: str) -> float | None:
    if _blank(value):
        return None
    try:
        return float(str(value).replace(",", "").strip()) if not isinstance(value, (int, float)) else float(value)
    except ValueError:
        raise InputError(f"{where}: {column} is not a number: {value!r}") from None


def _date(value, column: str, where: str) -> dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{where}: {column} is not an ISO date: {value!r}") from None


def _text(value) -> str | None:
    return None if _blank(value) else str(value).strip()


def documented_row(row: dict, where: str) -> ReferenceFigure:
    """A row of the documented schema; InputError names the row and column of a bad cell."""
    values = [_number(row.get(c), c, where) for c in ("value_low", "value_best", "value_high")]
    if all(v is None for v in values):
        raise InputError(f"{where}: no value_low, value_best or value_high")
    place = _text(row.get("place"))
    return ReferenceFigure(
        reference_id=_text(row.get("reference_id")) or where, source=_text(row.get("source")) or "reference",
        category=(_text(row.get("category")) or "killed").lower(), place=place,
        date_start=_date(row.get("date_start"), "date_start", where), date_end=_date(row.get("date_end"), "date_end", where),
        value_low=values[0], value_best=values[1], value_high=values[2], url=_text(row.get("url")),
        subject=_text(row.get("subject")), places=(place,) if place else (), description=_text(row.get("description")),
    )


def ucdp_rows(row: dict, where: str) -> list[ReferenceFigure]:
    """The figures of one GED event: total deaths, and civilian deaths where GED gives them."""
    event = _text(row.get("id")) or where
    places = tuple(dict.fromkeys(p for p in (_text(row.get(c)) for c in UCDP_PLACES) if p))
    start = _date(row.get("date_start"), "date_start", where)
    end = _date(row.get("date_end"), "date_end", where) or start
    common = dict(source="UCDP GED", category="killed", place=places[0] if places else None, date_start=start,
                  date_end=end, url=None, places=places, description=_text(row.get("where_description")))
    out = [ReferenceFigure(
        reference_id=f"ucdp-ged:{event}", value_low=_number(row.get("low"), "low", where),
        value_best=_number(row.get("best"), "best", where), value_high=_number(row.get("high"), "high", where), **common)]
    civilians = _number(row.get("deaths_civilians"), "deaths_civilians", where)
    if civilians:
        out.append(ReferenceFigure(reference_id=f"ucdp-ged:{event}:civilians", value_low=None, value_best=civilians,
                                   value_high=None, subject="civilians", **common))
    return out


def _records(path: Path) -> list[dict]:
    """The rows of a CSV (UTF-8, BOM allowed) or Parquet file as dicts."""
    if path.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        try:
            return pq.read_table(path).to_pylist()
        except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
            raise InputError(f"not a readable Parquet file ({exc})", path=str(path)) from exc
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read as UTF-8 CSV ({exc})", path=str(path)) from exc
    return list(csv.DictReader(io.StringIO(text)))


def read_reference(path: str | Path) -> list[ReferenceFigure]:
    """Every reference figure in ``path``: the documented schema, or GED's event CSV (by its columns)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such reference file", path=str(path))
    rows = _records(path)
    columns = set(rows[0]) if rows else set()
    name = path.name
    if set(REQUIRED) <= columns and columns & {"value_low", "value_best", "value_high"}:
        return [documented_row(r, f"{name} row {i}") for i, r in enumerate(rows, 2)]
    if set(UCDP_COLUMNS) <= columns:
        return [f for i, r in enumerate(rows, 2) for f in ucdp_rows(r, f"{name} row {i}")]
    if not rows:
        return []
    missing = ", ".join(c for c in REQUIRED if c not in columns) or "a value column"
    raise InputError(f"neither the reference schema (missing {missing}) nor UCDP GED's event columns", path=str(path))

"""The README data dictionary, generated from the models.

``python -m schemas.docs [README.md]`` rewrites the block between
``<!-- data-dictionary:start -->`` and ``<!-- data-dictionary:end -->`` in place
(creating a placeholder README holding only that block if the file is missing).
"""
from __future__ import annotations

import inspect
from pathlib import Path

from .arrow import QUARANTINE_COLUMNS
from .tables import SCHEMA_VERSION, TABLES, allowed_values, column_kind, key_columns, schema

# column kind -> (Arrow type, pandas dtype from read_parquet, polars dtype, DuckDB type); tests/test_readback.py checks it
READER_TYPES = {
    "string": ("string", "str", "String", "VARCHAR"),
    "int64": ("int64", "int64 (Int64 when nullable)", "Int64", "BIGINT"),
    "float64": ("double", "float64 (null is NaN)", "Float64", "DOUBLE"),
    "bool": ("bool", "bool", "Boolean", "BOOLEAN"),
    "date": ("date32", "object of datetime.date", "Date", "DATE"),
    "timestamp": ("timestamp[us, UTC]", "datetime64[us, UTC]", "Datetime(time_unit='us', time_zone='UTC')",
                  "TIMESTAMP WITH TIME ZONE"),
    "list<string>": ("list<string>", "object of numpy arrays", "List(String)", "VARCHAR[]"),
    "list<int64>": ("list<int64>", "object of numpy arrays", "List(Int64)", "BIGINT[]"),
}

START = "<!-- data-dictionary:start -->"
END = "<!-- data-dictionary:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _description(col) -> str:
    text = col.description or ""
    allowed = allowed_values(col)
    if allowed:
        text += " One of: " + ", ".join(f"`{v}`" for v in allowed) + "."
    return _cell(text)


def table_markdown(table: str) -> str:
    """One table's section: purpose, key, and a row per column (name, Arrow type, nullable, description)."""
    doc = inspect.getdoc(TABLES[table]) or ""
    keys = ", ".join(f"`{k}`" for k in key_columns(table))
    checks = ", ".join(f"`{c.name}`" for c in schema(table).checks)
    rules = f" Row checks besides the column rules: {checks}." if checks else ""
    lines = [f"### `{table}`", "", doc, "", f"Key: {keys} (unique).{rules}", "",
             "| column | type | nullable | description |", "|---|---|---|---|"]
    for name, col in schema(table).columns.items():
        lines.append(f"| `{name}` | `{READER_TYPES[column_kind(col)][0]}` | {'yes' if col.nullable else 'no'} | {_description(col)} |")
    return "\n".join(lines)


def types_markdown() -> str:
    """How each stored type reads back in pandas, polars and DuckDB."""
    lines = ["| Arrow type | pandas `read_parquet` | polars | DuckDB |", "|---|---|---|---|"]
    lines += [f"| `{a}` | {pd_} | `{pl_}` | `{db}` |" for a, pd_, pl_, db in READER_TYPES.values()]
    return "\n".join(lines)


def data_dictionary_markdown() -> str:
    """The data dictionary: one section per table, generated from the pandera models."""
    quarantine = "\n".join(f"- `{n}`: {d}" for n, d in QUARANTINE_COLUMNS.items())
    head = [
        f"Schema version {SCHEMA_VERSION}. Generated from `schemas/` by `python -m schemas.docs`; "
        "do not edit by hand. Types are the Arrow types stored in the Parquet files; they read back as:",
        types_markdown(),
        "Rows that fail validation go to `quarantine/<table>/` with the same columns (all nullable; a cell "
        "that cannot hold its type is null there and quoted in `failed_check`) plus:\n" + quarantine,
    ]
    return "\n\n".join([*head, *(table_markdown(t) for t in TABLES)]) + "\n"


def rewrite_readme(path: Path) -> bool:
    """Replace the data-dictionary block of ``path``; True when the file changed."""
    block = f"{START}\n{data_dictionary_markdown()}{END}"
    if not path.exists():
        path.write_text(block + "\n", encoding="utf-8")
        return True
    text = path.read_text(encoding="utf-8")
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{path}: markers {START} ... {END} not found")
    new = text[:start] + block + text[end + len(END):]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def readme_block(text: str) -> str | None:
    """The generated part between the markers of a README text, or None."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return None
    return text[start + len(START):end].strip("\n") + "\n"


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m schemas.docs", description=__doc__.splitlines()[0])
    parser.add_argument("readme", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent / "README.md",
                        help="the README whose data-dictionary block to rewrite (default: the project's)")
    target = parser.parse_args(argv).readme
    print(f"{target}: {'updated' if rewrite_readme(target) else 'up to date'}")


if __name__ == "__main__":
    main()

"""``figtrace``: the command line.  Parses arguments, calls flows, translates errors.

    figtrace run [PATH|URL ...] [--out DIR] [--reference-year YEAR] [--language CODE] [--allow-address ADDR] [--time-limit S]
    figtrace fetch URL [URL ...] | --symbol A/75/709 --lang zh [--allow-address ADDR]
    figtrace serve --cron "0 6 * * *"     (needs a Prefect server, see README)
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from .env import configure_prefect_env

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="figtrace", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process letters into Parquet tables")
    run.add_argument("inputs", nargs="*", help="files, folders or http(s) URLs (default: data/raw/)")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")
    run.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw store for fetched URLs (default: data/raw)")
    run.add_argument("--reference-year", type=int, default=None, metavar="YEAR", help="year for dates that give none, when the text has no context")
    run.add_argument("--language", type=language_code, default=None, metavar="CODE",
                     help="language of inputs whose sidecar gives none (default: guessed from the script)")
    run.add_argument("--allow-address", action="append", default=[], type=ip_network, metavar="ADDR",
                     help="a non-public address or network that may be fetched anyway, e.g. a local mirror (repeatable)")
    run.add_argument("--time-limit", type=positive_seconds, default=None, metavar="SECONDS",
                     help="wall time allowed for one input before its worker is stopped (default: 300)")
    run.add_argument("--workers", type=positive_int, default=None, metavar="N",
                     help="documents processed at once, each in a worker process (default: the cores)")
    run.add_argument("--force", action="store_true",
                     help="process every input again, also those unchanged since the last run (same bytes, code, settings)")

    fetch = sub.add_parser("fetch", help="download documents into the raw store")
    fetch.add_argument("urls", nargs="*", help="http(s) URLs")
    fetch.add_argument("--symbol", action="append", default=[], help="UN document symbol, e.g. A/75/709 (repeatable)")
    fetch.add_argument("--lang", type=language_code, default="zh", help="language of --symbol documents (default: zh)")
    fetch.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw store (default: data/raw)")
    fetch.add_argument("--url-template", default=None, help="URL template with {symbol} and {lang}")
    fetch.add_argument("--allow-address", action="append", default=[], type=ip_network, metavar="ADDR",
                       help="a non-public address or network that may be fetched anyway (repeatable)")

    serve = sub.add_parser("serve", help="run on a schedule against a Prefect server")
    serve.add_argument("--cron", type=cron_schedule, required=True, help='cron schedule, e.g. "0 6 * * *"')
    serve.add_argument("inputs", nargs="*", help="as for run (default: data/raw/)")
    serve.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser


def language_code(value: str) -> str:
    """``value`` as a lower-case ISO 639 code (``ZH`` -> ``zh``); argparse refuses anything else."""
    code = value.strip().lower()
    if not (code.isascii() and code.isalpha() and 2 <= len(code) <= 3):
        raise argparse.ArgumentTypeError(f"not a language code such as zh or en: {value!r}")
    return code


def ip_network(value: str) -> str:
    """``value`` when it is an IP address or network (``127.0.0.1``, ``10.0.0.0/8``); argparse refuses anything else."""
    import ipaddress

    try:
        return str(ipaddress.ip_network(value.strip(), strict=False))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an IP address or network such as 127.0.0.1 or 10.0.0.0/8: {value!r}") from None


def positive_seconds(value: str) -> float:
    """``value`` as a positive number of seconds; argparse refuses anything else."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return seconds


def positive_int(value: str) -> int:
    """``value`` as a whole number of at least 1; argparse refuses anything else."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return number


def cron_schedule(value: str) -> str:
    """``value`` when Prefect accepts it as a cron schedule; argparse refuses it otherwise."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=value)
    except ValueError:  # pydantic's ValidationError, whose text runs over several lines
        raise argparse.ArgumentTypeError(f'not a cron schedule such as "0 6 * * *": {value!r}') from None
    return value


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def resolve_inputs(items: list[str]) -> list[str]:
    """Expand folders into their input files; fail fast on a path that does not exist."""
    from figtrace.errors import InputError
    from figtrace.ingest.files import discover_inputs, unique_by_content

    items = items or [str(DEFAULT_RAW)]
    resolved: list[str] = []
    for item in items:
        if _is_url(item):
            resolved.append(item)
            continue
        path = Path(item)
        if not path.exists():
            raise InputError("no such file or folder", path=item)
        found = discover_inputs([path])
        if path.is_dir() and not found:
            raise InputError("folder holds no input files (.txt, .pdf, .html)", path=item)
        resolved.extend(str(p) for p in unique_by_content(found))
    return resolved


def print_summary(result: dict) -> None:
    t = result["totals"]
    print(
        f"figtrace run {result['run_id']}: {t.get('documents', 0)} document(s), "
        f"{t.get('pages', 0)} pages, {t.get('paragraphs', 0)} paragraphs, "
        f"{t.get('footnotes', 0)} footnotes, {t.get('claims', 0)} claims, {t.get('flags', 0)} flags "
        f"({t.get('checks_passed', 0)} checks passed)"
    )
    for rule, n in sorted(t.get("flag_rules", {}).items()):
        print(f"  {rule}: {n}")
    quarantined = {k: v for k, v in t.items() if k.startswith("quarantined_")}
    if quarantined:
        print("  quarantined rows: " + ", ".join(f"{k[12:]} {v}" for k, v in quarantined.items()))
    for doc in result["documents"]:
        for note in doc.get("notes", ()):
            print(f"  note: {doc['path']}: {note}")
    if result.get("skipped"):
        print(f"  skipped {len(result['skipped'])} unchanged input(s) (same bytes, code version and settings; --force to redo)")
    for note in result.get("notes", ()):
        print(f"  note: {note}")
    if result["report"]:
        print(f"tables: {result['out_dir']}/<table>/*.parquet   report: {result['report']}")
    for err in result["errors"]:
        print(f"error: {err['error']}", file=sys.stderr)


def cmd_run(args) -> int:
    inputs = resolve_inputs(args.inputs)
    from figtrace.settings import Settings

    from .run import flow_with_workers

    settings = Settings(reference_year=args.reference_year, language=args.language,
                        fetch_allowed_addresses=tuple(args.allow_address))
    if args.time_limit is not None:
        settings = settings.replace(doc_time_limit_s=args.time_limit)
    from .server import temporary_server

    with temporary_server():
        result = flow_with_workers(args.workers)(inputs, str(args.out), str(args.raw), settings,
                                                 progress=len(inputs) > 1, workers=args.workers, force=args.force)
    print_summary(result)
    return 0 if result["status"] == "ok" else 1


def _redacted(url: str) -> str:
    from figtrace.ingest.netpolicy import redact_url

    return redact_url(url)


def cmd_fetch(args) -> int:
    from figtrace.ingest import fetch
    from figtrace.settings import Settings

    settings = Settings(fetch_allowed_addresses=tuple(args.allow_address))
    if args.url_template:
        settings = settings.replace(un_url_template=args.url_template)
    if not args.urls and not args.symbol:
        print("figtrace fetch: give a URL or --symbol", file=sys.stderr)
        return 2
    results = [fetch.fetch_to_store(url, args.raw, settings) for url in args.urls]
    results += [fetch.fetch_symbol(s, args.lang, args.raw, settings) for s in args.symbol]
    for res in results:
        print(f"{res.status}: {_redacted(res.url)} -> {res.path} (sha256 {res.sha256[:12]}…)")
    return 0


def cmd_serve(args) -> int:
    from .server import server_problem

    resolve_inputs(args.inputs)  # refuse a missing path now, not at 6 in the morning
    inputs = [i if _is_url(i) else str(Path(i).resolve()) for i in (args.inputs or [str(DEFAULT_RAW)])]
    problem = server_problem()
    if problem:
        print(f"figtrace serve: {problem}", file=sys.stderr)
        return 2
    from .run import run_flow

    run_flow.serve(name="figtrace-scheduled", cron=args.cron, parameters={"inputs": inputs, "out_dir": str(args.out.resolve())})
    return 0


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the main thread is, so that a run stops as on Ctrl-C: its workers killed,
    its runs row written (``interrupted``), its temporary Prefect server stopped (Prefect's atexit)."""


def _terminate(signum, frame) -> None:
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    configure_prefect_env()
    args = build_parser().parse_args(argv)
    from figtrace.errors import FigtraceError

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return {"run": cmd_run, "fetch": cmd_fetch, "serve": cmd_serve}[args.command](args)
    except FigtraceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print("figtrace: stopped by " + ("SIGTERM" if isinstance(exc, Terminated) else "SIGINT"), file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())

"""``figtrace``: the command line.  Parses arguments, calls flows, translates errors.

    figtrace run [PATH|URL ...] [--out DIR] [--reference-year YEAR] [--language CODE] [--prune]
                 [--allow-address ADDR] [--time-limit S] [--workers N] [--dask-address tcp://HOST:PORT]
    figtrace fetch URL [URL ...] | --symbol A/75/709 --lang zh [--allow-address ADDR]
    figtrace compare [--out DIR] [--reference FILE ...]
    figtrace review FLAG_ID --status confirmed|dismissed|needs-source --note TEXT
    figtrace diff RUN_A RUN_B
    figtrace sql "SELECT ..."
    figtrace serve --cron "0 6 * * *"     (needs a running Prefect server and PREFECT_API_URL)
"""
from __future__ import annotations

import argparse
import gc
import signal
import sys
import threading
from pathlib import Path

from figtrace.ingest.netpolicy import is_url

from .env import configure_prefect_env

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figtrace", description="Figures (counts, dates, durations) out of UN letters, into Parquet tables "
        "with bounds, footnotes and flags; a report.html to read them.", epilog="See README.md for the tables and examples.")
    parser.add_argument("--version", action="version", version=f"figtrace {_code_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process letters into Parquet tables",
                         description="Read every letter given (files, folders, URLs) and write its tables, report.md, "
                         "report.html, datapackage.json and figtrace.duckdb under --out.")
    run.add_argument("inputs", nargs="*", help="files, folders or http(s) URLs (default: data/raw/)")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")
    run.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw store for fetched URLs (default: data/raw)")
    run.add_argument("--reference-year", type=int, default=None, metavar="YEAR", help="year for dates that give none, when the text has no context")
    run.add_argument("--language", type=language_code, default=None, metavar="CODE",
                     help="language of inputs whose sidecar gives none (default: guessed from the script)")
    run.add_argument("--prune", action="store_true",
                     help="remove documents this run did not write from the output folder (default: keep them)")
    run.add_argument("--openlineage-url", default=None, metavar="URL",
                     help="also send OpenLineage run events to this endpoint (always written to OUT/lineage/)")
    run.add_argument("--allow-address", action="append", default=[], type=ip_network, metavar="ADDR",
                     help="a non-public address or network that may be fetched anyway, e.g. a local mirror (repeatable)")
    run.add_argument("--time-limit", type=positive_seconds, default=None, metavar="SECONDS",
                     help="wall time allowed for one input before its worker is stopped (default: 300)")
    run.add_argument("--workers", type=positive_int, default=None, metavar="N",
                     help="documents processed at once, each in a worker process (default: the cores)")
    run.add_argument("--dask-address", default=None, metavar="tcp://HOST:PORT",
                     help="process the documents on the Dask cluster whose scheduler is there (workers started with "
                     "--no-nanny, the inputs and --out on a folder shared at the same path; see README)")
    run.add_argument("--force", action="store_true",
                     help="process every input again, also those unchanged since the last run (same bytes, code, settings)")
    run.add_argument("--always-flow", action="store_true",
                     help="start a Prefect flow run even when every input is unchanged (default: such a run is "
                     "recorded in the runs table and lineage without starting Prefect)")

    fetch = sub.add_parser("fetch", help="download documents into the raw store")
    fetch.add_argument("urls", nargs="*", help="http(s) URLs")
    fetch.add_argument("--symbol", action="append", default=[], help="UN document symbol, e.g. A/75/709 (repeatable)")
    fetch.add_argument("--lang", type=language_code, default="zh", help="language of --symbol documents (default: zh)")
    fetch.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw store (default: data/raw)")
    fetch.add_argument("--url-template", default=None, help="URL template with {symbol} and {lang}")
    fetch.add_argument("--allow-address", action="append", default=[], type=ip_network, metavar="ADDR",
                       help="a non-public address or network that may be fetched anyway (repeatable)")

    compare = sub.add_parser("compare", help="compare the figures of the output folder: versions, letters, reference data")
    compare.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")
    compare.add_argument("--reference", action="extend", nargs="+", default=None, metavar="FILE",
                         help="reference figures: CSV or Parquet in the documented schema, or UCDP GED's event CSV "
                              "(default: the files the last comparison used)")
    compare.add_argument("--no-reference", action="store_true", help="compare with no reference data")


    review = sub.add_parser("review", help="record a reviewer's decision on a flag",
                            description="Record (or, without --status, show) a decision on a flag. Decisions are kept in "
                            "OUT/reviews/ across reruns; a flag whose evidence changes reopens.")
    review.add_argument("flag_id", metavar="FLAG_ID", help="the flag's id (flags.flag_id; a unique prefix will do)")
    review.add_argument("--status", choices=REVIEW_STATUSES, default=None, help="the decision")
    review.add_argument("--note", default="", metavar="TEXT", help="why (shown in report.html)")
    review.add_argument("--reviewer", default=None, help="who decides (default: $FIGTRACE_REVIEWER, else your login)")
    review.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")

    diff = sub.add_parser("diff", help="what changed between two runs",
                          description="Figures, flags and comparisons added, removed and changed between two runs of "
                          "one output folder (run ids, a unique prefix, 'latest', 'previous') or two output folders.")
    diff.add_argument("run_a", metavar="RUN_A")
    diff.add_argument("run_b", metavar="RUN_B")
    diff.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")
    diff.add_argument("--to", type=Path, default=None, metavar="FILE", help="Parquet file for the differences (default: OUT/diffs/A__B.parquet)")
    diff.add_argument("--limit", type=int, default=40, help="differences listed on the terminal (default: 40)")

    sql = sub.add_parser("sql", help="query the tables with DuckDB",
                         description="Run a DuckDB query over the output folder's views (one per table, plus "
                         "claim_sources and flag_context); without a query, list the views and their columns.")
    sql.add_argument("query", nargs="?", default=None)
    sql.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")

    serve = sub.add_parser("serve", help="run on a schedule (needs a running Prefect server and PREFECT_API_URL)",
                           description="Register figtrace-run with a cron schedule on a running Prefect server and keep "
                           "serving it. Start the server first (prefect server start) and point PREFECT_API_URL at it, "
                           "e.g. http://127.0.0.1:4200/api; the temporary server of `figtrace run` cannot schedule.")
    serve.add_argument("--cron", type=cron_schedule, required=True, help='cron schedule, e.g. "0 6 * * *"')
    serve.add_argument("inputs", nargs="*", help="as for run (default: data/raw/)")
    serve.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/processed)")
    serve.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw store for fetched URLs (default: data/raw)")
    serve.add_argument("--workers", type=positive_int, default=None, metavar="N",
                       help="documents processed at once in each scheduled run (default: the cores)")
    serve.add_argument("--dask-address", default=None, metavar="tcp://HOST:PORT",
                       help="process each scheduled run's documents on the Dask cluster whose scheduler is there "
                       "(checked now, as for run)")
    return parser


REVIEW_STATUSES = ("confirmed", "dismissed", "needs-source")  # schemas.vocab.REVIEW_STATUSES (not imported: argparse stays light)


def _code_version() -> str:
    from figtrace.run.version import code_version

    return code_version()


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


def resolve_inputs(items: list[str]) -> list[str]:
    """Expand folders into their input files; fail fast on a path that does not exist."""
    from figtrace.errors import InputError
    from figtrace.ingest.files import discover_inputs, unique_by_content

    items = items or [str(DEFAULT_RAW)]
    resolved: list[str] = []
    for item in items:
        if is_url(item):
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
    if result.get("pruned"):
        print(f"  pruned: {len(result['pruned'])} file(s) of documents this run did not write")
    if result.get("analyst_files"):
        print("  also: " + "   ".join(result["analyst_files"].values()))
    if result.get("comparisons"):
        print_comparisons(result["comparisons"])
    if result.get("skipped"):
        print(f"  skipped {len(result['skipped'])} unchanged input(s) (same bytes, code version and settings; --force to redo)")
    for note in result.get("notes", ()):
        print(f"  note: {note}")
    if result["report"]:
        print(f"tables: {result['out_dir']}/<table>/*.parquet   report: {result['report']}")
    for err in result["errors"]:
        print(f"error: {err['error']}", file=sys.stderr)


def print_comparisons(summary: dict) -> None:
    """One line of comparison counts, one per flag rule, and where the table and report are."""
    if "error" in summary:
        print(f"  comparisons failed: {summary['error']}", file=sys.stderr)
        return
    by = ", ".join(f"{k} {v}" for k, v in summary["by_basis"].items()) or "nothing to compare"
    print(f"comparisons: {summary['comparisons']} ({by})")
    for rule, n in summary["flag_rules"].items():
        print(f"  {rule}: {n}")
    if summary["references"]:
        print(f"  reference figures: {summary['reference_figures']} from {', '.join(summary['references'])}")
    print(f"comparisons table: {summary['table']}   report: {summary['report']}")


def cmd_run(args) -> int:
    """The run flow, under a temporary Prefect server started first: its start-up (about 3.5 s) overlaps
    the imports of Prefect and the pipeline, and the forkserver of the worker processes loads its
    modules meanwhile too (``flows.server``, ``figtrace.run.worker``)."""
    inputs = resolve_inputs(args.inputs)
    from figtrace.settings import Settings

    settings = Settings(reference_year=args.reference_year, language=args.language,
                        openlineage_url=args.openlineage_url, fetch_allowed_addresses=tuple(args.allow_address))
    if args.time_limit is not None:
        settings = settings.replace(doc_time_limit_s=args.time_limit)
    workers = args.workers
    if not (args.force or args.prune or args.always_flow or args.dask_address):
        from .inputs import default_workers
        from .unchanged import record_if_unchanged

        result = record_if_unchanged(inputs, str(args.out), str(args.raw), settings, workers or default_workers())
        if result is not None:
            print_summary(result)
            print("  nothing to process: recorded without a Prefect flow run (--always-flow to start one)")
            return 0
    if args.dask_address:
        inputs, cluster = _on_dask(args, inputs)
        workers = workers or cluster.threads
    from .server import temporary_server

    with temporary_server() as server:
        if not args.dask_address:  # on Dask the workers are the cluster's processes
            from figtrace.run import worker

            worker.preload("flows.preload")  # as flows.steps does, named before importing it (that takes a second)
            worker.warm_up()
        from .run import flow_with_workers

        server.wait_ready()
        result = flow_with_workers(workers, args.dask_address)(inputs, str(args.out), str(args.raw), settings,
                                                               progress=len(inputs) > 1, prune=args.prune,
                                                               workers=workers, force=args.force)
    print_summary(result)
    return 0 if result["status"] == "ok" else 1


def _on_dask(args, inputs: list[str]):
    """Inputs and folders as absolute paths (a Dask worker has a working folder of its own), and the
    cluster at ``--dask-address`` once checked (``flows.engine.check_cluster``: one line when it cannot serve)."""
    from prefect.settings import PREFECT_API_URL

    from .engine import check_cluster

    inputs = [i if is_url(i) else str(Path(i).resolve()) for i in inputs]
    args.out, args.raw = args.out.resolve(), args.raw.resolve()
    reads = {Path(i).parent for i in inputs if not is_url(i)}
    if any(is_url(i) for i in inputs):
        args.raw.mkdir(parents=True, exist_ok=True)  # fetched here, read there
        reads.add(args.raw)
    return inputs, check_cluster(args.dask_address, args.out, PREFECT_API_URL.value(), reads)


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


def cmd_review(args) -> int:
    from . import review

    if args.status:
        row = review.record_review(args.out, args.flag_id, args.status, args.note, args.reviewer)
        print(f"recorded: flag {row.flag_id} {row.status} by {row.reviewer}")
    print("\n".join(review.review_lines(args.out, args.flag_id)))
    return 0


def cmd_diff(args) -> int:
    from rich.console import Console

    from . import diff

    a, b = diff.resolve(args.out, args.run_a), diff.resolve(args.out, args.run_b)
    rows = diff.diff_runs(a, b)
    to = args.to or args.out / "diffs" / f"{a.name}__{b.name}.parquet"
    diff.write_diff(rows, to, a.name, b.name)
    console = Console(soft_wrap=False)
    for table in diff.render(rows, a.name, b.name, args.limit):
        console.print(table)
    print(f"{len(rows)} difference(s); Parquet: {to}")
    return 0


def cmd_sql(args) -> int:
    from figtrace.errors import InputError

    from .sqlviews import connect

    if not (args.out / "documents").is_dir():
        raise InputError("no tables here: run `figtrace run` first", path=str(args.out))
    con = connect(args.out)
    if args.query is None:
        for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall():
            cols = con.execute(f"SELECT column_name FROM (DESCRIBE {name})").fetchall()
            print(f"{name}: {', '.join(c for (c,) in cols)}")
        return 0
    import duckdb

    try:
        con.sql(args.query).show(max_width=200, max_rows=100)
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}", path=str(args.out)) from None
    return 0


def cmd_compare(args) -> int:
    """Compare without Prefect: read the output folder, write comparisons, flags, report and a runs row."""
    import datetime as dt

    from figtrace.run.runs import new_run_id

    from .compare import compare_outputs, compare_run_row, record_run

    if not args.out.is_dir():
        print(f"error: {args.out}: no such output folder (run figtrace run first)", file=sys.stderr)
        return 1
    references = [] if args.no_reference else args.reference
    started = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id(["compare", *(references or [])], {"out": str(args.out)}, started)
    summary = compare_outputs(args.out, run_id, references)
    record_run(args.out, compare_run_row(run_id, started, str(args.out), summary))
    print(f"figtrace compare {run_id}:")
    print_comparisons(summary)
    return 0


def cmd_serve(args) -> int:
    from .server import server_problem

    resolve_inputs(args.inputs)  # refuse a missing path now, not at 6 in the morning
    inputs = [i if is_url(i) else str(Path(i).resolve()) for i in (args.inputs or [str(DEFAULT_RAW)])]
    problem = server_problem()
    if problem:
        print(f"figtrace serve: {problem}", file=sys.stderr)
        return 2
    workers = args.workers
    if args.dask_address:  # the cluster as each scheduled run will find it: checked now, one line if it cannot serve
        inputs, cluster = _on_dask(args, inputs)
        workers = workers or cluster.threads
    from .run import flow_with_workers

    parameters = {"inputs": inputs, "out_dir": str(args.out.resolve()), "raw_dir": str(args.raw.resolve()),
                  "workers": workers}
    flow_with_workers(workers, args.dask_address).serve(name="figtrace-scheduled", cron=args.cron, parameters=parameters)
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
        commands = {"run": cmd_run, "fetch": cmd_fetch, "compare": cmd_compare, "review": cmd_review, "diff": cmd_diff,
                    "sql": cmd_sql, "serve": cmd_serve}
        return commands[args.command](args)
    except FigtraceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print("figtrace: stopped by " + ("SIGTERM" if isinstance(exc, Terminated) else "SIGINT"), file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def command() -> None:
    """The ``figtrace`` command: ``main``, then exit without the interpreter's last full garbage collection.

    ``gc.freeze`` moves every object left to a generation no collection visits: the modules a
    run imports (pandas, pandera, pydantic, Prefect) hold millions of objects, and the final
    collection over them took 0.8 s of every run's exit.  Nothing is lost: everything figtrace
    writes is closed and renamed into place before ``main`` returns.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    command()

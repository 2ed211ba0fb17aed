"""Every recorded setting changes something a user can see.

``runs.parameters`` records ``Settings.as_dict()``; a parameter that is recorded
but read by nothing makes the runs table lie.  Each test below changes one
setting and shows what changes with it: the document tables (language,
reference year) or what the fetcher does against a real HTTP server on
127.0.0.1 (``tests/httpserver.py``).  ``test_every_recorded_setting_has_an_effect``
fails when a field is added to ``Settings`` without such a test.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import time
from pathlib import Path

import pytest

from figtrace.errors import FetchError
from figtrace.ingest.fetch import fetch_symbol, fetch_to_store
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from tests.conftest import ROOT, SEED
from tests.httpserver import http_server  # noqa: F401  (fixture)

# Fast and strict: no retry unless a test asks for one, short timeouts.
FAST = Settings(fetch_timeout_s=2.0, fetch_retries=0, fetch_backoff_s=0.01, fetch_deadline_s=5.0,
                fetch_allowed_addresses=("127.0.0.1",))  # the test server

EFFECTS: dict[str, str] = {}  # setting -> the test that shows its effect


def shows_effect_of(field: str):
    """Register the decorated test as the one showing that ``field`` does something."""
    def register(fn):
        assert field not in EFFECTS, f"{field} registered twice"
        EFFECTS[field] = fn.__name__
        return fn
    return register


def test_every_recorded_setting_has_an_effect():
    assert set(EFFECTS) == set(Settings().as_dict()) == {f.name for f in dataclasses.fields(Settings)}


def fetch_error(url: str, raw: Path, settings: Settings, **kw) -> str:
    with pytest.raises(FetchError) as info:
        fetch_to_store(url, raw, settings, **kw)
    return str(info.value)


# --------------------------------------------------------------------------- document tables
@shows_effect_of("language")
def test_language_is_the_default_when_the_sidecar_names_none(tmp_path):
    """Precedence: sidecar > settings.language > a guess from the script."""
    letter = tmp_path / "letter.en.txt"  # the English fixture, no sidecar: the script says "en"
    shutil.copy(ROOT / "tests" / "fixtures" / "letter.en.txt", letter)
    guessed = process_document(letter, Settings(), "r").tables["documents"][0]
    told = process_document(letter, Settings(language="fr"), "r").tables["documents"][0]
    assert (guessed.language, guessed.doc_id) == ("en", "A/99/123:en")
    assert (told.language, told.doc_id) == ("fr", "A/99/123:fr")
    seed = process_document(SEED, Settings(language="fr"), "r").tables["documents"][0]
    assert seed.language == "zh"  # the seed's sidecar says zh, and the sidecar wins


# A letter with no date in its title and no year anywhere: "7 月 23 日" has no year to take.
DATELESS = "致秘书长的信\n\n7 月 23 日，武装部队进入该镇，造成 12 名平民死亡。\n"


def _date_claims(path: Path, settings: Settings) -> list:
    return [c for c in process_document(path, settings, "r").tables["claims"] if c.kind == "date"]


# needs i8-lang: fails until extract_claims reads settings.reference_year (issue 8, lang helper's part)
@shows_effect_of("reference_year")
def test_reference_year_dates_a_yearless_date_in_a_dateless_letter(tmp_path):
    letter = tmp_path / "dateless.zh.txt"
    letter.write_text(DATELESS, encoding="utf-8")
    [unknown] = _date_claims(letter, Settings())  # no year to take: kept, its year unknown
    assert (unknown.date_start, unknown.year_source, unknown.date_edtf) == (None, "unknown", "XXXX-07-23")
    [claim] = _date_claims(letter, Settings(reference_year=2021))
    assert (claim.surface, claim.date_start, claim.date_end) == ("7 月 23 日", dt.date(2021, 7, 23), dt.date(2021, 7, 23))
    assert claim.year_source == "reference_year"
    assert re.search(r"reference[ _-]year", claim.estimate_rule, re.IGNORECASE), claim.estimate_rule  # says so


def test_reference_year_does_not_override_the_letters_own_years():
    """The seed dates every year-less date from its own text: the reference year changes none of them."""
    plain = process_document(SEED, Settings(), "r").tables["claims"]
    other = process_document(SEED, Settings(reference_year=1900), "r").tables["claims"]
    assert other == plain


# --------------------------------------------------------------------------- fetching
@shows_effect_of("un_url_template")
def test_url_template_decides_where_a_symbol_is_fetched(http_server, tmp_path):
    cases = [("/symbol/{lang}/{symbol}", "/symbol/zh/A/99/999"), ("/symbol/{symbol}?lang={lang}", "/symbol/A/99/999")]
    for i, (template, path) in enumerate(cases):
        res = fetch_symbol("A/99/999", "zh", tmp_path / str(i), FAST.replace(un_url_template=http_server.url(template)))
        assert res.status == "new" and http_server.requests[-1][0] == path


@shows_effect_of("un_document_type")
def test_document_type_decides_what_a_symbol_url_may_serve(http_server, tmp_path):
    settings = FAST.replace(un_url_template=http_server.url("/seed.txt?s={symbol}&l={lang}"))
    with pytest.raises(FetchError, match="expected a PDF document but got text/plain"):
        fetch_symbol("A/99/999", "zh", tmp_path / "pdf", settings)
    assert fetch_symbol("A/99/999", "zh", tmp_path / "any", settings.replace(un_document_type="")).path.suffix == ".txt"


@shows_effect_of("fetch_timeout_s")
def test_timeout_decides_how_long_a_silent_server_is_waited_for(http_server, tmp_path):
    http_server.delay_s = 0.6
    assert "timed out after 0.2 s" in fetch_error(http_server.url("/slow"), tmp_path / "a", FAST.replace(fetch_timeout_s=0.2))
    assert fetch_to_store(http_server.url("/slow"), tmp_path / "b", FAST).status == "new"


@shows_effect_of("fetch_deadline_s")
def test_deadline_bounds_a_trickling_download(http_server, tmp_path):
    http_server.delay_s = 0.3  # each pause below the timeout
    url = http_server.url("/slow-body")
    assert "download took longer than 0.1 s" in fetch_error(url, tmp_path / "a", FAST.replace(fetch_deadline_s=0.1))
    assert fetch_to_store(url, tmp_path / "b", FAST).status == "new"


@pytest.mark.parametrize("retries", [0, 2])
@shows_effect_of("fetch_retries")
def test_retries_decide_how_many_requests_a_failing_url_gets(http_server, tmp_path, retries):
    fetch_error(http_server.url("/always-503"), tmp_path, FAST.replace(fetch_retries=retries))
    assert http_server.hits["/always-503"] == retries + 1


@shows_effect_of("fetch_backoff_s")
def test_backoff_decides_the_waits_between_retries(http_server, tmp_path):
    waits: dict[float, list[float]] = {0.1: [], 0.3: []}
    for backoff, slept in waits.items():  # /truncated sends no Retry-After: the backoff alone decides
        fetch_error(http_server.url("/truncated"), tmp_path, FAST.replace(fetch_retries=2, fetch_backoff_s=backoff),
                    sleep=slept.append)
    assert waits == {0.1: [0.1, 0.2], 0.3: [0.3, 0.6]}


@shows_effect_of("fetch_backoff_max_s")
def test_backoff_cap_bounds_each_wait(http_server, tmp_path):
    waits: dict[float, list[float]] = {1.5: [], 30.0: []}
    for cap, slept in waits.items():
        settings = FAST.replace(fetch_retries=3, fetch_backoff_s=1.0, fetch_backoff_max_s=cap)
        fetch_error(http_server.url("/truncated"), tmp_path, settings, sleep=slept.append)
    assert waits == {1.5: [1.0, 1.5, 1.5], 30.0: [1.0, 2.0, 4.0]}


@shows_effect_of("max_fetch_bytes")
def test_size_limit_refuses_a_larger_body(http_server, tmp_path):
    url = http_server.url("/seed.txt")
    assert "too large" in fetch_error(url, tmp_path / "a", FAST.replace(max_fetch_bytes=1000))
    assert fetch_to_store(url, tmp_path / "b", FAST).size == SEED.stat().st_size


@shows_effect_of("fetch_max_redirects")
def test_redirect_limit_decides_whether_a_redirect_is_followed(http_server, tmp_path):
    url = http_server.url("/redirect")
    assert "more than 0 redirects" in fetch_error(url, tmp_path / "a", FAST.replace(fetch_max_redirects=0))
    assert fetch_to_store(url, tmp_path / "b", FAST.replace(fetch_max_redirects=1)).final_url == http_server.url("/seed.txt")


@shows_effect_of("fetch_content_types")
def test_content_types_decide_what_is_accepted(http_server, tmp_path):
    url = http_server.url("/seed.txt")  # served as text/plain
    assert "unexpected content type 'text/plain'" in fetch_error(
        url, tmp_path / "a", FAST.replace(fetch_content_types=("application/pdf",)))
    assert fetch_to_store(url, tmp_path / "b", FAST).status == "new"


@shows_effect_of("fetch_user_agent")
def test_user_agent_is_what_the_server_sees(http_server, tmp_path):
    fetch_to_store(http_server.url("/no-etag.txt"), tmp_path, FAST.replace(fetch_user_agent="research-bot (x@example.org)"))
    [sent] = http_server.headers_sent("/no-etag.txt")
    assert sent["User-Agent"].startswith("research-bot (x@example.org) figtrace/")


# --------------------------------------------------------------------------- lineage (issue 14)
@shows_effect_of("openlineage_url")
def test_openlineage_url_sends_the_run_events_there(tmp_path):
    from flows import lineage
    from tests.lineageserver import LineageServer

    with LineageServer() as server:
        lineage.start("r1", [str(SEED)], tmp_path / "a", Settings())
        assert server.events == []  # not configured: the file only
        lineage.start("r2", [str(SEED)], tmp_path / "b", Settings(openlineage_url=server.url))
    [(path, event)] = server.events
    assert (path, event["eventType"], event["run"]["runId"]) == ("/api/v1/lineage", "START", lineage.run_uuid("r2"))


@shows_effect_of("fetch_allowed_addresses")
def test_allowed_addresses_decide_which_private_hosts_may_be_fetched(http_server, tmp_path):
    url = http_server.url("/seed.txt")  # 127.0.0.1: not a public address
    assert "127.0.0.1 is not a public address: refused" in fetch_error(url, tmp_path / "a", FAST.replace(fetch_allowed_addresses=()))
    assert http_server.hits["/seed.txt"] == 0  # refused before any connection
    for allowed in (("127.0.0.1",), ("127.0.0.0/8",)):
        assert fetch_to_store(url, tmp_path / allowed[0].replace("/", "-"), FAST.replace(fetch_allowed_addresses=allowed)).status == "new"


# --------------------------------------------------------------------------- time per document
@shows_effect_of("doc_time_limit_s")
def test_time_limit_stops_the_worker_of_a_slow_input(tmp_path):
    """A PDF whose object refers to itself keeps pdfminer busy forever: the limit stops it, in a process."""
    from flows.steps import process_in_worker

    hanging = ROOT / "tests" / "fixtures" / "selfref.pdf"
    t0 = time.monotonic()
    summary = process_in_worker(str(hanging), Settings(doc_time_limit_s=1.0), "r", tmp_path / "a")
    assert summary.error == f"{hanging}: took longer than 1 s (setting doc_time_limit_s): stopped"
    assert time.monotonic() - t0 < 10
    letter = ROOT / "tests" / "fixtures" / "letter.en.txt"
    assert "took longer than 0.01 s" in process_in_worker(str(letter), Settings(doc_time_limit_s=0.01), "r", tmp_path / "b").error
    assert process_in_worker(str(letter), Settings(doc_time_limit_s=60.0), "r", tmp_path / "c").counts["claims"] > 5

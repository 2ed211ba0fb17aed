"""Small pure helpers of the fetch stage: Retry-After, backoff, sniffing, kind checks."""
from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

import pytest

from figtrace.errors import FetchError
from figtrace.ingest.fetch import backoff_delay
from figtrace.ingest.httpcheck import check_kind, retry_after_s, sniff_kind
from figtrace.settings import Settings


def test_retry_after_accepts_seconds_and_http_dates():
    assert retry_after_s("7") == 7.0
    soon = format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=60), usegmt=True)
    assert 55 <= retry_after_s(soon) <= 61
    past = format_datetime(dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc), usegmt=True)
    assert retry_after_s(past) == 0.0
    assert retry_after_s(None) is None and retry_after_s("soon") is None


def test_backoff_is_capped_even_for_a_long_retry_after():
    s = Settings(fetch_backoff_s=1.0, fetch_backoff_max_s=5.0)
    assert [backoff_delay(a, s) for a in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert backoff_delay(0, s, retry_after=3600.0) == 5.0


@pytest.mark.parametrize("head, media, kind", [
    (b"%PDF-1.7\n...", "application/octet-stream", "pdf"),
    (b"\xef\xbb\xbf  %PDF-1.4", "text/plain", "pdf"),
    (b"<!DOCTYPE html><html>", "text/plain", "html"),
    (b"\n<HTML><body>", "application/octet-stream", "html"),
    (b"plain words", "text/html", "html"),
    (" 大  会  安全理事会".encode(), "text/plain", "text"),
])
def test_sniff_kind_trusts_the_bytes_first(head, media, kind):
    assert sniff_kind(head, media) == kind


@pytest.mark.parametrize("kind, media, expect, words", [
    ("html", "text/html", "pdf", "an error page?"),
    ("text", "application/pdf", None, "not a PDF"),
    ("text", "application/octet-stream", None, "not a PDF"),
])
def test_check_kind_refuses_what_was_not_promised(kind, media, expect, words):
    with pytest.raises(FetchError) as info:
        check_kind(kind, media, expect, "http://h/x")
    assert words in str(info.value)


def test_check_kind_accepts_what_was_promised():
    assert check_kind("pdf", "application/octet-stream", "pdf", "http://h/x") is None
    assert check_kind("text", "text/plain", None, "http://h/x") is None

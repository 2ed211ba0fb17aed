"""Checks on an HTTP response and the FetchError each failure becomes (one line, transient or not).

Transient: timeouts, connection errors, 429 and 5xx.  Permanent: every other
status, an unexpected content type, a body that is not what its header or the
caller said (an HTML error page served instead of a PDF), an oversized body.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from figtrace.errors import FetchError, TransientFetchError
from figtrace.settings import Settings


def request_error(exc: Exception, url: str, settings: Settings) -> FetchError:
    """The one-line FetchError for a requests exception: transient or not."""
    if isinstance(exc, requests.exceptions.Timeout):
        return TransientFetchError(f"timed out after {settings.fetch_timeout_s:g} s", path=url)
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return FetchError(f"more than {settings.fetch_max_redirects} redirects", path=url)
    if isinstance(exc, requests.exceptions.InvalidSchema):
        return FetchError("redirected to a URL that is not http or https", path=url)
    if isinstance(exc, requests.exceptions.SSLError):
        return FetchError(f"TLS error ({_first_line(exc)})", path=url)
    if isinstance(exc, (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        return TransientFetchError(f"connection failed ({_first_line(exc)})", path=url)
    return FetchError(f"request failed ({type(exc).__name__}: {_first_line(exc)})", path=url)


_ERRNO_RE = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")


def _first_line(exc: Exception) -> str:
    """The operating system's reason when there is one ("Connection refused"), else the message, short."""
    text = " ".join(str(exc).split())
    m = _ERRNO_RE.search(text)
    if m:
        return m.group(1).strip()
    return text if len(text) <= 160 else text[:157] + "..."


def check_response(resp: requests.Response, url: str, settings: Settings) -> None:
    """Refuse a response by its status and headers, before reading its body."""
    code = resp.status_code
    if code == 429 or code >= 500:
        err = TransientFetchError(f"HTTP {code} {resp.reason or ''}".rstrip(), path=url)
        err.retry_after = retry_after_s(resp.headers.get("Retry-After"))
        raise err
    if code != 200:
        raise FetchError(f"HTTP {code} {resp.reason or ''}".rstrip(), path=url)
    if urlsplit(resp.url).scheme not in ("http", "https"):
        raise FetchError("redirected to a URL that is not http or https", path=url)
    media = media_type(resp)
    if media not in settings.fetch_content_types:
        raise FetchError(f"unexpected content type {media!r}", path=url)
    length = content_length(resp)
    if length is not None and length > settings.max_fetch_bytes:
        raise FetchError(f"too large: {length} bytes, the limit is {settings.max_fetch_bytes}", path=url)


def media_type(resp: requests.Response) -> str:
    """The media type of a response, lower case, without parameters."""
    return (resp.headers.get("Content-Type") or "application/octet-stream").split(";")[0].strip().lower()


_DIGITS_RE = re.compile(r"[0-9]{1,18}")


def announced_length(resp: requests.Response) -> int | None:
    """The Content-Length header as a number of raw body bytes (before any content coding), or None."""
    value = (resp.headers.get("Content-Length") or "").strip()
    return int(value) if _DIGITS_RE.fullmatch(value) else None


def content_length(resp: requests.Response) -> int | None:
    """The announced body length, when it describes the bytes we read (no content coding); None if absent or garbled.

    Only ASCII digits count: ``"²".isdigit()`` is true in Python, and ``int("²")`` raises.
    """
    value = resp.headers.get("Content-Length")
    if value is None or resp.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity"):
        return None
    value = value.strip()
    return int(value) if _DIGITS_RE.fullmatch(value) else None


def retry_after_s(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None when it says neither.

    A date without a usable zone (``-0000``, or none) is taken as UTC.

    >>> retry_after_s("120"), retry_after_s("²"), retry_after_s("soon")
    (120.0, None, None)
    >>> retry_after_s("Wed, 21 Oct 2015 07:28:00 -0000")
    0.0
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if _DIGITS_RE.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    try:
        return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
    except OverflowError:
        return None


def sniff_kind(head: bytes, media: str) -> str:
    """What the bytes are: "pdf", "html" or "text" (the bytes win over the header)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"%pdf-"):
        return "pdf"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start or media in ("text/html", "application/xhtml+xml"):
        return "html"
    return "text"


def check_kind(kind: str, media: str, expect: str | None, url: str) -> None:
    """Refuse a body that is not what its header or the caller said it would be."""
    if expect and kind != expect:
        hint = " (an error page?)" if kind == "html" else ""
        raise FetchError(f"expected a {expect.upper()} document but got {media} ({kind}){hint}", path=url)
    if media == "application/pdf" and kind != "pdf":
        raise FetchError(f"served as application/pdf but the body is {kind}, not a PDF", path=url)
    if media == "application/octet-stream" and kind != "pdf":
        raise FetchError("served as application/octet-stream and the body is not a PDF", path=url)

"""One exception tree for figtrace.

Every error carries the input it concerns (``path``) and says whether trying
again can help (``transient``); the fetch stage retries only transient errors.
``str(err)`` is the one line a user sees.
"""
from __future__ import annotations


class FigtraceError(Exception):
    """Base of every error figtrace raises on purpose."""

    transient = False

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = one_line(path) if path is not None else None
        self.message = one_line(message)
        super().__init__(f"{self.path}: {self.message}" if self.path else self.message)


class InputError(FigtraceError):
    """An input file is missing, unreadable, empty, binary or malformed."""


class LayoutError(InputError):
    """The text could be read but its layout makes no sense (e.g. truncated)."""


class FetchError(FigtraceError):
    """Fetching a URL failed for good (404, wrong content type, too large ...)."""


class TransientFetchError(FetchError):
    """Fetching failed in a way that may pass: connection error, 429, 5xx, timeout."""

    transient = True


class StoreError(FigtraceError):
    """Writing outputs or the raw store failed."""


class ServerError(FigtraceError):
    """The Prefect server a run needs did not start or does not answer."""


def one_line(text) -> str:
    r"""``text`` on one line: line breaks and other control characters become spaces (a server
    or a file name may hold any of them; an error stays one line whatever it quotes).

    >>> one_line("bad\r\nheader\x1b[31m")
    'bad header [31m'
    """
    text = str(text)
    if text.isprintable():
        return text
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def is_transient(exc: BaseException) -> bool:
    """True when retrying the failed step may succeed."""
    return bool(getattr(exc, "transient", False))

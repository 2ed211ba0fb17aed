"""Which URLs may be fetched: http(s) only, no credentials, public addresses only.

Every host is resolved and every address it resolves to must be public
(``ipaddress``: not loopback, private, link-local - the cloud metadata service
169.254.169.254 among them -, shared, reserved, multicast or unspecified), for
the URL asked for and for every redirect hop; the connection itself checks the
address it reached (``figtrace.ingest.transport``), so a name that resolves
differently the second time gains nothing.  ``Settings.fetch_allowed_addresses``
lists the addresses or networks allowed anyway (a local mirror; the tests'
server on 127.0.0.1).

A URL carrying a user name or password is refused: the secret would otherwise
end up in logs, sidecars and tables.  ``redact_url`` is what any message shows.
"""
from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from figtrace.errors import FetchError, TransientFetchError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_url(item: str) -> bool:
    """An input to fetch (http or https), not a local path.

    >>> is_url("https://undocs.org/A/75/709"), is_url("data/raw/letter.txt")
    (True, False)
    """
    return item.startswith(("http://", "https://"))


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@`` (unparsable URLs are cut at the first ``@``).

    >>> redact_url("https://ann:s3cret@example.org/a?b=1")
    'https://***@example.org/a?b=1'
    >>> redact_url("https://example.org/a")
    'https://example.org/a'
    """
    if not isinstance(url, str):
        return repr(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("@", 1)[-1] if "@" in url else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


def check_url(url: str, *, hop: str | None = None) -> str:
    """``url`` itself when it is an http(s) URL with a host and no credentials; FetchError otherwise."""
    shown = redact_url(url)
    where = f"redirected to {shown}: " if hop else ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError as exc:
        raise FetchError(f"{where}not a valid URL ({exc})", path=hop or shown) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{where}unsupported URL scheme {parts.scheme or 'none'!r} (only http and https)", path=hop or shown)
    if not parts.hostname:
        raise FetchError(f"{where}URL has no host", path=hop or shown)
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{where}URL carries a user name or password: refused, never stored", path=hop or shown)
    return url


@lru_cache(maxsize=64)
def allowed_networks(entries: tuple[str, ...]) -> tuple:
    """The networks of ``fetch_allowed_addresses``; FetchError names an entry that is not one."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(str(entry).strip(), strict=False))
        except ValueError:
            raise FetchError(f"setting fetch_allowed_addresses: {entry!r} is not an IP address or network") from None
    return tuple(networks)


def is_public(ip: Address) -> bool:
    """True for an address anyone on the Internet can reach (IPv4-mapped IPv6 judged as IPv4).

    >>> [is_public(ipaddress.ip_address(a)) for a in ("93.184.216.34", "127.0.0.1", "169.254.169.254", "::ffff:10.0.0.1")]
    [True, False, False, False]
    """
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def address_allowed(address: str, allowed: tuple[str, ...]) -> bool:
    """True when ``address`` is public or inside one of the ``allowed`` networks."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if is_public(ip):
        return True
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return any(ip in net or (mapped is not None and mapped in net) for net in allowed_networks(tuple(allowed)))


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal is itself); TransientFetchError when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise TransientFetchError(f"cannot resolve host {host!r} ({exc.strerror or exc})") from None
    return sorted({info[4][0] for info in infos})


def check_host(url: str, allowed: tuple[str, ...], *, hop: str | None = None) -> list[str]:
    """The addresses of ``url``'s host, when every one is allowed; FetchError naming the first refused."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    shown = redact_url(url)
    try:
        addresses = resolve(parts.hostname or "", port)
    except FetchError as exc:
        raise type(exc)(exc.message, path=hop or shown) from None
    for address in addresses:
        if not address_allowed(address, allowed):
            where = f"redirected to {shown}: " if hop else ""
            what = address if parts.hostname == address else f"{parts.hostname} ({address})"
            raise FetchError(
                f"{where}{what} is not a public address: refused "
                "(allow it with the setting fetch_allowed_addresses)", path=hop or shown)
    return addresses

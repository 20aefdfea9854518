"""Fetching web pages and feeds, politely and safely.

Polite: robots.txt is read once per site per round and obeyed, one request at a time goes to a host with a delay
after each, a 429 or 5xx answer is retried with exponential back-off (honouring Retry-After, up to a cap),
requests are conditional when a page was fetched before, and the User-Agent names the tool. Safe: http and https
only, timeouts for connecting, for each read and for the whole body, a size limit checked while the body streams,
redirects followed by hand and each hop checked again, and no request to a loopback, private, link-local,
multicast, reserved or unspecified address (an article's URL is untrusted input) unless the user allows it.

urllib3 (installed with trafilatura) is used rather than requests or httpx: it connects to the address that was
checked while sending the host's name in the Host header and in TLS (SNI and the certificate check), so a second
DNS answer cannot send the request elsewhere (DNS rebinding), and it streams the body without buffering it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import urllib3

from .articles import MAX_BYTES
from .config import version
from .errors import InputError

log = logging.getLogger(__name__)

USER_AGENT = f"facility-tracker/{version()} (+see README.md, 'Following news feeds')"
SCHEMES = {"http": 80, "https": 443}
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# What each kind of fetch accepts: content types (None: any), what they are called, and the Accept header.
KINDS = {
    "page": (frozenset({"text/html", "application/xhtml+xml"}), "an HTML page",
             "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
    "feed": (frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/x-rss+xml", "application/feed+xml"}), "an RSS or Atom feed",
             "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"),
    "robots": (None, "robots.txt", "text/plain,*/*;q=0.1"),
}
# Checked in this order, so that 127.0.0.1 is called loopback rather than private.
FORBIDDEN = ("unspecified", "loopback", "link_local", "multicast", "reserved", "private")


class FetchError(InputError):
    """A URL that could not be fetched: the message names it and says why."""

    def __init__(self, url: str, why: str) -> None:
        super().__init__(f"{url}: {why}")
        self.url, self.why = url, why


@dataclass(frozen=True)
class Settings:
    """How the fetcher behaves; tests shorten the delays and timeouts."""

    delay: float = 1.0  # seconds from the end of one request to a host to the start of the next
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # for each read from the connection
    total_timeout: float = 120.0  # for a whole answer, so that a server sending a byte at a time cannot hold us
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    retries: int = 3  # further tries after an HTTP 429 or 5xx
    backoff: float = 1.0  # the wait before the first retry, doubled for each further one
    max_wait: float = 60.0  # the longest wait before a retry, whatever Retry-After asks
    allow_private: bool = False  # fetch from loopback, private and other non-public addresses too
    private_networks: tuple[str, ...] = ()  # non-public networks allowed all the same (e.g. one's own server's)


@dataclass(frozen=True)
class Reply:
    """A fetched URL: its final address after redirects, and 200 with the body or 304 (not modified)."""

    url: str
    status: int
    body: bytes = b""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def modified(self) -> bool:
        return self.status != 304


@dataclass
class _Answer:
    status: int
    reason: str
    headers: urllib3.HTTPHeaderDict
    body: bytes = b""
    charset: str | None = None

    @property
    def status_line(self) -> str:
        return f"HTTP {self.status} {self.reason}".rstrip()


@dataclass
class _Host:
    """One host's turn: a request at a time, and the earliest time of the next."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    not_before: float = 0.0

    def defer(self, seconds: float) -> None:
        self.not_before = max(self.not_before, time.monotonic() + seconds)


@dataclass
class _Site:
    """A site's robots.txt rules as read this round (or why they could not be read), read once under its lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    rules: RobotFileParser | FetchError | None = None


@dataclass(frozen=True)
class _Hop:
    """One address to request, checked to be http(s) with a host; ``where`` names it in errors."""

    url: str
    scheme: str
    host: str
    port: int
    target: str  # the path and query
    where: str

    @property
    def host_header(self) -> str:
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == SCHEMES[self.scheme] else f"{name}:{self.port}"

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host_header}"


def refusal(address: str, settings: Settings) -> str | None:
    """Why a request to this IP address is refused (it is loopback, private ...), or None when it is allowed.

    >>> refusal("127.0.0.1", Settings()), refusal("::ffff:10.1.2.3", Settings()), refusal("8.8.8.8", Settings())
    ('127.0.0.1 is a loopback address', '10.1.2.3 is a private address', None)
    >>> refusal("127.0.0.1", Settings(private_networks=("127.0.0.0/8",))) is None
    True
    """
    ip = ipaddress.ip_address(address.split("%")[0])  # an IPv6 scope ("%eth0") is not part of the address
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if settings.allow_private or any(ip in ipaddress.ip_network(n) for n in settings.private_networks):
        return None
    kind = next((k for k in FORBIDDEN if getattr(ip, f"is_{k}")), None)
    if kind:
        return f"{ip} is {'an' if kind[0] in 'aeiou' else 'a'} {kind.replace('_', '-')} address"
    return None if ip.is_global else f"{ip} is not a public address"


def _hop(url: str, origin_url: str) -> _Hop:
    where = origin_url if url == origin_url else f"{origin_url} (redirected to {url})"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(where, f"only http and https addresses are fetched, not {scheme or 'a relative'}:")
    try:
        port = parts.port or SCHEMES[scheme]
    except ValueError:
        raise FetchError(where, "the port is not a number from 1 to 65535") from None
    if not parts.hostname:
        raise FetchError(where, "the address has no host name")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Hop(url, scheme, parts.hostname, port, target, where)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (a number of seconds or an HTTP date), or None."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds()) if when.tzinfo else None


def _why(err: urllib3.exceptions.HTTPError, settings: Settings) -> str:
    """A urllib3 failure in words."""
    if isinstance(err, urllib3.exceptions.NewConnectionError):  # before its base class, ConnectTimeoutError
        return f"cannot connect ({str(err).rsplit(': ', 1)[-1]})"
    if isinstance(err, urllib3.exceptions.ConnectTimeoutError):
        return f"no connection within {settings.connect_timeout:g} s (connect timeout)"
    if isinstance(err, urllib3.exceptions.ReadTimeoutError):
        return f"no answer within {settings.read_timeout:g} s (read timeout)"
    if isinstance(err, urllib3.exceptions.SSLError):
        return f"TLS failed ({err})"
    if isinstance(err, urllib3.exceptions.ProtocolError):
        return f"the connection broke ({err.args[-1] if err.args else err})"
    return f"the connection failed ({type(err).__name__}: {err})"


class Fetcher:
    """Fetches pages, feeds and robots.txt files; safe to share between threads (one per host)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._hosts: dict[str, _Host] = {}
        self._sites: dict[str, _Site] = {}
        self._lock = threading.Lock()  # over the two dictionaries

    def new_round(self) -> None:
        """Forget the robots.txt files read: the next round reads each site's again, once."""
        with self._lock:
            self._sites.clear()

    def get(self, url: str, kind: str = "page", etag: str | None = None, last_modified: str | None = None) -> Reply:
        """Fetch a page or a feed (``kind``); with ``etag`` or ``last_modified`` the request is conditional and
        may be answered 304 (not modified). Raises :class:`FetchError` naming the URL."""
        conditions = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        hop, answer = self._follow(url, kind, conditions)
        if answer.status == 304 and conditions:
            return Reply(hop.url, 304, etag=answer.headers.get("ETag") or etag,
                         last_modified=answer.headers.get("Last-Modified") or last_modified)
        if answer.status != 200:
            raise FetchError(hop.where, answer.status_line)
        return Reply(hop.url, 200, answer.body, answer.charset, answer.headers.get("ETag"),
                     answer.headers.get("Last-Modified"))

    def _follow(self, url: str, kind: str, headers: dict[str, str]) -> tuple[_Hop, _Answer]:
        """The final answer to ``url``, redirects followed by hand, each hop checked as the first was."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            hop = _hop(current, url)
            address = self._address(hop)
            if kind != "robots":
                self._check_robots(hop)
            answer = self._exchange(hop, address, kind, headers)
            location = answer.headers.get("Location")
            if answer.status not in REDIRECTS or not location:
                return hop, answer
            current = urljoin(current, location.strip())
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects (a redirect loop?)")

    def _exchange(self, hop: _Hop, address: str, kind: str, headers: dict[str, str]) -> _Answer:
        """One request, tried again after a 429 or 5xx answer with exponential back-off."""
        host = self._host(hop.host)
        for attempt in range(self.settings.retries + 1):
            answer = self._send(hop, address, host, kind, headers)
            if answer.status != 429 and answer.status < 500:
                return answer
            wait = _retry_after(answer.headers.get("Retry-After"))
            host.defer(min(self.settings.backoff * 2 ** attempt if wait is None else wait, self.settings.max_wait))
            log.info("%s: HTTP %s", hop.url, answer.status)
        raise FetchError(hop.where, f"{answer.status_line} after {self.settings.retries + 1} tries")

    def _host(self, name: str) -> _Host:
        with self._lock:
            return self._hosts.setdefault(name.lower(), _Host())

    def _address(self, hop: _Hop) -> str:
        """The host's address to connect to, once every address it resolves to is checked."""
        try:
            infos = socket.getaddrinfo(hop.host, hop.port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as err:
            raise FetchError(hop.where, f"cannot find the host {hop.host} ({getattr(err, 'strerror', None) or err})"
                             ) from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            if why := refusal(address, self.settings):
                raise FetchError(hop.where, f"refused: {why}; an article's address may not reach this machine or its "
                                            "network (--allow-private allows it)")
        return addresses[0]

    def _send(self, hop: _Hop, address: str, host: _Host, kind: str, headers: dict[str, str]) -> _Answer:
        """One request to the checked address, in the host's turn; the body is read when the answer is 200."""
        with host.lock:
            time.sleep(max(0.0, host.not_before - time.monotonic()))
            try:
                return self._request(hop, address, kind, headers)
            finally:
                host.defer(self.settings.delay)

    def _request(self, hop: _Hop, address: str, kind: str, headers: dict[str, str]) -> _Answer:
        s = self.settings
        tls = {"server_hostname": hop.host, "assert_hostname": hop.host} if hop.scheme == "https" else {}
        pool_class = urllib3.HTTPSConnectionPool if tls else urllib3.HTTPConnectionPool
        pool = pool_class(address, hop.port, timeout=urllib3.Timeout(connect=s.connect_timeout, read=s.read_timeout),
                          retries=False, maxsize=1, **tls)
        sent = {"Host": hop.host_header, "User-Agent": USER_AGENT, "Accept": KINDS[kind][2],
                "Accept-Encoding": "gzip, deflate", **headers}
        deadline = time.monotonic() + s.total_timeout
        try:
            response = pool.urlopen("GET", hop.target, headers=sent, redirect=False, retries=False,
                                    preload_content=False, assert_same_host=False)
            try:
                answer = _Answer(response.status, response.reason or "", response.headers)
                if response.status == 200:
                    answer.body, answer.charset = self._body(hop, response, kind, deadline)
                return answer
            finally:
                response.release_conn()
        except urllib3.exceptions.HTTPError as err:
            raise FetchError(hop.where, _why(err, s)) from None
        finally:
            pool.close()

    def _body(self, hop: _Hop, response, kind: str, deadline: float) -> tuple[bytes, str | None]:
        """The body, refused when its type is not the kind's, or when it is over the limit (checked against the
        Content-Length before reading, and while reading), or slower than the total timeout."""
        types, called, _ = KINDS[kind]
        ctype, _, params = (response.headers.get("Content-Type") or "").partition(";")
        ctype = ctype.strip().lower()
        if types is not None and ctype not in types:
            raise FetchError(hop.where, f"the server sent {ctype or 'no content type'}, not {called}")
        limit = self.settings.max_bytes
        length = (response.headers.get("Content-Length") or "").strip()
        if length.isdigit() and int(length) > limit:
            raise FetchError(hop.where, f"the answer is {int(length) / 2 ** 20:.1f} MB; pages are limited to "
                                        f"{limit / 2 ** 20:g} MB, so it was not read")
        chunks, size = [], 0
        for chunk in response.stream(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > limit:
                raise FetchError(hop.where, f"the answer is over {limit / 2 ** 20:g} MB; reading stopped there")
            if time.monotonic() > deadline:
                raise FetchError(hop.where, f"the answer took over {self.settings.total_timeout:g} s; reading stopped")
            chunks.append(chunk)
        charset = next((v.strip().strip('"') for k, _, v in (p.partition("=") for p in params.split(";"))
                        if k.strip().lower() == "charset"), None)
        return b"".join(chunks), charset

    def _check_robots(self, hop: _Hop) -> None:
        """Refuse a URL its site's robots.txt disallows, or whose site's robots.txt cannot be read now."""
        with self._lock:
            site = self._sites.setdefault(hop.origin, _Site())
        with site.lock:
            if site.rules is None:
                site.rules = self._read_robots(hop.origin)
            rules = site.rules
        if isinstance(rules, FetchError):
            raise FetchError(hop.where, f"the site's robots.txt could not be read ({rules.why}); it will be tried "
                                        "again later")
        if not rules.can_fetch(USER_AGENT, hop.url):
            raise FetchError(hop.where, f"the site's robots.txt ({hop.origin}/robots.txt) does not allow fetching it")

    def _read_robots(self, origin: str) -> RobotFileParser | FetchError:
        """The site's rules: a robots.txt read, or all allowed when it has none (4xx); an error when it cannot be
        read now (5xx, unreachable), which keeps the site's pages for a later round."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            _, answer = self._follow(f"{origin}/robots.txt", "robots", {})
        except FetchError as err:
            return err
        if answer.status == 200:
            rules.parse(answer.body.decode(answer.charset or "utf-8", "replace").splitlines())
        elif 400 <= answer.status < 500:
            rules.allow_all = True
        else:
            return FetchError(f"{origin}/robots.txt", answer.status_line)
        return rules

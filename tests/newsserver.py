"""A local news site for the fetching tests and the fetch benchmark: an HTTP server on 127.0.0.1, in a thread,
that serves scripted answers (pages, feeds, robots.txt, redirects, errors, slow and huge bodies) and records every
request with its headers and time. The articles are invented here from templates: no real article text."""

from __future__ import annotations

import datetime as dt
import html
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline.fetch import Fetcher, Settings

HTML = "text/html; charset=utf-8"
TOWNS = ("Kazan", "Izhevsk", "Votkinsk", "Yelabuga", "Bryansk", "Tula", "Perm", "Kurgan", "Raufoss", "Kragujevac",
         "Dnipro", "Pavlohrad", "Grodno", "Zielona Gora", "Mesko", "Unterluss", "Karlskoga", "Nammo", "Novi Sad",
         "Tambov", "Biysk", "Dzerzhinsk", "Kovrov", "Smolensk", "Kaluga")
FACILITIES = ("drone assembly plant", "artillery shell factory", "explosives plant", "missile plant",
              "ammunition depot", "drone factory")
LEADS = (
    "Satellite images show a new {facility} under construction near {town}, officials said.",
    "A new {facility} opened in {town} on Tuesday, the defence ministry said.",
    "The {facility} in {town} was expanded this spring, according to a regional official.",
    "Workers are building a {facility} in {town}, the regional administration said on Monday.",
    "Production at the {facility} in {town} was halted after a fire, a local newspaper reported.",
)
FOLLOW_UPS = (
    "Once finished, the plant is expected to turn out {n} units a year.",
    "The site employs about {n} people, the report added.",
    "Local residents said trucks had been arriving at the gates since {month}.",
    "The company declined to comment on the plans, which were first described in {month}.",
    "Analysts said the work could take until the end of the year, with {n} new jobs promised.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def story(n: int) -> tuple[str, str]:
    """The title and text of invented article ``n``: a facility, a town and a status, varied by ``n``."""
    town, facility = TOWNS[n % len(TOWNS)], FACILITIES[n % len(FACILITIES)]
    lead = LEADS[n % len(LEADS)].format(facility=facility, town=town)
    rest = " ".join(f.format(n=100 + 37 * n + 11 * i, month=MONTHS[(n + i) % len(MONTHS)])
                    for i, f in enumerate(FOLLOW_UPS[(n + k) % len(FOLLOW_UPS)] for k in range(3)))
    return f"{facility.capitalize()} in {town} (report {n})", f"{lead} {rest} This is report number {n}."


def article_page(title: str, text: str, published: str = "2025-05-14", publisher: str = "Test Wire") -> bytes:
    """A news page as a site would serve it: navigation, the article with its metadata, a footer."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{publisher}">
<meta property="article:published_time" content="{published}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(title)}</h1>{paragraphs}</article>
<footer>Copyright {publisher}. All rights reserved.</footer></body></html>""".encode()


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (path, title, pubDate) items."""
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                      for p, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>{base}/</link><description>News</description>{entries}</channel></rss>").encode()


def atom(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """An Atom feed of (path, title, updated ISO time) entries."""
    entries = "".join(f'<entry><title>{html.escape(t)}</title><link href="{base}{p}"/><id>{base}{p}</id>'
                      f"<updated>{u}</updated></entry>" for p, t, u in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom'
            f"</title><id>{base}/</id><updated>2025-05-14T08:00:00Z</updated>{entries}</feed>").encode()


def http_date(seconds: float) -> str:
    return format_datetime(dt.datetime.fromtimestamp(seconds, dt.UTC), usegmt=True)


def quick(**changes) -> Fetcher:
    """A fetcher for tests: allowed to reach this machine's server, with short delays, back-offs and timeouts."""
    settings = {"delay": 0.01, "connect_timeout": 2.0, "read_timeout": 2.0, "total_timeout": 10.0, "retries": 2,
                "backoff": 0.01, "max_wait": 0.5, "allow_private": True} | changes
    return Fetcher(Settings(**settings))


@dataclass
class Answer:
    """One scripted answer. ``etag``/``last_modified`` make it conditional: a request that sends them back is
    answered 304. ``stream`` sends that many filler bytes after the body with no Content-Length."""

    status: int = 200
    body: bytes = b""
    type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    length: int | None = None  # the Content-Length to claim (default: the body's)
    stream: int = 0
    pace: float = 0.0  # seconds between the streamed chunks


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    time: float
    host: str


class NewsServer:
    """The server: ``serve(path, *answers)`` scripts a path (answers given in turn, the last repeated), ``log``
    holds the requests, ``url(path)`` is an address on it."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), _handler(self))
        self.httpd.daemon_threads = True
        self.host, self.port = host, self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def serve(self, path: str, *answers: Answer) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def page(self, path: str, title: str, text: str, **answer) -> str:
        return self.serve(path, Answer(body=article_page(title, text), **answer))

    def requests(self, path: str | None = None) -> list[Request]:
        return [r for r in self.log if path is None or r.path == path]

    def answer(self, path: str) -> Answer:
        with self._lock:
            answers = self.routes.get(path) or self.routes.get(path.partition("?")[0]) or [Answer(404, b"not found",
                                                                                                   "text/plain")]
            return answers.pop(0) if len(answers) > 1 else answers[0]


def _handler(server: NewsServer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            server.log.append(Request("GET", self.path, {k.lower(): v for k, v in self.headers.items()},
                                      time.monotonic(), self.headers.get("Host", "")))
            answer = server.answer(self.path)
            time.sleep(answer.delay)
            fresh = (answer.etag and self.headers.get("If-None-Match") == answer.etag) or (
                answer.last_modified and self.headers.get("If-Modified-Since") == answer.last_modified)
            status, body = (304, b"") if fresh else (answer.status, answer.body)
            self.send_response(status)
            self.send_header("Content-Type", answer.type)
            for key, value in (("ETag", answer.etag), ("Last-Modified", answer.last_modified),
                               *answer.headers.items()):
                if value:
                    self.send_header(key, value)
            if not answer.stream:
                self.send_header("Content-Length", str(answer.length if answer.length is not None else len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
                for _ in range(answer.stream // 65536):
                    time.sleep(answer.pace)
                    self.wfile.write(b"x" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it should past its limit

        def log_message(self, *args) -> None:
            pass

    return Handler

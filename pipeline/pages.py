"""Web pages as articles: which pages to fetch (new ones, and stored ones updated since), fetching them (one worker
per host, conditionally when the page is stored), and reading each into an article with its page record."""

from __future__ import annotations

import codecs
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from .articles import IngestFailure, read_html
from .errors import InputError
from .fetch import Fetcher, Reply
from .records import Article, Page
from .urls import canonical_url

MAX_WORKERS = 8  # hosts fetched at once


@dataclass(frozen=True)
class Target:
    """A page to fetch: a URL given by the user (always fetched) or a feed entry, with what the feed says of it."""

    url: str
    always: bool = False
    updated: dt.datetime | None = None  # when the feed says the entry last changed (UTC)
    fallback: dict = field(default_factory=dict, compare=False)  # the entry's title and date, for a page without them

    @property
    def key(self) -> str:
        return canonical_url(self.url)

    def due(self, known: Page | None) -> bool:
        """Whether to fetch it: asked for, not stored yet, or updated (by the feed's date) since last fetched."""
        return self.always or known is None or (
            self.updated is not None and self.updated > dt.datetime.fromisoformat(known.fetched_at))


@dataclass(frozen=True)
class Fetched:
    """A page as fetched: its record, and the article it holds (None when the server said it was not modified)."""

    page: Page
    article: Article | None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _html(reply: Reply) -> str | bytes:
    """The page as text in the charset its server named; without one, its bytes, for trafilatura to decode."""
    try:
        return reply.body.decode(codecs.lookup(reply.charset).name, "replace") if reply.charset else reply.body
    except LookupError:
        return reply.body


def fetch_page(fetcher: Fetcher, target: Target, known: Page | None) -> Fetched:
    """Fetch one page, conditionally when it is stored, and read its article; raises IngestError naming it."""
    reply = fetcher.get(target.url, "page", known.etag if known else None, known.last_modified if known else None)
    if not reply.modified:
        return Fetched(replace(known, etag=reply.etag, last_modified=reply.last_modified, fetched_at=now()), None)
    article = read_html(_html(reply), target.url, url=reply.url, fallback=target.fallback)
    return Fetched(Page(target.key, article.id, reply.etag, reply.last_modified, now()), article)


def fetch_all(fetcher: Fetcher, targets: list[Target], stored: dict[str, Page | None]
              ) -> list[Fetched | IngestFailure]:
    """Fetch the targets, each canonical URL once, one worker per host (the fetcher spaces each host's requests),
    in the targets' order; ``stored`` holds the stored page of each target's canonical URL. A page that fails is
    an IngestFailure naming it."""
    first: dict[str, Target] = {}
    for target in targets:
        first.setdefault(target.key, target)
    unique = list(first.values())
    by_host: dict[str, list[Target]] = {}
    for target in unique:
        by_host.setdefault((urlsplit(target.url).hostname or "").lower(), []).append(target)

    def fetch_host(mine: list[Target]) -> list[tuple[str, Fetched | IngestFailure]]:
        return [(t.key, _attempt(fetcher, t, stored[t.key])) for t in mine]

    with ThreadPoolExecutor(max_workers=max(1, min(MAX_WORKERS, len(by_host)))) as pool:
        results = dict(pair for pairs in pool.map(fetch_host, by_host.values()) for pair in pairs)
    return [results[t.key] for t in unique]


def _attempt(fetcher: Fetcher, target: Target, known: Page | None) -> Fetched | IngestFailure:
    try:
        return fetch_page(fetcher, target, known)
    except InputError as err:  # a FetchError or an IngestError
        return IngestFailure(target.url, str(err))
    except Exception as err:  # a library's limit or a bug: this page's failure, not the run's
        return IngestFailure(target.url, f"{target.url}: cannot be read ({type(err).__name__}: {err})")

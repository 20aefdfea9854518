"""Following news feeds: the feed list (one URL a line), the entries of RSS and Atom feeds (feedparser), and the
rounds of ``python -m pipeline watch``, each reading every feed and running its new or updated entries through the
pipeline as ``run`` does."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

from .articles import IngestFailure, display_name
from .errors import InputError
from .fetch import Fetcher, FetchError, Reply
from .pages import Target, now
from .popups import safe_url
from .runner import RunSummary, run
from .urls import is_url

log = logging.getLogger(__name__)


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs in a list file: one a line, blank lines and ``#`` comments allowed; a bad line is an error
    naming the file and line."""
    name = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{name}: no such feed list; write one feed URL per line") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{name}: the feed list cannot be read ({err})") from None
    feeds = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if len(line.split()) > 1 or not safe_url(line):
            raise InputError(f"{name}:{n}: {line[:200]!r} is not a feed URL (one http or https URL per line; # "
                             "starts a comment)")
        feeds.append(line)
    if not feeds:
        raise InputError(f"{name}: no feed URLs in it (one http or https URL per line)")
    return list(dict.fromkeys(feeds))


def _utc(parsed: time.struct_time | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC) if parsed else None


def entries(reply: Reply) -> list[Target]:
    """The entries of a fetched RSS or Atom feed as pages to fetch, with their titles and dates."""
    import feedparser

    # A file object: given bytes or a string, feedparser would try them as a file name or a URL first.
    feed = feedparser.parse(io.BytesIO(reply.body), response_headers={"content-location": reply.url})
    targets = []
    for entry in feed.entries:
        link = (entry.get("link") or "").strip()
        url = urljoin(reply.url, link) if link else ""
        if not is_url(url):
            log.info("%s: an entry without an http(s) link (%r) is left out", reply.url, entry.get("link"))
            continue
        # dict.get: feedparser's own get() answers "updated" with the published date, and warns
        updated = _utc(dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed"))
        published = _utc(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
        targets.append(Target(url, updated=updated, fallback={
            "title": entry.get("title") or "", "published": published.date().isoformat() if published else None}))
    if not targets and (feed.bozo or not feed.version):  # a feed with a flaw but with entries is read all the same
        why = f"malformed XML: {feed.bozo_exception}" if feed.bozo else "no RSS or Atom in it"
        raise FetchError(reply.url, f"not a readable feed ({why})")
    return targets


def watch_round(feeds: list[str], db: Path, fetcher: Fetcher, *, processes: int = 1) -> RunSummary:
    """Read every feed and run its new or updated entries through the pipeline; a feed that fails is in the
    summary's errors and is read again next round."""
    fetcher.new_round()
    summary = RunSummary()
    targets: list[Target] = []
    for feed in feeds:
        try:
            targets += entries(fetcher.get(feed, "feed"))
        except InputError as err:
            summary.errors.append(IngestFailure(feed, str(err)))
            continue
        except Exception as err:  # a library's limit or a bug: this feed's failure, not the round's
            summary.errors.append(IngestFailure(feed, f"{feed}: cannot be read ({type(err).__name__}: {err})"))
            continue
        summary.feeds += 1
    return run([], db, processes=processes, fetcher=fetcher, targets=targets, summary=summary)


def round_report(number: int, feeds: int, s: RunSummary) -> str:
    """One line per round, then its errors, each naming the feed or page and why."""
    head = (f"{now()} round {number}: feeds read {s.feeds}/{feeds}, new or updated entries {s.pages}, fetched "
            f"{s.fetched} (not modified {s.not_modified}), articles stored {s.articles} (new versions "
            f"{s.updated}), unchanged {s.skipped}, claims {s.claims}, facilities {s.facilities}, "
            f"errors {len(s.errors)}")
    return "\n".join([head, *(f"  {e.message}" for e in s.errors)])


def watch(feed_list: Path, db: Path, fetcher: Fetcher, *, every: float, once: bool = False, processes: int = 1,
          say: Callable[[str], None] = print) -> RunSummary:
    """Rounds over the feeds in ``feed_list``, one starting every ``every`` seconds (until interrupted), or one;
    ``say`` prints each round's report. Returns the last round's summary."""
    feeds = read_feed_list(feed_list)
    number = 0
    while True:
        number += 1
        started = time.monotonic()
        summary = watch_round(feeds, db, fetcher, processes=processes)
        say(round_report(number, len(feeds), summary))
        if once:
            return summary
        time.sleep(max(0.0, started + every - time.monotonic()))

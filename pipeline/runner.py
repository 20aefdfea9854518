"""Run the pipeline over a corpus: ingest (files, or pages fetched) -> geoparse -> extract (per article, in parallel)
-> store -> merge."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from threadpoolctl import threadpool_limits

from .articles import IngestFailure, read_all
from .facilities import merge
from .fetch import Fetcher
from .pages import Target, fetch_all
from .records import Article, Claim, Mention, Page
from .review import assess
from .sites import placed_as_written
from .store import Store
from .urls import is_url

_worker_parser = None
log = logging.getLogger(__name__)
Analysed = tuple[Article, list[Mention], list[Claim]]
Item = tuple[Article, Page | None]  # an article to analyse (with Dask: its id, see dask_runner.Stored), its page


@dataclass
class RunSummary:
    articles: int = 0
    skipped: int = 0
    mentions: int = 0
    claims: int = 0
    facilities: int = 0
    errors: list[IngestFailure] = field(default_factory=list)
    feeds: int = 0  # feeds read
    pages: int = 0  # pages to fetch: the URLs given, and the feeds' new or updated entries
    fetched: int = 0  # of those, fetched (200 or 304)
    not_modified: int = 0  # answered 304
    updated: int = 0  # new versions of stored pages, which replaced the claims of the old ones

    def lines(self) -> list[str]:
        fetched = [f"pages fetched: {self.fetched} of {self.pages} (not modified: {self.not_modified}; new "
                   f"versions of stored pages: {self.updated})"] if self.pages else []
        return [f"articles processed: {self.articles} (unchanged, skipped: {self.skipped})", *fetched,
                f"place mentions: {self.mentions}", f"claims: {self.claims}", f"facilities: {self.facilities}",
                f"errors: {len(self.errors)}", *(f"  {e.message}" for e in self.errors)]


def _parser():
    """The process's geoparser (English and, through the same gazetteer, Russian and Ukrainian)."""
    global _worker_parser
    if _worker_parser is None:
        from .cyrillic_places import CyrillicGeoparser
        from .gazetteer import Gazetteer

        _worker_parser = CyrillicGeoparser(Gazetteer.open())
        if not any(os.environ.get(name) for name in _THREAD_SETTINGS):
            threadpool_limits(1)  # the environment came too late for the numerical libraries already loaded
    return _worker_parser


BATCH = 16  # articles per spaCy batch (and per task sent to a worker)


def analyse(article: Article, doc=None) -> Analysed:
    """The per-article stages: place mentions and the claims they carry, read in the article's language."""
    from . import cyrillic
    from .facts import extract_claims

    parser = _parser()
    if article.language in cyrillic.LANGUAGES:
        mentions, claims = cyrillic.analyse(parser, article)
    else:
        doc, mentions = parser.parse(article.id, article.text, doc)
        claims = extract_claims(article.id, article.text, doc, mentions, article.published, article.publisher)
    return article, mentions, placed_as_written(assess(claims, mentions, parser.gazetteer), mentions,
                                                parser.gazetteer, article.text)


def analyse_batch(articles: list[Article]) -> list[Analysed | IngestFailure]:
    """:func:`analyse` over several articles, with spaCy batching their texts.

    If the batch fails, its articles are analysed one by one, and an article that fails is an IngestFailure naming
    it: one article never stops the run.
    """
    from .cyrillic import LANGUAGES

    english = [a for a in articles if a.language not in LANGUAGES]
    nlp = _parser().nlp if english else None  # outside the try: a missing gazetteer or model is the run's error
    try:
        docs = iter(nlp.pipe([a.text for a in english], batch_size=BATCH) if english else ())
        return [analyse(a, None if a.language in LANGUAGES else next(docs)) for a in articles]
    except Exception as err:
        if len(articles) > 1:
            return [result for article in articles for result in analyse_batch([article])]
        source = articles[0].source_path
        log.info("analysing %s failed", source, exc_info=True)
        problem = " ".join(f"{type(err).__name__}: {err}".split())
        return [IngestFailure(source, f"{source}: could not be analysed ({problem})")]


def rebuild_facilities(store: Store) -> int:
    """Merge every stored claim into facilities and store them; returns how many."""
    return store.rebuild_facilities(merge)


def _new_articles(read: Iterable[Article | IngestFailure], store: Store, summary: RunSummary) -> list[Article]:
    """The articles read that are not stored yet (each text once); the failures go to the summary."""
    fresh, seen = [], set()
    for item in read:
        if isinstance(item, IngestFailure):
            summary.errors.append(item)
        elif store.has_article(item.id) or item.id in seen:
            summary.skipped += 1
        else:
            seen.add(item.id)
            fresh.append(item)
    return fresh


def _split(sources: Iterable[Path | str], summary: RunSummary) -> tuple[list[Path], list[str]]:
    """The files and folders, and the http(s) URLs, among the sources; another scheme is an error."""
    paths, urls = [], []
    for source in sources:
        text = str(source)
        if isinstance(source, str) and is_url(text):
            urls.append(text)
        elif isinstance(source, str) and "://" in text:
            summary.errors.append(IngestFailure(text, f"{text}: only http and https addresses can be fetched"))
        else:
            paths.append(Path(source))
    return paths, urls


def _fetched(store: Store, fetcher: Fetcher, targets: list[Target], summary: RunSummary) -> list[Item]:
    """Fetch the targets that are due; record the pages whose text is stored already, and return the others."""
    known = {t.key: store.page(t.key) for t in targets}
    results = fetch_all(fetcher, [t for t in targets if t.due(known[t.key])], known)
    summary.pages += len(results)
    items = []
    for result in results:
        if isinstance(result, IngestFailure):
            summary.errors.append(result)
            continue
        summary.fetched += 1
        summary.not_modified += result.article is None
        if store.add_page(result.page, result.article) is None:  # a text not stored yet: to analyse
            items.append((result.article, result.page))
        else:
            summary.skipped += 1
    return items


class _Processes:
    """Files read in this process; articles analysed here, or in a pool of ``processes`` spawned processes."""

    def __init__(self, processes: int) -> None:
        self.processes = processes

    def read(self, paths: Iterable[Path]) -> Iterator[Article | IngestFailure]:
        return read_all(paths)

    def analysed(self, articles: list[Article]) -> Iterator[Analysed | IngestFailure]:
        return _analysed(articles, self.processes)


def _workers(dask: str | None, processes: int) -> AbstractContextManager:
    """Where articles are read and analysed: this machine's processes, or a Dask cluster (``pipeline.dask_runner``,
    imported only then: a run without Dask never imports Dask)."""
    if dask is None:
        return nullcontext(_Processes(processes))
    from .dask_runner import dask_workers

    return dask_workers(dask, processes)


def run(sources: Iterable[Path | str], db: Path, *, processes: int = 1,
        progress: Callable[[Iterable, int], Iterable] | None = None, fetcher: Fetcher | None = None,
        targets: Iterable[Target] = (), summary: RunSummary | None = None, dask: str | None = None) -> RunSummary:
    """Process new articles into the store at ``db``: from ``sources`` (files, folders and http(s) URLs, which
    are fetched) and from ``targets`` (feed entries, fetched when new or updated); unchanged ones are skipped.

    ``progress(results, total)`` wraps the stream of results (e.g. ``tqdm``) to show how far the run is.
    ``fetcher`` fetches the pages (default: one with the default settings); a round of ``watch`` passes its
    ``summary``, which counts the feeds it read. ``dask``: read and analyse on Dask, "local" (a cluster of
    ``processes`` worker processes started for the run) or a scheduler's address ("tcp://host:8786").
    """
    summary = summary or RunSummary()
    paths, urls = _split(sources, summary)
    targets = [Target(url, always=True) for url in urls] + list(targets)
    store = Store(db)
    try:
        with _workers(dask, processes) as workers:
            items: list[Item] = [(article, None) for article in _new_articles(workers.read(paths), store, summary)]
            if targets:
                items += _fetched(store, fetcher or Fetcher(), targets, summary)
            _analyse_and_store(store, items, workers.analysed, progress, summary)
        summary.facilities = rebuild_facilities(store) if store.facilities_stale() else store.counts()["facility"]
    finally:
        store.close()
    return summary


def _analyse_and_store(store: Store, items: list[Item], analysed: Callable[[list], Iterable[Analysed | IngestFailure]],
                       progress: Callable[[Iterable, int], Iterable] | None, summary: RunSummary) -> None:
    """Analyse each text once (``analysed`` gives the results of a list of articles) and store it, with every page
    that holds it."""
    pages: dict[str, list[Page]] = {}
    fresh = []
    for article, page in items:
        if article.id not in pages:
            pages[article.id] = []
            fresh.append(article)
        if page:
            pages[article.id].append(page)
    if not fresh:
        return
    results = analysed(fresh)
    for result in (progress(results, len(fresh)) if progress else results):
        if isinstance(result, IngestFailure):
            summary.errors.append(result)
            continue
        article, mentions, claims = result
        outcomes = [store.add_page(page, article, mentions, claims) for page in pages[article.id]] or [
            "added" if store.add_article(article, mentions, claims) else "stored"]
        for outcome in outcomes:
            if outcome in ("added", "updated"):
                summary.articles += 1
                summary.mentions += len(mentions)
                summary.claims += len(claims)
                summary.updated += outcome == "updated"
            else:
                summary.skipped += 1  # another run stored it meanwhile


def _analysed(articles: list[Article], processes: int):
    batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
    if processes <= 1 or len(batches) < 2:
        for batch in batches:
            yield from analyse_batch(batch)
        return
    with worker_pool(processes) as pool:
        for results in pool.imap(analyse_batch, batches):
            yield from results


# Numerical libraries' own thread pools, which spin while they wait: with one worker process per core they only
# oversubscribe the cores (2 workers on 2 cores: 24 articles/s with them, 28-31 without; Dask's nanny sets the
# same for its workers). In one process they gain nothing on an idle machine and stall on a busy one (Russian
# analysis beside a process that keeps one core busy: 7.2 articles/s with two threads, 10.1 with one), so it runs
# with one unless the analyst says otherwise.
_THREAD_SETTINGS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def worker_pool(processes: int) -> Iterator:
    """A pool of spawned worker processes, each with one numerical thread unless the environment says otherwise."""
    saved = {name: os.environ.get(name) for name in _THREAD_SETTINGS}
    for name in _THREAD_SETTINGS:
        os.environ.setdefault(name, "1")
    try:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            yield pool
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)

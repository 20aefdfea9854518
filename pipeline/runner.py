"""Run the pipeline over a corpus: ingest -> geoparse -> extract (per article, in parallel) -> store -> merge."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .articles import IngestFailure, read_all
from .facilities import merge
from .records import Article, Claim, Mention
from .store import Store

_worker_parser = None
log = logging.getLogger(__name__)
Analysed = tuple[Article, list[Mention], list[Claim]]


@dataclass
class RunSummary:
    articles: int = 0
    skipped: int = 0
    mentions: int = 0
    claims: int = 0
    facilities: int = 0
    errors: list[IngestFailure] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"articles processed: {self.articles} (unchanged, skipped: {self.skipped})",
                f"place mentions: {self.mentions}", f"claims: {self.claims}", f"facilities: {self.facilities}",
                f"errors: {len(self.errors)}", *(f"  {e.message}" for e in self.errors)]


def _parser():
    """The process's geoparser (English and, through the same gazetteer, Russian and Ukrainian)."""
    global _worker_parser
    if _worker_parser is None:
        from .cyrillic_places import CyrillicGeoparser
        from .gazetteer import Gazetteer

        _worker_parser = CyrillicGeoparser(Gazetteer.open())
    return _worker_parser


BATCH = 16  # articles per spaCy batch (and per task sent to a worker)


def analyse(article: Article, doc=None) -> Analysed:
    """The per-article stages: place mentions and the claims they carry, read in the article's language."""
    from . import cyrillic
    from .facts import extract_claims

    if article.language in cyrillic.LANGUAGES:
        return article, *cyrillic.analyse(_parser(), article)
    doc, mentions = _parser().parse(article.id, article.text, doc)
    return article, mentions, extract_claims(article.id, article.text, doc, mentions, article.published,
                                             article.publisher)


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


def _new_articles(paths: Iterable[Path], store: Store, summary: RunSummary) -> list[Article]:
    fresh, seen = [], set()
    for item in read_all(paths):
        if isinstance(item, IngestFailure):
            summary.errors.append(item)
        elif store.has_article(item.id) or item.id in seen:
            summary.skipped += 1
        else:
            seen.add(item.id)
            fresh.append(item)
    return fresh


def run(paths: Iterable[Path], db: Path, *, processes: int = 1,
        progress: Callable[[Iterable, int], Iterable] | None = None) -> RunSummary:
    """Process new articles under ``paths`` into the store at ``db``; unchanged articles are skipped.

    ``progress(results, total)`` wraps the stream of results (e.g. ``tqdm``) to show how far the run is.
    """
    summary = RunSummary()
    store = Store(db)
    try:
        fresh = _new_articles(paths, store, summary)
        if fresh:
            results = _analysed(fresh, processes)
            for result in (progress(results, len(fresh)) if progress else results):
                if isinstance(result, IngestFailure):
                    summary.errors.append(result)
                    continue
                article, mentions, claims = result
                if not store.add_article(article, mentions, claims):
                    summary.skipped += 1  # another run stored it meanwhile
                    continue
                summary.articles += 1
                summary.mentions += len(mentions)
                summary.claims += len(claims)
        summary.facilities = rebuild_facilities(store) if store.facilities_stale() else store.counts()["facility"]
    finally:
        store.close()
    return summary


def _analysed(articles: list[Article], processes: int):
    batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
    if processes <= 1 or len(batches) < 2:
        for batch in batches:
            yield from analyse_batch(batch)
        return
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for results in pool.imap(analyse_batch, batches):
            yield from results

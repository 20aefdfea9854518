"""Pipeline benchmark: articles/s with 1 and 2 processes on a mixed-language corpus, the rate of analysis per
language, the spaCy-only rate on the English texts, a re-run over the unchanged corpus, and peak memory.

Run: ``.venv/bin/python bench/pipeline.py [--corpus DIR ...] [--n 400]``. The corpora are read where they lie
(default: the English and the Russian/Ukrainian development corpora beside the repository) and repeated to N
articles, each made distinct by a numbered closing line; nothing is copied into the repository.
"""

import argparse
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _util import peak_rss_mb, report

from pipeline.articles import read_all
from pipeline.geoparse import load_nlp
from pipeline.records import Article
from pipeline.runner import analyse, run

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEFAULT_CORPORA = [SHARED / "dev" / "articles", SHARED / "dev-ru" / "articles"]
FALLBACK_CORPUS = Path(__file__).resolve().parent.parent / "articles"


def make_corpus(sources: list[Path], n: int, target: Path) -> tuple[Path, list[Article], int]:
    """N articles as one JSON Lines file, cycling through the source articles (languages interleaved)."""
    base = [a for a in read_all(sources) if not hasattr(a, "message")]
    articles, lines = [], []
    for i in range(n):
        a = base[i % len(base)]
        text = f"{a.text}\n\n(Benchmark copy {i}.)\n"
        articles.append(replace(a, id=f"bench{i}", text=text))
        lines.append(json.dumps({"text": text, "title": f"{a.title} #{i}", "publisher": a.publisher,
                                 "url": a.url, "published": a.published, "language": a.language}))
    path = target / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, articles, sum(len(a.text.split()) for a in articles)


def per_language(articles: list[Article]) -> list[tuple[str, str]]:
    """Analysis alone (no store), one process, per language."""
    rows = []
    for language in sorted({a.language for a in articles}):
        mine = [a for a in articles if a.language == language]
        analyse(mine[0])  # models loaded before the clock starts
        start = time.perf_counter()
        for a in mine:
            analyse(a)
        rows.append((f"analysis of {language} articles ({len(mine)}), 1 process",
                     f"{len(mine) / (time.perf_counter() - start):.1f} articles/s"))
    return rows


def timed_run(corpus: Path, db: Path, processes: int) -> float:
    start = time.perf_counter()
    summary = run([corpus], db, processes=processes)
    assert not summary.errors, summary.errors
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = [c for c in DEFAULT_CORPORA if c.exists()] or [FALLBACK_CORPUS]
    parser.add_argument("--corpus", type=Path, nargs="+", default=default)
    parser.add_argument("--n", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus, articles, words = make_corpus(args.corpus, args.n, tmp)
        english = [a.text for a in articles if a.language == "en"]
        nlp = load_nlp()
        start = time.perf_counter()
        for _ in nlp.pipe(english, batch_size=32):
            pass
        ner = time.perf_counter() - start
        languages = per_language(articles)
        one = timed_run(corpus, tmp / "one.sqlite", 1)
        two = timed_run(corpus, tmp / "two.sqlite", 2)
        rerun = timed_run(corpus, tmp / "two.sqlite", 2)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = args.n
    mix = ", ".join(f"{lang} {sum(a.language == lang for a in articles)}" for lang in sorted({a.language
                                                                                           for a in articles}))
    report(f"pipeline ({n} articles: {mix}; {words / n:.0f} words each on average)", [
        ("spaCy alone (tagger, parser, NER) on the English ones", f"{len(english) / ner:.1f} articles/s"),
        *languages,
        ("full pipeline, 1 process", f"{n / one:.1f} articles/s"),
        ("full pipeline, 2 processes", f"{n / two:.1f} articles/s (incl. ~2 s worker start-up)"),
        ("re-run over the unchanged corpus", f"{rerun:.2f} s ({rerun / two:.1%} of a full 2-process run)"),
        ("peak resident memory", f"{peak_rss_mb():.0f} MB main process, {children:.0f} MB largest worker"),
    ])


if __name__ == "__main__":
    sys.exit(main())

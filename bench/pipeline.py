"""Pipeline benchmark: articles/s with 1 and 2 processes, the NER-only rate on the same texts, a re-run over
the unchanged corpus, and peak memory.

Run: ``.venv/bin/python bench/pipeline.py [--corpus DIR] [--n 400]``. The corpus is read where it lies
(default: the development corpus beside the repository) and repeated to N articles, each made distinct by a
numbered closing line; nothing is copied into the repository.
"""

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from _util import peak_rss_mb, report

from pipeline.articles import read_all
from pipeline.geoparse import load_nlp
from pipeline.runner import run

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev" / "articles"
FALLBACK_CORPUS = Path(__file__).resolve().parent.parent / "articles"


def make_corpus(source: Path, n: int, target: Path) -> tuple[Path, list[str], int]:
    """N articles as one JSON Lines file, cycling through the source articles."""
    base = [a for a in read_all([source]) if not hasattr(a, "message")]
    texts, lines = [], []
    for i in range(n):
        a = base[i % len(base)]
        text = f"{a.text}\n\n(Benchmark copy {i}.)\n"
        texts.append(text)
        lines.append(json.dumps({"text": text, "title": f"{a.title} #{i}", "publisher": a.publisher,
                                 "url": a.url, "published": a.published}))
    path = target / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, texts, sum(len(t.split()) for t in texts)


def timed_run(corpus: Path, db: Path, processes: int) -> float:
    start = time.perf_counter()
    summary = run([corpus], db, processes=processes)
    assert not summary.errors, summary.errors
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS)
    parser.add_argument("--n", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus, texts, words = make_corpus(args.corpus, args.n, tmp)
        nlp = load_nlp()
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        ner = time.perf_counter() - start
        one = timed_run(corpus, tmp / "one.sqlite", 1)
        two = timed_run(corpus, tmp / "two.sqlite", 2)
        rerun = timed_run(corpus, tmp / "two.sqlite", 2)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = args.n
    report(f"pipeline ({n} articles, {words / n:.0f} words each on average, from {args.corpus})", [
        ("spaCy alone (tagger, parser, NER), 1 process", f"{n / ner:.1f} articles/s"),
        ("full pipeline, 1 process", f"{n / one:.1f} articles/s ({(n / one) / (n / ner):.2f} x spaCy alone)"),
        ("full pipeline, 2 processes", f"{n / two:.1f} articles/s (incl. ~2 s worker start-up)"),
        ("re-run over the unchanged corpus", f"{rerun:.2f} s ({rerun / two:.1%} of a full 2-process run)"),
        ("peak resident memory", f"{peak_rss_mb():.0f} MB main process, {children:.0f} MB largest worker"),
    ])


if __name__ == "__main__":
    sys.exit(main())

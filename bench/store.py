"""Store benchmark: writing analysed articles into SQLite and into PostgreSQL, deriving the facilities, and the
migration of a version-1 store (JSON blobs) to the typed schema.

Run: ``.venv/bin/python bench/store.py [--articles 20000] [--postgres URL]`` (without --postgres, the URL in
TRACKER_TEST_POSTGRES, as .ci/postgres prints it; PostgreSQL is left out when there is none). Articles are
synthetic: each with 3 place mentions and 2 claims at one of 2,000 towns, as the pipeline would hand them over.
Facilities are also derived from claims at 20 towns only: an archive that follows a few plants for years, each
reported by thousands of articles.
"""

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from _util import postgres_schema, report

from pipeline.facilities import merge
from pipeline.records import Article, Claim, Mention, Place
from pipeline.store import Store
from tests.builders import version_1

TOWNS = [Place(100_000 + i, f"Town {i}", "city", random.Random(i).choice(["RU", "BY", "IR", "KZ"]), "XX-1",
               "Region", 40 + i % 25, 30 + i % 50, 10_000 + i) for i in range(2000)]


def synthetic(n: int, towns: int = len(TOWNS)) -> list[tuple[Article, list[Mention], list[Claim]]]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        text = f"Report {i}: " + " ".join(rng.choice(["drone", "plant", "shells", "expanded", "near", "the"])
                                          for _ in range(120))
        art = Article(f"{i:08x}{uuid.UUID(int=i).hex[:24]}", f"Report {i}", f"Wire {i % 40}", f"https://x.org/{i}",
                      f"202{i % 5}-0{i % 9 + 1}-1{i % 9}", "en", text, f"{i}.md")
        places = [rng.choice(TOWNS[:towns]) for _ in range(3)]
        mentions = [Mention(art.id, 10 * k, 10 * k + 6, t.name, t, "exact", 1.0) for k, t in enumerate(places)]
        claims = [Claim(art.id, t, "city", t.name, "drone factory", ["drones"], rng.choice(["operational", "struck"]),
                        None, [t.country_code], None, "officials", f"Sentence {k} of report {i}.", 0, 20, 0.8)
                  for k, t in enumerate(places[:2])]
        out.append((art, mentions, claims))
    return out


def write(where, records) -> tuple[float, float]:
    """Seconds to store every article (one transaction each), then to derive the facilities."""
    store = Store(where)
    start = time.perf_counter()
    for record in records:
        store.add_article(*record)
    stored = time.perf_counter() - start
    start = time.perf_counter()
    store.rebuild_facilities(merge)
    derived = time.perf_counter() - start
    store.close()
    return stored, derived


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--postgres", default=os.environ.get("TRACKER_TEST_POSTGRES"))
    args = parser.parse_args()
    records = synthetic(args.articles)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        stored, derived = write(Path(folder) / "s.sqlite", records)
        rows.append(("SQLite: store articles", f"{args.articles / stored:,.0f} articles/s ({stored:.1f} s)"))
        rows.append(("SQLite: derive facilities", f"{derived:.1f} s"))
        if args.postgres:
            pg_stored, pg_derived = write(postgres_schema(args.postgres), records)
            rows.append(("PostgreSQL: store articles", f"{args.articles / pg_stored:,.0f} articles/s "
                                                       f"({pg_stored:.1f} s; {stored / pg_stored:.2f}x SQLite)"))
            rows.append(("PostgreSQL: derive facilities", f"{pg_derived:.1f} s"))
        _, few = write(Path(folder) / "few.sqlite", synthetic(args.articles, towns=20))
        rows.append(("SQLite: derive facilities, claims at 20 towns", f"{few:.1f} s"))
        old = Path(folder) / "v1.sqlite"
        version_1(old, records)
        start = time.perf_counter()
        Store(old).close()
        rows.append(("migration of a version-1 store", f"{time.perf_counter() - start:.1f} s "
                                                       f"({args.articles:,} articles, {2 * args.articles:,} claims)"))
    report(f"Store, {args.articles:,} synthetic articles", rows)


if __name__ == "__main__":
    main()

"""Store benchmark: writing analysed articles into SQLite and into PostgreSQL, deriving the facilities, and the
migration of a version-1 store (JSON blobs) to the typed schema.

Run: ``.venv/bin/python bench/store.py [--articles 20000] [--postgres URL]`` (without --postgres, the URL in
TRACKER_TEST_POSTGRES, as .ci/postgres prints it; PostgreSQL is left out when there is none). Articles are
synthetic: each with 3 place mentions and 2 claims at one of 2,000 towns, as the pipeline would hand them over.
"""

import argparse
import json
import os
import random
import sqlite3
import tempfile
import time
import uuid
from dataclasses import asdict
from pathlib import Path

from _util import report

from pipeline.facilities import merge
from pipeline.records import Article, Claim, Mention, Place
from pipeline.store import Store

V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE article (id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL,
    published TEXT, language TEXT NOT NULL, source_path TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE mention (article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, surface TEXT NOT NULL, place TEXT NOT NULL, method TEXT NOT NULL, score REAL NOT NULL,
    role TEXT NOT NULL, PRIMARY KEY (article_id, start));
CREATE TABLE claim (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    data TEXT NOT NULL);
CREATE TABLE facility (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE facility_claim (facility_id TEXT NOT NULL REFERENCES facility(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, PRIMARY KEY (facility_id, claim_id));
CREATE INDEX claim_article ON claim(article_id);
INSERT INTO meta VALUES ('schema_version', '1');
"""
TOWNS = [Place(100_000 + i, f"Town {i}", "city", random.Random(i).choice(["RU", "BY", "IR", "KZ"]), "XX-1",
               "Region", 40 + i % 25, 30 + i % 50, 10_000 + i) for i in range(2000)]


def synthetic(n: int) -> list[tuple[Article, list[Mention], list[Claim]]]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        text = f"Report {i}: " + " ".join(rng.choice(["drone", "plant", "shells", "expanded", "near", "the"])
                                          for _ in range(120))
        art = Article(f"{i:08x}{uuid.UUID(int=i).hex[:24]}", f"Report {i}", f"Wire {i % 40}", f"https://x.org/{i}",
                      f"202{i % 5}-0{i % 9 + 1}-1{i % 9}", "en", text, f"{i}.md")
        towns = [rng.choice(TOWNS) for _ in range(3)]
        mentions = [Mention(art.id, 10 * k, 10 * k + 6, t.name, t, "exact", 1.0) for k, t in enumerate(towns)]
        claims = [Claim(art.id, t, "city", t.name, "drone factory", ["drones"], rng.choice(["operational", "struck"]),
                        None, [t.country_code], None, "officials", f"Sentence {k} of report {i}.", 0, 20, 0.8)
                  for k, t in enumerate(towns[:2])]
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


def version_1(path: Path, records) -> None:
    """A store as the version-1 tracker wrote it."""
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA)
    for art, mentions, claims in records:
        con.execute("INSERT INTO article VALUES (?,?,?,?,?,?,?,?)", (art.id, art.title, art.publisher, art.url,
                                                                   art.published, art.language, art.source_path,
                                                                   art.text))
        con.executemany("INSERT INTO mention VALUES (?,?,?,?,?,?,?,?)", [
            (m.article_id, m.start, m.end, m.surface, json.dumps(asdict(m.place)), m.method, m.score, m.role)
            for m in mentions])
        for c in claims:
            rid = con.execute("INSERT INTO claim (article_id, data) VALUES (?, ?)",
                              (c.article_id, json.dumps({**asdict(c), "id": None}))).lastrowid
            facility = {"name": "Drone factory", "place": asdict(c.place), "precision": "city", "kind": c.kind,
                        "products": c.products, "status": c.status, "operators": c.operators,
                        "first_reported": art.published, "last_reported": art.published, "sources": 1,
                        "nearest_nato": None, "nato_distance_km": None}
            con.execute("INSERT INTO facility VALUES (?, ?)", (f"f{rid}", json.dumps(facility)))
            con.execute("INSERT INTO facility_claim VALUES (?, ?)", (f"f{rid}", rid))
    con.commit()
    con.close()


def postgres_schema(url: str) -> str:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {name}")
    return f"{url}?options=-csearch_path%3D{name},public"


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
        old = Path(folder) / "v1.sqlite"
        version_1(old, records)
        start = time.perf_counter()
        Store(old).close()
        rows.append(("migration of a version-1 store", f"{time.perf_counter() - start:.1f} s "
                                                       f"({args.articles:,} articles, {2 * args.articles:,} claims)"))
    report(f"Store, {args.articles:,} synthetic articles", rows)


if __name__ == "__main__":
    main()

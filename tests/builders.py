"""Records made by hand for unit tests: places in known countries, and claims, facilities and articles with
only the fields a test cares about set."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import asdict
from pathlib import Path

from pipeline import gazetteer_build
from pipeline.names import normalize
from pipeline.records import Article, Capacity, Claim, Facility, Place

MINSK = Place(625144, "Minsk", "city", "BY", "BY-HM", "Minsk City", 53.9, 27.567, 1_742_000)
KAZAN = Place(551487, "Kazan", "city", "RU", "RU-TA", "Tatarstan", 55.79, 49.12, 1_104_000)
TATARSTAN = Place(484048, "Tatarstan", "region", "RU", "RU-TA", "Tatarstan", 55.37, 50.74, 3_000_000)
RUSSIA = Place(2017370, "Russia", "country", "RU", "", "", 63.6, 94.5, 144_000_000)
TEHRAN = Place(112931, "Tehran", "city", "IR", "IR-23", "Tehran", 35.694, 51.422, 7_153_000)


def claim(article_id: str = "a1", place: Place = KAZAN, status: str = "operational", *, kind: str = "drone factory",
          products: tuple[str, ...] = ("drones",), operators: tuple[str, ...] = ("RU",), date: str | None = None,
          attribution: str | None = None, capacity: Capacity | None = None, evidence: str | None = None,
          surface: str | None = None, claim_id: int | None = None) -> Claim:
    evidence = evidence or f"A {kind} in {place.name} is {status}."
    return Claim(article_id, place, place.level, surface or place.name, kind, list(products), status, capacity,
                 list(operators), date, attribution, evidence, 0, len(evidence), 0.9, id=claim_id)


def facility(*claims: Claim, fid: str = "f1", first: str | None = "2024-05-01", last: str | None = None,
             status: str | None = None, name: str = "Drone factory") -> Facility:
    claims = claims or (claim(),)
    head = claims[0]
    return Facility(fid, name, head.place, head.precision, head.kind, list(head.products), status or head.status,
                    sorted({o for c in claims for o in c.operators}), first, last or first, list(claims),
                    len({c.article_id for c in claims}))


def article(article_id: str = "a1", *, publisher: str = "Wire", language: str = "en", published: str | None = None,
            url: str = "https://example.org/a", title: str = "Report") -> Article:
    return Article(article_id, title, publisher, url, published, language, "", f"{article_id}.md")


def gazetteer_index(path: Path, *places: tuple[Place, tuple[str, ...]]) -> Path:
    """A gazetteer index holding only these places, ranked in the order given, each with its names: the first
    its primary name, the others alternate ones. For cases the real index has no example of."""
    with closing(sqlite3.connect(path)) as con, con:
        con.executescript(gazetteer_build.SCHEMA)
        for rank, (p, names) in enumerate(places):
            place_id = con.execute(
                "INSERT INTO place (geonameid, level, name, cc, region_code, region_name, lat, lon, population, rank) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (p.geonameid, p.level, p.name, p.country_code, p.region_code,
                                                          p.region_name, p.lat, p.lon, p.population, rank)).lastrowid
            con.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)",
                            [(normalize(n), place_id, gazetteer_build.PRIMARY if i == 0 else gazetteer_build.ALTERNATE)
                             for i, n in enumerate(names)])
        con.executescript(gazetteer_build.FUZZY_SCHEMA)
    return path


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

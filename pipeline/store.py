"""The store: one SQLite file with a versioned schema. One transaction per article; facilities are derived
from all stored claims and rewritten in one transaction, so a crash never leaves a half-written article."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .errors import TrackerError
from .records import Article, Capacity, Claim, Facility, Mention, Place

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL, published TEXT,
    language TEXT NOT NULL, source_path TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mention (
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, surface TEXT NOT NULL, place TEXT NOT NULL, method TEXT NOT NULL, score REAL NOT NULL,
    role TEXT NOT NULL, PRIMARY KEY (article_id, start));
CREATE TABLE IF NOT EXISTS claim (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facility (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facility_claim (
    facility_id TEXT NOT NULL REFERENCES facility(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, PRIMARY KEY (facility_id, claim_id));
CREATE INDEX IF NOT EXISTS claim_article ON claim(article_id);
"""


class StoreError(TrackerError):
    """The store file cannot be used."""


class Store:
    """Read and write the tracker's SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `python -m pipeline run articles --db {self.path}`")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            uri = f"file:{self.path}?mode=ro" if readonly else f"file:{self.path}"
            self.con = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            self.con.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.con.execute("PRAGMA journal_mode = WAL")
                self.con.executescript(SCHEMA)
                self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path} is not a tracker store ({err}); move it away or choose another --db") \
                from err

    def _check_version(self) -> None:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            with self.con:
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0]}, this tracker reads {SCHEMA_VERSION}; "
                             "rebuild it with `python -m pipeline run` into a new --db")

    def close(self) -> None:
        self.con.close()

    # -- writing -------------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM article WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        """Store an article with its mentions and claims in one transaction (replacing an earlier copy)."""
        with self.con:
            self.con.execute("DELETE FROM article WHERE id = ?", (article.id,))
            self.con.execute("INSERT INTO article VALUES (?,?,?,?,?,?,?,?)", (
                article.id, article.title, article.publisher, article.url, article.published, article.language,
                article.source_path, article.text))
            self.con.executemany('INSERT OR REPLACE INTO mention VALUES (?,?,?,?,?,?,?,?)', [
                (m.article_id, m.start, m.end, m.surface, json.dumps(asdict(m.place)), m.method, m.score, m.role)
                for m in mentions])
            self.con.executemany("INSERT INTO claim (article_id, data) VALUES (?, ?)",
                                 [(c.article_id, json.dumps({**asdict(c), "id": None})) for c in claims])

    def _claims_state(self) -> str:
        count, last = self.con.execute("SELECT COUNT(*), MAX(id) FROM claim").fetchone()
        return f"{count}/{last}"

    def facilities_stale(self) -> bool:
        """Whether the claims changed since facilities were last derived (e.g. a run killed before merging)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'facilities_from'").fetchone()
        return row is None or row[0] != self._claims_state()

    def replace_facilities(self, facilities: list[Facility]) -> None:
        """Rewrite the derived facilities (from stored claims, which carry their row ids)."""
        with self.con:
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('facilities_from', ?)", (self._claims_state(),))
            self.con.execute("DELETE FROM facility")
            for f in facilities:
                data = asdict(f)
                data.pop("claims")
                self.con.execute("INSERT INTO facility VALUES (?, ?)", (f.id, json.dumps(data)))
                self.con.executemany("INSERT OR IGNORE INTO facility_claim VALUES (?, ?)",
                                     [(f.id, c.id) for c in f.claims])

    # -- reading -------------------------------------------------------------------------------------

    def articles(self) -> dict[str, Article]:
        rows = self.con.execute("SELECT id, title, publisher, url, published, language, text, source_path "
                                "FROM article").fetchall()
        return {r[0]: Article(*r) for r in rows}

    def claims(self) -> list[Claim]:
        return [claim_from_json(data, rid) for rid, data in
                self.con.execute("SELECT id, data FROM claim ORDER BY article_id, id")]

    def mentions(self) -> list[Mention]:
        rows = self.con.execute('SELECT article_id, start, "end", surface, place, method, score, role FROM mention '
                                "ORDER BY article_id, start")
        return [Mention(a, s, e, surf, Place(**json.loads(p)), meth, sc, role)
                for a, s, e, surf, p, meth, sc, role in rows]

    def facilities(self) -> list[Facility]:
        """Facilities with their claims, as last derived."""
        claims = {c.id: c for c in self.claims()}
        links: dict[str, list[int]] = {}
        for fid, cid in self.con.execute("SELECT facility_id, claim_id FROM facility_claim ORDER BY claim_id"):
            links.setdefault(fid, []).append(cid)
        out = []
        for fid, data in self.con.execute("SELECT id, data FROM facility ORDER BY id"):
            d = json.loads(data)
            d["place"] = Place(**d["place"])
            out.append(Facility(**d, claims=[claims[c] for c in links.get(fid, [])]))
        return out

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("article", "mention", "claim", "facility")}


def claim_from_json(data: str, row_id: int) -> Claim:
    d = json.loads(data)
    d["id"] = row_id
    d["place"] = Place(**d["place"])
    d["capacity"] = Capacity(**d["capacity"]) if d["capacity"] else None
    return Claim(**d)

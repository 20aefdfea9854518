"""The store: one SQLite file with a versioned schema. One transaction per article; facilities are derived
from all stored claims and rewritten in one transaction, so a crash never leaves a half-written article, and
several runs may write the same store at once. Analyst decisions are kept in their own table, never touched by a
run, and applied each time facilities are derived. Fetched pages are kept by canonical URL; a page's new text
supersedes its old one, whose mentions and claims go while its text stays, in the same transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path

from .errors import TrackerError
from .records import Article, Capacity, Claim, Facility, Mention, Page, Place
from .review import Decision, Review, claim_keys

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
CREATE TABLE IF NOT EXISTS page (
    canonical_url TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES article(id), etag TEXT,
    last_modified TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS superseded (
    article_id TEXT PRIMARY KEY REFERENCES article(id), by_article TEXT NOT NULL REFERENCES article(id),
    canonical_url TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decision (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
    value TEXT NOT NULL, note TEXT NOT NULL);
"""
ARTICLE_COLUMNS = "id, title, publisher, url, published, language, text, source_path"


class StoreError(TrackerError):
    """The store file cannot be used."""


class Store:
    """Read and write the tracker's SQLite file.

    A read-write open creates the schema in a new or empty file and refuses any other file, leaving it untouched;
    a read-only open refuses a file without the tracker's schema. Either raises :class:`StoreError`.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `python -m pipeline run articles --db {self.path}`")
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder; give the store's file, e.g. {self.path / 'tracker.sqlite'}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the folder for the store {self.path} ({err.strerror}); "
                             "choose another --db") from err
        # A URI with the path percent-quoted, so that '#', '?' or '%' in a file name are part of the name.
        uri = f"{self.path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
        try:
            self.con = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=60)
            self.con.execute("PRAGMA foreign_keys = ON")
            self._open_schema(readonly)
            if not readonly:
                self.con.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as err:  # e.g. locked by another process, or not readable or writable
            raise StoreError(f"cannot open the store {self.path} ({err}); check the file and its permissions, "
                             "or choose another --db") from err
        except sqlite3.DatabaseError as err:  # e.g. not an SQLite file at all
            raise self._not_a_store(str(err)) from err

    def _not_a_store(self, why: str) -> StoreError:
        return StoreError(f"{self.path} is not a tracker store ({why}); give the store's file, or a new file name "
                          "to start one (`python -m pipeline run articles --db NEW`)")

    def _open_schema(self, readonly: bool) -> None:
        """Create the schema in an empty file; check that any other file is a tracker store of this version. A
        read-write open adds the tables newer than the file (pages, superseded versions) to a store of this
        version: their statements say IF NOT EXISTS."""
        with self.con:
            if not readonly:
                self.con.execute("BEGIN IMMEDIATE")  # one process creates the schema, the others then see it
            tables = {name for (name,) in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            empty = not tables and not readonly
            if not empty:
                self._check_version(tables)
            if not readonly:
                for statement in filter(str.strip, SCHEMA.split(";")):
                    self.con.execute(statement)
            if empty:
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _check_version(self, tables: set[str]) -> None:
        row = (self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
               if "meta" in tables else None)
        if row is None:
            raise self._not_a_store("it has no tracker schema")
        if row[0] != str(SCHEMA_VERSION):
            raise StoreError(f"{self.path} has schema version {row[0]}, this tracker reads {SCHEMA_VERSION}; "
                             "rebuild it with `python -m pipeline run` into a new --db")

    def close(self) -> None:
        self.con.close()

    # -- writing -------------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether this text is stored as a current article (not only as a page's superseded version)."""
        return self.con.execute("SELECT 1 FROM article WHERE id = ? AND id NOT IN (SELECT article_id FROM "
                                "superseded)", (article_id,)).fetchone() is not None

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> bool:
        """Store an article with its mentions and claims in one transaction; returns False, changing nothing,
        when the article is stored already (e.g. by another run at the same time)."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            if self.has_article(article.id):
                return False
            self._insert(article, mentions, claims)
        return True

    def _insert(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        """Write an article with its mentions and claims; a superseded version's row is current again."""
        if self.con.execute("SELECT 1 FROM article WHERE id = ?", (article.id,)).fetchone():
            self.con.execute("DELETE FROM superseded WHERE article_id = ?", (article.id,))
        else:
            self.con.execute(f"INSERT INTO article ({ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", (
                article.id, article.title, article.publisher, article.url, article.published, article.language,
                article.text, article.source_path))
        self.con.executemany("INSERT OR REPLACE INTO mention VALUES (?,?,?,?,?,?,?,?)", [
            (m.article_id, m.start, m.end, m.surface, json.dumps(asdict(m.place)), m.method, m.score, m.role)
            for m in mentions])
        self.con.executemany("INSERT INTO claim (article_id, data) VALUES (?, ?)",
                             [(c.article_id, json.dumps({**asdict(c), "id": None, "key": None, "review": "unreviewed"}))
                              for c in claims])

    def add_page(self, page: Page, article: Article | None = None, mentions: list[Mention] | None = None,
                 claims: list[Claim] | None = None) -> str | None:
        """Record a fetched page in one transaction. Without an article the page was not modified: only when it
        was fetched and its validators change (``page.article_id`` is its text). With one, the page holds that
        text now: it is stored with ``mentions`` and ``claims`` unless stored already, and the page's earlier text
        becomes a superseded version, its mentions and claims removed (its text stays, see :meth:`versions`),
        unless another page still holds it.

        Returns "added", "updated" (a new text replaced the page's earlier one), "unchanged" (the page's own
        text), "stored" (a text stored already, e.g. from another feed), or None, writing nothing, when the text is
        not stored and ``mentions`` is None (not analysed: e.g. another run superseded it meanwhile)."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            known = self.page(page.url)
            old = known.article_id if known else None
            new = article.id if article else page.article_id
            if article and not self.has_article(new):
                if mentions is None:
                    return None
                self._insert(article, mentions, claims or [])
                outcome = "updated" if old else "added"
            else:
                outcome = "unchanged" if new == old else "stored"
            if old and old != new:
                self._supersede(old, new, page)
            self.con.execute("INSERT OR REPLACE INTO page VALUES (?,?,?,?,?)",
                             (page.url, new, page.etag, page.last_modified, page.fetched_at))
        return outcome

    def _supersede(self, old: str, new: str, page: Page) -> None:
        """The page's old text gives way to the new one: its mentions and claims go, its row stays."""
        if self.con.execute("SELECT 1 FROM page WHERE article_id = ? AND canonical_url != ?",
                            (old, page.url)).fetchone():
            return  # another page still holds that text
        self.con.execute("DELETE FROM mention WHERE article_id = ?", (old,))
        self.con.execute("DELETE FROM claim WHERE article_id = ?", (old,))
        self.con.execute("INSERT OR REPLACE INTO superseded VALUES (?,?,?,?)", (old, new, page.url, page.fetched_at))

    def _claims_state(self) -> str:
        """What facilities are derived from: the claims and the decisions."""
        count, last = self.con.execute("SELECT COUNT(*), MAX(id) FROM claim").fetchone()
        decisions = self.decisions()
        return f"{count}/{last}" + (f"/{decisions[-1].id}" if decisions else "")

    def add_decisions(self, decisions: list[Decision],
                      merge: Callable[[list[Claim], dict[str, Article], Review], list[Facility]]) -> list[Decision]:
        """Record analyst decisions and derive the facilities again, in one transaction; returns them with their
        ids. ``merge`` is as for :meth:`rebuild_facilities`."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            stored = []
            for d in decisions:
                cur = self.con.execute("INSERT INTO decision (at, who, action, target, value, note) "
                                       "VALUES (?,?,?,?,?,?)",
                                       (d.at, d.who, d.action, d.target, json.dumps(d.value), d.note))
                stored.append(Decision(d.action, d.target, d.value, d.who, d.note, d.at, cur.lastrowid))
            self._rebuild(merge)
        return stored

    def facilities_stale(self) -> bool:
        """Whether the claims changed since facilities were last derived (e.g. a run killed before merging)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'facilities_from'").fetchone()
        return row is None or row[0] != self._claims_state()

    def rebuild_facilities(self, merge: Callable[[list[Claim], dict[str, Article], Review], list[Facility]]) -> int:
        """Derive the facilities from every stored claim and decision with ``merge(claims, articles, review)`` and
        rewrite them, all in one write transaction, so no other process changes the claims in between; returns
        how many."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            return self._rebuild(merge)

    def _rebuild(self, merge) -> int:
        facilities = merge(self.claims(), self.articles(), Review(self.decisions()))
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('facilities_from', ?)", (self._claims_state(),))
        self.con.execute("DELETE FROM facility")
        for f in facilities:
            # field by field: asdict would deep-copy every claim only to drop them
            data = {k.name: getattr(f, k.name) for k in fields(Facility) if k.name != "claims"}
            data["place"] = asdict(f.place)
            self.con.execute("INSERT INTO facility VALUES (?, ?)", (f.id, json.dumps(data)))
            self.con.executemany("INSERT OR IGNORE INTO facility_claim VALUES (?, ?)",
                                 [(f.id, c.id) for c in f.claims])
        return len(facilities)

    # -- reading -------------------------------------------------------------------------------------

    def articles(self) -> dict[str, Article]:
        rows = self.con.execute(f"SELECT {ARTICLE_COLUMNS} FROM article").fetchall()
        return {r[0]: Article(*r) for r in rows}

    def page(self, url: str) -> Page | None:
        """The page stored under this canonical URL, if any."""
        row = self.con.execute("SELECT canonical_url, article_id, etag, last_modified, fetched_at FROM page "
                               "WHERE canonical_url = ?", (url,)).fetchone()
        return Page(*row) if row else None

    def versions(self, url: str) -> list[Article]:
        """The texts the page at this canonical URL has held, newest first: its current one, then the superseded."""
        return [Article(*row[:8]) for row in self.con.execute(
            f"SELECT {ARTICLE_COLUMNS}, 0 AS newest, '' AS at FROM article JOIN page ON page.article_id = article.id "
            f"WHERE canonical_url = ? UNION ALL SELECT {ARTICLE_COLUMNS}, 1, at FROM article JOIN superseded ON "
            "superseded.article_id = article.id WHERE canonical_url = ? ORDER BY newest, at DESC", (url, url))]

    def claims(self) -> list[Claim]:
        """The claims as the pipeline made them, each with its key (see review.claim_keys)."""
        claims = [claim_from_json(data, rid) for rid, data in
                  self.con.execute("SELECT id, data FROM claim ORDER BY article_id, id")]
        for c, key in zip(claims, claim_keys(claims), strict=True):
            c.key = key
        return claims

    def decisions(self) -> list[Decision]:
        """Every analyst decision, oldest first (none in a store written before decisions, opened read-only)."""
        if not self.con.execute("SELECT 1 FROM sqlite_master WHERE name = 'decision'").fetchone():
            return []
        return [Decision(action, target, json.loads(value), who, note, at, rid) for rid, at, who, action, target,
                value, note in self.con.execute("SELECT id, at, who, action, target, value, note FROM decision "
                                                "ORDER BY id")]

    def reviewed_claims(self) -> list[Claim]:
        """The claims with the analyst's corrections and verdicts (rejected ones too)."""
        return list(map(Review(self.decisions()).applied, self.claims()))

    def mentions(self) -> list[Mention]:
        rows = self.con.execute('SELECT article_id, start, "end", surface, place, method, score, role FROM mention '
                                "ORDER BY article_id, start")
        return [Mention(a, s, e, surf, Place(**json.loads(p)), meth, sc, role)
                for a, s, e, surf, p, meth, sc, role in rows]

    def facilities(self) -> list[Facility]:
        """Facilities with their claims (as the analyst corrected them), as last derived."""
        claims = {c.id: c for c in self.reviewed_claims()}
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


@contextmanager
def reading(path: str | Path) -> Iterator[Store]:
    """The store at ``path`` opened read-only; a file that breaks while being read is a StoreError."""
    store = Store(path, readonly=True)
    try:
        yield store
    except sqlite3.DatabaseError as err:  # e.g. a store file cut short by a copy
        raise StoreError(f"{path} cannot be read ({err}); rebuild it with `python -m pipeline run` into a new "
                         "--db") from err
    finally:
        store.close()


def claim_from_json(data: str, row_id: int) -> Claim:
    d = json.loads(data)
    d["id"] = row_id
    d["place"] = Place(**d["place"])
    d["capacity"] = Capacity(**d["capacity"]) if d["capacity"] else None
    return Claim(**d)

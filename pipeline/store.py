"""The store: an SQLite file (the default) or a PostgreSQL database with PostGIS (a ``postgresql://`` URL), with
one versioned schema (``schema.py``). One transaction per article; facilities are derived from all stored claims
and decisions and rewritten in one transaction, under the store's write lock, so a crash never leaves a
half-written article and several runs, on one machine or several, may write the same store at once. Analyst
decisions are kept in their own table, never touched by a run, and applied each time facilities are derived.
Fetched pages are kept by canonical URL; a page's new text supersedes its old one, whose mentions and claims go
while its text stays, in the same transaction."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import borders, db, schema
from .errors import TrackerError
from .records import Article, Claim, Facility, Mention, Page
from .review import Decision, Review, claim_keys

SCHEMA_VERSION = schema.VERSION
# Store.placed's conditions, as filters.matches has them: a facility placed by the analyst at coordinates has no
# country code and is in the country its point falls in; only a located facility (its site or town known) has a
# distance; NATO is the members as of the facility's last report, a year or month standing for its last day.
_IN_COUNTRIES = """(f.country_code = ANY(?) OR (f.country_code = '' AND f.precision IN ('site', 'city') AND
    EXISTS (SELECT 1 FROM country_part c WHERE c.iso_a2 = ANY(?) AND ST_Intersects(c.geom, f.geom))))"""
_NEAR_NATO = """f.precision IN ('site', 'city') AND EXISTS (SELECT 1 FROM country_part m WHERE m.nato_accession <=
    CASE length(f.last_reported) WHEN 4 THEN f.last_reported || '-12-31' WHEN 7 THEN f.last_reported || '-31'
    ELSE COALESCE(f.last_reported, CURRENT_DATE::text) END
    AND ST_DWithin(m.geom::geography, f.geom::geography, ?))"""
Merge = Callable[[list[Claim], dict[str, Article], Review], list[Facility]]
# Runs that open one new store at the same moment: SQLite may answer "locked" without waiting (its guard against
# deadlock while one of them switches the file to write-ahead logging), so opening is tried again for a while.
_OPEN_PATIENCE_S = 60


def _locked(err: BaseException | None) -> bool:
    return isinstance(err, sqlite3.OperationalError) and "locked" in str(err)


class StoreError(TrackerError):
    """The store cannot be used."""


class Store:
    """Read and write the tracker's store: a file path, or a PostgreSQL URL.

    A read-write open creates the schema in a new or empty store, migrates a store of an earlier version, and
    refuses anything else, leaving it untouched; a read-only open refuses a store without the tracker's schema of
    this version. Either raises :class:`StoreError`.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = path if db.is_url(path) else Path(path)
        if not db.is_url(path):
            self._check_file(readonly)
        deadline = time.monotonic() + _OPEN_PATIENCE_S
        while True:
            try:
                self._open(readonly)
                return
            except StoreError as err:
                if not (_locked(err.__cause__) and time.monotonic() < deadline):
                    raise
                time.sleep(0.1)

    def _open(self, readonly: bool) -> None:
        try:
            self.db = db.connect(self.path, readonly=readonly)
        except db.errors() as err:
            raise self._failure(err) from err
        try:
            self._open_schema(readonly)
        except StoreError:
            self.db.close()
            raise
        except db.errors() as err:
            self.db.close()
            raise self._failure(err) from err

    @property
    def label(self) -> str:
        """The store's name for messages (a URL without its password)."""
        text = str(self.path)
        if db.is_url(text) and "@" in text:
            scheme, rest = text.split("://", 1)
            credentials, host = rest.rsplit("@", 1)
            return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
        return text

    def _check_file(self, readonly: bool) -> None:
        if readonly and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `python -m pipeline run articles --db {self.path}`")
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder; give the store's file, e.g. {self.path / 'tracker.sqlite'}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the folder for the store {self.path} ({err.strerror}); "
                             "choose another --db") from err

    def _failure(self, err: Exception) -> StoreError:
        if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
            return self._not_a_store(str(err))  # e.g. not an SQLite file at all
        check = "the server, the database and its user" if db.is_url(self.path) else "the file and its permissions"
        return StoreError(f"cannot open the store {self.label} ({_one_line(err)}); check {check}, or choose "
                          "another --db")

    def _not_a_store(self, why: str) -> StoreError:
        return StoreError(f"{self.label} is not a tracker store ({why}); give the store's file, or a new file name "
                          "to start one (`python -m pipeline run articles --db NEW`)")

    def _open_schema(self, readonly: bool) -> None:
        """Create the schema in an empty store; migrate one of an earlier version; check that any other is a
        tracker store of this version. A read-write open adds the tables newer than the store: their statements
        say IF NOT EXISTS."""
        if readonly:
            with self.db.read():
                self._check_version(self.db.tables(), readonly=True)
            return
        if self.db.dialect == "postgresql":
            self._postgis()
        with self.db.write():  # one process creates the schema, the others then see it
            tables = self.db.tables() - {"spatial_ref_sys"}  # PostGIS's own table
            if tables and self._check_version(tables, readonly=False) < SCHEMA_VERSION:
                from .store_migration import migrate

                migrate(self.db)
            for statement in schema.statements(self.db.dialect, self.db.types):
                self.db.execute(statement)
            if not tables:
                self._set_meta("schema_version", str(SCHEMA_VERSION))
            if self.db.dialect == "postgresql":
                self._country_layer()
        if self.db.dialect == "sqlite":
            self.db.execute("PRAGMA journal_mode = WAL")

    def _postgis(self) -> None:
        try:
            self.db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except db.errors() as err:
            raise StoreError(f"the database {self.label} lacks PostGIS and this user cannot add it "
                             f"({_one_line(err)}); run `CREATE EXTENSION postgis;` in it as its owner") from err

    def _country_layer(self) -> None:
        """Copy the country layer into PostGIS, again whenever the geodata changed (see :meth:`placed`)."""
        signature = borders.layers_signature()
        if self._meta("country_layer") == signature:
            return
        self.db.execute("DELETE FROM country_part")
        self.db.insert_rows("country_part", "iso_a2, nato_accession", schema.country_rows(borders.country_areas()),
                            geometry=True)
        for statement in schema.SUBDIVIDE.split(";\n"):
            self.db.execute(statement)
        self._set_meta("country_layer", signature)

    def _meta(self, key: str) -> str | None:
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value))

    def _check_version(self, tables: set[str], *, readonly: bool) -> int:
        row = self.db.one("SELECT value FROM meta WHERE key = 'schema_version'") if "meta" in tables else None
        if row is None:
            raise self._not_a_store("it has no tracker schema")
        version = int(row[0]) if row[0].isdigit() else -1
        if version == 1 and readonly:
            raise StoreError(f"{self.label} has schema version 1; open it once for writing to migrate it, e.g. "
                             f"`python -m pipeline migrate --db {self.label}`")
        if version not in (1, SCHEMA_VERSION):
            raise StoreError(f"{self.label} has schema version {row[0]}, this tracker reads {SCHEMA_VERSION}; "
                             "rebuild it with `python -m pipeline run` into a new --db")
        return version

    def close(self) -> None:
        self.db.close()

    # -- writing -------------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether this text is stored as a current article (not only as a page's superseded version)."""
        return self._stored(article_id) == "current"

    def _stored(self, article_id: str) -> str | None:
        """How a text is stored: "current", "superseded" (a page's earlier text), or None (not at all)."""
        row = self.db.one("SELECT EXISTS (SELECT 1 FROM superseded WHERE article_id = ?) FROM article WHERE id = ?",
                          (article_id, article_id))
        return None if row is None else "superseded" if row[0] else "current"

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> bool:
        """Store an article with its mentions and claims in one transaction; returns False, changing nothing,
        when the article is stored already (e.g. by another run at the same time)."""
        with self.db.write(pipelined=True):
            stored = self._stored(article.id)
            if stored == "current":
                return False
            self._insert(article, mentions, claims, stored)
        return True

    def _insert(self, article: Article, mentions: list[Mention], claims: list[Claim], stored: str | None) -> None:
        """Write an article (``stored`` as :meth:`_stored` says) with its mentions and claims; a superseded
        version's row is current again."""
        if stored == "superseded":
            self.db.execute("DELETE FROM superseded WHERE article_id = ?", (article.id,))
        else:
            self.db.insert_rows("article", schema.ARTICLE_COLUMNS, [(
                article.id, article.title, article.publisher, article.url, article.published, article.language,
                article.text, article.source_path)])
        # a superseded text made current again lost its mentions and claims when it was superseded
        self.db.insert_rows("mention", schema.MENTION_COLUMNS, map(schema.mention_row, mentions))
        self.db.insert_rows("claim", schema.CLAIM_COLUMNS, map(schema.claim_row, claims), geometry=True)

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
        with self.db.write(pipelined=True):
            known = self.page(page.url)
            old = known.article_id if known else None
            new = article.id if article else page.article_id
            if article and (stored := self._stored(new)) != "current":
                if mentions is None:
                    return None
                self._insert(article, mentions, claims or [], stored)
                outcome = "updated" if old else "added"
            else:
                outcome = "unchanged" if new == old else "stored"
            if old and old != new:
                self._supersede(old, new, page)
            self.db.execute("INSERT INTO page VALUES (?,?,?,?,?) ON CONFLICT (canonical_url) DO UPDATE SET "
                            "article_id = excluded.article_id, etag = excluded.etag, "
                            "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
                            (page.url, new, page.etag, page.last_modified, page.fetched_at))
        return outcome

    def _supersede(self, old: str, new: str, page: Page) -> None:
        """The page's old text gives way to the new one: its mentions and claims go, its row stays."""
        if self.db.one("SELECT 1 FROM page WHERE article_id = ? AND canonical_url != ?", (old, page.url)):
            return  # another page still holds that text
        self.db.execute("DELETE FROM mention WHERE article_id = ?", (old,))
        self.db.execute("DELETE FROM claim WHERE article_id = ?", (old,))
        self.db.execute("INSERT INTO superseded VALUES (?,?,?,?) ON CONFLICT (article_id) DO UPDATE SET "
                        "by_article = excluded.by_article, canonical_url = excluded.canonical_url, at = excluded.at",
                        (old, new, page.url, page.fetched_at))

    def _claims_state(self) -> str:
        """What facilities are derived from: the claims and the decisions."""
        count, last = self.db.one("SELECT COUNT(*), MAX(id) FROM claim")
        (decisions,) = self.db.one("SELECT MAX(id) FROM decision")
        return f"{count}/{last}" + (f"/{decisions}" if decisions else "")

    def add_decisions(self, decisions: list[Decision], merge: Merge) -> list[Decision]:
        """Record analyst decisions and derive the facilities again, in one transaction; returns them with their
        ids. ``merge`` is as for :meth:`rebuild_facilities`."""
        with self.db.write():
            stored = []
            for d in decisions:
                (rid,) = self.db.one("INSERT INTO decision (at, who, action, target, value, note) "
                                     "VALUES (?,?,?,?,?,?) RETURNING id",
                                     (d.at, d.who, d.action, d.target, json.dumps(d.value), d.note))
                stored.append(Decision(d.action, d.target, d.value, d.who, d.note, d.at, rid))
            self._rebuild(merge)
        return stored

    def facilities_stale(self) -> bool:
        """Whether the claims changed since facilities were last derived (e.g. a run killed before merging)."""
        return self._meta("facilities_from") != self._claims_state()

    def rebuild_facilities(self, merge: Merge) -> int:
        """Derive the facilities from every stored claim and decision with ``merge(claims, articles, review)`` and
        rewrite them, all in one write transaction, so no other process changes the claims in between; returns
        how many."""
        with self.db.write():
            return self._rebuild(merge)

    def _rebuild(self, merge: Merge) -> int:
        facilities = merge(self.claims(), self.articles(), Review(self.decisions()))
        self._set_meta("facilities_from", self._claims_state())
        self.db.execute("DELETE FROM facility")
        self.db.insert_rows("facility", schema.FACILITY_COLUMNS, map(schema.facility_row, facilities), geometry=True)
        self.db.insert_rows("facility_claim", "facility_id, claim_id",
                            {(f.id, c.id): None for f in facilities for c in f.claims})
        return len(facilities)

    # -- reading -------------------------------------------------------------------------------------

    def articles(self) -> dict[str, Article]:
        return {r[0]: Article(*r) for r in self.db.rows(f"SELECT {schema.ARTICLE_COLUMNS} FROM article")}

    def page(self, url: str) -> Page | None:
        """The page stored under this canonical URL, if any."""
        row = self.db.one("SELECT canonical_url, article_id, etag, last_modified, fetched_at FROM page "
                          "WHERE canonical_url = ?", (url,))
        return Page(*row) if row else None

    def versions(self, url: str) -> list[Article]:
        """The texts the page at this canonical URL has held, newest first: its current one, then the superseded."""
        columns = schema.ARTICLE_COLUMNS
        return [Article(*row[:8]) for row in self.db.rows(
            f"SELECT {columns}, 0 AS newest, '' AS at FROM article JOIN page ON page.article_id = article.id "
            f"WHERE canonical_url = ? UNION ALL SELECT {columns}, 1, at FROM article JOIN superseded ON "
            "superseded.article_id = article.id WHERE canonical_url = ? ORDER BY newest, at DESC", (url, url))]

    def claims(self) -> list[Claim]:
        """The claims as the pipeline made them, each with its key (see review.claim_keys)."""
        claims = [schema.claim_of(row) for row in self.db.rows(
            f"SELECT id, {schema.CLAIM_COLUMNS} FROM claim ORDER BY article_id, id")]
        for c, key in zip(claims, claim_keys(claims), strict=True):
            c.key = key
        return claims

    def decisions(self) -> list[Decision]:
        """Every analyst decision, oldest first."""
        return [Decision(action, target, json.loads(value), who, note, at, rid) for rid, at, who, action, target,
                value, note in self.db.rows("SELECT id, at, who, action, target, value, note FROM decision "
                                            "ORDER BY id")]

    def reviewed_claims(self) -> list[Claim]:
        """The claims with the analyst's corrections and verdicts (rejected ones too)."""
        return list(map(Review(self.decisions()).applied, self.claims()))

    def mentions(self) -> list[Mention]:
        return [schema.mention_of(row) for row in self.db.rows(
            f"SELECT {schema.MENTION_COLUMNS} FROM mention ORDER BY article_id, start")]

    def facilities(self) -> list[Facility]:
        """Facilities with their claims (as the analyst corrected them), as last derived."""
        with self.db.read():
            claims = {c.id: c for c in self.reviewed_claims()}
            links: dict[str, list[int]] = {}
            for fid, cid in self.db.rows("SELECT facility_id, claim_id FROM facility_claim ORDER BY claim_id"):
                links.setdefault(fid, []).append(cid)
            return [schema.facility_of(row, [claims[c] for c in links.get(row[0], [])]) for row in self.db.rows(
                f"SELECT {schema.FACILITY_COLUMNS} FROM facility ORDER BY id")]

    def placed(self, countries: list[str], within_km: float | None) -> set[str] | None:
        """Ids of the facilities in one of ``countries`` (any, when empty) and within ``within_km`` of the
        territory of a state that was in NATO at their last report (any distance, when None), found by spatial
        queries in PostGIS; None from SQLite, where filters.matches does the same in Python."""
        if self.db.dialect != "postgresql" or not (countries or within_km is not None):
            return None
        if "country_part" not in self.db.tables():
            return None  # a store made before the layer was kept, opened read-only: filtered in Python
        conditions, params = ["TRUE"], []
        if countries:
            conditions.append(_IN_COUNTRIES)
            params += [countries, countries]
        if within_km is not None:
            conditions.append(_NEAR_NATO)
            params.append(within_km * 1000)
        return {fid for (fid,) in self.db.rows(f"SELECT id FROM facility f WHERE {' AND '.join(conditions)}",
                                               params)}

    def counts(self) -> dict[str, int]:
        return {t: self.db.one(f"SELECT COUNT(*) FROM {t}")[0] for t in ("article", "mention", "claim", "facility")}

    def version(self) -> str:
        """Changes whenever facilities are derived again: for caches of what was read."""
        return f"{self._meta('facilities_from') or ''}/{self.counts()['facility']}"


@contextmanager
def reading(path: str | Path) -> Iterator[Store]:
    """The store at ``path`` opened read-only; a store that breaks while being read is a StoreError."""
    store = Store(path, readonly=True)
    try:
        yield store
    except db.errors() as err:  # e.g. a store file cut short by a copy
        raise StoreError(f"{store.label} cannot be read ({_one_line(err)}); rebuild it with `python -m pipeline "
                         "run` into a new --db") from err
    finally:
        store.close()


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())

"""The store's schema, one definition for SQLite and PostgreSQL: articles, mentions, claims and facilities as
typed columns (place, precision, status, dates, operators, attribution, geometry) that Datasette, QGIS (through
GDAL) and plain SQL can filter; and how records become rows and rows records.

Lists (products, operators, doubts, conflicts) are JSON arrays in text columns. Claims and facilities carry a
point geometry: WKB in SQLite, registered in OGC ``geometry_columns`` so that GDAL reads the tables as layers;
a PostGIS ``geometry(Point, 4326)`` with a spatial index in PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

import shapely
from shapely.geometry import Point

from .records import Capacity, Claim, Facility, Mention, Place

VERSION = 2
PLACE = ("geonameid INTEGER, place_name TEXT NOT NULL, level TEXT NOT NULL, country_code TEXT NOT NULL, "
         "region_code TEXT NOT NULL, region_name TEXT NOT NULL, lat {real} NOT NULL, lon {real} NOT NULL, "
         "population BIGINT NOT NULL, place_source TEXT")
TABLES = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL, published TEXT,
    language TEXT NOT NULL, source_path TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mention (
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, surface TEXT NOT NULL, {PLACE}, method TEXT NOT NULL, score {{real}} NOT NULL,
    role TEXT NOT NULL, PRIMARY KEY (article_id, start));
CREATE TABLE IF NOT EXISTS claim (
    id {{serial}}, article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE, {PLACE},
    precision TEXT NOT NULL, surface TEXT NOT NULL, kind TEXT NOT NULL, products TEXT NOT NULL,
    status TEXT NOT NULL, capacity_number {{real}}, capacity_unit TEXT, capacity_period TEXT, capacity_text TEXT,
    operators TEXT NOT NULL, event_date TEXT, attribution TEXT, evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, confidence {{real}} NOT NULL, status_cue TEXT,
    source_sentence TEXT, doubts TEXT NOT NULL, place_margin {{real}}, geom {{geometry}});
CREATE TABLE IF NOT EXISTS facility (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, {PLACE}, precision TEXT NOT NULL, kind TEXT NOT NULL,
    products TEXT NOT NULL, status TEXT NOT NULL, operators TEXT NOT NULL, first_reported TEXT, last_reported TEXT,
    sources INTEGER NOT NULL, nearest_nato TEXT, nato_distance_km {{real}}, review TEXT NOT NULL,
    conflicts TEXT NOT NULL, geom {{geometry}});
CREATE TABLE IF NOT EXISTS facility_claim (
    facility_id TEXT NOT NULL REFERENCES facility(id) ON DELETE CASCADE,
    claim_id BIGINT NOT NULL REFERENCES claim(id) ON DELETE CASCADE, PRIMARY KEY (facility_id, claim_id));
CREATE TABLE IF NOT EXISTS page (
    canonical_url TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES article(id), etag TEXT,
    last_modified TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS superseded (
    article_id TEXT PRIMARY KEY REFERENCES article(id), by_article TEXT NOT NULL REFERENCES article(id),
    canonical_url TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decision (
    id {{serial}}, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
    value TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claim_article ON claim(article_id);
CREATE INDEX IF NOT EXISTS facility_country ON facility(country_code);
CREATE INDEX IF NOT EXISTS facility_status ON facility(status);
CREATE INDEX IF NOT EXISTS facility_reported ON facility(first_reported, last_reported)
"""
WGS84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],'
         'UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]')
# GDAL's SQLite driver reads a table with a WKB column registered here as a layer (OGC simple features for SQL).
SQLITE_GEOMETRY = f"""
CREATE TABLE IF NOT EXISTS spatial_ref_sys (srid INTEGER PRIMARY KEY, auth_name TEXT, auth_srid INTEGER,
    srtext TEXT);
CREATE TABLE IF NOT EXISTS geometry_columns (f_table_name TEXT, f_geometry_column TEXT, geometry_type INTEGER,
    coord_dimension INTEGER, srid INTEGER, geometry_format TEXT, PRIMARY KEY (f_table_name, f_geometry_column));
INSERT OR IGNORE INTO spatial_ref_sys VALUES (4326, 'EPSG', 4326, '{WGS84}');
INSERT OR IGNORE INTO geometry_columns VALUES ('facility', 'geom', 1, 2, 4326, 'WKB');
INSERT OR IGNORE INTO geometry_columns VALUES ('claim', 'geom', 1, 2, 4326, 'WKB')
"""
# PostGIS also keeps the country layer (borders.country_areas), in parts, on which the app's country and distance
# filters run as spatial queries (Store.placed); distances are on the ellipsoid, hence the geography index.
POSTGIS = """
CREATE INDEX IF NOT EXISTS facility_geom ON facility USING GIST (geom);
CREATE INDEX IF NOT EXISTS claim_geom ON claim USING GIST (geom);
CREATE TABLE IF NOT EXISTS country_part (
    iso_a2 TEXT NOT NULL, nato_accession TEXT, geom geometry(Geometry, 4326) NOT NULL);
CREATE INDEX IF NOT EXISTS country_part_geom ON country_part USING GIST (geom);
CREATE INDEX IF NOT EXISTS country_part_geog ON country_part USING GIST ((geom::geography))
"""
# Each country is kept cut into parts of at most this many vertices: a distance to a few small nearby parts is
# quick, one to a whole 1:50m country is not (PostGIS's ST_Subdivide).
PART_VERTICES = 128
SUBDIVIDE = f"""WITH whole AS (DELETE FROM country_part RETURNING *)
INSERT INTO country_part SELECT iso_a2, nato_accession, ST_Subdivide(geom, {PART_VERTICES}) FROM whole;
ANALYZE country_part"""

ARTICLE_COLUMNS = "id, title, publisher, url, published, language, text, source_path"
PLACE_COLUMNS = ("geonameid, place_name, level, country_code, region_code, region_name, lat, lon, population, "
                 "place_source")
MENTION_COLUMNS = f'article_id, start, "end", surface, {PLACE_COLUMNS}, method, score, role'
CLAIM_COLUMNS = (f"article_id, {PLACE_COLUMNS}, precision, surface, kind, products, status, capacity_number, "
                 "capacity_unit, capacity_period, capacity_text, operators, event_date, attribution, evidence, "
                 "evidence_start, evidence_end, confidence, status_cue, source_sentence, doubts, place_margin")
FACILITY_COLUMNS = (f"id, name, {PLACE_COLUMNS}, precision, kind, products, status, operators, first_reported, "
                    "last_reported, sources, nearest_nato, nato_distance_km, review, conflicts")


def statements(dialect: str, types: dict[str, str]) -> list[str]:
    """The schema's statements for one back end."""
    text = TABLES.format(**types) + ";\n" + (SQLITE_GEOMETRY if dialect == "sqlite" else POSTGIS)
    return [s.strip() for s in text.split(";\n") if s.strip()]


def point(place: Place) -> bytes:
    return shapely.to_wkb(Point(place.lon, place.lat))


def country_rows(areas: list[tuple[str, dt.date | None, object]]) -> list[tuple]:
    """Rows of the PostGIS country_part table, one whole country each (SUBDIVIDE then cuts them)."""
    return [(iso, joined.isoformat() if joined else None, shapely.to_wkb(geom)) for iso, joined, geom in areas]


def place_row(p: Place) -> tuple:
    return (p.geonameid, p.name, p.level, p.country_code, p.region_code, p.region_name, p.lat, p.lon, p.population,
            p.source)


def place_of(row: tuple) -> Place:
    return Place(*row[:9], source=row[9])


_PLACE_WIDTH = PLACE_COLUMNS.count(",") + 1


@lru_cache(maxsize=8192)
def _decoded(text: str) -> tuple:
    return tuple(json.loads(text))


def _list(text: str) -> list:
    """A JSON array column as a list; the same few arrays recur thousands of times, so each is decoded once."""
    return list(_decoded(text))


def mention_row(m: Mention) -> tuple:
    return (m.article_id, m.start, m.end, m.surface, *place_row(m.place), m.method, m.score, m.role)


def mention_of(row: tuple) -> Mention:
    a, s, e, surface, *rest = row
    return Mention(a, s, e, surface, place_of(rest[:_PLACE_WIDTH]), *rest[_PLACE_WIDTH:])


def claim_row(c: Claim) -> tuple:
    cap = c.capacity
    return (c.article_id, *place_row(c.place), c.precision, c.surface, c.kind, json.dumps(c.products), c.status,
            cap.number if cap else None, cap.unit if cap else None, cap.period if cap else None,
            cap.text if cap else None, json.dumps(c.operators), c.event_date, c.attribution, c.evidence,
            c.evidence_start, c.evidence_end, c.confidence, c.status_cue, c.source_sentence, json.dumps(c.doubts),
            c.place_margin, point(c.place))


def claim_of(row: tuple) -> Claim:
    """A claim from its id and CLAIM_COLUMNS."""
    rid, article_id, *rest = row
    place, rest = place_of(rest[:_PLACE_WIDTH]), rest[_PLACE_WIDTH:]
    (precision, surface, kind, products, status, number, unit, period, cap_text, operators, event_date,
     attribution, evidence, start, end, confidence, cue, source_sentence, doubts, margin) = rest
    capacity = Capacity(number, unit, period, cap_text) if cap_text is not None else None
    return Claim(article_id, place, precision, surface, kind, _list(products), status, capacity, _list(operators),
                 event_date, attribution, evidence, start, end, confidence, id=rid, status_cue=cue,
                 source_sentence=source_sentence, doubts=_list(doubts), place_margin=margin)


def facility_row(f: Facility) -> tuple:
    return (f.id, f.name, *place_row(f.place), f.precision, f.kind, json.dumps(f.products), f.status,
            json.dumps(f.operators), f.first_reported, f.last_reported, f.sources, f.nearest_nato,
            f.nato_distance_km, f.review, json.dumps(f.conflicts), point(f.place))


def facility_of(row: tuple, claims: list[Claim]) -> Facility:
    fid, name, *rest = row
    place, rest = place_of(rest[:_PLACE_WIDTH]), rest[_PLACE_WIDTH:]
    (precision, kind, products, status, operators, first, last, sources, nearest, km, review, conflicts) = rest
    return Facility(fid, name, place, precision, kind, _list(products), status, _list(operators), first, last,
                    claims, sources, nearest, km, review, _list(conflicts))

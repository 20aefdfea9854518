"""Schema migration of a version-1 store (mentions, claims and facilities as JSON blobs) to version 2 (typed
columns and geometries), inside the caller's write transaction: every article, page, superseded text and decision
is kept, and every claim keeps its row id, so facilities keep their claims."""

from __future__ import annotations

import json

from . import schema
from .db import Database
from .records import Capacity, Claim, Facility, Mention, Place

_OLD = ("mention", "claim", "facility", "facility_claim")


def migrate(db: Database) -> None:
    """Rewrite the blob tables as typed ones and record version 2."""
    for table in _OLD:
        db.execute(f"ALTER TABLE {table} RENAME TO {table}_v1")
    for index in ("claim_article",):
        db.execute(f"DROP INDEX IF EXISTS {index}")
    for statement in schema.statements(db.dialect, db.types):
        db.execute(statement)
    db.insert_rows("mention", schema.MENTION_COLUMNS, [
        schema.mention_row(Mention(a, s, e, surface, Place(**json.loads(place)), method, score, role))
        for a, s, e, surface, place, method, score, role in db.rows(
            'SELECT article_id, start, "end", surface, place, method, score, role FROM mention_v1')])
    db.insert_rows("claim", "id, " + schema.CLAIM_COLUMNS, [
        (rid, *schema.claim_row(_claim(data))) for rid, data in db.rows("SELECT id, data FROM claim_v1")],
        geometry=True)
    db.insert_rows("facility", schema.FACILITY_COLUMNS, [
        schema.facility_row(_facility(fid, data)) for fid, data in db.rows("SELECT id, data FROM facility_v1")],
        geometry=True)
    db.execute("INSERT INTO facility_claim SELECT facility_id, claim_id FROM facility_claim_v1")
    for table in reversed(_OLD):
        db.execute(f"DROP TABLE {table}_v1")
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.VERSION),))


def _claim(data: str) -> Claim:
    d = json.loads(data)
    d["place"] = Place(**d["place"])
    d["capacity"] = Capacity(**d["capacity"]) if d.get("capacity") else None
    return Claim(**{k: v for k, v in d.items() if k in Claim.__dataclass_fields__})


def _facility(fid: str, data: str) -> Facility:
    d = json.loads(data)
    d["place"] = Place(**d["place"])
    d = {k: v for k, v in d.items() if k in Facility.__dataclass_fields__}
    return Facility(**{**d, "id": fid, "claims": []})

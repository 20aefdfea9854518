"""Exports of stored records: GeoJSON (RFC 7946), CSV (one row per record) and KML (Google Earth)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

from .errors import InputError
from .records import Article, Claim, Facility, Mention

MENTION_COLUMNS = ["article_id", "source_path", "start", "end", "surface", "geonameid", "name", "level",
                   "country_code", "lat", "lon", "role", "method", "score"]
CLAIM_COLUMNS = ["article_id", "source_path", "title", "publisher", "url", "published", "language", "place_name",
                 "place_as_written", "geonameid", "precision", "country_code", "lat", "lon", "coordinates_source",
                 "kind", "products", "status", "status_cue", "capacity", "operators", "event_date", "attribution",
                 "source_sentence", "evidence", "evidence_start", "evidence_end", "confidence", "review"]
FACILITY_COLUMNS = ["id", "name", "kind", "products", "status", "precision", "place_name", "geonameid",
                    "country_code", "lat", "lon", "coordinates_source", "operators", "first_reported",
                    "last_reported", "sources", "nearest_nato", "nato_distance_km", "review"]


def claim_record(claim: Claim, articles: dict[str, Article]) -> dict:
    """A claim with its article's metadata, flat and JSON-ready."""
    a = articles.get(claim.article_id)
    cap = claim.capacity
    return {"article_id": claim.article_id, "source_path": a.source_path if a else "",
            "title": a.title if a else "", "publisher": a.publisher if a else "", "url": a.url if a else "",
            "published": a.published if a else None, "language": a.language if a else "",
            "place_name": claim.place.name, "place_as_written": claim.surface, "geonameid": claim.place.geonameid,
            "precision": claim.precision,
            "country_code": claim.place.country_code, "lat": claim.place.lat, "lon": claim.place.lon,
            "coordinates_source": claim.place.source, "kind": claim.kind, "products": claim.products,
            "status": claim.status, "status_cue": claim.status_cue, "capacity": cap.text if cap else None,
            "operators": claim.operators, "event_date": claim.event_date, "attribution": claim.attribution,
            "source_sentence": claim.source_sentence, "evidence": claim.evidence,
            "evidence_start": claim.evidence_start, "evidence_end": claim.evidence_end, "confidence": claim.confidence,
            "review": claim.review}


_CLAIM_IN_FACILITY = ("article_id", "source_path", "title", "publisher", "url", "published", "language",
                      "place_as_written", "status", "status_cue", "capacity", "event_date", "attribution",
                      "source_sentence", "evidence", "review")


def facility_record(f: Facility, articles: dict[str, Article]) -> dict:
    """A facility's properties, with its claims (each with its source)."""
    return {"id": f.id, "name": f.name, "kind": f.kind, "products": f.products, "status": f.status,
            "precision": f.precision, "place_name": f.place.name, "geonameid": f.place.geonameid,
            "country_code": f.place.country_code, "lat": f.place.lat, "lon": f.place.lon,
            "coordinates_source": f.place.source, "operators": f.operators, "first_reported": f.first_reported,
            "last_reported": f.last_reported,
            "sources": f.sources, "nearest_nato": f.nearest_nato, "nato_distance_km": f.nato_distance_km,
            "review": f.review,
            "claims": [{k: claim_record(c, articles)[k] for k in _CLAIM_IN_FACILITY} for c in f.claims]}


def mention_record(m: Mention, articles: dict[str, Article]) -> dict:
    a = articles.get(m.article_id)
    return {"article_id": m.article_id, "source_path": a.source_path if a else "", "start": m.start, "end": m.end,
            "surface": m.surface, "geonameid": m.place.geonameid, "name": m.place.name, "level": m.place.level,
            "country_code": m.place.country_code, "lat": m.place.lat, "lon": m.place.lon, "role": m.role,
            "method": m.method, "score": m.score}


def to_geojson(records: list[dict]) -> str:
    """An RFC 7946 FeatureCollection of points ([lon, lat])."""
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                 "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}} for r in records]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    text = str(value)
    # A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def to_csv(records: list[dict], columns: list[str]) -> str:
    """CSV with a header row, one record per row; lists joined with '; '."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for r in records:
        writer.writerow([_cell(r.get(c)) for c in columns])
    return out.getvalue()


def _kml_value(value) -> str:
    """Nested records (a facility's claims) as JSON, everything else as in CSV."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return json.dumps(value, ensure_ascii=False)
    return _cell(value)


# Characters XML 1.0 forbids (control characters but tab, newline and CR; U+FFFE, U+FFFF; lone surrogates).
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text for an XML element or attribute: forbidden characters dropped, the rest escaped (CR too, which a parser
    would otherwise read as a newline)."""
    return escape(_NOT_XML.sub("", text), {'"': "&quot;", "\r": "&#13;"})


def to_kml(records: list[dict], name_key: str) -> str:
    """KML 2.2 placemarks with every property as ExtendedData; every string is made valid XML text."""
    marks = []
    for r in records:
        data = "".join(f'<Data name="{_xml(k)}"><value>{_xml(_kml_value(v))}</value></Data>'
                       for k, v in r.items() if k not in ("lat", "lon"))
        marks.append(f"<Placemark><name>{_xml(str(r.get(name_key) or ''))}</name>"
                     f"<ExtendedData>{data}</ExtendedData>"
                     f"<Point><coordinates>{r['lon']},{r['lat']},0</coordinates></Point></Placemark>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            + "".join(marks) + "</Document></kml>\n")


def export(what: str, fmt: str, facilities: list[Facility], claims: list[Claim], mentions: list[Mention],
           articles: dict[str, Article]) -> str:
    """Render one kind of record in one format."""
    if what == "facilities":
        records, columns, name = [facility_record(f, articles) for f in facilities], FACILITY_COLUMNS, "name"
    elif what == "claims":
        records, columns, name = [claim_record(c, articles) for c in claims], CLAIM_COLUMNS, "place_name"
    else:
        records, columns, name = [mention_record(m, articles) for m in mentions], MENTION_COLUMNS, "surface"
    if fmt == "geojson":
        return to_geojson(records)
    if fmt == "csv":
        return to_csv(records, columns)
    return to_kml(records, name)


def write_file(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, creating the folder; atomically (a temporary file beside it, then renamed), so a
    failed write leaves any earlier file as it was and no half file."""
    part = path.parent / f".{path.name}.{os.getpid()}.part"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(part, path)
    except OSError as err:
        raise InputError(f"cannot write {path} ({err.strerror or err}); choose another output file") from err
    finally:
        if part.exists():  # the write failed
            part.unlink()

"""What each export holds, field by field, for records made by hand: an analyst opening the CSV, GeoJSON or KML
finds every fact with its source, and a spreadsheet runs no formula from an article."""

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET

import pytest

from pipeline import export
from pipeline.errors import InputError
from pipeline.records import Capacity, Mention
from tests.builders import KAZAN, article, claim, facility

SITE = dataclasses.replace(KAZAN, name="Kazan Gunpowder Plant", level="site", source="https://example.org/site")

KML = "{http://www.opengis.net/kml/2.2}"


def records():
    """A Kazan drone plant with one claim from a stored article and one from an article no longer stored."""
    told = claim("a1", KAZAN, "expanded", date="2024-06-02", attribution="the governor", surface="Казани",
                 capacity=Capacity(40, "drones", "day", "40 drones a day"), evidence="The plant added a hall.")
    told.status_cue, told.source_sentence = "added", "The governor said so."
    orphan = claim("gone", SITE, "operational", operators=())
    f = facility(told, orphan, fid="f9", name="Drone plant (Kazan)", first="2024-06-02", last="2024-07")
    f.nearest_nato, f.nato_distance_km = "FI", 1261.8
    mention = Mention("a1", 12, 18, "Казани", KAZAN, "lemma", 0.875, "location")
    articles = {"a1": article("a1", publisher="Wire", title="Hall added", published="2024-06-03", language="ru",
                              url="https://example.org/1")}
    return [f], [told, orphan], [mention, Mention("gone", 0, 5, "Kazan", KAZAN, "exact", 1.0, "metonymy")], articles


def rows(what: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(export.export(what, "csv", *records()))))


def test_export_claims_csv_rows_carry_every_fact_and_its_source():
    told, orphan = rows("claims")
    assert told == {
        "article_id": "a1", "source_path": "a1.md", "title": "Hall added", "publisher": "Wire",
        "url": "https://example.org/1", "published": "2024-06-03", "language": "ru", "place_name": "Kazan",
        "place_as_written": "Казани", "geonameid": "551487", "precision": "city", "country_code": "RU",
        "lat": "55.79", "lon": "49.12", "coordinates_source": "", "kind": "drone factory", "products": "drones",
        "status": "expanded", "status_cue": "added", "capacity": "40 drones a day", "operators": "RU",
        "event_date": "2024-06-02", "attribution": "the governor", "source_sentence": "The governor said so.",
        "evidence": "The plant added a hall.", "evidence_start": "0", "evidence_end": "23", "confidence": "0.9",
        "review": "unreviewed"}
    article_fields = ("source_path", "title", "publisher", "url", "published", "language")
    assert {k: orphan[k] for k in article_fields} == dict.fromkeys(article_fields, "")  # its article is gone
    assert (orphan["place_name"], orphan["coordinates_source"]) == ("Kazan Gunpowder Plant", "https://example.org/site")


def test_export_mentions_csv_rows_name_the_place_and_how_it_was_found():
    told, orphan = rows("mentions")
    assert told == {"article_id": "a1", "source_path": "a1.md", "start": "12", "end": "18", "surface": "Казани",
                    "geonameid": "551487", "name": "Kazan", "level": "city", "country_code": "RU", "lat": "55.79",
                    "lon": "49.12", "role": "location", "method": "lemma", "score": "0.875"}
    assert (orphan["source_path"], orphan["role"]) == ("", "metonymy")


def test_export_facilities_geojson_carries_the_facility_and_its_sourced_claims():
    text = export.export("facilities", "geojson", *records())
    assert text.startswith('{\n "type": "FeatureCollection",\n') and "Казани" in text  # readable as it is
    collection = json.loads(text)
    (feature,) = collection["features"]
    props = feature["properties"]
    assert (collection["type"], feature["type"]) == ("FeatureCollection", "Feature")
    assert feature["geometry"] == {"type": "Point", "coordinates": [49.12, 55.79]}
    assert {k: v for k, v in props.items() if k != "claims"} == {
        "id": "f9", "name": "Drone plant (Kazan)", "kind": "drone factory", "products": ["drones"],
        "status": "expanded", "precision": "city", "place_name": "Kazan", "geonameid": 551487,
        "country_code": "RU", "coordinates_source": None, "operators": ["RU"], "first_reported": "2024-06-02",
        "last_reported": "2024-07", "sources": 2, "nearest_nato": "FI", "nato_distance_km": 1261.8,
        "review": "unreviewed"}
    assert props["claims"][0] == {
        "article_id": "a1", "source_path": "a1.md", "title": "Hall added", "publisher": "Wire",
        "url": "https://example.org/1", "published": "2024-06-03", "language": "ru", "place_as_written": "Казани",
        "status": "expanded", "status_cue": "added", "capacity": "40 drones a day", "event_date": "2024-06-02",
        "attribution": "the governor", "source_sentence": "The governor said so.",
        "evidence": "The plant added a hall.", "review": "unreviewed"}
    assert props["claims"][1]["publisher"] == "" and props["claims"][1]["published"] is None


def test_export_kml_placemark_has_name_point_and_every_property():
    root = ET.fromstring(export.export("facilities", "kml", *records()))
    (mark,) = root.iter(f"{KML}Placemark")
    data = {d.get("name"): d.find(f"{KML}value").text for d in mark.iter(f"{KML}Data")}
    assert mark.find(f"{KML}name").text == "Drone plant (Kazan)"
    assert mark.find(f".//{KML}coordinates").text == "49.12,55.79,0"
    assert set(data) == set(export.FACILITY_COLUMNS) - {"lat", "lon"} | {"claims"}
    assert (data["products"], data["nato_distance_km"], data["coordinates_source"]) == ("drones", "1261.8", None)
    assert json.loads(data["claims"])[0]["attribution"] == "the governor" and "Казани" in data["claims"]
    names = [m.find(f"{KML}name").text for m in ET.fromstring(export.export("claims", "kml", *records()))
             .iter(f"{KML}Placemark")]
    assert names == ["Kazan", "Kazan Gunpowder Plant"]


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1 555", "'+1 555"), ("-drones", "'-drones"),
    ("@SUM(A1)", "'@SUM(A1)"), ("-12.5", "-12.5"), ("+3", "+3"), ("1e5", "1e5"), ("a=b", "a=b"), ("", ""),
    (None, ""), (["x", "=y"], "x; =y"), (0, "0"), (-4, "-4"),
])
def test_export_csv_cells_never_start_a_formula(value, cell):
    out = export.to_csv([{"v": value}], ["v"])
    assert list(csv.reader(io.StringIO(out))) == [["v"], [cell]]


def test_export_writes_the_whole_text_and_no_part_file(tmp_path):
    target = tmp_path / "out" / "facilities.csv"
    export.write_file(target, "a,b\r\nç,\n")
    assert target.read_bytes() == "a,b\r\nç,\n".encode() and list(target.parent.iterdir()) == [target]


def test_export_failed_write_says_why_in_plain_words(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(InputError) as err:
        export.write_file(tmp_path / "taken", "data")
    assert str(err.value) == f"cannot write {tmp_path / 'taken'} (Is a directory); choose another output file"


def test_export_kml_is_exactly_placemarks_of_data():
    kml = export.to_kml([{"name": None, "lat": 1.5, "lon": -2.25, "a": 'say "x" & <y>', "b": 2}], "name")
    assert kml == ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                   '<Placemark><name></name><ExtendedData><Data name="name"><value></value></Data>'
                   '<Data name="a"><value>say &quot;x&quot; &amp; &lt;y&gt;'
                   '</value></Data><Data name="b"><value>2</value></Data></ExtendedData>'
                   "<Point><coordinates>-2.25,1.5,0</coordinates></Point></Placemark></Document></kml>\n")
    two = export.to_kml([{"name": "p", "lat": 0, "lon": 0}] * 2, "name")
    assert "</Placemark><Placemark>" in two

"""Exports: points where their country is, hostile text, and writing an export file."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from pipeline.borders import country_at
from pipeline.errors import InputError
from pipeline.export import export, write_file
from pipeline.records import Article, Capacity, Claim, Facility, Mention, Place
from tests.conftest import KML, exported_rows

NOT_XML = "\x0b\x1b\ufffe\uffff\ud800\udfff"  # control characters, non-characters and lone surrogates
# (name, country, lat, lon): with lat and lon swapped each would lie in Iran, Turkmenistan, at sea and in
# Tanzania; Lisbon's negative longitude also catches a lost sign.
PLACES = [("Minsk", "BY", 53.9, 27.57), ("Tula", "RU", 54.19, 37.62), ("Dushanbe", "TJ", 38.56, 68.77),
          ("Lisbon", "PT", 38.72, -9.14)]
COUNTRIES = [iso for _, iso, _, _ in PLACES]


def records_in_known_countries():
    """A facility, its claim, its mention and its article at each of PLACES."""
    facilities, claims, mentions, articles = [], [], [], {}
    for n, (name, iso, lat, lon) in enumerate(PLACES):
        place = Place(n, name, "city", iso, "", "", lat, lon, 1000)
        article = Article(f"a{n}", f"Plant in {name}", "Test Wire", "https://example.org", "2024-03-01", "en",
                          f"A shell plant in {name} opened.", f"{n}.md")
        claim = Claim(article.id, place, "city", name, "shell plant", ["shells"], "operational", None, [iso],
                      "2024", None, article.text, 0, len(article.text), 0.9)
        facilities.append(Facility(f"f{n}", f"Shell plant ({name})", place, "city", "shell plant", ["shells"],
                                   "operational", [iso], "2024-03-01", "2024-03-01", [claim], 1))
        claims.append(claim)
        mentions.append(Mention(article.id, 17, 17 + len(name), name, place, "exact", 1.0))
        articles[article.id] = article
    return facilities, claims, mentions, articles


def test_export_places_would_leave_their_country_if_swapped():
    assert [country_at(lat, lon) for _, _, lat, lon in PLACES] == COUNTRIES
    assert all(country_at(lat=lon, lon=lat) != iso for _, iso, lat, lon in PLACES)


@pytest.mark.parametrize("fmt", ["geojson", "kml", "csv"])
@pytest.mark.parametrize("what", ["facilities", "claims", "mentions"])
def test_export_points_fall_in_their_country(what, fmt):
    rows = exported_rows(fmt, export(what, fmt, *records_in_known_countries()))
    assert [country_at(lat=r["lat"], lon=r["lon"]) for r in rows] == COUNTRIES


def hostile(text: str) -> str:
    return f"{NOT_XML}{text}{NOT_XML}"


def records_with_hostile_text():
    """A facility, its claim, mention and article with characters XML forbids in every string."""
    place = Place(1, hostile("Kazan"), hostile("city"), hostile("RU"), hostile("RU-TA"), hostile("Tatarstan"),
                  55.79, 49.12, 1)
    article = Article(hostile("a1"), hostile("Title"), hostile("Publisher"), hostile("https://example.org"),
                      hostile("2024-03-01"), hostile("en"), hostile("Text"), hostile("in.md"))
    claim = Claim(article.id, place, hostile("city"), hostile("Kazan"), hostile("drone"), [hostile("drones")],
                  hostile("operational"), Capacity(10, "drones", "year", hostile("10 drones a year")),
                  [hostile("RU")], hostile("2024"), hostile("Ukraine"), hostile("A plant\tin\r\nKazan."), 0, 5, 0.9)
    facility = Facility(hostile("f1"), hostile("Kazan plant"), place, hostile("city"), hostile("drone"),
                        [hostile("drones")], hostile("operational"), [hostile("RU")], hostile("2024"),
                        hostile("2024"), [claim], 1, hostile("EE"), 1200.0)
    mention = Mention(article.id, 0, 5, hostile("Kazan"), place, hostile("exact"), 1.0, hostile("location"))
    return [facility], [claim], [mention], {article.id: article}


@pytest.mark.parametrize("what", ["facilities", "claims", "mentions"])
def test_export_kml_of_hostile_text_is_valid_xml(what):
    kml = export(what, "kml", *records_with_hostile_text())
    root = ET.fromstring(kml.encode("utf-8"))
    mark = root.find(f".//{KML}Placemark")
    assert mark.find(f"{KML}name").text in ("Kazan plant", "Kazan")
    values = {d.get("name"): d.find(f"{KML}value").text or "" for d in mark.iter(f"{KML}Data")}
    assert values["article_id" if what != "facilities" else "id"] in ("a1", "f1")
    for value in values.values():
        assert not set(value) & set(NOT_XML)
    if what == "claims":
        assert values["evidence"] == "A plant\tin\r\nKazan." and values["publisher"] == "Publisher"
    if what == "facilities":
        assert "A plant\tin\r\nKazan." in json.loads(values["claims"])[0]["evidence"]  # JSON escapes the rest


def test_export_claims_carry_their_article_language():
    facilities, claims, mentions, articles = records_with_hostile_text()
    records = (facilities, claims, mentions, {k: replace(a, language="ru") for k, a in articles.items()})
    assert [r["language"] for r in csv.DictReader(io.StringIO(export("claims", "csv", *records)))] == ["ru"]
    facility = json.loads(export("facilities", "geojson", *records))["features"][0]["properties"]
    assert [c["language"] for c in facility["claims"]] == ["ru"]
    kml = ET.fromstring(export("claims", "kml", *records).encode("utf-8"))
    assert [d.find(f"{KML}value").text for d in kml.iter(f"{KML}Data") if d.get("name") == "language"] == ["ru"]


def test_export_write_file_creates_missing_folders(tmp_path):
    target = tmp_path / "new" / "deeper" / "f.geojson"
    write_file(target, '{"type": "FeatureCollection"}')
    assert json.loads(target.read_text(encoding="utf-8")) == {"type": "FeatureCollection"}
    assert [p.name for p in target.parent.iterdir()] == ["f.geojson"]


def test_export_failed_write_keeps_the_earlier_file_and_leaves_no_half_file(tmp_path):
    target = tmp_path / "f.csv"
    target.write_text("earlier export\n")
    with pytest.raises(UnicodeEncodeError):
        write_file(target, "x" * 100_000 + "\ud800")  # cannot be written as UTF-8
    assert target.read_text() == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.csv"]


def test_export_unwritable_target_is_a_clear_error(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    for target in (tmp_path / "folder", tmp_path / "file" / "f.kml"):
        with pytest.raises(InputError, match=f"cannot write {target}"):
            write_file(target, "data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "folder"]
    assert list((tmp_path / "folder").iterdir()) == []

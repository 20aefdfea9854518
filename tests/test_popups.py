"""What a marker and its popup show, as data: every row of a popup, the cited sources, the marker rows, and
the payload that carries them to the browser."""

import base64
import dataclasses
import gzip
import json

import pytest

from pipeline import popups
from pipeline.records import Capacity
from tests.builders import KAZAN, RUSSIA, TATARSTAN, article, claim, facility

SITE = dataclasses.replace(KAZAN, name="Kazan Gunpowder Plant", level="site", source="https://example.org/site")


def kazan_plant():
    """A drone plant in Kazan reported by two articles: three capacities (two alike), and four spellings other
    than its name (one that folds to it)."""
    claims = [claim("a1", KAZAN, "operational", date="2024-05-02", attribution="the ministry", surface="Казани",
                    capacity=Capacity(300, "drones", "month", "300 drones a month")),
              claim("a2", KAZAN, "expanded", surface="Kazan'", capacity=Capacity(300, "drones", "month",
                                                                                  "300 drones a month")),
              claim("a2", KAZAN, "expanded", surface="Kasan", capacity=Capacity(4, "lines", None, "four lines")),
              claim("a1", KAZAN, "expanded", surface="Kazanj"), claim("a1", KAZAN, "expanded", surface="Qazan")]
    f = facility(*claims, first="2024-05-02", last="2024-08")
    f.nearest_nato, f.nato_distance_km = "FI", 1234.4
    return f


def record_of(f, articles=None):
    _, index = popups.source_table([f], articles or {"a1": article("a1"), "a2": article("a2")})
    return popups.popup_record(f, index)


def test_popups_record_rows_read_like_the_facility():
    assert record_of(kazan_plant())["rows"] == [
        "Kazan, written Казани, Kasan, Kazanj (city)", "operational", "300 drones a month; four lines",
        "drones", "RU", "FI, 1,234 km to its border", "2024-05-02 to 2024-08, 2 source(s)", "not reviewed"]


@pytest.mark.parametrize("state, words", [("confirmed", "confirmed by review"), ("disputed", "disputed by review"),
                                          ("unreviewed", "not reviewed")])
def test_popups_say_what_the_review_decided(state, words):
    f = kazan_plant()
    f.review = state
    assert record_of(f)["rows"][-1] == words


def test_popups_claims_beyond_five_are_counted_not_listed():
    f = kazan_plant()
    f.claims.append(claim("a2", KAZAN, "struck"))
    record = record_of(f)
    assert len(record["claims"]) == popups.MAX_POPUP_CLAIMS and record["more"] == 1
    assert record_of(facility(claim()))["more"] == 0


def test_popups_claim_entry_has_date_source_attribution_evidence_and_status():
    first = record_of(kazan_plant())["claims"][0]
    assert first == {"d": "2024-05-02", "a": 0, "by": "the ministry", "e": "A drone factory in Kazan is operational.",
                     "s": "operational"}


def test_popups_long_evidence_is_cut_with_an_ellipsis():
    edge = "x" * popups.MAX_EVIDENCE_CHARS
    assert record_of(facility(claim(evidence=edge)))["claims"][0]["e"] == edge
    assert record_of(facility(claim(evidence=edge + "yz")))["claims"][0]["e"] == edge + "…"


@pytest.mark.parametrize("place, nato, expected_place, expected_nato", [
    (TATARSTAN, None, "Tatarstan (region, site not reported)", "not measured: the site is not reported"),
    (RUSSIA, None, "Russia (country, site not reported)", "not measured: the site is not reported"),
    (KAZAN, None, "Kazan (city)", "n/a"),
    (SITE, "FI", "Kazan Gunpowder Plant (site; coordinates from https://example.org/site)",
     "FI, 1,234 km to its border"),
])
def test_popups_precision_and_nato_distance_say_what_is_known(place, nato, expected_place, expected_nato):
    f = facility(claim(place=place))
    f.nearest_nato, f.nato_distance_km = nato, 1234.4 if nato else None
    rows = record_of(f)["rows"]
    assert (rows[0], rows[5]) == (expected_place, expected_nato)


def test_popups_missing_facts_say_not_reported():
    f = facility(claim(products=(), operators=()), first=None)
    f.last_reported = None
    assert record_of(f)["rows"][2:] == ["not reported", "not reported", "not reported", "n/a", "? to ?, 1 source(s)",
                                        "not reviewed"]


def test_popups_status_shows_the_words_that_decided_it():
    c = claim(status="under construction")
    c.status_cue = "is being built"
    assert record_of(facility(c))["claims"][0]["s"] == "under construction (“is being built”)"


def test_popups_source_table_cites_each_shown_article_once():
    f = kazan_plant()
    f.claims.append(claim("a3", KAZAN))  # the sixth claim is not shown, so its article is not cited
    articles = {"a1": article("a1", publisher="", title="Plant report", url="javascript:alert(1)",
                              published="2024-05-02"), "a2": article("a2", publisher="Wire B", url=" https://b.org/x ")}
    assert popups.source_table([f], articles) == ([["Plant report", None, "2024-05-02"],
                                                   ["Wire B", "https://b.org/x", None]], {"a1": 0, "a2": 1})
    assert popups.source_table([facility(claim("gone"))], {}) == ([["unknown source", None, None]], {"gone": 0})


@pytest.mark.parametrize("url", ["https://", "http:///path", "ftp://example.org/a", "example.org/a"])
def test_popups_links_need_an_http_scheme_and_a_host(url):
    assert popups.safe_url(url) is None


@pytest.mark.parametrize("status, colour", [("struck", "#d62728"), ("mystery", popups.STATUS_COLOURS["unknown"])])
def test_popups_marker_rows_carry_place_colour_hollowness_index_id_day_and_confirmation(status, colour):
    solid = facility(claim(place=dataclasses.replace(KAZAN, lat=55.796391, lon=49.108891), status=status),
                     fid="ab12")
    hollow = facility(claim(place=TATARSTAN), fid="<b>", first="2023-05")
    hollow.review = "confirmed"
    assert popups.marker_rows([solid, hollow]) == [[55.7964, 49.1089, colour, 0, 0, "ab12", 20240501, 0],
                                                   [55.37, 50.74, popups.STATUS_COLOURS["operational"], 1, 1, "1",
                                                    20230501, 1]]


@pytest.mark.parametrize("date, day", [("2023-04-04", 20230404), ("2023-05", 20230501), ("2022", 20220101),
                                       (None, 0), ("", 0), ("2023-13", 0), ("soon", 0)])
def test_popups_marker_day_is_the_first_day_of_the_first_report(date, day):
    assert popups.day_number(date) == day
    assert popups.marker_rows([facility(first=date)])[0][6] == day


def test_popups_payload_unpacks_to_the_sources_and_records():
    f = kazan_plant()
    articles = {"a1": article("a1"), "a2": article("a2", publisher="Вести \ud800")}  # a lone surrogate travels
    data = json.loads(gzip.decompress(base64.b64decode(popups.packed_payload([f], articles))))
    sources, index = popups.source_table([f], articles)
    assert data == {"sources": sources, "records": [popups.popup_record(f, index)]}


def test_popups_record_names_its_facility_and_lists_every_product_and_operator():
    f = facility(claim(products=("drones", "engines"), operators=("RU", "IR")), fid="ab12", name="Drone plant (Kazan)")
    record = record_of(f)
    assert (record["id"], record["name"], record["rows"][3], record["rows"][4]) == (
        "ab12", "Drone plant (Kazan)", "drones, engines", "IR, RU")


def test_popups_payload_is_compact_and_the_same_for_the_same_map():
    f = kazan_plant()
    packed = base64.b64decode(popups.packed_payload([f], {}))
    assert packed[4:8] == b"\0\0\0\0"  # no time stamp: the same facilities give the same page
    sources, index = popups.source_table([f], {})
    data = {"sources": sources, "records": [popups.popup_record(f, index)]}
    assert gzip.decompress(packed) == json.dumps(data, separators=(",", ":")).encode("ascii")


@pytest.mark.parametrize("date, day", [("2023-12", 20231201), ("2023-12-31", 20231231), ("2024-01-31", 20240131),
                                       ("2023-05-32", 0), ("2023-00-10", 0), ("2023-05-00", 0)])
def test_popups_marker_day_reads_the_last_month_and_day_and_nothing_past_them(date, day):
    assert popups.day_number(date) == day

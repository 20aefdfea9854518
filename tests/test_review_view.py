"""What the review page shows, made by hand: a claim's sentence in its paragraph, escaped; the places it could be
at; the facilities it could be merged with; the queue's rows; the sides of a conflict; the decision history."""

import base64
import dataclasses
import json
import re

import pytest

from pipeline import mapview, review_view
from pipeline.errors import InputError
from pipeline.records import Match
from pipeline.review import Decision, Item
from tests.builders import KAZAN, MINSK, RUSSIA, TATARSTAN, TEHRAN, claim, facility

HOSTILE = "<script>alert(1)</script> ![x](http://127.0.0.1:8777/x.png) {{7*7}} & \"quoted\""


def located(text: str, sentence: str, **fields):
    start = text.index(sentence)
    return dataclasses.replace(claim(evidence=sentence, **fields), evidence_start=start,
                               evidence_end=start + len(sentence))


def test_review_view_passage_is_the_sentence_within_its_paragraph():
    text = "Headline\n\nFirst sentence here. The plant in Kazan opened. Last one.\n\nAnother paragraph."
    p = review_view.passage(text, located(text, "The plant in Kazan opened."))
    assert p == review_view.Passage("First sentence here. ", "The plant in Kazan opened.", " Last one.")


def test_review_view_passage_parts_a_text_without_blank_lines_at_line_breaks():
    text = "Headline\nFirst line. The plant in Kazan opened.\nNext line."
    p = review_view.passage(text, located(text, "The plant in Kazan opened."))
    assert (p.before, p.after) == ("First line. ", "")


def test_review_view_passage_is_the_sentence_alone_when_the_offsets_miss_it():
    c = dataclasses.replace(claim(evidence="The plant opened."), evidence_start=5, evidence_end=9)
    assert review_view.passage("Some other text entirely.", c) == review_view.Passage("", "The plant opened.", "")
    assert review_view.passage("", c).sentence == "The plant opened."  # no article text at hand


def test_review_view_long_paragraphs_are_cut_at_a_space():
    text = "word " * 400 + "The plant in Kazan opened." + " more" * 400
    p = review_view.passage(text, located(text, "The plant in Kazan opened."))
    assert p.before.startswith("…word") and p.after.endswith("more…")
    assert len(p.before) <= review_view.CONTEXT_CHARS + 1 and len(p.after) <= review_view.CONTEXT_CHARS + 1


def test_review_view_passage_html_escapes_every_part():
    text = f"{HOSTILE} The plant in Kazan opened {HOSTILE}. {HOSTILE}"
    sentence = f"The plant in Kazan opened {HOSTILE}."
    page = review_view.passage_html(review_view.passage(text, located(text, sentence)))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<mark") == 1 and "&quot;quoted&quot;" in page
    assert set(re.findall(r"<(\w+)", page)) == {"div", "mark"}  # no tag from the text
    assert set(re.findall(r"<(\w+)", review_view.items_html([HOSTILE, "site not reported"]))) == {"ul", "li"}


class FakeGazetteer:
    def __init__(self, *places, fails=False):
        self.places, self.fails = places, fails

    def lookup(self, query):
        if self.fails:
            raise InputError("the place query is empty")
        return [Match(p, "exact", 1.0) for p in self.places]


CONTINENT = dataclasses.replace(RUSSIA, name="Europe", level="continent")


def test_review_view_candidates_are_the_claims_place_then_the_gazetteers_others():
    c = claim(place=KAZAN, surface="Kazan")
    found = review_view.candidates(c, FakeGazetteer(KAZAN, TEHRAN, CONTINENT, TATARSTAN))
    assert found == [KAZAN, TEHRAN, TATARSTAN]  # its own once, no continent
    assert review_view.candidates(c, FakeGazetteer(fails=True)) == [KAZAN]
    assert review_view.candidates(c, None) == [KAZAN]
    assert review_view.place_label(KAZAN) == "Kazan (city, RU, Tatarstan; 55.7900, 49.1200)"


def test_review_view_candidate_value_keeps_the_place_whole():
    value = review_view.place_value(TATARSTAN)
    assert value["precision"] == "region" and value["place"]["geonameid"] == TATARSTAN.geonameid
    from pipeline.review import checked

    checked(Decision("set-place", "k", value))  # a well-formed decision


def test_review_view_merge_choices_are_the_other_facilities_nearest_first():
    kazan = facility(claim(place=KAZAN), fid="kazan")
    others = [facility(claim(place=p), fid=p.name) for p in (TEHRAN, MINSK, TATARSTAN)]
    assert [f.id for f in review_view.merge_choices(kazan, [kazan, *others])] == ["Tatarstan", "Minsk", "Tehran"]
    assert [f.id for f in review_view.merge_choices(kazan, [kazan, *others], limit=1)] == ["Tatarstan"]
    assert 700 < review_view.km(KAZAN, RUSSIA) < 4000 and review_view.km(KAZAN, KAZAN) == 0


def test_review_view_operators_are_a_comma_separated_list():
    assert review_view.operators(" RU, Rostec ,, IR ") == ["RU", "Rostec", "IR"]
    assert review_view.operators("  ") == []


def test_review_view_queue_rows_list_the_least_sure_first_up_to_the_limit():
    f = facility(claim(place=KAZAN), fid="f")
    items = [Item(dataclasses.replace(f.claims[0], key=f"k{i}"), f, i / 10, ["status not stated"]) for i in range(5)]
    rows = review_view.queue_rows(items, limit=3)
    assert [r["key"] for r in rows] == ["k0", "k1", "k2"]
    assert rows[0] | {"sentence": None} == {"sureness": 0.0, "facility": "Drone factory", "as written": "Kazan",
                                            "place": "Kazan", "status": "operational",
                                            "why unsure": "status not stated", "sentence": None, "key": "k0"}


def test_review_view_conflict_sides_group_claims_by_place_or_status():
    minsk, kazan = claim("a1", MINSK, "operational"), claim("a2", KAZAN, "planned")
    f = facility(minsk, kazan, claim("a3", KAZAN, "unknown"))
    f.conflicts = ["claims disagree on the place: Kazan, Minsk", "claims disagree on the status: operational, planned"]
    (place, by_place), (status, by_status) = review_view.conflict_sides(f)
    assert place.startswith("claims disagree on the place") and [v for v, _ in by_place] == ["Kazan", "Minsk"]
    assert [len(side) for _, side in by_place] == [2, 1]
    assert [(v, side) for v, side in by_status] == [("operational", [minsk]), ("planned", [kazan])]


def test_review_view_history_rows_say_what_was_decided():
    rows = review_view.history_rows([
        Decision("set-place", "k1", {"place": {"name": "Kazan", "lat": 55.79, "lon": 49.12}, "precision": "city"},
                 "ana", "checked the map", "2025-01-01T00:00:00+00:00"),
        Decision("set-operators", "k1", {"operators": ["RU", "IR"]}, "ana"), Decision("confirm", "k2")])
    assert [r["value"] for r in rows] == ["place: Kazan (55.79, 49.12); precision: city", "operators: RU, IR", ""]
    assert rows[0]["note"] == "checked the map" and rows[0]["who"] == "ana"


def test_review_view_candidate_map_is_offline_and_carries_names_as_data():
    hostile = dataclasses.replace(KAZAN, name=f"Kazan {HOSTILE}")
    m = mapview.candidate_map([hostile, TEHRAN], ["one " + HOSTILE, "two"])
    links = mapview.asset_links(m)
    assert links and all(link.startswith("/app/static/vendor/") for link in links)
    page = m.get_root().render()
    assert "alert(1)" not in page and "7*7" not in page
    packed = re.search(r'atob\("([A-Za-z0-9+/=]*)"\)', page).group(1)
    assert [p["label"] for p in json.loads(base64.b64decode(packed))] == ["1. one " + HOSTILE, "2. two"]


@pytest.mark.parametrize("n", [1, 3])
def test_review_view_candidate_map_shows_every_place(n):
    places = [KAZAN, TEHRAN, MINSK][:n]
    page = mapview.candidate_map(places, [p.name for p in places]).get_root().render()
    packed = re.search(r'atob\("([A-Za-z0-9+/=]*)"\)', page).group(1)
    assert len(json.loads(base64.b64decode(packed))) == n

"""Hostile article text never runs: template payloads in every field that reaches the map's HTML are shown as
text, in the app's map and in the standalone export, and evaluate nothing on the server."""

import json
from dataclasses import replace

import pytest

from pipeline import mapview
from pipeline.records import Article, Capacity, Claim, Facility, Place
from tests.conftest import unpacked


def payload(sentinel) -> str:
    """Jinja expressions, statements and comments, an unclosed comment and markup; the first part writes
    ``sentinel`` if a template engine ever evaluates it."""
    return " ".join([f"{{{{ lipsum.__globals__.os.popen('touch {sentinel}').read() }}}}", "{{ 7*7 }}",
                     "{% for i in range(3) %}x{% endfor %}", "{# hidden #}", "{{ config }} {% raw %}",
                     "</script><script>window.__xss=1</script>", "\u2028\u2029 & <b>", "Acme {# Wire"])


# Every article-derived field the popup, tooltip or source link shows.
FIELDS = ("title", "publisher", "url", "evidence", "attribution", "place", "operators", "capacity", "products",
          "name", "event_date", "status")


def hostile_map(field: str, text: str) -> tuple[list[Facility], dict[str, Article]]:
    """One facility and its article, with ``text`` in ``field`` and plain values elsewhere."""
    def pick(name, plain):
        return text if name == field else plain

    place = Place(627907, pick("place", "Homyel'"), "city", "BY", "BY-HO", pick("region", "Gomel"), 52.43,
                  30.98, 500000)
    claim = Claim("a1", place, "city", "Homiel", pick("kind", "drone factory"), [pick("products", "drones")],
                  pick("status", "operational"), Capacity(100, "drones", "year", pick("capacity", "100 a year")),
                  [pick("operators", "IR")], pick("event_date", "2024-05"), pick("attribution", "the ministry"),
                  pick("evidence", "A drone factory opened."), 0, 10, 0.9)
    facility = Facility("f1", pick("name", "Drone factory (Homyel')"), place, "city", claim.kind, claim.products,
                        claim.status, claim.operators, "2024-05-01", "2024-05-01", [claim], 1, "LT", 397.2)
    url = pick("url", "https://example.org/story")
    if field == "url":
        url = "https://example.org/" + text
    article = Article("a1", pick("title", "A title"), pick("publisher", "" if field == "title" else "Wire"), url,
                      "2024-05-01", "en", "text", "x.md")
    return [facility], {"a1": article}


def rendered(facilities, articles) -> list[str]:
    """The app's map page and the standalone export."""
    app_page = mapview.build_map(facilities, articles, selected=facilities[0]).get_root().render()
    return [app_page, mapview.standalone_html(facilities, articles)]


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_template_text_in_any_field_is_data_not_code(field, tmp_path):
    sentinel = tmp_path / "pwned"
    text = payload(sentinel)
    facilities, articles = hostile_map(field, text)
    for page in rendered(facilities, articles):  # a Jinja render of the text would crash on "{# Wire"
        assert not sentinel.exists(), f"{field}: the template ran"
        assert text in json.dumps(unpacked(page), ensure_ascii=False)  # shown verbatim
        assert "{{ 7*7 }}" not in page and "window.__xss" not in page  # only the packed payload carries it


def test_hostile_payload_round_trips_every_field_verbatim():
    text = "{{ 7*7 }} {% if 1 %}yes{% endif %} {# c"
    facilities, articles = hostile_map("evidence", text)
    facilities[0] = replace(facilities[0], name=text)
    data = unpacked(rendered(facilities, articles)[1])
    assert data["records"][0]["name"] == text
    assert data["records"][0]["claims"][0]["e"] == text
    assert data["sources"] == [["Wire", "https://example.org/story", "2024-05-01"]]


def test_hostile_lone_surrogate_does_not_break_the_map():
    facilities, articles = hostile_map("evidence", "bad \ud800 text")
    assert unpacked(rendered(facilities, articles)[1])["records"][0]["claims"][0]["e"] == "bad \ud800 text"


def test_hostile_payload_is_refused_unless_base64():
    with pytest.raises(ValueError):
        mapview._PopupBuilder("{{ 7*7 }}")

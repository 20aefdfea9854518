"""The whole pipeline on news items written for these tests (tests/data/own_news, invented events at real
places, none taken from a real article), scored against their hand-made gold: facilities found, dots that
are real facilities, status, source and operators, each at the corpus level."""

import json
import re
from pathlib import Path

import pytest
from unidecode import unidecode

from pipeline.articles import read_file
from pipeline.facilities import merge
from pipeline.runner import analyse

OWN_NEWS = Path(__file__).parent / "data" / "own_news"


def _key(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", unidecode(name or "").lower())


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", text or "")} - {"the", "and", "for", "with"}


def _names(facility, gazetteer) -> set[str]:
    """How a facility's place may be written: its name, the words the claims used, and a site's town."""
    town = gazetteer.by_geonameid(facility.place.geonameid) if facility.place.level == "site" else None
    return {_key(facility.place.name), *(_key(c.surface) for c in facility.claims), _key(town.name if town else "")}


@pytest.fixture(scope="module")
def scores(gazetteer):
    gold = json.loads((OWN_NEWS / "gold.json").read_text(encoding="utf-8"))
    tally = {k: [0, 0] for k in ("found", "real", "status", "source", "operators")}

    def add(name, hit):
        tally[name][0] += 1
        tally[name][1] += bool(hit)

    for path in sorted(OWN_NEWS.glob("*.md")):
        article = read_file(path)[0]
        _, _, claims = analyse(article)
        facilities = merge(claims, {article.id: article})
        expected = gold[path.name]
        for f in facilities:
            add("real", any(_key(g["place"]) in _names(f, gazetteer) for g in expected))
        for g in expected:
            f = next((f for f in facilities if _key(g["place"]) in _names(f, gazetteer)), None)
            add("found", f)
            if f is None:
                continue
            add("status", f.status == g["status"])
            sources = [c.attribution for c in f.claims if c.attribution]
            add("source", any(_words(s) & _words(g["attribution"]) for s in sources) if g["attribution"]
                else not sources)
            add("operators", set(f.operators) == set(g["operators"]))
    return {k: good / total for k, (total, good) in tally.items()}


@pytest.mark.parametrize("measure, floor", [("found", 0.8), ("real", 0.75), ("status", 0.75), ("source", 0.75),
                                            ("operators", 0.75)])
def test_own_news_corpus_scores(scores, measure, floor):
    assert scores[measure] >= floor, scores

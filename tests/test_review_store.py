"""Review decisions in a real store, on articles of our own: each kind shows at once, survives re-running the
corpus, and carries over to a store built again with a rebuilt gazetteer; bad ones change nothing."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import decide, review
from pipeline.errors import InputError
from pipeline.review import Decision
from pipeline.runner import run
from pipeline.store import Store
from tests.conftest import REPO

ARTICLES = {
    "kazan": ("2024-03-01", "A drone factory in Kazan began serial production of attack drones this spring, the "
                            "regional government said."),
    "kazan-later": ("2024-08-01", "The drone factory in Kazan expanded production of attack drones, the "
                                  "regional government said."),
    "votkinsk": ("2024-06-10", "A missile plant is being built in Votkinsk, Reuters reported."),
    "tambov": ("2024-09-01", "Drones struck a gunpowder plant in Tambov overnight, Ukraine's General Staff said."),
    "bryansk": ("2024-11-11", "An ammunition depot near Bryansk was hit by drones, the governor said."),
}
SITE = {"lat": 57.0512, "lon": 53.9871, "name": "Votkinsk missile plant", "precision": "site"}


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir()
    for name, (date, text) in ARTICLES.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\npublished: {date}\nlanguage: en\n---\n{text}\n")
    return sorted(folder.iterdir())


@pytest.fixture()
def corpus(tmp_path):
    files = write_articles(tmp_path / "articles")
    run(files, tmp_path / "a.sqlite")
    store = Store(tmp_path / "a.sqlite")
    yield store, files
    store.close()


def key_of(store: Store, article: str) -> str:
    """The key of the one claim from our article ``article``."""
    (key,) = [c.key for c in store.claims() if ARTICLES[article][1].startswith(c.evidence[:30])]
    return key


def facility_of(store: Store, key: str):
    return next(f for f in store.facilities() if key in {c.key for c in f.claims})


def every_kind(store: Store) -> None:
    """One decision of each kind, made through the same door as the app's and the command line's."""
    k = {name: key_of(store, name) for name in ARTICLES}
    decide.record(store, [Decision("confirm", k["kazan"])], who="ana", note="seen on imagery")
    decide.record(store, [Decision("reject", k["bryansk"])], note="a depot, not a plant")
    spot = decide.place(**SITE)
    decide.record(store, [Decision("set-place", k["votkinsk"], spot), Decision("set-date", k["votkinsk"],
                                                                                  {"date": "2024-05"})])
    decide.record(store, [Decision("set-status", k["tambov"], {"status": "closed"}),
                          Decision("set-operators", k["kazan"], {"operators": ["RU", "Alabuga"]})])
    decide.record(store, [Decision("split", k["kazan-later"], {"claims": [k["kazan-later"]]})])
    decide.record(store, [Decision("merge", k["tambov"], {"with": k["votkinsk"]})])
    decide.record(store, [Decision("mark", k["kazan"], {"state": "disputed"})])


def state(store: Store) -> list[tuple]:
    """What the map and the table show of each facility, and each claim's review state."""
    return sorted((sorted(c.key for c in f.claims), f.place.name, round(f.place.lat, 4), round(f.place.lon, 4),
                   f.precision, f.status, f.operators, f.review, f.first_reported,
                   sorted((c.key, c.review, c.event_date) for c in f.claims)) for f in store.facilities())


def test_review_every_kind_of_decision_shows_at_once(corpus):
    store, _ = corpus
    k = {name: key_of(store, name) for name in ARTICLES}
    assert len(store.facilities()) == 4  # Kazan (two reports), Votkinsk, Tambov, Bryansk
    every_kind(store)
    facilities = store.facilities()
    assert len(facilities) == 3  # Bryansk rejected, Kazan split in two, Votkinsk and Tambov merged
    assert k["bryansk"] not in {c.key for f in facilities for c in f.claims}
    rejected = [c for c in store.reviewed_claims() if c.key == k["bryansk"]]
    assert [c.review for c in rejected] == ["rejected"]  # still visible, as rejected
    kazan = facility_of(store, k["kazan"])
    assert ([c.key for c in kazan.claims], kazan.review, kazan.operators) == ([k["kazan"]], "disputed",
                                                                               ["RU", "Alabuga"])
    assert kazan.claims[0].review == "confirmed"
    assert [c.key for c in facility_of(store, k["kazan-later"]).claims] == [k["kazan-later"]]
    joined = facility_of(store, k["votkinsk"])
    assert {c.key for c in joined.claims} == {k["votkinsk"], k["tambov"]}
    assert (joined.place.name, joined.place.lat, joined.precision) == (SITE["name"], SITE["lat"], "site")
    assert joined.place.source == "set by the analyst" and joined.nato_distance_km is not None
    assert joined.conflicts == ["claims disagree on the place: Tambov, Votkinsk missile plant"]
    tambov = next(c for c in joined.claims if c.key == k["tambov"])
    assert (tambov.status, tambov.review) == ("closed", "corrected")
    assert next(c for c in joined.claims if c.key == k["votkinsk"]).event_date == "2024-05"
    assert [d.who for d in store.decisions()][:2] == ["ana", "analyst"] and store.decisions()[0].at
    assert [d.action for d in decide.history(store, kazan)] == ["confirm", "set-operators", "mark"]
    assert [d.action for d in decide.history(store, facility_of(store, k["kazan-later"]))] == ["split"]


def test_review_decisions_survive_running_the_corpus_again(corpus, tmp_path):
    store, files = corpus
    every_kind(store)
    before = state(store)
    summary = run(files, tmp_path / "a.sqlite")
    assert summary.skipped == len(files) and state(store) == before
    store.db.execute("DELETE FROM meta WHERE key = 'facilities_from'")  # as after a run killed before merging
    run(files, tmp_path / "a.sqlite")
    assert state(store) == before and decide.orphaned(store) == []


@pytest.mark.slow
def test_review_decisions_carry_over_to_a_store_built_again_with_a_rebuilt_gazetteer(corpus, tmp_path):
    store, files = corpus
    every_kind(store)
    (tmp_path / "decisions.jsonl").write_text(review.dumps(store.decisions()), encoding="utf-8")
    env = {**os.environ, "TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    python = [sys.executable, "-m", "pipeline"]
    subprocess.run([*python, "build-gazetteer"], env=env, cwd=REPO, check=True, capture_output=True)
    assert (tmp_path / "cache").glob("gazetteer-*.sqlite")
    # the articles in the other order: the claims get other row ids, their keys stay
    subprocess.run([*python, "run", *map(str, reversed(files)), "--db", str(tmp_path / "b.sqlite")], env=env,
                   cwd=REPO, check=True, capture_output=True)
    again = Store(tmp_path / "b.sqlite")
    ids = lambda s: {c.key: c.id for c in s.claims()}  # noqa: E731
    assert ids(again).keys() == ids(store).keys() and ids(again) != ids(store)
    assert decide.import_file(again, tmp_path / "decisions.jsonl") == (len(store.decisions()), 0)
    assert state(again) == state(store)
    assert decide.import_file(again, tmp_path / "decisions.jsonl") == (0, len(store.decisions()))
    again.close()


def test_review_a_decision_whose_claim_is_gone_is_kept_and_reported(corpus, tmp_path):
    store, files = corpus
    every_kind(store)
    (tmp_path / "decisions.jsonl").write_text(review.dumps(store.decisions()), encoding="utf-8")
    run([f for f in files if f.stem != "bryansk"], tmp_path / "b.sqlite")  # a corpus without one article
    smaller = Store(tmp_path / "b.sqlite")
    decide.import_file(smaller, tmp_path / "decisions.jsonl")
    assert [d.action for d in decide.orphaned(smaller)] == ["reject"]
    assert len(smaller.decisions()) == len(store.decisions())
    smaller.close()


@pytest.mark.parametrize("make, message", [
    (lambda k: Decision("confirm", "0000-nope"), "no claim 0000-nope in the store"),
    (lambda k: Decision("merge", k["kazan"], {"with": k["kazan-later"]}), "cannot be merged with itself"),
    (lambda k: Decision("split", k["kazan"], {"claims": [k["kazan"], k["kazan-later"]]}), "every claim"),
    (lambda k: Decision("split", k["kazan"], {"claims": [k["tambov"]]}), "claims of one facility"),
    (lambda k: Decision("set-place", k["kazan"], {"place": {**decide.place(**SITE)["place"], "lat": 95.0},
                                                            "precision": "site"}), "out of range"),
])
def test_review_a_bad_decision_is_refused_and_changes_nothing(corpus, make, message):
    store, _ = corpus
    decide.record(store, [Decision("confirm", key_of(store, "tambov"))])
    before, decisions = state(store), store.decisions()
    k = {name: key_of(store, name) for name in ARTICLES}
    with pytest.raises(InputError, match=message):
        decide.record(store, [Decision("reject", k["votkinsk"]), make(k)])
    assert state(store) == before and store.decisions() == decisions


def test_review_places_from_the_gazetteer_a_known_site_or_coordinates(gazetteer):
    kazan = decide.place(gazetteer=gazetteer, geonameid=551487)
    assert (kazan["place"]["name"], kazan["precision"]) == ("Kazan", "city")
    with pytest.raises(InputError, match="GeoNames id 1 is not in the gazetteer"):
        decide.place(gazetteer=gazetteer, geonameid=1)
    with pytest.raises(InputError, match="no known site 'Nowhere Works'"):
        decide.place(site="Nowhere Works")
    with pytest.raises(InputError, match="give a GeoNames id, a known site, or coordinates with a precision"):
        decide.place(lat=1.0, lon=2.0)
    with pytest.raises(InputError, match="GeoNames id 551487 is not in the gazetteer"):
        decide.place(geonameid=551487)  # no gazetteer to look in
    for half in ({"lat": 1.0}, {"lon": 2.0}):
        with pytest.raises(InputError) as err:
            decide.place(**half, precision="city")
        assert str(err.value) == "give a GeoNames id, a known site, or coordinates with a precision"
    spot = decide.place(lat=1.5, lon=2.5, precision="city")
    assert (spot["place"]["name"], spot["place"]["level"], spot["precision"]) == ("1.5000, 2.5000", "city", "city")
    minsk = decide.place(lat=53.9, lon=27.56, precision="city", name="Minsk works")
    assert (minsk["place"]["name"], minsk["place"]["country_code"], minsk["place"]["source"]) == (
        "Minsk works", "", "set by the analyst")


def test_review_a_known_site_keeps_its_source(gazetteer):
    from pipeline.sites import known_sites

    name, site = next(iter(known_sites().items()))
    chosen = decide.place(site=name.upper())
    assert (chosen["place"]["lat"], chosen["place"]["source"], chosen["precision"]) == (site.lat, site.source,
                                                                                       "site")


def test_review_import_refuses_a_bad_file_whole(corpus, tmp_path):
    store, _ = corpus
    good = Decision("confirm", key_of(store, "kazan"), who="ana", at="2026-01-01T00:00:00+00:00")
    path = tmp_path / "d.jsonl"
    path.write_text(review.dumps([good]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"d.jsonl, line 3: not JSON"):
        decide.import_file(store, path)
    path.write_text(review.dumps([good]) + '{"action": "mark", "target": "x", "value": {"state": "maybe"}}\n')
    with pytest.raises(InputError, match=r"d.jsonl, line 2: not a review decision .*unknown facility state"):
        decide.import_file(store, path)
    with pytest.raises(InputError, match="cannot be read"):
        decide.import_file(store, tmp_path / "missing.jsonl")
    assert store.decisions() == []


def test_review_refusals_name_the_claims_and_the_facility(corpus):
    store, _ = corpus
    k = {name: key_of(store, name) for name in ARTICLES}
    with pytest.raises(InputError) as err:
        decide.record(store, [Decision("merge", "gone-1", {"with": "gone-2"})])
    assert str(err.value) == ("no claim gone-1, gone-2 in the store; `review list --state all` shows the claims and "
                              "their keys")
    home = facility_of(store, k["kazan"]).id
    with pytest.raises(InputError) as err:
        decide.record(store, [Decision("merge", k["kazan"], {"with": k["kazan-later"]})])
    assert str(err.value) == f"a facility cannot be merged with itself: both claims are in facility {home}"
    decide.record(store, [Decision("reject", k["tambov"])])
    with pytest.raises(InputError) as err:
        decide.record(store, [Decision("split", k["tambov"], {"claims": [k["tambov"]]})])
    assert str(err.value) == "split takes claims of one facility (rejected claims belong to none)"
    with pytest.raises(InputError) as err:
        decide.facility(store, "nope")
    assert str(err.value) == ("no facility nope in the store; `python -m pipeline show` lists the facilities with "
                              "their ids")


def test_review_decisions_are_signed_even_when_nobody_says_who(corpus, tmp_path):
    store, _ = corpus
    (first,) = decide.record(store, [Decision("confirm", key_of(store, "kazan"))])
    assert (first.who, first.note) == ("analyst", "")
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"action": "reject", "target": key_of(store, "bryansk")}) + "\n", encoding="utf-8")
    assert decide.import_file(store, path) == (1, 0)
    imported = store.decisions()[-1]
    assert (imported.who, imported.note, imported.at[:2]) == ("analyst", "", "20")

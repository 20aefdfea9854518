"""The review page under AppTest: the queue least sure first, a claim's sentence escaped in its paragraph, decisions
recorded and shown on the map page at once, bad decisions refused with nothing changed; and the map page's review
state filter, confirmed markers and conflicting claims side by side."""

import json
import os
import re

import pytest

from pipeline.store import reading
from tests.conftest import app_on, unpacked

REVIEW = "pages/review.py"


@pytest.fixture()
def app(sample_store, tmp_path, monkeypatch):
    return app_on(sample_store, tmp_path, monkeypatch)


def facilities(at) -> list:
    with reading(db_of(at)) as store:
        return store.facilities()


def db_of(at) -> str:
    return os.environ["TRACKER_DB"]  # set by app_on


def facility_at(at, place: str):
    return next(f for f in facilities(at) if f.place.name == place)


def on_review(at):
    """The review page (the app runs first: a page is switched to after a run)."""
    at.run()
    return at.switch_page(REVIEW).run()


def on_map(at):
    return at.switch_page("app.py").run()


def decide(at, key: str, button: str):
    """Pick the claim ``key`` in the queue and press the button ``button``."""
    at.selectbox(key="r_claim").set_value(key).run()
    at.button(key=button).click().run()
    assert not at.exception
    return at


def shown(at) -> str:
    return at.metric[0].value


def test_review_page_lists_the_queue_least_sure_first(app):
    on_review(app)
    assert not app.exception and not app.error
    queue = app.dataframe[0].value
    assert len(queue) == 15 and list(queue["sureness"]) == sorted(queue["sureness"])
    assert "15 claims to review" in app.caption[0].value
    assert app.selectbox(key="r_claim").value == queue["key"][0]  # the least sure first
    assert "site not reported" in queue["why unsure"][0]


def test_review_page_shows_the_sentence_marked_in_its_paragraph(app):
    on_review(app)
    dushanbe = facility_at(app, "Dushanbe").claims[0]
    app.selectbox(key="r_claim").set_value(dushanbe.key).run()
    passage = next(h.proto.body for h in app.get("html") if "claim-passage" in h.proto.body)
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", passage, re.S).group(1)
    assert " ".join(marked.split()) == " ".join(dushanbe.evidence.split()).replace("'", "&#x27;")
    assert len(passage) > len(marked) + 100  # the paragraph around it


def test_review_confirm_shows_in_the_map_pages_claims_table(app):
    on_review(app)
    dushanbe = facility_at(app, "Dushanbe")
    decide(app, dushanbe.claims[0].key, "r_confirm")
    assert [s.value for s in app.success] == ["Confirmed the claim."]
    assert len(app.dataframe[0].value) == 14 and dushanbe.claims[0].key not in set(app.dataframe[0].value["key"])
    on_map(app)
    app.selectbox(key="detail").set_value(dushanbe.id).run()
    assert list(app.dataframe[1].value["review"]) == ["confirmed"]
    assert app.metric[5].value == "unreviewed"  # the facility is not marked, only its claim confirmed


def test_review_reject_takes_the_claim_off_the_map(app):
    on_review(app)
    decide(app, facility_at(app, "Dushanbe").claims[0].key, "r_reject")
    assert not app.error and len(app.dataframe[0].value) == 14
    on_map(app)
    assert shown(app) == "5 of 5"
    assert "Dushanbe" not in set(app.dataframe[0].value["place"])


def test_review_marked_rejected_is_hidden_by_default_and_shown_when_chosen(app):
    on_review(app)
    dushanbe = facility_at(app, "Dushanbe")
    app.selectbox(key="r_claim").set_value(dushanbe.claims[0].key).run()
    app.selectbox(key="r_state").set_value("rejected").run()
    app.button(key="r_mark").click().run()
    assert [s.value for s in app.success] == ["Marked the facility rejected."]
    assert len(app.dataframe[0].value) == 14  # its claims leave the queue
    on_map(app)
    assert shown(app) == "5 of 6" and "Dushanbe" not in set(app.dataframe[0].value["place"])
    app.multiselect(key="f_reviews").select("rejected").run()
    assert shown(app) == "6 of 6"
    assert app.query_params["review"] in (["unreviewed,confirmed,disputed,rejected"],
                                          "unreviewed,confirmed,disputed,rejected")
    app.multiselect(key="f_reviews").set_value(["rejected"]).run()
    assert shown(app) == "1 of 6" and list(app.dataframe[0].value["place"]) == ["Dushanbe"]


def test_review_confirmed_facility_is_ringed_and_its_popup_says_so(app):
    on_review(app)
    dushanbe = facility_at(app, "Dushanbe")
    app.selectbox(key="r_claim").set_value(dushanbe.claims[0].key).run()
    app.button(key="r_mark").click().run()  # "confirmed" is the state offered first
    on_map(app)
    component = next(el for el in app.get("component_instance") if "st_folium" in el.proto.component_name)
    script = json.loads(component.proto.json_args)["script"]
    rows = json.loads(re.search(r"var data = (\[.*?\]\]);", script).group(1))
    assert {row[5]: row[7] for row in rows} == {f.id: int(f.id == dushanbe.id) for f in facilities(app)}
    records = {r["id"]: r for r in unpacked(script)["records"]}
    assert records[dushanbe.id]["rows"][-1] == "confirmed by review"
    table = app.dataframe[0].value
    assert dict(zip(table["place"], table["review"], strict=True))["Dushanbe"] == "confirmed"
    app.selectbox(key="detail").set_value(dushanbe.id).run()
    assert app.metric[5].value == "confirmed"


def test_review_set_place_by_coordinates_moves_the_facility(app):
    on_review(app)
    app.selectbox(key="r_claim").set_value(facility_at(app, "Dushanbe").claims[0].key).run()
    app.radio(key="r_place_how").set_value("coordinates").run()
    app.number_input(key="r_lat").set_value(38.61).run()
    app.number_input(key="r_lon").set_value(68.79).run()
    app.selectbox(key="r_precision").set_value("site").run()
    app.text_input(key="r_who").input("ana").run()
    app.text_input(key="r_note").input("satellite image").run()
    app.button(key="r_set_place").click().run()
    assert [s.value for s in app.success] == ["Set the claim's place."]
    moved = facility_at(app, "38.6100, 68.7900")
    assert (moved.place.lat, moved.place.lon, moved.precision) == (38.61, 68.79, "site")
    with reading(db_of(app)) as store:
        (decision,) = store.decisions()
    assert (decision.who, decision.note) == ("ana", "satellite image")
    on_map(app)
    assert "38.6100, 68.7900" in set(app.dataframe[0].value["place"])


def test_review_merge_makes_one_facility_of_two(app):
    on_review(app)
    yelabuga, dushanbe = facility_at(app, "Yelabuga"), facility_at(app, "Dushanbe")
    app.selectbox(key="r_claim").set_value(yelabuga.claims[0].key).run()
    app.selectbox(key="r_merge").set_value(dushanbe.id).run()
    app.button(key="r_do_merge").click().run()
    assert [s.value for s in app.success] == ["Merged the facilities."]
    merged = [f for f in facilities(app) if {c.key for c in f.claims} >= {dushanbe.claims[0].key,
                                                                          yelabuga.claims[0].key}]
    assert len(merged) == 1 and len(facilities(app)) == 5
    on_map(app)
    assert shown(app) == "5 of 5"


def test_review_a_bad_decision_says_why_and_changes_nothing(app):
    on_review(app)
    app.text_input(key="r_date").input("2024-13").run()
    app.button(key="r_set_date").click().run()
    assert [e.value for e in app.error] == ["The decision was not recorded: nothing changed."]
    assert any("'2024-13' is not YYYY, YYYY-MM or YYYY-MM-DD" in c.value for c in app.code)
    with reading(db_of(app)) as store:
        assert store.decisions() == []
    assert len(app.dataframe[0].value) == 15


def test_review_split_without_claims_chosen_changes_nothing(app):
    on_review(app)
    belarus = next(f for f in facilities(app) if len(f.claims) == 7)
    app.selectbox(key="r_claim").set_value(belarus.claims[1].key).run()
    app.button(key="r_do_split").click().run()
    assert [e.value for e in app.error] == ["Choose the claims to split off first: nothing changed."]
    app.multiselect(key="r_split").select(belarus.claims[1].key).select(belarus.claims[2].key).run()
    app.button(key="r_do_split").click().run()
    assert [s.value for s in app.success] == ["Split the claims off into a new facility."]
    assert len(facilities(app)) == 7
    history = app.dataframe[-1].value  # the facility's decisions, now a facility of the two split claims
    assert list(history["action"]) == ["split"]


def test_map_page_shows_conflicting_claims_side_by_side(app):
    app.run()
    conflicted = next(f for f in facilities(app) if f.conflicts)
    app.selectbox(key="detail").set_value(conflicted.id).run()
    assert any(w.value.startswith("Claims disagree on the status") for w in app.warning)
    assert any("claims disagree on the status: proposed, under construction" in c.value for c in app.code)
    side_tables = [df.value for df in app.dataframe[1:-1]]  # between the facilities and the detail's claims
    assert [sorted(set(t["status"])) for t in side_tables] == [["proposed"], ["under construction"]]
    assert "review" in app.dataframe[-1].value.columns


def test_review_page_lists_orphaned_decisions(app):
    from pipeline.facilities import merge
    from pipeline.review import Decision
    from pipeline.store import Store

    app.run()
    store = Store(db_of(app))
    store.add_decisions([Decision("confirm", "0123456789ab-gone", {}, "ana", "an old store's claim",
                                  "2025-01-01T00:00:00+00:00")], merge)
    store.close()
    app.switch_page(REVIEW).run()
    (orphans,) = app.expander
    assert orphans.label.startswith("1 orphaned decision: naming claims the store no longer holds")
    assert list(app.dataframe[1].value["target"]) == ["0123456789ab-gone"]
    assert len(app.dataframe[0].value) == 15  # the queue is unchanged


def test_map_detail_links_to_the_review_of_its_claims_and_back(app):
    app.run()
    dushanbe = facility_at(app, "Dushanbe")
    app.selectbox(key="detail").set_value(dushanbe.id).run()
    links = {link.proto.label: link.proto for link in app.get("page_link")}
    assert links["Review its claims"].query_string == f"claim={dushanbe.claims[0].key}"
    assert "facility=" + dushanbe.id in links["Map"].query_string  # back to the same view
    app.query_params.clear()
    app.query_params["claim"] = dushanbe.claims[0].key  # as the link opens the review page
    app.switch_page(REVIEW).run()
    assert app.selectbox(key="r_claim").value == dushanbe.claims[0].key
    app.selectbox(key="r_claim").set_value(app.dataframe[0].value["key"][0]).run()  # another claim
    assert app.query_params["claim"] in ([app.dataframe[0].value["key"][0]], app.dataframe[0].value["key"][0])


def test_review_a_rejected_claim_and_a_confirmed_facility_can_be_reopened(app):
    on_review(app)
    dushanbe, yelabuga = facility_at(app, "Dushanbe"), facility_at(app, "Yelabuga")
    decide(app, dushanbe.claims[0].key, "r_reject")
    app.selectbox(key="r_claim").set_value(yelabuga.claims[0].key).run()
    app.button(key="r_mark").click().run()  # confirmed
    assert len(app.dataframe[0].value) == 15 - 1 - 2
    assert app.expander[0].label == "Reopen what was decided (claims: 1, facilities: 1)"
    app.button(key="r_do_reopen").click().run()
    assert [s.value for s in app.success] == ["Reopened the claim: it is in the queue again."]
    app.button(key="r_do_unmark").click().run()
    assert [s.value for s in app.success] == ["Reopened the facility: its claims are in the queue again."]
    assert len(app.dataframe[0].value) == 15 and not app.expander
    with reading(db_of(app)) as store:
        assert [d.action for d in store.decisions()] == ["reject", "mark", "reopen", "mark"]

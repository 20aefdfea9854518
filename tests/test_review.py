"""Analyst review on records made by hand: claim keys, decisions checked and applied on every merge, how sure the
pipeline is of a claim, and the queue."""

import dataclasses

import pytest

from pipeline import review
from pipeline.errors import InputError
from pipeline.facilities import conflicts, merge
from pipeline.records import Match, Mention
from pipeline.review import Decision, Review
from tests.builders import KAZAN, MINSK, RUSSIA, TATARSTAN, article, claim

ARTICLES = {a: article(a, published=d) for a, d in (("a1", "2024-01-10"), ("a2", "2024-06-01"), ("a3", None))}
YELABUGA = dataclasses.replace(KAZAN, geonameid=467978, name="Yelabuga", population=70_000, lat=55.76, lon=52.06)


def keyed(*claims):
    for c, key in zip(claims, review.claim_keys(claims), strict=True):
        c.key = key
    return list(claims)


def merged(claims, *decisions):
    return merge(claims, ARTICLES, Review(decisions))


# -- keys ----------------------------------------------------------------------------------------------------

def test_review_claim_keys_come_from_the_article_sentence_and_place_name_only():
    one = claim("a1", KAZAN, evidence="A drone plant  in Kazan opened.")
    same_text_other_place = claim("a1", YELABUGA, evidence="A drone plant in Kazan opened.", surface="Kazan")
    other_name = claim("a1", KAZAN, evidence="A drone plant in Kazan opened.", surface="Kasan")
    other_article = claim("a2", KAZAN, evidence="A drone plant in Kazan opened.")
    keys = review.claim_keys([one, other_name, other_article])
    assert len(set(keys)) == 3 and keys[0].startswith("a1-") and keys[2].startswith("a2-")
    # the gazetteer's answer and the spacing do not change the key; a second claim with both the same is numbered
    assert review.claim_keys([same_text_other_place, one]) == [keys[0], f"{keys[0]}-2"]


# -- decisions checked ----------------------------------------------------------------------------------------

SPOT = {"geonameid": None, "name": "Site", "level": "site", "country_code": "RU", "region_code": "",
        "region_name": "", "lat": 55.7, "lon": 52.1, "population": 0}


@pytest.mark.parametrize("decision, message", [
    (Decision("approve", "k"), "unknown review action 'approve'"),
    (Decision("confirm", ""), "no claim key"),
    (Decision("set-status", "k", {"status": "rumoured"}), "unknown status 'rumoured'"),
    (Decision("set-status", "k"), "missing status"),
    (Decision("set-date", "k", {"date": "May 2024"}), "not YYYY, YYYY-MM or YYYY-MM-DD"),
    (Decision("set-date", "k", {"date": "2024-13"}), "not YYYY, YYYY-MM or YYYY-MM-DD"),
    (Decision("set-place", "k", {"place": {**SPOT, "lat": 91}, "precision": "site"}), "out of range"),
    (Decision("set-place", "k", {"place": {**SPOT, "lon": -180.5}, "precision": "site"}), "out of range"),
    (Decision("set-place", "k", {"place": SPOT, "precision": "street"}), "unknown precision 'street'"),
    (Decision("set-place", "k", {"place": {"lat": 1}, "precision": "site"}), "not a gazetteer place"),
    (Decision("set-operators", "k", {"operators": "RU"}), "list of names"),
    (Decision("set-operators", "k", {"operators": ["RU", " "]}), "list of names"),
    (Decision("mark", "k", {"state": "fine"}), "unknown facility state 'fine'"),
    (Decision("merge", "k", {"with": "k"}), "cannot be merged with itself"),
    (Decision("split", "k", {"claims": []}), "split needs"),
])
def test_review_bad_decisions_are_refused_with_what_is_wrong(decision, message):
    with pytest.raises(InputError, match=message):
        review.checked(decision)


@pytest.mark.parametrize("decision", [
    Decision("set-place", "k", {"place": {**SPOT, "lat": -90, "lon": 180}, "precision": "site"}),
    Decision("set-date", "k", {"date": "2024"}), Decision("set-date", "k", {"date": "2024-02-29"}),
    Decision("set-date", "k", {"date": None}), Decision("set-operators", "k", {"operators": []}),
    Decision("mark", "k", {"state": "disputed"}), Decision("reopen", "k"),
])
def test_review_good_decisions_pass(decision):
    assert review.checked(decision) is decision


def test_review_a_record_round_trips_and_a_bad_line_is_named():
    d = Decision("set-status", "a1-x", {"status": "closed"}, "ana", "seen on imagery", "2026-01-02T03:04:05+00:00")
    assert review.from_record(d.record(), "f.jsonl, line 1") == d
    with pytest.raises(InputError, match=r"f.jsonl, line 3: not a review decision \(not a JSON object\)"):
        review.from_record([1], "f.jsonl, line 3")
    with pytest.raises(InputError, match="f.jsonl, line 4: .*unknown status"):
        review.from_record({"action": "set-status", "target": "k", "value": {"status": "x"}}, "f.jsonl, line 4")
    with pytest.raises(InputError, match="f.jsonl, line 5"):
        review.from_record({"action": "confirm"}, "f.jsonl, line 5")


# -- decisions applied -------------------------------------------------------------------------------------------

def test_review_verdicts_the_latest_wins_and_corrections_mark_a_claim_corrected():
    (c,) = keyed(claim("a1", KAZAN))
    state = lambda *ds: Review(ds).applied(c).review  # noqa: E731
    assert state() == "unreviewed"
    assert state(Decision("confirm", c.key)) == "confirmed"
    assert state(Decision("confirm", c.key), Decision("reject", c.key)) == "rejected"
    assert state(Decision("reject", c.key), Decision("reopen", c.key)) == "unreviewed"
    assert state(Decision("set-date", c.key, {"date": "2024"})) == "corrected"
    assert state(Decision("set-date", c.key, {"date": "2024"}), Decision("confirm", c.key)) == "confirmed"
    assert state(Decision("confirm", "other")) == "unreviewed"


def test_review_corrections_replace_what_the_pipeline_read():
    (c,) = keyed(claim("a1", KAZAN, "planned", operators=("RU",), date="2023"))
    fixes = [Decision("set-place", c.key, {"place": dataclasses.asdict(MINSK), "precision": "city"}),
             Decision("set-status", c.key, {"status": "closed"}),
             Decision("set-operators", c.key, {"operators": ["BY", "Acme"]}),
             Decision("set-date", c.key, {"date": "2024-03"}), Decision("set-status", c.key, {"status": "struck"})]
    fixed = Review(fixes).applied(c)
    assert (fixed.place, fixed.precision, fixed.status, fixed.status_cue) == (MINSK, "city", "struck",
                                                                             "set by the analyst")
    assert (fixed.operators, fixed.event_date, fixed.key, fixed.evidence) == (["BY", "Acme"], "2024-03", c.key,
                                                                              c.evidence)
    assert (c.place, c.status) == (KAZAN, "planned")  # the pipeline's claim is left as it was


def test_review_a_rejected_claim_no_longer_feeds_its_facility():
    good, wrong = keyed(claim("a1", KAZAN, "operational"), claim("a2", KAZAN, "closed", evidence="It shut."))
    (f,) = merged([good, wrong], Decision("reject", wrong.key))
    assert [c.key for c in f.claims] == [good.key] and f.status == "operational" and f.sources == 1
    assert merged([wrong], Decision("reject", wrong.key)) == []


def test_review_a_place_set_by_the_analyst_is_not_moved_by_the_merge():
    coarse, fine = keyed(claim("a1", RUSSIA, "planned"), claim("a1", KAZAN, "operational"))
    assert len(merged([coarse, fine])) == 1  # the pipeline moves the country's claim to Kazan
    tatarstan = {"place": dataclasses.asdict(TATARSTAN), "precision": "region"}
    placed = merged([coarse, fine], Decision("set-place", coarse.key, tatarstan))
    assert sorted(f.place.name for f in placed) == ["Kazan", "Tatarstan"]


def test_review_facilities_merged_split_and_marked_in_the_order_decided():
    kazan, yelabuga, later = keyed(claim("a1", KAZAN), claim("a1", YELABUGA), claim("a2", KAZAN, evidence="More."))
    assert len(merged([kazan, yelabuga, later])) == 2
    join = Decision("merge", kazan.key, {"with": yelabuga.key})
    (one,) = merged([kazan, yelabuga, later], join)
    assert {c.key for c in one.claims} == {kazan.key, yelabuga.key, later.key}
    assert one.conflicts == ["claims disagree on the place: Kazan, Yelabuga"]
    split = Decision("split", later.key, {"claims": [later.key]})
    apart = merged([kazan, yelabuga, later], join, split)
    assert sorted(len(f.claims) for f in apart) == [1, 2]
    assert len(merged([kazan, yelabuga, later], split, join)) == 2  # split first, then the join: Kazan's two stay apart
    assert merged([kazan], Decision("split", kazan.key, {"claims": [kazan.key]}))[0].claims == [kazan]  # all: no-op
    marks = [Decision("mark", later.key, {"state": "disputed"}), Decision("mark", kazan.key, {"state": "confirmed"})]
    assert [f.review for f in merged([kazan, yelabuga, later], *marks)] == ["confirmed", "unreviewed"]
    assert [f.review for f in merged([kazan, yelabuga, later], *marks[::-1])] == ["disputed", "unreviewed"]


def test_review_decisions_about_missing_claims_are_orphaned_not_applied():
    (c,) = keyed(claim("a1", KAZAN))
    ds = [Decision("confirm", c.key), Decision("reject", "gone-1"), Decision("merge", c.key, {"with": "gone-2"}),
          Decision("split", c.key, {"claims": ["gone-3"]})]
    assert Review(ds).orphaned([c.key]) == ds[1:]
    (f,) = merged([c], *ds)
    assert f.claims[0].review == "confirmed" and len(f.claims) == 1


# -- conflicts ---------------------------------------------------------------------------------------------------

def test_review_conflicts_a_later_report_of_an_earlier_stage_or_two_towns():
    working, planned = claim("a1", KAZAN, "operational"), claim("a2", KAZAN, "planned")
    assert conflicts([working, planned], ARTICLES) == ["claims disagree on the status: operational, planned"]
    assert conflicts([claim("a1", KAZAN, "planned"), claim("a2", KAZAN, "operational")], ARTICLES) == []
    # one article states several stages (news first, background after); undated reports have no order; a strike
    # is news, not a stage
    assert conflicts([claim("a1", KAZAN, "expanded"), claim("a1", KAZAN, "planned")], ARTICLES) == []
    assert conflicts([claim("a3", KAZAN, "operational"), claim("a2", KAZAN, "planned")], ARTICLES) == []
    assert conflicts([claim("a1", KAZAN, "operational"), claim("a2", KAZAN, "struck")], ARTICLES) == []
    same_day = {"b1": article("b1", published="2024-05-01"), "b2": article("b2", published="2024-05-01")}
    assert conflicts([claim("b1", KAZAN, "closed"), claim("b2", KAZAN, "operational")], same_day) == [
        "claims disagree on the status: closed, operational"]
    assert conflicts([claim("a1", KAZAN), claim("a2", YELABUGA)], ARTICLES) == [
        "claims disagree on the place: Kazan, Yelabuga"]
    assert conflicts([claim("a1", KAZAN), claim("a2", TATARSTAN)], ARTICLES) == []  # a region is not a town


# -- how sure, and the queue --------------------------------------------------------------------------------------

class Names:
    """A gazetteer answering lookups from a table."""

    def __init__(self, table):
        self.table = table

    def lookup(self, name):
        if name == "<bad>":
            raise InputError("bad query")
        return self.table.get(name, [])


LESNOY = dataclasses.replace(KAZAN, geonameid=1, name="Lesnoy", population=50_000)
OTHER_LESNOY = dataclasses.replace(KAZAN, geonameid=2, name="Lesnoy", population=55_000, country_code="KZ")


@pytest.mark.parametrize("found, margin, rival", [
    ([], 1.0, None),
    ([Match(KAZAN, "exact", 1.0)], 1.0, None),
    ([Match(KAZAN, "exact", 1.0), Match(TATARSTAN, "exact", 1.0)], 1.0, None),  # its own region is no rival
    ([Match(KAZAN, "exact", 1.0), Match(RUSSIA, "exact", 1.0)], 1.0, None),  # nor its country
    ([Match(KAZAN, "exact", 1.0), Match(YELABUGA, "exact", 1.0)], 0.94, YELABUGA),  # by population
    ([Match(KAZAN, "exact", 1.0), Match(MINSK, "fuzzy", 0.3)], 0.7, MINSK),  # by score
    ([Match(MINSK, "exact", 1.0), Match(KAZAN, "alias", 0.95)], 0.0, MINSK),  # a bigger rival, a better name
])
def test_review_place_margin_beats_the_next_namesake_by_score_or_size(found, margin, rival):
    c = claim("a1", KAZAN, surface="Kazan")
    assert review.place_margin(c, Names({"Kazan": found})) == (margin, rival)
    assert review.place_margin(claim("a1", KAZAN, surface="<bad>"), Names({})) == (1.0, None)


def test_review_assess_records_why_a_claim_may_be_wrong():
    lesnoy = claim("a1", LESNOY, "unknown", surface="Lesnoy")
    sure = claim("a1", KAZAN, "operational", attribution="the ministry", surface="Kazan")
    coarse = claim("a1", RUSSIA, "planned", attribution="Reuters", surface="Russia")
    fuzzy = claim("a1", KAZAN, "operational", attribution="TASS", surface="Kazzan")
    mentions = [Mention("a1", 0, 5, "Kazzan", KAZAN, "fuzzy", 0.8), Mention("a1", 9, 14, "Kazan", KAZAN, "exact", 1)]
    names = Names({"Lesnoy": [Match(LESNOY, "exact", 1.0), Match(OTHER_LESNOY, "exact", 1.0)]})
    review.assess([lesnoy, sure, coarse, fuzzy], mentions, names)
    assert lesnoy.doubts == ["place: Lesnoy (KZ) is almost as likely (margin 0.00)", "status not stated",
                             "source not named"]
    assert (sure.doubts, sure.place_margin, lesnoy.place_margin) == ([], 1.0, 0.0)
    assert coarse.doubts == ["site not reported: only the country is known"]
    assert fuzzy.doubts == ["place read by fuzzy match: 'Kazzan' as Kazan"]
    wide = dataclasses.replace(OTHER_LESNOY, population=10_000)
    review.assess([lesnoy], [], Names({"Lesnoy": [Match(LESNOY, "exact", 1.0), Match(wide, "exact", 1.0)]}))
    assert lesnoy.place_margin == 0.8 and lesnoy.doubts == ["status not stated", "source not named"]


def test_review_queue_lists_unreviewed_claims_least_sure_first():
    sure, unsure, done, other = keyed(claim("a1", KAZAN), claim("a1", KAZAN, evidence="Maybe."),
                                      claim("a1", KAZAN, evidence="Done."), claim("a2", MINSK))
    unsure.doubts = ["status not stated", "source not named"]
    fs = merged([sure, unsure, done, other], Decision("confirm", done.key))
    items = review.queue(fs)
    assert [i.claim.key for i in items][0] == unsure.key and {i.claim.key for i in items[1:]} == {sure.key, other.key}
    assert (items[0].sureness, items[0].reasons, items[1].sureness) == (0.6, unsure.doubts, 0.9)
    closed = merged([sure, unsure, done, other], Decision("mark", other.key, {"state": "confirmed"}))
    assert other.key not in {i.claim.key for i in review.queue(closed)}
    disputed = merged([sure, other], Decision("mark", other.key, {"state": "disputed"}))
    assert other.key in {i.claim.key for i in review.queue(disputed)}
    clash = merged(keyed(claim("a1", KAZAN, "operational"), claim("a2", KAZAN, "planned", evidence="Plan.")))
    assert review.queue(clash)[0].reasons == ["claims disagree on the status: operational, planned"]
    assert review.queue(clash)[0].sureness == 0.7


def test_review_decisions_export_as_json_lines():
    ds = [Decision("confirm", "a-1", who="ana", at="t1", id=4), Decision("mark", "a-2", {"state": "disputed"})]
    lines = review.dumps(ds).splitlines()
    assert [review.from_record(__import__("json").loads(line), "x") for line in lines] == [
        dataclasses.replace(d, id=None) for d in ds]


@pytest.mark.parametrize("decision, message", [
    (Decision("approve", "k"), "unknown review action 'approve'; one of confirm, reject, reopen, set-place, "
                               "set-status, set-operators, set-date, merge, split, mark"),
    (Decision("merge", "k"), "merge k: missing with"),
    (Decision("split", "k"), "split k: missing claims"),
    (Decision("mark", "k"), "mark k: missing state"),
    (Decision("set-place", "k", {"place": SPOT}), "set-place k: missing precision"),
    (Decision("set-place", "k"), "set-place k: missing place, precision"),
    (Decision("set-status", "k", {"status": "x"}), "unknown status 'x'; one of proposed, planned, converting, under "
                                                   "construction, operational, expanded, struck, closed, unknown"),
    (Decision("mark", "k", {"state": "x"}), "unknown facility state 'x'; one of unreviewed, confirmed, disputed, "
                                            "rejected"),
    (Decision("set-place", "k", {"place": SPOT, "precision": "x"}), "unknown precision 'x'; one of site, city, "
                                                                    "region, country"),
    (Decision("set-operators", "k", {"operators": "RU"}), "operators must be a list of names or country codes"),
    (Decision("merge", "k", {"with": "k"}), "a facility cannot be merged with itself"),
    (Decision("split", "k", {"claims": []}), "split needs the keys of the claims that go to the new facility"),
])
def test_review_refusals_say_exactly_what_is_wrong(decision, message):
    with pytest.raises(InputError) as err:
        review.checked(decision)
    assert str(err.value) == message


@pytest.mark.parametrize("lat, lon, ok", [(-90, -180, True), (90, 180, True), (-90.5, 0, False), (0, -180.5, False),
                                          (0, 180.5, False), (90.5, 0, False)])
def test_review_coordinates_are_checked_at_the_edges(lat, lon, ok):
    decision = Decision("set-place", "k", {"place": {**SPOT, "lat": lat, "lon": lon}, "precision": "site"})
    if ok:
        assert review.checked(decision) is decision
    else:
        with pytest.raises(InputError, match="out of range"):
            review.checked(decision)


def test_review_time_stamps_are_utc_and_exports_keep_their_letters():
    assert review.now().endswith("+00:00")
    text = review.dumps([Decision("confirm", "a-1", note="Казань: видно на снимке")])
    assert "Казань: видно на снимке" in text


def test_review_a_facility_whose_claim_has_no_key_is_named_by_none():
    from tests.builders import facility

    assert review.anchor(facility(claim("a1", KAZAN))) == ""


def test_review_doubts_of_an_override_a_region_and_a_margin_just_wide_enough():
    overridden = claim("a1", KAZAN, "operational", attribution="TASS", surface="Kasan")
    region = claim("a1", TATARSTAN, "operational", attribution="TASS", surface="Tatarstan")
    mentions = [Mention("a1", 0, 5, "Kasan", KAZAN, "override", 1.0)]
    rival = dataclasses.replace(MINSK, population=int(KAZAN.population * 0.75))  # margin exactly 0.25
    names = Names({"Kasan": [Match(KAZAN, "exact", 1.0), Match(rival, "exact", 1.0)],
                   "Tatarstan": [Match(TATARSTAN, "exact", 1.0), Match(KAZAN, "exact", 1.0)]})
    review.assess([overridden, region], mentions, names)
    assert overridden.doubts == ["place read by override match: 'Kasan' as Kazan"]
    assert overridden.place_margin == 0.25
    # a town inside the region of that name is no rival; the region's site is not reported
    assert (region.place_margin, region.doubts) == (1.0, ["site not reported: only the region is known"])


def test_review_a_site_without_population_against_a_namesake():
    site = dataclasses.replace(KAZAN, name="Works", level="site", population=0)
    hamlet = dataclasses.replace(MINSK, name="Works", population=1)
    c = claim("a1", site, surface="Works")
    # the site is not among the gazetteer's candidates: the namesake's size decides
    assert review.place_margin(c, Names({"Works": [Match(hamlet, "exact", 1.0)]})) == (0.0, hamlet)
    big = dataclasses.replace(site, population=4)
    assert review.place_margin(claim("a1", big, surface="Works"), Names({"Works": [Match(hamlet, "exact", 1.0)]})
                               ) == (0.75, hamlet)

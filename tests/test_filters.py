"""The analyst's filters on facilities made by hand: each filter keeps exactly what it names, dates bound the
reporting period inclusively, and a filter state survives the trip through the URL."""

import dataclasses
import datetime as dt

import pytest

from pipeline import filters
from pipeline.filters import Filters
from tests.builders import KAZAN, MINSK, RUSSIA, TATARSTAN, article, claim, facility

D = dt.date
SITE = dataclasses.replace(KAZAN, name="Kazan Aviation Plant", level="site")

# A Belarusian drone plant reported in 2023 by Wire A (English), a Russian shell plant in Tatarstan reported
# through 2024 by Wire B (Russian) and an unnamed publisher, and an undated Russian plant of unknown kind.
DRONES = facility(claim("a1", MINSK, "operational", operators=("BY",)), fid="f1", first="2023-03", last="2023-11")
SHELLS = facility(claim("a2", TATARSTAN, "under construction", kind="plant", products=()),
                  claim("a3", TATARSTAN, "under construction", kind="plant", products=("artillery shells",)),
                  fid="f2", first="2024-02-10", last="2024-09-30")
UNDATED = facility(claim("a4", KAZAN, "planned", kind="plant", products=()), fid="f3", first=None)
ARTICLES = {"a1": article("a1", publisher="Wire A"), "a2": article("a2", publisher="Wire B", language="ru"),
            "a3": article("a3", publisher="", language="ru"), "a4": article("a4", publisher="Wire A")}
ALL = [DRONES, SHELLS, UNDATED]


def kept(**criteria) -> list[str]:
    return [f.id for f in filters.apply(ALL, ARTICLES, Filters(**criteria))]


def test_filters_kind_is_the_first_claim_that_names_a_family_else_other():
    assert [filters.kind_of(f) for f in ALL] == ["drone", "ammunition", "other"]


def test_filters_no_filter_keeps_every_dated_facility_and_undated_only_when_asked():
    assert kept() == ["f1", "f2"]
    assert kept(include_undated=True) == ["f1", "f2", "f3"]


@pytest.mark.parametrize("criteria, ids", [
    ({"countries": ["BY"]}, ["f1"]), ({"countries": ["RU", "IR"]}, ["f2"]),
    ({"operators": ["BY"]}, ["f1"]), ({"operators": ["IR"]}, []),
    ({"statuses": ["under construction"]}, ["f2"]), ({"statuses": ["operational", "closed"]}, ["f1"]),
    ({"kinds": ["ammunition"]}, ["f2"]), ({"kinds": ["other"], "include_undated": True}, ["f3"]),
    ({"precisions": ["region"]}, ["f2"]), ({"precisions": ["city"]}, ["f1"]),
    ({"sources": ["Wire B"]}, ["f2"]), ({"sources": ["unknown"]}, ["f2"]), ({"sources": ["Wire A"]}, ["f1"]),
    ({"languages": ["ru"]}, ["f2"]), ({"languages": ["en"], "include_undated": True}, ["f1", "f3"]),
])
def test_filters_each_filter_keeps_exactly_what_it_names(criteria, ids):
    assert kept(**criteria) == ids


@pytest.mark.parametrize("start, end, ids", [
    (D(2023, 11, 30), None, ["f1", "f2"]),  # a month-long last report covers the month's last day
    (D(2023, 12, 1), None, ["f2"]),
    (None, D(2023, 3, 1), ["f1"]),  # a month-long first report starts on the month's first day
    (None, D(2023, 2, 28), []),
    (D(2024, 9, 30), D(2024, 9, 30), ["f2"]), (D(2024, 2, 10), D(2024, 2, 10), ["f2"]),
    (D(2024, 10, 1), D(2025, 1, 1), []), (D(2023, 12, 1), D(2024, 2, 9), []),
])
def test_filters_dates_bound_the_reporting_period_inclusively(start, end, ids):
    assert kept(start=start, end=end) == ids


def test_filters_year_only_report_spans_its_whole_year():
    year = facility(fid="y", first="2022", last="2022")
    assert filters.matches(year, ARTICLES, Filters(start=D(2022, 12, 31), end=D(2022, 12, 31)))
    assert filters.matches(year, ARTICLES, Filters(start=D(2022, 1, 1), end=D(2022, 1, 1)))
    assert not filters.matches(year, ARTICLES, Filters(end=D(2021, 12, 31)))
    assert filters.date_bounds([year]) == (D(2022, 1, 1), D(2022, 12, 31))


def test_filters_claims_of_articles_no_longer_stored_count_for_nothing():
    orphan = facility(claim("gone", KAZAN), claim("a2", KAZAN), fid="o")
    assert filters.publishers(orphan, ARTICLES) == {"Wire B"}
    assert filters.languages(orphan, ARTICLES) == {"ru"}


def test_filters_options_offer_the_values_present():
    assert filters.options(ALL, ARTICLES) == {
        "countries": ["BY", "RU"], "operators": ["BY", "RU"],
        "statuses": ["operational", "planned", "under construction"], "kinds": ["ammunition", "drone", "other"],
        "precisions": ["city", "region"], "sources": ["Wire A", "Wire B", "unknown"], "languages": ["en", "ru"]}


def test_filters_date_bounds_span_every_dated_facility():
    assert filters.date_bounds(ALL) == (D(2023, 3, 1), D(2024, 9, 30))
    assert filters.date_bounds([UNDATED]) is None


def test_filters_state_travels_through_the_url_unchanged():
    state = Filters(countries=["BY", "RU"], operators=["IR"], statuses=["struck"], kinds=["drone"],
                    precisions=["site", "city"], sources=["Wire A"], languages=["uk"], start=D(2024, 1, 2),
                    end=D(2024, 12, 31), include_undated=True)
    query = filters.to_query(state)
    assert query == {"countries": "BY,RU", "operators": "IR", "statuses": "struck", "kinds": "drone",
                     "precisions": "site,city", "sources": "Wire A", "languages": "uk", "from": "2024-01-02",
                     "to": "2024-12-31", "undated": "1"}
    assert filters.from_query(query) == state


def test_filters_default_state_leaves_the_url_empty():
    assert filters.to_query(Filters()) == {}
    assert filters.from_query({}) == Filters()


def test_filters_url_values_that_do_not_parse_are_ignored():
    state = filters.from_query({"from": "yesterday", "to": "2024-13-01", "countries": ",BY,,", "undated": "yes"})
    assert state == Filters(countries=["BY"])


def test_filters_precisions_are_offered_from_the_most_to_the_least_precise():
    at = [facility(claim(place=place), fid=str(i)) for i, place in enumerate((RUSSIA, KAZAN, TATARSTAN, SITE))]
    assert filters.options(at, ARTICLES)["precisions"] == ["site", "city", "region", "country"]


def reviewed(state: str, fid: str) -> object:
    f = facility(claim("a1", MINSK), fid=fid, first="2023-05")
    f.review = state
    return f


REVIEWED = [reviewed(state, state) for state in ("unreviewed", "confirmed", "disputed", "rejected")]


def test_filters_rejected_facilities_are_hidden_by_default_and_shown_when_chosen():
    assert [f.id for f in filters.apply(REVIEWED, ARTICLES, Filters())] == ["unreviewed", "confirmed", "disputed"]
    assert [f.id for f in filters.apply(REVIEWED, ARTICLES, Filters(reviews=["rejected"]))] == ["rejected"]
    assert [f.id for f in filters.apply(REVIEWED, ARTICLES, Filters(reviews=[]))] == [f.id for f in REVIEWED]


@pytest.mark.parametrize("reviews, query", [
    (["confirmed"], "confirmed"), (["unreviewed", "confirmed", "disputed", "rejected"], "unreviewed,confirmed,"
                                                                                        "disputed,rejected"),
    ([], "any")])
def test_filters_review_state_travels_through_the_url(reviews, query):
    assert filters.to_query(Filters(reviews=reviews)) == {"review": query}
    assert filters.from_query({"review": query}) == Filters(reviews=reviews)


def test_filters_unknown_review_states_in_the_url_leave_the_default():
    assert filters.from_query({"review": "approved,,"}) == Filters()
    assert filters.from_query({"review": "approved,rejected"}) == Filters(reviews=["rejected"])
    assert filters.to_query(Filters(reviews=["disputed", "confirmed", "unreviewed"])) == {}  # the default, reordered


def placed_at(lat: float, lon: float, precision: str, country: str = "", fid: str = "p"):
    """A facility at a point, with a country code or none (as where the analyst set coordinates)."""
    spot = dataclasses.replace(MINSK, geonameid=None, name=f"{lat}, {lon}", level=precision, country_code=country,
                               lat=lat, lon=lon)
    return dataclasses.replace(facility(claim("a1", spot), fid=fid), precision=precision)


@pytest.mark.parametrize(("lat", "lon", "precision", "country", "expected"), [
    (53.68, 23.83, "city", "", "BY"),    # coordinates without a code: the country they fall in
    (53.68, 23.83, "site", "", "BY"),
    (54.9, 19.5, "site", "RU", "RU"),    # at sea off Kaliningrad: the code it has, not the polygon's nothing
    (54.9, 19.5, "site", "", ""),        # at sea, no code: no country
    (53.68, 23.83, "region", "PL", "PL"),  # not located: its code stands
])
def test_filters_country_of_a_facility(lat, lon, precision, country, expected):
    assert filters.country_of(placed_at(lat, lon, precision, country)) == expected


def test_filters_country_options_leave_out_facilities_in_no_country():
    at_sea = placed_at(54.9, 19.5, "site", "", fid="sea")
    assert filters.options([DRONES, at_sea], ARTICLES)["countries"] == ["BY"]


def test_filters_distance_keeps_a_facility_exactly_that_far():
    near = dataclasses.replace(DRONES, nato_distance_km=200.0)
    far = dataclasses.replace(SHELLS, nato_distance_km=200.1)
    unlocated = dataclasses.replace(UNDATED, nato_distance_km=None)
    assert [f.id for f in filters.apply([near, far, unlocated], ARTICLES, Filters(within_km=200, include_undated=True))
            ] == ["f1"]


def test_filters_the_databases_spatial_answer_is_what_is_shown():
    """A PostGIS store's ids stand for the country and distance filters, whatever Python would say."""
    flt = Filters(countries=["BY"], include_undated=True)
    assert [f.id for f in filters.apply(ALL, ARTICLES, flt)] == ["f1"]
    assert [f.id for f in filters.apply(ALL, ARTICLES, flt, placed={"f3"})] == ["f3"]
    assert filters.apply(ALL, ARTICLES, flt, placed=set()) == []

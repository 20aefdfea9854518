"""The time view's data: NATO membership and frontline per accession date, the slider's range, the map's
timeline data, and the claims counted per month and status."""

import datetime as dt
import json
import re

import pandas as pd

from pipeline import mapview, timeline
from tests.builders import KAZAN, MINSK, article, claim, facility


def step_at(ymd: int):
    """The membership step in force on a day (yyyymmdd), as the browser picks it."""
    return [s for s in timeline.membership_steps() if s[0] <= ymd][-1]


def test_timeline_one_step_per_accession_date_in_order():
    steps = timeline.membership_steps()
    assert [s[0] for s in steps] == sorted({s[0] for s in steps})
    assert steps[0][0] == 19490824 and len(steps[0][1]) == 12
    assert [s[0] for s in steps[-3:]] == [20200327, 20230404, 20240307]


def test_timeline_finland_and_sweden_join_on_their_accession_days():
    assert "FI" not in step_at(20230403)[1] and "FI" in step_at(20230404)[1]
    assert "SE" not in step_at(20240306)[1] and "SE" in step_at(20240307)[1]
    assert len(step_at(20240307)[1]) == 32


def test_timeline_frontline_per_step_is_the_members_bordering_russia_or_belarus():
    assert step_at(19490824)[2] == ("NO",)  # Norway borders Russia from the start
    assert set(step_at(20040329)[2]) == {"NO", "PL", "EE", "LV", "LT"}
    assert "FI" not in step_at(20230403)[2] and "FI" in step_at(20230404)[2]
    assert "SE" not in step_at(20240307)[2]  # a member, but no border with Russia or Belarus
    for _, members, front in timeline.membership_steps():
        assert set(front) <= set(members)


def test_timeline_slider_runs_from_the_start_or_the_earliest_report_to_the_end():
    end = dt.date(2025, 3, 6)
    fs = [facility(first="2024-05"), facility(first=None), facility(first="2023-08-02")]
    assert timeline.slider_range(fs, None, end) == (dt.date(2023, 8, 2), end)
    assert timeline.slider_range(fs, dt.date(2022, 1, 1), end) == (dt.date(2022, 1, 1), end)
    assert timeline.slider_range([], None, end) == (end, end)
    assert timeline.slider_range(fs, dt.date(2026, 1, 1), end) == (end, end)  # never past its end


def test_timeline_map_carries_the_slider_range_and_the_nato_data():
    f = facility(first="2023-08-02")
    page = mapview.build_map([f], {}, as_of="2025-03-06", start="2022-06-01").get_root().render()
    data = json.loads(re.search(r"var t = (\{.*?\}), cluster", page).group(1))
    assert data["start"] == (dt.date(2022, 6, 1) - timeline.EPOCH).days
    assert data["end"] == (dt.date(2025, 3, 6) - timeline.EPOCH).days
    nato = json.loads(re.search(r"var nato = (\{.*?\});\n", page).group(1))
    assert nato["day"] == 20250306 and nato["accession"]["FI"] == "2023-04-04"
    assert [list(s[:1]) + [list(x) for x in s[1:]] for s in timeline.membership_steps()] == nato["steps"]


def test_timeline_claims_by_month_counts_claims_per_status():
    articles = {"a1": article("a1", published="2024-05-02"), "a2": article("a2", published=None),
                "a3": article("a3", published="2024-07-30")}
    kazan = facility(claim("a1", KAZAN, "operational"), claim("a1", KAZAN, "struck"),
                     claim("a3", KAZAN, "struck"), claim("a2", KAZAN, "planned", date="2024-05-20"))
    minsk = facility(claim("a2", MINSK, "planned", date="2023"), claim("a2", MINSK, "planned"),  # no month: out
                     claim("gone", MINSK, "planned", date="2024-07"))  # article not in the store: its own date
    table = timeline.claims_by_month([kazan, minsk], articles)
    assert list(table.columns) == ["struck", "operational", "planned"]  # the legend's order
    assert list(table.index) == [pd.Timestamp("2024-05-01"), pd.Timestamp("2024-07-01")]
    assert table.to_dict("index") == {pd.Timestamp("2024-05-01"): {"struck": 1, "operational": 1, "planned": 1},
                                      pd.Timestamp("2024-07-01"): {"struck": 1, "operational": 0, "planned": 1}}


def test_timeline_claims_by_month_of_nothing_is_empty():
    assert timeline.claims_by_month([], {}).empty
    assert timeline.claims_by_month([facility(claim(date=None))], {"a1": article()}).empty

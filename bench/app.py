"""App benchmark with 5,000 synthetic facilities: map build time, HTML payload, and what a user waits for (the map
page and the review page).

Run: ``.venv/bin/python bench/app.py``. A filter change is what the app does on a widget change: apply the
filters, build the map and render it into the component's arguments (``pipeline.mapframe.prepare``). The app
itself (Streamlit's AppTest on a store of the same facilities) times a whole rerun: a click (the same filters, a
facility selected) and a filter change. A slider step is timed in chromium (Playwright) on the exported map:
from the input event to the next frame.
"""

import dataclasses
import os
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from _util import peak_rss_mb, report, timed

from pipeline import filters, mapframe, mapview, popups
from pipeline.records import Article, Capacity, Claim, Facility, Place
from pipeline.store import Store

STATUSES = list(popups.STATUS_COLOURS)
COUNTRIES = ["RU", "BY", "UA", "IR", "KZ", "TR", "PL"]
REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "corpus" / "dev" / "articles"


def vocabulary() -> list[str]:
    """Distinct words of the sample (and, if present, development) articles: evidence made of them in random
    order compresses about as well as news text (a fixed sentence would compress far better)."""
    words = set()
    for folder in (REPO / "articles", DEV):
        for path in folder.glob("*.md") if folder.exists() else []:
            words.update(re.findall(r"[A-Za-z][a-z]+", path.read_text(encoding="utf-8")))
    return sorted(words)


def synthetic(n: int) -> tuple[list[Facility], dict[str, Article]]:
    random.seed(1)
    words = vocabulary()
    articles = {f"a{i}": Article(f"a{i}", f"Report {i}", f"Wire {i % 40}", f"https://example.org/{i}",
                                 f"202{i % 5}-0{i % 9 + 1}-1{i % 9}", "en", "", f"a{i}.md") for i in range(500)}
    out = []
    for i in range(n):
        cc = random.choice(COUNTRIES)
        place = Place(100000 + i, f"Town {i}", random.choice(["city", "region", "country"]), cc, f"{cc}-X", "Region",
                      random.uniform(35, 65), random.uniform(20, 90), 10000)
        article = articles[f"a{i % 500}"]
        # varied words, so that compression is no easier than on real news sentences
        evidence = " ".join(random.choice(words) for _ in range(28)).capitalize() + f" in Town {i}."
        claim = Claim(article.id, place, place.level, place.name, "ammunition plant", ["shells"],
                      random.choice(STATUSES), Capacity(1000, "shells", "month", "1,000 shells a month"), [cc],
                      article.published, "officials", evidence, 0, len(evidence), 0.8)
        out.append(Facility(f"f{i}", f"Ammunition plant ({place.name})", place, place.level, "ammunition plant",
                            ["shells"], claim.status, [cc], article.published, article.published, [claim], 1, "PL",
                            float(random.randint(50, 3000))))
    return out, articles


def python_side(facilities, articles) -> list[tuple[str, str]]:
    t: dict[str, float] = {}
    with timed(t, "build"):
        m = mapview.build_map(facilities, articles, as_of="2025-01-01")
    with timed(t, "render"):
        page = m.get_root().render()
    empty = len(mapview.build_map([], articles).get_root().render().encode())
    flt = filters.Filters(countries=["RU", "BY"], statuses=["struck", "operational"])
    start = time.perf_counter()
    shown = filters.apply(facilities, articles, flt)
    apply_s = time.perf_counter() - start
    with timed(t, "change"):
        mapframe.prepare(mapview.build_map(filters.apply(facilities, articles, flt), articles, as_of="2025-01-01"))
    with timed(t, "change_all"):
        mapframe.prepare(mapview.build_map(filters.apply(facilities, articles, filters.Filters()), articles,
                                           as_of="2025-01-01"))
    return [
        ("map build (folium objects)", f"{t['build']:.2f} s (first in the process: polygons serialised once)"),
        ("map render to HTML", f"{t['render']:.2f} s"),
        ("HTML payload", f"{len(page.encode()) / 1e6:.2f} MB ({empty / 1e6:.2f} MB of it is the map without "
                         "facilities: polygons, legend, scripts)"),
        ("filter apply alone", f"{apply_s * 1000:.0f} ms ({len(shown)} facilities left)"),
        ("filter change (apply + build + prepare)", f"{t['change']:.2f} s ({len(shown)} facilities left), "
                                                    f"{t['change_all']:.2f} s (all 5,000 left)"),
    ]


def store_of(facilities: list[Facility], articles: dict[str, Article], db: Path) -> None:
    """A store holding exactly these facilities (each with its one claim)."""
    store = Store(db)
    for a in articles.values():
        store.add_article(a, [], [f.claims[0] for f in facilities if f.claims[0].article_id == a.id])
    by_place = {f.place.name: f for f in facilities}
    store.rebuild_facilities(lambda claims, _articles, _review: [
        dataclasses.replace(by_place[c.place.name], claims=[c]) for c in claims])
    store.close()


def app_side(facilities, articles) -> list[tuple[str, str]]:
    """Whole reruns of the app under AppTest (its own overhead included), median of three each: the map page, then
    the review page (the queue of 5,000 claims, one claim shown with its candidate places' map)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "tracker.sqlite"
        store_of(facilities, articles, db)
        os.environ["TRACKER_DB"] = str(db)
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
        cold = _time(at.run)
        clicks = []
        for f in facilities[:3]:
            at.session_state["selected"] = f.id  # what a marker click sets before its rerun
            clicks.append(_time(at.run))
        changes = [_time(at.multiselect(key="f_statuses").set_value([status]).run) for status in STATUSES[:3]]
        at.switch_page("pages/review.py")
        review_cold = _time(at.run)
        keys = list(at.dataframe[0].value["key"])  # the queue's first 200
        picks = [_time(at.selectbox(key="r_claim").set_value(key).run) for key in keys[1:4]]
        assert not at.exception and len(at.dataframe[0].value) == 200
        st.cache_resource.clear()  # as if the review page were opened first: it loads the store itself
        review_first = _time(at.run)
        assert not at.exception and len(at.dataframe[0].value) == 200
    return [("app: first run (load, build, render)", f"{cold:.2f} s"),
            ("app: click (rerun with the same filters)", f"{statistics.median(clicks):.2f} s"),
            ("app: filter change (rerun, new map)", f"{statistics.median(changes):.2f} s"),
            ("review page: first run (queue of 5,000 claims)", f"{review_cold:.2f} s after the map page, "
                                                                f"{review_first:.2f} s opened first"),
            ("review page: another claim picked (rerun)", f"{statistics.median(picks):.2f} s")]


def _time(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


STEP = """async (iso) => {
    const input = document.querySelector('.timeline-slider');
    const start = performance.now();
    input.value = Date.parse(iso) / 864e5;
    input.dispatchEvent(new Event('input'));
    await new Promise(done => requestAnimationFrame(() => done()));
    return performance.now() - start;
}"""


def slider_side(facilities, articles) -> list[tuple[str, str]]:
    """Slider steps in chromium on the standalone map of all facilities: ms from the input event to the next frame."""
    chromium = "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [("slider step", "skipped: no playwright")]
    if not Path(chromium).exists():
        return [("slider step", "skipped: no chromium")]
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        page_file = Path(folder) / "map.html"
        page_file.write_text(mapview.standalone_html(facilities, articles, as_of="2024-12-31"), encoding="utf-8")
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(page_file.as_uri())
        page.wait_for_function("() => document.querySelector('.timeline-slider') !== null", timeout=60000)
        months = [f"{y}-{m:02d}-15" for y in (2020, 2021, 2022, 2023, 2024) for m in range(1, 13)]
        steps = [page.evaluate(STEP, iso) for iso in months]  # a month at a time, as the player moves
        jumps = [page.evaluate(STEP, iso) for iso in ("2020-02-01", "2024-12-31", "2022-06-01", "2024-12-31")]
        browser.close()
    return [("slider step, one month (chromium)", f"median {statistics.median(steps):.0f} ms, max {max(steps):.0f} ms"),
            ("slider jump, years (chromium)", f"median {statistics.median(jumps):.0f} ms, max {max(jumps):.0f} ms")]


def main() -> None:
    facilities, articles = synthetic(5000)
    rows = python_side(facilities, articles) + app_side(facilities, articles) + slider_side(facilities, articles)
    report("app (5,000 synthetic facilities, one claim each)", rows + [
        ("peak resident memory", f"{peak_rss_mb():.0f} MB")])


if __name__ == "__main__":
    main()

"""The Streamlit app under AppTest: counts, filters, dates, URL state, downloads, empty states, offline map."""

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from pipeline import popups
from pipeline.runner import run
from pipeline.store import reading
from tests.conftest import REPO, SAMPLE_ARTICLES, app_on, exported_rows, unpacked


@pytest.fixture(scope="module")
def ukrainian_store(tmp_path_factory):
    """The sample articles (English) and one more whose front matter says it is Ukrainian."""
    folder = tmp_path_factory.mktemp("uk")
    (folder / "kragujevac.md").write_text(
        "---\npublisher: Test Wire\npublished: 2025-02-01\nlanguage: uk\n---\nІнженери завершили будівництво "
        "нового заводу з виробництва дронів у Крагуєваці, Сербія, у січні 2025 року. Завод виготовляє 300 дронів "
        "на місяць.\n", encoding="utf-8")
    db = folder / "tracker.sqlite"
    run([SAMPLE_ARTICLES, folder], db)
    return db


@pytest.fixture()
def app(sample_store, tmp_path, monkeypatch):
    return app_on(sample_store, tmp_path, monkeypatch)


def shown(at) -> str:
    return at.metric[0].value


def test_app_shows_all_sample_facilities(app):
    app.run()
    assert not app.exception
    assert shown(app) == "6 of 6"
    table = app.dataframe[0].value
    assert {"Homyel'", "Yelabuga", "Dushanbe", "Belarus"} <= set(table["place"])


def test_app_country_filter_changes_count_and_table(app):
    app.run()
    app.multiselect(key="f_countries").select("TJ").run()
    assert shown(app) == "1 of 6"
    assert list(app.dataframe[0].value["place"]) == ["Dushanbe"]
    assert app.query_params["countries"] == ["TJ"] or app.query_params["countries"] == "TJ"


def test_app_language_filter_changes_count_and_table(ukrainian_store, tmp_path, monkeypatch):
    app = app_on(ukrainian_store, tmp_path, monkeypatch).run()
    assert shown(app) == "7 of 7"
    languages = app.multiselect(key="f_languages")
    assert languages.options == ["English (en)", "Ukrainian (uk)"] and languages.value == []
    languages.select("uk").run()
    assert shown(app) == "1 of 7"
    assert list(app.dataframe[0].value["place"]) == ["Kragujevac"]
    assert set(app.dataframe[1].value["language"]) == {"Ukrainian (uk)"}  # the facility detail's claims
    assert app.query_params["languages"] in (["uk"], "uk")
    app.multiselect(key="f_languages").unselect("uk").select("en").run()
    assert shown(app) == "6 of 7" and "Kragujevac" not in set(app.dataframe[0].value["place"])


def test_app_date_range_filters_by_report_date(app):
    app.run()
    app.date_input(key="f_dates").set_value((dt.date(2025, 1, 1), dt.date(2025, 12, 31))).run()
    places = set(app.dataframe[0].value["place"])
    assert "Belarus" in places and "Dushanbe" not in places


def test_app_filter_state_comes_from_the_url(app):
    app.query_params["statuses"] = "operational"
    app.run()
    assert set(app.dataframe[0].value["status"]) == {"operational"}


def test_app_no_match_says_what_to_do(app):
    app.query_params["countries"] = "TJ"
    app.query_params["statuses"] = "proposed"
    app.run()
    assert shown(app) == "0 of 6"
    assert any("No facility matches" in w.value for w in app.warning)


@pytest.fixture()
def downloads(monkeypatch):
    """``downloads(at)``: what each download button of the last run serves when clicked, by file extension. The
    files are made on the click (deferred); AppTest makes a new media file manager for every run and drops it
    afterwards, so each is recorded as it is made, and asked for the files as a click would."""
    made = []
    init = MediaFileManager.__init__

    def record(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(MediaFileManager, "__init__", record)

    def served(at) -> dict[str, str]:
        manager = made[-1]
        urls = [manager.execute_deferred(b.proto.deferred_file_id) for b in at.get("download_button")]
        files = [manager.read_file(Path(url).name.split(".")[0]) for url in urls]
        return {Path(f.filename).suffix[1:]: f.content.decode("utf-8") for f in files}

    return served


def test_app_downloads_hold_exactly_the_filtered_facilities(app, sample_store, downloads):
    app.run()
    app.multiselect(key="f_countries").select("BY").run()
    with reading(sample_store) as store:
        everything = store.facilities()
    belarus = sorted(f.id for f in everything if f.place.country_code == "BY")
    assert 1 < len(belarus) < len(everything)
    assert [b.label for b in app.get("download_button")] == ["Download GEOJSON", "Download CSV", "Download KML"]
    files = downloads(app)
    assert sorted(files) == ["csv", "geojson", "kml"]
    for fmt, text in files.items():
        assert sorted(r["id"] for r in exported_rows(fmt, text)) == belarus, fmt


def test_app_map_component_has_no_cdn_links(app):
    app.run()
    component = next(el for el in app.get("component_instance") if "st_folium" in el.proto.component_name)
    args = json.loads(component.proto.json_args)
    links = args.get("js_links", []) + args.get("css_links", [])
    assert links and all(link.startswith("/app/static/vendor/") for link in links)
    assert "NATO since" in args["script"]
    assert "Drone factory (Dushanbe)" in {r["name"] for r in unpacked(args["script"])["records"]}


def test_app_empty_store_says_what_to_do(tmp_path, monkeypatch):
    from pipeline.store import Store

    db = tmp_path / "empty.sqlite"
    Store(db).close()
    monkeypatch.setenv("TRACKER_DB", str(db))
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert any("no facilities yet" in i.value for i in at.info)


def test_app_first_start_builds_the_store_from_the_articles(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "new" / "tracker.sqlite"))
    monkeypatch.setenv("TRACKER_ARTICLES", str(SAMPLE_ARTICLES))
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=180).run()
    assert not at.exception
    assert shown(at) == "6 of 6"


def submit_article(at, text, url="", published=dt.date(2025, 2, 1)):
    at.text_area(key="add_text").input(text)
    at.text_input(key="add_title").input("Test report")
    at.text_input(key="add_publisher").input("Test Wire")
    at.text_input(key="add_url").input(url)
    at.date_input(key="add_published").set_value(published)
    next(b for b in at.button if b.label == "Analyse and add").click().run()


def test_app_add_article_puts_it_on_the_map(app):
    app.default_timeout = 180
    app.run()
    submit_article(app, "Engineers finished a new drone factory in Kragujevac, Serbia, in January 2025. "
                        "The plant produces 300 drones a month.", "https://example.org/serbia")
    assert not app.exception and not app.error
    app.run()
    assert shown(app) == "7 of 7"
    assert "Kragujevac" in set(app.dataframe[0].value["place"])


def test_app_add_article_rejects_a_bad_url_and_keeps_the_store(app):
    app.run()
    submit_article(app, "A drone factory in Kragujevac opened.", "javascript:alert(1)")
    assert [e.value for e in app.error] == ["The article was not added."]
    assert any("not an http(s) address" in c.value for c in app.code)
    assert shown(app) == "6 of 6"


MARKDOWN_IMAGE = "![p](http://127.0.0.1:8777/x.png) **bold** [link](http://127.0.0.1:8777/)"


def markdown_bodies(at) -> list[str]:
    """Every text the page renders as Markdown (titles, alerts, captions, markdown, subheaders)."""
    kinds = ("title", "header", "subheader", "markdown", "caption", "error", "warning", "info", "success")
    return [el.value for kind in kinds for el in at.get(kind)]


def test_app_shows_untrusted_text_as_plain_text_never_markdown(app):
    app.run()
    submit_article(app, "A drone factory in Kragujevac opened.", MARKDOWN_IMAGE)  # echoed in the error
    assert any(MARKDOWN_IMAGE in c.value for c in app.code)  # shown, as plain text
    assert not any("127.0.0.1:8777" in body for body in markdown_bodies(app))


def test_app_selected_facility_comes_from_the_url_and_stays_in_it(app, sample_store):
    with reading(sample_store) as store:
        dushanbe = next(f.id for f in store.facilities() if f.place.name == "Dushanbe")
    app.query_params["facility"] = dushanbe
    app.query_params["countries"] = "TJ,BY"
    app.run()
    assert app.selectbox(key="detail").value == dushanbe
    component = next(el for el in app.get("component_instance") if "st_folium" in el.proto.component_name)
    rings = json.loads(component.proto.json_args)["feature_group"]  # drawn beside the map, not into it
    assert "1,000 km" in rings and "km to " in rings
    assert app.query_params["facility"] in ([dushanbe], dushanbe)
    assert app.query_params["countries"] in (["TJ,BY"], "TJ,BY")  # the filters travel with it


GRODNO = ("Workers are building a drone assembly plant in Grodno, Belarus, the regional administration said on "
          "Tuesday. The plant will assemble 500 drones a month.")


@pytest.mark.slow
def test_app_added_article_is_on_the_map_at_once_and_the_range_widens_to_show_it(app):
    app.default_timeout = 180
    app.run()
    assert app.date_input(key="f_dates").value == (dt.date(2023, 8, 2), dt.date(2025, 3, 6))
    submit_article(app, GRODNO, published=dt.date(2025, 6, 12))  # after the range's end
    assert not app.exception and not app.error and not app.warning
    assert [s.value for s in app.success] == ["The article was added. 1 facility: drone assembly plant, Hrodna, "
                                              "under construction"]
    assert [i.value for i in app.info] == ["The date range now runs from 2023-08-02 to 2025-06-12, to show it."]
    assert app.date_input(key="f_dates").value == (dt.date(2023, 8, 2), dt.date(2025, 6, 12))
    assert app.query_params["to"] in (["2025-06-12"], "2025-06-12")
    assert shown(app) == "7 of 7"  # at once, with no further run
    assert "Hrodna" in set(app.dataframe[0].value["place"])
    component = next(el for el in app.get("component_instance") if "st_folium" in el.proto.component_name)
    names = {r["name"] for r in unpacked(json.loads(component.proto.json_args)["script"])["records"]}
    assert "Drone assembly plant (Hrodna)" in names  # on the map


def test_app_the_same_text_pasted_twice_is_stored_once(app, tmp_path):
    app.default_timeout = 180
    app.run()
    submit_article(app, GRODNO, published=dt.date(2025, 6, 12))
    assert app.success and not app.error
    submit_article(app, "  " + GRODNO.replace(" ", "\n", 3) + "\n", published=dt.date(2025, 6, 13))  # same words
    assert not app.exception and not app.error and not app.success
    assert [i.value for i in app.info] == ["This text is already in the store (recognised by its content): it was "
                                           "not stored again."]
    with reading(tmp_path / "tracker.sqlite") as store:
        assert len(store.articles()) == 3  # the two sample articles and this one
    assert len(list((tmp_path / "inbox").iterdir())) == 1
    assert shown(app) == "7 of 7"


@pytest.mark.slow
def test_app_article_without_a_facility_says_so(app):
    app.default_timeout = 180
    app.run()
    submit_article(app, "Heavy rain is expected across the region this weekend, forecasters said on Friday.")
    assert not app.exception and not app.error and not app.success
    assert [i.value for i in app.info] == ["The article was added. No facility was found in it: the article is "
                                           "stored, and the map is unchanged."]
    assert shown(app) == "6 of 6"


def chart_counts(at) -> dict[tuple[str, str], int]:
    """The claims chart's data as {(month, status): count}, left out where zero."""
    import pyarrow as pa

    proto = at.get("vega_lite_chart")[0].proto
    data = pa.ipc.open_stream(proto.datasets[0].data.data).read_all().to_pandas()
    if len(data.columns) == 2:  # one status: a column of its own, not melted
        month, value = data.columns
        return {(str(r[month])[:7], value): int(r[value]) for _, r in data.iterrows() if r[value]}
    month, status, value = data.columns
    return {(str(r[month])[:7], r[status]): int(r[value]) for _, r in data.iterrows() if r[value]}


def test_app_chart_of_claims_by_month_and_status_is_under_the_map(app):
    app.run()
    kinds = [getattr(el, "type", None) for el in app.main]
    assert kinds.index("component_instance") < kinds.index("vega_lite_chart") < kinds.index("dataframe")
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["stack"] is True
    scale = spec["encoding"]["color"]["scale"]
    assert scale["range"] == [popups.STATUS_COLOURS[s] for s in scale["domain"]]  # the map's status colours
    counts = chart_counts(app)
    assert sum(counts.values()) == 15 and {m for m, _ in counts} == {"2023-08", "2025-03"}
    app.multiselect(key="f_countries").select("TJ").run()
    assert chart_counts(app) == {("2023-08", "operational"): 1}  # the chart follows the filters


def submit_url(at, url):
    """The form with a URL and no text: the page is fetched."""
    at.text_area(key="add_text").input("")
    at.text_input(key="add_url").input(url)
    next(b for b in at.button if b.label == "Analyse and add").click().run()


def test_app_add_article_from_a_url_refuses_this_machine_unless_allowed(app, news):
    app.run()
    url = news.page("/grodno", "Drone plant in Grodno", GRODNO)
    submit_url(app, url)
    assert [e.value for e in app.error] == ["The article was not added."]
    assert any(f"{url}: refused: 127.0.0.1 is a loopback address" in c.value for c in app.code)
    assert shown(app) == "6 of 6" and news.log == []


@pytest.mark.slow
def test_app_add_article_from_a_url_fetches_and_analyses_the_page(app, news, monkeypatch):
    from tests.newsserver import Answer, article_page

    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE", "1")  # the test's site is on this machine
    app.default_timeout = 180
    app.run()
    url = news.serve("/grodno", Answer(body=article_page("Drone plant in Grodno", GRODNO, published="2025-06-12")))
    submit_url(app, url)
    assert not app.exception and not app.error
    assert [s.value for s in app.success] == ["The article was added. 1 facility: drone assembly plant, Hrodna, "
                                              "under construction"]
    assert shown(app) == "7 of 7" and [r.path for r in news.log] == ["/robots.txt", "/grodno"]
    submit_url(app, url)
    assert not app.error and not app.success
    assert [i.value for i in app.info] == ["This text is already in the store (recognised by its content): it was "
                                           "not stored again."]


def test_app_shows_a_store_of_either_back_end_filters_it_by_distance_and_records_a_decision(store_at, monkeypatch):
    run([SAMPLE_ARTICLES], store_at)
    monkeypatch.setenv("TRACKER_DB", str(store_at))
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    assert not app.exception and shown(app) == "6 of 6"
    review = app.switch_page("pages/review.py").run()
    assert not review.exception
    review.button(key="r_reject").click().run()
    with reading(store_at) as store:
        (rejected,) = store.decisions()
        left = store.facilities()
    assert rejected.action == "reject" and rejected.target not in {c.key for f in left for c in f.claims}
    app = app.switch_page("app.py").run()
    assert shown(app) == f"{len(left)} of {len(left)}"
    app.select_slider(key="f_nato_km").set_value(500).run()  # Homyel' is 398 km from Poland, the rest farther
    assert list(app.dataframe[0].value["place"]) == ["Homyel'"] and app.query_params["nato_km"] in ("500", ["500"])
    app.select_slider(key="f_nato_km").set_value(300).run()
    assert shown(app) == f"0 of {len(left)}"


def test_app_brings_a_version_1_store_to_this_schema_at_start(tmp_path, monkeypatch):
    import shutil

    from pipeline.store import SCHEMA_VERSION

    db = tmp_path / "old.sqlite"
    shutil.copy(REPO / "tests" / "data" / "store-v1.db", db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    assert not app.exception and shown(app) == "2 of 2"
    with reading(db) as store:
        assert store.db.one("SELECT value FROM meta WHERE key = 'schema_version'")[0] == str(SCHEMA_VERSION)


def test_app_says_so_when_its_database_cannot_be_reached(monkeypatch):
    monkeypatch.setenv("TRACKER_DB", "postgresql://tracker:secret@127.0.0.1:9/tracker")  # nothing listens on port 9
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    assert not app.exception
    assert [e.value for e in app.error] == ["The store cannot be read."]
    (details,) = [c.value for c in app.code]
    assert details.startswith("cannot open the store postgresql://tracker@127.0.0.1:9/tracker (")
    assert "secret" not in details  # the password is not shown

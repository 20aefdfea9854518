"""Shared fixtures: the real gazetteer index (built once into the cache) and the sample articles; and readers of
what the app and the pipeline hand a user (the map payload, the export files)."""

import base64
import csv
import gzip
import io
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = REPO / "articles"
KML = "{http://www.opengis.net/kml/2.2}"


def _preload_models() -> None:
    """Under mutmut, load the language models once in its fork server (they are not mutated), instead of once
    per mutant: each mutant's tests run in a fork of this process."""
    from pipeline import cyrillic_text, geoparse, language

    geoparse.load_nlp()
    language._detector()
    cyrillic_text._natasha()
    for code in ("ru", "uk"):
        cyrillic_text.morph(code)


if "mutmut" in sys.modules:
    _preload_models()


def pytest_collection_modifyitems(config, items):
    """Under mutation testing (``make mutation``, where mutmut sets MUTANT_UNDER_TEST) leave out the tests marked
    slow: each takes seconds (a gazetteer rebuild, racing or killed processes, the app running the pipeline) and
    would run for every surviving mutant, while quicker tests reach the same code."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        slow = [item for item in items if item.get_closest_marker("slow")]
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


POSTGRES = os.environ.get("TRACKER_TEST_POSTGRES")  # e.g. postgresql://tracker:tracker@127.0.0.1/tracker_test


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request, tmp_path):
    """Makes new, empty stores of one back end, once per back end: ``new_store(name)`` is a new SQLite file, or a
    new schema in the PostgreSQL database that TRACKER_TEST_POSTGRES names (.ci/run starts one; without it the
    PostgreSQL case is skipped, except under CI, where it fails)."""
    if request.param == "postgresql" and not POSTGRES:
        if os.environ.get("CI"):
            pytest.fail("TRACKER_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip("no PostgreSQL to test against: set TRACKER_TEST_POSTGRES (as .ci/run does)")
    import uuid

    schemas = []

    def make(name: str = "t"):
        if request.param == "sqlite":
            return tmp_path / f"{name}.sqlite"
        import psycopg

        schemas.append(f"test_{uuid.uuid4().hex[:12]}")
        with psycopg.connect(POSTGRES, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {schemas[-1]}")
        return f"{POSTGRES}?options=-csearch_path%3D{schemas[-1]},public"

    yield make
    if schemas:
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as con:
            for schema in schemas:
                con.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture()
def store_at(new_store):
    """Where a test's store lives, once per back end (see new_store)."""
    return new_store()


@pytest.fixture()
def news():
    """A local news site on 127.0.0.1 (``tests/newsserver.py``) that records the requests it gets."""
    from tests.newsserver import NewsServer

    with NewsServer() as server:
        yield server


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """The sample articles analysed into a store; tests that change it work on a copy (see app_on)."""
    from pipeline.runner import run

    db = tmp_path_factory.mktemp("app") / "tracker.sqlite"
    run([SAMPLE_ARTICLES], db)
    return db


def app_on(store: Path, tmp_path: Path, monkeypatch):
    """The app (Streamlit's AppTest of app.py) on a copy of ``store``."""
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "tracker.sqlite"
    shutil.copy(store, db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    return AppTest.from_file(str(REPO / "app.py"), default_timeout=60)


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright (tests/browser.py), for a module's browser tests."""
    from tests.browser import chromium

    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from pipeline.geoparse import Geoparser

    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def analyse_text(geoparser):
    """Mentions and claims for a text of one's own, as the pipeline makes them."""
    from pipeline.facts import extract_claims

    def run(text: str, published: str | None = "2024-05-10", publisher: str | None = None):
        doc, mentions = geoparser.parse("test", text)
        return mentions, extract_claims("test", text, doc, mentions, published, publisher)

    return run


def unpacked(page: str) -> dict:
    """The map payload the browser unpacks (sources and popup records), read back from a rendered page."""
    packed = re.search(r'atob\("([A-Za-z0-9+/=]*)"\)', page).group(1)
    return json.loads(gzip.decompress(base64.b64decode(packed)))


def exported_rows(fmt: str, text: str) -> list[dict]:
    """An export read back as a GIS tool or spreadsheet would: one dict per record, its properties and its point
    as float ``lat`` and ``lon`` (GeoJSON coordinates are [lon, lat], KML's lon,lat[,alt], CSV has columns)."""
    if fmt == "geojson":
        return [{**f["properties"], "lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1]}
                for f in json.loads(text)["features"]]
    if fmt == "csv":
        return [{**r, "lat": float(r["lat"]), "lon": float(r["lon"])} for r in csv.DictReader(io.StringIO(text))]
    rows = []
    for mark in ET.fromstring(text.encode("utf-8")).iter(f"{KML}Placemark"):
        lon, lat, *_ = mark.findtext(f"{KML}Point/{KML}coordinates").split(",")
        data = {d.get("name"): d.findtext(f"{KML}value") or "" for d in mark.iter(f"{KML}Data")}
        rows.append({**data, "lon": float(lon), "lat": float(lat)})
    return rows

"""The whole pipeline on the sample articles, the store's guarantees, and the exports."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from pipeline import runner
from pipeline.borders import country_at
from pipeline.export import export
from pipeline.runner import run, worker_pool
from pipeline.store import Store, StoreError
from tests.conftest import REPO, SAMPLE_ARTICLES, exported_rows
from tests.crash import KILLED, content, writes


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "tracker.sqlite"
    summary = run([SAMPLE_ARTICLES], db)
    assert summary.errors == [] and summary.articles == 2
    return db


@pytest.fixture(scope="module")
def facilities(sample_db):
    store = Store(sample_db, readonly=True)
    yield store.facilities()
    store.close()


def at(facilities, name, precision):
    found = [f for f in facilities if f.place.name == name and f.precision == precision]
    assert found, [(f.place.name, f.precision) for f in facilities]
    return found


def test_pipeline_proposed_plant_in_belarus_is_country_level(facilities):
    plants = [f for f in at(facilities, "Belarus", "country") if "RU" in f.operators]
    assert len(plants) == 1
    plant = plants[0]
    assert plant.status == "planned" and set(plant.operators) == {"RU", "BY"}  # "is preparing to build"
    assert plant.first_reported == "2025-03-06"
    capacities = {c.capacity.number for c in plant.claims if c.capacity}
    assert 100_000 in capacities and 2_000 in capacities
    assert any(c.event_date == "2025-03-06" for c in plant.claims)
    assert plant.nearest_nato is None and plant.nato_distance_km is None  # no site: no distance from a label point


def test_pipeline_minsk_is_never_a_facility_site(facilities):
    assert not [f for f in facilities if f.place.name == "Minsk"]


def test_pipeline_homiel_conversion(facilities):
    homiel = at(facilities, "Homyel'", "city")[0]
    assert homiel.place.geonameid == 627907
    assert homiel.status in ("proposed", "converting")
    assert set(homiel.operators) == {"IR", "BY"}
    assert any(c.attribution == "Ukraine" and "Homiel" in c.evidence for c in homiel.claims)
    assert homiel.nearest_nato == "LT" and homiel.nato_distance_km == pytest.approx(397.2, rel=0.01)


def test_pipeline_yelabuga_plant_from_a_misspelling(facilities):
    plant = at(facilities, "Yelabuga", "city")[0]
    assert plant.place.geonameid == 468082 and plant.status == "under construction"
    assert any(c.surface == "Yelabuz" and "Biden administration" in (c.attribution or "") for c in plant.claims)


def test_pipeline_dushanbe_factory(facilities):
    plant = at(facilities, "Dushanbe", "city")[0]
    assert plant.place.geonameid == 1221874 and plant.status == "operational"
    assert set(plant.operators) == {"IR", "TJ"} and "Ababil-2" in plant.products
    assert any(c.event_date == "2022-05" for c in plant.claims)


def test_pipeline_iranian_production_in_belarus_attributed_to_isw(facilities):
    iranian = [f for f in facilities if f.place.country_code == "BY" and "IR" in f.operators]
    claims = [c for f in iranian for c in f.claims if "Institute for the Study of War" in (c.attribution or "")]
    assert claims and all(c.status == "under construction" for c in claims)


def test_pipeline_tatarstan_is_a_region_of_drone_production(facilities):
    region = at(facilities, "Tatarstan, Respublika", "region")[0]
    assert "drones" in region.products


def test_pipeline_every_claim_quotes_its_sentence(sample_db, facilities):
    store = Store(sample_db, readonly=True)
    articles = store.articles()
    store.close()
    for f in facilities:
        for c in f.claims:
            assert articles[c.article_id].text[c.evidence_start:c.evidence_end] == c.evidence


def test_pipeline_rerun_changes_nothing(sample_db):
    before = Store(sample_db, readonly=True)
    counts, ids = before.counts(), sorted(f.id for f in before.facilities())
    before.close()
    summary = run([SAMPLE_ARTICLES], sample_db)
    assert (summary.articles, summary.skipped) == (0, 2)
    after = Store(sample_db, readonly=True)
    assert after.counts() == counts and sorted(f.id for f in after.facilities()) == ids
    after.close()


def test_pipeline_bad_file_is_reported_and_nothing_stored_is_lost(sample_db, tmp_path):
    db = tmp_path / "copy.sqlite"
    shutil.copy(sample_db, db)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.md").write_bytes(b"---\ntitle: [oops\n---\nA drone plant in Kazan.\n")
    (tmp_path / "in" / "new.md").write_text("---\ntitle: New\npublished: 2025-01-01\n---\n"
                                            "Drones struck an ammunition plant in Bryansk on Monday.\n")
    summary = run([tmp_path / "in"], db)
    assert summary.articles == 1 and len(summary.errors) == 1 and "broken.md" in summary.errors[0].message
    store = Store(db, readonly=True)
    assert store.counts()["article"] == 3
    assert any(f.place.name == "Bryansk" and f.status == "struck" for f in store.facilities())
    store.close()


def test_pipeline_not_a_store_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database")
    with pytest.raises(StoreError, match="not a tracker store"):
        Store(bogus)
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.sqlite", readonly=True)


@pytest.mark.slow
def test_pipeline_a_run_killed_mid_article_then_rerun_gives_the_uninterrupted_store(new_store):
    uninterrupted = new_store("uninterrupted")
    with writes() as statements:
        run([SAMPLE_ARTICLES], uninterrupted)
    # killed just before the second article's claims: its row and mentions are written, not committed
    n = [i for i, sql in enumerate(statements, 1) if sql.startswith("INSERT INTO claim")][1]
    db = new_store("killed")
    killed = subprocess.run([sys.executable, "-m", "tests.crash", str(SAMPLE_ARTICLES), str(db), str(n)], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == KILLED and f"before write {n}: INSERT INTO claim" in killed.stderr, killed.stderr
    expected = content(uninterrupted)
    assert content(db) != expected and len(content(db)["article"]) == 1  # the first article, committed, is kept
    run([SAMPLE_ARTICLES], db)
    assert content(db) == expected


def load(sample_db):
    store = Store(sample_db, readonly=True)
    data = store.facilities(), store.claims(), store.mentions(), store.articles()
    store.close()
    return data


def test_pipeline_geojson_export_is_rfc7946(sample_db):
    text = export("facilities", "geojson", *load(sample_db))
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and data["features"]
    rows = exported_rows("geojson", text)  # [lon, lat]: each point lies in the country its record names
    assert [country_at(lat=r["lat"], lon=r["lon"]) for r in rows] == [r["country_code"] for r in rows]
    props = data["features"][0]["properties"]
    for key in ("id", "name", "kind", "products", "status", "precision", "place_name", "geonameid", "country_code",
                "operators", "first_reported", "last_reported", "nearest_nato", "nato_distance_km", "claims"):
        assert key in props
    assert {"article_id", "source_path", "publisher", "url", "evidence", "attribution"} <= set(props["claims"][0])


def test_pipeline_csv_exports_one_row_per_record(sample_db):
    facilities, claims, mentions, articles = load(sample_db)
    rows = list(csv.DictReader(io.StringIO(export("mentions", "csv", facilities, claims, mentions, articles))))
    assert len(rows) == len(mentions)
    assert list(rows[0]) == ["article_id", "source_path", "start", "end", "surface", "geonameid", "name", "level",
                             "country_code", "lat", "lon", "role", "method", "score"]
    claim_rows = list(csv.DictReader(io.StringIO(export("claims", "csv", facilities, claims, mentions, articles))))
    assert len(claim_rows) == len(claims)


def test_pipeline_kml_export_parses(sample_db):
    root = ET.fromstring(export("facilities", "kml", *load(sample_db)).encode())
    marks = root.findall(".//{http://www.opengis.net/kml/2.2}Placemark")
    assert len(marks) == len(load(sample_db)[0])


def test_pipeline_cli_run_show_export(tmp_path):
    db = tmp_path / "cli.sqlite"
    out = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SAMPLE_ARTICLES), "--db", str(db), "-q"],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "articles processed: 2" in out.stdout and "facilities:" in out.stdout
    show = subprocess.run([sys.executable, "-m", "pipeline", "show", "--db", str(db)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert "Homyel'" in show.stdout and "Dushanbe" in show.stdout
    target = tmp_path / "f.geojson"
    subprocess.run([sys.executable, "-m", "pipeline", "export", "--db", str(db), "--format", "geojson",
                    "-o", str(target)], cwd=REPO, check=True, timeout=120)
    assert json.loads(target.read_text())["features"]


def test_pipeline_facilities_are_rederived_when_claims_changed_without_a_merge(sample_db, tmp_path):
    db = tmp_path / "stale.sqlite"
    shutil.copy(sample_db, db)
    store = Store(db)
    store.db.execute("DELETE FROM facility")  # as if a run died after storing articles, before merging
    store.db.execute("UPDATE meta SET value = 'old' WHERE key = 'facilities_from'")
    store.close()
    summary = run([SAMPLE_ARTICLES], db)
    assert summary.articles == 0 and summary.facilities == 6


def test_pipeline_an_article_that_fails_analysis_is_an_error_and_the_others_are_stored(tmp_path, monkeypatch):
    from pipeline import runner

    monkeypatch.setattr(runner._parser().nlp, "max_length", 300)  # spaCy refuses longer texts (E088)
    (tmp_path / "in").mkdir()
    report = "Drones struck an ammunition plant in Bryansk on Monday.\n"
    (tmp_path / "in" / "good.md").write_text(report)
    (tmp_path / "in" / "long.md").write_text(report + "The plant made shells. " * 20)
    summary = run([tmp_path / "in"], tmp_path / "t.sqlite")
    assert summary.articles == 1 and len(summary.errors) == 1
    assert summary.errors[0].message.startswith(f"{tmp_path / 'in' / 'long.md'}: could not be analysed (")
    assert "E088" in summary.errors[0].message
    store = Store(tmp_path / "t.sqlite", readonly=True)
    assert [a.source_path for a in store.articles().values()] == [str(tmp_path / "in" / "good.md")]
    store.close()


def test_pipeline_cli_run_names_every_bad_input_and_stores_the_rest(tmp_path, capsys):
    import os

    from pipeline.cli import main

    good, missing, long, feed, wide = (tmp_path / n for n in ("good.md", "missing.md", "long.md", "feed.jsonl",
                                                               "wide.md"))
    good.write_text("---\ntitle: Good\n---\nDrones struck an ammunition plant in Bryansk on Monday.\n")
    long.write_text("A drone plant in Kazan. " * 45_000)  # 1.08 million characters in 1.1 MB
    feed.write_text('{"text": "A shell plant opened in Raufoss.\u2028It makes 155 mm shells."}\n'
                    '{"text": "A drone plant in Kazan.", "title": "Half \\ud83d"}\n'
                    '{"text": "A missile plant in Votkinsk expanded."}\n', encoding="utf-8")
    wide.write_text("---\ntitle: Wide\n---\nA drone factory in Yelabuga expanded.\n", encoding="utf-16")
    folder = tmp_path / "more"
    folder.mkdir()
    with open(os.fsencode(folder) + "/caf\xe9.md".encode("latin-1"), "w") as file:
        file.write("---\ntitle: Latin-1 name\n---\nA drone factory in Kazan expanded.\n")
    db = tmp_path / "cli.sqlite"
    assert main(["run", str(good), str(missing), str(long), str(feed), str(wide), str(folder), "--db", str(db),
                 "-q"]) == 1
    out = capsys.readouterr().out
    assert "articles processed: 5" in out and "errors: 3" in out
    assert f"{missing}: no such file or folder" in out
    assert f"{long}: the article has 1,080,000 characters; articles are limited to 1,000,000" in out
    assert f"{feed}:2: the title has an invalid character" in out
    store = Store(db, readonly=True)
    articles = store.articles().values()
    assert sorted(a.title for a in articles) == [
        "A missile plant in Votkinsk expanded.", "A shell plant opened in Raufoss.", "Good", "Latin-1 name", "Wide"]
    assert any(a.text.endswith("Raufoss.\u2028It makes 155 mm shells.") for a in articles)
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize("setting, seen", [(None, "1"), ("3", "3")])
def test_pipeline_worker_processes_run_one_numerical_thread_each(monkeypatch, setting, seen):
    """Workers that share the cores do not each spin a numerical thread pool; a setting of the analyst's own holds,
    and the analyst's environment is left as it was."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    if setting:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", setting)
    with worker_pool(2) as pool:
        found = pool.map(os.getenv, ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"])
    assert found == [seen, "1"]
    assert os.environ.get("OPENBLAS_NUM_THREADS") == setting and "OMP_NUM_THREADS" not in os.environ


@pytest.mark.parametrize("setting, threads", [(None, 1), ("2", 2)])
def test_pipeline_analysis_in_one_process_runs_one_numerical_thread(monkeypatch, setting, threads):
    """Analysing in the calling process limits the numerical libraries it has already loaded to one thread, unless
    the analyst set their own number."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    if setting:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", setting)
    monkeypatch.setattr(runner, "_worker_parser", None)
    with threadpool_limits(2):
        runner._parser()
        assert {pool["num_threads"] for pool in threadpool_info()} == {threads}

"""The command line, run as a user would: ``python -m pipeline ...`` in a subprocess."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_ARTICLES


def run(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def test_cli_geocode_prints_json():
    out = run("geocode", "Yelabuz", "--region", "Tatarstan")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["geonameid"] == 468082 and data["method"] == "fuzzy" and data["level"] == "city"
    assert {"name", "country_code", "region", "lat", "lon", "score"} <= set(data)


def test_cli_geocode_no_match_exits_1_with_a_message():
    out = run("geocode", "Yelabuz")
    assert out.returncode == 1 and "no place found for 'Yelabuz'" in out.stderr and out.stdout == ""


def test_cli_geocode_all_lists_candidates():
    data = json.loads(run("geocode", "Kazan", "--all").stdout)
    assert len(data) > 1 and data[0]["country_code"] == "RU"


def test_cli_bad_query_is_a_clear_error_not_a_traceback():
    out = run("geocode", " ")
    assert out.returncode == 2 and out.stderr.startswith("error:") and "Traceback" not in out.stderr


def test_cli_nato_and_distance():
    nato = json.loads(run("nato", "--as-of", "2022-01-01").stdout)
    assert sorted(nato["frontline"]) == ["EE", "LT", "LV", "NO", "PL"] and len(nato["members"]) == 30
    dist = json.loads(run("distance", "53.9", "27.57", "--as-of", "2023-08-02").stdout)
    assert (dist["country"], dist["nearest_nato"]) == ("BY", "LT") and 120 < dist["km"] < 124


@pytest.fixture(scope="module")
def odd_named_db(tmp_path_factory):
    """A store built by `run` into a file whose name SQLite would read as a URI if it were not quoted."""
    folder = tmp_path_factory.mktemp("odd")
    db = folder / "a#b?mode=memory.sqlite"
    out = run("run", str(SAMPLE_ARTICLES), "--db", str(db), "-q")
    assert out.returncode == 0, out.stderr
    return db


def test_cli_db_file_name_is_taken_literally(odd_named_db):
    names = {p.name for p in odd_named_db.parent.iterdir()}
    assert odd_named_db.name in names and names <= {odd_named_db.name + s for s in ("", "-wal", "-shm")}
    show = run("show", "--db", str(odd_named_db))
    assert show.returncode == 0 and "Homyel'" in show.stdout and "Dushanbe" in show.stdout


@pytest.mark.parametrize("content", [b"", b"my notes\n"], ids=["empty", "text"])
def test_cli_file_that_is_not_a_store_is_a_clear_error(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    for command in (["show"], ["export"], ["export", "--format", "kml", "-o", str(tmp_path / "f.kml")]):
        out = run(*command, "--db", str(path))
        assert out.returncode == 2 and out.stdout == "", out.stderr
        assert out.stderr.startswith(f"error: {path} is not a tracker store") and "Traceback" not in out.stderr
    assert path.read_bytes() == content and sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_cli_run_never_overwrites_a_file_that_is_not_a_store(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    out = run("run", str(SAMPLE_ARTICLES), "--db", str(notes), "-q")
    assert out.returncode == 2 and out.stderr.startswith(f"error: {notes} is not a tracker store")
    assert "Traceback" not in out.stderr and notes.read_text() == "my notes, not a database\n"


def test_cli_export_creates_the_output_folder(odd_named_db, tmp_path):
    target = tmp_path / "exports" / "2024" / "f.kml"
    out = run("export", "--db", str(odd_named_db), "--format", "kml", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert ET.parse(target).getroot().findall(".//{http://www.opengis.net/kml/2.2}Placemark")
    assert [p.name for p in target.parent.iterdir()] == ["f.kml"]


def test_cli_export_to_an_unwritable_path_is_a_clear_error(odd_named_db, tmp_path):
    (tmp_path / "taken").mkdir()
    out = run("export", "--db", str(odd_named_db), "-o", str(tmp_path / "taken"))
    assert out.returncode == 2 and out.stderr.startswith(f"error: cannot write {tmp_path / 'taken'}")
    assert "Traceback" not in out.stderr and list((tmp_path / "taken").iterdir()) == []


@pytest.mark.parametrize("command", [["run", "x.md"], ["show"], ["export"], ["watch", "feeds.txt"], ["migrate"],
                                     ["review", "list"], ["review", "confirm", "k"]])
def test_cli_db_is_a_file_by_default_or_a_postgresql_url_kept_whole(command, capsys):
    from pipeline.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(command).db == Path("data/tracker.sqlite")
    url = "postgresql://tracker@db.example.org:5433/tracker"
    assert parser.parse_args([*command, "--db", url]).db == url  # a Path would fold its '//'
    with pytest.raises(SystemExit):
        parser.parse_args([*command, "--help"])
    assert "store: a file (default: data/tracker.sqlite) or a postgresql://user@host/dbname URL" in " ".join(
        capsys.readouterr().out.split())

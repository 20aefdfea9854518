"""The command line, run as a user would: ``python -m pipeline ...`` in a subprocess."""

import json
import subprocess
import sys

from tests.conftest import REPO


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

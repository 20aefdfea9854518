"""`python -m pipeline review ...` on a store of the sample articles, as an analyst uses it: what each command
prints, what it changes in the store, and that bad input changes nothing."""

import json
import shutil

import pytest

from pipeline.cli import main
from pipeline.review import queue
from pipeline.runner import run
from pipeline.store import reading
from tests.conftest import SAMPLE_ARTICLES


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db = tmp_path_factory.mktemp("review") / "tracker.sqlite"
    summary = run([SAMPLE_ARTICLES], db)
    assert summary.errors == [] and summary.articles == 2
    return db


@pytest.fixture()
def db(built, tmp_path):
    """A fresh copy of the sample store for each test."""
    copy = tmp_path / "store" / "tracker.sqlite"
    copy.parent.mkdir()
    shutil.copy(built, copy)
    return copy


@pytest.fixture()
def cli(capsys):
    """Run the command line; returns (exit code, standard output, standard error)."""
    def call(*args):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


@pytest.fixture()
def review(cli, db):
    """Run `review ...` on the test's store."""
    return lambda *args: cli("review", *args, "--db", db)


def facilities(db):
    with reading(db) as store:
        return store.facilities()


def decisions(db):
    with reading(db) as store:
        return store.decisions()


def claims(db):
    with reading(db) as store:
        return {c.key: c for c in store.reviewed_claims()}


def snapshot(db):
    """What a user sees of the store: its decisions and its facilities with their claims."""
    return ([d.record() for d in decisions(db)],
            sorted((f.id, f.name, f.place.lat, f.place.lon, f.precision, f.status, tuple(f.operators), f.review,
                    tuple(sorted((c.key, c.review) for c in f.claims))) for f in facilities(db)))


def home(db, key):
    """The facility holding the claim with this key, or None."""
    return next((f for f in facilities(db) if key in {c.key for c in f.claims}), None)


def only_claim_of(db, place_name):
    """The key of the one claim of the facility at this place (a facility of a single claim)."""
    found = [f for f in facilities(db) if f.place.name == place_name and len(f.claims) == 1]
    assert len(found) == 1, [(f.place.name, len(f.claims)) for f in facilities(db)]
    return found[0].claims[0].key, found[0]


def largest(db):
    return max(facilities(db), key=lambda f: len(f.claims))


def listed(review, *args):
    code, out, _ = review("list", "--json", *args)
    assert code == 0
    return json.loads(out)


def key_rows(out):
    """The claim keys of a `review list` table, in order."""
    return [line.split()[0] for line in out.splitlines()[1:] if line[:1].isalnum() and "-" in line.split()[0]]


def refused(review, db, *args, says):
    """The command fails with an error naming the input, and the store is as it was."""
    before = snapshot(db)
    code, out, err = review(*args)
    assert code != 0 and out == "" and err.startswith("error:") and "Traceback" not in err
    assert says in err, err
    assert snapshot(db) == before
    return err


# -- review list ---------------------------------------------------------------------------------------------

def test_list_shows_the_queue_least_sure_first_with_why_and_the_sentence(review, db):
    expected = queue(facilities(db))
    code, out, _ = review("list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["key", "sure", "facility", "place", "status"]
    assert key_rows(out) == [i.claim.key for i in expected] and len(expected) == 15
    first = expected[0]
    row = next(line for line in lines if line.startswith(first.claim.key))
    assert f"{first.sureness:.2f}" in row and first.facility.id in row and first.facility.name[:40] in row
    assert first.claim.status in row and f"{first.claim.place.name} ({first.claim.precision})" in row
    assert lines[lines.index(row) + 1] == f"    why: {'; '.join(first.reasons)}"
    quotes = [line.strip() for line in lines if line.startswith('    "')]
    assert len(quotes) == 15 and all(len(q) <= 112 for q in quotes)
    assert any(q.endswith('…"') for q in quotes)  # long sentences are shortened
    assert quotes[0] == f'"{first.claim.evidence}"' or quotes[0].startswith(f'"{first.claim.evidence[:60]}')
    assert lines[-1] == "15 claims, least sure first"


def test_list_limit_and_json(review, db):
    expected = [i.claim.key for i in queue(facilities(db))]
    code, out, _ = review("list", "--limit", "3")
    assert code == 0 and key_rows(out) == expected[:3] and out.splitlines()[-1].endswith("3 shown (--limit)")
    rows = listed(review)
    assert [r["key"] for r in rows] == expected
    assert [r["sureness"] for r in rows] == sorted(r["sureness"] for r in rows)
    ids = {f.id for f in facilities(db)}
    assert all(r["state"] == "unreviewed" and r["facility_id"] in ids and r["evidence"] for r in rows)
    assert [r["key"] for r in listed(review, "--limit", "2")] == expected[:2]
    assert refused(review, db, "list", "--limit", "0", says="--limit 0")


def test_list_state_lists_the_claims_in_that_state(review, db):
    every = listed(review, "--state", "all")
    assert {r["key"] for r in every} == set(claims(db)) and len(every) == 15
    assert listed(review, "--state", "confirmed") == []
    code, out, _ = review("list", "--state", "confirmed")
    assert code == 0 and out.strip() == f"no confirmed claims in {db}"
    code, out, _ = review("list", "--state", "unreviewed")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["key", "state"] and len(key_rows(out)) == 15


# -- verdicts ------------------------------------------------------------------------------------------------

def test_confirm_claims_leaves_the_queue_and_records_who_and_why(review, db):
    k1, k2 = (r["key"] for r in listed(review)[:2])
    code, out, _ = review("confirm", k1, k2, "--note", "seen in the photos", "--who", "alice")
    assert code == 0 and out.strip() == "confirmed 2 claims; facilities: 6"
    assert {r["key"] for r in listed(review, "--state", "confirmed")} == {k1, k2}
    assert {k1, k2}.isdisjoint(r["key"] for r in listed(review))
    assert [(d.action, d.target, d.who, d.note) for d in decisions(db)] == [
        ("confirm", k1, "alice", "seen in the photos"), ("confirm", k2, "alice", "seen in the photos")]


def test_who_defaults_to_the_user_then_analyst(review, db, monkeypatch):
    k1, k2 = (r["key"] for r in listed(review)[:2])
    monkeypatch.setenv("USER", "carol")
    assert review("confirm", k1)[0] == 0
    monkeypatch.delenv("USER")
    assert review("confirm", k2)[0] == 0
    assert [d.who for d in decisions(db)] == ["carol", "analyst"]


def test_reject_drops_a_facility_made_only_of_that_claim_and_reopen_brings_it_back(review, cli, db):
    key, dushanbe = only_claim_of(db, "Dushanbe")
    assert dushanbe.name in cli("show", "--db", db)[1]
    code, out, _ = review("reject", key)
    assert code == 0 and out.strip() == "rejected 1 claim; facilities: 5"
    code, out, _ = review("list", "--state", "rejected")
    assert code == 0 and key_rows(out) == [key] and "(none)" in out
    assert dushanbe.name not in cli("show", "--db", db)[1] and home(db, key) is None
    assert key not in {r["key"] for r in listed(review)}
    code, out, _ = review("reopen", key)
    assert code == 0 and out.strip() == "reopened 1 claim; facilities: 6"
    assert dushanbe.name in cli("show", "--db", db)[1] and listed(review, "--state", "rejected") == []


def test_a_verdict_with_an_unknown_key_records_none_of_them(review, db):
    key = listed(review)[0]["key"]
    refused(review, db, "confirm", key, "nosuch-key", says="no claim nosuch-key in the store")
    assert decisions(db) == []


# -- corrections -----------------------------------------------------------------------------------------------

def test_set_place_coordinates_moves_the_facility(review, cli, db):
    key, _ = only_claim_of(db, "Homyel'")
    code, out, _ = review("set-place", key, "--lat", "52.41", "--lon", "31.02", "--precision", "site",
                          "--name", "Gomel plant")
    assert code == 0 and out.strip() == (f"set the place of claim {key} to Gomel plant (52.41000, 31.02000, site); "
                                         "facilities: 6")
    f = home(db, key)
    assert (f.place.lat, f.place.lon, f.precision, f.place.name) == (52.41, 31.02, "site", "Gomel plant")
    assert "Factory (Gomel plant)" in cli("show", "--db", db)[1]
    assert [r["key"] for r in listed(review, "--state", "corrected")] == [key]
    assert key not in {r["key"] for r in listed(review)}  # a corrected claim is reviewed


def test_set_place_a_known_site_or_a_gazetteer_place(review, db):
    key, _ = only_claim_of(db, "Tatarstan, Respublika")
    code, out, _ = review("set-place", key, "--site", "alabuga special economic zone")
    assert code == 0 and "Alabuga Special Economic Zone (55.83278, 52.03722, site)" in out
    f = home(db, key)
    assert (f.place.name, f.precision, f.place.lat) == ("Alabuga Special Economic Zone", "site", 55.83278)
    code, out, _ = review("set-place", key, "--geonameid", "468082")
    assert code == 0 and "to Yelabuga (" in out
    f = home(db, key)
    assert (f.place.geonameid, f.place.name, f.precision) == (468082, "Yelabuga", "city")


@pytest.mark.parametrize(("args", "says"), [
    (["--lat", "95", "--lon", "30", "--precision", "site"], "coordinates 95.0, 30.0 are out of range"),
    (["--lat", "52", "--lon", "-190", "--precision", "city"], "are out of range"),
    (["--lat", "52", "--lon", "30"], "--precision"),
    (["--site", "Alabuga Special Economic Zone", "--precision", "city"], "--precision and --name go with --lat"),
    (["--site", "Nowhere Works"], "no known site 'Nowhere Works'"),
    (["--geonameid", "999999999"], "GeoNames id 999999999 is not in the gazetteer"),
], ids=["lat", "lon", "no-precision", "precision-with-site", "unknown-site", "unknown-geonameid"])
def test_set_place_bad_input_changes_nothing(review, db, args, says):
    key, _ = only_claim_of(db, "Homyel'")
    refused(review, db, "set-place", key, *args, says=says)


def test_set_place_unknown_claim(review, db):
    refused(review, db, "set-place", "nosuch-key", "--lat", "52", "--lon", "30", "--precision", "site",
            says="no claim nosuch-key")


def test_set_status(review, db):
    key, _ = only_claim_of(db, "Dushanbe")
    code, out, _ = review("set-status", key, "closed")
    assert code == 0 and out.strip() == f"set the status of claim {key} to closed; facilities: 6"
    assert home(db, key).status == "closed" and claims(db)[key].status_cue == "set by the analyst"
    refused(review, db, "set-status", key, "destroyed", says="unknown status 'destroyed'")
    assert home(db, key).status == "closed"


def test_set_operators_and_none(review, db):
    key, _ = only_claim_of(db, "Dushanbe")
    code, out, _ = review("set-operators", key, "IR", "Qods Aviation")
    assert code == 0 and out.strip() == f"set the operators of claim {key} to IR, Qods Aviation; facilities: 6"
    assert home(db, key).operators == ["IR", "Qods Aviation"]
    code, out, _ = review("set-operators", key, "--none")
    assert code == 0 and "to none;" in out and home(db, key).operators == []
    refused(review, db, "set-operators", key, says="--none")
    refused(review, db, "set-operators", key, "IR", "--none", says="not both")


def test_set_date(review, db):
    key, _ = only_claim_of(db, "Dushanbe")
    code, out, _ = review("set-date", key, "2022-05")
    assert code == 0 and out.strip() == f"set the date of claim {key} to 2022-05; facilities: 6"
    assert claims(db)[key].event_date == "2022-05"
    for bad in ("2024-13", "May 2022", "24-01-01"):
        refused(review, db, "set-date", key, bad, says=f"date '{bad}' is not YYYY, YYYY-MM or YYYY-MM-DD")


# -- facilities ----------------------------------------------------------------------------------------------

def test_merge_two_facilities(review, db):
    a, b = (f for f in facilities(db) if f.place.name == "Belarus")
    code, out, _ = review("merge", a.id, b.id)
    assert code == 0 and out.startswith(f"merged facilities {a.id} and {b.id} into ")
    assert out.strip().endswith("facilities: 5") and len(facilities(db)) == 5
    merged = home(db, a.claims[0].key)
    assert {c.key for c in merged.claims} == {c.key for c in a.claims + b.claims}
    assert merged.id in out


def test_merge_bad_input_changes_nothing(review, db):
    a = largest(db)
    refused(review, db, "merge", a.id, a.id, says=f"cannot merge facility {a.id} with itself")
    refused(review, db, "merge", a.id, "0000deadbeef", says="no facility 0000deadbeef")
    refused(review, db, "merge", "0000deadbeef", a.id, says="no facility 0000deadbeef")


def test_split_moves_the_claims_named_to_a_new_facility(review, db):
    big = largest(db)
    moved = [c.key for c in big.claims[-2:]]
    stay = {c.key for c in big.claims[:-2]}
    code, out, _ = review("split", big.id, *moved)
    assert code == 0 and out.startswith(f"split 2 claims off facility {big.id} into ")
    assert out.strip().endswith("facilities: 7") and len(facilities(db)) == 7
    assert {c.key for c in home(db, moved[0]).claims} == set(moved)
    assert {c.key for c in home(db, next(iter(stay))).claims} == stay


def test_split_bad_input_changes_nothing(review, db):
    big = largest(db)
    stranger, _ = only_claim_of(db, "Dushanbe")
    refused(review, db, "split", big.id, stranger, says=f"facility {big.id} has no claim {stranger}")
    refused(review, db, "split", big.id, *(c.key for c in big.claims), says="leave at least one behind")
    refused(review, db, "split", "0000deadbeef", stranger, says="no facility 0000deadbeef")


def test_mark_a_facility(review, db):
    big = largest(db)
    code, out, _ = review("mark", big.id, "disputed", "--note", "two sources disagree")
    assert code == 0 and out.strip() == f"marked facility {big.id} disputed; facilities: 6"
    assert home(db, big.claims[0].key).review == "disputed"
    assert {c.key for c in big.claims} <= {r["key"] for r in listed(review)}  # still waiting for review
    assert review("mark", big.id, "confirmed")[0] == 0
    assert home(db, big.claims[0].key).review == "confirmed"
    assert {c.key for c in big.claims}.isdisjoint(r["key"] for r in listed(review))  # off the queue
    refused(review, db, "mark", "0000deadbeef", "rejected", says="no facility 0000deadbeef")


def test_mark_refuses_an_unknown_state(review, db):
    before = snapshot(db)
    with pytest.raises(SystemExit) as exit_:
        review("mark", largest(db).id, "wrong")
    assert exit_.value.code == 2 and snapshot(db) == before


# -- log, export, import ---------------------------------------------------------------------------------------

def test_log_lists_the_decisions_oldest_first(review, db):
    code, out, _ = review("log")
    assert code == 0 and out.strip() == f"no decisions in {db}"
    key, dushanbe = only_claim_of(db, "Dushanbe")
    big = largest(db)
    review("set-status", key, "closed", "--who", "alice", "--note", "satellite images")
    review("mark", big.id, "disputed", "--who", "bob")
    code, out, _ = review("log")
    header, first, second = out.splitlines()
    assert header.split() == ["time", "who", "action", "target", "value", "note"]
    assert first.split()[1:] == ["alice", "set-status", key, "closed", "satellite", "images"]
    assert second.split()[1:] == ["bob", "mark", big.claims[0].key, "disputed"]
    assert first.split()[0] == decisions(db)[0].at
    code, out, _ = review("log", "--facility", home(db, key).id)
    assert code == 0 and len(out.splitlines()) == 2 and key in out and "disputed" not in out
    refused(review, db, "log", "--facility", "0000deadbeef", says="no facility 0000deadbeef")


def test_log_reports_orphaned_decisions(review, db, tmp_path):
    key = listed(review)[0]["key"]
    review("confirm", key)
    gone = {"action": "reject", "target": "0123456789ab-0123456789", "value": {}, "who": "dana", "note": "",
            "at": "2025-01-01T00:00:00+00:00"}
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(gone) + "\n")
    code, out, _ = review("import", path)
    assert code == 0 and out.strip() == "added 1 decision, skipped 0 already stored; facilities: 6; 1 orphaned " \
                                        "(`review log --orphaned`)"
    code, out, _ = review("log")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4 and lines[-1].startswith("1 decision orphaned")
    code, out, _ = review("log", "--orphaned")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3 and gone["target"] in lines[1] and key not in out
    assert lines[-1].startswith("1 decision orphaned")


def decide_some(review, db):
    """A verdict, corrections, a merge and a mark."""
    rejected, _ = only_claim_of(db, "Dushanbe")
    moved, _ = only_claim_of(db, "Homyel'")
    a, b = (f for f in facilities(db) if f.place.name == "Belarus")
    assert review("reject", rejected)[0] == 0
    assert review("set-place", moved, "--lat", "52.41", "--lon", "31.02", "--precision", "site")[0] == 0
    assert review("set-status", moved, "operational")[0] == 0
    assert review("merge", a.id, b.id)[0] == 0
    assert review("mark", home(db, moved).id, "disputed")[0] == 0


def test_export_then_import_into_a_fresh_store_gives_the_same_facilities(review, cli, db, built, tmp_path):
    decide_some(review, db)
    file = tmp_path / "out" / "decisions.jsonl"
    code, out, err = review("export", "-o", file)
    assert code == 0 and out == "" and err.strip() == f"wrote 5 decisions to {file}"
    assert [json.loads(line)["action"] for line in file.read_text().splitlines()] == [
        "reject", "set-place", "set-status", "merge", "mark"]
    assert review("export")[1] == file.read_text()
    assert [p.name for p in file.parent.iterdir()] == ["decisions.jsonl"]  # no temporary file left
    fresh = tmp_path / "fresh.sqlite"
    shutil.copy(built, fresh)
    code, out, _ = cli("review", "import", file, "--db", fresh)
    assert code == 0 and out.strip() == "added 5 decisions, skipped 0 already stored; facilities: 4"
    assert snapshot(fresh) == snapshot(db)
    assert cli("show", "--db", fresh)[1] == cli("show", "--db", db)[1]
    code, out, _ = cli("review", "import", file, "--db", fresh)
    assert code == 0 and out.strip() == "added 0 decisions, skipped 5 already stored; facilities: 4"
    assert snapshot(fresh) == snapshot(db)


def test_export_to_a_folder_is_an_error(review, db, tmp_path):
    code, out, err = review("export", "-o", tmp_path)
    assert code == 2 and err.startswith(f"error: cannot write {tmp_path}")


@pytest.mark.parametrize(("lines", "says"), [
    (['{"action": "confirm", "target": "k1"}', "not json"], "line 2: not JSON"),
    (['{"action": "destroy", "target": "k1"}'], "line 1: not a review decision (unknown review action 'destroy'"),
    (['{"action": "set-status", "target": "k1", "value": {"status": "gone"}}'], "unknown status 'gone'"),
], ids=["not-json", "unknown-action", "bad-value"])
def test_import_of_a_bad_file_adds_nothing(review, db, tmp_path, lines, says):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n")
    refused(review, db, "import", path, says=f"{path}, {says}" if says.startswith("line") else says)
    refused(review, db, "import", tmp_path / "missing.jsonl", says="missing.jsonl: cannot be read")


def test_a_missing_store_is_an_error_and_is_not_created(cli, tmp_path):
    missing = tmp_path / "none.sqlite"
    for args in (["list"], ["confirm", "k1"], ["log"], ["export"], ["import", tmp_path / "x.jsonl"]):
        code, out, err = cli("review", *args, "--db", missing)
        assert code == 2 and err.startswith(f"error: no store at {missing}"), (args, err)
    assert list(tmp_path.iterdir()) == []

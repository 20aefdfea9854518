"""The store: several runs at once, file names SQLite would read as URIs, and files that are not a store."""

import dataclasses
import json
import shutil
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest

from pipeline import cli, db
from pipeline.facilities import merge
from pipeline.records import Article, Capacity, Claim, Mention, Page, Place
from pipeline.runner import run
from pipeline.store import Store, StoreError, reading
from tests.conftest import REPO, SAMPLE_ARTICLES

KAZAN = Place(551487, "Kazan", "city", "RU", "RU-TA", "Tatarstan", 55.79, 49.12, 1_243_500)


def article(n: int = 1) -> tuple[Article, list, list[Claim]]:
    """An article with one claim, as the pipeline would store it."""
    text = f"Report {n}: a drone factory in Kazan expanded its output."
    art = Article(f"a{n}", f"Report {n}", "Example News", "https://example.org", "2024-03-01", "en", text,
                  f"report{n}.md")
    claim = Claim(art.id, KAZAN, "city", "Kazan", "drone", ["drones"], "expanded", None, [], None, None, text, 0,
                  len(text), 0.9)
    return art, [], [claim]


def dangling_links(where) -> int:
    with reading(where) as store:
        return store.db.one("SELECT COUNT(*) FROM facility_claim WHERE claim_id NOT IN (SELECT id FROM claim) "
                            "OR facility_id NOT IN (SELECT id FROM facility)")[0]


@pytest.mark.slow
def test_store_concurrent_runs_on_one_store_all_succeed_and_agree(tmp_path, store_at):
    corpus = tmp_path / "articles"
    shutil.copytree(SAMPLE_ARTICLES, corpus)
    db = store_at
    # Four runs rather than two: two overlap in their write-and-merge phase only now and then, four nearly always.
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(corpus), "--db", str(db), "-q"],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors

    single = tmp_path / "single.sqlite"
    run([corpus], single)
    shared, alone = Store(db, readonly=True), Store(single, readonly=True)
    try:
        assert shared.counts() == alone.counts()
        assert sorted(f.id for f in shared.facilities()) == sorted(f.id for f in alone.facilities())
        assert not shared.facilities_stale()
    finally:
        shared.close()
        alone.close()
    assert dangling_links(db) == 0


def test_store_article_stored_meanwhile_by_another_run_is_kept(store_at):
    db = store_at
    first, second = Store(db), Store(db)
    assert first.add_article(*article()) is True
    first.rebuild_facilities(merge)
    claim_ids = [c.id for c in first.claims()]
    assert second.add_article(*article()) is False  # no error, and the first copy's claims stay
    assert first.claims()[0].id == claim_ids[0] and second.counts()["claim"] == 1
    assert not second.facilities_stale() and dangling_links(db) == 0
    first.close()
    second.close()


@pytest.mark.parametrize("name", ["a#b.sqlite", "c?mode=memory", "d%20e.sqlite", "file:f.sqlite"])
def test_store_file_name_is_taken_literally(tmp_path, name):
    store = Store(tmp_path / name)
    store.add_article(*article())
    store.close()
    assert (tmp_path / name).is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    again = Store(tmp_path / name, readonly=True)
    assert again.counts()["article"] == 1
    again.close()


@pytest.mark.parametrize("content", [b"", b"my notes\n", b"\x00" * 100], ids=["empty", "text", "zeros"])
def test_store_read_only_refuses_a_file_that_is_not_a_store(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=f"{path} is not a tracker store"):
        Store(path, readonly=True)


def test_store_never_writes_into_a_file_that_is_not_a_store(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("my notes, not a database\n" * 100)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE mine (x)")
    con.execute("INSERT INTO mine VALUES (1)")
    con.commit()
    con.close()
    for path in (text, other):
        before = path.read_bytes()
        with pytest.raises(StoreError, match=f"{path} is not a tracker store"):
            Store(path)
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "other.sqlite"]


def test_store_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    store = Store(path)
    store.add_article(*article())
    store.close()
    again = Store(path, readonly=True)
    assert again.counts()["article"] == 1
    again.close()


def test_store_folder_or_file_in_the_way_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match=f"{tmp_path} is a folder"):
        Store(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Store(tmp_path / "file" / "t.sqlite")


def stored_records():
    """An article with a place mention and two claims, one with every optional field set."""
    from tests.builders import TATARSTAN, claim

    art = Article("a9", "Plant report", "Wire", "https://example.org/9", "2024-07", "ru", "Завод в Казани.", "9.md")
    mentions = [Mention("a9", 8, 15, "Казани", KAZAN, "lemma", 0.87, "location"),
                Mention("a9", 20, 26, "Москва", KAZAN, "exact", 1.0, "metonymy")]
    full = claim("a9", KAZAN, "expanded", date="2024-07-02", attribution="the governor", surface="Казани",
                 capacity=Capacity(40, "drones", "day", "40 drones a day"))
    full.status_cue, full.source_sentence = "расширил", "Губернатор сообщил об этом."
    return art, mentions, [full, claim("a9", TATARSTAN, "planned", operators=())]


def test_store_gives_back_exactly_what_was_stored(store_at):
    art, mentions, claims = stored_records()
    store = Store(store_at)
    assert store.add_article(art, mentions, claims) is True
    assert store.articles() == {"a9": art} and store.mentions() == mentions
    assert [dataclasses.replace(c, id=None, key=None) for c in store.claims()] == claims
    assert [c.id for c in store.claims()] == [1, 2]
    assert store.counts() == {"article": 1, "mention": 2, "claim": 2, "facility": 0}
    store.close()


def test_store_facilities_come_back_with_their_claims(store_at):
    store = Store(store_at)
    store.add_article(*stored_records())
    assert store.facilities_stale()
    derived = merge(store.claims(), store.articles())
    assert store.rebuild_facilities(merge) == len(derived)

    def summary(facilities):  # merging moves a region's claim to its town; the store keeps the claim as reported
        return [(dataclasses.replace(f, claims=[]), [c.id for c in f.claims])
                for f in sorted(facilities, key=lambda f: f.id)]

    assert summary(store.facilities()) == summary(derived) and not store.facilities_stale()
    store.add_article(*article())
    assert store.facilities_stale()  # a new claim since the facilities were derived
    store.close()


def test_store_of_another_schema_version_is_refused_untouched(tmp_path):
    path = tmp_path / "old.sqlite"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError, match=f"{path} has schema version 0, this tracker reads 2"):
            Store(path, readonly=readonly)
    assert path.read_bytes() == before


def test_store_read_only_open_of_a_missing_file_says_how_to_make_one(tmp_path):
    path = tmp_path / "none.sqlite"
    with pytest.raises(StoreError, match=f"no store at {path}: run `python -m pipeline run articles --db {path}`"):
        Store(path, readonly=True)
    assert not path.exists()


def test_store_read_only_open_cannot_write(store_at):
    path = store_at
    Store(path).close()
    store = Store(path, readonly=True)
    with pytest.raises(db.errors(), match="readonly|read-only"):
        store.add_article(*article())
    store.close()


def test_store_damaged_while_read_is_a_clear_error(tmp_path):
    path = tmp_path / "t.sqlite"
    with closing(Store(path)) as store:
        for n in range(40):
            art, mentions, claims = article(n)
            claims[0].evidence = "long evidence " * 200
            store.add_article(art, mentions, claims)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2] + b"\xff" * (len(data) - len(data) // 2))  # e.g. a disk fault
    with pytest.raises(StoreError, match=f"{path} cannot be read .*rebuild it"), reading(path) as store:
        store.claims()


def test_store_not_a_store_message_says_what_to_give(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes")
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value) == (f"{path} is not a tracker store (file is not a database); give the store's file, or "
                              "a new file name to start one (`python -m pipeline run articles --db NEW`)")


def test_store_errors_say_what_to_give_instead(tmp_path):
    def message(path, readonly=False) -> str:
        with pytest.raises(StoreError) as err:
            Store(path, readonly=readonly)
        return str(err.value)

    assert message(tmp_path) == f"{tmp_path} is a folder; give the store's file, e.g. {tmp_path / 'tracker.sqlite'}"
    (tmp_path / "file").write_text("x")
    blocked = tmp_path / "file" / "t.sqlite"
    assert message(blocked) == (f"cannot create the folder for the store {blocked} (File exists); "
                                "choose another --db")
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as con:
        con.execute("CREATE TABLE mine (x)")
    assert message(other, readonly=True) == (f"{other} is not a tracker store (it has no tracker schema); give the "
                                             "store's file, or a new file name to start one (`python -m pipeline run "
                                             "articles --db NEW`)")
    old = tmp_path / "old.sqlite"
    Store(old).close()
    with closing(sqlite3.connect(old)) as con, con:
        con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    assert message(old) == (f"{old} has schema version 9, this tracker reads 2; rebuild it with `python -m pipeline "
                            "run` into a new --db")


def test_store_in_new_nested_folders_is_created(tmp_path):
    Store(tmp_path / "a" / "b" / "t.sqlite").close()
    assert (tmp_path / "a" / "b" / "t.sqlite").is_file()


def test_store_opened_in_one_thread_is_read_in_another(store_at):
    store = Store(store_at)
    store.add_article(*article())
    counts = []
    worker = threading.Thread(target=lambda: counts.append(store.counts()["article"]))
    worker.start()
    worker.join()
    store.close()
    assert counts == [1]


def v1_contents(path) -> tuple:
    """A version-1 store's articles, claims and facilities as it holds them: JSON blobs."""
    with closing(sqlite3.connect(path)) as con:
        return tuple(con.execute(query).fetchall() for query in (
            "SELECT id, text FROM article ORDER BY id", "SELECT id, data FROM claim ORDER BY id",
            "SELECT id, data FROM facility ORDER BY id", "SELECT * FROM facility_claim ORDER BY claim_id"))


def test_store_of_version_1_is_migrated_keeping_every_article_claim_and_facility(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    shutil.copy(REPO / "tests" / "data" / "store-v1.db", path)  # written by the tracker before it fetched pages
    articles, claims, facilities, links = v1_contents(path)
    with pytest.raises(StoreError, match=f"{path} has schema version 1; open it once for writing to migrate it, "
                                         f"e.g. `python -m pipeline migrate --db {path}`"):
        Store(path, readonly=True)  # the app reads: it does not migrate
    assert v1_contents(path) == (articles, claims, facilities, links)
    assert cli.main(["migrate", "--db", str(path)]) == 0
    assert capsys.readouterr().out == (f"{path}: schema version 2; 1 articles, 2 place mentions, 2 claims, "
                                          "2 facilities\n")
    store = Store(path)
    assert [(a.id, a.text) for a in store.articles().values()] == articles
    migrated = {c.id: c for c in store.claims()}
    assert len(migrated) == 2 and len(facilities) == 2
    for rid, data in claims:
        old = json.loads(data)
        c = migrated[rid]
        assert (c.place.name, c.place.lat, c.kind, c.status, c.operators, c.evidence, c.attribution) == (
            old["place"]["name"], old["place"]["lat"], old["kind"], old["status"], old["operators"],
            old["evidence"], old["attribution"])
    for f in store.facilities():
        old = json.loads(dict(facilities)[f.id])
        assert (f.name, f.place.name, f.status, f.nato_distance_km) == (old["name"], old["place"]["name"],
                                                                        old["status"], old["nato_distance_km"])
        assert sorted((f.id, c.id) for c in f.claims) == sorted(link for link in links if link[0] == f.id)
    assert not store.facilities_stale()
    (article_id, _), = articles
    page = Page("https://example.org/votkinsk-line", article_id, None, None, "2025-06-21T00:00:00+00:00")
    assert store.add_page(page, store.articles()[article_id]) == "stored"  # a text stored before, now on a page
    store.close()
    with reading(path) as again:
        assert again.page(page.url) == page and len(again.facilities()) == 2


def page_version(n: int, place: Place = KAZAN) -> tuple[Article, list, list[Claim]]:
    """Version ``n`` of the page https://example.org/plant, with one claim."""
    art, mentions, [claim] = article(n)
    text = f"Version {n}: a drone factory in {place.name} expanded its output."
    art = dataclasses.replace(art, id=f"v{n}", text=text, url="https://example.org/plant")
    return art, mentions, [dataclasses.replace(claim, article_id=art.id, place=place, evidence=text)]


def fetched(n: int, etag: str | None = None, url: str = "https://example.org/plant") -> Page:
    return Page(url, f"v{n}", etag, None, f"2025-06-0{n}T00:00:00+00:00")


def test_store_page_new_text_supersedes_the_old_and_its_claims_in_one_go(store_at):
    from tests.builders import TATARSTAN

    store = Store(store_at)
    v1, v2 = page_version(1), page_version(2, TATARSTAN)
    assert store.add_page(fetched(1, '"a"'), *v1) == "added"
    assert store.add_page(fetched(1, '"b"'), v1[0]) == "unchanged"  # the same text again: not analysed
    assert store.page("https://example.org/plant") == fetched(1, '"b"')
    assert store.add_page(fetched(2), v2[0]) is None  # a new text without its analysis: nothing written
    assert store.page("https://example.org/plant") == fetched(1, '"b"') and [c.article_id for c in store.claims()] \
        == ["v1"]
    assert store.add_page(fetched(2), *v2) == "updated"
    assert [(c.article_id, c.place) for c in store.claims()] == [("v2", TATARSTAN)]
    assert store.versions("https://example.org/plant") == [v2[0], v1[0]] and set(store.articles()) == {"v1", "v2"}
    assert not store.has_article("v1") and store.has_article("v2") and store.facilities_stale()
    assert store.rebuild_facilities(merge) == 1 and store.facilities()[0].place == TATARSTAN
    store.close()


def test_store_page_not_modified_keeps_its_text_and_notes_when(store_at):
    store = Store(store_at)
    store.add_page(fetched(1, '"a"'), *page_version(1))
    later = dataclasses.replace(fetched(1, '"a"'), fetched_at="2025-07-01T00:00:00+00:00")
    assert store.add_page(later) == "unchanged"
    assert store.page(later.url) == later and [c.article_id for c in store.claims()] == ["v1"]
    store.close()


def test_store_page_text_held_elsewhere_is_recorded_and_keeps_its_claims(store_at):
    store = Store(store_at)
    copy = "https://mirror.example.net/plant"
    store.add_page(fetched(1), *page_version(1))
    assert store.add_page(fetched(1, url=copy), *page_version(1)) == "stored"  # a re-published copy
    assert store.add_page(fetched(2), *page_version(2)) == "updated"
    assert sorted(c.article_id for c in store.claims()) == ["v1", "v2"]  # the copy still holds version 1
    assert store.versions("https://example.org/plant") == [page_version(2)[0]] and store.has_article("v1")
    store.close()


def test_store_page_back_to_an_earlier_text_makes_it_current_again(store_at):
    store = Store(store_at)
    for n in (1, 2):
        store.add_page(fetched(n), *page_version(n))
    assert store.add_page(fetched(3), page_version(1)[0]) is None  # superseded, so its claims must come again
    back = dataclasses.replace(fetched(3), article_id="v1")
    assert store.add_page(back, *page_version(1)) == "updated"
    assert [c.article_id for c in store.claims()] == ["v1"] and store.has_article("v1") and not store.has_article("v2")
    assert [a.id for a in store.versions("https://example.org/plant")] == ["v1", "v2"]
    store.close()


def test_store_superseded_text_given_again_as_a_file_is_current_again(store_at):
    store = Store(store_at)
    for n in (1, 2):
        store.add_page(fetched(n), *page_version(n))
    assert store.add_article(*page_version(1)) is True
    assert sorted(c.article_id for c in store.claims()) == ["v1", "v2"] and store.has_article("v1")
    store.close()


def test_store_that_cannot_be_opened_says_what_to_check(tmp_path):
    store = tmp_path / "t.sqlite"
    store.symlink_to(tmp_path / "unmounted" / "t.sqlite")  # e.g. a link into a drive that is not mounted
    with pytest.raises(StoreError) as err:
        Store(store)
    assert str(err.value) == (f"cannot open the store {store} (unable to open database file); check the file and its "
                              "permissions, or choose another --db")


def test_store_page_holds_the_text_it_is_given_with(store_at):
    store = Store(store_at)
    v1 = page_version(1)
    stale_record = dataclasses.replace(fetched(1), article_id="v9")  # the text given decides what the page holds
    assert store.add_page(stale_record, *v1) == "added"
    assert store.page("https://example.org/plant").article_id == "v1" and store.has_article("v1")
    store.close()


def test_store_facilities_and_claims_are_map_layers_gdal_filters(tmp_path):
    """QGIS reads the store through GDAL: facilities and claims are point layers in WGS84 with typed columns."""
    import pyogrio.raw
    import shapely

    path = tmp_path / "t.sqlite"
    store = Store(path)
    store.add_article(*stored_records())
    store.add_article(*article(2))
    store.rebuild_facilities(merge)
    store.close()
    assert [list(layer) for layer in pyogrio.list_layers(path)] == [["facility", "Point"], ["claim", "Point"]]
    meta, _, geoms, (names, statuses) = pyogrio.raw.read(path, layer="facility", columns=["name", "status"],
                                                         where="country_code = 'RU' AND status = 'expanded'")
    assert meta["crs"] == "EPSG:4326" and list(statuses) == ["expanded"] * len(names) and len(names) >= 1
    assert shapely.from_wkb(geoms[0]).coords[0] == (KAZAN.lon, KAZAN.lat)
    *_, (kinds,) = pyogrio.raw.read(path, layer="claim", columns=["kind"], where="event_date IS NULL")
    assert sorted(kinds) == ["drone", "drone factory"]  # the claims without a date


def test_store_migration_gives_back_every_field_of_every_mention_and_claim(tmp_path):
    from tests.builders import version_1

    records = [stored_records(), article(2)]
    path = tmp_path / "v1.sqlite"
    version_1(path, records)
    store = Store(path)
    assert store.mentions() == [m for _, mentions, _ in records for m in mentions]
    claims = [dataclasses.replace(c, id=None, key=None) for c in store.claims()]
    assert claims == [c for *_, cs in sorted(records, key=lambda r: r[0].id) for c in cs]  # capacity, cue, source
    assert [(f.id, [c.id for c in f.claims]) for f in store.facilities()] == [("f1", [1]), ("f2", [2]), ("f3", [3])]
    (table,) = store.db.one("SELECT tbl_name FROM sqlite_master WHERE name = 'claim_article'")
    assert table == "claim" and store.db.one("SELECT value FROM meta WHERE key = 'schema_version'") == ("2",)
    assert not {"claim_v1", "mention_v1", "facility_v1", "facility_claim_v1"} & store.db.tables()
    store.close()


def test_store_article_whose_write_fails_is_not_stored_and_the_store_goes_on(store_at):
    store = Store(store_at)
    art, mentions, claims = stored_records()
    orphan = dataclasses.replace(claims[0], article_id="not-stored")  # its article is not in the store
    with pytest.raises(db.errors()):
        store.add_article(art, mentions, [claims[1], orphan])
    assert store.counts() == {"article": 0, "mention": 0, "claim": 0, "facility": 0}
    assert store.add_article(art, mentions, claims) is True  # the same connection writes on
    assert store.counts()["claim"] == 2
    store.close()



def test_store_open_answered_locked_at_once_tries_again(tmp_path, monkeypatch):
    """Another run switching a new store to write-ahead logging can make SQLite answer "locked" without waiting;
    the open tries again and the store opens, where any other error stops it at once with a message."""
    real, calls = db.connect, []

    def failing(first: str, then=None):
        def connect(path, **kw):
            calls.append(path)
            if then is None or len(calls) == 1:
                raise sqlite3.OperationalError(first)
            return then(path, **kw)
        return connect

    monkeypatch.setattr(db, "connect", failing("database is locked", then=real))
    Store(tmp_path / "t.sqlite").close()
    assert len(calls) == 2

    calls.clear()
    monkeypatch.setattr(db, "connect", failing("disk I/O error"))
    with pytest.raises(StoreError, match="disk I/O error"):
        Store(tmp_path / "u.sqlite")
    assert len(calls) == 1

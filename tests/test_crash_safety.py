"""Crash safety by injection: a run crashed just before each of its write statements in turn, then run again,
leaves the store exactly as one uninterrupted run does (articles, mentions, claims with their ids, facilities with
the claims they link, and the meta stamps); a page's update crashed so leaves the claims of one version only."""

import shutil

import pytest

from pipeline import pages
from pipeline.runner import run
from tests.crash import Crash, content, crash_before, writes
from tests.newsserver import Answer, article_page, quick

REPORTS = {
    "izhevsk.md": ("Izhevsk shell line adds a night shift", "2025-04-03",
                   "The munitions factory in Izhevsk has added a night shift to its artillery shell line, a regional "
                   "newspaper reported. Workers at the Izhevsk factory now make shells around the clock."),
    "kazan.md": ("Drone works rising outside Kazan", "2025-02-11",
                 "Satellite images show a new drone assembly plant under construction near Kazan, officials said. "
                 "Once finished, the plant is expected to turn out 6,000 drones a year."),
    "raufoss.md": ("Explosives factory opens in Raufoss", "2025-09-09",
                   "A new explosives factory opened in Raufoss on Tuesday, the Norwegian defence ministry said. "
                   "The factory will supply powder for 155 mm artillery shells."),
    "votkinsk.md": ("Missile plant in Votkinsk grows again", "2025-06-20",
                    "A missile plant in Votkinsk was expanded this spring, according to a local official. New "
                    "assembly halls at the Votkinsk plant were visible in photographs taken in May."),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, (title, published, text) in REPORTS.items():
        (folder / name).write_text(f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n")
    return folder


@pytest.fixture()
def uninterrupted(corpus, new_store):
    """The store's content after one uninterrupted run, and the write statements of that run, in a back end."""
    db = new_store("uninterrupted")
    with writes() as statements:
        run([corpus], db)
    return content(db), statements


def test_crash_safety_the_corpus_gives_several_articles_claims_and_facilities(uninterrupted):
    expected, statements = uninterrupted
    assert len(expected["article"]) == len(REPORTS) and len(expected["mention"]) >= len(REPORTS)
    assert len(expected["claim"]) > len(REPORTS) and len(expected["facility"]) >= 2
    assert len(expected["facility_claim"]) == len(expected["claim"])
    assert any(s.startswith("DELETE FROM facility") for s in statements)


def crashed_then_rerun(corpus, db, n: int) -> dict:
    """The store after a run that crashed just before write ``n``, then a run to completion."""
    with pytest.raises(Crash), writes(crash_before(n)):
        run([corpus], db)
    run([corpus], db)
    return content(db)


def test_crash_safety_a_crash_before_any_write_then_a_rerun_gives_the_uninterrupted_store(
        corpus, uninterrupted, new_store):
    expected, statements = uninterrupted
    broken = []
    for n, sql in enumerate(statements, 1):
        got = crashed_then_rerun(corpus, new_store(f"crash{n}"), n)
        if got != expected:
            tables = [t for t in expected if got.get(t) != expected[t]]
            broken.append(f"write {n} of {len(statements)}, {sql}: the tables {', '.join(tables)} differ")
    assert not broken, "\n".join(["a crash just before these writes, then a re-run, left a store unlike an "
                                   "uninterrupted run's:", *broken])


KAZAN = ("Workers are building a drone assembly plant in Kazan, the regional administration said on Monday. The "
         "plant will assemble 500 drones a month.")
YELABUGA = KAZAN.replace("Kazan", "Yelabuga")


def claim_articles(db) -> set[str]:
    return {row[1] for row in content(db)["claim"]}


def test_crash_safety_a_page_update_crashed_at_any_write_keeps_one_version_then_completes(news, tmp_path,
                                                                                          monkeypatch):
    monkeypatch.setattr(pages, "now", lambda: "2025-06-01T00:00:00+00:00")  # the same record in every run
    url = news.serve("/plant", Answer(body=article_page("Drone plant", KAZAN), etag='"v1"'))
    old = tmp_path / "old.sqlite"
    run([url], old, fetcher=quick())
    news.serve("/plant", Answer(body=article_page("Drone plant", YELABUGA), etag='"v2"'))
    expected_db = tmp_path / "new.sqlite"
    shutil.copy(old, expected_db)
    with writes() as statements:
        run([url], expected_db, fetcher=quick())
    expected = content(expected_db)
    assert "DELETE FROM claim WHERE article_id = ?" in statements  # the update path: old claims removed
    versions = claim_articles(old), claim_articles(expected_db)
    assert versions[0] and versions[1] and versions[0] != versions[1]
    broken = []
    for n, sql in enumerate(statements, 1):
        db = tmp_path / f"crash{n}.sqlite"
        shutil.copy(old, db)
        with pytest.raises(Crash), writes(crash_before(n)):
            run([url], db, fetcher=quick())
        if claim_articles(db) not in versions:
            broken.append(f"write {n}, {sql}: the crash left claims of {claim_articles(db)}")
        run([url], db, fetcher=quick())
        if content(db) != expected:
            broken.append(f"write {n}, {sql}: the re-run left a store unlike an uninterrupted update's")
    assert not broken, "\n".join(broken)

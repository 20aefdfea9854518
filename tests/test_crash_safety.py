"""Crash safety by injection: a run crashed just before each of its write statements in turn, then run again,
leaves the store exactly as one uninterrupted run does (articles, mentions, claims with their ids, facilities with
the claims they link, and the meta stamps)."""

import pytest

from pipeline.runner import run
from tests.crash import Crash, content, crash_before, writes

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


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory):
    """The store's content after one uninterrupted run, and the write statements of that run."""
    db = tmp_path_factory.mktemp("uninterrupted") / "t.sqlite"
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
        corpus, uninterrupted, tmp_path):
    expected, statements = uninterrupted
    broken = []
    for n, sql in enumerate(statements, 1):
        got = crashed_then_rerun(corpus, tmp_path / f"crash{n}.sqlite", n)
        if got != expected:
            tables = [t for t in expected if got.get(t) != expected[t]]
            broken.append(f"write {n} of {len(statements)}, {sql}: the tables {', '.join(tables)} differ")
    assert not broken, "\n".join(["a crash just before these writes, then a re-run, left a store unlike an "
                                   "uninterrupted run's:", *broken])

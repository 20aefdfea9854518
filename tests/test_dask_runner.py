"""Runs on Dask (``run ... --dask``): on a cluster of 2 worker processes the store is the one a run without Dask
writes, unchanged articles are not analysed again, bad files are reported as without Dask, a worker killed in the
middle of a run loses nothing, and ``--dask local`` starts and stops a cluster of its own."""

import os
import signal
import subprocess
import sys
import time

import dask
import pytest
from distributed import Client

from pipeline import dask_runner, pages
from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.runner import run
from tests.conftest import REPO, SAMPLE_ARTICLES
from tests.crash import content
from tests.newsserver import Answer, article_page, quick

pytestmark = pytest.mark.slow  # a cluster of worker processes, each loading the models

REPORTS = [
    ("Izhevsk shell line adds a night shift", "2025-04-03",
     "The munitions factory in Izhevsk has added a night shift to its artillery shell line, a regional newspaper "
     "reported. Workers at the Izhevsk factory now make shells around the clock."),
    ("Drone works rising outside Kazan", "2025-02-11",
     "Satellite images show a new drone assembly plant under construction near Kazan, officials said. Once "
     "finished, the plant is expected to turn out 6,000 drones a year."),
    ("Explosives factory opens in Raufoss", "2025-09-09",
     "A new explosives factory opened in Raufoss on Tuesday, the Norwegian defence ministry said. The factory "
     "will supply powder for 155 mm artillery shells."),
    ("Missile plant in Votkinsk grows again", "2025-06-20",
     "A missile plant in Votkinsk was expanded this spring, according to a local official. New assembly halls at "
     "the Votkinsk plant were visible in photographs taken in May."),
]


def write_reports(folder, n: int):
    """``n`` short articles, each made distinct by a closing sentence with its number."""
    folder.mkdir(exist_ok=True)
    for i in range(n):
        title, published, text = REPORTS[i % len(REPORTS)]
        (folder / f"{i:04d}.md").write_text(f"---\ntitle: {title} ({i})\npublished: {published}\nlanguage: en\n"
                                            f"---\n{text} This is report {i}.\n")
    return folder


@pytest.fixture(scope="module")
def cluster():
    with dask_runner.local_cluster(2) as cluster, Client(cluster) as client:
        yield cluster.scheduler_address, client


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The sample articles, a folder of short articles (one of them twice, as a file and a JSON Lines line) and
    files that cannot be read."""
    folder = write_reports(tmp_path_factory.mktemp("own"), 5)
    title, _, text = REPORTS[0]
    (folder / "feed.jsonl").write_text(f'{{"text": "{text} This is report 0.\\n", "title": "{title}"}}\n'
                                       '{"text": "A drone plant in Yelabuga was expanded."}\n'
                                       '{"title": "no text"}\n', encoding="utf-8")
    (folder / "broken.md").write_bytes(b"---\ntitle: [oops\n---\nA drone plant in Kazan.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return [SAMPLE_ARTICLES, folder, folder / "missing.md"]


def counting():
    """A progress callback as the command line's, which records the totals it is given and the results it saw."""
    seen = {"totals": [], "results": 0}

    def progress(results, total):
        seen["totals"].append(total)
        for result in results:
            seen["results"] += 1
            yield result
    return progress, seen


@pytest.fixture(scope="module")
def without_dask(inputs, tmp_path_factory):
    db = tmp_path_factory.mktemp("plain") / "t.sqlite"
    return run(inputs, db), content(db)


def test_dask_run_stores_what_a_run_without_dask_stores(cluster, inputs, without_dask, tmp_path):
    expected_summary, expected = without_dask
    progress, seen = counting()
    summary = run(inputs, tmp_path / "t.sqlite", dask=cluster[0], progress=progress)
    assert summary == expected_summary and summary.articles == 8 and summary.skipped == 1
    assert content(tmp_path / "t.sqlite") == expected  # articles, mentions, claims (their ids too), facilities
    assert len(expected["facility"]) >= 5
    assert seen == {"totals": [8], "results": 8}


def test_dask_bad_files_are_reported_as_without_dask_and_the_others_stored(cluster, inputs, without_dask, tmp_path):
    summary = run(inputs, tmp_path / "t.sqlite", dask=cluster[0])
    folder = inputs[1]
    assert [e.message for e in summary.errors] == [e.message for e in without_dask[0].errors] == [
        f"{folder / 'binary.txt'}: this is a binary file, not an article",
        f"{folder / 'broken.md'}: malformed YAML front matter (while parsing a flow sequence)",
        f"{folder / 'feed.jsonl'}:3: each line must be an object with a 'text' string",
        f"{folder / 'missing.md'}: no such file or folder"]
    assert len(content(tmp_path / "t.sqlite")["article"]) == 8


def test_dask_rerun_over_unchanged_articles_analyses_nothing(cluster, inputs, without_dask, tmp_path):
    db = tmp_path / "t.sqlite"
    run(inputs, db, dask=cluster[0])
    progress, seen = counting()
    summary = run(inputs, db, dask=cluster[0], progress=progress)
    assert (summary.articles, summary.skipped, len(summary.errors)) == (0, 9, 4)
    assert seen == {"totals": [], "results": 0}  # nothing was sent to be analysed
    assert content(db) == without_dask[1]


def test_dask_fetched_pages_are_analysed_on_the_workers_and_stored_with_their_pages(cluster, news, tmp_path,
                                                                                   monkeypatch):
    monkeypatch.setattr(pages, "now", lambda: "2025-06-01T00:00:00+00:00")
    title, _, text = REPORTS[1]
    urls = [news.serve("/kazan", Answer(body=article_page(title, text))),
            news.serve("/copy", Answer(body=article_page(title, text))),  # the same text: analysed once
            news.serve("/raufoss", Answer(body=article_page(REPORTS[2][0], REPORTS[2][2])))]
    folder = write_reports(tmp_path / "in", 3)
    expected = run([*urls, folder], tmp_path / "plain.sqlite", fetcher=quick())
    summary = run([*urls, folder], tmp_path / "dask.sqlite", fetcher=quick(), dask=cluster[0])
    assert summary == expected and (summary.fetched, summary.errors) == (3, [])
    assert content(tmp_path / "dask.sqlite") == content(tmp_path / "plain.sqlite")


def test_dask_command_line_with_a_scheduler_address(cluster, tmp_path, capsys):
    db = tmp_path / "cli.sqlite"
    assert main(["run", str(SAMPLE_ARTICLES), "--db", str(db), "--dask", cluster[0], "-q"]) == 0
    assert "articles processed: 2 (unchanged, skipped: 0)" in capsys.readouterr().out
    assert main(["run", str(SAMPLE_ARTICLES), "--db", str(db), "--dask", cluster[0], "-q"]) == 0
    assert "articles processed: 0 (unchanged, skipped: 2)" in capsys.readouterr().out


def test_dask_bad_addresses_and_options_are_clear_errors(tmp_path, monkeypatch, capsys):
    with pytest.raises(InputError, match="give 'local' or a scheduler's address such as tcp://host:8786"):
        run([SAMPLE_ARTICLES], tmp_path / "t.sqlite", dask="scheduler:8786")
    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(InputError, match="tcp://127.0.0.1:9: no Dask scheduler answered there"):
        run([SAMPLE_ARTICLES], tmp_path / "t.sqlite", dask="tcp://127.0.0.1:9")
    assert main(["run", str(SAMPLE_ARTICLES), "--db", str(tmp_path / "t.sqlite"), "--workers", "2"]) == 2
    assert "--workers sets the worker processes of --dask local" in capsys.readouterr().err
    assert main(["run", str(SAMPLE_ARTICLES), "--db", str(tmp_path / "t.sqlite"), "--dask", "local",
                 "--workers", "0"]) == 2
    assert "--workers 0: give a number of worker processes, 1 or more" in capsys.readouterr().err


def test_dask_local_starts_a_cluster_for_the_run_and_a_run_without_dask_never_imports_it(tmp_path):
    db = tmp_path / "local.sqlite"
    out = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SAMPLE_ARTICLES), "--db", str(db), "--dask",
                          "local", "--workers", "2", "-q"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "articles processed: 2" in out.stdout and "facilities: 6" in out.stdout
    check = ("import sys; from pipeline.cli import main; main(['run', '--db', sys.argv[1], '-q', sys.argv[2]]); "
             "assert not {'dask', 'distributed'} & set(sys.modules), 'dask imported'")
    plain = subprocess.run([sys.executable, "-c", check, str(tmp_path / "plain.sqlite"), str(tmp_path / "none")],
                           cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "no such file or folder" in plain.stdout and "dask imported" not in plain.stderr, plain.stderr


def worker_settings():
    """What a worker runs with that slows the analysis when left at Dask's defaults."""
    return (dask.config.get("distributed.worker.profile.enabled"), os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            dask.config.get("distributed.admin.tick.interval"))


def test_dask_workers_run_without_the_profiler_and_malloc_trim_local_or_started_as_the_readme_says(cluster):
    address, client = cluster
    assert set(client.run(worker_settings).values()) == {(False, None, "1s")}
    readme_worker = [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                     "--no-dashboard", "--preload-nanny", "pipeline.dask_nanny"]
    before = set(client.scheduler_info()["workers"])
    with subprocess.Popen(readme_worker, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                          stderr=subprocess.DEVNULL) as started:
        try:
            client.wait_for_workers(len(before) + 1, timeout=60)
            new = set(client.scheduler_info()["workers"]) - before
            assert list(client.run(worker_settings, workers=list(new)).values()) == [(False, None, "1s")]
        finally:
            started.terminate()
    while set(client.scheduler_info()["workers"]) != before:  # gone before the next test counts the workers
        time.sleep(0.1)


def test_dask_a_worker_killed_mid_run_loses_nothing(cluster, tmp_path):
    """Last in the module: the killed worker is started again by its nanny, with the models to load again."""
    address, client = cluster
    folder = write_reports(tmp_path / "many", 96)  # 6 batches: most still to come when the first results arrive
    expected_db = tmp_path / "uninterrupted.sqlite"
    run([folder], expected_db)
    worker, victim = next(iter(client.run(os.getpid).items()))
    seen = {"total": 0, "results": 0, "in_hand": None}

    def kill_after_the_first_result(results, total):
        seen["total"] = total
        for result in results:
            seen["results"] += 1
            if seen["in_hand"] is None:
                seen["in_hand"] = client.processing([worker])[worker]  # the tasks it is running or will run
                os.kill(victim, signal.SIGKILL)
            yield result

    summary = run([folder], tmp_path / "killed.sqlite", dask=address, progress=kill_after_the_first_result)
    assert seen["in_hand"] and (seen["total"], seen["results"]) == (96, 96)
    assert victim not in client.run(os.getpid).values()  # the worker was killed (and another one started)
    assert (summary.articles, summary.errors) == (96, [])
    assert content(tmp_path / "killed.sqlite") == content(expected_db)

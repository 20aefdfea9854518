"""Whole-run benchmark: articles/s of a run with a pool of 2 processes and of a run on Dask with 2 workers, each
into a fresh SQLite store: a LocalCluster started for the run (``--dask local``, its start included; its scheduler
runs in the run's own process), and a cluster already running as ``--dask tcp://...`` finds it (a scheduler and
2 workers started beforehand as the README's commands do, in processes of their own); then the pool and the running
cluster again into PostgreSQL. The goals: Dask within 0.9x of the pool on one machine, PostgreSQL within 0.8x of
SQLite.

Run: ``.venv/bin/python bench/dask.py [--articles 20000] [--corpus DIR] [--postgres URL]`` (without --postgres,
the URL in TRACKER_TEST_POSTGRES, as .ci/postgres prints it; PostgreSQL is left out when there is none). The corpus
(default: the development articles beside the repository) is repeated to N article files in a temporary folder,
each made distinct by a numbered closing sentence; nothing is copied into the repository.
"""

import sys
from pathlib import Path

# This file is dask.py: move its folder behind the installed packages, so that ``import dask`` finds Dask.
HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != HERE] + [HERE]

import argparse  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from contextlib import contextmanager  # noqa: E402

from _util import postgres_schema, report  # noqa: E402
from distributed import Client  # noqa: E402

from pipeline.articles import find_files  # noqa: E402
from pipeline.runner import run  # noqa: E402

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev" / "articles"
FALLBACK = Path(__file__).resolve().parent.parent / "articles"
WORKERS = 2


def make_corpus(source: Path, n: int, target: Path) -> Path:
    """N article files cycling through the source's, each ending with its own numbered sentence."""
    texts = [p.read_text(encoding="utf-8").rstrip("\n") for p in find_files([source]) if p.suffix == ".md"]
    folder = target / "articles"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:06d}.md").write_text(f"{texts[i % len(texts)]}\n\nThis is benchmark copy {i}.\n",
                                            encoding="utf-8")
    return folder


@contextmanager
def running_cluster(scheduler_file: Path):
    """A Dask scheduler and WORKERS single-threaded workers in processes of their own, as on a cluster started
    beforehand (the README's `dask scheduler` and `dask worker` commands); yields the scheduler's address."""
    cli = [sys.executable, "-m", "distributed.cli"]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    scheduler = subprocess.Popen([*cli[:2], f"{cli[2]}.dask_scheduler", "--port", "0", "--no-dashboard",
                                  "--scheduler-file", str(scheduler_file)], env=env, stderr=subprocess.DEVNULL)
    workers = subprocess.Popen([*cli[:2], f"{cli[2]}.dask_worker", "--scheduler-file", str(scheduler_file),
                                "--nworkers", str(WORKERS), "--nthreads", "1", "--no-dashboard",
                                "--preload-nanny", "pipeline.dask_nanny"], env=env, stderr=subprocess.DEVNULL)
    try:
        while not scheduler_file.exists():
            time.sleep(0.2)
        with Client(scheduler_file=str(scheduler_file)) as client:
            client.wait_for_workers(WORKERS, timeout=120)
            yield client.scheduler_info()["address"]
    finally:
        for process in (workers, scheduler):
            process.terminate()
            process.wait(timeout=60)


def timed(corpus: Path, db: Path | str, n: int, **options) -> float:
    """Articles per second of a run into a fresh store at ``db``."""
    start = time.perf_counter()
    summary = run([corpus], db, processes=WORKERS, **options)
    seconds = time.perf_counter() - start
    assert not summary.errors and summary.articles == n, summary.lines()
    return n / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to analyse (default: 2000)")
    parser.add_argument("--corpus", type=Path, default=DEV if DEV.exists() else FALLBACK)
    parser.add_argument("--postgres", default=os.environ.get("TRACKER_TEST_POSTGRES"))
    args = parser.parse_args()
    n = args.articles
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(args.corpus, n, tmp)
        pool = timed(corpus, tmp / "pool.sqlite", n)
        local = timed(corpus, tmp / "local.sqlite", n, dask="local")
        with running_cluster(tmp / "scheduler.json") as address:
            run([FALLBACK], tmp / "warm-up.sqlite", dask=address)  # models loaded on the workers
            running = timed(corpus, tmp / "running.sqlite", n, dask=address)
            if args.postgres:
                dask_pg = timed(corpus, postgres_schema(args.postgres), n, dask=address)
        if args.postgres:
            pool_pg = timed(corpus, postgres_schema(args.postgres), n)
    rows = [("process pool (run --processes 2), SQLite", f"{pool:.1f} articles/s"),
            ("Dask, cluster started for the run (--dask local), SQLite",
             f"{local:.1f} articles/s ({local / pool:.2f}x the pool)"),
            ("Dask, scheduler and workers already running (--dask tcp://...), SQLite",
             f"{running:.1f} articles/s ({running / pool:.2f}x the pool)")]
    if args.postgres:
        rows += [("process pool, PostgreSQL", f"{pool_pg:.1f} articles/s ({pool_pg / pool:.2f}x SQLite)"),
                 ("Dask, cluster already running, PostgreSQL",
                  f"{dask_pg:.1f} articles/s ({dask_pg / running:.2f}x SQLite, {dask_pg / pool_pg:.2f}x the pool)")]
    report(f"Whole runs ({n} articles from {args.corpus}, {WORKERS} processes or workers, one thread each)", rows)


if __name__ == "__main__":
    sys.exit(main())

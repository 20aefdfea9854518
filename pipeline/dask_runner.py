"""The run's reading and analysis on a Dask cluster: ``run PATH ... --dask local`` (a cluster of worker processes on
this machine) or ``--dask tcp://host:8786`` (a running scheduler and its workers, see README).

Article files are listed and read on the workers, BATCH files a task; only their ids (and the files that could
not be read) come back to the main process, which leaves out the articles stored already. Each batch of new
articles is then analysed by a task on the worker that holds it, with the model loaded once per worker process
(:func:`pipeline.runner._parser`). Fetched pages are read in the main process, as without Dask, and sent to the
workers. Results come back in the order of the articles, whatever order the tasks end in, so the store is the one
a run without Dask writes; the main process stores them (``runner._analyse_and_store``).

A worker that dies (killed, out of memory) loses its running task and the batches it held: the scheduler runs them
again on another worker, up to ``distributed.scheduler.allowed-failures`` times (3) per task.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster

from .articles import IngestFailure, find_files, read_all
from .errors import InputError
from .records import Article
from .runner import BATCH, Analysed, analyse_batch

CONNECT_TIMEOUT = "20s"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stored:
    """An article read on a worker, known in the main process by its id; ``batch`` holds it there."""
    id: str
    batch: Future


def _read(paths: list[Path]) -> list[Article | IngestFailure]:
    return list(read_all(paths))


def _ids(batch: list[Article | IngestFailure]) -> list[str | IngestFailure]:
    return [item if isinstance(item, IngestFailure) else item.id for item in batch]


def _analyse_read(batch: list[Article | IngestFailure], ids: list[str]) -> list[Analysed | IngestFailure]:
    """Analyse the articles of a read batch that have these ids (the first of each, in this order)."""
    articles: dict[str, Article] = {}
    for item in batch:
        if isinstance(item, Article):
            articles.setdefault(item.id, item)
    return analyse_batch([articles[i] for i in ids])


class DaskWorkers:
    """Reads article files and analyses articles on the cluster a client is connected to."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def _submit(self, function, *args) -> Future:
        return self.client.submit(function, *args, pure=False)  # never shared with an earlier run's task

    def read(self, paths: Iterable[Path]) -> Iterator[Stored | IngestFailure]:
        """Every article under ``paths`` (in the order of a run without Dask) as its id, or why it failed."""
        paths = list(paths)
        if not paths:
            return
        files = self._submit(find_files, paths).result()
        batches = [self._submit(_read, files[i:i + BATCH]) for i in range(0, len(files), BATCH)]
        ids = [self._submit(_ids, batch) for batch in batches]
        for batch, entries in zip(batches, ids, strict=True):
            for entry in entries.result():
                yield entry if isinstance(entry, IngestFailure) else Stored(entry, batch)

    def analysed(self, articles: list[Stored | Article]) -> Iterator[Analysed | IngestFailure]:
        """:func:`~pipeline.runner.analyse_batch` over the articles, BATCH a task, results in the articles' order.

        Articles read on a worker are analysed where their batch is; others (fetched pages) are sent."""
        tasks: list[Future] = []
        for batch, group in itertools.groupby(articles, key=lambda a: a.batch if isinstance(a, Stored) else None):
            group = list(group)
            for chunk in (group[i:i + BATCH] for i in range(0, len(group), BATCH)):
                tasks.append(self._submit(analyse_batch, chunk) if batch is None
                             else self._submit(_analyse_read, batch, [a.id for a in chunk]))
        tasks.reverse()
        while tasks:
            yield from tasks.pop().result()  # popped: the client lets go of each result once stored


# What the tracker's workers run with, set in the nanny that starts them (here, and for `dask worker` by
# `--preload-nanny pipeline.dask_nanny`). Without it the analysis runs some 12% slower than in the process pool:
# - the nanny's MALLOC_TRIM_THRESHOLD_ hands memory back to the system at once, only to ask for it again;
# - the statistical profiler (the dashboard's Profile page) takes the worker's lock every 10 ms to sample the task;
# - the event loop's tick and the memory and system monitors wake it tens of times a second. Their intervals are
#   still short next to a task's few seconds.
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


@contextmanager
def local_cluster(workers: int) -> Iterator[LocalCluster]:
    """A cluster of ``workers`` processes on this machine, one thread each (a worker's parser analyses one batch at
    a time), with WORKER_CONFIG, for the block.

    The nanny also sets its variables in this process's environment: put back as they were afterwards."""
    saved = dict(os.environ)
    try:
        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        with cluster:
            yield cluster
    finally:
        for key in set(os.environ) - set(saved):
            del os.environ[key]
        os.environ.update(saved)


@contextmanager
def dask_workers(address: str, workers: int | None = None) -> Iterator[DaskWorkers]:
    """Workers on ``address``: "local" starts a cluster of ``workers`` processes (default: one per CPU) for the
    block; otherwise a scheduler's address (tcp://host:8786) whose workers are used."""
    # Distributed logs each start and stop of a worker or client (INFO): shown with the run's -v only.
    logging.getLogger("distributed").setLevel(logging.INFO if log.isEnabledFor(logging.INFO) else logging.WARNING)
    if address == "local":
        with local_cluster(workers or os.cpu_count() or 1) as cluster, Client(cluster) as client:
            yield DaskWorkers(client)
        return
    if "://" not in address:
        raise InputError(f"--dask {address!r}: give 'local' or a scheduler's address such as tcp://host:8786")
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as err:
        raise InputError(f"--dask {address}: no Dask scheduler answered there ({err})") from None
    with client:
        yield DaskWorkers(client)

"""Crashes injected into the store: count the write statements a run executes through the store's connections,
stop the run just before one of them, and read a store's whole content to compare with an uninterrupted run.

``python -m tests.crash CORPUS DB N`` runs the pipeline and ends the process just before write N, with no clean-up,
as SIGKILL would (exit status 137).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from unittest import mock

from pipeline import db

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
KILLED = 137  # a process ended by SIGKILL


class Crash(BaseException):
    """A crash: a BaseException, so that no ``except Exception`` in the pipeline can swallow it."""


def is_write(sql: str) -> bool:
    """
    >>> is_write("INSERT OR REPLACE INTO meta VALUES (?, ?)"), is_write("BEGIN IMMEDIATE")
    (True, False)
    """
    return sql.split(None, 1)[0].upper() in WRITES


class _Sqlite3:
    """The sqlite3 module as ``pipeline.db`` sees it, with ``connect`` replaced."""

    def __init__(self, connect: Callable[..., sqlite3.Connection]) -> None:
        self.connect = connect

    def __getattr__(self, name: str):
        return getattr(sqlite3, name)


@contextmanager
def writes(before: Callable[[int, str], None] = lambda n, sql: None) -> Iterator[list[str]]:
    """Within the block, the store's connections call ``before(n, sql)`` just before their n-th write statement
    (from 1; an executemany is one); yields the statements written so far. The connections are closed on leaving,
    so a transaction a crash left open is rolled back, as it would be in a killed process."""
    statements: list[str] = []
    opened: list[sqlite3.Connection] = []

    class Connection(sqlite3.Connection):
        def execute(self, sql, *args):
            self._writing(sql)
            return super().execute(sql, *args)

        def executemany(self, sql, *args):
            self._writing(sql)
            return super().executemany(sql, *args)

        def _writing(self, sql: str) -> None:
            if is_write(sql):
                statements.append(sql)
                before(len(statements), sql)

    def connect(*args, **kwargs) -> sqlite3.Connection:
        opened.append(sqlite3.connect(*args, factory=Connection, **kwargs))
        return opened[-1]

    try:
        with mock.patch.object(db, "sqlite3", _Sqlite3(connect)):
            yield statements
    finally:
        for con in opened:
            con.close()


def crash_before(n: int) -> Callable[[int, str], None]:
    """A ``before`` for :func:`writes` that raises :class:`Crash` just before write ``n``."""
    def before(i: int, sql: str) -> None:
        if i == n:
            raise Crash(f"write {i}: {sql}")
    return before


def kill_before(n: int) -> Callable[[int, str], None]:
    """A ``before`` for :func:`writes` that ends the process just before write ``n``, naming it on stderr."""
    def before(i: int, sql: str) -> None:
        if i == n:
            print(f"killed before write {i}: {sql}", file=sys.stderr, flush=True)
            os._exit(KILLED)
    return before


def content(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table in the store at ``db``, in an order independent of row order on disk."""
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as con:
        tables = [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"'), key=repr) for t in sorted(tables)}


def main(corpus: str, db: str, n: str) -> None:
    from pipeline.runner import run

    with writes(kill_before(int(n))):
        run([Path(corpus)], Path(db))
    sys.exit(f"the run ended before write {n}")


if __name__ == "__main__":
    main(*sys.argv[1:])

"""Crashes injected into the store: count the write statements a run executes through the store's connections
(SQLite's, and PostgreSQL's through psycopg), stop the run just before one of them, and read a store's whole
content to compare with an uninterrupted run.

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

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COPY")
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

    def counted(method):
        def call(cursor, sql, *args, **kwargs):
            text = sql if isinstance(sql, str) else sql.as_string(cursor)
            if is_write(text):
                statements.append(text)
                before(len(statements), text)
            return method(cursor, sql, *args, **kwargs)
        return call

    import psycopg

    try:
        with mock.patch.object(db, "sqlite3", _Sqlite3(connect)), \
                mock.patch.object(psycopg.Cursor, "execute", counted(psycopg.Cursor.execute)), \
                mock.patch.object(psycopg.Cursor, "executemany", counted(psycopg.Cursor.executemany)), \
                mock.patch.object(psycopg.Cursor, "copy", counted(psycopg.Cursor.copy)):
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


def content(where: Path | str) -> dict[str, list[tuple]]:
    """Every row of every table in the store at ``where`` (a file or a PostgreSQL URL), in an order independent of
    row order on disk. Claims are numbered by rank: PostgreSQL's identity skips the numbers of a transaction rolled
    back, as SQLite's does not, and either way only the order of the claims says anything."""
    if db.is_url(where):
        import psycopg

        with psycopg.connect(str(where)) as con:
            tables = [n for (n,) in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                      if n != "country_part"]  # reference data, copied from geodata/
            found = {t: [tuple(r) for r in con.execute(f'SELECT * FROM "{t}"')] for t in tables}
    else:
        with closing(sqlite3.connect(f"{Path(where).resolve().as_uri()}?mode=ro", uri=True)) as con:
            tables = [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            found = {t: [tuple(r) for r in con.execute(f'SELECT * FROM "{t}"')] for t in tables}
    return {t: sorted(rows, key=repr) for t, rows in sorted(_ranked(found).items())}


def _ranked(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Claim ids replaced by their rank, in the claims and in what refers to them."""
    rank = {cid: i for i, cid in enumerate(sorted(r[0] for r in tables.get("claim", [])), 1)}
    tables = dict(tables)
    tables["claim"] = [(rank[r[0]], *r[1:]) for r in tables.get("claim", [])]
    tables["facility_claim"] = [(r[0], rank[r[1]]) for r in tables.get("facility_claim", [])]
    tables["meta"] = [(k, _ranked_stamp(v, rank) if k == "facilities_from" else v) for k, v in tables.get("meta", [])]
    return tables


def _ranked_stamp(stamp: str, rank: dict[int, int]) -> str:
    """'count/max claim id[/decision]' with the max id as a rank."""
    count, last, *rest = stamp.split("/")
    return "/".join([count, str(rank.get(int(last), last)) if last.isdigit() else last, *rest])


def main(corpus: str, db: str, n: str) -> None:
    from pipeline.runner import run

    with writes(kill_before(int(n))):
        run([Path(corpus)], db if db.startswith(("postgresql://", "postgres://")) else Path(db))
    sys.exit(f"the run ended before write {n}")


if __name__ == "__main__":
    main(*sys.argv[1:])

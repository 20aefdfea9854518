"""What the app's pages (app.py, the map; pages/review.py) share: the store's path and version, its facilities
loaded once per version, messages shown safely, and the one way the app writes: recording analyst decisions.

Imported once per process while each page's script runs anew: settings are read on every call, not at import."""

import os
from pathlib import Path

import streamlit as st

from pipeline import db, decide
from pipeline.errors import TrackerError
from pipeline.store import SCHEMA_VERSION, Store, StoreError, reading


def db_path() -> Path | str:
    """The store (TRACKER_DB, default data/tracker.sqlite): a file, or a postgresql:// URL."""
    return db.location(os.environ.get("TRACKER_DB", "data/tracker.sqlite"))


def inbox() -> Path:
    """Where the app keeps the articles it was given: beside a store file, else in data/."""
    where = db_path()
    return (Path("data") if db.is_url(where) else where.parent) / "inbox"


def store_exists(where: Path | str) -> bool:
    """Whether there is a store to show (a database is one once it holds an article)."""
    if not db.is_url(where):
        return where.exists()
    try:
        _migrated(where)
        with reading(where) as store:
            return store.counts()["article"] > 0
    except TrackerError:
        return True  # a database that cannot be reached: reading it says why


@st.cache_resource(show_spinner=False)
def _migrated(where: str) -> int:
    """Once per process, open the store for writing if it needs it: a new database gets its schema, an older store
    its migration. A store that is up to date is only read (writing would change its version for the caches)."""
    try:
        with reading(where):
            return SCHEMA_VERSION
    except StoreError:
        pass  # an older or empty store, or none: opening it for writing says which, and mends the first two
    with st.spinner(f"Bringing the store to schema version {SCHEMA_VERSION} …"):
        Store(where).close()
    return SCHEMA_VERSION


@st.cache_resource(max_entries=2, show_spinner=False)
def load(db: str, version: float):
    """Facilities and articles from the store (``version``, the file's mtime, refreshes the cache). Shared, not
    copied per rerun (copying 5,000 facilities took a second): the app only reads them."""
    with reading(db) as store:
        return store.facilities(), store.articles()


def store_version(where: Path | str) -> float | str:
    """When the store last changed: its file's or its write-ahead log's mtime; for a database, what its facilities
    were last derived from."""
    _migrated(str(where))
    if db.is_url(where):
        with reading(where) as store:
            return store.version()
    wal = where.with_name(where.name + "-wal")
    return max(p.stat().st_mtime for p in (where, wal) if p.exists())


def navigation(where=None) -> None:
    """The pages, named, in ``where`` (default: the sidebar; Streamlit's own list, which names the map "app", is
    hidden in .streamlit/config.toml). The map's link comes back to the map's last view."""
    with where or st.sidebar:
        st.page_link("app.py", label="Map", icon="🗺️", query_params=st.session_state.get("map_query"))
        st.page_link("pages/review.py", label="Review", icon="✅")


def problem(summary: str, details: str = "", kind: str = "error") -> None:
    """A message in our own words; the details (file names, article fields, the pipeline's output) come from
    outside, so they are shown as plain text, never as Markdown that could fetch an image or add a link."""
    getattr(st, kind)(summary)
    if details:
        st.code(details, language=None, wrap_lines=True)


def record(where: Path | str, decisions: list[decide.Decision], *, who: str, note: str) -> list[decide.Decision]:
    """Check and store analyst decisions (the store opened for writing only meanwhile), the facilities derived
    again at once; then every page reloads them. An InputError changes nothing."""
    store = Store(where)
    try:
        stored = decide.record(store, decisions, who=who, note=note)
    finally:
        store.close()
    load.clear()
    return stored

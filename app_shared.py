"""What the app's pages (app.py, the map; pages/review.py) share: the store's path and version, its facilities
loaded once per version, messages shown safely, and the one way the app writes: recording analyst decisions.

Imported once per process while each page's script runs anew: settings are read on every call, not at import."""

import os
from pathlib import Path

import streamlit as st

from pipeline import decide
from pipeline.store import Store, reading


def db_path() -> Path:
    """The store (TRACKER_DB, default data/tracker.sqlite)."""
    return Path(os.environ.get("TRACKER_DB", "data/tracker.sqlite"))


@st.cache_resource(max_entries=2, show_spinner=False)
def load(db: str, version: float):
    """Facilities and articles from the store (``version``, the file's mtime, refreshes the cache). Shared, not
    copied per rerun (copying 5,000 facilities took a second): the app only reads them."""
    with reading(db) as store:
        return store.facilities(), store.articles()


def store_version(db: Path) -> float:
    """When the store last changed: its file's or its write-ahead log's mtime."""
    wal = db.with_name(db.name + "-wal")
    return max(p.stat().st_mtime for p in (db, wal) if p.exists())


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


def record(db: Path, decisions: list[decide.Decision], *, who: str, note: str) -> list[decide.Decision]:
    """Check and store analyst decisions (the store opened for writing only meanwhile), the facilities derived
    again at once; then every page reloads them. An InputError changes nothing."""
    store = Store(db)
    try:
        stored = decide.record(store, decisions, who=who, note=note)
    finally:
        store.close()
    load.clear()
    return stored

"""Where the tracker keeps its files: committed geodata, and a cache for built indexes."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
GEODATA_DIR = REPO_ROOT / "geodata"


def cache_dir() -> Path:
    """The folder for built, uncommitted indexes: $TRACKER_CACHE_DIR, else the user's cache folder."""
    explicit = os.environ.get("TRACKER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "facility-tracker"


def version() -> str:
    """The tracker's version, as pyproject.toml gives it."""
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["version"]

"""Shared fixtures: the real gazetteer index (built once into the cache) and the sample articles."""

from pathlib import Path

import pytest

from pipeline.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = REPO / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()

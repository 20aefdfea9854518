"""Shared fixtures: the real gazetteer index (built once into the cache) and the sample articles."""

from pathlib import Path

import pytest

from pipeline.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = REPO / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from pipeline.geoparse import Geoparser

    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def analyse_text(geoparser):
    """Mentions and claims for a text of one's own, as the pipeline makes them."""
    from pipeline.facts import extract_claims

    def run(text: str, published: str | None = "2024-05-10"):
        doc, mentions = geoparser.parse("test", text)
        return mentions, extract_claims("test", text, doc, mentions, published)

    return run

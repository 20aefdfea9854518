"""Whom a bare "she said" means, and a source's name without its article, on sentences of our own."""

import pytest

from pipeline import frames


@pytest.mark.parametrize("text, person", [
    ("Analyst Jane Doe studied the images. Engineer John Smith visited the hall.", "Engineer John Smith"),
    ("John Smith visited the hall. The delegation met Jane Doe in Riga.", "Jane Doe"),  # the later sentence
    ("The delegation met Jane Doe and John Smith in Riga.", "John Smith"),  # the last person named
    ("The delegation met Jane Doe in Riga. Prices rose sharply.", "Jane Doe"),  # a sentence without a person
    ("Reuters reported on Monday. Prices rose sharply.", None),  # an organisation is not a person
])
def test_frames_she_said_means_the_last_person_before(geoparser, text, person):
    assert frames.last_person(list(geoparser.nlp(text).sents)) == person


@pytest.mark.parametrize("text, name", [("the governor", "governor"), ("The Kremlin", "The Kremlin"),
                                        ("theatre critics", "theatre critics"), ("the", "the")])
def test_frames_source_name_drops_a_leading_the(text, name):
    assert frames.without_the(text) == name

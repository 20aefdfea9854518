"""The language an article is written in: ISO 639-1 codes, detected by lingua among the languages of this tool's
news, and their readable names."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

CODES = ("en", "ru", "uk", "be", "pl", "de", "fr", "lt", "lv", "et", "ro", "cs")
UNDETERMINED = "und"
SAMPLE_CHARS = 1000  # a paragraph or two is plenty; the time taken grows with the length read
MIN_LETTERS = 20  # fewer (a name, a date, a heading) tell no language reliably
MIN_DISTANCE = 0.2  # lingua's minimum relative distance between the first and second guess


@cache
def _detector():
    """Built once, in low-accuracy mode (trigrams only): about 25 MB of models, loaded in 0.1 s, where high accuracy
    takes about 350 MB and 2.5 s. Both are sure on a paragraph; on a line or two low accuracy errs more, and
    MIN_LETTERS and MIN_DISTANCE leave most such texts undetermined."""
    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in CODES]
    return (LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode()
            .with_minimum_relative_distance(MIN_DISTANCE).build())


def detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, judged from its start; "und" (undetermined) when
    it has too few letters or lingua cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return UNDETERMINED
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else UNDETERMINED


def normalise(code: str) -> str:
    """A language tag as given (front matter, an HTML page) as its lower-case primary part: "en-GB" is "en"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


@cache
def label(code: str) -> str:
    """A code with its English name, "Russian (ru)"; the code alone when it names no language lingua knows."""
    if code == UNDETERMINED:
        return f"undetermined ({code})"
    try:
        name = Language.from_iso_code_639_1(IsoCode639_1.from_str(code)).name
    except ValueError:
        return code
    return f"{name.replace('_', ' ').title()} ({code})"

"""Place-name normalisation shared by the gazetteer build and every lookup."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Words that name the kind of a first-level region, in English and in transliterated local forms.
REGION_WORDS = frozenset({
    "oblast", "oblasti", "voblast", "voblasts", "voblasc", "region", "regions", "province", "provincia",
    "republic", "respublika", "respublikasi", "krai", "kray", "okrug", "autonomous", "avtonomnyy", "state",
    "governorate", "ostan", "county", "voivodeship", "wojewodztwo", "prefecture", "territory", "district",
    "rayon", "raion", "municipality",
})
_FILLER = frozenset({"of", "the"})
_DROP = re.compile(r"[.'’‘ʼʹ`´\u2019\u02bc]")
_SPLIT = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65_536)  # news repeats its place names; folding them once is enough
def normalize(name: str) -> str:
    """Fold a name to its lookup key: ASCII, lower case, no apostrophes or dots, single spaces.

    >>> normalize("Гомель"), normalize("Homyel'"), normalize("U.S.")
    ('gomel', 'homyel', 'us')
    """
    folded = _DROP.sub("", unidecode(name).casefold())
    return " ".join(w for w in _SPLIT.split(folded) if w)


def strip_region_words(key: str) -> tuple[str, bool]:
    """Remove region-kind words from a normalised key; report whether any were present.

    ``"republic of tatarstan"`` -> ``("tatarstan", True)``; ``"minsk"`` -> ``("minsk", False)``.
    """
    words = key.split()
    kept = [w for w in words if w not in REGION_WORDS]
    if len(kept) == len(words):
        return key, False
    kept = [w for w in kept if w not in _FILLER]
    return " ".join(kept), True

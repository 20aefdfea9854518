"""names.alternation: a pattern for many names that finds what the plain alternation of them, longest first,
finds."""

import random
import re

import pytest

from pipeline.names import alternation


def plain(names) -> str:
    return "|".join(map(re.escape, sorted(names, key=len, reverse=True)))


def found(pattern: str, text: str, flags=0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text, flags)]


@pytest.mark.parametrize(("names", "text", "expected"), [
    (["Izhevsk", "Izhmash", "Izh"], "Izhmash and Izhevsk, not Izhora; Izh.", ["Izhmash", "Izhevsk", "Izh"]),
    (["Tula", "Tula Arms Plant"], "the Tula Arms Plant in Tula", ["Tula Arms Plant", "Tula"]),
    # the longer name is turned down by the word boundary after it: the shorter one is found
    (["Kazan", "Kazan Helicopters"], "Kazan Helicoptersx and Kazan", ["Kazan", "Kazan"]),
    (["C++ works", "a.b", "(x)"], "the C++ works near a.b and axb", ["C++ works", "a.b"]),
    ([], "nothing to find here", []),
])
def test_alternation_finds_the_longest_name_at_each_place(names, text, expected):
    pattern = alternation(names)
    assert [m.group() for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text)] == expected


def test_alternation_finds_what_the_plain_alternation_finds_on_random_names_and_texts():
    rng = random.Random(7)
    words = ["Ka", "Kaz", "Kazan", "zan", "Pl", "Plant", "an", "Tu", "Tula", "la", "-", "s"]
    for _ in range(200):
        names = {"".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 12))}
        text = " ".join("".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(30))
        assert found(alternation(names), text) == found(plain(names), text), (names, text)
        lower = {n.lower() for n in names}
        assert found(alternation(lower), text, re.I) == found(plain(names), text, re.I), (names, text)

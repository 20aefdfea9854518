"""Russian and Ukrainian text as the readers see it: words with their pymorphy3 readings (and, in Russian,
their heads in natasha's Universal Dependencies parse), sentences and paragraphs, and the small word sets both
the place reader and the claim reader use. razdel, pymorphy3 and natasha ship their data in their PyPI
packages."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from . import cyrillic_lexicon as lex
from .facts import Sentence, list_item

REGION_NOUNS = frozenset("область край республика район округ регион республіка регіон федерация федерація"
                         .split())
CONJUNCTIONS = frozenset("и і й та".split())
QUOTES = "«\"„“'"
_LINE_BREAK = re.compile(r"\n+")


@dataclass
class Word:
    """A token with its offsets in the article and its readings (pymorphy3 parses, best first)."""

    start: int
    end: int
    text: str
    parses: list
    head: int | None = None  # the start of the word this one depends on (natasha's parse of Russian)

    @property
    def lemma(self) -> str:
        return self.parses[0].normal_form if self.parses else self.text.lower()

    @property
    def tag(self):
        return self.parses[0].tag if self.parses else None

    def capitalised(self) -> bool:
        return self.text[:1].isupper() and self.text[:1].isalpha()


def state_of(w: Word) -> str | None:
    """The state a word's adjective reading names ("української" is not only a surname's form), if any."""
    return next((lex.STATE_ADJECTIVES[p.normal_form] for p in w.parses[:3] if p.normal_form in lex.STATE_ADJECTIVES),
                None)


def has(tag, grammeme: str) -> bool:
    """Whether a pymorphy3 tag has the grammeme (the Ukrainian tag set lacks some Russian ones, and marks an
    infinitive "infn")."""
    return tag is not None and (grammeme in tag.grammemes or grammeme == "INFN" and "infn" in tag.grammemes)


@cache
def morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@cache
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsNERTagger(embedding), NewsSyntaxParser(embedding)


def read(text: str, language: str) -> tuple[list[Word], list[tuple[int, int, str]]]:
    """The words of a text, with their heads in Russian (natasha's Universal Dependencies parse), and the
    people and organisations natasha's NER finds in Russian (its models read Ukrainian poorly)."""
    from razdel import tokenize

    analyzer = morph(language)
    tokens = [(t.start, t.stop, t.text) for t in tokenize(text)]
    if language != "ru":
        tokens = _apostrophes_joined(tokens)
    ws = [Word(start, stop, word, _readings(analyzer, word) if word[:1].isalpha() else [])
          for start, stop, word in tokens]
    _read_as_one(ws, analyzer)
    if language != "ru":
        return ws, []
    from natasha import Doc

    segmenter, ner, syntax = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    doc.parse_syntax(syntax)
    starts = {t.id: t.start for t in doc.tokens}
    heads = {t.start: starts.get(t.head_id) for t in doc.tokens}
    for w in ws:
        w.head = heads.get(w.start)
    return ws, [(span.start, span.stop, span.type) for span in doc.spans]


# Two words that name one product as a single word does, where they are what is made: "виготовлення вибухових
# речовин" is of "вибухівка" (the adjective alone is also a blast's, "вибухова хвиля"; the substance a drone carried
# is no plant's product).
_PHRASES = {("вибуховий", "речовина"): "вибухівка", ("взрывчатый", "вещество"): "взрывчатка"}
_MAKING = frozenset("виготовлення виробництво випуск изготовление производство выпуск".split())


def _read_as_one(ws: list[Word], analyzer) -> None:
    """The first word of a phrase in ``_PHRASES`` after a word of making takes the readings of the word it means
    (its text stays)."""
    for k, (w, after) in enumerate(itertools.pairwise(ws)):
        if (one := _PHRASES.get((w.lemma, after.lemma))) and any(x.lemma in _MAKING for x in ws[max(0, k - 2):k]):
            w.parses = analyzer.parse(one)


def _readings(analyzer, word: str) -> list:
    """pymorphy3's parses of a word, a facility noun's first: Ukrainian "заводі" is read first as "заводь" (a
    backwater). The dictionary spells "з'явитися" with a straight apostrophe. An abbreviation the dictionary lacks
    has none: pymorphy3 guesses "БПЛА" is a verb."""
    if sum(c.isupper() for c in word) >= 2 and not analyzer.word_is_known(word.lower()):
        return []
    parses = analyzer.parse(_APOSTROPHE.sub("'", word))
    if lemma := _MISREAD.get(word.lower()):
        parses = [p._replace(normal_form=lemma) for p in parses]
    return sorted(parses, key=lambda p: p.normal_form not in lex.FACILITY)


# Words the Ukrainian dictionary lacks, read as a rarer word: "у селі" (in the village) as "сель" (a mudflow).
_MISREAD = {"селі": "село"}


def _apostrophes_joined(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Ukrainian words with an apostrophe as one word: razdel splits "об'єкт" into "об", "'", "єкт"."""
    out: list[tuple[int, int, str]] = []
    for token in tokens:
        if len(out) >= 2 and out[-1][2] in _APOSTROPHES and out[-2][1] == out[-1][0] and out[-1][1] == token[0] \
                and out[-2][2][-1:].isalpha() and token[2][:1].isalpha():
            out[-2:] = [(out[-2][0], token[1], out[-2][2] + out[-1][2] + token[2])]
        else:
            out.append(token)
    return out


_APOSTROPHES = frozenset("'’ʼ")
_APOSTROPHE = re.compile("[’ʼ]")


# Two sentences a copy glued together: "заявил он.Лебедев уточнил", "Лебедев."Смела — ..." (a quote right before
# a capital opens the next). The word before the stop is a pronoun or has four letters at least and is no
# abbreviation: "ул.Ленина", "мкр.Северный", "наб.Фонтанки", "г.Москва", "А.Иванов" glue nothing.
_GLUED = re.compile(r"(?<![\w.\-])(?:(?:он|она|оно|они|він|вона|воно|вони|их|їх|них)|"
                    r"(?!(?:просп|акад|проф|млрд|корп|пров|прим)\.)[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]{3,})"
                    r"[.!?](?=[\"«“]?[А-ЯЁІЇЄҐ][а-яёіїєґ])")


def _unglued(piece: str) -> list[str]:
    """A piece of text cut where a copy glued two sentences together (see _GLUED)."""
    cuts = [m.end() for m in _GLUED.finditer(piece)]
    return [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)], strict=True)]


def sentences(text: str) -> list[Sentence]:
    """razdel's sentences, also split at line breaks and where a copy glued two together; a line break starts a
    new paragraph."""
    from razdel import sentenize

    out: list[Sentence] = []
    paragraph = 0
    for sent in sentenize(text):
        offset = sent.start
        for i, piece in enumerate(_LINE_BREAK.split(sent.text)):
            if i or (out and "\n" in text[out[-1].end:sent.start]):
                paragraph += 1
            offset = at = text.find(piece, offset)
            for part in _unglued(piece) if piece.strip() else []:
                if part.strip():
                    out.append(Sentence(at, at + len(part.rstrip()), part.rstrip(), None, paragraph,
                                        item=list_item(part)))
                at += len(part)
            offset += len(piece)
    return out



SETTLEMENT_WORDS = frozenset("""м г с смт пос с-ще город місто село посёлок поселок селище деревня станица пункт
провинция провінція городок містечко хутор станиця""".split())


def placed_by(before: list[Word]) -> bool:
    """Whether a name follows a locative preposition, perhaps with a settlement word between ("у м. Кременчук",
    "в городе Перми"), or a settlement word alone ("селе Михайловке")."""
    words = [w for w in before if w.text != "."]
    if words and words[-1].lemma in SETTLEMENT_WORDS | {"город", "місто"}:
        return True
    while len(words) > 1 and _locative_adjective(words[-1]):
        words.pop()  # "у російському Іжевську", "в оккупированном Донецке": the adjective qualifies the town
    if len(words) > 2 and _agent(words[-1]) and _locative_adjective(words[-2]):
        words = words[:-2]  # "у захопленому інтервентами Донецьку": a participle and its agent
    return bool(words) and words[-1].text.lower() in lex.LOCATIVE


def _locative_adjective(w: Word) -> bool:
    return not w.capitalised() and any(has(p.tag, "ADJF") or has(p.tag, "PRTF") for p in w.parses[:1]) and any(
        has(p.tag, "loct") for p in w.parses[:3])


def _agent(w: Word) -> bool:
    """A noun in the instrumental: who did what a participle says ("захопленому інтервентами")."""
    return not w.capitalised() and any(has(p.tag, "NOUN") and has(p.tag, "ablt") for p in w.parses[:2])


def known_word(word: Word) -> bool:
    """Whether the dictionary knows the word as a common word (a capitalised one may be a name)."""
    return any(_common(p) for p in word.parses[:1])


def in_dictionary(word: Word) -> bool:
    """Whether the dictionary knows the word at all, as a common word or a name ("Макаров", "Сатурн")."""
    return any(_from_dictionary(p) for p in word.parses[:1])


def common_word(text: str) -> bool:
    """Whether Russian or Ukrainian knows a word as a common word ("пеленг"), not a name ("Южмаш")."""
    return any(_common(morph(language).parse(text.lower())[0]) for language in ("ru", "uk"))


def _common(parse) -> bool:
    return _from_dictionary(parse) and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & parse.tag.grammemes


def _from_dictionary(parse) -> bool:
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"



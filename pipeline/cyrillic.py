"""Russian and Ukrainian articles: place names resolved through their lemmas, and claims read with the same
frame as English ones (a facility noun or product, the place a locative preposition attaches, the status from
the verb's meaning, aspect, tense and negation, the source from reporting phrases).

Words and sentences come from razdel, lemmas and grammar from pymorphy3's Russian and Ukrainian dictionaries,
people and organisations in Russian text from natasha's NER; all of them ship their data in their PyPI
packages. Place names are looked up in the gazetteer by every nominative reading of their words ("в Елабуге"
-> Елабуга, "Брянской области" -> Брянская область, "у Вишневому" -> Вишневе).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache

from . import cyrillic_lexicon as lex
from .facts import Sentence, _relative, spread_sources
from .geoparse import Geoparser, Span, _article_countries
from .records import Claim, Mention

LANGUAGES = ("ru", "uk")
REGION_NOUNS = frozenset("область край республика район округ регион республіка регіон федерация федерація"
                         .split())
_CONJUNCTIONS = frozenset("и і й та".split())
_TITLES = frozenset("""министр міністр президент губернатор глава голова мэр мер замглавы депутат генерал
полковник командующий командувач директор гендиректор спикер речник представитель представник""".split())
_QUOTES = "«\"„“'"
_METONYMY_BEFORE = ("со стороны", "з боку")
_LINE_BREAK = re.compile(r"\n+")
_FUNCTION_WORDS = ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP", "NUMR")
_VILLAGE = 10_000  # a namesake this small loses to a region of the same name


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


def _has(tag, grammeme: str) -> bool:
    """Whether a pymorphy3 tag has the grammeme (the Ukrainian tag set lacks some Russian ones)."""
    return tag is not None and grammeme in tag.grammemes


@cache
def _morph(language: str):
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

    morph = _morph(language)
    ws = [Word(t.start, t.stop, t.text, morph.parse(t.text) if t.text[:1].isalpha() else [])
          for t in tokenize(text)]
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


def sentences(text: str) -> list[Sentence]:
    """razdel's sentences, also split at line breaks; a line break starts a new paragraph."""
    from razdel import sentenize

    out: list[Sentence] = []
    paragraph = 0
    for sent in sentenize(text):
        offset = sent.start
        for i, piece in enumerate(_LINE_BREAK.split(sent.text)):
            if i or (out and "\n" in text[out[-1].end:sent.start]):
                paragraph += 1
            at = text.find(piece, offset)
            if piece.strip():
                out.append(Sentence(at, at + len(piece.rstrip()), piece.rstrip(), None, paragraph))
            offset = at + len(piece)
    return out


# -- places --------------------------------------------------------------------------------------------


def _readings(word: Word, any_gender: bool) -> list[str]:
    """The word as written and its nominative readings ("Брянской" -> брянская, брянский); an adjective
    after a locative preposition also in every gender ("у Вишневому" -> вишневе), as towns are named."""
    out = []
    for parse in sorted(word.parses[:4], key=lambda p: not _has(p.tag, "Geox")):
        nominative = parse.inflect({"nomn"})
        out += [nominative.word if nominative else parse.normal_form, parse.normal_form]
        if any_gender and _has(parse.tag, "ADJF"):
            out += [f.word for g in ("masc", "femn", "neut") if (f := parse.inflect({"nomn", "sing", g}))]
    lower = word.text.lower()
    out += [lower[:-len(end)] + new for end, news in _ENDINGS if lower.endswith(end) and len(lower) > len(end) + 3
            for new in news]  # names the dictionary lacks: "Воткінську" -> воткінськ, "Дубні" -> дубна
    out.append(lower)
    return list(dict.fromkeys([*out, *(r.translate(_UK_TO_RU) for r in out)]))  # "єлабуга" as Russian spells it


# Case endings of nouns the dictionaries do not know, and the nominative endings they may stand for.
_ENDINGS = (("зі", ("га",)), ("ці", ("ка",)), ("сі", ("ха",)),  # "Єлабузі" -> Єлабуга, "Празі" -> Прага
            ("і", ("", "а", "я", "ь")), ("ї", ("я",)), ("у", ("",)), ("ю", ("ь", "я")), ("ом", ("",)),
            ("ем", ("ь",)), ("ою", ("а",)), ("ею", ("я",)), ("е", ("а", "")), ("а", ("",)), ("и", ("а", "")))


def _region_reading(adjective: Word, noun: str) -> list[str]:
    """"Брянской области", "Житомирській, Київській областях": the adjective in the noun's gender."""
    gender = "femn" if noun in ("область", "республика", "республіка", "федерация", "федерація") else "masc"
    forms = [f.word for p in adjective.parses[:4] if _has(p.tag, "ADJF") and (f := p.inflect({"nomn", "sing", gender}))]
    stem = re.sub(r"(?:ій|ої|у|ою|ому|ого|ім|им|ой|ую|ая|ом|ому|ого|ым)$", "", adjective.text.lower())
    forms.append(stem + ("а" if gender == "femn" else "ий"))  # an adjective the dictionary lacks: "Житомирській"
    return list(dict.fromkeys(f"{a} {noun}" for f in forms for a in (f, _russian_spelling(f))))


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})


def _russian_spelling(adjective: str) -> str:
    """A Ukrainian region adjective as Russian spells it, as GeoNames lists Russian regions: "московська"
    -> "московская", "бєлгородська" -> "белгородская"."""
    for uk, ru in (("ська", "ская"), ("цька", "цкая"), ("ський", "ский"), ("цький", "цкий")):
        if adjective.endswith(uk):
            adjective = adjective[:-len(uk)] + ru
    return adjective.translate(_UK_TO_RU)


def _runs(ws: list[Word], blocked: list[tuple[int, int]]) -> list[list[Word]]:
    """Runs of capitalised words outside people's and organisations' names and quotes, without a common word
    capitalised only because it opens the sentence ("Правительство России")."""
    runs: list[list[Word]] = []
    for i, w in enumerate(ws):
        free = w.capitalised() and w.text.lower() not in lex.LOCATIVE | lex.NOT_LOCATIVE | _CONJUNCTIONS
        free = free and not any(a <= w.start < b for a, b in blocked)
        opening = i == 0 or ws[i - 1].text in ".!?"
        if free and opening and _morph_known(w) and not _has(w.tag, "ADJF") and i + 1 < len(ws) and (
                ws[i + 1].capitalised()):
            continue
        if free and runs and runs[-1][-1] is ws[i - 1] if i else False:
            runs[-1].append(w)
        elif free:
            runs.append([w])
    return runs


class CyrillicGeoparser(Geoparser):
    """Place mentions in Russian and Ukrainian text; a place is chosen among a name's readings as in English
    (see :meth:`Geoparser._choose`)."""

    def cyrillic_mentions(self, article_id: str, text: str, ws: list[Word],
                          entities: list[tuple[int, int, str]]) -> list[Mention]:
        blocked = [(a, b) for a, b, kind in entities if kind in ("PER", "ORG")]
        blocked += [(ws[i + 1].start, ws[i + 1].end) for i, w in enumerate(ws[:-1])
                    if w.lemma in _TITLES and not _has(ws[i + 1].tag, "ADJF")]  # not "глава Брянской области"
        blocked += [(w.start, w.end) for i, w in enumerate(ws) if i and ws[i - 1].text in _QUOTES]
        spans = [s for run in _runs(ws, blocked) for s in self._spans(run, ws)]
        spans += self._regions(ws, spans)
        countries = _article_countries(spans)
        spans += self._transliterated(ws, spans, blocked, countries)
        out = []
        for span in sorted(spans, key=lambda s: s.start):
            match = self._choose(span, countries)
            if match is not None:
                role = "metonymy" if _metonymy(text, span.start) else "location"
                out.append(Mention(article_id, span.start, span.end, text[span.start:span.end], match.place,
                                   match.method, match.score, role))
        return out

    def _spans(self, run: list[Word], ws: list[Word]) -> list[Span]:
        """The run read whole if the gazetteer knows it, else word by word when every word is a place
        (a person's or organisation's name is not read in parts)."""
        found, i = [], 0
        while i < len(run):  # the longest known name from each word: "Чебоксари | Чуваської Республіки"
            span = next((s for j in range(len(run), i, -1) if (s := self._span(run[i:j], ws))), None)
            if span is None and not _region_words(run[i:i + 2]):
                return []  # a person's or organisation's name is not read in parts
            if span is not None:
                found.append(span)
            i = next((k for k, w in enumerate(run) if w.end >= span.end), len(run)) + 1 if span else i + 1
        return found

    def _span(self, run: list[Word], ws: list[Word]) -> Span | None:
        i = ws.index(run[0])
        after_preposition = _placed_by(ws[max(0, i - 3):i])
        follower = ws[i + len(run)] if i + len(run) < len(ws) else None
        if len(run) == 2 and run[-1].lemma in REGION_NOUNS:  # "Чуваської Республіки"
            readings = _region_reading(run[0], run[-1].lemma)
        elif follower is not None and follower.lemma in REGION_NOUNS and len(run) > 1:
            return None  # "Зеленограді Московської області": the town, then the region, each alone
        elif follower is not None and follower.lemma in REGION_NOUNS:  # "Брянской области", "Алтайском крае"
            readings = [r for w in run[-1:] for r in _region_reading(w, follower.lemma)]
            run = [*run, follower]
        elif len(run) == 1 and _has(run[0].tag, "ADJF") and (not after_preposition or follower is not None and (
                _has(follower.tag, "NOUN") and not follower.capitalised())):
            return None  # "российский", "подмосковных", "на Воткінському заводі": an adjective, not the place
        else:
            readings = [" ".join(p) for p in itertools.islice(
                itertools.product(*(_readings(w, after_preposition) for w in run)), 24)]
        if run[0].lemma in REGION_NOUNS:
            return None  # "Республіки Алєг": a region noun follows its name, it does not open one
        if len(run) == 1 and (len(run[0].text) < 2 or len(run[0].text) == 2 and not run[0].text.isupper()
                              or any(_has(run[0].tag, g) for g in _FUNCTION_WORDS)):
            return None  # "Он", "Об", "К": a capitalised pronoun or preposition
        if len(run) == 1 and not after_preposition and any(_has(run[0].tag, g) for g in ("Surn", "Name", "Patr")):
            return None  # "Ніколаєв": a surname, whatever town shares it
        matches = list({m.place: m for r in readings for m in self.gazetteer.lookup(r)}.values())
        matches.sort(key=lambda m: m.place.level == "city" and m.place.population < _VILLAGE)  # "Крымом"
        opening = i == 0 or ws[i - 1].text in ".!?\n—–-:«\"" or "\n" in ws[i - 1].text
        toponym = any(_has(p.tag, "Geox") for p in run[0].parses)
        if len(run) == 1 and not toponym and not after_preposition and opening and _morph_known(run[0]):
            matches = [m for m in matches if m.place.level == "country"]  # "Сили оборони": a common word
        elif len(run) == 1 and not toponym and not after_preposition and (opening or _morph_known(run[0])):
            # a capitalised common word ("Голова", "24 Каналом") is a place only when big
            matches = [m for m in matches if m.place.level != "city" or m.place.population >= 100_000]
        if not matches:
            return None
        text = " ".join(w.text for w in run)
        return Span(run[0].start, run[-1].end, text, "GPE", matches, at_facility=after_preposition)

    def _transliterated(self, ws: list[Word], spans: list[Span], blocked, countries: set[str]) -> list[Span]:
        """A foreign town spelt in Cyrillic after a preposition or a settlement word ("у місті Воєнс",
        "поблизу міста Шахруд"): close enough in transliteration to a town of a country the article names."""
        out = []
        for i, w in enumerate(ws):
            if not (w.capitalised() and countries and _placed_by(ws[max(0, i - 3):i])) or any(
                    s.start <= w.start < s.end for s in spans) or any(a <= w.start < b for a, b in blocked):
                continue
            if _has(w.tag, "ADJF") or _morph_known(w):
                continue  # "на Воткінському заводі": a word of the language, not a foreign name
            for reading in _readings(w, True)[:3]:
                matches = [m for m in self.gazetteer.fuzzy(reading, countries=countries) if m.place.level == "city"]
                if matches:
                    out.append(Span(w.start, w.end, w.text, "GPE", matches[:1], at_facility=True))
                    break
        return out

    def _regions(self, ws: list[Word], spans: list[Span]) -> list[Span]:
        """Elliptical lists: "Брянской и Белгородской областями", "Київській, Житомирській областях"."""
        out = []
        for i, w in enumerate(ws):
            if not (w.capitalised() and _has(w.tag, "ADJF")) or any(
                    s.start <= w.start < s.end for s in spans):
                continue
            noun = next((x for x in ws[i + 1:i + 8] if x.lemma in REGION_NOUNS), None)
            between = ws[i + 1:ws.index(noun)] if noun else []
            if noun is None or not all(x.capitalised() or x.text in ",и і та" for x in between):
                continue
            for reading in _region_reading(w, noun.lemma):
                if matches := self.gazetteer.lookup(reading):
                    out.append(Span(w.start, w.end, w.text, "GPE", matches))
                    break
        return out


_SETTLEMENT_WORDS = frozenset("""м г с смт пос с-ще город місто село посёлок поселок селище деревня станица пункт
провинция провінція""".split())


def _placed_by(before: list[Word]) -> bool:
    """Whether a name follows a locative preposition, perhaps with a settlement word between ("у м. Дубна",
    "в городе Перми"), or a settlement word alone ("селе Лапсары")."""
    words = [w for w in before if w.text != "."]
    if words and words[-1].lemma in _SETTLEMENT_WORDS | {"город", "місто"}:
        return True
    return bool(words) and words[-1].text.lower() in lex.LOCATIVE


def _morph_known(word: Word) -> bool:
    """Whether the dictionary knows the word as a common word (a capitalised one may be a name)."""
    return any(len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
               and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & p.tag.grammemes for p in word.parses[:1])


def _region_words(words: list[Word]) -> bool:
    """A region noun, or an adjective before one: "Республіки", "Чуваської Республіки"."""
    return any(w.lemma in REGION_NOUNS for w in words[:2]) and (
        words[0].lemma in REGION_NOUNS or _has(words[0].tag, "ADJF"))


def _metonymy(text: str, start: int) -> bool:
    """"со стороны Киева": a capital standing for its government."""
    return text[max(0, start - 12):start].lower().rstrip().endswith(_METONYMY_BEFORE)


# -- claims --------------------------------------------------------------------------------------------


def _in_sentence(ws: list[Word], sent: Sentence) -> list[Word]:
    return [w for w in ws if sent.start <= w.start < sent.end]


def _facility(sw: list[Word], military: bool) -> Word | None:
    """The facility noun of a sentence that names arms or, in an article about arms, a plant."""
    armed = any(w.lemma in lex.PRODUCT or w.lemma in lex.MILITARY for w in sw)
    for w in sw:
        if w.lemma in lex.FACILITY and (armed or military and lex.FACILITY[w.lemma] in ("plant", "factory")):
            return w
    return None


def _placed_all(text: str, sw: list[Word], inside: list[Mention], noun: Word) -> list[Mention]:
    """The place a locative preposition attaches (see :func:`_placed`) and the places coordinated with it:
    "в Алтайском крае, Ростове-на-Дону, поблизости Москвы и Перми"."""
    first = _placed(sw, inside, noun)
    if first is None:
        return []
    chain = [first]
    last = first
    for m in inside[inside.index(first) + 1:]:
        gap = text[last.end:m.start].strip().lower()
        if not _COORDINATED.fullmatch(gap):
            break
        if not _contains(m.place, last.place):  # "у Крагуєваці, Сербія": the country only says where
            chain.append(m)
        last = m
    return chain


def _contains(outer, inner) -> bool:
    return outer.level == "country" and inner.country_code == outer.country_code and inner.level != "country" or (
        outer.level == "region" and inner.region_code == outer.region_code and inner.level in ("city", "site"))


_COORDINATED = re.compile(r"(?:,|и|і|та|й)?\s*(?:(?:в|у|во|под|під|поблизости|поблизу|около|біля|близ)\s*)?")


def _placed(sw: list[Word], inside: list[Mention], noun: Word) -> Mention | None:
    """The place a locative preposition attaches in the sentence ("в Елабуге", "под Москвой", "у
    Вишневому"), nearest the facility noun; never a place things come from or fly over."""
    located = []
    for m in inside:
        i = next((k for k, w in enumerate(sw) if w.start >= m.start), 0)
        k = i - 1
        while k >= 0 and i - k <= 3 and (_has(sw[k].tag, "ADJF") or sw[k].lemma in _PLACE_WORDS):
            k -= 1  # "на северной окраине Бийска", "поблизу населеного пункту Котлубань"
        preposition = sw[k].text.lower() if k >= 0 else ""
        if preposition in lex.NOT_LOCATIVE:
            continue
        if any(w.lemma in lex.ANNOUNCING for w in sw[max(0, k - 3):i]):
            continue  # "подписали в Варшаве соглашение", "на форуме в Минске": where it was said
        if preposition in lex.LOCATIVE or (i and sw[i - 1] is noun):
            located.append(m)
    if not located:
        return None
    return min(located, key=lambda m: abs(m.start - noun.start))


_PLACE_WORDS = frozenset("""окраина окраїна околица околиця район территория територія пригород передмістя
окрестность окол окрестности""".split()) | _SETTLEMENT_WORDS


def _verb_reading(w: Word):
    """The verb reading of a word, participles included ("открытый" is also "opened"), if one is classified."""
    return next((p for p in w.parses[:4] if p.normal_form in lex.VERB_CLASS and not _has(p.tag, "NOUN")), None)


def _stage(cls: str, w: Word, sw: list[Word], tag) -> str | None:
    """The status a verb or event noun of class ``cls`` gives, from its aspect, tense and what governs it."""
    tag = tag.grammemes
    i = sw.index(w)
    before = [x.lemma for x in sw[max(0, i - 3):i]]
    negated = any(b in lex.NEGATION for b in before[-2:])
    if cls == "strike":
        return "operational" if negated else "struck"
    if negated:
        return "unknown"
    planned = {"build": "planned", "operate": "planned", "expand": "planned", "convert": "converting",
               "close": "closed", "plan": "planned", "propose": "proposed"}[cls]
    done = {"build": "operational", "operate": "operational", "expand": "expanded", "convert": "converting",
            "close": "closed", "plan": "planned", "propose": "proposed"}[cls]
    ongoing = {"build": "under construction"}.get(cls, done)
    if "NOUN" in tag:  # an event noun: "строительство завода", "планируется строительство"
        if any(b in lex.COMPLETE for b in before):
            return done  # "завершили строительство"
        return planned if any(b in lex.INTEND or b in ("планироваться", "плануватися") for b in before) else ongoing
    if any(b in lex.BEGIN for b in before):
        return ongoing
    if any(b in lex.INTEND for b in before) or any(b in ("будет", "буде", "будут", "будуть") for b in before):
        return planned
    if "INFN" in tag and before and before[-1] in ("мочь", "смочь", "могти", "змогти") and cls in ("build", "operate"):
        return "operational"  # "может создавать до 16 дронов в месяц": what it can make, it makes
    if "INFN" in tag:
        return planned
    if "futr" in tag:
        return planned
    if "perf" in tag and ("past" in tag or "PRTF" in tag or "PRTS" in tag):
        return done
    if "impf" in tag and "past" in tag and cls == "operate" and "VERB" in tag:
        return None  # "фабрика выпускала мебель": what it used to make is background, not the news
    if "impf" in tag:
        return ongoing
    return done if "past" in tag else None


def _status(sw: list[Word], noun: Word) -> tuple[str, str | None]:
    """A strike anywhere in the sentence, else the news: the classified word nearest the facility noun,
    outside a clause that describes the plant ("завод, где собирают ракеты"). New buildings or lines built
    at a plant expand it."""
    found = []
    governing = _governing(sw, noun)
    for i, w in enumerate(sw):
        verb = _verb_reading(w)
        cls = lex.VERB_CLASS.get(verb.normal_form) if verb else None
        described = i and sw[i - 1].text.lower() in ("по", "з", "із", "для")  # "завод по производству дронов"
        cls = cls or (lex.EVENT_NOUNS.get(w.lemma) if w is not noun and not described else None)
        if cls and (stage := _stage(cls, w, sw, verb.tag if verb else w.tag)):
            if cls in ("build", "operate") and stage in ("operational", "under construction") and any(
                    x.lemma in lex.NEW_PARTS for x in sw[i + 1:i + 6]):
                stage = "expanded"  # "начали строить новые здания", "ввели в эксплуатацию два новых корпуса"
            found.append((cls != "strike", w not in governing, _in_relative_clause(sw, noun, w),
                          abs(w.start - noun.start), stage, w.text))
    if not found:
        return "unknown", None
    *_, stage, cue = min(found)
    return stage, cue


def _weapons(sw: list[Word]) -> list[Word]:
    """What strikes in the sentence, not what the plant makes: the subject of a strike verb ("дроны
    атаковали"), its instrument ("атакован дронами") and what an attack is of ("атака дронов")."""
    strikes = [i for i, w in enumerate(sw) if (lex.VERB_CLASS.get(v.normal_form) if (v := _verb_reading(w)) else
                                                lex.EVENT_NOUNS.get(w.lemma)) == "strike"]
    if not strikes:
        return []
    out = []
    for i, w in enumerate(sw):
        if w.lemma not in lex.PRODUCT:
            continue
        case = w.tag.grammemes if w.tag is not None else frozenset()
        if "ablt" in case or "nomn" in case and any(0 < j - i <= 3 for j in strikes) or i - 1 in strikes:
            out.append(w)
    return out


def _governing(sw: list[Word], noun: Word) -> list[Word]:
    """The words above the facility noun in the parse, nearest first (Russian only: Ukrainian has no parse)."""
    by_start = {w.start: w for w in sw}
    out, w = [], noun
    while w.head is not None and w.head in by_start and len(out) < 4:
        w = by_start[w.head]
        out.append(w)
    return out


def _in_relative_clause(sw: list[Word], noun: Word, w: Word) -> bool:
    """Whether ``w`` follows a relative word after the noun within its clause ("завод, где собирают")."""
    lo, hi = sorted((sw.index(noun), sw.index(w)))
    clause = [x.text.lower() for x in sw[lo:hi]]
    opened = max((k for k, x in enumerate(clause) if x in lex.RELATIVE), default=None)
    return opened is not None and "," not in clause[opened:]


_ORGANISATION = re.compile(r"«([^»]{2,40})»|\b([А-ЯЁІЇЄҐ]{2,6})\b")


def _organisation_for(name: str | None, before: str, language: str) -> str | None:
    """"по данным агентства", "повідомили в компанії", "за словами співрозмовника": the organisation the
    article named before (in quotes, or as an acronym: «Слобожанська броня», ЦТАК, СБУ)."""
    if not name or " " in name or not name[:1].islower():
        return name
    parses = _morph(language).parse(name)
    if not parses or parses[0].normal_form not in lex.GENERIC_SPEAKERS:
        return name
    found = [m.group(1) or m.group(2) for m in _organisation_matches(before)]
    return found[-1] if found else name


def _organisation_matches(text: str):
    return [m for m in _ORGANISATION.finditer(text) if not (m.group(2) and set(m.group(2)) <= set("ІХVXL"))]


def _addressee(word: str, language: str) -> bool:
    """Whether a word after a reporting verb is whom it was said to ("изданию", "журналистам")."""
    parses = _morph(language).parse(word.strip(",.«»\""))
    return bool(parses) and word[:1].islower() and _has(parses[0].tag, "datv")


def _source(sent: Sentence, language: str) -> str | None:
    """The source a reporting phrase names: "по данным Минздрава", "повідомили в Укроборонпромі",
    "заявил министр обороны Сергей Шойгу", or the subject before "сообщил"."""
    lower = sent.text.lower()
    for phrase in lex.SOURCE_BEFORE:
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lower)
        if m is None:
            continue
        tail = sent.text[m.end():].split()
        if tail and _addressee(tail[0], language):  # "сообщил изданию «Федерал пресс» замглавы X": X speaks
            tail = _after_outlet(tail[1:])
        after = _name_words(tail)
        if after:
            return after
        before = re.split(r"[,.;:—–\-]\s", sent.text[:m.start()].strip())[-1].split()
        if 0 < len(before) <= 6 and before[0][:1].isupper() and before[0].lower() not in _NOT_NAMES:
            return " ".join(before)
    return None


_NOT_NAMES = frozenset("как як об про это це так там тут".split())


def _after_outlet(tokens: list[str]) -> list[str]:
    """The words after an outlet's name ("«Федерал пресс» заместитель губернатора" -> "заместитель ...")."""
    if tokens and tokens[0][:1] in _QUOTES:
        end = next((k for k, t in enumerate(tokens) if t.rstrip(",.").endswith(("»", "\"", "”"))), len(tokens))
        return tokens[end + 1:]
    return tokens[1:] if tokens and tokens[0][:1].isupper() else tokens


def _person_ahead(tokens: list[str]) -> bool:
    """Whether a first name and surname (two capitalised words) come before the clause ends."""
    for a, b in itertools.pairwise(tokens):
        if a[:1].isupper() and b[:1].isupper():
            return True
        if a.endswith((",", ".", ";", ":")):
            return False
    return False


def _name_words(tokens: list[str]) -> str | None:
    """The name that opens ``tokens``: up to the first punctuation or a word that starts another phrase; a
    role named by its organisation in quotes is the organisation ("российский разработчик и производитель
    дронов «Робоавиа»")."""
    name = []
    for token in tokens:
        ended = token.rstrip(",.;:!?)")  # a closing quote does not end the name: «Стратегія ХХІ» Павло Лакійчук
        bare = ended.strip("«»\"“”(")
        if not name and bare.lower() in ("в", "у", "во"):  # "повідомили в Укроборонпромі"
            continue
        if bare.lower() in _CONJUNCTIONS and name and _person_ahead(tokens[len(name) + 1:len(name) + 7]):
            name.append(bare)  # "министр промышленности и торговли Татарстана Ринат Хайруллин"
            continue
        if bare.lower() in lex.NAME_STOPS or not bare:
            break
        name.append(bare)
        if ended != token or len(name) == 10:
            break
    clause = " ".join(tokens[:14]).split(",")[0]
    quoted = re.search(r"«([^»]{2,40})»\s*(?:\(|$)", clause)
    if name and quoted and name[0][:1].islower() and not re.search(r"\b[А-ЯЁІЇЄҐA-Z]", clause[:quoted.start()]):
        return quoted.group(1)
    return " ".join(name) or None


_MONTHS = ("январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|"
           "травн|черв|лип|серп|верес|жовт|листопад|груд")
_DAY = re.compile(rf"\b(\d{{1,2}})\s+(?:{_MONTHS})\w*(?:\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b((?:{_MONTHS})\w*)\s+(\d{{4}})", re.I)
_MONTH_STEMS = _MONTHS.split("|")


def _month_number(word: str) -> int:
    """1-12 for a month name in Russian or Ukrainian, in any case."""
    lower = word.lower()
    index = next(i for i, stem in enumerate(_MONTH_STEMS) if re.match(stem, lower))
    return index % 12 + 1


_YEAR = re.compile(r"\b(?:в|у)\s+(20\d\d|19\d\d)\s+(?:году|році|г\.|р\.)", re.I)


def _date(text: str, language: str, published: str | None) -> str | None:
    """A day ("23 апреля", "5 травня 2024") or a year ("в 2023 году") the sentence gives."""
    if (m := _DAY.search(text)) and not re.search(r"(?:имени|імені)\s*$", text[:m.start()]):  # "завод имени 11 февраля"
        from dateparser.date import DateDataParser

        base = dt.datetime.fromisoformat(published) if published else None
        found = DateDataParser(languages=[language], settings={"PREFER_DATES_FROM": "past",
                                                               **({"RELATIVE_BASE": base} if base else {})})
        data = found.get_date_data(m.group())
        if data and data.date_obj:
            return data.date_obj.date().isoformat()
    lower = text.lower()
    if published and (relative := next((en for phrase, en in lex.RELATIVE_DATES if phrase in lower), None)):
        return _relative(relative, dt.date.fromisoformat(published))  # "минулого тижня": last week
    if m := _MONTH_YEAR.search(text):
        return f"{m.group(2)}-{_month_number(m.group(1)):02d}"
    if m := _YEAR.search(text):
        return m.group(1)
    return None


def extract_claims(article_id: str, text: str, language: str, ws: list[Word], mentions: list[Mention],
                   published: str | None, publisher: str | None) -> list[Claim]:
    sents = sentences(text)
    military = sum(w.lemma in lex.PRODUCT for w in ws[:1500]) >= 3
    own = f"{publisher} (own reporting)" if publisher else None
    named = [_organisation_for(name, text[:s.start] + s.text[:max(s.text.find(name), 0)], language)
             if (name := _source(s, language)) else None for s in sents]
    sources = [(name or own, sentence) for name, sentence in spread_sources(sents, named, None)]
    claims: list[Claim] = []
    for sent, (attribution, source_sentence) in zip(sents, sources, strict=True):
        sw = _in_sentence(ws, sent)
        noun = _facility(sw, military) if not sent.text.rstrip(" »\"”").endswith("?") else None  # a question
        if noun is None:
            continue
        inside = [m for m in mentions if sent.start <= m.start < sent.end and m.role == "location"]
        places = _placed_all(text, sw, inside, noun)
        begins = _paragraph_start(sents, sent)
        previous = next((c for c in reversed(claims) if c.evidence_start >= begins), None)
        if not places and previous is None:  # "Дрони атакували Чебоксари. Під атакою опинився місцевий завод."
            places = [m for m in mentions if begins <= m.start < sent.start and m.role == "location"
                      and m.place.level in ("city", "site")][-1:]
        if not places and previous is None:
            continue
        status, cue = _status(sw, noun)
        weapons = _weapons(sw)
        products = list(dict.fromkeys(lex.PRODUCT[w.lemma] for w in sw if w.lemma in lex.PRODUCT and w not in weapons))
        kind = f"{products[0].rstrip('s') + ' ' if products else ''}{lex.FACILITY[noun.lemma]}"
        for place in places or [None]:
            where = place.place if place else previous.place
            if status == "unknown" and (told := _told_before(claims, where, products)):
                status, cue = told.status, told.status_cue  # "строят пять заводов ... Они расположены в X"
            claims.append(Claim(
                article_id=article_id, place=where, precision=_precision(where.level),
                surface=place.surface if place else previous.surface, kind=kind, products=products,
                status=status, capacity=None, operators=[where.country_code],
                event_date=_date(sent.text, language, published), attribution=attribution,
                evidence=sent.text.strip(), evidence_start=sent.start, evidence_end=sent.end,
                confidence=round(0.5 + 0.2 * bool(place) + 0.2 * (status != "unknown") + 0.1 * bool(products), 2),
                status_cue=cue, source_sentence=source_sentence))
    return claims


def _told_before(claims: list[Claim], where, products: list[str]) -> Claim | None:
    """An earlier claim of the article about plants making the same things in a region or country holding
    ``where``: a later sentence that only locates them keeps the status it gave."""
    return next((c for c in reversed(claims) if c.status != "unknown" and _contains(c.place, where)
                 and (not products or not c.products or set(products) & set(c.products))), None)


def _paragraph_start(sents: list[Sentence], sent: Sentence) -> int:
    return min(s.start for s in sents if s.paragraph == sent.paragraph)


def _precision(level: str) -> str:
    return {"site": "site", "city": "city", "region": "region"}.get(level, "country")


def analyse(parser: CyrillicGeoparser, article) -> tuple[list[Mention], list[Claim]]:
    """Place mentions and claims of a Russian or Ukrainian article."""
    ws, entities = read(article.text, article.language)
    mentions = parser.cyrillic_mentions(article.id, article.text, ws, entities)
    return mentions, extract_claims(article.id, article.text, article.language, ws, mentions, article.published,
                                    article.publisher)

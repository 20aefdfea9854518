"""Place names in Russian and Ukrainian text, resolved through the nominative readings of their words ("в
Елабуге" -> Елабуга, "Брянской области" -> Брянская область, "у Вишневому" -> Вишневе), the Ukrainian spellings
of Russian names, and, for a foreign town spelt in Cyrillic, its transliteration."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from unidecode import unidecode

from . import cyrillic_lexicon as lex
from .cyrillic_text import (
    CONJUNCTIONS,
    QUOTES,
    REGION_NOUNS,
    SETTLEMENT_WORDS,
    Word,
    common_word,
    has,
    in_dictionary,
    known_word,
    placed_by,
    state_of,
)
from .geoparse import Geoparser, Span, _article_countries, _inside, known_places
from .names import normalize
from .records import Mention, Place
from .sites import distinctive_words, known_sites, latin_key, sites_by_latin_key

_TITLES = frozenset("""министр міністр президент губернатор глава голова мэр мер замглавы депутат генерал
полковник командующий командувач директор гендиректор спикер речник представитель представник канцлер
віцеканцлер премьер прем'єр лідер""".split())
_TOWN_HEADS = frozenset("мэр мер голова глава".split())  # "мэр Тулы", "голови Таганрога": a town's head
_METONYMY_BEFORE = ("со стороны", "з боку")
_FUNCTION_WORDS = ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP", "NUMR")
_VILLAGE = 10_000  # a namesake this small loses to a region of the same name
_TOWN_WORDS = SETTLEMENT_WORDS - {"провинция", "провінція"}  # unless a word says it is a town
_ACRONYM = 4  # letters at most of an upper-case acronym: a country ("США", "КНДР") but no town ("ГРАУ")
_TOWN = 50_000  # the least a town must have for its adjective, in lower case, to place a plant
_STATE_WORDS = frozenset("штат".split())
_FEDERATION = frozenset({"US"})  # where a "штат" is, if the article names no country: in arms news, mostly there
_ORGANISATIONS = lex.GENERIC_SPEAKERS | frozenset("""агенция агенція группа група холдинг корпорация корпорація
телеканал газета журнал канал фирма фірма бренд""".split())
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]+")
_BIG_TOWN = 100_000  # a town the dictionary also knows as a word ("Голова") is read only when this big


def _readings(word: Word, any_gender: bool) -> list[str]:
    """The word as written and its nominative readings ("Брянской" -> брянская, брянский); an adjective
    after a locative preposition also in every gender ("у Вишневому" -> вишневе), as towns are named."""
    out = []
    # a name is seldom a dative: "в Самару", "атаковали Самару" are Самара, not Самар
    for parse in sorted(word.parses[:4], key=lambda p: (not has(p.tag, "Geox"), has(p.tag, "datv"))):
        nominative = parse.inflect({"nomn"})
        out += [nominative.word if nominative else parse.normal_form, parse.normal_form]
        if any_gender and has(parse.tag, "ADJF"):
            out += [f.word for g in ("masc", "femn", "neut") if (f := parse.inflect({"nomn", "sing", g}))]
    lower = word.text.lower()
    out += [lower[:-len(end)] + new for end, news in _ENDINGS if lower.endswith(end) and len(lower) > len(end) + 3
            for new in news]  # names the dictionary lacks: "Воткінську" -> воткінськ, "Дубні" -> дубна
    if _ACCUSATIVE.search(lower):
        out.append(lower[:-1] + "а")  # a feminine name as an object: "атакували Єлабугу" -> єлабуга
    out.append(lower)
    return list(dict.fromkeys([*out, *(r.translate(_UK_TO_RU) for r in out)]))  # "єлабуга" as Russian spells it


# Case endings of nouns the dictionaries do not know, and the nominative endings they may stand for.
# "Єлабузі" -> Єлабуга, "Празі" -> Прага; "у Торопці" -> Торопець (the vowel a case drops)
_ENDINGS = (("зі", ("га",)), ("ці", ("ка", "ець", "ец")), ("сі", ("ха",)),
            ("і", ("", "а", "я", "ь")), ("ї", ("я",)), ("у", ("",)), ("ю", ("ь", "я")), ("ом", ("",)),
            ("ем", ("ь",)), ("ою", ("а",)), ("ею", ("я",)), ("е", ("а", "")), ("а", ("",)), ("и", ("а", "")),
            ("ах", ("и",)), ("ому", ("",)))  # "Челнах" -> челни, "Сергієвому" -> сергієв


_ACCUSATIVE = re.compile(r"[бвгґдзклмнпрстфхцчшщ]у$")  # a noun's, not an adjective's ("-ому", "-ую")


def _heading(after: list[Word]) -> bool:
    """Whether the words after a name close a bold heading: "**", perhaps after a full stop or colon."""
    words = [w.text for w in after]
    return words[:1] == ["**"] or words[:1] in ([":"], ["."]) and words[1:2] == ["**"]


def _region_reading(adjective: Word, noun: str) -> list[str]:
    """"Брянской области", "Полтавській, Сумській областях": the adjective in the noun's gender."""
    gender = "femn" if noun in ("область", "республика", "республіка", "федерация", "федерація") else "masc"
    forms = [f.word for p in adjective.parses[:4] if has(p.tag, "ADJF") and (f := p.inflect({"nomn", "sing", gender}))]
    stem = re.sub(r"(?:ій|ої|у|ою|ому|ого|ім|им|ой|ую|ая|ом|ому|ого|ым)$", "", adjective.text.lower())
    forms.append(stem + ("а" if gender == "femn" else "ий"))  # an adjective the dictionary lacks: "Житомирській"
    forms.append(adjective.text.lower())  # already in the nominative: "Сумська область"
    readings = [f"{a} {noun}" for f in forms for a in (f, *_russian_spellings(f))]
    # a region named for its centre, spelt as no region is: "Володимирській області" -> Володимир's region
    stem = _town_adjective_stem(adjective)
    return list(dict.fromkeys(readings + [f"{town} {noun}" for town in (_towns_of_stem(stem) if stem else [])]))


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})
_DOUBLED_S = re.compile(r"(?<=о)с(?=[иіі])")  # Ukrainian "Росія", "Новоросійськ": Russian "Россия", "Новороссийск"


def _russian_forms(readings: list[str]) -> list[str]:
    """How Russian spells a Russian town the Ukrainian text writes its own way, for names read no other way: the
    Ukrainian "и" is a Russian "ы" ("Сизрань": Сызрань), the "сс" of "росс" is one "с" ("Новоросійськ") and "олекс" is
    "алекс" ("Олександров")."""
    out = []
    for r in readings:
        if "и" in r:
            out.append(r.replace("и", "ы").translate(_UK_TO_RU))
        if _DOUBLED_S.search(r):
            out.append(_DOUBLED_S.sub("сс", r).translate(_UK_TO_RU))
        if r.startswith("олекс"):  # "олександров": Александров, "олексин": Алексин
            out += ["алекс" + r[5:].translate(_UK_TO_RU), "алекс" + r[5:].replace("и", "ы").translate(_UK_TO_RU)]
        if " " in r:  # "великі луки": Великие Луки, "набережні челни": Набережные Челны
            out += [" ".join(p) for p in itertools.product(*map(_russian_words, r.split()))]
    return [r for r in dict.fromkeys(out) if r not in readings]


def _russian_words(word: str) -> list[str]:
    """A word of a Ukrainian name of several words as Russian may spell it: a plural adjective's "і" is "ие" or
    "ые" ("великі": великие), an "и" is a "ы" ("челни": челны)."""
    forms = [word.translate(_UK_TO_RU), word.replace("и", "ы").translate(_UK_TO_RU)]
    if word.endswith("і") and len(word) > 4:
        forms += [word[:-1] + "ие", word[:-1] + "ые"]
    return list(dict.fromkeys(forms))


def _russian_spellings(adjective: str) -> list[str]:
    """The Russian spelling, and the same with the Ukrainian "і" of a closed syllable as the Russian "о" it
    stands for ("іванівська" -> "ивановская"), or with the "з" of a "г" kept ("оренбурзька" -> "оренбургская")."""
    russian = _russian_spelling(adjective)
    return [russian, re.sub(r"ив(?=ск)", "ов", russian), re.sub(r"жск", "гск", russian)]  # "оренбурзька"


def _russian_spelling(adjective: str) -> str:
    """A Ukrainian region adjective as Russian spells it, as GeoNames lists Russian regions: "московська"
    -> "московская", "бєлгородська" -> "белгородская", "калузька" -> "калужская"."""
    for uk, ru in (("зька", "жская"), ("зький", "жский"), ("ська", "ская"), ("цька", "цкая"), ("ський", "ский"),
                   ("цький", "цкий")):
        if adjective.endswith(uk):
            adjective = adjective[:-len(uk)] + ru
    return adjective.translate(_UK_TO_RU)


# A name some Ukrainian outlets write in lower case on purpose ("у росії").
_LOWER_CASED = frozenset({"росія"})


def _person(words: list[Word], place: Span) -> bool:
    """Whether the words after a place are a person's given name and surname: two or three words after a country
    or region ("міністр економіки Данії Мортен Бьодсков")."""
    return len(words) in (2, 3) and all(m.place.level in ("country", "region") for m in place.matches)


def _runs(ws: list[Word], blocked: list[tuple[int, int]]) -> list[list[Word]]:
    """Runs of capitalised words outside people's and organisations' names and quotes, without a common word
    capitalised only because it opens the sentence ("Правительство России")."""
    runs: list[list[Word]] = []
    for i, w in enumerate(ws):
        free = (w.capitalised() or w.lemma in _LOWER_CASED) and w.text.lower() not in (
            lex.LOCATIVE | lex.NOT_LOCATIVE | CONJUNCTIONS)
        free = free and not any(a <= w.start < b for a, b in blocked)
        opening = i == 0 or ws[i - 1].text in ".!?—–-"  # also after a dateline: "INTERFAX.RU - Правительство"
        if free and opening and known_word(w) and not has(w.tag, "ADJF") and i + 1 < len(ws) and (
                ws[i + 1].capitalised()):
            continue
        # "біля Твері СБУ": an acronym after a name (or a name after one) opens another name
        if free and runs and runs[-1][-1] is ws[i - 1] and _acronym(w) == _acronym(ws[i - 1]) if i else False:
            runs[-1].append(w)
        elif free:
            runs.append([w])
    return runs


# Nouns a site's name follows: a facility, or a base or object ("о военных базах Модаррес и Ходжир").
_SITE_BEFORE = set(lex.FACILITY) | {"база", "объект", "об'єкт", "обʼєкт"}
_COMPASS = frozenset("""северный южный западный восточный центральный північний південний західний східний
центральний західній східній""".split())  # and the soft-stem forms the dictionary gives


def _compass(words: list[Word]) -> bool:
    """Whether a point of the compass opens a place's name that is not one on its own ("Западной Украине",
    "Центральній Болгарії"; "Северная Корея" is read whole first; "в Южном Одесской области" is a town's)."""
    return len(words) == 2 and words[0].lemma in _COMPASS and words[1].capitalised() and not has(words[1].tag, "ADJF")


def _acronym(w: Word) -> bool:
    return len(w.text) > 1 and w.text.isupper()


# The gazetteer has the Cyrillic names of these countries' towns: a name it lacks is a village it lacks, and the
# nearest spelling is another town ("у Котлубані" is no misspelt Kolyvan).
_CYRILLIC_NAMED = frozenset({"RU", "UA", "BY"})


class CyrillicGeoparser(Geoparser):
    """Place mentions in Russian and Ukrainian text; a place is chosen among a name's readings as in English
    (see :meth:`Geoparser._choose`)."""

    def cyrillic_mentions(self, article_id: str, text: str, ws: list[Word],
                          entities: list[tuple[int, int, str]]) -> list[Mention]:
        blocked = [(a, b) for a, b, kind in entities if kind in ("PER", "ORG")]
        blocked += [(ws[i + 1].start, ws[i + 1].end) for i, w in enumerate(ws[:-1])
                    if w.lemma in _TITLES and not has(ws[i + 1].tag, "ADJF")]  # not "глава Брянской области"
        # a word after a quote opens a name ("завод «Море»"), not when its region follows ("«Алексін Тульської
        # області атакують»": a quoted report)
        blocked += [(w.start, w.end) for i, w in enumerate(ws) if i and ws[i - 1].text in QUOTES and not (
            i + 2 < len(ws) and ws[i + 2].lemma in REGION_NOUNS and self._region_after(ws, i + 1))]
        blocked += _named_after(ws)
        # a Latin name after a word for an organisation is its name: "агенції Janes", "видання Forbes"
        blocked += [(w.start, w.end) for i, w in enumerate(ws) if i and ws[i - 1].lemma in _ORGANISATIONS
                    and _LATIN_NAME.fullmatch(w.text)]
        spans = [s for run in _runs(ws, blocked) for s in self._spans(run, ws)] + self._titles_places(ws)
        regions = self._regions(ws, spans)
        spans = [s for s in spans if not any(r.start <= s.start < r.end for r in regions)] + regions
        sites = self._sites(article_id, text, ws)
        sites += [m for m in self._quoted_sites(article_id, text, ws) if not any(m.start < s.end and s.start < m.end
                                                                                for s in sites)]
        spans = [s for s in spans if not any(m.start <= s.start < m.end for m in sites)]
        sites += self._latin_sites(article_id, text, ws, spans, sites)
        spans = [s for s in spans if not any(m.start <= s.start < m.end for m in sites)]
        spans += self._plant_towns(ws, spans + [Span(m.start, m.end, m.surface, "SITE") for m in sites])
        spans += self._openings_named_elsewhere(ws, spans, blocked)
        named = _article_countries(spans)
        # among namesakes in several countries, those whose adjective is used count as named ("австрийская
        # компания" ... "в Линце": Linz, not Leeds); they admit no place of their own
        adjectives = named | {code for w in ws if (code := state_of(w))}
        respelled = self._transliterated(ws, spans, blocked + [(m.start, m.end) for m in sites], named, adjectives)
        spans = [s for s in spans if not any(r.start == s.start for r in respelled)] + [r for r in respelled
                                                                                          if r.matches]
        _chain_regions(text, spans)
        known = known_places(spans, sites)  # "в поселке Лесной ... Рязанской области": Ryazan's Lesnoy
        out = list(sites)
        for span in sorted(spans, key=lambda s: s.start):
            countries = adjectives if len({m.place.country_code for m in span.matches}) > 1 else named
            match = self._choose(span, countries, known)
            if match is not None:
                role = "metonymy" if _metonymy(text, span.start) or (
                    match.place.level == "city" and _government_acts(ws, span)) else "location"
                out.append(Mention(article_id, span.start, span.end, text[span.start:span.end], match.place,
                                   match.method, match.score, role))
        return self.towns_of_sites(text, sorted(out, key=lambda m: m.start))

    def _sites(self, article_id: str, text: str, ws: list[Word]) -> list[Mention]:
        """Known sites named in Russian or Ukrainian in any case ("на Казанском пороховом заводе"), with the
        region of their town (see :meth:`Geoparser._site_mentions`)."""
        out = []
        ws = _site_name_words(ws)
        for i in range(len(ws)):
            if out and ws[i].start < out[-1].end:
                continue  # inside the name just read ("судостроительный завод «Море»" holds "завод «Море»")
            for stems, place in _site_stems().get(_stem(ws[i].text, 3), ()):
                words = ws[i:i + len(stems)]
                if len(words) == len(stems) and all(_fits(w, k) for w, k in zip(words, stems, strict=True)):
                    out.append(self.site_mention(article_id, text, words[0].start, words[-1].end, place))
                    break
        return out

    def _quoted_sites(self, article_id: str, text: str, ws: list[Word]) -> list[Mention]:
        """A known site by the one word of its name that no other site shares, after a facility noun ("завод
        «Пелла»" of "судостроительное предприятие Пелла"); never a common word ("завод «Горка»")."""
        out = []
        words = distinctive_words()
        ws = _site_name_words(ws)
        for noun, name in itertools.pairwise(ws):
            place = words.get(name.text)
            if noun.lemma in lex.FACILITY and place and not common_word(name.text):
                out.append(self.site_mention(article_id, text, name.start, name.end, place))
        return out

    def _latin_sites(self, article_id: str, text: str, ws: list[Word], spans: list[Span],
                     sites: list[Mention]) -> list[Mention]:
        """A known site by a word of its Latin name spelt in Cyrillic, where a plant's name or place stands:
        after a facility noun or a locative preposition, or next in a list of such ("о базах Модаррес и Ходжир",
        "расширение производства в Ходжире"). Not a word written in Latin ("в Defense Express" is an outlet),
        nor one the dictionary knows (a surname: "директор завода Макаров"; "Сатурн"), nor a place already
        read."""
        out: list[Mention] = []
        keys = sites_by_latin_key()
        for i, w in enumerate(ws):
            listed = i > 1 and out and out[-1].end == ws[i - 2].end and ws[i - 1].text in (",", "и", "і", "та")
            before = ws[i - 1] if i else None  # not a settlement's abbreviation: "встретился с Модарресом"
            if not (w.capitalised() and not w.text.isascii() and before is not None and (
                    listed or before.lemma in _SITE_BEFORE or before.text.lower() in lex.LOCATIVE)
                    ) or in_dictionary(w) or any(s.start <= w.start < s.end for s in spans) and (
                    before.lemma not in _SITE_BEFORE) or any(m.start <= w.start < m.end for m in sites):
                # a town right after a plant's noun may be the plant's name: "завод Воткінська"
                continue
            place = next((keys[k] for r in _readings(w, False)[:3] if (k := latin_key(r)) in keys), None)
            if place is not None:
                out.append(self.site_mention(article_id, text, w.start, w.end, place))
        return out

    def _spans(self, run: list[Word], ws: list[Word]) -> list[Span]:
        """The run read whole if the gazetteer knows it, else word by word when every word is a place
        (a person's or organisation's name is not read in parts)."""
        found, i = [], 0
        end = ws.index(run[-1]) + 1
        words = run + ws[end:end + 1]  # with the word after: "Лесной | Шиловского района"
        while i < len(run):  # the longest known name from each word: "Грозний | Чеченської Республіки"
            span = next((s for j in range(len(run), i, -1) if (s := self._span(run[i:j], ws))), None)
            if span is None and found and _person(run[i:], found[-1]):
                return found  # "Прем'єр-міністр Польщі Дональд Туск": the country, then its leader's name
            if span is None and not _region_words(words[i:i + 2]) and not _compass(run[i:i + 2]):
                return []  # a person's or organisation's name is not read in parts
            if span is not None:
                found.append(span)
            i = next((k for k, w in enumerate(run) if w.end >= span.end), len(run)) + 1 if span else i + 1
        return found

    def _span(self, run: list[Word], ws: list[Word], named_elsewhere: bool = False) -> Span | None:
        i = ws.index(run[0])
        after_preposition = placed_by(ws[max(0, i - 3):i]) or _listed_after_preposition(ws, i)
        follower = ws[i + len(run)] if i + len(run) < len(ws) else None
        if len(run) == 2 and run[-1].lemma in REGION_NOUNS:  # "Чеченської Республіки"
            readings = _region_reading(run[0], run[-1].lemma)
        elif follower is not None and follower.lemma in REGION_NOUNS and len(run) > 1:
            return None  # "Рибінську Ярославської області": the town, then the region, each alone
        elif follower is not None and follower.lemma in REGION_NOUNS:  # "Брянской области", "Алтайском крае"
            readings = [r for w in run[-1:] for r in _region_reading(w, follower.lemma)]
            run = [*run, follower]
        elif len(run) == 1 and has(run[0].tag, "ADJF") and (follower is not None and (
                _agreeing(run[0], follower) and not follower.capitalised())
                or not after_preposition and not (
                _ends_phrase(follower))):
            return None  # "российский", "подмосковных", "на Ковровському заводі", "в Сибирском федеральном
            # округе": an adjective, not the place; but "завод Новочеркаська." is the town's genitive, which reads
            # as an adjective with nothing to qualify
        else:
            readings = [" ".join(p) for p in itertools.islice(
                itertools.product(*(_readings(w, after_preposition) for w in run)), 24)]
        if run[0].lemma in REGION_NOUNS:
            return None  # "Республіки Тимур": a region noun follows its name, it does not open one
        if len(run) == 1 and _compass([run[0], follower] if follower is not None else [run[0]]):
            return None  # "в Центральной Болгарии": a part of the country, not the town Tsentralnyi
        if len(run) == 1 and (len(run[0].text) < 2 or len(run[0].text) == 2 and not run[0].text.isupper()
                              or any(has(run[0].tag, g) for g in _FUNCTION_WORDS)):
            return None  # "Он", "Об", "К": a capitalised pronoun or preposition
        out_of = i > 0 and ws[i - 1].text.lower() in lex.OUT_OF
        if len(run) == 1 and not (after_preposition or out_of) and any(
                has(run[0].tag, g) for g in ("Surn", "Name", "Patr")) and not _town_not_oblique_name(run[0]):
            return None  # "Корольов": a surname, whatever town shares it
        matches = list({m.place: m for r in readings for m in self.gazetteer.lookup(r)}.values()) or list(
            {m.place: m for r in _russian_forms(readings) for m in self.gazetteer.lookup(r)}.values())
        if run[-1].lemma in REGION_NOUNS and any(m.place.level == "region" for m in matches):
            matches = [m for m in matches if m.place.level == "region"]  # "Карачевский район", not Karachev
        if i > 0 and ws[i - 1].lemma in _STATE_WORDS:
            # "у штаті Луїзіана": a federation's state, no town nor district
            matches = [m for m in matches if m.place.level == "region" and not m.place.subdivision]
        settled = i > 0 and ws[i - 1].lemma in _TOWN_WORDS  # "в поселке X": the village, not its district
        matches.sort(key=lambda m: (m.place.level != "city") if settled else (
            m.place.level == "city" and m.place.population < _VILLAGE))  # "Крымом"
        matches = _former_names_last(matches, readings)
        opening = _opens_sentence(ws, i) and not _heading(
            ws[i + len(run):i + len(run) + 2])  # a heading's capital is the name's ("**1. Брянськ.**")
        toponym = any(has(p.tag, "Geox") for p in run[0].parses)
        if len(run) == 1 and run[0].text.isupper() and len(run[0].text) <= _ACRONYM and not (
                opening and follower is not None and follower.text == ","):  # a dateline: "ТУЛА, 3 мая"
            matches = [m for m in matches if m.place.level == "country"]  # "США"; "ГРАУ" is no town Grado
        # a capitalised common word is a place when its region follows it ("Шостка, Сумщина")
        regions = self._region_after(ws, i + 1) if len(run) == 1 and not toponym else set()
        if len(run) == 1 and not toponym and not after_preposition and opening and known_word(run[0]) and not (
                named_elsewhere):
            # "Сили оборони": a common word
            matches = [m for m in matches if m.place.level == "country" or m.place.region_code in regions]
        elif len(run) == 1 and not toponym and not after_preposition and (opening or known_word(run[0])):
            # a capitalised common word ("Голова", "5 Каналом") is a place only when big
            def small(m) -> bool:
                return m.place.level == "city" and m.place.population < _BIG_TOWN and m.place.region_code not in regions

            # nor is the district a small town heads and names ("Кінешма" the town, not its district)
            where_small = {m.place.region_code for m in matches if small(m)}
            matches = [m for m in matches if not small(m) and not (m.place.subdivision and m.place.region_code in
                                                                   where_small)]
        if not matches:
            return None
        text = " ".join(w.text for w in run)
        # a common noun after a preposition ("в День независимости") may be a small town only in a country the
        # article names
        common_noun = len(run) == 1 and not toponym and known_word(run[0]) and has(run[0].tag, "NOUN")
        return Span(run[0].start, run[-1].end, text, "GPE", matches, at_facility=after_preposition and not common_noun)

    def _openings_named_elsewhere(self, ws: list[Word], spans: list[Span], blocked) -> list[Span]:
        """A town opening a sentence as a verb's subject, which the dictionary also knows as a word ("Гомель
        отримав ..." in Ukrainian), when the article names that town elsewhere."""
        named = {s.matches[0].place.geonameid for s in spans if s.matches}
        out = []
        for i, w in enumerate(ws):
            taken = any(s.start <= w.start < s.end for s in spans) or any(a <= w.start < b for a, b in blocked)
            if taken or not (_opens_sentence(ws, i) and w.capitalised()):
                continue
            verb = _word_after(ws, i + 1)
            if verb is None or not has(verb.tag, "VERB"):
                continue  # "Гомель отримав", not "Суми на виробництво зросли" (sums)
            span = self._span([w], ws, named_elsewhere=True)
            if span is not None and span.matches[0].place.geonameid in named:
                out.append(span)
        return out

    def _titles_places(self, ws: list[Word]) -> list[Span]:
        """The country or region a title names ("президент Беларуси", "глава Удмуртии"), or the town a town's
        head heads ("мэр Тулы", "голови Таганрога"): the word after a title is otherwise a person's."""
        out = []
        for title, word in itertools.pairwise(ws):
            # a region only in the genitive: not "главы региона", "министр Владимир", "представитель Татарстан
            # Airlines"
            named = word.capitalised() and has(word.tag, "gent")
            titles = {p.normal_form for p in title.parses[:5]}  # "голови" is read first as a plural noun
            levels = ("country", "region", *(("city",) * bool(titles & _TOWN_HEADS))) if named else ("country",)
            matches = [m for m in self.gazetteer.lookup(word.lemma) if m.place.level in levels] if (
                titles & _TITLES) else []
            if matches:
                out.append(Span(word.start, word.end, word.text, "GPE", matches))
        return out

    def _region_after(self, ws: list[Word], i: int) -> set[str]:
        """The codes of the regions named right after word ``i``: after a comma ("Шостка, Сумщина", "Шостка,
        Сумська область"), or with a region noun ("Мічурінськ Тамбовської області")."""
        comma = i < len(ws) and ws[i].text == ","
        j = i + comma
        if j >= len(ws) or not ws[j].capitalised():
            return set()
        follower = ws[j + 1] if j + 1 < len(ws) else None
        regional = follower is not None and follower.lemma in REGION_NOUNS
        if not (comma or regional):
            return set()
        readings = _region_reading(ws[j], follower.lemma) if regional else _readings(ws[j], False)
        return {m.place.region_code for r in readings for m in self.gazetteer.lookup(r) if m.place.level == "region"}

    def _transliterated(self, ws: list[Word], spans: list[Span], blocked, countries: set[str],
                        adjectives: set[str]) -> list[Span]:
        """A foreign town spelt in Cyrillic after a preposition or a settlement word ("у місті Воєнс",
        "поблизу міста Шахруд"): close enough in transliteration to a town of a country the article names, or
        that an adjective before the settlement word names ("у литовському місті Байшогала"); after a settlement
        word or a plant, a small town too. A town read after a settlement word in no country the article names
        or calls by its adjective is read again so; without a reading there it is no place (a span without
        matches)."""
        out = []
        for i, w in enumerate(ws):
            settled = i > 0 and ws[i - 1].lemma in SETTLEMENT_WORDS
            federal = i > 0 and ws[i - 1].lemma in _STATE_WORDS  # "у штаті Пенсильванія": a state of a federation
            states = {code for x in ws[max(0, i - 3):i - 1] if settled and (code := state_of(x))}
            here = (countries | states or (_FEDERATION if federal else set())) - _CYRILLIC_NAMED
            if out and w.start < out[-1].end or any(a <= w.start < b for a, b in blocked):
                continue
            if settled and (pair := self._town_of_two_words(ws, i, here)) is not None:
                out.append(pair)
                continue
            # a town read already stays, unless a settlement word puts it in no country the article names ("у
            # місті Нура" in a story of Sweden is Nora, not Nur in Iran)
            read = [s for s in spans if s.start <= w.start < s.end]
            foreign = bool(read) and settled and all(s.start == w.start and all(
                m.place.country_code not in adjectives and m.place.population < _BIG_TOWN for m in s.matches)
                for s in read)
            if foreign:
                here, read = adjectives - _CYRILLIC_NAMED, []
            if not (w.capitalised() and here and (federal or placed_by(ws[max(0, i - 3):i]))) or read:
                continue
            if has(w.tag, "ADJF") or known_word(w) and not federal:
                continue  # "на Ковровському заводі": a word of the language, not a foreign name
            small = settled or i > 1 and ws[i - 2].lemma in lex.FACILITY  # "заводу в Байшогалі"
            for reading in (s for r in _readings(w, True)[:3] for s in _english_spellings(r)):
                matches = [m for m in self.gazetteer.fuzzy(reading, countries=here, small=small)
                           if (m.place.level == "region" and not m.place.subdivision if federal
                               else m.place.level == "city")]
                if matches:
                    out.append(Span(w.start, w.end, w.text, "GPE", matches[:1], at_facility=True))
                    break
            else:
                if foreign and here:  # no town of the story's countries: none of another's either
                    out.append(Span(w.start, w.end, w.text, "GPE", [], at_facility=True))
        return out

    def _town_of_two_words(self, ws: list[Word], i: int, countries: set[str]) -> Span | None:
        """A foreign town of two capitalised words after a settlement word, read whole: "в городе Шахин Шахр"
        is Shahin Shahr, not a town called Shahin."""
        w, after = ws[i], ws[i + 1] if i + 1 < len(ws) else None
        if not (countries and after is not None and w.capitalised() and after.capitalised()
                and after.start == w.end + 1):
            return None
        for last in _readings(after, True)[:3]:
            for reading in _english_spellings(f"{w.text} {last}"):
                if matches := [m for m in self.gazetteer.fuzzy(reading, countries=countries, small=True)
                               if m.place.level == "city"]:
                    return Span(w.start, after.end, f"{w.text} {after.text}", "GPE", matches[:1], at_facility=True)
        return None

    def _plant_towns(self, ws: list[Word], spans: list[Span]) -> list[Span]:
        """The town a plant's name is made from: "Казанский вертолётный завод", "Кумертауское авиационное
        предприятие" (a capitalised adjective, then up to three words before the facility noun); or the town of a
        plant named by its town's adjective: "на ульяновском заводе", "брянский химический завод" (a sizeable
        town, at most one word between, so that "на советском заводе" is no town's)."""
        out = []
        for i, w in enumerate(ws):
            named = w.capitalised()
            stem = _town_adjective_stem(w)
            noun = next((k for k, x in enumerate(ws[i + 1:i + (5 if named else 3)]) if x.lemma in lex.FACILITY),
                        None)
            if stem is None or noun is None or any(s.start <= w.start < s.end for s in spans) or state_of(w) or any(
                    has(x.tag, "NOUN") or has(x.tag, "VERB") for x in ws[i + 1:i + 1 + noun]):
                continue  # "Турецька компанія будує завод": a state's firm, not a town's plant
            smallest = _VILLAGE if named else _TOWN
            for reading in _towns_of_stem(stem):
                matches = [m for m in self.gazetteer.lookup(reading)
                           if m.place.level == "city" and m.place.population >= smallest]
                if matches:
                    out.append(Span(w.start, w.end, w.text, "GPE", matches, at_facility=True))
                    break
        return out

    def _regions(self, ws: list[Word], spans: list[Span]) -> list[Span]:
        """Elliptical lists: "Курской и Орловской областями", "Сумській, Полтавській областях"."""
        out = []
        for i, w in enumerate(ws):
            if not (w.capitalised() and has(w.tag, "ADJF")):
                continue
            noun = next((x for x in ws[i + 1:i + 8] if x.lemma in REGION_NOUNS), None)
            between = ws[i + 1:ws.index(noun)] if noun else []
            listed = any(x.text in (",", "и", "і", "та") for x in between)
            if noun is None or not all(x.capitalised() or x.text in ",и і та" for x in between) or (
                    between and not listed):
                continue  # a list, not "в поселке Лесной Шиловского района": a town, then its district
            if not listed and any(s.start <= w.start < s.end for s in spans):
                continue  # a list's first name is its region, though a town has the name ("Курской")
            for reading in _region_reading(w, noun.lemma):
                if matches := self.gazetteer.lookup(reading):
                    out.append(Span(w.start, w.end, w.text, "GPE", matches))
                    break
        return out


# Sounds English writes otherwise than a transliteration of Cyrillic: the "h" of Korean, Persian or Arabic names is
# Cyrillic "х" ("Хічхон", Huichon), their "j" is "дж" ("Ходжир", Khojir).
_ENGLISH_SOUNDS = (("dzh", "j"), ("kh", "h"))


def _english_spellings(reading: str) -> list[str]:
    """A Cyrillic reading, then its transliteration with each sound of ``_ENGLISH_SOUNDS`` spelt as English does."""
    out, latin = [reading], normalize(reading)
    for cyrillic, english in _ENGLISH_SOUNDS:
        if cyrillic in latin:
            latin = latin.replace(cyrillic, english)
            out.append(latin)
    return out


def _chain_regions(text: str, spans: list[Span]) -> None:
    """"У Дзержинському районі Калузької області": a place the region's name follows is in that region, read
    from the last: the district is Kaluga's, so the town before it is too ("в городе Кондрово Дзержинского
    района Калужской области"), and a namesake of the town elsewhere is not it (nor a town of the region spelled
    nearly so: "у селі Березина Житомирського району" is a village the gazetteer lacks)."""
    ordered = sorted(spans, key=lambda s: s.start)
    for here, region in reversed(list(itertools.pairwise(ordered))):
        if not region.matches or text[here.end:region.start].strip():
            continue
        place = next((m for m in region.matches if _inside(m, region.context_countries, region.context_region)),
                     region.matches[0]).place
        if place.level == "region":
            here.context_region, here.context_countries = place.region_code, (place.country_code,)
            if place.subdivision:
                inside = [m for m in here.matches if m.place.region_code == place.region_code]
                here.named_elsewhere, here.matches = bool(here.matches) and not inside, inside


_NAMED_AFTER = {"им": "имени", "ім": "імені"}


def _named_after(ws: list[Word]) -> list[tuple[int, int]]:
    """"завод имени Чкалова", "им. Я. М. Свердлова": the person a plant is named after, who is no place (Chkalov
    was also Orenburg's name), as start and end offsets."""
    out = []
    for i, w in enumerate(ws):
        full = w.text.lower() in ("имени", "імені") and not (i and ws[i - 1].text.lower() in ("от", "від"))
        short = w.text in _NAMED_AFTER and i + 1 < len(ws) and ws[i + 1].text == "."  # "им.", not "им" (them)
        if not (full or short):
            continue  # "от имени Сербии": on Serbia's behalf
        j = i + 1
        while j < len(ws) and (ws[j].text == "." or len(ws[j].text) == 1 and ws[j].text.isupper()):
            j += 1  # initials
        if j < len(ws):
            out.append((ws[j].start, ws[j].end))
    return out


def _site_name_words(ws: list[Word]) -> list[Word]:
    """The words a plant's name is read from: "завод «Залив»" as "завод Залив", "завод им. Я. М. Свердлова" as
    "завод имени Свердлова" (no quotes, initials or abbreviation)."""
    out: list[Word] = []
    for prev, w in zip([None, *ws], ws, strict=False):  # each word and the one before it (none: no text)
        initial = len(w.text) == 1 and w.text.isupper()
        after_short = prev is not None and (len(prev.text) == 1 and prev.text.isupper() or prev.text in _NAMED_AFTER)
        if w.text in QUOTES or initial or w.text == "." and after_short:
            continue
        out.append(replace(w, text=_NAMED_AFTER[w.text]) if w.text in _NAMED_AFTER else w)
    return out


def _former_names_last(matches: list, readings: list[str]) -> list:
    """"Слов'янськ" is also a former name of Nikopol: a first reading whose name sounds nothing like the
    word yields to one of its kind that does."""
    if len(matches) < 2 or not readings:
        return matches
    spoken = unidecode(readings[0]).lower().replace("'", "")

    def like(m) -> float:
        return SequenceMatcher(None, spoken, m.place.name.lower()).ratio()

    better = next((m for m in matches[1:] if m.place.level == matches[0].place.level and like(m) >= 0.7), None)
    # a district shares a town's old name with another district: "Дзержинский район" is Volodarsky's too
    if better is not None and (like(matches[0]) < 0.4 or better.place.level == "region"
                               and like(better) - like(matches[0]) >= 0.25):
        return [better, *(m for m in matches if m is not better)]
    return matches


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


def _agreeing(adjective: Word, follower: Word) -> bool:
    """Whether an adjective reading of the word agrees in case and number with a noun or adjective reading of the
    next ("Брянську вибухи" does not: a town's dative, then blasts)."""
    return any(has(a.tag, "ADJF") and (has(n.tag, "NOUN") or has(n.tag, "ADJF")) and has(a.tag, "plur") == has(
        n.tag, "plur") and any(has(a.tag, c) and has(n.tag, c) for c in _CASES)
        for a in adjective.parses[:4] for n in follower.parses[:4])


def _ends_phrase(follower: Word | None) -> bool:
    """Whether the word after a name ends its phrase: punctuation, the end, or a verb."""
    return follower is None or not follower.text[:1].isalnum() or has(follower.tag, "VERB")


def _region_words(words: list[Word]) -> bool:
    """A region noun, or an adjective before one: "Республіки", "Чеченської Республіки"."""
    return any(w.lemma in REGION_NOUNS for w in words[:2]) and (
        words[0].lemma in REGION_NOUNS or has(words[0].tag, "ADJF"))


def _metonymy(text: str, start: int) -> bool:
    """"з боку Варшави": a capital standing for its government."""
    return text[max(0, start - 12):start].lower().rstrip().endswith(_METONYMY_BEFORE)


def _government_acts(ws: list[Word], span: Span) -> bool:
    """"Варшава планирует закупить", "Москва заявила": a town as the subject of what a government does stands
    for it ("Елабуга выпускает дроны" does not)."""
    verb = _word_after(ws, next((k for k, w in enumerate(ws) if w.start >= span.end), len(ws)))
    first = next((w for w in ws if w.start >= span.start), None)
    return verb is not None and verb.lemma in lex.GOVERNMENT_VERBS and first is not None and any(
        has(p.tag, "nomn") for p in first.parses[:4])


def _town_not_oblique_name(w: Word) -> bool:
    """Whether a word read first as a name in an oblique case is also a town in the nominative or accusative
    ("дроны атаковали Муром": Murom, not "by Mur"); a name alone in such a case is rare."""
    return not has(w.tag, "nomn") and any(has(p.tag, "Geox") and (has(p.tag, "nomn") or has(p.tag, "accs"))
                                          for p in w.parses[:4])


_LIST_ITEMS = 4


def _listed_after_preposition(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` is a later item of a list of names a locative preposition opens ("у Луцьку, Львові та
    Дніпрі"): what the preposition says of the first it says of each."""
    k = i
    for _ in range(_LIST_ITEMS):
        if k < 2 or not (ws[k - 1].text == "," or ws[k - 1].text.lower() in CONJUNCTIONS):
            return False
        k -= 2
        if placed_by(ws[max(0, k - 3):k]):
            return True
    return False


def _word_after(ws: list[Word], i: int) -> Word | None:
    """The first word from ``i`` on that is no adverb or particle: the verb of "Москва уже заявила", "Київ не
    планує"."""
    return next((w for w in ws[i:] if not (has(w.tag, "ADVB") or has(w.tag, "PRCL"))), None)


def _opens_sentence(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` opens a sentence, a line or a quote."""
    return i == 0 or ws[i - 1].text in ".!?\n—–-:«\"" or "\n" in ws[i - 1].text


_TOWN_ADJECTIVE = re.compile(r"^(.{2,}?)(?:сь?к|ць?к|(?<=з)ьк)"
                             r"(?:ий|ой|ая|ое|ого|ому|ом|ую|ій|ий|а|е|ого|ому|ім|ої|у|ою)$")


def _town_adjective_stem(w: Word) -> str | None:
    """The stem of an adjective that may be made from a town's name ("Ижевского" -> "ижев")."""
    m = _TOWN_ADJECTIVE.match(w.text.lower().translate(_UK_TO_RU))
    return m.group(1) if m else None


def _towns_of_stem(stem: str) -> list[str]:
    """Town names an adjective's stem may come from: Ижев-ск, Кумертау, Казан-ь, Тул(ь)-а, Шостк(ин)-а, Орш(ан)-а."""
    names = [stem + "ск", stem, stem + "ь", stem + "а"]
    if stem.endswith("ь"):
        names.append(stem[:-1] + "а")
    if stem.endswith(("ин", "ен", "ан", "ян")):  # Шостк-ин-ский, Орш-ан-ский
        names.append(stem[:-2] + "а")
    if stem.endswith("ив"):  # Ukrainian "і" for the "о" of a closed syllable: Болхівський, Львівський
        names += [stem[:-2] + "ов", stem[:-2] + "ов" + "ск"]
    if stem.endswith("з"):  # a name in "-жжя" makes "-зький": Запоріжжя, запорізький
        names.append(stem[:-1] + "жжя")
    if stem.endswith("ж"):  # and in "-жье", "-жский": Запорожье, запорожский
        names.append(stem + "ье")
    return names


def _stem(word: str, length: int) -> str:
    """A word's start in Russian spelling, without soft signs: Ukrainian "Харківському" and Russian "Харьковском"
    both begin "харк"."""
    return word.lower().translate(_UK_TO_RU).replace("ь", "").replace("'", "").replace("’", "")[:length]


class _Stem(NamedTuple):
    """How a word of a known site's name is found in a text: by its first letters, in a word of at most
    ``longest`` letters that is capitalised if ``capital``."""
    text: str
    longest: int | None = None
    capital: bool = False


def _fits(word: Word, stem: _Stem) -> bool:
    spelt = _stem(word.text, len(word.text))
    return spelt.startswith(stem.text) and (stem.longest is None or len(spelt) <= stem.longest) and (
        not stem.capital or word.text[:1].isupper())


_NAME_GROWS = 5  # letters a one-word site name's stem may grow by in its cases: the two cut off, three more
_VOWELS = frozenset("аеёиоуыэюяіїє")


def _name_stem(word: str) -> _Stem:
    """A word of a name of several: a generic word by its first five letters ("завод", "судостроительный", which
    Ukrainian spells otherwise after them); a capitalised one whole but for its ending, in a word at most two
    letters longer ("Алексинский" is not "Алексеевский", "Зенит" not "зенитных", "НАК" not "Накануне")."""
    if word[:1].isupper():
        cut = 2 if len(word) >= 7 else int(word[-1].lower() in _VOWELS)
        return _Stem(_stem(word, len(word) - cut), len(_stem(word, len(word))) + 2, capital=True)
    return _Stem(_stem(word, min(5, len(word) - 2) if len(word) > 4 else len(word)))


@cache
def _site_stems() -> dict[str, list[tuple[tuple[_Stem, ...], Place]]]:
    """Known sites' Cyrillic names as word stems (see :func:`_name_stem`); a name of one word, seven letters or
    more, whole but for two letters: "Курганмашзавод", "Алабуга"; a shorter one that is no common word whole:
    "Южмаш"; both in a capitalised word that is their case, not a longer word ("Авиастар" is not
    "авиастроительной"). Listed by the first word's first three letters."""
    out: dict[str, list[tuple[tuple[_Stem, ...], Place]]] = {}
    for name, place in known_sites().items():
        words = name.replace("«", " ").replace("»", " ").split()
        if not (len(words) >= 2 or len(words) == 1 and (len(words[0]) >= 7 or len(words[0]) >= 5 and not common_word(
                words[0]))) or not all(re.fullmatch(r"[А-ЯЁІЇЄҐа-яёіїєґ’'\-]{2,}", w) for w in words):
            continue  # "Южмаш" is a name; "Пеленг" (a bearing) is a word
        if len(words) == 1:
            stem = _stem(words[0], len(words[0]) - 2 if len(words[0]) >= 7 else len(words[0]))
            stems = (_Stem(stem, len(stem) + _NAME_GROWS, capital=True),)
        else:
            stems = tuple(_name_stem(w) for w in words)
        out.setdefault(stems[0].text[:3], []).append((stems, place))
    return out

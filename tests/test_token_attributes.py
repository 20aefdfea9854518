"""The English pipeline's cached attribute ruler and lemmatizer give every token the part of speech, tag,
dependency, morphology and lemma spaCy's own components give it, also where a rule looks at several tokens
("gonna", "there is"), at white space, or where a later rule overrides an earlier one."""

import pytest

from pipeline.geoparse import load_nlp

TEXTS = [
    "Workers at the plant said they were gonna build more drones, and they got paid for it.",
    "There is a new shell factory near Kazan. There were two lines; there's a third one now.",
    "Let's be clear: I ain't seen the depot, but it was hit twice, the governor told me.",
    "I told her that it was built in 2023.\n\nThe ministry gets the shells; it did what it had to do.",
    "That is what the satellite images show: those are warehouses, and this one is a hangar.",
    "Y'all know the works in Votkinsk; c'mon, the plant's been expanded since 2022.",
    "He has had enough. Did they do it? They did, and they have done it again and again.",
    "  Headline without a verb  \n\n\n— Kalashnikov Concern's Izhevsk works, 12 km south of the city —",
    "Production of 155-mm rounds has been halted, she said, though more is being built at the site.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def attributes(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.lemma_) for t in doc]


def test_the_pipeline_runs_the_cached_components_in_place_of_spacys(nlp):
    assert nlp.pipe_names == ["tok2vec", "tagger", "line_breaks", "parser", "cached_attribute_ruler",
                              "cached_lemmatizer", "prefixed_verbs", "ner"]
    assert set(nlp.disabled) == {"attribute_ruler", "lemmatizer"}


def spacys_own(nlp, text: str):
    """The text's tokens as spaCy's own attribute ruler and lemmatizer leave them."""
    swap = [("attribute_ruler", "cached_attribute_ruler"), ("lemmatizer", "cached_lemmatizer")]
    for own, cached in swap:
        nlp.enable_pipe(own)
        nlp.disable_pipe(cached)
    try:
        return attributes(nlp(text))
    finally:
        for own, cached in swap:
            nlp.enable_pipe(cached)
            nlp.disable_pipe(own)


@pytest.mark.parametrize("text", TEXTS)
def test_cached_token_attributes_are_spacys(nlp, text):
    assert attributes(nlp(text)) == spacys_own(nlp, text)


def test_cached_answers_serve_a_text_read_again(nlp):
    first = attributes(nlp(TEXTS[0]))
    assert attributes(nlp(TEXTS[0])) == first
    assert [t.lemma_ for t in nlp("The plants were struck.")] == ["the", "plant", "be", "strike", "."]


def test_rules_on_other_attributes_than_the_caches_key_run_through_spacys_ruler(nlp):
    from spacy.pipeline import AttributeRuler

    from pipeline.token_attributes import CachedAttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"ORTH": "Kazan"}]], {"LEMMA": "Qazan"})  # the exact form, which the cache's key does not hold
    cached = CachedAttributeRuler(ruler)
    assert not cached.exact
    assert [t.lemma_ for t in cached(nlp.make_doc("Kazan and kazan"))] == ["Qazan", "", ""]

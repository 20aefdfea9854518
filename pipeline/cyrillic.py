"""Russian and Ukrainian articles: their places (``cyrillic_places``) and claims (``cyrillic_claims``), read
from the words of ``cyrillic_text``."""

from __future__ import annotations

from .cyrillic_claims import extract_claims
from .cyrillic_places import CyrillicGeoparser
from .cyrillic_text import read
from .records import Article, Claim, Mention

LANGUAGES = ("ru", "uk")


def analyse(parser: CyrillicGeoparser, article: Article) -> tuple[list[Mention], list[Claim]]:
    """Place mentions and claims of a Russian or Ukrainian article."""
    ws, entities = read(article.text, article.language)
    mentions = parser.cyrillic_mentions(article.id, article.text, ws, entities)
    return mentions, extract_claims(article.id, article.text, article.language, ws, mentions, article.published,
                                    article.publisher)

"""Ingest: every supported format, and a clear error naming the file for every kind of bad input."""

import json

import pytest

from pipeline.articles import IngestError, IngestFailure, article_id, read_all, read_file
from tests.conftest import SAMPLE_ARTICLES

FRONT = "---\ntitle: A plant\npublisher: Test Wire\nurl: https://example.org/a\npublished: 2024-02-03\n---\n"


def test_articles_sample_corpus_reads_with_front_matter():
    articles = [a for a in read_all([SAMPLE_ARTICLES])]
    assert len(articles) == 2
    bi = next(a for a in articles if a.publisher == "Business Insider")
    assert bi.published == "2025-03-06" and bi.url == "" and "100,000 drones" in bi.text


def test_articles_id_ignores_whitespace_and_line_endings():
    assert article_id("A plant\r\nin  Minsk.") == article_id("A plant\nin Minsk.\n")
    assert article_id("A plant in Minsk.") != article_id("A plant in Pinsk.")


def test_articles_markdown_without_front_matter_takes_first_line_as_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Drone works expand\n\nA drone factory in Kazan expanded in May 2024.\n", encoding="utf-8")
    article = read_file(path)[0]
    assert article.title == "Drone works expand" and article.published is None


def test_articles_jsonl_one_article_per_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"text": "A shell plant opened in Raufoss.", "title": "One", "published": "2024-01-02"},
            {"text": "A drone factory was struck in Kazan.", "publisher": "Wire"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles = read_file(path)
    assert [a.title for a in articles] == ["One", "A drone factory was struck in Kazan."]
    assert articles[0].published == "2024-01-02"


def test_articles_html_via_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["Workers at the new ammunition plant in Kragujevac said production of artillery shells"
                     " began last month."] * 5)
    path.write_text(f"<html><head><title>Shell plant opens</title></head><body><article><h1>Shell plant opens</h1>"
                    f"<p>{body}</p></article><nav>Home | About</nav></body></html>", encoding="utf-8")
    article = read_file(path)[0]
    assert "Kragujevac" in article.text and "Home | About" not in article.text
    assert article.title == "Shell plant opens"


@pytest.mark.parametrize("name, content, message", [
    ("empty.md", b"", "empty"),
    ("blank.md", b"   \n\n", "empty"),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    ("latin1.md", "Caf\xe9 in Minsk".encode("latin-1"), "not UTF-8"),
    ("badyaml.md", b"---\ntitle: [unclosed\n---\nText here.\n", "malformed YAML"),
    ("unclosed.md", b"---\ntitle: x\nText with no closing line\n", "no closing"),
    ("baddate.md", b"---\ntitle: x\npublished: 2024-02-30\n---\nText.\n", "not a real date"),
    ("listmeta.md", b"---\n- a\n- b\n---\nText.\n", "key: value"),
    ("nobody.md", FRONT.encode() + b"\n  \n", "no text"),
    ("notes.docx", b"PK\x03\x04", "unknown file type"),
])
def test_articles_bad_input_names_the_file_and_the_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message) as err:
        read_file(path)
    assert name in str(err.value)


def test_articles_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.md"
    path.write_bytes(b"Minsk plant. " * 500_000)
    with pytest.raises(IngestError, match="limited to 5 MB"):
        read_file(path)


def test_articles_bad_jsonl_line_names_the_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "fine"}\n{"text": 42}\n', encoding="utf-8")
    with pytest.raises(IngestError, match=r"feed.jsonl:2"):
        read_file(path)


def test_articles_a_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.md").write_text(FRONT + "A drone plant in Kazan.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00")
    results = list(read_all([tmp_path]))
    assert [type(r).__name__ for r in results] == ["IngestFailure", "Article"]
    assert isinstance(results[0], IngestFailure) and "bad.md" in results[0].message

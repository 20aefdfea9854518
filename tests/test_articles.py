"""Ingest: every supported format, and a clear error naming the file for every kind of bad input."""

import json
import os
import signal
import tracemalloc

import pytest

from pipeline.articles import MAX_CHARS, IngestError, IngestFailure, article_id, read_all, read_file
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


def test_articles_each_bad_jsonl_line_fails_alone_and_names_its_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = ['{"text": "A shell plant opened in Raufoss."}', '{"text": 42}', '{"text": "broken',
             '{"text": "A drone plant in \\ud800 Kazan."}', '{"title": "\\udfff", "text": "A plant."}',
             '{"text": "A plant.", "n": ' + "9" * 5000 + "}", "[" * 100_000,
             '{"text": "A drone factory was struck in Kazan."}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_file(path)
    assert [a.text for a in results if not isinstance(a, IngestFailure)] == [
        "A shell plant opened in Raufoss.", "A drone factory was struck in Kazan."]
    messages = [r.message for r in results if isinstance(r, IngestFailure)]
    assert [m.split(": ")[0] for m in messages] == [f"{path}:{n}" for n in range(2, 8)]
    assert "'text' string" in messages[0] and "not valid JSON" in messages[1]
    assert "the text has an invalid character" in messages[2] and "the title" in messages[3]
    assert all("not valid JSON" in m for m in messages[4:])  # a 5,000-digit number, nesting 100,000 deep


def test_articles_jsonl_string_may_hold_unicode_line_separators(tmp_path):
    path = tmp_path / "feed.jsonl"
    text = "A drone plant in Kazan.\u2028It expanded.\x85\u2029Output doubled.\x0c"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    assert [a.text for a in read_file(path)] == [text]


def test_articles_lone_surrogate_in_front_matter_is_a_clear_error(tmp_path):
    path = tmp_path / "odd.md"
    path.write_text('---\npublisher: "Wire \\ud83d"\n---\nA drone plant in Kazan.\n', encoding="utf-8")
    with pytest.raises(IngestError, match=r"odd.md: the publisher has an invalid character .*lone surrogate"):
        read_file(path)


def test_articles_text_too_long_to_analyse_is_refused_with_advice(tmp_path):
    (tmp_path / "long.md").write_text("Minsk plant. " * (MAX_CHARS // 13 + 1), encoding="utf-8")
    (tmp_path / "long.jsonl").write_text(json.dumps({"text": "x" * (MAX_CHARS + 1)}) + "\n", encoding="utf-8")
    (tmp_path / "ok.md").write_text("A plant. " * (MAX_CHARS // 9), encoding="utf-8")
    results = list(read_all([tmp_path]))
    assert [a.source_path for a in results if not isinstance(a, IngestFailure)] == [str(tmp_path / "ok.md")]
    assert [r.message.split(": ")[0] for r in results if isinstance(r, IngestFailure)] == [
        str(tmp_path / "long.jsonl:1"), str(tmp_path / "long.md")]
    assert all("limited to 1,000,000" in r.message and "split it" in r.message
               for r in results if isinstance(r, IngestFailure))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_articles_unicode_file_with_a_bom_is_read(tmp_path, encoding):
    path = tmp_path / "wide.md"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # the codecs utf-16, utf-32 and utf-8-sig write their own
    path.write_bytes((bom + FRONT + "A drone plant in Yelabuga, Татарстан.\n").encode(encoding))
    article = read_file(path)[0]
    assert article.title == "A plant" and article.text == "A drone plant in Yelabuga, Татарстан.\n"


def test_articles_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as file:
        file.truncate(10**8)  # sparse: 100 MB on paper
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match=r"huge.md: the file is 100.0 MB; articles are limited to 5 MB"):
            read_file(path)
        assert tracemalloc.get_traced_memory()[1] < 10**6
    finally:
        tracemalloc.stop()


@pytest.fixture
def no_hang():
    """Fail with TimeoutError instead of hanging for ever (opening a FIFO for reading waits for a writer)."""
    def timeout(*_):
        raise TimeoutError("reading hung")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_articles_pipes_devices_and_folders_are_refused_without_reading(tmp_path, no_hang):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "folder.md").mkdir()
    for name in ("pipe.md", "zero.md", "folder.md"):
        with pytest.raises(IngestError, match=f"{name}: not a regular file"):
            read_file(tmp_path / name)
    given = [tmp_path / "pipe.md", tmp_path / "zero.md", tmp_path / "missing.md"]
    assert [r.message for r in read_all(given)] == [
        f"{tmp_path / 'pipe.md'}: not a regular file (a folder, device or pipe); give article files or folders",
        f"{tmp_path / 'zero.md'}: not a regular file (a folder, device or pipe); give article files or folders",
        f"{tmp_path / 'missing.md'}: no such file or folder"]
    (tmp_path / "good.md").write_text(FRONT + "A drone plant in Kazan.\n", encoding="utf-8")
    assert [a.title for a in read_all([tmp_path])] == ["A plant"]  # a folder's non-regular files are skipped


def test_articles_missing_path_is_a_failure_and_the_others_are_read(tmp_path):
    (tmp_path / "good.md").write_text(FRONT + "A drone plant in Kazan.\n", encoding="utf-8")
    results = list(read_all([tmp_path / "typo", tmp_path / "good.md"]))
    assert results[0].message == f"{tmp_path / 'typo'}: no such file or folder"
    assert results[1].title == "A plant"


def test_articles_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.md", "w", encoding="utf-8") as file:
        file.write(FRONT + "A drone plant in Kazan.\n")
    open(folder + b"/bad\xff.md", "wb").close()
    failure, article = read_all([tmp_path])
    assert failure.message == f"{tmp_path}/bad\\udcff.md: the file is empty"
    assert article.source_path == f"{tmp_path}/caf\\udce9.md"
    article.source_path.encode("utf-8")  # storable and printable


def test_articles_a_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.md").write_text(FRONT + "A drone plant in Kazan.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00")
    results = list(read_all([tmp_path]))
    assert [type(r).__name__ for r in results] == ["IngestFailure", "Article"]
    assert isinstance(results[0], IngestFailure) and "bad.md" in results[0].message

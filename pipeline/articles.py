"""Ingest: read article files (Markdown/text with YAML front matter, HTML, JSON Lines) into Articles.

Every problem is an :class:`IngestError` that names the file (and line, for JSON Lines) and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError
from .records import Article

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_FIELDS = ("title", "publisher", "url", "published", "language")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit dates: ``published`` is validated by :func:`parse_published`, with a clear error."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class IngestError(InputError):
    """An article file that cannot be read as given."""


@dataclass
class IngestFailure:
    path: str
    message: str


def article_id(text: str) -> str:
    """A stable id: the hash of the text with Unicode, line endings and white space normalised."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object, where: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from front matter, or None when absent; an impossible date is an error."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError as err:
        raise IngestError(f"{where}: published date {text!r} is not a real date (use YYYY-MM-DD)") from err


def make_article(text: str, meta: dict, source: str) -> Article:
    """Validate text and metadata into an Article; without a title the first line serves."""
    if not text.strip():
        raise IngestError(f"{source}: the article has no text")
    unknown = {k for k, v in meta.items()
               if k in META_FIELDS and v is not None and not isinstance(v, (str, dt.date))}
    if unknown:
        raise IngestError(f"{source}: front matter field(s) {sorted(unknown)} must be plain text")
    title = str(meta.get("title") or "").strip() or text.strip().splitlines()[0].strip()[:200]
    return Article(id=article_id(text), title=title, publisher=str(meta.get("publisher") or "").strip(),
                   url=str(meta.get("url") or "").strip(), published=parse_published(meta.get("published"), source),
                   language=str(meta.get("language") or "en").strip(), text=text, source_path=source)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if len(data) > MAX_BYTES:
        raise IngestError(f"{path}: the file is {len(data) / 1e6:.1f} MB; articles are limited to "
                          f"{MAX_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data[:8192]:
        raise IngestError(f"{path}: this is a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(f"{path}: not UTF-8 text (byte {err.start}); re-save the file as UTF-8") from err


def split_front_matter(raw: str, source: str) -> tuple[dict, str]:
    """YAML front matter between leading ``---`` lines, and the body after it."""
    raw = raw.replace("\r\n", "\n")
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.find("\n---\n", 3)
    if end < 0:
        raise IngestError(f"{source}: front matter starts with '---' but has no closing '---' line")
    try:
        meta = yaml.load(raw[4:end], Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as err:
        raise IngestError(f"{source}: malformed YAML front matter ({str(err).splitlines()[0]})") from err
    if not isinstance(meta, dict):
        raise IngestError(f"{source}: front matter must be 'key: value' lines")
    return meta, raw[end + 5:]


def _read_text(path: Path) -> list[Article]:
    meta, body = split_front_matter(_decode(path), str(path))
    return [make_article(body, meta, str(path))]


def _read_html(path: Path) -> list[Article]:
    import trafilatura

    html = _decode(path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise IngestError(f"{path}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html)
    fields = {"title": meta.title, "publisher": meta.sitename, "url": meta.url, "published": meta.date,
              "language": meta.language} if meta else {}
    return [make_article(text, fields, str(path))]


def _read_jsonl(path: Path) -> list[Article]:
    articles = []
    for n, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise IngestError(f"{where}: not valid JSON ({err.msg})") from err
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise IngestError(f"{where}: each line must be an object with a 'text' string")
        articles.append(make_article(record["text"], record, where))
    return articles


def read_file(path: Path) -> list[Article]:
    """The articles in one file (one, or several for JSON Lines)."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _read_html(path)
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    raise IngestError(f"{path}: unknown file type {suffix!r}; use one of {', '.join(sorted(SUFFIXES))}")


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Article files under the given files and folders, in a stable order."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            found.append(path)
        else:
            raise IngestError(f"{path}: no such file or folder")
    return found


def read_all(paths: Iterable[Path]) -> Iterator[Article | IngestFailure]:
    """Every article under ``paths``; a file that fails yields an IngestFailure and the rest go on."""
    for path in find_files(paths):
        try:
            yield from read_file(path)
        except IngestError as err:
            yield IngestFailure(str(path), str(err))
        except OSError as err:
            yield IngestFailure(str(path), f"{path}: cannot be read ({err.strerror})")

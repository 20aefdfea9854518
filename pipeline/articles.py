"""Ingest: read article files (Markdown/text with YAML front matter, HTML, JSON Lines) into Articles.

Every problem is an :class:`IngestError` that names the file (and line, for JSON Lines) and what is wrong.
Only regular files are read, checked with ``stat`` before opening (a pipe or device is never read), and never more
than ``MAX_BYTES`` of them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError
from .language import detect, normalise
from .records import Article

MAX_BYTES = 5 * 1024 * 1024
MAX_CHARS = 1_000_000  # spaCy's nlp.max_length: a longer text cannot be analysed in one piece
TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_FIELDS = ("title", "publisher", "url", "published", "language")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # UTF-32 first: its LE BOM starts
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # with UTF-16's
_SURROGATE = re.compile(r"[\ud800-\udfff]")


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


def display_name(path: Path | str) -> str:
    """The path as printable text: bytes of a file name that are not UTF-8 show as escapes (``\\udcff``)."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


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
    """Validate text and metadata into an Article; without a title the first line serves, without a language the
    one detected in the text."""
    if not text.strip():
        raise IngestError(f"{source}: the article has no text")
    if len(text) > MAX_CHARS:
        raise IngestError(f"{source}: the article has {len(text):,} characters; articles are limited to "
                          f"{MAX_CHARS:,}: split it into several articles")
    for key in ("text", *META_FIELDS):
        value = text if key == "text" else meta.get(key)
        if isinstance(value, str) and (bad := _SURROGATE.search(value)):
            raise IngestError(f"{source}: the {key} has an invalid character at position {bad.start()} (a lone "
                              "surrogate, such as the escape \\ud800 without its pair); remove or fix it")
    unknown = {k for k, v in meta.items()
               if k in META_FIELDS and v is not None and not isinstance(v, (str, dt.date))}
    if unknown:
        raise IngestError(f"{source}: front matter field(s) {sorted(unknown)} must be plain text")
    title = str(meta.get("title") or "").strip() or text.strip().splitlines()[0].strip()[:200]
    return Article(id=article_id(text), title=title, publisher=str(meta.get("publisher") or "").strip(),
                   url=str(meta.get("url") or "").strip(), published=parse_published(meta.get("published"), source),
                   language=normalise(str(meta.get("language") or "")) or detect(text), text=text,
                   source_path=source)


def _read_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, checked with stat before opening it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError(f"{name}: no such file or folder") from None
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(f"{name}: not a regular file (a folder, device or pipe); give article files or folders")
    size = info.st_size
    if size <= MAX_BYTES:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
        size = len(data)  # as read: the file may have grown since
    if size > MAX_BYTES:
        raise IngestError(f"{name}: the file is {size / 1e6:.1f} MB; articles are limited to "
                          f"{MAX_BYTES // (1024 * 1024)} MB")
    return data


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text (with or without a BOM), or UTF-16/32 text with its BOM."""
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        raise IngestError(f"{name}: this is a binary file, not an article")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(f"{name}: not {(encoding or 'utf-8').upper()} text (byte {err.start}); "
                          "re-save the file as UTF-8") from err
    if not text.strip():
        raise IngestError(f"{name}: the file is empty")
    return text


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
    except (yaml.YAMLError, RecursionError) as err:
        raise IngestError(f"{source}: malformed YAML front matter ({str(err).splitlines()[0]})") from err
    if not isinstance(meta, dict):
        raise IngestError(f"{source}: front matter must be 'key: value' lines")
    return meta, raw[end + 5:]


def read_html(html: str | bytes, name: str, *, url: str | None = None, fallback: dict | None = None) -> Article:
    """The article in an HTML page (text and metadata by trafilatura). ``url``, where the page was fetched from,
    replaces the page's own; ``fallback`` fields (a feed entry's title and date) serve where the page has none."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise IngestError(f"{name}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html)
    found = {"title": meta.title, "publisher": meta.sitename, "url": meta.url, "published": meta.date,
             "language": meta.language} if meta else {}
    fields = {**(fallback or {}), **{k: v for k, v in found.items() if v}}
    if url:
        fields["url"] = url
    return make_article(text, fields, name)


def _read_jsonl(text: str, name: str) -> Iterator[Article | IngestFailure]:
    """One article per line; a bad line is an IngestFailure naming ``file:line``, and the other lines go on.

    Lines end at "\\n" only: JSON strings may hold U+2028 and other characters that ``splitlines`` splits at.
    """
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"{name}:{n}"
            try:
                yield _jsonl_article(line, where)
            except IngestError as err:
                yield IngestFailure(name, str(err))


def _jsonl_article(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as err:  # also an integer of over 4,300 digits, or nesting too deep
        raise IngestError(f"{where}: not valid JSON ({getattr(err, 'msg', err)})") from err
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise IngestError(f"{where}: each line must be an object with a 'text' string")
    return make_article(record["text"], record, where)


def read_file(path: Path) -> list[Article | IngestFailure]:
    """The articles in one file: one, or one per line of JSON Lines, where a bad line is an IngestFailure.

    A file that cannot be read as an article raises IngestError.
    """
    name = display_name(path)
    data = _read_bytes(path, name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(f"{name}: unknown file type {suffix!r}; use one of {', '.join(sorted(SUFFIXES))}")
    text = _decode(data, name)
    if suffix in HTML_SUFFIXES:
        return [read_html(text, name)]
    if suffix in JSONL_SUFFIXES:
        return list(_read_jsonl(text, name))
    meta, body = split_front_matter(text, name)
    return [make_article(body, meta, name)]


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Article files (regular files of a known type) under the given folders, in a stable order, and the other
    paths as given, for :func:`read_file` to read or refuse."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            found.append(path)
    return found


def read_all(paths: Iterable[Path]) -> Iterator[Article | IngestFailure]:
    """Every article under ``paths``; a file that fails yields an IngestFailure and the rest go on."""
    for path in find_files(paths):
        name = display_name(path)
        try:
            yield from read_file(path)
        except IngestError as err:
            yield IngestFailure(name, str(err))
        except OSError as err:
            yield IngestFailure(name, f"{name}: cannot be read ({err.strerror})")
        except Exception as err:  # a library's limit or a bug: this file's failure, not the run's
            yield IngestFailure(name, f"{name}: cannot be read ({type(err).__name__}: {err})")

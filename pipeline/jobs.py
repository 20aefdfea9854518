"""Pipeline runs started from the app: in a child process, so the app never loads the NLP stack (nor fetches a
page itself), with progress read from the child's progress bar; and what an added article brought, in words."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .articles import MAX_BYTES, IngestError, make_article, read_file
from .config import REPO_ROOT
from .filters import date_bounds
from .popups import safe_url
from .records import Article, Facility
from .store import reading
from .urls import canonical_url

_PROGRESS = re.compile(r"(\d+)/(\d+)")


@dataclass
class JobResult:
    ok: bool
    output: str


def run_pipeline(sources: list[Path | str], db: Path | str, on_progress: Callable[[int, int], None] | None = None, *,
                 allow_private: bool = False) -> JobResult:
    """``python -m pipeline run SOURCES --db DB`` (files, folders or page URLs) in a child process;
    ``on_progress(done, total)`` as it goes; ``allow_private`` lets it fetch from the machine's own network."""
    cmd = [sys.executable, "-m", "pipeline", "run", *map(str, sources), "--db", str(db)]
    cmd += ["--allow-private"] if allow_private else []
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    buffer, errors = "", []
    while True:
        chunk = proc.stderr.read(64)
        if not chunk:
            break
        buffer += chunk
        *done, buffer = re.split(r"[\r\n]", buffer)
        for line in done:
            m = _PROGRESS.search(line)
            if m and on_progress and "analysing" in line:
                on_progress(int(m.group(1)), int(m.group(2)))
            elif line.strip() and "analysing" not in line:
                errors.append(line)
    out = proc.stdout.read()
    proc.wait()
    return JobResult(proc.returncode == 0, (out + "\n".join(errors)).strip())


def save_submission(inbox: Path, text: str, *, title: str, publisher: str, url: str,
                    published: dt.date | None) -> Path:
    """Validate an article pasted or uploaded in the app and write it to the inbox as Markdown."""
    if url:
        page_url(url)
    meta = {"title": title.strip(), "publisher": publisher.strip(), "url": url.strip(),
            "published": published.isoformat() if published else None}
    article = make_article(text, meta, "the submitted article")  # refuses lone surrogates, over-long texts
    meta["language"] = article.language  # as detected in the text
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise IngestError(f"the article is over {MAX_BYTES // (1024 * 1024)} MB; paste or upload a smaller one")
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / f"pasted-{article.id}.md"  # named by its content: the same text pasted again is one file
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n{text.strip()}\n", encoding="utf-8")
    return path


def page_url(url: str) -> str:
    """A URL given in the app, checked to be http(s)."""
    if not safe_url(url):
        raise IngestError(f"the URL {url!r} is not an http(s) address")
    return url.strip()


def page_article_ids(db: Path | str, url: str) -> set[str]:
    """The id of the article the page at ``url`` holds in the store (none if it was never fetched)."""
    with reading(db) as store:
        page = store.page(canonical_url(url))
    return {page.article_id} if page else set()


def article_ids(path: Path) -> set[str]:
    """The ids of the articles in a submitted file: each the hash of its text, so the same text has the same id."""
    return {a.id for a in read_file(path) if isinstance(a, Article)}


def reported_by(facilities: list[Facility], article_ids: set[str]) -> list[Facility]:
    """The facilities that these articles report (one of their claims comes from one of them)."""
    return [f for f in facilities if any(c.article_id in article_ids for c in f.claims)]


def found_message(found: list[Facility]) -> str:
    """What an added article brought: "1 facility: drone assembly plant, Hrodna, under construction"."""
    if not found:
        return "No facility was found in it: the article is stored, and the map is unchanged."
    items = "; ".join(f"{f.kind}, {f.place.name}, {f.status}" for f in found)
    return f"{len(found)} {'facility' if len(found) == 1 else 'facilities'}: {items}"


def range_to_show(found: list[Facility], start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """The date range from ``start`` to ``end`` widened to the reports of ``found``; None if it holds them."""
    bounds = date_bounds(found)
    if bounds is None:
        return None
    wider = min(start, bounds[0]), max(end, bounds[1])
    return wider if wider != (start, end) else None

"""Pages and feeds into the store, against a local news site: `run URL` analyses a page as it does a file, `watch`
rounds store each new entry once (by canonical URL and by text), fetch an updated entry conditionally and let its new
version replace the old one's claims, and report what fails (naming it) to try it again the next round."""

import dataclasses
import datetime as dt
import signal
import subprocess
import sys

import pytest

from pipeline import pages
from pipeline.feeds import read_feed_list, watch_round
from pipeline.runner import run
from pipeline.store import reading
from pipeline.urls import canonical_url
from tests.conftest import REPO
from tests.newsserver import Answer, article_page, atom, quick, rss, story

RSS, ATOM = "application/rss+xml", "application/atom+xml"
MAY = "Wed, 14 May 2025 08:00:00 GMT"
KAZAN = ("Drone plant rising near Kazan", "Workers are building a drone assembly plant in Kazan, the regional "
         "administration said on Monday. The plant will assemble 500 drones a month.")
YELABUGA = ("Correction: the drone plant is in Yelabuga", "Workers are building a drone assembly plant in Yelabuga, "
            "the regional administration said on Monday. The plant will assemble 500 drones a month.")


def publish(news, numbers, feed="/feed.xml") -> str:
    """Invented articles ``numbers`` at /news/N, and an RSS feed listing them; the feed's URL."""
    items = []
    for n in numbers:
        title, text = story(n)
        news.page(f"/news/{n}", title, text)
        items.append((f"/news/{n}", title, MAY))
    return news.serve(feed, Answer(body=rss(news.url(""), items), type=RSS))


def stored(db):
    with reading(db) as store:
        return store.articles(), store.claims(), store.facilities()


def fetched_paths(news, prefix: str) -> list[str]:
    return sorted(r.path for r in news.log if r.path.startswith(prefix))


def test_watch_stores_fifty_entries_once_and_fetches_none_again(news, tmp_path):
    feed = publish(news, range(50))
    db, fetcher = tmp_path / "t.sqlite", quick()
    first = watch_round([feed], db, fetcher)
    assert (first.feeds, first.pages, first.fetched, first.articles, first.errors) == (1, 50, 50, 50, [])
    articles, claims, facilities = stored(db)
    assert {a.url for a in articles.values()} == {news.url(f"/news/{n}") for n in range(50)}
    assert first.claims == len(claims) > 50 and first.facilities == len(facilities) > 20
    second = watch_round([feed], db, fetcher)
    assert (second.feeds, second.pages, second.fetched, second.articles, second.skipped, second.errors) == (
        1, 0, 0, 0, 0, [])
    assert len(stored(db)[0]) == 50
    assert fetched_paths(news, "/news/") == sorted(f"/news/{n}" for n in range(50))  # each page fetched once
    assert fetched_paths(news, "/feed") == ["/feed.xml"] * 2 and fetched_paths(news, "/robots") == ["/robots.txt"] * 2


def test_watch_stores_a_story_from_two_feeds_and_a_republished_copy_once(news, tmp_path):
    title, text = story(7)
    news.page("/news/7", title, text)
    news.serve("/copy/7", Answer(body=article_page(title, text, publisher="Other Wire")))
    news.serve("/rss.xml", Answer(body=rss(news.url(""), [("/news/7?utm_source=rss", title, MAY)]), type=RSS))
    news.serve("/atom.xml", Answer(type=ATOM, body=atom(news.url(""), [
        ("/news/7?fbclid=abc&utm_medium=feed#top", title, "2025-05-14T08:00:00Z"),
        ("/copy/7", title, "2025-05-14T09:00:00Z")])))
    db = tmp_path / "t.sqlite"
    summary = watch_round([news.url("/rss.xml"), news.url("/atom.xml")], db, quick())
    assert (summary.feeds, summary.pages, summary.articles, summary.skipped, summary.errors) == (2, 2, 1, 1, [])
    assert fetched_paths(news, "/news/") == ["/news/7?utm_source=rss"]  # one canonical URL, fetched once
    assert fetched_paths(news, "/copy/") == ["/copy/7"]
    articles, _, _ = stored(db)
    assert [a.url for a in articles.values()] == [news.url("/news/7?utm_source=rss")]
    with reading(db) as store:  # both pages are known, so neither is fetched again
        assert store.page(canonical_url(news.url("/copy/7"))).article_id == next(iter(articles))
        assert store.page(canonical_url(news.url("/news/7"))).article_id == next(iter(articles))


def kazan_feed(news, updated: str) -> str:
    return news.serve("/feed.atom", Answer(type=ATOM, body=atom(news.url(""), [("/plant", KAZAN[0], updated)])))


def test_watch_an_updated_entry_replaces_its_claims(news, tmp_path):
    news.serve("/plant", Answer(body=article_page(*KAZAN), etag='"v1"'))
    feed, db, fetcher = kazan_feed(news, "2025-05-14T08:00:00Z"), tmp_path / "t.sqlite", quick()
    assert watch_round([feed], db, fetcher).articles == 1
    articles, claims, facilities = stored(db)
    (old,) = articles.values()
    assert {c.place.name for c in claims} == {"Kazan"} and {f.place.name for f in facilities} == {"Kazan"}

    news.serve("/plant", Answer(body=article_page(*YELABUGA), etag='"v2"'))
    assert watch_round([feed], db, fetcher).pages == 0  # the feed says nothing changed: not fetched
    assert fetched_paths(news, "/plant") == ["/plant"]
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
    kazan_feed(news, later.replace("+00:00", "Z"))
    summary = watch_round([feed], db, fetcher)
    assert (summary.pages, summary.fetched, summary.articles, summary.updated, summary.errors) == (1, 1, 1, 1, [])
    assert news.requests("/plant")[-1].headers["if-none-match"] == '"v1"'

    articles, claims, facilities = stored(db)
    (new,) = (a for a in articles.values() if a.id != old.id)
    assert claims and {c.article_id for c in claims} == {new.id}
    assert {c.place.name for c in claims} == {"Yelabuga"} and {f.place.name for f in facilities} == {"Yelabuga"}
    assert {c.article_id for f in facilities for c in f.claims} == {new.id}
    with reading(db) as store:
        assert store.versions(canonical_url(news.url("/plant"))) == [new, old]  # the old text kept, superseded
        assert {m.article_id for m in store.mentions()} == {new.id}


def test_watch_an_updated_entry_not_modified_is_not_analysed_again(news, tmp_path):
    news.serve("/plant", Answer(body=article_page(*KAZAN), etag='"v1"', last_modified=MAY))
    feed, db, fetcher = kazan_feed(news, "2025-05-14T08:00:00Z"), tmp_path / "t.sqlite", quick()
    watch_round([feed], db, fetcher)
    before = stored(db)
    kazan_feed(news, (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat())
    summary = watch_round([feed], db, fetcher)
    assert (summary.fetched, summary.not_modified, summary.articles, summary.skipped) == (1, 1, 0, 1)
    last = news.requests("/plant")[-1]
    assert (last.headers["if-none-match"], last.headers["if-modified-since"]) == ('"v1"', MAY)
    assert stored(db) == before


def test_watch_reports_each_failure_by_url_and_tries_it_again_next_round(news, tmp_path):
    news.serve("/robots.txt", Answer(body=b"User-agent: *\nDisallow: /private/\n", type="text/plain"))
    broken = news.serve("/broken.xml", Answer(body=b'<?xml version="1.0"?><rss version="2.0"><channel><item><ti',
                                              type=RSS))
    missing = news.url("/missing.xml")
    title, text = story(3)
    news.page("/news/3", title, text)
    news.serve("/empty", Answer(body=b'<html><head><title>Video</title></head><body><div class="player"></div>'
                                     b"<script>play()</script></body></html>"))
    news.serve("/chart", Answer(body=b"\x89PNG\r\n", type="image/png"))
    news.serve("/busy", Answer(503), Answer(503), Answer(503), Answer(body=article_page(*KAZAN)))
    items = [(p, "entry", MAY) for p in ("/news/3", "/empty", "/chart", "/busy", "/private/memo")]
    feed = news.serve("/feed.xml", Answer(body=rss(news.url(""), items), type=RSS))
    db, fetcher = tmp_path / "t.sqlite", quick(retries=2)
    first = watch_round([broken, missing, feed], db, fetcher)
    u = news.url
    assert [e.message for e in first.errors] == [
        f"{broken}: not a readable feed (malformed XML: <unknown>:1:72: unclosed token)",
        f"{missing}: HTTP 404 Not Found",
        f"{u('/empty')}: no article text found in this HTML page",
        f"{u('/chart')}: the server sent image/png, not an HTML page",
        f"{u('/busy')}: HTTP 503 Service Unavailable after 3 tries",
        f"{u('/private/memo')}: the site's robots.txt ({u('')}/robots.txt) does not allow fetching it"]
    assert (first.feeds, first.pages, first.fetched, first.articles) == (1, 5, 1, 1)
    second = watch_round([broken, missing, feed], db, fetcher)
    assert [e.path.removeprefix(u("")) for e in second.errors] == ["/broken.xml", "/missing.xml", "/empty", "/chart",
                                                                   "/private/memo"]
    assert (second.pages, second.articles) == (4, 1)  # the busy page came this time; the stored one not asked
    assert fetched_paths(news, "/news/") == ["/news/3"] and len(news.requests("/broken.xml")) == 2
    assert "/private/memo" not in fetched_paths(news, "/private")
    assert len(stored(db)[0]) == 2


def test_watch_a_feed_the_parser_chokes_on_stops_only_itself(news, tmp_path, monkeypatch):
    import feedparser

    good = publish(news, range(2))
    bad = news.serve("/odd.xml", Answer(body=b"<rss/>", type=RSS))
    real = feedparser.parse

    def parse(data, **kwargs):
        if kwargs["response_headers"]["content-location"] == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, **kwargs)

    monkeypatch.setattr(feedparser, "parse", parse)
    summary = watch_round([bad, good], tmp_path / "t.sqlite", quick())
    assert [e.message for e in summary.errors] == [f"{bad}: cannot be read (RecursionError: maximum recursion depth "
                                                   "exceeded)"]
    assert (summary.feeds, summary.articles) == (1, 2)


def test_watch_entry_title_and_date_serve_a_page_without_them(news, tmp_path):
    bare = f"<html><body><article><p>{KAZAN[1]} {YELABUGA[1]}</p></article></body></html>".encode()
    news.serve("/bare", Answer(body=bare))
    feed = news.serve("/feed.xml", Answer(body=rss(news.url(""), [("/bare", "Plant report", MAY)]), type=RSS))
    assert watch_round([feed], tmp_path / "t.sqlite", quick()).articles == 1
    (article,) = stored(tmp_path / "t.sqlite")[0].values()
    assert (article.title, article.published, article.url) == ("Plant report", "2025-05-14", news.url("/bare"))


def test_run_fetches_a_page_like_a_file_and_then_asks_whether_it_changed(news, tmp_path):
    news.serve("/short", Answer(301, headers={"Location": "/plant?id=1"}))
    news.serve("/plant?id=1", Answer(body=article_page(*KAZAN, published="2025-05-12", publisher="Volga Wire"),
                                     etag='"v1"'))
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "note.md").write_text(f"---\ntitle: Note\npublished: 2025-06-01\n---\n{YELABUGA[1]}\n")
    db = tmp_path / "t.sqlite"
    summary = run([news.url("/short"), tmp_path / "files"], db, fetcher=quick())
    assert (summary.articles, summary.pages, summary.fetched, summary.errors) == (2, 1, 1, [])
    assert summary.lines()[:2] == ["articles processed: 2 (unchanged, skipped: 0)",
                                   "pages fetched: 1 of 1 (not modified: 0; new versions of stored pages: 0)"]
    articles, claims, _ = stored(db)
    page = next(a for a in articles.values() if a.source_path == news.url("/short"))
    assert (page.url, page.title, page.publisher, page.published, page.language) == (
        news.url("/plant?id=1"), KAZAN[0], "Volga Wire", "2025-05-12", "en")
    assert {c.place.name for c in claims if c.article_id == page.id} == {"Kazan"}
    again = run([news.url("/short")], db, fetcher=quick())
    assert (again.articles, again.skipped, again.not_modified) == (0, 1, 1)
    assert news.requests("/plant?id=1")[-1].headers["if-none-match"] == '"v1"'


def test_run_page_unchanged_without_validators_is_not_analysed_again(news, tmp_path, monkeypatch):
    url = news.page("/plant", *KAZAN)
    db = tmp_path / "t.sqlite"
    run([url], db, fetcher=quick())
    before = stored(db)
    monkeypatch.setattr("pipeline.runner.analyse_batch", lambda batch: pytest.fail("analysed again"))
    summary = run([url], db, fetcher=quick())
    assert (summary.fetched, summary.not_modified, summary.articles, summary.skipped) == (1, 0, 0, 1)
    assert stored(db) == before


def test_run_other_schemes_are_errors_and_the_rest_goes_on(news, tmp_path):
    url = news.page("/plant", *KAZAN)
    summary = run(["ftp://example.org/a.html", url], tmp_path / "t.sqlite", fetcher=quick())
    assert [e.message for e in summary.errors] == ["ftp://example.org/a.html: only http and https addresses can be "
                                                   "fetched"]
    assert summary.articles == 1


def test_target_is_due_when_new_asked_for_or_updated_since_fetched():
    from pipeline.records import Page

    known = Page("http://x/a", "a1", None, None, "2025-05-14T08:00:00+00:00")
    at = dt.datetime(2025, 5, 14, 8, tzinfo=dt.UTC)
    assert pages.Target("http://x/a").due(None) and pages.Target("http://x/a", always=True).due(known)
    assert not pages.Target("http://x/a").due(known) and not pages.Target("http://x/a", updated=at).due(known)
    assert pages.Target("http://x/a", updated=at + dt.timedelta(seconds=1)).due(known)


def test_watch_feed_list_allows_comments_and_names_a_bad_line(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# defence news\n\nhttps://example.org/rss.xml\n  http://example.net/atom  \n"
                    "https://example.org/rss.xml\n")
    assert read_feed_list(path) == ["https://example.org/rss.xml", "http://example.net/atom"]
    for line, content in ((3, "# a\n\nexample.org/rss\n"), (1, "https://a.org/x https://b.org/y\n"),
                          (2, "https://a.org/x\nfile:///etc/passwd\n")):
        path.write_text(content)
        bad = content.splitlines()[line - 1].strip()
        with pytest.raises(ValueError, match=f"^{path}:{line}: '{bad}' is not a feed URL"):
            read_feed_list(path)
    path.write_text("# nothing yet\n")
    with pytest.raises(ValueError, match=f"^{path}: no feed URLs in it"):
        read_feed_list(path)
    with pytest.raises(ValueError, match=f"^{tmp_path / 'none.txt'}: no such feed list"):
        read_feed_list(tmp_path / "none.txt")


def cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def test_cli_watch_once_prints_a_line_per_round_and_is_for_cron(news, tmp_path):
    feed = publish(news, range(3))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test\n{feed}\n")
    db = tmp_path / "t.sqlite"
    first = cli("watch", feeds, "--db", db, "--once", "--allow-private", "--delay", "0")
    assert first.returncode == 0, first.stderr
    line = first.stdout.strip()
    assert " round 1: feeds read 1/1, new or updated entries 3, fetched 3 (not modified 0), articles stored 3 " \
           "(new versions 0), unchanged 0, claims " in line and line.endswith(", errors 0")
    dt.datetime.fromisoformat(line.split()[0])  # each line starts with the time of the round
    second = cli("watch", feeds, "--db", db, "--once", "--allow-private", "--delay", "0")
    assert ", new or updated entries 0, fetched 0 (not modified 0), articles stored 0 " in second.stdout
    assert fetched_paths(news, "/news/") == ["/news/0", "/news/1", "/news/2"]


def test_cli_refuses_this_machine_without_allow_private(news, tmp_path):
    url = news.page("/plant", *KAZAN)
    out = cli("run", url, "--db", tmp_path / "t.sqlite", "-q")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"  {url}: refused: 127.0.0.1 is a loopback address; an article's address may not reach this machine or " \
           "its network (--allow-private allows it)" in out.stdout.splitlines()
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{news.url('/feed.xml')}\n")
    out = cli("watch", feeds, "--db", tmp_path / "t.sqlite", "--once")
    assert out.returncode == 1 and "errors 1" in out.stdout and "127.0.0.1 is a loopback address" in out.stdout
    assert news.log == []


def test_cli_watch_bad_arguments_are_clear_errors(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/rss\nnews.example.org/rss\n")
    out = cli("watch", feeds, "--db", tmp_path / "t.sqlite", "--once")
    assert out.returncode == 2 and out.stderr == (f"error: {feeds}:2: 'news.example.org/rss' is not a feed URL (one "
                                                  "http or https URL per line; # starts a comment)\n")
    out = cli("watch", feeds, "--every", "often")
    assert out.returncode == 2 and "argument --every: 'often' is not an interval such as 30m, 1h or 90s" in out.stderr
    out = cli("run", "https://example.org/a", "--delay", "-1")
    assert out.returncode == 2 and "error: --delay -1: give the seconds between requests to a site" in out.stderr


@pytest.mark.slow
def test_cli_watch_goes_round_until_interrupted(news, tmp_path):
    feed = publish(news, range(2))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{feed}\n")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", str(feeds), "--db", str(tmp_path / "t.db"),
                             "--every", "1s", "--allow-private", "--delay", "0"], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline(), proc.stdout.readline()]
        proc.send_signal(signal.SIGINT)
        rest, errors = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert " round 1: " in lines[0] and "articles stored 2 " in lines[0]
    assert " round 2: " in lines[1] and "articles stored 0 " in lines[1]
    assert proc.returncode == 0 and errors.strip().endswith("stopped") and "Traceback" not in errors
    times = [r.time for r in news.requests("/feed.xml")]
    assert len(times) >= 2 and times[1] - times[0] >= 0.9  # a round every second


def test_summary_counts_pages_only_when_pages_were_asked_for():
    from pipeline.runner import RunSummary

    assert not any(line.startswith("pages") for line in RunSummary().lines())
    assert dataclasses.replace(RunSummary(), pages=2, fetched=1).lines()[1] == (
        "pages fetched: 1 of 2 (not modified: 0; new versions of stored pages: 0)")

"""Fetching against a local news site (``tests/newsserver.py``): politeness (robots.txt, User-Agent, one request at
a time per host with a delay, back-off, conditional requests) and safety (addresses, redirects, timeouts, sizes,
content types), each asserted on what the server received and on the error a user reads."""

import socket
import threading
import time

import pytest

from pipeline import fetch
from pipeline.fetch import FetchError, Settings, refusal
from pipeline.urls import canonical_url
from tests.newsserver import Answer, NewsServer, article_page, quick

PAGE = article_page("Shell line in Izhevsk", "The munitions factory in Izhevsk added a night shift, a newspaper said.")
ROBOTS = Answer(body=b"User-agent: *\nDisallow: /private/\n", type="text/plain")


def paths(server) -> list[str]:
    return [r.path for r in server.log]


def error(call) -> str:
    with pytest.raises(FetchError) as err:
        call()
    return str(err.value)


def test_fetch_names_itself_and_reads_robots_txt_once_per_site_and_round(news):
    news.serve("/robots.txt", ROBOTS)
    urls = [news.serve(f"/a/{n}", Answer(body=PAGE)) for n in range(3)]
    fetcher = quick()
    replies = [fetcher.get(url) for url in urls]
    assert [r.status for r in replies] == [200, 200, 200] and replies[0].body == PAGE
    assert paths(news) == ["/robots.txt", "/a/0", "/a/1", "/a/2"]
    fetcher.new_round()
    fetcher.get(urls[0])
    assert paths(news)[4:] == ["/robots.txt", "/a/0"]
    agents = {r.headers["user-agent"] for r in news.log}
    assert agents == {fetch.USER_AGENT} and fetch.USER_AGENT.startswith("facility-tracker/0.1.0 (+")
    assert "README.md" in fetch.USER_AGENT


def test_fetch_obeys_robots_txt(news):
    news.serve("/robots.txt", ROBOTS)
    news.serve("/private/plans", Answer(body=PAGE))
    url = news.url("/private/plans")
    assert error(lambda: quick().get(url)) == (f"{url}: the site's robots.txt ({news.url('')}/robots.txt) does not "
                                               "allow fetching it")
    assert paths(news) == ["/robots.txt"]


def test_fetch_without_robots_txt_is_allowed_and_a_failing_one_means_later(news):
    fetcher = quick()
    assert fetcher.get(news.serve("/a", Answer(body=PAGE))).status == 200  # robots.txt: 404
    news.serve("/robots.txt", Answer(503, b"down", "text/plain"))
    fetcher.new_round()
    url = news.url("/a")
    assert error(lambda: fetcher.get(url)) == (f"{url}: the site's robots.txt could not be read (HTTP 503 Service "
                                               "Unavailable after 3 tries); it will be tried again later")
    assert paths(news) == ["/robots.txt", "/a"] + ["/robots.txt"] * 3  # the page was not asked for
    error(lambda: fetcher.get(url))
    assert len(news.log) == 5  # in the same round, the site's robots.txt is not asked again
    news.serve("/robots.txt", ROBOTS)
    fetcher.new_round()
    assert fetcher.get(url).status == 200 and paths(news)[-2:] == ["/robots.txt", "/a"]


def test_fetch_spaces_the_requests_to_one_host_by_the_delay(news):
    urls = [news.serve(f"/a/{n}", Answer(body=PAGE, delay=0.05)) for n in range(4)]
    fetcher = quick(delay=0.2)
    threads = [threading.Thread(target=fetcher.get, args=(url,)) for url in urls]  # all at once
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = sorted(r.time for r in news.log)
    assert len(times) == 5  # robots.txt and the four pages
    assert all(b - a >= 0.2 + 0.05 for a, b in zip(times[1:], times[2:], strict=False))  # after the last one ended
    assert times[1] - times[0] >= 0.2


def test_fetch_waits_for_its_host_only(news):
    with NewsServer("127.0.0.2") as other:
        news.serve("/robots.txt", Answer(body=b"User-agent: *\nAllow: /\n", type="text/plain", delay=0.6))
        slow = news.serve("/slow", Answer(body=PAGE, delay=0.6))
        fast = [other.serve(f"/fast/{n}", Answer(body=PAGE)) for n in range(2)]
        fetcher = quick(delay=0.0)
        thread = threading.Thread(target=fetcher.get, args=(slow,))
        thread.start()
        for wait in (0.1, 0.7):  # while the slow host's robots.txt comes, then while its page does
            time.sleep(wait)
            started = time.monotonic()
            fetcher.get(fast.pop())
            assert time.monotonic() - started < 0.4  # not behind the slow host
        thread.join()
    assert [r.path for r in news.log] == ["/robots.txt", "/slow"]


def test_fetch_is_conditional_and_a_304_is_not_modified(news):
    url = news.serve("/a", Answer(body=PAGE, etag='"v1"', last_modified="Tue, 13 May 2025 08:00:00 GMT"))
    fetcher = quick()
    first = fetcher.get(url)
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Tue, 13 May 2025 08:00:00 GMT")
    again = fetcher.get(url, etag=first.etag)
    assert (again.status, again.modified, again.body, again.etag) == (304, False, b"", '"v1"')
    assert news.log[-1].headers["if-none-match"] == '"v1"' and "if-modified-since" not in news.log[-1].headers
    by_date = fetcher.get(url, last_modified=first.last_modified)
    assert by_date.status == 304 and by_date.last_modified == first.last_modified
    assert news.log[-1].headers["if-modified-since"] == "Tue, 13 May 2025 08:00:00 GMT"
    assert "if-none-match" not in news.log[1].headers  # the first request was not conditional
    assert fetcher.get(url, etag='"v0"').status == 200  # another version: the page comes


def test_fetch_304_to_an_unconditional_request_is_an_error(news):
    url = news.serve("/a", Answer(304))
    assert error(lambda: quick().get(url)) == f"{url}: HTTP 304 Not Modified"


def test_fetch_refuses_this_machine_unless_allowed(news):
    url = news.serve("/a", Answer(body=PAGE))
    message = error(lambda: fetch.Fetcher().get(url))
    assert message == (f"{url}: refused: 127.0.0.1 is a loopback address; an article's address may not reach this "
                       "machine or its network (--allow-private allows it)")
    assert news.log == []  # not even robots.txt
    assert quick(allow_private=False, private_networks=("127.0.0.1/32",)).get(url).status == 200


@pytest.mark.parametrize("address, why", [
    ("10.1.2.3", "10.1.2.3 is a private address"), ("192.168.0.9", "192.168.0.9 is a private address"),
    ("172.16.5.4", "172.16.5.4 is a private address"), ("127.8.8.8", "127.8.8.8 is a loopback address"),
    ("169.254.169.254", "169.254.169.254 is a link-local address"), ("224.0.0.251", "224.0.0.251 is a multicast "
                                                                                   "address"),
    ("240.0.0.1", "240.0.0.1 is a reserved address"), ("0.0.0.0", "0.0.0.0 is an unspecified address"),
    ("::1", "::1 is a loopback address"), ("fe80::1%eth0", "fe80::1 is a link-local address"),
    ("::ffff:192.168.1.1", "192.168.1.1 is a private address"), ("fc00::7", "fc00::7 is a private address"),
    ("100.64.0.1", "100.64.0.1 is not a public address"), ("93.184.215.14", None), ("2a00:1450:4001::1", None)])
def test_fetch_refuses_every_kind_of_non_public_address(address, why):
    assert refusal(address, Settings()) == why
    assert refusal(address, Settings(allow_private=True)) is None


@pytest.fixture()
def dns(monkeypatch):
    """Answers for made-up host names ({name: [addresses]}), and the names looked up, in order."""
    answers: dict[str, list[str]] = {}
    asked: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in answers[host]]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers, asked


def test_fetch_checks_every_address_of_a_host(news, dns):
    answers, _ = dns
    answers["news.example"] = ["127.0.0.1", "127.0.0.2"]  # the first allowed here: were it alone checked, it would go
    url = news.serve("/a", Answer(body=PAGE)).replace("127.0.0.1", "news.example")
    fetcher = quick(allow_private=False, private_networks=("127.0.0.1/32",))
    assert error(lambda: fetcher.get(url)) == (f"{url}: refused: 127.0.0.2 is a loopback address; an article's address "
                                               "may not reach this machine or its network (--allow-private allows it)")
    assert news.log == []


def test_fetch_connects_to_the_address_it_checked_and_sends_the_host_name(news, dns):
    answers, asked = dns
    answers["news.example"] = ["127.0.0.1"]
    news.serve("/a", Answer(body=PAGE))
    reply = quick(allow_private=False, private_networks=("127.0.0.0/8",)).get(f"http://News.Example:{news.port}/a")
    assert reply.status == 200 and reply.url == f"http://News.Example:{news.port}/a"
    assert [r.host for r in news.log] == [f"news.example:{news.port}"] * 2  # robots.txt and the page
    assert asked == ["news.example"] * 2  # one look-up per request, by us: the connection is made to its answer


@pytest.fixture()
def tls_site(tmp_path, monkeypatch):
    """An https site on 127.0.0.1 with a certificate for news.example only, trusted by the fetcher's pools; the
    names it saw in TLS (SNI) and in the Host header."""
    import http.server
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl makes the test certificate")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", tmp_path / "key.pem",
                    "-out", tmp_path / "cert.pem", "-days", "1", "-subj", "/CN=news.example", "-addext",
                    "subjectAltName=DNS:news.example"], check=True, capture_output=True)
    seen: list[str] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    context.sni_callback = lambda sock, name, ctx: seen.append(f"sni {name}")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append(f"host {self.headers['Host']}")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()

    class Trusting(fetch.urllib3.HTTPSConnectionPool):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, ca_certs=str(tmp_path / "cert.pem"), **kwargs)

    monkeypatch.setattr(fetch.urllib3, "HTTPSConnectionPool", Trusting)
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def test_fetch_over_tls_checks_the_certificate_against_the_host_name(tls_site, dns):
    port, seen = tls_site
    answers, _ = dns
    answers["news.example"] = answers["other.example"] = ["127.0.0.1"]
    fetcher = quick(allow_private=False, private_networks=("127.0.0.1/32",))
    reply = fetcher.get(f"https://news.example:{port}/a")
    assert reply.body == PAGE and seen == ["sni news.example", f"host news.example:{port}"] * 2
    url = f"https://other.example:{port}/a"  # the same address, but not the name the certificate is for
    message = error(lambda: quick(private_networks=("127.0.0.1/32",), allow_private=False).get(url))
    assert message.startswith(f"{url}: the site's robots.txt could not be read (TLS failed (") and "other.example" \
        in message


def test_fetch_follows_redirects_to_the_final_url(news):
    news.serve("/r1", Answer(301, headers={"Location": "/r2"}))
    news.serve("/r2", Answer(302, headers={"Location": news.url("/r3")}))
    news.serve("/r3", Answer(307, headers={"Location": "final?id=4"}))
    news.serve("/final?id=4", Answer(body=PAGE))
    reply = quick().get(news.url("/r1"))
    assert (reply.status, reply.url, reply.body) == (200, news.url("/final?id=4"), PAGE)
    assert paths(news) == ["/robots.txt", "/r1", "/r2", "/r3", "/final?id=4"]


def test_fetch_stops_after_five_redirects(news):
    for n in range(7):
        news.serve(f"/r{n}", Answer(301, headers={"Location": f"/r{n + 1}"}))
    news.serve("/r5", Answer(body=PAGE))
    assert quick().get(news.url("/r0")).url == news.url("/r5")  # five redirects
    news.serve("/r5", Answer(301, headers={"Location": "/r6"}))
    url = news.url("/r0")
    assert error(lambda: quick().get(url)) == f"{url}: more than 5 redirects (a redirect loop?)"
    news.serve("/loop", Answer(302, headers={"Location": "/loop"}))
    loop = news.url("/loop")
    assert error(lambda: quick().get(loop)) == f"{loop}: more than 5 redirects (a redirect loop?)"
    assert paths(news).count("/loop") == 6


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"])
def test_fetch_refuses_a_redirect_to_another_scheme(news, location):
    url = news.serve("/go", Answer(301, headers={"Location": location}))
    scheme = location.split(":")[0]
    assert error(lambda: quick().get(url)) == (f"{url} (redirected to {location}): only http and https addresses are "
                                               f"fetched, not {scheme}:")


def test_fetch_checks_each_redirect_hop_again(news):
    with NewsServer("127.0.0.2") as other:
        inside = other.serve("/secret", Answer(body=PAGE))
        url = news.serve("/go", Answer(302, headers={"Location": inside}))
        fetcher = quick(allow_private=False, private_networks=("127.0.0.1/32",))  # this one server only
        assert error(lambda: fetcher.get(url)) == (
            f"{url} (redirected to {inside}): refused: 127.0.0.2 is a loopback address; an article's address may not "
            "reach this machine or its network (--allow-private allows it)")
        assert other.log == []


def test_fetch_gives_up_on_a_slow_server(news):
    url = news.serve("/slow", Answer(body=PAGE, delay=1.0))
    started = time.monotonic()
    assert error(lambda: quick(read_timeout=0.3).get(url)) == f"{url}: no answer within 0.3 s (read timeout)"
    assert time.monotonic() - started < 0.9


def test_fetch_gives_up_on_a_body_that_trickles(news):
    url = news.serve("/drip", Answer(body=b"<html>", stream=20 * 65536, pace=0.05))
    assert error(lambda: quick(total_timeout=0.3).get(url)) == f"{url}: the answer took over 0.3 s; reading stopped"


def test_fetch_refuses_a_huge_page_by_its_length_before_reading(news):
    url = news.serve("/huge", Answer(body=b"<html>", length=6 * 2 ** 20))
    assert error(lambda: quick().get(url)) == (f"{url}: the answer is 6.0 MB; pages are limited to 5 MB, so it was "
                                               "not read")


def test_fetch_stops_reading_a_huge_page_at_the_limit(news):
    url = news.serve("/huge", Answer(body=b"<html>", stream=8 * 2 ** 20))
    assert error(lambda: quick().get(url)) == f"{url}: the answer is over 5 MB; reading stopped there"
    assert fetch.Settings().max_bytes == 5 * 2 ** 20
    news.serve("/big", Answer(body=b"<html>" + b"x" * (5 * 2 ** 20 - 6)))  # exactly the limit
    assert len(quick().get(news.url("/big")).body) == 5 * 2 ** 20


@pytest.mark.parametrize("ctype", ["image/png", "application/pdf", "text/plain; charset=utf-8", ""])
def test_fetch_refuses_what_is_not_a_page(news, ctype):
    url = news.serve("/file", Answer(body=b"\x89PNG", type=ctype))
    assert error(lambda: quick().get(url)) == f"{url}: the server sent {ctype.split(';')[0] or 'no content type'}, " \
                                              "not an HTML page"


def test_fetch_takes_feeds_as_xml_and_refuses_html_as_a_feed(news):
    for n, ctype in enumerate(["application/rss+xml", "application/atom+xml", "text/xml; charset=utf-8",
                               "application/xml"]):
        assert quick().get(news.serve(f"/feed{n}", Answer(body=b"<rss/>", type=ctype)), "feed").status == 200
    url = news.serve("/page", Answer(body=PAGE))
    assert error(lambda: quick().get(url, "feed")) == f"{url}: the server sent text/html, not an RSS or Atom feed"


def test_fetch_retries_after_429_as_retry_after_says(news):
    url = news.serve("/a", Answer(429, headers={"Retry-After": "1"}), Answer(body=PAGE))
    assert quick(max_wait=5).get(url).status == 200
    first, second = (r.time for r in news.requests("/a"))
    assert second - first >= 1.0


def test_fetch_caps_the_wait_retry_after_asks(news):
    url = news.serve("/a", Answer(429, headers={"Retry-After": "30"}), Answer(body=PAGE))
    started = time.monotonic()
    assert quick(max_wait=0.2).get(url).status == 200
    first, second = (r.time for r in news.requests("/a"))
    assert second - first >= 0.2 and time.monotonic() - started < 2


def test_fetch_backs_off_exponentially_on_5xx(news):
    url = news.serve("/a", Answer(503), Answer(502), Answer(body=PAGE))
    assert quick(backoff=0.1, delay=0.0).get(url).body == PAGE
    times = [r.time for r in news.requests("/a")]
    assert len(times) == 3 and times[1] - times[0] >= 0.1 and times[2] - times[1] >= 0.2


def test_fetch_gives_up_after_the_retries(news):
    url = news.serve("/a", Answer(500))
    assert error(lambda: quick(retries=3).get(url)) == f"{url}: HTTP 500 Internal Server Error after 4 tries"
    assert len(news.requests("/a")) == 4


def test_fetch_reports_a_missing_page_at_once(news):
    url = news.url("/gone")
    assert error(lambda: quick().get(url)) == f"{url}: HTTP 404 Not Found"
    assert paths(news) == ["/robots.txt", "/gone"]


def test_fetch_unreachable_host_is_a_clear_error():
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))  # a port of ours that nothing listens on
        url = f"http://127.0.0.1:{unused.getsockname()[1]}/a"
        assert error(lambda: quick().get(url)) == (f"{url}: the site's robots.txt could not be read (cannot connect "
                                                   "([Errno 111] Connection refused)); it will be tried again later")


@pytest.mark.parametrize("url, canonical", [
    ("HTTPS://News.Example.ORG:443/a?utm_source=rss&utm_medium=feed", "https://news.example.org/a"),
    ("http://example.org:80/a#comments", "http://example.org/a"),
    ("http://example.org:8080/a", "http://example.org:8080/a"),
    ("https://example.org/a?z=1&a=2&fbclid=x&gclid=y&yclid=z&mc_cid=1&mc_eid=2&_ga=3&ref=home",
     "https://example.org/a?a=2&z=1"),
    ("https://example.org", "https://example.org/"),
    ("https://user@example.org/a?UTM_Campaign=x&id=", "https://example.org/a?id="),
    ("http://[2001:DB8::1]:8080/a", "http://[2001:db8::1]:8080/a"),
    ("https://News.Example.org./a", "https://news.example.org/a"),  # the root's dot names the same host
    ("https:///a", "https:///a"),  # no host: nothing is made up
    ("http://user:pw@Example.org:abc/x", "http://example.org:abc/x")])  # a port that is no number stays, for
def test_canonical_url_drops_what_does_not_change_the_page(url, canonical):  # the fetcher to refuse
    assert canonical_url(url) == canonical

"""Web addresses: which command-line sources are URLs, and the canonical form that recognises a page again."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
TRACKING_PARAMETERS = frozenset("""fbclid gclid gclsrc dclid yclid msclkid twclid igshid mc_cid mc_eid _ga _gl
    ref ref_src ref_url referrer cmpid ocid ncid icid wt_mc at_medium at_campaign spm share_source
    s_kwcid mkt_tok trk vero_id oly_anon_id oly_enc_id _hsenc _hsmi hsctatracking""".split())


def is_url(source: str) -> bool:
    """Whether a source names a web page (http or https) rather than a file.

    >>> is_url("HTTPS://example.org/a"), is_url("articles/"), is_url("ftp://example.org/a")
    (True, False, False)
    """
    return urlsplit(source.strip()).scheme.lower() in DEFAULT_PORTS


def canonical_url(url: str) -> str:
    """The URL with scheme and host lower-cased, the default port, user name, fragment and tracking parameters
    dropped, and the other query parameters sorted, so that the same page shared through two feeds is one page.

    >>> canonical_url("HTTPS://News.Example.ORG:443/a/b?utm_source=rss&id=7&b=2&fbclid=x#top")
    'https://news.example.org/a/b?b=2&id=7'
    >>> canonical_url("http://example.org:8080?ref=feed")
    'http://example.org:8080/'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # not a number: the fetcher refuses such an address with a clear error
        port = parts.netloc.rpartition(":")[2]
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host += f":{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k))
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def _tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)

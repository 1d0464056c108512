"""URLs and hosts: the one place that says when two URLs are one article, or one site, and which URLs are safe.

Three rules, used everywhere else:

* :func:`site_key` — which site a URL belongs to (same-site tests, outlet facets, health, redirects);
* :func:`canonicalize` — which article a URL names (one canonical URL is one article);
* :func:`safe_http_url` — whether a URL taken from a page, a feed or a user may be fetched or linked to.
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["site_key", "canonicalize", "safe_http_url", "split_or_none"]

# Query parameters that never change what a page shows.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "ref", "m", "amp", "_ga"}
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Prefixes naming the same site as the bare domain: the desktop "www." and the mobile "m." host.
_SAME_SITE_PREFIXES = ("www.", "m.")
# Characters that never belong in a URL: a scraped or typed URL holding one is not used as is.
_CONTROL = frozenset(chr(c) for c in range(0x20)) | {"\x7f"}


def split_or_none(url: object) -> SplitResult | None:
    """``urlsplit(url)``, or None when ``url`` is not a string or does not parse (e.g. an invalid IPv6 host)."""
    if not isinstance(url, str):
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:  # a port out of range or not a number
        return None


def _site_host(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in _SAME_SITE_PREFIXES:
        # "m.id" or "www.co" are whole domains, not a prefix on one
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix):]
    return host


def site_key(url: str | None) -> str:
    """The site ``url`` belongs to: lower-case host without ``www.``/``m.`` or a trailing dot, with a
    non-default port kept (two sites served from one address are two sites). ``""`` when there is no host."""
    parts = split_or_none(url)
    if parts is None:
        return ""
    host = _site_host(parts)
    port = _port(parts)
    return f"{host}:{port}" if host and port and port not in _DEFAULT_PORTS.values() else host


def canonicalize(url: str) -> str:
    """Normalise a URL for identity: scheme and host case, the site's host (:func:`site_key`), default port,
    tracking parameters, AMP and mobile variants, a trailing slash."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "http").lower()
    netloc = site_key(url)
    path = parts.path or "/"
    if path.endswith("/amp/") or path.endswith("/amp"):
        path = path[: path.rfind("/amp")] + "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def safe_http_url(url: object) -> str | None:
    """``url`` stripped, when it is an absolute http(s) URL with a host and no control character; else None.

    Scraped URLs may be ``javascript:``, relative, or carry a header-splitting newline. A space is let through:
    browsers and Scrapy percent-encode it."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ch in _CONTROL for ch in url):
        return None
    parts = split_or_none(url)
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url

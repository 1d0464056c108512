"""A hijacked site and a walled one, for the mirror (tests and benchmarks of humascrawl.verdicts).

Faults (humascrawl.demo.mirror.Fault) that make a demo site serve what the real web serves a crawler:

    site.set_faults(*hijack(site, site.posts[:4]))          # those posts' pages become casino spam, for crawlers only
    site.set_faults(wall("challenge"))                     # every request answered by a Cloudflare-like challenge

The spam is the demo's own (not the test corpus of tests/corpus/gambling): a hijacker's page in Indonesian with
its casino links, some hidden. Walls: ``challenge`` (403 + ``cf-mitigated: challenge``), ``captcha`` (200),
``waf`` (Wordfence-like 503), ``interstitial`` (Blogger's content warning, 200), ``rate_limit`` (429).
"""

from __future__ import annotations

import html
import re
from typing import Iterable

from .mirror import Fault, MirrorSite

CRAWLERS = r"(?i)bot|crawl|spider|humascrawl|scrapy"  # cloaking: the spam is shown to these agents only
_PITCH = [
    "Situs slot gacor hari ini dengan RTP live tertinggi, gampang maxwin dan withdraw kilat.",
    "Daftar sekarang, bonus new member 100% untuk semua permainan slot online dan togel.",
    "Gunakan link alternatif resmi kami agar bebas blokir. Deposit pulsa dan DANA 24 jam.",
    "Bocoran pola gacor dan jam hoki scatter hitam dibagikan admin setiap hari.",
]
_HOSTS = ["slotgacor-resmi.xyz", "togel4d-online.net", "maxwin88.vip", "link-alternatif-slot.top"]


def spam_page(n: int, site_name: str = "") -> bytes:
    title = f"SLOT GACOR {n}: Situs Slot Online Gampang Maxwin Terpercaya"
    links = "".join(f'<a href="https://{_HOSTS[(n + i) % len(_HOSTS)]}/?ref={n}{i}">slot gacor {i}</a> '
                    for i in range(12))
    hidden = "".join(f'<a href="https://{host}/daftar">situs togel</a>' for host in _HOSTS)
    body = "".join(f"<p>{html.escape(_PITCH[(n + i) % len(_PITCH)])}</p>" for i in range(len(_PITCH)))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f'<body><header>{html.escape(site_name)}</header><h1>{html.escape(title)}</h1>{body}'
            f'<div class="providers">{links}</div><div style="display:none">{hidden}</div></body></html>').encode()


def hijack(site: MirrorSite, posts: Iterable, crawlers_only: bool = True) -> list[Fault]:
    """Faults turning these posts' pages into gambling spam (for crawler agents only, unless told otherwise)."""
    return [Fault(pattern=f"^{re.escape(site.post_path(post))}(?:\\?.*)?$", status=200,
                  body=spam_page(i, site.spec.title),
                  headers={"Content-Type": "text/html; charset=UTF-8"},
                  user_agent=CRAWLERS if crawlers_only else None)
            for i, post in enumerate(posts)]


def redesigned_page(post, site_name: str = "") -> bytes:
    """The post in another template (a redesigned site: new theme, same Indonesian release with its units)."""
    menu = "".join(f'<a class="nav-link px-2" href="/kanal/{i}">Kanal {i}</a>' for i in range(7))
    cards = "".join(f'<div class="col-6 mini-card"><span class="pill">Terkini</span><a class="stretched" '
                    f'href="/terkini/{i}">Kabar {i}</a></div>' for i in range(4))
    body = "".join(f"<p>{html.escape(para)}</p>" for para in post.paragraphs)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(post.title)}</title>'
            f'</head><body class="theme-v2"><div class="topbar d-flex"><nav class="navbar">{menu}</nav></div>'
            f'<div class="container-xl"><div class="row"><div class="col-lg-8"><h1 class="headline display-5">'
            f'{html.escape(post.title)}</h1><div class="byline small"><span>{html.escape(site_name)}</span></div>'
            f'<section class="article-body">{body}</section></div><div class="col-lg-4 rail">{cards}</div></div>'
            f'</div><div class="bottom-bar"><small>{html.escape(site_name)}</small></div></body></html>').encode()


# An English casino page in a template of its own: borderline by its words and links alone (spam score 5.5, under
# the threshold 6), spam once the source's template and language are known to have changed (threshold 5).
# ("live casino" became a selling phrase of the spam rules with the fourth gambling batch: the page no longer says it,
# to stay borderline.)
_CASINO = [
    "Welcome to the most trusted casino of the year, where every player is treated like a king.",
    "Our casino tables are open all night, with friendly dealers and fast payouts for all members.",
    "Read our guide to the best casino games and learn how the professionals play.",
    "Thousands of players have already joined our club, and the jackpot grows every week.",
    "Sign up today, it takes less than a minute, and enjoy the games on your phone or on your computer.",
]


def casino_page(n: int) -> bytes:
    links = ('<a href="https://royal-casino-club.example/join">Join the club</a> '
             '<a href="https://news.example.com/sport">Sport</a> <a href="https://weather.example.org/">Weather</a> '
             '<a href="https://travel.example.net/">Travel</a>')
    body = "".join(f"<p>{html.escape(_CASINO[(n + i) % len(_CASINO)])}</p>" for i in range(len(_CASINO)))
    title = f"Royal Club {n}: Play With the Best"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="hero"><h1 class="hero-title">{title}</h1><a class="btn btn-join">Join</a></div>'
            f'<div class="games">{body}</div><div class="partners">{links}</div></body></html>').encode()


def replace_posts(site: MirrorSite, posts: Iterable, page) -> list[Fault]:
    """Faults serving ``page(post)`` (bytes) at each of these posts' URLs, to every agent."""
    return [Fault(pattern=f"^{re.escape(site.post_path(post))}(?:\\?.*)?$", status=200, body=page(post),
                  headers={"Content-Type": "text/html; charset=UTF-8"}) for post in posts]


_CHALLENGE = (b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body>'
              b'<noscript>Enable JavaScript and cookies to continue</noscript><script>window._cf_chl_opt={cType:'
              b'"managed"};</script><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1">'
              b'</script></body></html>')
_WALLS = {
    "challenge": (403, _CHALLENGE, {"cf-mitigated": "challenge", "Server": "cloudflare"}),
    "captcha": (200, b'<html><head><title>Security check - captcha</title></head><body><h1>Verify you are human'
                     b'</h1><div class="g-recaptcha" data-sitekey="x"></div></body></html>', {}),
    "waf": (503, b"<html><head><title>Blocked</title></head><body><h1>Your access to this site has been limited by "
                 b"the site owner</h1><p>Generated by Wordfence.</p></body></html>", {}),
    "interstitial": (200, b'<html><head><title>Blogger</title></head><body><h1>Content warning</h1><p>The blog that '
                          b'you are about to view may contain content only suitable for adults.</p><a href="https://'
                          b'www.blogger.com/blogin.g?blogspotURL=x">I UNDERSTAND AND I WISH TO CONTINUE</a></body>'
                          b'</html>', {}),
    "rate_limit": (429, b"<html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many Requests"
                        b"</h1></body></html>", {}),
}
WALLS = tuple(_WALLS)


def wall(kind: str, pattern: str = ".", crawlers_only: bool = False, delay: float = 0.0) -> Fault:
    """A fault answering the matching requests with a ``kind`` wall (one of WALLS), after ``delay`` seconds."""
    status, body, headers = _WALLS[kind]
    return Fault(pattern=pattern, status=status, body=body, delay=delay,
                 headers={"Content-Type": "text/html; charset=UTF-8", **headers},
                 user_agent=CRAWLERS if crawlers_only else None)

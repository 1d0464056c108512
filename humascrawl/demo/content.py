"""Deterministic generator of realistic Indonesian police public-relations posts (the demo sites' content).

A *release* (the press text: title, paragraphs, officers, units, event date) is generated from a key alone, so
two outlets can carry the same release; the *outlet wrapper* adds the dateline, credit lines, labels, times,
slug and id.  Every :class:`Post` carries its ground truth (``text``, ``dateline``, ``source_credit``, ...).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone

from . import seed as _seed
from .releases import DEFAULT_START, WIB, make_release
from .templates import SIGN_OFFS, SOURCE_CREDITS
from .vocab import EDITORS, WRITERS, ZONES

SEED_POST_ID = 4316580237519774430
# A multi-page post shows at least this many paragraphs per page: outlets split long articles, and a page of
# one or two short paragraphs is too thin for the extractor to tell the article from the page around it.
PAGE_MIN_PARAGRAPHS = 3


def parse_tz(tz: timezone | str | int | float | None) -> timezone:
    """``timezone``, ``"+07:00"``, ``"WITA"`` or hours (``8``) -> ``timezone``."""
    if tz is None:
        return WIB
    if isinstance(tz, timezone):
        return tz
    if isinstance(tz, (int, float)):
        return timezone(timedelta(hours=tz))
    if tz.upper() in ZONES:
        return ZONES[tz.upper()]
    m = re.fullmatch(r"(?:UTC)?([+-])(\d{1,2}):?(\d{2})?", tz.strip())
    if not m:
        raise ValueError(f"bad time zone offset {tz!r}")
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
    return timezone(-delta if m.group(1) == "-" else delta)


@dataclass
class Post:
    id: int
    slug: str
    title: str
    paragraphs: list[str]  # the article's own paragraphs: no dateline prefix, no credit lines
    dateline: str  # place of the dateline, e.g. "Ketapang"
    outlet: str  # outlet name used in the dateline, e.g. "Kalimantanpost.online"
    source_credit: str | None
    editor: str | None
    author: str | None  # byline / "Penulis:" (None: the theme shows no byline)
    labels: list[str]  # Blogger labels; WordPress categories + tags
    published: datetime
    updated: datetime
    event_date: str | None  # ISO date or date-time with the event zone's offset
    units: list[str]
    persons: list[dict]  # {"name", "rank", "position"}; position as written before the rank
    version: int = 1
    # --- how the post is printed (not ground truth) ---
    lead: str = ""  # the dateline prefix as printed, e.g. "Ketapang, Kalimantanpost.online.-"
    lead_break: bool = False  # dateline on its own line (<br/>) instead of running into paragraph 1
    trailer: list[str] = field(default_factory=list)  # credit lines as printed, e.g. ["Sumber: …", "Editor: …"]
    trailer_inline: bool = False  # a one-line trailer appended to the last paragraph
    body_style: str = "p"  # p | br | div
    baca_juga: int | None = None  # id of an older post linked as "Baca Juga:" inside the body
    baca_juga_at: int = 1  # inserted after this many paragraphs
    categories: list[str] = field(default_factory=list)  # WordPress categories (the rest of labels are tags)
    image: bool = False
    release: str = ""  # id of the press release; copies on other outlets share it
    pages: int = 1  # the post page is split over this many pages (WordPress /2/, Blogger ?page=2)
    single_view: bool = False  # page 1 also links a single-page view (Blogger ?page=all, "Tampilkan semua")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def page_ranges(self) -> list[range]:
        """The paragraph indices shown on each page, in page order (one range for a single-page post)."""
        return split_pages(len(self.paragraphs), self.pages)

    @property
    def tags(self) -> list[str]:
        return [x for x in self.labels if x not in self.categories]

    def truth(self) -> dict:
        """Ground truth in the archive's article-field names (``MirrorSite.truth`` adds url and site)."""
        return {"title": self.title, "published": self.published.isoformat(timespec="seconds"),
                "modified": self.updated.isoformat(timespec="seconds"), "author": self.author,
                "editor": self.editor, "source_credit": self.source_credit, "dateline": self.dateline,
                "event_date": self.event_date, "text": self.text, "labels": list(self.labels),
                "units": list(self.units), "persons": [dict(p) for p in self.persons], "language": "id",
                "cluster": self.release}

    def as_dict(self) -> dict:
        d = asdict(self)
        d["published"], d["updated"] = self.published.isoformat(), self.updated.isoformat()
        return d


def split_pages(n_paragraphs: int, pages: int) -> list[range]:
    """``n_paragraphs`` split into ``pages`` consecutive, nearly equal runs (earlier pages take the extra)."""
    pages = max(1, min(pages, n_paragraphs))
    size, extra = divmod(n_paragraphs, pages)
    out, start = [], 0
    for k in range(pages):
        end = start + size + (1 if k < extra else 0)
        out.append(range(start, end))
        start = end
    return out


# ---------------------------------------------------------------- slugs

def _words(title: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"['’`]", "", title.lower())).split()


def slugify_blogger(title: str, maxlen: int = 40) -> str:
    """Blogger-style slug: whole words, lowercase, joined by '-', at most ``maxlen`` characters."""
    out = ""
    for w in _words(title):
        cand = f"{out}-{w}" if out else w
        if len(cand) > maxlen:
            break
        out = cand
    return out or (_words(title) or ["post"])[0][:maxlen]


def slugify_wordpress(title: str) -> str:
    return "-".join(_words(title))[:190].strip("-") or "post"


# ---------------------------------------------------------------- the seed

SEED_RELEASE = dict(
    key="seed:80423a75dfeec430", title=_seed.SEED_TITLE, alts=[], paragraphs=list(_seed.SEED_PARAGRAPHS),
    units=["Polres Ketapang", "Polda Kalbar", "Bidhumas Polda Kalbar"],
    persons=[{"name": "Sumiadinata", "rank": "AKP", "position": "Kasi Humas"},
             {"name": "Hariansyah", "rank": "Bripka", "position": "operator PID"},
             {"name": "Raden Petit Wijaya", "rank": "Kombes Pol", "position": "Kabid Humas Polda Kalbar"}],
    event_date="2024-05-15T08:00:00+07:00", place="Ketapang", unit="Polres Ketapang", polda="Polda Kalbar",
    label="Humas", cat="Polri")


def seed_post() -> Post:
    """The seed article exactly as Kalimantanpost.online published it."""
    rel = SEED_RELEASE
    return Post(id=SEED_POST_ID, slug=slugify_blogger(rel["title"]), title=rel["title"],
                paragraphs=list(rel["paragraphs"]), dateline="Ketapang", outlet="Kalimantanpost.online",
                source_credit="Humas Polres Ketapang", editor="Lisa", author=None,
                labels=["Polres Ketapang", "Humas"], published=DEFAULT_START,
                updated=datetime(2024, 5, 15, 14, 5, 31, 112000, tzinfo=WIB), event_date=rel["event_date"],
                units=list(rel["units"]), persons=[dict(p) for p in rel["persons"]], lead=_seed.SEED_LEAD,
                lead_break=True, trailer=list(_seed.SEED_TRAILER), body_style="p", image=True,
                release=rel["key"])


# ---------------------------------------------------------------- outlets

BLOGGER_DATELINES = ("{Place}, {outlet}.-", "{Place}, {outlet}.-", "{PLACE} -", "{Place} ({outlet}) –")
WORDPRESS_DATELINES = ("{PLACE}, {outlet} –", "{PLACE}, {outlet} –", "{outlet}, {PLACE} –", "{PLACE} -")
UPDATE_SENTENCES = ["Hingga berita ini diturunkan, situasi di lokasi terpantau aman dan kondusif.",
                    "Pihak kepolisian masih terus melakukan pendalaman terkait kegiatan tersebut.",
                    "Kegiatan serupa rencananya akan kembali digelar dalam waktu dekat.",
                    "Warga menyambut baik dan berharap kegiatan ini dilaksanakan secara berkelanjutan.",
                    "Seluruh rangkaian kegiatan juga didokumentasikan oleh Seksi Humas."]


def _u64(*parts) -> int:
    return int.from_bytes(hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class GenConfig:
    site_name: str
    outlet: str
    seed: int = 0
    start: datetime = DEFAULT_START
    tz: timezone = WIB
    focus: tuple[str, ...] = ()
    platform: str = "blogger"  # slug style, id style, body styles
    include_seed: bool = False
    gap_hours: float = 5.0
    datelines: tuple[str, ...] = ()
    multipage_every: int = 0  # every n-th generated post, if long enough, is split over 2-3 pages

    def slot_time(self, i: int) -> datetime:
        """Publish time of the i-th post (before any shift made by later additions)."""
        if i == 0:
            return self.start.astimezone(self.tz)
        gap = self.gap_hours * 3600
        secs = i * gap + (_u64(self.site_name, self.seed, "t", i) % 1000) / 1000 * 0.8 * gap
        return (self.start + timedelta(seconds=int(secs) // 60 * 60)).astimezone(self.tz)

    def index_before(self, t: datetime) -> int | None:
        j = int((t - self.start).total_seconds() // (self.gap_hours * 3600))
        while j >= 0 and self.slot_time(j) > t:
            j -= 1
        return j if j >= 0 else None

    def release(self, i: int) -> dict:
        if i == 0 and self.include_seed:
            return SEED_RELEASE
        return make_release(f"{self.site_name}:{self.seed}:{i}", self.focus, self.slot_time(i))


class PostGenerator:
    """Stateful generator: ``generate(n)`` continues the sequence (used for ``MirrorSite.add_posts``)."""

    def __init__(self, cfg: GenConfig, share_from: GenConfig | None = None, share_every: int = 0):
        self.cfg, self.share_from, self.share_every = cfg, share_from, share_every
        self.index, self.offset, self.floor = 0, timedelta(0), None
        self.titles: set[str] = set()
        self.slugs: set[str] = set()
        self.history: list[int] = []
        rng = random.Random(f"site:{cfg.site_name}:{cfg.seed}")
        self.editors = (["Lisa"] if cfg.include_seed else []) + rng.sample(EDITORS[1:], 2)
        self.authors = rng.sample(WRITERS, 3)
        self.datelines = cfg.datelines or (WORDPRESS_DATELINES if cfg.platform == "wordpress" else BLOGGER_DATELINES)
        self.next_wp_id = 100 + rng.randint(0, 60)

    def advance_to(self, t: datetime) -> None:
        """Make every later post newer than ``t``."""
        self.floor = t if self.floor is None else max(self.floor, t)

    def generate(self, n: int) -> list[Post]:
        return [self._next() for _ in range(n)]

    def _next(self) -> Post:
        cfg, i = self.cfg, self.index
        self.index += 1
        t = cfg.slot_time(i) + self.offset
        if self.floor is not None and t <= self.floor:
            self.offset += self.floor - t + timedelta(minutes=30)
            t = cfg.slot_time(i) + self.offset
        if i == 0 and cfg.include_seed and cfg.platform == "blogger":
            post = seed_post()
            post.outlet = cfg.outlet
        else:
            rel = None
            if self.share_from is not None and self.share_every and i % self.share_every == self.share_every - 1:
                j = self.share_from.index_before(t - timedelta(hours=1))
                rel = self.share_from.release(j) if j is not None else None
            post = self._wrap(rel or cfg.release(i), i, t)
        self.titles.add(post.title)
        self.slugs.add(self._slug_key(post))
        self.history.append(post.id)
        return post

    def _slug_key(self, post: Post) -> str:
        return f"{post.published:%Y/%m}/{post.slug}" if self.cfg.platform == "blogger" else post.slug

    def _wrap(self, rel: dict, i: int, t: datetime) -> Post:
        cfg = self.cfg
        rng = random.Random(f"wrap:{cfg.site_name}:{cfg.seed}:{i}")
        wp = cfg.platform != "blogger"  # WordPress, Odoo and portals: small numeric ids, whole-title slugs
        title = next((x for x in [rel["title"], *rel["alts"]] if x not in self.titles), None)
        k = 2
        while title is None:
            title = f"{rel['title']} ({k})" if f"{rel['title']} ({k})" not in self.titles else None
            k += 1
        place = rel["place"]
        fmt = rng.choice(self.datelines)
        lead = fmt.format(Place=place, PLACE=place.upper(), outlet=cfg.outlet)
        credit = rng.choice(SOURCE_CREDITS).format(U=rel["unit"], PD=rel["polda"])
        editor = rng.choice(self.editors)
        author = rng.choice(self.authors) if wp or rng.random() < 0.75 else None
        r, source, ed = rng.random(), None, None
        if r < 0.5:
            trailer, source, ed = [f"Sumber: {credit}", f"Editor: {editor}"], credit, editor
        elif r < 0.65:
            author = author or rng.choice(self.authors)
            trailer, ed = [f"Penulis: {author}", f"Editor: {editor}"], editor
        elif r < 0.77:
            trailer, source = [f"({credit})"], credit
        elif r < 0.87:
            trailer = [rng.choice(SIGN_OFFS)]
        else:
            trailer = []
        paras = list(rel["paragraphs"])
        if wp:
            cats = [rel["cat"]] + (["Daerah"] if rng.random() < 0.3 and rel["cat"] != "Daerah" else [])
            labels = cats + [x for x in (rel["unit"], rel["label"]) if x not in cats]
        else:
            cats = []
            labels = [rel["unit"], rel["label"]] + ([rel["polda"]] if rng.random() < 0.3 else [])
        published = t.replace(microsecond=rng.randint(0, 40) * 1000)
        if rng.random() < 0.85:
            updated = published + timedelta(seconds=rng.randint(20, 900), milliseconds=rng.randint(0, 999))
        else:
            updated = published + timedelta(hours=rng.randint(1, 48), seconds=rng.randint(0, 3599),
                                            milliseconds=rng.randint(0, 999))
        slug = slugify_wordpress(title) if wp else slugify_blogger(title)
        post = Post(id=0, slug=slug, title=title, paragraphs=paras, dateline=place, outlet=cfg.outlet,
                    source_credit=source, editor=ed, author=author, labels=list(dict.fromkeys(labels)),
                    published=published, updated=updated, event_date=rel["event_date"], units=list(rel["units"]),
                    persons=[dict(p) for p in rel["persons"]], lead=lead,
                    lead_break="outlet" in fmt and rng.random() < 0.4, trailer=trailer,
                    trailer_inline=len(trailer) == 1 and rng.random() < 0.5,
                    body_style="p" if wp else rng.choice(["p", "p", "br", "div"]),
                    categories=cats, image=rng.random() < 0.6, release=rel["key"])
        if self.history and rng.random() < 0.3:
            post.baca_juga = rng.choice(self.history[-30:])
            post.baca_juga_at = rng.randint(1, max(1, len(paras) - 2))
        every = cfg.multipage_every
        if every > 0 and i % every == every - 1 and len(paras) >= 2 * PAGE_MIN_PARAGRAPHS:
            # hashed, not drawn from rng: enabling paging leaves every other post exactly as it was
            post.pages = min(2 + _u64(cfg.site_name, cfg.seed, "pages", i) % 2, len(paras) // PAGE_MIN_PARAGRAPHS)
            post.single_view = not wp and _u64(cfg.site_name, cfg.seed, "all", i) % 2 == 0
        base, k = post.slug, 0
        while self._slug_key(post) in self.slugs:
            k += 1
            post.slug = f"{base}-{k + 1}" if wp else f"{base}_{k}"
        if wp:
            self.next_wp_id += rng.randint(1, 6)
            post.id = self.next_wp_id
        else:
            post.id = 10 ** 18 + _u64(cfg.site_name, cfg.seed, "id", i) % (9 * 10 ** 18)
        return post


def generate_posts(site_name: str, outlet: str, n: int, seed: int = 0, start: datetime | None = None,
                   tz: timezone | str | None = None, *, focus: tuple[str, ...] | list[str] = (),
                   platform: str = "blogger", include_seed: bool | None = None, gap_hours: float = 5.0,
                   share_from: GenConfig | None = None, share_every: int = 0, multipage_every: int = 0) -> list[Post]:
    """``n`` posts, oldest first.  Same arguments -> same posts.  Post 0 of ``kalimantanpost`` is the seed.
    ``multipage_every``: every n-th post, if it has 3 paragraphs a page to show, is printed over 2 or 3 pages."""
    cfg = GenConfig(site_name, outlet, seed, start or DEFAULT_START, parse_tz(tz), tuple(focus), platform,
                    site_name == "kalimantanpost" if include_seed is None else include_seed, gap_hours,
                    multipage_every=multipage_every)
    return PostGenerator(cfg, share_from, share_every).generate(n)


def modified_copy(post: Post, updated: datetime) -> Post:
    """The next version of ``post``: one paragraph gains a sentence; ``updated`` and ``version`` move on."""
    paras = list(post.paragraphs)
    idx = (post.version * 7) % len(paras)
    paras[idx] = f"{paras[idx]} {UPDATE_SENTENCES[(post.version - 1) % len(UPDATE_SENTENCES)]}"
    return replace(post, paragraphs=paras, updated=updated, version=post.version + 1,
                   labels=list(post.labels), persons=[dict(p) for p in post.persons])

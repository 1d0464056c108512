"""One mirrored site: its posts, the mutation API used by crawl tests, fault injection and the request log."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from .common import Response
from .content import GenConfig, Post, PostGenerator, _u64, modified_copy, parse_tz
from .sites import SiteSpec


@dataclass
class Fault:
    """Applied before normal handling to requests whose path+query matches ``pattern`` (``re.search``).

    ``status`` or ``body`` set: answer with them (status defaults to 200, body to a short message).
    Neither set: wait ``delay`` seconds, then serve normally with ``headers`` added.  ``drop=True`` closes the
    connection without answering.  ``times``: how many requests it applies to (None = always).
    ``user_agent``: a regex the request's User-Agent must match (``re.search``) — a page cloaked for crawlers.
    """

    pattern: str
    status: int | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    times: int | None = None
    drop: bool = False
    user_agent: str | None = None
    hits: int = 0

    def __post_init__(self) -> None:
        self._re = re.compile(self.pattern)
        self._agent = re.compile(self.user_agent) if self.user_agent is not None else None


# The User-Agent of the request a handler thread is serving (set by the server before it asks for a fault).
_request = threading.local()


def serving_agent(agent: str) -> None:
    _request.agent = agent


class State:
    """An immutable snapshot of a site's posts with lookup tables and a response cache."""

    def __init__(self, site: "MirrorSite", posts: list[Post], generation: int):
        self.generation = generation
        self.by_pub = sorted(posts, key=lambda p: (p.published, p.id), reverse=True)  # newest first
        self.by_upd = sorted(posts, key=lambda p: (p.updated, p.id), reverse=True)
        self.by_id = {p.id: p for p in posts}
        self.pub_index = {p.id: i for i, p in enumerate(self.by_pub)}
        self.by_path = {site.post_path(p): p for p in posts}
        self.labels = Counter(label for p in posts for label in p.labels)
        self.cache: dict = {}
        # room for every post page (its gzipped body rides along) and the listings: a big site is served from here
        self.cache_limit = 4000 + len(posts)

    def cached(self, key, make):
        """``make()`` once per key and snapshot (the snapshot is replaced on every mutation)."""
        hit = self.cache.get(key)
        if hit is None:
            if len(self.cache) > self.cache_limit:
                self.cache.clear()
            hit = self.cache[key] = make()
        return hit


class MirrorSite:
    """A demo site: current posts, mutations, faults, robots.txt and the log of requests it received."""

    def __init__(self, spec: SiteSpec, share_from: GenConfig | None = None):
        self.spec = spec
        self.name, self.platform = spec.name, spec.platform
        self.tz = parse_tz(spec.tz)
        self.blog_id = 10 ** 18 + _u64("blog", spec.name, spec.seed) % (9 * 10 ** 18)
        self.generator = PostGenerator(spec.gen_config(), share_from, spec.share_every)
        self.base_url = ""  # "http://127.0.0.1:PORT/" once served
        self.faults: list[Fault] = []
        self.request_log: list[tuple[str, str, int]] = []
        # (monotonic time, User-Agent) of each logged request: which crawler came when (fleet tests)
        self.request_clients: list[tuple[float, str]] = []
        self._robots: str | None = None
        self._lock = threading.RLock()
        self._log_lock = threading.Lock()
        self._archive: dict[int, Post] = {}  # every post ever published (for "Baca Juga" links to deleted ones)
        self._posts: dict[int, Post] = {}
        self._generation = 0
        self.render_cache: dict = {}  # (kind, post id, version) -> str, survives snapshots
        if spec.platform == "blogger":
            from .blogger import BloggerApp as App
        elif spec.platform == "odoo":
            from .odoo import OdooApp as App
        elif spec.platform == "listing":
            from .portal import PortalApp as App
        else:
            from .wordpress import WordPressApp as App
        self.app = App(self)
        self._add(self.generator.generate(spec.posts))

    # ------------------------------------------------------------ reading
    @property
    def state(self) -> State:
        return self._state

    @property
    def posts(self) -> list[Post]:
        """Current posts, oldest first."""
        return list(reversed(self._state.by_pub))

    def post(self, post_id: int) -> Post:
        return self._posts[post_id]

    def archived(self, post_id: int) -> Post | None:
        return self._archive.get(post_id)

    @property
    def clock(self) -> datetime:
        """The site's own time: the latest publish or update (independent of the wall clock)."""
        times = [t for p in self._posts.values() for t in (p.published, p.updated)]
        return max(times) if times else self.generator.cfg.start

    def post_path(self, post: Post) -> str:
        return self.app.post_path(post)

    def post_url(self, post: Post) -> str:
        return self.base_url.rstrip("/") + self.post_path(post)

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path

    def truth(self, post_id: int) -> dict:
        """What an extractor should report for this post's page (article field names)."""
        post = self._archive[post_id]
        url = self.post_url(post)
        host = self.base_url.split("/")[2] if self.base_url else ""
        return {"url": url, "canonical_url": url, "site": host.split(":")[0], "site_name": self.spec.title,
                **post.truth()}

    @property
    def robots_txt(self) -> str:
        return self._robots if self._robots is not None else self.app.default_robots()

    @robots_txt.setter
    def robots_txt(self, value: str | None) -> None:
        self._robots = value
        self._bump()

    # ------------------------------------------------------------ mutations
    def add_posts(self, k: int) -> list[Post]:
        """Publish ``k`` new posts, newer than everything on the site."""
        with self._lock:
            self.generator.advance_to(self.clock)
            new = self.generator.generate(k)
            self._add(new)
            return new

    def modify_post(self, post_id: int) -> Post:
        """Edit one paragraph of a post: ``updated`` moves past the site clock, ``version`` goes up."""
        with self._lock:
            old = self._posts[post_id]
            new = modified_copy(old, self.clock + timedelta(minutes=17, seconds=post_id % 60,
                                                            milliseconds=post_id % 997))
            self._posts[post_id] = self._archive[post_id] = new
            self._bump()
            return new

    def set_pages(self, post_id: int, pages: int, single_view: bool = False) -> Post:
        """Print a post over ``pages`` pages (WordPress ``/N/``, Blogger ``?page=N``; ``single_view``: Blogger's
        page 1 also links ``?page=all``).  Only the HTML pages change: feeds, APIs and ``updated`` stay as they
        were, and so does the ground truth."""
        with self._lock:
            old = self._posts[post_id]
            if not 1 <= pages <= len(old.paragraphs):
                raise ValueError(f"a post of {len(old.paragraphs)} paragraphs cannot be shown on {pages} pages")
            new = replace(old, pages=pages, single_view=single_view and pages > 1)
            self._posts[post_id] = self._archive[post_id] = new
            self._bump()
            return new

    def delete_post(self, post_id: int) -> Post:
        """Remove a post: its page answers 404 and it leaves feeds, APIs and sitemaps."""
        with self._lock:
            post = self._posts.pop(post_id)
            self._bump()
            return post

    def set_faults(self, *faults: Fault) -> None:
        with self._lock:
            self.faults = list(faults)

    def clear_log(self) -> None:
        with self._log_lock:
            self.request_log.clear()
            self.request_clients.clear()

    def _add(self, posts: list[Post]) -> None:
        with self._lock:
            for p in posts:
                self._posts[p.id] = self._archive[p.id] = p
            self._bump()

    def _bump(self) -> None:
        with self._lock:
            self._generation += 1
            self._state = State(self, list(self._posts.values()), self._generation)

    def prerender(self) -> None:
        """Render every post page now, with its ETag and gzipped body, so serving one costs a lookup
        (benchmarks call this before the clock starts; a mutation drops the snapshot, call it again)."""
        st = self._state
        for post in st.by_pub:
            response = self.app.handle(st, self.post_path(post))
            response.etag
            response.gzipped()

    def reset_caches(self) -> None:
        """Forget rendered output (called when the site gets a new base URL)."""
        with self._lock:
            self.render_cache.clear()
            self._bump()

    # ------------------------------------------------------------ used by the HTTP handler
    def match_fault(self, path_q: str) -> Fault | None:
        if not self.faults:
            return None
        with self._lock:
            for f in self.faults:
                if (f.times is None or f.times > 0) and f._re.search(path_q) and (
                        f._agent is None or f._agent.search(getattr(_request, "agent", ""))):
                    if f.times is not None:
                        f.times -= 1
                    f.hits += 1
                    return f
        return None

    def log(self, method: str, path_q: str, status: int, agent: str = "") -> None:
        with self._log_lock:
            self.request_log.append((method, path_q, status))
            self.request_clients.append((time.monotonic(), agent))

    def handle(self, path_q: str) -> Response:
        return self.app.handle(self._state, path_q)

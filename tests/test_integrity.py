"""Integrity under kill -9: a crawl killed at random points again and again, on SQLite and PostgreSQL.

A mirror of three outlets (Blogger and WordPress, multi-page posts, releases republished by two outlets) is
crawled by ``humascrawl crawl`` in a subprocess that is SIGKILLed after a random delay (seeded), restarted, killed
again, and so on, with posts edited and added between some of the kills; a last run goes to completion.  After
every kill the archive must hold only whole articles (raw page, text, signature and buckets, versions 1..n),
nothing that an earlier kill left stored may be lost, no row may be orphaned, and the run records and the crawl
lock must tell the truth.  At the end every post of the mirror is stored exactly once, as its latest version.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError

from conftest import ROOT
from humascrawl.clusters import PARAMS, signature, to_bytes
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import SiteSpec
from humascrawl.storage.archive import Archive
from humascrawl.storage.locks import pid_alive
from humascrawl.storage.db import create_archive_engine, head_revision, upgrade
from humascrawl.storage.locks import CrawlLease
from humascrawl.storage.models import CrawlLock, CrawlRun, utcnow
from humascrawl.urls import canonicalize

# another seed kills at other moments: HUMASCRAWL_INTEGRITY_SEED=7 pytest tests/test_integrity.py
SEED = int(os.environ.get("HUMASCRAWL_INTEGRITY_SEED", "20240515"))
KILLS = 6
CRAWL_ARGS = ["--no-progress", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0",
              "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "HUMASCRAWL_STORE_BATCH=7",
              "-s", "HUMASCRAWL_EXTRACT_WORKERS=1"]


def mirror_specs() -> list[SiteSpec]:
    common = {"focus": ["Kalbar"], "start": "2024-05-15T08:00:00+07:00"}
    return [
        SiteSpec(name="origin", platform="blogger", title="Origin.com", outlet="Origin.com", posts=120, seed=31,
                 multipage_every=6, **common),
        SiteSpec(name="repost", platform="wordpress", title="Repost.id", outlet="Repost.id", posts=100, seed=32,
                 share_from="origin", share_every=3, multipage_every=7, **common),
        SiteSpec(name="relay", platform="blogger", title="Relay.com", outlet="Relay.com", posts=60, seed=33,
                 share_from="origin", share_every=2, theme="magazine", **common),
    ]


@pytest.fixture
def mirror():
    with MirrorServer(mirror_specs()) as server:
        for site in server.sites.values():
            # a little latency on article pages, so that a crawl lasts long enough to be killed in its middle
            site.set_faults(Fault(pattern=r"^/(\d{4}/\d{2}/|[a-z0-9-]+/(\d+/)?$)", delay=0.05))
        yield server


def start_crawl(db_url: str, sources: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    return subprocess.Popen([sys.executable, "-m", "humascrawl.cli", "crawl", "--db", db_url, "--sources", sources,
                             *CRAWL_ARGS], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def check_archive(conn, killed_pids: set[int]) -> dict[str, tuple[int, int, str]]:
    """Assert every invariant of a consistent archive; return canonical URL → (id, version, content hash)."""
    def q(sql: str) -> list:
        return conn.execute(text(sql)).all()

    articles = q("SELECT a.id, a.canonical_url, a.url, a.title, a.text, a.version, a.content_hash, a.cluster, "
                 "a.raw_page_id, r.body, r.body_sha256, r.body_size FROM articles a "
                 "LEFT JOIN raw_pages r ON r.id = a.raw_page_id ORDER BY a.id")
    urls = [a.canonical_url for a in articles]
    assert len(urls) == len(set(urls)), "a canonical URL is stored twice"
    alias_urls = {u for (u,) in q("SELECT canonical_url FROM article_aliases")}
    assert not alias_urls & set(urls), "a URL is both an article and an alias"

    signatures = dict(q("SELECT article_id, signature FROM article_signatures"))
    bucket_counts = dict(q("SELECT article_id, count(*) FROM lsh_buckets GROUP BY article_id"))
    versions: dict[int, list[int]] = defaultdict(list)
    for article_id, version in q("SELECT article_id, version FROM article_versions"):
        versions[article_id].append(version)
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for a in articles:
        where = f"article {a.id} ({a.url})"
        assert a.title and a.text.strip(), f"{where} has no title or text"
        assert a.body is not None, f"{where} has no raw page"
        body = zlib.decompress(a.body)
        assert len(body) == a.body_size and hashlib.sha256(body).hexdigest() == a.body_sha256, \
            f"{where}: raw page truncated"
        sig = signature(a.text)
        assert signatures.get(a.id) == (to_bytes(sig) if sig is not None else b""), \
            f"{where}: signature missing or not the one of its text"
        assert bucket_counts.get(a.id, 0) == (PARAMS.bands if sig is not None else 0), f"{where}: LSH buckets"
        assert sorted(versions.get(a.id, [])) == list(range(1, a.version)), \
            f"{where}: version {a.version} but old versions {sorted(versions.get(a.id, []))}"
        if a.cluster is not None:
            by_cluster[a.cluster].append(a.id)
    for cluster, members in by_cluster.items():
        assert min(members) == cluster and len(members) >= 2, f"cluster {cluster} has members {members}"

    ids = {a.id for a in articles}
    for table, column in (("article_signatures", "article_id"), ("lsh_buckets", "article_id"),
                          ("article_versions", "article_id"), ("article_aliases", "article_id"),
                          ("article_facets", "article_id")):
        orphans = {i for (i,) in q(f"SELECT DISTINCT {column} FROM {table}")} - ids
        assert not orphans, f"{table} has rows of missing articles {sorted(orphans)[:5]}"
    unreferenced = q("SELECT id FROM raw_pages WHERE id NOT IN (SELECT raw_page_id FROM articles "
                     "WHERE raw_page_id IS NOT NULL) AND id NOT IN (SELECT raw_page_id FROM article_versions "
                     "WHERE raw_page_id IS NOT NULL)")
    assert not unreferenced, f"raw pages stored without their article: {unreferenced[:5]}"
    assert not q("SELECT id FROM crawl_run_sources WHERE run_id NOT IN (SELECT id FROM crawl_runs)")

    runs = q("SELECT id, status, pid FROM crawl_runs ORDER BY id")
    running = [r for r in runs if r.status == "running"]
    assert len(running) <= 1, f"runs left running: {running}"
    assert all(r.status in ("running", "interrupted", "ok") for r in runs), runs
    for r in running:
        assert r.pid in killed_pids and not pid_alive(r.pid) and r.id == runs[-1].id, f"run {r} is not the killed one"
    for lock in q("SELECT run_id, pid FROM crawl_locks"):
        assert lock.pid in killed_pids and not pid_alive(lock.pid), f"lock {lock} held by a live process"
        assert lock.run_id is None or lock.run_id == runs[-1].id
    return {a.canonical_url: (a.id, a.version, a.content_hash) for a in articles}


def stored_rows(engine) -> int:
    """Articles plus old versions stored so far (0 while the archive is being created)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT (SELECT count(*) FROM articles) + "
                                     "(SELECT count(*) FROM article_versions)")).scalar_one()
    except DBAPIError:
        return 0


def wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the crawl made no progress"
        time.sleep(0.03)


def archive_state(engine, killed_pids: set[int]) -> dict[str, tuple[int, int, str]] | None:
    """:func:`check_archive` once the archive is fully migrated; None before (killed while creating it)."""
    with engine.connect() as conn:
        if not conn.dialect.has_table(conn, "alembic_version"):
            return None
        if conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() != [head_revision()]:
            return None
        return check_archive(conn, killed_pids)


@pytest.mark.parametrize("seed", [SEED])
def test_a_crawl_killed_again_and_again_loses_and_doubles_nothing(mirror, tmp_path, db_url, seed):
    rng = random.Random(seed)
    sources = tmp_path / "sources.toml"
    sources.write_text("".join(f'[[source]]\nname = "{s.name}"\nurl = "{mirror.base_url(s.name)}"\n'
                               f'platform = "{s.platform}"\n\n' for s in mirror_specs()), encoding="utf-8")
    origin, repost = mirror.site("origin"), mirror.site("repost")
    edited_when_stored: dict[str, int] = {}  # an edited post that was archived: its version then

    def url_of(post) -> str:
        return next(canonicalize(site.post_url(post)) for site in mirror.sites.values()
                    if any(p.id == post.id for p in site.posts))

    def edit(site, archived: bool, count: int) -> list:
        """Edit ``count`` posts of ``site`` (archived ones, or not yet archived), multi-page ones first."""
        pool = [p for p in site.posts if (url_of(p) in before) == archived]
        pool.sort(key=lambda p: (p.pages == 1, p.id))
        chosen = pool[:1] + rng.sample(pool[1:], min(count - 1, len(pool) - 1)) if pool else []
        for post in chosen:
            if archived:
                edited_when_stored.setdefault(url_of(post), before[url_of(post)][1])
            site.modify_post(post.id)
        return chosen

    # between kills the sites move on: posts are edited (archived ones, multi-page first, and not yet archived
    # ones), an edited one again, and new posts are added
    events = {1: lambda: edit(origin, True, 2) + edit(origin, False, 1),
              3: lambda: (edit(repost, True, 2), repost.add_posts(4)),
              4: lambda: (origin.modify_post(next(p for p in origin.posts if p.version > 1).id),
                          origin.add_posts(3), edit(mirror.site("relay"), True, 1))}
    engine = create_archive_engine(str(db_url))
    killed: set[int] = set()
    before: dict[str, tuple[int, int, str]] = {}
    kill_moments: list[str] = []  # when each kill came
    progress: list[int] = []  # articles archived after each kill
    try:
        for kill in range(KILLS):
            proc = start_crawl(str(db_url), str(sources))
            if kill in (0, 3):  # a fresh run: killed while it starts, migrates, takes the lock or lists
                pause = rng.uniform(0.3, 1.5) if kill == 0 else rng.uniform(1.5, 4.0)
                moment = f"{pause:.2f} s"
            else:  # a run that is storing: killed once it stored some more, at a random instant after
                target = stored_rows(engine) + rng.randint(1, 60)
                wait_until(lambda proc=proc, target=target: proc.poll() is not None or stored_rows(engine) >= target, 90)
                pause = rng.uniform(0, 0.4)
                moment = f"{target} rows + {pause:.2f} s"
            time.sleep(pause)
            kill_moments.append(moment)
            if proc.poll() is not None:  # it ended before the kill: it must have finished, not failed
                stderr = proc.communicate()[1].decode()
                assert proc.returncode == 0, f"run {kill + 1} (kills {kill_moments}) failed: {stderr[-3000:]}"
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            killed.add(proc.pid)
            now = archive_state(engine, killed)
            if now is not None:
                lost = [u for u, v in before.items() if u not in now or now[u][0] != v[0] or now[u][1] < v[1]]
                assert not lost, f"after kill {kill + 1} (kills {kill_moments}): lost or rolled back {lost[:3]}"
                before = now
            progress.append(len(before))
            if kill in events:
                events[kill]()

        final = start_crawl(str(db_url), str(sources))
        _, stderr = final.communicate(timeout=240)
        assert final.returncode == 0, f"kills {kill_moments}: {stderr.decode()[-3000:]}"
        with engine.connect() as conn:
            stored = check_archive(conn, killed)
            rows = {r.canonical_url: r for r in conn.execute(text(
                "SELECT canonical_url, text, version, cluster FROM articles"))}
            statuses = conn.execute(text("SELECT status FROM crawl_runs ORDER BY id")).scalars().all()
            assert conn.execute(text("SELECT count(*) FROM crawl_locks")).scalar_one() == 0
    finally:
        engine.dispose()
    assert statuses[-1] == "ok" and set(statuses[:-1]) <= {"interrupted", "ok"}, statuses
    assert statuses.count("interrupted") >= KILLS // 2, f"kills {kill_moments}: runs {statuses}"
    # most kills fell in the middle of the crawl, with part of the mirror archived
    assert sum(0 < n < len(stored) for n in progress) >= KILLS // 2, f"kills {kill_moments}, archived {progress}"
    print(f"kills at {kill_moments}; archived then: {progress}; runs: {statuses}")
    assert not [u for u, v in before.items() if stored.get(u, (None,))[0] != v[0]]

    # the ground truth: every post of the mirror exactly once, as its latest version
    posts = {canonicalize(site.post_url(p)): p for site in mirror.sites.values() for p in site.posts}
    assert len(posts) == sum(s.posts for s in mirror_specs()) + 4 + 3
    assert set(rows) == set(posts), (f"missing {sorted(set(posts) - set(rows))[:3]}, "
                                     f"extra {sorted(set(rows) - set(posts))[:3]}")
    releases = defaultdict(set)
    for url, post in posts.items():
        row = rows[url]
        assert all(paragraph[-60:] in row.text for paragraph in post.paragraphs), url  # the latest text, whole
        assert row.version <= post.version
        releases[post.release].add(row.cluster)
    assert sum(p.pages > 1 for p in posts.values()) >= 20
    assert edited_when_stored, "no edit reached an archived post: the test proves less than it says"
    for url, version in edited_when_stored.items():  # an edit of an archived post is a new version
        assert rows[url].version > version, url
    copies = {key: clusters for key, clusters in releases.items()
              if sum(1 for p in posts.values() if p.release == key) >= 2}
    assert len(copies) >= 40
    for key, clusters in copies.items():  # the copies of one release are one cluster, kills or not
        assert len(clusters) == 1 and None not in clusters, f"release {key}: clusters {clusters}"


def test_an_archive_killed_while_being_created_is_created_afresh(tmp_path):
    """SQLite runs DDL outside transactions unless one is open: a kill between migrations left tables behind
    without their revision, and every later run failed on "table already exists"."""
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    half_way = (f"import os\nfrom alembic import command\nfrom humascrawl.storage import db\n"
                f"real = command.upgrade\n"
                f"def die_half_way(cfg, revision):\n    real(cfg, '0002')\n    os._exit(9)\n"
                f"command.upgrade = die_half_way\ndb.upgrade(db.create_archive_engine({url!r}))\n")
    assert subprocess.run([sys.executable, "-c", half_way], cwd=ROOT, check=False).returncode == 9
    engine = create_archive_engine(url)
    try:
        with engine.connect() as conn:
            assert not conn.dialect.get_table_names(conn)  # the killed migration left nothing
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
    finally:
        engine.dispose()


def test_a_run_killed_before_it_attached_itself_to_the_lock_is_marked_interrupted(db_url):
    """The window between recording a run and naming it in the lock: the dead run is found by its process."""
    archive = Archive.open(db_url)
    try:
        run_id = archive.start_run({})
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        with archive.session.begin() as session:
            session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(pid=dead.pid))
            session.add(CrawlLock(name="crawl", run_id=None, host=socket.gethostname(), pid=dead.pid,
                                  expires_at=utcnow() + timedelta(minutes=2)))
        lease = CrawlLease(archive)
        lease.acquire()
        lease.release()
        assert [r.status for r in archive.recent_runs()] == ["interrupted"]
    finally:
        archive.close()

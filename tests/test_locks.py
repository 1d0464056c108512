"""The crawl lock: one run at a time, and a dead holder cannot keep it."""

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from conftest import ROOT
from humascrawl.storage.archive import Archive
from humascrawl.storage.db import ArchiveError
from humascrawl.storage.locks import CrawlLease, LockHeld


@pytest.fixture
def archive(db_url):
    archive = Archive.open(db_url)
    yield archive
    archive.close()


def test_second_holder_is_refused_until_release(archive):
    first, second = CrawlLease(archive), CrawlLease(archive)
    second.pid = first.pid + 1  # another live process on this machine… pretend it's alive
    second.host = "other-machine"
    first.acquire(run_id=None)
    with pytest.raises(LockHeld, match="another crawl is running"):
        second.acquire()
    first.release()
    second.acquire()
    assert second.holder().host == "other-machine"


def test_expired_lease_is_taken_over_and_its_run_marked_interrupted(archive):
    run_id = archive.start_run({})
    dead = CrawlLease(archive, lease=timedelta(seconds=-1))
    dead.host = "crashed-machine"
    dead.acquire(run_id=run_id)
    CrawlLease(archive).acquire()
    (run,) = archive.recent_runs()
    assert run.status == "interrupted"


def test_killed_process_on_this_machine_frees_the_lock_at_once(archive):
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    ghost = CrawlLease(archive)
    ghost.pid = proc.pid  # that process is gone
    ghost.acquire()
    CrawlLease(archive).acquire()  # no wait for the two-minute lease


def test_renew_extends_the_lease(archive):
    lease = CrawlLease(archive)
    lease.acquire()
    before = lease.holder().expires_at
    lease.renew()
    assert lease.holder().expires_at >= before


def test_a_fresh_sqlite_archive_being_created_elsewhere_is_waited_for(tmp_path):
    """Two runs creating one archive: the second waits for the first's schema instead of "database is locked"."""
    path = tmp_path / "fresh.sqlite3"
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("PRAGMA journal_mode=WAL")
    first.execute("BEGIN IMMEDIATE")  # the first run, mid-way through creating the archive
    first.execute("CREATE TABLE being_created (x)")
    opened: list = []
    second = threading.Thread(target=lambda: opened.append(_open_or_error(f"sqlite:///{path}")))
    second.start()
    second.join(0.5)
    first.execute("COMMIT")
    second.join(30)
    assert len(opened) == 1 and isinstance(opened[0], Archive), opened
    assert CrawlLease(opened[0]).holder() is None  # the schema is there
    opened[0].close()
    first.close()


def _open_or_error(url):
    try:
        return Archive.open(url)
    except ArchiveError as exc:
        return exc


def test_a_lost_race_for_the_lock_names_the_winner(archive, monkeypatch):
    winner, loser = CrawlLease(archive), CrawlLease(archive)
    loser.host = "other-machine"
    real = CrawlLease._acquire
    raced: list = []

    def racing(self, run_id):
        if self is loser and not raced:  # the winner writes between the loser's read and its write
            raced.append(winner.acquire(run_id=7))
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: crawl_locks.name"))
        return real(self, run_id)

    monkeypatch.setattr(CrawlLease, "_acquire", racing)
    with pytest.raises(LockHeld, match=r"another crawl is running \(run 7 on "):
        loser.acquire()


def test_two_crawls_started_at_once_on_a_fresh_archive(tmp_path):
    """One crawls (exit 0); the other exits 1 naming the holder — never 2 "database is locked"."""
    from humascrawl.demo.server import MirrorServer

    db = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    with MirrorServer.from_counts({"blog": ("blogger", 3)}) as server:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "blog"\nurl = "{server.base_url("blog")}"\nplatform = "blogger"\n')
        command = [sys.executable, "-m", "humascrawl.cli", "crawl", "--db", db, "--sources", str(sources),
                   "--no-progress", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0"]
        env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
        runs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for _ in range(2)]
        results = [(run.wait(240), run.stderr.read().decode()) for run in runs]
    codes = sorted(code for code, _ in results)
    refused = [err for code, err in results if code == 1]
    assert codes == [0, 1], results
    assert "another crawl is running" in refused[0] and "pid " in refused[0]


def test_host_leases_leave_out_a_taken_host_renew_together_and_release_only_their_own(archive):
    from sqlalchemy import update

    from humascrawl.storage.locks import LEASE, CrawlLeases, _aware, host_lease
    from humascrawl.storage.models import CrawlLock, utcnow

    other = CrawlLease(archive, host_lease("https://www.polda-a.example/"))
    other.host = "worker-machine"
    other.acquire()
    leases = CrawlLeases(archive, {"a": "https://polda-a.example/berita/", "b": "https://polres-b.example/",
                                   "b2": "https://www.polres-b.example/arsip/"})
    skipped = leases.acquire()
    assert list(skipped) == ["a"] and "polda-a.example" in skipped["a"] and "worker-machine" in skipped["a"]
    (mine,) = leases.held
    with archive.session.begin() as session:  # about to run out: renew must push it out again, not leave it
        session.execute(update(CrawlLock).where(CrawlLock.name == mine.name).values(expires_at=utcnow()))
    leases.renew()
    assert _aware(mine.holder().expires_at) > utcnow() + LEASE - timedelta(seconds=30)
    leases.release()
    assert mine.holder() is None and other.holder().host == "worker-machine"
    with pytest.raises(LockHeld, match="worker-machine"):
        CrawlLeases(archive, {"a": "https://polda-a.example/"}).acquire()


def test_host_leases_give_back_what_they_took_when_taking_the_next_one_fails(archive, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from humascrawl.storage.locks import CrawlLeases, host_lease

    real = CrawlLease.acquire

    def connection_lost_at_the_second_host(self, run_id=None):
        if self.name == host_lease("https://polres-b.example/"):
            raise OperationalError("UPDATE crawl_locks", {}, Exception("server closed the connection"))
        return real(self, run_id)

    monkeypatch.setattr(CrawlLease, "acquire", connection_lost_at_the_second_host)
    leases = CrawlLeases(archive, {"a": "https://polda-a.example/", "b": "https://polres-b.example/"})
    with pytest.raises(OperationalError):
        leases.acquire()
    assert CrawlLease(archive, host_lease("https://polda-a.example/")).holder() is None  # not left held
    assert leases.held == []


def test_the_crawl_keeps_renewing_its_lease_after_a_failed_renewal(caplog):
    """A database blip must not end the heartbeat: the lease would run out under a live crawl and another crawl
    would take its host."""
    from sqlalchemy.exc import OperationalError
    from twisted.internet.task import Clock

    from humascrawl.crawl.runner import keep_renewing

    class FlakyLease:
        calls = 0

        def renew(self):
            self.calls += 1
            if self.calls == 1:
                raise OperationalError("UPDATE crawl_locks", {}, Exception("server closed the connection\nmore"))

    clock, lease = Clock(), FlakyLease()
    loop = keep_renewing(lease, period=30, clock=clock)
    clock.advance(30)
    clock.advance(30)
    assert lease.calls == 2 and loop.running
    assert any("could not renew" in r.getMessage() and "\n" not in r.getMessage() for r in caplog.records)
    loop.stop()


def test_a_lost_lease_is_said_loudly_not_renewed_in_silence(archive, caplog):
    """Taken over after the database was gone past the lease: renewing updates nothing, and the crawl must say
    that another crawl may now be on its host."""
    from sqlalchemy import delete
    from twisted.internet.task import Clock

    from humascrawl.storage.models import CrawlLock

    from humascrawl.crawl.runner import keep_renewing
    from humascrawl.storage.locks import CrawlLeases

    single = CrawlLease(archive)
    single.acquire()
    assert single.renew() is True
    leases = CrawlLeases(archive, {"a": "https://polda-a.example/", "b": "https://polres-b.example/"})
    leases.acquire()
    assert leases.renew() is True
    with archive.session.begin() as session:  # another crawl took one host and the archive-wide lock over
        session.execute(delete(CrawlLock).where(CrawlLock.name.in_(["crawl", leases.held[1].name])))
    assert single.renew() is False and leases.renew() is False
    clock = Clock()
    loop = keep_renewing(leases, period=30, clock=clock)
    clock.advance(30)
    assert any(r.levelname == "ERROR" and "lost its crawl lease" in r.getMessage() for r in caplog.records)
    loop.stop()
    leases.release()

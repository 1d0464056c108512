"""The crawl lock: one run at a time, and a dead holder cannot keep it."""

import subprocess
import sys
from datetime import timedelta

import pytest

from humascrawl.storage.archive import Archive
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

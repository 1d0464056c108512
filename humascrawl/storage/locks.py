"""Crawl locks in the archive: one run at a time (``crawl``, SQLite) or one crawl per host (``crawl:HOST``: fleet
jobs and crawls of a PostgreSQL archive), and a crashed run cannot hold one forever."""

from __future__ import annotations

import os
import socket
import time
from contextlib import suppress
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from humascrawl.errors import HumascrawlError
from humascrawl.storage.models import CrawlLock, CrawlRun, utcnow

LEASE = timedelta(minutes=2)
HOST_LEASE_PREFIX = "crawl:"


class LockHeld(HumascrawlError, RuntimeError):
    """Another live run holds the lock; the message says which. Not a usage error: the job could not run now."""

    exit_code = 1

    def one_line(self) -> str:
        return str(self)


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone=True columns.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class CrawlLease:
    """Acquire with :meth:`acquire`, keep alive with :meth:`renew`, give back with :meth:`release`."""

    def __init__(self, archive, name: str = "crawl", lease: timedelta = LEASE):
        self.archive = archive
        self.name = name
        self.lease = lease
        self.host = socket.gethostname()
        self.pid = os.getpid()

    def _is_stale(self, row: CrawlLock, now: datetime) -> bool:
        if _aware(row.expires_at) < now:
            return True
        # Same machine and the holder's process is gone (killed): no need to wait for the lease.
        return row.host == self.host and row.pid != self.pid and not pid_alive(row.pid)

    def acquire(self, run_id: int | None = None) -> None:
        # Two runs starting at once both find the lock free; the one that loses the write (a duplicate
        # row, or SQLite's "database is locked" when the other wrote since it read) looks again and
        # finds the winner's row, so the refusal names the holder like any other.
        for _ in range(2):
            try:
                return self._acquire(run_id)
            except (IntegrityError, OperationalError):
                time.sleep(0.1)
        return self._acquire(run_id)

    def _acquire(self, run_id: int | None) -> None:
        now = utcnow()
        with self.archive.session.begin() as session:
            row = session.get(CrawlLock, self.name, with_for_update=True)
            if row is not None and not self._is_stale(row, now):
                run = f"run {row.run_id}" if row.run_id else "starting"
                raise LockHeld(
                    f"another crawl is running ({run} on {row.host}, pid {row.pid}, since "
                    f"{_aware(row.acquired_at).isoformat(timespec='seconds')}); its lock expires "
                    f"{_aware(row.expires_at).isoformat(timespec='seconds')} if it stops renewing")
            if row is not None:
                # The holder died mid-run: say so in its record (found by its process too: it may have died
                # after recording its run but before attaching the run to the lock).
                session.execute(update(CrawlRun).where(
                    CrawlRun.status == "running",
                    (CrawlRun.id == row.run_id) | ((CrawlRun.host == row.host) & (CrawlRun.pid == row.pid)))
                    .values(status="interrupted"))
                session.delete(row)
                session.flush()
            session.add(CrawlLock(name=self.name, run_id=run_id, host=self.host, pid=self.pid,
                                  acquired_at=now, expires_at=now + self.lease))

    def attach_run(self, run_id: int) -> None:
        with self.archive.session.begin() as session:
            session.execute(update(CrawlLock).where(CrawlLock.name == self.name, CrawlLock.pid == self.pid)
                            .values(run_id=run_id))

    def renew(self) -> bool:
        """Push the lease out; False when it is no longer ours (it ran out and another run took it over)."""
        with self.archive.session.begin() as session:
            renewed = session.execute(update(CrawlLock).where(CrawlLock.name == self.name, CrawlLock.pid == self.pid,
                                                              CrawlLock.host == self.host)
                                      .values(expires_at=utcnow() + self.lease)).rowcount
        return renewed == 1

    def release(self) -> None:
        with self.archive.session.begin() as session:
            session.execute(delete(CrawlLock).where(CrawlLock.name == self.name, CrawlLock.pid == self.pid,
                                                    CrawlLock.host == self.host))

    def holder(self) -> CrawlLock | None:
        with self.archive.session() as session:
            return session.scalars(select(CrawlLock).where(CrawlLock.name == self.name)).one_or_none()


def host_lease(url: str) -> str:
    """The crawl-lock name of a source at ``url``: one crawl per host at a time (``crawl:HOST``)."""
    from humascrawl.urls import site_key

    return (HOST_LEASE_PREFIX + (site_key(url) or url))[:100]


class CrawlLeases:
    """The per-host leases (``crawl:HOST``) of a run's sources, taken as fleet jobs take them, so a crawl by hand
    and a worker never crawl one host at once. A source whose host another live run holds is left out."""

    def __init__(self, archive, urls: dict[str, str]):
        self.archive = archive
        self.hosts = {name: host_lease(url) for name, url in urls.items()}  # source name → its host's lease
        self.held: list[CrawlLease] = []

    def acquire(self, run_id: int | None = None) -> dict[str, str]:
        """Take every free host lease; source name → why it is left out (naming the holder). Raises LockHeld,
        holding nothing, when every source's host is taken."""
        refused: dict[str, str] = {}
        try:
            for name in dict.fromkeys(self.hosts.values()):
                lease = CrawlLease(self.archive, name)
                try:
                    lease.acquire(run_id)
                except LockHeld as exc:
                    refused[name] = f"host {name[len(HOST_LEASE_PREFIX):]} is taken: {exc}"
                else:
                    self.held.append(lease)
        except BaseException:  # e.g. the connection dropped at the 500th host: give back the 499 taken
            if self.held:
                with suppress(Exception):  # unreachable too: they run out after LEASE
                    self.release()
            raise
        if not self.held:
            raise LockHeld(next(iter(refused.values())))
        return {source: refused[name] for source, name in self.hosts.items() if name in refused}

    # One statement for all the leases held (a crawl by hand may hold thousands; renew runs in the reactor).
    def _mine(self):
        mine = self.held[0] if self.held else CrawlLease(self.archive)
        return (CrawlLock.name.in_([lease.name for lease in self.held]), CrawlLock.pid == mine.pid,
                CrawlLock.host == mine.host)

    def attach_run(self, run_id: int) -> None:
        with self.archive.session.begin() as session:
            session.execute(update(CrawlLock).where(*self._mine()).values(run_id=run_id))

    def renew(self) -> bool:
        """Push every held lease out; False when any is no longer ours."""
        with self.archive.session.begin() as session:
            renewed = session.execute(update(CrawlLock).where(*self._mine()).values(expires_at=utcnow() + LEASE))
        return renewed.rowcount == len(self.held)

    def release(self) -> None:
        with self.archive.session.begin() as session:
            session.execute(delete(CrawlLock).where(*self._mine()))
        self.held = []

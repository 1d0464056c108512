"""A crawl lock in the archive: one run at a time, and a crashed run cannot hold it forever."""

from __future__ import annotations

import os
import socket
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from humascrawl.errors import HumascrawlError
from humascrawl.storage.models import CrawlLock, CrawlRun, utcnow

LEASE = timedelta(minutes=2)


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

    def renew(self) -> None:
        with self.archive.session.begin() as session:
            session.execute(update(CrawlLock).where(CrawlLock.name == self.name, CrawlLock.pid == self.pid,
                                                    CrawlLock.host == self.host)
                            .values(expires_at=utcnow() + self.lease))

    def release(self) -> None:
        with self.archive.session.begin() as session:
            session.execute(delete(CrawlLock).where(CrawlLock.name == self.name, CrawlLock.pid == self.pid,
                                                    CrawlLock.host == self.host))

    def holder(self) -> CrawlLock | None:
        with self.archive.session() as session:
            return session.scalars(select(CrawlLock).where(CrawlLock.name == self.name)).one_or_none()

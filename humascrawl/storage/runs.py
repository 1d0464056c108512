"""Crawl runs in the archive: each run, each source's counts in it, and the history health reads."""

from __future__ import annotations

import os
import socket
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import sessionmaker

from humascrawl.storage.models import Article, CrawlRun, CrawlRunSource, SourceRow, utcnow

RUN_COUNTERS = ("discovered", "fetched", "new", "changed", "unchanged", "bytes_received")


class RunRecords:
    """The crawl-run half of :class:`~humascrawl.storage.archive.Archive` (it needs ``self.engine`` and
    ``self.session``)."""

    engine: Engine
    session: sessionmaker

    def start_run(self, options: dict[str, Any]) -> int:
        with self.session.begin() as session:
            run = CrawlRun(status="running", host=socket.gethostname(), pid=os.getpid(), options=options)
            session.add(run)
            session.flush()
            return run.id

    def record_source_run(self, run_id: int, source_name: str, stats: dict[str, Any]) -> None:
        """Write (or overwrite) one source's counts for a run."""
        with self.session.begin() as session:
            row = session.scalars(select(CrawlRunSource).where(
                CrawlRunSource.run_id == run_id, CrawlRunSource.source_name == source_name)).one_or_none()
            if row is None:
                row = CrawlRunSource(run_id=run_id, source_name=source_name)
                session.add(row)
            for name in RUN_COUNTERS:
                setattr(row, name, int(stats.get(name, 0)))
            row.skipped = dict(stats.get("skipped", {}))
            row.failed = dict(stats.get("failed", {}))
            row.duration = stats.get("duration")
            row.error = stats.get("error")
            row.status = stats.get("status", "ok")
            row.field_counts = {k: int(v) for k, v in dict(stats.get("field_counts") or {}).items()}
            row.signature = dict(stats.get("signature") or {})

    def last_run_status(self, source_name: str) -> str | None:
        """The status of the source's latest run record; None when it never ran."""
        with self.engine.connect() as conn:
            return conn.execute(select(CrawlRunSource.status).where(CrawlRunSource.source_name == source_name)
                                .order_by(CrawlRunSource.id.desc()).limit(1)).scalar_one_or_none()

    def source_run_history(self, per_source: int = 20, names: Iterable[str] | None = None,
                           ) -> dict[str, list[dict[str, Any]]]:
        """Each source's last ``per_source`` run records, newest first, as dicts (for humascrawl.health)."""
        ranked = select(CrawlRunSource.id, func.row_number().over(
            partition_by=CrawlRunSource.source_name, order_by=CrawlRunSource.run_id.desc()).label("rank"))
        if names is not None:
            ranked = ranked.where(CrawlRunSource.source_name.in_(list(names)))
        ranked = ranked.subquery()
        query = (select(CrawlRunSource, CrawlRun.started_at, CrawlRun.finished_at)
                 .join(CrawlRun, CrawlRunSource.run_id == CrawlRun.id)
                 .join(ranked, ranked.c.id == CrawlRunSource.id)
                 .where(ranked.c.rank <= per_source)
                 .order_by(CrawlRunSource.source_name, CrawlRunSource.run_id.desc()))
        history: dict[str, list[dict[str, Any]]] = {}
        with self.session() as session:
            for row, started_at, finished_at in session.execute(query):
                history.setdefault(row.source_name, []).append({
                    "run_id": row.run_id, "started_at": started_at, "finished_at": finished_at,
                    "status": row.status, "error": row.error, "skipped": row.skipped, "failed": row.failed,
                    **{name: getattr(row, name) for name in RUN_COUNTERS},
                    "field_counts": row.field_counts or {}, "signature": row.signature or {},
                })
        return history

    def article_stats_by_source(self) -> dict[str, tuple[int, datetime | None]]:
        """Source name → (articles archived, when the newest of them was first seen)."""
        query = (select(SourceRow.name, func.count(Article.id), func.max(Article.first_seen))
                 .join(Article, Article.source_id == SourceRow.id, isouter=True).group_by(SourceRow.name))
        with self.engine.connect() as conn:
            return {name: (count, latest) for name, count, latest in conn.execute(query)}

    def finish_run(self, run_id: int, status: str) -> None:
        with self.session.begin() as session:
            session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(status=status, finished_at=utcnow()))

    def recent_runs(self, limit: int = 10) -> list[CrawlRun]:
        with self.session() as session:
            runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)).all()
            for run in runs:
                run.sources  # load while the session is open
            return list(runs)

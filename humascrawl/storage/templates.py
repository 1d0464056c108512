"""Each source's learned page template (``source_templates``, humascrawl.verdicts.drift): the only code that reads
or writes the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from humascrawl.storage.models import SourceRow, SourceTemplate
from humascrawl.verdicts.drift import Baseline

if TYPE_CHECKING:
    from humascrawl.storage.archive import Archive


def load_baseline(archive: Archive, source_name: str) -> Baseline | None:
    """The source's baseline, or None when none was learned yet (or the source is unknown)."""
    query = (select(SourceTemplate).join(SourceRow, SourceTemplate.source_id == SourceRow.id)
             .where(SourceRow.name == source_name))
    with archive.session() as session:
        row = session.scalars(query).first()
        if row is None:
            return None
        return Baseline(tuple(tuple(int(h) for h in sketch) for sketch in row.sketches or ()), row.pages,
                        row.police_share, row.indonesian_share)


def save_baseline(archive: Archive, source_name: str, baseline: Baseline, run_id: int | None = None) -> bool:
    """Store the source's baseline (insert or replace); False when the source is not in the archive."""
    with archive.session.begin() as session:
        source_id = session.scalar(select(SourceRow.id).where(SourceRow.name == source_name))
        if source_id is None:
            return False
        row = session.get(SourceTemplate, source_id)
        if row is None:
            row = SourceTemplate(source_id=source_id)
            session.add(row)
        row.sketches, row.pages = [list(sketch) for sketch in baseline.sketches], baseline.pages
        row.police_share, row.indonesian_share, row.run_id = baseline.police_share, baseline.indonesian_share, run_id
        return True

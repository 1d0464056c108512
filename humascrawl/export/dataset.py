"""One export: stream the matching articles into a file of the chosen format and write its manifest.

Nothing appears under the requested name until the whole dataset is written: data and manifest are first
written to hidden ``.NAME.partial-PID`` files beside the target and renamed at the end (data first, then the
manifest), so an interrupted export leaves no file that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from humascrawl import __version__
from humascrawl.errors import HumascrawlError
from humascrawl.extract import EXTRACTOR_VERSION
from humascrawl.filters import ArticleFilter

from . import sqlite_arrow
from .columns import COLUMNS
from .rows import ExportStats, prefetched, stream_batches
from .tables import CsvWriter, JsonlWriter, ParquetWriter
from .warc import WarcWriter

FORMATS = ("jsonl", "csv", "parquet", "warc")
# Rows per batch: also Parquet's row-group size. WARC rows carry whole raw pages, so fewer at a time.
DEFAULT_BATCH_SIZE = {"jsonl": 5_000, "csv": 5_000, "parquet": 20_000, "warc": 200}
_SUFFIXES = ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".csv", "csv"), (".parquet", "parquet"),
             (".warc.gz", "warc"), (".warc", "warc"))
MANIFEST_SUFFIX = ".manifest.json"


class ExportError(HumascrawlError, ValueError):
    """The export cannot start (bad path, existing file, unknown format); the message is one line."""


@dataclass
class ExportResult:
    path: Path
    manifest_path: Path
    manifest: dict[str, Any]
    seconds: float

    @property
    def rows(self) -> int:
        return self.manifest["rows"]


def format_for(path: str | Path) -> str | None:
    """The format a file name implies (``.jsonl``, ``.csv``, ``.parquet``, ``.warc.gz``), if any."""
    name = str(path).lower()
    return next((fmt for suffix, fmt in _SUFFIXES if name.endswith(suffix)), None)


def manifest_path_for(out: Path) -> Path:
    return out.with_name(out.name + MANIFEST_SUFFIX)


def public_db_url(url: str) -> str:
    """The archive's URL as a manifest may show it: no password (in the authority or the query)."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL never reaches here; be safe anyway
        return "<unparsable database URL>"
    query = {k: v for k, v in parsed.query.items() if k.lower() != "password"}
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, query)
    return bare.render_as_string(hide_password=False)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def check_target(out: Path, force: bool) -> None:
    """Refuse a target that cannot be written, or one that exists unless ``force``."""
    if str(out) in ("", "."):
        raise ExportError("--out needs a file name")
    if out.is_dir():
        raise ExportError(f"{out} is a directory; --out needs a file name")
    parent = out.parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {out}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ExportError(f"cannot write {out}: directory {parent} is not writable")
    if not force:
        for existing in (out, manifest_path_for(out)):
            if existing.exists():
                raise ExportError(f"{existing} exists; use --force to overwrite it")
    elif manifest_path_for(out).is_dir():
        raise ExportError(f"{manifest_path_for(out)} is a directory")


def _writer(fmt: str, path: Path, info: dict[str, Any]):
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    if fmt == "parquet":
        return ParquetWriter(path)
    return WarcWriter(path, info)


def export_dataset(engine: Engine, db_url: str, fmt: str, out: str | Path,
                   filters: ArticleFilter = ArticleFilter(), *, force: bool = False,
                   batch_size: int | None = None) -> ExportResult:
    """Export the articles matching ``filters`` to ``out`` in ``fmt`` with ``out`` + ``.manifest.json``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out).expanduser()
    check_target(out, force)
    batch_size = batch_size or DEFAULT_BATCH_SIZE[fmt]
    started = time.perf_counter()
    created = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    archive = public_db_url(db_url)
    manifest_path = manifest_path_for(out)
    data_tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
    manifest_tmp = out.with_name(f".{manifest_path.name}.partial-{os.getpid()}")
    renamed = False
    try:
        writer = _writer(fmt, data_tmp, {"description": "humascrawl export", "created": created,
                                         "archive": archive, "filters": filters.describe()})
        stats = ExportStats()
        try:
            if fmt == "parquet" and sqlite_arrow.available(engine):
                for table in prefetched(sqlite_arrow.arrow_batches(engine, filters, batch_size)):
                    writer.write_arrow(table)
                    stats.add_arrow(table)
            else:
                for batch in prefetched(stream_batches(engine, filters, batch_size, shape=writer.shape)):
                    writer.write(batch)
                    stats.add(batch)
        finally:
            writer.close()
        manifest = {
            "humascrawl_version": __version__,
            "created": created,
            "format": fmt,
            "archive": archive,
            "filters": filters.describe(),
            "rows": stats.rows,
            "order": "articles.id ascending (archive insertion order)",
            "date_range": stats.date_range(),
            "sources": stats.source_summary(engine),
            "extractor_versions": {(k or "unknown"): v for k, v in sorted(stats.extractor_versions.items(),
                                                                          key=lambda kv: str(kv[0]))},
            "current_extractor_version": EXTRACTOR_VERSION,
            "columns": [column.describe(fmt) for column in COLUMNS],
            "files": [{"name": out.name, "bytes": data_tmp.stat().st_size, "sha256": sha256_file(data_tmp)}],
        }
        if fmt == "warc":
            manifest["warc"] = {"records": writer.records, "page_records": writer.pages,
                                "articles_without_raw_page": writer.without_raw_page,
                                "columns_are": "the 'article' object of each metadata record"}
        manifest_tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(data_tmp, out)
        renamed = True
        os.replace(manifest_tmp, manifest_path)
    except BaseException:
        # Data without its manifest must not look like a finished export either.
        for leftover in (data_tmp, manifest_tmp, *((out,) if renamed else ())):
            leftover.unlink(missing_ok=True)
        raise
    return ExportResult(out, manifest_path, manifest, time.perf_counter() - started)

"""Tabular datasets: JSON Lines, CSV and Parquet, written batch by batch."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from .columns import ARROW_SCHEMA, COLUMN_NAMES

_WIDTH = len(COLUMN_NAMES)  # in "columns" rows the public columns come first


class JsonlWriter:
    """One JSON object per line, the article fields of interfaces.md as keys in their order, UTF-8."""

    shape = "json"  # the database builds each line (humascrawl.export.rows)

    def __init__(self, path: Path):
        self._file = open(path, "w", encoding="utf-8", newline="\n")

    def write(self, rows: Sequence[Any]) -> None:
        self._file.write("".join(f"{row.row_json}\n" for row in rows))

    def close(self) -> None:
        self._file.close()


class CsvWriter:
    """RFC 4180 CSV with a header row, UTF-8; lists and objects as JSON text; null as an empty field."""

    shape = "columns"  # labels, units and persons arrive as their stored JSON text

    def __init__(self, path: Path):
        self._file = open(path, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._file)
        self._csv.writerow(COLUMN_NAMES)

    def write(self, rows: Sequence[Any]) -> None:
        self._csv.writerows(row[:_WIDTH] for row in rows)

    def close(self) -> None:
        self._file.close()


class ParquetWriter:
    """Parquet with typed columns (lists and structs for labels, units, persons); one row group per batch.

    Each batch's rows arrive as JSON objects built by the database and are parsed together by Arrow's C
    JSON reader: no Python object per field, which is what makes the export fast.
    """

    shape = "json"
    _PARSE = pa_json.ParseOptions(explicit_schema=ARROW_SCHEMA, unexpected_field_behavior="ignore",
                                  newlines_in_values=False)

    def __init__(self, path: Path, compression: str = "zstd"):
        self._writer = pq.ParquetWriter(path, ARROW_SCHEMA, compression=compression)

    def write(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        lines = "\n".join(row.row_json for row in rows).encode("utf-8")
        # One block holds the whole batch, so the batch becomes exactly one row group.
        read = pa_json.ReadOptions(use_threads=True, block_size=len(lines) + 1)
        table = pa_json.read_json(pa.BufferReader(lines), read_options=read, parse_options=self._PARSE)
        self.write_arrow(table)

    def write_arrow(self, table: pa.Table) -> None:
        """A batch already in Arrow (humascrawl.export.sqlite_arrow); extra columns are left out."""
        table = table.select(list(COLUMN_NAMES))
        self._writer.write_table(table if table.schema == ARROW_SCHEMA else table.cast(ARROW_SCHEMA))

    def close(self) -> None:
        self._writer.close()

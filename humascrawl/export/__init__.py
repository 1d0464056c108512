"""Datasets out of the archive: JSONL, CSV, Parquet and WARC, each with a manifest."""

from .dataset import (DEFAULT_BATCH_SIZE, FORMATS, MANIFEST_SUFFIX, ExportError, ExportResult, export_dataset,
                      format_for, manifest_path_for)

__all__ = ["DEFAULT_BATCH_SIZE", "FORMATS", "MANIFEST_SUFFIX", "ExportError", "ExportResult", "export_dataset",
           "format_for", "manifest_path_for"]

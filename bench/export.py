"""Export throughput and memory: rows/s and peak RSS for each format.

    python bench/export.py --articles 1000000 --formats parquet,jsonl,csv   # generate (or reuse) under /tmp
    python bench/export.py --articles 100000 --formats warc                 # WARC needs raw pages
    python bench/export.py --db sqlite:////tmp/bench1m.sqlite3              # an existing archive

The archive comes from ``bench/make_archive.py`` (the shared generator of big archives; with raw pages when
WARC is measured), kept under /tmp for the next run. Each format runs in its own process, so the peak RSS
printed is that export's own.
Goal (issue 6): at least 50,000 rows/s to Parquet on a 1,000,000-article archive.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMATS = ("parquet", "jsonl", "csv", "warc")
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "warc": ".warc.gz"}
def ensure_archive(args) -> str:
    if args.db:
        return args.db
    raw = "-raw" if "warc" in args.formats else ""
    path = Path(tempfile.gettempdir()) / f"humascrawl-bench-export-{args.articles}{raw}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists():
        print(f"reusing {path}", file=sys.stderr)
        return url
    began = time.perf_counter()
    # Raw pages only when WARC is measured: the other formats never read them.
    raw = ["--raw-pages"] if "warc" in args.formats else []
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), "--db", url,
                    "--articles", str(args.articles), *raw], check=True)
    print(f"archive of {args.articles:,} articles made in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    return url


def child(db_url: str, fmt: str, out: str, batch_size: int | None) -> None:
    """One export, in this process; prints its figures as JSON."""
    from humascrawl.export import export_dataset
    from humascrawl.filters import ArticleFilter
    from humascrawl.storage.archive import Archive

    archive = Archive.open(db_url)
    result = export_dataset(archive.engine, db_url, fmt, out, ArticleFilter(), force=True, batch_size=batch_size)
    print(json.dumps({"rows": result.rows, "seconds": result.seconds, "bytes": result.manifest["files"][0]["bytes"]}))


def measure(db_url: str, fmt: str, folder: Path, batch_size: int | None) -> dict:
    out = folder / f"bench{SUFFIX[fmt]}"
    cmd = [sys.executable, __file__, "--child", fmt, "--db", db_url, "--out", str(out)]
    if batch_size:
        cmd += ["--batch-size", str(batch_size)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{fmt}: export failed")
    figures = json.loads(output)
    figures["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux: kilobytes
    # CPU seconds of the export process (all its threads): on a shared machine, the figure that load skews least.
    figures["cpu_seconds"] = usage.ru_utime + usage.ru_stime
    for leftover in (out, Path(str(out) + ".manifest.json")):
        leftover.unlink(missing_ok=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing archive (default: generate one under /tmp)")
    parser.add_argument("--articles", type=int, default=100_000, help="archive size to generate")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats to measure")
    parser.add_argument("--batch-size", type=int, default=None, help="rows per batch (default: per format)")
    parser.add_argument("--out-dir", default=tempfile.gettempdir(), help="where the exports are written (deleted)")
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.db, args.child, args.out, args.batch_size)
        return
    db_url = ensure_archive(args)
    print(f"{'format':8} {'rows':>10} {'seconds':>8} {'rows/s':>10} {'CPU s':>7} {'MB written':>11} "
          f"{'peak RSS MB':>12}")
    for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
        fig = measure(db_url, fmt, Path(args.out_dir), args.batch_size)
        print(f"{fmt:8} {fig['rows']:>10,} {fig['seconds']:>8.1f} {fig['rows'] / fig['seconds']:>10,.0f} "
              f"{fig['cpu_seconds']:>7.1f} {fig['bytes'] / 1e6:>11.1f} {fig['peak_rss_mb']:>12.0f}", flush=True)


if __name__ == "__main__":
    main()

"""Benchmark: what a crawl with no network writes to stderr.

Every source of ``data/sources.toml`` is pointed at a closed port on 127.0.0.1 (robots.txt, discovery and
fallbacks all fail), then crawled at the default log level and with ``-q``. Prints stderr lines and tracebacks.

    python bench/offline_logs.py
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    with socket.socket() as sock:  # bound, then closed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    port = closed_port()
    sources = (ROOT / "data" / "sources.toml").read_text()
    offline = re.sub(r'(?m)^url\s*=\s*"https?://[^"/]+', f'url = "http://127.0.0.1:{port}', sources)
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.toml"
        path.write_text(offline)
        count = len(re.findall(r"(?m)^\[\[source\]\]", offline))
        for label, quiet in (("default level", []), ("-q", ["-q"])):
            db = f"sqlite:///{Path(tmp) / (label.replace(' ', '_') + '.sqlite3')}"
            result = subprocess.run(
                [sys.executable, "-m", "humascrawl.cli", *quiet, "crawl", "--db", db, "--sources", str(path),
                 "--no-progress", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0"],
                cwd=ROOT, env=env, capture_output=True, timeout=600)
            err = result.stderr.decode("utf-8", "replace")
            print(f"{count} sources offline, {label}: exit {result.returncode}, {len(err.splitlines())} stderr lines, "
                  f"{err.count('Traceback')} tracebacks")


if __name__ == "__main__":
    main()

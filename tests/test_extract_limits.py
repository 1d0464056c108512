"""Bounds on extraction: page size (crawl and `humascrawl extract`) and time per page (crawl workers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli
from humascrawl.demo.server import MirrorServer
from test_cli import seed_page  # noqa: F401 - a fixture

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0"]
POSTS = 4


@pytest.fixture(scope="module")
def small_site():
    with MirrorServer.from_counts({"small": ("wordpress", POSTS)}) as server:
        yield server


def _crawl(server, tmp_path, *settings):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "small"\nurl = "{server.base_url("small")}"\nplatform = "wordpress"\n')
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    result = run_cli("crawl", "--db", db, "--sources", str(sources), "--no-progress", *FAST, *settings)
    status = run_cli("status", "--db", db, "--json")
    if status.returncode != 0:  # a crawl refused before it started creates no archive
        return result, None
    runs = json.loads(status.stdout)["runs"]
    return result, runs[0]["sources"][0] if runs else None


@pytest.mark.parametrize("workers", [1, 2])  # in the crawl's process and in the pool
def test_a_page_over_the_size_cap_fails_as_too_large(small_site, tmp_path, workers):
    result, source = _crawl(small_site, tmp_path, "-s", "HUMASCRAWL_MAX_PAGE_BYTES=200",
                            "-s", f"HUMASCRAWL_EXTRACT_WORKERS={workers}")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    assert source["status"] == "partial" and source["failed"] == {"too_large": POSTS} and source["new"] == 0


@pytest.mark.parametrize("workers", [1, 2])  # an alarm in the crawl's process; a killed worker in the pool
def test_a_page_over_the_time_limit_fails_as_extract_timeout_and_the_crawl_goes_on(small_site, tmp_path, workers):
    result, source = _crawl(small_site, tmp_path, "-s", f"HUMASCRAWL_EXTRACT_WORKERS={workers}",
                            "-s", "HUMASCRAWL_EXTRACT_TIMEOUT=0.000001")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    assert source["status"] == "partial" and source["failed"].get("extract_timeout", 0) >= 1
    assert source["failed"]["extract_timeout"] + source["new"] == POSTS  # every page accounted for


@pytest.mark.parametrize("name,value", [("HUMASCRAWL_EXTRACT_TIMEOUT", "soon"), ("HUMASCRAWL_MAX_PAGE_BYTES", "-1")])
def test_a_bad_limit_is_a_configuration_error(small_site, tmp_path, name, value):
    result, _ = _crawl(small_site, tmp_path, "-s", f"{name}={value}")
    assert result.returncode == 2 and name in result.stderr.decode() and b"Traceback" not in result.stderr


def _one_line_error(result) -> str:
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("humascrawl: error:"), result.stderr
    return lines[0]


def test_extract_refuses_a_page_over_the_size_cap_from_a_file_or_stdin(seed_page):  # noqa: F811
    path, _ = seed_page
    for args, stdin in (([str(path)], None), (["-"], path.read_bytes())):
        result = run_cli("extract", *args, input=stdin, env={"HUMASCRAWL_MAX_PAGE_BYTES": "1000"})
        assert result.returncode == 2 and "HUMASCRAWL_MAX_PAGE_BYTES" in _one_line_error(result)
    assert run_cli("extract", str(path), env={"HUMASCRAWL_MAX_PAGE_BYTES": str(path.stat().st_size)}).returncode == 0


def test_extract_reads_no_more_than_the_cap_of_an_endless_stdin():
    with open("/dev/zero", "rb") as endless:
        result = subprocess.run([sys.executable, "-m", "humascrawl.cli", "extract", "-"], stdin=endless, cwd=ROOT,
                                env={**os.environ, "HUMASCRAWL_MAX_PAGE_BYTES": "100000"}, capture_output=True,
                                timeout=120)
    assert result.returncode == 2 and "HUMASCRAWL_MAX_PAGE_BYTES" in _one_line_error(result)


def test_extract_stops_at_the_time_limit(seed_page):  # noqa: F811
    path, _ = seed_page
    result = run_cli("extract", str(path), env={"HUMASCRAWL_EXTRACT_TIMEOUT": "0.000001"})
    assert result.returncode == 2 and "HUMASCRAWL_EXTRACT_TIMEOUT" in _one_line_error(result)

"""What a crawl writes to stderr: a few lines per source, one line per event, never a traceback or a page body."""

from __future__ import annotations

import logging
import socket
import sys

from conftest import run_cli
from humascrawl.crawl.logs import ItemLogFormatter, RobotsTxtFailure
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.items import FetchedPage

FAST = ["--no-progress", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_sources(tmp_path, entries: list[tuple[str, str, str]], extra: str = "") -> str:
    path = tmp_path / "sources.toml"
    path.write_text("".join(f'[[source]]\nname = "{name}"\nurl = "{url}"\nplatform = "{platform}"\n{extra}\n'
                            for name, url, platform in entries), encoding="utf-8")
    return str(path)


def test_a_crawl_without_network_logs_a_few_lines_per_source_and_no_traceback(tmp_path):
    port = closed_port()
    sources = write_sources(tmp_path, [("blog", f"http://127.0.0.1:{port}/b/", "blogger"),
                                       ("wp", f"http://127.0.0.1:{port}/w/", "wordpress")])
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    result = run_cli("crawl", "--db", db, "--sources", sources, *FAST)
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert 2 <= len(lines) <= 2 * 8, "\n".join(lines)
    for noise in ("Traceback", "RefererMiddleware", "Gave up retrying", "Error downloading"):
        assert noise not in result.stderr.decode()
    assert sum("cannot fetch robots.txt" in line for line in lines) == 2  # once per source's crawler and host

    quiet = run_cli("-q", "crawl", "--db", db, "--sources", sources, *FAST)
    assert quiet.returncode == 1
    lines = quiet.stderr.decode().splitlines()
    assert lines and all(" ERROR " in line and "discovery request failed" in line for line in lines), lines


def test_a_crawl_whose_every_article_is_dropped_never_logs_a_page_body(tmp_path):
    garbage = b"\x00\x01zqxjunk " * 4000  # 40 KB per page that is no article
    with MirrorServer.from_counts({"blog": ("blogger", 30)}) as server:
        server.site("blog").set_faults(Fault(pattern=r"\.html", body=garbage))
        sources = write_sources(tmp_path, [("blog", server.base_url("blog"), "blogger")])
        db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
        result = run_cli("crawl", "--db", db, "--sources", sources, *FAST)
        verbose = run_cli("-vv", "crawl", "--full", "--db", db, "--sources", sources, *FAST)
    assert result.returncode == 1 and verbose.returncode == 1
    assert result.stderr.count(b"Dropped: extraction failed") == 30
    assert len(result.stderr) < 30 * 400, result.stderr.decode()[:2000]
    assert b"zqxjunk" not in result.stderr and b"Traceback" not in result.stderr
    # -vv logs every request and item, by URL: still nothing of any page
    assert b"zqxjunk" not in verbose.stderr and verbose.stderr.count(b"Dropped: extraction failed") == 30


def test_item_messages_name_the_url_and_keep_the_reason_short():
    page = FetchedPage(source="s", url="https://a.id/x.html", status=200, body=b"<p>isi</p>" * 60000)
    formatter = ItemLogFormatter()

    class Spider:
        class crawler:
            settings = {"DEFAULT_DROPITEM_LOG_LEVEL": "WARNING"}

    for entry in (formatter.scraped(page, None, Spider), formatter.item_error(page, ValueError("x"), None, Spider),
                  formatter.dropped(page, ValueError("bad " * 1000), None, Spider)):
        message = entry["msg"] % entry["args"]
        assert len(message) < 400 and "isi" not in message
    assert "https://a.id/x.html" in formatter.scraped(page, None, Spider)["args"]["item"]


def test_a_robots_txt_failure_is_one_warning_naming_the_host():
    class Request:
        url = "http://127.0.0.1:9/feeds/posts/default"

    error = ConnectionRefusedError("Connection refused")
    record = logging.LogRecord("scrapy.downloadermiddlewares.robotstxt", logging.ERROR, __file__, 1,
                               "Error downloading %(request)s: %(f_exception)s", None,
                               (type(error), error, None))
    record.args = {"request": Request(), "f_exception": error}
    assert RobotsTxtFailure().filter(record)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage() == ("127.0.0.1:9: cannot fetch robots.txt (ConnectionRefusedError: Connection refused); "
                                   "crawling the host without it")


def test_a_failed_batch_is_logged_in_one_line_without_the_statement_values(caplog):
    from scrapy.settings import Settings
    from scrapy.statscollectors import MemoryStatsCollector

    from humascrawl.pipelines.store import StorePipeline

    class Archive:
        def store_pages(self, batch):
            raise RuntimeError("(sqlite3.OperationalError) disk I/O error\n[SQL: INSERT INTO articles]\n"
                               "[parameters: ('isi berita polres ketapang ...',)]")

    class Crawler:
        class spider:
            logger = logging.getLogger("blogger")

    crawler = Crawler()
    crawler.stats = MemoryStatsCollector(type("C", (), {"settings": Settings()})())
    pipeline = StorePipeline.__new__(StorePipeline)
    pipeline.crawler, pipeline.archive, pipeline.buffer = crawler, Archive(), [object(), object()]
    with caplog.at_level(logging.ERROR):
        pipeline.flush()
    assert [r.getMessage() for r in caplog.records] == [
        "storing 2 articles failed: (sqlite3.OperationalError) disk I/O error"]
    assert crawler.stats.get_value("humascrawl/failed/store") == 2


def test_the_cli_prints_a_logged_exception_as_one_line_unless_verbose():
    from humascrawl.cli import OneLineFormatter

    try:
        raise TimeoutError()
    except TimeoutError:
        record = logging.LogRecord("scrapy.core.scraper", logging.ERROR, __file__, 1, "Spider error processing %s",
                                   ("<GET https://a.id/>",), sys.exc_info())
    line = OneLineFormatter("%(levelname)s %(message)s").format(record)
    assert line == "ERROR Spider error processing <GET https://a.id/> (TimeoutError)"
    assert "Traceback" in logging.Formatter("%(message)s").format(record)  # what -v prints

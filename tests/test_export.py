"""`humascrawl export`: JSONL, CSV, Parquet and WARC datasets with their manifests, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
import tracemalloc
import zlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator

from conftest import run_cli
from humascrawl import __version__
from humascrawl.config import Source
from humascrawl.demo.server import MirrorServer
from humascrawl.export import DEFAULT_BATCH_SIZE, FORMATS, ExportError, export_dataset, format_for
from humascrawl.export.dataset import public_db_url
from humascrawl.export import sqlite_arrow
from humascrawl.export.rows import ExportStats, prefetched, stream_batches
from humascrawl.export.warc import read_warc_articles
from humascrawl.extract import EXTRACTOR_VERSION
from humascrawl.extract.multipage import extract_archived
from humascrawl.filters import ArticleFilter
from humascrawl.items import ARTICLE_FIELDS, PAGE_BREAK, FetchedPage
from humascrawl.reextract import COMPARED
from humascrawl.storage.archive import Archive, decompress, stored_article
from humascrawl.storage.export_queries import SHAPES
from humascrawl.storage.models import Article, RawPage, SourceRow

SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "warc": ".warc.gz"}
NESTED = ("labels", "units", "persons")
FETCHED = datetime(2024, 6, 1, 3, 4, 5, tzinfo=timezone.utc)


# -- the archive under test ---------------------------------------------------------------------

def offline_mirror() -> MirrorServer:
    """Two mirror sites answered in-process; every 3rd long post is split over pages."""
    server = MirrorServer.from_counts({"blog": ("blogger", 8), "wp": ("wordpress", 6)}, multipage_every=3)
    for site in server.sites.values():
        site.base_url = f"http://{site.name}.test/"
        site.reset_caches()
    return server


def page_urls(site, post) -> list[str]:
    url = site.post_url(post)
    more = [url + (f"{k}/" if site.platform == "wordpress" else f"?page={k}") for k in range(2, post.pages + 1)]
    return [url, *more]


def build_archive(db_url: str) -> Archive:
    """Real pages of the mirror, stored as the crawl stores them: multi-page articles joined by PAGE_BREAK
    (with the crawler's X-Humascrawl-Pages), one post taken from a full-content feed, one whose headers
    still describe the wire (gzip, chunked)."""
    server = offline_mirror()
    archive = Archive.open(db_url)
    archive.sync_sources([Source(name=name, url=site.base_url, platform=site.platform)
                          for name, site in server.sites.items()])
    pages = []
    for name, site in server.sites.items():
        for i, post in enumerate(site.posts):
            urls = page_urls(site, post)
            body = PAGE_BREAK.join(site.handle(u[len(site.base_url) - 1:]).body for u in urls)
            headers = {"Content-Type": "text/html; charset=utf-8", "Server": "mirror"}
            if len(urls) > 1:
                headers["X-Humascrawl-Pages"] = " ".join(urls)
            fetched_via = "page"
            if (name, i) == ("wp", 0):
                headers["X-Humascrawl-Origin"] = "feed"
                fetched_via = "feed"
            if (name, i) == ("blog", 0):
                headers.update({"Content-Encoding": "gzip", "Transfer-Encoding": "chunked", "Content-Length": "9"})
            hints = {"title": post.title, "tz": "+07:00"}
            pages.append(FetchedPage(
                source=name, url=urls[0], status=200, body=body, headers=headers, hints=hints,
                fetched_at=FETCHED + timedelta(minutes=len(pages)), fetched_via=fetched_via,
                article=extract_archived(body, urls[0], hints, {}), extractor_version=EXTRACTOR_VERSION))
    assert any(len(p.headers.get("X-Humascrawl-Pages", "").split()) > 1 for p in pages)
    assert set(archive.store_pages(pages)) == {"new"}
    return archive


@pytest.fixture
def archive(db_url):
    archive = build_archive(db_url)
    archive.url = db_url
    yield archive
    archive.close()


def stored(archive, where=lambda a: True) -> list[dict]:
    with archive.session() as session:
        rows = session.scalars(select(Article).order_by(Article.id)).all()
        return [stored_article(row).to_json() for row in rows if where(row)]


def export(archive, fmt, path, filters=ArticleFilter(), **kwargs):
    return export_dataset(archive.engine, archive.url, fmt, path, filters, **kwargs)


def read_back(fmt: str, path: Path) -> list[dict]:
    """The exported rows as article dicts (CSV: JSON text decoded, empty fields as null)."""
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            assert tuple(reader.fieldnames) == ARTICLE_FIELDS
            rows = []
            for row in reader:
                row = {k: (v if v != "" else None) for k, v in row.items()}
                for name in NESTED:
                    row[name] = json.loads(row[name])
                row["cluster"] = int(row["cluster"]) if row["cluster"] is not None else None
                rows.append(row)
            return rows
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    with open(path, "rb") as fh:
        return [item.article.to_json() for item in read_warc_articles(fh)]


def comparable(rows: list[dict], fmt: str) -> list[dict]:
    if fmt != "csv":
        return rows
    return [{k: (v if v != "" else None) for k, v in row.items()} for row in rows]


# -- every format holds the archive ------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_every_article_with_every_field(archive, tmp_path, fmt):
    out = tmp_path / f"articles{SUFFIX[fmt]}"
    result = export(archive, fmt, out)
    expected = stored(archive)
    assert len(expected) == 14 and result.rows == 14
    rows = read_back(fmt, out)
    assert [tuple(row) for row in rows] == [ARTICLE_FIELDS] * 14
    assert comparable(rows, fmt) == comparable(expected, fmt)
    assert any(row["persons"] for row in rows) and any(row["units"] for row in rows)
    assert not list(tmp_path.glob(".*partial*"))


def test_parquet_columns_are_typed(archive, tmp_path):
    export(archive, "parquet", tmp_path / "a.parquet")
    schema = pq.read_schema(tmp_path / "a.parquet")
    assert schema.names == list(ARTICLE_FIELDS)
    for name in ("labels", "units"):
        assert schema.field(name).type.value_type == pa.string()
    person = schema.field("persons").type.value_type
    assert pa.types.is_struct(person) and [f.name for f in person] == ["name", "rank", "position"]
    assert schema.field("cluster").type == pa.int64() and schema.field("title").type == pa.string()


def test_parquet_is_the_same_through_either_reader(archive, tmp_path, monkeypatch):
    """SQLite archives are read into Arrow by ADBC when it is installed; the SQLAlchemy path gives the same."""
    first = export(archive, "parquet", tmp_path / "a.parquet")
    monkeypatch.setattr(sqlite_arrow, "available", lambda engine: False)
    second = export(archive, "parquet", tmp_path / "b.parquet")
    assert pq.read_table(tmp_path / "a.parquet").equals(pq.read_table(tmp_path / "b.parquet"))
    for key in ("rows", "date_range", "sources", "extractor_versions"):
        assert first.manifest[key] == second.manifest[key]


def test_csv_keeps_lists_and_objects_as_json_text(archive, tmp_path):
    export(archive, "csv", tmp_path / "a.csv")
    with open(tmp_path / "a.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    person = next(row for row in rows if row["persons"] != "[]")
    assert json.loads(person["persons"])[0].keys() == {"name", "rank", "position"}
    assert all(row["text"].count("\n\n") >= 1 for row in rows)  # paragraphs survive quoting


# -- the manifest --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_manifest_describes_the_data_and_its_checksums_hold(archive, tmp_path, fmt):
    out = tmp_path / f"set{SUFFIX[fmt]}"
    result = export(archive, fmt, out)
    manifest = json.loads((tmp_path / f"set{SUFFIX[fmt]}.manifest.json").read_text(encoding="utf-8"))
    assert manifest == result.manifest
    assert manifest["format"] == fmt and manifest["rows"] == 14
    assert manifest["humascrawl_version"] == __version__
    assert datetime.fromisoformat(manifest["created"].replace("Z", "+00:00")).tzinfo is not None
    (entry,) = manifest["files"]
    assert entry == {"name": out.name, "bytes": out.stat().st_size,
                     "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}
    assert manifest["filters"] == ArticleFilter().describe()
    assert [c["name"] for c in manifest["columns"]] == list(ARTICLE_FIELDS)
    assert all(c["meaning"] and c["type"] for c in manifest["columns"])
    articles = stored(archive)
    published = sorted(articles, key=lambda a: datetime.fromisoformat(a["published"]))
    assert manifest["date_range"] == {"published_min": published[0]["published"],
                                      "published_max": published[-1]["published"], "undated_rows": 0}
    assert {(s["name"], s["rows"]) for s in manifest["sources"]} == {("blog", 8), ("wp", 6)}
    assert manifest["extractor_versions"] == {EXTRACTOR_VERSION: 14}
    assert manifest["current_extractor_version"] == EXTRACTOR_VERSION
    assert manifest["archive"] == public_db_url(archive.url)
    if fmt == "warc":
        assert manifest["warc"]["page_records"] > 14 and manifest["warc"]["articles_without_raw_page"] == 0


def test_manifest_never_shows_the_database_password():
    assert public_db_url("postgresql+psycopg://reader:s3cret@db.example:5432/news") == \
        "postgresql+psycopg://reader@db.example:5432/news"
    assert "s3cret" not in public_db_url("postgresql+psycopg://reader@db/news?password=s3cret&sslmode=require")
    assert public_db_url("sqlite:///data/humascrawl.sqlite3") == "sqlite:///data/humascrawl.sqlite3"


# -- filters ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_filters_select_the_rows_and_are_recorded(archive, tmp_path, fmt):
    everything = stored(archive)
    days = sorted({a["published"][:10] for a in everything})
    since = date.fromisoformat(days[len(days) // 2])
    filters = ArticleFilter(site="blog.test", since=since)
    result = export(archive, fmt, tmp_path / f"f{SUFFIX[fmt]}", filters)
    expected = [a for a in everything if a["site"] == "blog.test" and a["published"][:10] >= since.isoformat()]
    assert 0 < len(expected) < 8
    assert [row["url"] for row in read_back(fmt, tmp_path / f"f{SUFFIX[fmt]}")] == [a["url"] for a in expected]
    assert result.manifest["rows"] == len(expected)
    assert result.manifest["filters"] == filters.describe()
    assert result.manifest["filters"]["site"] == "blog.test"
    assert [s["name"] for s in result.manifest["sources"]] == ["blog"]


def test_source_filter(archive, tmp_path):
    result = export(archive, "jsonl", tmp_path / "wp.jsonl", ArticleFilter(source="wp"))
    assert {row["site"] for row in read_back("jsonl", tmp_path / "wp.jsonl")} == {"wp.test"}
    assert result.rows == 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_result_is_a_valid_empty_dataset(archive, tmp_path, fmt):
    out = tmp_path / f"none{SUFFIX[fmt]}"
    result = export(archive, fmt, out, ArticleFilter(site="nowhere.example"))
    assert result.rows == 0 and read_back(fmt, out) == []
    assert result.manifest["date_range"] == {"published_min": None, "published_max": None, "undated_rows": 0}
    assert result.manifest["sources"] == [] and result.manifest["files"][0]["bytes"] == out.stat().st_size
    if fmt == "parquet":
        assert pq.read_schema(out).names == list(ARTICLE_FIELDS)
    if fmt == "warc":
        with open(out, "rb") as fh:
            assert [r.rec_type for r in ArchiveIterator(fh)] == ["warcinfo"]


# -- constant memory -------------------------------------------------------------------------------

def test_rows_stream_in_batches_of_the_requested_size(archive, tmp_path):
    for shape in SHAPES:
        sizes = [len(batch) for batch in stream_batches(archive.engine, ArticleFilter(), 4, shape=shape)]
        assert sizes == [4, 4, 4, 2]
    if sqlite_arrow.available(archive.engine):
        assert [len(t) for t in sqlite_arrow.arrow_batches(archive.engine, ArticleFilter(), 4)] == [4, 4, 4, 2]
    export(archive, "parquet", tmp_path / "groups.parquet", batch_size=4)
    meta = pq.ParquetFile(tmp_path / "groups.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 4, 4, 2]
    assert DEFAULT_BATCH_SIZE["parquet"] >= 10_000 and DEFAULT_BATCH_SIZE["warc"] <= 1_000


def test_read_ahead_passes_errors_on_and_stops_the_reader():
    closed = []

    def batches(fail_at=None):
        try:
            for i in range(100):
                if i == fail_at:
                    raise RuntimeError("database went away")
                yield [i]
        finally:
            closed.append(True)

    assert [b[0] for b in prefetched(batches())] == list(range(100)) and closed == [True]
    with pytest.raises(RuntimeError, match="went away"):
        list(prefetched(batches(fail_at=7)))
    reading = prefetched(batches(), depth=2)
    assert next(reading) == [0]
    reading.close()  # the consumer gives up early: the reader stops and closes its query
    assert closed == [True, True, True]


def test_date_range_mixes_timed_and_date_only_rows():
    from collections import namedtuple

    Row = namedtuple("Row", "source_id extractor_version published published_utc")
    stats = ExportStats()
    stats.add([Row(1, "2", "2024-05-02T01:00:00+07:00", "2024-05-01 18:00:00.000000"),
               Row(1, "2", "2024-05-01", None), Row(2, None, None, None)])
    stats.add([Row(2, "2", "2024-06-30T23:30:00+09:00", "2024-06-30 14:30:00.000000"),
               Row(2, "2", "2024-04-30T23:00:00+07:00", "2024-04-30 16:00:00.000000")])
    assert stats.date_range() == {"published_min": "2024-04-30T23:00:00+07:00",
                                  "published_max": "2024-06-30T23:30:00+09:00", "undated_rows": 1}
    assert stats.rows == 5 and stats.sources == {1: 2, 2: 3} and stats.extractor_versions == {"2": 4, None: 1}


def big_archive(db_url: str, n: int, size: int) -> Archive:
    """``n`` articles of ``size`` bytes of text, each with a raw page of that size (inserted directly)."""
    archive = Archive.open(db_url)
    with archive.session.begin() as session:
        source = SourceRow(name="big", url="http://big.test/", platform="blogger", config={})
        session.add(source)
        session.flush()
        for i in range(n):
            text = (f"Paragraf {i} " + "x" * 60 + "\n\n") * (size // 72)
            raw = RawPage(url=f"http://big.test/{i}.html", status=200, headers={"Content-Type": "text/html"},
                          content_type="text/html", body=zlib.compress(text.encode()), body_size=len(text), body_sha256="-", hints={}, fetched_at=FETCHED)
            session.add(raw)
            session.flush()
            session.add(Article(source_id=source.id, url=raw.url, canonical_url=raw.url, site="big.test",
                                title=f"Judul {i}", published="2024-05-01", text=text, labels=["Humas"],
                                raw_page_id=raw.id, extractor_version="2"))
    archive.url = db_url
    return archive


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "warc"])
def test_export_memory_does_not_grow_with_the_archive(sqlite_url, tmp_path, fmt):
    archive = big_archive(sqlite_url, n=240, size=40_000)  # ~10 MB of text, ~10 MB of raw pages
    tracemalloc.start()
    try:
        result = export(archive, fmt, tmp_path / f"big{SUFFIX[fmt]}", batch_size=10)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        archive.close()
    assert result.rows == 240
    assert peak < 4_000_000, f"peak {peak / 1e6:.1f} MB: the export holds more than a few batches"


# -- writing safely ---------------------------------------------------------------------------------

def test_an_existing_file_is_kept_unless_forced(archive, tmp_path):
    out = tmp_path / "a.jsonl"
    out.write_text("precious\n")
    with pytest.raises(ExportError, match="exists; use --force"):
        export(archive, "jsonl", out)
    assert out.read_text() == "precious\n"
    export(archive, "jsonl", out, force=True)
    assert len(read_back("jsonl", out)) == 14
    # a manifest alone is an export's too: refused as well
    Path(str(tmp_path / "d.csv") + ".manifest.json").write_text("{}")
    with pytest.raises(ExportError, match="manifest.json exists"):
        export(archive, "csv", tmp_path / "d.csv")
    assert not (tmp_path / "d.csv").exists()


def test_a_failed_export_leaves_no_file(archive, tmp_path, monkeypatch):
    import humascrawl.export.tables as tables

    calls = []

    def broken_write(self, table):
        calls.append(len(table))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables.ParquetWriter, "write_arrow", broken_write)  # every Parquet batch goes here
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError):
        export(archive, "parquet", folder / "x.parquet", batch_size=5)
    assert calls == [5, 5]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("target, message", [
    ("missing-dir/a.parquet", "directory .*missing-dir does not exist"),
    (".", "is a directory"),
])
def test_bad_targets_are_refused(archive, tmp_path, target, message):
    with pytest.raises(ExportError, match=message):
        export(archive, "parquet", tmp_path / target)


def test_format_follows_the_file_name():
    assert [format_for(n) for n in ("a.jsonl", "b.CSV", "c.parquet", "d.warc.gz", "e.warc", "f.txt")] == \
        ["jsonl", "csv", "parquet", "warc", "warc", None]


# -- WARC ---------------------------------------------------------------------------------------------

def warc_records(path: Path) -> list:
    with open(path, "rb") as fh:
        return [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(fh)]


def test_warc_records_rebuild_the_raw_pages(archive, tmp_path):
    out = tmp_path / "a.warc.gz"
    export(archive, "warc", out)
    records = warc_records(out)
    assert records[0][0] == "warcinfo"
    assert f"humascrawl/{__version__}".encode() in records[0][3]
    with archive.session() as session:
        raws = {raw.id: raw for raw in session.scalars(select(RawPage))}
        by_url = {row.url: (row, raws[row.raw_page_id]) for row in session.scalars(select(Article))}
    with open(out, "rb") as fh:
        articles = list(read_warc_articles(fh))
    assert len(articles) == 14
    ids = {headers.get_header("WARC-Record-ID"): (kind, headers, http) for kind, headers, http, _ in records}
    for item in articles:
        row, raw = by_url[item.article.url]
        parts = decompress(raw.body).split(PAGE_BREAK)
        assert item.bodies == parts and item.archived_body() == decompress(raw.body)
        assert item.metadata["archive"]["article_id"] == row.id
        expected_urls = raw.headers.get("X-Humascrawl-Pages", raw.url).split()
        assert [p["url"] for p in item.metadata["pages"]] == expected_urls
        for page in item.metadata["pages"]:
            kind, headers, http = ids[page["record_id"]]
            assert headers.get_header("WARC-Target-URI") == page["url"]
            assert headers.get_header("WARC-Date") == raw.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
            if raw.headers.get("X-Humascrawl-Origin") == "feed":
                assert kind == "resource" and headers.get_header("Content-Type").startswith("text/html")
            else:
                assert kind == "response" and http.get_statuscode() == "200"
                assert http.get_header("Content-Type") == "text/html; charset=utf-8"
                assert not any(name.lower().startswith("x-humascrawl") for name, _ in http.headers)
    multi = [item for item in articles if len(item.bodies) > 1]
    assert multi and all(len(item.metadata["pages"]) == len(item.bodies) for item in multi)

    # the metadata record names its page records
    for kind, headers, _, payload in records:
        if kind == "metadata":
            metadata = json.loads(payload)
            concurrent = [v for k, v in headers.headers if k == "WARC-Concurrent-To"]
            assert concurrent == [p["record_id"] for p in metadata["pages"]]
            assert headers.get_header("Content-Type") == "application/json"


def test_warc_response_headers_match_the_stored_body(archive, tmp_path):
    """Headers that described the wire (gzip, chunked, old length) would make readers mangle the body."""
    export(archive, "warc", tmp_path / "a.warc.gz")
    gzipped = [http for kind, _, http, body in warc_records(tmp_path / "a.warc.gz")
               if kind == "response" and http.get_header("X-Archive-Orig-Content-Encoding")]
    assert len(gzipped) == 1
    (http,) = gzipped
    assert http.get_header("Content-Encoding") is None and http.get_header("Transfer-Encoding") is None
    assert http.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
    assert http.get_header("Content-Length") != "9"


def test_articles_reextract_from_the_warc_alone(archive, tmp_path):
    export(archive, "warc", tmp_path / "a.warc.gz")
    with open(tmp_path / "a.warc.gz", "rb") as fh:
        articles = list(read_warc_articles(fh))
    for item in articles:
        fresh = item.reextract()
        for name in COMPARED:  # what `humascrawl reextract` compares (the archive folds canonical_url)
            assert getattr(fresh, name) == getattr(item.article, name), (item.article.url, name)
    assert sum(len(item.bodies) > 1 for item in articles) >= 1


def test_warc_passes_warcio_check_and_indexes(archive, tmp_path):
    out = tmp_path / "a.warc.gz"
    export(archive, "warc", out)
    warcio = [sys.executable, "-m", "warcio.cli"]
    check = subprocess.run([*warcio, "check", "-v", str(out)], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "fail" not in check.stdout
    index = subprocess.run([*warcio, "index", "-f", "offset,warc-type,warc-target-uri,http:status,length", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert index.returncode == 0, index.stderr
    entries = [json.loads(line) for line in index.stdout.splitlines()]
    kinds = [e["warc-type"] for e in entries]
    assert kinds[0] == "warcinfo" and kinds.count("metadata") == 14
    assert kinds.count("resource") == 1 and kinds.count("response") > 13
    assert all(e["http:status"] == "200" for e in entries if e["warc-type"] == "response")
    # every record is its own gzip member, so an index offset reads one record
    response = next(e for e in entries if e["warc-type"] == "response")
    with open(out, "rb") as fh:
        fh.seek(int(response["offset"]))
        (record,) = [r for _, r in zip(range(1), ArchiveIterator(fh))]
        assert record.rec_headers.get_header("WARC-Target-URI") == response["warc-target-uri"]


# -- the command ------------------------------------------------------------------------------------

def test_export_command(archive, tmp_path):
    out = tmp_path / "blog.parquet"
    result = run_cli("export", "--db", archive.url, "--format", "parquet", "--out", str(out),
                     "--site", "blog.test")
    assert result.returncode == 0, result.stderr.decode()
    assert b"exported 8 articles" in result.stdout
    assert len(pq.read_table(out)) == 8
    manifest = json.loads(Path(str(out) + ".manifest.json").read_text())
    assert manifest["filters"]["site"] == "blog.test" and manifest["rows"] == 8

    again = run_cli("export", "--db", archive.url, "--out", str(out))  # format from the name
    assert again.returncode == 2
    assert again.stderr.decode().count("\n") == 1 and "--force" in again.stderr.decode()
    forced = run_cli("export", "--db", archive.url, "--out", str(out), "--force")
    assert forced.returncode == 0 and b"exported 14 articles" in forced.stdout


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/no/such/dir/a.csv"], "does not exist"),
    (["--out", "{tmp}"], "is a directory"),
    (["--out", "{tmp}/a.txt"], "cannot tell the format"),
    (["--out", "{tmp}/a.csv", "--since", "2024-13-45"], "2024-13-45"),
])
def test_export_command_bad_input_is_one_line(sqlite_url, tmp_path, args, message):
    result = run_cli("export", "--db", sqlite_url, *(a.format(tmp=tmp_path) for a in args))
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.sqlite3")] == []


def test_export_help_lists_formats_and_filters():
    result = run_cli("export", "--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    for word in ("jsonl", "parquet", "warc", "--site", "--source", "--unit", "--person", "--since", "--until",
                 "--label", "--force", "--out"):
        assert word in text


# -- a real crawl, exported as WARC --------------------------------------------------------------------

def test_a_crawled_archive_exports_to_a_valid_warc(tmp_path, sqlite_url):
    with MirrorServer.from_counts({"blog": ("blogger", 9), "wp": ("wordpress", 9)}, multipage_every=3) as server:
        sources = tmp_path / "sources.toml"
        sources.write_text("".join(f'[[source]]\nname = "{n}"\nurl = "{server.base_url(n)}"\nplatform = '
                                   f'"{server.site(n).platform}"\n' for n in ("blog", "wp")), encoding="utf-8")
        crawl = run_cli("crawl", "--db", sqlite_url, "--sources", str(sources), "--no-progress",
                        "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0")
        assert crawl.returncode == 0, crawl.stderr.decode()[-2000:]
    out = tmp_path / "crawl.warc.gz"
    result = run_cli("export", "--db", sqlite_url, "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out)], capture_output=True, timeout=120)
    assert check.returncode == 0, check.stdout
    archive = Archive.open(sqlite_url)
    with open(out, "rb") as fh:
        articles = list(read_warc_articles(fh))
    assert len(articles) == archive.count_articles() == 18
    assert any(len(item.bodies) > 1 for item in articles)
    for item in articles:
        raw, body = archive.raw_page(item.metadata["archive"]["raw_page_id"])
        assert item.archived_body() == body
        fresh, kept = item.reextract(), archive.get_article(item.article.url)
        assert {k: getattr(fresh, k) for k in COMPARED} == {k: getattr(kept, k) for k in COMPARED}
    archive.close()

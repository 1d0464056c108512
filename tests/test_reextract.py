"""`humascrawl reextract`: re-run extraction over stored raw pages, report changes by field."""

import json
import urllib.request

from sqlalchemy import create_engine, text

from conftest import run_cli
from humascrawl.config import Source
from humascrawl.demo.server import MirrorServer
from humascrawl.extract import extract_article
from humascrawl.items import FetchedPage
from humascrawl.reextract import reextract
from humascrawl.storage.archive import Archive


def archive_with_pages(db_url, n=6):
    archive = Archive.open(db_url)
    archive.sync_sources([Source(name="blog", url="http://127.0.0.1/", platform="blogger")])
    with MirrorServer.from_counts({"blog": ("blogger", n)}) as server:
        site = server.site("blog")
        pages = []
        for post in site.posts:
            url = site.post_url(post)
            body = urllib.request.urlopen(url).read()
            hints = {"title": post.title, "tz": "+07:00"}
            pages.append(FetchedPage(source="blog", url=url, status=200, body=body, hints=hints,
                                     article=extract_article(body, url, hints=hints)))
    archive.store_pages(pages)
    return archive, [p.url for p in pages]


def test_reextract_restores_damaged_fields_and_counts_them(db_url):
    archive, urls = archive_with_pages(db_url)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE articles SET editor = NULL, title = 'rusak' WHERE url = :u"), {"u": urls[0]})
        conn.execute(text("UPDATE articles SET dateline = 'Nowhere' WHERE url = :u"), {"u": urls[1]})
    before = archive.get_article(urls[2])

    dry = reextract(archive, dry_run=True, workers=1)
    assert (dry.examined, dry.changed) == (6, 2)
    assert archive.get_article(urls[0])["title"] == "rusak"

    report = reextract(archive, workers=2)
    assert (report.examined, report.changed, report.failed) == (6, 2, 0)
    assert report.fields["title"] == 1 and report.fields["dateline"] == 1
    assert archive.get_article(urls[0])["title"] != "rusak"
    assert archive.get_article(urls[2]) == before
    assert reextract(archive, workers=1).changed == 0


def test_reextract_command(sqlite_url):
    archive_with_pages(sqlite_url, n=3)
    result = run_cli("reextract", "--db", sqlite_url, "--json", "--workers", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["examined"] == 3 and report["changed"] == 0 and report["failed"] == 0

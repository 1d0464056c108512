"""`humascrawl reextract`: re-run extraction over stored raw pages, report changes by field."""

import json
import urllib.request

from sqlalchemy import create_engine, text

from conftest import run_cli
from humascrawl import clusters
from humascrawl.config import Source
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import SiteSpec
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
    assert archive.get_article(urls[0]).title == "rusak"

    report = reextract(archive, workers=2)
    assert (report.examined, report.changed, report.failed) == (6, 2, 0)
    assert report.fields["title"] == 1 and report.fields["dateline"] == 1
    assert archive.get_article(urls[0]).title != "rusak"
    assert archive.get_article(urls[2]) == before
    assert reextract(archive, workers=1).changed == 0


def test_reextract_command(sqlite_url):
    archive_with_pages(sqlite_url, n=3)
    result = run_cli("reextract", "--db", sqlite_url, "--json", "--workers", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["examined"] == 3 and report["changed"] == 0 and report["failed"] == 0


def test_a_text_that_changes_on_reextraction_is_clustered_afresh(db_url):
    """An old extractor took the wrong body for a republished copy: it was clustered with the release it
    wrongly held.  Re-extraction restores its text, and with it the near-duplicate index: it leaves that
    cluster (left alone, the other article is no cluster any more) and joins the copies of its own release."""
    archive = Archive.open(db_url)
    specs = [SiteSpec(name="origin", platform="blogger", title="Origin.com", outlet="Origin.com", posts=6, seed=5),
             SiteSpec(name="relay", platform="wordpress", title="Relay.id", outlet="Relay.id", posts=4, seed=6,
                      share_from="origin", share_every=2)]
    archive.sync_sources([Source(name=s.name, url="http://127.0.0.1/", platform=s.platform) for s in specs])
    with MirrorServer(specs) as server:
        origin, relay = server.site("origin"), server.site("relay")
        copy = next(p for p in relay.posts if p.release.startswith("origin:"))
        first = next(p for p in origin.posts if p.release == copy.release)
        other = next(p for p in origin.posts if p.release != copy.release)
        pages = {}
        for site, post in ((origin, first), (origin, other), (relay, copy)):
            url = site.post_url(post)
            body = urllib.request.urlopen(url).read()
            hints = {"title": post.title, "tz": "+07:00"}
            pages[post.id] = FetchedPage(source=site.name, url=url, status=200, body=body, hints=hints,
                                         article=extract_article(body, url, hints=hints))
    wrong = pages[copy.id].article
    right_text = wrong.text
    for name in ("text", "content_hash", "units", "event_date"):
        setattr(wrong, name, getattr(pages[other.id].article, name))
    archive.store_pages([pages[first.id], pages[other.id], pages[copy.id]])
    cluster = {p: archive.get_article(pages[p].url).cluster for p in pages}
    assert cluster[copy.id] == cluster[other.id] is not None and cluster[first.id] is None

    report = reextract(archive, workers=1)
    assert report.changed == 1 and report.reclustered == 1 and report.fields["text"] == 1
    stored = {p: archive.get_article(pages[p].url) for p in pages}
    assert stored[copy.id].text == right_text
    assert stored[copy.id].cluster == stored[first.id].cluster is not None
    assert stored[other.id].cluster is None
    engine = create_engine(db_url)
    with engine.connect() as conn:
        copy_id = conn.execute(text("SELECT id FROM articles WHERE url = :u"), {"u": pages[copy.id].url}).scalar_one()
        stored_signature = conn.execute(text("SELECT signature FROM article_signatures WHERE article_id = :i"),
                                        {"i": copy_id}).scalar_one()
        buckets = conn.execute(text("SELECT count(*) FROM lsh_buckets WHERE article_id = :i"), {"i": copy_id})
        assert bytes(stored_signature) == clusters.to_bytes(clusters.signature(right_text))
        assert buckets.scalar_one() == clusters.PARAMS.bands
    engine.dispose()
    assert reextract(archive, workers=1).reclustered == 0  # nothing changed: the index is left alone
    archive.close()


def test_a_page_that_outlasts_the_time_limit_fails_alone_and_keeps_its_fields(db_url, monkeypatch):
    import time

    import humascrawl.reextract as module

    archive, urls = archive_with_pages(db_url, n=3)
    before = archive.get_article(urls[1])
    real = module.extract_archived

    def stuck_on_the_second(body, url, hints, rules):
        if url == urls[1]:
            time.sleep(30)
        return real(body, url, hints, rules)

    monkeypatch.setattr(module, "extract_archived", stuck_on_the_second)
    started = time.monotonic()
    report = reextract(archive, workers=1, time_limit=0.5)
    assert time.monotonic() - started < 10
    assert (report.examined, report.failed) == (3, 1)
    assert report.reasons == {"extract_timeout": 1}
    assert archive.get_article(urls[1]) == before


def test_a_raw_page_over_the_size_limit_is_not_inflated(db_url):
    archive, urls = archive_with_pages(db_url, n=2)
    report = reextract(archive, workers=2, max_bytes=1000, time_limit=30)
    assert (report.examined, report.failed) == (2, 2)
    assert report.reasons == {"too_large": 2}
    assert "1000 bytes" in report.errors[0]
    assert reextract(archive, workers=2, max_bytes=5_000_000).failed == 0


def test_reextract_off_the_main_thread_keeps_its_time_limit_in_a_worker_process(db_url):
    # the fleet runs re-extraction in a thread, where no alarm can interrupt a page
    import threading

    import humascrawl.reextract as module

    archive, _ = archive_with_pages(db_url, n=2)
    pools = []
    real_pool = module.ProcessPool

    def recording_pool(*args, **kwargs):
        pools.append(kwargs.get("time_limit"))
        return real_pool(*args, **kwargs)

    module.ProcessPool = recording_pool
    reports = []
    try:
        thread = threading.Thread(target=lambda: reports.append(reextract(archive, workers=1, time_limit=30)))
        thread.start()
        thread.join(60)
    finally:
        module.ProcessPool = real_pool
    assert pools == [30] and reports[0].examined == 2 and reports[0].failed == 0


def _corrupt_raw_page(db_url, url):
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE raw_pages SET body = :junk WHERE id = (SELECT raw_page_id FROM articles "
                          "WHERE url = :u)"), {"junk": b"not zlib at all", "u": url})
    engine.dispose()


def test_a_corrupt_raw_page_and_a_crashing_extraction_fail_alone_with_their_reasons(db_url, monkeypatch):
    import humascrawl.reextract as module

    archive, urls = archive_with_pages(db_url, n=4)
    _corrupt_raw_page(db_url, urls[0])
    before = archive.get_article(urls[0])
    real = module.extract_archived

    def crashing_on_the_second(body, url, hints, rules):
        if url == urls[1]:
            raise KeyError("a bug in a rule")
        return real(body, url, hints, rules)

    monkeypatch.setattr(module, "extract_archived", crashing_on_the_second)
    report = reextract(archive, workers=1)
    assert (report.examined, report.failed) == (4, 2)
    assert report.reasons == {"corrupt": 1, "extraction": 1}
    assert report.as_dict()["failures"] == {"corrupt": 1, "extraction": 1}
    assert archive.get_article(urls[0]) == before
    archive.close()


def test_a_corrupt_raw_page_fails_alone_in_a_pool_too(db_url):
    archive, urls = archive_with_pages(db_url, n=3)
    _corrupt_raw_page(db_url, urls[2])
    report = reextract(archive, workers=2, max_bytes=5_000_000)
    assert (report.examined, report.failed, report.reasons) == (3, 1, {"corrupt": 1})
    assert "corrupt" in report.errors[0]
    archive.close()


def test_a_truncated_raw_page_is_corrupt_and_never_overwrites_the_stored_article(db_url):
    """zlib's streaming decompressor (used under a size cap) hands back a cut stream's head without a word."""
    archive, urls = archive_with_pages(db_url, n=2)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        raw_id, blob = conn.execute(text("SELECT r.id, r.body FROM raw_pages r JOIN articles a ON a.raw_page_id = r.id "
                                         "WHERE a.url = :u"), {"u": urls[0]}).one()
        conn.execute(text("UPDATE raw_pages SET body = :cut WHERE id = :id"),
                     {"cut": bytes(blob)[:len(blob) // 2], "id": raw_id})
    engine.dispose()
    before = archive.get_article(urls[0])
    report = reextract(archive, workers=1, max_bytes=5_000_000)
    assert (report.examined, report.changed, report.failed, report.reasons) == (2, 0, 1, {"corrupt": 1})
    assert "truncated" in report.errors[0]
    assert archive.get_article(urls[0]) == before
    archive.close()


def test_a_crashing_extraction_is_reported_in_one_line(db_url, monkeypatch):
    import humascrawl.reextract as module

    archive, _ = archive_with_pages(db_url, n=1)

    def crashing(body, url, hints, rules):
        raise ValueError("no date in\n  <div class='post'>\n  ...")

    monkeypatch.setattr(module, "extract_archived", crashing)
    report = reextract(archive, workers=1)
    assert report.reasons == {"extraction": 1}
    (error,) = report.errors
    assert error.startswith("article ") and error.endswith(": extraction: ValueError: no date in"), error
    archive.close()

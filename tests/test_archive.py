"""The archive on SQLite and on the real PostgreSQL server."""


import pytest
from sqlalchemy import select

from humascrawl.config import Source
from humascrawl.items import Article, FetchedPage
from humascrawl.storage.archive import Archive, decompress
from humascrawl.storage.db import ArchiveError, current_revision, head_revision
from humascrawl.storage.models import ArticleVersion, RawPage

SOURCE = Source(name="kalimantanpost", url="https://www.kalimantanpost.online/", platform="blogger")


def page(url="https://www.kalimantanpost.online/2024/05/rakernis.html", text="Isi berita.", title="Judul",
         content_hash="h1", feed_updated="2024-05-15T14:00:00.000+07:00", body=b"<html>raw</html>"):
    return FetchedPage(
        source="kalimantanpost", url=url, status=200, body=body, headers={"Content-Type": "text/html"},
        feed_updated=feed_updated, extractor_version="1",
        article=Article(
            url=url, canonical_url=url, site="kalimantanpost.online", site_name="Kalimantanpost.online",
            title=title, published="2024-05-15T14:00:00+07:00", modified=None, author=None,
            editor="Lisa", source_credit="Humas Polres Ketapang", dateline="Ketapang",
            event_date="2024-05-15T08:00:00+07:00", text=text, labels=["Humas"],
            units=["Polres Ketapang"], persons=[{"name": "Sumiadinata", "rank": "AKP", "position": "Kasi Humas"}],
            language="id", content_hash=content_hash,
        ),
    )


@pytest.fixture
def archive(db_url):
    archive = Archive.open(db_url)
    archive.sync_sources([SOURCE])
    yield archive
    archive.close()


def test_migrations_reach_head(archive):
    assert current_revision(archive.engine) == head_revision()


def test_new_unchanged_changed(archive):
    assert archive.store_pages([page()]) == ["new"]
    assert archive.store_pages([page()]) == ["unchanged"]
    assert archive.store_pages([page(text="Isi berita yang diubah.", content_hash="h2",
                                     feed_updated="2024-05-16T09:00:00.000+07:00")]) == ["changed"]
    stored = archive.get_article("https://kalimantanpost.online/2024/05/rakernis.html?m=1")
    assert stored.text == "Isi berita yang diubah."
    assert stored.persons[0]["rank"] == "AKP"
    assert stored.cluster is None
    with archive.session() as session:
        (old,) = session.scalars(select(ArticleVersion)).all()
        assert old.version == 1 and old.text == "Isi berita." and old.fields["editor"] == "Lisa"
        assert session.query(RawPage).count() == 2  # the unchanged refetch kept no second copy


def test_raw_page_is_compressed_and_recoverable(archive):
    body = ("<html>" + "Polres Ketapang " * 2000 + "</html>").encode()
    archive.store_pages([page(body=body)])
    with archive.session() as session:
        raw = session.scalars(select(RawPage)).one()
        assert raw.body_size == len(body) and len(raw.body) < len(body) / 10
        assert decompress(raw.body) == body


def test_known_posts_are_the_incremental_state(archive):
    archive.store_pages([page()])
    known = archive.known_posts("kalimantanpost")
    assert known["https://kalimantanpost.online/2024/05/rakernis.html"] == "2024-05-15T14:00:00.000+07:00"
    assert archive.known_posts("other") == {}


def test_a_failing_batch_stores_nothing(archive, monkeypatch):
    good = page(url="https://www.kalimantanpost.online/2024/05/a.html")
    bad = page(url="https://www.kalimantanpost.online/2024/05/b.html", content_hash="h-bad")
    bad.article.text = None
    bad.article.title = object()  # not storable: the whole batch must roll back
    with pytest.raises(Exception):
        archive.store_pages([good, bad])
    assert archive.count_articles() == 0


def test_runs_are_recorded(archive):
    run_id = archive.start_run({"sources": ["kalimantanpost"]})
    archive.record_source_run(run_id, "kalimantanpost", {
        "discovered": 3, "fetched": 2, "new": 2, "skipped": {"robots_txt": 1}, "failed": {"http_404": 1},
        "status": "partial", "duration": 1.5})
    archive.finish_run(run_id, "partial")
    (run,) = archive.recent_runs()
    assert run.status == "partial" and run.finished_at is not None
    assert run.sources[0].failed == {"http_404": 1} and run.sources[0].new == 2


def test_unreachable_database_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="cannot open archive"):
        Archive.open("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(ArchiveError, match="not a database URL"):
        Archive.open("not a url")


def test_same_text_under_another_url_of_the_site_is_an_alias(archive):
    first = page(url="https://www.kalimantanpost.online/2024/05/rakernis.html")
    copy = page(url="https://www.kalimantanpost.online/2024/05/rakernis_1.html")
    assert archive.store_pages([first, copy]) == ["new", "duplicate"]
    assert archive.count_articles() == 1
    assert archive.store_pages([copy]) == ["duplicate"]
    known = archive.known_posts("kalimantanpost")
    assert "https://kalimantanpost.online/2024/05/rakernis_1.html" in known
    # The alias URL later serves a text of its own: then it is an article of its own.
    edited = page(url="https://www.kalimantanpost.online/2024/05/rakernis_1.html", text="Lain.", content_hash="h9")
    assert archive.store_pages([edited]) == ["new"]
    assert archive.count_articles() == 2


def test_same_text_on_another_site_is_not_an_alias(archive):
    other = page(url="https://kalbarnews.id/2024/05/15/rakernis/")
    other.article.site = "kalbarnews.id"
    assert archive.store_pages([page(), other]) == ["new", "new"]


def test_history_shows_versions_and_a_diff(archive):
    from humascrawl.storage.history import article_history

    archive.store_pages([page(text="Paragraf satu.\n\nParagraf dua.")])
    archive.store_pages([page(text="Paragraf satu.\n\nParagraf dua diubah.", content_hash="h2")])
    found = article_history(archive, "https://kalimantanpost.online/2024/05/rakernis.html?m=1")
    assert [v["version"] for v in found["versions"]] == [1, 2]
    latest = found["versions"][-1]
    assert "-Paragraf dua.\n" in latest["diff"] and "+Paragraf dua diubah.\n" in latest["diff"]
    assert article_history(archive, "https://kalimantanpost.online/none.html") is None


def test_migrations_match_the_models(archive):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from humascrawl.storage.models import SEARCH_INDEX_TABLES, Base

    def modelled(name, type_, parent_names):
        # the search index's tables and Procrastinate's queue (its own schema, made by migration 0005) are not models
        table = name if type_ == "table" else (parent_names.get("table_name") or "")
        return not (table in SEARCH_INDEX_TABLES or table.startswith("procrastinate_"))

    with archive.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": modelled})
        assert compare_metadata(context, Base.metadata) == []


def test_a_sources_template_baseline_is_stored_replaced_and_read_back(archive):
    from humascrawl.storage.templates import load_baseline, save_baseline
    from humascrawl.verdicts.drift import Baseline

    assert load_baseline(archive, "kalimantanpost") is None
    first = Baseline(((5, 9, 4_000_000_000), (1, 7)), 4, 1.0, 0.75)
    assert save_baseline(archive, "kalimantanpost", first, run_id=1)
    assert load_baseline(archive, "kalimantanpost") == first
    second = Baseline(((1, 2),), 3, 0.5, 1.0)
    save_baseline(archive, "kalimantanpost", second, run_id=2)
    assert load_baseline(archive, "kalimantanpost") == second
    assert not save_baseline(archive, "unknown", first)  # a source the archive does not know: nothing stored
    assert load_baseline(archive, "unknown") is None

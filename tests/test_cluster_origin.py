"""A cluster's origin: the copy on the site of the police unit that issued the release, not merely the
earliest published one (sources declare their ``unit`` in the sources file)."""

from __future__ import annotations

import json

from conftest import run_cli
from humascrawl import clusters
from humascrawl.config import Source
from humascrawl.demo.releases import make_release
from humascrawl.items import Article, FetchedPage
from humascrawl.storage.archive import Archive

TEXT = "\n\n".join(make_release("origin:ketapang")["paragraphs"])
SOURCES = [Source(name="outlet", url="https://outlet.id/"),
           Source(name="polres", url="https://polresketapang.id/", unit="Polres Ketapang"),
           Source(name="polda", url="https://tribratanews.kalbar.polri.go.id/", unit="Polda Kalbar"),
           Source(name="portal", url="https://tribratanews.polri.go.id/", unit="Divhumas Polri")]


def copy(source: str, host: str, published: str, credit: str | None = None,
         units: tuple[str, ...] = ("Polres Ketapang",)) -> FetchedPage:
    url = f"https://{host}/rilis"
    article = Article(url=url, canonical_url=url, site=host, site_name=host, title="Rilis",
                      published=published, text=TEXT, content_hash=f"h{host}", units=list(units),
                      source_credit=credit, event_date="2024-05-15", language="id")
    return FetchedPage(source=source, url=url, status=200, body=b"<html></html>", article=article)


def cluster_of(db_url: str, pages: list[FetchedPage], sources=SOURCES) -> dict:
    archive = Archive.open(db_url)
    try:
        archive.sync_sources(sources)
        archive.store_pages(pages)
        cluster = archive.get_article(pages[0].url).cluster
        assert cluster is not None
        return archive.cluster(cluster)
    finally:
        archive.close()


def test_the_issuing_units_own_copy_is_the_origin_though_an_outlet_ran_it_first(db_url):
    found = cluster_of(db_url, [
        copy("outlet", "outlet.id", "2024-05-15T08:00:00+07:00", credit="Humas Polres Ketapang"),
        copy("portal", "tribratanews.polri.go.id", "2024-05-15T09:00:00+07:00"),
        copy("polda", "tribratanews.kalbar.polri.go.id", "2024-05-15T09:30:00+07:00", units=("Polda Kalbar",)),
        copy("polres", "polresketapang.id", "2024-05-15T10:00:00+07:00"),
    ])
    assert found["origin"]["url"] == "https://polresketapang.id/rilis"
    assert (found["origin_reason"], found["origin"]["unit"]) == ("issuing_unit", "Polres Ketapang")
    # then the Polda the copies name, the national portal, and the outlet last
    assert [(m["site"], m["unit"], m["origin"]) for m in found["members"]] == [
        ("polresketapang.id", "Polres Ketapang", True), ("tribratanews.kalbar.polri.go.id", "Polda Kalbar", False),
        ("tribratanews.polri.go.id", "Divhumas Polri", False), ("outlet.id", None, False)]


def test_without_the_issuers_site_an_official_site_comes_before_the_outlets(sqlite_url):
    found = cluster_of(sqlite_url, [
        copy("outlet", "outlet.id", "2024-05-15T08:00:00+07:00", credit="Sumber: Humas Polres Ketapang"),
        copy("portal", "tribratanews.polri.go.id", "2024-05-15T11:00:00+07:00"),
    ])
    assert found["origin"]["url"] == "https://tribratanews.polri.go.id/rilis"
    assert found["origin_reason"] == "official_site"


def test_among_outlets_alone_the_earliest_published_copy_is_the_origin(sqlite_url):
    found = cluster_of(sqlite_url, [
        copy("outlet", "outlet.id", "2024-05-15T12:00:00+07:00", credit="Humas Polres Ketapang"),
        copy("other", "other.id", "2024-05-15T08:00:00+07:00"),
    ], sources=[*SOURCES, Source(name="other", url="https://other.id/")])
    assert (found["origin"]["url"], found["origin_reason"]) == ("https://other.id/rilis", "earliest")


def test_origin_tiers_follow_the_credited_then_the_named_units():
    credited, named = {"Polres Ketapang"}, {"Polres Ketapang", "Polda Kalbar"}
    tiers = [clusters.origin_tier(unit, credited, named)
             for unit in ("Polres Ketapang", "Polda Kalbar", "Divhumas Polri", None)]
    assert [clusters.ORIGIN_REASONS[t] for t in tiers] == ["issuing_unit", "named_unit", "official_site", "earliest"]


def test_clusters_command_says_which_copy_is_the_origin_and_why(db_url):
    found = cluster_of(db_url, [
        copy("outlet", "outlet.id", "2024-05-15T08:00:00+07:00", credit="Humas Polres Ketapang"),
        copy("polres", "polresketapang.id", "2024-05-15T10:00:00+07:00"),
    ])
    listed = json.loads(run_cli("clusters", "--db", db_url, "--json").stdout)["clusters"][0]
    assert listed["origin"]["url"] == "https://polresketapang.id/rilis" and listed["origin"]["unit"] == "Polres Ketapang"
    assert listed["origin_reason"] == "issuing_unit"
    shown = run_cli("clusters", "show", str(found["cluster"]), "--db", db_url).stdout.decode()
    assert "origin: site of the issuing unit Polres Ketapang" in shown
    table = run_cli("clusters", "--db", db_url).stdout.decode()
    assert "site of the issuing unit Polres Ketapang" in " ".join(table.split())

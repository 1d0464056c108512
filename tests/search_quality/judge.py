"""Building the judged archive and scoring a search against the judged queries (used by tests and the bench)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from humascrawl.config import Source
from humascrawl.items import Article, FetchedPage
from humascrawl.search import search
from humascrawl.storage.archive import Archive
from search_quality.corpus import Release
from search_quality.queries import Judged

SOURCE = Source(name="judged", url="https://judged.example/", platform="wordpress")
K_RECALL, K_RANK = 20, 10


def page_of(release: Release) -> FetchedPage:
    url = f"https://judged.example/{release.number}.html"
    article = Article(url=url, canonical_url=url, site="judged.example", site_name="Judged", language="id",
                      title=release.title, text=release.text, units=release.units, persons=[], labels=[],
                      published=f"2024-{1 + release.number % 12:02d}-{1 + release.number % 28:02d}T09:00:00+07:00",
                      content_hash=f"judged-{release.number}")
    return FetchedPage(source=SOURCE.name, url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, feed_updated=None, article=article,
                       extractor_version="judged")


def build_archive(url: str, releases: list[Release]) -> tuple[Archive, dict[int, int]]:
    """The archive at ``url`` holding the releases; returns it and article id -> release number."""
    archive = Archive.open(url)
    archive.sync_sources([SOURCE])
    for start in range(0, len(releases), 200):
        archive.store_pages([page_of(r) for r in releases[start:start + 200]])
    with archive.session() as session:
        from sqlalchemy import text
        rows = session.execute(text("SELECT id, url FROM articles")).all()
    return archive, {row.id: int(row.url.rsplit("/", 1)[1].split(".")[0]) for row in rows}


@dataclass
class Scores:
    recall: float      # recall@20, of min(|relevant|, 20): a query with 50 relevant releases can reach 1.0
    ndcg: float        # nDCG@10, binary gain
    precision: float   # precision@10
    top: list[int]     # release numbers ranked 1-10


def score(ranked: list[int], relevant: set[int]) -> Scores:
    if not relevant:
        raise ValueError("a judged query needs at least one relevant release")
    recall = len(set(ranked[:K_RECALL]) & relevant) / min(len(relevant), K_RECALL)
    dcg = sum(1 / math.log2(i + 2) for i, n in enumerate(ranked[:K_RANK]) if n in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), K_RANK)))
    precision = sum(1 for n in ranked[:K_RANK] if n in relevant) / K_RANK
    return Scores(recall, dcg / ideal, precision, ranked[:K_RANK])


def run(archive: Archive, numbers: dict[int, int], releases: list[Release], judged: Judged,
        exact: bool) -> Scores:
    relevant = {r.number for r in releases if judged.relevant(r)}
    with archive.session() as session:
        hits = search(session, judged.query, limit=K_RECALL, exact=exact).hits
    return score([numbers[hit.article_id] for hit in hits], relevant)

"""Syndicated releases: every copy of one release gets the same ``cluster`` (MinHash + LSH in the archive)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from itertools import combinations

import numpy as np
import pytest
from sqlalchemy import delete, func, select, update

from conftest import run_cli
from humascrawl import clusters, items
from humascrawl.demo.releases import make_release
from humascrawl.demo.syndication import LabelledArticle, labelled_set, pair_scores, predicted_pairs, true_pairs
from humascrawl.extract.text import normalise_for_hash
from humascrawl.items import ARTICLE_FIELDS, FetchedPage
from humascrawl.storage.archive import Archive
from humascrawl.storage.models import Article, ArticleSignature, LshBucket


@pytest.fixture(scope="module")
def labelled() -> list[LabelledArticle]:
    return labelled_set(0)


def store_all(archive: Archive, items: list[LabelledArticle], seed: int = 7) -> None:
    order = items[:]
    random.Random(seed).shuffle(order)  # a crawl finds copies in any order, not oldest first
    for i in range(0, len(order), 50):
        archive.store_pages([it.page() for it in order[i:i + 50]])


def clusters_of(archive: Archive, items: list[LabelledArticle]) -> dict[str, int | None]:
    return {it.url: archive.get_article(it.url).cluster for it in items}


def page(url: str, text: str, site: str, published: str = "2024-05-15T14:00:00+07:00",
         units: list[str] | None = None, event_date: str | None = None) -> FetchedPage:
    article = items.Article(url=url, canonical_url=url, site=site, site_name=site, title="Judul",
                            published=published, text=text, content_hash=f"h{hash((text, url))}",
                            units=units or [], event_date=event_date, language="id")
    return FetchedPage(source="none", url=url, status=200, body=b"<html></html>", article=article)


def paragraphs(key: str) -> list[str]:
    return make_release(key)["paragraphs"]


# ---------------------------------------------------------------- the pure core

def test_signature_is_deterministic_and_estimates_jaccard():
    a = "\n\n".join(paragraphs("core:a"))
    b = "\n\n".join(paragraphs("core:a")[:-1] + ["Kegiatan ini mendapat apresiasi dari tokoh masyarakat setempat."])
    sa, sb = clusters.signature(a), clusters.signature(b)
    assert sa.dtype == np.uint32 and len(sa) == clusters.PARAMS.num_perm
    assert np.array_equal(sa, clusters.signature(a.upper().replace(",", " ,")))  # normalised text
    assert np.array_equal(clusters.from_bytes(clusters.to_bytes(sa)), sa)
    ga, gb = set(clusters.shingles(a)), set(clusters.shingles(b))
    exact = len(ga & gb) / len(ga | gb)
    assert abs(clusters.jaccard(sa, sb) - exact) < 0.15
    bucket_list = clusters.buckets(sa)
    assert [band for band, _ in bucket_list] == list(range(clusters.PARAMS.bands))
    assert all(-2**63 <= bucket < 2**63 for _, bucket in bucket_list)
    assert clusters.signature("Foto: kegiatan patroli.") is None  # too short to say anything


def test_estimates_agree_with_datasketch():
    from datasketch import MinHash

    texts = ["\n\n".join(paragraphs(f"ds:{i}")) for i in range(3)]
    texts.append("\n\n".join(paragraphs("ds:0")[1:]))
    ours = [clusters.signature(t) for t in texts]
    theirs = []
    for t in texts:
        w = normalise_for_hash(t).split()
        mh = MinHash(num_perm=256)
        mh.update_batch([" ".join(w[i:i + clusters.PARAMS.k]).encode() for i in range(len(w) - clusters.PARAMS.k + 1)])
        theirs.append(mh)
    for a, b in combinations(range(len(texts)), 2):
        assert abs(clusters.jaccard(ours[a], ours[b]) - theirs[a].jaccard(theirs[b])) < 0.15


def test_lsh_catches_near_copies_and_rarely_unrelated_texts():
    p = clusters.candidate_probability
    assert p(0.7) > 0.99 and p(0.5) > 0.85 and p(0.2) < 0.06


def test_a_match_the_facts_cannot_confirm_needs_more_similar_text():
    polres, day = frozenset({"balikpapan"}), "2024-05-24"
    t, tu = clusters.PARAMS.threshold, clusters.PARAMS.threshold_unconfirmed
    assert t < tu
    assert clusters.accepted((polres, day), (polres, day), t)  # same Polres, same day: the threshold
    assert not clusters.accepted((polres, day), (polres, "2024-05-20"), 0.9)  # another day: never
    assert not clusters.accepted((polres, None), (polres, day), (t + tu) / 2)  # day unknown: not enough ...
    assert clusters.accepted((polres, None), (polres, day), tu)  # ... unless the text says more
    assert clusters.accepted((polres, None), (polres, None), (t + tu) / 2, replace(clusters.PARAMS, guard=False))


def test_two_releases_of_one_polres_days_apart_stay_apart(sqlite_url):
    """Labelled set 7 holds two Kapolda visits to Polresta Balikpapan a few days apart, one without a
    stated event day: with the plain threshold their copies merged into one cluster (precision 0.947)."""
    items = labelled_set(7)
    archive = Archive.open(sqlite_url)
    store_all(archive, items)
    scores = pair_scores(true_pairs(items), predicted_pairs(clusters_of(archive, items)))
    assert scores["precision"] >= 0.99 and scores["recall"] >= 0.95, scores
    archive.close()


# ---------------------------------------------------------------- through the archive, both backends

def test_labelled_set_precision_and_recall(db_url, labelled):
    archive = Archive.open(db_url)
    store_all(archive, labelled)
    got = clusters_of(archive, labelled)
    scores = pair_scores(true_pairs(labelled), predicted_pairs(got))
    assert len(labelled) >= 200 and len({it.release for it in labelled}) >= 40
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.95, scores
    # the cluster id is the first archived copy; the origin is the earliest published copy
    published = {it.url: it.published for it in labelled}
    for cid in set(got.values()) - {None}:
        found = archive.cluster(cid)
        urls = [m["url"] for m in found["members"]]
        assert found["origin"]["url"] == min(urls, key=lambda u: published[u]) == urls[0]
        with archive.session() as session:
            ids = session.scalars(select(Article.id).where(Article.cluster == cid)).all()
        assert cid == min(ids)
    # distinct-but-similar releases (same event type, another Polres) stay apart
    cluster_of_release: dict[str, set] = {}
    for it in labelled:
        cluster_of_release.setdefault(it.release, set()).add(got[it.url])
    for it in labelled:
        if it.kind == "similar":
            twin = f"synd:0:{it.release.split(':')[2]}"
            assert not (cluster_of_release[it.release] & cluster_of_release[twin]) - {None}
    archive.close()


def test_clusters_survive_reopening_the_archive(db_url, labelled, tmp_path):
    subset = [it for it in labelled if it.release in {x.release for x in labelled[:60]}]
    early, late = subset[: len(subset) // 2], subset[len(subset) // 2:]
    reference = Archive.open(f"sqlite:///{tmp_path / 'one-run.sqlite3'}")
    store_all(reference, subset)
    expected = predicted_pairs(clusters_of(reference, subset))
    reference.close()
    archive = Archive.open(db_url)
    store_all(archive, early)
    before = clusters_of(archive, early)
    archive.close()
    archive = Archive.open(db_url)  # a later crawl run: the index is read from the archive
    store_all(archive, late)
    after = clusters_of(archive, subset)
    assert predicted_pairs(after) == expected  # as if all had been stored in one run
    joined = [it for it in late if after[it.url] is not None and after[it.url] in set(before.values())]
    assert joined, "copies stored after reopening joined clusters formed before"
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(LshBucket)) == len(subset) * clusters.PARAMS.bands
    archive.close()


def test_an_article_bridging_two_clusters_merges_them_into_the_oldest(db_url):
    x, y, z = ("\n\n".join(paragraphs(f"bridge:{n}")) for n in "xyz")
    archive = Archive.open(db_url)
    archive.store_pages([page("https://a.id/1", f"{x}\n\n{y}", "a.id"),
                         page("https://b.id/1", f"{y}\n\n{z}", "b.id")])
    assert archive.get_article("https://a.id/1").cluster is None  # x+y and y+z: too little in common
    archive.store_pages([page("https://c.id/1", f"{x}\n\n{y}\n\nSumber: Humas", "c.id"),
                         page("https://d.id/1", f"{y}\n\n{z}\n\n(rls)", "d.id")])
    first = {u: archive.get_article(u).cluster for u in ("https://a.id/1", "https://b.id/1",
                                                              "https://c.id/1", "https://d.id/1")}
    assert first == {"https://a.id/1": 1, "https://b.id/1": 2, "https://c.id/1": 1, "https://d.id/1": 2}
    archive.store_pages([page("https://e.id/1", f"{x}\n\n{y}\n\n{z}", "e.id")])  # the whole release
    assert {archive.get_article(u).cluster for u in [*first, "https://e.id/1"]} == {1}
    archive.close()


def test_contradicting_facts_keep_same_template_releases_apart(db_url):
    text = "\n\n".join(paragraphs("facts:0"))
    archive = Archive.open(db_url)
    archive.store_pages([
        page("https://a.id/1", text, "a.id", units=["Polres Sanggau"], event_date="2024-05-14"),
        page("https://b.id/1", text, "b.id", units=["Polres Sintang"], event_date="2024-05-14"),  # other Polres
        page("https://c.id/1", text, "c.id", units=["Polres Sanggau"], event_date="2024-05-21"),  # other week
        page("https://d.id/1", text, "d.id", units=["Si Humas Polres Sanggau"], event_date="2024-05-14T08:00:00+07:00"),
    ])
    got = {u: archive.get_article(u).cluster for u in
           ("https://a.id/1", "https://b.id/1", "https://c.id/1", "https://d.id/1")}
    assert got == {"https://a.id/1": 1, "https://b.id/1": None, "https://c.id/1": None, "https://d.id/1": 1}
    archive.close()


def test_a_changed_article_is_indexed_again_and_keeps_its_cluster(sqlite_url):
    text = "\n\n".join(paragraphs("changed:0"))
    archive = Archive.open(sqlite_url)
    archive.store_pages([page("https://a.id/1", text, "a.id"), page("https://b.id/1", text, "b.id")])
    edited = page("https://a.id/1", text + "\n\nHingga berita ini diturunkan, situasi aman dan kondusif.", "a.id")
    assert archive.store_pages([edited]) == ["changed"]
    assert archive.get_article("https://a.id/1").cluster == archive.get_article("https://b.id/1").cluster == 1
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(LshBucket).where(LshBucket.article_id == 1)) \
            == clusters.PARAMS.bands
        stored = session.get(ArticleSignature, 1).signature
    assert np.array_equal(clusters.from_bytes(stored), clusters.signature(edited.article.text))
    archive.close()


def test_short_texts_are_not_clustered(sqlite_url):
    archive = Archive.open(sqlite_url)
    archive.store_pages([page("https://a.id/1", "Foto kegiatan.", "a.id"),
                         page("https://b.id/1", "Foto kegiatan.", "b.id")])
    assert {archive.get_article(u).cluster for u in ("https://a.id/1", "https://b.id/1")} == {None}
    archive.close()


def test_index_clusters_backfills_an_archive_stored_before_clustering(sqlite_url, labelled):
    subset = labelled[:120]
    archive = Archive.open(sqlite_url)
    store_all(archive, subset)
    expected = predicted_pairs(clusters_of(archive, subset))
    with archive.session.begin() as session:  # as if archived by a version without clustering
        session.execute(delete(LshBucket))
        session.execute(delete(ArticleSignature))
        session.execute(update(Article).values(cluster=None))
    assert archive.index_clusters(batch=50) == len(subset)
    assert predicted_pairs(clusters_of(archive, subset)) == expected
    assert archive.index_clusters() == 0
    archive.close()


def test_a_release_republished_on_two_demo_sites_is_one_cluster(tmp_path, sqlite_url):
    from test_crawl import crawl, sources_file

    from humascrawl.demo.server import MirrorServer
    from humascrawl.demo.sites import load_demo_sites

    with MirrorServer(load_demo_sites()) as mirror:
        result = crawl(sqlite_url, sources_file(tmp_path, mirror, ["kalimantanpost", "kalbarnews"]))
        assert result.returncode == 0, result.stderr.decode()[-3000:]
        by_release: dict[str, list[str]] = {}
        for name in ("kalimantanpost", "kalbarnews"):
            site = mirror.site(name)
            for post in site.posts:
                by_release.setdefault(post.release, []).append(site.post_url(post))
    archive = Archive.open(sqlite_url)
    got = {u: archive.get_article(u).cluster for urls in by_release.values() for u in urls}
    shared = [urls for urls in by_release.values() if len(urls) > 1]
    assert shared, "the demo's kalbarnews republishes kalimantanpost releases"
    for urls in shared:
        assert got[urls[0]] is not None and len({got[u] for u in urls}) == 1, urls
    truth = {tuple(sorted(p)) for urls in by_release.values() for p in combinations(urls, 2)}
    scores = pair_scores(truth, predicted_pairs(got))
    assert scores["precision"] >= 0.95 and scores["recall"] == 1.0, scores
    archive.close()


# ---------------------------------------------------------------- `humascrawl clusters`

def releases_archive(db_url: str) -> dict[str, str]:
    """Release x on three outlets (the copy stored first is not the earliest published), release y on two,
    and an article without copies."""
    x, y, z = ("\n\n".join(paragraphs(f"cli:{n}")) for n in "xyz")
    archive = Archive.open(db_url)
    archive.store_pages([
        page("https://b.id/x", f"{x}\n\n(rls)", "b.id", published="2024-05-16T09:00:00+07:00"),
        page("https://a.id/x", x, "a.id", published="2024-05-15T08:00:00+07:00"),
        page("https://c.id/x", f"{x}\n\nSumber: Humas", "c.id", published="2024-05-17T10:00:00+08:00"),
        page("https://a.id/y", y, "a.id", published="2024-05-18T08:00:00+07:00"),
        page("https://d.id/y", f"{y}\n\nEditor: Lisa", "d.id", published="2024-05-18T09:00:00+07:00"),
        page("https://a.id/z", z, "a.id"),
    ])
    ids = {a: archive.get_article(u).cluster for a, u in (("x", "https://a.id/x"), ("y", "https://a.id/y"))}
    archive.close()
    return ids


def test_clusters_command_lists_the_largest_releases_with_their_origin(db_url):
    ids = releases_archive(db_url)
    assert ids["x"] == 1 and ids["y"] == 4
    listed = run_cli("clusters", "--db", db_url, "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    found = json.loads(listed.stdout)
    assert (found["clusters_total"], found["clustered_articles"]) == (2, 5)
    assert [(c["cluster"], c["copies"]) for c in found["clusters"]] == [(1, 3), (4, 2)]
    first = found["clusters"][0]
    assert first["origin"]["url"] == "https://a.id/x" and first["outlets"] == ["a.id", "b.id", "c.id"]
    assert [c["cluster"] for c in json.loads(run_cli("clusters", "--db", db_url, "--json", "--limit", "1")
                                             .stdout)["clusters"]] == [1]
    table = run_cli("clusters", "--db", db_url).stdout.decode()
    assert "2 clusters, 5 articles in them" in table and "a.id, b.id, c.id" in table


def test_clusters_show_lists_the_copies_by_id_or_url(db_url):
    ids = releases_archive(db_url)
    by_id = run_cli("clusters", "show", str(ids["x"]), "--db", db_url, "--json")
    assert by_id.returncode == 0, by_id.stderr.decode()
    shown = json.loads(by_id.stdout)
    assert shown["cluster"] == ids["x"] and shown["origin"]["url"] == "https://a.id/x"
    assert [(m["url"], m["origin"]) for m in shown["members"]] == [
        ("https://a.id/x", True), ("https://b.id/x", False), ("https://c.id/x", False)]
    # one shape for a cluster: the command, Archive.cluster and /api/clusters/{id} (tested in test_web.py)
    archive = Archive.open(db_url)
    try:
        assert json.loads(json.dumps(archive.cluster(ids["x"]), default=str)) == shown
    finally:
        archive.close()
    assert all(m["article_id"] == m["id"] and set(ARTICLE_FIELDS) < set(m) for m in shown["members"])
    by_url = json.loads(run_cli("clusters", "--db", db_url, "show", "https://WWW.d.id/y?utm_source=fb",
                                "--json").stdout)
    assert by_url["cluster"] == ids["y"] and [m["url"] for m in by_url["members"]] == [
        "https://a.id/y", "https://d.id/y"]
    table = run_cli("clusters", "show", "https://c.id/x", "--db", db_url).stdout.decode()
    lines = [line for line in table.splitlines() if "https://" in line]
    assert "cluster 1: 3 copies on 3 outlets" in table
    assert "origin" in lines[0] and "https://a.id/x" in lines[0] and "origin" not in "".join(lines[1:])
    alone = json.loads(run_cli("clusters", "show", "https://a.id/z", "--db", db_url, "--json").stdout)
    assert alone["cluster"] is None and [m["url"] for m in alone["members"]] == ["https://a.id/z"]


@pytest.mark.parametrize("ref, message", [("99", "no cluster with id 99"),
                                          ("https://nowhere.id/1", "no archived article at https://nowhere.id/1"),
                                          ("pati", "not a cluster id or an article URL: 'pati'")])
def test_clusters_show_refuses_what_is_not_archived_in_one_line(sqlite_url, ref, message):
    releases_archive(sqlite_url)
    result = run_cli("clusters", "show", ref, "--db", sqlite_url)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().strip().splitlines() == [f"humascrawl: error: {message}"
                                                           + (" (humascrawl clusters lists them)" if ref == "99" else "")]

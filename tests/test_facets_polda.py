"""Facets that read well: outlets by name, a Polda (province) facet and the --polda filter, on both backends.

A Polda is derived from the units an article names (humascrawl.units.polda_of_unit: the Polda itself, or a
Polres / Polresta / Polrestabes of one of its places, data/rules/polda_places.toml).
"""

from __future__ import annotations

import json
import tomllib

import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import ROOT, run_cli
from humascrawl.config import Source
from humascrawl.filters import ArticleFilter, FilterError, filter_from_options
from humascrawl import items
from humascrawl.items import FetchedPage
from humascrawl.search import facets, matching_ids, search
from humascrawl.storage.archive import Archive
from humascrawl.storage.articles import filter_conditions
from humascrawl.storage.models import Article
from humascrawl.units import polda_of_unit, resolve_polda, units_of_polda
from humascrawl.web.app import create_app

SOURCES = [Source(name="kalbaronline", url="https://kalbaronline.com/", platform="wordpress"),
           Source(name="polres-lokal", url="http://127.0.0.1:18999/", platform="blogger"),
           Source(name="jatimnews", url="https://jatimnews.id/", platform="wordpress")]

# key: (source, site, site_name, units, title)
ARTICLES = {
    "ketapang": ("kalbaronline", "kalbaronline.com", "Kalbar Online", ["Polres Ketapang", "Polda Kalbar"],
                 "Polres Ketapang Ungkap Sabu"),
    "pontianak": ("kalbaronline", "kalbaronline.com", None, ["Polresta Pontianak Kota"],
                  "Patroli Polresta Pontianak"),
    "kobar": ("polres-lokal", "127.0.0.1:18999", None, ["Polres Kotawaringin Barat", "Polda Kalteng"],
              "Polres Kobar Gelar Apel"),
    "malang": ("jatimnews", "jatimnews.id", "Jatim News", ["Polda Jatim", "Polres Malang", "Polres Ketapang"],
               "Kerja Sama Polres Malang dan Ketapang"),
    "polsek": ("jatimnews", "jatimnews.id", "Jatim News", ["Polsek Delta Pawan", "Polres Banjar"],
               "Polsek Delta Pawan Sambang Warga"),
}


def page(key: str, i: int) -> FetchedPage:
    source, site, site_name, units, title = ARTICLES[key]
    scheme = "http" if site.startswith("127.") else "https"
    url = f"{scheme}://{site}/2024/05/{key}.html"
    article = items.Article(url=url, canonical_url=url, site=site, site_name=site_name, title=title, units=units,
                            text=f"{title}. Personel melaksanakan kegiatan rutin sabu {key}.",
                            published=f"2024-05-{10 + i:02d}T10:00:00+07:00", language="id", content_hash=f"h-{key}")
    return FetchedPage(source=source, url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, feed_updated=None, article=article,
                       extractor_version="test")


@pytest.fixture
def archive_ids(db_url):
    archive = Archive.open(db_url)
    archive.sync_sources(SOURCES)
    assert archive.store_pages([page(key, i) for i, key in enumerate(ARTICLES)]) == ["new"] * len(ARTICLES)
    with archive.session() as session:
        ids = {key: session.scalar(select(Article.id).where(Article.canonical_url.like(f"%/{key}.html")))
               for key in ARTICLES}
    yield db_url, archive, ids
    archive.close()


def keys_of(ids: dict[str, int], found) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[i] for i in found}


# ------------------------------------------------------------------ the unit tables


def test_every_place_belongs_to_one_polda_except_the_ambiguous_one():
    units = tomllib.loads((ROOT / "data/rules/units.toml").read_text(encoding="utf-8"))
    poldas = tomllib.loads((ROOT / "data/rules/polda_places.toml").read_text(encoding="utf-8"))["polda"]
    listed = [place for places in poldas.values() for place in places]
    assert len(listed) == len(set(listed)), "a place listed under two Polda"
    assert set(listed) <= set(units["places"])
    assert set(units["places"]) - set(listed) == {"Banjar"}   # Polres Banjar: in Jabar and in Kalsel
    assert set(poldas) == {row["abbr"] for row in units["polda"]}


@pytest.mark.parametrize("unit, polda", [
    ("Polda Kalbar", "Polda Kalbar"), ("Bidhumas Polda Kalbar", "Polda Kalbar"),
    ("Polres Ketapang", "Polda Kalbar"), ("Polresta Pontianak Kota", "Polda Kalbar"),
    ("polres kotawaringin barat", "Polda Kalteng"), ("Polres Kobar", "Polda Kalteng"),   # an alias spelling
    ("Polrestabes Surabaya", "Polda Jatim"), ("Polres Metro Jakarta Pusat", "Polda Metro Jaya"),
    ("Polres Mimika", "Polda Papua Tengah"), ("Polres Sorong", "Polda Papua Barat Daya"),
    ("Polsek Delta Pawan", None), ("Polres Banjar", None), ("Divhumas Polri", None), ("Polres Entah", None),
])
def test_polda_of_unit(unit, polda):
    assert polda_of_unit(unit) == polda


@pytest.mark.parametrize("name", ["Polda Kalbar", "Polda Kalimantan Barat", "Kalbar", "  kalimantan   BARAT ",
                                  "Kepolisian Daerah Kalimantan Barat"])
def test_every_spelling_of_a_polda_resolves(name):
    assert resolve_polda(name) == "Polda Kalbar"
    assert ArticleFilter(polda=name).polda == "Polda Kalbar"
    assert "polres ketapang" in units_of_polda("Polda Kalbar")


def test_an_unknown_polda_is_a_one_line_filter_error():
    with pytest.raises(FilterError) as caught:
        filter_from_options(polda="Kalimantan Barat Daya")
    message = str(caught.value)
    assert "\n" not in message and "'Kalimantan Barat Daya'" in message and "Kalbar" in message
    assert resolve_polda("Polres Ketapang") is None


# ------------------------------------------------------------------ search, facets, filters (both backends)


def test_polda_facet_counts_each_article_once_per_polda(archive_ids):
    _, archive, ids = archive_ids
    with archive.session() as session:
        found = facets(session, "")
        narrowed = facets(session, "sabu malang")
    # ketapang names Polres Ketapang and Polda Kalbar: one article; malang names units of Jatim and of Kalbar
    assert found["polda"] == [("Polda Kalbar", 3), ("Polda Jatim", 1), ("Polda Kalteng", 1)]
    assert narrowed["polda"] == [("Polda Jatim", 1), ("Polda Kalbar", 1)]
    assert dict(found["unit"])["Polres Ketapang"] == 2


@pytest.mark.parametrize("name", ["Kalbar", "Polda Kalimantan Barat"])
def test_polda_filter_in_search_alerts_and_conditions(archive_ids, name):
    _, archive, ids = archive_ids
    flt = ArticleFilter(polda=name)
    expected = {"ketapang", "pontianak", "malang"}
    with archive.session() as session:
        assert keys_of(ids, [h.article_id for h in search(session, "", flt).hits]) == expected
        assert keys_of(ids, [h.article_id for h in search(session, "malang", flt).hits]) == {"malang"}
        assert keys_of(ids, matching_ids(session, "", flt, 0)) == expected
        assert keys_of(ids, session.scalars(select(Article.id).where(*filter_conditions(flt)))) == expected
        both = ArticleFilter(polda="Kalteng", site="127.0.0.1:18999")
        assert keys_of(ids, [h.article_id for h in search(session, "", both).hits]) == {"kobar"}
        # a Polda none of whose units the archive names: nothing, no error
        assert search(session, "", ArticleFilter(polda="Papua Tengah")).hits == []
        assert facets(session, "", ArticleFilter(polda="Jatim"))["polda"] == [("Polda Jatim", 1), ("Polda Kalbar", 1)]


def test_hits_name_their_outlet(archive_ids):
    _, archive, ids = archive_ids
    with archive.session() as session:
        hits = {h.article_id: h for h in search(session, "").hits}
    assert hits[ids["ketapang"]].outlet == "Kalbar Online"
    assert hits[ids["pontianak"]].outlet == "Kalbar Online"       # unnamed article: its site's name
    assert hits[ids["kobar"]].outlet == "polres-lokal"            # no name anywhere: the source's, not host:port
    assert hits[ids["kobar"]].to_json()["outlet"] == "polres-lokal"


# ------------------------------------------------------------------ the CLI, the export and the API


def test_cli_search_and_export_take_polda(archive_ids, tmp_path):
    db_url, _, _ = archive_ids
    result = run_cli("search", "--db", db_url, "", "--polda", "Polda Kalimantan Tengah")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Polres Kobar Gelar Apel" in out and "Ketapang" not in out
    facts = [line for line in out.splitlines() if " · " in line]   # outlet · published · units
    assert facts and all(line.strip().startswith("polres-lokal · ") for line in facts)
    data = json.loads(run_cli("search", "--db", db_url, "", "--polda", "kalbar", "--json").stdout)
    assert data["filters"]["polda"] == "Polda Kalbar" and data["total"] == 3
    target = tmp_path / "kalbar.jsonl"
    result = run_cli("export", "--db", db_url, "--out", str(target), "--polda", "Kalbar")
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["title"] for r in rows) == sorted(ARTICLES[k][4] for k in ("ketapang", "pontianak", "malang"))
    manifest = json.loads((tmp_path / "kalbar.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert "Polda Kalbar" in json.dumps(manifest)


@pytest.mark.parametrize("command", ["search", "export"])
def test_cli_unknown_polda_is_one_line_exit_2(sqlite_url, tmp_path, command):
    Archive.open(sqlite_url).close()
    args = ["--out", str(tmp_path / "x.jsonl")] if command == "export" else [""]
    result = run_cli(command, "--db", sqlite_url, *args, "--polda", "Kalimantan Raya")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and "Kalimantan Raya" in err and "Traceback" not in err
    assert not (tmp_path / "x.jsonl").exists()


def test_api_polda_filter_facets_and_outlet_labels(archive_ids):
    db_url, _, ids = archive_ids
    app = create_app(db_url)
    try:
        with TestClient(app) as client:
            found = client.get("/api/search", params={"polda": "Polda Kalimantan Barat"}).json()
            assert {h["article_id"] for h in found["hits"]} == {ids[k] for k in ("ketapang", "pontianak", "malang")}
            assert found["filters"]["polda"] == "Polda Kalbar"
            assert {h["outlet"] for h in found["hits"]} == {"Kalbar Online", "Jatim News"}
            body = client.get("/api/facets").json()["facets"]
            assert body["polda"][0] == {"value": "Polda Kalbar", "label": "Polda Kalbar", "count": 3}
            sites = {f["value"]: f["label"] for f in body["site"]}
            assert sites == {"kalbaronline.com": "Kalbar Online", "jatimnews.id": "Jatim News",
                             "127.0.0.1:18999": "polres-lokal"}
            bad = client.get("/api/search", params={"polda": "Kalimantan Raya"})
            assert bad.status_code == 400 and "Kalimantan Raya" in bad.text
            page = lxml.html.fromstring(client.get("/", params={"q": "", "polda": "kalteng"}).text)
            assert page.xpath("//span[@class='outlet']/text()") == ["polres-lokal"]
            (selected,) = page.xpath("//section[@data-facet='polda']//a[contains(@class, 'selected')]")
            assert selected.text == "Polda Kalteng"
            assert "polda: Polda Kalteng" in page.xpath("string(//p[@id='active-filters'])")
            outlets = page.xpath("//section[@data-facet='site']//a[@class='facet-link']")
            assert [(a.text, a.get("title")) for a in outlets] == [("polres-lokal", "127.0.0.1:18999")]
    finally:
        app.state.archive.close()


@pytest.mark.parametrize("suffix", ["parquet", "csv", "warc.gz"])
def test_every_export_format_takes_polda(archive_ids, tmp_path, suffix):
    """Parquet on SQLite is read by the ADBC driver from compiled SQL: the Polda's IN list must reach it whole."""
    db_url, _, _ = archive_ids
    target = tmp_path / f"kalteng.{suffix}"
    result = run_cli("export", "--db", db_url, "--out", str(target), "--polda", "Polda Kalimantan Tengah")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    manifest = json.loads((tmp_path / f"kalteng.{suffix}.manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"] == 1 and manifest["filters"]["polda"] == "Polda Kalteng"


def test_an_alert_keeps_its_polda_and_names_outlets_in_its_digest(archive_ids):
    from humascrawl.alerts.run import build_section
    from humascrawl.alerts.store import add_alert, filter_of

    _, archive, ids = archive_ids
    added = add_alert(archive, "kalteng", "", ArticleFilter(polda="Kalimantan Tengah"), backfill=True)
    assert added.existing_matches == 1 and added.alert.filters["polda"] == "Polda Kalteng"
    with archive.session() as session:
        assert filter_of(added.alert) == ArticleFilter(polda="Polda Kalteng")
        section, _ = build_section(session, added.alert, [ids["kobar"]], fold=False)
    assert [entry.to_json()["outlet"] for entry in section.entries] == ["polres-lokal"]

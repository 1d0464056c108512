"""A labelled set of syndicated police releases: the ground truth for near-duplicate clustering.

Regional outlets republish a Polres press release with their own edits.  :func:`labelled_set` builds, from a
seed alone, a list of archived articles where

* each *syndicated* release (built by the demo generator, :func:`~humascrawl.demo.releases.make_release`)
  appears on its origin outlet and is republished 2–8 times on other outlets, each copy with realistic edits:
  the outlet's own dateline left in the text, trimmed or added paragraphs, other credit lines, a reworded lead
  (and sometimes a copy of a copy, so edits accumulate);
* a *similar* release for each syndicated one — same event type, another Polres — is published too, alone or
  with a copy or two of its own: the hard negatives (the same templates, other names and places).

Each item is the article record the extract pipeline would hand to the archive (its ``units`` and ``event_date``
found in the copy's own text by the extractor's functions) and carries its release key, so :func:`pair_scores`
can grade any clustering by pairs.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import combinations
from typing import Iterable

from humascrawl.extract.dates import find_event_date
from humascrawl.extract.entities import find_units
from humascrawl.extract.text import content_hash
from humascrawl.items import Article, FetchedPage

from .content import UPDATE_SENTENCES, slugify_blogger
from .releases import DEFAULT_START, make_release
from .templates import SIGN_OFFS
from .vocab import EDITORS, POLDA, WRITERS, ZONES

# (host, outlet name, platform): regional outlets that carry police releases
OUTLETS = [
    ("kalimantanpost.online", "Kalimantanpost.online", "blogger"),
    ("kalbarnews.id", "Kalbarnews.id", "wordpress"),
    ("borneotribun.com", "Borneo Tribun", "wordpress"),
    ("suarakalbar.co.id", "Suara Kalbar", "wordpress"),
    ("pontianakinfo.blogspot.com", "Pontianak Info", "blogger"),
    ("ketapangnews.blogspot.com", "Ketapang News", "blogger"),
    ("beritakhatulistiwa.com", "Berita Khatulistiwa", "wordpress"),
    ("tribratanews-kalbar.id", "Tribrata News Kalbar", "wordpress"),
    ("infobanua.co.id", "Info Banua", "wordpress"),
    ("banjarmasinpost.online", "Banjarmasin Post Online", "blogger"),
    ("kaltimtoday.net", "Kaltim Today", "wordpress"),
    ("jurnalpolisi.id", "Jurnal Polisi", "wordpress"),
    ("lensanusantara.blogspot.com", "Lensa Nusantara", "blogger"),
    ("suarapolri.com", "Suara Polri", "wordpress"),
    ("detakborneo.com", "Detak Borneo", "wordpress"),
    ("medianusantara.blogspot.com", "Media Nusantara", "blogger"),
]
DATELINES = ["{PLACE}, {outlet} -", "{Place}, {outlet}.-", "{PLACE} -", "{Place} ({outlet}) –", "{outlet}, {PLACE} –"]
# Lead rewording: phrase -> alternatives (applied to the first paragraph only)
REWORD = [
    ("melaksanakan", ["menggelar", "mengadakan"]), ("menggelar", ["melaksanakan", "mengadakan"]),
    ("personel", ["anggota", "jajaran"]), ("berhasil", ["sukses"]), ("mengamankan", ["menangkap", "meringkus"]),
    ("wilayah", ["kawasan", "daerah"]), ("kegiatan", ["acara", "agenda"]), ("warga", ["masyarakat"]),
    ("masyarakat", ["warga"]), ("sejumlah", ["beberapa"]), ("guna", ["untuk", "demi"]),
    ("dalam rangka", ["guna", "untuk"]), ("kepada", ["bagi"]), ("memimpin langsung", ["turun langsung memimpin"]),
    ("terduga", ["diduga"]), ("kembali", ["lagi"]), ("menyalurkan", ["membagikan"]), ("bersama", ["bersama-sama"]),
    ("mengikuti", ["menghadiri"]), ("memberikan", ["menyampaikan"]), ("di sejumlah", ["di beberapa"]),
]
_COMMON_STARTS = {"Personel", "Guna", "Dalam", "Sebanyak", "Jajaran", "Mengantisipasi", "Kunjungan", "Satuan", "Seksi"}
_WHEN = re.compile(r", ((?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b[^.]*)\.$")
ADDED = [
    "Sebelumnya, {U} juga telah menggelar kegiatan serupa di sejumlah kecamatan lain di Kabupaten {P}.",
    "Kegiatan ini mendapat apresiasi dari tokoh masyarakat setempat yang hadir di lokasi.",
    "Untuk diketahui, program ini merupakan salah satu prioritas {PD} sepanjang tahun ini.",
    "Warga yang ditemui di lokasi mengaku senang dengan kehadiran petugas kepolisian.",
    "Informasi lebih lanjut dapat diperoleh melalui akun media sosial resmi {U}.",
    *UPDATE_SENTENCES,
]


@dataclass
class LabelledArticle:
    """One archived copy and its truth: ``release`` is shared by every copy of one press release."""

    release: str
    kind: str  # origin | copy | similar | similar-copy
    url: str
    source: str
    published: datetime
    article: Article = field(repr=False)
    edits: list[str] = field(default_factory=list)

    def page(self) -> FetchedPage:
        """The article as the extract pipeline hands it to :meth:`Archive.store_pages`."""
        return FetchedPage(source=self.source, url=self.url, status=200, body=f"<html>{self.url}</html>".encode(),
                           headers={"Content-Type": "text/html"}, article=replace(self.article),
                           extractor_version="labelled", feed_updated=self.article.published)


def _reword_lead(lead: str, rng: random.Random) -> str:
    out = lead
    for old, alts in rng.sample(REWORD, len(REWORD)):
        if re.search(rf"\b{old}\b", out, re.I) and rng.random() < 0.7:
            new = rng.choice(alts)
            out = re.sub(rf"\b{old}\b", lambda m: new.capitalize() if m.group(0)[0].isupper() else new, out,
                         count=1, flags=re.I)
    m = _WHEN.search(out)
    if m and rng.random() < 0.6:  # "..., Senin (13/5/2024)." -> "Pada Senin (13/5/2024), ..."
        body = out[:m.start()]
        first = body.split(" ", 1)[0]
        body = body[0].lower() + body[1:] if first in _COMMON_STARTS else body
        out = f"Pada {m.group(1)}, {body}."
    if out == lead:
        out = "Bertempat di lokasi, " + lead[0].lower() + lead[1:]
    return out


def _edit(paras: list[str], rel: dict, rng: random.Random, edits: list[str]) -> list[str]:
    """The outlet's edits of the content: trimmed or added paragraphs, a reworded lead (some of them)."""
    paras = list(paras)
    wanted = rng.sample(["trim", "add", "lead", "none", "none"], rng.randint(1, 3))
    if "trim" in wanted and len(paras) > 3:
        if rng.random() < 0.6:
            del paras[-rng.randint(1, min(2, len(paras) - 3)):]
        else:
            del paras[rng.randint(1, len(paras) - 2)]
        edits.append("trim")
    if "add" in wanted:
        for sentence in rng.sample(ADDED, rng.randint(1, 2)):
            paras.insert(rng.randint(2, len(paras)), sentence.format(U=rel["unit"], P=rel["place"], PD=rel["polda"]))
        edits.append("add")
    if "lead" in wanted:
        paras[0] = _reword_lead(paras[0], rng)
        edits.append("lead")
    return paras


def _decorate(paras: list[str], rel: dict, outlet: str, rng: random.Random, edits: list[str]) -> tuple[list[str], dict]:
    """What the extractor may leave of the outlet's page: its dateline prefix, its credit lines."""
    paras = list(paras)
    credits = {"source_credit": rng.choice(["Humas {U}", "Si Humas {U}", "Bidhumas {PD}"]).format(
        U=rel["unit"], PD=rel["polda"]), "editor": rng.choice(EDITORS), "author": rng.choice(WRITERS)}
    if rng.random() < 0.4:  # the credit lines survived extraction (a theme the rules do not know)
        paras += rng.choice([[f"Sumber: {credits['source_credit']}", f"Editor: {credits['editor']}"],
                             [f"Penulis: {credits['author']}", f"Editor: {credits['editor']}"],
                             [f"({credits['source_credit']})"], [rng.choice(SIGN_OFFS)]])
        edits.append("credits")
    if rng.random() < 0.4:  # the dateline prefix stayed in the first paragraph
        lead = rng.choice(DATELINES).format(Place=rel["place"], PLACE=rel["place"].upper(), outlet=outlet)
        paras[0] = f"{lead} {paras[0]}"
        edits.append("dateline")
    return paras, credits


def _similar_release(rel: dict, key: str) -> dict:
    """A release of the same event type from another Polres (preferably of the same Polda)."""
    abbr = rel["polda"].split(" ", 1)[1]
    for j in range(400):
        other = make_release(f"{key}:{j}", (abbr,) if j < 200 else ())
        if other["label"] == rel["label"] and other["unit"] != rel["unit"]:
            return other
    raise RuntimeError(f"no similar release for {rel['key']}")  # pragma: no cover - 13 event types


class _Builder:
    def __init__(self, seed: int):
        self.seed, self.items, self.urls = seed, [], set()
        self.rng = random.Random(f"syndication:{seed}")

    def publish(self, rel: dict, kind: str, outlet: tuple[str, str, str], when: datetime, paras: list[str],
                edits: list[str], credits: dict | None = None) -> LabelledArticle:
        host, name, platform = outlet
        rng = self.rng
        title = rng.choice([rel["title"], *rel["alts"]]) if kind.endswith("copy") else rel["title"]
        zone = ZONES[POLDA[rel["polda"].split(" ", 1)[1]][2]]
        local = when.astimezone(zone)
        slug = slugify_blogger(title)
        url = (f"https://{host}/{local:%Y/%m}/{slug}.html" if platform == "blogger"
               else f"https://{host}/{local:%Y/%m/%d}/{slug}/")
        k = 1
        while url in self.urls:
            k += 1
            url = url.replace(f"{slug}", f"{slug}-{k}", 1)
            slug = f"{slug}-{k}"
        self.urls.add(url)
        text = "\n\n".join(paras)
        credits = credits or {"source_credit": f"Humas {rel['unit']}", "editor": rng.choice(EDITORS),
                              "author": None}
        article = Article(
            url=url, canonical_url=url, site=host, site_name=name, title=title,
            published=local.isoformat(timespec="seconds"), modified=None, author=credits["author"],
            editor=credits["editor"], source_credit=credits["source_credit"], dateline=rel["place"],
            # what the extractor finds in this copy's own text, as in a crawl
            event_date=find_event_date(text, local.isoformat(), zone), units=find_units(title, text),
            text=text, labels=[rel["unit"], rel["label"]], persons=[dict(p) for p in rel["persons"]],
            language="id", content_hash=content_hash(text),
        )
        item = LabelledArticle(rel["key"], kind, url, host.split(".")[0], local, article, edits)
        self.items.append(item)
        return item

    def syndicate(self, rel: dict, kind: str, start: datetime, copies: int) -> None:
        rng = self.rng
        outlets = rng.sample(OUTLETS, copies + 1)
        base = self.publish(rel, kind, outlets[0], start, list(rel["paragraphs"]), [])
        versions = [(list(rel["paragraphs"]), base.published)]
        for outlet in outlets[1:]:
            # most outlets copy the Polres' own text; some copy another outlet's copy (edits accumulate)
            paras, after = versions[0] if rng.random() < 0.7 else rng.choice(versions)
            edits: list[str] = []
            paras = _edit(paras, rel, rng, edits)
            when = after + timedelta(minutes=rng.randint(20, 60 * 72))
            versions.append((paras, when))
            shown, credits = _decorate(paras, rel, outlet[1], rng, edits)
            self.publish(rel, "copy" if kind == "origin" else "similar-copy", outlet, when, shown, edits, credits)


def labelled_set(seed: int = 0, releases: int = 50, min_copies: int = 2, max_copies: int = 8,
                 similar_copies: tuple[int, ...] = (0, 0, 0, 1, 2)) -> list[LabelledArticle]:
    """The labelled set: ``releases`` syndicated releases (each republished ``min_copies``–``max_copies``
    times) and as many similar releases (republished ``similar_copies`` times, a random pick).  Deterministic
    from ``seed``; items are in publication order."""
    b = _Builder(seed)
    rng = b.rng
    poldas = list(POLDA)
    for i in range(releases):
        when = DEFAULT_START + timedelta(hours=7 * i + rng.randint(0, 300) / 60)
        rel = make_release(f"synd:{seed}:{i}", (rng.choice(poldas[:5] if i % 3 else poldas),), when)
        b.syndicate(rel, "origin", when, rng.randint(min_copies, max_copies))
        twin = _similar_release(rel, f"similar:{seed}:{i}")
        b.syndicate(twin, "similar", when + timedelta(hours=rng.randint(2, 96)), rng.choice(similar_copies))
    return sorted(b.items, key=lambda x: (x.published, x.url))


def true_pairs(items: Iterable[LabelledArticle]) -> set[tuple[str, str]]:
    by_release: dict[str, list[str]] = {}
    for it in items:
        by_release.setdefault(it.release, []).append(it.url)
    return {tuple(sorted(p)) for urls in by_release.values() for p in combinations(urls, 2)}


def predicted_pairs(cluster_of: dict[str, int | None]) -> set[tuple[str, str]]:
    """Pairs of URLs put in one cluster (``None`` = alone)."""
    groups: dict[int, list[str]] = {}
    for url, c in cluster_of.items():
        if c is not None:
            groups.setdefault(c, []).append(url)
    return {tuple(sorted(p)) for urls in groups.values() for p in combinations(urls, 2)}


def pair_scores(truth: set, predicted: set) -> dict[str, float]:
    """Pair precision, recall and F1 of a clustering against the truth."""
    hit = len(truth & predicted)
    p = hit / len(predicted) if predicted else 1.0
    r = hit / len(truth) if truth else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "true_pairs": len(truth), "predicted_pairs": len(predicted), "correct_pairs": hit}

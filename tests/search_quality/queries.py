"""Judged queries over the corpus of corpus.py: what an analyst types, and which releases answer it.

Relevance is a predicate over the generator's ground truth (topic, unit, Polda, head named, scene named), written
from what the query asks -- never from what a search returns.  The queries alternate between two halves:
``tune`` (the synonyms and stemmer rules were checked against these) and ``validation`` (never looked at while
writing synonyms.toml or the stemmer; reported separately by bench/search_quality.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from search_quality.corpus import Release


@dataclass(frozen=True)
class Judged:
    query: str
    relevant: Callable[[Release], bool]
    half: str


def topic(name: str, polda: str | None = None, place: str | None = None) -> Callable[[Release], bool]:
    return lambda r: r.topic == name and (polda is None or r.polda == polda) and (place is None or r.place == place)


def head_of(place: str) -> Callable[[Release], bool]:
    return lambda r: r.place == place and r.head_named


def scene(name: str) -> Callable[[Release], bool]:
    return lambda r: r.topic == name and r.scene_named


_QUERIES: list[tuple[str, Callable[[Release], bool]]] = [
    ("penangkapan sabu", topic("narkoba")),
    ("sabu ditangkap", topic("narkoba")),
    ("narkoba Polda Kalimantan Barat", topic("narkoba", polda="Kalbar")),
    ("narkotika Kalbar", topic("narkoba", polda="Kalbar")),
    ("curanmor", topic("curanmor")),
    ("pencurian sepeda motor", topic("curanmor")),
    ("curanmor Kalbar", topic("curanmor", polda="Kalbar")),
    ("pencurian motor Kalimantan Barat", topic("curanmor", polda="Kalbar")),
    ("curas", topic("curas")),
    ("pencurian dengan kekerasan", topic("curas")),
    ("curat", topic("curat")),
    ("pencurian dengan pemberatan", topic("curat")),
    ("laka lantas", topic("laka")),
    ("kecelakaan lalu lintas Kalimantan Barat", topic("laka", polda="Kalbar")),
    ("karhutla", topic("karhutla")),
    ("kebakaran hutan dan lahan Kalbar", topic("karhutla", polda="Kalbar")),
    ("miras", topic("miras")),
    ("minuman keras", topic("miras")),
    ("sajam", topic("sajam")),
    ("senjata tajam", topic("sajam")),
    ("judi online", topic("judi")),
    ("judol", topic("judi")),
    ("DPO", topic("dpo")),
    ("daftar pencarian orang", topic("dpo")),
    ("Kapolres Ketapang", head_of("Ketapang")),
    ("Kepala Kepolisian Resor Sintang", head_of("Sintang")),
    ("AKBP Sanggau", head_of("Sanggau")),
    ("Ajun Komisaris Besar Polisi Sambas", head_of("Sambas")),
    ("penganiayaan", topic("aniaya")),
    ("menganiaya", topic("aniaya")),
    ("menangkap pelaku curanmor", topic("curanmor")),
    ("tersangka curas diamankan", topic("curas")),
    ("TKP curanmor", scene("curanmor")),
    ("tempat kejadian perkara kecelakaan lalu lintas", scene("laka")),
    ("penyitaan sabu Kalimantan Selatan", topic("narkoba", polda="Kalsel")),
    ("sabu Kalsel", topic("narkoba", polda="Kalsel")),
    ("kebakaran lahan Kalsel", topic("karhutla", polda="Kalsel")),
    ("pembakaran lahan Kalimantan Selatan", topic("karhutla", polda="Kalsel")),
    ("miras Kalimantan Barat", topic("miras", polda="Kalbar")),
    ("minuman beralkohol Kalbar", topic("miras", polda="Kalbar")),
    ("judi daring", topic("judi")),
    ("buronan ditangkap", topic("dpo")),
    ("razia senjata tajam", topic("sajam")),
    ("laka lantas Kalimantan Selatan", topic("laka", polda="Kalsel")),
    ("aniaya", topic("aniaya")),
    ("karhutla Polda Kalimantan Barat", topic("karhutla", polda="Kalbar")),
]

QUERIES: list[Judged] = [Judged(q, rel, "tune" if i % 2 == 0 else "validation") for i, (q, rel) in enumerate(_QUERIES)]

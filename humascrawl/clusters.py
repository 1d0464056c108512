"""Syndicated releases: near-duplicate detection across outlets (MinHash + LSH) and the ``cluster`` column.

Every copy of one press release — the Polres' own post and the outlets that republish it with their dateline,
credits, a trimmed or extended body or a reworded lead — gets the same ``articles.cluster``: the id of the first
archived copy.  The pure core turns a text into word shingles of its normalised form, a MinHash signature and
LSH band buckets; the index lives in the archive (``article_signatures``, ``lsh_buckets``), written in the same
transaction as the article, so it survives restarts and needs no rebuild.

This module is the pure core; :mod:`humascrawl.storage.clusters` keeps the index in the archive and reads the
clusters back.  How an article is clustered (:func:`humascrawl.storage.clusters.index_signature`, called by the
archive as it stores the article):

1. candidates: archived articles sharing at least one (band, bucket) with it;
2. verification: the Jaccard similarity estimated from the two stored signatures is at least ``threshold``,
   and (``guard``) the extracted facts do not contradict each other: copies of one release name the same
   Polres and the same event day, while the same template from another Polres or another week does not.
   When the facts cannot confirm a match (the event day is unknown on either side), the text must say more:
   a similarity of at least ``threshold_unconfirmed`` — two releases of one Polres on the same kind of
   event a few days apart share the template and the names, and only the day tells them apart;
3. assignment: it takes the cluster of its matches (an unclustered match starts one); when it bridges several
   clusters, all of them are relabelled to the oldest.  A cluster's id is always the id of its first archived
   member; an article with no match keeps ``cluster = NULL`` (no copy known yet), as does a text shorter than
   ``min_words``.  A changed article is indexed again and keeps its cluster; a re-extracted one is clustered
   afresh (:func:`humascrawl.storage.clusters.recluster`).

The parameters were chosen by measurement on the labelled set of :mod:`humascrawl.demo.syndication`
(``python bench/clusters.py --sweep``).  Signatures use their own hash functions (fixed by :data:`SEED`), not
a library's defaults, so a stored index stays comparable across library upgrades.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable

import numpy as np

from humascrawl.extract.text import normalise_for_hash

SEED = 20240515
_U32 = np.uint64(32)


@dataclass(frozen=True)
class Params:
    """Shingle size ``k`` (words), MinHash length, LSH banding (``bands`` × ``rows`` ≤ ``num_perm``),
    the verification threshold on the estimated Jaccard similarity, and the shortest text clustered."""

    k: int = 4
    num_perm: int = 128
    bands: int = 32
    rows: int = 4
    threshold: float = 0.4
    min_words: int = 20
    # Two copies of one release name the same Polres and the same event day: a candidate whose extracted
    # facts contradict the article's (both known, different) is no match, however similar the template.
    guard: bool = True
    # With the guard on, a match whose event day is unknown on either side needs this similarity instead.
    threshold_unconfirmed: float = 0.45

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(f"{self.bands} bands × {self.rows} rows need more than {self.num_perm} hash values")

    @cached_property
    def permutations(self) -> tuple[np.ndarray, np.ndarray]:
        """Odd multipliers and offsets of the hash functions h(x) = (a·x + b) >> 32 over 64 bits."""
        raw = np.frombuffer(b"".join(hashlib.blake2b(f"{SEED}:{i}".encode(), digest_size=16).digest()
                                     for i in range(self.num_perm)), dtype="<u8").reshape(-1, 2)
        return raw[:, 0] | np.uint64(1), raw[:, 1].copy()


PARAMS = Params()


# ---------------------------------------------------------------- the pure core

def shingles(text: str, params: Params = PARAMS) -> np.ndarray:
    """The 32-bit hashes of the ``k``-word shingles of the normalised text (empty when the text is shorter
    than ``min_words``: a caption or a one-line notice says too little to match on)."""
    w = normalise_for_hash(text).split()
    if len(w) < max(params.min_words, 1):
        return np.empty(0, dtype=np.uint64)
    k = min(params.k, len(w))
    grams = set(map(" ".join, zip(*(w[j:] for j in range(k)))))  # w[i:i + k] for every i, without the slices
    return np.fromiter(map(zlib.crc32, map(str.encode, grams)), dtype=np.uint64, count=len(grams))


def signature(text_or_hashes: str | np.ndarray, params: Params = PARAMS) -> np.ndarray | None:
    """The MinHash signature (``num_perm`` uint32 values), or None for a text too short to cluster."""
    h = shingles(text_or_hashes, params) if isinstance(text_or_hashes, str) else text_or_hashes
    if not len(h):
        return None
    a, b = params.permutations
    h = _fmix32(h)  # crc32 is linear: mix it first (MurmurHash3's finalizer, a bijection on 32 bits)
    # one multiply-add-shift hash per value (2-universal from 32 to 32 bits), its minimum over the shingles
    values = np.multiply.outer(h, a)  # in place from here: one shingles × num_perm array, not three
    values += b
    values >>= _U32
    return values.min(axis=0).astype(np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    m = np.uint64(0xFFFFFFFF)
    h = h ^ (h >> np.uint64(16))
    h = (h * np.uint64(0x85EBCA6B)) & m
    h = h ^ (h >> np.uint64(13))
    h = (h * np.uint64(0xC2B2AE35)) & m
    return h ^ (h >> np.uint64(16))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity estimated from two signatures (the share of equal hash values)."""
    n = min(len(a), len(b))
    return float(np.count_nonzero(a[:n] == b[:n])) / n if n else 0.0


def buckets(sig: np.ndarray, params: Params = PARAMS) -> list[tuple[int, int]]:
    """(band, bucket) pairs: bucket is a signed 64-bit hash of the band's ``rows`` values."""
    rows = sig[: params.bands * params.rows].astype("<u4").reshape(params.bands, params.rows)
    out = []
    for band, values in enumerate(rows):
        digest = hashlib.blake2b(values.tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def candidate_probability(s: float, params: Params = PARAMS) -> float:
    """The chance that two texts of Jaccard similarity ``s`` share a bucket: 1 - (1 - s^r)^b."""
    return 1.0 - (1.0 - s ** params.rows) ** params.bands


_POLRES = re.compile(r"\bPolres(?:ta|tabes)?\s+(.+)$")
Facts = tuple[frozenset[str], str | None]


def facts(units: Iterable[Any] | None, event_date: str | None) -> Facts:
    """What two copies of one release must agree on: the Polres' places named and the event day."""
    places = frozenset(m.group(1).strip().lower() for u in units or () if isinstance(u, str)
                       and (m := _POLRES.search(u)))
    return places, (event_date[:10] if event_date and len(event_date) >= 10 else None)


def conflict(a: Facts, b: Facts) -> bool:
    """Both articles name a Polres but no common one, or both state an event day and the days differ."""
    return bool(a[0] and b[0] and a[0].isdisjoint(b[0])) or bool(a[1] and b[1] and a[1] != b[1])


def accepted(own: Facts, other: Facts, similarity: float, params: Params = PARAMS) -> bool:
    """Whether a verified candidate is a copy: its facts do not contradict the article's, and when they
    cannot confirm it (an event day unknown) the similarity reaches ``threshold_unconfirmed``."""
    if not params.guard:
        return True
    if conflict(own, other):
        return False
    return bool(own[1] and other[1]) or similarity >= params.threshold_unconfirmed


# ---------------------------------------------------------------- the origin of a cluster

# Why a copy is a cluster's origin, strongest first: its site is the police unit the release credits
# ("Sumber: Humas Polres Ketapang" on the Polres' own site); the site of a unit the copies name (the Polda
# carrying its Polres' release); another official police site (the national portal); else, among outlets,
# the earliest published copy.
ORIGIN_REASONS = ("issuing_unit", "named_unit", "official_site", "earliest")


def origin_tier(site_unit: str | None, credited: set[str], named: set[str]) -> int:
    """The rank (index in :data:`ORIGIN_REASONS`) of a copy from a site of ``site_unit`` (None: an outlet),
    given the units the copies credit and the units they name."""
    if site_unit is None:
        return 3
    if site_unit in credited:
        return 0
    return 1 if site_unit in named else 2

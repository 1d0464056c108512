"""What the full-text index holds, remembered across the searches of one process: which words it has, and how
many articles match a query part (the re-ranking's idf).

Expanding a query word (:mod:`humascrawl.search.expand`) asks the index about ~100-1,200 candidate forms, one
probe each: on a large archive that is a fifth of a search's time, and a server answering the monitoring team
asks about the same words all day (the search page alone asks three times: hits, facets, chart).

A word the index holds is remembered for the life of the engine: should it leave the index (an article deleted
or re-extracted), the expansion only carries an alternative that matches nothing.  A word the index lacks is
remembered until an article is added (the archive's largest article id changes) or :data:`ABSENT_TTL` seconds
have passed, so a form a new article brings in is searched at once, and one a re-extracted article brings in
within that time.  At most :data:`MAX_WORDS` words are kept per archive; past that the memory starts afresh.
"""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import Callable

ABSENT_TTL = 60.0
MAX_WORDS = 300_000
# A part's article count is counted again once the archive has grown by this share since (an idf moves by
# about log(1 + share) then); at most MAX_PARTS counts are kept per archive.
COUNT_DRIFT = 0.01
MAX_PARTS = 50_000

Ask = Callable[[set[str]], set[str]]


@dataclass
class _Memory:
    generation: object = None
    since: float = 0.0
    present: set[str] = field(default_factory=set)
    absent: set[str] = field(default_factory=set)


class Vocabulary:
    """Per archive (any weak-referenceable key: the SQLAlchemy engine), the words known present or absent."""

    def __init__(self, max_words: int = MAX_WORDS, absent_ttl: float = ABSENT_TTL,
                 clock: Callable[[], float] = time.monotonic):
        self.max_words = max_words
        self.absent_ttl = absent_ttl
        self.clock = clock
        self._memories: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        self.asked = 0   # words asked of the index, for tests and benchmarks

    def attested(self, archive: object, generation: object, words: set[str], ask: Ask) -> set[str]:
        """The subset of ``words`` the index holds; ``ask(words)`` is called for the words not remembered."""
        with self._lock:
            memory = self._memories.get(archive)
            if memory is None:
                memory = self._memories[archive] = _Memory(generation, self.clock())
            now = self.clock()
            if memory.generation != generation or now - memory.since > self.absent_ttl:
                memory.absent.clear()
                memory.generation, memory.since = generation, now
            unknown = words - memory.present - memory.absent
            known = (words - unknown) & memory.present
        found: set[str] = set()
        if unknown:
            found = ask(unknown) & unknown
            with self._lock:
                self.asked += len(unknown)
                if len(memory.present) + len(memory.absent) + len(unknown) > self.max_words:
                    memory.present.clear()
                    memory.absent.clear()
                memory.present |= found
                if memory.generation == generation:
                    memory.absent |= unknown - found
        return known | found

    def forget(self, archive: object) -> None:
        with self._lock:
            self._memories.pop(archive, None)


class PartCounts:
    """Per archive, the capped article count of each query part (keyed by the backend's query text) and the
    archive size (largest article id) it was counted at."""

    def __init__(self, drift: float = COUNT_DRIFT, max_parts: int = MAX_PARTS):
        self.drift = drift
        self.max_parts = max_parts
        self._counts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def get(self, archive: object, part: str, size: int) -> int | None:
        with self._lock:
            count, counted_at = self._counts.get(archive, {}).get(part, (None, 0))
        if count is None or abs(size - counted_at) > self.drift * counted_at:
            return None
        return count

    def put(self, archive: object, part: str, size: int, count: int) -> None:
        with self._lock:
            counts = self._counts.setdefault(archive, {})
            if len(counts) >= self.max_parts:
                counts.clear()
            counts[part] = (count, size)

    def forget(self, archive: object) -> None:
        with self._lock:
            self._counts.pop(archive, None)


VOCABULARY = Vocabulary()
PART_COUNTS = PartCounts()

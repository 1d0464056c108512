"""Press releases: the outlet-independent part of a post (title, paragraphs, officers, units, event date).

A release is fully determined by its key (plus the Polda focus and an approximate date), so several outlets can
carry the same release.  Officers named for a unit and role are stable across releases (the same Kapolres).
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from datetime import datetime, timedelta

from .templates import EVENTS, FILLERS, QUOTE_ENDS, SAY
from .vocab import (DAYS, DEGREES, FIRST, LAST, MONTHS, POLDA, SINGLE, STREETS, UNITS, VENUES, VILLAGES, ZONES,
                    unit_head, unit_place)

WIB = ZONES["WIB"]
DEFAULT_START = datetime(2024, 5, 15, 14, 2, tzinfo=WIB)
PROPER = {"Jumat", "Humas", "Bhabinkamtibmas", "Polri"}
BINTARA = {"Bripda", "Briptu", "Brigpol", "Bripka", "Aipda", "Aiptu"}

KNOWN_PEOPLE = {  # identities fixed so that generated posts agree with the seed
    "Polda Kalbar|kabid": ("Kombes Pol", "Raden Petit Wijaya", "S.I.K., M.M."),
    "Polres Ketapang|humas": ("AKP", "Sumiadinata", ""),
}


class _Person:
    def __init__(self, ident: str, pos: str, ranks: list[str], short_title: str, rng: random.Random):
        h = zlib.crc32(ident.encode())
        if ident in KNOWN_PEOPLE:
            self.rank, self.name, deg = KNOWN_PEOPLE[ident]
        else:
            self.rank = ranks[h % len(ranks)]
            if self.rank in BINTARA and (h >> 3) % 3 == 0:
                self.name = SINGLE[(h >> 5) % len(SINGLE)]
            else:
                self.name = f"{FIRST[(h >> 5) % len(FIRST)]} {LAST[(h >> 13) % len(LAST)]}"
            if self.rank in ("AKBP", "Kombes Pol", "Irjen Pol"):
                deg = DEGREES[(h >> 21) % len(DEGREES)]
            else:
                deg = "S.H." if self.rank in ("AKP", "Kompol") and (h >> 21) % 3 == 0 else ""
        self.pos = pos
        self.full = f"{pos} {self.rank} {self.name}" + (f", {deg}" if deg else "")
        by_name = f"{self.rank} {self.name.split()[0]}"
        self.short = short_title if rng.random() < 0.6 else by_name
        self.introduced = False


class _Ctx(dict):
    """Template values; people render in full on first use and in short form afterwards."""

    def __init__(self, base: dict, people: dict[str, _Person]):
        super().__init__(base)
        self.people, self.order = people, []

    def __missing__(self, key: str) -> str:
        p = self.people[key[:-2] if key.endswith("_s") else key]
        if p.introduced:
            return p.short
        p.introduced = True
        self.order.append(p)
        return p.full


def _event_date(rng: random.Random, base: datetime, zone: str) -> tuple[str, str | None, datetime]:
    tz = ZONES[zone]
    local = base.astimezone(tz)
    d = local - timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    ev = d.replace(hour=rng.choice([7, 8, 8, 9, 9, 10, 13, 14, 15, 19, 20]),
                   minute=rng.choice([0, 0, 0, 15, 30, 45]), second=0, microsecond=0)
    if ev > local:
        ev -= timedelta(days=1)
    day = DAYS[ev.weekday()]
    if day == "Jumat" and rng.random() < 0.3:
        day = "Jum'at"
    z = rng.choice([zone, zone, zone.lower(), zone.capitalize()])
    r = rng.random()
    iso_dt, iso_d = ev.isoformat(), ev.date().isoformat()
    if r < 0.10:
        return "", None, ev
    if r < 0.40:
        return f"{day} ({ev.day}/{ev.month}/{ev.year}) pukul {ev:%H.%M} {z}", iso_dt, ev
    if r < 0.50:
        return f"{day} ({ev.day}/{ev.month}/{ev.year}) sekitar pukul {ev:%H.%M} {z}", iso_dt, ev
    if r < 0.65:
        return f"{day} ({ev.day}/{ev.month}/{ev.year})", iso_d, ev
    if r < 0.72:
        return f"{day} ({ev:%d/%m/%Y})", iso_d, ev
    if r < 0.88:
        return f"{day} ({ev.day}/{ev.month})", iso_d, ev
    return f"{day}, {ev.day} {MONTHS[ev.month - 1]} {ev.year}", iso_d, ev


def _quote(rng: random.Random, q: str, who: str) -> str:
    o, c = ("“", "”") if rng.random() < 0.6 else ('"', '"')
    r = rng.random()
    if r < 0.55:
        return f"{o}{q},{c} {rng.choice(SAY)} {who}" + ("" if who.endswith(".") else ".")
    if r < 0.85:
        verb = rng.choice(["mengatakan", "menyampaikan", "menegaskan", "menjelaskan"])
        return f"{who} {verb}, {o}{q}.{c}"
    if q.split(" ", 1)[0] not in PROPER:
        q = q[0].lower() + q[1:]
    return f"Menurut {who}, {q}. {o}Kami berharap masyarakat ikut berperan aktif,{c} {rng.choice(QUOTE_ENDS)}."


@functools.lru_cache(maxsize=None)
def _compiled(pat: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z])" + pat + r"(?![a-z])")


def make_release(key: str, focus: tuple[str, ...] | list[str] = (), base: datetime = DEFAULT_START) -> dict:
    """One press release, fully determined by ``key`` (and the unit focus and approximate date)."""
    rng = random.Random(key)
    pool = [u for u in UNITS if u[0] in focus]
    abbr, U = rng.choice(pool if pool and rng.random() < 0.85 else UNITS)
    P, PD = unit_place(U), f"Polda {abbr}"
    _, hq, zone = POLDA[abbr]
    ev_key = rng.choice(list(EVENTS))
    ev = EVENTS[ev_key]
    desa, kec = rng.sample(VILLAGES, 2)
    phrase, iso, ev_dt = _event_date(rng, base, zone)
    endt = f"{(ev_dt + timedelta(hours=rng.choice([2, 3]), minutes=30)):%H.%M} {zone}"
    base_ctx = dict(U=U, P=P, PD=PD, PDHQ=hq, desa=desa, kec=kec, street=rng.choice(STREETS),
                    n1=str(rng.randint(2, 9)), n2=str(rng.randint(20, 300)), kg=f"{rng.randint(3, 250)},{rng.randint(1, 9)}",
                    tsk=str(rng.randint(1, 4)), endt=endt, when=f", {phrase}" if phrase else "",
                    head_pos=f"{unit_head(U)[0]} {P}", kapolda_pos=f"Kapolda {abbr}")
    base_ctx["venue"] = rng.choice(VENUES).format(**base_ctx)
    head_title, head_rank = unit_head(U)
    people = {"head": _Person(f"{U}|head", f"{head_title} {P}", [head_rank], head_title, rng),
              "humas": _Person(f"{U}|humas", rng.choice([f"Kasi Humas {U}", "Kasi Humas"]), ["AKP", "Iptu"],
                               "Kasi Humas", rng),
              "bhabin": _Person(f"{U}|bhabin|{desa}", f"Bhabinkamtibmas Desa {desa}",
                                ["Bripka", "Brigpol", "Aipda", "Briptu"], "Bhabinkamtibmas", rng),
              "kabid": _Person(f"{PD}|kabid", f"Kabid Humas {PD}", ["Kombes Pol"], "Kabid Humas", rng),
              "kapolda": _Person(f"{PD}|kapolda", f"Kapolda {abbr}", ["Irjen Pol"], "Kapolda", rng)}
    role, ranks = ev["off"]
    role = role.format(kec=kec)
    if role == "Kasi Humas":
        people["off"] = people["humas"]
    else:
        pos = role + (f" {U}" if role.startswith(("Kasat", "Kabag")) and rng.random() < 0.5 else "")
        people["off"] = _Person(f"{U}|{role}", pos, ranks, role.split(" ")[0] if "Kapolsek" in role else role, rng)
    ctx = _Ctx(base_ctx, people)
    speaker = {"kunjungan": "kapolda", "rakernis": "kabid", "sambang": "bhabin"}.get(
        ev_key, "head" if rng.random() < 0.7 else "off")

    def who() -> str:
        if speaker == "head" and not people["head"].introduced and not people["humas"].introduced \
                and rng.random() < 0.5:
            return f"{ctx['head']} melalui {ctx['humas']}"
        return ctx[speaker]

    lead = rng.choice(ev["leads"]).format_map(ctx)
    picked = rng.sample(ev["body"], rng.randint(1, 3))
    bodies = [b for b in ev["body"] if b in picked]
    quotes = rng.sample(ev["quotes"], rng.randint(1, 2))
    fillers = rng.sample(FILLERS, rng.randint(0, 2))
    paras = [lead, bodies[0].format_map(ctx), _quote(rng, quotes[0].format_map(ctx), who())]
    paras += [b.format_map(ctx) for b in bodies[1:]]
    if len(quotes) > 1:
        paras.append(_quote(rng, quotes[1].format_map(ctx), who()))
    paras += [f.format_map(ctx) for f in fillers]
    titles = [t.format(**base_ctx) for t in ev["titles"]]
    rng.shuffle(titles)
    blob = titles[0] + "\n" + "\n".join(paras)
    # a unit counts as named when it, or its head's title (Kapolres X, Kabid Humas Polda X), appears
    cands = {U: f"(?:Ka)?[Pp]{re.escape(U[1:])}", PD: f"(?:Ka)?[Pp]{re.escape(PD[1:])}",
             f"Bidhumas {PD}": f"(?:Ka)?[Bb]id ?[Hh]umas {re.escape(PD)}",
             f"Polsek {kec}": f"(?:Ka)?[Pp]olsek {re.escape(kec)}"}
    found = [(m.start(), c) for c, pat in cands.items() if (m := _compiled(pat).search(blob))]
    return dict(key=key, title=titles[0], alts=titles[1:] + [f"{titles[0]} di {desa}", f"{titles[0]}, {P}"],
                paragraphs=paras, units=[c for _, c in sorted(found)],
                persons=[{"name": p.name, "rank": p.rank, "position": p.pos} for p in ctx.order],
                event_date=iso, place=P, unit=U, polda=PD, label=ev["label"], cat=ev["cat"])

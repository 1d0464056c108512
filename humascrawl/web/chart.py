"""The matches-per-day bar chart, laid out on the server and drawn as inline SVG by a template."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

WIDTH, HEIGHT = 720, 140
# Past this many days a bar per day would be thinner than a pixel; bars become months.
MAX_DAY_BARS = 370


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str       # the day (YYYY-MM-DD) or month (YYYY-MM)
    count: int


@dataclass
class Chart:
    unit: str                      # "day" or "month"
    bars: list[Bar] = field(default_factory=list)
    max_count: int = 0
    total: int = 0
    first: str = ""
    last: str = ""
    width: int = WIDTH
    height: int = HEIGHT


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def _filled(counts: dict[date, int]) -> list[tuple[str, int]]:
    """Every day from the first to the last, with 0 for the days without a match."""
    first, last = min(counts), max(counts)
    return [((first + timedelta(days=i)).isoformat(), counts.get(first + timedelta(days=i), 0))
            for i in range((last - first).days + 1)]


def _by_month(counts: dict[date, int]) -> list[tuple[str, int]]:
    months: dict[tuple[int, int], int] = {}
    for day, n in counts.items():
        months[(day.year, day.month)] = months.get((day.year, day.month), 0) + n
    (year, month), end = min(months), max(months)
    series = []
    while (year, month) <= end:
        series.append((f"{year:04d}-{month:02d}", months.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def day_chart(per_day: list[tuple[str, int]], width: int = WIDTH, height: int = HEIGHT) -> Chart | None:
    """Lay out ``per_day`` (("YYYY-MM-DD", n) pairs) as bars; None when there is nothing to draw."""
    counts: dict[date, int] = {}
    for label, n in per_day:
        day = _parse_day(label)
        if day is not None and n > 0:
            counts[day] = counts.get(day, 0) + int(n)
    if not counts:
        return None
    days = (max(counts) - min(counts)).days + 1
    unit, series = ("day", _filled(counts)) if days <= MAX_DAY_BARS else ("month", _by_month(counts))
    top = max(n for _, n in series)
    slot = width / len(series)
    gap = slot * 0.15 if slot >= 4 else 0
    chart = Chart(unit=unit, max_count=top, total=sum(n for _, n in series), first=series[0][0],
                  last=series[-1][0], width=width, height=height)
    for i, (label, n) in enumerate(series):
        bar_height = round(height * n / top, 2)
        chart.bars.append(Bar(x=round(i * slot + gap / 2, 2), y=round(height - bar_height, 2),
                              width=round(max(slot - gap, 0.5), 2), height=bar_height, label=label, count=n))
    return chart

"""The shared article filters: parsing option values, the click options, describe(), WHERE conditions."""

from __future__ import annotations

from datetime import date

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from humascrawl.filters import (
    ArticleFilter,
    FilterError,
    filter_from_options,
    normalise_site,
    pop_filters,
)
from humascrawl.commands.shared import filter_options
from humascrawl.storage.articles import filter_conditions


def test_filter_from_options_parses_and_trims():
    flt = filter_from_options(site=" www.Kalimantanpost.online ", unit="Polres Ketapang", since="2024-05-01",
                              until=date(2024, 5, 31), label="", person=None, limit=20)
    assert flt == ArticleFilter(site="www.Kalimantanpost.online", unit="Polres Ketapang",
                                since=date(2024, 5, 1), until=date(2024, 5, 31))
    assert filter_from_options() == ArticleFilter() and ArticleFilter().is_empty()
    assert not flt.is_empty()


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "2024-13-01"}, "--since: not a date"),
    ({"until": "yesterday"}, "--until: not a date"),
    ({"since": "2024-06-01", "until": "2024-05-01"}, "is after --until"),
])
def test_bad_values_are_filter_errors(kwargs, message):
    with pytest.raises(FilterError, match=message):
        filter_from_options(**kwargs)
    assert issubclass(FilterError, ValueError)


def test_describe_is_json_ready():
    flt = ArticleFilter(source="kalimantanpost", since=date(2024, 1, 2))
    assert flt.describe() == {"site": None, "source": "kalimantanpost", "unit": None, "polda": None, "person": None,
                              "since": "2024-01-02", "until": None, "label": None}


def test_normalise_site():
    assert normalise_site("https://WWW.Kalimantanpost.online/2024/05/x.html") == "kalimantanpost.online"
    assert normalise_site("beritaborneo.com") == "beritaborneo.com"
    assert ArticleFilter(site="www.A.id").facet_values() == {"site": "a.id"}


def test_filter_options_decorator_adds_the_seven_options():
    seen = {}

    @click.command()
    @filter_options
    def command(**kwargs):
        seen["filter"] = pop_filters(kwargs)
        seen["rest"] = kwargs

    result = CliRunner().invoke(command, ["--site", "a.id", "--source", "s", "--unit", "Polres X", "--person", "Budi",
                                          "--since", "2024-01-01", "--until", "2024-02-01", "--label", "Hukum"])
    assert result.exit_code == 0, result.output
    assert seen["filter"] == ArticleFilter(site="a.id", source="s", unit="Polres X", person="Budi",
                                           since=date(2024, 1, 1), until=date(2024, 2, 1), label="Hukum")
    assert seen["rest"] == {}
    help_text = CliRunner().invoke(command, ["--help"]).output
    for option in ("--site", "--source", "--unit", "--person", "--since", "--until", "--label"):
        assert option in help_text


def test_conditions_select_articles_on_both_backends(db_url):
    from humascrawl.storage.models import Article
    from test_search import build

    archive, ids = build(db_url)
    try:
        def selected(**kwargs) -> set[str]:
            flt = filter_from_options(**kwargs)
            with archive.session() as session:
                rows = set(session.scalars(select(Article.id).where(*filter_conditions(flt))))
            return {key for key, article_id in ids.items() if article_id in rows}

        assert selected() == set(ids)
        assert selected(site="WWW.BERITABORNEO.COM") == {"sabu-copy", "natal", "polresta"}
        assert selected(person="YUDI setiawan", label="lalu lintas") == {"ketupat"}
        assert selected(unit="polda kalbar", until="2023-12-31") == {"natal"}
        assert selected(source="kalimantanpost", since="2024-05-01") == {"sabu"}
        assert selected(source="nosuch") == set()
    finally:
        archive.close()

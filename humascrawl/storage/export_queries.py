"""The export's SELECTs: every public field of the matching articles in id order, in the shapes the
writers read, and the sources they name (:mod:`humascrawl.export.rows`, :mod:`humascrawl.export.sqlite_arrow`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, String, Text, cast, func, literal_column, select, type_coerce

from humascrawl.filters import ArticleFilter
from humascrawl.items import ARTICLE_FIELDS
from humascrawl.storage.articles import filter_conditions
from humascrawl.storage.models import Article, RawPage, SourceRow

# What the manifest needs of each exported article (see ExportStats), besides the public columns.
_STATS_COLUMNS = (Article.id, Article.source_id, Article.extractor_version, Article.published,
                  # the raw stored value (a string on SQLite): parsing a datetime per row costs more than the rest
                  type_coerce(Article.published_utc, String).label("published_utc"))
_NESTED = ("labels", "units", "persons")
_RAW_COLUMNS = {"raw_url": RawPage.url, "raw_status": RawPage.status, "raw_headers": RawPage.headers,
                "raw_body": RawPage.body, "raw_sha256": RawPage.body_sha256, "raw_hints": RawPage.hints,
                "raw_fetched_at": RawPage.fetched_at}

# The shape of the rows a writer reads:
#   "json"    -- (row_json, *stats): the public fields as one JSON object built by the database itself,
#                in field order (JSON Lines as is; Parquet parses a batch at once with pyarrow's C parser),
#   "columns" -- (*public fields, *stats) with labels, units and persons as JSON text (CSV),
#   "warc"    -- (*public fields decoded, *stats, version, fetched_via, raw page and source columns).
SHAPES = ("json", "columns", "warc")


def _json_row(dialect: str):
    """One JSON object per article built in SQL: SQLite ``json_object``, PostgreSQL ``json_build_object``."""
    pairs = []
    for name in ARTICLE_FIELDS:
        column = getattr(Article, name)
        if name in _NESTED:
            # Embed the stored JSON as JSON, not as a string holding JSON.
            column = func.json(column) if dialect == "sqlite" else column
        pairs += [literal_column(f"'{name}'"), column]  # a constant key; a bound one has no type in PG
    if dialect == "sqlite":
        return type_coerce(func.json_object(*pairs), Text).label("row_json")
    if dialect == "postgresql":
        return cast(func.json_build_object(*pairs), Text).label("row_json")
    raise ValueError(f"export supports SQLite and PostgreSQL archives, not {dialect}")


def _json_text(column, dialect: str):
    """A JSON column as its JSON text (no decoding in Python, for CSV)."""
    return (type_coerce(column, Text) if dialect == "sqlite" else cast(column, Text)).label(column.key)


def article_query(filters: ArticleFilter, shape: str, dialect: str):
    """The export's SELECT for one row shape (see SHAPES), in articles.id order."""
    if shape == "json":
        query = select(_json_row(dialect), *_STATS_COLUMNS)
    elif shape == "columns":
        query = select(*(_json_text(getattr(Article, n), dialect) if n in _NESTED else getattr(Article, n)
                         for n in ARTICLE_FIELDS), *_STATS_COLUMNS)
    elif shape == "warc":
        query = (select(*(getattr(Article, n) for n in ARTICLE_FIELDS), *_STATS_COLUMNS, Article.version,
                        Article.fetched_via, Article.raw_page_id,
                        *(col.label(label) for label, col in _RAW_COLUMNS.items()),
                        SourceRow.name.label("source_name"), SourceRow.config.label("source_config"))
                 .outerjoin(RawPage, Article.raw_page_id == RawPage.id)
                 .outerjoin(SourceRow, Article.source_id == SourceRow.id))
    else:
        raise ValueError(f"unknown row shape {shape!r}")
    return query.where(*filter_conditions(filters)).order_by(Article.id)


def sqlite_json_query(filters: ArticleFilter, direct: tuple[str, ...]):
    """The matching articles in id order for SQLite's ADBC reader: the ``direct`` columns, and every other
    public field plus ``_source_id``, ``_extractor_version`` and ``_published_utc`` in one JSON object
    (``rest``)."""
    pairs: list[Any] = []
    for name in ARTICLE_FIELDS:
        if name not in direct:
            column = getattr(Article, name)
            pairs += [literal_column(f"'{name}'"), func.json(column) if name in _NESTED else column]
    pairs += [literal_column("'_source_id'"), Article.source_id,
              literal_column("'_extractor_version'"), Article.extractor_version,
              literal_column("'_published_utc'"), Article.published_utc]
    rest = type_coerce(func.json_object(*pairs), Text).label("rest")
    return (select(*(getattr(Article, n) for n in direct), rest)
            .where(*filter_conditions(filters)).order_by(Article.id))


def sources_by_id(engine: Engine, ids: list[int]) -> dict[int, Any]:
    """Source id → its row (``id``, ``name``, ``url``, ``platform``), for the ids that name a source."""
    if not ids:
        return {}
    with engine.connect() as conn:
        return {row.id: row for row in conn.execute(
            select(SourceRow.id, SourceRow.name, SourceRow.url, SourceRow.platform).where(SourceRow.id.in_(ids)))}

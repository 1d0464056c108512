"""search: full-text index and facet table, kept in sync by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 09:00:00

``article_facets`` (both backends): one row per filterable value of an article — site (``www.`` stripped),
month (YYYY-MM of ``published``), unit, person (``persons[].name``), label — with ``value_norm`` lower-cased.

The full-text index is keyed by ``search_key = published_day * 2**32 + articles.id`` (published_day: days since
1970-01-01 of the outlet-local date in ``published``, 0 when unknown), so index order is publication order:
"the newest N matches" and ``--since``/``--until`` are rowid ranges inside the index.

* SQLite: ``search_fts``, a contentless FTS5 table (no copy of the text; snippets are built from ``articles``)
  with columns title, text, meta (site name, credit, dateline, units, persons, labels) and facets (one token per
  filter value: ``s``/``u``/``p``/``l`` + hex of the lower-cased value, ``o`` + source id, and ``xall``).
  Not external-content: that needs a view over ``articles`` for the computed rowid, and a view breaks the
  table rebuild of Alembic's SQLite batch mode.  Triggers on ``articles`` keep both tables in sync; a later
  migration that rebuilds ``articles`` in batch mode drops them and must create them again (``_sqlite_triggers``).
* PostgreSQL: ``search_documents`` (article_id, search_key, document tsvector with title/text/meta weighted
  A/B/C and the facet tokens as D) with a GIN index, filled by a plpgsql trigger; text folded with ``unaccent``
  when the extension can be created, and split on non-alphanumerics like FTS5's unicode61 tokenizer.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Columns the index depends on: an UPDATE of any other column (last_seen, cluster ...) leaves it alone.
INDEXED_COLUMNS = ("title, text, published, site, site_name, source_id, source_credit, dateline, "
                   "units, persons, labels")


def upgrade() -> None:
    op.create_table(
        'article_facets',
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('value_norm', sa.Text(), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', 'kind', 'value_norm'),
    )
    op.create_index('ix_article_facets_lookup', 'article_facets', ['kind', 'value_norm', 'article_id'])
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS search_index_article ON articles")
        op.execute("DROP TABLE IF EXISTS search_documents")
        op.execute("DROP FUNCTION IF EXISTS humascrawl_index_article()")
        op.execute("DROP FUNCTION IF EXISTS humascrawl_index_row(articles)")
        op.execute("DROP FUNCTION IF EXISTS humascrawl_fold(text)")
        op.execute("DROP FUNCTION IF EXISTS humascrawl_published_day(text)")
    else:
        for name in ("search_articles_ai", "search_articles_bu", "search_articles_au", "search_articles_bd"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_index('ix_article_facets_lookup', table_name='article_facets')
    op.drop_table('article_facets')


# ------------------------------------------------------------------ SQLite

def _sqlite_key(r: str) -> str:
    return (f"(max(coalesce(CAST(julianday(substr({r}.published, 1, 10)) - 2440587.5 AS INTEGER), 0), 0)"
            f" * 4294967296 + {r}.id)")


def _sqlite_facet_inserts(r: str, backfill: bool) -> list[str]:
    """INSERTs of the facet rows of the article ``r`` (NEW in a trigger), or of every article (backfill)."""
    one = "FROM articles a" if backfill else ""
    each = "FROM articles a," if backfill else "FROM"

    def arr(col: str) -> str:
        return f"json_each(CASE WHEN json_valid({r}.{col}) THEN {r}.{col} ELSE '[]' END) j"

    sources = {
        "site": f"SELECT {r}.id AS id, CASE WHEN lower({r}.site) LIKE 'www.%' THEN substr({r}.site, 5) "
                f"ELSE {r}.site END AS v {one}",
        "month": f"SELECT {r}.id AS id, substr({r}.published, 1, 7) AS v {one} "
                 f"WHERE {r}.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'",
        "unit": f"SELECT {r}.id AS id, substr(trim(j.value), 1, 200) AS v {each} {arr('units')} "
                f"WHERE j.type = 'text'",
        "person": f"SELECT {r}.id AS id, substr(trim(json_extract(j.value, '$.name')), 1, 200) AS v "
                  f"{each} {arr('persons')} WHERE j.type = 'object'",
        "label": f"SELECT {r}.id AS id, substr(trim(j.value), 1, 200) AS v {each} {arr('labels')} "
                 f"WHERE j.type = 'text'",
    }
    return [f"INSERT OR IGNORE INTO article_facets (article_id, kind, value_norm, value) "
            f"SELECT id, '{kind}', lower(v), v FROM ({select}) WHERE v IS NOT NULL AND v <> ''"
            for kind, select in sources.items()]


def _sqlite_row(r: str) -> str:
    """rowid, title, text, meta, facets of the index row of article ``r`` (its facet rows must exist)."""
    meta = (f"coalesce({r}.site_name, '') || ' ' || coalesce({r}.source_credit, '') || ' ' || "
            f"coalesce({r}.dateline, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM article_facets "
            f"WHERE article_id = {r}.id AND kind IN ('unit', 'person', 'label')), '')")
    facets = (f"'xall' || coalesce(' o' || {r}.source_id, '') || coalesce((SELECT ' ' || group_concat("
              f"substr(kind, 1, 1) || hex(value_norm), ' ') FROM article_facets "
              f"WHERE article_id = {r}.id AND kind <> 'month'), '')")
    return f"{_sqlite_key(r)}, coalesce({r}.title, ''), coalesce({r}.text, ''), {meta}, {facets}"


def _sqlite_triggers() -> list[str]:
    insert_new = [*_sqlite_facet_inserts("NEW", False),
                  f"INSERT INTO search_fts (rowid, title, text, meta, facets) VALUES ({_sqlite_row('NEW')})"]
    # FTS5 removes a row only when given exactly the values it indexed: read them before the row changes.
    delete_old = [f"INSERT INTO search_fts (search_fts, rowid, title, text, meta, facets) "
                  f"VALUES ('delete', {_sqlite_row('OLD')})",
                  "DELETE FROM article_facets WHERE article_id = OLD.id"]

    def trigger(name: str, when: str, body: list[str]) -> str:
        return f"CREATE TRIGGER {name} {when} BEGIN\n" + "".join(f"  {s};\n" for s in body) + "END"

    return [
        trigger("search_articles_ai", "AFTER INSERT ON articles", insert_new),
        trigger("search_articles_bu", f"BEFORE UPDATE OF {INDEXED_COLUMNS} ON articles", delete_old),
        trigger("search_articles_au", f"AFTER UPDATE OF {INDEXED_COLUMNS} ON articles", insert_new),
        trigger("search_articles_bd", "BEFORE DELETE ON articles", delete_old),
    ]


def _sqlite_upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, text, meta, facets, content='', "
               "tokenize='unicode61 remove_diacritics 2')")
    for statement in _sqlite_facet_inserts("a", True):
        op.execute(statement)
    op.execute(f"INSERT INTO search_fts (rowid, title, text, meta, facets) SELECT {_sqlite_row('a')} FROM articles a")
    for statement in _sqlite_triggers():
        op.execute(statement)


# ------------------------------------------------------------------ PostgreSQL

def _postgres_upgrade() -> None:
    bind = op.get_bind()
    has_unaccent = False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        has_unaccent = True
    except sa.exc.DBAPIError:
        pass  # no extension or no right to create it: accents then count (documented)
    fold = "unaccent('unaccent', coalesce(t, ''))" if has_unaccent else "coalesce(t, '')"
    op.execute(f"""
        CREATE FUNCTION humascrawl_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT lower(regexp_replace({fold}, '[^[:alnum:]]+', ' ', 'g'))
        $$""")
    op.execute(r"""
        CREATE FUNCTION humascrawl_published_day(p text) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            IF p IS NULL OR p !~ '^\d{4}-\d{2}-\d{2}' THEN RETURN NULL; END IF;
            RETURN substr(p, 1, 10)::date - date '1970-01-01';
        EXCEPTION WHEN others THEN RETURN NULL;
        END $$""")
    op.execute("""
        CREATE TABLE search_documents (
            article_id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            search_key bigint NOT NULL,
            document tsvector NOT NULL
        )""")
    op.execute("CREATE INDEX ix_search_documents_document ON search_documents USING gin (document)")
    op.execute("CREATE INDEX ix_search_documents_key ON search_documents (search_key)")
    op.execute(_postgres_index_row())
    op.execute("""
        CREATE FUNCTION humascrawl_index_article() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM humascrawl_index_row(NEW);
            RETURN NULL;
        END $$""")
    op.execute(f"""
        CREATE TRIGGER search_index_article AFTER INSERT OR UPDATE OF {INDEXED_COLUMNS} ON articles
        FOR EACH ROW EXECUTE FUNCTION humascrawl_index_article()""")
    op.execute("SELECT humascrawl_index_row(a) FROM articles a")


def _postgres_index_row(tokens: str = "array_to_tsvector(tokens)", create: str = "CREATE FUNCTION") -> str:
    """The function that indexes one article; ``tokens``: the tsvector of its filter tokens (migration 0008
    stores them with a position)."""
    sql = r"""        CREATE_OR_REPLACE humascrawl_index_row(a articles) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            tokens text[];
            meta text;
        BEGIN
            DELETE FROM article_facets WHERE article_id = a.id;
            INSERT INTO article_facets (article_id, kind, value_norm, value)
            SELECT DISTINCT ON (kind, lower(v)) a.id, kind, lower(v), v FROM (
                SELECT 'site' AS kind, CASE WHEN lower(a.site) LIKE 'www.%' THEN substr(a.site, 5) ELSE a.site END AS v
                UNION ALL SELECT 'month', substr(a.published, 1, 7) WHERE a.published ~ '^\d{4}-\d{2}'
                UNION ALL SELECT 'unit', left(btrim(e #>> '{}'), 200) FROM json_array_elements(
                    CASE WHEN json_typeof(a.units) = 'array' THEN a.units ELSE '[]'::json END) e
                    WHERE json_typeof(e) = 'string'
                UNION ALL SELECT 'person', left(btrim(e ->> 'name'), 200) FROM json_array_elements(
                    CASE WHEN json_typeof(a.persons) = 'array' THEN a.persons ELSE '[]'::json END) e
                    WHERE json_typeof(e) = 'object'
                UNION ALL SELECT 'label', left(btrim(e #>> '{}'), 200) FROM json_array_elements(
                    CASE WHEN json_typeof(a.labels) = 'array' THEN a.labels ELSE '[]'::json END) e
                    WHERE json_typeof(e) = 'string'
            ) f WHERE v IS NOT NULL AND v <> '';
            SELECT coalesce(array_agg(left(kind, 1) || encode(convert_to(value_norm, 'UTF8'), 'hex')), '{}'),
                   string_agg(value, ' ') FILTER (WHERE kind IN ('unit', 'person', 'label'))
              INTO tokens, meta
              FROM article_facets WHERE article_id = a.id AND kind <> 'month';
            tokens := tokens || ARRAY['xall'] || CASE WHEN a.source_id IS NULL THEN '{}'::text[]
                                                      ELSE ARRAY['o' || a.source_id] END;
            INSERT INTO search_documents (article_id, search_key, document) VALUES (
                a.id,
                greatest(coalesce(humascrawl_published_day(a.published), 0), 0)::bigint * 4294967296 + a.id,
                setweight(to_tsvector('simple', humascrawl_fold(a.title)), 'A')
                || setweight(to_tsvector('simple', humascrawl_fold(a.text)), 'B')
                || setweight(to_tsvector('simple', humascrawl_fold(concat_ws(' ', a.site_name, a.source_credit,
                                                                             a.dateline, meta))), 'C')
                || TOKENS)
            ON CONFLICT (article_id) DO UPDATE SET search_key = EXCLUDED.search_key, document = EXCLUDED.document;
        END $$"""
    return sql.replace("CREATE_OR_REPLACE", create).replace("TOKENS", tokens)

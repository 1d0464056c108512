"""The columns of an exported dataset: the public article fields, their meaning and their types."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from humascrawl.items import ARTICLE_FIELDS

PERSON_TYPE = pa.struct([("name", pa.string()), ("rank", pa.string()), ("position", pa.string())])


@dataclass(frozen=True)
class Column:
    name: str
    type: str          # the logical type, the same for every format (see the README's "Export" section)
    arrow: pa.DataType
    meaning: str

    @property
    def nested(self) -> bool:
        """Lists and objects: JSON text in CSV, list/struct types in Parquet, JSON arrays in JSONL."""
        return pa.types.is_list(self.arrow)

    def describe(self, fmt: str) -> dict[str, str]:
        described = {"name": self.name, "type": self.type, "meaning": self.meaning}
        if fmt == "parquet":
            described["parquet_type"] = str(self.arrow)
        elif fmt == "csv" and self.nested:
            described["encoding"] = "JSON text"
        return described


_STRING = ("string", pa.string())
_TIME = ("string (ISO 8601)", pa.string())

COLUMNS: tuple[Column, ...] = (
    Column("url", *_STRING, "the URL the article was fetched from"),
    Column("canonical_url", *_STRING, "the URL used to recognise the same article (case, www., ?m=1, tracking "
           "parameters, AMP and trailing slashes folded); unique in the archive"),
    Column("site", *_STRING, "host name, e.g. kalimantanpost.online"),
    Column("site_name", *_STRING, "the outlet's name, e.g. Kalimantanpost.online"),
    Column("title", *_STRING, "the headline"),
    Column("published", *_TIME, "publication time in the outlet's local offset (WIB +07:00, WITA +08:00, "
           "WIT +09:00) when the time is known; a date alone otherwise"),
    Column("modified", *_TIME, "last modification, like published"),
    Column("author", *_STRING, "writer: byline, Penulis:, Pewarta:, Reporter:"),
    Column("editor", *_STRING, "Editor: / Redaktur:"),
    Column("source_credit", *_STRING, "where the release came from: 'Sumber: Humas Polres Ketapang' -> "
           "'Humas Polres Ketapang'"),
    Column("dateline", *_STRING, "the place of the dateline: 'Ketapang, Kalimantanpost.online.-' -> 'Ketapang'"),
    Column("event_date", *_TIME, "the date (and time) of the event when the text states it"),
    Column("text", *_STRING, "the article's own paragraphs, in order, separated by a blank line; no title, "
           "dateline prefix, credit lines or boilerplate"),
    Column("labels", "list<string>", pa.list_(pa.string()), "Blogger labels, WordPress categories and tags"),
    Column("units", "list<string>", pa.list_(pa.string()), "police units named, normalised: 'Polres Ketapang', "
           "'Polda Kalbar', 'Bidhumas Polda Kalbar'"),
    Column("persons", "list<struct<name: string, rank: string, position: string>>", pa.list_(PERSON_TYPE),
           "officers named with a rank, e.g. {name: 'Raden Petit Wijaya', rank: 'Kombes Pol', "
           "position: 'Kabid Humas Polda Kalbar'}"),
    Column("language", *_STRING, "ISO 639-1 language code, e.g. id"),
    Column("content_hash", *_STRING, "sha256 of the normalised text"),
    Column("cluster", "integer", pa.int64(), "id shared by the copies of one release across outlets "
           "(null until clustered)"),
)

COLUMN_NAMES = tuple(column.name for column in COLUMNS)
assert COLUMN_NAMES == ARTICLE_FIELDS, "export columns must follow the public article fields"

ARROW_SCHEMA = pa.schema([pa.field(column.name, column.arrow) for column in COLUMNS])

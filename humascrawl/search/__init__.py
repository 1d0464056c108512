"""Full-text search of the archive: query parsing, SQLite FTS5 and PostgreSQL backends, facets."""

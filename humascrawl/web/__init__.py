"""The read-only web search page and JSON API (FastAPI + Jinja)."""

"""Saved searches and their digests (`humascrawl alerts`): each new matching article is reported once."""

from humascrawl.alerts.store import AlertError, add_alert, list_alerts, remove_alert

__all__ = ["AlertError", "add_alert", "list_alerts", "remove_alert"]

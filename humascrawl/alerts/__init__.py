"""Saved searches and their digests."""

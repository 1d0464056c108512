"""humascrawl: an archive of Indonesian police public-relations news."""

__version__ = "0.1.0"

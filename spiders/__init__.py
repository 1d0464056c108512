"""Scrapy spiders: they discover and fetch, nothing else."""

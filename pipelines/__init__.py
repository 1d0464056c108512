"""Scrapy item pipelines: they transform and store, nothing else."""

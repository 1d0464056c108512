"""The commands of `humascrawl`, one module each (Scrapy's ``scrapy/commands`` is the model).

Each module holds its click command as ``command``; ``humascrawl.cli`` registers them. ``shared`` holds what
they share: the consoles, ``--db``, the filter options and the error map. Only this package imports click.
"""

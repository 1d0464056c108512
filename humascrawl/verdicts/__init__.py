"""Verdicts on fetched pages before they may enter the archive: gambling spam on a hijacked domain
(:mod:`.spam`) and bot walls or soft blocks answered instead of the page (:mod:`.blocks`). Pure: no Scrapy."""

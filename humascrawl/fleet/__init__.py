"""The crawl fleet: per-source crawl jobs on Procrastinate, over the archive's PostgreSQL database.

``app`` builds the Procrastinate app and its tasks, ``child`` is the one-source crawl each job runs in its own
process (Twisted's reactor cannot restart inside a long-lived worker), ``worker`` runs jobs and recovers those
of dead workers, ``queue`` reads and fills the queue. SQLite archives have no fleet: `humascrawl crawl` as before.
"""

"""A fleet worker: Procrastinate's worker plus a watch loop for what Procrastinate leaves to its user.

Every ``poll`` seconds the watch loop queues again the jobs of workers silent for ``stall_timeout`` (killed,
frozen, cut off), queues `alerts run` once the newest batch's crawls have all ended, and with ``until_empty``
stops the worker once no job of the queue waits or runs anywhere (a stalled one counts as waiting: it is
taken up again first).
"""

from __future__ import annotations

import asyncio
import logging

from humascrawl import defaults
from humascrawl.fleet.app import FleetConfig, build_app
from humascrawl.fleet.queue import pending_jobs, queue_alerts_after_crawls, recover_stalled

log = logging.getLogger(__name__)


def run_worker(config: FleetConfig, *, concurrency: int, until_empty: bool, name: str | None) -> None:
    asyncio.run(_run(config, concurrency=concurrency, until_empty=until_empty, name=name))


async def _run(config: FleetConfig, *, concurrency: int, until_empty: bool, name: str | None) -> None:
    from procrastinate.worker import Worker

    from humascrawl.fleet.tasks import archive_for

    app = build_app(config)
    engine = archive_for(config.db_url).engine
    async with app.open_async():
        worker = Worker(app=app, queues=[defaults.FLEET_QUEUE], name=name, concurrency=concurrency,
                        fetch_job_polling_interval=config.poll, shutdown_graceful_timeout=config.shutdown_grace,
                        update_heartbeat_interval=config.heartbeat, stalled_worker_timeout=config.stall_timeout)
        watch = asyncio.create_task(_watch(app, worker, engine, config, until_empty))
        try:
            await worker.run()
        finally:
            watch.cancel()


async def _watch(app, worker, engine, config: FleetConfig, until_empty: bool) -> None:
    while True:
        try:
            await recover_stalled(app, config.stall_timeout)
            await queue_alerts_after_crawls(app, engine)
            if until_empty:
                left = await asyncio.to_thread(_pending, engine)
                if left == 0:
                    log.warning("queue %s drained: worker stops", defaults.FLEET_QUEUE)
                    worker.stop()
                    return
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the database blinked: the worker carries on, the watch retries
            log.warning("fleet watch failed; retrying in %.0f s", config.poll, exc_info=True)
        await asyncio.sleep(config.poll)


def _pending(engine) -> int:
    with engine.connect() as connection:
        return pending_jobs(connection, defaults.FLEET_QUEUE)

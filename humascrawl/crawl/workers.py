"""A process pool for the crawl's event loop: tasks and results travel over socketpairs, no threads.

``concurrent.futures.ProcessPoolExecutor`` hands each task through two helper threads in the crawl's
process (a manager and a queue feeder) that fight the reactor for the GIL; at hundreds of pages a
second that costs more CPU than the pickling itself. Here the event loop writes each pickled task
straight to a worker's socket and reads results as they arrive, so the main process does nothing per
task but pickle, write, read and unpickle.

The workers come from one fresh interpreter (``python -m humascrawl.crawl.workers``) that imports the
task function once, forks one worker per socket and reaps them: no worker inherits the reactor, its
threads or the database connections, and the imports are paid once. So is the task module's optional
``warm_up_workers()``: work every worker would otherwise repeat on its first pages (compiling dateparser's
locales: 3-4 s of CPU each), done once before the fork and shared copy-on-write; what the parent built is
then frozen out of the workers' garbage collection. Each worker first sends its pid,
serves one socket, ignores SIGINT (Ctrl-C stops the crawl, which then closes the sockets) and exits
when its socket closes, so a crawl that dies takes its workers with it.

A task that runs past ``time_limit`` seconds has its worker killed (the task fails with
:class:`TaskTimeout`); a worker that dies is replaced by a fresh one, up to ``replacements`` times.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from typing import Any, Callable

_HEADER = struct.Struct("<IQ")  # payload length, task id
_PICKLE = pickle.HIGHEST_PROTOCOL
_HELLO = 0  # the task id of a worker's first frame: its pid
IN_FLIGHT = 2  # tasks handed to one worker at a time: one running, one waiting in its socket
CLOSE_GRACE = 2.0  # seconds close() lets workers finish a task before killing them


class WorkerDied(RuntimeError):
    """The worker running a task exited before answering."""


class TaskTimeout(WorkerDied):
    """The task ran past the pool's time limit; its worker was killed."""


class _Worker(asyncio.Protocol):
    def __init__(self, pool: "ProcessPool", sock: socket.socket):
        self.pool = pool
        self.sock = sock
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        # task id -> (future, payload), in the order sent: the first is running; the payload is kept to
        # hand a task to another worker if this one dies before starting it
        self.pending: dict[int, tuple[asyncio.Future, bytes]] = {}
        self.alive = True
        self.pid: int | None = None
        self.timed_out = False
        self.busy_since = 0.0  # loop time the running task started (as near as the pool can tell)

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.pool._dispatch()

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        while len(buffer) >= _HEADER.size:
            length, task_id = _HEADER.unpack_from(buffer)
            end = _HEADER.size + length
            if len(buffer) < end:
                return
            ok, value = pickle.loads(buffer[_HEADER.size:end])
            del buffer[:end]
            if task_id == _HELLO:
                self.pid = value
                self.busy_since = self.pool.now()
                continue
            future, _ = self.pending.pop(task_id, (None, None))
            self.busy_since = self.pool.now()  # the next task it holds starts now
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
            self.pool._dispatch()

    def connection_lost(self, exc) -> None:
        pending, self.pending = list(self.pending.items()), {}
        if pending and self.alive:  # it died running the first (after kill() that one is answered)
            _, (running, _) = pending.pop(0)
            if not running.done():
                running.set_exception(WorkerDied("extraction worker exited"))
        self.alive = False
        self.pool._worker_lost(self, [(i, p, f) for i, (f, p) in pending if not f.done()])

    def send(self, task_id: int, payload: bytes, future: asyncio.Future) -> None:
        if not self.pending:
            self.busy_since = self.pool.now()
        self.pending[task_id] = (future, payload)
        self.transport.write(_HEADER.pack(len(payload), task_id) + payload)

    def kill(self, reason: WorkerDied) -> None:
        """Fail the running task with ``reason`` and end the worker (the pool replaces it)."""
        task_id = next(iter(self.pending))
        future, _ = self.pending.pop(task_id)
        if not future.done():
            future.set_exception(reason)
        self.alive = False
        self.timed_out = isinstance(reason, TaskTimeout)
        _signal(self.pid, signal.SIGKILL)
        self.transport.abort()  # connection_lost hands its waiting task to another worker


def _load(worker: _Worker) -> int:
    """Tasks a worker holds; dead or not yet connected ones count as full."""
    return len(worker.pending) if worker.alive and worker.transport is not None else IN_FLIGHT


def _signal(pid: int | None, signum: int) -> None:
    if pid is not None:
        try:
            os.kill(pid, signum)
        except OSError:  # already gone
            pass


class ProcessPool:
    """``await pool.run(*args)`` calls ``function(*args)`` (named ``"module:name"``) in a worker process.

    The function's exceptions come back as exceptions (they must pickle). A task running longer than
    ``time_limit`` seconds (None: no limit) raises :class:`TaskTimeout`; its worker is killed and
    replaced. A worker that dies otherwise is replaced at most ``replacements`` times (default: 4 per
    worker); when every worker has died and none may replace it, tasks run in this process, so a
    crawl keeps going, only slower.
    """

    def __init__(self, function: str, workers: int, *, time_limit: float | None = None,
                 replacements: int | None = None):
        module, _, name = function.partition(":")
        self.function_name = function
        self.function: Callable[..., Any] = getattr(importlib.import_module(module), name)
        self.size = workers
        self.time_limit = time_limit
        self.replacements = 4 * workers if replacements is None else replacements
        self.workers: list[_Worker] = []
        self.queue: deque[tuple[int, bytes, asyncio.Future]] = deque()
        self.processes: list[subprocess.Popen] = []
        self.next_id = 0
        self.started = self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.watchdog: asyncio.TimerHandle | None = None

    def now(self) -> float:
        return self.loop.time()

    def _start(self) -> None:
        self.started = True
        self.loop = asyncio.get_running_loop()
        self._spawn(self.size)
        if self.time_limit:
            self._arm_watchdog()

    def _spawn(self, count: int) -> None:
        """Start ``count`` workers, forked by one fresh interpreter."""
        pairs = [socket.socketpair() for _ in range(count)]
        child_fds = [child.fileno() for _, child in pairs]
        self.processes.append(subprocess.Popen(
            [sys.executable, "-m", "humascrawl.crawl.workers", self.function_name, *map(str, child_fds)],
            pass_fds=child_fds, stdin=subprocess.DEVNULL))
        for ours, child in pairs:
            child.close()
            ours.setblocking(False)
            worker = _Worker(self, ours)
            # A transport over our end of the pair: the loop reads results as they arrive.
            self.loop.create_task(self.loop.connect_accepted_socket(lambda w=worker: w, ours))
            self.workers.append(worker)

    def _arm_watchdog(self) -> None:
        self.watchdog = self.loop.call_later(max(0.05, min(1.0, self.time_limit / 4)), self._enforce_time_limit)

    def _enforce_time_limit(self) -> None:
        deadline = self.now() - self.time_limit
        for worker in self.workers:
            if worker.alive and worker.pending and worker.pid is not None and worker.busy_since < deadline:
                worker.kill(TaskTimeout(f"extraction took longer than {self.time_limit:g} s"))
        if not self.closed:
            self._arm_watchdog()

    async def run(self, *args: Any) -> Any:
        if not self.started:
            self._start()
        if not any(w.alive for w in self.workers):
            return self.function(*args)
        future = self.loop.create_future()
        self.next_id += 1
        self.queue.append((self.next_id, pickle.dumps(args, _PICKLE), future))
        self._dispatch()
        return await future

    def _dispatch(self) -> None:
        while self.queue and self.workers:
            worker = min(self.workers, key=_load)
            if _load(worker) >= IN_FLIGHT:
                return
            task_id, payload, future = self.queue.popleft()
            if not future.done():
                worker.send(task_id, payload, future)

    def _worker_lost(self, worker: _Worker, waiting: list[tuple[int, bytes, asyncio.Future]]) -> None:
        if self.closed:
            return
        self.workers.remove(worker)
        self.processes = [p for p in self.processes if p.poll() is None]  # reap a launcher whose worker is gone
        self.queue.extendleft(reversed(waiting))  # tasks it had not started go first, in their order
        if worker.timed_out:  # the limit already bounds how often that can happen
            self._spawn(1)
        elif self.replacements > 0:  # a page that crashes workers must not respawn them forever
            self.replacements -= 1
            self._spawn(1)
        if self.workers:
            self._dispatch()
            return
        while self.queue:  # no worker left: run what is waiting here
            _, payload, future = self.queue.popleft()
            if future.done():
                continue
            try:
                future.set_result(self.function(*pickle.loads(payload)))
            except Exception as exc:  # noqa: BLE001 - handed to the awaiting task
                future.set_exception(exc)

    def close(self) -> None:
        """End the workers: shut their sockets (an idle worker exits at once), give a busy one
        ``CLOSE_GRACE`` seconds, then kill what is left. Cancels tasks not yet answered."""
        self.closed = True
        if self.watchdog is not None:
            self.watchdog.cancel()
        for worker in self.workers:
            for future, _ in worker.pending.values():
                future.cancel()
            try:
                # shutdown, not close: the transport still owns the descriptor, but the worker sees EOF now
                # rather than when the loop next runs (close() may be the last thing the loop does)
                worker.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            if worker.transport is not None:
                worker.transport.abort()
        for _, _, future in self.queue:
            future.cancel()
        self.queue.clear()
        deadline = time.monotonic() + CLOSE_GRACE
        while any(p.poll() is None for p in self.processes) and time.monotonic() < deadline:
            time.sleep(0.005)
        if any(p.poll() is None for p in self.processes):
            for worker in self.workers:
                _signal(worker.pid, signal.SIGKILL)
            for process in self.processes:
                try:
                    process.wait(timeout=1.0)  # it reaps the killed workers, then exits
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()


class _Expired(BaseException):
    """Raised by time_limit's alarm: a BaseException, so no ``except Exception`` in the extractor (htmldate
    has one) swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float | None, error: Callable[[], Exception]):
    """Run the block for at most ``seconds`` (None: no limit), then raise ``error()``: for work done in this
    process's main thread (SIGALRM), where there is no worker to kill."""
    if not seconds or threading.current_thread() is not threading.main_thread():  # signals reach the main thread
        yield
        return

    def expired(signum, frame):
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expired)
    try:
        try:
            # again every half second, should the first land in C code that cannot unwind
            signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)  # an alarm up to here still becomes error()
    except _Expired:
        raise error() from None
    finally:
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------- the worker side

def _recv_exactly(sock: socket.socket, n: int) -> bytes | None:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _serve(sock: socket.socket, function: Callable[..., Any]) -> None:
    hello = pickle.dumps((True, os.getpid()), _PICKLE)
    sock.sendall(_HEADER.pack(len(hello), _HELLO) + hello)
    while True:
        header = _recv_exactly(sock, _HEADER.size)
        if header is None:
            return
        length, task_id = _HEADER.unpack(header)
        payload = _recv_exactly(sock, length)
        if payload is None:
            return
        try:
            result = (True, function(*pickle.loads(payload)))
        except Exception as exc:  # noqa: BLE001 - the caller gets it
            result = (False, exc)
        try:
            data = pickle.dumps(result, _PICKLE)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")), _PICKLE)
        try:
            sock.sendall(_HEADER.pack(len(data), task_id) + data)
        except OSError:
            return


def main(argv: list[str]) -> None:
    """Fork one worker per socket descriptor in ``argv[1:]``, then reap them (a killed worker's
    process must not linger as a zombie while the others go on)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    module_name, _, name = argv[0].partition(":")
    module = importlib.import_module(module_name)
    function = getattr(module, name)
    warm_up = getattr(module, "warm_up_workers", None)
    if warm_up is not None:
        warm_up()
    gc.freeze()  # the collector of a worker then never walks (nor copies) the objects it inherits
    socks = [socket.socket(fileno=int(fd)) for fd in argv[1:]]
    children = set()
    for i, sock in enumerate(socks):
        pid = os.fork()
        if pid == 0:
            for other in socks[i + 1:]:  # the ones before are closed already
                other.close()
            try:
                _serve(sock, function)
            finally:
                os._exit(0)
        children.add(pid)
        sock.close()
    while children:
        try:
            children.discard(os.wait()[0])
        except ChildProcessError:
            return


if __name__ == "__main__":
    main(sys.argv[1:])
    os._exit(0)  # no interpreter teardown (half a second with the extractor's modules loaded): the crawl waits for it

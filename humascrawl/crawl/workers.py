"""A process pool for the crawl's event loop: tasks and results travel over socketpairs, no threads.

``concurrent.futures.ProcessPoolExecutor`` hands each task through two helper threads in the crawl's
process (a manager and a queue feeder) that fight the reactor for the GIL; at hundreds of pages a
second that costs more CPU than the pickling itself. Here the event loop writes each pickled task
straight to a worker's socket and reads results as they arrive, so the main process does nothing per
task but pickle, write, read and unpickle.

The workers are one fresh interpreter (``python -m humascrawl.crawl.workers``) that imports the task
function once and forks the others from itself: no worker inherits the reactor, its threads or the
database connections, and the imports are paid once. Each worker serves one socket, ignores SIGINT
(Ctrl-C stops the crawl, which then closes the sockets) and exits when its socket closes, so a
crawl that dies takes its workers with it.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
from collections import deque
from typing import Any, Callable

_HEADER = struct.Struct("<IQ")  # payload length, task id
_PICKLE = pickle.HIGHEST_PROTOCOL
IN_FLIGHT = 2  # tasks handed to one worker at a time: one running, one waiting in its socket


class WorkerDied(RuntimeError):
    """The worker running a task exited before answering."""


class _Worker(asyncio.Protocol):
    def __init__(self, pool: "ProcessPool"):
        self.pool = pool
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.pending: dict[int, asyncio.Future] = {}
        self.alive = True

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
            future = self.pending.pop(task_id, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
            self.pool._worker_free(self)

    def connection_lost(self, exc) -> None:
        self.alive = False
        for future in self.pending.values():
            if not future.done():
                future.set_exception(WorkerDied("extraction worker exited"))
        self.pending.clear()
        self.pool._worker_lost(self)

    def send(self, task_id: int, payload: bytes, future: asyncio.Future) -> None:
        self.pending[task_id] = future
        self.transport.write(_HEADER.pack(len(payload), task_id) + payload)


def _load(worker: _Worker) -> int:
    """Tasks a worker holds; dead or not yet connected ones count as full."""
    return len(worker.pending) if worker.alive and worker.transport is not None else IN_FLIGHT


class ProcessPool:
    """``await pool.run(*args)`` calls ``function(*args)`` (named ``"module:name"``) in a worker process.

    The function's exceptions come back as exceptions (they must pickle). When every worker has died,
    tasks run in this process, so a crawl keeps going, only slower.
    """

    def __init__(self, function: str, workers: int):
        module, _, name = function.partition(":")
        self.function_name = function
        self.function: Callable[..., Any] = getattr(importlib.import_module(module), name)
        self.size = workers
        self.workers: list[_Worker] = []
        self.queue: deque[tuple[int, bytes, asyncio.Future]] = deque()
        self.process: subprocess.Popen | None = None
        self.next_id = 0
        self.started = False

    def _start(self) -> None:
        self.started = True
        loop = asyncio.get_running_loop()
        pairs = [socket.socketpair() for _ in range(self.size)]
        child_fds = [child.fileno() for _, child in pairs]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "humascrawl.crawl.workers", self.function_name, *map(str, child_fds)],
            pass_fds=child_fds, stdin=subprocess.DEVNULL)
        for ours, child in pairs:
            child.close()
            ours.setblocking(False)
            worker = _Worker(self)
            # A transport over our end of the pair: the loop reads results as they arrive.
            loop.create_task(loop.connect_accepted_socket(lambda w=worker: w, ours))
            self.workers.append(worker)

    async def run(self, *args: Any) -> Any:
        if not self.started:
            self._start()
        if not any(w.alive for w in self.workers):
            return self.function(*args)
        future = asyncio.get_running_loop().create_future()
        self.next_id += 1
        self.queue.append((self.next_id, pickle.dumps(args, _PICKLE), future))
        self._dispatch()
        return await future

    def _dispatch(self) -> None:
        while self.queue:
            worker = min(self.workers, key=_load)
            if _load(worker) >= IN_FLIGHT:
                return
            task_id, payload, future = self.queue.popleft()
            if not future.cancelled():
                worker.send(task_id, payload, future)

    def _worker_free(self, worker: _Worker) -> None:
        self._dispatch()

    def _worker_lost(self, worker: _Worker) -> None:
        if any(w.alive for w in self.workers):
            self._dispatch()
            return
        while self.queue:  # no worker left: run what is waiting here
            _, payload, future = self.queue.popleft()
            if future.cancelled():
                continue
            try:
                future.set_result(self.function(*pickle.loads(payload)))
            except Exception as exc:  # noqa: BLE001 - handed to the awaiting task
                future.set_exception(exc)

    def close(self) -> None:
        for worker in self.workers:
            if worker.transport is not None:
                worker.transport.close()
        for future in (f for _, _, f in self.queue):
            future.cancel()
        self.queue.clear()
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


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
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    module, _, name = argv[0].partition(":")
    function = getattr(importlib.import_module(module), name)
    socks = [socket.socket(fileno=int(fd)) for fd in argv[1:]]
    children = []
    for i, sock in enumerate(socks[1:], 1):
        pid = os.fork()
        if pid == 0:
            for j, other in enumerate(socks):
                if j != i:
                    other.close()
            _serve(sock, function)
            os._exit(0)
        children.append(pid)
        sock.close()
    _serve(socks[0], function)
    socks[0].close()
    for pid in children:
        os.waitpid(pid, 0)


if __name__ == "__main__":
    main(sys.argv[1:])

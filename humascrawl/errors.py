"""The base of every error a user can act on (as Scrapy's ``UsageError``).

Each package raises its own subclass with a one-line message; ``humascrawl.commands.shared`` is the one place
that turns any of them into ``humascrawl: error: MESSAGE`` on stderr and the subclass's exit code, never a
traceback.
"""

from __future__ import annotations


class HumascrawlError(Exception):
    """An expected failure whose message is one line for the user; the command exits with ``exit_code``
    (2: bad usage, configuration or input)."""

    exit_code = 2

    def one_line(self) -> str:
        """The line the command prints after ``humascrawl: ``."""
        return f"error: {self}"


class UserError(HumascrawlError):
    """Bad usage or input found by a command itself (an unknown URL, an unreadable file)."""


class ArchiveUnavailable(HumascrawlError, RuntimeError):
    """The archive's database cannot be reached now (connection refused or dropped, the server restarting): no
    mistake in the command, and a later attempt may succeed (a fleet job is retried with backoff)."""


def first_line(exc: BaseException, name: bool = True) -> str:
    """``exc`` as one line: ``TypeName: its message's first line`` (without the type when not ``name``)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    return f"{type(exc).__name__}: {lines[0]}" if name else lines[0]

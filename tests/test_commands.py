"""The command layer's seams: one error base mapped in one place, click only in commands/, data shipped."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from humascrawl import defaults
from humascrawl.alerts.store import AlertError
from humascrawl.cli import CommandGroup
from humascrawl.config import ConfigError
from humascrawl.discovery import DiscoveryError
from humascrawl.errors import HumascrawlError, UserError
from humascrawl.export.dataset import ExportError
from humascrawl.extract import ExtractionError
from humascrawl.filters import FilterError
from humascrawl.search.query import QueryError
from humascrawl.storage.db import ArchiveError, MissingArchive
from humascrawl.storage.locks import LockHeld

ROOT = Path(__file__).resolve().parent.parent
ONE_LINE_ERRORS = (AlertError, ConfigError, DiscoveryError, ExportError, ExtractionError, FilterError, QueryError,
                   ArchiveError, LockHeld, UserError)


def run_raising(error: BaseException) -> click.testing.Result:
    """Run a command that raises ``error`` through the group's error map."""
    group = CommandGroup()

    @group.command("fail")
    def fail() -> None:
        raise error

    return CliRunner().invoke(group, ["fail"])


@pytest.mark.parametrize("error_class", ONE_LINE_ERRORS)
def test_every_one_line_error_shares_the_base(error_class):
    assert issubclass(error_class, HumascrawlError)


@pytest.mark.parametrize("error_class", [e for e in ONE_LINE_ERRORS if e is not LockHeld])
def test_a_one_line_error_prints_its_line_and_exits_2(error_class):
    result = run_raising(error_class("bad input here"))
    assert result.exit_code == 2
    assert result.output == "humascrawl: error: bad input here\n"


def test_a_held_lock_is_not_a_usage_error():
    result = run_raising(LockHeld("another crawl (run 7) holds the archive"))
    assert result.exit_code == 1
    assert result.output == "humascrawl: another crawl (run 7) holds the archive\n"


def test_a_missing_archive_says_what_creates_one():
    result = run_raising(MissingArchive("sqlite:////nowhere/x.sqlite3", "/nowhere/x.sqlite3"))
    assert result.exit_code == 2
    assert result.output.startswith("humascrawl: error: no archive at /nowhere/x.sqlite3 (`humascrawl crawl`")


def test_a_bug_is_one_line_with_exit_1():
    result = run_raising(KeyError("oops"))
    assert result.exit_code == 1
    assert result.output == "humascrawl: internal error: KeyError: 'oops' (run with -v for details)\n"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_only_the_command_layer_imports_click():
    package = ROOT / "humascrawl"
    allowed = {package / "cli.py"} | set((package / "commands").glob("*.py"))
    offenders = [str(path.relative_to(ROOT)) for folder in (package, ROOT / "spiders", ROOT / "pipelines")
                 for path in sorted(folder.rglob("*.py")) if path not in allowed and "click" in _imports(path)]
    assert offenders == []


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder_of(package: str, package_dir: dict[str, str]) -> Path:
    """Where setuptools looks for ``package``: below the longest prefix package-dir maps, else by its name."""
    for prefix in sorted(package_dir, key=len, reverse=True):
        if package == prefix or package.startswith(prefix + "."):
            return ROOT / package_dir[prefix] / Path(*package[len(prefix):].split(".")[1:])
    return ROOT / Path(*package.split("."))


def _shipped_data() -> set[Path]:
    setuptools = _setuptools()
    return {path for package, patterns in setuptools["package-data"].items() for pattern in patterns
            for path in _folder_of(package, setuptools["package-dir"]).glob(pattern) if path.is_file()}


def test_every_data_file_read_at_run_time_is_package_data():
    shipped = _shipped_data()
    assert defaults.DATA_DIR == ROOT / "data"
    for needed in (defaults.DEFAULT_SOURCES, defaults.DEMO_SITES, *defaults.RULES_DIR.glob("*.toml")):
        assert needed in shipped, needed
    # templates, the stylesheet, Alembic's script template: every file of the package that is no module
    for folder in (ROOT / "humascrawl", ROOT / "spiders", ROOT / "pipelines"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc"):
                assert path in shipped, path
    data = [path for path in shipped if path.is_relative_to(ROOT / "data")]
    assert data and not [path for path in data if path.suffix != ".toml"], "only the TOML data, never an archive"


def test_every_folder_of_package_data_is_a_listed_package():
    """setuptools ships a folder only as a listed package; one reached through a parent's pattern
    ("templates/*.html") draws a warning at every build that such data is to be left out."""
    setuptools = _setuptools()
    assert set(setuptools["package-data"]) <= set(setuptools["packages"])
    assert [p for patterns in setuptools["package-data"].values() for p in patterns if "/" in p] == []
    for package in setuptools["packages"]:
        assert _folder_of(package, setuptools["package-dir"]).is_dir(), package


def test_every_package_is_installed():
    """pyproject.toml lists the packages by hand: a new one left out is missing from every wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "humascrawl").rglob("__init__.py")}
    assert found - listed == set()

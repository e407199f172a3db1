"""The kornews pytest plugin: the extractor contract for a third-party extractor in three lines.

Installed with kornews (entry point ``pytest11``: ``kornews``), so pytest loads it in any project that
has kornews and the ``test`` extra.  A test module of the plugin package declares its extractor class
and its fixtures::

    from my_outlet import MyOutlet
    kornews_extractor = MyOutlet
    kornews_fixtures = "fixtures/myoutlet"   # a folder of cases, or a list of case/page files

and the plugin collects ``TestKornewsContract`` in that module: every property of
:class:`~kornews.testing.contract.ExtractorContract` (robustness to mutated pages and arbitrary bytes,
encoding invariance, no boilerplate, timezone-aware dates, JSON round-trip, URL claims) plus
``test_expected_output``: each case JSON extracts to exactly its expected fields.  Relative paths are
read from the test module's folder.  Fixture format: :mod:`kornews.testing.fixtures`.

Nothing happens in a module without ``kornews_extractor``; hypothesis is imported only when one is
found, so the plugin costs nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .contract import ExtractorContract

EXTRACTOR_NAME = "kornews_extractor"
"""The module variable naming the extractor class under test."""
FIXTURES_NAME = "kornews_fixtures"
"""The module variable naming its fixtures: a folder of case JSON files, or a list of case/page files."""
CLASS_NAME = "TestKornewsContract"
"""The name of the collected contract class."""


def fixture_files(spec: str | Path | Sequence[str | Path], base: Path) -> list[Path]:
    """The fixture files ``spec`` names, relative paths read from ``base``: a folder gives its case
    JSON files, a file itself."""
    from .fixtures import case_paths

    items = [spec] if isinstance(spec, (str, Path)) else list(spec)
    out: list[Path] = []
    for item in items:
        path = Path(item)
        path = path if path.is_absolute() else base / path
        out.extend(case_paths(path) if path.is_dir() else [path])
    return out


def contract_class(extractor: type[Any], fixtures: Sequence[Path], module: str) -> type[ExtractorContract]:
    """An :class:`ExtractorContract` subclass for ``extractor`` over ``fixtures`` that also checks the
    expected outputs."""
    from .contract import ExtractorContract

    attrs = {"extractor": extractor, "fixtures": tuple(fixtures), "expected_outputs": True, "__module__": module}
    return type(CLASS_NAME, (ExtractorContract,), attrs)


@pytest.hookimpl
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> pytest.Class | None:
    """Collect the contract class in a module that declares ``kornews_extractor``."""
    if name != EXTRACTOR_NAME or not isinstance(collector, pytest.Module):
        return None
    module = collector.obj
    from ..base import Extractor

    if not (isinstance(obj, type) and issubclass(obj, Extractor)):
        raise pytest.UsageError(f"{collector.nodeid}: {EXTRACTOR_NAME} must be an Extractor subclass, not {obj!r}")
    spec = getattr(module, FIXTURES_NAME, None)
    if spec is None:
        raise pytest.UsageError(f"{collector.nodeid}: {EXTRACTOR_NAME} is set but {FIXTURES_NAME} is missing")
    files = fixture_files(spec, Path(str(collector.path)).parent)
    setattr(module, CLASS_NAME, contract_class(obj, files, module.__name__))  # a Class collects by name
    return pytest.Class.from_parent(collector, name=CLASS_NAME)

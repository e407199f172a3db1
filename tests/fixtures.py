"""Where this repository keeps its fixtures and seeds; the loader is :mod:`kornews.testing.fixtures`
(the fixture format is documented there)."""

from __future__ import annotations

import gzip
from pathlib import Path

from kornews.testing import fixtures as _fixtures
from kornews.testing.fixtures import Case, run, write_expected

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


def cases() -> list[Case]:
    """Every case under ``fixtures/``."""
    return _fixtures.cases(FIXTURES)


def html_page_paths() -> list[Path]:
    """Every HTML page under ``fixtures/`` (``<outlet>/<name>.html`` or ``.html.gz``; the real saved pages
    are among them, copied byte for byte), sorted."""
    return sorted(FIXTURES.glob("*/*.html")) + sorted(FIXTURES.glob("*/*.html.gz"))


def html_pages() -> list[tuple[str, bytes]]:
    """``(outlet/file name, page bytes)`` of :func:`html_page_paths`, gzip pages decompressed."""
    out = []
    for path in html_page_paths():
        data = path.read_bytes()
        out.append((f"{path.parent.name}/{path.name}", gzip.decompress(data) if path.suffix == ".gz" else data))
    return out


__all__ = ["FIXTURES", "ROOT", "SEEDS", "Case", "cases", "html_page_paths", "html_pages", "run", "write_expected"]

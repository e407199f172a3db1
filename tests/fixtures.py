"""Where this repository keeps its fixtures and seeds; the loader is :mod:`kornews.testing.fixtures`
(the fixture format is documented there)."""

from __future__ import annotations

from pathlib import Path

from kornews.testing import fixtures as _fixtures
from kornews.testing.fixtures import Case, run, write_expected

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


def cases() -> list[Case]:
    """Every case under ``fixtures/``."""
    return _fixtures.cases(FIXTURES)


__all__ = ["FIXTURES", "ROOT", "SEEDS", "Case", "cases", "run", "write_expected"]

"""Print issue 15's table: every HTML article fixture read by the generic reader alone (outlet
modules off) against the outlet module's expected output.

Usage: ``python tools/generic_table.py`` (from the repository root, kornews installed).
Columns and metrics: see ``tests/generic_table.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KORNEWS_STRICT", "1")

from tests.generic_table import render, rows  # noqa: E402

if __name__ == "__main__":
    print(render(rows()))

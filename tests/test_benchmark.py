"""The benchmark (benchmarks/run.py + benchmarks/kbench) runs on this tree's fixtures with the tools that are
always installed (kornews, the Lexbor parse floor), and its parts compute what they say."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from kbench import pages, report, scoring  # noqa: E402


def _run_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_prf_counts_shared_tokens() -> None:
    gold = Counter("가 나 다 라".split())
    assert scoring.prf("가 나 다 라", gold) == (1.0, 1.0, 1.0)
    p, r, f1 = scoring.prf("가 나 마 바", gold)
    assert (p, r) == (0.5, 0.5) and f1 == pytest.approx(0.5)
    assert scoring.prf("", gold) == (0.0, 0.0, 0.0)


def test_p90_and_groups() -> None:
    assert report.p90([]) is None
    assert report.p90([3.0]) == 3.0
    assert report.p90([float(x) for x in range(1, 11)]) == pytest.approx(9.1)
    small = pages.Page("a", None, "real", b"x" * (pages.SMALL_BYTES - 1), None)
    big = pages.Page("b", None, "real", b"x" * pages.SMALL_BYTES, None)
    assert pages.by_group([small, big]) == {"realistic": [big], "small": [small]}


def test_fixture_pages_are_deduplicated_and_scored() -> None:
    found, skipped = pages.load(ROOT / "fixtures")
    ids = [p.id for p in found]
    assert len(ids) == len(set(ids)) and found
    assert all(p.gold for p in found)
    # the generic/ cases reuse other folders' inputs: they are left out as duplicates, not timed twice
    assert any(why.startswith("same input as") for _, why in skipped)
    assert len({p.html for p in found}) == len(found)


def test_run_end_to_end_with_kornews_only(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = _run_module()
    code = run.main(
        [
            "--reps",
            "1",
            "--no-docs",
            "--no-real-pages",
            "--no-cold-start",
            "--json",
            str(out),
            "--only",
            "kornews,nourl,parse",
        ]
    )
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    q = result["summary"]["quality"]
    assert set(q) == {"kornews", "kornews (no URL)", "lexbor parse (floor)"}
    assert q["kornews"]["failures"] == 0 and q["kornews"]["f1_all"] > 0.95
    realistic = result["summary"]["groups"]["realistic"]
    assert realistic["pages"] >= 10
    assert "kornews / bare parse" in realistic["ratios"]
    assert all(p["tools"]["kornews"]["samples"] == 1 for p in result["pages"])

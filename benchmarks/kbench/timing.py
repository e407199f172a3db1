"""Timing: one untimed (scored) warm-up call per tool and page, then interleaved timed rounds; cold start.

Rounds: every round visits every page (in a shuffled order, seeded) and on each page every tool (in an order
shuffled per page and round, seeded), so that background load on a shared machine hits all tools alike and
no tool always runs right after the same other tool (a rotated order let the tool after another kornews
variant run on caches that one had warmed: ≈ 15–20 % faster than the same call after a peer). Each call is
timed with ``time.perf_counter`` with the garbage collector paused (as ``timeit`` does). The load average is
sampled after every round.
"""

from __future__ import annotations

import gc
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .pages import Page
from .peers import Extract, Tool
from .scoring import prf

WARMUP_TIMEOUT_S = 60.0  # a tool still running after this on the (untimed) first call fails that page


@dataclass
class Cell:
    """One tool on one page: the scored output of the warm-up call and the timed samples (ms)."""

    error: str | None = None
    p: float | None = None
    r: float | None = None
    f1: float | None = None  # None: page without gold, or tool not scored
    empty: bool = False
    samples: list[float] = field(default_factory=list)

    @property
    def ms(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def ms_min(self) -> float | None:
        """The fastest call: on a loaded machine the least disturbed by other work (as ``timeit`` advises)."""
        return min(self.samples) if self.samples else None


class Timeout(Exception):
    pass


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Timeout in the block after ``seconds`` (where SIGALRM exists; elsewhere no limit)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def _alarm(signum: int, frame: object) -> None:
        raise Timeout(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def call_ms(run: Extract, page: Page) -> float:
    gc.disable()
    try:
        t0 = time.perf_counter()
        run(page.html, page.url)
        return (time.perf_counter() - t0) * 1000.0
    finally:
        gc.enable()


def load_avg() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


@dataclass
class Measurement:
    cells: dict[str, dict[str, Cell]]  # tool name -> page id -> cell
    load_samples: list[float]  # 1-minute load average after each round
    seconds: float


def measure(tools: list[Tool], pages: list[Page], reps: int, *, seed: int = 0, progress: bool = True) -> Measurement:
    started = time.perf_counter()
    cells: dict[str, dict[str, Cell]] = {t.name: {p.id: Cell() for p in pages} for t in tools}
    for page in pages:  # warm-up, scored
        for tool in tools:
            cell = cells[tool.name][page.id]
            try:
                with deadline(WARMUP_TIMEOUT_S):
                    text = tool.run(page.html, page.url)
            except BaseException as exc:  # a peer's failure (or Timeout) is a result, not a crash
                if isinstance(exc, KeyboardInterrupt):
                    raise
                cell.error = f"{type(exc).__name__}: {str(exc)[:160]}"
                if tool.scored and page.gold is not None:
                    cell.p = cell.r = cell.f1 = 0.0
                continue
            if tool.scored and page.gold is not None:
                cell.empty = not text.strip()
                cell.p, cell.r, cell.f1 = prf(text, page.gold)
    live = {t.name: [p for p in pages if cells[t.name][p.id].error is None] for t in tools}
    ok = {t.name: {p.id for p in live[t.name]} for t in tools}
    rng = random.Random(seed)
    loads: list[float] = []
    for rnd in range(reps):
        order = list(pages)
        rng.shuffle(order)
        for page in order:
            sequence = list(tools)
            rng.shuffle(sequence)  # no fixed predecessor: a call right after a similar one runs on warm caches
            for tool in sequence:
                if page.id in ok[tool.name]:
                    try:
                        cells[tool.name][page.id].samples.append(call_ms(tool.run, page))
                    except Exception as exc:  # failed in a timed round only: drop the page for this tool
                        cells[tool.name][page.id].error = f"{type(exc).__name__} (timed round): {str(exc)[:120]}"
                        cells[tool.name][page.id].samples.clear()
                        ok[tool.name].discard(page.id)
        la = load_avg()
        if la:
            loads.append(la[0])
        if progress:
            print(f"  round {rnd + 1}/{reps} done (load {la[0] if la else '?'})", file=sys.stderr, flush=True)
    return Measurement(cells, loads, time.perf_counter() - started)


_COLD = """
import sys, time, json
t0 = time.perf_counter()
import kornews
t1 = time.perf_counter()
page = open(sys.argv[1], "rb").read()
kornews.extract(page, url=sys.argv[2] or None)
t2 = time.perf_counter()
kornews.extract(page, url=sys.argv[2] or None)
t3 = time.perf_counter()
print(json.dumps([(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000]))
"""


_REGEX_CACHE = """
import sys, kornews
from kornews import lazyre
lazyre.main()
kornews.extract(open(sys.argv[1], "rb").read(), url=sys.argv[2] or None)
"""


def cold_start(root: Path, page: Page, reps: int) -> dict[str, float | int] | None:
    """Median over ``reps`` fresh interpreters of: ``import kornews``, the first and the second extraction (ms)."""
    import tempfile

    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    # bytecode as an installed package has it (pip compiles it): with PYTHONDONTWRITEBYTECODE set, every
    # fresh interpreter would otherwise compile the sources again, which is not the cost of the import
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "src" / "kornews")], capture_output=True)
    runs: list[list[float]] = []
    with tempfile.NamedTemporaryFile(suffix=".html") as fh:
        fh.write(page.html)
        fh.flush()
        # and the compiled-regex cache as an earlier run of a writable install leaves it (kornews.lazyre):
        # every package pattern, and those built at run time by an extraction (written at exit)
        writing = {k: v for k, v in env.items() if k not in ("PYTHONDONTWRITEBYTECODE", "KORNEWS_REGEX_CACHE")}
        subprocess.run([sys.executable, "-c", _REGEX_CACHE, fh.name, page.url or ""], capture_output=True, env=writing)
        for _ in range(reps):
            try:
                out = subprocess.run(
                    [sys.executable, "-c", _COLD, fh.name, page.url or ""],
                    capture_output=True,
                    text=True,
                    timeout=120,
                    env=env,
                    check=True,
                ).stdout
                runs.append(json.loads(out.strip().splitlines()[-1]))
            except (OSError, subprocess.SubprocessError, ValueError, IndexError):
                return None
    return {
        "import_ms": statistics.median(r[0] for r in runs),
        "first_extract_ms": statistics.median(r[1] for r in runs),
        "second_extract_ms": statistics.median(r[2] for r in runs),
        "runs": len(runs),
    }

"""Long-running fuzz of every kornews entry point (outside the default test run).

    python tools/fuzz.py --n 200000 [--seed 1] [--out fuzz-report] [--no-big]

Draws inputs from ``tests/fuzzkit.py`` (random bytes and markup, one-fault and destructive mutations
of every fixture, pathological markup up to 100k nesting / 100k-character tokens, text mode,
records for ``Article.from_json``, wrong types, WARC and broken gzip), runs them with
``KORNEWS_STRICT=1`` and reports: raw exceptions (bugs; each saved with its traceback and input
under ``--out``), one-fault inputs that lost their article, KornewsError counts by class, and the
p50/p99/p99.9/max seconds per input.  Progress is written to ``<out>/progress.json`` every
``--every`` inputs, so a run stopped early still reports its real count.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pickle
import sys
import time
from pathlib import Path

os.environ.setdefault("KORNEWS_STRICT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzzkit import Generator, run_input


def _quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="number of inputs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="fuzz-report", help="directory for findings and progress")
    ap.add_argument("--every", type=int, default=2000, help="write progress every N inputs")
    ap.add_argument("--no-big", action="store_true", help="no 100k-sized pathological pages")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(args.seed, big=not args.no_big)
    times: list[float] = []
    status: collections.Counter[str] = collections.Counter()
    errors: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    slowest: list[tuple[float, str]] = []
    findings = 0
    started = time.time()

    def report(final: bool) -> dict[str, object]:
        ts = sorted(times)
        data = {
            "inputs": len(times),
            "final": final,
            "elapsed_s": round(time.time() - started, 1),
            "status": dict(status),
            "errors": dict(errors.most_common()),
            "kinds": dict(kinds.most_common()),
            "seconds": {
                "p50": round(_quantile(ts, 0.5), 5),
                "p99": round(_quantile(ts, 0.99), 4),
                "p99.9": round(_quantile(ts, 0.999), 4),
                "max": round(ts[-1], 4) if ts else 0.0,
            },
            "slowest": [f"{t:.3f}s {k}" for t, k in sorted(slowest, reverse=True)[:10]],
        }
        (out / "progress.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
        return data

    for i in range(args.n):
        item = gen.draw()
        result = run_input(item)
        times.append(result.seconds)
        status[result.status] += 1
        kinds[item.kind] += 1
        if result.status in ("error", "lost"):
            errors[result.detail.split(":", 1)[0]] += 1
        slowest.append((result.seconds, item.kind))
        if len(slowest) > 50:
            slowest.sort(reverse=True)
            del slowest[20:]
        # a bare ExtractionError in strict mode is a RecursionError ("nested too deeply"): a finding too
        internal = result.status == "error" and result.detail.startswith("ExtractionError:")
        if (result.status in ("raw", "lost") or internal) and findings < 200:
            findings += 1
            label = "internal" if internal else result.status
            with open(out / f"finding-{findings:03d}-{label}.pickle", "wb") as fh:
                pickle.dump(item, fh)
            (out / f"finding-{findings:03d}-{label}.txt").write_text(
                f"{item.entry} {item.kind}\n{result.detail}\n", encoding="utf-8", errors="backslashreplace"
            )
        if (i + 1) % args.every == 0:
            report(False)
    data = report(True)
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return 1 if status["raw"] or status["lost"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

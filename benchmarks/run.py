#!/usr/bin/env python
"""Benchmark kornews against general-purpose article extractors on realistic Korean news pages.

One interleaved run on one machine over every article fixture and (when present) the real saved pages of
``../shared/real-pages``: kornews (with URL, without URL, generic reader), a bare Lexbor parse, trafilatura with
and without metadata, resiliparse, readability-lxml, goose3 and newspaper4k. Speed (median and p90 ms per page)
is reported per size group (realistic >= 30 KB, small < 30 KB), with the ratios; body quality as token F1
against each page's gold body (real and reconstructed apart). The parts live in ``benchmarks/kbench/``.

    python benchmarks/run.py                 # full run, prints the report, rewrites docs/benchmarks.md
    python benchmarks/run.py --quick         # fewer repetitions
    python benchmarks/run.py --json out.json # also machine-readable results
    python benchmarks/run.py --no-docs       # leave docs/benchmarks.md alone
    python benchmarks/run.py --only kornews,nourl,generic,parse --no-docs   # just these tools (names or aliases)

Peers are benchmark-only dependencies (``pip install -e '.[bench]'``); a peer that is not installed is reported
as such, a peer that raises on a page gets F1 0 for that page and the failure is counted and shown.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "benchmarks")]  # this tree's kornews, tests, kbench

from kbench import pages as pages_mod  # noqa: E402
from kbench import peers, report, timing  # noqa: E402

FULL_REPS = 10
QUICK_REPS = 3


def _names(arg: str | None) -> set[str] | None:
    if not arg:
        return None
    names = {peers.ALIASES.get(n.strip(), n.strip()) for n in arg.split(",") if n.strip()}
    unknown = names - set(peers.NAMES)
    if unknown:
        raise SystemExit(f"unknown tool(s) {sorted(unknown)}; known: {peers.NAMES}, aliases {sorted(peers.ALIASES)}")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_REPS} timed rounds instead of {FULL_REPS}")
    ap.add_argument("--reps", type=int, help="timed rounds (overrides --quick)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write machine-readable results here")
    ap.add_argument("--no-docs", action="store_true", help="do not rewrite docs/benchmarks.md")
    ap.add_argument("--fixtures", type=Path, default=ROOT / "fixtures", help="fixtures directory (%(default)s)")
    ap.add_argument(
        "--real-pages",
        type=Path,
        default=pages_mod.default_real_pages(ROOT),
        help="directory of real saved pages (default: ../shared/real-pages when present: %(default)s)",
    )
    ap.add_argument("--no-real-pages", action="store_true", help="fixtures only")
    ap.add_argument(
        "--only",
        help="comma-separated tool names or aliases (parse, url, nourl, generic, trafilatura-nometa, ...) to run",
    )
    ap.add_argument("--skip", help="comma-separated tool names to leave out")
    ap.add_argument("--pages", help="comma-separated substrings: only pages whose id contains one (e.g. naver,chosun/)")
    ap.add_argument("--no-cold-start", action="store_true", help="skip the fresh-interpreter import timing")
    ap.add_argument("--seed", type=int, default=0, help="seed of the page order per round (%(default)s)")
    ap.add_argument("--machine-note", default="", help="a sentence on the machine (e.g. shared, other jobs)")
    args = ap.parse_args(argv)
    reps = args.reps if args.reps is not None else (QUICK_REPS if args.quick else FULL_REPS)
    if reps < 1:
        ap.error("--reps must be >= 1")

    warnings.simplefilter("ignore")  # peers warn about missing optional parts on every call
    real_dir = None if args.no_real_pages else args.real_pages
    pages, skipped = pages_mod.load(args.fixtures, real_dir)
    if args.pages:
        wanted = [w.strip() for w in args.pages.split(",") if w.strip()]
        pages = [p for p in pages if any(w in p.id for w in wanted)]
    if not pages:
        print(f"no article pages under {args.fixtures}", file=sys.stderr)
        return 1
    tools, unavailable = peers.build(_names(args.only), _names(args.skip))
    if not tools:
        print("no tool can run", file=sys.stderr)
        return 1
    info = report.machine_info(ROOT)
    groups = pages_mod.by_group(pages)
    print(
        f"{len(pages)} pages ({len(groups['realistic'])} realistic, {len(groups['small'])} small), "
        f"{len(tools)} tools ({', '.join(t.name for t in tools)}), {reps} rounds",
        file=sys.stderr,
    )
    m = timing.measure(tools, pages, reps, seed=args.seed, progress=True)
    load_end = timing.load_avg()
    cold: dict[str, Any] | None = None
    if not args.no_cold_start and any(t.package == "kornews" for t in tools) and groups["realistic"]:
        probe = max(groups["realistic"], key=lambda p: (p.url is not None, -abs(len(p.html) - 120_000)))
        cold = timing.cold_start(ROOT, probe, 3 if reps <= QUICK_REPS else 7)
        if cold is not None:
            cold["page"] = probe.id
    result: dict[str, Any] = {
        "machine": info,
        "machine_note": args.machine_note,
        "reps": reps,
        "seconds": m.seconds,
        "load_avg_end": load_end,
        "load_during": m.load_samples,
        "unavailable": unavailable,
        "skipped": skipped,
        "summary": report.summarise(tools, pages, m),
        "cold_start": cold,
        "pages": [
            {
                "id": p.id,
                "provenance": p.provenance,
                "group": p.group,
                "url": p.url,
                "bytes": len(p.html),
                "gold_tokens": sum(p.gold.values()) if p.gold is not None else None,
                "tools": {
                    t.name: {
                        "error": (c := m.cells[t.name][p.id]).error,
                        "ms": c.ms,
                        "ms_min": min(c.samples, default=None),
                        "samples": len(c.samples),
                        "p": c.p,
                        "r": c.r,
                        "f1": c.f1,
                        "empty": c.empty,
                    }
                    for t in tools
                },
            }
            for p in pages
        ],
    }
    section = report.render(result)
    print(section)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not args.no_docs:
        report.write_docs(section, DOCS)
        print(f"\nwrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

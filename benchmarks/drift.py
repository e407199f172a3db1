#!/usr/bin/env python
"""The drift bench as a measurement: mean body token-F1 per outlet, kornews vs trafilatura, on the same
drifted pages, in one run.

Every HTML article fixture (``fixtures/<outlet>/*.json`` with an expected ``body`` and an HTML input) is
drifted ``--seeds`` times by :func:`kornews.testing.drift.drift` (every class/id renamed, containers
wrapped and unwrapped, the deck moved, ``--boilerplate`` boilerplate blocks with random class names
inserted inside the body, and, with ``--drop-structured``, JSON-LD/og meta removed); each drifted page
goes to ``kornews.extract`` (with the fixture's URL and forced extractor, as the fixture suite does) and
to ``trafilatura.bare_extraction``; bodies are scored against the fixture's expected body
(bag-of-whitespace-tokens F1, as ``benchmarks/run.py``). A tool that raises scores 0 on that page.

    python benchmarks/drift.py                        # 5 seeds per page, the table on stdout
    python benchmarks/drift.py --seeds 10 --json out.json
    python benchmarks/drift.py --drop-structured      # structured data removed too

trafilatura is a benchmark-only dependency (the ``bench`` extra); without it only kornews is measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures import cases  # noqa: E402

import kornews  # noqa: E402
from kornews.testing.drift import drift  # noqa: E402


def f1(pred: str, gold: list[str]) -> float:
    """Bag-of-whitespace-tokens F1 of ``pred`` against the expected paragraphs."""
    g, p = Counter("\n".join(gold).split()), Counter(pred.split())
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _trafilatura() -> Callable[[bytes, str | None], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: bytes, url: str | None) -> str:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return ""
        text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
        return text or ""

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=5, help="drifted variants per page (default 5)")
    ap.add_argument("--boilerplate", type=int, default=3, help="boilerplate blocks inserted per page (default 3)")
    ap.add_argument("--drop-structured", action="store_true", help="also remove JSON-LD and og:/article: meta")
    ap.add_argument("--json", type=Path, help="write the per-page scores here")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    traf = _trafilatura()
    tools: dict[str, Callable[[bytes, str | None, str | None], str]] = {
        "kornews": lambda html, url, outlet: "\n".join(kornews.extract(html, url=url, outlet=outlet).body),
    }
    if traf is not None:
        tools["trafilatura"] = lambda html, url, outlet: traf(html, url)
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    failures: Counter[str] = Counter()
    layouts: Counter[str] = Counter()
    rows = []
    for case in cases():
        exp = case.expected
        if case.kind != "article" or case.input_path.suffix == ".txt" or not exp.get("body"):
            continue
        raw = case.input_bytes()
        group = case.path.parent.name
        for seed in range(args.seeds):
            d = drift(
                raw,
                exp["body"],
                seed=seed,
                title=exp.get("title"),
                subtitles=exp.get("subtitles") or (),
                drop_structured=args.drop_structured,
                boilerplate=args.boilerplate,
            )
            for name, tool in tools.items():
                try:
                    text = tool(d.html, case.source.get("url"), case.source.get("extractor"))
                except Exception:  # a refusal or a crash scores 0
                    failures[name] += 1
                    text = ""
                score = f1(text, exp["body"])
                scores[name][group].append(score)
                rows.append({"case": case.id, "seed": seed, "tool": name, "f1": score})
            if "kornews" in tools:
                try:
                    layouts[
                        kornews.extract(d.html, url=case.source.get("url"), outlet=case.source.get("extractor")).layout
                    ] += 1
                except kornews.KornewsError:
                    layouts["(refused)"] += 1
    groups = sorted({g for per in scores.values() for g in per})
    names = list(tools)
    print(
        f"drifted pages: {sum(len(v) for v in scores['kornews'].values())} ({args.seeds} seeds per page, "
        f"boilerplate={args.boilerplate}, drop_structured={args.drop_structured})"
    )
    print(f"{'outlet':<14}" + "".join(f"{n:>14}" for n in names) + f"{'pages':>8}")
    for g in groups:
        print(
            f"{g:<14}"
            + "".join(f"{statistics.fmean(scores[n][g]):>14.3f}" for n in names)
            + f"{len(scores['kornews'][g]):>8}"
        )
    print(
        f"{'all':<14}"
        + "".join(f"{statistics.fmean([x for v in scores[n].values() for x in v]):>14.3f}" for n in names)
    )
    print("failures:", dict(failures) or "none", "| kornews layouts:", dict(layouts))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Summary statistics, the Markdown report, and ``docs/benchmarks.md``.

Speed per tool and size group: the median and the 90th percentile (inclusive quantiles) of the per-page median
times, over the pages of the group the tool handled, and the median over the pages every tool handled (the
comparable column). Ratios are computed on the pages both tools of the ratio handled: the ratio of the two
medians, and the median of the per-page ratios. Quality per tool: mean body token F1 over all scored pages,
over real pages and over reconstructed ones.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

from . import peers
from .pages import GROUPS, SMALL_BYTES, Page
from .peers import Tool
from .scoring import mean
from .timing import Cell, Measurement

PACKAGES = [
    "kornews",
    "selectolax",
    "trafilatura",
    "readability-lxml",
    "resiliparse",
    "goose3",
    "newspaper4k",
    "lxml",
    "charset-normalizer",
]
RATIOS = [  # label, numerator tool, denominator tool
    ("kornews / bare parse", peers.KORNEWS, peers.PARSE),
    ("kornews (no URL) / bare parse", peers.KORNEWS_NO_URL, peers.PARSE),
    ("kornews generic / bare parse", peers.KORNEWS_GENERIC, peers.PARSE),
    ("kornews (no URL) / kornews", peers.KORNEWS_NO_URL, peers.KORNEWS),
    ("trafilatura / kornews", peers.TRAFILATURA, peers.KORNEWS),
    ("trafilatura (no metadata) / kornews", peers.TRAFILATURA_NO_META, peers.KORNEWS),
]


def p90(xs: list[float]) -> float | None:
    if not xs:
        return None
    if len(xs) == 1:
        return xs[0]
    return statistics.quantiles(xs, n=10, method="inclusive")[-1]


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def summarise(tools: list[Tool], pages: list[Page], m: Measurement) -> dict[str, Any]:
    cells = m.cells
    groups: dict[str, Any] = {}
    for g in GROUPS:
        gp = [p for p in pages if p.group == g]
        common = [p for p in gp if all(cells[t.name][p.id].ms is not None for t in tools)]
        rows: dict[str, Any] = {}
        for t in tools:
            ms = [c.ms for p in gp if (c := cells[t.name][p.id]).ms is not None]
            mins = [c.ms_min for p in gp if (c := cells[t.name][p.id]).ms_min is not None]
            rows[t.name] = {
                "median_of_min_ms": _median(mins),
                "median_ms": _median(ms),
                "p90_ms": p90(ms),
                "pages_timed": len(ms),
                "median_ms_common": _median([cells[t.name][p.id].ms or 0.0 for p in common]),
            }
        ratios: dict[str, Any] = {}
        for label, a, b in RATIOS:
            if a not in cells or b not in cells:
                continue
            both = [(ca.ms, cb.ms) for p in gp if (ca := cells[a][p.id]).ms and (cb := cells[b][p.id]).ms]
            if both:
                ma = statistics.median(x for x, _ in both)
                mb = statistics.median(y for _, y in both)
                lows = [
                    (ca.ms_min, cb.ms_min)
                    for p in gp
                    if (ca := cells[a][p.id]).ms_min and (cb := cells[b][p.id]).ms_min
                ]
                ratios[label] = {
                    "ratio_of_min_medians": statistics.median(x for x, _ in lows)
                    / statistics.median(y for _, y in lows),
                    "ratio_of_medians": ma / mb,
                    "median_of_ratios": statistics.median(x / y for x, y in both),
                    "numerator_ms": ma,
                    "denominator_ms": mb,
                    "pages": len(both),
                }
        groups[g] = {
            "pages": len(gp),
            "real": sum(p.provenance == "real" for p in gp),
            "median_kb": _median([p.kb for p in gp]),
            "common_pages": len(common),
            "tools": rows,
            "ratios": ratios,
        }
    quality: dict[str, Any] = {}
    for t in tools:
        by_page: dict[str, Cell] = cells[t.name]
        row: dict[str, Any] = {
            "version": version(t.package),
            "note": t.note,
            "scored": t.scored,
            "failures": sum(c.error is not None for c in by_page.values()),
        }
        if t.scored:
            scored = [p for p in pages if p.gold is not None]
            for label, subset in (
                ("all", scored),
                ("real", [p for p in scored if p.provenance == "real"]),
                ("reconstructed", [p for p in scored if p.provenance == "reconstructed"]),
                *((f"{g}", [p for p in scored if p.group == g]) for g in GROUPS),
            ):
                row[f"f1_{label}"] = mean([by_page[p.id].f1 or 0.0 for p in subset])
                row[f"n_{label}"] = len(subset)
            row["p_all"] = mean([by_page[p.id].p or 0.0 for p in scored])
            row["r_all"] = mean([by_page[p.id].r or 0.0 for p in scored])
            row["empty"] = sum(by_page[p.id].empty for p in scored)
        quality[t.name] = row
    return {"groups": groups, "quality": quality}


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_rev(root: Path) -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src", "benchmarks", "fixtures"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        return f"{rev}{' + uncommitted changes' if dirty else ''}" if rev else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine_info(root: Path) -> dict[str, Any]:
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "host": platform.node(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "load_avg_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "kornews_revision": git_rev(root),
        "packages": {p: version(p) for p in PACKAGES},
    }


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _ms(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


def _x(x: float | None) -> str:
    return "–" if x is None else f"×{x:.1f}" if x >= 10 else f"×{x:.2f}"


def render(result: dict[str, Any]) -> str:
    info, summary, pages = result["machine"], result["summary"], result["pages"]
    groups, quality = summary["groups"], summary["quality"]
    loads = result["load_during"]
    out = [
        f"Run {info['date']} on `{info['host']}` · {info['cpu']} ({info['cores']} cores) · {info['python']} · "
        f"kornews {info['packages']['kornews']} ({info['kornews_revision']})  ",
        f"{len(pages)} pages ({sum(p['provenance'] == 'real' for p in pages)} real) · {result['reps']} timed "
        f"rounds after 1 warm-up, interleaved · {result['seconds']:.0f} s · load average (1/5/15 min) at start "
        f"{info['load_avg_start']}, at end {result['load_avg_end']}"
        + (f", 1-min load during the rounds {min(loads):.2f}–{max(loads):.2f}" if loads else ""),
    ]
    if result.get("machine_note"):
        out.append("")
        out.append(f"**Machine:** {result['machine_note']}")
    out.append("")
    g_realistic, g_small = groups["realistic"], groups["small"]
    out += [
        "### Speed",
        "",
        f"Realistic pages: ≥ {SMALL_BYTES // 1000} KB, n={g_realistic['pages']} ({g_realistic['real']} real), "
        f"median {_f(g_realistic['median_kb'], 0)} KB. Small pages: < {SMALL_BYTES // 1000} KB, "
        f"n={g_small['pages']} ({g_small['real']} real), median {_f(g_small['median_kb'], 0)} KB. "
        "",
        "",
        "| tool | version | realistic median | realistic p90 | realistic median, common pages "
        f"(n={g_realistic['common_pages']}) | realistic, fastest call | small median | small p90 | failures |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for name, q in quality.items():
        r, s = g_realistic["tools"][name], g_small["tools"][name]
        out.append(
            f"| {name} | {q['version']} | {_ms(r['median_ms'])} | {_ms(r['p90_ms'])} | {_ms(r['median_ms_common'])} "
            f"| {_ms(r['median_of_min_ms'])} | {_ms(s['median_ms'])} | {_ms(s['p90_ms'])} | {q['failures']} |"
        )
    for name, reason in result["unavailable"]:
        out.append(f"| {name} | not run: {reason} |" + " – |" * 7)
    out += [
        "",
        'Milliseconds: median over pages of each page\'s median call; p90 over pages of the same; "fastest call": '
        "median over pages of each page's fastest call (least disturbed by other work on a shared machine).",
        "",
        "Ratios (on the pages both tools handled: ratio of the medians; in brackets the median of per-page ratios; "
        "last column: the same ratio of medians of the fastest calls):",
        "",
        "| ratio | realistic | small | realistic, fastest calls |",
        "|---|--:|--:|--:|",
    ]
    for label, _, _ in RATIOS:
        cols = []
        for g in (g_realistic, g_small):
            x = g["ratios"].get(label)
            cols.append("–" if x is None else f"{_x(x['ratio_of_medians'])} ({_x(x['median_of_ratios'])})")
        x = g_realistic["ratios"].get(label)
        cols.append("–" if x is None else _x(x["ratio_of_min_medians"]))
        out.append(f"| {label} | " + " | ".join(cols) + " |")
    out.append("")
    cold = result.get("cold_start")
    if cold:
        out.append(
            f"Cold start (median of {cold['runs']} fresh interpreters, page `{cold['page']}`): `import kornews` "
            f"{_ms(cold['import_ms'])} ms, first extraction {_ms(cold['first_extract_ms'])} ms, second "
            f"{_ms(cold['second_extract_ms'])} ms."
        )
        out.append("")
    out += [
        "### Body quality",
        "",
        "Mean body token F1 (scored pages only).",
        "",
        "| tool | F1 all | F1 real | F1 reconstructed | F1 realistic | F1 small | P | R | empty |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for name, q in quality.items():
        if not q["scored"]:
            continue
        out.append(
            f"| {name} | {_f(q['f1_all'])} | {_f(q['f1_real'])} (n={q['n_real']}) "
            f"| {_f(q['f1_reconstructed'])} (n={q['n_reconstructed']}) | {_f(q['f1_realistic'])} "
            f"(n={q['n_realistic']}) | {_f(q['f1_small'])} (n={q['n_small']}) | {_f(q['p_all'])} "
            f"| {_f(q['r_all'])} | {q['empty']} |"
        )
    out.append("")
    if not result["unavailable"]:
        out += ["All tools ran.", ""]
    notes = [(name, q["note"]) for name, q in quality.items() if q["note"]]
    out += ["How each tool was called: " + "; ".join(f"{n}: {t}" for n, t in notes) + ".", ""]
    failures = [(p["id"], name, c["error"]) for p in pages for name, c in p["tools"].items() if c["error"] is not None]
    out.append(f"**Failures** ({len(failures)}; scored F1 0):" if failures else "**Failures**: none.")
    out.extend(f"- {tool} on `{pid}`: {err}" for pid, tool, err in failures)
    out.append("")
    if result["skipped"]:
        out.append("Cases left out: " + "; ".join(f"`{cid}` ({why})" for cid, why in result["skipped"]) + ".")
        out.append("")
    names = [n for n, q in quality.items() if q["scored"]]
    out += [
        f"Per page (F1 / median ms; ✗ = failed; F1 – = no gold). {peers.PARSE}: ms only.",
        "",
        "| page | prov. | KB | parse ms | " + " | ".join(names) + " |",
        "|---|---|--:|--:|" + "--:|" * len(names),
    ]
    for p in sorted(pages, key=lambda p: -p["bytes"]):
        cells = []
        for n in names:
            c = p["tools"][n]
            cells.append("✗" if c["error"] is not None else f"{_f(c['f1'], 2)} / {_ms(c['ms'])}")
        parse = p["tools"].get(peers.PARSE, {}).get("ms")
        out.append(
            f"| `{p['id']}` | {p['provenance'][:5]} | {p['bytes'] / 1000:.0f} | {_ms(parse)} | "
            + " | ".join(cells)
            + " |"
        )
    out.append("")
    out.append(
        "Package versions: " + ", ".join(f"{k} {v}" for k, v in info["packages"].items()) + f"; {info['platform']}."
    )
    return "\n".join(out)


METHODOLOGY = """\
# Benchmarks

`python benchmarks/run.py` (see `benchmarks/README.md`) compares kornews with general-purpose article
extractors on realistic Korean news pages, in one process on one machine. This file is regenerated by it
(`--no-docs` leaves it alone). The code: `benchmarks/kbench/` — `pages.py` (loading, size groups), `peers.py`
(tool adapters), `scoring.py` (token F1), `timing.py` (interleaved measurement, cold start), `report.py`
(this file).

## Methodology

- **Pages**: every article fixture (`fixtures/<outlet>/*.json` whose `_source.kind` is `article` or absent and
  whose expected `body` is non-empty), plus the real saved pages of `../shared/real-pages` when that directory
  is present (`--real-pages`; gold = a page's `<stem>.expected.json` `body` when it is a list of paragraphs,
  else the page is timed but not scored). Pages are deduplicated by content. Each is given to every tool as raw
  bytes, with its URL where a tool takes one.
- **Size groups**: pages of 30 KB or more are "realistic" (real Korean news pages are 30–370 KB with full
  chrome, median ≈ 120 KB; the reconstructed fixtures are grown to that, see `fixtures/*/reconstruct*.py`);
  smaller pages are reported apart as "small", where a fixed per-call cost dominates.
- **Gold**: the expected `body`, paragraphs joined by newlines.
- **Quality**: body token F1 — the tool's body text and the gold are split on whitespace and compared as bags
  of tokens (precision = shared tokens / tokens returned, recall = shared tokens / gold tokens). Reported as the
  mean per tool over all scored pages, over real pages (`provenance == "real"`), over reconstructed ones and per
  size group. A tool that raises on a page scores 0 there and the failure is listed. Only the body is scored.
- **Speed**: one untimed warm-up call per tool and page (its output is the one scored), then N rounds (10; 3
  with `--quick`) of every page × every tool, interleaved (pages shuffled per round and tools shuffled per page,
  with a fixed seed) so that background load hits all tools alike and no tool always follows the same one
  (a call right after a similar tool runs on caches it warmed); each call timed with
  `time.perf_counter` with the garbage collector paused (as `timeit` does). Per page the median of its N
  calls; per tool and group the median and the 90th percentile of those per-page medians. Ratios are computed
  on the pages both tools handled. Timings include each tool's own decoding of the bytes. The floor is a bare
  `selectolax.lexbor.LexborHTMLParser(bytes)` parse. **Cold start**: fresh interpreters timing
  `import kornews`, then the first and second `extract` of one realistic page.
- **Tools**: kornews as `kornews.extract(bytes, url=...)` (the outlet/portal extractor the URL selects), without
  the URL (`extract(bytes)`: the outlet recognised from the page) and forced to its generic reader
  (`outlet="generic"`); trafilatura `bare_extraction(..., with_metadata=True)` and `with_metadata=False`;
  resiliparse (`extract_plain_text(main_content=True)` on `HTMLTree.parse_from_bytes` with
  `detect_encoding(from_html_meta=True)`); readability-lxml (`Document.summary()`, its HTML turned into text with
  a newline after each block element); goose3 (`target_language="ko"` with `StopWordsKorean`, no image
  fetching); newspaper4k when installed (`language="ko"`; its Korean module tokenizes with nltk, whose tokenizer
  data is downloaded at run time and unavailable offline, so a regex word/punctuation tokenizer stands in).
  goose3 and newspaper4k take `str`: the benchmark decodes the bytes for them by the `<meta charset>` of the
  first 2 KB (else UTF-8), inside the timed call. Peers are benchmark-only dependencies (extra `bench`,
  `benchmarks/requirements.txt`). A call still running after 60 s in the warm-up counts as a failure.

## Caveats

- **Reconstructed fixtures favour kornews.** Their markup was written from the same evidence the kornews
  extractors were written from, and their expected output *is* kornews' reviewed output, so kornews scores
  close to 1.0 there by construction. **Real pages** (copied byte for byte from public test sets) are the fair
  comparison — but their gold body is still a reviewed reading of the page (captions, bylines, credits and
  copyright lines excluded). Peers that keep a byline or caption lose some precision for it.
- The grown chrome of the reconstructed pages (menus, rankings, scripts, JSON state, footers) is itself
  reconstructed: it follows the real pages' shapes, not any one real page byte for byte.
- Bag-of-tokens F1 ignores order and paragraph boundaries; Korean whitespace tokens (어절) carry particles, so a
  token differing only in attached punctuation counts as a miss.
- Timings are indicative: see the machine line and the load averages with each run. Ratios matter more than
  absolute milliseconds.
"""


def write_docs(section: str, path: Path) -> None:
    text = METHODOLOGY + "\n## Results\n\n" + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

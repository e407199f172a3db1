#!/usr/bin/env python
"""Reproducible speed profile of kornews on realistic (large) pages.

Prints, for every page of at least ``--min-kb`` KiB (default 75): median ms per call of a bare Lexbor
parse, ``kornews.extract`` with the URL, without it, the generic reader and (when installed)
trafilatura's ``bare_extraction(with_metadata=True)``; then the medians over pages of the ratios
(tool / bare parse; trafilatura / kornews), the import time and the first extraction after import
(each in a fresh interpreter) and the cost of one more body paragraph.  With ``--profile`` it also
prints the top entries of a cProfile of repeated ``extract(bytes, url)`` calls.

    python benchmarks/speed.py                      # numbers
    python benchmarks/speed.py --profile            # numbers, then the profile
    python benchmarks/speed.py --page /tmp/x.html=https://news.naver.com/...   # extra pages

Pages: every fixture case (``fixtures/<outlet>/*.json``, format ``tests/fixtures.py``) with ``_source.kind``
"article" (or absent) whose input is at least ``--min-kb`` large, plus ``--page FILE[=URL]`` pages.
Tools run interleaved page by page and round by round, so background load hits all alike; each timed
call follows an untimed one of the same tool on the same page (steady state, as in a batch); times are
CPU time of this process (``time.process_time``: the machine is shared) unless ``--wall`` is given.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import gzip
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

import kornews  # noqa: E402

CLOCK = time.process_time


def load_pages(min_kb: float, extra: list[str]) -> list[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every large article fixture and every ``--page``."""
    out: list[tuple[str, bytes, str | None]] = []
    for case in sorted((ROOT / "fixtures").glob("*/*.json")):
        try:
            spec = json.loads(case.read_text(encoding="utf-8"))
        except ValueError:
            continue
        src = spec.get("_source") if isinstance(spec, dict) else None
        if not isinstance(src, dict) or src.get("kind", "article") != "article" or not src.get("input"):
            continue
        path = case.parent / src["input"]
        if path.suffix not in (".html", ".gz") or not path.exists():
            continue
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        if len(data) >= min_kb * 1024 and all(data != d for _, d, _ in out):  # a page once (generic cases reuse)
            out.append((f"{case.parent.name}/{case.stem}", data, src.get("url")))
    for item in extra:
        file, _, url = item.partition("=")
        out.append((Path(file).name[:40], Path(file).read_bytes(), url or None))
    return out


def tools() -> dict[str, Callable[[bytes, str | None], object]]:
    generic = kornews.registry.fallback()
    assert generic is not None
    found: dict[str, Callable[[bytes, str | None], object]] = {
        "parse": lambda b, u: LexborHTMLParser(b).root,
        "url": lambda b, u: kornews.extract(b, url=u),
        "no-url": lambda b, u: kornews.extract(b),
        "generic": lambda b, u: kornews.extract(b, url=u, outlet="generic"),
    }
    try:
        import trafilatura  # type: ignore[import-untyped]

        found["trafilatura"] = lambda b, u: trafilatura.bare_extraction(b, url=u, with_metadata=True)
    except ImportError:
        pass
    return found


def timings(pages: list[tuple[str, bytes, str | None]], reps: int) -> dict[str, dict[str, float]]:
    """Median seconds per call, by page name then tool."""
    run = tools()
    samples: dict[str, dict[str, list[float]]] = {n: {t: [] for t in run} for n, _, _ in pages}
    for name, data, url in pages:  # warm-up (and a page a tool fails on is left out for that tool)
        for t, fn in run.items():
            try:
                fn(data, url)
            except Exception as exc:
                print(f"  {t} fails on {name}: {type(exc).__name__}: {exc}")
                samples[name].pop(t)
    for _ in range(reps):
        for name, data, url in pages:
            for t in samples[name]:
                fn = run[t]
                fn(data, url)  # untimed: the timed call finds the memory as this tool leaves it (steady state)
                gc.collect()  # and no tool pays for another's garbage
                gc.disable()
                t0 = CLOCK()
                fn(data, url)
                samples[name][t].append(CLOCK() - t0)
                gc.enable()
    return {n: {t: statistics.median(v) for t, v in ts.items()} for n, ts in samples.items()}


def fresh(code: str, runs: int = 5, env: dict[str, str] | None = None) -> list[float]:
    """Median of each number printed (one per line) by ``code`` run in ``runs`` fresh interpreters."""
    results: list[list[float]] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
        )
        results.append([float(x) for x in out.stdout.split()])
    return [statistics.median(col) for col in zip(*results, strict=True)]


def startup(page: tuple[str, bytes, str | None], *, regex_cache: bool = True) -> tuple[float, float]:
    """(ms to ``import kornews``, ms of the first extraction after it) in a fresh interpreter; with
    ``regex_cache`` the compiled-regex cache of :mod:`kornews.lazyre` is there (as the first run of a
    writable install leaves it), else switched off (``KORNEWS_REGEX_CACHE=0``: a read-only install)."""
    _name, data, url = page
    tmp = Path("/tmp") / "kornews-profile-page.html"
    tmp.write_bytes(data)
    code = (
        f"import sys, time; CLOCK = time.{CLOCK.__name__}; sys.path.insert(0, 'src'); "
        f"data = open({str(tmp)!r}, 'rb').read(); "
        "t0 = CLOCK(); import kornews; t1 = CLOCK(); "
        f"kornews.extract(data, url={url!r}); t2 = CLOCK(); print((t1 - t0) * 1e3, (t2 - t1) * 1e3)"
    )
    # bytecode as an installed package has it (see kbench.timing.cold_start)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "kornews")], capture_output=True)
    # the compiled-regex cache as an earlier run of a writable install leaves it: every package pattern
    # (lazyre.main) and the ones built at run time by extracting the page (written at exit: bytecode allowed)
    build = (
        "import sys; sys.path.insert(0, 'src'); import kornews; from kornews import lazyre; lazyre.main(); "
        f"kornews.extract(open({str(tmp)!r}, 'rb').read(), url={url!r})"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "KORNEWS_REGEX_CACHE")}
    subprocess.run([sys.executable, "-c", build], capture_output=True, cwd=ROOT, env=env)
    imp, first = fresh(code, env=None if regex_cache else {**os.environ, "KORNEWS_REGEX_CACHE": "0"})
    return imp, first


def per_paragraph(reps: int) -> tuple[float, float]:
    """(µs per added body paragraph for extract(bytes, url), the same for a bare parse).

    A Newspim-template page (``fixtures/newspim/layout-2026.html``) with 400 extra body paragraphs
    (distinct Korean sentences of ≈ 120 characters) against the page as it is.
    """
    base = (ROOT / "fixtures/newspim/layout-2026.html").read_text(encoding="utf-8")
    url = "https://www.newspim.com/news/view/20260114000123"
    anchor = base.find("</p>", base.find('id="news-contents"')) + len("</p>")  # after the lead paragraph
    assert anchor > len("</p>")
    n = 400
    extra = "".join(
        f"<p>정부는 {i}일 오전 세종청사에서 관계부처 합동 회의를 열고 내년도 예산안의 주요 내용을 논의했다고 밝혔다. "
        f"회의에서는 지역 균형 발전과 일자리 {i}만개 창출 방안이 집중적으로 다뤄졌다.</p>\n"
        for i in range(n)
    )
    big = (base[:anchor] + extra + base[anchor:]).encode()
    small = base.encode()
    got = len(kornews.extract(big, url=url).body) - len(kornews.extract(small, url=url).body)
    assert got == n, got

    def med(fn: Callable[[], object]) -> float:
        fn()
        ts = []
        for _ in range(reps):
            t0 = CLOCK()
            fn()
            ts.append(CLOCK() - t0)
        return statistics.median(ts)

    ext = (med(lambda: kornews.extract(big, url=url)) - med(lambda: kornews.extract(small, url=url))) / n
    parse = (med(lambda: LexborHTMLParser(big).root) - med(lambda: LexborHTMLParser(small).root)) / n
    return ext * 1e6, parse * 1e6


def profile(pages: list[tuple[str, bytes, str | None]], rounds: int, top: int, mode: str) -> None:
    def go() -> None:
        for _ in range(rounds):
            for _, data, url in pages:
                if mode == "url":
                    kornews.extract(data, url=url)
                elif mode == "no-url":
                    kornews.extract(data)
                else:
                    kornews.extract(data, url=url, outlet="generic")

    go()
    prof = cProfile.Profile(CLOCK)
    prof.runcall(go)
    stats = pstats.Stats(prof)
    print(f"\n## cProfile: {rounds} rounds x {len(pages)} pages, mode {mode}, top {top} by own time")
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--min-kb", type=float, default=75)
    ap.add_argument("--page", action="append", default=[], help="FILE[=URL], an extra page")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--profile-mode", default="url", choices=("url", "no-url", "generic"))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--no-startup", action="store_true", help="skip import / first-extraction / per-paragraph")
    ap.add_argument("--wall", action="store_true", help="wall-clock times instead of CPU time")
    args = ap.parse_args(argv)
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter

    pages = load_pages(args.min_kb, args.page)
    if not pages:
        print("no pages")
        return 1
    res = timings(pages, args.reps)
    names = list(next(iter(res.values())))
    print(f"{'page':44} {'KiB':>5} " + " ".join(f"{t:>11}" for t in names) + "   (median ms per call)")
    for name, data, _ in pages:
        row = res[name]
        print(
            f"{name[:44]:44} {len(data) / 1024:5.0f} "
            + " ".join(f"{row[t] * 1e3:11.2f}" if t in row else f"{'-':>11}" for t in names)
        )
    sizes = sorted(len(d) for _, d, _ in pages)
    print(f"\n{len(pages)} pages, median size {statistics.median(sizes) / 1024:.0f} KiB")

    def ratio(a: str, b: str) -> str:
        rs = [res[n][a] / res[n][b] for n in res if a in res[n] and b in res[n]]
        return f"{statistics.median(rs):.2f}" if rs else "-"

    print(f"extract(url) / parse     {ratio('url', 'parse')}x")
    print(f"extract(no url) / parse  {ratio('no-url', 'parse')}x   (no url / url {ratio('no-url', 'url')})")
    print(f"generic / parse          {ratio('generic', 'parse')}x")
    if "trafilatura" in names:
        print(f"trafilatura / extract    {ratio('trafilatura', 'url')}x")
    if not args.no_startup:
        imp, first = startup(pages[0])
        print(f"import kornews           {imp:.1f} ms")
        print(f"first extraction         {first:.1f} ms ({pages[0][0]})")
        print(f"  without regex cache    {startup(pages[0], regex_cache=False)[1]:.1f} ms (KORNEWS_REGEX_CACHE=0)")
        ext, parse = per_paragraph(max(args.reps, 20))
        print(f"per body paragraph       {ext:.1f} µs (of which bare parse {parse:.1f} µs)")
    if args.profile:
        profile(pages, 5, args.top, args.profile_mode)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

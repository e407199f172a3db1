"""Timing curves of the pathological-markup cases that used to be quadratic (issue 10).

Runs each case at sizes 1k, 2k, 4k, ... up to ``--max`` (default 100k) and prints seconds per call;
a case stops growing once one size takes longer than ``--cap`` seconds (so an old, quadratic build
can be measured too: ``PYTHONPATH=/path/to/old/src python tools/quadratic.py``).

Cases: ``boxes`` (n nested ``<div>`` boxes under a related-articles heading, ``drop_boxes``),
``inline`` (n nested ``<span>`` each holding text, ``dom.blocks``), ``caption`` (a caption with an
n-character token, ``korean.split_caption``), ``extract`` (a whole generic page of n nested divs).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

import kornews
from kornews import dom, korean

try:  # the module re-cut moved drop_boxes to cleanup.py
    from kornews.cleanup import drop_boxes  # type: ignore[import-not-found, unused-ignore]
except ImportError:
    from kornews.base import drop_boxes  # the shim re-exports it

HEADING = [re.compile(r"^관련\s*기사")]


def case_boxes(n: int) -> Callable[[], object]:
    html = "<html><body>" + "<div>" * n + "관련기사 목록" + "</div>" * n + "<p>본문</p></body></html>"
    tree = LexborHTMLParser(html)
    body = tree.body
    assert body is not None
    return lambda: drop_boxes(body, HEADING)


def case_inline(n: int) -> Callable[[], object]:
    html = "<html><body><p>" + "<span>가나 " * n + "</span>" * n + "</p></body></html>"
    body = LexborHTMLParser(html).body
    assert body is not None
    return lambda: dom.blocks(body)


def case_caption(n: int) -> Callable[[], object]:
    caption = "서울 시내 전경. " + "a" * n
    return lambda: korean.split_caption(caption)


def case_extract(n: int) -> Callable[[], object]:
    para = "<p>" + "가나다라마바사 아자차카타파하 " * 20 + "</p>"
    page = "<html><head><title>제목입니다 제목</title></head><body>" + "<div>" * n + para * 3
    page += "</div>" * n + "</body></html>"

    def run() -> object:
        try:
            return kornews.extract(page, time_budget=0)
        except kornews.KornewsError as exc:
            return exc

    return run


CASES = {"boxes": case_boxes, "inline": case_inline, "caption": case_caption, "extract": case_extract}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=100_000)
    ap.add_argument("--cap", type=float, default=20.0, help="stop a case after a size slower than this")
    ap.add_argument("cases", nargs="*", default=list(CASES))
    args = ap.parse_args()
    sizes = []
    n = 1000
    while n < args.max:
        sizes.append(n)
        n *= 2
    sizes.append(args.max)
    for name in args.cases:
        row = []
        for n in sizes:
            run = CASES[name](n)
            t0 = time.perf_counter()
            run()
            dt = time.perf_counter() - t0
            row.append(f"{n // 1000}k={dt:.3f}s")
            print(f"{name:8s} n={n:>7,}  {dt:8.3f} s", flush=True)
            if dt > args.cap:
                break
        print(f"{name}: " + " ".join(row), flush=True)


if __name__ == "__main__":
    main()

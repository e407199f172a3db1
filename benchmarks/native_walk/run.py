#!/usr/bin/env python
"""Measure a compiled tree walk against the Python one (an experiment: nothing here ships).

``walk.pyx`` counts Hangul per nearest block over Lexbor's node structs, as ``kornews.content._collect``
does with ``chrome_names=False`` (its ``own_h`` and ``own_link_h``); this script builds it with Cython
(a temporary directory; needs Cython and a C compiler), checks that both give the same counts on every
realistic page of ``benchmarks/speed.py`` (the body of each), and prints the median time of each::

    pip install cython
    python benchmarks/native_walk/run.py [--reps 40]

The compiled walk reads Lexbor 3.1's struct layouts through ``LexborNode.mem_id``: the script refuses
to run on any other Lexbor version.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import selectolax.lexbor as lexbor  # noqa: E402
import speed  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from kornews import content, dom  # noqa: E402
from kornews.page import Page  # noqa: E402

SETUP = """
from setuptools import Extension, setup
from Cython.Build import cythonize
setup(ext_modules=cythonize([Extension("walk", ["walk.pyx"], extra_compile_args=["-O2"])], quiet=True))
"""


def build(workdir: Path) -> object:
    """Compile ``walk.pyx`` in ``workdir`` and import it."""
    (workdir / "walk.pyx").write_bytes((HERE / "walk.pyx").read_bytes())
    (workdir / "setup.py").write_text(SETUP)
    subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=workdir, check=True, capture_output=True)
    so = next(workdir.glob("walk*.so"))
    spec = importlib.util.spec_from_file_location("walk", so)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tag_kinds() -> dict[int, int]:
    """Lexbor tag id -> the walk's kind (0 skipped, 3 block, 5 link), as ``content._kind`` decides."""
    names = sorted(dom.BLOCK_TAGS | dom.SKIP_TAGS | {"a"})
    # table parts and options only parse in their context; the rest anywhere in the body
    table = "<table><caption></caption><colgroup><col></colgroup><thead><tr><th></th></tr></thead>"
    table += "<tbody><tr><td></td></tr></tbody><tfoot></tfoot></table><select><option></option></select>"
    doc = LexborHTMLParser(table + "".join(f"<{n}></{n}>" for n in names) + "<map><area></map>")
    ids = {node.tag: node.tag_id for node in doc.root.traverse() if node.tag in names} if doc.root else {}
    missing = set(names) - set(ids)
    if missing:
        sys.exit(f"no tag id found for {sorted(missing)}")
    return {ids[n]: 0 if n in dom.SKIP_TAGS else 3 if n in dom.BLOCK_TAGS else 5 for n in ids}


def median_us(fn: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=40)
    args = parser.parse_args()
    if (lexbor.LEXBOR_VERSION_MAJOR, lexbor.LEXBOR_VERSION_MINOR) != (3, 1):
        sys.exit(
            f"walk.pyx copies Lexbor 3.1's structs; this selectolax has Lexbor "
            f"{lexbor.LEXBOR_VERSION_MAJOR}.{lexbor.LEXBOR_VERSION_MINOR}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        walk = build(Path(tmp))
        kinds = tag_kinds()
        compiled, python, same = [], [], 0
        pages = speed.load_pages(75, [])
        print(f"{'page':40} {'elements':>8} {'compiled µs':>11} {'_collect µs':>11}  same counts")
        for name, data, url in pages:
            body = Page.from_input(data, url).tree.body
            assert body is not None
            own, own_link = walk.walk(body.mem_id, kinds)  # type: ignore[attr-defined]
            st = content._collect(body, chrome_names=False)
            equal = own == {k: v for k, v in st.own_h.items() if v} and own_link == {
                k: v for k, v in st.own_link_h.items() if v
            }
            same += equal
            c = median_us(lambda: walk.walk(body.mem_id, kinds), args.reps)  # type: ignore[attr-defined]  # noqa: B023
            p = median_us(lambda: content._collect(body, chrome_names=False), args.reps)  # noqa: B023
            compiled.append(c)
            python.append(p)
            print(f"{name[:40]:40} {len(st.order):8} {c:11.0f} {p:11.0f}  {equal}")
        print(
            f"median over {len(pages)} pages: compiled {statistics.median(compiled):.0f} µs, "
            f"_collect {statistics.median(python):.0f} µs; same counts on {same} of {len(pages)}"
        )


if __name__ == "__main__":
    main()

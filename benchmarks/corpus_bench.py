"""Corpus-scale measurements: WARC -> JSONL pages/s (kornews -j 1 / -j 2, trafilatura on the same
records), Spark local[2] start-up and pages/s, RSS over a long run.

::

    python benchmarks/corpus_bench.py make-warc OUT.warc.gz N     # N response records cycled from the fixtures
    python benchmarks/corpus_bench.py cli OUT.warc.gz [-j N]       # kornews extract, timed (wall, pages/s)
    python benchmarks/corpus_bench.py trafilatura OUT.warc.gz      # trafilatura.extract on the same HTML records
    python benchmarks/corpus_bench.py spark OUT.warc.gz            # kornews.spark.warc_job on local[2]
    python benchmarks/corpus_bench.py rss OUT.warc.gz [-j N]       # the CLI run, RSS of its process tree sampled

The WARC is shaped like a CC-NEWS file: one gzip member per record, ``response`` records with CC's
``X-Crawler-*`` headers; every article fixture with an HTML input (and its URL) is used in turn, each
copy with its own record id.  Numbers depend on the machine and its load: report them with both.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def fixture_pages() -> list[tuple[str, bytes]]:
    """(url, html bytes) of every article fixture with an HTML input."""
    out = []
    for path in sorted((ROOT / "fixtures").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        src = data.get("_source") if isinstance(data, dict) else None
        if not src or src.get("kind", "article") != "article":
            continue
        inp = path.parent / src.get("input", "")
        if not inp.name.endswith((".html", ".html.gz")) or not inp.exists():
            continue
        raw = inp.read_bytes()
        html = gzip.decompress(raw) if inp.suffix == ".gz" else raw
        url = src.get("url") or data.get("url") or f"https://unknown.example/{path.stem}"
        out.append((url, html))
    return out


def make_warc(out: Path, n: int) -> None:
    from tests import warcgen

    pages = fixture_pages()
    with open(out, "wb") as fh:
        fh.write(gzip.compress(warcgen.warcinfo(), compresslevel=6))
        for i in range(n):
            url, html = pages[i % len(pages)]
            rec = warcgen.response(url, html, record_id=f"<urn:uuid:{uuid.UUID(int=i)}>")
            fh.write(gzip.compress(rec, compresslevel=6))
    print(f"wrote {out}: {n} response records from {len(pages)} fixture pages, {out.stat().st_size / 1e6:.1f} MB")


def _count_pages(path: Path) -> int:
    from kornews import warc

    return sum(1 for _ in warc.iter_pages(path))


def cli(path: Path, jobs: int) -> dict[str, float]:
    pages = _count_pages(path)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "kornews", "extract", str(path), "-j", str(jobs), "-q", "-o", str(out)], check=False
        )
        wall = time.perf_counter() - start
        lines = sum(1 for _ in out.open(encoding="utf-8"))
    result = {
        "jobs": jobs,
        "pages": pages,
        "records": lines,
        "seconds": round(wall, 2),
        "pages_per_s": round(pages / wall, 1),
    }
    print(json.dumps(result))
    return result


def trafilatura_run(path: Path) -> dict[str, float]:
    import trafilatura

    from kornews import warc
    from kornews.page import decode

    pages = list(warc.iter_pages(path))
    start = time.perf_counter()
    got = 0
    with tempfile.TemporaryFile("w", encoding="utf-8") as out:
        for page in pages:
            html = decode(page.payload, page.content_type)
            text = trafilatura.extract(html, url=page.url, output_format="json", with_metadata=True)
            if text:
                got += 1
                out.write(text + "\n")
    wall = time.perf_counter() - start
    result = {
        "tool": "trafilatura " + trafilatura.__version__,
        "pages": len(pages),
        "extracted": got,
        "seconds": round(wall, 2),
        "pages_per_s": round(len(pages) / wall, 1),
        "note": "WARC read before timing (kornews' figure includes reading the WARC)",
    }
    print(json.dumps(result))
    return result


def spark_run(path: Path) -> dict[str, float]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    t0 = time.perf_counter()
    from pyspark.sql import SparkSession

    from kornews import spark as ks

    session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    session.sparkContext.parallelize([0], 1).count()  # JVM and one Python worker up
    startup = time.perf_counter() - t0
    pages = _count_pages(path)
    with tempfile.TemporaryDirectory() as tmp:
        # two WARC paths (the same file twice) so both local[2] slots work
        t1 = time.perf_counter()
        ks.warc_job(session, [str(path), str(path)], str(Path(tmp) / "out.parquet"))
        job = time.perf_counter() - t1
        rows = session.read.parquet(str(Path(tmp) / "out.parquet")).count()
    session.stop()
    result = {
        "startup_s": round(startup, 2),
        "pages": 2 * pages,
        "rows": rows,
        "job_s": round(job, 2),
        "pages_per_s": round(2 * pages / job, 1),
    }
    print(json.dumps(result))
    return result


def _tree_rss(pid: int) -> int:
    """Resident set size (KiB) of ``pid`` and its descendants."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def rss(path: Path, jobs: int, every: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "kornews", "extract", str(path), "-j", str(jobs), "-q", "-o", str(out)]
        )
        samples = []
        while proc.poll() is None:
            time.sleep(every)
            kib = _tree_rss(proc.pid)
            lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
            samples.append((round(time.perf_counter() - start, 1), lines, kib))
            print(json.dumps({"t": samples[-1][0], "records": lines, "rss_mib": round(kib / 1024, 1)}), flush=True)
        wall = time.perf_counter() - start
        lines = sum(1 for _ in out.open(encoding="utf-8"))
    peak = max(s[2] for s in samples) if samples else 0
    print(
        json.dumps(
            {
                "jobs": jobs,
                "records": lines,
                "seconds": round(wall, 1),
                "pages_per_s": round(lines / wall, 1),
                "rss_peak_mib": round(peak / 1024, 1),
                "exit": proc.returncode,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make-warc")
    m.add_argument("out", type=Path)
    m.add_argument("n", type=int)
    for name in ("cli", "rss"):
        c = sub.add_parser(name)
        c.add_argument("warc", type=Path)
        c.add_argument("-j", type=int, default=1)
        c.add_argument("--every", type=float, default=10.0)
    sub.add_parser("trafilatura").add_argument("warc", type=Path)
    sub.add_parser("spark").add_argument("warc", type=Path)
    a = ap.parse_args()
    if a.cmd == "make-warc":
        make_warc(a.out, a.n)
    elif a.cmd == "cli":
        cli(a.warc, a.j)
    elif a.cmd == "rss":
        rss(a.warc, a.j, a.every)
    elif a.cmd == "trafilatura":
        trafilatura_run(a.warc)
    else:
        spark_run(a.warc)


if __name__ == "__main__":
    main()

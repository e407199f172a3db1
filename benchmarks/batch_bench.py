"""Where the CPU of a batch run goes: the stages of ``kornews extract`` on a WARC, per page, apart.

::

    python benchmarks/batch_bench.py stages ARCHIVE.warc.gz [--pages N]   # per-page CPU of each stage
    python benchmarks/batch_bench.py cli ARCHIVE.warc.gz [-j N] [--format jsonl] [--engine auto]
                                                      # the command in this process: wall, pages/s,
                                                      # CPU of the parent and of the workers

``stages`` runs each stage over the same pages in one process (CPU time, ``time.process_time``):
reading the archive (record parsing, gunzip, HTTP), the extraction alone (``kornews.extract``), the
record (``to_dict`` + dedupe keys), pickling a chunk of jobs and of records both ways (the IPC of
``-j N`` before workers read their own shard), JSON serialisation and writing.  ``cli`` runs
``kornews.cli.main`` here, so ``getrusage`` splits the parent's CPU (``RUSAGE_SELF``) from the
workers' (``RUSAGE_CHILDREN``, the pool's processes once joined).  Archives: ``corpus_bench.py
make-warc`` writes CC-NEWS-shaped ones.  The machine's load matters: report it with the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _cpu(fn: object, reps: int = 1) -> float:
    best = float("inf")
    for _ in range(reps):
        t = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t)
    return best


def stages(path: Path, limit: int | None, engine: str) -> None:
    from kornews import batch, warc

    stats = warc.WarcStats()
    jobs = list(batch.archive_jobs(open(path, "rb"), str(path), stats, engine))  # type: ignore[arg-type]
    if limit:
        jobs = jobs[:limit]
    n = len(jobs)
    out: dict[str, float] = {}

    def read() -> None:
        with open(path, "rb") as fh:
            for i, _ in enumerate(batch.archive_jobs(fh, str(path), warc.WarcStats(), engine)):  # type: ignore[arg-type]
                if limit and i + 1 >= limit:
                    break

    out["read_archive"] = _cpu(read, 3)
    from kornews import api

    def extract() -> None:
        for j in jobs:
            try:
                api.extract(j.data or b"", url=j.url, content_type=j.content_type)
            except Exception:
                pass

    extract()  # warm (compiled patterns, first-call costs)
    out["extract"] = _cpu(extract, 2)
    records: list[dict[str, object]] = []

    def process() -> None:
        records.clear()
        records.extend(batch.process(j) for j in jobs)

    out["process (extract + record)"] = _cpu(process, 2)
    out["record (process - extract)"] = out["process (extract + record)"] - out["extract"]
    chunk = 64
    job_chunks = [jobs[i : i + chunk] for i in range(0, n, chunk)]
    rec_chunks = [records[i : i + chunk] for i in range(0, n, chunk)]

    def pickle_jobs() -> None:
        for c in job_chunks:
            pickle.loads(pickle.dumps(c, pickle.HIGHEST_PROTOCOL))

    def pickle_records() -> None:
        for c in rec_chunks:
            pickle.loads(pickle.dumps(c, pickle.HIGHEST_PROTOCOL))

    out["pickle jobs (dumps+loads)"] = _cpu(pickle_jobs, 3)
    out["pickle records (dumps+loads)"] = _cpu(pickle_records, 3)

    def to_json() -> None:
        for r in records:
            json.dumps(r, ensure_ascii=False)

    out["json.dumps records"] = _cpu(to_json, 3)
    blobs = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]

    def write() -> None:
        with open(os.devnull, "w", encoding="utf-8") as fh:
            for b in blobs:
                fh.write(b)

    out["write (utf-8 encode + write)"] = _cpu(write, 3)

    def report() -> None:
        rep = batch.Report()
        for r in records:
            rep.add(r)

    out["report.add"] = _cpu(report, 3)
    payload = sum(len(j.data or b"") for j in jobs)
    print(f"{n} pages, {payload / n / 1e3:.1f} KB average payload; CPU per page (best of runs), ms:")
    for k, v in out.items():
        print(f"  {k:<34} {1e3 * v / n:8.3f}")
    print(f"load average {os.getloadavg()}")


def cli(path: Path, jobs: int, fmt: str, engine: str, output: str) -> None:
    from kornews import cli as kcli

    t0, c0 = time.perf_counter(), time.process_time()
    argv = [str(path), "-j", str(jobs), "-q", "-o", output, "--warc-engine", engine, "--format", fmt]
    status = kcli.main(["extract", *argv])
    wall = time.perf_counter() - t0
    parent = time.process_time() - c0
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = ch.ru_utime + ch.ru_stime
    records = sum(1 for _ in open(output, encoding="utf-8")) if fmt == "jsonl" else None
    n = records or 1
    print(
        json.dumps(
            {
                "jobs": jobs,
                "records": records,
                "exit": status,
                "wall_s": round(wall, 2),
                "pages_per_s": round(n / wall, 1),
                "parent_cpu_ms_per_page": round(1e3 * parent / n, 3),
                "workers_cpu_ms_per_page": round(1e3 * workers / n, 3),
                "all_cpu_ms_per_page": round(1e3 * (parent + workers) / n, 3),
                "parent_maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "load": os.getloadavg(),
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stages")
    s.add_argument("warc", type=Path)
    s.add_argument("--pages", type=int, default=None)
    s.add_argument("--engine", default="auto")
    c = sub.add_parser("cli")
    c.add_argument("warc", type=Path)
    c.add_argument("-j", type=int, default=1)
    c.add_argument("--format", default="jsonl")
    c.add_argument("--engine", default="auto")
    c.add_argument("-o", default="/tmp/kornews-batch-bench.jsonl")
    a = ap.parse_args()
    if a.cmd == "stages":
        stages(a.warc, a.pages, a.engine)
    else:
        cli(a.warc, a.j, a.format, a.engine, a.o)


if __name__ == "__main__":
    main()

"""Where the CPU of a batch run goes: the stages of ``kornews extract`` on a WARC, per page, apart.

::

    python benchmarks/batch_bench.py stages ARCHIVE.warc.gz [--shards N]  # per-page CPU of each stage
    python benchmarks/batch_bench.py rss ARCHIVE.warc.gz [-j N] [--every S]  # RSS and CPU of parent/workers
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
    from kornews import api, batch, output, warc

    size = warc.shardable(str(path), engine)  # type: ignore[arg-type]
    assert size is not None, "not a gzip WARC with one member per record"
    shards = list(warc.plan_shards(str(path), size, 2))
    if limit:
        shards = shards[: max(1, limit)]
    tasks = [batch._ShardTask(s, engine, None, None) for s in shards]  # type: ignore[arg-type]
    jobs: list[batch.Job] = []
    for t in tasks:
        jobs += batch._shard_jobs(t, warc.WarcStats(), warc.ShardBounds())
    n = len(jobs)
    end = shards[-1].end
    out: dict[str, float] = {}

    def read_sequential() -> None:
        with open(path, "rb") as fh:
            for _ in batch.archive_jobs(fh, str(path), warc.WarcStats(), engine):  # type: ignore[arg-type]
                if fh.tell() > end:
                    break

    def read_shards() -> None:
        for t in tasks:
            for _ in batch._shard_jobs(t, warc.WarcStats(), warc.ShardBounds()):
                pass

    def extract() -> None:
        for j in jobs:
            try:
                api.extract(j.data or b"", url=j.url, content_type=j.content_type)
            except Exception:
                pass

    records: list[dict[str, object]] = []

    def process() -> None:
        records.clear()
        records.extend(batch.process(j) for j in jobs)

    batch._init_worker((), 0, None, 60.0, "jsonl")
    results: list[object] = []

    def worker() -> None:  # what a worker does: read its shard, extract, encode
        results.clear()
        results.extend(batch._run_task(t) for t in tasks)

    extract()  # warm: compiled patterns, first-call costs
    for _ in range(2):  # interleaved, best of two
        for name, fn in [
            ("read, sequential (parent before)", read_sequential),
            ("read, shards (worker now)", read_shards),
            ("extract alone", extract),
            ("process (extract + record)", process),
            ("worker all-in (_run_task)", worker),
        ]:
            t = time.process_time()
            fn()
            out[name] = min(out.get(name, float("inf")), time.process_time() - t)
    encode = output.encoder("jsonl")
    out["record (process - extract)"] = out["process (extract + record)"] - out["extract alone"]
    out["encode jsonl"] = _cpu(lambda: [encode(r) for r in records], 3)
    out["summary"] = _cpu(lambda: [batch.summary(r) for r in records], 3)
    chunks = [jobs[i : i + 8] for i in range(0, n, 8)]
    out["pickle jobs of 8 (before)"] = _cpu(lambda: [pickle.loads(pickle.dumps(c, 5)) for c in chunks], 3)
    out["pickle records of 8 (before)"] = _cpu(
        lambda: [pickle.loads(pickle.dumps(records[i : i + 8], 5)) for i in range(0, n, 8)], 3
    )
    out["pickle shard results (now)"] = _cpu(lambda: [pickle.loads(pickle.dumps(r, 5)) for r in results], 3)
    out["json.dumps (parent before)"] = _cpu(lambda: [json.dumps(r, ensure_ascii=False) for r in records], 3)

    def parent_now() -> None:
        with open(os.devnull, "w", encoding="utf-8") as fh:
            w = output.Writer(fh, "jsonl")
            rep = batch.Report()
            for r in results:
                for summary, text in r.outs:  # type: ignore[attr-defined]
                    rep.add(summary)
                    w.write_encoded(text)

    out["parent write + report (now)"] = _cpu(parent_now, 3)
    out["worker overhead (all-in - extract)"] = out["worker all-in (_run_task)"] - out["extract alone"]
    payload = sum(len(j.data or b"") for j in jobs)
    print(f"{n} pages in {len(shards)} shards, {payload / n / 1e3:.1f} KB average payload; CPU per page, ms:")
    for k, v in out.items():
        print(f"  {k:<38} {1e3 * v / n:8.3f}")
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


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _proc(pid: int) -> tuple[int, float]:
    """(RSS KiB, CPU seconds) of one process."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            rss = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return rss, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0, 0.0


def rss(path: Path, jobs: int, every: float, output: str) -> None:
    """The command as a child process; every ``every`` s: records written (newlines counted
    incrementally), RSS of the parent and of the workers, CPU of each, load average."""
    import subprocess

    start = time.perf_counter()
    cmd = [sys.executable, "-m", "kornews", "extract", str(path), "-j", str(jobs), "-q", "-o", output]
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    lines, offset = 0, 0
    peak = 0
    while proc.poll() is None:
        time.sleep(every)
        try:
            with open(output, "rb") as fh:
                fh.seek(offset)
                while chunk := fh.read(1 << 20):
                    lines += chunk.count(b"\n")
                    offset += len(chunk)
        except OSError:
            pass
        tree = _tree(proc.pid)
        stats = [_proc(p) for p in tree]
        total = sum(r for r, _ in stats)
        peak = max(peak, total)
        print(
            json.dumps(
                {
                    "t": round(time.perf_counter() - start, 1),
                    "records": lines,
                    "rss_mib": round(total / 1024, 1),
                    "rss_parent_mib": round(stats[0][0] / 1024, 1),
                    "rss_workers_mib": [round(r / 1024, 1) for r, _ in stats[1:]],
                    "cpu_parent_s": round(stats[0][1], 1),
                    "cpu_workers_s": [round(c, 1) for _, c in stats[1:]],
                    "load": os.getloadavg()[0],
                }
            ),
            flush=True,
        )
    wall = time.perf_counter() - start
    with open(output, "rb") as fh:
        fh.seek(offset)
        while chunk := fh.read(1 << 20):
            lines += chunk.count(b"\n")
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
    s = sub.add_parser("stages")
    s.add_argument("warc", type=Path)
    s.add_argument("--shards", type=int, default=None, help="only the first N shards")
    s.add_argument("--engine", default="auto")
    c = sub.add_parser("cli")
    c.add_argument("warc", type=Path)
    c.add_argument("-j", type=int, default=1)
    c.add_argument("--format", default="jsonl")
    c.add_argument("--engine", default="auto")
    c.add_argument("-o", default="/tmp/kornews-batch-bench.jsonl")
    r = sub.add_parser("rss")
    r.add_argument("warc", type=Path)
    r.add_argument("-j", type=int, default=2)
    r.add_argument("--every", type=float, default=15.0)
    r.add_argument("-o", default="/tmp/kornews-batch-rss.jsonl")
    a = ap.parse_args()
    if a.cmd == "rss":
        rss(a.warc, a.j, a.every, a.o)
    elif a.cmd == "stages":
        stages(a.warc, a.shards, a.engine)
    else:
        cli(a.warc, a.j, a.format, a.engine, a.o)


if __name__ == "__main__":
    main()

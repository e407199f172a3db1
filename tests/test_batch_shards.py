"""Archives read in shards by the workers (kornews.warc.shard_pages, kornews.batch.run_inputs): the
same pages, records, counts and errors as reading the archive in one go, whatever the shard size,
for clean CC-NEWS-shaped files and for files that defeat the shard boundaries (several records in a
gzip member, a record across members, a member that looks like a record start inside a record,
damaged and truncated members)."""

from __future__ import annotations

import gzip
import json
import random
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from kornews import batch, cli, warc
from kornews.errors import WorkerCrashed

from . import warcgen
from .corpus_plugins import CrashExtractor, EchoExtractor
from .fixtures import FIXTURES
from .test_warc import NEWSIS_HTML, NEWSIS_TEXT, NEWSIS_URL, ZDNET_HTML, ZDNET_URL

ENGINES = [
    "stdlib",
    pytest.param("fastwarc", marks=pytest.mark.skipif(not warc.fastwarc_available(), reason="fastwarc not installed")),
]
STEPS = [97, 700, 4096, 30_000, 10**9]


@pytest.fixture(params=["zlib", "isal"])
def inflater(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Shards inflated by zlib, and by python-isal where installed (the same members either way)."""
    if request.param == "zlib":
        monkeypatch.setattr(warc, "_INFLATE", (zlib, (zlib.error,)))
    else:
        isal_zlib = pytest.importorskip("isal.isal_zlib")
        monkeypatch.setattr(warc, "_INFLATE", (isal_zlib, (zlib.error, isal_zlib.error)))
    return str(request.param)


def _small(i: int) -> bytes:
    return f"<html><head><title>제목 {i}</title></head><body><p>본문 {i}</p></body></html>".encode()


def _records() -> list[bytes]:
    """A CC-NEWS-shaped mix: warcinfo, fetches (request/response/metadata), skipped kinds, WET."""
    out = [warcgen.warcinfo()]
    for i in range(12):
        out += warcgen.cc_news_fetch(f"https://x.example/{i}", _small(i), record_id=f"<urn:uuid:{i}>")
    out.insert(7, warcgen.response("https://x.example/301", b"", status=301, headers=[("Location", "/a")]))
    out.insert(11, warcgen.response("https://x.example/a.jpg", b"\xff\xd8\xff", content_type="image/jpeg"))
    out.append(warcgen.conversion(NEWSIS_URL, NEWSIS_TEXT, record_id="<urn:uuid:wet>"))
    return out


def _members(path: Path, groups: list[bytes]) -> Path:
    path.write_bytes(b"".join(gzip.compress(g) for g in groups))
    return path


def _in_one_go(path: Path, engine: warc.Engine) -> tuple[list[tuple[Any, ...]], dict[str, Any], str | None]:
    stats = warc.WarcStats()
    pages: list[tuple[Any, ...]] = []
    error = None
    try:
        for p in warc.iter_pages(path, stats=stats, engine=engine):
            pages.append((p.url, p.payload, p.record_id, p.mode, p.content_type))
    except warc.ArchiveError as exc:  # type: ignore[attr-defined]
        error = str(exc)
    return pages, stats.to_dict(), error


def _in_shards(path: Path, engine: warc.Engine, step: int) -> tuple[list[tuple[Any, ...]], dict[str, Any], int | None]:
    """The pages of the shards that join up (as batch.run_inputs takes them) and where the
    sequential reader would have to take over (None: nowhere)."""
    size = warc.shardable(str(path), engine)
    assert size is not None
    stats = warc.WarcStats()
    pages: list[tuple[Any, ...]] = []
    at = 0
    for shard in warc.plan_shards(str(path), size, 2, step=step):
        counted, bounds = warc.WarcStats(), warc.ShardBounds()
        got = [
            (p.url, p.payload, p.record_id, p.mode, p.content_type)
            for p in warc.shard_pages(shard, counted, bounds, engine)
        ]
        if at >= shard.end:
            continue
        if bounds.start != at:
            return pages, stats.to_dict(), at
        pages += got
        warc._add_stats(stats, counted)
        at = bounds.stop
        if bounds.resume:
            return pages, stats.to_dict(), at
    assert at == size
    return pages, stats.to_dict(), None


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("step", STEPS)
def test_shards_give_the_pages_and_counts_of_one_go(
    inflater: str, tmp_path: Path, engine: warc.Engine, step: int
) -> None:
    path = warcgen.write(tmp_path / "cc.warc.gz", _records())
    whole, whole_stats, error = _in_one_go(path, engine)
    assert error is None and len(whole) == 13
    pages, stats, resume_at = _in_shards(path, engine, step)
    assert resume_at is None
    assert pages == whole and stats == whole_stats


@pytest.mark.parametrize("engine", ENGINES)
def test_several_records_in_a_member_and_a_record_across_members(
    inflater: str, tmp_path: Path, engine: warc.Engine
) -> None:
    recs = _records()
    cut = len(recs[9]) // 2
    groups = [recs[0], recs[1] + recs[2] + recs[3], *recs[4:9], recs[9][:cut], recs[9][cut:] + recs[10], *recs[11:]]
    path = _members(tmp_path / "odd.warc.gz", groups)
    whole, whole_stats, _ = _in_one_go(path, engine)
    for step in [50, 300, 2000, 10**9]:
        pages, stats, resume_at = _in_shards(path, engine, step)
        assert resume_at is None and (pages, stats) == (whole, whole_stats)


def _nested(path: Path, inner: bytes) -> tuple[Path, list[int]]:
    """A resource record holding 40 KB of noise then a WARC record ``inner``, with a gzip member
    boundary just before ``inner``: a member that inflates to a record start inside a record.
    Returns the file and its member offsets."""
    outer = warcgen.record("resource", random.Random(0).randbytes(40_000) + inner, url="https://x.example/o.warc")
    head = outer.index(inner)
    recs = _records()
    groups = [*recs[:5], outer[:head], outer[head:], *recs[5:]]
    members = [gzip.compress(g) for g in groups]
    path.write_bytes(b"".join(members))
    return path, [sum(map(len, members[:i])) for i in range(len(members) + 1)]


def test_a_member_that_looks_like_a_record_start_inside_a_record(inflater: str, tmp_path: Path) -> None:
    """A shard whose first member is such a fake start does not join up with the shard before it
    (which read the whole outer record): the sequential reader must take over after the outer one."""
    path, offsets = _nested(tmp_path / "nested.warc.gz", warcgen.response("https://x.example/in", _small(99)))
    whole, whole_stats, _ = _in_one_go(path, "stdlib")
    pages, _, resume_at = _in_shards(path, "stdlib", offsets[6] - 1000)
    assert resume_at == offsets[7] and pages == whole[: len(pages)]
    for step in [200, 10**9]:
        assert _in_shards(path, "stdlib", step) == (whole, whole_stats, None)


def test_damaged_and_truncated_members_stop_the_shards_there(inflater: str, tmp_path: Path) -> None:
    recs = _records()
    members = [gzip.compress(r) for r in recs]
    bad = bytearray(members[20])
    bad[len(bad) // 2 : len(bad) // 2 + 8] = b"\x00" * 8
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(b"".join(members[:20]) + bytes(bad) + b"".join(members[21:]))
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(b"".join(members)[:-40])
    for path, where in [(damaged, sum(map(len, members[:20]))), (truncated, sum(map(len, members[:-1])))]:
        for step in [300, 10**9]:
            pages, _, resume_at = _in_shards(path, "stdlib", step)
            assert resume_at == where
            whole, _, _ = _in_one_go(path, "stdlib")
            assert pages == whole[: len(pages)]


def test_what_cannot_be_sharded(tmp_path: Path) -> None:
    recs = _records()
    assert warc.shardable(str(warcgen.write(tmp_path / "a.warc.gz", recs))) is not None
    assert warc.shardable(str(warcgen.write(tmp_path / "b.warc.gz", recs, compress="file"))) is None
    assert warc.shardable(str(warcgen.write(tmp_path / "c.warc", recs, compress="none"))) is None
    arc = warcgen.arc_file(tmp_path / "d.arc.gz", [(NEWSIS_URL, NEWSIS_HTML, "text/html")])
    assert warc.shardable(str(arc)) is None
    assert warc.shardable(str(tmp_path / "missing.warc.gz")) is None


# -- the command: -j 2 (shards) gives what -j 1 gives --------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit status, standard output, standard error without the timing of the report line."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, re.sub(r" in [0-9.]+ s, [0-9.]+/s", "", err)


def _real_archive(path: Path, members: str = "record") -> Path:
    recs = [warcgen.warcinfo()]
    for i in range(4):
        recs += warcgen.cc_news_fetch(NEWSIS_URL, NEWSIS_HTML, record_id=f"<urn:uuid:n{i}>")
        recs += warcgen.cc_news_fetch(ZDNET_URL, ZDNET_HTML, record_id=f"<urn:uuid:z{i}>")
        recs.append(warcgen.response(f"https://x.example/{i}", _small(i)))
        recs.append(warcgen.response(f"https://other.example.com/{i}", _small(i)))
    recs.append(warcgen.conversion(NEWSIS_URL, NEWSIS_TEXT))
    recs.append(
        warcgen.response(
            "https://zdnet.co.kr/search?kwd=x", (FIXTURES / "zdnet" / "search-baegyeonghun.html").read_bytes()
        )
    )
    return warcgen.write(path, recs, compress=members)


def _report(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    del data["seconds"], data["records_per_second"]
    return dict(data)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "text"])
def test_two_workers_reading_shards_write_what_one_process_writes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    monkeypatch.setattr(warc, "SHARD_BYTES", 5000)
    path = _real_archive(tmp_path / "cc.warc.gz")
    page = tmp_path / "page.html"
    page.write_bytes(NEWSIS_HTML)
    outs = {}
    for j in ("1", "2"):
        rep = tmp_path / f"r{j}.json"
        args = ["extract", str(path), str(page), str(path), "-j", j, "--format", fmt, "--report", str(rep), "-q"]
        code, out, err = _cli(capsys, *args, "--url", NEWSIS_URL)
        outs[j] = (code, out, err, _report(rep))
    assert outs["1"] == outs["2"]
    assert outs["1"][3]["records"] == 2 * 18 + 1 and outs["1"][3]["archives"]["records"] == 2 * 35


def test_shards_with_korean_only_and_dedupe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(warc, "SHARD_BYTES", 3000)
    path = _real_archive(tmp_path / "cc.warc.gz")
    outs = {}
    for j in ("1", "2"):
        rep = tmp_path / f"r{j}.json"
        outs[j] = (*_cli(capsys, "extract", str(path), "-j", j, "--korean-only", "--dedupe", "--report", str(rep)),)
        outs[j] += (_report(rep),)
    assert outs["1"] == outs["2"]
    rep = outs["1"][3]
    assert rep["archives"]["skipped"]["filtered"] == 8 and rep["duplicates_dropped"] == 7


def test_damaged_archive_in_shards_gives_the_records_and_error_of_one_go(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(warc, "SHARD_BYTES", 4000)
    good = _real_archive(tmp_path / "good.warc.gz").read_bytes()
    members = []
    pos = 0
    while pos < len(good):  # split into its members
        d = zlib.decompressobj(31)
        d.decompress(good[pos:])
        end = len(good) - len(d.unused_data)
        members.append(good[pos:end])
        pos = end
    bad = bytearray(members[25])
    bad[30:38] = b"\xff" * 8
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(b"".join(members[:25]) + bytes(bad) + b"".join(members[26:]))
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(good[:-100])
    resumed: list[int] = []
    resume = batch._Runner._resume

    def counting(self: Any, archive: Any) -> Any:
        resumed.append(archive.at)
        return resume(self, archive)

    monkeypatch.setattr(batch._Runner, "_resume", counting)
    for path in (damaged, truncated):
        outs = {}
        for j in ("1", "2"):
            rep = tmp_path / f"r{j}.json"
            outs[j] = (*_cli(capsys, "extract", str(path), str(truncated), "-j", j, "--report", str(rep)),)
            outs[j] += (_report(rep),)
        assert outs["1"] == outs["2"]
        code, _, _, report = outs["1"]
        assert code == 1 and report["errors_by_class"].get("ArchiveError") in (1, 2)
    assert len(resumed) == 4 and resumed[0] == sum(map(len, members[:25]))  # the one-go reader took over there


def test_the_parent_reads_no_page_of_a_sharded_archive(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = []
    real = warc.iter_pages

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0])
        return real(*args, **kwargs)

    path = _real_archive(tmp_path / "cc.warc.gz")
    one_member = _real_archive(tmp_path / "one.warc.gz", members="file")
    monkeypatch.setattr(warc, "iter_pages", counting)
    _, out, _ = _cli(capsys, "extract", str(path), "-j", "2", "-q")
    assert len(out.splitlines()) == 18 and calls == []
    _, out, _ = _cli(capsys, "extract", str(one_member), "-j", "2", "-q")
    assert len(out.splitlines()) == 18 and len(calls) == 1  # a single gzip stream: read here, in one go


def test_a_worker_that_dies_in_a_shard_costs_only_its_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(warc, "SHARD_BYTES", 1500)
    urls = [f"https://echo.example/{i}" for i in range(12)]
    urls[3] = "https://crash.example/3"
    urls[8] = "https://crash.example/8"
    recs = [warcgen.warcinfo()] + [
        warcgen.response(u, _small(i), record_id=f"<urn:uuid:{i}>") for i, u in enumerate(urls)
    ]
    path = warcgen.write(tmp_path / "crash.warc.gz", recs)
    stats = warc.WarcStats()
    got = list(batch.run_inputs([str(path)], workers=2, stats=stats, extractors=[EchoExtractor, CrashExtractor]))
    assert [r["warc_record_id"] for r in got] == [f"<urn:uuid:{i}>" for i in range(12)]
    assert [r["kind"] for r in got] == ["article"] * 3 + ["error"] + ["article"] * 4 + ["error"] + ["article"] * 3
    for i in (3, 8):
        assert got[i]["error_class"] == WorkerCrashed.__name__ and got[i]["url"] == urls[i]
    assert stats.to_dict() == {"records": 13, "pages": 12, "skipped": {"warcinfo": 1}}


def test_run_inputs_encodes_in_the_worker(tmp_path: Path) -> None:
    path = _real_archive(tmp_path / "cc.warc.gz")
    plain = list(batch.run_inputs([str(path)], workers=2))
    pairs = list(batch.run_inputs([str(path)], workers=2, fmt="jsonl"))
    assert [json.loads(text) for _, text in pairs] == plain
    assert [summary for summary, _ in pairs] == [batch.summary(r) for r in plain]


def test_a_shard_that_does_not_join_up_hands_over_to_the_one_go_reader(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    inner = warcgen.response(NEWSIS_URL, NEWSIS_HTML, record_id="<urn:uuid:inner>")
    path, offsets = _nested(tmp_path / "nested.warc.gz", inner)
    monkeypatch.setattr(warc, "SHARD_BYTES", offsets[6] - 1000)
    resumed: list[int] = []
    resume = batch._Runner._resume
    monkeypatch.setattr(batch._Runner, "_resume", lambda self, a: resumed.append(a.at) or resume(self, a))
    one = _cli(capsys, "extract", str(path), "-j", "1")
    two = _cli(capsys, "extract", str(path), "-j", "2")
    assert one == two and "<urn:uuid:inner>" not in one[1] and one[1].count('"kind": ') == 13
    assert resumed == [offsets[7]]


def test_parquet_from_shards(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(warc, "SHARD_BYTES", 5000)
    path = _real_archive(tmp_path / "cc.warc.gz")
    tables = []
    for j in ("1", "2"):
        out = tmp_path / f"o{j}.parquet"
        _cli(capsys, "extract", str(path), "-j", j, "--format", "parquet", "-o", str(out), "-q")
        tables.append(pq.read_table(out))
    assert tables[0].num_rows == 18 and tables[0].equals(tables[1])


def test_encoded_records_are_what_the_writers_wrote_before() -> None:
    """``output.encoder`` (run in the workers) gives the bytes the writers wrote from the record itself."""
    import csv
    import io

    from kornews import output

    recs = list(batch.run_inputs([str(FIXTURES / "newsis" / "layout-2025.html")], url=NEWSIS_URL))
    recs.append(batch.error_record(WorkerCrashed("died"), batch._archive_provenance("x.warc.gz"), "https://x.kr/1"))
    ref = io.StringIO()
    writer = csv.writer(ref)
    for rec in recs:
        row = dict(rec)
        row["published_date_only"] = output._date_only(rec.get("published"))
        row["modified_date_only"] = output._date_only(rec.get("modified"))
        writer.writerow([output._cell(row.get(c)) for c in output.COLUMNS])
    encode = output.encoder("csv")
    assert "".join(encode(r) for r in recs) == ref.getvalue()
    assert [output.encoder("jsonl")(r) for r in recs] == [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    assert output.encoder("text")(recs[0]) == output.format_text(recs[0]) + "\n"


@pytest.mark.parametrize("engine", ENGINES)
def test_shards_with_either_reader(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, engine: str
) -> None:
    monkeypatch.setattr(warc, "SHARD_BYTES", 6000)
    path = _real_archive(tmp_path / "cc.warc.gz")
    one = _cli(capsys, "extract", str(path), "-j", "1", "--warc-engine", engine)
    two = _cli(capsys, "extract", str(path), "-j", "2", "--warc-engine", engine)
    assert one == two and one[1].count("\n") == 18

"""The ``kornews`` command for batches: inputs, formats, records, exit codes, report, workers, budget."""

from __future__ import annotations

import csv
import io
import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from kornews import batch, cli, registry
from kornews.errors import TimeBudgetExceeded, WorkerCrashed

from . import warcgen
from .corpus_plugins import CrashExtractor, EchoExtractor, SlowExtractor
from .fixtures import FIXTURES
from .test_ids import NEWSIS_URL, naver_copy_of_newsis

NEWSIS = FIXTURES / "newsis" / "layout-2025.html"
ZDNET_SEARCH = FIXTURES / "zdnet" / "search-baegyeonghun.html"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """a/newsis.html, a/b/zdnet.html, a/b/notes.md, a/.hidden/x.html, a/seed.txt"""
    root = tmp_path / "a"
    (root / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    shutil.copy(NEWSIS, root / "newsis.html")
    shutil.copy(FIXTURES / "zdnet" / "article-20250627115300.html", root / "b" / "zdnet.html")
    shutil.copy(FIXTURES / "newsis" / "seed-004.txt", root / "seed.txt")
    (root / "b" / "notes.md").write_text("# notes\n")
    shutil.copy(NEWSIS, root / ".hidden" / "x.html")
    return root


def test_directory_is_walked_recursively(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    code, out, err = run(capsys, "extract", str(tree))
    recs = lines(out)
    assert code == 0
    assert [(Path(r["source"]).relative_to(tree).as_posix(), r["kind"], r["extractor"], r["layout"]) for r in recs] == [
        ("b/zdnet.html", "article", "zdnet", "view"),
        ("newsis.html", "article", "newsis", "2025"),
        ("seed.txt", "article", "newsis", "text"),
    ]
    assert "\r" not in err  # no progress line: stderr is not a terminal
    assert "3 records (3 articles, 0 listings, 0 errors)" in err


def test_glob_and_files_from(capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "extract", str(tree), "--glob", "*.html", "-q")
    assert [Path(r["source"]).name for r in lines(out)] == ["zdnet.html", "newsis.html"]
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tree / 'newsis.html'}\n\n{tree / 'b' / 'zdnet.html'}\n")
    code, out, _ = run(capsys, "extract", "--files-from", str(listing), "-q")
    assert code == 0 and [Path(r["source"]).name for r in lines(out)] == ["newsis.html", "zdnet.html"]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWSIS.read_bytes())))
    code, out, _ = run(capsys, "extract", "-", "--url", NEWSIS_URL)
    (rec,) = lines(out)
    assert (code, rec["source"], rec["kind"], rec["article_id"]) == (0, "-", "article", "NISX20250722_0003261234")


def test_warc_on_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = warcgen.write(tmp_path / "s.warc.gz", warcgen.cc_news_fetch(NEWSIS_URL, NEWSIS.read_bytes())).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "extract", "-", "-q")
    (rec,) = lines(out)
    assert (code, rec["source"], rec["warc_target_uri"], rec["extractor"]) == (0, "-", NEWSIS_URL, "newsis")


def test_single_failing_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"<html><body></body></html>")
    code, out, err = run(capsys, "extract", str(bad))
    (rec,) = lines(out)
    assert code == 1
    assert rec["kind"] == "error" and rec["source"] == str(bad)
    assert rec["error_classes"][-1] == "KornewsError" and rec["error_class"] == rec["error_classes"][0]
    assert f"{bad}: {rec['error_class']}:" in err
    code, _, _ = run(capsys, "extract", str(tmp_path / "missing.html"))
    assert code == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(capsys, "extract", str(empty))[0] == 2
    assert run(capsys, "extract", str(NEWSIS), "--format", "parquet")[0] == 2  # no -o
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract", "--format", "yaml", str(NEWSIS)])
    assert exc.value.code == 2


def test_listing_records_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(ZDNET_SEARCH), str(NEWSIS), "-q")
    listing, article = lines(out)
    assert code == 0
    assert (listing["kind"], listing["extractor"], listing["query"]) == ("listing", "zdnet", "배경훈")
    assert len(listing["items"]) > 5 and article["kind"] == "article"


def test_json_is_one_valid_document(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    code, out, _ = run(capsys, "extract", str(tree), "--format", "json", "-q")
    doc = json.loads(out)
    assert code == 0
    assert doc["schema"] == "kornews-record/1" and len(doc["records"]) == 3
    assert {r["kind"] for r in doc["records"]} == {"article"}


def test_csv_has_the_documented_columns(capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "out.csv"
    assert run(capsys, "extract", str(tree), "--format", "csv", "-o", str(out_path), "-q")[0] == 0
    rows = list(csv.DictReader(out_path.open(encoding="utf-8", newline="")))
    from kornews.output import COLUMNS

    assert len(rows) == 3 and list(rows[0]) == list(COLUMNS)
    newsis = next(r for r in rows if r["extractor"] == "newsis" and r["layout"] == "2025")
    assert json.loads(newsis["reporters"])[0]["name"] == "이현주"
    assert newsis["published"] == "2025-07-22T14:00:25+09:00" and newsis["portal"] == ""


def test_parquet_schema(capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out_path = tmp_path / "out.parquet"
    assert (
        run(capsys, "extract", str(tree), str(ZDNET_SEARCH), "--format", "parquet", "-o", str(out_path), "-q")[0] == 0
    )
    table = pq.read_table(out_path)
    assert table.schema.metadata[b"kornews.schema"] == b"kornews-record/1"
    assert str(table.schema.field("published").type) == "timestamp[us, tz=Asia/Seoul]"
    reporters = table.schema.field("reporters").type
    assert [(f.name, str(f.type)) for f in reporters.value_type] == [
        ("name", "string"),
        ("role", "string"),
        ("email", "string"),
    ]
    rows = table.to_pylist()
    newsis = next(r for r in rows if r["layout"] == "2025")
    assert newsis["published"].isoformat() == "2025-07-22T14:00:25+09:00"
    assert newsis["reporters"][0] == {"name": "이현주", "role": "기자", "email": "lovelypsyche@newsis.com"}
    assert [r["kind"] for r in rows].count("listing") == 1


def test_warc_records_carry_provenance_and_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = warcgen.write(
        tmp_path / "CC-NEWS-1.warc.gz",
        [
            warcgen.warcinfo(),
            *warcgen.cc_news_fetch(NEWSIS_URL, NEWSIS.read_bytes(), record_id="<urn:uuid:1>"),
            warcgen.response("https://x.example/empty", b"<html><body><p>x</p></body></html>"),
            warcgen.response("https://x.example/a.png", b"\x89PNG", content_type="image/png"),
        ],
    )
    report = tmp_path / "report.json"
    code, out, err = run(capsys, "extract", str(path), "--report", str(report))
    good, bad = lines(out)
    assert code == 1
    assert (good["warc_record_id"], good["warc_date"], good["warc_target_uri"], good["source"]) == (
        "<urn:uuid:1>",
        warcgen.DATE,
        NEWSIS_URL,
        str(path),
    )
    assert bad["kind"] == "error" and bad["warc_target_uri"] == "https://x.example/empty"
    rep = json.loads(report.read_text())
    assert rep["schema"] == "kornews-report/1"
    assert (rep["records"], rep["articles"], rep["errors"]) == (2, 1, 1)
    assert rep["by_extractor_layout"] == [{"extractor": "newsis", "layout": "2025", "articles": 1}]
    assert rep["errors_by_class"] == {bad["error_class"]: 1}
    assert rep["archives"] == {
        "records": 6,
        "pages": 2,
        "skipped": {"metadata": 1, "not-html": 1, "request": 1, "warcinfo": 1},
    }
    assert "archives: 6 records, 2 pages" in err


def test_damaged_archive_is_an_error_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(warcgen.response(NEWSIS_URL, NEWSIS.read_bytes())[:-300])
    code, out, _ = run(capsys, "extract", str(path), "-q")
    (rec,) = lines(out)
    assert (code, rec["kind"], rec["error_class"]) == (1, "error", "ArchiveError")


def test_dedupe_keeps_one_record_per_story(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import kornews

    outlet = kornews.extract(NEWSIS.read_bytes(), url=NEWSIS_URL)
    path = warcgen.write(
        tmp_path / "mix.warc.gz",
        [
            warcgen.response(NEWSIS_URL, NEWSIS.read_bytes()),
            warcgen.response(
                "https://v.daum.net/v/20250722140025123", (FIXTURES / "daum" / "copy-newsis.html").read_bytes()
            ),
            warcgen.response("https://n.news.naver.com/mnews/article/003/0013345678", naver_copy_of_newsis(outlet)),
            warcgen.response(
                "https://zdnet.co.kr/view/?no=20250627115300",
                (FIXTURES / "zdnet" / "article-20250627115300.html").read_bytes(),
            ),
        ],
    )
    code, out, _ = run(capsys, "extract", str(path), "-q")
    assert len(lines(out)) == 4
    report = tmp_path / "r.json"
    code, out, _ = run(capsys, "extract", str(path), "--dedupe", "-q", "--report", str(report))
    assert code == 0
    assert [(r["extractor"], r["portal_id"]) for r in lines(out)] == [("newsis", None), ("zdnet", None)]
    assert json.loads(report.read_text())["duplicates_dropped"] == 2


def test_verbose_logs_why_an_extractor_was_chosen(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    unknown = tmp_path / "other.html"
    unknown.write_text(
        "<html><head><title>제목입니다</title></head><body><h1>제목입니다</h1><article>"
        + "<p>"
        + "가나다라마바사 아자차카타파하 문장입니다. " * 8
        + "</p>" * 1
        + "</article></body></html>",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "extract", str(NEWSIS), "--url", NEWSIS_URL, "-v")
    assert code == 0
    assert "kornews: extractor newsis: its article URL pattern claims " + NEWSIS_URL in err
    _, _, err = run(capsys, "extract", str(unknown), "-v")
    assert "kornews: extractor generic: fallback" in err
    assert logging.getLogger("kornews").handlers == []  # the command removes its handler again


def test_progress_line_on_a_terminal(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(cli.Progress, "update", _eager_update)
    code, out, err = run(capsys, "extract", str(tree))
    assert code == 0 and "\r" not in out
    assert "pages" in err and "/s" in err and "ETA" in err
    code, out, err = run(capsys, "extract", str(tree), "-q")
    assert err == ""


def _eager_update(self: cli.Progress, records: int) -> None:
    self.last = 0.0  # draw every time (the real one draws at most 5 times a second)
    cli_update(self, records)


cli_update = cli.Progress.update


def _jobs(*urls: str) -> list[batch.Job]:
    return [batch.Job(source=f"page{i}", data=b"<html><body><p>x</p></body></html>", url=u) for i, u in enumerate(urls)]


def test_workers_get_extractors_passed_explicitly() -> None:
    """The class is not registered in this process: only explicit passing can make the workers use it."""
    assert EchoExtractor not in registry.registered()
    recs = list(
        batch.run(_jobs("https://echo.example/1", "https://echo.example/22"), workers=2, extractors=[EchoExtractor])
    )
    assert [(r["kind"], r["extractor"], r["article_id"]) for r in recs] == [
        ("article", "echotest", "1"),
        ("article", "echotest", "22"),
    ]


def test_run_time_registered_extractor_reaches_workers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(b"<html><body><p>x</p></body></html>")
    try:
        code, out, _ = run(
            capsys,
            "extract",
            str(page),
            str(page),
            "-j",
            "2",
            "--url",
            "https://echo.example/7",
            "--extractor",
            "tests.corpus_plugins:EchoExtractor",
            "-q",
        )
    finally:
        registry.unregister(EchoExtractor)
    assert code == 0 and [r["extractor"] for r in lines(out)] == ["echotest", "echotest"]


@pytest.mark.parametrize("workers", [1, 2])
def test_time_budget_per_page(workers: int) -> None:
    registry.register(SlowExtractor)
    registry.register(EchoExtractor)
    try:
        recs = list(batch.run(_jobs("https://slow.example/1", "https://echo.example/2"), workers=workers, timeout=0.3))
    finally:
        registry.unregister(SlowExtractor)
        registry.unregister(EchoExtractor)
    assert [r["kind"] for r in recs] == ["error", "article"]
    assert recs[0]["error_class"] == TimeBudgetExceeded.__name__ and recs[0]["source"] == "page0"


def test_a_worker_that_dies_costs_only_its_page() -> None:
    """A worker killed outright (BrokenProcessPool) gives its page a WorkerCrashed record; the pool is
    restarted and every other page, before and after it, in its chunk and in the chunks in flight, is read."""
    urls = [f"https://echo.example/{i}" for i in range(9)]
    urls[4] = "https://crash.example/4"
    urls[7] = "https://crash.example/7"
    recs = list(batch.run(_jobs(*urls), workers=2, chunk_size=2, extractors=[EchoExtractor, CrashExtractor]))
    assert [r["source"] for r in recs] == [f"page{i}" for i in range(9)]  # one record per page, in order
    assert [r["kind"] for r in recs] == ["article"] * 4 + ["error"] + ["article"] * 2 + ["error", "article"]
    for i in (4, 7):
        assert recs[i]["error_class"] == WorkerCrashed.__name__
        assert recs[i]["url"] == urls[i] and "KornewsError" in recs[i]["error_classes"]
    assert [r["article_id"] for r in recs if r["kind"] == "article"] == ["0", "1", "2", "3", "5", "6", "8"]


def test_report_counts() -> None:
    rep = batch.Report()
    for rec in (
        {"kind": "article", "extractor": "generic", "layout": "html"},
        {"kind": "article", "extractor": "newsis", "layout": "2025"},
        {"kind": "article", "extractor": "newsis", "layout": "2025"},
        {"kind": "error", "error_class": "MissingField"},
        {"kind": "listing"},
    ):
        rep.add(rec)
    d = rep.to_dict()
    assert (d["records"], d["articles"], d["listings"], d["errors"], d["fallback_share"]) == (5, 3, 1, 1, 0.3333)
    assert d["by_extractor_layout"][0] == {"extractor": "newsis", "layout": "2025", "articles": 2}
    assert d["errors_by_class"] == {"MissingField": 1}


def test_output_schema_doc_lists_every_column() -> None:
    from kornews.output import COLUMNS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "output-schema.md").read_text(encoding="utf-8")
    documented = [line.split("|")[1].strip().strip("`") for line in doc.splitlines() if line.startswith("| `")]
    assert [c for c in documented if c in COLUMNS] == list(COLUMNS)


def test_korean_only_skips_other_hosts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = warcgen.write(
        tmp_path / "cc.warc.gz",
        [
            warcgen.response(NEWSIS_URL, NEWSIS.read_bytes()),
            warcgen.response("https://www.bbc.co.uk/news/world-1", b"<html><body><p>English news</p></body></html>"),
            warcgen.response("https://www.hani.co.kr/arti/1.html", b"<html><body></body></html>"),
        ],
    )
    report = tmp_path / "r.json"
    code, out, _ = run(capsys, "extract", str(path), "--korean-only", "-q", "--report", str(report))
    assert [r["warc_target_uri"] for r in lines(out)] == [NEWSIS_URL, "https://www.hani.co.kr/arti/1.html"]
    assert code == 1  # the empty hani page is an error record
    assert json.loads(report.read_text())["archives"]["skipped"] == {"filtered": 1}
    assert batch.korean_news_url("https://n.news.naver.com/article/001/0000000001")
    assert not batch.korean_news_url(None) and not batch.korean_news_url("https://www.bbc.co.uk/")

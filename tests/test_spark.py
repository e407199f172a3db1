"""kornews.spark in Spark local mode: one session for the module (local[2]), few and small jobs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")

import os
import shutil
import sys

import kornews
from kornews import output
from kornews import spark as ks

from . import warcgen
from .fixtures import FIXTURES
from .test_ids import NEWSIS_URL

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None, reason="Spark needs Java (CI installs openjdk-17-jre-headless)"
)

ZDNET_URL = "https://zdnet.co.kr/view/?no=20250627115300"
PAGES = [
    (NEWSIS_URL, (FIXTURES / "newsis" / "layout-2025.html").read_bytes()),
    (ZDNET_URL, (FIXTURES / "zdnet" / "article-20250627115300.html").read_bytes()),
    ("https://x.example.kr/empty", b"<html><body></body></html>"),
]


@pytest.fixture(scope="module")
def session() -> Any:
    from pyspark.sql import SparkSession

    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the Python workers run this interpreter (this kornews)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("kornews-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield s
    s.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


def test_schema_types() -> None:
    from pyspark.sql import types as t

    schema = ks.record_schema()
    assert schema.fieldNames() == list(output.COLUMNS)
    f = {x.name: x.dataType for x in schema.fields}
    assert f["published"] == t.TimestampType() and f["warc_date"] == t.TimestampType()
    assert f["reporters"] == t.ArrayType(
        t.StructType([t.StructField(n, t.StringType()) for n in ("name", "role", "email")])
    )
    assert isinstance(f["images"], t.ArrayType) and isinstance(f["images"].elementType, t.StructType)
    assert f["body"] == t.ArrayType(t.StringType())


def test_extract_dataframe(session: Any) -> None:
    df = session.createDataFrame(PAGES, "url string, html binary").repartition(2)
    rows = {r["url"] or r["source"]: r for r in ks.extract_dataframe(df).collect()}
    assert len(rows) == 3
    expected = kornews.extract(PAGES[0][1], url=NEWSIS_URL)
    newsis = rows[NEWSIS_URL]
    assert (newsis["kind"], newsis["extractor"], newsis["title"], newsis["article_id"]) == (
        "article",
        "newsis",
        expected.title,
        "NISX20250722_0003261234",
    )
    assert newsis["published"].timestamp() == expected.published.timestamp()  # type: ignore[union-attr]
    assert [r.asDict() for r in newsis["reporters"]] == [x.to_dict() for x in expected.reporters]
    assert list(newsis["body"]) == list(expected.body)
    assert rows[ZDNET_URL]["extractor"] == "zdnet"
    bad = rows["https://x.example.kr/empty"]
    assert bad["kind"] == "error" and bad["error_classes"][-1] == "KornewsError"


def test_warc_job_writes_parquet(session: Any, tmp_path: Path) -> None:
    a = warcgen.write(
        tmp_path / "a.warc.gz",
        [warcgen.warcinfo(), *warcgen.cc_news_fetch(NEWSIS_URL, PAGES[0][1], record_id="<urn:uuid:a>")],
    )
    b = warcgen.write(
        tmp_path / "b.warc.gz", [*warcgen.cc_news_fetch(ZDNET_URL, PAGES[1][1]), warcgen.response(*PAGES[2])]
    )
    out = tmp_path / "out.parquet"
    ks.warc_job(session, [str(a), str(b), str(tmp_path / "missing.warc.gz")], str(out), keep=ks.korean_news_url)
    rows = sorted(session.read.parquet(str(out)).collect(), key=lambda r: (r["source"], r["warc_target_uri"] or ""))
    assert [(Path(r["source"]).name, r["kind"], r["extractor"]) for r in rows] == [
        ("a.warc.gz", "article", "newsis"),
        ("b.warc.gz", "error", None),
        ("b.warc.gz", "article", "zdnet"),
        ("missing.warc.gz", "error", None),
    ]
    assert rows[0]["warc_record_id"] == "<urn:uuid:a>"
    assert rows[0]["warc_date"].timestamp() == 1753160431.0  # 2025-07-22T05:00:31Z
    assert rows[3]["error_class"] == "FileNotFoundError"


def test_korean_news_url() -> None:
    assert ks.korean_news_url(NEWSIS_URL) and ks.korean_news_url("https://n.news.naver.com/article/001/0000000001")
    assert ks.korean_news_url("https://www.hani.co.kr/arti/1.html")
    assert not ks.korean_news_url("https://www.bbc.co.uk/news/1") and not ks.korean_news_url(None)

"""Spark: the record schema as Spark types, extraction over a DataFrame, and a WARC -> Parquet job.

Needs the optional extra ``pip install 'kornews[spark]'`` (pyspark, FastWARC) and Java 17+.

::

    from kornews import spark as ks
    articles = ks.extract_dataframe(pages_df, url_col="url", html_col="html")   # (url, html bytes) rows
    ks.warc_job(session, ["s3a://…/CC-NEWS-….warc.gz", …], "out/articles.parquet")  # or local paths

    $ spark-submit --master local[2] -m kornews.spark out/ CC-NEWS-*.warc.gz          # the same job
    $ python -m kornews.spark out/ CC-NEWS-*.warc.gz

Every output row is one record of the batch schema (``docs/output-schema.md``, ``kornews-record/1``):
``kind`` (article / listing / error), provenance (``source``, ``warc_record_id``, ``warc_date``,
``warc_target_uri``), the Article fields, ``dedupe_keys``, listing and error fields.  Types
(:func:`record_schema`): ``published``/``modified``/``warc_date`` are ``TimestampType`` (instants;
a date-only value is midnight Asia/Seoul and ``published_date_only`` is true), reporters, images and
listing items arrays of structs, text lists arrays of strings.

Workers import kornews (install it on every node, or ship it with ``--py-files``); the per-page time
budget (``timeout``) works as in :mod:`kornews.batch` (SIGALRM in the Python worker).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import IO, Any

from . import batch, warc
from .errors import MissingDependency
from .output import COLUMNS, arrow_row

_log = logging.getLogger(__name__)


def _pyspark() -> Any:
    try:
        import pyspark.sql.types as types
    except ImportError as exc:
        raise MissingDependency("kornews.spark needs the optional extra: pip install 'kornews[spark]'") from exc
    return types


def record_schema() -> Any:
    """The ``pyspark.sql.types.StructType`` of one output record (every :data:`kornews.output.COLUMNS` entry)."""
    t = _pyspark()
    string = t.StringType()
    strings = t.ArrayType(string)
    reporter = t.StructType([t.StructField(n, string) for n in ("name", "role", "email")])
    image = t.StructType([t.StructField(n, string) for n in ("url", "caption", "credit")])
    item = t.StructType(
        [
            t.StructField("title", string),
            t.StructField("url", string),
            t.StructField("excerpt", string),
            t.StructField("published", t.TimestampType()),
            t.StructField("published_raw", string),
            t.StructField("reporters", t.ArrayType(reporter)),
        ]
    )
    types: dict[str, Any] = {
        "subtitles": strings,
        "body": strings,
        "tags": strings,
        "dedupe_keys": strings,
        "error_classes": strings,
        "reporters": t.ArrayType(reporter),
        "images": t.ArrayType(image),
        "items": t.ArrayType(item),
        "published": t.TimestampType(),
        "modified": t.TimestampType(),
        "warc_date": t.TimestampType(),
        "published_date_only": t.BooleanType(),
        "modified_date_only": t.BooleanType(),
        "total": t.LongType(),
        "decode_errors": t.IntegerType(),
    }
    return t.StructType([t.StructField(name, types.get(name, string), nullable=True) for name in COLUMNS])


article_schema = record_schema
"""Alias: the Article's Spark schema is the record schema (articles are ``kind == "article"`` rows)."""


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def to_row(record: dict[str, Any]) -> tuple[Any, ...]:
    """A batch record as a tuple in :func:`record_schema` order (dates as datetimes)."""
    row = arrow_row(record)
    row["warc_date"] = _warc_date(record.get("warc_date"))
    return tuple(row[c] for c in COLUMNS)


def _extract_partition(
    rows: Iterable[Any], url_col: str, html_col: str, ct_col: str | None, source_col: str | None, timeout: float | None
) -> Iterator[tuple[Any, ...]]:
    for i, row in enumerate(rows):
        html = row[html_col]
        data = bytes(html) if isinstance(html, (bytes, bytearray, memoryview)) else str(html or "").encode("utf-8")
        url = row[url_col]
        job = batch.Job(
            source=str(row[source_col]) if source_col else (url or f"row-{i}"),
            data=data,
            url=url,
            content_type=row[ct_col] if ct_col else None,
        )
        yield to_row(batch.process(job, timeout=timeout))


def extract_dataframe(
    df: Any,
    *,
    url_col: str = "url",
    html_col: str = "html",
    content_type_col: str | None = None,
    source_col: str | None = None,
    timeout: float | None = 60.0,
) -> Any:
    """A DataFrame of records (:func:`record_schema`) from a DataFrame of pages: ``url_col`` (string,
    may be null), ``html_col`` (binary: the page as served; a string column is read as UTF-8 text),
    optionally the HTTP ``Content-Type`` (``content_type_col``) and a provenance column
    (``source_col``; default: the URL).  One output row per input row, in partition order."""
    cols = [c for c in (url_col, html_col, content_type_col, source_col) if c]
    rdd = df.select(*cols).rdd.mapPartitions(
        lambda rows: _extract_partition(rows, url_col, html_col, content_type_col, source_col, timeout)
    )
    # rows come from to_row() in schema order and types: Spark's per-row Python check is skipped
    return df.sparkSession.createDataFrame(rdd, record_schema(), verifySchema=False)


def _open(path: str) -> IO[bytes]:
    """A local path, ``file://``, ``http(s)://`` (streamed), or any fsspec URL (``s3://`` …) if fsspec is installed."""
    if path.startswith(("http://", "https://")):
        import urllib.request

        return urllib.request.urlopen(path, timeout=120)  # type: ignore[no-any-return]
    if "://" in path and not path.startswith("file://"):
        try:
            fsspec = importlib.import_module("fsspec")
        except ImportError as exc:
            raise MissingDependency(f"reading {path} needs fsspec (and its filesystem package, e.g. s3fs)") from exc
        return fsspec.open(path, "rb").open()  # type: ignore[no-any-return]
    return open(path.removeprefix("file://"), "rb")


korean_news_url = batch.korean_news_url
"""The URL filter for multilingual crawls (:func:`kornews.batch.korean_news_url`)."""


def _warc_partition(
    paths: Iterable[str], timeout: float | None, keep: Callable[[str | None], bool] | None
) -> Iterator[tuple[Any, ...]]:
    engine: warc.Engine = "auto"
    for path in paths:
        try:
            fh = _open(path)
        except (OSError, MissingDependency) as exc:
            yield to_row(batch.error_record(exc, {"source": path, **dict.fromkeys(batch.PROVENANCE[1:])}))
            continue
        with fh:
            errors: list[dict[str, Any]] = []
            for job in batch.archive_jobs(fh, path, warc.WarcStats(), engine, errors):
                if keep is None or keep(job.url):
                    yield to_row(batch.process(job, timeout=timeout))
            for rec in errors:
                yield to_row(rec)


def warc_job(
    session: Any,
    paths: Sequence[str],
    output: str,
    *,
    partitions: int | None = None,
    timeout: float | None = 60.0,
    mode: str = "overwrite",
    keep: Callable[[str | None], bool] | None = None,
) -> Any:
    """Read the WARC/ARC/WET files ``paths`` on the cluster (one task per file unless ``partitions``
    says otherwise; FastWARC on the workers), extract every page and write the records to Parquet at
    ``output``.  ``keep``: a test of the page URL (e.g. :func:`korean_news_url`); pages it rejects are
    not extracted (nor written).  Returns the DataFrame that was written (lazy: reading it again
    re-runs the job)."""
    if not paths:
        raise ValueError("warc_job needs at least one WARC path")
    n = partitions or len(paths)
    rdd = session.sparkContext.parallelize(list(paths), n).mapPartitions(lambda ps: _warc_partition(ps, timeout, keep))
    df = session.createDataFrame(rdd, record_schema(), verifySchema=False)  # rows built by to_row()
    df.write.mode(mode).parquet(output)
    return df


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kornews.spark OUTPUT WARC...`` (also under ``spark-submit``): the WARC job."""
    parser = argparse.ArgumentParser(
        prog="kornews.spark", description="WARC files -> kornews records (Parquet) on Spark"
    )
    parser.add_argument("output", help="Parquet output directory")
    parser.add_argument("paths", nargs="+", help="WARC/ARC/WET files (local, http(s)://, or fsspec URLs)")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--all-hosts", action="store_true", help="extract every page (default: Korean news hosts only)")
    args = parser.parse_args(argv)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("kornews.spark needs the optional extra: pip install 'kornews[spark]'", file=sys.stderr)
        return 2
    builder = SparkSession.builder.appName("kornews-warc")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers run this interpreter
    session = builder.getOrCreate()
    try:
        keep = None if args.all_hosts else korean_news_url
        warc_job(session, args.paths, args.output, partitions=args.partitions, timeout=args.timeout, keep=keep)
        counts = {r["kind"]: r["count"] for r in session.read.parquet(args.output).groupBy("kind").count().collect()}
        print(f"kornews.spark: wrote {sum(counts.values())} records to {args.output}: {counts}", file=sys.stderr)
    finally:
        session.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


__all__ = ["article_schema", "extract_dataframe", "korean_news_url", "main", "record_schema", "to_row", "warc_job"]

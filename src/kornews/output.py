"""Output formats of batch records (``docs/output-schema.md``, schema ``kornews-record/1``).

* ``jsonl``: one record (a JSON object) per line, UTF-8.
* ``json``: one valid document ``{"schema": "kornews-record/1", "records": [ … ]}``.
* ``csv``: a header row of :data:`COLUMNS`, then one row per record; lists and nested records as
  JSON text, None as an empty cell.
* ``parquet``: the Arrow schema :func:`arrow_schema` (``pip install 'kornews[parquet]'``): dates as
  timestamps (Asia/Seoul; a date-only value is midnight, flagged by ``published_date_only``),
  reporters, images and listing items as lists of structs; the schema name in the file's metadata
  under ``kornews.schema``.
* ``text``: a readable summary per record (not a data format).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import IO, Any

import attrs

from .article import Article
from .batch import SCHEMA_VERSION
from .errors import MissingDependency
from .korean import KST

SCHEMA = f"kornews-record/{SCHEMA_VERSION}"
"""The name of the record schema in output files."""

PROVENANCE_COLUMNS = ("kind", "source", "warc_record_id", "warc_date", "warc_target_uri")
ARTICLE_COLUMNS = tuple(f.name for f in attrs.fields(Article))
EXTRA_COLUMNS = (
    "dedupe_keys",
    "published_date_only",
    "modified_date_only",
    "query",
    "total",
    "items",
    "error_class",
    "error_classes",
    "error",
)
COLUMNS = PROVENANCE_COLUMNS + ARTICLE_COLUMNS + EXTRA_COLUMNS
"""Every column of the tabular formats (csv, parquet), in order."""


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _date_only(value: Any) -> bool | None:
    if value is None:
        return None
    return isinstance(value, str) and "T" not in value


def _jsonl(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _text(record: dict[str, Any]) -> str:
    return format_text(record) + "\n"


class _CsvRow:
    """One record -> its CSV row (the text ``csv.writer`` writes for it, line end included)."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer)

    def __call__(self, record: dict[str, Any]) -> str:
        row = dict(record)
        row["published_date_only"] = _date_only(record.get("published"))
        row["modified_date_only"] = _date_only(record.get("modified"))
        self.writer.writerow([_cell(row.get(c)) for c in COLUMNS])
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text


def encoder(fmt: str) -> Callable[[dict[str, Any]], Any]:
    """The function turning one record into what the writer of ``fmt`` takes in ``write_encoded``:
    ``jsonl`` its JSON line (newline included), ``json`` its JSON object, ``csv`` its row (CRLF
    included), ``text`` its summary, ``parquet`` its :func:`arrow_row` (a dict).  Batch workers call it,
    so that the parent process only writes."""
    if fmt == "jsonl":
        return _jsonl
    if fmt == "json":
        return _json
    if fmt == "csv":
        return _CsvRow()
    if fmt == "parquet":
        return arrow_row
    return _text


class Writer:
    """Writes records to ``out`` in one format; ``close()`` finishes the document."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.encode = encoder(fmt)
        self.count = 0
        if fmt == "json":
            out.write(json.dumps({"schema": SCHEMA})[:-1] + ', "records": [')
        elif fmt == "csv":
            csv.writer(out).writerow(COLUMNS)

    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""
        self.write_encoded(self.encode(record))

    def write_encoded(self, text: str) -> None:
        """Write one record already turned into text by :func:`encoder` (in a worker process)."""
        if self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + text)
        else:
            self.out.write(text)
        self.count += 1

    def close(self) -> None:
        """Finish the document (``json``: close the list and the object)."""
        if self.fmt == "json":
            self.out.write("\n]}\n")
        self.out.flush()


def format_text(rec: dict[str, Any]) -> str:
    """A readable summary of one record."""
    where = rec.get("warc_target_uri") or rec.get("source")
    if rec.get("kind") == "error":
        return f"== {where} — error {rec['error_class']}: {rec['error']}\n"
    if rec.get("kind") == "listing":
        lines = [f"== {where} — listing ({len(rec['items'])} items, query={rec.get('query')!r})"]
        for i, item in enumerate(rec["items"], 1):
            who = ", ".join(r["name"] for r in item["reporters"])
            lines.append(f"{i:3}. {item['title']}  [{item['published'] or '-'}] {who}")
        return "\n".join(lines) + "\n"
    who = ", ".join(
        r["name"] + (f" {r['role']}" if r["role"] else "") + (f" <{r['email']}>" if r["email"] else "")
        for r in rec["reporters"]
    )
    head = [
        f"== {where}",
        f"title:     {rec['title']}",
        f"outlet:    {rec['outlet'] or rec['publisher']}" + (f" via {rec['portal']}" if rec["portal"] else ""),
        f"published: {rec['published']}" + (f"   modified: {rec['modified']}" if rec["modified"] else ""),
        f"byline:    {who}" + (f"   dateline: {rec['dateline']}" if rec["dateline"] else ""),
    ]
    head += [f"deck:      {line}" for line in rec["subtitles"]]
    head.append(f"images:    {len(rec['images'])}   paragraphs: {len(rec['body'])}")
    return "\n".join(head) + "\n\n" + "\n\n".join(rec["body"]) + "\n"


# -- Arrow / Parquet ---------------------------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise MissingDependency("the parquet format needs the optional extra: pip install 'kornews[parquet]'") from exc
    return pyarrow


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of the records (every :data:`COLUMNS` entry, typed)."""
    pa = _pyarrow()
    ts = pa.timestamp("us", tz="Asia/Seoul")
    strings = pa.list_(pa.string())
    reporter = pa.struct([("name", pa.string()), ("role", pa.string()), ("email", pa.string())])
    image = pa.struct([("url", pa.string()), ("caption", pa.string()), ("credit", pa.string())])
    item = pa.struct(
        [
            ("title", pa.string()),
            ("url", pa.string()),
            ("excerpt", pa.string()),
            ("published", ts),
            ("published_raw", pa.string()),
            ("reporters", pa.list_(reporter)),
        ]
    )
    types: dict[str, Any] = {
        "subtitles": strings,
        "body": strings,
        "tags": strings,
        "dedupe_keys": strings,
        "error_classes": strings,
        "reporters": pa.list_(reporter),
        "images": pa.list_(image),
        "items": pa.list_(item),
        "published": ts,
        "modified": ts,
        "published_date_only": pa.bool_(),
        "modified_date_only": pa.bool_(),
        "total": pa.int64(),
        "decode_errors": pa.int32(),
    }
    fields = [pa.field(name, types.get(name, pa.string())) for name in COLUMNS]
    return pa.schema(fields, metadata={"kornews.schema": SCHEMA})


def to_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime string -> an aware datetime (a date is midnight in Asia/Seoul)."""
    if not value:
        return None
    if "T" not in value:
        d = date.fromisoformat(value)
        return datetime(d.year, d.month, d.day, tzinfo=KST)
    return datetime.fromisoformat(value)


def arrow_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record with its dates as datetimes, ready for :func:`arrow_schema`."""
    row = {c: record.get(c) for c in COLUMNS}
    for key in ("published", "modified"):
        row[f"{key}_date_only"] = _date_only(record.get(key))
        row[key] = to_timestamp(record.get(key))
    if row["items"]:
        row["items"] = [{**i, "published": to_timestamp(i.get("published"))} for i in row["items"]]
    return row


class ParquetWriter:
    """Writes records to a Parquet file in row groups of ``batch`` records."""

    def __init__(self, path: str, batch: int = 2000) -> None:
        pa = _pyarrow()
        self.pa = pa
        self.schema = arrow_schema()
        self.writer = pa.parquet.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.encode = arrow_row
        self.batch = batch
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Buffer one record (written with the next row group)."""
        self.write_encoded(arrow_row(record))

    def write_encoded(self, row: dict[str, Any]) -> None:
        """Buffer one record already turned into its :func:`arrow_row` (by :func:`encoder`)."""
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        """Write the last row group and the footer."""
        self._flush()
        self.writer.close()


def write_all(records: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write ``records`` to ``out`` in ``fmt`` (not parquet); returns how many."""
    w = Writer(out, fmt)
    for rec in records:
        w.write(rec)
    w.close()
    return w.count


__all__ = [
    "COLUMNS",
    "SCHEMA",
    "ParquetWriter",
    "Writer",
    "arrow_row",
    "arrow_schema",
    "encoder",
    "format_text",
    "to_timestamp",
    "write_all",
]

"""Writing small WARC/ARC files by hand for the tests (no writer library needed).

Shaped like Common Crawl's CC-NEWS files: a ``warcinfo`` record, then for each fetch a ``request``,
a ``response`` (HTTP headers as CC writes them: the original ``Content-Encoding``/``Transfer-Encoding``
renamed ``X-Crawler-…`` and the payload stored decoded) and a ``metadata`` record; one gzip member per
record.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path

DATE = "2025-07-22T05:00:31Z"


def record(
    warc_type: str,
    block: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    date: str = DATE,
    record_id: str | None = None,
    extra: Iterable[tuple[str, str]] = (),
) -> bytes:
    """One WARC/1.1 record (header block, CRLF, content block, CRLF CRLF)."""
    rid = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    lines = ["WARC/1.1", f"WARC-Type: {warc_type}", f"WARC-Record-ID: {rid}", f"WARC-Date: {date}"]
    if url is not None:
        lines.append(f"WARC-Target-URI: {url}")
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{k}: {v}" for k, v in extra)
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def http_response(
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=UTF-8",
    status: int = 200,
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    """An HTTP/1.1 response block as a crawler stores it."""
    reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}.get(status, "OK")
    lines = [f"HTTP/1.1 {status} {reason}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{k}: {v}" for k, v in headers)
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def response(
    url: str,
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=UTF-8",
    status: int = 200,
    headers: Iterable[tuple[str, str]] = (),
    record_id: str | None = None,
    date: str = DATE,
) -> bytes:
    """A ``response`` record of ``url``."""
    return record(
        "response",
        http_response(body, content_type=content_type, status=status, headers=headers),
        url=url,
        content_type="application/http; msgtype=response",
        record_id=record_id,
        date=date,
    )


def cc_news_fetch(
    url: str, body: bytes, *, content_type: str = "text/html; charset=UTF-8", record_id: str | None = None
) -> list[bytes]:
    """request + response + metadata of one fetch, the way CC-NEWS files hold them."""
    req = f"GET {url.split('/', 3)[-1]} HTTP/1.1\r\nHost: {url.split('/')[2]}\r\nUser-Agent: CCBot/2.0\r\n\r\n"
    meta = b"fetchTimeMs: 181\r\ncharset-detected: UTF-8\r\n"
    return [
        record("request", req.encode(), url=url, content_type="application/http; msgtype=request"),
        response(
            url,
            body,
            content_type=content_type,
            record_id=record_id,
            headers=[("X-Crawler-Content-Encoding", "gzip"), ("X-Crawler-Transfer-Encoding", "chunked")],
        ),
        record("metadata", meta, url=url, content_type="application/warc-fields"),
    ]


def warcinfo() -> bytes:
    """The ``warcinfo`` record that opens a CC-NEWS file."""
    info = b"software: StormCrawler 2.10 https://stormcrawler.net/\r\nformat: WARC File Format 1.1\r\n"
    return record("warcinfo", info, content_type="application/warc-fields")


def conversion(url: str, text: str, *, record_id: str | None = None) -> bytes:
    """A WET ``conversion`` record (the page rendered to text)."""
    return record(
        "conversion",
        text.encode("utf-8"),
        url=url,
        content_type="text/plain",
        record_id=record_id,
        extra=[("WARC-Refers-To", f"<urn:uuid:{uuid.uuid4()}>")],
    )


def write(path: Path, records: Iterable[bytes], *, compress: str = "record") -> Path:
    """Write ``records``: ``compress`` = ``"record"`` (one gzip member each, as Common Crawl does),
    ``"file"`` (one gzip stream) or ``"none"``."""
    recs = list(records)
    if compress == "record":
        path.write_bytes(b"".join(gzip.compress(r) for r in recs))
    elif compress == "file":
        path.write_bytes(gzip.compress(b"".join(recs)))
    else:
        path.write_bytes(b"".join(recs))
    return path


def arc_file(path: Path, fetches: Iterable[tuple[str, bytes, str]], *, compress: bool = True) -> Path:
    """An ARC v1 file: the ``filedesc://`` header then one record per ``(url, html, content_type)``."""
    desc = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [f"filedesc://test.arc 0.0.0.0 20200827112233 text/plain {len(desc)}\n".encode() + desc + b"\n"]
    for url, body, ctype in fetches:
        block = http_response(body, content_type=ctype)
        out.append(f"{url} 93.184.216.34 20200827112233 {ctype.split(';')[0]} {len(block)}\n".encode() + block + b"\n")
    data = b"".join(gzip.compress(r) for r in out) if compress else b"".join(out)
    path.write_bytes(data)
    return path

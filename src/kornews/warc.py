"""WARC and ARC input: the news pages of a crawl archive, ready for :func:`kornews.extract`.

::

    from kornews import warc
    stats = warc.WarcStats()
    for page in warc.iter_pages("CC-NEWS-20250722000000-00001.warc.gz", stats=stats):
        article = page.extract()                  # kornews.extract / extract_text with url and charset
        page.meta()                               # {"warc_record_id": …, "warc_date": …, "warc_target_uri": …}
    stats.skipped                                 # {"request": 1234, "revisit": 12, "not-html": 40, …}

What is read (each record is either yielded as a :class:`WarcPage` or counted in
:attr:`WarcStats.skipped` under one reason):

* ``response`` records with HTTP status 200 and an HTML content type (``text/html``,
  ``application/xhtml+xml``; a response without ``Content-Type`` is kept when its payload starts like
  HTML).  The payload is the HTTP body with chunked transfer coding and gzip/deflate content coding
  undone; the HTTP ``Content-Type`` header travels with it (its charset decides the decoding);
  ``WARC-Target-URI`` is the page URL.  Skipped: ``http-status`` (not 200), ``not-html``,
  ``content-encoding`` (a coding that cannot be undone: damaged, or ``br`` without the ``brotli``
  module), ``empty``.
* ``conversion`` records (Common Crawl WET files: the page rendered to text) become text-mode pages
  (:func:`kornews.extract_text`).
* ``warcinfo``, ``request``, ``revisit``, ``metadata``, ``resource``, ``continuation`` records are
  skipped under their type's name.
* ARC files (the Internet Archive's format before WARC; ``filedesc://`` header): every record is an
  HTTP response and is read as above (the ARC date, ``YYYYMMDDhhmmss``, becomes ``warc_date``).

Readers: FastWARC (``pip install 'kornews[warc]'``; fast, also reads zstd/lz4 archives), else a small
reader in the standard library (plain or gzip WARC, one gzip member per record or the whole file,
and ARC, which FastWARC does not read).  ``engine="auto"`` uses FastWARC for WARC when it is
installed; ``engine="fastwarc"`` insists on it (:class:`~kornews.errors.MissingDependency` if absent).
A damaged archive raises :class:`~kornews.errors.ArchiveError` at the record where reading fails
(the pages before it have been yielded).
"""

from __future__ import annotations

import gzip
import importlib
import io
import logging
import os
import re
import stat
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, cast

import attrs

from . import lazyre
from .errors import ArchiveError, MissingDependency

_log = logging.getLogger(__name__)

Engine = Literal["auto", "fastwarc", "stdlib"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
"""Media types read as HTML pages."""

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz", ".warc.wet.gz", ".warc.zst", ".warc.lz4")
"""File names read as archives (see :func:`is_archive`)."""

_HTML_START = lazyre.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE | re.DOTALL
)
_MAX_LINE = 64 << 10


@attrs.frozen(kw_only=True)
class WarcPage:
    """One page of an archive: the payload and where it came from.

    ``payload``: the HTTP body (HTML bytes as served) or, for ``mode == "text"``, the UTF-8 text of a
    WET conversion record.  ``content_type``: the HTTP ``Content-Type`` header (None if absent).
    ``url``: ``WARC-Target-URI``.  ``record_id``: ``WARC-Record-ID`` (``"<urn:uuid:…>"``).
    ``date``: ``WARC-Date`` as written (ISO 8601, UTC: ``"2025-07-22T05:00:31Z"``).
    """

    url: str | None
    payload: bytes
    content_type: str | None = None
    mode: Literal["html", "text"] = "html"
    record_id: str | None = None
    date: str | None = None

    def meta(self) -> dict[str, str | None]:
        """``{"warc_record_id", "warc_date", "warc_target_uri"}``: the provenance fields of an output record."""
        return {"warc_record_id": self.record_id, "warc_date": self.date, "warc_target_uri": self.url}

    def extract(self) -> Any:
        """The Article (or Listing) of this page: :func:`kornews.extract` with the URL and the HTTP
        charset, or :func:`kornews.extract_text` for a WET record.  Raises KornewsError subclasses."""
        from . import api

        if self.mode == "text":
            return api.extract_text(self.payload.decode("utf-8", errors="replace"), url=self.url)
        return api.extract(self.payload, url=self.url, content_type=self.content_type)


@attrs.define
class WarcStats:
    """Counts of one or more archives: ``records`` read, ``pages`` yielded, ``skipped`` by reason."""

    records: int = 0
    pages: int = 0
    skipped: Counter[str] = attrs.field(factory=Counter)

    def skip(self, reason: str) -> None:
        """Count one record skipped for ``reason``."""
        self.skipped[reason] += 1

    def to_dict(self) -> dict[str, Any]:
        """``{"records": int, "pages": int, "skipped": {reason: int}}``."""
        return {"records": self.records, "pages": self.pages, "skipped": dict(sorted(self.skipped.items()))}


def is_archive(path: str | Path) -> bool:
    """True when the file name says WARC/ARC/WET (``.warc``, ``.warc.gz``, ``.arc.gz``, ``.wet.gz`` …)."""
    name = str(path).lower()
    return name.endswith(ARCHIVE_SUFFIXES)


def sniff(head: bytes) -> bool:
    """True when the first bytes of a file are a WARC or ARC record (also gzip-compressed)."""
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip()[:5] == b"WARC/" or head[:11] == b"filedesc://"


def fastwarc_available() -> bool:
    """True when FastWARC can be imported."""
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        return False
    return True


def iter_pages(
    source: str | Path | IO[bytes],
    *,
    stats: WarcStats | None = None,
    engine: Engine = "auto",
) -> Iterator[WarcPage]:
    """The HTML pages (and WET text pages) of one archive, in file order; see the module docstring.

    ``source``: a path or a binary file object (plain or gzip).  ``stats``: counts are added to it.
    """
    stats = stats if stats is not None else WarcStats()
    if engine not in ("auto", "fastwarc", "stdlib"):
        raise ValueError(f"unknown WARC engine {engine!r}")
    if isinstance(source, (str, Path)):
        with open(source, "rb") as fh:
            yield from _iter_stream(fh, stats, engine, str(source))
    else:
        yield from _iter_stream(source, stats, engine, getattr(source, "name", "<stream>"))


def _iter_stream(fh: IO[bytes], stats: WarcStats, engine: Engine, name: str) -> Iterator[WarcPage]:
    peek = _peek(fh)
    head = peek.read_head(512)
    is_arc = _decompressed_head(head)[:11] == b"filedesc://"
    use_fast = not is_arc and engine != "stdlib" and (engine == "fastwarc" or fastwarc_available())
    if engine == "fastwarc" and not fastwarc_available():
        raise MissingDependency("reading WARC with FastWARC needs the optional extra: pip install 'kornews[warc]'")
    if engine == "fastwarc" and is_arc:
        raise ArchiveError(f"{name}: FastWARC does not read ARC files (use engine='auto' or 'stdlib')")
    if use_fast:
        _log.debug("%s: reading WARC with FastWARC", name)
        yield from _fastwarc_pages(peek.stream(), stats, name)
    else:
        _log.debug("%s: reading %s with the standard-library reader", name, "ARC" if is_arc else "WARC")
        stream: IO[bytes] = peek.stream()
        if head[:2] == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
        reader = _arc_records if is_arc else _warc_records
        yield from reader(stream, stats, name)


class _peek:
    """A file object whose first bytes can be looked at, whether or not it can seek."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.buffered = b""
        self.seekable = False
        try:
            self.seekable = fh.seekable()
            self.start = fh.tell() if self.seekable else 0
        except (OSError, AttributeError, ValueError):
            self.seekable = False

    def read_head(self, n: int) -> bytes:
        self.buffered = self.fh.read(n)
        return self.buffered

    def stream(self) -> IO[bytes]:
        if self.seekable:
            self.fh.seek(self.start)
            return self.fh
        return io.BufferedReader(_Chain(self.buffered, self.fh))


class _Chain(io.RawIOBase):
    """``head`` then the rest of ``fh`` (a non-seekable stream whose first bytes were read)."""

    def __init__(self, head: bytes, fh: IO[bytes]) -> None:
        self.head = head
        self.fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.head:
            n = min(len(b), len(self.head))
            b[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.fh.read(len(b))
        b[: len(data)] = data
        return len(data)


def _decompressed_head(head: bytes) -> bytes:
    if head[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return b""
    return head.lstrip()


# -- HTTP ---------------------------------------------------------------------------------------


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_html(content_type: str | None, payload: bytes) -> bool:
    """An HTML page: an HTML media type, or no ``Content-Type`` and a payload that starts like HTML."""
    media = _media_type(content_type)
    if media:
        return media in HTML_TYPES
    return _HTML_START.match(payload[:1024]) is not None


def _parse_headers(lines: list[bytes]) -> dict[str, str]:
    headers: dict[str, str] = {}
    last = None
    for raw in lines:
        line = raw.decode("latin-1").rstrip("\r\n")
        if line[:1] in (" ", "\t") and last is not None:  # folded continuation line
            headers[last] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        last = key.strip().lower()
        headers.setdefault(last, value.strip())
    return headers


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            break
        size_s = data[pos:end].split(b";", 1)[0].strip()
        try:
            size = int(size_s, 16)
        except ValueError:
            return data  # not actually chunked: keep the bytes as they are
        if size == 0:
            break
        start = end + 1
        out += data[start : start + size]
        pos = start + size
        if data[pos : pos + 2] == b"\r\n":
            pos += 2
        elif data[pos : pos + 1] == b"\n":
            pos += 1
    return bytes(out)


def _decode_content(data: bytes, coding: str) -> bytes | None:
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return data
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompress(data, 16 + zlib.MAX_WBITS)
        if coding == "br":
            try:
                brotli = importlib.import_module("brotli")
            except ImportError:
                return None
            return bytes(brotli.decompress(data))
        if coding == "deflate":
            try:
                return zlib.decompress(data)
            except zlib.error:
                return zlib.decompress(data, -zlib.MAX_WBITS)
    except Exception:  # zlib.error, brotli.error: a coding that does not decode
        return None
    return None


def _http_page(
    block: bytes,
    stats: WarcStats,
    *,
    url: str | None,
    record_id: str | None,
    date: str | None,
) -> WarcPage | None:
    """The page of an HTTP response block (status line, headers, body), or None (counted as skipped)."""
    sep = block.find(b"\r\n\r\n")
    sep_len = 4
    # a bare-LF header end before the CRLF one (looked for in the head only, not through the body)
    lf = block.find(b"\n\n", 0, sep) if sep >= 0 else block.find(b"\n\n")
    if sep < 0 or lf >= 0:
        sep, sep_len = lf, 2
    if sep < 0:
        stats.skip("not-http")
        return None
    head_lines = block[:sep].split(b"\n")
    status_line = head_lines[0].decode("latin-1").strip()
    parts = status_line.split(None, 2)
    if len(parts) < 2 or not parts[0].upper().startswith("HTTP/"):
        stats.skip("not-http")
        return None
    if parts[1] != "200":
        stats.skip("http-status")
        return None
    headers = _parse_headers(head_lines[1:])
    body = block[sep + sep_len :]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    coding = headers.get("content-encoding", "")
    if coding:
        decoded = _decode_content(body, coding)
        if decoded is None:
            stats.skip("content-encoding")
            return None
        body = decoded
    return _html_page(body, headers.get("content-type"), stats, url=url, record_id=record_id, date=date)


def _html_page(
    body: bytes, content_type: str | None, stats: WarcStats, *, url: str | None, record_id: str | None, date: str | None
) -> WarcPage | None:
    if not body or body.isspace():
        stats.skip("empty")
        return None
    if not is_html(content_type, body):
        stats.skip("not-html")
        return None
    stats.pages += 1
    return WarcPage(url=url, payload=body, content_type=content_type, record_id=record_id, date=date)


def _text_page(
    payload: bytes, stats: WarcStats, *, url: str | None, record_id: str | None, date: str | None
) -> WarcPage | None:
    if not payload or payload.isspace():
        stats.skip("empty")
        return None
    stats.pages += 1
    return WarcPage(
        url=url, payload=payload, content_type="text/plain; charset=utf-8", mode="text", record_id=record_id, date=date
    )


# -- the standard-library readers ----------------------------------------------------------------


def _readline(stream: IO[bytes]) -> bytes:
    return stream.readline(_MAX_LINE)


def _header_line(stream: IO[bytes]) -> bytes:
    """The next record's first header line: the blank lines between records skipped; ``b""`` at the end."""
    line = _readline(stream)
    while line in (b"\r\n", b"\n"):
        line = _readline(stream)
    return line


def _read_block(stream: IO[bytes], length: str, invalid: str, name: str) -> bytes:
    """The record block of ``length`` bytes (the header's decimal text); ArchiveError ``invalid``
    when that is no number, or when the stream ends first."""
    try:
        n = int(length)
    except ValueError as exc:
        raise ArchiveError(invalid) from exc
    return _read_exact(stream, n, name)


def _read_exact(stream: IO[bytes], n: int, name: str) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise ArchiveError(f"{name}: record truncated (wanted {n} bytes, got {len(data)})")
    return data


def _warc_records(stream: IO[bytes], stats: WarcStats, name: str) -> Iterator[WarcPage]:
    while True:
        try:
            line = _header_line(stream)
            if not line:
                return
            if not line.startswith(b"WARC/"):
                raise ArchiveError(f"{name}: not a WARC record header: {line[:40]!r}")
            header_lines: list[bytes] = []
            while True:
                h = _readline(stream)
                if not h:
                    raise ArchiveError(f"{name}: record header truncated")
                if h in (b"\r\n", b"\n"):
                    break
                header_lines.append(h)
            headers = _parse_headers(header_lines)
            length = headers.get("content-length", "")
            block = _read_block(stream, length, f"{name}: record without a valid Content-Length", name)
        except (OSError, EOFError, zlib.error) as exc:
            raise ArchiveError(f"{name}: unreadable archive: {exc}") from exc
        stats.records += 1
        page = _warc_page(headers, block, stats)
        if page is not None:
            yield page


def _warc_page(headers: dict[str, str], block: bytes, stats: WarcStats) -> WarcPage | None:
    kind = headers.get("warc-type", "").lower()
    url = headers.get("warc-target-uri") or None
    if url and url.startswith("<") and url.endswith(">"):  # WARC 1.0 drafts wrote <uri>
        url = url[1:-1]
    record_id = headers.get("warc-record-id")
    date = headers.get("warc-date")
    if kind == "response":
        if "application/http" not in headers.get("content-type", "application/http").lower():
            stats.skip("not-http")
            return None
        return _http_page(block, stats, url=url, record_id=record_id, date=date)
    if kind == "conversion":
        return _text_page(block, stats, url=url, record_id=record_id, date=date)
    stats.skip(kind or "unknown")
    return None


def _arc_date(value: str) -> str | None:
    if len(value) >= 14 and value[:14].isdigit():
        v = value
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}T{v[8:10]}:{v[10:12]}:{v[12:14]}Z"
    return None


def _arc_records(stream: IO[bytes], stats: WarcStats, name: str) -> Iterator[WarcPage]:
    first = True
    while True:
        try:
            line = _header_line(stream)
            if not line:
                return
            fields = line.decode("latin-1").split()
            if len(fields) < 5:
                raise ArchiveError(f"{name}: not an ARC record header: {line[:40]!r}")
            block = _read_block(stream, fields[-1], f"{name}: ARC record without a valid length", name)
        except (OSError, EOFError, zlib.error) as exc:
            raise ArchiveError(f"{name}: unreadable archive: {exc}") from exc
        stats.records += 1
        url = fields[0]
        if first or url.startswith("filedesc://"):
            first = False
            stats.skip("arcinfo")
            continue
        if not url.startswith(("http://", "https://")):
            stats.skip("not-http")
            continue
        page = _http_page(block, stats, url=url, record_id=None, date=_arc_date(fields[2]))
        if page is not None:
            yield page


# -- FastWARC ------------------------------------------------------------------------------------


def _fastwarc_pages(stream: IO[bytes], stats: WarcStats, name: str) -> Iterator[WarcPage]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    names = {
        int(WarcRecordType.warcinfo): "warcinfo",
        int(WarcRecordType.request): "request",
        int(WarcRecordType.revisit): "revisit",
        int(WarcRecordType.metadata): "metadata",
        int(WarcRecordType.resource): "resource",
        int(WarcRecordType.continuation): "continuation",
    }
    response, conversion = int(WarcRecordType.response), int(WarcRecordType.conversion)
    try:
        iterator = iter(ArchiveIterator(stream, parse_http=False))
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                return
            stats.records += 1
            rtype = int(record.record_type)
            headers = record.headers
            url = headers.get("WARC-Target-URI") or None
            record_id = record.record_id
            date = headers.get("WARC-Date")
            if rtype == response:
                block = record.reader.read()
                if len(block) < record.content_length:
                    raise ArchiveError(
                        f"{name}: record truncated (wanted {record.content_length} bytes, got {len(block)})"
                    )
                if "application/http" not in (headers.get("Content-Type") or "application/http").lower():
                    stats.skip("not-http")
                    continue
                page = _http_page(block, stats, url=url, record_id=record_id, date=date)
            elif rtype == conversion:
                page = _text_page(record.reader.read(), stats, url=url, record_id=record_id, date=date)
            else:
                stats.skip(names.get(rtype, "unknown"))
                continue
            if page is not None:
                yield page
    except (OSError, ValueError, RuntimeError) as exc:
        raise ArchiveError(f"{name}: unreadable archive: {exc}") from exc


# -- shards: one archive read by several processes ------------------------------------------------

SHARD_BYTES = 2 << 20
"""Compressed bytes per shard of an archive (:func:`plan_shards`; fewer for a small archive)."""

_GZIP_MAGIC = b"\x1f\x8b\x08"
_READ_BLOCK = 1 << 20
_FEED = 64 << 10
_MAX_GROUP = 256 << 20
_HEADER_END = re.compile(rb"\n\r?\n")
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length[ \t]*:(.*)$")


class _Damaged(Exception):
    """A gzip member that does not inflate (or a file that ends inside one)."""


def _inflater() -> tuple[Any, tuple[type[Exception], ...]]:
    """The module inflating shards and its errors: python-isal's ``isal_zlib`` (``pip install isal``,
    part of ``kornews[warc]``; about twice as fast) when installed, else ``zlib``.  Same results."""
    global _INFLATE
    if _INFLATE is None:
        found: tuple[Any, tuple[type[Exception], ...]]
        try:
            from isal import isal_zlib
        except ImportError:
            found = (zlib, (zlib.error,))
        else:
            found = (isal_zlib, (zlib.error, cast("type[Exception]", isal_zlib.error)))
        _INFLATE = found
    return _INFLATE


_INFLATE: tuple[Any, tuple[type[Exception], ...]] | None = None


def _members(fh: IO[bytes], pos: int) -> Iterator[tuple[int, int, bytes]]:
    """``(offset, end offset, inflated bytes)`` of the consecutive gzip members of ``fh`` from byte
    ``pos`` to the end of the file.  Raises :class:`_Damaged` at a member that does not inflate."""
    inflate, errors = _inflater()
    fh.seek(pos)
    buf = fh.read(_READ_BLOCK)
    at = 0
    while True:
        if at >= len(buf):
            buf, at = fh.read(_READ_BLOCK), 0
            if not buf:
                return
        start = pos
        d = inflate.decompressobj(16 + zlib.MAX_WBITS)
        parts = []
        view = memoryview(buf)
        while True:
            piece = view[at : at + _FEED]
            try:
                parts.append(d.decompress(piece))
            except errors as exc:
                raise _Damaged(f"gzip member at byte {start}: {exc}") from exc
            used = len(piece) - len(d.unused_data)
            at += used
            pos += used
            if d.eof:
                break
            if at >= len(buf):
                buf, at = fh.read(_READ_BLOCK), 0
                view = memoryview(buf)
                if not buf:
                    raise _Damaged(f"gzip member at byte {start}: the file ends inside it")
        yield start, pos, parts[0] if len(parts) == 1 else b"".join(parts)


def _records_end(data: bytes) -> bool | None:
    """Whether the inflated bytes ``data`` hold whole WARC records: True (they end where a record
    ends), False (the last record goes on past the end), None (not WARC records as the readers read
    them: no ``WARC/`` line, not exactly one decimal ``Content-Length``, an overlong header)."""
    p, n = 0, len(data)
    while True:
        while data.startswith(b"\n", p) or data.startswith(b"\r\n", p):  # blank lines between records
            p += 1 if data[p] == 10 else 2
        if p >= n:
            return True
        if not data.startswith(b"WARC/", p):
            return None if n - p >= 5 or not b"WARC/".startswith(data[p:]) else False
        m = _HEADER_END.search(data, p, p + _MAX_LINE)
        if m is None:
            return False if n - p < _MAX_LINE else None
        lengths = _CONTENT_LENGTH.findall(data, p, m.start() + 1)
        if len(lengths) != 1 or not lengths[0].strip().isdigit():
            return None
        p = m.end() + int(lengths[0].strip())
        if p > n:
            return False


def _first_member(fh: IO[bytes], start: int, stop: int) -> int:
    """The offset of the first gzip member at or after ``start`` (and before ``stop``) that inflates
    and begins with a WARC record header; ``stop`` when there is none."""
    pos = start
    while pos < stop:
        fh.seek(pos)
        block = fh.read(min(_READ_BLOCK, stop - pos) + 2)
        i = block.find(_GZIP_MAGIC)
        while 0 <= i and pos + i < stop:
            try:
                for _, _, data in _members(fh, pos + i):
                    if data.startswith(b"WARC/") and _records_end(data) is not None:
                        return pos + i
                    break
            except _Damaged:
                pass
            i = block.find(_GZIP_MAGIC, i + 1)
        if len(block) <= 2:
            break
        pos += len(block) - 2
    return stop


@attrs.frozen
class Shard:
    """A byte range ``[start, end)`` of a gzip WARC file of ``size`` bytes (one gzip member per
    record, or per few records): the records of the gzip members that begin in it.  ``first``: the
    range begins the file (it is read from ``start`` on; any other from the first member after it)."""

    path: str
    start: int
    end: int
    size: int
    first: bool


@attrs.define
class ShardBounds:
    """What reading a :class:`Shard` covered: the members from offset ``start`` up to ``stop`` (where
    the next unread member begins; the file's size at its end).  ``resume``: reading stopped early,
    at ``stop`` (a damaged member, a record the readers refuse, a file ending inside a record): the
    sequential reader (:func:`iter_pages`) must go on from there, so that the archive gives exactly
    the records and the error of reading it in one go."""

    start: int = 0
    stop: int = 0
    resume: bool = False


def shardable(path: str, engine: Engine = "auto") -> int | None:
    """The size of the file at ``path`` when it can be read in :class:`Shard` pieces: a regular file,
    a WARC with one gzip member per record (its first member, a WARC record, ends within the first
    MiB), and a usable ``engine``; None otherwise (read it in one go with :func:`iter_pages`)."""
    if engine == "fastwarc" and not fastwarc_available():
        return None
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            head = fh.read(_READ_BLOCK)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or not head.startswith(_GZIP_MAGIC):
        return None
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = d.decompress(head, _READ_BLOCK)
    except zlib.error:
        return None
    if not d.eof or not data.startswith(b"WARC/") or not d.unused_data:
        return None
    return info.st_size


def plan_shards(path: str, size: int, workers: int, step: int | None = None) -> Iterator[Shard]:
    """The shards of a :func:`shardable` file of ``size`` bytes, in file order: ``step`` bytes each
    (default :data:`SHARD_BYTES`, fewer for a small file, so that ``workers`` processes share it)."""
    if step is None:
        step = max(min(64 << 10, SHARD_BYTES), min(SHARD_BYTES, size // max(1, 4 * workers) + 1))
    for start in range(0, size, step):
        yield Shard(path=path, start=start, end=min(start + step, size), size=size, first=start == 0)


def shard_pages(shard: Shard, stats: WarcStats, bounds: ShardBounds, engine: Engine = "auto") -> Iterator[WarcPage]:
    """The pages of the records of ``shard`` (see :class:`Shard`) in file order, counted in ``stats``;
    ``bounds`` says what was covered once the iterator is exhausted.  A damaged archive raises
    nothing here: reading stops at the member where the trouble starts (``bounds.resume``)."""
    use_fast = engine != "stdlib" and fastwarc_available()
    with open(shard.path, "rb") as fh:
        clean = shard.start if shard.first else _first_member(fh, shard.start, shard.end)
        bounds.start = bounds.stop = clean
        if clean >= shard.end:
            return
        group = b""
        resume = True
        try:
            for offset, end, data in _members(fh, clean):
                if not group and offset >= shard.end:
                    resume = False
                    break
                group = group + data if group else data
                whole = _records_end(group)
                if whole is False and len(group) < _MAX_GROUP:
                    continue
                if not whole:
                    break
                counted = WarcStats()
                try:
                    pages = list(_group_pages(group, counted, shard.path, use_fast))
                except ArchiveError:
                    break
                _add_stats(stats, counted)
                yield from pages
                group, clean = b"", end
            else:
                resume = bool(group)
        except _Damaged:
            pass
        bounds.stop, bounds.resume = clean, resume


def _group_pages(data: bytes, stats: WarcStats, name: str, use_fast: bool) -> Iterator[WarcPage]:
    """The pages of whole, inflated WARC records, read by the reader :func:`iter_pages` would use."""
    stream = io.BytesIO(data)
    if use_fast:
        return _fastwarc_pages(stream, stats, name)
    return _warc_records(stream, stats, name)


def _add_stats(into: WarcStats, more: WarcStats) -> None:
    into.records += more.records
    into.pages += more.pages
    into.skipped.update(more.skipped)


__all__ = [
    "ARCHIVE_SUFFIXES",
    "HTML_TYPES",
    "SHARD_BYTES",
    "Shard",
    "ShardBounds",
    "WarcPage",
    "WarcStats",
    "fastwarc_available",
    "is_archive",
    "is_html",
    "iter_pages",
    "plan_shards",
    "shard_pages",
    "shardable",
    "sniff",
]

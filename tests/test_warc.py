"""WARC/ARC/WET input (kornews.warc): CC-NEWS-shaped archives written by hand, read by the
standard-library reader and by FastWARC where it is installed (CI installs it)."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest

import kornews
from kornews import warc
from kornews.errors import ArchiveError, MissingDependency

from . import warcgen
from .fixtures import FIXTURES

NEWSIS_URL = "https://www.newsis.com/view/NISX20250722_0003261234"
NEWSIS_HTML = (FIXTURES / "newsis" / "layout-2025.html").read_bytes()
NEWSIS_TEXT = (FIXTURES / "newsis" / "seed-004.txt").read_text(encoding="utf-8")
ZDNET_URL = "https://zdnet.co.kr/view/?no=20250627115300"
ZDNET_HTML = (FIXTURES / "zdnet" / "article-20250627115300.html").read_bytes()

ENGINES = [
    "stdlib",
    pytest.param("fastwarc", marks=pytest.mark.skipif(not warc.fastwarc_available(), reason="fastwarc not installed")),
]


def cc_news(path: Path, compress: str = "record") -> Path:
    """A CC-NEWS-shaped file: warcinfo; request/response/metadata per fetch; a 301, an image, a
    revisit; a WET conversion record."""
    records = [
        warcgen.warcinfo(),
        *warcgen.cc_news_fetch(NEWSIS_URL, NEWSIS_HTML, record_id="<urn:uuid:00000000-0000-0000-0000-000000000001>"),
        *warcgen.cc_news_fetch(ZDNET_URL, ZDNET_HTML),
        warcgen.response(
            "https://www.newsis.com/", b"", status=301, headers=[("Location", "https://www.newsis.com/a")]
        ),
        warcgen.response("https://img1.newsis.com/a.jpg", b"\xff\xd8\xff\xe0", content_type="image/jpeg"),
        warcgen.record(
            "revisit",
            b"",
            url=NEWSIS_URL,
            extra=[("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")],
        ),
        warcgen.conversion(NEWSIS_URL, NEWSIS_TEXT),
    ]
    return warcgen.write(path, records, compress=compress)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("compress", ["record", "file", "none"])
def test_cc_news_file_pages_and_skips(tmp_path: Path, engine: warc.Engine, compress: str) -> None:
    path = cc_news(tmp_path / "CC-NEWS-20250722050031-00001.warc.gz", compress)
    stats = warc.WarcStats()
    pages = list(warc.iter_pages(path, stats=stats, engine=engine))
    assert [(p.mode, p.url) for p in pages] == [("html", NEWSIS_URL), ("html", ZDNET_URL), ("text", NEWSIS_URL)]
    assert stats.to_dict() == {
        "records": 11,
        "pages": 3,
        "skipped": {"http-status": 1, "metadata": 2, "not-html": 1, "request": 2, "revisit": 1, "warcinfo": 1},
    }
    first = pages[0]
    assert first.payload == NEWSIS_HTML
    assert first.content_type == "text/html; charset=UTF-8"
    assert first.record_id == "<urn:uuid:00000000-0000-0000-0000-000000000001>"
    assert first.meta() == {
        "warc_record_id": "<urn:uuid:00000000-0000-0000-0000-000000000001>",
        "warc_date": warcgen.DATE,
        "warc_target_uri": NEWSIS_URL,
    }
    article = first.extract()
    assert (article.extractor, article.article_id) == ("newsis", "NISX20250722_0003261234")
    assert pages[1].extract().extractor == "zdnet"


@pytest.mark.parametrize("engine", ENGINES)
def test_wet_conversion_record_goes_to_text_mode(tmp_path: Path, engine: warc.Engine) -> None:
    path = warcgen.write(tmp_path / "x.warc.wet.gz", [warcgen.warcinfo(), warcgen.conversion(NEWSIS_URL, NEWSIS_TEXT)])
    (page,) = warc.iter_pages(path, engine=engine)
    article = page.extract()
    assert (article.extractor, article.layout) == ("newsis", "text")
    assert article == kornews.extract_text(NEWSIS_TEXT, url=NEWSIS_URL)


@pytest.mark.parametrize("engine", ENGINES)
def test_http_charset_travels_to_the_decoder(
    tmp_path: Path, engine: warc.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An EUC-KR page without any meta charset: the HTTP header's charset is passed as content_type."""
    text = re.sub(r"<meta[^>]*charset[^>]*>", "", NEWSIS_HTML.decode("utf-8"), flags=re.IGNORECASE)
    body = text.encode("cp949", errors="xmlcharrefreplace")
    path = warcgen.write(
        tmp_path / "k.warc.gz", [warcgen.response(NEWSIS_URL, body, content_type="text/html; charset=euc-kr")]
    )
    (page,) = warc.iter_pages(path, engine=engine)
    assert page.content_type == "text/html; charset=euc-kr"
    seen: list[str | None] = []
    real = kornews.api.extract

    def spy(data: bytes, url: str | None = None, **kw: object) -> kornews.Article:
        seen.append(kw.get("content_type"))  # type: ignore[arg-type]
        return real(data, url, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(kornews.api, "extract", spy)
    assert page.extract().title == kornews.extract(NEWSIS_HTML, url=NEWSIS_URL).title
    assert seen == ["text/html; charset=euc-kr"]


@pytest.mark.parametrize("engine", ENGINES)
def test_chunked_and_gzip_encoded_payloads_are_decoded(tmp_path: Path, engine: warc.Engine) -> None:
    """A crawler that stores the bytes as sent (wget, Heritrix): chunked transfer coding, gzip content coding."""
    gz = gzip.compress(NEWSIS_HTML)
    chunked = (
        b"".join(b"%x\r\n%s\r\n" % (len(gz[i : i + 1000]), gz[i : i + 1000]) for i in range(0, len(gz), 1000))
        + b"0\r\n\r\n"
    )
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + chunked
    )
    rec = warcgen.record("response", block, url=NEWSIS_URL, content_type="application/http; msgtype=response")
    (page,) = warc.iter_pages(warcgen.write(tmp_path / "c.warc", [rec], compress="none"), engine=engine)
    assert page.payload == NEWSIS_HTML


def test_response_without_content_type_is_sniffed(tmp_path: Path) -> None:
    recs = [
        warcgen.response(NEWSIS_URL, NEWSIS_HTML, content_type=None),
        warcgen.response("https://x.example/data", b'{"a": 1}', content_type=None),
    ]
    stats = warc.WarcStats()
    pages = list(warc.iter_pages(warcgen.write(tmp_path / "s.warc.gz", recs), stats=stats, engine="stdlib"))
    assert [p.url for p in pages] == [NEWSIS_URL]
    assert stats.skipped == {"not-html": 1}


def test_arc_file(tmp_path: Path) -> None:
    path = warcgen.arc_file(
        tmp_path / "IA-2020.arc.gz",
        [(NEWSIS_URL, NEWSIS_HTML, "text/html; charset=utf-8"), ("https://x.example/a.png", b"\x89PNG", "image/png")],
    )
    stats = warc.WarcStats()
    (page,) = warc.iter_pages(path, stats=stats)  # auto: ARC is read by the standard-library reader
    assert (page.url, page.date, page.record_id) == (NEWSIS_URL, "2020-08-27T11:22:33Z", None)
    assert page.payload == NEWSIS_HTML
    assert stats.to_dict() == {"records": 3, "pages": 1, "skipped": {"arcinfo": 1, "not-html": 1}}
    if warc.fastwarc_available():
        with pytest.raises(ArchiveError, match="ARC"):
            list(warc.iter_pages(path, engine="fastwarc"))


def test_truncated_archive_raises_after_the_good_records(tmp_path: Path) -> None:
    good = warcgen.response(NEWSIS_URL, NEWSIS_HTML)
    bad = warcgen.response(ZDNET_URL, ZDNET_HTML)[:-500]
    path = warcgen.write(tmp_path / "t.warc", [good, bad], compress="none")
    got = []
    with pytest.raises(ArchiveError, match="truncated"):
        for page in warc.iter_pages(path, engine="stdlib"):
            got.append(page.url)
    assert got == [NEWSIS_URL]


def test_not_an_archive_raises_archive_error(tmp_path: Path) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(b"<html>not a warc</html>\n")
    with pytest.raises(ArchiveError):
        list(warc.iter_pages(path, engine="stdlib"))


def test_non_seekable_stream(tmp_path: Path) -> None:
    data = cc_news(tmp_path / "n.warc.gz").read_bytes()

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            chunk = self.inner.read(min(len(b), 777))
            b[: len(chunk)] = chunk
            return len(chunk)

    pages = list(warc.iter_pages(io.BufferedReader(Pipe()), engine="stdlib"))
    assert [p.url for p in pages] == [NEWSIS_URL, ZDNET_URL, NEWSIS_URL]


def test_fastwarc_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(warc, "fastwarc_available", lambda: False)
    path = cc_news(tmp_path / "m.warc.gz")
    with pytest.raises(MissingDependency, match=r"kornews\[warc\]"):
        list(warc.iter_pages(path, engine="fastwarc"))
    assert len(list(warc.iter_pages(path))) == 3  # auto falls back to the standard-library reader


def test_names_and_sniffing(tmp_path: Path) -> None:
    assert all(warc.is_archive(n) for n in ("a.warc", "A.WARC.GZ", "b.arc.gz", "c.warc.wet.gz"))
    assert not any(warc.is_archive(n) for n in ("a.html", "a.html.gz", "warc.txt"))
    assert warc.sniff(gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"))
    assert warc.sniff(b"WARC/1.0\r\n") and warc.sniff(b"filedesc://x.arc 0.0.0.0 ")
    assert not warc.sniff(gzip.compress(b"<html>")) and not warc.sniff(b"<!doctype html>")

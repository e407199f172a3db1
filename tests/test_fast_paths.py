"""The speed shortcuts give exactly what the slow paths they replace gave."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kornews import registry
from kornews.base import Extractor
from kornews.page import Page
from tests.fixtures import FIXTURES

PAGES = sorted(p for p in FIXTURES.glob("*/*.html*") if p.suffix in (".html", ".gz"))


def _bytes(path: Path) -> bytes:
    import gzip

    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _naive_for_page(page: Page) -> Extractor | None:
    """Recognition as it was: every extractor scored once, page scans included."""
    best: Extractor | None = None
    best_key = (0, 0)
    for ext in registry.extractors():
        score = ext.recognise(page)
        if score > 0 and (score, ext.priority) > best_key:
            best, best_key = ext, (score, ext.priority)
    return best


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_two_pass_recognition_is_the_one_pass_result(path: Path) -> None:
    data = _bytes(path)
    assert registry.for_page(Page.from_input(data)) is _naive_for_page(Page.from_input(data))
    # without the page's own host evidence, only the scan can recognise some pages: same answer too
    bare = Page.from_input(data)
    bare.__dict__["hosts"] = ()
    plain = Page.from_input(data)
    plain.__dict__["hosts"] = ()
    assert registry.for_page(bare) is _naive_for_page(plain)


def test_scan_only_evidence_recognises_a_page() -> None:
    page = Page("<html><body><p>문의 newspim.com</p></body></html>")
    ext = registry.for_page(page)
    assert ext is not None and ext.id == "newspim"
    page.scans_deferred = True
    assert not page.mentions("newspim.com")
    page.scans_deferred = False
    assert page.mentions("newspim.com") and not page.mentions("chosun.com")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("<p>가\x00나</p>".encode(), "<p>가나</p>"),
        ("<p>가\x00나</p>".encode("cp949"), "<p>가나</p>"),
        (b"\xff\xfe" + "<p>가\x00나</p>".encode("utf-16-le"), "<p>가나</p>"),
        (b"\xff\xfe" + "<p>가나</p>".encode("utf-16-le"), "<p>가나</p>"),
        ("<p>가나</p>".encode(), "<p>가나</p>"),
    ],
)
def test_nul_characters_go_whatever_the_codec(data: bytes, text: str) -> None:
    page = Page.from_input(data)
    assert page.html == text
    assert page.tree.css_first("p").text() == "가나"  # type: ignore[union-attr]


_URL_CHARS = st.text(st.sampled_from("abc/.?#&=;:%-_~ 가0"), max_size=20)


@settings(max_examples=300)
@given(st.sampled_from(["http://", "https://"]), st.sampled_from(["a.com", "img.x.co.kr", "b.kr:8080"]), _URL_CHARS)
def test_absolute_links_come_back_as_urljoin_gives_them(scheme: str, host: str, rest: str) -> None:
    base = "https://www.example.co.kr/news/view/1?x=1"
    link = scheme + host + rest
    page = Page("<p>x</p>", url=base)
    assert page.absolute(link) == urljoin(base, link.strip())


def test_entry_point_precheck_sees_a_declaring_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert not registry._may_have_entry_points()
    dist = tmp_path / "other-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[console_scripts]\nx = y:z\n", encoding="utf-8")
    assert not registry._may_have_entry_points()
    (dist / "entry_points.txt").write_text("[kornews.extractors]\nx = y:z\n", encoding="utf-8")
    assert registry._may_have_entry_points()
    zipped = tmp_path / "lib.zip"
    zipped.write_bytes(b"PK")
    monkeypatch.setattr(sys, "path", [str(zipped)])
    assert registry._may_have_entry_points()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_one_metadata_query_finds_what_three_did(path: Path) -> None:
    page = Page.from_input(_bytes(path))
    metas, links, scripts = page._metadata_nodes
    assert [n.html for n in metas] == [n.html for n in page.tree.css("meta")]
    rel = page.tree.css("link[rel]")
    assert [n.html for n in links] == [n.html for n in rel if "canonical" in (n.attributes["rel"] or "").lower()]
    canonical = next(  # Page.canonical as first written: every <link rel> looked at
        (
            href
            for n in page.tree.css("link[rel]")
            if "canonical" in (n.attributes.get("rel") or "").lower().split()
            and (href := (n.attributes.get("href") or "").strip())
        ),
        page.meta.get("og:url"),
    )
    assert page.canonical == canonical
    assert [n.html for n in scripts] == [n.html for n in page.tree.css('script[type="application/ld+json"]')]
    tags = [n.attributes.get("content") for n in page.tree.css('meta[property="article:tag"]')]
    assert page.meta_values("article:tag") == [t for t in tags if t is not None]


def test_metadata_nodes_anywhere_in_the_page() -> None:
    page = Page(
        '<html><head><meta property="og:title" content="제목"><link rel="stylesheet" href="https://a.kr/s.css">'
        '<link rel="alternate x-canonical" href="https://a.kr/2"><link rel="Preload\tCANONICAL" href="https://a.kr/1">'
        "</head>"
        '<body><meta itemprop="datePublished" content="2025-01-02"><meta property="article:tag" content="경제">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "헤드라인"}</script></body></html>'
    )
    assert page.meta == {"og:title": "제목", "datepublished": "2025-01-02", "article:tag": "경제"}
    assert page.canonical == "https://a.kr/1"
    assert page.article_ld == {"@type": "NewsArticle", "headline": "헤드라인"}
    assert page.meta_values("article:tag") == ["경제"]


_LINEISH = st.text(
    st.sampled_from(list("cC©ⓒ저작권자무단전재배포금지 opyrightOPYRIGHT=/:재판매사진기자연합뉴스[]().가나")),
    max_size=60,
)


@given(_LINEISH)
def test_copyright_and_caption_prefilters_reject_only_what_the_regexes_reject(text: str) -> None:
    from kornews import korean as k

    assert k.is_copyright(text) == (len(text) <= 200 and k._COPYRIGHT_RE.search(text) is not None)
    assert k.looks_like_caption(text) == (len(text) <= 400 and k._CAPTION_HINT.search(k.clean_ws(text)) is not None)


_COMMON_HANGUL = frozenset(
    bytes(b for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF) for b in (lead, trail)).decode("euc_kr")
)
"""The 2,350 Hangul syllables of KS X 1001 (every EUC-KR pair of rows 0xB0-0xC8), from the codec."""


def test_byte_tables_as_first_written() -> None:
    """page._byte_table (slices of bytes) gives the table a loop over the 256 byte values gave."""
    from kornews.page import _byte_table

    for members in (range(0xB0, 0xC9), range(0xA1, 0xFF), range(0x41, 0xA1), range(0x81, 0xA1), range(0xA1, 0xC7)):
        assert _byte_table(members) == bytes(1 if b in members else 0 for b in range(256))
    assert len(_COMMON_HANGUL) == 2350 and all("\uac00" <= c <= "\ud7a3" for c in _COMMON_HANGUL)


def _plausible_per_character(text: str) -> bool:
    """``page.hangul_plausible`` as first written (one string per run and per syllable)."""
    import re

    chars = "".join(re.findall("[^\x00-\x7f]+", text[:2_000_000]))[:400_000].replace("\ufffd", "")
    if not chars:
        return False
    syllables = re.findall("[\uac00-\ud7a3]", chars)
    if len(syllables) * 10 < len(chars) * 3:
        return False
    common = sum(1 for c in syllables if c in _COMMON_HANGUL)
    return common * 10 >= len(syllables) * 9


@given(
    st.text(
        st.sampled_from(list("가나다라한국어뷁똠볔쀍힣ㄱㅏ漢字ÀéЖ\ufffd\x00\x7f\x80\ud800\udfff😀 aZ09<>")), max_size=80
    )
)
def test_hangul_plausibility_counts_as_per_character(text: str) -> None:
    from kornews.page import hangul_plausible

    assert hangul_plausible(text) == _plausible_per_character(text)


def test_hangul_counts_of_every_character() -> None:
    """The CP949-form count of Hangul syllables and common ones: every non-ASCII code point alone
    (surrogates included), and all of them in one text."""
    from kornews.page import _hangul_counts

    every = [chr(c) for c in range(0x80, 0x110000)]
    for c in every[: 0x10000 - 0x80] + every[0x10000 - 0x80 :: 997]:  # the BMP, a sample of the rest
        syllable = "\uac00" <= c <= "\ud7a3"
        assert _hangul_counts(c) == (int(syllable), int(c in _COMMON_HANGUL)), hex(ord(c))
        assert len(c.encode("cp949", "ignore")) in (0, 2), hex(ord(c))  # pairs stay aligned
    assert _hangul_counts("".join(every)) == (11_172, 2_350)
    assert _hangul_counts("".join(reversed(every)) * 2) == (22_344, 4_700)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_hangul_plausibility_of_every_page_in_every_codec(path: Path) -> None:
    from kornews.page import hangul_plausible

    data = _bytes(path)
    for codec in ("utf-8", "cp949", "latin-1"):
        text = data.decode(codec, "replace")
        assert hangul_plausible(text) == _plausible_per_character(text)


def test_scrub_replaces_lone_surrogates_in_every_string_and_keeps_clean_records() -> None:
    from kornews.api import _scrub
    from kornews.article import Article, Image, Reporter

    clean = Article(
        extractor="generic",
        title="제목",
        body=("가나다", "라마바"),
        reporters=(Reporter(name="홍길동", role="기자", email=None),),
        images=(Image(url=None, caption="사진", credit=None),),
    )
    assert _scrub(clean) is clean
    dirty = Article(
        extractor="generic",
        title="제\ud800목",
        body=("가나다", "라\udfff마"),
        reporters=(Reporter(name="홍\ud800길동", role="기자", email=None),),
        images=(Image(url=None, caption="사진", credit=None), Image(url=None, caption="\ud800", credit=None)),
    )
    fixed = _scrub(dirty)
    assert fixed.title == "제\ufffd목"
    assert fixed.body == ("가나다", "라\ufffd마")
    assert fixed.body[0] is dirty.body[0]
    assert fixed.reporters[0].name == "홍\ufffd길동"
    assert fixed.images[0] is dirty.images[0] and fixed.images[1].caption == "\ufffd"


# bytes as CP949 pages hold them: ASCII markup and letters (which are CP949 trail bytes too), lead
# bytes, trail bytes, stray and truncated sequences, Korean text, long ASCII runs
_CP949_PIECES = st.one_of(
    st.binary(max_size=6),
    st.sampled_from([b"<", b"A", b"z", b"\x00", b"\x7f", b"\x80", b"\x81", b"\xa0", b"\xa1", b"\xc6", b"\xfe"]),
    st.sampled_from(["정부가", "뷁똠", "漢字", "ㄱㅏ", "Ж", "①"]).map(lambda t: t.encode("cp949")),
    st.sampled_from(["\uc8a1", "\uac02", "\ud7a3"]).map(lambda t: t.encode("cp949")),  # UHC extension (ASCII trails)
    st.integers(1, 40).map(lambda n: b"<p class=x>" * n),
)


@settings(max_examples=600)
@given(st.lists(_CP949_PIECES, max_size=40).map(b"".join), st.sampled_from([1, 2, 3, 5, 8, 64, 1024]))
def test_split_cp949_decoding_is_the_whole_buffer_decoding(data: bytes, block: int) -> None:
    from kornews.page import _ASCII_BYTES, _decode_split

    for errors in ("strict", "replace"):
        try:
            expected: str | None = data.decode("cp949", errors)
        except UnicodeDecodeError:
            expected = None
        try:
            split = _decode_split(data, "cp949", errors, block)
        except UnicodeDecodeError:
            assert expected is None, "the split decoding failed where the whole-buffer one did not"
            continue
        assert split.text == expected
        assert split.utf8 == split.text.encode("utf-8")
        assert split.raw == split.text.encode("utf-8").translate(None, _ASCII_BYTES)
        if errors == "replace":
            assert split.text.count("\ufffd") == expected.count("\ufffd")


def test_split_codecs_keep_ascii_bytes_whole() -> None:
    """The precondition of the split decoding: every byte under 0x80 decodes to itself, alone or after
    any other byte (as a trail byte or as the byte after a bad lead), so the decoder is between
    characters after it."""
    from kornews.page import _SPLIT_CODECS

    ascii_bytes = bytes(range(128))
    for codec in _SPLIT_CODECS:
        assert ascii_bytes.decode(codec) == ascii_bytes.decode("ascii")
        for lead in range(0x80, 0x100):
            for trail in range(0x80):
                pair = bytes([lead, trail])
                text = pair.decode(codec, "replace")
                # either one character of both bytes or the bad lead, then the ASCII byte itself
                assert len(text) == 1 or text == "\ufffd" + chr(trail), (codec, pair, text)
                assert (pair + b"<").decode(codec, "replace").endswith("<")


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_decoding_every_page_as_before(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """decode_page's result and the parsed tree as with whole-buffer decoding (no split codecs), on
    every page as it is and re-encoded: CP949 declared, undeclared, with a stray byte, cut mid-character."""
    from kornews import page as kp

    data = _bytes(path)
    variants = [data]
    text = kp.decode_page(data).text
    try:
        cp = text.encode("cp949")
    except UnicodeEncodeError:
        cp = text.encode("cp949", "replace")
    declared = kp.declared_charset(cp)
    variants += [cp, cp.replace(b"charset=", b"charset=x"), cp[: len(cp) // 2] + b"\xff" + cp[len(cp) // 2 :]]
    variants.append(cp + "가".encode("cp949")[:1])
    assert declared in (None, "cp949", "utf-8") and any(kp.decode_page(v).codec == "cp949" for v in variants)
    new = [(kp.decode_page(v), Page.from_input(v).tree.html) for v in variants]
    monkeypatch.setattr(kp, "_SPLIT_CODECS", frozenset())
    assert new == [(kp.decode_page(v), Page.from_input(v).tree.html) for v in variants]
    # a UTF-8 BOM page: its bytes after the BOM go to the parser, the tree is the decoded text's
    bom = b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    decoded = kp.decode_page(bom)
    if decoded.errors == 0 and "\x00" not in decoded.text:
        assert Page.from_input(bom).tree.html == Page(kp.limit_nesting(decoded.text)).tree.html


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_page_text_is_the_first_non_empty_match(path: Path) -> None:
    from kornews.korean import clean_ws

    page = Page.from_input(_bytes(path))
    selectors = ("title", "h1", "h2", "p", "div", "span", "li a", "script", "br", "img", "td", ".nothing-here")
    for sel in selectors:
        texts = [t for t in (clean_ws(n.text(separator=" ")) for n in page.tree.css(sel)) if t]
        assert page.text(sel) == (texts[0] if texts else None)
    assert page.text("br", ".nothing-here", "img") is None
    assert page.text("br", "p", "h1") == (page.text("p") or page.text("h1"))


def test_page_text_skips_empty_first_matches() -> None:
    page = Page("<html><body><h1> </h1><h1><img></h1><h1>제목 <b>둘째</b></h1><p>본문</p></body></html>")
    assert page.text("h1") == "제목 둘째"
    assert page.text("h2", "p", "h1") == "본문"


@given(st.text(st.sampled_from(list("가힣각뷁ㄱㅏ漢 a<>\n\ud7a4\uabff")), max_size=60))
def test_embedded_hangul_count_is_one_per_syllable(text: str) -> None:
    from kornews.embedded import _hangul

    assert _hangul(text) == sum(1 for c in text if "\uac00" <= c <= "\ud7a3")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([b"", b'<meta charset="euc-kr">', b'<meta charset="utf-8">', b'<meta charset="iso-8859-1">']),
    st.lists(_CP949_PIECES, max_size=30).map(b"".join),
    st.sampled_from([None, "text/html; charset=euc-kr", "text/html; charset=windows-1252"]),
)
def test_decode_page_as_with_whole_buffer_decoding(head: bytes, data: bytes, content_type: str | None) -> None:
    """Every branch of decode_page (strict, plausibility, lossy candidates, fallbacks, DecodeError)
    gives what it gave with whole-buffer decoding (no split codecs)."""
    from kornews import page as kp
    from kornews.errors import DecodeError

    def run() -> object:
        try:
            return kp.decode_page(head + data, content_type)
        except DecodeError as exc:
            return str(exc)

    new = run()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kp, "_SPLIT_CODECS", frozenset())
        assert run() == new


_JSON_TAILS = st.text(alphabet='{}[]"\\ud800abc:,', max_size=400)


@settings(max_examples=200, deadline=None)
@given(tail=_JSON_TAILS, escape=st.booleans())
def test_a_json_value_reads_the_same_whatever_text_follows_it(tail: str, escape: bool) -> None:
    """``load_json`` of a value inside a longer text (a whole page) gives what the value alone gives,
    whatever brackets or escaped surrogates the rest of the text holds."""
    from kornews.page import load_json

    value = '{"headline": "제목", "body": [{"type": "text", "content": "' + ("\\ud800" if escape else "본문") + '"}]}'
    prefix = "<script>Fusion.globalContent="
    assert load_json(prefix + value + ";" + tail, len(prefix)) == load_json(value)
    deep = "[" * 300 + "]" * 300
    assert load_json(prefix + deep + tail, len(prefix)) is None  # too deep, whatever follows


def test_json_checks_read_only_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """The depth walk and the surrogate scrub run on what the value's own text needs, not on the brackets
    and escapes of the page after it (counted calls, never timed)."""
    from kornews import page as page_mod

    calls: list[str] = []
    walk, scrub = page_mod.json_depth_ok, page_mod._scrub_json
    monkeypatch.setattr(page_mod, "json_depth_ok", lambda v, *a: calls.append("walk") or walk(v, *a))
    monkeypatch.setattr(page_mod, "_scrub_json", lambda v: calls.append("scrub") or scrub(v))
    page = '<script>x={"a": [1, 2, {"b": "c"}]};</script>' + "<div>{[</div>" * 300 + '<p>"\\ud800"</p>'
    assert page_mod.load_json(page, page.index("{")) == {"a": [1, 2, {"b": "c"}]}
    assert calls == []
    assert page_mod.load_json('{"a": "\\ud800"}') == {"a": "\ufffd"} and calls == ["scrub"]


def test_the_entry_point_scan_runs_once_per_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan of installed distributions (one file open per dist-info) is asked once per discovery,
    not once by the extractor list and again by the external-extractor lookup; cache_clear asks again."""
    calls = []
    real = registry._may_have_entry_points

    def counted(*args: dict[str, int] | None) -> bool:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(registry, "_may_have_entry_points", counted)
    registry.extractors.cache_clear()
    try:
        registry.extractors()
        registry._external()
        registry.for_url("https://www.newsis.com/view/NISX20250722_0003261234")
        assert len(calls) == 1
        registry.extractors.cache_clear()
        registry.extractors()
        assert len(calls) == 2
    finally:
        monkeypatch.undo()
        registry.extractors.cache_clear()


# -- choose: a claiming extractor that fits no layout but scores the most any built-in can keeps the page ----------


def _ref_choose_by_url(page: Page, url: str) -> Extractor | None:
    """api.choose's URL branch as it was before registry.may_outscore (verbatim): for_page always asked."""
    ext = registry.for_url(url)
    if ext is not None:
        if not ext.fits(page):
            other = registry.for_page(page)
            if other is not None and other is not ext and other.recognise(page) > ext.recognise(page):
                return other
        return ext
    return None


def _page(path: Path, url: str | None = None) -> Page:
    data = path.read_bytes()
    return Page.from_input(gzip.decompress(data) if path.suffix == ".gz" else data, url)


def test_no_builtin_extractor_recognises_a_page_above_the_bound() -> None:
    seen = []
    for path in PAGES:
        page = _page(path)
        for ext in registry.extractors():
            score = ext.recognise(page)
            assert 0 <= score <= registry.MAX_BUILTIN_SCORE, (path.name, ext.id, score)
            seen.append(score)
    assert registry.MAX_BUILTIN_SCORE in seen  # the bound is reached: it is the most, not just above it


def test_choose_is_what_asking_every_extractor_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    from kornews.api import choose

    urls = [ext.example_urls[0] for ext in registry.extractors() if ext.example_urls]
    calls: list[int] = []
    real = registry.for_page

    def counted(p: Page) -> Extractor | None:
        calls.append(1)
        return real(p)

    skipped = 0
    for path in PAGES:
        for url in urls:
            page = _page(path, url)
            want = _ref_choose_by_url(page, url)
            assert want is not None
            calls.clear()
            with monkeypatch.context() as m:
                m.setattr(registry, "for_page", counted)
                got = choose(page, url)
            assert got is want, (path.name, url)
            skipped += not calls and not want.fits(page)
    assert skipped  # some page was chosen without asking every extractor


def test_any_other_extractor_makes_choose_ask_them_all(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not registry.may_outscore(registry.MAX_BUILTIN_SCORE)
    assert registry.may_outscore(registry.MAX_BUILTIN_SCORE - 1)
    monkeypatch.setattr(registry, "_extra", [Extractor])
    assert registry.may_outscore(registry.MAX_BUILTIN_SCORE)
    monkeypatch.undo()
    monkeypatch.setattr(registry, "_table_current", lambda: False)
    assert registry.may_outscore(registry.MAX_BUILTIN_SCORE)


def _site(tmp_path: Path, name: str, age_s: float) -> Path:
    """A site directory holding one distribution that declares no kornews entry point, its mtime
    ``age_s`` seconds in the past."""
    site = tmp_path / name
    dist = site / "other-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "entry_points.txt").write_text("[console_scripts]\nx = y:z\n", encoding="utf-8")
    then = time.time() - age_s
    os.utime(site, (then, then))
    return site


def _rewrite_in_place(path: Path, text: str) -> None:
    """Rewrite a file the way ``setup.py egg_info`` does (open, truncate): its directory's mtime stays."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


@pytest.fixture
def scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The registry's scan file, moved to ``tmp_path`` with bytecode writing allowed (so that it is
    written); the scan's in-process answer is forgotten before and after the test."""
    path = tmp_path / "registry.scan"
    monkeypatch.setattr(registry, "_scan_file", lambda: str(path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    registry._plugins_possible.cache_clear()
    yield path
    registry._plugins_possible.cache_clear()


def test_the_entry_point_scan_is_remembered_per_unchanged_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: Path
) -> None:
    old, young = _site(tmp_path, "old", 60), _site(tmp_path, "young", 0)
    monkeypatch.setattr(sys, "path", [str(old), str(young)])
    assert not registry._plugins_possible()
    remembered = json.loads(scan.read_text(encoding="utf-8"))["dirs"]
    assert remembered == {str(old): os.stat(old).st_mtime_ns}  # the young one may still change unseen
    # a remembered directory's dist-info is not read again: a declaration written into it in place
    # (no installer does that) goes unseen; in the young one it is seen
    _rewrite_in_place(old / "other-1.0.dist-info" / "entry_points.txt", "[kornews.extractors]\nx = y:z\n")
    registry._plugins_possible.cache_clear()
    assert not registry._plugins_possible()
    _rewrite_in_place(young / "other-1.0.dist-info" / "entry_points.txt", "[kornews.extractors]\nx = y:z\n")
    registry._plugins_possible.cache_clear()
    assert registry._plugins_possible()
    # an installed distribution changes the directory: read again
    monkeypatch.setattr(sys, "path", [str(old)])
    plugin = old / "plugin-1.0.dist-info"
    plugin.mkdir()
    (plugin / "entry_points.txt").write_text("[kornews.extractors]\np = q:r\n", encoding="utf-8")
    registry._plugins_possible.cache_clear()
    assert registry._plugins_possible()
    # an egg-info (rewritten in place by setup.py develop) is read even in a remembered directory
    shutil.rmtree(plugin)
    shutil.rmtree(old / "other-1.0.dist-info")
    egg = old / "dev.egg-info"
    egg.mkdir()
    (egg / "entry_points.txt").write_text("[console_scripts]\nx = y:z\n", encoding="utf-8")
    then = time.time() - 60
    os.utime(old, (then, then))
    registry._plugins_possible.cache_clear()
    assert not registry._plugins_possible()
    assert json.loads(scan.read_text(encoding="utf-8"))["dirs"][str(old)] == os.stat(old).st_mtime_ns
    _rewrite_in_place(egg / "entry_points.txt", "[kornews.extractors]\nx = y:z\n")
    registry._plugins_possible.cache_clear()
    assert registry._plugins_possible()


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": 1, "python": "other", "dirs": {}}', b"[1]", b"\xff\xfe"])
def test_a_damaged_or_foreign_scan_file_means_a_full_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: Path, content: bytes
) -> None:
    site = _site(tmp_path, "site", 60)
    scan.write_bytes(content.replace(b'"other"', json.dumps(sys.version + "x").encode()))
    monkeypatch.setattr(sys, "path", [str(site)])
    _rewrite_in_place(site / "other-1.0.dist-info" / "entry_points.txt", "[kornews.extractors]\nx = y:z\n")
    assert registry._read_scan(str(scan)) == {}
    assert registry._plugins_possible()


def test_no_scan_file_without_bytecode_or_with_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: Path
) -> None:
    site = _site(tmp_path, "site", 60)
    monkeypatch.setattr(sys, "path", [str(site)])
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not registry._plugins_possible()
    assert not scan.exists()
    monkeypatch.undo()
    monkeypatch.setenv("KORNEWS_REGEX_CACHE", "0")
    assert registry._scan_file() is None
    monkeypatch.delenv("KORNEWS_REGEX_CACHE")
    path = registry._scan_file()
    assert path is None or os.path.basename(path) == f"registry.{sys.implementation.cache_tag}.scan"


def test_the_scan_file_is_written_only_when_it_learns_a_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: Path
) -> None:
    one, two = _site(tmp_path, "one", 60), _site(tmp_path, "two", 60)
    writes: list[dict[str, int]] = []
    real = registry._write_scan
    monkeypatch.setattr(registry, "_write_scan", lambda file, dirs: (writes.append(dict(dirs)), real(file, dirs)))
    try:
        for path, expected in (([one, two], 1), ([one, two], 1), ([one], 1), ([two], 1)):
            monkeypatch.setattr(sys, "path", [str(p) for p in path])
            registry._plugins_possible.cache_clear()
            assert not registry._plugins_possible()
            assert len(writes) == expected  # the file already knows these directories (and keeps the other's)
        both = {str(one): os.stat(one).st_mtime_ns, str(two): os.stat(two).st_mtime_ns}
        assert writes[0] == both
        then = time.time() - 30
        os.utime(one, (then, then))  # changed (a distribution installed and removed): learned again
        registry._plugins_possible.cache_clear()
        monkeypatch.setattr(sys, "path", [str(one)])
        assert not registry._plugins_possible()
        assert len(writes) == 2 and writes[1] == {**both, str(one): os.stat(one).st_mtime_ns}
    finally:
        registry._plugins_possible.cache_clear()

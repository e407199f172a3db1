"""Bad input never escapes, never loses the article, never stalls (issue 10).

Regression tests for every reproducer of the issue, the decoding order, the limits, containers,
and hypothesis fuzzing of every entry point (random bytes, mutated fixtures, one-fault mutations,
broken JSON, odd charsets, pathological markup).  The long run is ``tools/fuzz.py --n 200000``.
"""

from __future__ import annotations

import gzip
import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kornews
from kornews import dom, korean, limits
from kornews.page import Page, decode_page, hangul_plausible, label_codec, limit_nesting

from .fixtures import FIXTURES
from .fuzzkit import FuzzInput, Generator, good_pages, one_fault, pathological, run_input

NEWSPIM = FIXTURES / "newspim"
BODY = "정부가 22일 발표한 경제 정책 방향에 따르면 올해 성장률 전망치는 지난해보다 낮아질 것으로 보인다. " * 4
PAGE = (
    "<html><head><meta charset=\"{cs}\"><title>경제 정책 방향 발표 성장률 전망치 하향</title></head>"
    "<body><article><h1>경제 정책 방향 발표 성장률 전망치 하향</h1><p>{body}</p><p>{body}</p>"
    "<p>홍길동 기자 hong@example.com</p></article></body></html>"
)


def page(cs: str = "utf-8", body: str = BODY) -> str:
    return PAGE.format(cs=cs, body=body)


def newspim_page() -> tuple[bytes, str]:
    case = json.loads((NEWSPIM / "layout-2026.json").read_text(encoding="utf-8"))
    return (NEWSPIM / case["_source"]["input"]).read_bytes(), case["_source"]["url"]


@pytest.fixture(scope="module")
def reference() -> tuple[bytes, str, kornews.Article]:
    data, url = newspim_page()
    return data, url, kornews.extract(data, url=url)


# -- reproducers of the issue --------------------------------------------------------------------


def test_meta_charset_undefined_is_ignored() -> None:
    article = kornews.extract(page("undefined").encode("utf-8"))
    assert article.title.startswith("경제 정책") and article.decode_errors == 0


def test_header_charset_undefined_is_ignored() -> None:
    article = kornews.extract(page().encode("utf-8"), content_type="text/html; charset=undefined")
    assert article.body[0].startswith("정부가 22일")


def test_meta_utf16_on_utf8_bytes_reads_utf8() -> None:
    for label in ("utf-16", "utf-16le", "UTF-32", "unicode"):
        assert kornews.extract(page(label).encode("utf-8")).title.startswith("경제 정책")


def test_x_user_defined_label_is_windows_1252() -> None:
    assert label_codec("x-user-defined") == "cp1252"
    assert label_codec("iso-8859-1") == "cp1252" and label_codec("ascii") == "cp1252"
    assert label_codec("euc-kr") == "cp949" and label_codec("ks_c_5601-1987") == "cp949"
    assert label_codec("undefined") is None and label_codec("ptcp154") is None and label_codec("") is None
    assert label_codec("latin2") == "iso8859-2"


def test_empty_strong_in_hankook_byline() -> None:
    src = (FIXTURES / "hankookilbo" / "HankookIlbo_2025_05_15.html.gz").read_bytes()
    data = gzip.decompress(src)
    assert b'class="writer"' in data or b"writer" in data
    mutated = re.sub(rb"(<div class=\"writer\"[^>]*>)", rb"\1<strong></strong>", data, count=1)
    url = json.loads((FIXTURES / "hankookilbo" / "HankookIlbo_2025_05_15.json").read_text())["_source"].get("url")
    article = kornews.extract(mutated, url=url)
    assert article.title and article.body


def test_lone_surrogate_in_next_flight_data() -> None:
    flight = '<script>self.__next_f.push([1,"0:\\ud800 가나다"])</script>'
    html = page().replace("</body>", flight + "</body>")
    article = kornews.extract(html.encode("utf-8"))
    article.to_json().encode("utf-8")
    from kornews.embedded import flight_rows

    rows = flight_rows(Page.from_input(html.encode()))
    assert all("\ud800" not in str(v) for v in rows.values())


def test_lone_surrogate_in_str_input_and_jsonld() -> None:
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"제목 \\udc00 입니다"}</script>'
    html = page().replace("<title>", ld + "<title>").replace("경제 정책 방향 발표", "경제\ud800 정책 방향 발표", 1)
    article = kornews.extract(html)
    assert "\ud800" not in article.to_json() and "\udc00" not in article.to_json()
    article.to_json().encode("utf-8")


@pytest.mark.parametrize("depth", [1_000, 5_000, 100_000])
def test_deep_jsonld_is_skipped_not_fatal(reference: tuple[bytes, str, kornews.Article], depth: int) -> None:
    data, url, expected = reference
    blob = "[" * depth + "]" * depth
    mutated = data.replace(b"</head>", f'<script type="application/ld+json">{blob}</script></head>'.encode(), 1)
    assert kornews.extract(mutated, url=url) == expected


def test_huge_and_broken_jsonld_are_skipped(reference: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = reference
    for blob in ('{"headline": "' + "x" * 6_000_000 + '"}', '{"@type": "NewsArticle", "headline": ', "[1,]"):
        mutated = data.replace(b"</head>", f'<script type="application/ld+json">{blob}</script></head>'.encode(), 1)
        assert kornews.extract(mutated, url=url) == expected


def test_stray_0xff_costs_one_character(reference: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = reference
    i = data.index(b"</p>")
    article = kornews.extract(data[:i] + b"\xff" + data[i:], url=url)
    assert article.decode_errors == 1
    assert article.title == expected.title and len(article.body) == len(expected.body)


def test_page_cut_mid_multibyte(reference: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = reference
    article = kornews.extract(data + "가".encode()[:2], url=url)
    assert article.decode_errors == 1 and article.title == expected.title


def test_stray_byte_in_cp949_page() -> None:
    raw = page("euc-kr").encode("cp949")
    i = raw.index(b"</p>")
    decoded = decode_page(raw[:i] + b"\xff" + raw[i:])
    assert decoded.codec == "cp949" and decoded.errors == 1 and "정부가" in decoded.text
    undeclared = page("x").replace('<meta charset="x">', "").encode("cp949")
    decoded = decode_page(undeclared[:i] + b"\x80" + undeclared[i:])
    assert decoded.codec == "cp949" and "정부가" in decoded.text


def test_no_cyrillic_garbage_from_detection() -> None:
    raw = page("x").replace('<meta charset="x">', "").encode("utf-8")
    decoded = decode_page(raw[:200] + b"\xff" + raw[200:])
    assert decoded.codec == "utf-8" and hangul_plausible(decoded.text)


def test_wrong_latin1_header_is_detected() -> None:
    raw = page().encode("utf-8")
    for ct in ("text/html; charset=iso-8859-1", "text/html; charset=windows-1251", "text/html; charset=koi8-r"):
        article = kornews.extract(raw, content_type=ct)
        assert article.title.startswith("경제 정책") and article.decode_errors == 0
    cp = page("iso-8859-1").encode("cp949")
    assert decode_page(cp).codec == "cp949"


def test_wrong_utf8_or_euckr_declaration() -> None:
    assert decode_page(page("utf-8").encode("cp949")).codec == "cp949"
    assert decode_page(page("euc-kr").encode("utf-8")).codec == "utf-8"


def test_bom_wins_and_counts_errors() -> None:
    data = "\ufeff".encode() + page("euc-kr").encode("utf-8")
    assert decode_page(data).codec == "utf-8-bom"
    utf16 = b"\xff\xfe" + page().encode("utf-16-le")
    assert decode_page(utf16).codec == "utf-16-le-bom" and "정부가" in decode_page(utf16).text


def test_utf16_without_bom() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_page(page("utf-16").encode(codec))
        assert decoded.codec == codec and "정부가" in decoded.text and decoded.errors == 0


def test_ascii_fast_path_and_undecodable() -> None:
    assert decode_page(b"<p>hello</p>").text == "<p>hello</p>"
    with pytest.raises(kornews.DecodeError):
        decode_page(bytes(range(128, 256)) * 50)


def test_warc_given_as_one_page_is_refused() -> None:
    data, _ = newspim_page()
    warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n" + data + b"\r\n\r\nWARC/1.0\r\n" + data
    for given_page in (warc, gzip.compress(warc), warc.decode("utf-8", "replace")):
        with pytest.raises(kornews.ContainerInput, match="WARC"):
            kornews.extract(given_page)


def test_gzip_recognised_by_magic(reference: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = reference
    assert kornews.extract(gzip.compress(data), url=url) == expected
    assert kornews.extract(gzip.compress(data[:5000]) + gzip.compress(data[5000:]), url=url) == expected
    with pytest.raises(kornews.DecodeError):
        kornews.extract(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(kornews.DecodeError):
        kornews.extract(gzip.compress(data)[:-20], url=url)


def test_gzip_bomb_is_bounded() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 30_000_000)
    with pytest.raises(kornews.PageTooLarge):
        kornews.extract(bomb)


def test_page_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = page().encode("utf-8")
    with pytest.raises(kornews.PageTooLarge) as info:
        kornews.extract(raw, max_bytes=100)
    assert info.value.limit == 100 and info.value.size == len(raw)
    with pytest.raises(kornews.PageTooLarge):
        kornews.extract_text("가" * 200, max_bytes=100)
    monkeypatch.setenv("KORNEWS_MAX_BYTES", "100")  # read at call time
    with pytest.raises(kornews.PageTooLarge):
        kornews.extract(raw)
    assert kornews.extract(raw, max_bytes=0).title  # 0: no limit
    monkeypatch.setenv("KORNEWS_MAX_BYTES", "0")
    assert kornews.extract(raw).title


def test_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    big = "<html><head><title>제목 제목 제목</title></head><body>" + "<div><p>가나다라 마바사</p></div>" * 20_000
    with pytest.raises(kornews.TimeBudgetExceeded) as info:
        kornews.extract(big, url="https://example.com/a", time_budget=1e-9)
    assert info.value.budget == 1e-9 and info.value.url == "https://example.com/a"
    monkeypatch.setenv("KORNEWS_TIME_BUDGET", "1e-9")
    with pytest.raises(kornews.TimeBudgetExceeded):
        kornews.extract(big)
    assert limits.time_budget(0) is None and limits.time_budget() == 1e-9
    monkeypatch.setenv("KORNEWS_TIME_BUDGET", "nonsense")
    assert limits.time_budget() == limits.DEFAULT_TIME_BUDGET


def test_strict_flag_is_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from kornews import api

    class Boom(Exception):
        pass

    def boom(*_: object) -> None:
        raise Boom("x")

    ext = kornews.registry.get("generic")  # type: ignore[attr-defined]
    monkeypatch.setenv("KORNEWS_STRICT", "1")
    with pytest.raises(Boom):
        api._guard(ext, None, boom)
    monkeypatch.setenv("KORNEWS_STRICT", "0")
    with pytest.raises(kornews.ExtractionError, match="Boom"):
        api._guard(ext, None, boom)


def test_wrong_types_are_invalid_input() -> None:
    for bad in (None, 5, 1.5, [], object()):
        with pytest.raises(kornews.InvalidInput):
            kornews.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(kornews.InvalidInput):
        kornews.extract(b"<p>x</p>", url=5)  # type: ignore[arg-type]
    with pytest.raises(kornews.InvalidInput):
        kornews.extract_text(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # InvalidInput is also a TypeError
        kornews.extract_listing(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x",
        "[]",
        "null",
        "5",
        '{"title": "t"}',
        '{"extractor": "a", "title": 5}',
        '{"extractor": "a", "title": "t", "published": "2025-99-99"}',
        '{"extractor": "a", "title": "t", "reporters": [1]}',
        "[" * 100_000,
        '{"extractor": "a", "title": "t", "body": "not a list"}',
        '{"extractor": "a", "title": "t", "decode_errors": "1"}',
    ],
)
def test_article_from_json_raises_invalid_record(text: str) -> None:
    with pytest.raises(kornews.InvalidRecord):
        kornews.Article.from_json(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"url": "x"}',
        '{"extractor": "a", "total": "3"}',
        '{"extractor": "a", "items": [{}]}',
        '{"extractor": "a", "items": [{"title": "t", "published": 5}]}',
    ],
)
def test_listing_from_json_raises_invalid_record(text: str) -> None:
    with pytest.raises(kornews.InvalidRecord):
        kornews.Listing.from_json(text)


def test_article_round_trip_still_works(reference: tuple[bytes, str, kornews.Article]) -> None:
    article = reference[2]
    assert kornews.Article.from_json(article.to_json()) == article
    with pytest.raises(kornews.InvalidRecord):
        kornews.Article.from_dict([])  # type: ignore[arg-type]


# -- linear time on pathological markup (each case is a size that was minutes when quadratic) -------


def test_nested_boxes_drop_boxes_is_linear() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from kornews.cleanup import drop_boxes, first_texts

    n = 5_000
    tree = LexborHTMLParser("<body>" + "<div>" * n + "관련기사 목록" + "</div>" * n + "<p>본문</p></body>")
    body = tree.body
    assert body is not None
    first = first_texts(body)
    assert len(first) >= 500 and set(first.values()) == {"관련기사 목록", "본문"}
    drop_boxes(body, [re.compile("^관련기사")])
    assert "관련기사" not in body.text() and "본문" in body.text()


def test_nested_inline_blocks_are_linear() -> None:
    from selectolax.lexbor import LexborHTMLParser

    n = 20_000
    body = LexborHTMLParser("<body><p>" + "<span>가 " * n + "</span>" * n + "</p><p>끝</p></body>").body
    assert body is not None
    out = dom.blocks(body)
    assert [b.text for b in out][-1] == "끝" and out[0].text.startswith("가 가")


def test_long_caption_token_is_linear() -> None:
    caption = "서울 시내 전경. " + "a" * 100_000
    assert korean.split_caption(caption).caption == caption.strip()
    assert korean.split_caption("서울 시내 전경. " + " ".join(["a@b.com"] * 20_000)).caption == "서울 시내 전경."
    assert korean.cut_tail(re.compile(r"(?:\s*[a-z]+@[a-z]+\.com)+\s*$"), "x " + "ab@cd.com " * 500) == "x"


def test_deep_page_is_capped_like_browsers() -> None:
    html = (
        "<html><head><title>경제 정책 방향 발표</title></head><body>"
        + "<div>" * 100_000
        + "<p>"
        + BODY
        + "</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )
    capped = limit_nesting(html)
    assert capped.count("<div>") == 512 and BODY in capped
    assert limit_nesting(page()) is not None and limit_nesting("<div>x</div>" * 20_000).count("<div>") == 20_000
    script = "<div><script>" + "<div>" * 20_000 + "</script>" * 2
    assert limit_nesting(script) == script
    article = kornews.extract(html)
    assert article.body and article.body[0].startswith("정부가")


def test_render_text_of_deep_tree() -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(
        "<body>" + "<section>" * 3_000 + "<p>가나다</p><ul><li>하나</li></ul>" + "</section>" * 3_000
    )
    assert tree.body is not None
    assert dom.render_text(tree.body) == "가나다\n• 하나"


# -- hypothesis: every entry point only ever raises KornewsError ------------------------------------

_GOODS = good_pages()


def _check(item: FuzzInput) -> None:
    outcome = run_input(item)
    assert outcome.status in ("ok", "error"), (item.kind, outcome.detail)


@settings(max_examples=60)
@given(st.binary(max_size=3000), st.sampled_from([None, "text/html; charset=undefined", "charset=utf-16", "x"]))
def test_random_bytes(data: bytes, content_type: str | None) -> None:
    _check(FuzzInput("extract", "bytes", (data,), {"content_type": content_type}))


@settings(max_examples=40)
@given(st.text(max_size=2000))
def test_random_text_every_text_entry(text: str) -> None:
    _check(FuzzInput("extract", "str", (text,)))
    _check(FuzzInput("extract_text", "text", (text,)))
    _check(FuzzInput("from_json", "record", (text,)))


@settings(max_examples=40)
@given(st.integers(0, len(_GOODS) - 1), st.randoms(use_true_random=False))
def test_one_fault_keeps_the_article(index: int, rng: random.Random) -> None:
    g = _GOODS[index]
    if g.kind != "article":
        return
    before = kornews.extract(g.data, url=g.url, outlet=g.outlet)
    page_, extra, name = one_fault(rng, g)
    item = FuzzInput(
        "extract",
        name,
        (page_,),
        {"url": g.url, "outlet": g.outlet, **extra},
        must_keep=bool(before.title and before.body),
    )
    _check(item)


@settings(max_examples=40)
@given(st.randoms(use_true_random=False))
def test_pathological_markup(rng: random.Random) -> None:
    _check(FuzzInput("extract", "pathological", (pathological(rng, big=False),)))


@settings(max_examples=60)
@given(st.integers(0, 2**32))
def test_generator_mix(seed: int) -> None:
    gen = _generator()
    gen.rng.seed(seed)
    _check(gen.draw())


_GEN: list[Generator] = []


def _generator() -> Generator:
    if not _GEN:
        _GEN.append(Generator(0, big=False))
    return _GEN[0]

"""The fast paths of the outlet path's per-page helpers give exactly what the plain code gave.

The oracles below are verbatim copies of the code before the fast paths (the date builder reading its
groups by name, ``parse_date`` through ``finditer``, ``parse_byline`` without its role prefilter,
``_node_date`` asking ``node.attributes`` per attribute), compared on every string of every fixture
page (text nodes, attribute values, the texts of elements) and on hypothesis input built to hit each
branch (12-hour labels, offsets, invalid days, several dates in a row, role words, names and e-mails).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from kornews import extractor, registry
from kornews import korean as k
from kornews.content import _split
from kornews.page import Page, host_matches, ld_text
from kornews.spec import Layout
from tests.fixtures import html_pages

# -- the oracles (verbatim, module names added) ------------------------------------------------------


def ref_build(m: re.Match[str]) -> datetime | date | None:
    g = m.groupdict()
    try:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if g.get("H") is None:
            return date(y, mo, d)
        hour, minute = int(g["H"]), int(g["M"])
        second = int(g["S"]) if g.get("S") else 0
        ampm = (g.get("ampm") or g.get("ampm2") or "").upper().replace(".", "")
        if ampm in ("오후", "PM") and hour < 12:
            hour += 12
        elif ampm in ("오전", "AM") and hour == 12:
            hour = 0
        tz = g.get("tz")
        if tz and not (tz in k._KST_OFFSETS and y >= 1989):  # Seoul's offset has been +09:00 all year since 1988
            tzi = k._OFFSETS.get(tz)
            if tzi is None:
                tzi = k._offset(tz)
            return datetime(y, mo, d, hour, minute, second, tzinfo=tzi).astimezone(k.KST)
        return datetime(y, mo, d, hour, minute, second, tzinfo=k.KST)
    except (ValueError, OverflowError):
        return None


def ref_parse_date(text: str | None) -> k.ParsedDate | None:
    if not text:
        return None
    s = text.strip()
    m = k._COMPACT_RE.match(s)
    if m:
        value = ref_build(m)
        return k.ParsedDate(value, s) if value is not None else None
    for m in k._DATE_RE.finditer(text):
        value = ref_build(m)
        if value is not None:
            return k.ParsedDate(value, m.group(0).strip())
    return None


def ref_parse_labelled_dates(text: str | None) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    if not text:
        return None, None
    published: k.ParsedDate | None = None
    modified: k.ParsedDate | None = None
    pos = 0
    for m in k._DATE_RE.finditer(text):
        value = ref_build(m)
        if value is None:
            continue
        before = text[pos : m.start()]
        pos = m.end()
        pd = k.ParsedDate(value, m.group(0).strip())
        if k._MODIFIED_LABEL.search(before):
            modified = modified or pd
        elif k._PUBLISHED_LABEL.search(before) or published is None:
            published = published or pd
        else:
            modified = modified or pd
    return published, modified


def ref_parse_byline(text: str | None) -> list[k.RawReporter]:
    if not text:
        return []
    out: list[k.RawReporter] = []
    for m in k._BYLINE_RE.finditer(text):
        names = [n for n in k._SPLIT_NAMES.split(m.group("names")) if n and not k.is_organisation(n)]
        email = m.group("email").lower() if m.group("email") else None
        for i, name in enumerate(names):
            out.append(k.RawReporter(name, m.group("role"), email if i == len(names) - 1 else None))
    return out


def ref_node_date(node: LexborNode) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    for attr in ("datetime", "data-date-time", "data-modify-date-time", "data-date", "content"):
        value = node.attributes.get(attr)
        if value:
            parsed = ref_parse_date(value)
            if parsed is not None:
                return parsed, None
    return ref_parse_labelled_dates(k.clean_ws(node.text(separator=" ")))


# -- the inputs --------------------------------------------------------------------------------------


def _same(a: object, b: object) -> bool:
    """Equal, and the dates of the same type with the same tzinfo (a ``date`` is not a ``datetime``)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, date) or isinstance(b, date):
        return type(a) is type(b) and a == b and getattr(a, "tzinfo", None) == getattr(b, "tzinfo", None)
    return a == b


@cache
def _page_strings() -> tuple[str, ...]:
    """Every text node, attribute value and short element text of every fixture page."""
    out: dict[str, None] = {}
    for _name, data in html_pages():
        tree = LexborHTMLParser(data)
        for node in tree.root.traverse(include_text=True) if tree.root is not None else ():
            if node.tag == "-text":
                out[node.text_content or ""] = None
            elif node.is_element_node:
                for value in node.attributes.values():
                    if value:
                        out[value] = None
                text = node.text(separator=" ")
                if len(text) <= 300:
                    out[text] = None
    return tuple(out)


def _page_nodes() -> Iterator[LexborNode]:
    for _name, data in html_pages():
        tree = LexborHTMLParser(data)
        if tree.root is not None:
            yield from (n for n in tree.root.traverse() if n.is_element_node)


_DATEISH = st.lists(
    st.sampled_from(
        [
            "2024", "1988", "1989", "2099", "19", "20", "-", ".", "/", " ", "년", "월", "일", "시", "분", "초",
            "12", "1", "5", "00", "31", "13", "29", "02", "30", "59", "60", "24", "9", ":", "T", ",", "Z",
            "+09:00", "+0900", "-05:00", "+14:00", "+99:99", "오전", "오후", "AM", "pm", "A.M.", "P.M.", ".123",
            "입력", "수정", "기사입력", "최종수정", "등록", "업데이트", "송고", "\n", "\u00a0", "x", "20250722140025",
        ]
    ),
    max_size=24,
).map("".join)

_BYLINEISH = st.lists(
    st.sampled_from(
        [
            "홍길동", "김철수", "이", "해인", " ", "·", ",", "/", "ㆍ", "기자", "선임기자", "특파원", "논설위원",
            "편집국장", "칼럼니스트", "에디터", "통신원", "위원", "기", "자", "연합뉴스", "사회부", "편집국",
            "(", ")", "[", "]", "<", ">", "abc@news.co.kr", "X@Y.Z", "=", "대기자", "뉴스", "㈜", "주식회사",
        ]
    ),
    max_size=16,
).map("".join)


# -- the tests ---------------------------------------------------------------------------------------


def test_dates_of_every_string_of_every_page() -> None:
    strings = _page_strings()
    assert len(strings) > 1000
    for text in strings:
        assert _same(k.parse_date(text), ref_parse_date(text)), text
        assert _same(k.parse_labelled_dates(text), ref_parse_labelled_dates(text)), text
        for m in k.DATE_RE.finditer(text):
            assert _same(k.build_date(m), ref_build(m)), text


@given(_DATEISH)
@example("2024. 12. 5. 오후 12:30 수정 2024-13-01 2024-12-06T00:55:00Z")
@example("2019-02-29 10:00 2020-02-29 오전 12:05:07")
@example("2024-01-01 AM 12:30 2024-01-02 12:30 am 2024-01-03 P.M. 1:05")
@example("1988-05-01T10:00:00+09:00 1989-05-01T10:00:00+0900 2024-01-01T00:00:00+99:99")
def test_dates_of_date_like_strings(text: str) -> None:
    assert _same(k.parse_date(text), ref_parse_date(text))
    assert _same(k.parse_labelled_dates(text), ref_parse_labelled_dates(text))
    for m in k.DATE_RE.finditer(text):
        assert _same(k.build_date(m), ref_build(m))


def test_build_date_of_another_pattern_reads_its_groups_by_name() -> None:
    m = re.match(r"(?P<d>\d+)/(?P<m>\d+)/(?P<y>\d{4})", "05/12/2024")
    assert m is not None
    assert k.build_date(m) == ref_build(m) == date(2024, 12, 5)


def test_bylines_of_every_string_of_every_page() -> None:
    found = 0
    for text in _page_strings():
        want = ref_parse_byline(text)
        assert k.parse_byline(text) == want, text
        found += bool(want)
    assert found > 50  # the pages' bylines are among them


@given(_BYLINEISH)
@example("홍길동·김철수 기자 abc@news.co.kr")
@example("사회부 기자")
@example("홍길동/김철수 기자 abc@news.co.kr, 이영희 ・ 박민수ㆍ최지우 선임기자 (X@Y.ORG)")
def test_bylines_of_byline_like_strings(text: str) -> None:
    assert k.parse_byline(text) == ref_parse_byline(text)


def test_every_role_word_ends_in_a_prefilter_tail() -> None:
    assert all(any(role.endswith(tail) for tail in k._ROLE_TAILS) for role in k.ROLES)


_ATTRIBUTES = ("datetime", "data-date-time", "data-modify-date-time", "data-date", "content", "title")


@given(
    st.lists(
        st.tuples(st.sampled_from(_ATTRIBUTES), st.sampled_from(["", "x", "2024-05-06 07:08", "20240506"])), max_size=4
    ),
    st.sampled_from(["", "입력 2024.01.02 03:04 수정 2024.01.03", "없음"]),
)
def test_node_dates_of_dated_attributes(attributes: list[tuple[str, str]], text: str) -> None:
    attrs = " ".join(f'{name}="{value}"' for name, value in dict(attributes).items())
    node = LexborHTMLParser(f"<body><span {attrs}>{text}</span></body>").css_first("span")
    assert node is not None
    assert _same(extractor._node_date(node), ref_node_date(node))


def test_node_dates_of_every_element_of_every_page() -> None:
    dated = 0
    for node in _page_nodes():
        want = ref_node_date(node)
        assert _same(extractor._node_date(node), want), node.html[:200] if node.html else node.tag
        dated += want != (None, None)
    assert dated > 100


def ref_meta_tags(page: Page) -> list[str]:
    out: list[str] = []
    for content in page.meta_values("article:tag"):
        out.extend(_split(content))
    keywords = (page.article_ld or {}).get("keywords")
    if isinstance(keywords, list):
        out.extend(k.clean_ws(str(x)) for x in keywords)
    elif isinstance(keywords, str):
        out.extend(_split(keywords))
    return out


def test_meta_tags_of_every_page() -> None:
    tagged = 0
    for _name, data in html_pages():
        page = Page.from_input(data, url="https://www.example.co.kr/news/1")
        want = ref_meta_tags(page)
        assert extractor._meta_tags(page) == want
        tagged += bool(want)
    assert tagged >= 1


_TAG_METAS = st.lists(
    st.tuples(
        st.sampled_from(["property", "name", "itemprop"]),
        st.sampled_from(["article:tag", "ARTICLE:TAG", " article:tag", "article:tags", "og:title"]),
        st.sampled_from([None, "", "  ", "\u3000", "인공지능", "AI, 반도체 #칩", " , "]),
    ),
    max_size=5,
)


@given(_TAG_METAS)
@example([("property", "article:tag", "  "), ("name", "article:tag", "태그"), ("property", "article:tag", "인공지능")])
@example([("property", "article:tag", None), ("property", "ARTICLE:TAG", "태그")])
def test_meta_tags_of_any_metas(metas: list[tuple[str, str, str | None]]) -> None:
    tags = "".join(
        f'<meta {attr}="{key}"' + (f' content="{content}"' if content is not None else "") + ">"
        for attr, key, content in metas
    )
    page = Page.from_input(f"<html><head>{tags}</head><body><p>본문</p></body></html>".encode())
    assert extractor._meta_tags(page) == ref_meta_tags(page)


@pytest.mark.parametrize("sep", ["·", "ㆍ", ",", "・", "/", " · ", ", "])
def test_bylines_with_each_name_separator(sep: str) -> None:
    for text in (f"홍길동{sep}김철수 기자", f"홍길동{sep}김철수{sep}연합뉴스 특파원 abc@news.co.kr"):
        assert k.parse_byline(text) == ref_parse_byline(text)
        assert len(k.parse_byline(text)) == 2


def ref_recognise(cls: type[extractor.Extractor], page: Page) -> int:
    if any(host_matches(h, cls.domains) for h in page.hosts):
        return 10
    meta = page.meta
    names = extractor._lower_names(tuple(cls.site_names))
    for key in ("og:site_name", "twitter:site", "og:article:author", "article:publisher", "author"):
        value = meta.get(key)
        if value and names:
            low = value.lower()
            if any(name in low for name in names):
                return 6
    if any(page.mentions(d) for d in cls.domains):
        return 2
    return 0


def _classes() -> list[type[extractor.Extractor]]:
    return [type(e) for e in registry.extractors()] + [type(registry.fallback())]


def _recognition(page: Page) -> None:
    for cls in _classes():
        for deferred in (True, False):
            page.scans_deferred = deferred
            assert extractor.Extractor.recognise.__func__(cls, page) == ref_recognise(cls, page), cls.id  # type: ignore[attr-defined]


def test_recognition_of_every_page() -> None:
    for _name, data in html_pages():
        for url in (None, "https://www.example.co.kr/news/1"):
            _recognition(Page.from_input(data, url=url))


@given(
    st.sampled_from([None, "https://www.newsis.com/view/1", "https://m.news.naver.com/x", "https://news.example.com/1"]),
    st.lists(
        st.tuples(
            st.sampled_from(["og:site_name", "twitter:site", "og:article:author", "article:publisher", "author", "x"]),
            st.sampled_from(["뉴시스", "NEWSIS", "@newsis", "헤럴드경제", "Herald Corp", "조선일보", "네이버", "다른"]),
        ),
        max_size=3,
    ),
    st.sampled_from(["", "newsis.com", "www.chosun.com 기사", "zdnet.co.kr heraldcorp.com"]),
)
@example(None, [("author", "NEWSIS 뉴스")], "")
@example(None, [], "newspim.com")
def test_recognition_of_any_page(url: str | None, metas: list[tuple[str, str]], text: str) -> None:
    head = "".join(f'<meta property="{key}" content="{value}">' for key, value in metas)
    _recognition(Page.from_input(f"<html><head>{head}</head><body><p>{text}</p></body></html>".encode(), url=url))


def test_portal_chrome_tests_are_the_unions_of_the_rules() -> None:
    from kornews.cleanup import union
    from kornews.portals.common import CHROME, PortalExtractor, _chrome_tests

    portals = [e for e in registry.extractors() if isinstance(e, PortalExtractor)]
    assert portals
    for portal in portals:
        for rules in (portal.rules, portal.rules + CHROME, portal.rules + CHROME):  # a new Rules each time
            for _ in range(2):
                want = tuple(union(rxs) if rxs else None for rxs in (rules.stop, portal.summary_heads, rules.skip))
                assert _chrome_tests(rules, portal.summary_heads) == want


def test_hankookilbo_layouts_without_a_field_are_the_evolved_layouts() -> None:
    import attrs

    from kornews.outlets.hankookilbo import HankookIlbo, _without

    for layout in HankookIlbo.layouts:
        assert _without(layout, "title") == attrs.evolve(layout, title=())
        assert _without(layout, "date") == attrs.evolve(layout, date=())
        assert _without(layout, "date") is _without(layout, "date")


def ref_byline(page: Page, layout: Layout) -> list[k.RawReporter]:
    out: list[k.RawReporter] = []
    for sel in layout.byline:
        for node in page.tree.css(sel):
            text = k.clean_ws(node.text(separator=" "))
            parsed = k.parse_byline(text)
            if not parsed and extractor._KOREAN_NAME.match(text):
                parsed = [k.RawReporter(text, None, None)]
            emails = k.EMAIL_RE.findall(text)
            if parsed and emails and not parsed[-1].email:
                parsed[-1] = parsed[-1]._replace(email=emails[-1].lower())
            elif not parsed and emails:  # a lone e-mail node (mailto link): merged by to_reporters
                parsed = [k.RawReporter("", None, e.lower()) for e in emails]
            out.extend(parsed)
    return out


def _byline_layouts() -> list[tuple[extractor.HtmlExtractor, Layout]]:
    found = []
    for ext in registry.extractors():
        if isinstance(ext, extractor.HtmlExtractor):
            found.extend((ext, layout) for layout in (*ext.layouts, ext.fallback_layout()) if layout.byline)
    return found


def test_bylines_of_every_layout_on_every_page() -> None:
    layouts = _byline_layouts()
    assert len(layouts) > 10
    named = 0
    for _name, data in html_pages():
        page = Page.from_input(data, url="https://www.example.co.kr/news/1")
        for ext, layout in layouts:
            want = ref_byline(page, layout)
            assert extractor.HtmlExtractor.byline(ext, page, layout) == want, (ext.id, layout.name)
            named += bool(want)
    assert named > 20


def test_bylines_of_nodes_several_selectors_match() -> None:
    html = (
        "<div class='writer'><span class='name'><strong>홍길동</strong> 기자 hong@news.co.kr</span></div>"
        "<dl class='author'><dd>김철수·박민수 기자</dd></dl>"
        "<div class='box'><dl class='author'>lee@news.co.kr</dl></div>"
        "<div class='writer'><span class='name'>이영희</span></div>"
    )
    page = Page.from_input(f"<html><body>{html}</body></html>".encode())
    layout = Layout(
        name="t",
        match=(),
        body=(),
        byline=("div.writer span.name strong", "div.writer .name", "div.writer", "div.box dl.author", "dl.author"),
    )
    ext = registry.get("hankookilbo")
    assert isinstance(ext, extractor.HtmlExtractor)
    want = ref_byline(page, layout)
    assert len(want) >= 7
    assert extractor.HtmlExtractor.byline(ext, page, layout) == want


def ref_dates(page: Page, layout: Layout) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    meta, ld = page.meta, page.article_ld or {}
    published = k.parse_date(meta.get("article:published_time") or ld_text(ld.get("datePublished")))
    modified = k.parse_date(meta.get("article:modified_time") or ld_text(ld.get("dateModified")))
    for sel in layout.date:  # no query once both are known: a later node could change neither
        if published is not None and modified is not None:
            break
        for node in page.tree.css(sel):
            p, m = ref_node_date(node)
            published = published or p
            modified = modified or m
            if published is not None and modified is not None:
                break
    for sel in layout.modified:
        if modified is not None:
            break
        mod_node = page.tree.css_first(sel)
        if mod_node is not None:
            p, m = ref_node_date(mod_node)
            modified = m or p
    return published, modified


def _date_layouts() -> list[tuple[extractor.HtmlExtractor, Layout]]:
    found = []
    for ext in registry.extractors():
        if isinstance(ext, extractor.HtmlExtractor):
            found.extend(
                (ext, layout) for layout in (*ext.layouts, ext.fallback_layout()) if layout.date or layout.modified
            )
    return found


def test_layout_dates_on_every_page() -> None:
    layouts = _date_layouts()
    assert len(layouts) > 10
    dated = 0
    for _name, data in html_pages():
        page = Page.from_input(data, url="https://www.example.co.kr/news/1")
        for ext, layout in layouts:
            want = ref_dates(page, layout)
            assert _same(extractor.HtmlExtractor.dates(ext, page, layout), want), (ext.id, layout.name)
            dated += want != (None, None)
    assert dated > 20


@given(
    st.lists(
        st.sampled_from(
            [
                "<time id='t' datetime='2024-05-06T07:08:00+09:00'></time>",
                "<span id='t'>입력 2024.01.02 03:04</span>",
                "<span id='t'>수정 2024.01.03 05:06</span>",
                "<time class='d'>2024.02.02 10:00 수정 2024.02.03 11:00</time>",
                "<p class='d'>없음</p>",
            ]
        ),
        max_size=5,
    ),
    st.booleans(),
)
@example(["<time id='t'>입력 2024.01.02 03:04</time>", "<span id='t'>수정 2024.01.03 05:06</span>"], False)
def test_layout_dates_of_nodes_several_selectors_match(nodes: list[str], published_meta: bool) -> None:
    meta = "<meta property='article:published_time' content='2024-01-01T00:00:00+09:00'>" if published_meta else ""
    page = Page.from_input(f"<html><head>{meta}</head><body>{''.join(nodes)}</body></html>".encode())
    layout = Layout(name="t", match=(), body=(), date=("time#t", "#t", "time.d", ".d, time"), modified=("#t",))
    ext = registry.get("newspim")
    assert isinstance(ext, extractor.HtmlExtractor)
    assert _same(extractor.HtmlExtractor.dates(ext, page, layout), ref_dates(page, layout))

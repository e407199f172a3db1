"""The generic reader's fast paths give exactly what the plain versions below gave (verbatim copies
of the code before them): the byline-like nodes of one query split by selector in Python against one
query per selector, on every fixture page, every real page, synthetic pages built to hit each
selector rule (case, duplicates, several selectors at once, more than 12 hits) and random pages."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborNode

from kornews import fields as f
from kornews import korean as k
from kornews.page import Page
from tests.fixtures import html_pages
from tests.test_fields_reference import _REF_LOGO_SELECTORS, ref_find_headline, ref_learned_names

_REF_BYLINE_SELECTORS = (
    '[class*="byline"]',
    '[class*="writer"]',
    '[class*="reporter"]',
    '[class*="journalist"]',
    '[class*="author"]',
    '[rel="author"]',
    '[itemprop="author"]',
)


def ref_byline_nodes(page: Page) -> list[LexborNode]:
    """The nodes ``HtmlExtractor.content_bylines`` read before the fast path, in its order."""
    return [node for sel in _REF_BYLINE_SELECTORS for node in page.tree.css(sel)[:12]]


def _check(html: bytes) -> None:
    for doc in (html, b"<!DOCTYPE html>" + html):  # quirks and standards mode alike
        page = Page.from_input(doc, url="https://www.example.co.kr/news/1")
        got = [n.mem_id for n in f.byline_nodes(page)]
        assert got == [n.mem_id for n in ref_byline_nodes(page)]


SYNTHETIC = {
    "case": "<div class='Byline'>가</div><div class='BYLINE byline'>나</div><a rel='AUTHOR'>다</a>"
    "<a rel='Author me'>라</a><span itemprop='Author'>마</span><span itemprop='author'>바</span>"
    "<a rel=' author'>사</a><span itemprop='author '>아</span>",
    "several": "<div class='byline writer reporter-box journalist author' rel='author' itemprop='author'>"
    "홍길동 기자</div><p class='writer'><span class='author'>김철수 기자</span></p>",
    "duplicates": "<div class='x' class='byline'>가</div><div class='byline' class='x'>나</div>"
    "<a rel='x' rel='author'>다</a><div class>라</div><div class=''>마</div>",
    "many": "".join(f"<span class='author a{i}'>기자{i}</span>" for i in range(20))
    + "".join(f"<p class='byline'><b class='writer'>{i}</b></p>" for i in range(15))
    + "".join(f"<a rel='author'>{i}</a>" for i in range(14)),
    "foreign": "<svg><g class='byline'><text class='author'>가</text></g></svg><math><mi class='writer'>나</mi></math>",
}


@pytest.mark.parametrize(
    ("name", "html"),
    html_pages() + [(n, h.encode()) for n, h in SYNTHETIC.items()],
    ids=[n for n, _ in html_pages()] + list(SYNTHETIC),
)
def test_byline_nodes_are_the_per_selector_queries(name: str, html: bytes) -> None:
    _check(html)


def test_byline_selectors_are_the_ones_read() -> None:
    assert f.BYLINE_SELECTORS == _REF_BYLINE_SELECTORS


_VALUES = st.sampled_from(
    ["byline", "Byline", "BYLINE", "writer", "reporter", "journalist", "author", "Author", "AUTHOR", "x", "",
     "a author", "author b", "by-line", "author\u212a", "auth or", "ñauthor", "\u0131author"]
)
_ATTRS = st.lists(st.tuples(st.sampled_from(["class", "rel", "itemprop", "id", "CLASS", "Rel"]), _VALUES), max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["div", "a", "span", "p", "svg", "g"]), _ATTRS, st.booleans()), max_size=25))
def test_byline_nodes_on_random_pages(elements: list[tuple[str, list[tuple[str, str]], bool]]) -> None:
    html = "".join(
        f"<{tag} " + " ".join(f'{a}="{v}"' for a, v in attrs) + ">가" + ("" if nest else f"</{tag}>")
        for tag, attrs, nest in elements
    )
    _check(html.encode())


# -- the logo images: one ``img[alt]:is(...)`` selector instead of the list of six


_LOGO_PIECES = st.lists(
    st.sampled_from(
        [
            "<div class='logo'>", "<div class='LOGO'>", "<span id='top_logo'>", "<span id='Logo'>", "<h1>",
            "<header>", "<a class='site-logo x'>", "<svg>", "</svg>", "</div>", "</span>", "</h1>", "</header>",
            "</a>", "<img alt='가'>", "<img>", "<img alt=''>", "<img class='logo' alt='나'>",
            "<img id='logo1' alt='다'>", "<img class='Logo' alt='라'>", "<p>", "</p>", "<section class='x logo'>",
            "</section>", "<table><tr><td class='logo'>", "</td></tr></table>", "<b>", "</b>", "<h1><b>",
            "<header><i><img alt='마'>",
        ]
    ),
    max_size=30,
)


@settings(max_examples=400, deadline=None)
@given(_LOGO_PIECES)
def test_logo_images_of_one_selector_are_those_of_the_six(pieces: list[str]) -> None:
    html = "".join(pieces)
    for doc in (html, "<!DOCTYPE html>" + html):
        page = Page.from_input(doc.encode(), url="https://www.example.co.kr/news/1")
        listed = dict.fromkeys(n.mem_id for n in page.tree.css(", ".join(_REF_LOGO_SELECTORS)))
        assert [n.mem_id for n in page.tree.css(f._LOGO_QUERY)] == list(listed)
        assert f._logo_alts(page) == [
            n.attributes.get("alt") or "" for sel in _REF_LOGO_SELECTORS for n in page.tree.css(sel)[:2]
        ]


# -- the headline: each distinct structured title read once, the decoration test asked only of texts inside one

_CORES = ["큰 제목이 여기에 있습니다", "둘째 제목입니다 길게", "[단독] 셋째 제목", "짧은"]
_SITES = ["테스트일보", "Entermedia", "대전일보 모바일", "뉴스"]
_SEPS = [" - ", " | ", " :: ", " < ", "ㅣ"]
_TITLES = st.builds(
    lambda core, site, sep, where: core if where == 0 else core + sep + site if where == 1 else site + sep + core,
    st.sampled_from(_CORES),
    st.sampled_from(_SITES),
    st.sampled_from(_SEPS),
    st.integers(0, 2),
)
_NODES = st.lists(
    st.tuples(st.sampled_from(["h1", "h2", "h3", "div class='title'", "p class='tit'", "span id='headline'"]), _TITLES),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), _TITLES), max_size=5), _NODES, st.lists(st.sampled_from(_SITES), max_size=2))
@example(  # the headline element is the second title with a decoration no name explains
    ["둘째 제목입니다 길게 | 대전일보 모바일", "큰 제목이 여기에 있습니다 - 대전일보 모바일"],
    [("h2", "둘째"), ("h1", "큰 제목이 여기에 있습니다")],
    [],
)
def test_fast_headline_equals_the_plain_version(
    structured: list[str | None], nodes: list[tuple[str, str]], names: list[str]
) -> None:
    body = "".join(f"<{tag}>{text}</{tag.split()[0]}>" for tag, text in nodes)
    page = Page.from_input(f"<footer>ⓒ 테스트일보 Entermedia</footer>{body}".encode(), url="https://www.example.co.kr/1")
    raws = [k.clean_ws(r) for r in structured if r and k.clean_ws(r)]
    assert f.learned_names(page, raws, tuple(names)) == ref_learned_names(page, raws, tuple(names))
    got, want = f.find_headline(page, structured, tuple(names)), ref_find_headline(page, structured, tuple(names))
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.text == want.text
        assert (got.node.mem_id if got.node else None) == (want.node.mem_id if want.node else None)


# -- title segments: the separator search starts at the first separator character's spaces


def ref_segments(title: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in f._SEP_RE.finditer(title):
        if m.start() == 0 or m.end() == len(title):
            continue
        out.append(title[pos : m.start()])
        out.append(m.group(0))
        pos = m.end()
    out.append(title[pos:])
    return out


@settings(max_examples=1000)
@given(st.lists(st.sampled_from([*"|-–—:<>·ㅣ｜ \t\n\xa0\u3000가a.", "::", " - ", " | ", "제목"]), max_size=30))
def test_title_segments_are_the_plain_split(pieces: list[str]) -> None:
    title = "".join(pieces)
    assert f._segments(title) == ref_segments(title)


# -- the headline elements: fewer walks (class and id tests in one selector each), the plain list's
#    entries counted in Python where its cap of 120 may bind

_REF_HEADLINE_SELECTOR = (
    "h1, h2, h3, h4, [class*='title'], [class*='headline'], [class*='tit_'], [class*='_tit'], [class~='tit'], "
    "[class*='subject'], [id*='title'], [id*='headline'], [itemprop='headline']"
)


def _check_headline_entries(page: Page) -> None:
    plain = [n.mem_id for n in page.tree.css(_REF_HEADLINE_SELECTOR)]
    counts = {mid: plain.count(mid) for mid in plain}
    nodes = page.tree.css(f._HEADLINE_QUERY)
    assert list(dict.fromkeys(n.mem_id for n in nodes)) == list(counts)  # the same elements, in order
    for node in nodes:
        assert f._headline_entries(node) == counts[node.mem_id]


@pytest.mark.parametrize(("name", "html"), html_pages(), ids=[n for n, _ in html_pages()])
def test_headline_elements_and_their_entries_on_every_page(name: str, html: bytes) -> None:
    for doc in (html, b"<!DOCTYPE html>" + html):
        _check_headline_entries(Page.from_input(doc, url="https://www.example.co.kr/news/1"))


_HEAD_VALUES = st.sampled_from(
    ["title", "Title", "TITLE", "tit", "a tit", "tit\tb", "a\ntit", "x\ftit", "x\rtit", "x\xa0tit", "x\vtit",
     "tit_a", "b_tit", "headline", "subject", "subtitle", "view_tit title", "", " ", "tit tit", "stitle"]
)
_HEAD_ATTRS = st.lists(st.tuples(st.sampled_from(["class", "id", "itemprop", "CLASS"]), _HEAD_VALUES), max_size=3)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["div", "h1", "h2", "h4", "h5", "p", "svg"]), _HEAD_ATTRS), max_size=20))
def test_headline_elements_and_their_entries_on_random_pages(elements: list[tuple[str, list[tuple[str, str]]]]) -> None:
    html = "".join(
        f"<{tag} " + " ".join(f'{a}="{v}"' for a, v in attrs) + f">제목 {i}</{tag}>"
        for i, (tag, attrs) in enumerate(elements)
    )
    for doc in (html, "<!DOCTYPE html>" + html):
        _check_headline_entries(Page.from_input(doc.encode(), url="https://www.example.co.kr/news/1"))


_FILLERS = [
    "<h3 class='title tit'>목록 {i}번</h3>",
    "<p class='x'>{i}</p><div class='subject'>{i}</div>",
    "<h2 class='title headline tit_a b_tit tit subject' id='title headline' itemprop='headline'>{i}</h2>",
]
_HEADS = [
    "<h1 class='headline'>아주 긴 진짜 제목이 여기 있습니다</h1>",
    "<div class='view_tit'>진짜 제목이 여기 있습니다 길게</div>",
]


@pytest.mark.parametrize("fillers", [10, 11, 12, 13, 29, 30, 39, 40, 41, 59, 60, 61, 119, 120, 121, 130])
@pytest.mark.parametrize("filler", _FILLERS)
def test_fast_headline_at_the_cap(fillers: int, filler: str) -> None:
    # the real headline after ``fillers`` headline-like elements of 1, 3 or 10 entries each: inside
    # the plain list's first 120 entries or not, with structured titles and without (first h1, named)
    items = "".join(filler.format(i=i) for i in range(fillers))
    for head in _HEADS:
        html = f"<title>아주 긴 진짜 제목이 여기 있습니다 | 사이트</title>{items}{head}"
        page = Page.from_input(html.encode(), url="https://a.kr/1")
        for structured in ([page.text("title")], []):
            got, want = f.find_headline(page, structured, ("사이트",)), ref_find_headline(page, structured, ("사이트",))
            assert (got is None) == (want is None)
            if got is not None and want is not None:
                assert (got.text, got.node.mem_id if got.node else None) == (
                    want.text,
                    want.node.mem_id if want.node else None,
                )


def test_headline_reads_no_element_past_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # 300 headline-like elements: the plain list's cap of 120 entries bounds the texts read (counted)
    calls: list[str] = []
    clean = k.clean_ws

    def counting(text: str) -> str:
        calls.append(text)
        return clean(text)

    page = Page.from_input("".join(f"<h1>목록 {i}번 기사</h1>" for i in range(300)).encode(), url="https://a.kr/1")
    monkeypatch.setattr(f.k, "clean_ws", counting)
    assert f.find_headline(page, [], ()) is not None
    assert len(calls) <= 130  # the 120 elements, then a few for the chosen one (not 300)

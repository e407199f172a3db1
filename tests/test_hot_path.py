"""The outlet/portal path's cost is bounded by design: counted, never timed.

* one parse per page and a bounded number of whole-document selector queries (a counting proxy in
  front of ``Page.tree``), the layout match asked once per page;
* the shortcuts of the hot path give exactly what the plain code they replace gives (first texts in
  document order, the surrogate check, the caption guards, the early Hangul check).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import kornews
from kornews import api, cleanup, extractor
from kornews import korean as k
from kornews.article import Article, Image, Reporter
from kornews.page import Page
from tests.fixtures import FIXTURES, cases

MAX_DOCUMENT_QUERIES = 16
"""Whole-document ``css``/``css_first`` calls one extraction may make (the pages make 4–14)."""


class _CountingTree:
    """A stand-in for ``Page.tree`` that counts the whole-document queries made through it."""

    def __init__(self, tree: LexborHTMLParser, counts: Counter[str]) -> None:
        self._tree = tree
        self._counts = counts

    def css(self, selector: str) -> Any:
        self._counts[selector] += 1
        return self._tree.css(selector)

    def css_first(self, selector: str, *args: Any, **kwargs: Any) -> Any:
        self._counts[selector] += 1
        return self._tree.css_first(selector, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tree, name)


def _article_pages() -> list[tuple[str, bytes, str | None]]:
    """Every HTML article fixture with a URL that its outlet or portal reads (not the generic reader)."""
    return [
        (case.id, case.input_bytes(), case.url)
        for case in cases()
        if case.kind == "article"
        and case.input_path.suffix in (".html", ".gz")
        and case.url
        and (case.extractor or "x") != "generic"
    ]


PAGES = _article_pages()


@pytest.mark.parametrize(("name", "data", "url"), PAGES, ids=[p[0] for p in PAGES])
def test_one_parse_and_a_bounded_number_of_document_queries(
    name: str, data: bytes, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts: Counter[str] = Counter()
    parses: list[Page] = []
    plain_init = Page.__init__

    def counting_init(self: Page, *args: Any, **kwargs: Any) -> None:
        plain_init(self, *args, **kwargs)
        parses.append(self)
        self.tree = _CountingTree(self.tree, counts)  # type: ignore[assignment]

    monkeypatch.setattr(Page, "__init__", counting_init)
    try:
        article = kornews.extract(data, url=url)
    except kornews.KornewsError:
        pytest.skip("not an article with this URL")
    assert article.body
    # the page is parsed once (an outlet reading embedded HTML parses that fragment, not the page again)
    assert sum(1 for p in parses if p.url == url and len(p.html) >= len(data) // 4) == 1
    assert sum(counts.values()) <= MAX_DOCUMENT_QUERIES, counts.most_common()
    # the metadata of the page is read by one query, whatever reads it
    assert counts['meta, link[rel], script[type="application/ld+json"]'] <= 1


def test_the_layout_match_is_asked_once_per_page() -> None:
    data = (FIXTURES / "newsis/layout-2025.html").read_bytes()
    page = Page.from_input(data, "https://www.newsis.com/view/NISX20250722_0003261234")
    counts: Counter[str] = Counter()
    page.tree = _CountingTree(page.tree, counts)  # type: ignore[assignment]
    ext = kornews.registry.get("newsis")
    assert isinstance(ext, extractor.HtmlExtractor)
    first = ext.layout_for(page)
    asked = sum(counts.values())
    assert first is not None and asked >= 1
    assert ext.fits(page) and ext.layout_for(page) is first
    assert sum(counts.values()) == asked


_HTML_PIECES = st.lists(
    st.sampled_from(
        [
            *"<div> </div> <p> </p> <span> </span> <a> </a> <ul> <li> </ul> <br> <script> </script> "
            "<section> </section> 관련기사 본문 x <!--c-->".split(),
            " ",
            "\n",
            "\xa0",
        ]
    ),
    max_size=40,
)


@settings(max_examples=300)
@given(_HTML_PIECES)
def test_first_texts_come_in_document_order(pieces: list[str]) -> None:
    tree = LexborHTMLParser("".join(pieces))
    for root in [tree.body, *tree.css("div")[:5]]:
        if root is None:
            continue
        first, order = cleanup.first_texts_in_order(root)
        assert [n.mem_id for n in order] == [n.mem_id for n in root.traverse() if n.mem_id in first]
        assert set(first) == {n.mem_id for n in order}


def test_surrogate_check_finds_nested_strings_and_leaves_clean_records_alone() -> None:
    clean = Article(extractor="x", title="제목", body=("본문",), images=(Image(caption="사진"),))
    assert api._scrub(clean) is clean
    dirty = Article(
        extractor="x",
        title="제목",
        images=(Image(caption="사\ud800진"),),
        reporters=(Reporter(name="홍\udfff길동"),),
    )
    fixed = api._scrub(dirty)
    assert fixed.images[0].caption == "사\ufffd진" and fixed.reporters[0].name == "홍\ufffd길동"
    assert fixed.title == "제목"


_CAPTION_PIECES = st.lists(
    st.sampled_from(
        [
            "구광모 회장이 ", "보냈다.", " [사진=LG]", "(사진 = LG)", " 2024.12.19.", " photo@newsis.com",
            " *재판매 및 DB 금지", " /김지호 기자", "그래픽=이진영", " 잠실=최문영 기자", " /2020.08.20/",
            " 연합뉴스", " [LG 제공]", " [헤럴드DB]", " [EPA=연합뉴스 자료사진]", " ⓒ게티이미지뱅크",
            " 사진=연합뉴스", "[서울=뉴시스]", " 있다.", " ", ")", "]", "(AP/뉴시스)", "[", "(", " *", "*재판매",
            " 및 DB 금지", " a@b.co", "2024.", "12.1", " /", "=", " 고영권 기자", " 뉴스1", "\xa0",
        ]
    ),
    max_size=7,
)


def _split_caption_unguarded(text: str) -> k.Caption:
    """:func:`kornews.korean.split_caption` with every pattern tried (no cheap tests first)."""
    s = k.clean_ws(text)
    credit: str | None = None
    changed = True
    while changed and s:
        changed = False
        for rx, _ in k._TAILS:
            new = k.cut_tail(rx, s)
            if new != s:
                s, changed = new.strip(), True
        if credit is None:
            for rx, _ in k._CREDITS:
                m = rx.search(s)
                if m:
                    credit = m.group("credit").strip()
                    s, changed = s[: m.start()].strip(), True
                    break
    if credit is None:
        m = k._CREDIT_BARE.match(s)
        if m:
            return k.Caption(None, m.group("credit").strip())
        m = k._PHOTO_PAREN.search(s)
        if m:
            credit = m.group("credit").strip()
            s = (s[: m.start()] + s[m.end() :]).strip()
    s, credit = k._strip_caption_lead(s, credit)
    return k.Caption(s or None, credit)


@settings(max_examples=500)
@given(_CAPTION_PIECES)
def test_caption_guards_change_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert k.split_caption(text) == _split_caption_unguarded(text)


_HANGUL = re.compile(r"[가-힣]")


@given(st.lists(st.text(alphabet=st.sampled_from("가나다 abc힣."), max_size=30), max_size=8), st.integers(0, 60))
def test_early_hangul_check_is_the_total(paragraphs: list[str], enough: int) -> None:
    total = sum(len(_HANGUL.findall(p)) for p in paragraphs)
    assert extractor._hangul_at_least(paragraphs, enough) == (total >= enough)


def test_the_query_count_test_has_pages() -> None:
    assert len(PAGES) >= 15  # every outlet's and portal's article fixtures with a URL


@pytest.mark.parametrize(
    ("outer", "inner", "within"),
    [
        ("div.article_view", "div.article_view section", True),
        ("div.article_view", "div.article_view > p", True),
        ("div.article_view", "div.article_view>p", True),
        ("div.news_cnt_detail_wrap", "div.news_cnt_detail_wrap[itemprop=articleBody]", True),
        ("div.a", "div.a.b", True),
        ("div.a", "div.a#x", True),
        ("div.a", "div.ab", False),
        ("div.a", "div.a ~ p", False),
        ("div.a", "div.a + p", False),
        ("div.a", "div.a", False),
        ("div.a", "div.a p, p", False),
        ("h1", "h1.title", True),
        ("h1", "h12", False),
    ],
)
def test_within_tells_selectors_whose_nodes_lie_in_the_outer_ones(outer: str, inner: str, within: bool) -> None:
    assert extractor._within(outer, inner) is within


def test_the_matched_node_answers_as_the_tree_does() -> None:
    """For every article page and every selector of its layout (title, body, byline, dates) that
    :func:`kornews.extractor._within` the selector the layout was matched by, the node
    ``matched_node`` gives (without a document query) is the tree's ``css_first``."""
    asked = 0
    for _name, data, url in PAGES:
        ext = kornews.registry.for_url(url)
        if not isinstance(ext, extractor.HtmlExtractor):
            continue
        page = Page.from_input(data, url)
        layout = ext.layout_for(page)
        if layout is None:
            continue
        hit = page.memo[("match", ext)]
        for sel in (*layout.title, *layout.body, *layout.byline, *layout.date, *layout.subtitle):
            if sel == hit[1] or extractor._within(hit[1], sel):
                got = ext.matched_node(page, sel)
                want = page.tree.css_first(sel)
                assert (got.mem_id if got is not None else None) == (want.mem_id if want is not None else None) or (
                    got is None and sel != hit[1]
                ), (url, sel)
                asked += 1
    assert asked >= 10


@pytest.mark.parametrize(
    "markup",
    [
        '<a class=btn_original href="https://x.com/1">o</a><a class=link_original href="/rel">r</a>',
        '<div class=info_view><a class=link_source href="//y.com/2">s</a></div><a class=btn_original href="https://x.com/1">',
        "<p>none</p>",
        '<a class=link_original href="https://z.com/3">',
        '<a class=btn_original href="https://x.com/1"></a><div class=info_view><a class=link_source href="http://y.com/2">',
    ],
)
def test_the_original_link_is_the_one_the_plain_loop_finds(markup: str) -> None:
    from kornews.portals.daum import Daum

    daum = Daum()
    page = Page(markup, "https://v.daum.net/v/20241205005501234")
    plain = next(
        (
            page.absolute(href)
            for sel in daum.origin_links
            for node in page.tree.css(sel)
            if (href := (node.attributes.get("href") or "").strip()).startswith(("http://", "https://", "//"))
        ),
        None,
    )
    assert daum.original_url(page) == plain

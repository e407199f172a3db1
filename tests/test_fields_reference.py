"""The fast paths of :mod:`kornews.fields` (one combined selector query split in Python, duplicate
nodes skipped, tag-id tests in the date walk) give exactly what the plain versions below gave: these
are verbatim copies of ``site_names``, ``find_headline`` and ``visible_dates`` before the fast paths,
compared on every fixture page, every real page and synthetic pages built to hit each shortcut."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from kornews import fields as f
from kornews import korean as k
from kornews.dom import SKIP_TAGS, TEXT_TAG_ID
from kornews.fields import (
    _COPYRIGHT_HOLDER,
    _HOST_NOISE,
    _MAX_CANDIDATES,
    _MAX_NAMES,
    _NEAR,
    _NEAR_UNLABELLED,
    _NOT_DATE_TAGS,
    _QUICK_DATE,
    Headline,
    _after,
    _Candidate,
    _candidates,
    _decorated,
    _headline_named,
    _inside,
    _norm,
    _segments,
    _short_name,
    _site_like,
    strip_decoration,
)
from kornews.page import Page, ld_text
from tests.fixtures import html_pages

_REF_LOGO_SELECTORS = (
    '[class*="logo"] img[alt]',
    '[id*="logo"] img[alt]',
    'img[class*="logo"][alt]',
    'img[id*="logo"][alt]',
    "h1 img[alt]",
    "header img[alt]",
)
_REF_HEADLINE_SELECTOR = (
    "h1, h2, h3, h4, [class*='title'], [class*='headline'], [class*='tit_'], [class*='_tit'], [class~='tit'], "
    "[class*='subject'], [id*='title'], [id*='headline'], [itemprop='headline']"
)


_REF_MENTION_SELECTOR = (
    'footer, address, [class*="copy"], [id*="copy"], [class*="footer"], [id*="footer"], '
    '[class*="logo"], [id*="logo"], [class*="company"], [class*="corp"]'
)


def ref_learned_names(page: Page, raws: Sequence[str], names: Sequence[str]) -> tuple[str, ...]:
    """``names`` plus the end segments of the raw titles (``… - Entermedia``, ``대전일보 모바일 :: …``)
    that the page names elsewhere as itself: in its footer, copyright, address or logo blocks, or an
    image ``alt`` (so a decoration is learned even when no meta tag names the site)."""
    ends: list[str] = []
    for raw in raws:
        parts = _segments(raw)
        if len(parts) >= 3:
            ends.extend(seg for seg in (parts[0], parts[-1]) if _short_name(seg) and not _site_like(seg, names))
    if not ends:
        return tuple(names)
    texts = [k.clean_ws(n.text(separator=" "))[:2000] for n in page.tree.css(_REF_MENTION_SELECTOR)[:12]]
    texts += [n.attributes.get("alt") or "" for n in page.tree.css("img[alt]")[:60]]
    mentions = _norm(" ".join(texts))
    found = [seg for seg in ends if len(_norm(seg)) >= 2 and _norm(seg) in mentions]
    return tuple(names) + tuple(dict.fromkeys(k.clean_ws(seg) for seg in found))


def ref_site_names(page: Page) -> tuple[str, ...]:
    """Names the page calls its site (see the module docstring), deduplicated, in evidence order;
    only names of 2–40 characters."""
    meta = page.meta
    ld = page.article_ld or {}
    out: list[str] = []
    for value in (
        meta.get("og:site_name"),
        ld_text(ld.get("publisher")),
        meta.get("application-name"),
        (meta.get("twitter:site") or "").lstrip("@"),
        meta.get("apple-mobile-web-app-title"),
    ):
        if value:
            out.append(value)
    for sel in _REF_LOGO_SELECTORS:
        for node in page.tree.css(sel)[:2]:
            out.append(node.attributes.get("alt") or "")
    for node in page.tree.css('footer, address, [class*="copy"], [id*="copy"], [class*="footer"], [id*="footer"]')[:8]:
        text = k.clean_ws(node.text(separator=" "))[:600]
        for m in _COPYRIGHT_HOLDER.finditer(text):
            out.append(m.group("name"))
            break
    for host in page.hosts:
        out.extend(label for label in host.split(".") if label not in _HOST_NOISE and len(label) >= 3)
    seen: dict[str, str] = {}
    for name in out:
        name = k.clean_ws(name).strip(" .,-|")
        key = _norm(name)
        if 2 <= len(name) <= 40 and len(key) >= 2 and key not in seen:
            seen[key] = name
    return tuple(seen.values())[:_MAX_NAMES]


def ref_find_headline(page: Page, structured: Iterable[str | None], names: Sequence[str]) -> Headline | None:
    """The headline (see the module docstring).  ``structured``: titles from structured data in order
    of trust (JSON-LD ``headline``, embedded JSON, ``og:title``, ``twitter:title``, ``<title>``), raw
    (with their decoration)."""
    raws = [k.clean_ws(r) for r in structured if r and k.clean_ws(r)]
    names = ref_learned_names(page, raws, names)
    stripped = [strip_decoration(r, names) for r in raws]
    keys = {_norm(s) for s in stripped if _norm(s)}
    best: Headline | None = None
    first_h1: LexborNode | None = None
    first_named: LexborNode | None = None
    for node in page.tree.css(_REF_HEADLINE_SELECTOR)[:120]:
        text = k.clean_ws(node.text(separator=" "))
        if not text or len(text) > 300:
            continue
        if first_h1 is None and node.tag == "h1" and not _site_like(text, names):
            first_h1 = node
        if first_named is None and node.tag != "h1" and _headline_named(node, text, names):
            first_named = node
        if best is not None and len(text) <= len(best.text):
            continue
        if _norm(text) in keys or any(_decorated(r, text, names) for r in raws):
            if not _site_like(text, names):
                best = Headline(text, node)
    if best is not None:
        return Headline(strip_decoration(best.text, names), best.node)
    if stripped:
        return Headline(stripped[0], None)
    for fallback in (first_h1, first_named):
        if fallback is not None:
            return Headline(strip_decoration(k.clean_ws(fallback.text(separator=" ")), names), fallback)
    return None


def ref_visible_dates(
    root: LexborNode, headline: LexborNode | None = None, container: LexborNode | None = None
) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    """(published, modified) printed on the page near the ``headline`` element, the start of the body
    ``container`` or a byline text (``홍길동 기자``) found on the way.

    One pass over ``root`` in document order; dates inside a link, ``nav``, ``aside`` or ``footer``
    never count.  A labelled date (``입력``, ``기사입력 :[ … ]``, ``수정`` …) counts within a few
    elements of any of them and goes by its label.  An unlabelled date counts as published only when
    its text is little more than the date (``2020-03-04 16:52:59``, ``홍길동 기자 | 2020.03.04``) and it
    sits between the headline and the body, right above the headline inside the headline's own box, or
    right beside a byline (so the dates of a ticker above the headline or of a related list after the
    body never count).  The candidate nearest the headline wins."""
    head_id = headline.mem_id if headline is not None else None
    anchor = headline if headline is not None else container
    box = anchor.parent if anchor is not None else None
    box_id = box.mem_id if box is not None and box.tag not in ("body", "html") else None
    body_id = container.mem_id if container is not None else None
    index = 0
    tail = ""
    head_at = body_at = -1
    byline_at: list[int] = []
    found: list[_Candidate] = []
    # document order from ``root`` (first_child/next): the subtrees of skipped tags, links, nav … are not entered
    stack: list[LexborNode] = []
    node: LexborNode | None = root
    while node is not None:
        enter = False
        if node.tag_id == TEXT_TAG_ID:
            # whitespace between tags (most text nodes): nothing to read, tested in C
            text = "" if node.is_empty_text_node else node.text_content or ""
            if text.strip():
                if len(text) <= 120:
                    if len(found) < _MAX_CANDIDATES and _QUICK_DATE.search(text):
                        found.extend(
                            c._replace(boxed=_inside(node, box_id)) for c in _candidates(k.clean_ws(text), tail, index)
                        )
                    if ("기자" in text or "특파원" in text) and len(text) <= 60 and k.parse_byline(text):
                        byline_at.append(index)
                tail = (tail + " " + k.clean_ws(text))[-40:]
        else:
            tag = node.tag
            if tag is not None and not tag.startswith("-") and tag not in SKIP_TAGS and tag not in _NOT_DATE_TAGS:
                index += 1
                mid = node.mem_id
                if mid == head_id:
                    head_at = index
                if mid == body_id:
                    body_at = index
                enter = True
        child = node.first_child if enter else None
        if child is not None:
            stack.append(node)
            node = child
            continue
        nxt = node.next if stack else None  # never past ``root``
        while nxt is None and stack:
            up = stack.pop()
            nxt = up.next if stack else None
        node = nxt
    if not found:
        return None, None
    spots = [i for i in (head_at, body_at) if i >= 0] + byline_at
    ref = head_at if head_at >= 0 else body_at if body_at >= 0 else (byline_at[0] if byline_at else 0)

    def near(c: _Candidate, places: list[int], limit: int) -> bool:
        return any(abs(c.at - p) <= limit for p in places)

    def between(c: _Candidate) -> bool:
        if head_at < 0:  # no headline element: just before the body, inside the body's own box
            return c.boxed and body_at >= 0 and 0 <= body_at - c.at <= _NEAR_UNLABELLED
        if c.at < head_at:  # above the headline: only in the headline's own box (``<p class=date>`` + ``<h1>``)
            return c.boxed and head_at - c.at <= 3
        end = body_at if body_at > head_at else head_at + _NEAR_UNLABELLED
        return c.at <= end and c.at - head_at <= _NEAR_UNLABELLED

    published = [c for c in found if c.label == "published" and near(c, spots, _NEAR)]
    if not published:
        published = [c for c in found if c.label is None and c.dominant and (between(c) or near(c, byline_at, 3))]
    modified = [c for c in found if c.label == "modified" and near(c, spots, _NEAR)]
    pub = min(published, key=lambda c: abs(c.at - ref)) if published else None
    mod = min(modified, key=lambda c: abs(c.at - ref)) if modified else None
    if pub is not None and mod is None:
        # a second unlabelled date right after the published one (``2020.03.04 16:52 | 2020.03.05 09:00``)
        later = [c for c in found if c.label is None and c.dominant and 0 <= c.at - pub.at <= 2 and c is not pub]
        if later and later[0].value.value != pub.value.value and _after(later[0].value.value, pub.value.value):
            mod = later[0]
    return (pub.value if pub else None), (mod.value if mod else None)


def _pages() -> list[tuple[str, bytes]]:
    out = html_pages()
    synthetic = [(name, html.encode()) for name, html in SYNTHETIC.items()]
    # the same pages in standards mode (a doctype): Lexbor's attribute tests must not change case rules
    return out + synthetic + [(name + "-standards", b"<!DOCTYPE html>" + html) for name, html in synthetic]


SYNTHETIC = {
    # one element matching several headline selectors (Lexbor lists it once per selector it matches)
    "multi-match": "<title>큰 제목이 여기에 있습니다 - 테스트일보</title><h1 class='title tit headline_x' id='title'>"
    "큰 제목이 여기에 있습니다</h1><h2 class='tit_sub'>부제목입니다 길게 씁니다</h2>"
    "<div class='Title'>대문자 제목</div>",
    # case: [class*=logo] is case-sensitive (LOGO does not count), [id*=logo] too
    "logo-case": "<header><div class='LOGO'><img alt='대문자로고'></div><div id='Logo'><img alt='아이디로고'></div>"
    "<a class='site-logo'><img alt='진짜로고'></a><img class='logo' alt='이미지로고'>"
    "<img id='top_logo' alt='아이디이미지'>"
    "</header><h1><img alt='제목로고'>제목입니다 제목입니다</h1>"
    "<div class='logo'><span><img alt='둘째로고'></span></div>"
    "<div class='logo'><img alt='셋째로고'></div><footer><p>Copyright © 테스트일보 All rights reserved.</p></footer>",
    # nested logo boxes, and more than two images per selector
    "logo-nested": "<div class='logo'><div id='logo'><img alt='하나' class='logo'><img alt='둘'></div>"
    "<img alt='셋'></div><header><img alt='넷'><img alt='다섯'><img alt='여섯'></header>",
    # footer-like blocks: the first eight of footer/address/copy/footer classes
    "footers": "".join(f"<div class='copy{i}'>ⓒ 회사{i} 무단전재</div>" for i in range(5))
    + "<address>Copyright 2024 주소신문. All rights reserved.</address><div id='FOOTER'>ⓒ 대문자</div>"
    + "".join(f"<div id='footer{i}'>ⓒ 꼬리{i}.</div>" for i in range(5)),
    # many headline-like nodes (the cap of 120 counts a node once per selector it matches)
    "many-titles": "<title>아주 긴 진짜 제목이 여기 있습니다 | 사이트</title>"
    + "".join(f"<h3 class='title tit'>목록 제목 {i}번 기사입니다</h3>" for i in range(70))
    + "<h1 class='headline'>아주 긴 진짜 제목이 여기 있습니다</h1>",
    # dates near a headline, inside links and custom elements
    "dates": "<div class='art'><p>2024.03.05 10:20</p><h1>날짜 시험 제목입니다</h1><my-meta>입력 2024.03.04 16:52"
    "</my-meta><a>2024.01.01 00:00</a><nav>2024.02.02</nav><svg><text>2024.05.05</text></svg>"
    "<p>홍길동 기자</p><p>수정 2024-03-06 09:00</p></div><article><p>본문 문단입니다.</p></article>",
}


@pytest.mark.parametrize(("name", "html"), _pages(), ids=[n for n, _ in _pages()])
def test_fast_fields_equal_the_plain_versions(name: str, html: bytes) -> None:
    page = Page.from_input(html, url="https://www.example.co.kr/news/1")
    names = f.site_names(page)
    assert names == ref_site_names(page)
    structured = [page.meta.get("og:title"), page.meta.get("twitter:title"), page.text("title")]
    raws = [k.clean_ws(r) for r in structured if r and k.clean_ws(r)]
    assert f.learned_names(page, raws, names) == ref_learned_names(page, raws, names)
    got, want = f.find_headline(page, structured, names), ref_find_headline(page, structured, names)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.text == want.text
        assert (got.node.mem_id if got.node else None) == (want.node.mem_id if want.node else None)
    root = page.tree.body
    assert root is not None
    heads: list[LexborNode | None] = [None, want.node if want else None, page.tree.css_first("h1, h2")]
    boxes: list[LexborNode | None] = [None, page.tree.css_first("article, [class*='article'], [id*='article'], p")]
    for head in heads:
        for box in boxes:
            assert f.visible_dates(root, head, box) == ref_visible_dates(root, head, box)


# -- random pages for the date pass (notes texts, reads those in reach after it; tag decisions kept across pages)

_LONG = "가나다라 마바사 아자차카 타파하 " * 9  # > 120 characters: only the text before a date
_DATE_PIECES = st.lists(
    st.sampled_from(
        [
            *"<div> </div> <p> </p> <span> </span> <a> </a> <nav> </nav> <footer> </footer> <h1> </h1> <h2> </h2> "
            "<script> </script> <my-meta> </my-meta> <x-date> </x-date> <li> <br> <label> </label> <!--c-->".split(),
            "2024.03.05 10:20",
            "입력 2024.03.04 16:52",
            "수정 2024-03-06 09:00",
            "2024년 3월 7일 오후 3:53",
            "2024.03.05 10:20 입력 | 2024.03.05 11:00 수정",
            "2019/01/02",
            "1999.12.31 23:59",
            "입력 1998-07-01",
            "20240305",
            "기사입력 :[ ",
            " ]",
            "홍길동 기자",
            "김철수 특파원 hong@example.com",
            "본문 문단입니다.",
            _LONG,
            _LONG + "\u200b\u200b",
            _LONG + "  끝 ",
            _LONG + "\xa0\n끝",
            _LONG + "기사입력" + " " * 30 + "\n" * 40 + ":",
            _LONG + " 수정" + "\u200b" * 70,
            "x" * 118 + " 2024.01.01",
            " ",
            "\n",
            "\xa0",
            "\u3000",
        ]
    ),
    max_size=60,
)


def _check_dates(html: str) -> None:
    tree = LexborHTMLParser(html)
    root = tree.body
    assert root is not None
    heads: list[LexborNode | None] = [None, *tree.css("h1, h2, p")[:3]]
    boxes: list[LexborNode | None] = [None, *tree.css("div, p, li")[:3]]
    for head in heads:
        for box in boxes:
            assert f.visible_dates(root, head, box) == ref_visible_dates(root, head, box)


@settings(max_examples=400, deadline=None)
@given(_DATE_PIECES)
def test_fast_visible_dates_equal_the_plain_version_on_random_pages(pieces: list[str]) -> None:
    _check_dates("".join(pieces))


def test_fast_visible_dates_when_the_candidate_cap_is_reached() -> None:
    # 450 dated texts: the cap of _MAX_CANDIDATES binds, so every noted text is read in order
    items = "".join(f"<li>2024.03.{1 + i % 28:02d} 10:{i % 60:02d}</li>" for i in range(450))
    for html in (
        f"<ul>{items}</ul><h1>제목입니다</h1><p>입력 2024.04.01 09:00</p><p>본문</p>",
        f"<h1>제목입니다</h1><ul>{items}</ul><p>홍길동 기자 2024.05.01</p>",
        f"<p>홍길동 기자</p><ul>{items[: len(items) // 2]}</ul><h2>둘째</h2><ul>{items}</ul>",
        # fewer texts than the cap, more dates: five a text (the cap counts dates, not texts)
        "<ul>" + "<li>2024.01.01 2024.01.02 2024.01.03 2024.01.04 2024.01.05</li>" * 100 + "</ul>"
        "<h1>제목입니다</h1><p>입력 2024.04.01 09:00</p><p>본문</p>",
    ):
        _check_dates(html)


def test_date_pass_tag_decisions_hold_in_every_document() -> None:
    # the decisions are kept by tag id across pages: every tag the pass skips is a standard one (one id
    # in every document), so a custom element (an id of its document) is always counted
    for name in SKIP_TAGS | _NOT_DATE_TAGS:
        node = LexborHTMLParser(f"<{name}></{name}>").css_first(name)
        assert node is not None and node.tag_id < 1 << 16, name
    for html in (
        "<x-a>2024.01.01</x-a><h1>제목</h1><nav-x>입력 2024.02.02</nav-x>",
        "<nav-x>입력 2024.02.02</nav-x><h1>제목</h1><x-a>2024.01.01</x-a>",
        "<a-b><p>수정 2024.03.03 10:00</p></a-b><h1>제목</h1>",
    ):
        _check_dates(html)


def test_fast_visible_dates_read_the_label_at_the_end_of_a_long_text() -> None:
    # the text before a date is the end of a long text, whitespace and all (its last 60 characters
    # clean to fewer than 40 here, so the whole text is cleaned)
    for end in (" " * 30 + "\n" * 40 + ":", "\u200b" * 70, "\xa0" * 65 + "[", "  \n " * 20):
        for label in ("기사입력", "수정", "최종 업데이트"):
            html = f"<h1>제목입니다</h1><p>{_LONG}{label}{end}</p><p>2024.03.05 10:20</p><p>본문입니다</p>"
            _check_dates(html)


@given(st.text(alphabet=st.sampled_from("가a \n\t\xa0\u3000\u200b\ufeff."), max_size=80), st.integers(0, 80))
def test_a_cleaned_suffix_is_a_suffix_of_the_cleaned_text(text: str, cut: int) -> None:
    # what the date pass relies on to clean only the end of a long text
    assert k.clean_ws(text).endswith(k.clean_ws(text[cut:]))


@pytest.mark.parametrize("gap", [*range(0, 25, 4), *range(25, 40)])
def test_fast_visible_dates_at_every_distance(gap: int) -> None:
    # a date ``gap`` elements before/after the headline, the body and a byline, labelled or not
    pad = "<span>글</span>" * gap
    for date in ("입력 2024.03.04 16:52", "2024.03.04 16:52", "수정 2024.03.05 09:00"):
        for html in (
            f"<div><p>{date}</p>{pad}<h1>제목입니다</h1><article><p>본문</p></article></div>",
            f"<div><h1>제목입니다</h1>{pad}<p>{date}</p><p>2024.03.06 10:00</p><article><p>본문</p></article></div>",
            f"<div><h1>제목입니다</h1>{pad}<p>{date}</p><i>|</i><p>2024.03.06 10:00</p></div>",  # a pair 2 apart
            f"<div><h1>제목입니다</h1><article><p>본문</p></article>{pad}<p>{date}</p></div>",
            f"<div><p>홍길동 기자</p>{pad}<p>{date}</p></div>",
            f"<div><p>{date}</p>{pad}<p>김철수 특파원</p></div>",
        ):
            _check_dates(html)

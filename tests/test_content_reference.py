"""The fast paths of :mod:`kornews.content` give exactly what the plain versions gave: ``_collect``
(tag kinds decided once per tag id, the chrome-name test inlined, first texts read in the same pass)
against a verbatim copy of it before the fast paths and against
:func:`kornews.cleanup.first_texts_in_order`, on every fixture page, every real page and random trees."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from kornews import cleanup, limits
from kornews import content as c
from kornews.boilerplate import GENERIC_RULES
from kornews.dom import BLOCK_TAGS, SKIP_TAGS, TEXT_TAG_ID
from tests.fixtures import html_pages

# -- verbatim copy of content._collect before the fast paths


def ref_collect(root: LexborNode, *, prune: bool = False, chrome_names: bool = True) -> c._Stats:
    """One pass over ``root``: Hangul per block (own text, linked text), subtree totals, chrome flags.

    The subtrees of skipped tags (``script``, ``style`` …) are not entered.  ``prune``: nor are those
    of chrome blocks (``nav``, ``<div class="related">`` …): they are recorded (``st.opaque``) with no
    counts inside; nothing that scores or reads a block looks inside chrome, and :func:`_open` adds
    their totals inside the chosen container.  ``chrome_names=False``: chrome is not looked for (a
    pass whose caller does not read ``st.chrome``).  Iterative (``first_child``/``next``, the parent's
    ``mem_id`` kept on a stack): no recursion limit, linear in the nodes entered."""
    st = c._Stats()
    rid = root.mem_id
    # the loop runs once per node entered: everything it touches is a local name
    nodes, parent_of, order = st.nodes, st.parent, st.order
    images: list[int] = []
    link, chrome, own_h, own_link_h, opaque = st.link, st.chrome, st.own_h, st.own_link_h, st.opaque
    block_tags, skip_tags, chrome_tags = BLOCK_TAGS, SKIP_TAGS, c._CHROME_TAGS
    text_id, hangul, check = TEXT_TAG_ID, c._hangul, limits.check
    nodes[rid] = root
    order.append(rid)
    # the parent of ``node``: its mem_id, its nearest block (or the root), in a link, chrome; the
    # same four of each element entered are kept on the stack with it
    pid = pblk = rid
    plink = pchrome = False
    stack: list[tuple[LexborNode, int, int, bool, bool]] = []
    node = root.first_child
    step = 0
    while node is not None:
        step += 1
        if not step & 1023:
            check()  # the per-page time budget
        if node.tag_id == text_id:
            if not node.is_empty_text_node:  # whitespace between tags: most text nodes (tested in C)
                text = node.text_content or ""
                if not text.isascii():  # else no Hangul to count
                    h = hangul(text)
                    if h:
                        own_h[pblk] = own_h.get(pblk, 0) + h
                        if plink:
                            own_link_h[pblk] = own_link_h.get(pblk, 0) + h
        else:
            tag = node.tag
            if tag is not None and tag[0] != "-" and tag not in skip_tags:
                mid = node.mem_id
                nodes[mid] = node
                parent_of[mid] = pid
                order.append(mid)
                if tag == "img":
                    images.append(mid)
                block = tag in block_tags
                linked = plink or tag == "a"
                if linked:
                    link.add(mid)
                is_chrome = chrome_names and (pchrome or tag in chrome_tags or c._chrome_name(node))
                if is_chrome:
                    chrome.add(mid)
                if is_chrome and prune and block:
                    opaque.append(mid)  # recorded, not entered
                    child = None
                else:
                    child = node.first_child
                if child is not None:
                    stack.append((node, pid, pblk, plink, pchrome))
                    if block:
                        pblk = mid
                    pid, plink, pchrome = mid, linked, is_chrome
                    node = child
                    continue
        nxt = node.next
        while nxt is None and stack:
            up, pid, pblk, plink, pchrome = stack.pop()
            nxt = up.next
        node = nxt
    # subtree totals: children come after their parent in pre-order, so add in reverse
    sub_img = st.sub_img = dict.fromkeys(order, 0)
    for mid in images:
        sub_img[mid] = 1
    sub_img[rid] = 1 if root.tag == "img" else 0
    sub_h = st.sub_h = dict.fromkeys(order, 0)
    sub_h.update(own_h)  # blocks: elements counted (or the root)
    sub_link_h = st.sub_link_h = dict.fromkeys(order, 0)
    sub_link_h.update(own_link_h)
    for mid in reversed(order):
        up_id = parent_of.get(mid)
        if up_id is not None:
            sub_h[up_id] += sub_h[mid]
            if mid in own_link_h or sub_link_h[mid]:
                sub_link_h[up_id] += sub_link_h[mid]
            if sub_img[mid]:
                sub_img[up_id] += sub_img[mid]
    return st


def _fields(s: c._Stats) -> dict[str, Any]:
    return {
        "nodes": list(s.nodes),
        "parent": s.parent,
        "link": s.link,
        "chrome": s.chrome,
        "own_h": s.own_h,
        "own_link_h": s.own_link_h,
        "sub_h": s.sub_h,
        "sub_link_h": s.sub_link_h,
        "order": s.order,
        "sub_img": s.sub_img,
        "opaque": s.opaque,
    }


def _check(root: LexborNode) -> None:
    for prune in (False, True):
        for names in (False, True):
            if prune and not names:
                continue
            got = c._collect(root, prune=prune, chrome_names=names, first_texts=True)
            assert _fields(got) == _fields(ref_collect(root, prune=prune, chrome_names=names))
            assert _fields(c._collect(root, prune=prune, chrome_names=names)) == _fields(got)
            want_first, want_order = cleanup.first_texts_in_order(root)
            assert got.firsts is not None
            first, order = got.firsts
            assert first == want_first
            assert [n.mem_id for n in order] == [n.mem_id for n in want_order]


PAGES = html_pages()


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[n for n, _ in PAGES])
def test_fast_collect_equals_the_plain_version(name: str, html: bytes) -> None:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    _check(tree.body)
    for box in tree.css("article, section, div[class], ul")[:15]:
        _check(box)


_PIECES = st.lists(
    st.sampled_from(
        [
            *"<div> </div> <p> </p> <span> </span> <a> </a> <ul> <li> </ul> <br> <script> </script> <nav> "
            "</nav> <button> </button> <noscript> </noscript> <svg> </svg> <img> <h2> </h2> <my-box> </my-box> "
            "<section> </section> 관련기사 본문입니다 x <!--c-->".split(),
            '<div class="related">',
            '<div id="menu">',
            "<div class='box'>",
            " ",
            "\n",
            "\xa0",
        ]
    ),
    max_size=50,
)


@settings(max_examples=300)
@given(_PIECES)
def test_fast_collect_equals_the_plain_version_on_random_trees(pieces: list[str]) -> None:
    tree = LexborHTMLParser("".join(pieces))
    for root in [tree.body, *tree.css("div, nav, a")[:5]]:
        if root is not None:
            _check(root)


_HANGUL_RE = re.compile("[가-힣]")
_CHARS = st.one_of(
    st.characters(),
    st.sampled_from("가각힣힤\ud7a3\ud7a4\ud7b0\ud7ff\uac00\uabff\ud700\ue000\U0001f600\ud800\udc00 a1."),
)


@settings(max_examples=500)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_hangul_count_is_the_regex_count(text: str) -> None:
    assert c._hangul(text) == len(_HANGUL_RE.findall(text)) == ref_hangul(text)


_NOT_SYLLABLE_HIGH = bytes(b for b in range(256) if not 0xAC <= b <= 0xD7)
_D7_NOT_SYLLABLE = re.compile("[\ud7a4-\ud7ff]")


def ref_hangul(text: str) -> int:
    """Verbatim copy of content._hangul before the codec was called directly (big-endian, ``in`` test,
    regex correction)."""
    if text.isascii():
        return 0
    try:
        kept = text.encode("utf-16-be")[::2].translate(None, _NOT_SYLLABLE_HIGH)
    except UnicodeEncodeError:  # a lone surrogate
        return len(_HANGUL_RE.findall(text))
    n = len(kept)
    if n and b"\xd7" in kept:
        n -= len(_D7_NOT_SYLLABLE.findall(text))
    return n


def test_hangul_count_on_every_code_point() -> None:
    """Each BMP character alone, after a syllable, between ``D7`` syllables (the one-by-one branch)
    and among more than ``_D7_LOOP`` of them (the regex branch); and every astral plane's first."""
    many = "히" * (c._D7_LOOP + 1)
    for cp in [*range(0x80, 0x10000), 0x10000, 0x1F600, 0x10FFFF]:
        ch = chr(cp)
        for text in (ch, "가" + ch, "히" + ch + "흥a", many + ch, ch + many + ch, "\ud7a4" + ch + "힣"):
            assert c._hangul(text) == len(_HANGUL_RE.findall(text)), (hex(cp), text)


_STOPS = (re.compile(r"^\s*(?:ⓒ|저작권자)"), re.compile(r"기자\s*구독"))


def _strip_both(html: bytes, selector: str) -> None:
    """``strip_boilerplate`` with its own pass (first texts from it, the counted pre-order walked)
    against the same with the counts given (first texts and the condemned nodes from tree walks)."""
    fast, plain = LexborHTMLParser(html), LexborHTMLParser(html)
    boxes = GENERIC_RULES.boxes
    for a, b in zip(fast.css(selector)[:6], plain.css(selector)[:6], strict=True):
        if a.parent is None or b.parent is None:
            continue  # inside a box removed before
        c.strip_boilerplate(a, boxes, _STOPS)
        c.strip_boilerplate(b, boxes, _STOPS, counts=c._collect(b, chrome_names=False))
        assert a.html == b.html


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[n for n, _ in PAGES])
def test_one_pass_box_stripping_equals_the_tree_walks(name: str, html: bytes) -> None:
    _strip_both(html, "body")
    _strip_both(html, "article, [class*='article'], [id*='article'], [class*='content'], section")


@settings(max_examples=300)
@given(_PIECES)
def test_one_pass_box_stripping_equals_the_tree_walks_on_random_trees(pieces: list[str]) -> None:
    _strip_both("".join(pieces).encode(), "body")
    _strip_both("".join(pieces).encode(), "div")


_COPY_CHARS = st.sampled_from([*"copyrightCOPYRIGHTıİ ⓒⒸ©()cC저작권자 2024.,-~", "Copyright", "저작권자", "(c)", "ⓒ"])


@settings(max_examples=500)
@given(st.lists(_COPY_CHARS, max_size=20).map("".join), st.text(max_size=8))
@example("copyrıght 2024 한국일보.", "")
@example("COPYRİGHT 한국일보", "x")
@example("Ⓒ 대전일보 무단", "")
def test_copyright_hint_passes_every_text_the_regex_matches(core: str, noise: str) -> None:
    from kornews import fields

    for text in (core, noise + core, core + noise + "한국일보 무단"):
        if fields._COPYRIGHT_HOLDER.search(text) is not None:
            assert fields._copyright_hint(text)


def _read(html: bytes, outlet: str | None) -> Any:
    import kornews

    try:
        return kornews.extract(html, url="https://www.example.co.kr/news/1", outlet=outlet)
    except kornews.KornewsError as exc:
        return type(exc).__name__


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[n for n, _ in PAGES])
def test_counted_order_walks_read_what_the_tree_walks_read(
    name: str, html: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page read by the content layer (the generic reader, which prunes, strips boxes and reads
    the container the page pass chose) with the condemned nodes found on the counted pre-order and
    with them found by tree walks: the same article."""
    fast = _read(html, "generic")
    plain_condemned = c._condemned
    asked = []

    def both(container: LexborNode, st: c._Stats, junk: Any, *, counted_order: bool = False) -> Any:
        doomed, gone = plain_condemned(container, st, junk)
        if counted_order:
            fast_doomed, fast_gone = plain_condemned(container, st, junk, counted_order=True)
            assert [n.mem_id for n in fast_doomed] == [n.mem_id for n in doomed]
            assert {n.mem_id for n in doomed} <= fast_gone
            asked.append(container.mem_id)
        return doomed, gone

    monkeypatch.setattr(c, "_condemned", both)
    assert _read(html, "generic") == fast
    assert asked or isinstance(fast, str)  # both walks compared wherever the reader found a container


_LEAD_PIECES = st.lists(
    st.sampled_from(
        [*"[]()【】= \u3000\xa0\n가나", "서울", "뉴시스", "홍길동", " 기자", "연합뉴스", "=", " = ", "본문"]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=500)
@given(_LEAD_PIECES)
@example("[서울=뉴시스] 홍길동 기자 = 본문입니다")
@example("\u3000(서울=연합뉴스) 본문입니다")
@example("홍길동 기자 = 본문입니다")
@example("【서울】 본문입니다")
def test_lead_prefilter_rejects_only_what_parse_lead_rejects(line: str) -> None:
    from kornews import korean as k

    lead = k.parse_lead(line)
    assert c._is_lead(line) == (lead is not None and bool(lead.reporters or lead.place))


@settings(max_examples=300)
@given(_LEAD_PIECES, st.sampled_from((*c._ROLE_WORDS, "", "기 자", "위원")))
def test_role_word_search_is_the_any_test(text: str, word: str) -> None:
    text = text[:40] + word
    assert (c._ROLE_WORD.search(text) is not None) == any(w in text for w in c._ROLE_WORDS)


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.sampled_from(["class", "id", "data-ad", "data-ad-slot", "data-adx", "data-a", "data-ad-", "href", "data"]),
        st.sampled_from(["", "adsbygoogle x", "div-gpt-ad-1", "box", "div-gpt"]),
        max_size=5,
    )
)
def test_ad_attribute_test_is_the_plain_one(attrs: dict[str, str]) -> None:
    from kornews import boilerplate

    cls, ident = attrs.get("class") or "", attrs.get("id") or ""
    plain = (
        ident.startswith("div-gpt-ad")
        or "adsbygoogle" in cls
        or any(key == "data-ad" or key.startswith("data-ad-") for key in attrs)
    )
    assert boilerplate._ad_attrs(dict(attrs)) == plain


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[n for n, _ in PAGES])
def test_opened_counts_inside_the_container_are_a_full_pass(name: str, html: bytes) -> None:
    """After the pruned page pass and :func:`kornews.content._open`, every element counted inside the
    chosen container has the counts of a full pass (what ``_open``'s climbs must keep)."""
    root = LexborHTMLParser(html).body
    assert root is not None
    found, st_ = c.densest_container(root)
    if found is None:
        return
    full = c._collect(root)
    inside = {found.mem_id}
    for mid in full.order[full.order.index(found.mem_id) + 1 :]:
        if full.parent[mid] not in inside:
            break
        inside.add(mid)
    for mid in inside & set(st_.nodes):
        assert (st_.sub_h[mid], st_.sub_link_h[mid], st_.sub_img[mid]) == (
            full.sub_h[mid],
            full.sub_link_h[mid],
            full.sub_img[mid],
        )


# -- first texts updated for removals (strip_boilerplate -> drop_boxes) instead of walked again


def _checked_drop_boxes(seen: list[bool]) -> Any:
    """``cleanup.drop_boxes`` that first checks the ``known`` it is given against a fresh walk."""
    plain = cleanup.drop_boxes

    def check(root: LexborNode, headings: Any, keep: Any = (), *, known: Any = None) -> None:
        if known is not None:
            first, order = cleanup.first_texts_in_order(root)
            assert known[0] == first
            assert [n.mem_id for n in known[1]] == [n.mem_id for n in order]
        seen.append(known is not None)
        plain(root, headings, keep, known=known)

    return check


def _strip_checked(html: bytes, selector: str, seen: list[bool]) -> None:
    tree = LexborHTMLParser(html)
    for node in tree.css(selector)[:6]:
        if node.parent is not None:
            c.strip_boilerplate(node, GENERIC_RULES.boxes, _STOPS)


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[n for n, _ in PAGES])
def test_first_texts_after_removals_are_a_fresh_walk(name: str, html: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every box stripping on every page (the outlet path's own extraction, and boxes of the page)
    hands drop_boxes the first texts a walk of the tree would give once the condemned nodes are gone."""
    import kornews

    seen: list[bool] = []
    monkeypatch.setattr(c, "drop_boxes", _checked_drop_boxes(seen))
    try:
        kornews.extract(html, url="https://www.example.co.kr/news/1")
    except kornews.KornewsError:
        pass
    _strip_checked(html, "body, article, [class*='article'], [class*='content'], section, div[class]", seen)
    assert seen


def test_first_texts_after_removals_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The update is what the pages get (a test of the test above: it compares something): on the
    fixture pages, strippings that removed elements with a first text pass an updated order on; and a
    removed box that gave its parent its first text makes a walk again."""
    plain = c._firsts_without
    updated: list[bool] = []

    def spy(known: Any, removed: Any) -> Any:
        before = len(known[1])
        got = plain(known, removed)
        updated.append(got is not None and len(got[1]) < before)
        return got

    seen: list[bool] = []
    monkeypatch.setattr(c, "_firsts_without", spy)
    monkeypatch.setattr(c, "drop_boxes", _checked_drop_boxes(seen))
    for _name, html in PAGES:
        _strip_checked(html, "body, article, [class*='content'], div[class]", seen)
    assert any(updated)
    updated.clear()
    html = (
        '<div id="c"><p>본문입니다</p><div class="ad"><ul><li><b>광고</b> 문구</li><li>둘</li></ul>'
        '<script>x()</script></div><p>둘째 문단</p><div class="related"><p>관련 기사</p></div></div>'
    )
    tree = LexborHTMLParser(html)
    c.strip_boilerplate(tree.css_first("#c"), GENERIC_RULES.boxes)  # type: ignore[arg-type]
    assert updated == [True]
    assert seen[-1] is True
    fresh = LexborHTMLParser('<div id="c"><div><div class="ad">광고 문구</div><p>본문입니다</p></div></div>')
    root = fresh.css_first("#c")
    assert root is not None
    updated.clear()
    c.strip_boilerplate(root, GENERIC_RULES.boxes)
    assert updated == [False]
    assert seen[-1] is False  # walked again
    assert root.text() == "본문입니다"


@settings(max_examples=300)
@given(_PIECES)
def test_first_texts_after_removals_are_a_fresh_walk_on_random_trees(pieces: list[str]) -> None:
    seen: list[bool] = []
    saved = c.drop_boxes
    c.drop_boxes = _checked_drop_boxes(seen)
    try:
        html = "".join(pieces).encode()
        _strip_checked(html, "body", seen)
        _strip_checked(html, "div", seen)
    finally:
        c.drop_boxes = saved


# -- heading tests of drop_boxes / _heading_before: one alternation instead of a loop over patterns




_HEAD_TEXT = st.lists(
    st.sampled_from(
        [*" \u3000\n[]()※▶", "관련", "기사", "관련기사", "뉴스", "댓글", "AI", "핵심", "요약", "이", "기사와", "관련된",
         "구독", "기자", "좋아요", "ⓒ", "저작권자", "많이 본", "HOT", "이슈", "x", "1"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500)
@given(_HEAD_TEXT)
def test_one_alternation_is_the_loop_over_the_patterns(text: str) -> None:
    from kornews import registry

    sets = [GENERIC_RULES.boxes, GENERIC_RULES.stop, GENERIC_RULES.skip, _STOPS]
    for name in ("newspim", "chosun", "herald", "zdnet", "newsis", "hankookilbo", "maeil", "daum", "naver"):
        try:
            ex = registry.get(name)
        except Exception:
            continue
        sets += [ex.box_headings(), ex.rules.stop]
    sets += [
        (re.compile(r"^(관련)\s*\1"), re.compile("기사")),  # a back reference: the loop
        (re.compile("^ai", re.IGNORECASE), re.compile(r"^\s*$", re.MULTILINE)),  # a flag _Union drops: the loop
    ]
    for rxs in sets:
        assert cleanup.any_search(rxs)(text) == any(rx.search(text) for rx in rxs), (rxs, text)
    assert cleanup.any_search(sets[-1]) is not cleanup.union(sets[-1])
    assert cleanup.any_search(GENERIC_RULES.boxes) is cleanup.union(GENERIC_RULES.boxes)

"""Content finding as pure functions: where the article is on a page, whatever its template.

HTML: :func:`densest_container` finds the element holding the most Korean paragraph text with the
fewest links, from one linear pass over the tree (:func:`_collect`, per-element Hangul counts);
:func:`_prune` removes chrome and link lists from inside it, :func:`_deck` takes its deck lines,
:func:`_photo_boxes` finds photo boxes, :func:`_reading_blocks` drops byline-only lines and a second
story; :func:`drop_link_lines` removes links that are a whole line by themselves (promos).
The dates a page prints are found by :func:`kornews.fields.visible_dates`.

Text: :func:`read_text` reads a page rendered as text (headline before the date line, body from the
dateline lead or the densest run of long lines) into a :class:`TextReading`.

No extractor imports: extractors (outlets, portals, generic) build on these functions.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from . import korean as k
from . import lazyre, limits
from .boilerplate import AD_LABEL, GENERIC_RULES, ad_or_boilerplate
from .cleanup import Body, any_search, assemble, drop_boxes, first_texts_in_order, is_deck_line, union
from .dom import BLOCK_TAGS, SKIP_TAGS, TEXT_TAG_ID, Block, blocks
from .embedded import EmbeddedArticle
from .errors import NotAnArticle
from .page import Page
from .spec import Rules

if TYPE_CHECKING:
    from typing import NamedTuple

    from .text import TextPage
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

_HANGUL = lazyre.compile(r"[가-힣]")
_ROLE_RE = lazyre.compile(k.ROLE)
_NAME_PUNCT = lazyre.compile(r"[\s,·=/()\[\]<>|]+")
_NAME_2_4 = lazyre.compile(r"[가-힣]{2,4}")
_TAG_SEP = lazyre.compile(r"[,#]")
_NORM = lazyre.compile(r"[^0-9A-Za-z가-힣]+")
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote li dd dt figcaption pre td th caption".split())
"""Blocks whose text is one paragraph of their parent container (other blocks hold their own text runs)."""
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header"})
_CHROME_NAME = lazyre.compile(
    r"(?:^|[\s_\-])(?:comments?|cmt|reply|replies|footer|sidebar|side|aside|nav|navi|gnb|lnb|snb|menu|related|relation|"
    r"recommend|popular|ranking|rank|most|best|banner|ads?|sns|share|social|subscribe|newsletter|taboola|dable|"
    r"btns?|buttons?|reactions?|toolbar|toolbox|utils?|login|modal|popup)"
    r"(?:$|[\s_\-\d])",
    re.IGNORECASE,
)
"""``class``/``id`` tokens of page chrome: never the article container, removed from inside it."""
_DECK_NAME = lazyre.compile(
    r"sub[_\-]?tit|subtitle|sub[_\-]?head|mid[_\-]?title|summary|deck|standfirst", re.IGNORECASE
)
_DATE_TEXT = lazyre.compile(r"(?:19|20)\d\d\s*[./\-년]\s*\d{1,2}\s*[./\-월]\s*\d{1,2}")
_MIN_PARAGRAPH = 15
"""Hangul syllables a text block needs to count as paragraph text in the density scoring."""
_MIN_BODY_HANGUL = 30
"""Hangul syllables the body needs in total, else the page is not an article."""


_SYLLABLE_HIGH = bytes(1 if 0xAC <= b <= 0xD7 else 0 for b in range(256))
"""A ``bytes.translate`` table: 1 for the high bytes of UTF-16 code units in U+AC00–U+D7FF, 0 for the
others (a table without deletions: no per-call table set-up, unlike ``translate(None, delete)``)."""
_UTF16_LE = codecs.utf_16_le_encode
"""The UTF-16-LE encoder itself: ``str.encode("utf-16-le")`` looks the codec up by name on every call
(a few hundred ns, more than encoding a paragraph); returns ``(bytes, characters read)``."""
_D7_LOOP = 8
"""Characters with a ``D7`` high byte told apart one by one up to this many, by a regex above."""


def _hangul(text: str) -> int:
    """The number of Hangul syllables (U+AC00–U+D7A3) in ``text``, counted in C: the high bytes of its
    UTF-16 code units (little-endian: every second byte from the second) in ``AC``–``D7`` (a character
    outside the Basic Multilingual Plane is a surrogate pair, ``D8``–``DF``), less the characters
    U+D7A4–U+D7FF among those with a ``D7`` (their low byte ``A4`` or more: looked at one by one, or
    by a regex when there are many).  Same count as ``len(re.findall("[가-힣]"))`` (a text with a lone
    surrogate is counted that way), a few times faster."""
    if text.isascii():
        return 0
    try:
        units = _UTF16_LE(text)[0]
    except UnicodeEncodeError:  # a lone surrogate
        return len(_HANGUL.findall(text))
    high = units[1::2]
    # int needles: a bytes one is first tried as an int, which raises inside (a few hundred ns)
    n = high.translate(_SYLLABLE_HIGH).count(1)
    if n and 0xD7 in high:  # U+D700–U+D7FF (흥, 희, 히 …): U+D7A4–U+D7FF (Jamo Extended-B) are none
        if high.count(0xD7) > _D7_LOOP:
            return n - len(_D7_NOT_SYLLABLE.findall(text))
        i = high.find(0xD7)
        while i >= 0:
            if units[2 * i] >= 0xA4:
                n -= 1
            i = high.find(0xD7, i + 1)
    return n


_D7_NOT_SYLLABLE = lazyre.compile("[\ud7a4-\ud7ff]")
"""The characters with a ``D7`` high byte that are not Hangul syllables."""


def _norm(text: str) -> str:
    return _NORM.sub("", text)


def _chrome_name(node: LexborNode) -> bool:
    attrs = node.attributes
    if not attrs:  # most elements of an article body: nothing to look up
        return False
    name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    known = _CHROME_NAMES.get(name)
    if known is None:
        known = _CHROME_NAMES[name] = bool(name.strip()) and _CHROME_NAME.search(name) is not None
        if len(_CHROME_NAMES) > 4096:  # bounded: pages with generated class names
            _CHROME_NAMES.clear()
    return known


_CHROME_NAMES: dict[str, bool] = {}
"""``_chrome_name`` by ``"class id"`` string: a page repeats the same few class names many times."""


# -- the density pass -------------------------------------------------------------------------


class _Stats:
    """Per-element counts from one pre-order pass (all dicts keyed by ``mem_id``).

    ``opaque``: chrome blocks a pruned pass (:func:`_collect` with ``prune=True``) recorded without
    entering them; their subtree totals are 0 until :func:`_open` adds them where they are needed.
    ``firsts``: with ``first_texts=True``, what :func:`kornews.cleanup.first_texts_in_order` gives for
    the pass's root (the first texts and the elements that have one, in document order), else None.
    ``removed``: ``mem_id`` of the nodes removed from the tree since the pass (:func:`_removals` records
    them), so that a walk over ``order`` steps over them and their descendants."""

    def __init__(self) -> None:
        self.nodes: dict[int, LexborNode] = {}
        self.parent: dict[int, int] = {}
        self.link: set[int] = set()
        self.chrome: set[int] = set()
        self.own_h: dict[int, int] = {}
        self.own_link_h: dict[int, int] = {}
        self.sub_h: dict[int, int] = {}
        self.sub_link_h: dict[int, int] = {}
        self.order: list[int] = []
        self.sub_img: dict[int, int] = {}
        self.opaque: list[int] = []
        self.firsts: tuple[dict[int, str], list[LexborNode]] | None = None
        self.removed: set[int] = set()


_ENTER, _BLOCK, _CHROME_TAG, _LINK, _IMG = 1, 2, 4, 8, 16
"""Bits of a tag's kind in :func:`_collect`: counted and entered (an element, not a skipped tag), a
block, a chrome tag (``nav`` …), ``a``, ``img``."""
_CUSTOM_TAG_ID = 1 << 16
"""Lexbor numbers the standard tags below this; a custom element's tag id is per document."""
_STD_KINDS: dict[int, int] = {}
"""The kind of each standard tag id seen so far (the same in every document)."""


def _kind(tag: str | None) -> int:
    """The :func:`_collect` kind bits of an element named ``tag`` (0: not entered)."""
    if tag is None or tag[0] == "-" or tag in SKIP_TAGS:
        return 0
    return (
        _ENTER
        | (_BLOCK if tag in BLOCK_TAGS else 0)
        | (_CHROME_TAG if tag in _CHROME_TAGS else 0)
        | (_LINK if tag == "a" else 0)
        | (_IMG if tag == "img" else 0)
    )


def _skipped_firsts(
    el: LexborNode,
    anc: list[int],
    have: int,
    first: dict[int, str],
    order: list[LexborNode],
    nodes: dict[int, LexborNode],
) -> int:
    """First texts from the subtree of an element :func:`_collect` does not enter (a ``script``, a
    ``button`` …), as :func:`kornews.cleanup.first_texts_in_order` assigns them: each non-blank text
    node gives its text to its ancestors without one, up to ``el`` and on to the entered ancestors
    ``anc[have:]``; returns the new ``have`` (how many of ``anc`` have a first text)."""
    el_id = el.mem_id
    text_tag = TEXT_TAG_ID
    chain: list[LexborNode] = []
    have = min(have, len(anc))  # levels left since ``have`` was counted
    for step, child in enumerate(el.traverse(include_text=True), 1):
        if not step & 1023:
            limits.check()  # the per-page time budget (a skipped subtree may be large)
        if child.tag_id != text_tag or child.is_empty_text_node:
            continue
        text = (child.text_content or "").strip()
        if not text:
            continue
        text = text[:80]
        parent = child.parent
        while parent is not None:
            mem = parent.mem_id
            if mem in first:
                break
            first[mem] = text
            chain.append(parent)
            if mem == el_id:
                for up in reversed(anc[have:]):  # the entered ancestors without a first text
                    first[up] = text
                    chain.append(nodes[up])
                have = len(anc)
                break
            parent = parent.parent
        if chain:
            chain.reverse()
            order.extend(chain)
            chain.clear()
    return have


def _collect(
    root: LexborNode, *, prune: bool = False, chrome_names: bool = True, first_texts: bool = False
) -> _Stats:
    """One pass over ``root``: Hangul per block (own text, linked text), subtree totals, chrome flags.

    The subtrees of skipped tags (``script``, ``style`` …) are not entered.  ``prune``: nor are those
    of chrome blocks (``nav``, ``<div class="related">`` …): they are recorded (``st.opaque``) with no
    counts inside; nothing that scores or reads a block looks inside chrome, and :func:`_open` adds
    their totals inside the chosen container.  ``chrome_names=False``: chrome is not looked for (a
    pass whose caller does not read ``st.chrome``).  ``first_texts``: ``st.firsts`` is also
    :func:`kornews.cleanup.first_texts_in_order` of ``root`` (the subtrees not entered are read for
    their text only).  Iterative (``first_child``/``next``, the parent's ``mem_id`` kept on a stack):
    no recursion limit, linear in the nodes entered (and, with ``first_texts``, in the others).  An
    element whose one child is a text node (``<p>…</p>``, ``<a>…</a>``) has that text read where the
    element is met, as if entered (not pushed on the stack)."""
    st = _Stats()
    rid = root.mem_id
    # the loop runs once per node entered: everything it touches is a local name
    nodes, parent_of, order = st.nodes, st.parent, st.order
    images: list[int] = []
    link, chrome, own_h, own_link_h, opaque = st.link, st.chrome, st.own_h, st.own_link_h, st.opaque
    text_id, hangul, check = TEXT_TAG_ID, _hangul, limits.check
    std_kinds, custom, kind_of = _STD_KINDS, _CUSTOM_TAG_ID, _kind
    page_kinds: dict[int, int] = {}  # custom elements' tag ids: this document's own
    names, name_rx = _CHROME_NAMES, _CHROME_NAME
    nodes[rid] = root
    order.append(rid)
    # first texts (``first_texts``): the entered ancestors of ``node`` are the root and the elements
    # on the stack, their mem_ids ``[t[1] for t in stack] + [pid]``; the first ``have`` of them have a
    # first text (an element's ancestors have one when it has; ``have`` is cut to the depth on use)
    first: dict[int, str] = {}
    texted: list[LexborNode] = []
    have = 0
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
        tid = node.tag_id
        if tid == text_id:
            if not node.is_empty_text_node:  # whitespace between tags: most text nodes (tested in C)
                text = node.text_content or ""
                if first_texts:
                    depth = len(stack) + 1
                    if have > depth:
                        have = depth
                    lead = text.strip() if have < depth else ""
                    if lead:
                        lead = lead[:80]
                        for up in [t[1] for t in stack[have:]] + [pid]:
                            first[up] = lead
                            texted.append(nodes[up])
                        have = depth
                if not text.isascii():  # else no Hangul to count
                    h = hangul(text)
                    if h:
                        own_h[pblk] = own_h.get(pblk, 0) + h
                        if plink:
                            own_link_h[pblk] = own_link_h.get(pblk, 0) + h
        else:
            kind = std_kinds.get(tid) if tid < custom else page_kinds.get(tid)
            if kind is None:  # the first element of this tag: decided once (``node.tag`` builds a str)
                kind = kind_of(node.tag)
                if tid < custom:
                    std_kinds[tid] = kind
                else:
                    page_kinds[tid] = kind
            if kind:
                mid = node.mem_id
                nodes[mid] = node
                parent_of[mid] = pid
                order.append(mid)
                if kind & _IMG:
                    images.append(mid)
                linked = plink or kind & _LINK != 0
                if linked:
                    link.add(mid)
                is_chrome = False
                if chrome_names:
                    if pchrome or kind & _CHROME_TAG:
                        is_chrome = True
                    else:  # :func:`_chrome_name`, inlined
                        attrs = node.attributes
                        if attrs:
                            name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
                            known = names.get(name)
                            if known is None:
                                known = names[name] = bool(name.strip()) and name_rx.search(name) is not None
                                if len(names) > 4096:  # bounded: pages with generated class names
                                    names.clear()
                            is_chrome = known
                    if is_chrome:
                        chrome.add(mid)
                if is_chrome and prune and kind & _BLOCK:
                    opaque.append(mid)  # recorded, not entered
                    child = None
                    if first_texts and node.first_child is not None:
                        have = _skipped_firsts(node, [t[1] for t in stack] + [pid], have, first, texted, nodes)
                else:
                    child = node.first_child
                if child is not None and child.tag_id == text_id and child.next is None:
                    # one text node inside (``<p>…</p>``, ``<a>…</a>``): read here, the element not entered
                    step += 1
                    if not step & 1023:
                        check()
                    if not child.is_empty_text_node:
                        text = child.text_content or ""
                        if first_texts:
                            level = len(stack) + 1  # the text's entered ancestors: the stack's, pid, then mid
                            if have > level:
                                have = level  # the levels above the element were left since; it is new
                            lead = text.strip()
                            if lead:
                                lead = lead[:80]
                                ups = [t[1] for t in stack[have:]] + [pid, mid] if have < level else [mid]
                                for up in ups:
                                    first[up] = lead
                                    texted.append(nodes[up])
                                have = level + 1
                        if not text.isascii():
                            h = hangul(text)
                            if h:
                                blk = mid if kind & _BLOCK else pblk
                                own_h[blk] = own_h.get(blk, 0) + h
                                if linked:
                                    own_link_h[blk] = own_link_h.get(blk, 0) + h
                elif child is not None:
                    if have > len(stack) + 1:
                        have = len(stack) + 1  # the levels above it were left since
                    stack.append((node, pid, pblk, plink, pchrome))
                    if kind & _BLOCK:
                        pblk = mid
                    pid, plink, pchrome = mid, linked, is_chrome
                    node = child
                    continue
            elif first_texts and node.first_child is not None:
                have = _skipped_firsts(node, [t[1] for t in stack] + [pid], have, first, texted, nodes)
        nxt = node.next
        while nxt is None and stack:
            up_node, pid, pblk, plink, pchrome = stack.pop()
            nxt = up_node.next
        node = nxt
    if first_texts:
        st.firsts = (first, texted)
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
            h = sub_h[mid]
            if h:
                sub_h[up_id] += h
                lh = sub_link_h[mid]
                if lh:
                    sub_link_h[up_id] += lh
            if sub_img[mid]:
                sub_img[up_id] += sub_img[mid]
    return st


def _totals(root: LexborNode, in_link: bool) -> tuple[int, int, int]:
    """(Hangul, Hangul in links, images) of ``root``'s subtree as :func:`_collect` counts them
    (skipped tags' subtrees left out; ``in_link``: ``root`` is a link or inside one)."""
    h = lh = img = 0
    if root.tag == "img":
        img = 1
    text_id, skip_tags, hangul = TEXT_TAG_ID, SKIP_TAGS, _hangul
    stack: list[tuple[LexborNode, bool]] = []
    linked = in_link  # the parent of ``node`` is a link or inside one
    node = root.first_child
    while node is not None:
        if node.tag_id == text_id:
            if not node.is_empty_text_node:
                text = node.text_content or ""
                if not text.isascii():
                    n = hangul(text)
                    h += n
                    if linked:
                        lh += n
        else:
            tag = node.tag
            if tag is not None and tag[0] != "-" and tag not in skip_tags:
                if tag == "img":
                    img += 1
                child = node.first_child
                if child is not None:
                    stack.append((node, linked))
                    linked = linked or tag == "a"
                    node = child
                    continue
        nxt = node.next
        while nxt is None and stack:
            up, linked = stack.pop()
            nxt = up.next
        node = nxt
    return h, lh, img


def _open(st: _Stats, container: LexborNode) -> None:
    """Add to ``st`` the subtree totals of the chrome blocks a pruned pass did not enter inside
    ``container`` (each to the block itself and to all its ancestors), so that the counts of every
    element inside ``container`` are those of a full pass."""
    if not st.opaque:
        return
    cid = container.mem_id
    parent, sub_h, sub_link_h, sub_img = st.parent, st.sub_h, st.sub_link_h, st.sub_img
    # inside the container or not, by element: known for the container and its ancestors, learned
    # for every element a climb from an opaque block passes (so each element is climbed over once)
    inside: dict[int, bool] = {cid: True}
    up = parent.get(cid)
    while up is not None:
        inside[up] = False
        up = parent.get(up)
    path: list[int] = []
    for mid in st.opaque:
        up = parent.get(mid)
        while up is not None and up not in inside:
            path.append(up)
            up = parent.get(up)
        verdict = up is not None and inside[up]
        for seen in path:
            inside[seen] = verdict
        path.clear()
        if not verdict:
            continue  # outside the container
        h, lh, img = _totals(st.nodes[mid], mid in st.link)
        up = mid
        while up is not None:
            sub_h[up] += h
            sub_link_h[up] += lh
            sub_img[up] += img
            up = parent.get(up)
    st.opaque = []


def _after_subtree(st: _Stats, node: LexborNode) -> int:
    """The index in ``st.order`` of the first counted element after ``node``'s subtree (a counted
    node), else ``len(st.order)``: the first counted following sibling of ``node`` or of one of its
    ancestors (the children of a counted element are counted, skipped tags aside), found in the tree
    and located by ``list.index``, not by a walk over the subtree."""
    counted, top = st.nodes, st.order[0]
    cur: LexborNode | None = node
    while cur is not None and cur.mem_id != top:
        sib = cur.next
        while sib is not None:
            if sib.mem_id in counted:
                return st.order.index(sib.mem_id)
            sib = sib.next
        cur = cur.parent
    return len(st.order)


def densest_container(
    root: LexborNode, stats: _Stats | None = None, *, ignore_chrome: bool = False
) -> tuple[LexborNode | None, _Stats]:
    """The element holding the most Korean paragraph text with the fewest links (None if no text).

    Every block's own text is one unit: a unit of a paragraph-like block (``p``, ``h3``, ``li`` …)
    scores for the block's parent, other blocks (``div`` with ``<br>`` runs) score for themselves;
    the container's parent gets half (paragraphs split over sibling wrappers).  Units with more than
    half their text in links count against their container.  Chrome (``nav``/``aside``/…, or a
    class/id such as ``related``/``comment``/``menu``) never scores, and its blocks are not entered
    (a pruned :func:`_collect`; :func:`_open` completes the counts inside the chosen container).
    Linear in the tree size.
    """
    st = stats or _collect(root, prune=True)
    score: dict[int, float] = {}
    for blk, h in st.own_h.items():
        if (blk in st.chrome and not ignore_chrome) or blk not in st.nodes:
            continue
        link_h = st.own_link_h.get(blk, 0)
        node = st.nodes[blk]
        if node.tag in ("h1", "h2"):
            continue  # headlines and box titles are not paragraph text
        container = st.parent.get(blk, blk) if node.tag in _PARAGRAPH_TAGS else blk
        if link_h * 2 > h:
            unit = -0.5 * link_h
        elif h - link_h >= _MIN_PARAGRAPH:
            unit = float(h - link_h)
        else:
            continue
        score[container] = score.get(container, 0.0) + unit
        gp = st.parent.get(container)
        if gp is not None:
            score[gp] = score.get(gp, 0.0) + unit / 2
    best, best_score = None, 0.0
    for mid, value in score.items():
        if value > best_score and (ignore_chrome or mid not in st.chrome):
            best, best_score = mid, value
    if best is None and not ignore_chrome and st.chrome:
        # a page whose every text sits under a chrome-looking name: names are only a hint
        return densest_container(root, _collect(root) if st.opaque else st, ignore_chrome=True)
    if best is None:
        return None, st
    found = st.nodes[best]
    _open(st, found)
    return found, st


def _heading_before(node: LexborNode, headings: tuple[re.Pattern[str], ...]) -> LexborNode | None:
    """The element right before ``node`` when it is a short box heading (``<p>관련기사</p>``)."""
    prev = node.prev
    while prev is not None and prev.tag in ("-text", "-comment") and not (prev.text_content or "").strip():
        prev = prev.prev
    if prev is None or prev.tag in (None, "-text", "-comment"):
        return None
    text = k.clean_ws(prev.text(separator=" "))
    return prev if 0 < len(text) <= 20 and any_search(headings)(text) else None


def _condemned(
    container: LexborNode, st: _Stats, junk: Callable[[LexborNode], bool], *, counted_order: bool = False
) -> tuple[list[LexborNode], set[int]]:
    """The top-most nodes inside ``container`` (itself aside; only nodes ``st`` counted) that ``junk``
    condemns, in document order, and the ``mem_id`` of those nodes and of all their descendants
    (with ``counted_order``: of their counted descendants, and the removed ones).  One pass: the
    descendants of a condemned node are not asked.  ``counted_order``: ``st`` counted ``container``
    (a pass over it or over the page) and recorded every removal since (``st.removed``): the
    container's stretch of its pre-order is walked instead of the tree (the nodes ``st`` did not
    count are never asked, and are not in the tree walk's way)."""
    doomed: list[LexborNode] = []
    gone: set[int] = set()
    cid = container.mem_id
    parent_of, counted, order = st.parent, st.nodes, st.order
    if counted_order and cid in counted and order and cid not in st.removed:
        removed = st.removed
        inside = {cid}
        for i in range(0 if order[0] == cid else order.index(cid), len(order)):
            mid = order[i]
            if mid == cid:
                continue
            pid = parent_of[mid]
            if pid not in inside:
                break  # past the container's subtree (its descendants come right after it)
            inside.add(mid)
            if pid in gone or mid in removed:
                gone.add(mid)
                continue
            node = counted[mid]
            if junk(node):
                gone.add(mid)
                doomed.append(node)
        return doomed, gone
    for node in container.traverse():
        mid = node.mem_id
        if mid == cid:
            continue
        up = parent_of.get(mid)
        if up is None:  # not counted (a skipped tag, a comment): ask the tree
            parent = node.parent
            up = parent.mem_id if parent is not None else None
        if up in gone:
            gone.add(mid)
            continue
        if mid in counted and junk(node):
            gone.add(mid)
            doomed.append(node)
    return doomed, gone


def _prune(
    container: LexborNode, st: _Stats, headings: tuple[re.Pattern[str], ...] = ()
) -> list[_Removal] | None:
    """Remove chrome and link lists from inside the chosen container (top-most nodes only), with the
    short box heading right before a removed link list (``관련기사``); the counts of what was removed
    (:func:`_removals`)."""
    cid = container.mem_id

    def junk(node: LexborNode) -> bool:
        mid = node.mem_id
        if mid in st.chrome and cid not in st.chrome:
            return True
        if node.tag in ("ul", "ol", "div", "section", "table", "dl"):
            h, lh = st.sub_h.get(mid, 0), st.sub_link_h.get(mid, 0)
            return h > 0 and lh * 10 >= h * 6
        return False

    doomed, gone = _condemned(container, st, junk, counted_order=True)
    heads = [hd for node in doomed if (hd := _heading_before(node, headings)) is not None]
    removed = doomed + [hd for hd in heads if hd.mem_id not in gone]
    counts = _removals(st, removed, cid)
    for node in removed:
        node.decompose()
    return counts


_Removal = tuple[int, int, int, int]
"""A removed subtree's counts: (``mem_id`` of its parent, Hangul, Hangul in links, images)."""


def _removals(st: _Stats, nodes: list[LexborNode], cid: int) -> list[_Removal] | None:
    """The counts of the top-most of ``nodes`` (about to be removed from the container ``cid``) as
    ``st`` has them; None when one of them lies where ``st`` did not count (inside a chrome block a
    pruned pass did not enter).  An uncounted skipped tag (``script`` …), or a node inside one,
    counted nothing."""
    counted, parent_of = st.nodes, st.parent
    ids = {n.mem_id for n in nodes}
    st.removed |= ids
    out: list[_Removal] = []
    seen: set[int] = set()
    for node in nodes:
        mid = node.mem_id
        if mid in seen:
            continue
        seen.add(mid)
        if mid not in counted:
            up: LexborNode | None = node
            while up is not None and up.mem_id not in counted:
                tag = up.tag
                if tag is None or tag[0] == "-" or tag in SKIP_TAGS:
                    break  # counted nothing
                up = up.parent
            else:
                return None
            continue
        top = parent_of.get(mid)
        while top is not None and top != cid and top not in ids:
            top = parent_of.get(top)
        if top is None:
            return None
        if top == cid:  # not inside another removed node
            out.append((parent_of[mid], st.sub_h[mid], st.sub_link_h[mid], st.sub_img[mid]))
    return out


def _after_removals(st: _Stats, container: LexborNode, removals: Iterable[list[_Removal] | None]) -> _Stats | None:
    """The counts a fresh :func:`_collect` of ``container`` (without chrome) would give once the
    ``removals`` are gone, from ``st`` (a pass over the page or over ``container``, before them); None
    when they cannot be told (a removal :func:`_removals` could not count, or ``container`` inside a
    link, where the page pass counts all its text as linked)."""
    cid = container.mem_id
    if cid not in st.nodes or cid in st.link:
        return None
    out = _Stats()
    out.nodes, out.parent, out.order, out.removed = st.nodes, st.parent, st.order, st.removed
    sub_h, sub_link_h, sub_img = out.sub_h, out.sub_link_h, out.sub_img = (
        dict(st.sub_h),
        dict(st.sub_link_h),
        dict(st.sub_img),
    )
    for group in removals:
        if group is None:
            return None
        for start, h, lh, img in group:
            if not (h or lh or img):
                continue
            up: int | None = start
            while up is not None:
                sub_h[up] -= h
                sub_link_h[up] -= lh
                sub_img[up] -= img
                up = None if up == cid else st.parent.get(up)
    return out


CAPTION_SELECTORS = ("figcaption", '[class*="caption"]', '[class*="cap"]', '[class*="desc"]', '[class*="txt"]')
"""Where a photo box keeps its caption (tried in order inside each figure)."""


def _photo_boxes(container: LexborNode, st: _Stats) -> frozenset[int]:
    """``mem_id`` of the boxes inside ``container`` that are one photo with its caption and nothing
    else (``<div class="img-box"><img><div class="caption">…</div></div>``): exactly one image, and all
    their Korean text inside a caption-like node.  Top-most boxes only."""
    out: set[int] = set()
    inside: set[int] = set()
    cid = container.mem_id
    for node in container.traverse():
        mid = node.mem_id
        if inside:  # (no box found yet: nothing to be inside of)
            parent = node.parent
            if parent is not None and parent.mem_id in inside:
                inside.add(mid)
                continue
        if mid == cid or node.tag not in ("div", "span", "table", "dl", "p", "section") or st.sub_img.get(mid) != 1:
            continue
        h = st.sub_h.get(mid, 0)
        if h > 200:
            continue
        if h:
            cap = None
            for sel in CAPTION_SELECTORS:
                cap = node.css_first(sel)
                if cap is not None:
                    break
            if cap is None or h - _hangul(cap.text(separator=" ")) > 10:
                if not _caption_box(node):
                    continue
        out.add(mid)
        inside.add(mid)
    return frozenset(out)


def _line_edge(node: LexborNode | None, forward: bool) -> bool:
    """Nothing but whitespace between a link and a line break, a block edge or the container edge."""
    while node is not None:
        tag = node.tag
        if tag == "-text":
            if (node.text_content or "").strip():
                return False
        elif tag == "br" or tag in BLOCK_TAGS:
            return True
        elif tag != "-comment":
            return False
        node = node.next if forward else node.prev
    return True


def drop_link_lines(container: LexborNode) -> None:
    """Remove links that are a whole line of the container by themselves (a promo or a related
    headline between ``<br>``s: ``<br><a>최신 유행 트렌드 총집결 #흥(클릭!)</a><br>``): short (≤ 80
    characters), with Korean text, no image, alone between line breaks or block edges."""
    doomed = []
    for a in container.css("a"):
        text = k.clean_ws(a.text(separator=" "))
        if not text or len(text) > 80 or not _hangul(text) or a.css_first("img") is not None:
            continue
        parent = a.parent
        if parent is None or (parent.tag not in BLOCK_TAGS and parent.mem_id != container.mem_id):
            continue
        if _line_edge(a.prev, False) and _line_edge(a.next, True):
            doomed.append(a)
    for a in doomed:
        a.decompose()


_BOX = frozenset({"ul", "ol", "div", "section", "table", "dl", "aside", "nav", "form", "figure"})
_LINE = frozenset({"p", "div", "li", "dd", "dt"})
_SHORT_LINK_LINE = 60
"""Hangul syllables of a link-only line (a promo or related-article link) at most."""


def _whole_line(link: LexborNode) -> bool:
    """A link that is a whole ``<br>``-separated line of a block (``…<br><a>promo</a><br>``)."""
    parent = link.parent
    return (
        parent is not None and parent.tag in BLOCK_TAGS and _line_edge(link.prev, False) and _line_edge(link.next, True)
    )


_AFTER_END = 100
"""Hangul syllables of article text after an end-of-article heading's box that make the box a box
in the middle of the article (removed), not the end of it."""


def _text_after(node: LexborNode, cid: int, st: _Stats) -> int:
    """Hangul syllables after ``node`` inside the container ``cid`` (following siblings of ``node`` and
    of each ancestor below the container: elements by their counted text, text nodes by their own)."""
    total = 0
    cur: LexborNode | None = node
    while cur is not None and cur.mem_id != cid:
        sib = cur.next
        while sib is not None:
            if sib.tag == "-text":
                total += _hangul(sib.text_content or "")
            else:
                total += st.sub_h.get(sib.mem_id, 0)
            sib = sib.next
        cur = cur.parent
    return total


_BEFORE_END = 30
"""Hangul syllables of article text an end-of-article box needs before it to end the article."""


def _ends_here(node: LexborNode, cid: int, st: _Stats, total: int) -> bool:
    """Whether an end-of-article box or heading ``node`` (its first text matches an outlet's stop) is
    where the article ends: fewer than :data:`_AFTER_END` Hangul syllables of the container ``cid``
    follow it and at least :data:`_BEFORE_END` precede it (``total``: the container's count)."""
    after = _text_after(node, cid, st)
    return after < _AFTER_END and total - st.sub_h.get(node.mem_id, 0) - after >= _BEFORE_END


def _link_box(node: LexborNode, h: int, lh: int, firsts: dict[int, str]) -> bool:
    """A box (``h`` Hangul syllables, ``lh`` of them in links) whose text apart from a short heading is
    90 % or more links: a list of other stories, never the article, however much Korean it holds."""
    if node.tag not in _BOX or not lh:
        return False
    first = firsts.get(node.mem_id, "")
    head = _hangul(first) if len(first) <= 20 and lh < h else 0
    return lh * 10 >= (h - head) * 9


def strip_boilerplate(
    container: LexborNode,
    headings: tuple[re.Pattern[str], ...] = (),
    stops: tuple[re.Pattern[str], ...] = (),
    *,
    counts: _Stats | None = None,
) -> None:
    """Remove the shared boilerplate signals from inside ``container`` (never ``container`` itself,
    never a node that holds more than half of its Korean text): elements whose ``class``/``id``
    names boilerplate (:func:`kornews.boilerplate.boilerplate_name`), ad slots
    (:func:`~kornews.boilerplate.ad_slot`), boxes headed by an ad label, boxes with 60 % or more of
    their Korean text (apart from a short heading) in links, link-only lines of at most 60 Hangul
    syllables (``<p>▶ <a>…</a></p>``, or a link that is a whole ``<br>``-separated line),
    with the short box heading right before a removed box; then every box whose first text matches
    ``headings`` (:func:`kornews.cleanup.drop_boxes`).  A box whose first text matches ``stops`` (an
    outlet's "this ends the article" heading) stays, for the text rules to end the article there,
    unless 100 or more Hangul syllables of the container follow it (a box in the middle of the text)
    or fewer than 30 precede it (no article text before it: a box above the article cannot end it).
    Linear: one :func:`_collect` pass, or none with ``counts`` (the counts of ``container`` as it is,
    :func:`_after_removals`)."""
    ends = union(stops) if stops else None
    if counts is None:  # boxes are told by their names and links, not by chrome; first texts from the same pass
        st = _collect(container, chrome_names=False, first_texts=True)
        known = st.firsts or first_texts_in_order(container)
    else:
        st = counts
        known = first_texts_in_order(container)
    firsts = known[0]
    cid = container.mem_id
    total = st.sub_h.get(cid, 0)

    sub_h, sub_link_h, sub_img = st.sub_h, st.sub_link_h, st.sub_img

    def boxed(node: LexborNode) -> bool:
        mid = node.mem_id
        h, lh = sub_h.get(mid, 0), sub_link_h.get(mid, 0)
        tag = node.tag
        if h * 2 > total and not (lh and tag in _BOX and _link_box(node, h, lh, firsts)):
            return False  # the article itself under another wrapper (a box of links is none: a short story's)
        junk = ad_or_boilerplate(node, strict=h * 4 > total, tag=tag)
        if not junk and tag in _BOX and h > 0:
            first = firsts.get(mid, "")
            if h <= 80 and AD_LABEL.match(first) is not None:
                junk = True
            else:  # the box's own heading (관련기사, 오늘의 화제 …) does not count against its links
                head = _hangul(first) if len(first) <= 20 and lh < h else 0
                junk = lh > 0 and lh * 10 >= (h - head) * 6
        if not junk and tag in _LINE and 0 < h <= _SHORT_LINK_LINE and lh == h and sub_img.get(mid, 0) == 0:
            junk = True
        if not junk and tag == "a" and sub_img.get(mid, 0) == 0 and _whole_line(node):
            junk = 0 < _hangul(node.text()) <= _SHORT_LINK_LINE  # inline: its text counts for its block
        if junk and ends is not None and ends(firsts.get(mid, "")) and _ends_here(node, cid, st, total):
            junk = False  # the outlet's end-of-article heading, where the article ends: the text rules stop there
        return junk

    doomed, gone = _condemned(container, st, boxed, counted_order=True)
    heads = [hd for node in doomed if (hd := _heading_before(node, headings)) is not None]
    heads = [
        hd
        for hd in heads
        if hd.mem_id not in gone
        and (ends is None or not ends(firsts.get(hd.mem_id, "")) or not _ends_here(hd, cid, st, total))
    ]
    removed = doomed + heads
    st.removed.update(node.mem_id for node in removed)  # ``counts`` may be the caller's
    after = _firsts_without(known, removed) if removed else known  # (read before the nodes are freed)
    for node in removed:
        node.decompose()
    drop_boxes(container, headings, stops, known=after)  # None: walked again


def _firsts_without(
    known: tuple[dict[int, str], list[LexborNode]], removed: list[LexborNode]
) -> tuple[dict[int, str], list[LexborNode]] | None:
    """:func:`kornews.cleanup.first_texts_in_order` of a tree once ``removed`` (elements inside it, not
    its root; ``known``: its first texts as it is, updated in place) are gone, when no element outside
    them loses its first text by it: every removed element with a first text has a parent whose first
    text came from elsewhere.  A climb gives one ``str`` object to every element it reaches, so a
    parent's first text that is not the same object as the child's came from another text node (the
    same object, or an equal one-character string, may: then None, for the caller to walk the tree).
    The removed elements and their descendants leave the order: those with a first text follow their
    removed ancestor in it (document order), each a child of the one before or of another of them.
    Called before the removed nodes are freed (it reads their parents)."""
    first, texted = known
    tops: set[int] = set()
    for node in removed:
        mid = node.mem_id
        text = first.get(mid)
        if text is None:
            continue  # no first text: no descendant has one either
        parent = node.parent
        if parent is None or first.get(parent.mem_id) is text:
            return None  # the parent's first text may come from inside it
        tops.add(mid)
    if not tops:
        return known
    kept: list[LexborNode] = []
    inside: set[int] = set()
    run = False  # the element before was removed or inside a removed one
    for node in texted:
        mid = node.mem_id
        if mid in tops:
            inside.add(mid)
            run = True
            continue
        if run:
            parent = node.parent
            if parent is not None and parent.mem_id in inside:
                inside.add(mid)
                continue
            run = False
        kept.append(node)
    for mid in inside:
        del first[mid]
    return first, kept


def caption_shaped(text: str) -> bool:
    """A text that reads as a photo caption by its shape: a credit at its end (``…/연합뉴스``,
    ``[사진=…]``, ``[EPA=연합뉴스 자료사진]``, ``[헤럴드DB]``, ``… 있다. 연합뉴스``) or a ``▲`` opening."""
    text = text.strip()
    if not text or len(text) > 300:
        return False
    return (
        text.startswith("▲")
        or _TRAILING_CREDIT.search(text) is not None
        or k.looks_like_caption(text)
        or k.split_caption(text).credit is not None
    )


_TRAILING_CREDIT = lazyre.compile(r"[\[(][^\[\]()=]{1,15}=[^\[\]()=]{1,25}[\])]\s*$")
"""A bracketed ``source=credit`` at the end of a short text: ``[EPA=연합뉴스 자료사진]``, ``(사진=독자)``."""


def _caption_box(node: LexborNode) -> bool:
    """A one-image box whose text (outside its image) is a caption: caption-shaped, or the image's
    ``alt`` text repeated."""
    text = k.clean_ws(node.text(separator=" "))
    if caption_shaped(text):
        return True
    img = node.css_first("img")
    alt = k.clean_ws(img.attributes.get("alt") or "") if img is not None else ""
    return len(alt) >= 10 and _norm(alt) == _norm(text)


def _deck(container: LexborNode) -> list[str]:
    """Deck lines at the top of the container (``h2``/``h3``/``h4`` or a ``subtitle``/``mid_title`` box),
    removed from it; only short, non-sentence lines before the first paragraph."""
    out: list[str] = []
    seen = 0
    for child in container.iter():
        if child.tag in (None, "-text", "-comment") or child.tag in SKIP_TAGS:
            continue
        seen += 1
        if seen > 6:
            break
        name = f"{child.attributes.get('class') or ''} {child.attributes.get('id') or ''}"
        text = k.clean_ws(child.text(separator=" "))
        if not text:
            continue
        if child.tag in ("h2", "h3", "h4") or _DECK_NAME.search(name):
            lines = [b.text for b in blocks(child, images=False)]
            if lines and all(map(is_deck_line, lines)):
                out.extend(lines)
                child.decompose()
                continue
            break
        if child.tag in ("figure",) or (child.css_first("img") is not None and _hangul(text) < 120):
            continue  # a photo before the first paragraph
        break
    return out


_ROLE_WORDS = tuple(r for r in k.ROLES if not any(o != r and o in r for o in k.ROLES))
"""The role words no other role word is part of (``기자`` for ``선임기자`` …): a byline holds one."""
_ROLE_WORD = lazyre.compile("|".join(map(re.escape, _ROLE_WORDS)))
"""Any of :data:`_ROLE_WORDS`."""


def _is_byline_block(text: str) -> list[k.RawReporter] | None:
    """Reporters of a short block that is only a byline, optionally with a place before the name and
    e-mails after it (``순천, 광양 구현모 기자 ninek@hankookilbo.com``); None otherwise."""
    if len(text) > 80 or _ROLE_WORD.search(text) is None:
        return None  # no role word: no byline (:func:`kornews.korean.parse_byline` needs one)
    if not is_deck_line(text):  # a byline block is as short as a deck line and no sentence either
        return None
    found = k.parse_byline(text)
    if not found:
        return None
    first = _DATE_ANY.sub("", k.EMAIL_RE.sub("", text))
    rest = _ROLE_RE.sub("", first)
    for r in found:
        rest = rest.replace(r.name, "")
    rest = _NAME_PUNCT.sub("", rest)
    return found if len(rest) <= 10 else None


def _reading_blocks(items: Iterable[Block]) -> tuple[list[Block], list[k.RawReporter]]:
    """Blocks to assemble, without byline-only lines (their reporters returned aside) and without
    anything from a second dateline lead on: once the story has opened with ``[서울=X] 홍길동 기자 =``,
    another such lead (not a photo caption) starts another story (a "best articles" box …)."""
    out: list[Block] = []
    reporters: list[k.RawReporter] = []
    seen_lead = False
    for b in items:
        if b.kind == "text":
            found = _is_byline_block(b.text)
            if found:
                reporters.extend(found)
                continue
            if len(b.text) >= 20 and _is_lead(b.text) and not k.looks_like_caption(b.text):
                if seen_lead:
                    break
                seen_lead = True
        out.append(b)
    return out, reporters


# -- dates near date texts -------------------------------------------------------------------

_DATE_ANY = lazyre.compile(
    r"(?:(?:기사)?(?:입력|등록|수정|송고|승인|업데이트)\s*[:：]?\s*)?(?:19|20)\d\d\s*[./\-년]\s*\d{1,2}\s*[./\-월]\s*\d{1,2}\s*[.일]?"
    r"(?:\s*(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_LABELLED = lazyre.compile(r"(?:기사)?(?:입력|등록|송고|승인|게재)(?:일|시간|일시)?\s*:?\s*(?:19|20)\d\d")
_DATE_LABEL_ONLY = lazyre.compile(r"^(?:기사)?(?:입력|등록|송고|승인|게재)(?:일|시간|일시)?\s*[:：]?\s*$")
"""A date label whose value the rendering did not show (``기사입력 :``)."""


# -- text mode ---------------------------------------------------------------------------------


def _substantial(line: str) -> bool:
    return (
        _hangul(line) >= 10
        and len(line) >= 10
        and not _LABELLED.search(line)
        and not k.is_copyright(line)
        and not _DATE_TEXT.match(line)
    )


def _long(line: str) -> bool:
    return len(line) >= 50 and _hangul(line) >= 20


def _deck_line(line: str, rules: Rules) -> bool:
    if any(rx.search(line) for rx in rules.boxes + rules.skip + rules.stop):
        return False
    if line.startswith(("※", "•", "[", "(")) or line.endswith((":", "：")) or _DATE_LABEL_ONLY.match(line):
        return False
    return is_deck_line(line) and _hangul(line) >= 2


def _is_lead(line: str) -> bool:
    """A dateline/byline lead that names a reporter or a place (not a mere ``(예시)`` in brackets).
    :func:`kornews.korean.parse_lead` reads one only where the line opens with a bracket (after
    whitespace) or holds a ``=`` (``홍길동 기자 =``): other lines are not asked."""
    if "=" not in line and line.lstrip()[:1] not in ("[", "(", "【"):
        return False
    lead = k.parse_lead(line)
    return lead is not None and bool(lead.reporters or lead.place)


def _closing_line(line: str) -> bool:
    """A short line that may close an article's text: not a boilerplate heading, some Hangul."""
    if any(rx.search(line) for rx in GENERIC_RULES.boxes + GENERIC_RULES.stop):
        return False
    return _hangul(line) >= 2 and len(line) < 200


def _text_span(lines: tuple[str, ...], begin: int) -> tuple[int, int]:
    """(first, last) line of the article text from ``begin``: from the first dateline lead when there
    is one, else the densest run of long lines (runs may hold up to two short lines in a row:
    sub-headings, captions); the span then extends over short closing lines followed by a sign-off
    or copyright line within three lines, and over trailing sign-off lines."""
    n = len(lines)
    lead = next((i for i in range(begin, n) if len(lines[i]) >= 20 and _is_lead(lines[i])), -1)
    best: tuple[int, int, int] = (0, -1, -1)  # (score, start, end)
    run_start, run_end, run_score, gap = -1, -1, 0, 0
    for i in range(begin, n):
        line = lines[i]
        if _long(line) or i == lead:
            if run_start < 0 or gap > 2:
                run_start, run_score = i, 0
            run_end, gap = i, 0
            run_score += len(line)
            if run_score > best[0] and (lead < 0 or run_start <= lead <= i or run_start >= lead):
                best = (run_score, run_start, run_end)
        else:
            gap += 1
            if any(rx.search(line) for rx in GENERIC_RULES.boxes + GENERIC_RULES.stop) and run_start >= 0:
                gap = 3  # a boilerplate heading ends the run
    if best[1] < 0:
        return -1, -1
    start, end = best[1], best[2]
    if 0 <= lead <= end:
        start = lead
    # a short closing paragraph or two (a quote, a one-line conclusion, an ad label) between the last
    # long line and the sign-off or copyright line belongs to the article
    tail = range(end + 1, min(n, end + 4))
    closing = next((j for j in tail if k.parse_signoff(lines[j]) or k.is_copyright(lines[j])), -1)
    if closing > end + 1 and all(_closing_line(lines[j]) for j in range(end + 1, closing)):
        end = closing - 1
    # trailing short lines that are sign-offs, bylines or a copyright line
    j = end + 1
    while j < n and j <= end + 3:
        line = lines[j]
        if k.parse_signoff(line) or k.parse_byline_line(line) or k.is_copyright(line) or _is_byline_block(line):
            end = j
            j += 1
            continue
        break
    return start, end


class TextReading(NamedTuple):
    """What :func:`read_text` found: the headline, the cleaned body, the dates, and the reporters of
    byline-only lines (beside the body's own ``body.reporters``)."""

    title: str
    body: Body
    published: k.ParsedDate | None
    modified: k.ParsedDate | None
    reporters: list[k.RawReporter]


def read_text(page: TextPage, rules: Rules, *, who: str | None = None) -> TextReading:
    """Read a page rendered as text: the title is the first substantial line (the one before the date
    line when there is one); the body starts at the dateline lead, else it is the densest run of
    long lines; cleaned by :func:`~kornews.cleanup.assemble` with ``rules``.  Raises NotAnArticle
    (with ``outlet=who``) when there is no headline or no article paragraph."""
    from .text import line_blocks  # text mode's module, loaded on first use

    lines = page.lines
    if not lines:
        raise NotAnArticle("empty text", outlet=who, url=page.url)
    i_date = next(
        (
            i
            for i, line in enumerate(lines[:300])
            if len(line) <= 80 and (_LABELLED.search(line) or _DATE_LABEL_ONLY.match(line))
        ),
        -1,
    )
    i_title = -1
    if i_date > 0:
        i_title = next((i for i in range(i_date - 1, -1, -1) if _substantial(lines[i])), -1)
    if i_title < 0:
        i_title = next((i for i, line in enumerate(lines) if _substantial(line)), -1)
    if i_title < 0:
        raise NotAnArticle("no headline in the text", outlet=who, url=page.url)
    title = lines[i_title]
    start, end = _text_span(lines, i_title + 1)
    if start < 0:
        raise NotAnArticle("no article paragraphs in the text", outlet=who, url=page.url)
    # deck lines right before a dateline lead (at most five, as in HTML mode)
    if _is_lead(lines[start]):
        floor = max(i_title, i_date, start - 6)
        while start - 1 > floor and _deck_line(lines[start - 1], rules):
            start -= 1
    items, line_reporters = _reading_blocks(line_blocks(lines[start : end + 1]))
    for line in lines[i_title + 1 : start]:
        line_reporters.extend(_is_byline_block(line) or ())
    body = assemble(items, rules)
    if not body.paragraphs:
        raise NotAnArticle("no article paragraphs in the text", outlet=who, url=page.url)
    published = modified = None
    if i_date >= 0:
        published, modified = k.parse_labelled_dates(lines[i_date])
        if i_date + 1 < len(lines) and modified is None:
            _, modified = (
                k.parse_labelled_dates(lines[i_date + 1]) if _LABELLED.search(lines[i_date + 1]) else (None, None)
            )
    if published is None:
        published = next(
            (p for p in (k.parse_date(x) for x in lines[i_title + 1 : start] if len(x) <= 60) if p), None
        )
    return TextReading(title, body, published, modified, line_reporters)


# -- the content layer's field helpers -----------------------------------------------------------

_BYLINE_META = ("author", "dable:author", "byl", "article:author", "og:article:author")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "og:regdate",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")

class _BodyResult(NamedTuple):
    body: Body
    deck: list[str]
    reporters: list[k.RawReporter]
    evidence: str
    stats: _Stats | None = None
    container: LexborNode | None = None


def _first_date(values: Iterable[str | None]) -> k.ParsedDate | None:
    for value in values:
        parsed = k.parse_date(value) if value else None
        if parsed is not None:
            return parsed
    return None


def _has_dates(page: Page, emb: EmbeddedArticle | None) -> bool:
    ld = page.article_ld or {}
    return bool(
        (page.meta.get("article:published_time") or ld.get("datePublished") or (emb and emb.published))
        and (page.meta.get("article:modified_time") or ld.get("dateModified") or (emb and emb.modified))
    )


def _bare(name: str) -> list[k.RawReporter]:
    return (
        [k.RawReporter(name, None, None)] if _NAME_2_4.fullmatch(name) and not k.is_organisation(name) else []
    )


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [k.clean_ws(t) for t in _TAG_SEP.split(value) if k.clean_ws(t)]


_OFFSET = lazyre.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$")
"""A time-zone offset at the end of a date string (the structured date is precise)."""

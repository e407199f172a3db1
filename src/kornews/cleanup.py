"""The shared Korean news cleanup: reading-order blocks in, a clean :class:`Body` out.

* :func:`assemble`: figures to images, captions, sign-offs, bylines, datelines/leads, copyright,
  deck lines, the outlet's :class:`~kornews.spec.Rules` (stop/skip/boxes/lists);
* :func:`drop_boxes`: boilerplate boxes removed from a DOM subtree by their heading;
* :func:`drop_lists`: appended link lists removed from a block sequence;
* :func:`union`: several patterns as one cached test;
* :func:`is_deck_line`: the one deck (부제) line predicate.

Depends on the vocabulary (:mod:`kornews.spec`), the Korean conventions (:mod:`kornews.korean`) and
the block reader (:mod:`kornews.dom`); never on an extractor.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

import attrs
from selectolax.lexbor import LexborNode

from . import _records, lazyre, limits
from . import korean as k
from .article import Image
from .dom import TEXT_TAG_ID, Block
from .page import Page
from .spec import Rules


@attrs.frozen(kw_only=True)
@_records.methods
class Body:
    """The result of :func:`assemble`: paragraphs, images and what the cleanup took out of the text."""

    paragraphs: tuple[str, ...]
    subtitles: tuple[str, ...]
    images: tuple[Image, ...]
    reporters: tuple[k.RawReporter, ...]
    dateline: str | None
    publisher: str | None
    copyright: str | None


_MAX_DECK = 5
_SENTENCE_END = lazyre.compile(r"[다요죠음함][.!?][\"'”’)]?$")


def is_deck_line(text: str) -> bool:
    """A deck (부제) line: at most 80 characters and not a sentence (ending in ``다.``, ``요.``, ``죠.``,
    ``음.``, ``함.``, or with ``!``/``?``, maybe followed by a closing quote or parenthesis), and no
    page control (:func:`kornews.korean.is_ui_line`).  The one deck-line predicate: every extractor's
    deck detection builds on it."""
    return len(text) <= 80 and not _SENTENCE_END.search(text) and not k.is_ui_line(text)


_AD_LABEL = lazyre.compile(r"^(?:AD|광고|ADVERTISEMENT)$")
_AD_LABELS_RUN = lazyre.compile(r"^(?:AD|광고)\s?(?:AD|광고)(?![A-Za-z가-힣])")
"""An ad label shown twice at the start of a line (the ad image's ``alt`` text and the label), with the
ad's text run into the same line: how a console browser renders an ad slot (``광고광고 여름맞이 특가``)."""

BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "table", "dl", "nav", "form", "footer", "header"})


def first_texts(root: LexborNode) -> dict[int, str]:
    """``mem_id`` -> the first non-blank text (stripped, at most 80 characters) of every element under
    ``root`` (``root`` included) that has one, in one pass: a text node gives its text to each
    ancestor still without one, and the climb stops at the first ancestor that has one (every
    ancestor above it has one too), so each element is assigned once (linear in the tree size)."""
    return first_texts_in_order(root)[0]


def first_texts_in_order(root: LexborNode) -> tuple[dict[int, str], list[LexborNode]]:
    """:func:`first_texts`, and the elements that have a first text in document (pre-)order.

    The order comes from the climbs: the elements a text node gives its text to are that text's
    ancestors without one, innermost first, so each climb reversed is outermost first; and an
    element whose first text comes later in the document than another's is never its ancestor
    (an ancestor's first text comes first), so climbs follow one another in document order."""
    first: dict[int, str] = {}
    order: list[LexborNode] = []
    root_id = root.mem_id
    text_tag = TEXT_TAG_ID
    chain: list[LexborNode] = []
    for step, child in enumerate(root.traverse(include_text=True, skip_empty=True)):  # no whitespace-only text
        if step & 1023 == 0:
            limits.check()
        if child.tag_id != text_tag:
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
            if mem == root_id:
                break
            parent = parent.parent
        if chain:
            chain.reverse()
            order.extend(chain)
            chain.clear()
    return first, order


def drop_boxes(
    root: LexborNode,
    headings: Sequence[re.Pattern[str]],
    keep: Sequence[re.Pattern[str]] = (),
    *,
    known: tuple[dict[int, str], list[LexborNode]] | None = None,
) -> None:
    """Remove from ``root`` every box element whose first text matches one of ``headings`` (and none
    of ``keep``: headings an outlet's rules treat otherwise, such as one that ends the article).

    Of nested boxes that start with the same heading, the innermost one with two or more child
    elements is removed (the box, not just its title bar); ``root`` itself is never removed.
    First texts are those of the tree as given (:func:`first_texts`; ``known``: the caller's
    :func:`first_texts_in_order` of ``root`` as it stands, so not walked again); linear in the tree
    size (one walk: the elements with a first text come out of it in document order).
    """
    if not headings:
        return
    first, texted = known if known is not None else first_texts_in_order(root)
    root_id = root.mem_id
    candidates: list[LexborNode] = []
    verdicts: dict[str, bool] = {}  # first text -> matches a heading (box texts repeat)
    is_heading = any_search(tuple(headings))
    kept = any_search(tuple(keep)) if keep else None
    for node in texted:
        mem = node.mem_id
        if mem == root_id or node.tag not in BOX_TAGS:
            continue
        heading = first[mem]
        verdict = verdicts.get(heading)
        if verdict is None:
            verdict = verdicts[heading] = is_heading(heading) and not (kept is not None and kept(heading))
        if verdict:
            candidates.append(node)
    removed: set[int] = set()
    for node in reversed(candidates):  # innermost first
        if node.mem_id in removed:
            continue
        target = node
        if _element_children(node, 2) < 2:
            text = first.get(node.mem_id)
            parent = node.parent
            while parent is not None and parent.mem_id != root_id and parent.tag in BOX_TAGS:
                if first.get(parent.mem_id) == text:
                    target = parent
                    if _element_children(parent, 2) >= 2:
                        break
                    parent = parent.parent
                else:
                    break
        for n in target.traverse():
            removed.add(n.mem_id)
        target.decompose()


def _element_children(node: LexborNode, enough: int) -> int:
    """How many element children ``node`` has, counting no further than ``enough``."""
    count = 0
    for c in node.iter():
        if c.tag and not c.tag.startswith("-"):
            count += 1
            if count >= enough:
                break
    return count


def _top_level_bar(pattern: str) -> bool:
    """True when ``pattern`` has a ``|`` outside every group and character class."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


class _Union:
    """Several patterns as one test: ``^``-anchored ones become one alternation tried with ``match``
    (so a long paragraph is not scanned from every position), the rest one alternation searched."""

    __slots__ = ("anchored", "floating")

    def __init__(self, rxs: tuple[re.Pattern[str], ...]) -> None:
        anchored: list[str] = []
        floating: list[str] = []
        for rx in rxs:
            pat = rx.pattern
            flags = "i" if rx.flags & re.IGNORECASE else ""
            if pat.startswith("^") and not _top_level_bar(pat):
                anchored.append(f"(?{flags}:{pat[1:]})" if flags else f"(?:{pat[1:]})")
            else:
                floating.append(f"(?{flags}:{pat})" if flags else f"(?:{pat})")
        self.anchored = lazyre.compile_now("|".join(anchored)) if anchored else None
        self.floating = lazyre.compile_now("|".join(floating)) if floating else None

    def __call__(self, text: str) -> bool:
        return (self.anchored is not None and self.anchored.match(text) is not None) or (
            self.floating is not None and self.floating.search(text) is not None
        )


@functools.lru_cache(maxsize=256)
def union(rxs: tuple[re.Pattern[str], ...]) -> _Union:
    """A cached combined test of ``rxs`` (see :class:`_Union`)."""
    return _Union(rxs)


_BACKREF = lazyre.compile(r"\\[1-9]|\(\?P=")
"""A back reference in a pattern's text (its group number or name changes inside an alternation)."""
_UNION_FLAGS = re.IGNORECASE | re.UNICODE
"""The flags :class:`_Union` keeps (a ``str`` pattern always has ``re.UNICODE``)."""


@functools.lru_cache(maxsize=256)
def any_search(rxs: tuple[re.Pattern[str], ...]) -> Callable[[str], bool]:
    """``lambda text: any(rx.search(text) for rx in rxs)``, as one :func:`union` when that is the same
    test: every pattern with no flag but ``re.IGNORECASE``, no named group and no back reference
    (else the plain loop).  Cached by the patterns."""
    if all(
        not rx.flags & ~_UNION_FLAGS and not rx.groupindex and _BACKREF.search(rx.pattern) is None for rx in rxs
    ):
        return union(rxs)
    return lambda text: any(rx.search(text) for rx in rxs)


def _parts(test: _Union | None) -> tuple[Callable[[str], object] | None, Callable[[str], object] | None]:
    """The ``match`` of the anchored and the ``search`` of the floating alternation of ``test``: the test
    is true when either gives a match (not None)."""
    if test is None:
        return None, None
    return (
        test.anchored.match if test.anchored is not None else None,
        test.floating.search if test.floating is not None else None,
    )


_RULE_TESTS: dict[int, tuple[Rules, _Union | None, _Union | None, _Union | None]] = {}


def rule_tests(rules: Rules) -> tuple[Rules, _Union | None, _Union | None, _Union | None]:
    """``(rules, ends, skip, lists)``: the combined tests (:func:`union`) of ``rules.stop + rules.boxes``,
    of ``rules.skip`` and of ``rules.lists`` (None for no pattern), built once per ``Rules`` object
    (looked up by identity: no pattern is hashed per call)."""
    found = _RULE_TESTS.get(id(rules))
    if found is not None and found[0] is rules:
        return found
    ends = rules.stop + rules.boxes
    found = (
        rules,
        union(ends) if ends else None,
        union(rules.skip) if rules.skip else None,
        union(rules.lists) if rules.lists else None,
    )
    if len(_RULE_TESTS) >= 256:
        _RULE_TESTS.clear()
    _RULE_TESTS[id(rules)] = found  # the entry holds ``rules``: its id is not reused while it is there
    return found


LIST_RUN = 3
"""Consecutive ``Rules.lists`` items that make an appended list wherever they stand."""


def drop_lists(items: Iterable[Block], rules: Rules) -> list[Block]:
    """``items`` without the appended link lists of ``rules.lists`` (see :class:`Rules`); linear."""
    out = list(items)
    if not rules.lists:
        return out
    n = len(out)
    _, ends, skips, items_test = rule_tests(rules)
    assert items_test is not None
    is_item = [b.kind == "text" and items_test(b.text) for b in out]
    keep = [True] * n
    i = 0
    while i < n:
        j = i
        while j < n and is_item[j]:
            j += 1
        if j - i >= LIST_RUN:
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    end = n
    for idx, b in enumerate(out):
        if b.kind == "text" and (
            (ends is not None and ends(b.text)) or (rules.end_at_copyright and k.is_copyright(b.text))
        ):
            end = idx
            break
    for idx in range(end - 1, -1, -1):
        b = out[idx]
        if b.kind != "text":
            break
        if is_item[idx]:
            keep[idx] = False
        elif not (
            (skips is not None and skips(b.text))
            or k.is_copyright(b.text)
            or k.parse_signoff(b.text) is not None
            or k.parse_byline_line(b.text) is not None
        ):
            break
    return [b for b, kept in zip(out, keep, strict=True) if kept]


def _ad_labels_run(text: str) -> bool:
    return _AD_LABELS_RUN.match(text) is not None and not _SENTENCE_END.search(text)


def assemble(
    items: Iterable[Block],
    rules: Rules,
    *,
    page: Page | None = None,
    lead: bool = True,
) -> Body:
    """Clean reading-order blocks into a :class:`Body` (the shared Korean news cleanup).

    In order, for each block: a figure becomes an :class:`Image` (caption split into text and credit);
    ``rules.skip`` blocks are skipped; a text block that matches ``rules.stop`` ends the article;
    page controls (:func:`kornews.korean.is_ui_line`: ``공유``, ``글자크기``, ``English``) are
    skipped, and so is a short line that is no sentence right under an ad label (``광고``, ``AD``:
    the ad's text); a
    copyright line is kept aside (and ends the article if ``rules.end_at_copyright``); a sign-off
    (lone e-mail, ``◎공감언론 뉴시스 …``, ``홍길동 기자 x@y``, also glued to the end of a paragraph's last
    sentence: ``…했다.부산=선수민 기자 x@y``) or a bare byline line gives reporters; a
    text block that looks like a caption becomes the caption of the figure just before it, or an
    image without URL; a short block right under a figure that has a photo label's shape (``㈜…``, a
    name alone, ``[사진=…]``, ``ⓒ…``: :func:`kornews.korean.photo_label`) completes its caption/credit;
    the first paragraph's dateline/byline lead (``[서울=뉴스핌] 서영욱 기자 = ``) is parsed and cut
    (``lead=False`` skips that).  Everything else is a paragraph.

    Appended link lists (``rules.lists``) are removed first (:func:`drop_lists`).

    Deck lines: when a lead opens a later paragraph and every paragraph before it is a short line
    (≤ 80 chars, not a sentence ending in ``다.``/``요.``), those lines are returned as ``subtitles``.
    """
    paragraphs: list[str] = []
    deck: list[str] = []
    images: list[Image] = []
    reporters: list[k.RawReporter] = []
    dateline = publisher = copyright = None
    prev_figure = after_ad = False
    if rules.lists:
        items = drop_lists(items, rules)
    _, ends, drops, _ = rule_tests(rules)
    # the two tests of each, called directly (no call of the _Union per block)
    end_a, end_f = _parts(ends)
    drop_a, drop_f = _parts(drops)
    for block in items:
        if block.kind == "figure":
            cap = k.split_caption(block.text) if block.text else k.Caption(None, None)
            url = page.absolute(block.src) if page is not None else block.src
            images.append(Image(url=url, caption=cap.caption, credit=cap.credit))
            prev_figure = True
            continue
        text = block.text
        size = len(text)
        if (
            (drop_a is not None and drop_a(text) is not None)
            or (drop_f is not None and drop_f(text) is not None)
            or (size <= 60 and k.is_ui_line(text))  # (the length tests: each function's own first test)
            or (size <= 80 and text.startswith(("광고", "AD")) and _ad_labels_run(text))
        ):
            after_ad = _AD_LABEL.match(text) is not None
            continue  # a line an outlet skips is no end (a shared box heading may name it too)
        if after_ad:
            after_ad = False
            if (
                len(text) <= 60
                and not _SENTENCE_END.search(text)
                and not k.is_copyright(text)
                and k.parse_signoff(text) is None
            ):
                continue  # the ad's text under its label (a rendering shows them as two lines)
        if (end_a is not None and end_a(text) is not None) or (end_f is not None and end_f(text) is not None):
            break
        if prev_figure and images and (images[-1].caption is None or images[-1].credit is None):
            label = k.photo_label(text)  # a label line right under the photo: ㈜…, a name, [사진=…]
            pic = images[-1]
            if label is not None and not (label.caption and pic.caption) and not (label.credit and pic.credit):
                images[-1] = Image(url=pic.url, caption=pic.caption or label.caption, credit=pic.credit or label.credit)
                continue  # prev_figure stays: a credit line may follow the caption line
        short = size <= 400  # copyright, sign-off, byline and caption lines are all short
        if size <= 200 and k.is_copyright(text):
            copyright = copyright or text
            if rules.end_at_copyright:
                break
            continue
        signoff = k.parse_signoff(text) if short and "@" in text else None
        if signoff is None and paragraphs and size <= 80:
            signoff = k.parse_byline_line(text)
        if signoff is not None:
            reporters.extend(signoff)
            prev_figure = False
            continue
        if short and k.looks_like_caption(text):
            cap = k.split_caption(text)
            last = images[-1] if images else None
            if prev_figure and last is not None and last.caption is None and last.credit is None:
                images[-1] = Image(url=last.url, caption=cap.caption, credit=cap.credit)
            else:
                images.append(Image(url=None, caption=cap.caption, credit=cap.credit))
            prev_figure = False
            continue
        prev_figure = False
        if (
            lead
            and dateline is None
            and not reporters
            and len(paragraphs) <= _MAX_DECK
            and all(map(is_deck_line, paragraphs))
        ):
            parsed = k.parse_lead(text)
            if parsed is not None:
                deck.extend(paragraphs)
                paragraphs.clear()
                dateline = dateline or parsed.place
                publisher = publisher or parsed.publisher
                reporters[:0] = parsed.reporters
                text = parsed.rest
                if not text:
                    continue
        glued = k.split_glued_signoff(text) if "@" in text else None
        if glued is not None:
            text, found = glued
            reporters.extend(found)
        paragraphs.append(text)
    return Body(
        paragraphs=tuple(paragraphs),
        subtitles=tuple(deck),
        images=tuple(images),
        reporters=tuple(reporters),
        dateline=dateline,
        publisher=publisher,
        copyright=copyright,
    )


__all__ = [
    "BOX_TAGS",
    "LIST_RUN",
    "Body",
    "any_search",
    "assemble",
    "drop_boxes",
    "drop_lists",
    "first_texts",
    "first_texts_in_order",
    "is_deck_line",
    "union",
]

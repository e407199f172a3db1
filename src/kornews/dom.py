"""DOM -> reading-order blocks, and DOM -> plain text rendering.

``blocks(node)`` turns an article container into a list of :class:`Block`: one ``"text"`` block per
paragraph (block elements and ``<br>`` end a paragraph) and one ``"figure"`` block per photo
(``<figure>``, any node the extractor names as a figure, or a bare ``<img>``), in reading order.
``render_text(node)`` renders a tree the way a browser's text view does (one line per block,
``• `` before list items), which is how the seeds in ``seeds/`` were made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import limits
from .korean import clean_ws

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

TEXT_TAG_ID: int = LexborHTMLParser("<p>x</p>").css_first("p").first_child.tag_id  # type: ignore[union-attr]
"""Lexbor's ``tag_id`` of text nodes: tree walks compare this int instead of building ``node.tag``."""

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table "
    "tbody thead tfoot tr td th ul caption legend".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template iframe button select option input textarea svg canvas video audio "
    "object embed head title meta link map area source track".split()
)
_IMG_ATTRS = ("data-org-src", "data-src", "data-original", "data-lazy-src", "data-url", "src")


class Block(NamedTuple):
    """A reading-order unit: ``kind`` is ``"text"`` or ``"figure"``; ``src`` is the image URL of a figure
    (None if it has no image); ``text`` is the paragraph, or the figure's caption text (may be empty)."""

    kind: str
    text: str
    src: str | None = None


def image_src(node: LexborNode) -> str | None:
    """The real image URL of an ``<img>`` (the original ``data-org-src`` of portals, then lazy-load
    attributes, then ``src``), None for data: URIs/blank."""
    attrs = node.attributes
    for key in _IMG_ATTRS:
        value = attrs.get(key)
        if value and value.strip() and not value.strip().startswith("data:"):
            return value.strip()
    return None


def _figure_block(node: LexborNode, captions: tuple[str, ...]) -> Block | None:
    img = node if node.tag == "img" else node.css_first("img")
    src = image_src(img) if img is not None else None
    text = ""
    for sel in captions:
        cap = node.css_first(sel)
        if cap is not None:
            text = clean_ws(cap.text(separator=" "))
            break
    else:
        text = " ".join(b.text for b in blocks(node, figures=frozenset(), captions=captions, images=False))
    if src is None and not text:
        return None
    return Block("figure", text, src)


_OTHER, _BLOCK, _SKIP, _BR, _IMG, _FIGURE, _NOT_ELEMENT = range(7)
_KINDS: dict[int, int] = {}
"""Lexbor ``tag_id`` -> what :func:`blocks` does with such a node (``_BLOCK``: a block element …),
filled as tags are met.  Only ids below :data:`_STATIC_IDS` are kept: those of the tags Lexbor knows
are the same in every document, an unknown tag's id is an address of its document's own."""
_STATIC_IDS = 1 << 16


def _kind(node: LexborNode, tag_id: int) -> int:
    """What :func:`blocks` does with ``node`` (an element, comment …), by its tag name (memoised by id)."""
    tag = node.tag
    if tag is None or tag[0] == "-":
        kind = _NOT_ELEMENT
    elif tag in SKIP_TAGS:
        kind = _SKIP
    elif tag == "br":
        kind = _BR
    elif tag == "img":
        kind = _IMG
    elif tag == "figure":
        kind = _FIGURE  # a block element too (read as one with ``images=False``)
    elif tag in BLOCK_TAGS:
        kind = _BLOCK
    else:
        kind = _OTHER
    if tag_id < _STATIC_IDS:
        _KINDS[tag_id] = kind
    return kind


def blocks(
    node: LexborNode,
    *,
    figures: frozenset[int] = frozenset(),
    captions: tuple[str, ...] = ("figcaption",),
    images: bool = True,
) -> list[Block]:
    """Reading-order blocks of ``node``'s content.

    ``figures`` holds ``mem_id`` of nodes to read as one figure each (besides every ``<figure>``);
    ``captions`` are selectors tried inside a figure for its caption (else its whole text).
    With ``images=False``, figures and images are read as plain text.

    One depth-first walk (document order; ``first_child``/``next``, the elements entered on a stack: no
    iterator per element): a text node joins the current paragraph while its nearest block ancestor
    (known from the walk: the innermost block element entered, ``node`` at the top) is unchanged; a
    block element, ``<br>`` or a new block ancestor ends the paragraph; whitespace-only text that
    would open a paragraph is not read.  Subtrees of skipped tags and of figures are not entered.
    Node kinds are told by Lexbor's tag ids (an int per node, no tag name built).
    """
    out: list[Block] = []
    buf: list[str] = []
    root_id = node.mem_id
    current = root_id
    text_tag = TEXT_TAG_ID
    kinds = _KINDS
    new_block = tuple.__new__

    def flush() -> None:  # called with text in ``buf``
        text = "".join(buf)
        buf.clear()
        if not text.isspace():
            text = clean_ws(text)
            if text:
                out.append(new_block(Block, ("text", text, None)))

    step = 0
    owner = root_id  # the ``mem_id`` of the nearest block element at or above ``child``'s parent
    stack: list[tuple[LexborNode, int]] = []  # the elements entered above ``child``, with their ``owner``
    child = node.first_child
    while child is not None:
        step += 1
        if step & 1023 == 0:
            limits.check()
        tag_id = child.tag_id
        if tag_id == text_tag:
            if owner != current:
                current = owner
                if buf:
                    flush()  # (the whitespace after a paragraph, most often: read no further)
                if not child.is_empty_text_node:
                    buf.append(child.text_content or "")
            elif buf or not child.is_empty_text_node:  # (whitespace opening a paragraph: not kept; in C)
                buf.append(child.text_content or "")
        else:
            kind = kinds.get(tag_id)
            if kind is None:
                kind = _kind(child, tag_id)
            if kind == _NOT_ELEMENT or kind == _SKIP:
                pass
            elif images and (kind == _IMG or kind == _FIGURE or (figures and child.mem_id in figures)):
                if buf:
                    flush()
                fb = _figure_block(child, captions)
                if fb is not None:
                    out.append(fb)
            elif kind == _BR:
                if buf:
                    flush()
            else:
                inner = owner
                if kind == _BLOCK or kind == _FIGURE:
                    if buf:
                        flush()
                    current = inner = child.mem_id
                first = child.first_child
                if first is not None:  # walk the child's children first
                    stack.append((child, owner))
                    owner = inner
                    child = first
                    continue
        nxt = child.next
        while nxt is None and stack:
            up, owner = stack.pop()
            nxt = up.next
        child = nxt
    if buf:
        flush()
    return out


_FLUSH, _SPACE = 0, 1


def render_text(node: LexborNode) -> str:
    """Plain-text rendering of ``node``: one line per block, ``• `` before list items, no scripts.

    Lines are separated by ``\\n``; the result has no empty lines and no surrounding whitespace.
    """
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            text = clean_ws("".join(buf))
            buf.clear()
            if text:
                lines.append(text)

    # iterative walk (no recursion limit on deep trees): a stack of nodes to enter and of
    # closing actions (``_FLUSH``, ``_SPACE``) to run after a node's children
    stack: list[LexborNode | int] = [_FLUSH]
    stack.extend(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            if item == _FLUSH:
                flush()
            else:
                buf.append(" ")
            continue
        tag = item.tag
        if tag == "-text":
            buf.append(item.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "br":
            flush()
            continue
        if tag == "li":
            flush()
            buf.append("• ")
            stack.append(_FLUSH)
        elif tag in BLOCK_TAGS:
            flush()
            stack.append(_FLUSH)
        elif tag in ("td", "th"):
            buf.append(" ")
            stack.append(_SPACE)
        stack.extend(reversed(list(item.iter(include_text=True))))
    return "\n".join(line for line in lines if line != "•")

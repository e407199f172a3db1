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

    One pass over ``node.traverse()`` (document order, in C): a text node joins the current
    paragraph while its nearest block ancestor is unchanged; a block element, ``<br>`` or a new
    block ancestor ends the paragraph.  Subtrees of skipped tags and of figures are not read as text.
    """
    out: list[Block] = []
    buf: list[str] = []
    root_id = node.mem_id
    excluded: set[int] = set()
    current = root_id
    block_of: dict[int, int] = {root_id: root_id}
    """element ``mem_id`` -> ``mem_id`` of its nearest block ancestor-or-self (memoised: every element
    is climbed over once, so nested inline elements cost linear time)."""

    def flush() -> None:
        if buf:
            text = "".join(buf)
            buf.clear()
            if not text.isspace():
                text = clean_ws(text)
                if text:
                    out.append(Block("text", text))

    for step, child in enumerate(node.traverse(include_text=True)):
        if step & 1023 == 0:
            limits.check()
        mem = child.mem_id
        if mem == root_id or mem in excluded:
            continue
        if child.tag_id == TEXT_TAG_ID:
            if child.is_empty_text_node and not buf:
                continue  # whitespace before any text of a paragraph: nothing to keep (tested in C)
            block_id = _block_of(child.parent, block_of, root_id)
            if block_id != current:
                flush()
                current = block_id
            buf.append(child.text_content or "")
            continue
        tag = child.tag
        if tag is None or tag[0] == "-":
            continue
        if tag in SKIP_TAGS:
            excluded.update(d.mem_id for d in child.traverse(include_text=True))
            continue
        if images and (tag == "figure" or tag == "img" or mem in figures):
            flush()
            excluded.update(d.mem_id for d in child.traverse(include_text=True))
            fb = _figure_block(child, captions)
            if fb is not None:
                out.append(fb)
            continue
        if tag == "br":
            flush()
        elif tag in BLOCK_TAGS:
            flush()
            current = mem
    flush()
    return out


def _block_of(parent: LexborNode | None, memo: dict[int, int], root_id: int) -> int:
    """``mem_id`` of the nearest block element at or above ``parent`` (``root_id`` at the top),
    recording it in ``memo`` for every inline element climbed over."""
    climbed: list[int] = []
    found = root_id
    while parent is not None:
        mem = parent.mem_id
        known = memo.get(mem)
        if known is not None:
            found = known
            break
        if parent.tag in BLOCK_TAGS:
            memo[mem] = found = mem
            break
        climbed.append(mem)
        parent = parent.parent
    for mem in climbed:
        memo[mem] = found
    return found


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

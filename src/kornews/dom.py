"""DOM -> reading-order blocks, and DOM -> plain text rendering.

``blocks(node)`` turns an article container into a list of :class:`Block`: one ``"text"`` block per
paragraph (block elements and ``<br>`` end a paragraph) and one ``"figure"`` block per photo
(``<figure>``, any node the extractor names as a figure, or a bare ``<img>``), in reading order.
``render_text(node)`` renders a tree the way a browser's text view does (one line per block,
``• `` before list items), which is how the seeds in ``seeds/`` were made.
"""

from __future__ import annotations

from typing import NamedTuple

from selectolax.lexbor import LexborNode

from .korean import clean_ws

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

    def flush() -> None:
        if buf:
            text = "".join(buf)
            buf.clear()
            if not text.isspace():
                text = clean_ws(text)
                if text:
                    out.append(Block("text", text))

    for child in node.traverse(include_text=True):
        mem = child.mem_id
        if mem == root_id or mem in excluded:
            continue
        tag = child.tag
        if tag == "-text":
            parent = child.parent
            while parent is not None and parent.tag not in BLOCK_TAGS and parent.mem_id != root_id:
                parent = parent.parent
            block_id = parent.mem_id if parent is not None else root_id
            if block_id != current:
                flush()
                current = block_id
            buf.append(child.text_content or "")
            continue
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

    def walk(parent: LexborNode) -> None:
        for child in parent.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                buf.append(child.text_content or "")
                continue
            if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
                continue
            if tag == "br":
                flush()
            elif tag == "li":
                flush()
                buf.append("• ")
                walk(child)
                flush()
            elif tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            elif tag in ("td", "th"):
                buf.append(" ")
                walk(child)
                buf.append(" ")
            else:
                walk(child)

    walk(node)
    flush()
    return "\n".join(line for line in lines if line != "•")

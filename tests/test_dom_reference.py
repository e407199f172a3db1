"""The fast walk of :func:`kornews.dom.blocks` (children lists walked depth-first, the block ancestor
known from the walk, node kinds by tag id, skipped subtrees never entered) gives exactly what the plain
walk below gave: a verbatim copy of ``blocks`` before it (one ``traverse()`` pass, the block ancestor
found by climbing, skipped subtrees collected in a set), compared on every fixture page, every real
page and random markup."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from kornews import dom
from kornews.dom import BLOCK_TAGS, SKIP_TAGS, TEXT_TAG_ID, Block, _figure_block
from kornews.korean import clean_ws
from tests.fixtures import html_page_paths


def _ref_blocks(
    node: LexborNode,
    *,
    figures: frozenset[int] = frozenset(),
    captions: tuple[str, ...] = ("figcaption",),
    images: bool = True,
) -> list[Block]:
    out: list[Block] = []
    buf: list[str] = []
    root_id = node.mem_id
    excluded: set[int] = set()
    current = root_id
    block_of: dict[int, int] = {root_id: root_id}

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
        if child.tag_id == TEXT_TAG_ID:
            if child.is_empty_text_node and not buf:
                continue
            block_id = _ref_block_of(child.parent, block_of, root_id)
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


def _ref_block_of(parent: LexborNode | None, memo: dict[int, int], root_id: int) -> int:
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


def _compare(root: LexborNode) -> None:
    figures = frozenset(n.mem_id for n in root.css("span, table, div[class*=photo]")[:6])
    for kwargs in ({}, {"images": False}, {"figures": figures, "captions": ("em", "figcaption", "p")}):
        assert dom.blocks(root, **kwargs) == _ref_blocks(root, **kwargs), kwargs


def _pages() -> list[Path]:
    return html_page_paths()


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_blocks_match_the_plain_walk_on_pages(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    tree = LexborHTMLParser(data)
    roots = [r for r in [tree.body, *tree.css("article, section, div, td, figure, p, li")[:150]] if r is not None]
    for root in roots:
        _compare(root)


_PIECES = st.lists(
    st.sampled_from(
        [
            *"<div> </div> <p> </p> <span> </span> <a> </a> <b> </b> <ul> <li> </ul> <br> <script> </script> "
            "<figure> </figure> <figcaption> </figcaption> <table> <tr> <td> </table> <em> </em> <noscript> "
            "</noscript> <my-widget> </my-widget> <h2> </h2> <blockquote> </blockquote> <svg> </svg> "
            "관련기사 본문 x 사진=연합뉴스 <!--c-->".split(),
            '<img src="a.jpg">',
            '<img data-src="b.jpg" src="data:x">',
            " ",
            "\n",
            "\xa0",
            "\u200b",
        ]
    ),
    max_size=50,
)


@settings(max_examples=400)
@given(_PIECES)
def test_blocks_match_the_plain_walk_on_random_markup(pieces: list[str]) -> None:
    tree = LexborHTMLParser("".join(pieces))
    for root in [tree.body, *tree.css("div, p, figure, td, span")[:6]]:
        if root is not None:
            _compare(root)


def test_the_reference_is_compared_on_pages() -> None:
    assert len(_pages()) >= 20


_MARKUP_CHARS = [*"가나 a\n\t\xa0\u200b\x0c\x01.", "\ud800", "\r", "&", "<", "\x00", "&amp;", "<b>", "<br>"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MARKUP_CHARS), max_size=30).map("".join))
def test_a_plain_fusion_paragraph_reads_as_its_parse(markup: str) -> None:
    """Chosun's Arc paragraphs without markup skip the parser (:func:`kornews.outlets.chosun._plain`):
    what they give is what the parse gives."""
    from kornews.outlets import chosun

    ext = chosun.Chosun()
    got = ext._element_blocks({"type": "text", "content": markup}, depth=0)
    node = chosun._fragment(markup) if markup else None
    assert got == (dom.blocks(node) if node is not None else [])

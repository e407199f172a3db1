"""The drift mutator: a page as a redesign would serve it, with the article's text unchanged.

:func:`drift` re-serialises a page (parsed once by Lexbor) with any of these changes:

* ``rename``: every ``class`` and ``id`` token replaced by a random one (consistently: the same token
  gets the same new name everywhere on the page);
* ``wrap``: the article's body container wrapped in one or two new ``<div>``\\ s, and each of its
  paragraphs (``<p>``) wrapped in a ``<div>``;
* ``unwrap``: ``div``/``section``/``article`` ancestors of the body container removed (their children
  kept), each with probability one half;
* ``drop_structured``: JSON-LD scripts and ``og:``/``twitter:``/``article:`` meta tags removed;
* ``move_deck``: the deck (부제) element moved to just before the headline element;
* ``boilerplate``: that many boilerplate blocks (related-article boxes, ad slots with a promo link,
  promo lines, newsletter and app prompts, photo boxes) with random class names inserted at random
  places among the children of the body container.

The body container is found from the expected body (the nearest common ancestor of the text nodes
holding the first and the last expected paragraph); pages whose article exists only as JSON get no
insertions.  Output is UTF-8 (a declared charset is rewritten to ``utf-8``).

Part of the boilerplate vocabulary (:data:`HELD_OUT`) is kept out of the library's rules on purpose:
those blocks must go by their shape (link density, link-only lines, ad labels), not by their words,
so the drift bench measures generalisation rather than memory.  :data:`KNOWN` holds the vocabulary
the library's rules name.
"""

from __future__ import annotations

import html as _html
import random
import re
from collections.abc import Sequence

import attrs
from selectolax.lexbor import LexborNode

from ..korean import clean_ws
from ..page import Page

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
RAW = frozenset({"script", "style"})

KNOWN: dict[str, tuple[str, ...]] = {
    "heading": (
        "관련기사",
        "관련 뉴스",
        "많이 본 뉴스",
        "인기 기사",
        "추천 기사",
        "주요 뉴스",
        "실시간 속보",
        "포토",
        "영상",
    ),
    "promo": ("▶ 무료 종목 상담 바로가기", "☞ 구독하고 혜택 받기 클릭"),
    "label": ("AD", "광고"),
}
"""Boilerplate words the library's shared rules know."""

HELD_OUT: dict[str, tuple[str, ...]] = {
    "heading": ("에디터가 고른 기사", "지금 뜨는 이야기", "독자 PICK", "놓치면 아쉬운 소식", "오늘의 화제"),
    "promo": (
        "[봄맞이 이벤트] 지금 가입하면 커피 쿠폰 증정",
        "[단독 혜택] 앱 설치하고 포인트 받기",
        "[무료 체험] 프리미엄 리포트 한 달 무료",
        "카카오톡 채널 추가하고 속보 받아보기",
    ),
    "label": ("Sponsored", "파트너 콘텐츠"),
}
"""Boilerplate words no rule of the library names (held out)."""

_SUBJECTS = ("반도체", "부동산", "환율", "코스피", "전기차", "청년 고용", "의대 증원", "기준금리", "K팝", "야구")
_PREDICATES = ("전망 엇갈려", "논란 확산", "사상 최대", "급등세 이어가", "대책 발표", "업계 촉각", "새 국면")
_ALPHABET = "bcdfghjklmnpqrstvwxz"


@attrs.frozen
class Drifted:
    """A drifted page: ``html`` (UTF-8 bytes), ``inserted`` (every text of the inserted boilerplate,
    none of which may end up in the body), ``structured`` (False when structured data was dropped),
    ``ops`` (the changes applied)."""

    html: bytes
    inserted: tuple[str, ...]
    structured: bool
    ops: tuple[str, ...]


def _token(rng: random.Random) -> str:
    return "k" + "".join(rng.choice(_ALPHABET) for _ in range(8))


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_PREDICATES)}… {rng.choice(_SUBJECTS)}도 {rng.randint(2, 99)}%"


def boilerplate_block(rng: random.Random, *, held_out: bool | None = None) -> tuple[str, list[str]]:
    """One random boilerplate block (HTML with random class names) and its texts."""
    vocab = (HELD_OUT if rng.random() < 0.5 else KNOWN) if held_out is None else (HELD_OUT if held_out else KNOWN)
    cls = _token(rng)
    kind = rng.choice(("related", "ad", "promo", "gpt", "photo", "related"))
    href = f"https://example.com/n/{rng.randint(10000, 99999)}"
    if kind == "related":
        head = rng.choice(vocab["heading"])
        items = [_headline(rng) for _ in range(rng.randint(2, 5))]
        lis = "".join(f'<li><a href="{href}{i}">{_html.escape(t)}</a></li>' for i, t in enumerate(items))
        return f'<div class="{cls}"><strong>{_html.escape(head)}</strong><ul>{lis}</ul></div>', [head, *items]
    if kind == "ad":
        label, promo = rng.choice(vocab["label"]), rng.choice(vocab["promo"])
        return (
            (
                f'<div class="{cls}"><span class="{_token(rng)}">{label}</span>'
                f'<a href="{href}">{_html.escape(promo)}</a></div>'
            ),
            [label, promo],
        )
    if kind == "promo":
        promo = rng.choice(vocab["promo"])
        return f'<p><a href="{href}">{_html.escape(promo)}</a></p>', [promo]
    if kind == "gpt":
        promo = rng.choice(vocab["promo"])
        return (
            (
                f'<div id="div-gpt-ad-{rng.randint(1000, 9999)}-0" class="{cls}">'
                f'<a href="{href}">{_html.escape(promo)}</a></div>'
            ),
            [promo],
        )
    head = rng.choice(("포토", "영상") if vocab is KNOWN else ("오늘의 화제",))
    t = _headline(rng)
    return (
        (
            f'<div class="{cls}"><h4>{head}</h4><a href="{href}"><img src="{href}.jpg"></a>'
            f'<a href="{href}">{_html.escape(t)}</a></div>'
        ),
        [t],
    )


def _snippets(text: str) -> list[str]:
    text = clean_ws(text)
    if len(text) < 12:
        return [text] if text else []
    mid = len(text) // 2
    return [text[mid : mid + 10], text[-12:-2], text[2:12]]


def _find_text(root: LexborNode, text: str) -> LexborNode | None:
    """The element holding the text node in which one of ``text``'s snippets occurs."""
    snippets = _snippets(text)
    if not snippets:
        return None
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            value = clean_ws(node.text_content or "")
            if len(value) >= 4 and any(s in value for s in snippets):
                parent = node.parent
                if parent is not None and parent.tag not in RAW and parent.tag not in ("title", "textarea"):
                    return parent
    return None


def _chain(node: LexborNode) -> list[LexborNode]:
    out = []
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in (None, "-document"):
        out.append(cur)
        cur = cur.parent
    return out


def _common(a: LexborNode, b: LexborNode) -> LexborNode:
    ids = {n.mem_id for n in _chain(b)}
    for n in _chain(a):
        if n.mem_id in ids:
            return n
    return a


def _block_of(node: LexborNode) -> LexborNode:
    cur = node
    while cur.tag in ("span", "strong", "em", "b", "i", "a", "font") and cur.parent is not None:
        cur = cur.parent
    return cur


_CHARSET = re.compile(r"charset\s*=\s*[\w.:-]+", re.IGNORECASE)
_STRUCTURED_META = re.compile(r"^(?:og|twitter|article|dable):", re.IGNORECASE)


def drift(
    page: bytes,
    body: Sequence[str],
    *,
    seed: int,
    title: str | None = None,
    subtitles: Sequence[str] = (),
    rename: bool = True,
    wrap: bool = True,
    unwrap: bool = True,
    drop_structured: bool = False,
    move_deck: bool = True,
    boilerplate: int = 3,
    held_out: bool | None = None,
) -> Drifted:
    """``page`` (bytes as served) drifted as the flags say (see the module docstring); ``body`` is the
    expected body (paragraphs), ``title``/``subtitles`` the expected headline and deck; ``seed``
    makes it reproducible; ``held_out`` picks the boilerplate vocabulary (None: both)."""
    rng = random.Random(seed)
    tree = Page.from_input(page).tree
    root = tree.root
    if root is None:
        return Drifted(page, (), True, ())
    ops: list[str] = []
    first = _find_text(root, body[0]) if body else None
    last = _find_text(root, body[-1]) if body else None
    container = _common(first, last) if first is not None and last is not None else None
    if container is not None and container.tag in ("p", "span", "strong", "b", "font"):
        container = container.parent
    cid = container.mem_id if container is not None else -1

    names: dict[str, str] = {}

    def rename_value(value: str) -> str:
        return " ".join(names.setdefault(t, _token(rng)) for t in value.split())

    unwrapped: set[int] = set()
    if unwrap and container is not None:
        for n in _chain(container)[1:]:
            if n.tag in ("div", "section", "article") and rng.random() < 0.5:
                unwrapped.add(n.mem_id)
        if unwrapped:
            ops.append("unwrap")
    before: dict[int, list[str]] = {}
    at_end: list[str] = []
    inserted: list[str] = []
    if boilerplate and container is not None:
        kids = [c for c in container.iter() if c.tag and not c.tag.startswith("-")]
        for _ in range(boilerplate):
            block, texts = boilerplate_block(rng, held_out=held_out)
            inserted.extend(texts)
            i = rng.randint(0, len(kids))
            if i == len(kids):
                at_end.append(block)
            else:
                before.setdefault(kids[i].mem_id, []).append(block)
        ops.append(f"boilerplate×{boilerplate}")
    deck_id = head_id = -1
    deck_node: LexborNode | None = None
    if move_deck and subtitles and title:
        deck = _find_text(root, subtitles[0])
        head = _find_text(root, title)
        if deck is not None and head is not None:
            deck, head = _block_of(deck), _block_of(head)
            outside = container is None or deck.mem_id not in {n.mem_id for n in container.traverse()}
            if outside and deck.mem_id != head.mem_id and head.mem_id not in {n.mem_id for n in _chain(deck)}:
                deck_id, head_id, deck_node = deck.mem_id, head.mem_id, deck
                ops.append("move-deck")
    if rename:
        ops.append("rename")
    if wrap and container is not None:
        ops.append("wrap")
    if drop_structured:
        ops.append("drop-structured")

    out: list[str] = []
    deck_html: list[str] = []

    def emit(node: LexborNode, sink: list[str]) -> None:
        tag = node.tag
        if tag == "-text":
            parent = node.parent
            raw = node.text_content or ""
            sink.append(raw if parent is not None and parent.tag in RAW else _html.escape(raw, quote=False))
            return
        if tag is None or tag.startswith("-") or tag.startswith("!"):
            return
        mid = node.mem_id
        if mid == deck_id and sink is not deck_html:
            return  # emitted before the headline
        if mid == head_id and deck_node is not None:
            emit(deck_node, deck_html)
            sink.extend(deck_html)
        if mid in before:
            sink.extend(before[mid])
        attributes = dict(node.attributes)
        if drop_structured:
            if tag == "script" and "ld+json" in (attributes.get("type") or "").lower():
                return
            if tag == "meta" and _STRUCTURED_META.match(attributes.get("property") or attributes.get("name") or ""):
                return
        if tag == "meta":
            if "charset" in attributes:
                attributes["charset"] = "utf-8"
            if (attributes.get("http-equiv") or "").lower() == "content-type" and attributes.get("content"):
                attributes["content"] = _CHARSET.sub("charset=utf-8", attributes["content"] or "")
        if rename:
            for key in ("class", "id"):
                value = attributes.get(key)
                if value and value.strip():
                    if key == "id" and value.startswith("div-gpt-ad"):
                        continue
                    attributes[key] = rename_value(value)
        children = [c for c in node.iter(include_text=True)]
        if mid in unwrapped:
            for child in children:
                emit(child, sink)
            return
        wraps = 0
        if wrap and mid == cid:
            wraps = rng.randint(1, 2)
            for _ in range(wraps):
                sink.append(f'<div class="{_token(rng)}">')
        wrap_p = wrap and tag == "p" and node.parent is not None and node.parent.mem_id == cid
        if wrap_p:
            sink.append(f'<div class="{_token(rng)}">')
        attr_html = "".join(
            f" {k}" if v is None else f' {k}="{_html.escape(v, quote=True)}"' for k, v in attributes.items()
        )
        sink.append(f"<{tag}{attr_html}>")
        if tag not in VOID:
            for child in children:
                emit(child, sink)
            if mid == cid:
                sink.extend(at_end)
            sink.append(f"</{tag}>")
        if wrap_p:
            sink.append("</div>")
        sink.append("</div>" * wraps)

    emit(root, out)
    return Drifted(
        ("<!DOCTYPE html>\n" + "".join(out)).encode("utf-8"),
        tuple(inserted),
        not drop_structured,
        tuple(ops),
    )


__all__ = ["HELD_OUT", "KNOWN", "Drifted", "boilerplate_block", "drift"]

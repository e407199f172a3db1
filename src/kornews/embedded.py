"""Articles embedded in a page as application JSON (read from the one parsed :class:`~kornews.page.Page`).

Modern Korean news sites often ship the article as data and render it in the browser.  Three
carriers are read here, all without a second parse of the page:

* **Arc Publishing (Fusion)**: ``Fusion.globalContent={…};`` in a ``<script>`` — an ANS document with
  ``headlines.basic``, ``subheadlines.basic``, ``display_date``/``first_publish_date``,
  ``credits.by[].name`` and ``content_elements[]`` (``text``/``header``/``image`` items).
* **Next.js app router (flight data)**: ``self.__next_f.push([1,"…"])`` chunks; joined, they form rows
  ``<hex id>:<JSON>`` or ``<hex id>:T<hex length>,<text>``; a ``"$<id>"`` string refers to a text row.
* **Next.js pages router**: ``<script id="__NEXT_DATA__" type="application/json">``.
* Any other ``<script type="application/json">`` blob.

:func:`find_article` walks the decoded JSON (linear in its size) for the object that carries the
longest Korean body string under a body-like key (``contentHtml``, ``articleBody``, ``content`` …)
and reads title, deck, dates and authors from that object or its nearest ancestors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs
from selectolax.lexbor import LexborNode

from . import _records, lazyre
from .page import Page, load_json

_HANGUL_RUNS = lazyre.compile("[가-힣]+")
"""Runs of Hangul syllables (U+AC00-U+D7A3): counted by runs, a few per word, not one match per syllable."""
_SURROGATE = lazyre.compile("[\ud800-\udfff]")
_FUSION = lazyre.compile(r"Fusion\.globalContent\s*=\s*")
_NEXT_PUSH = lazyre.compile(r"self\.__next_f\.push\(\s*\[\s*1\s*,\s*")
_ROW_ID = lazyre.compile(r"([0-9a-fA-F]{1,8}):")
_REF = lazyre.compile(r"^\$([0-9a-fA-F]{1,8})$")
_MARKER = lazyre.compile(r"\$\$[A-Za-z0-9_:\-]{1,80}\$\$")
"""Placeholders some CMSs leave in body HTML (``$$AD_1$$``): removed."""
_LOOKS_HTML = lazyre.compile(r"<(?:p|br|div|figure|img|h[1-6]|span|strong|b|em|blockquote)\b", re.IGNORECASE)

BODY_KEYS = frozenset(
    "contenthtml content_html bodyhtml body_html articlebody article_body articlecontent article_content "
    "content contents body html text articletext article_text newscontent news_content".split()
)
TITLE_KEYS = ("headline", "title", "articletitle", "article_title", "subject", "newstitle")
SUBTITLE_KEYS = ("subtitle", "sub_title", "subheadline", "subheadlines", "deck", "alternativeheadline")
PUBLISHED_KEYS = (
    "datepublished",
    "publishedat",
    "published_at",
    "publishdate",
    "publish_date",
    "firstpublishdate",
    "first_publish_date",
    "display_date",
    "deploydt",
    "deploy_dt",
    "servicedate",
    "service_date",
    "pubdate",
    "regdt",
    "reg_dt",
    "regdate",
    "createdat",
    "created_at",
    "inputdate",
)
MODIFIED_KEYS = (
    "datemodified",
    "updatedat",
    "updated_at",
    "modifydt",
    "modify_dt",
    "modifiedat",
    "modified_at",
    "last_updated_date",
    "lastmodified",
    "updatedate",
)
AUTHOR_KEYS = ("author", "authors", "writer", "writers", "byline", "reporter", "reporters", "credits")
MIN_BODY_HANGUL = 60
"""A body string must hold at least this many Hangul syllables to count as the article."""


@attrs.frozen(kw_only=True)
@_records.methods
class EmbeddedArticle:
    """What an embedded JSON document says about the article (strings as found; dates unparsed)."""

    source: str
    """``"fusion"``, ``"next-flight"``, ``"next-data"`` or ``"json"``."""
    html: str
    """The body as an HTML fragment (plain text bodies are wrapped in ``<p>`` per line)."""
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()


def _raw_decode(text: str, start: int) -> Any:
    """One JSON value at ``text[start:]``, or None when broken, huge or too deep (:func:`~kornews.page.load_json`)."""
    return load_json(text, start)


def fusion_content(page: Page) -> dict[str, Any] | None:
    """The ``Fusion.globalContent`` object of an Arc page, or None."""
    if "Fusion.globalContent" not in page.html:
        return None
    for script in page.scripts():
        m = _FUSION.search(script) if "Fusion.globalContent" in script else None  # `in`: no regex scan
        if m:
            value = _raw_decode(script, m.end())
            if isinstance(value, dict):
                return value
    return None


_NEXT_DATA = "script#__NEXT_DATA__"
_JSON_TYPE = 'script[type="application/json"]'
_JSON_SCRIPTS = f"{_NEXT_DATA}, {_JSON_TYPE}"


def _json_script_nodes(page: Page) -> tuple[LexborNode | None, list[LexborNode]]:
    """(the node :func:`next_data` reads, the nodes :func:`json_scripts` reads, in page order) from one
    query of both selectors instead of two.  A node of the query matches one selector or both: the id
    selector only with an ``id`` equal to ``__NEXT_DATA__`` in ASCII case (Lexbor ignores its case in
    quirks mode: the node is asked when the case differs), the type selector whenever not the id one.
    (Lexbor lists a node matching both selectors twice: seen once.)"""
    first: LexborNode | None = None
    blobs: list[LexborNode] = []
    seen: set[int] = set()
    for node in page.tree.css(_JSON_SCRIPTS):
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        ident = node.attributes.get("id")
        is_next = (
            ident is not None
            and ident.lower() == "__next_data__"
            and (ident == "__NEXT_DATA__" or node.css_matches(_NEXT_DATA))
        )
        if is_next and first is None:
            first = node
        if ident != "__NEXT_DATA__" and (not is_next or node.css_matches(_JSON_TYPE)):
            blobs.append(node)
    return first, blobs


def next_data(page: Page) -> Any:
    """The decoded ``__NEXT_DATA__`` JSON, or None."""
    node = page.tree.css_first("script#__NEXT_DATA__")
    if node is None:
        return None
    return _raw_decode(node.text(deep=True) or "", 0)


def flight_rows(page: Page) -> dict[str, Any]:
    """Next.js flight data: row id -> decoded JSON value, or text (``T`` rows)."""
    # the literal every push holds (a script's text is page source: without it nowhere, no row); a long
    # needle is found (or not) in the page faster than ``__next_f``
    if "self.__next_f.push(" not in page.html:
        return {}
    chunks: list[str] = []
    for script in page.scripts():
        if "self.__next_f.push(" not in script:  # every _NEXT_PUSH match holds it (`in`: no regex scan)
            continue
        pos = 0
        while True:
            m = _NEXT_PUSH.search(script, pos)
            if not m:
                break
            value = _raw_decode(script, m.end())
            if isinstance(value, str):
                chunks.append(value)
            pos = m.end()
    return _parse_rows("".join(chunks))


def _parse_rows(stream: str) -> dict[str, Any]:
    if _SURROGATE.search(stream):  # a lone surrogate has no UTF-8 form (the T-row lengths count UTF-8)
        stream = _SURROGATE.sub("\ufffd", stream)
    rows: dict[str, Any] = {}
    pos, n = 0, len(stream)
    while pos < n:
        m = _ROW_ID.match(stream, pos)
        if not m:
            nl = stream.find("\n", pos)
            if nl < 0:
                break
            pos = nl + 1
            continue
        rid, pos = m.group(1), m.end()
        if stream.startswith("T", pos):
            comma = stream.find(",", pos)
            if comma < 0:
                break
            try:
                size = int(stream[pos + 1 : comma], 16)
            except ValueError:
                size = -1
            start = comma + 1
            if size < 0:
                end = stream.find("\n", start)
                end = n if end < 0 else end
                rows[rid] = stream[start:end]
                pos = end + 1
                continue
            # the length counts UTF-8 bytes
            data = stream[start : start + size].encode("utf-8")[:size].decode("utf-8", "ignore")
            end = _resync(stream, start + len(data), start)
            rows[rid] = stream[start:end]
            pos = end
            continue
        nl = stream.find("\n", pos)
        end = n if nl < 0 else nl
        line = stream[pos:end]
        if line[:1] in '[{"':
            value = _raw_decode(line, 0)
            if value is not None:
                rows[rid] = value
        pos = end + 1
    return rows


_NEXT_ROW = lazyre.compile(r"[0-9a-fA-F]{1,8}:[\[{\"TIHEDW$]")


def _resync(stream: str, end: int, start: int = 1) -> int:
    """``end`` if a row (or the stream's end) starts there, else the nearest row start within 64
    characters and not before ``start`` (where the T row's text starts) (a T row whose byte length no
    longer fits its text: one damaged character must not shift every later row); ``end`` when none is
    near.  (A row start before ``start`` is the row's own or an earlier one: reading on from there never
    ended.)"""
    n = len(stream)
    if end >= n or _NEXT_ROW.match(stream, end):
        return end
    low = max(start, 1)
    for d in range(1, 65):
        for cand in (end + d, end - d):
            if low <= cand < n and _NEXT_ROW.match(stream, cand):
                return cand
    return end


def json_scripts(page: Page) -> Iterator[Any]:
    """Other ``application/json`` script blobs (not JSON-LD, not ``__NEXT_DATA__``)."""
    for node in page.tree.css('script[type="application/json"]'):
        if node.attributes.get("id") == "__NEXT_DATA__":
            continue
        value = _raw_decode(node.text(deep=True) or "", 0)
        if value is not None:
            yield value


# -- locating the article object -------------------------------------------------------------


def _hangul(text: str) -> int:
    """The number of Hangul syllables in ``text``."""
    return sum(map(len, _HANGUL_RUNS.findall(text)))


def _walk(root: Any, refs: dict[str, Any]) -> tuple[int, str, list[dict[str, Any]]] | None:
    """Best (hangul count, body string, chain of dicts from root to the owner) under ``root``.

    Iterative, each value visited once (linear in the JSON size).
    """
    best: tuple[int, str, list[dict[str, Any]]] | None = None
    stack: list[tuple[Any, list[dict[str, Any]]]] = [(root, [])]
    while stack:
        value, chain = stack.pop()
        if isinstance(value, dict):
            here = [*chain, value]
            for key, item in value.items():
                if isinstance(item, str):
                    if isinstance(key, str) and key.lower() in BODY_KEYS:
                        # a "$<hex>" reference: the text it names; else the value itself, if long enough
                        ref = _REF.match(item)
                        named = refs.get(ref.group(1)) if ref else None
                        text = named if isinstance(named, str) else item if len(item) >= MIN_BODY_HANGUL else ""
                        score = _hangul(text)
                        if score >= MIN_BODY_HANGUL and (best is None or score > best[0]):
                            best = (score, text, here)
                elif isinstance(item, (dict, list)):
                    stack.append((item, here))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, (dict, list)):
                    stack.append((item, chain))
    return best


def _pick(chain: list[dict[str, Any]], keys: tuple[str, ...]) -> Any:
    for obj in reversed(chain):
        lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
        for key in keys:
            value = lowered.get(key)
            if value not in (None, "", [], {}):
                return value
    return None


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("basic", "name", "text", "value"):
            if isinstance(value.get(key), str):
                return str(value[key]).strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _names(value: Any) -> tuple[str, ...]:
    out: list[str] = []
    stack = [value]
    while stack and len(out) < 20:
        item = stack.pop(0)
        if isinstance(item, str):
            if 0 < len(item.strip()) <= 40:
                out.append(item.strip())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "by" in item and isinstance(item["by"], list):
                stack.extend(item["by"])
                continue
            for key in ("name", "reporterName", "writerName", "authorName", "byline"):
                if isinstance(item.get(key), str):
                    stack.append(item[key])
                    break
    return tuple(dict.fromkeys(out))


def _escape(text: str) -> str:
    """``html.escape(text)``: ``&``, ``<``, ``>``, ``"`` and ``'`` as character references (the same
    five replacements, without importing :mod:`html`, whose entity table costs more than this module)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def _body_html(text: str) -> str:
    text = _MARKER.sub("", text)
    if _LOOKS_HTML.search(text):
        return text
    return "".join(f"<p>{_escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def _from_chain(source: str, body: str, chain: list[dict[str, Any]]) -> EmbeddedArticle:
    return EmbeddedArticle(
        source=source,
        html=_body_html(body),
        title=_as_text(_pick(chain, TITLE_KEYS)),
        subtitle=_as_text(_pick(chain, SUBTITLE_KEYS)),
        published=_as_text(_pick(chain, PUBLISHED_KEYS)),
        modified=_as_text(_pick(chain, MODIFIED_KEYS)),
        authors=_names(_pick(chain, AUTHOR_KEYS)),
    )


def _from_fusion(doc: dict[str, Any]) -> EmbeddedArticle | None:
    elements = doc.get("content_elements")
    if not isinstance(elements, list):
        return None
    parts: list[str] = []
    for el in elements:
        if not isinstance(el, dict):
            continue
        kind = el.get("type")
        content = el.get("content")
        if kind == "text" and isinstance(content, str):
            parts.append(f"<p>{content}</p>")
        elif kind == "header" and isinstance(content, str):
            parts.append(f"<h3>{content}</h3>")
        elif kind == "image":
            url_value, caption_value = el.get("url"), el.get("caption")
            url = url_value if isinstance(url_value, str) else ""
            caption = caption_value if isinstance(caption_value, str) else ""
            credit = _names(el.get("credits"))
            if credit and caption and credit[0] not in caption:
                caption = f"{caption} /{credit[0]}"
            parts.append(f'<figure><img src="{_escape(url)}"><figcaption>{caption}</figcaption></figure>')
    body = "".join(parts)
    if _hangul(body) < MIN_BODY_HANGUL // 3:
        return None
    return EmbeddedArticle(
        source="fusion",
        html=body,
        title=_as_text(doc.get("headlines")),
        subtitle=_as_text(doc.get("subheadlines")),
        published=_as_text(doc.get("first_publish_date") or doc.get("display_date")),
        modified=_as_text(doc.get("last_updated_date")),
        authors=_names(doc.get("credits")),
    )


def find_article(page: Page) -> EmbeddedArticle | None:
    """The article embedded in ``page`` as application JSON, or None (see the module docstring)."""
    fusion = fusion_content(page)
    if fusion is not None:
        found = _from_fusion(fusion)
        if found is not None:
            return found
    rows = flight_rows(page)
    if rows:
        best = None
        for value in rows.values():
            if isinstance(value, (dict, list)):
                hit = _walk(value, rows)
                if hit is not None and (best is None or hit[0] > best[0]):
                    best = hit
        if best is not None:
            return _from_chain("next-flight", best[1], best[2])
    # next_data(page), then json_scripts(page), from one query
    first, blobs = _json_script_nodes(page)
    data = None if first is None else _raw_decode(first.text(deep=True) or "", 0)
    if data is not None:
        hit = _walk(data, {})
        if hit is not None:
            return _from_chain("next-data", hit[1], hit[2])
    for node in blobs:
        blob = _raw_decode(node.text(deep=True) or "", 0)
        if blob is None:
            continue
        hit = _walk(blob, {})
        if hit is not None:
            return _from_chain("json", hit[1], hit[2])
    return None


__all__ = ["EmbeddedArticle", "find_article", "flight_rows", "fusion_content", "json_scripts", "next_data"]

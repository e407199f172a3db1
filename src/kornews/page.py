"""Bytes -> text -> one Lexbor tree, with the page's metadata read once.

Decoding order (``decode``): byte-order mark; the charset declared by ``content_type`` or by a
``<meta charset>``/``http-equiv`` in the first 4 KiB (EUC-KR and its aliases read as CP949, its
superset); strict UTF-8; strict CP949; charset-normalizer's best guess; else :class:`DecodeError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .errors import DecodeError
from .korean import clean_ws

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "ms949": "cp949",
    "uhc": "cp949",
    "cp949": "cp949",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode": "utf-8",
}


def _codec(name: str) -> str | None:
    name = name.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        import codecs

        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The codec named by ``content_type`` or the page's own meta tag (first 4 KiB), normalised."""
    if content_type:
        m = _CT_CHARSET.search(content_type)
        if m and (codec := _codec(m.group(1))):
            return codec
    mb = _META_CHARSET.search(data[:4096])
    if mb:
        return _codec(mb.group(1).decode("ascii", "ignore"))
    return None


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text (see the module docstring for the order); raises DecodeError."""
    return decode_with_codec(data, content_type)[0]


def decode_with_codec(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """:func:`decode`, also naming the codec that succeeded (``"utf-8-bom"`` for a UTF-8 BOM)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec + "-bom"
            except UnicodeDecodeError as exc:
                raise DecodeError(f"page starts with a {codec} byte-order mark but is not {codec}") from exc
    tried: list[str] = []
    declared = declared_charset(data, content_type)
    candidates: tuple[str | None, ...] = (declared, "utf-8", "cp949")
    for candidate in candidates:
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        try:
            return data.decode(candidate), candidate
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - defensive: the detector must never leak its errors
        best = None
    if best is not None and best.encoding:
        text = str(best)
        if text and "\x00" not in text:
            return text, str(best.encoding)
    raise DecodeError(f"cannot decode page bytes (tried {', '.join(tried)} and charset detection)")


def host_of(url: str | None) -> str:
    """Lower-case host of ``url`` without ``www.``/``m.``-style prefixes kept (``""`` if none)."""
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "webpage",
}


class Page:
    """One decoded, parsed page.  Build with :meth:`from_input`; the tree is parsed once.

    ``meta`` maps lower-cased ``name``/``property``/``itemprop`` of ``<meta>`` tags to the first
    non-empty ``content``; ``jsonld`` is every JSON-LD object (``@graph`` flattened) that parsed.
    """

    def __init__(self, html: str, url: str | None = None, *, utf8: bytes | None = None) -> None:
        self.html = html
        self.url = url
        # ``utf8``: the same page as UTF-8 bytes, when the caller has them (saves re-encoding ``html``)
        self.tree = LexborHTMLParser(utf8 if utf8 is not None else html)

    @classmethod
    def from_input(cls, page: bytes | str, url: str | None = None, content_type: str | None = None) -> Page:
        """Decode ``page`` if it is bytes, then parse it."""
        if isinstance(page, (bytes, bytearray, memoryview)):
            data = bytes(page)
            html, codec = decode_with_codec(data, content_type)
            if "\x00" in html:
                return cls(html.replace("\x00", ""), url)
            # the page's own UTF-8 bytes go to the parser as they are (no re-encoding of ``html``)
            return cls(html, url, utf8=data if codec == "utf-8" else None)
        if not isinstance(page, str):
            raise TypeError("page must be bytes or str")
        return cls(page.replace("\x00", "") if "\x00" in page else page, url)

    # -- selection helpers -------------------------------------------------------------------
    def first(self, *selectors: str) -> LexborNode | None:
        """The first node matching the first selector that matches anything."""
        for sel in selectors:
            node = self.tree.css_first(sel)
            if node is not None:
                return node
        return None

    def text(self, *selectors: str) -> str | None:
        """Whitespace-normalised text of :meth:`first`, or None when nothing (non-empty) matches."""
        for sel in selectors:
            for node in self.tree.css(sel):
                t = clean_ws(node.text(separator=" "))
                if t:
                    return t
        return None

    def attr(self, selector: str, name: str) -> str | None:
        """Attribute ``name`` of the first node matching ``selector`` that has it non-empty."""
        for node in self.tree.css(selector):
            value = node.attributes.get(name)
            if value and value.strip():
                return value.strip()
        return None

    def absolute(self, link: str | None) -> str | None:
        """``link`` resolved against the page URL (or canonical URL)."""
        if not link:
            return None
        link = link.strip()
        if link.startswith("//"):
            return "https:" + link
        base = self.url or self.canonical
        try:
            return urljoin(base, link) if base else link
        except ValueError:
            return link

    # -- metadata ----------------------------------------------------------------------------
    @cached_property
    def meta(self) -> dict[str, str]:
        """``<meta>`` content by lower-cased name/property/itemprop (first non-empty wins)."""
        out: dict[str, str] = {}
        for node in self.tree.css("meta"):
            attrs = node.attributes
            content = attrs.get("content")
            if not content or not content.strip():
                continue
            for key in ("property", "name", "itemprop"):
                k = attrs.get(key)
                if k:
                    out.setdefault(k.strip().lower(), content.strip())
        return out

    @cached_property
    def canonical(self) -> str | None:
        """``<link rel=canonical>`` href, else ``og:url``; None if neither."""
        for node in self.tree.css("link[rel]"):
            if "canonical" in (node.attributes.get("rel") or "").lower().split():
                href = (node.attributes.get("href") or "").strip()
                if href:
                    return href
        return self.meta.get("og:url")

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, ``@graph`` members flattened, in page order."""
        out: list[dict[str, Any]] = []
        for node in self.tree.css('script[type="application/ld+json"]'):
            raw = node.text(deep=True) or ""
            try:
                data = json.loads(raw, strict=False)
            except ValueError:
                continue
            out.extend(_flatten_ld(data))
        return out

    @cached_property
    def article_ld(self) -> dict[str, Any] | None:
        """The first JSON-LD object whose ``@type`` is a (news) article type."""
        for obj in self.jsonld:
            types = obj.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES and t.lower() != "webpage" for t in names):
                return obj
        return None

    def scripts(self, selector: str = "script") -> Iterator[str]:
        """Text of every script matching ``selector``."""
        for node in self.tree.css(selector):
            yield node.text(deep=True) or ""

    @cached_property
    def hosts(self) -> tuple[str, ...]:
        """Hosts of the given URL, canonical URL and ``og:url`` (lower-case, deduplicated)."""
        seen: list[str] = []
        for u in (self.url, self.canonical, self.meta.get("og:url")):
            h = host_of(u)
            if h and h not in seen:
                seen.append(h)
        return tuple(seen)


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten_ld(graph)
        else:
            yield data


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: strings as-is, ``{"name": …}`` objects by name, lists joined by ``, ``."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean_ws(value) or None
    if isinstance(value, dict):
        return ld_text(value.get("name"))
    if isinstance(value, list):
        parts = [p for p in (ld_text(v) for v in value) if p]
        return ", ".join(parts) or None
    return str(value)


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)

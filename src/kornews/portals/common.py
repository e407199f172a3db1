"""What every portal copy has in common (Daum, Naver): the portal's page around a press's story.

A portal re-hosts the story of a press (언론사).  :class:`PortalExtractor` reads the portal's page
structure (its :class:`~kornews.spec.Layout`), then:

* names the press (``press_meta`` such as ``og:article:author`` — ``"뉴스타파 | 네이버"`` -> ``뉴스타파`` —,
  then ``press_selectors``, then the copyright line, then the dateline lead ``[헤럴드경제(제주)=…]``);
* finds the link to the original (``origin_links``);
* asks the registry for the **origin outlet** (:func:`kornews.registry.for_publisher` by name and by
  the original link's host);
* cleans the body in two steps: first the portal's own chrome (:attr:`rules` — its ``stop`` and ``skip``
  lines — and ``summary_heads``, the automatic-summary boxes: the heading and the summary lines under
  it), then the origin outlet's ``clean`` (its own rules: Herald's appended headlines, Newsis's
  sign-off, datelines, captions, copyright); a press kornews has no extractor for gets the shared
  Korean cleanup (:func:`kornews.cleanup.assemble`).

The Article says ``portal`` = the portal id, ``extractor`` = the portal id, ``publisher`` = the press's
name as the page gives it, ``outlet`` = the origin outlet's id when it is one of ours, and
``original_url``.

Text mode (:meth:`PortalExtractor.extract_text`) uses the same pieces on a page rendered to text: the
header is found by the portal's ``date_lines`` and chrome, the press and origin by the copy's own
copyright line, dateline lead, sign-off e-mail domain or the outlets' text markers
(:meth:`PortalExtractor.text_origin`).  Each portal text marker weighs 10, so a copy is read as the
portal's even though it carries its press's markers too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar

from .. import korean as k
from .. import lazyre, registry
from ..article import Article
from ..cleanup import Body, assemble, is_deck_line, union
from ..content import strip_boilerplate
from ..dom import Block, blocks
from ..embedded import find_article
from ..errors import MissingField, NotAnArticle, UnknownLayout
from ..extractor import Extractor, HtmlExtractor, to_reporters
from ..page import Page
from ..spec import Layout, Rules
from ..text import TextPage, line_blocks

_PORTAL_SUFFIX = lazyre.compile(r"\s*[|\-–:·]\s*(?:네이버|다음|NAVER|Naver|Daum|DAUM|카카오|Kakao)(?:\s*뉴스)?\s*$")
_COPYRIGHT_NAME = lazyre.compile(
    r"(?:copyright|저작권자)?\s*(?:©|ⓒ|\(c\))\s*(?P<name>[^.,<>()©ⓒ|]{1,24}?)\s*(?:[.,<>|]|all rights|무단|$)",
    re.IGNORECASE,
)
_NORM = lazyre.compile(r"[^0-9A-Za-z가-힣]+")
_SUMMARY_MAX = 4
"""At most this many lines follow an automatic-summary heading."""


def copyright_name(text: str | None) -> str | None:
    """The press named by a copyright line: ``"Copyright © 조선일보. 무단전재 및 재배포 금지."`` ->
    ``"조선일보"``; ``"<ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지>"`` -> ``"공감언론 뉴시스통신사"``;
    None when the line names nobody."""
    if not text or not k.is_copyright(text):
        return None
    m = _COPYRIGHT_NAME.search(text)
    if m is None:
        return None
    name = k.clean_ws(m.group("name"))
    return name if name and not re.fullmatch(r"[\d\s-]+", name) else None


def press_name(value: str | None) -> str | None:
    """A press name without the portal's suffix: ``"뉴스타파 | 네이버"`` -> ``"뉴스타파"``."""
    if not value:
        return None
    name = _PORTAL_SUFFIX.sub("", k.clean_ws(value)).strip()
    return name or None


def _norm(text: str) -> str:
    return _NORM.sub("", text)


def summary_end(texts: Sequence[str | None], i: int, chrome: Rules) -> int:
    """Index just past the automatic-summary box whose heading is ``texts[i]``.

    The box is its heading and the summary lines under it.  It ends at the next portal chrome line
    (``chrome.skip``/``chrome.stop``) or ``None`` entry (a figure) within :data:`_SUMMARY_MAX` lines;
    without such a boundary, the lines that are extracts of the text after them (a portal's summary
    repeats the article's own sentences) belong to the box.
    """
    end = min(len(texts), i + 1 + _SUMMARY_MAX)
    for j in range(i + 1, end):
        t = texts[j]
        if t is None or any(rx.search(t) for rx in chrome.skip + chrome.stop):
            return j
    j = i + 1
    while j < end:
        t = texts[j]
        if t is None:
            break
        key = _norm(t)
        rest = _norm(" ".join(x for x in texts[j + 1 :] if x))
        if len(key) < 10 or key not in rest:
            break
        j += 1
    return j


class PortalExtractor(HtmlExtractor):
    """Base of the portal extractors; subclasses declare the portal's markup and chrome."""

    kind = "portal"
    priority = 10
    press_meta: ClassVar[tuple[str, ...]] = ("og:article:author",)
    """Meta keys (lower-case) that name the press, in order."""
    press_selectors: ClassVar[tuple[tuple[str, str | None], ...]] = ()
    """``(selector, attribute)`` pairs naming the press (attribute None: the node's text)."""
    origin_links: ClassVar[tuple[str, ...]] = ()
    """Selectors of the link to the article on the press's own site."""
    copyright_selectors: ClassVar[tuple[str, ...]] = ()
    """Selectors of the copyright line outside the body."""
    summary_heads: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Headings of the portal's automatic-summary box (removed with its summary lines)."""
    date_lines: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Text mode: patterns of the header's date lines (``입력2023.11.02. 오후 8:06``)."""

    @classmethod
    def recognise_text(cls, text: str) -> int:
        """Each portal chrome marker weighs 10: a copy also carries its press's own markers, and the
        portal's chrome is what says the text is a portal page."""
        return 10 * super().recognise_text(text)

    # -- the press and its outlet -------------------------------------------------------------
    def press(self, page: Page) -> str | None:
        """The press's name from ``press_meta``, then ``press_selectors``; None if the page has neither."""
        for key in self.press_meta:
            name = press_name(page.meta.get(key))
            if name:
                return name
        for sel, attr in self.press_selectors:
            for node in page.tree.css(sel):
                value = node.attributes.get(attr) if attr else node.text(separator=" ")
                name = press_name(value)
                if name:
                    return name
        return None

    def original_url(self, page: Page) -> str | None:
        """The absolute link to the press's own page of the story, if the portal shows one."""
        for sel in self.origin_links:
            for node in page.tree.css(sel):
                href = (node.attributes.get("href") or "").strip()
                if href.startswith(("http://", "https://", "//")):
                    return page.absolute(href)
        return None

    @staticmethod
    def origin(name: str | None = None, url: str | None = None, emails: Iterable[str] = ()) -> Extractor | None:
        """The origin outlet (one of ours) by press name, original link, or reporters' e-mail domains."""
        ext = registry.for_publisher(name=name, url=url)
        if ext is None:
            for email in emails:
                domain = email.rpartition("@")[2]
                if domain:
                    ext = registry.for_publisher(url="https://" + domain)
                    if ext is not None:
                        break
        return ext if ext is not None and ext.kind == "outlet" else None

    # -- body -----------------------------------------------------------------------------------
    def strip_chrome(self, items: Iterable[Block]) -> list[Block]:
        """``items`` without the portal's chrome: a ``rules.stop`` line ends the copy, ``rules.skip``
        lines go wherever they stand, and so does an automatic-summary box (``summary_heads``)."""
        out = list(items)
        texts = [b.text if b.kind == "text" else None for b in out]
        kept: list[Block] = []
        stop, heads, skip = (
            union(rxs) if rxs else None for rxs in (self.rules.stop, self.summary_heads, self.rules.skip)
        )
        i = 0
        while i < len(out):
            text = texts[i]
            if text is not None:
                if stop is not None and stop(text):
                    break
                if heads is not None and heads(text):
                    i = summary_end(texts, i, self.rules)
                    continue
                if skip is not None and skip(text):
                    i += 1
                    continue
            kept.append(out[i])
            i += 1
        return kept

    def clean_copy(self, items: Iterable[Block], origin: Extractor | None, *, page: Page | None = None) -> Body:
        """Portal chrome out (:meth:`strip_chrome`), then the origin outlet's own cleanup (its
        ``clean``), or the shared Korean cleanup for a press kornews has no extractor for."""
        stripped = self.strip_chrome(items)
        if origin is not None:
            return origin.clean(stripped, page=page)
        return assemble(stripped, Rules(), page=page)

    def page_copyright(self, page: Page) -> str | None:
        """The copyright line shown outside the body (``copyright_selectors``)."""
        for sel in self.copyright_selectors:
            for node in page.tree.css(sel):
                text = k.clean_ws(node.text(separator=" "))
                if text and k.is_copyright(text):
                    return text
        return None

    def body_blocks(self, page: Page, layout: Layout, origin: Extractor | None) -> list[Block]:
        """Reading-order blocks of the body container, the ``remove`` selectors and every box headed by a
        portal box heading, an automatic-summary heading or an origin box heading removed."""
        node = self.body_node(page, layout)
        for sel in self.remove + layout.remove:
            for junk in node.css(sel):
                junk.decompose()
        strip_boilerplate(
            node,
            self.box_headings() + self.summary_heads + (origin.rules.boxes if origin is not None else ()),
            self.rules.stop + (origin.rules.stop if origin is not None else ()),
        )
        figures = frozenset(n.mem_id for sel in layout.figures for n in node.css(sel))
        return blocks(node, figures=figures, captions=layout.captions)

    # -- the Article ------------------------------------------------------------------------------
    def extract_layout(self, page: Page) -> Article:
        """The portal copy: portal structure, origin outlet, the origin's cleanup."""
        layout = self.layout_for(page)
        if layout is None:
            raise UnknownLayout(
                f"no known {self.name or self.id} article layout on this page", outlet=self.id, url=page.url
            )
        title = self.title(page, layout)
        subtitles = self.subtitles(page, layout)  # before the body's ``remove`` selectors take the deck out
        byline = self.byline(page, layout)
        press = self.press(page)
        original = self.original_url(page)
        origin = self.origin(press, original)
        if origin is None and press is None:
            # no press named by the page's metadata: its copyright line or dateline lead names it
            texts = [b.text for b in blocks(self.body_node(page, layout), images=False)]
            press = self.press_from_text([*texts, self.page_copyright(page) or ""])
            origin = self.origin(press, original)
        body = self.clean_copy(self.body_blocks(page, layout, origin), origin, page=page)
        if not body.paragraphs:
            raise MissingField("body", outlet=self.id, url=page.url)
        published, modified = self.dates(page, layout)
        return self.page_article(
            page,
            layout,
            title,
            body,
            published,
            modified,
            deck=subtitles,
            outlet=origin.id if origin is not None else None,
            publisher=press or body.publisher or (origin.name if origin is not None else None),
            portal=self.id,
            original_url=original,
            reporters=to_reporters(body.reporters, byline),
            copyright=body.copyright or self.page_copyright(page),
        )

    def extract_fallback(self, page: Page) -> Article:
        """A portal page of an unknown template (or whose body selector finds nothing): the content
        layer (:meth:`~kornews.extractor.HtmlExtractor.extract_fallback`) with the union of the
        portal's selectors, the press and origin outlet as in :meth:`extract_layout`, the portal's
        chrome and the origin's rules (on top of the shared ones) cleaning the copy."""
        union = self.fallback_layout()
        emb = find_article(page)
        headline = self.fallback_headline(page, union, emb)
        subtitles = self.subtitles(page, union) if union.subtitle else []
        byline = self.byline(page, union) if union.byline else []
        press = self.press(page)
        original = self.original_url(page)
        origin = self.origin(press, original)
        rules = self.fallback_rules() + (origin.rules if origin is not None else Rules())

        def clean(items: list[Block]) -> Body:
            return assemble(self.strip_chrome(items), rules, page=page)

        read = self.content_body(page, emb, rules + Rules(boxes=self.summary_heads), clean, union.remove)
        body = read.body
        if origin is None and press is None:
            press = self.press_from_text([*body.paragraphs, body.copyright or "", self.page_copyright(page) or ""])
            origin = self.origin(press, original)
        return self.content_article(
            page,
            union,
            emb,
            headline,
            subtitles,
            byline,
            read,
            outlet=origin.id if origin is not None else None,
            publisher=press or body.publisher or (origin.name if origin is not None else None),
            portal=self.id,
            original_url=original,
            copyright=body.copyright or self.page_copyright(page),
        )

    # -- text ------------------------------------------------------------------------------------
    @staticmethod
    def press_from_text(lines: Sequence[str]) -> str | None:
        """The press named by the copy's own text: its copyright line, else its dateline lead."""
        for line in reversed(lines):
            name = copyright_name(line)
            if name:
                return name
        for line in lines[:8]:
            lead = k.parse_lead(line)
            if lead is not None and lead.publisher:
                return lead.publisher
        return None

    def text_origin(self, lines: Sequence[str]) -> tuple[str | None, Extractor | None]:
        """(press name, origin outlet) of a copy rendered as text, its portal chrome already cut (see
        :meth:`strip_chrome`).  The press is the one the copy names — its first copyright line, else
        its dateline lead — and its outlet is ours only if that name is; a copy that names no press
        is attributed by its sign-off e-mail domains, else by the outlet whose text markers match it
        at least twice (a lone mention of a paper's name is not a signature)."""
        names: list[str] = []
        for line in lines:
            name = copyright_name(line)
            if name:
                names.append(name)
                break
        for line in lines[:12]:
            lead = k.parse_lead(line)
            if lead is not None and lead.publisher:
                names.append(lead.publisher)
                break
        for name in names:
            ext = self.origin(name)
            if ext is not None:
                return name, ext
        if names:
            return names[0], None
        emails = [r.email for line in lines if "@" in line for r in (k.parse_signoff(line) or []) if r.email]
        ext = self.origin(None, None, emails)
        if ext is None:
            text = "\n".join(lines)
            scored = [(e.recognise_text(text), e.priority, e) for e in registry.extractors() if e.kind == "outlet"]
            scored = [s for s in scored if s[0] >= 2]
            if scored:
                ext = max(scored, key=lambda s: (s[0], s[1]))[2]
        return (ext.name, ext) if ext is not None else (None, None)

    def is_date_line(self, line: str) -> bool:
        """Text mode: a header line giving the date(s) (:attr:`date_lines`)."""
        return len(line) <= 100 and any(rx.match(line) for rx in self.date_lines)

    def is_chrome(self, line: str) -> bool:
        """Text mode: a line of the portal's chrome (``rules.skip``)."""
        return any(rx.search(line) for rx in self.rules.skip)

    def is_deck(self, line: str) -> bool:
        """Text mode: a deck line opening the copy — short, not a sentence, and not a caption, lead,
        sub-heading, copyright, sign-off, byline or chrome line."""
        return (
            is_deck_line(line)
            and not self.is_chrome(line)
            and not any(rx.search(line) for rx in self.rules.stop + self.summary_heads)
            and not k.looks_like_caption(line)
            and not k.is_subheading(line)
            and not k.is_copyright(line)
            and k.parse_lead(line) is None
            and k.parse_signoff(line) is None
            and k.parse_byline_line(line) is None
            and not line.startswith(("☞", "※", "▶", "-", "["))
        )

    def extract_text(self, page: TextPage) -> Article:
        """The portal copy rendered as text.

        The header starts at the first date line (else the first chrome line or summary heading);
        the headline is the line before it (chrome and byline lines skipped); the header — date and
        byline lines, chrome, the summary box — is skipped;
        the short lines that open the copy are the deck; the rest is cleaned as in HTML mode, the
        press and origin outlet found by :meth:`text_origin`.
        """
        lines = page.lines
        n = len(lines)

        def header(line: str) -> bool:
            return self.is_date_line(line) or self.is_chrome(line) or any(rx.search(line) for rx in self.summary_heads)

        h = next((i for i, line in enumerate(lines) if self.is_date_line(line)), -1)
        if h < 0:
            h = next((i for i, line in enumerate(lines) if header(line)), -1)
        if h < 0:
            raise NotAnArticle(
                f"no {self.name} article header (date line or page chrome) in the text", outlet=self.id, url=page.url
            )
        header_byline: list[k.RawReporter] = []
        t = h - 1
        while t >= 0 and (self.is_chrome(lines[t]) or k.parse_byline_line(lines[t])):
            header_byline.extend(k.parse_byline_line(lines[t]) or [])
            t -= 1
        if t < 0:
            raise MissingField("title", outlet=self.id, url=page.url)
        title = lines[t]
        published = modified = None
        i = h
        while i < n:
            line = lines[i]
            if self.is_date_line(line):
                p, m = k.parse_labelled_dates(line)
                published, modified = published or p, modified or m
                header_byline.extend(k.parse_byline(line))
                i += 1
            elif any(rx.search(line) for rx in self.summary_heads):
                i = summary_end(lines, i, self.rules)
            elif self.is_chrome(line):
                i += 1
            elif published is not None and (found := k.parse_byline_line(line)):
                header_byline.extend(found)
                i += 1
            else:
                break
        deck: list[str] = []
        while i + len(deck) < n - 1 and len(deck) < 5 and self.is_deck(lines[i + len(deck)]):
            deck.append(lines[i + len(deck)])
        items = self.strip_chrome(line_blocks(lines[i + len(deck) :]))
        press, origin = self.text_origin([b.text for b in items])
        body = self.clean_copy(items, origin)
        return self.text_article(
            page,
            title,
            body,
            published,
            modified,
            reporters=header_byline,
            deck=deck,
            outlet=origin.id if origin is not None else None,
            publisher=press or body.publisher,
            portal=self.id,
        )


__all__ = ["PortalExtractor", "copyright_name", "press_name", "summary_end"]

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
header by the portal's :class:`~kornews.spec.TextLayout` (date lines, header chrome) read by the
shared text reader, the press and origin by the copy's own copyright line, dateline lead, sign-off
e-mail domain or the outlets' text markers
(:meth:`PortalExtractor.text_origin`).  Each portal text marker weighs 10, so a copy is read as the
portal's even though it carries its press's markers too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

import attrs

from .. import korean as k
from .. import lazyre, registry
from ..article import Article
from ..cleanup import Body, _Union, assemble, is_deck_line, union
from ..content import strip_boilerplate
from ..dom import Block, blocks
from ..embedded import find_article
from ..errors import MissingField, NotAnArticle, UnknownLayout
from ..extractor import Extractor, HtmlExtractor, to_reporters
from ..page import Page
from ..spec import Layout, Rules

if TYPE_CHECKING:  # text mode's module loads on first use (see extract_text)
    from ..text import TextPage

_PORTAL_SUFFIX = lazyre.compile(r"\s*[|\-–:·]\s*(?:네이버|다음|NAVER|Naver|Daum|DAUM|카카오|Kakao)(?:\s*뉴스)?\s*$")
_COPYRIGHT_NAME = lazyre.compile(
    r"(?:copyright|저작권자)?\s*(?:©|ⓒ|\(c\))\s*(?P<name>[^.,<>()©ⓒ|]{1,24}?)\s*(?:[.,<>|]|all rights|무단|$)",
    re.IGNORECASE,
)
_NORM = lazyre.compile(r"[^0-9A-Za-z가-힣]+")
_NUMBERS_ONLY = lazyre.compile(r"[\d\s-]+")
_SUMMARY_MAX = 4
_DECK_MAX = 5
"""Text mode: at most this many deck lines open a copy."""
_PANEL_SPAN = 4
"""Text mode: a tool panel's last line stands within this many lines after its first."""
_PANEL_INNER = 12
"""Text mode: the longest line inside a tool panel (a control's label)."""
_CARD_SPAN = 8
"""Text mode: the reporter card's byline lines stand within this many lines after its heading."""
"""At most this many lines follow an automatic-summary heading."""


CHROME = Rules(
    skip=(
        # an image without alternative text as a console browser shows it: its file name in brackets
        lazyre.compile(r"^\[[A-Za-z0-9_.-]{1,60}\]$"),
        # a press's promo link closing its copy: a short line calling to click (``… #흥(클릭!)``)
        lazyre.compile(r"^.{1,40}[(\[]클릭!?[)\]]$"),
    )
)
"""Chrome of every portal's page rendered to text, dropped wherever it stands (added to the portal's
own :attr:`~kornews.extractor.Extractor.rules` in text mode)."""


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
    return name if name and not _NUMBERS_ONLY.fullmatch(name) else None


def press_name(value: str | None) -> str | None:
    """A press name without the portal's suffix: ``"뉴스타파 | 네이버"`` -> ``"뉴스타파"``."""
    if not value:
        return None
    name = _PORTAL_SUFFIX.sub("", k.clean_ws(value)).strip()
    return name or None


def _origin_link(page: Page, selector: str) -> str | None:
    """The first absolute link (``http://``, ``https://``, ``//``) among the nodes of ``selector``."""
    for node in page.tree.css(selector):
        href = (node.attributes.get("href") or "").strip()
        if href.startswith(("http://", "https://", "//")):
            return page.absolute(href)
    return None


@functools.lru_cache(maxsize=64)
def _joined(selectors: tuple[str, ...]) -> str:
    """``selectors`` as one selector list (one query instead of one per selector)."""
    return ", ".join(selectors)


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


_CHROME_TESTS: dict[tuple[int, int], tuple[Rules, tuple[re.Pattern[str], ...], tuple[_Union | None, ...]]] = {}


def _chrome_tests(
    rules: Rules, heads: tuple[re.Pattern[str], ...]
) -> tuple[_Union | None, _Union | None, _Union | None]:
    """The combined tests (:func:`kornews.cleanup.union`) of ``rules.stop``, ``heads`` and ``rules.skip``
    (None for no pattern), remembered by the identity of ``rules`` and ``heads`` (a portal's are class
    attributes): no pattern is hashed per call, as ``union``'s own cache would."""
    key = (id(rules), id(heads))
    found = _CHROME_TESTS.get(key)
    if found is None or found[0] is not rules or found[1] is not heads:
        tests = tuple(union(rxs) if rxs else None for rxs in (rules.stop, heads, rules.skip))
        found = (rules, heads, tests)
        if len(_CHROME_TESTS) < 256:
            _CHROME_TESTS[key] = found
    stop, head, skip = found[2]
    return stop, head, skip


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
    text_panels: ClassVar[tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]] = ()
    """Text mode: ``(first, last)`` lines of a tool panel, dropped whole with the short lines between
    them (at most :data:`_PANEL_SPAN`, of at most :data:`_PANEL_INNER` characters): a control's
    labels may look like anything (a slider's glyphs ``가 가``)."""
    text_cards: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Text mode: headings of the reporter card that follows the copy (``기자 프로필``)."""

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
        """The absolute link to the press's own page of the story, if the portal shows one (the first
        selector of ``origin_links`` that gives one).  When the first gives none, the others are asked
        together first: one query tells that none of them gives one."""
        for i, sel in enumerate(self.origin_links):
            if i == 1 and len(self.origin_links) > 2 and _origin_link(page, _joined(self.origin_links[1:])) is None:
                return None
            found = _origin_link(page, sel)
            if found is not None:
                return found
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
    def strip_chrome(self, items: Iterable[Block], chrome: Rules | None = None) -> list[Block]:
        """``items`` without the portal's chrome (``chrome``, by default :attr:`rules`): a ``stop`` line
        ends the copy, ``skip`` lines go wherever they stand, and so does an automatic-summary box
        (``summary_heads``)."""
        rules = self.rules if chrome is None else chrome
        out = list(items)
        texts = [b.text if b.kind == "text" else None for b in out]
        kept: list[Block] = []
        stop, heads, skip = _chrome_tests(rules, self.summary_heads)
        i = 0
        while i < len(out):
            text = texts[i]
            if text is not None:
                if stop is not None and stop(text):
                    break
                if heads is not None and heads(text):
                    i = summary_end(texts, i, rules)
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
        removed = _joined(self.remove + layout.remove)
        if removed:
            for junk in node.css(removed):  # one query for them all (a node inside another goes with it)
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

    def is_deck(self, line: str) -> bool:
        """Text mode: a deck line opening the copy — short, not a sentence, and not a caption, lead,
        sub-heading, copyright, sign-off, byline or chrome line."""
        return (
            is_deck_line(line)
            and not any(rx.search(line) for rx in self.rules.skip + self.rules.stop + self.summary_heads + CHROME.skip)
            and not k.looks_like_caption(line)
            and not k.is_subheading(line)
            and not k.is_copyright(line)
            and k.parse_lead(line) is None
            and k.parse_signoff(line) is None
            and k.parse_byline_line(line) is None
            and not line.startswith(("☞", "※", "▶", "-", "["))
        )

    def cut_panels(self, lines: Sequence[str]) -> list[str]:
        """Text mode: ``lines`` without the tool panels of :attr:`text_panels` (a first line without
        its last within :data:`_PANEL_SPAN` lines is left to the other rules)."""
        out: list[str] = []
        i = 0
        while i < len(lines):
            end = next(
                (
                    j
                    for first, last in self.text_panels
                    if first.search(lines[i])
                    for j in range(i + 1, min(len(lines), i + 1 + _PANEL_SPAN))
                    if last.search(lines[j]) and all(len(x) <= _PANEL_INNER for x in lines[i + 1 : j])
                ),
                -1,
            )
            if end < 0:
                out.append(lines[i])
                i += 1
            else:
                i = end + 1
        return out

    def cut_card(self, lines: Sequence[str]) -> tuple[list[str], list[k.RawReporter]]:
        """Text mode: (the copy's lines, the reporters of the reporter card after it).

        The copy ends at the card's heading (:attr:`text_cards`); the byline lines of the card
        (``우영식 기자``, within :data:`_CARD_SPAN` lines) name the reporters, the line before the
        heading that names only them (the page's byline) leaves the copy, and the first copyright
        line after the card (before a ``rules.stop`` line) stays the copy's last line."""
        i = next((j for j, line in enumerate(lines) if any(rx.search(line) for rx in self.text_cards)), -1)
        if i < 0:
            return list(lines), []
        reporters = [r for line in lines[i + 1 : i + 1 + _CARD_SPAN] for r in k.parse_byline_line(line) or []]
        names = {r.name for r in reporters}
        copy = list(lines[:i])
        while copy and names and set(copy[-1].split()) <= names:
            copy.pop()
        for line in lines[i + 1 :]:
            if any(rx.search(line) for rx in self.rules.stop):
                break
            if k.is_copyright(line):
                copy.append(line)
                break
        return copy, reporters

    def extract_text(self, page: TextPage) -> Article:
        """The portal copy rendered as text.

        The portal's :attr:`~kornews.extractor.Extractor.text_layout` finds the headline, the dates
        and the copy's lines (:func:`~kornews.text.read_layout`); the portal's chrome goes
        (:meth:`strip_chrome`: its ``skip`` lines, the summary box, a ``stop`` line ending the copy);
        the copy ends at a reporter card (:meth:`cut_card`); byline lines that open the copy name
        reporters, the short lines after them are the deck; the rest is cleaned by the origin outlet
        found by :meth:`text_origin`, as in HTML mode.
        """
        if self.text_layout is None:
            raise NotAnArticle(f"{self.name} has no text layout", outlet=self.id, url=page.url)
        from ..text import line_blocks, read_layout

        if self.text_panels:
            page = attrs.evolve(page, lines=tuple(self.cut_panels(page.lines)))
        found = read_layout(page, self.text_layout, self.rules, who=self.id)
        stripped = [b.text for b in self.strip_chrome(line_blocks(found.lines), self.rules + CHROME)]
        texts, card = self.cut_card(stripped)
        byline: list[k.RawReporter] = []
        while len(texts) > 1 and (found_by := k.parse_byline_line(texts[0])):  # a byline under the header
            byline.extend(found_by)
            texts = texts[1:]
        n = 0
        while n < min(_DECK_MAX, len(texts) - 1) and self.is_deck(texts[n]):
            n += 1
        press, origin = self.text_origin(texts[n:])
        items = line_blocks(texts[n:])
        body = origin.clean(items) if origin is not None else assemble(items, Rules())
        return self.text_article(
            page,
            found.title,
            body,
            found.published,
            found.modified,
            reporters=[*found.reporters, *byline, *card],
            deck=texts[:n],
            outlet=origin.id if origin is not None else None,
            publisher=press or body.publisher,
            portal=self.id,
        )


__all__ = ["CHROME", "PortalExtractor", "copyright_name", "press_name", "summary_end"]

"""The extractor base classes: what an outlet module declares, and the shared machinery behind it.

An outlet module subclasses :class:`HtmlExtractor` and declares, as class attributes:

* ``id``, ``name`` (the press's Korean name), ``domains``, ``site_names``;
* ``article_urls`` (compiled patterns), ``example_urls`` it must claim and ``non_article_urls`` of the
  same hosts it must not claim;
* ``layouts``: one :class:`Layout` per known template (newest first) with the CSS selectors of each
  field and the blocks to drop;
* ``rules``: the outlet's text-level :class:`Rules` (lines that end the article, lines to drop),
  applied to its HTML, to its pages rendered as text, and to copies of its articles on portals;
* ``text_markers``: patterns that recognise the outlet in rendered text.

Field resolution (``HtmlExtractor.extract``): title from the layout's selectors, else JSON-LD
``headline``, else ``og:title``; dates from ``article:published_time``/JSON-LD first, else the
layout's date nodes; body from the layout's body container, cleaned by :func:`assemble`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from selectolax.lexbor import LexborNode

from . import korean as k
from .article import Article, Image, Listing, Reporter
from .dom import Block, blocks
from .errors import MissingField, NotAnArticle, UnsupportedPage
from .page import Page, host_matches, ld_text

if TYPE_CHECKING:
    from .text import TextPage


def patterns(*regexes: str) -> tuple[re.Pattern[str], ...]:
    """Compile regexes (used for URL patterns, markers and rules)."""
    return tuple(re.compile(r) for r in regexes)


@attrs.frozen(kw_only=True)
class Rules:
    """Text-level rules of one outlet, applied block by block in reading order.

    ``stop``: a block matching any pattern ends the article (it and every later block are dropped);
    ``drop``: a block matching any pattern is dropped wherever it stands;
    ``boxes``: headings of boilerplate boxes (``[뉴스핌 베스트 기사]``, ``관련기사``, ``종목 추적기``): in
    HTML, the box (div/section/aside/ul/…) whose first text matches is removed whole, wherever it
    stands; in text, or where no box encloses it, the heading acts like ``stop``;
    ``end_at_copyright``: the copyright line ends the article (kept in ``Article.copyright``);
    ``lists``: items of link lists the outlet appends to its text (Herald's ``- "…"`` headlines,
    ``▶ …`` promos): a run of ``LIST_RUN`` (3) or more consecutive matching blocks is dropped wherever
    it stands; a shorter run is dropped when nothing but sign-offs, bylines, copyright lines, ``drop``
    blocks and other list items follows it up to the end of the article (so a lone ``- 질문`` line of
    an interview, followed by its answer, stays).
    """

    stop: tuple[re.Pattern[str], ...] = ()
    drop: tuple[re.Pattern[str], ...] = ()
    boxes: tuple[re.Pattern[str], ...] = ()
    end_at_copyright: bool = True
    lists: tuple[re.Pattern[str], ...] = ()

    def __add__(self, other: Rules) -> Rules:
        return Rules(
            stop=self.stop + other.stop,
            drop=self.drop + other.drop,
            boxes=self.boxes + other.boxes,
            end_at_copyright=self.end_at_copyright and other.end_at_copyright,
            lists=self.lists + other.lists,
        )


@attrs.frozen(kw_only=True)
class Layout:
    """CSS selectors of one page template.  Each field lists selectors tried in order.

    ``match``: the layout applies when any of these selectors matches the page.
    ``date``: nodes holding the dates; a ``datetime``/``data-date-time``/``data-modify-date-time``/``content`` attribute wins over
    the node's text, which is split by label (입력/등록 -> published, 수정 -> modified).
    ``drop``: removed from the body container before it is read.  ``figures``: nodes each read as one
    photo (besides ``<figure>``); ``captions``: selectors of the caption inside a figure.
    """

    name: str
    match: tuple[str, ...]
    body: tuple[str, ...]
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    captions: tuple[str, ...] = ("figcaption",)
    valid_until: str | None = None
    """The last date this layout was seen in use (``"2025-12"``); None if it is current."""


@attrs.frozen(kw_only=True)
class Body:
    """The result of :func:`assemble`: paragraphs, images and what the cleanup took out of the text."""

    paragraphs: tuple[str, ...]
    subtitles: tuple[str, ...]
    images: tuple[Image, ...]
    reporters: tuple[k.Reporter, ...]
    dateline: str | None
    publisher: str | None
    copyright: str | None


_MAX_DECK = 5
_SENTENCE_END = re.compile(r"[다요죠][.!][\"'”’]?$")


def is_deck_line(text: str) -> bool:
    """A deck (부제) line: at most 80 characters, not a sentence ending in ``다.``/``요.``, no page
    control (:func:`kornews.korean.is_ui_line`)."""
    return len(text) <= 80 and not _SENTENCE_END.search(text) and not k.is_ui_line(text)


BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "table", "dl", "nav", "form", "footer", "header"})


def _first_text(node: LexborNode) -> str:
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            text = (child.text_content or "").strip()
            if text:
                return text[:80]
    return ""


def drop_boxes(root: LexborNode, headings: Sequence[re.Pattern[str]]) -> None:
    """Remove from ``root`` every box element whose first text matches one of ``headings``.

    Of nested boxes that start with the same heading, the innermost one with two or more child
    elements is removed (the box, not just its title bar); ``root`` itself is never removed.
    """
    if not headings:
        return
    candidates: list[LexborNode] = []
    for node in root.traverse():
        if node.tag in BOX_TAGS and node.mem_id != root.mem_id:
            first = _first_text(node)
            if first and any(rx.search(first) for rx in headings):
                candidates.append(node)
    removed: set[int] = set()
    for node in reversed(candidates):  # innermost first
        if node.mem_id in removed:
            continue
        children = [c for c in node.iter() if c.tag and not c.tag.startswith("-")]
        target = node
        if len(children) < 2:
            parent = node.parent
            while parent is not None and parent.mem_id != root.mem_id and parent.tag in BOX_TAGS:
                if _first_text(parent) == _first_text(node):
                    target = parent
                    if len([c for c in parent.iter() if c.tag and not c.tag.startswith("-")]) >= 2:
                        break
                    parent = parent.parent
                else:
                    break
        for n in target.traverse():
            removed.add(n.mem_id)
        target.decompose()


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
        self.anchored = re.compile("|".join(anchored)) if anchored else None
        self.floating = re.compile("|".join(floating)) if floating else None

    def __call__(self, text: str) -> bool:
        return (self.anchored is not None and self.anchored.match(text) is not None) or (
            self.floating is not None and self.floating.search(text) is not None
        )


@functools.lru_cache(maxsize=256)
def union(rxs: tuple[re.Pattern[str], ...]) -> _Union:
    """A cached combined test of ``rxs`` (see :class:`_Union`)."""
    return _Union(rxs)


def _matches(text: str, rxs: Sequence[re.Pattern[str]]) -> bool:
    return bool(rxs) and union(rxs if isinstance(rxs, tuple) else tuple(rxs))(text)


LIST_RUN = 3
"""Consecutive ``Rules.lists`` items that make an appended list wherever they stand."""


def drop_lists(items: Iterable[Block], rules: Rules) -> list[Block]:
    """``items`` without the appended link lists of ``rules.lists`` (see :class:`Rules`); linear."""
    out = list(items)
    if not rules.lists:
        return out
    n = len(out)
    is_item = [b.kind == "text" and _matches(b.text, rules.lists) for b in out]
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
            _matches(b.text, rules.stop) or _matches(b.text, rules.boxes) or (rules.end_at_copyright and k.is_copyright(b.text))
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
            _matches(b.text, rules.drop)
            or k.is_copyright(b.text)
            or k.parse_signoff(b.text) is not None
            or k.parse_byline_line(b.text) is not None
        ):
            break
    return [b for b, kept in zip(out, keep, strict=True) if kept]


def assemble(
    items: Iterable[Block],
    rules: Rules,
    *,
    page: Page | None = None,
    lead: bool = True,
) -> Body:
    """Clean reading-order blocks into a :class:`Body` (the shared Korean news cleanup).

    In order, for each block: a figure becomes an :class:`Image` (caption split into text and credit);
    a text block that matches ``rules.stop`` ends the article; ``rules.drop`` blocks and page controls
    (:func:`kornews.korean.is_ui_line`: ``공유``, ``글자크기``, ``English``) are skipped; a
    copyright line is kept aside (and ends the article if ``rules.end_at_copyright``); a sign-off
    (lone e-mail, ``◎공감언론 뉴시스 …``, ``홍길동 기자 x@y``, also glued to the end of a paragraph's last
    sentence: ``…했다.부산=선수민 기자 x@y``) or a bare byline line gives reporters; a
    text block that looks like a caption becomes the caption of the figure just before it, or an
    image without URL; the first paragraph's dateline/byline lead (``[서울=뉴스핌] 서영욱 기자 = ``)
    is parsed and cut (``lead=False`` skips that).  Everything else is a paragraph.

    Appended link lists (``rules.lists``) are removed first (:func:`drop_lists`).

    Deck lines: when a lead opens a later paragraph and every paragraph before it is a short line
    (≤ 80 chars, not a sentence ending in ``다.``/``요.``), those lines are returned as ``subtitles``.
    """
    paragraphs: list[str] = []
    deck: list[str] = []
    images: list[Image] = []
    reporters: list[k.Reporter] = []
    dateline = publisher = copyright = None
    prev_figure = False
    if rules.lists:
        items = drop_lists(items, rules)
    stop_boxes = rules.stop + rules.boxes
    ends = union(stop_boxes) if stop_boxes else None
    drops = union(rules.drop) if rules.drop else None
    for block in items:
        if block.kind == "figure":
            cap = k.split_caption(block.text) if block.text else k.Caption(None, None)
            url = page.absolute(block.src) if page is not None else block.src
            images.append(Image(url=url, caption=cap.caption, credit=cap.credit))
            prev_figure = True
            continue
        text = block.text
        if ends is not None and ends(text):
            break
        if (drops is not None and drops(text)) or k.is_ui_line(text):
            continue
        short = len(text) <= 400  # copyright, sign-off, byline and caption lines are all short
        if short and k.is_copyright(text):
            copyright = copyright or text
            if rules.end_at_copyright:
                break
            continue
        signoff = k.parse_signoff(text) if short else None
        if signoff is None and paragraphs and short:
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
        if lead and dateline is None and not reporters and len(paragraphs) <= _MAX_DECK and all(map(is_deck_line, paragraphs)):
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
        glued = k.split_glued_signoff(text)
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


def to_reporters(*groups: Iterable[k.Reporter]) -> tuple[Reporter, ...]:
    """Merge raw reporter tuples (see :func:`kornews.korean.merge_reporters`) into Reporter records."""
    merged = k.merge_reporters(*(list(g) for g in groups))
    return tuple(Reporter(name=r.name, role=r.role, email=r.email) for r in merged)


_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")


def ld_reporters(ld: dict[str, Any] | None) -> list[k.Reporter]:
    """Reporters from a JSON-LD ``author``: bylines parsed (``"홍길동 기자"``), bare Korean names kept;
    organisation names are ignored."""
    if not ld:
        return []
    authors = ld.get("author")
    items = authors if isinstance(authors, list) else [authors] if authors else []
    out: list[k.Reporter] = []
    for item in items:
        if isinstance(item, dict):
            if str(item.get("@type", "")).lower() == "organization":
                continue
            name = ld_text(item.get("name")) or ""
            email = item.get("email") if isinstance(item.get("email"), str) else None
        else:
            name, email = ld_text(item) or "", None
        parsed = k.parse_byline(name)
        if parsed:
            out.extend(parsed)
        elif _KOREAN_NAME.match(name):
            out.append(k.Reporter(name, None, email.lower() if email else None))
    return out


def _node_date(node: LexborNode) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    for attr in ("datetime", "data-date-time", "data-modify-date-time", "data-date", "content"):
        value = node.attributes.get(attr)
        if value:
            parsed = k.parse_date(value)
            if parsed is not None:
                return parsed, None
    return k.parse_labelled_dates(k.clean_ws(node.text(separator=" ")))


class Extractor:
    """Base of every extractor.  Subclasses declare class attributes (see the module docstring)."""

    id: ClassVar[str] = ""
    """Stable identifier, lower-case ASCII (``"newspim"``)."""
    name: ClassVar[str] = ""
    """The press's (or portal's) own name (``"뉴스핌"``)."""
    kind: ClassVar[str] = "outlet"
    """``"outlet"``, ``"portal"`` or ``"generic"``."""
    domains: ClassVar[tuple[str, ...]] = ()
    """Registered domains; subdomains count (``("newspim.com",)``)."""
    site_names: ClassVar[tuple[str, ...]] = ()
    """Names the outlet calls itself in ``og:site_name``, datelines, copyright lines (``("뉴스핌", "Newspim")``)."""
    article_urls: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Patterns of article URLs (searched from the start of the URL)."""
    listing_urls: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Patterns of listing/search URLs this extractor reads with :meth:`extract_listing`."""
    example_urls: ClassVar[tuple[str, ...]] = ()
    """Article URLs that this extractor, and no other, must claim (tested)."""
    non_article_urls: ClassVar[tuple[str, ...]] = ()
    """URLs of the same hosts that are not articles and must not be claimed (tested)."""
    text_markers: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Patterns that recognise the outlet in a page rendered as text."""
    rules: ClassVar[Rules] = Rules()
    """Text-level cleanup rules (see :class:`Rules`)."""
    priority: ClassVar[int] = 0
    """Tie-breaker when two extractors recognise a page equally (higher wins)."""

    # -- claiming ---------------------------------------------------------------------------
    @classmethod
    def claims(cls, url: str) -> bool:
        """True when ``url`` is an article URL of this extractor."""
        return any(rx.match(url) for rx in cls.article_urls)

    @classmethod
    def claims_listing(cls, url: str) -> bool:
        """True when ``url`` is a listing/search URL this extractor reads."""
        return any(rx.match(url) for rx in cls.listing_urls)

    @classmethod
    def recognise(cls, page: Page) -> int:
        """How surely ``page`` is this outlet's (0 = not at all): canonical/og:url host 10,
        ``og:site_name``/``twitter:site`` 6, the domain anywhere in the page 2."""
        if any(host_matches(h, cls.domains) for h in page.hosts):
            return 10
        meta = page.meta
        for key in ("og:site_name", "twitter:site", "og:article:author", "article:publisher", "author"):
            value = meta.get(key)
            if value and any(name and name.lower() in value.lower() for name in cls.site_names):
                return 6
        if any(d in page.html for d in cls.domains):
            return 2
        return 0

    @classmethod
    def recognise_text(cls, text: str) -> int:
        """How surely a rendered page is this outlet's: the number of ``text_markers`` found."""
        return sum(1 for rx in cls.text_markers if rx.search(text))

    # -- extraction -------------------------------------------------------------------------
    def extract(self, page: Page) -> Article:
        """Extract the article of ``page``; raises a :class:`~kornews.errors.KornewsError` subclass."""
        raise UnsupportedPage(f"{self.id} does not read HTML pages")

    def extract_listing(self, page: Page) -> Listing:
        """Extract the result items of a listing/search page."""
        raise UnsupportedPage(f"{self.id} has no listing reader")

    def extract_text(self, page: TextPage) -> Article | Listing:
        """Extract the article (or listing) of a page rendered as text.

        The default reads the text as the generic extractor does (headline before the date line,
        body from the dateline lead or the densest run of long lines) with this extractor's
        ``rules`` added to the generic ones, and reports the Article as this extractor's (layout
        ``"text"``).  Outlets whose rendered pages have a known shape override this.
        """
        from .generic import GenericExtractor

        reader = GenericExtractor()
        reader.rules = self.rules + GenericExtractor.rules  # type: ignore[misc]
        article = reader.extract_text(page)
        own = self.kind == "outlet"
        return attrs.evolve(
            article,
            extractor=self.id,
            outlet=self.id if own else article.outlet,
            publisher=self.name if own else article.publisher,
        )

    def text_article(
        self,
        page: TextPage,
        *,
        title: str,
        body: Body,
        published: k.ParsedDate | None = None,
        modified: k.ParsedDate | None = None,
        reporters: Iterable[k.Reporter] = (),
        **fields: Any,
    ) -> Article:
        """The Article of a text-mode reading: this extractor's identity, layout ``"text"``, the
        cleaned ``body`` (its deck, reporters, dateline, images, copyright) and the dates; ``reporters``
        found outside the body are merged after the body's; ``fields`` override anything else.
        Raises MissingField('body') when the body has no paragraph."""
        if not body.paragraphs:
            raise MissingField("body", outlet=self.id, url=page.url)
        own = self.kind == "outlet"
        values: dict[str, Any] = {
            "extractor": self.id,
            "outlet": self.id if own else None,
            "publisher": self.name if own else body.publisher,
            "layout": "text",
            "url": page.url,
            "title": title,
            "series": k.headline_series(title),
            "subtitles": body.subtitles,
            "reporters": to_reporters(body.reporters, reporters),
            "dateline": body.dateline,
            "published": published.value if published else None,
            "published_raw": published.raw if published else None,
            "modified": modified.value if modified else None,
            "modified_raw": modified.raw if modified else None,
            "body": body.paragraphs,
            "images": body.images,
            "copyright": body.copyright,
        }
        values.update(fields)
        return Article(**values)

    def clean(self, items: Iterable[Block], *, page: Page | None = None) -> Body:
        """This outlet's cleanup of reading-order blocks (also used by portals for their copies)."""
        return assemble(items, self.rules, page=page)


_TITLE_SUFFIX = re.compile(r"\s*(?:[|\-–—:]|::)\s*[^|\-–—]{1,20}$")


class HtmlExtractor(Extractor):
    """An extractor driven by :class:`Layout` declarations; override hooks only where needed."""

    layouts: ClassVar[tuple[Layout, ...]] = ()
    """Known templates, newest first."""
    drop: ClassVar[tuple[str, ...]] = ()
    """Selectors dropped from the body container in every layout."""

    def layout_for(self, page: Page) -> Layout | None:
        """The first layout whose ``match`` selector is present."""
        for layout in self.layouts:
            if any(page.tree.css_first(sel) is not None for sel in layout.match):
                return layout
        return None

    def not_an_article(self, page: Page) -> None:
        """Hook: raise :class:`NotAnArticle` for pages of the outlet that are not articles."""

    def title(self, page: Page, layout: Layout) -> str:
        """Headline: layout selectors, then JSON-LD ``headline``, then ``og:title`` without site suffix."""
        title = page.text(*layout.title) if layout.title else None
        if not title and page.article_ld:
            title = ld_text(page.article_ld.get("headline"))
        if not title:
            og = page.meta.get("og:title") or page.text("title")
            if og:
                title = self.strip_site_suffix(k.clean_ws(og))
        if not title:
            raise MissingField("title", outlet=self.id, url=page.url)
        return title

    def strip_site_suffix(self, title: str) -> str:
        """``"헤드라인 - 뉴스핌"`` -> ``"헤드라인"`` when the suffix names the outlet."""
        m = _TITLE_SUFFIX.search(title)
        if m and any(n in m.group(0) for n in self.site_names):
            return title[: m.start()].strip()
        return title

    def subtitles(self, page: Page, layout: Layout) -> list[str]:
        """Deck lines: each line (paragraph or ``<br>``-separated line) of the layout's subtitle nodes."""
        for sel in layout.subtitle:
            nodes = page.tree.css(sel)
            lines = [b.text for node in nodes for b in blocks(node, images=False)]
            if lines:
                return lines
        return []

    def dates(self, page: Page, layout: Layout) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """(published, modified): ``article:*_time`` meta and JSON-LD first, then layout date nodes."""
        meta, ld = page.meta, page.article_ld or {}
        published = k.parse_date(meta.get("article:published_time") or ld_text(ld.get("datePublished")))
        modified = k.parse_date(meta.get("article:modified_time") or ld_text(ld.get("dateModified")))
        for sel in layout.date:
            for node in page.tree.css(sel):
                p, m = _node_date(node)
                published = published or p
                modified = modified or m
        for sel in layout.modified:
            mod_node = page.tree.css_first(sel)
            if mod_node is not None and modified is None:
                p, m = _node_date(mod_node)
                modified = m or p
        return published, modified

    def section(self, page: Page, layout: Layout) -> str | None:
        """``article:section`` meta, JSON-LD ``articleSection``, then the layout's section selectors."""
        value = page.meta.get("article:section") or ld_text((page.article_ld or {}).get("articleSection"))
        return value or (page.text(*layout.section) if layout.section else None)

    def tags(self, page: Page, layout: Layout) -> list[str]:
        """``article:tag`` metas, JSON-LD ``keywords``, then the layout's tag selectors; deduplicated."""
        out: list[str] = []
        for node in page.tree.css('meta[property="article:tag"]'):
            out.extend(_split_tags(node.attributes.get("content")))
        keywords = (page.article_ld or {}).get("keywords")
        if isinstance(keywords, list):
            out.extend(k.clean_ws(str(x)) for x in keywords)
        elif isinstance(keywords, str):
            out.extend(_split_tags(keywords))
        for sel in layout.tags:
            out.extend(k.clean_ws(n.text(separator=" ")).lstrip("#") for n in page.tree.css(sel))
        return list(dict.fromkeys(t for t in out if t))

    def byline(self, page: Page, layout: Layout) -> list[k.Reporter]:
        """Reporters named in the layout's byline nodes (each node parsed, e-mails attached; a node holding
        only an e-mail, such as a ``mailto:`` link, gives a nameless reporter that :func:`to_reporters` merges)."""
        out: list[k.Reporter] = []
        for sel in layout.byline:
            for node in page.tree.css(sel):
                text = k.clean_ws(node.text(separator=" "))
                parsed = k.parse_byline(text)
                if not parsed and _KOREAN_NAME.match(text):
                    parsed = [k.Reporter(text, None, None)]
                emails = k.EMAIL_RE.findall(text)
                if parsed and emails and not parsed[-1].email:
                    parsed[-1] = parsed[-1]._replace(email=emails[-1].lower())
                elif not parsed and emails:  # a lone e-mail node (mailto link): merged by to_reporters
                    parsed = [k.Reporter("", None, e.lower()) for e in emails]
                out.extend(parsed)
        return out

    def body_node(self, page: Page, layout: Layout) -> LexborNode:
        """The layout's body container; raises MissingField('body') if absent."""
        node = page.first(*layout.body)
        if node is None:
            raise MissingField("body", outlet=self.id, url=page.url)
        return node

    def body(self, page: Page, layout: Layout) -> Body:
        """The cleaned body: drop selectors removed, blocks read, :meth:`clean` applied."""
        node = self.body_node(page, layout)
        drop = ", ".join(self.drop + layout.drop)
        if drop:
            for junk in node.css(drop):
                junk.decompose()
        drop_boxes(node, self.rules.boxes)
        figures = frozenset(n.mem_id for sel in layout.figures for n in node.css(sel))
        return self.clean(blocks(node, figures=figures, captions=layout.captions), page=page)

    def extract(self, page: Page) -> Article:
        """Extract with the first matching layout (see the module docstring for the order)."""
        self.not_an_article(page)
        layout = self.layout_for(page)
        if layout is None:
            raise NotAnArticle(f"no known {self.name or self.id} article layout on this page", outlet=self.id, url=page.url)
        title = self.title(page, layout)
        subtitles = self.subtitles(page, layout)
        published, modified = self.dates(page, layout)
        section = self.section(page, layout)
        tags = self.tags(page, layout)
        byline = self.byline(page, layout)
        body = self.body(page, layout)
        if not body.paragraphs:
            raise MissingField("body", outlet=self.id, url=page.url)
        article = Article(
            extractor=self.id,
            outlet=self.id if self.kind == "outlet" else None,
            publisher=self.name or None,
            layout=layout.name,
            url=page.url or page.absolute(page.canonical),
            canonical_url=page.absolute(page.canonical),
            title=title,
            series=k.headline_series(title),
            subtitles=tuple(subtitles) or body.subtitles,
            reporters=to_reporters(body.reporters, byline, ld_reporters(page.article_ld)),
            dateline=body.dateline,
            published=published.value if published else None,
            published_raw=published.raw if published else None,
            modified=modified.value if modified else None,
            modified_raw=modified.raw if modified else None,
            body=body.paragraphs,
            images=body.images,
            section=section,
            tags=tuple(tags),
            copyright=body.copyright,
        )
        return self.finish(article, page, layout)

    def finish(self, article: Article, page: Page, layout: Layout) -> Article:
        """Hook: last outlet-specific touches (return ``attrs.evolve(article, …)``)."""
        return article


def _split_tags(value: str | None) -> list[str]:
    if not value:
        return []
    return [k.clean_ws(t) for t in re.split(r"[,#]", value) if k.clean_ws(t)]



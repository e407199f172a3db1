"""The extractor base classes: what an outlet module declares, and the shared machinery behind it.

An outlet module subclasses :class:`HtmlExtractor` and declares, as class attributes:

* ``id``, ``name`` (the press's Korean name), ``domains``, ``site_names``;
* ``article_urls`` (compiled patterns), ``example_urls`` it must claim and ``non_article_urls`` of the
  same hosts it must not claim;
* ``layouts``: one :class:`~kornews.spec.Layout` per known template (newest first) with the CSS
  selectors of each field and of the nodes to remove from its body (``Layout.remove``);
* ``remove``: CSS selectors of nodes removed from the body container in every layout;
* ``rules``: the outlet's text-level :class:`~kornews.spec.Rules` (lines that end the article, lines
  to skip), applied to its HTML, to its pages rendered as text, and to copies of its articles on portals;
* ``text_markers``: patterns that recognise the outlet in rendered text.

Field resolution (``HtmlExtractor.extract``): title from the layout's selectors, else JSON-LD
``headline``, else ``og:title``; dates from ``article:published_time``/JSON-LD first, else the
layout's date nodes; body from the layout's body container, cleaned by
:func:`kornews.cleanup.assemble`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import korean as k
from . import lazyre
from .article import Article, Listing, Reporter
from .boilerplate import GENERIC_RULES
from .cleanup import Body, assemble
from .content import (
    _BYLINE_META,
    _DATE_META,
    _MIN_BODY_HANGUL,
    _MODIFIED_META,
    _OFFSET,
    CAPTION_SELECTORS,
    _after_removals,
    _after_subtree,
    _bare,
    _BodyResult,
    _collect,
    _deck,
    _first_date,
    _hangul,
    _is_byline_block,
    _norm,
    _photo_boxes,
    _prune,
    _reading_blocks,
    _removals,
    _split,
    _Stats,
    densest_container,
    drop_link_lines,
    strip_boilerplate,
)
from .dom import Block, blocks
from .embedded import EmbeddedArticle, find_article
from .errors import ExtractionError, MissingField, NotAnArticle, UnknownLayout, UnsupportedPage
from .page import Page, host_matches, ld_text
from .spec import Layout, Rules, TextLayout

if TYPE_CHECKING:  # the generic reader's and text mode's modules load on first use, not with kornews
    from .fields import Headline
    from .text import TextPage

MIN_BODY_HANGUL = _MIN_BODY_HANGUL
"""Hangul syllables a body needs to count as article text (below it, the layer below is tried)."""


def to_reporters(*groups: Iterable[k.RawReporter]) -> tuple[Reporter, ...]:
    """Merge raw reporter tuples (see :func:`kornews.korean.merge_reporters`) into Reporter records."""
    merged = k.merge_reporters(*(list(g) for g in groups))
    return tuple(Reporter(name=r.name, role=r.role, email=r.email) for r in merged)


_KOREAN_NAME = lazyre.compile(r"^[가-힣]{2,4}$")


def ld_reporters(ld: dict[str, Any] | None) -> list[k.RawReporter]:
    """Reporters from a JSON-LD ``author``: bylines parsed (``"홍길동 기자"``), bare Korean names kept;
    organisations (``@type`` Organization, or a name such as ``연합뉴스``: :func:`kornews.korean.is_organisation`)
    are ignored."""
    if not ld:
        return []
    authors = ld.get("author")
    items = authors if isinstance(authors, list) else [authors] if authors else []
    out: list[k.RawReporter] = []
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
        elif _KOREAN_NAME.match(name) and not k.is_organisation(name):
            out.append(k.RawReporter(name, None, email.lower() if email else None))
    return out


def _node_reporters(node: LexborNode) -> list[k.RawReporter]:
    """The reporters a byline node names (see :meth:`HtmlExtractor.byline`)."""
    text = k.clean_ws(node.text(separator=" "))
    parsed = k.parse_byline(text)
    if not parsed and _KOREAN_NAME.match(text):
        parsed = [k.RawReporter(text, None, None)]
    emails = k.EMAIL_RE.findall(text)
    if parsed and emails and not parsed[-1].email:
        parsed[-1] = parsed[-1]._replace(email=emails[-1].lower())
    elif not parsed and emails:  # a lone e-mail node (mailto link): merged by to_reporters
        parsed = [k.RawReporter("", None, e.lower()) for e in emails]
    return parsed


_DATE_ATTRIBUTES = ("datetime", "data-date-time", "data-modify-date-time", "data-date", "content")


def _node_date(node: LexborNode) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    attributes = node.attributes  # a dict built per access: once
    for attr in _DATE_ATTRIBUTES:
        value = attributes.get(attr)
        if value:
            parsed = k.parse_date(value)
            if parsed is not None:
                return parsed, None
    return k.parse_labelled_dates(k.clean_ws(node.text(separator=" ")))


_NAME_META = ("og:site_name", "twitter:site", "og:article:author", "article:publisher", "author")
"""Meta keys naming the site, in the order :meth:`Extractor.recognise` asks them."""


@functools.lru_cache(maxsize=512)
def _lower_names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n.lower() for n in names if n)


def reading_values(
    title: str,
    body: Body,
    published: k.ParsedDate | None,
    modified: k.ParsedDate | None,
    deck: Sequence[str] = (),
) -> dict[str, Any]:
    """The Article fields every reading (HTML or text) derives alike from its headline, cleaned
    ``body`` and dates, as keyword arguments of :class:`~kornews.article.Article`: ``title``,
    ``series``, ``subtitles`` (``deck`` when read outside the body, else the body's), ``dateline``,
    ``published``/``modified`` with their ``_raw`` strings, ``body``, ``images``, ``copyright``."""
    return {
        "title": title,
        "series": k.headline_series(title),
        "subtitles": tuple(deck) or body.subtitles,
        "dateline": body.dateline,
        "published": published.value if published else None,
        "published_raw": published.raw if published else None,
        "modified": modified.value if modified else None,
        "modified_raw": modified.raw if modified else None,
        "body": body.paragraphs,
        "images": body.images,
        "copyright": body.copyright,
    }


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
    text_layout: ClassVar[TextLayout | None] = None
    """How the outlet's article page reads once rendered to text (see :class:`~kornews.spec.TextLayout`);
    None: the generic text reader, with this extractor's ``rules``."""
    """Text-level cleanup rules (see :class:`Rules`)."""
    priority: ClassVar[int] = 0
    """Tie-breaker when two extractors recognise a page equally (higher wins)."""
    article_ids: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Patterns finding the article's id in its URLs (searched in the URL, canonical URL and, for a
    portal copy, the original link); the named groups found are joined by ``/`` (Naver
    ``oid``/``aid`` -> ``"607/0000001728"``).  An outlet's id goes to ``Article.article_id``, a
    portal's to ``Article.portal_id`` (see :mod:`kornews.ids`)."""

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
        ``og:site_name``/``twitter:site`` 6, the domain anywhere in the page 2 (:meth:`Page.mentions`;
        an override should give scan-only evidence at most 2, see ``registry.for_page``)."""
        domains = cls.domains  # plain loops: asked of every extractor for a page without a URL
        for host in page.hosts:
            if host_matches(host, domains):
                return 10
        meta = page.meta
        names = _lower_names(tuple(cls.site_names))
        if names:
            for key in _NAME_META:
                value = meta.get(key)
                if value:
                    low = value.lower()
                    for name in names:
                        if name in low:
                            return 6
        for domain in domains:
            if page.mentions(domain):
                return 2
        return 0

    def fits(self, page: Page) -> bool:
        """True when one of this extractor's templates fits ``page`` (an extractor without layouts
        fits every page)."""
        return True

    @classmethod
    def recognise_text(cls, text: str) -> int:
        """How surely a rendered page is this outlet's: the number of ``text_markers`` found."""
        return sum(1 for rx in cls.text_markers if rx.search(text))

    # -- extraction -------------------------------------------------------------------------
    def extract(self, page: Page, *, strict: bool = False) -> Article:
        """Extract the article of ``page``; raises a :class:`~kornews.errors.KornewsError` subclass.
        ``strict``: raise :class:`~kornews.errors.UnknownLayout` on a page of an unknown template
        instead of reading it with the content layer."""
        raise UnsupportedPage(f"{self.id} does not read HTML pages")

    def extract_listing(self, page: Page) -> Listing:
        """Extract the result items of a listing/search page."""
        raise UnsupportedPage(f"{self.id} has no listing reader")

    def extract_text(self, page: TextPage) -> Article | Listing:
        """Extract the article (or listing) of a page rendered as text.

        With a :attr:`text_layout`, the shared layout reader (:func:`kornews.text.read_layout`)
        finds the headline, deck, dates and article lines, cleaned by :meth:`clean` (text without a
        date line, for a layout with ``no_date="generic"``, is read as below).  Without one, the
        text is read as the generic extractor does (headline before the date line, body from the
        dateline lead or the densest run of long lines) with this extractor's ``rules`` added to
        the generic ones.  Either way the Article is this extractor's (layout ``"text"``).
        """
        layout = self.text_layout
        from .generic_text import read_generic
        from .text import date_line, read_layout

        if layout is not None and (layout.no_date != "generic" or date_line(page, layout) >= 0):
            found = read_layout(page, layout, self.rules, who=self.id)
            body = self.clean(found.blocks)
            extra: dict[str, Any] = {}
            if found.press and found.press not in self.site_names:
                extra["publisher"] = found.press
            if found.place and not body.dateline:
                extra["dateline"] = found.place
            if found.copyright and not body.copyright:
                extra["copyright"] = found.copyright
            return self.text_article(
                page, found.title, body, found.published, found.modified, reporters=found.reporters, deck=found.deck,
                **extra,
            )
        found_g = read_generic(page, self.rules + GENERIC_RULES, who=self.id)
        return self.text_article(
            page, found_g.title, found_g.body, found_g.published, found_g.modified, reporters=found_g.reporters,
            deck=found_g.deck,
        )

    def text_article(
        self,
        page: TextPage,
        title: str,
        body: Body,
        published: k.ParsedDate | None = None,
        modified: k.ParsedDate | None = None,
        *,
        reporters: Iterable[k.RawReporter] = (),
        deck: Sequence[str] = (),
        **fields: Any,
    ) -> Article:
        """The Article of a text-mode reading: this extractor's identity, layout ``"text"``, the
        cleaned ``body`` (its deck, reporters, dateline, images, copyright) and the dates; ``reporters``
        found outside the body are merged after the body's; a ``deck`` read outside the body replaces
        the body's; ``fields`` override anything else.
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
            "reporters": to_reporters(body.reporters, reporters),
            **reading_values(title, body, published, modified, deck),
        }
        values.update(fields)
        return Article(**values)

    def clean(self, items: Iterable[Block], *, page: Page | None = None) -> Body:
        """This outlet's cleanup of reading-order blocks (also used by portals for their copies)."""
        return assemble(items, self.rules, page=page)


def _within(outer: str, inner: str) -> bool:
    """True when every node the selector ``inner`` matches is a node ``outer`` matches or lies inside
    one: ``inner`` is ``outer`` with more conditions on the same element (``[…]``, ``.…``, ``#…``) or
    followed by a descendant or child combinator (not a sibling one); neither is a selector list."""
    if "," in outer or "," in inner or not inner.startswith(outer) or len(inner) == len(outer):
        return False
    rest = inner[len(outer) :]
    if rest[0] in "[.#>":
        return True
    return rest[0] == " " and rest.lstrip(" ")[:1] not in ("", "~", "+")


_CLEANED = ("cleaned",)
"""``Page.memo`` key set once a body container is about to be cleaned (nodes found before may be gone)."""

_TITLE_SUFFIX = lazyre.compile(r"\s*(?:[|\-–—:]|::)\s*[^|\-–—]{1,20}$")


class HtmlExtractor(Extractor):
    """An extractor driven by :class:`Layout` declarations; override hooks only where needed."""

    layouts: ClassVar[tuple[Layout, ...]] = ()
    """Known templates, newest first."""
    remove: ClassVar[tuple[str, ...]] = ()
    """Selectors of nodes removed from the body container in every layout (see also ``Layout.remove``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "drop" in vars(cls):  # the attribute's name before 0.1: silently ignored would be worse
            raise TypeError(
                f"{cls.__name__}.drop is now {cls.__name__}.remove (CSS selectors; text patterns: Rules.skip)"
            )

    def fits(self, page: Page) -> bool:
        """True when a layout matches ``page`` (or the extractor has no layouts)."""
        return not self.layouts or self.layout_for(page) is not None

    def layout_for(self, page: Page) -> Layout | None:
        """The first layout whose ``match`` selector is present.  Asked once per page and extractor
        (:meth:`fits` in ``choose``, then the extraction): the answer is memoised on the page
        (``Page.memo``), as the tree stood when first asked."""
        key = ("layout", self)
        memo = page.memo
        if key in memo:
            found: Layout | None = memo[key]
            return found
        found = None
        for layout in self.layouts:
            for sel in layout.match:
                node = page.tree.css_first(sel)
                if node is not None:
                    found = layout
                    memo[("match", self)] = (layout, sel, node)  # the body query is often the same one
                    break
            if found is not None:
                break
        memo[key] = found
        return found

    def matched_node(self, page: Page, selector: str) -> LexborNode | None:
        """The first node of ``selector`` in the page, found without a whole-document query when
        :meth:`layout_for` found the layout by a selector ``M`` (its first node ``D``, by ``css_first``)
        and no body has been cleaned since (:meth:`body_node`): ``D`` itself when ``selector`` is ``M``;
        the first match inside ``D`` (``D`` included) when every node ``selector`` matches is an ``M``
        node or inside one (:func:`_within`), since every ``M`` node comes at or after ``D``.  None when
        that is not known (ask the tree)."""
        memo = page.memo
        hit = memo.get(("match", self))
        if hit is None or _CLEANED in memo:
            return None
        node: LexborNode | None = hit[2]
        if hit[1] == selector:
            return node
        if node is not None and _within(hit[1], selector):
            return node.css_first(selector)
        return None

    def not_an_article(self, page: Page) -> None:
        """Hook: raise :class:`NotAnArticle` for pages of the outlet that are not articles."""

    def title(self, page: Page, layout: Layout) -> str:
        """Headline: layout selectors, then JSON-LD ``headline``, then ``og:title`` without site suffix."""
        title = None
        if layout.title:
            node = self.matched_node(page, layout.title[0])  # the headline is often the match selector
            if node is not None:
                title = k.clean_ws(node.text(separator=" ")) or None
            if title is None:
                title = page.text(*layout.title)
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
        seen: set[int] = set()  # a node a later selector matches again (``#send-time`` after ``time#send-time``)
        for sel in layout.date:  # no query once both are known: a later node could change neither
            if published is not None and modified is not None:
                break
            for node in page.tree.css(sel):
                mid = node.mem_id
                if mid in seen:
                    continue  # its dates were taken already: taking them again changes nothing
                seen.add(mid)
                p, m = _node_date(node)
                published = published or p
                modified = modified or m
                if published is not None and modified is not None:
                    break
        for sel in layout.modified:
            if modified is not None:
                break
            mod_node = page.tree.css_first(sel)
            if mod_node is not None:
                p, m = _node_date(mod_node)
                modified = m or p
        return published, modified

    def section(self, page: Page, layout: Layout) -> str | None:
        """``article:section`` meta, JSON-LD ``articleSection``, then the layout's section selectors."""
        value = page.meta.get("article:section") or ld_text((page.article_ld or {}).get("articleSection"))
        return value or (page.text(*layout.section) if layout.section else None)

    def tags(self, page: Page, layout: Layout) -> list[str]:
        """``article:tag`` metas, JSON-LD ``keywords``, then the layout's tag selectors; deduplicated."""
        out = _meta_tags(page)
        for sel in layout.tags:
            out.extend(k.clean_ws(n.text(separator=" ")).lstrip("#") for n in page.tree.css(sel))
        return list(dict.fromkeys(t for t in out if t))

    def page_article(
        self,
        page: Page,
        layout: Layout,
        title: str,
        body: Body,
        published: k.ParsedDate | None,
        modified: k.ParsedDate | None,
        /,
        *,
        deck: Sequence[str] = (),
        **fields: Any,
    ) -> Article:
        """The Article of an HTML reading with ``layout``: this extractor's identity, the layout's name,
        the page's URL and canonical URL, the headline, the cleaned ``body`` (its deck unless ``deck``
        is given, dateline, images, copyright), the dates, and the layout's section and tags unless
        ``fields`` give them; ``fields`` (``reporters``, anything a reading finds otherwise) override
        the rest. Raises MissingField('body') when the body has no paragraph."""
        if not body.paragraphs:
            raise MissingField("body", outlet=self.id, url=page.url)
        canonical = page.absolute(page.canonical)
        values: dict[str, Any] = {
            "extractor": self.id,
            "outlet": self.id if self.kind == "outlet" else None,
            "publisher": self.name or None,
            "layout": layout.name,
            "url": page.url or canonical,
            "canonical_url": canonical,
            **reading_values(title, body, published, modified, deck),
        }
        if "section" not in fields:
            values["section"] = self.section(page, layout)
        if "tags" not in fields:
            values["tags"] = tuple(self.tags(page, layout))
        values.update(fields)
        _fill_ids(values)  # the ids ``kornews.extract`` fills in, found before the record is built
        return Article(**values)

    def byline(self, page: Page, layout: Layout) -> list[k.RawReporter]:
        """Reporters named in the layout's byline nodes (each node parsed, e-mails attached; a node holding
        only an e-mail, such as a ``mailto:`` link, gives a nameless reporter that :func:`to_reporters` merges)."""
        out: list[k.RawReporter] = []
        done: dict[int, list[k.RawReporter]] = {}  # a node two selectors match (``dl.author`` in ``div… dl.author``)
        for sel in layout.byline:
            for node in page.tree.css(sel):
                mid = node.mem_id
                parsed = done.get(mid)
                if parsed is None:
                    parsed = done[mid] = _node_reporters(node)
                out.extend(parsed)
        return out

    def body_node(self, page: Page, layout: Layout) -> LexborNode:
        """The layout's body container; raises MissingField('body') if absent.  When the layout's first
        body selector is the one that matched the page (:meth:`layout_for`), the node it found is it
        (asked before the body is cleaned: the tree is as it was); when it names nodes inside the
        matched one (``div.article_view section`` under ``div.article_view``), it is looked for there
        first (:meth:`matched_node`)."""
        hit = page.memo.get(("match", self))
        if hit is not None and hit[0] is layout and layout.body:
            found = hit[2] if layout.body[0] == hit[1] else self.matched_node(page, layout.body[0])
            if found is not None:
                page.memo[_CLEANED] = True  # the caller cleans the body: nodes found before may be gone
                return found
        page.memo[_CLEANED] = True
        node = page.first(*layout.body)
        if node is None:
            raise MissingField("body", outlet=self.id, url=page.url)
        return node

    def body(self, page: Page, layout: Layout) -> Body:
        """The cleaned body: ``remove`` selectors removed, blocks read, :meth:`clean` applied."""
        node = self.body_node(page, layout)
        removed = ", ".join(self.remove + layout.remove)
        if removed:
            for junk in node.css(removed):
                junk.decompose()
        strip_boilerplate(node, self.box_headings(), self.rules.stop)
        figures = frozenset(n.mem_id for sel in layout.figures for n in node.css(sel))
        return self.clean(blocks(node, figures=figures, captions=layout.captions), page=page)

    def box_headings(self) -> tuple[re.Pattern[str], ...]:
        """Headings of the boxes removed from a body container: this extractor's ``rules.boxes``,
        then the shared ones (:data:`kornews.boilerplate.GENERIC_RULES`)."""
        if self.rules is GENERIC_RULES:
            return self.rules.boxes
        return self.rules.boxes + GENERIC_RULES.boxes

    # -- the layers ---------------------------------------------------------------------------
    def extract(self, page: Page, *, strict: bool = False) -> Article:
        """Extract ``page``: with the first matching layout (:meth:`extract_layout`); when no layout
        matches, or the matched one finds no plausible article text (title or body missing, fewer
        than 30 Hangul syllables of body), with the content layer (:meth:`extract_fallback`), which
        keeps this extractor's identity and says ``layout="fallback"``.  ``strict=True`` raises
        :class:`~kornews.errors.UnknownLayout` instead of falling back.  When the fallback finds no
        article either, the layout's own error (or article) stands."""
        self.not_an_article(page)
        first: Article | ExtractionError
        try:
            first = self.extract_layout(page)
            if _hangul_at_least(first.body, MIN_BODY_HANGUL):
                return first
            reason = f"the {first.layout!r} layout found too little article text"
        except UnknownLayout as exc:
            first, reason = exc, exc.reason
        except MissingField as exc:
            first, reason = exc, f"the matched layout found no {exc.field}"
        if strict and self.layouts:
            raise UnknownLayout(reason, outlet=self.id, url=page.url)
        try:
            return self.extract_fallback(page)
        except (NotAnArticle, MissingField):
            if isinstance(first, Article):
                return first
            if isinstance(first, UnknownLayout):
                raise
            raise first from None

    def extract_layout(self, page: Page) -> Article:
        """Extract with the first matching layout (see the module docstring for the order); raises
        :class:`~kornews.errors.UnknownLayout` when no layout matches, MissingField when the layout's
        title or body is absent."""
        layout = self.layout_for(page)
        if layout is None:
            raise UnknownLayout(
                f"no known {self.name or self.id} article layout on this page", outlet=self.id, url=page.url
            )
        title = self.title(page, layout)
        subtitles = self.subtitles(page, layout)
        published, modified = self.dates(page, layout)
        if published is None and page.tree.body is not None:  # the layout's date nodes moved: the content layer's dates
            published, found_modified = self.content_dates(page, None)
            modified = modified or found_modified
        byline = self.byline(page, layout)
        body = self.body(page, layout)
        reporters = to_reporters(body.reporters, byline, ld_reporters(page.article_ld))
        article = self.page_article(page, layout, title, body, published, modified, deck=subtitles, reporters=reporters)
        return self.finish(article, page, layout)

    def finish(self, article: Article, page: Page, layout: Layout) -> Article:
        """Hook: last outlet-specific touches (return ``attrs.evolve(article, …)``)."""
        return article

    # -- the content layer ----------------------------------------------------------------------
    def fallback_layout(self) -> Layout:
        """The union of every layout's field selectors (title, deck, byline, dates, section, tags,
        figures, captions, remove), newest layout first: what the content layer tries before its own
        heuristics.  ``name`` is ``"fallback"``, ``match`` and ``body`` are empty."""
        return _union_layout(self.layouts, self.remove)

    def fallback_name(self, evidence: str) -> str | None:
        """``Article.layout`` of a content-layer reading (``evidence``: ``density``, ``json-ld``,
        ``fusion``, ``next-flight`` …): ``"fallback"`` for an extractor with layouts."""
        return "fallback"

    def fallback_rules(self) -> Rules:
        """Rules of a content-layer reading: this extractor's ``rules`` on top of the shared ones."""
        return self.rules if self.rules is GENERIC_RULES else self.rules + GENERIC_RULES

    def outlet_of(self, page: Page | None, publisher: str | None) -> str | None:
        """``Article.outlet`` of a content-layer reading: this extractor's id for an outlet."""
        return self.id if self.kind == "outlet" else None

    def fallback_publisher(self, page: Page, body: Body) -> str | None:
        """``Article.publisher`` of a content-layer reading: the outlet's name; else the page's site name."""
        if self.kind == "outlet" and self.name:
            return self.name
        return self.site_name(page) or body.publisher

    def extract_fallback(self, page: Page) -> Article:
        """Read ``page`` with the content layer and this extractor's knowledge on top: the union of its
        layouts' selectors first for title, deck, dates and byline; structured data (JSON-LD, meta,
        embedded JSON); the body found by :func:`kornews.content.densest_container` (or JSON-LD
        ``articleBody``, or the embedded article), cleaned of the ``remove`` selectors of every layout, then
        of chrome, link lists and boxes, and read by the shared cleanup with :meth:`fallback_rules`.
        Raises NotAnArticle when the page has no headline or no article text."""
        union = self.fallback_layout()
        emb = find_article(page)
        headline = self.fallback_headline(page, union, emb)
        subtitles_sel = self.subtitles(page, union) if union.subtitle else []
        byline_sel = self.byline(page, union) if union.byline else []
        read = self.read_body(page, emb)
        return self.content_article(page, union, emb, headline, subtitles_sel, byline_sel, read)

    def read_body(self, page: Page, emb: EmbeddedArticle | None) -> _BodyResult:
        """The content layer's body of ``page`` with this extractor's :meth:`fallback_rules` and the
        ``remove`` selectors of every layout (:meth:`content_body`); ``evidence`` says what it was
        read from (``json-ld``, ``density``, an embedded-JSON source)."""
        rules = self.fallback_rules()
        remove = self.fallback_layout().remove
        return self.content_body(page, emb, rules, lambda items: assemble(items, rules, page=page), remove)

    def fallback_headline(self, page: Page, union: Layout, emb: EmbeddedArticle | None) -> Headline:
        """The layouts' title selectors (through :meth:`title`), else :meth:`content_headline`."""
        from .fields import Headline

        if union.title:
            node = page.first(*union.title)
            if node is not None and k.clean_ws(node.text(separator=" ")):
                return Headline(self.title(page, union), node)
        return self.content_headline(page, emb)

    def content_article(
        self,
        page: Page,
        union: Layout,
        emb: EmbeddedArticle | None,
        headline: Headline,
        subtitles_sel: list[str],
        byline_sel: list[k.RawReporter],
        read: _BodyResult,
        **fields: Any,
    ) -> Article:
        """The Article of a content-layer reading (``fields`` override anything)."""
        body, deck, line_reporters, evidence, st, container = read
        title = headline.text
        if body.paragraphs and _norm(body.paragraphs[0]) == _norm(title):
            body = attrs.evolve(body, paragraphs=body.paragraphs[1:])  # the headline read as a paragraph
        if not body.paragraphs or not _hangul_at_least(body.paragraphs, MIN_BODY_HANGUL):
            raise NotAnArticle("no article body paragraphs on this page", outlet=self.id, url=page.url)
        published = modified = None
        if self.layouts:
            published, modified = self.dates(page, union)
        if published is None or modified is None:
            p, m = self.content_dates(page, emb, headline.node, container)
            published, modified = published or p, modified or m
        ld = page.article_ld
        emb_reporters = [r for name in (emb.authors if emb else ()) for r in (k.parse_byline(name) or _bare(name))]
        publisher = self.fallback_publisher(page, body)
        subtitles = tuple(subtitles_sel) or tuple(deck) or body.subtitles
        if not subtitles and emb is not None and emb.subtitle:
            deck_node = LexborHTMLParser(emb.subtitle).body
            if deck_node is not None:
                subtitles = tuple(b.text for b in blocks(deck_node, images=False))
        tags = self.content_tags(page)
        if self.layouts:
            tags = tuple(dict.fromkeys(tags + tuple(self.tags(page, union))))
        reporters = to_reporters(
            body.reporters,
            line_reporters,
            byline_sel,
            self.content_bylines(page, st, container),
            ld_reporters(ld),
            emb_reporters,
        )
        values: dict[str, Any] = {
            "outlet": self.outlet_of(page, publisher),
            "publisher": publisher,
            "layout": self.fallback_name(evidence),
            "reporters": reporters,
            "section": self.section(page, union),
            "tags": tags,
            **fields,
        }
        article = self.page_article(page, union, title, body, published, modified, deck=subtitles, **values)
        return self.finish(article, page, union)

    # -- content-layer fields ---------------------------------------------------------------------
    def site_name(self, page: Page) -> str | None:
        """``og:site_name``, else JSON-LD ``publisher.name``, else ``application-name``."""
        ld = page.article_ld or {}
        return page.meta.get("og:site_name") or ld_text(ld.get("publisher")) or page.meta.get("application-name")

    def content_title(self, page: Page, emb: EmbeddedArticle | None) -> str:
        """The headline text (see :meth:`content_headline`)."""
        return self.content_headline(page, emb).text

    def content_headline(self, page: Page, emb: EmbeddedArticle | None) -> Headline:
        """Headline and the element it was read from: the page's headline element whose text is a
        structured title (JSON-LD, embedded JSON, ``og:title``/``twitter:title``/``<title>``) without
        the site decoration, else that structured title without decoration, else the first ``h1``
        (:func:`kornews.fields.find_headline`; the decoration is learned from the page's own site names)."""
        from .fields import find_headline, site_names

        ld = page.article_ld or {}
        structured = [
            ld_text(ld.get("headline")),
            emb.title if emb else None,
            page.meta.get("og:title"),
            page.meta.get("twitter:title"),
            page.text("title"),
        ]
        found = find_headline(page, structured, site_names(page))
        if found is None or not found.text:
            raise NotAnArticle("no headline on this page", outlet=self.id, url=page.url)
        return found

    def content_dates(
        self,
        page: Page,
        emb: EmbeddedArticle | None,
        headline: LexborNode | None = None,
        container: LexborNode | None = None,
    ) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """(published, modified): meta, JSON-LD, embedded JSON, ``<time datetime>``, reconciled with the
        dates the page prints near the ``headline`` element, the body ``container`` or a byline
        (:func:`kornews.fields.visible_dates`, :func:`kornews.fields.reconcile`: a visible time completes
        a structured day, a labelled ``수정`` date fills a missing modified date)."""
        meta, ld = page.meta, page.article_ld or {}
        published = _first_date(
            [meta.get("article:published_time"), ld_text(ld.get("datePublished")), emb.published if emb else None]
            + [meta.get(key) for key in _DATE_META[1:]]
        )
        modified = _first_date(
            [meta.get("article:modified_time"), ld_text(ld.get("dateModified")), emb.modified if emb else None]
            + [meta.get(key) for key in _MODIFIED_META[1:]]
        )
        if published is None:
            for sel, attr in (("[data-date-time]", "data-date-time"), ("time[datetime]", "datetime")):
                node = page.tree.css_first(sel)
                if node is not None and published is None:
                    published = k.parse_date(node.attributes.get(attr))
        precise = published is not None and isinstance(published.value, datetime) and _OFFSET.search(published.raw)
        root = page.tree.body
        if root is not None and not (precise and modified is not None):
            from .fields import reconcile, visible_dates

            seen_published, seen_modified = visible_dates(root, headline, container)
            published = reconcile(published, seen_published)
            modified = reconcile(modified, seen_modified)
        return published, modified

    def content_bylines(
        self, page: Page, st: _Stats | None = None, container: LexborNode | None = None
    ) -> list[k.RawReporter]:
        """Reporters named in byline-like nodes, byline meta tags, and short byline-only blocks (a name,
        a role, maybe a place, e-mail or date) among the 40 blocks before the article container, else
        among the 8 after it."""
        out: list[k.RawReporter] = []
        if st is not None and container is not None and container.mem_id in st.nodes:
            idx = st.order.index(container.mem_id)
            out.extend(_byline_block(st, reversed(st.order[:idx]), 40))
            if not out:  # a reporter card right after the article (``<strong>박수형 기자</strong>``)
                out.extend(_byline_block(st, st.order[_after_subtree(st, container) :], 8))
        from .fields import byline_nodes

        for node in byline_nodes(page):  # the first 12 of each byline selector, selector by selector
            text = k.clean_ws(node.text(separator=" "))
            if not text or len(text) > 100:
                continue
            found = k.parse_byline(text)
            emails = k.EMAIL_RE.findall(text)
            if len(found) == 1 and emails and not found[0].email:
                found = [found[0]._replace(email=emails[-1].lower())]
            out.extend(found)
        for key in _BYLINE_META:
            out.extend(k.parse_byline(page.meta.get(key)))
        return out

    def content_tags(self, page: Page) -> tuple[str, ...]:
        """``article:tag`` metas, JSON-LD ``keywords``, ``news_keywords``; deduplicated, in that order."""
        out = _meta_tags(page)
        out.extend(_split(page.meta.get("news_keywords")))
        return tuple(dict.fromkeys(t for t in out if t))

    def content_body(
        self,
        page: Page,
        emb: EmbeddedArticle | None,
        rules: Rules,
        clean: Callable[[list[Block]], Body],
        remove: tuple[str, ...] = (),
    ) -> _BodyResult:
        """The cleaned body, its deck lines, byline-line reporters, the evidence used, density stats:
        JSON-LD ``articleBody`` with line breaks, else the embedded article, else the densest
        container (``remove`` selectors and chrome removed inside it), else a flat ``articleBody``.
        ``rules`` give the box headings, ``clean`` assembles the blocks."""
        page.memo[_CLEANED] = True  # a container of the page may be cleaned below
        ld_body = ld_text((page.article_ld or {}).get("articleBody")) if page.article_ld else None
        raw_ld = (page.article_ld or {}).get("articleBody")
        if isinstance(raw_ld, str) and raw_ld.count("\n") >= 1 and _hangul(raw_ld) >= _MIN_BODY_HANGUL:
            lines = [k.clean_ws(x) for x in raw_ld.splitlines() if k.clean_ws(x)]
            from .text import line_blocks

            items, reporters = _reading_blocks(line_blocks(lines))
            return _BodyResult(clean(items), [], reporters, "json-ld")
        if emb is not None:
            fragment = LexborHTMLParser(emb.html).body
            if fragment is not None:
                deck, items, reporters = self.content_read(fragment, _collect(fragment), rules, remove)
                body = clean(items)
                if body.paragraphs:
                    return _BodyResult(body, deck, reporters, emb.source)
        root = page.tree.body or page.tree.root
        if root is None:
            raise NotAnArticle("empty page", outlet=self.id, url=page.url)
        container, st = densest_container(root)
        if container is None:
            if ld_body and _hangul(ld_body) >= _MIN_BODY_HANGUL:
                items, reporters = _reading_blocks([Block("text", ld_body)])
                return _BodyResult(clean(items), [], reporters, "json-ld", st)
            raise NotAnArticle("no Korean paragraph text on this page", outlet=self.id, url=page.url)
        deck, items, reporters = self.content_read(container, st, rules, remove)
        body = clean(items)
        if ld_body and _hangul(ld_body) > 2 * sum(_hangul(p) for p in body.paragraphs):
            items, reporters = _reading_blocks([Block("text", ld_body)])
            return _BodyResult(clean(items), [], reporters, "json-ld", st)
        return _BodyResult(body, deck, reporters, "density", st, container)

    def content_read(
        self, container: LexborNode, st: _Stats, rules: Rules, remove: tuple[str, ...] = ()
    ) -> tuple[list[str], list[Block], list[k.RawReporter]]:
        """Clean the container (chrome, link lists, boilerplate boxes), take its deck, read its blocks
        (photo boxes as figures) and pull out byline-only lines; ``remove`` selectors go first."""
        removed = []
        if remove:
            hits = container.css(", ".join(remove))
            removed.append(_removals(st, hits, container.mem_id))
            for junk in hits:
                junk.decompose()
        removed.append(_prune(container, st, rules.boxes))
        strip_boilerplate(container, rules.boxes, rules.stop, counts=_after_removals(st, container, removed))
        drop_link_lines(container)
        deck = _deck(container)
        figures = _photo_boxes(container, st)
        items, reporters = _reading_blocks(blocks(container, figures=figures, captions=CAPTION_SELECTORS))
        return deck, items, reporters

    # -- extraction --------------------------------------------------------------------------


def _byline_block(st: _Stats, mids: Iterable[int], most: int) -> list[k.RawReporter]:
    """The reporters of the first short byline-only block among the first ``most`` text-bearing,
    non-chrome blocks of ``mids`` (node ids in the order to look), else none."""
    seen = 0
    for mid in mids:
        h = st.own_h.get(mid, 0)
        if not h or mid in st.chrome:
            continue
        seen += 1
        if seen > most:
            break
        if h <= 30 and st.sub_h.get(mid, 0) <= 80:  # more Hangul inside than a byline block's 80 characters
            found = _is_byline_block(k.clean_ws(st.nodes[mid].text(separator=" ")))
            if found:
                return found
    return []


def _meta_tags(page: Page) -> list[str]:
    """The tags of the ``article:tag`` metas, then of the JSON-LD ``keywords`` (a list, or a string
    split at ``,`` and ``#``), in that order, not yet deduplicated."""
    out: list[str] = []
    # ``page.meta`` keeps every ``article:tag`` meta with content (a dict built anyway): without one,
    # the metas hold no tag (blank contents split to nothing) and are not walked again
    if "article:tag" in page.meta:
        for content in page.meta_values("article:tag"):
            out.extend(_split(content))
    keywords = (page.article_ld or {}).get("keywords")
    if isinstance(keywords, list):
        out.extend(k.clean_ws(str(x)) for x in keywords)
    elif isinstance(keywords, str):
        out.extend(_split(keywords))
    return out




_FILL: list[Callable[[dict[str, Any]], None]] = []
""":func:`kornews.ids.fill_values`, once imported (see :func:`_fill_ids`)."""


def _fill_ids(values: dict[str, Any]) -> None:
    """:func:`kornews.ids.fill_values`: imported on the first call (ids -> registry -> extractor, so not at
    the top), then called directly (a ``from . import`` in a function costs microseconds per call)."""
    if not _FILL:
        from .ids import fill_values

        _FILL.append(fill_values)
    _FILL[0](values)


def _hangul_at_least(paragraphs: Iterable[str], enough: int) -> bool:
    """True when ``paragraphs`` hold at least ``enough`` Hangul syllables (counting stops there:
    the body's first paragraph usually settles it, whatever the article's length)."""
    total = 0
    for p in paragraphs:
        total += _hangul(p)
        if total >= enough:
            return True
    return total >= enough


@functools.cache
def _union_layout(layouts: tuple[Layout, ...], remove: tuple[str, ...]) -> Layout:
    """The union of ``layouts``' field selectors, and ``remove`` (see :meth:`HtmlExtractor.fallback_layout`)."""

    def merged(field: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(sel for layout in layouts for sel in getattr(layout, field)))

    return Layout(
        name="fallback",
        match=(),
        body=(),
        title=merged("title"),
        subtitle=merged("subtitle"),
        byline=merged("byline"),
        date=merged("date"),
        modified=merged("modified"),
        section=merged("section"),
        tags=merged("tags"),
        remove=tuple(dict.fromkeys(remove + merged("remove"))),
        figures=merged("figures"),
        captions=merged("captions") or ("figcaption",),
    )

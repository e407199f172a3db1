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
from collections.abc import Iterable
from typing import Any, ClassVar

from selectolax.lexbor import LexborNode

from . import korean as k
from .article import Article, Listing, Reporter
from .cleanup import Body, assemble, drop_boxes
from .dom import Block, blocks
from .errors import MissingField, NotAnArticle, UnsupportedPage
from .page import Page, host_matches, ld_text
from .spec import Layout, Rules, TextLayout
from .text import TextPage, line_blocks, read_layout


def to_reporters(*groups: Iterable[k.RawReporter]) -> tuple[Reporter, ...]:
    """Merge raw reporter tuples (see :func:`kornews.korean.merge_reporters`) into Reporter records."""
    merged = k.merge_reporters(*(list(g) for g in groups))
    return tuple(Reporter(name=r.name, role=r.role, email=r.email) for r in merged)


_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")


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


def _node_date(node: LexborNode) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    for attr in ("datetime", "data-date-time", "data-modify-date-time", "data-date", "content"):
        value = node.attributes.get(attr)
        if value:
            parsed = k.parse_date(value)
            if parsed is not None:
                return parsed, None
    return k.parse_labelled_dates(k.clean_ws(node.text(separator=" ")))


@functools.lru_cache(maxsize=512)
def _lower_names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n.lower() for n in names if n)


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
        if any(host_matches(h, cls.domains) for h in page.hosts):
            return 10
        meta = page.meta
        names = _lower_names(tuple(cls.site_names))
        for key in ("og:site_name", "twitter:site", "og:article:author", "article:publisher", "author"):
            value = meta.get(key)
            if value and names:
                low = value.lower()
                if any(name in low for name in names):
                    return 6
        if any(page.mentions(d) for d in cls.domains):
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

        With a :attr:`text_layout`, the shared layout reader (:func:`kornews.text.read_layout`)
        finds the headline, dates and article lines, cleaned by :meth:`clean`.  Without one, the
        text is read as the generic extractor does (headline before the date line, body from the
        dateline lead or the densest run of long lines) with this extractor's ``rules`` added to
        the generic ones.  Either way the Article is this extractor's (layout ``"text"``).
        """
        if self.text_layout is not None:
            found = read_layout(page, self.text_layout, self.rules, who=self.id)
            return self.text_article(
                page,
                title=found.title,
                body=self.clean(line_blocks(found.lines)),
                published=found.published,
                modified=found.modified,
                reporters=found.reporters,
            )
        from .boilerplate import GENERIC_RULES  # the content layer only when text is read (import time)
        from .content import read_text

        title, body, published, modified, line_reporters = read_text(page, self.rules + GENERIC_RULES, who=self.id)
        return self.text_article(
            page, title=title, body=body, published=published, modified=modified, reporters=line_reporters
        )

    def text_article(
        self,
        page: TextPage,
        *,
        title: str,
        body: Body,
        published: k.ParsedDate | None = None,
        modified: k.ParsedDate | None = None,
        reporters: Iterable[k.RawReporter] = (),
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
    remove: ClassVar[tuple[str, ...]] = ()
    """Selectors of nodes removed from the body container in every layout (see also ``Layout.remove``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "drop" in vars(cls):  # the attribute's name before 0.1: silently ignored would be worse
            raise TypeError(f"{cls.__name__}.drop is now {cls.__name__}.remove (CSS selectors; text patterns: Rules.skip)")

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
        for content in page.meta_values("article:tag"):
            out.extend(_split_tags(content))
        keywords = (page.article_ld or {}).get("keywords")
        if isinstance(keywords, list):
            out.extend(k.clean_ws(str(x)) for x in keywords)
        elif isinstance(keywords, str):
            out.extend(_split_tags(keywords))
        for sel in layout.tags:
            out.extend(k.clean_ws(n.text(separator=" ")).lstrip("#") for n in page.tree.css(sel))
        return list(dict.fromkeys(t for t in out if t))

    def byline(self, page: Page, layout: Layout) -> list[k.RawReporter]:
        """Reporters named in the layout's byline nodes (each node parsed, e-mails attached; a node holding
        only an e-mail, such as a ``mailto:`` link, gives a nameless reporter that :func:`to_reporters` merges)."""
        out: list[k.RawReporter] = []
        for sel in layout.byline:
            for node in page.tree.css(sel):
                text = k.clean_ws(node.text(separator=" "))
                parsed = k.parse_byline(text)
                if not parsed and _KOREAN_NAME.match(text):
                    parsed = [k.RawReporter(text, None, None)]
                emails = k.EMAIL_RE.findall(text)
                if parsed and emails and not parsed[-1].email:
                    parsed[-1] = parsed[-1]._replace(email=emails[-1].lower())
                elif not parsed and emails:  # a lone e-mail node (mailto link): merged by to_reporters
                    parsed = [k.RawReporter("", None, e.lower()) for e in emails]
                out.extend(parsed)
        return out

    def body_node(self, page: Page, layout: Layout) -> LexborNode:
        """The layout's body container; raises MissingField('body') if absent."""
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



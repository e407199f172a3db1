"""Any other Korean news page: structured data first, then content heuristics tuned to Korean news.

Evidence, in order (the first that gives a field wins):

1. JSON-LD ``NewsArticle``/``Article`` (headline, dates, authors, keywords, ``articleBody``);
2. application JSON that carries the article (:mod:`kornews.embedded`: Arc ``Fusion.globalContent``,
   Next.js flight data ``self.__next_f.push`` and ``__NEXT_DATA__``, other JSON blobs);
3. ``og:``/``article:`` meta tags;
4. content heuristics: the container with the most Korean paragraph text and the fewest links
   (one linear pass over the tree, see :func:`densest_container`), cleaned of boxes whose heading is
   a boilerplate marker (``관련기사``, ``많이 본 뉴스`` …), read by the shared Korean cleanup
   (:func:`kornews.cleanup.assemble`: datelines, bylines, sign-offs, captions, copyright).

The headline and the dates are read as a reader sees them (:mod:`kornews.fields`): the page's headline
element wins over structured titles when it is one of them without the site decoration (up to
punctuation: JSON-LD often drops quotation marks), and the dates printed near the headline, byline or
body complete or correct the structured ones.  Reporters come from the body (lead, sign-off, byline lines),
from byline-like nodes (``class`` containing ``byline``/``writer``/``reporter``/``author``) and from
JSON-LD, merged by name.  Pages without a title or without body paragraphs raise
:class:`~kornews.errors.NotAnArticle`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import ClassVar, NamedTuple

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import korean as k
from . import registry
from .article import Article
from .boilerplate import GENERIC_RULES
from .cleanup import Body, assemble, drop_boxes
from .content import (
    _MIN_BODY_HANGUL,
    CAPTION_SELECTORS,
    _collect,
    _deck,
    _hangul,
    _is_byline_block,
    _norm,
    _photo_boxes,
    _prune,
    _reading_blocks,
    _Stats,
    densest_container,
    drop_link_lines,
    read_text,
)
from .dom import Block, blocks
from .embedded import EmbeddedArticle, find_article
from .errors import NotAnArticle
from .extractor import Extractor, ld_reporters, to_reporters
from .fields import Headline, find_headline, reconcile, site_names, visible_dates
from .page import Page, host_matches, ld_text
from .spec import Rules
from .text import TextPage, line_blocks

_BYLINE_SELECTORS = (
    '[class*="byline"]',
    '[class*="writer"]',
    '[class*="reporter"]',
    '[class*="journalist"]',
    '[class*="author"]',
    '[rel="author"]',
    '[itemprop="author"]',
)
_BYLINE_META = ("author", "dable:author", "byl", "article:author", "og:article:author")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "og:regdate",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")
class _BodyResult(NamedTuple):
    body: Body
    deck: list[str]
    reporters: list[k.RawReporter]
    evidence: str
    stats: _Stats | None = None
    container: LexborNode | None = None


# -- the extractor ----------------------------------------------------------------------------


class GenericExtractor(Extractor):
    """Korean news pages of any outlet kornews has no extractor for (see the module docstring)."""

    id = "generic"
    name = "한국어 뉴스 (일반)"
    kind = "generic"
    rules: ClassVar[Rules] = GENERIC_RULES

    # -- fields ------------------------------------------------------------------------------
    def site_name(self, page: Page) -> str | None:
        """``og:site_name``, else JSON-LD ``publisher.name``, else ``application-name``."""
        ld = page.article_ld or {}
        return page.meta.get("og:site_name") or ld_text(ld.get("publisher")) or page.meta.get("application-name")

    def title(self, page: Page, emb: EmbeddedArticle | None) -> str:
        """The headline text (see :meth:`headline`)."""
        return self.headline(page, emb).text

    def headline(self, page: Page, emb: EmbeddedArticle | None) -> Headline:
        """Headline and the element it was read from: the page's headline element whose text is a
        structured title (JSON-LD, embedded JSON, ``og:title``/``twitter:title``/``<title>``) without
        the site decoration, else that structured title without decoration, else the first ``h1``
        (:func:`kornews.fields.find_headline`; the decoration is learned from the page's own site names)."""
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

    def dates(
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
            seen_published, seen_modified = visible_dates(root, headline, container)
            published = reconcile(published, seen_published)
            modified = reconcile(modified, seen_modified)
        return published, modified

    def byline_nodes(
        self, page: Page, st: _Stats | None = None, container: LexborNode | None = None
    ) -> list[k.RawReporter]:
        """Reporters named in byline-like nodes, byline meta tags, and short byline-only blocks (a name,
        a role, maybe a place, e-mail or date) among the 40 blocks before the article container."""
        out: list[k.RawReporter] = []
        if st is not None and container is not None and container.mem_id in st.nodes:
            idx = st.order.index(container.mem_id)
            seen = 0
            for mid in reversed(st.order[:idx]):
                h = st.own_h.get(mid, 0)
                if not h or mid in st.chrome:
                    continue
                seen += 1
                if seen > 40:
                    break
                if h <= 30:
                    found = _is_byline_block(k.clean_ws(st.nodes[mid].text(separator=" ")))
                    if found:
                        out.extend(found)
                        break
        for sel in _BYLINE_SELECTORS:
            for node in page.tree.css(sel)[:12]:
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

    def tags(self, page: Page) -> tuple[str, ...]:
        """``article:tag`` metas, JSON-LD ``keywords``, ``news_keywords``; deduplicated, in that order."""
        out: list[str] = []
        for content in page.meta_values("article:tag"):
            out.extend(_split(content))
        keywords = (page.article_ld or {}).get("keywords")
        if isinstance(keywords, list):
            out.extend(k.clean_ws(str(x)) for x in keywords)
        elif isinstance(keywords, str):
            out.extend(_split(keywords))
        out.extend(_split(page.meta.get("news_keywords")))
        return tuple(dict.fromkeys(t for t in out if t))

    def outlet_of(self, page: Page | None, publisher: str | None) -> str | None:
        """The id of a registered outlet whose domain or exact site name this page has, else None."""
        outlets = [e for e in registry.extractors() if e.kind == "outlet"]
        for host in page.hosts if page is not None else ():
            for ext in outlets:
                if host_matches(host, ext.domains):
                    return ext.id
        if publisher:
            for ext in outlets:
                if any(n.lower() == publisher.lower() for n in ext.site_names):
                    return ext.id
        return None

    # -- body --------------------------------------------------------------------------------
    def body(self, page: Page, emb: EmbeddedArticle | None) -> _BodyResult:
        """The cleaned body, its deck lines, byline-line reporters, the evidence used, density stats."""
        ld_body = ld_text((page.article_ld or {}).get("articleBody")) if page.article_ld else None
        raw_ld = (page.article_ld or {}).get("articleBody")
        if isinstance(raw_ld, str) and raw_ld.count("\n") >= 1 and _hangul(raw_ld) >= _MIN_BODY_HANGUL:
            lines = [k.clean_ws(x) for x in raw_ld.splitlines() if k.clean_ws(x)]
            items, reporters = _reading_blocks(line_blocks(lines))
            return _BodyResult(assemble(items, self.rules, page=page), [], reporters, "json-ld")
        if emb is not None:
            fragment = LexborHTMLParser(emb.html).body
            if fragment is not None:
                deck, items, reporters = self._read(fragment, _collect(fragment))
                body = assemble(items, self.rules, page=page)
                if body.paragraphs:
                    return _BodyResult(body, deck, reporters, emb.source)
        root = page.tree.body or page.tree.root
        if root is None:
            raise NotAnArticle("empty page", outlet=self.id, url=page.url)
        container, st = densest_container(root)
        if container is None:
            if ld_body and _hangul(ld_body) >= _MIN_BODY_HANGUL:
                items, reporters = _reading_blocks([Block("text", ld_body)])
                return _BodyResult(assemble(items, self.rules, page=page), [], reporters, "json-ld", st)
            raise NotAnArticle("no Korean paragraph text on this page", outlet=self.id, url=page.url)
        deck, items, reporters = self._read(container, st)
        body = assemble(items, self.rules, page=page)
        if ld_body and _hangul(ld_body) > 2 * sum(_hangul(p) for p in body.paragraphs):
            items, reporters = _reading_blocks([Block("text", ld_body)])
            return _BodyResult(assemble(items, self.rules, page=page), [], reporters, "json-ld", st)
        return _BodyResult(body, deck, reporters, "density", st, container)

    def _read(self, container: LexborNode, st: _Stats) -> tuple[list[str], list[Block], list[k.RawReporter]]:
        """Clean the container (chrome, link lists, boilerplate boxes), take its deck, read its blocks
        (photo boxes as figures) and pull out byline-only lines."""
        _prune(container, st, self.rules.boxes)
        drop_boxes(container, self.rules.boxes)
        drop_link_lines(container)
        deck = _deck(container)
        figures = _photo_boxes(container, st)
        items, reporters = _reading_blocks(blocks(container, figures=figures, captions=CAPTION_SELECTORS))
        return deck, items, reporters

    # -- extraction --------------------------------------------------------------------------
    def extract(self, page: Page) -> Article:
        """Extract any Korean news article page; raises NotAnArticle for pages that are not one."""
        emb = find_article(page)
        headline = self.headline(page, emb)
        title = headline.text
        body, deck, line_reporters, _evidence, st, container = self.body(page, emb)
        if body.paragraphs and _norm(body.paragraphs[0]) == _norm(title):
            body = attrs.evolve(body, paragraphs=body.paragraphs[1:])  # the headline read as a paragraph
        if not body.paragraphs or sum(_hangul(p) for p in body.paragraphs) < _MIN_BODY_HANGUL:
            raise NotAnArticle("no article body paragraphs on this page", outlet=self.id, url=page.url)
        published, modified = self.dates(page, emb, headline.node, container)
        ld = page.article_ld
        emb_reporters = [r for name in (emb.authors if emb else ()) for r in (k.parse_byline(name) or _bare(name))]
        publisher = self.site_name(page) or body.publisher
        subtitles = tuple(deck) or body.subtitles
        if not subtitles and emb is not None and emb.subtitle:
            deck_node = LexborHTMLParser(emb.subtitle).body
            if deck_node is not None:
                subtitles = tuple(b.text for b in blocks(deck_node, images=False))
        section = page.meta.get("article:section") or ld_text((ld or {}).get("articleSection"))
        return Article(
            extractor=self.id,
            outlet=self.outlet_of(page, publisher),
            publisher=publisher,
            layout=None,  # no known layout: the page was read by content finding
            url=page.url or page.absolute(page.canonical),
            canonical_url=page.absolute(page.canonical),
            title=title,
            series=k.headline_series(title),
            subtitles=subtitles,
            reporters=to_reporters(
                body.reporters, line_reporters, self.byline_nodes(page, st, container), ld_reporters(ld), emb_reporters
            ),
            dateline=body.dateline,
            published=published.value if published else None,
            published_raw=published.raw if published else None,
            modified=modified.value if modified else None,
            modified_raw=modified.raw if modified else None,
            body=body.paragraphs,
            images=body.images,
            section=section,
            tags=self.tags(page),
            copyright=body.copyright,
        )

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article:
        """A page rendered as text, read by :func:`kornews.content.read_text` with this extractor's rules."""
        title, body, published, modified, line_reporters = read_text(page, self.rules, who=self.id)
        return self.text_article(
            page,
            title=title,
            body=body,
            published=published,
            modified=modified,
            reporters=line_reporters,
            outlet=self.outlet_of(None, body.publisher),
        )


# -- helpers ----------------------------------------------------------------------------------

_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$")


def _first_date(values: Iterable[str | None]) -> k.ParsedDate | None:
    for value in values:
        parsed = k.parse_date(value) if value else None
        if parsed is not None:
            return parsed
    return None


def _has_dates(page: Page, emb: EmbeddedArticle | None) -> bool:
    ld = page.article_ld or {}
    return bool(
        (page.meta.get("article:published_time") or ld.get("datePublished") or (emb and emb.published))
        and (page.meta.get("article:modified_time") or ld.get("dateModified") or (emb and emb.modified))
    )


def _bare(name: str) -> list[k.RawReporter]:
    return [k.RawReporter(name, None, None)] if re.fullmatch(r"[가-힣]{2,4}", name) and not k.is_organisation(name) else []


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [k.clean_ws(t) for t in re.split(r"[,#]", value) if k.clean_ws(t)]


__all__ = ["GENERIC_RULES", "GenericExtractor", "densest_container"]

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

The generic extractor is an outlet extractor with no layouts: every page goes to the content layer
(:meth:`kornews.extractor.HtmlExtractor.extract_fallback`) that outlet extractors fall back to, and
``Article.layout`` is None (no known layout).
"""

from __future__ import annotations

from typing import ClassVar

from . import registry
from .article import Article
from .boilerplate import GENERIC_RULES
from .cleanup import Body
from .content import densest_container
from .extractor import HtmlExtractor
from .generic_text import read_generic
from .page import Page, host_matches
from .spec import Rules
from .text import TextPage


class GenericExtractor(HtmlExtractor):
    """Korean news pages of any outlet kornews has no extractor for (see the module docstring)."""

    id = "generic"
    name = "한국어 뉴스 (일반)"
    kind = "generic"
    rules: ClassVar[Rules] = GENERIC_RULES

    def fallback_name(self, evidence: str) -> str | None:
        """``Article.layout``: None (no known layout: the page was read by content finding)."""
        return None

    def fallback_publisher(self, page: Page, body: Body) -> str | None:
        """The page's site name (``og:site_name``, JSON-LD publisher), else the body's dateline press."""
        return self.site_name(page) or body.publisher

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

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article:
        """A page rendered as text, read by :func:`kornews.generic_text.read_generic` with this extractor's rules."""
        found = read_generic(page, self.rules, who=self.id)
        outlet = self.outlet_of(None, found.body.publisher)
        return self.text_article(
            page,
            found.title,
            found.body,
            found.published,
            found.modified,
            reporters=found.reporters,
            deck=found.deck,
            outlet=outlet,
        )


__all__ = ["GENERIC_RULES", "GenericExtractor", "densest_container"]

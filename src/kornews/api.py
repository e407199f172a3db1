"""The public entry points (re-exported by ``kornews``)."""

from __future__ import annotations

import os

from . import registry
from .article import Article, Listing
from .errors import ExtractionError, KornewsError, NotAnArticle, UnsupportedPage
from .extractor import Extractor
from .page import Page
from .text import TextPage

_STRICT = os.environ.get("KORNEWS_STRICT") == "1"
"""With ``KORNEWS_STRICT=1`` an unexpected exception inside an extractor propagates as is (tests use
this so that a bug cannot hide); otherwise it is reported as :class:`ExtractionError`."""


def _guard(ext: Extractor, url: str | None, func, *args):  # type: ignore[no-untyped-def]
    try:
        return func(*args)
    except KornewsError:
        raise
    except RecursionError as exc:
        raise ExtractionError("page nested too deeply to read", outlet=ext.id, url=url) from exc
    except Exception as exc:
        if _STRICT:
            raise
        raise ExtractionError(f"internal error: {type(exc).__name__}: {exc}", outlet=ext.id, url=url) from exc


def choose(page: Page, url: str | None = None, outlet: str | None = None) -> Extractor:
    """The extractor for ``page``: the named ``outlet``, else the one claiming ``url``, else the one
    recognising the page, else the generic extractor; raises UnsupportedPage if none."""
    if outlet:
        return registry.get(outlet)
    ext = registry.for_url(url)
    if ext is not None:
        return ext
    listing = registry.for_listing_url(url)
    if listing is not None:
        raise NotAnArticle(
            "this URL is a listing/search page: use kornews.extract_listing()", outlet=listing.id, url=url
        )
    ext = registry.for_page(page)
    if ext is not None:
        return ext
    generic = registry.fallback()
    if generic is not None:
        return generic
    raise UnsupportedPage(f"no extractor recognises this page (url={url})")


def extract(
    page: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Extract the article of one HTML page.

    ``page``: the page as served (bytes, decoded by BOM, declared charset, UTF-8, CP949, detection)
    or already-decoded text.  ``url``: where it came from (picks the extractor by URL pattern; without
    it the outlet is recognised from the page).  ``content_type``: the HTTP header, for its charset.
    ``outlet``: force an extractor by id.  Raises a :class:`KornewsError` subclass on bad input.
    """
    parsed = Page.from_input(page, url, content_type)
    ext = choose(parsed, url, outlet)
    result: Article = _guard(ext, url, ext.extract, parsed)
    return result


def extract_listing(
    page: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    outlet: str | None = None,
) -> Listing:
    """Extract the result items of a listing or search page (e.g. ZDNet ``/search/?kwd=…``)."""
    parsed = Page.from_input(page, url, content_type)
    ext: Extractor | None
    if outlet:
        ext = registry.get(outlet)
    else:
        ext = registry.for_listing_url(url) or registry.for_url(url) or registry.for_page(parsed)
    if ext is None:
        raise UnsupportedPage(f"no extractor recognises this listing page (url={url})")
    result: Listing = _guard(ext, url, ext.extract_listing, parsed)
    return result


def extract_text(text: str, url: str | None = None, outlet: str | None = None) -> Article | Listing:
    """Extract from a page already rendered to plain text.

    Returns the same Article as HTML mode would (a :class:`Listing` for a search page).  The outlet
    is taken from ``outlet``, else ``url``, else recognised from the text (datelines, sign-offs,
    copyright lines, portal chrome).
    """
    if not isinstance(text, str):
        raise TypeError("text must be str")
    tp = TextPage.from_text(text, url)
    ext: Extractor | None
    if outlet:
        ext = registry.get(outlet)
    else:
        ext = registry.for_url(url) or registry.for_listing_url(url) or registry.for_text(tp.text)
    if ext is None:
        generic = registry.fallback()
        if generic is None:
            raise UnsupportedPage("no extractor recognises this text")
        ext = generic
    result: Article | Listing = _guard(ext, url, ext.extract_text, tp)
    return result


def supported() -> list[dict[str, object]]:
    """What is supported: one dict per extractor with id, name, kind, domains and example URLs."""
    return [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "domains": list(e.domains),
            "article_urls": [p.pattern for p in e.article_urls],
            "example_urls": list(e.example_urls),
        }
        for e in registry.extractors()
    ]

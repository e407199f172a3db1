"""The public entry points (re-exported by ``kornews``)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs

from . import ids, lazyre, limits, registry
from .article import Article, Listing
from .errors import ExtractionError, InvalidInput, KornewsError, ListingPage, TimeBudgetExceeded, UnsupportedPage
from .extractor import Extractor
from .page import Page, read_input

_T = TypeVar("_T")
_SURROGATE = lazyre.compile("[\ud800-\udfff]")
_log = logging.getLogger("kornews")
"""The library's logger: ``DEBUG`` records say which extractor was chosen and why (``kornews -v``)."""


def _guard(ext: Extractor, url: str | None, func: Callable[..., _T], *args: Any) -> _T:
    """Run an extractor method: KornewsError passes; with ``KORNEWS_STRICT=1`` (read at call time,
    see :func:`kornews.limits.strict`) any other exception propagates as is (tests use this so that a
    bug cannot hide), otherwise it is reported as :class:`ExtractionError`."""
    try:
        return func(*args)
    except KornewsError:
        raise
    except RecursionError as exc:
        raise ExtractionError("page nested too deeply to read", outlet=ext.id, url=url) from exc
    except Exception as exc:
        if limits.strict():
            raise
        raise ExtractionError(f"internal error: {type(exc).__name__}: {exc}", outlet=ext.id, url=url) from exc


@contextmanager
def _page_budget(seconds: float | None, url: str | None) -> Iterator[None]:
    """The time budget of one page (:mod:`kornews.limits`); the error names the URL."""
    try:
        with limits.budget(limits.time_budget(seconds)):
            yield
    except TimeBudgetExceeded as exc:
        if exc.url is None and url:
            raise TimeBudgetExceeded(exc.budget, url=url) from None
        raise


def _check_args(url: object, content_type: object = None, outlet: object = None) -> None:
    for name, value in (("url", url), ("content_type", content_type), ("outlet", outlet)):
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"{name} must be str or None, not {type(value).__name__}")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""Field names by attrs record class (``attrs.fields`` once per class)."""


def _strings(record: object, out: list[str]) -> None:
    """Append every string of ``record`` (an attrs record) to ``out``: its ``str`` fields, the strings
    of its tuple fields and, recursively, those of the records in them."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in attrs.fields(cls))  # type: ignore[arg-type]
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            for v in value:
                if isinstance(v, str):
                    out.append(v)
                elif attrs.has(type(v)):
                    _strings(v, out)


def _has_surrogate(record: object) -> bool:
    """True when a string of ``record`` holds a lone surrogate: all its strings joined and encoded
    once (the encoder, in C, refuses surrogates; ``utf-16`` is built into ``str.encode``, no codec
    module to import), not one regex search per string."""
    out: list[str] = []
    _strings(record, out)
    try:
        "".join(out).encode("utf-16")
    except UnicodeEncodeError:
        return True
    return False


def _scrub(record: _T) -> _T:
    """``record`` (an attrs record) with lone surrogates in its strings replaced by U+FFFD, so that
    it always encodes to UTF-8 (to_json, files); the same object when it has none (one cheap check:
    :func:`_has_surrogate`)."""
    if not _has_surrogate(record):
        return record
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(record)):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, str) and _SURROGATE.search(value):
            changes[field.name] = _SURROGATE.sub("\ufffd", value)
        elif isinstance(value, tuple) and value:
            items: list[Any] | None = None  # a copy only when an item changes
            for i, v in enumerate(value):
                if isinstance(v, str):
                    new = _SURROGATE.sub("\ufffd", v) if _SURROGATE.search(v) else v
                elif attrs.has(type(v)):
                    new = _scrub(v)
                else:
                    continue
                if new is not v:
                    items = items if items is not None else list(value)
                    items[i] = new
            if items is not None:
                changes[field.name] = tuple(items)
    return attrs.evolve(record, **changes) if changes else record  # type: ignore[misc]


def choose(page: Page, url: str | None = None, outlet: str | None = None) -> Extractor:
    """The extractor for ``page``: the named ``outlet``, else the one claiming ``url`` (unless it fits
    none of its layouts and the page is recognised more surely as another extractor's: a wrong URL),
    else the one recognising the page, else the generic extractor; raises ListingPage for a
    listing/search URL, UnsupportedPage for an unknown ``outlet``."""
    debug = _log.isEnabledFor(logging.DEBUG)
    if outlet:
        if debug:
            _log.debug("extractor %s: forced by outlet= (url=%s)", outlet, url)
        return registry.get(outlet)
    ext = registry.for_url(url)
    if ext is not None:
        if not ext.fits(page) and registry.may_outscore(ext.recognise(page)):
            other = registry.for_page(page)
            if other is not None and other is not ext and other.recognise(page) > ext.recognise(page):
                if debug:
                    _log.debug("extractor %s: %s claims %s but fits none of its layouts", other.id, ext.id, url)
                return other
        if debug:
            _log.debug("extractor %s: its article URL pattern claims %s", ext.id, url)
        return ext
    listing = registry.for_listing_url(url)
    if listing is not None:
        if debug:
            _log.debug("extractor %s: %s is one of its listing URLs: not an article", listing.id, url)
        raise ListingPage(
            "this URL is a listing/search page: use kornews.extract_listing()", extractor=listing.id, url=url
        )
    ext = registry.for_page(page)
    if ext is not None:
        if debug:
            _log.debug(
                "extractor %s: recognised from the page (score %d; no URL pattern claims url=%s)",
                ext.id,
                ext.recognise(page),
                url,
            )
        return ext
    generic = registry.fallback()
    if debug:
        _log.debug("extractor %s: fallback, no outlet claims the URL or recognises the page (url=%s)", generic.id, url)
    return generic


def extract(
    page: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
    time_budget: float | None = None,
    strict: bool = False,
) -> Article:
    """Extract the article of one HTML page.

    ``page``: the page as served (bytes, decoded by BOM, declared charset, UTF-8, CP949, detection;
    a gzip stream is decompressed) or already-decoded text.  ``url``: where it came from (picks the
    extractor by URL pattern; without it the outlet is recognised from the page).  ``content_type``:
    the HTTP header, for its charset.  ``outlet``: force an extractor by id.  ``max_bytes``: the page
    size limit (default ``KORNEWS_MAX_BYTES`` or 20 MB; 0 = none); ``time_budget``: seconds allowed
    for the page (default ``KORNEWS_TIME_BUDGET`` or 30; 0 = none) — see :mod:`kornews.limits`.
    ``strict``: raise UnknownLayout when the page fits none of the extractor's layouts, instead of
    reading it with the content layer (``Article.layout == "fallback"``).

    Raises only :class:`KornewsError` subclasses on bad input: DecodeError, ContainerInput (a WARC
    file), PageTooLarge, TimeBudgetExceeded, InvalidInput (wrong argument types), UnsupportedPage,
    ListingPage (a listing/search page: read it with :func:`extract_listing`), NotAnArticle (another
    page that is no article), MissingField, UnknownLayout (strict mode), ExtractionError.
    ``Article.decode_errors`` counts the undecodable byte sequences that decoding replaced.
    """
    _check_args(url, content_type, outlet)
    with _page_budget(time_budget, url):
        parsed = Page.from_input(page, url, content_type, max_bytes=max_bytes)
        limits.check()  # the parse of a huge page may already have used the budget
        ext = choose(parsed, url, outlet)
        result: Article
        if strict:
            result = _guard(ext, url, lambda p: ext.extract(p, strict=True), parsed)
        else:
            result = _guard(ext, url, ext.extract, parsed)
    if parsed.decode_errors:
        result = attrs.evolve(result, decode_errors=parsed.decode_errors)
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug("extractor %s read layout %s (url=%s)", ext.id, result.layout, url)
    return ids.fill(_scrub(result))


def extract_listing(
    page: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
    time_budget: float | None = None,
) -> Listing:
    """Extract the result items of a listing or search page (e.g. ZDNet ``/search/?kwd=…``).

    Input, limits and errors as for :func:`extract`."""
    _check_args(url, content_type, outlet)
    with _page_budget(time_budget, url):
        parsed = Page.from_input(page, url, content_type, max_bytes=max_bytes)
        limits.check()
        ext: Extractor | None
        if outlet:
            ext = registry.get(outlet)
        else:
            ext = registry.for_listing_url(url) or registry.for_url(url) or registry.for_page(parsed)
        if ext is None:
            raise UnsupportedPage(f"no extractor recognises this listing page (url={url})")
        result: Listing = _guard(ext, url, ext.extract_listing, parsed)
    return _scrub(result)


def extract_text(
    text: str,
    url: str | None = None,
    outlet: str | None = None,
    *,
    max_bytes: int | None = None,
    time_budget: float | None = None,
) -> Article | Listing:
    """Extract from a page already rendered to plain text.

    Returns the same Article as HTML mode would (a :class:`Listing` for a search page).  The outlet
    is taken from ``outlet``, else ``url``, else recognised from the text (datelines, sign-offs,
    copyright lines, portal chrome).  Limits and errors as for :func:`extract` (``text`` must be
    ``str``: InvalidInput otherwise; its size is counted in characters).
    """
    if not isinstance(text, str):
        raise InvalidInput(f"text must be str, not {type(text).__name__}")
    _check_args(url, None, outlet)
    with _page_budget(time_budget, url):
        checked = str(read_input(text, max_bytes))
        if _SURROGATE.search(checked):
            checked = _SURROGATE.sub("\ufffd", checked)
        from .text import TextPage  # text mode's modules load on first use, not with kornews

        tp = TextPage.from_text(checked, url)
        ext: Extractor | None
        if outlet:
            ext = registry.get(outlet)
        else:
            ext = (
                registry.for_url(url)
                or registry.for_listing_url(url)
                or registry.for_text(tp.text, "\n".join(tp.lines))
            )
        if ext is None:
            ext = registry.fallback()
            if _log.isEnabledFor(logging.DEBUG):
                _log.debug("text mode: extractor %s: fallback, no text markers matched (url=%s)", ext.id, url)
        elif _log.isEnabledFor(logging.DEBUG):
            _log.debug("text mode: extractor %s (outlet=%s, url=%s)", ext.id, outlet, url)
        result: Article | Listing = _guard(ext, url, ext.extract_text, tp)
    result = _scrub(result)
    return ids.fill(result) if isinstance(result, Article) else result


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

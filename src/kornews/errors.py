"""The one error tree of kornews.

Every failure that :func:`kornews.extract` and friends report is a :class:`KornewsError`;
nothing else escapes for bad input (no ``AttributeError``/``IndexError`` from a malformed page).

::

    KornewsError
    ├── DecodeError          bytes that no candidate encoding decodes into plausible text
    ├── InvalidInput         an argument of the wrong type (also a ``TypeError``)
    ├── InvalidRecord        ``Article.from_dict``/``from_json`` given something that is not a record
    │                        (also a ``ValueError``)
    ├── ContainerInput       a container (WARC) given where one page is expected
    ├── PageTooLarge         the page exceeds the size limit (``max_bytes``/``KORNEWS_MAX_BYTES``)
    ├── TimeBudgetExceeded   reading the page took longer than the time budget
    │                        (``time_budget``/``KORNEWS_TIME_BUDGET``)
    ├── UnsupportedPage      no extractor claims the page (or the named outlet is unknown)
    ├── ExtractionError      an extractor claimed the page but could not build an Article
    │   ├── NotAnArticle     the page is not an article: search page, gallery, home page, no article text
    │   │   └── ListingPage  a listing/search page: read it with ``extract_listing`` (``extractor`` says with which)
    │   ├── NotAListing      ``extract_listing`` given an article page: read it with ``extract``
    │   ├── MissingField     a required field (title or body) is absent
    │   └── UnknownLayout    strict mode only: the page matches none of the extractor's layouts (or the
    │                        matched layout finds no article text); without ``strict`` the extractor falls
    │                        back to the content layer instead (``Article.layout == "fallback"``)
    ├── ArchiveError         a WARC/ARC file that cannot be read (damaged, truncated, not an archive)
    ├── WorkerCrashed        a batch worker process died reading the page (the batch goes on)
    └── MissingDependency    an optional extra is needed (``kornews[warc]``, ``[parquet]``, ``[spark]``)
"""

from __future__ import annotations


class KornewsError(Exception):
    """Base class of every error kornews raises for bad or unsupported input."""


class DecodeError(KornewsError):
    """The page bytes could not be decoded to text (no BOM, declared charset, UTF-8, CP949 fit)."""


class InvalidInput(KornewsError, TypeError):
    """An argument has the wrong type (a page that is neither bytes nor str, a non-str URL ...)."""


class InvalidRecord(KornewsError, ValueError):
    """``Article.from_dict``/``from_json`` (or ``Listing``'s) was given data that is not such a record:
    not JSON, not an object, a required key missing, a value of the wrong type or an unparsable date."""


class ContainerInput(KornewsError):
    """The input is a container of many records (a WARC file, ``WARC/1.x`` at its start), not one page:
    read it with the WARC input (``kornews extract --warc`` / :mod:`kornews.warc`).  ``kind`` names it."""

    def __init__(self, message: str, *, kind: str = "warc") -> None:
        self.kind = kind
        super().__init__(message)


class PageTooLarge(KornewsError):
    """The page (after gzip decompression) is larger than the limit: ``size`` (bytes, or characters
    for ``str`` input; for a gzip stream, at least this much) and ``limit``."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"page of {size:,}+ bytes exceeds the limit of {limit:,} (max_bytes= or KORNEWS_MAX_BYTES)"
        )


class TimeBudgetExceeded(KornewsError):
    """Reading one page took longer than its time budget of ``budget`` seconds (``time_budget=`` or
    ``KORNEWS_TIME_BUDGET``); the page is given up so that a batch does not stall on it."""

    def __init__(self, budget: float, *, url: str | None = None) -> None:
        self.budget = budget
        self.url = url
        where = f" (url={url})" if url else ""
        super().__init__(f"page exceeded its time budget of {budget:g} s{where}")


class UnsupportedPage(KornewsError):
    """No registered extractor recognises the page or URL."""


class ExtractionError(KornewsError):
    """An extractor recognised the page but could not extract an article from it.

    ``outlet`` is the extractor id, ``url`` the page URL when known.
    """

    def __init__(self, message: str, *, outlet: str | None = None, url: str | None = None) -> None:
        self.outlet = outlet
        self.url = url
        where = ", ".join(f"{k}={v}" for k, v in (("outlet", outlet), ("url", url)) if v)
        super().__init__(f"{message} ({where})" if where else message)


class NotAnArticle(ExtractionError):
    """The page is of a supported outlet but is not a single article (listing, search, home ...)."""


class ListingPage(NotAnArticle):
    """The page is a listing or search page of a supported site: ``kornews.extract_listing`` reads its
    items; ``extractor`` is the id of the extractor to use (pass it as ``outlet=``)."""

    def __init__(self, message: str, *, extractor: str, outlet: str | None = None, url: str | None = None) -> None:
        self.extractor = extractor
        super().__init__(message, outlet=outlet or extractor, url=url)


class NotAListing(ExtractionError):
    """``kornews.extract_listing`` was given a single article page; :func:`kornews.extract` reads it."""


class UnknownLayout(ExtractionError):
    """Strict mode (``kornews.extract(..., strict=True)``): the extractor knows none of this page's
    templates, or the matched template's body selector found no plausible article text.  ``reason``
    says which.  Without strict mode the outlet extractor reads the page with the content layer."""

    def __init__(self, reason: str, *, outlet: str | None = None, url: str | None = None) -> None:
        self.reason = reason
        super().__init__(reason, outlet=outlet, url=url)


class MissingField(ExtractionError):
    """A required field could not be found; ``field`` names it (``"title"`` or ``"body"``)."""

    def __init__(self, field: str, *, outlet: str | None = None, url: str | None = None) -> None:
        self.field = field
        super().__init__(f"required field {field!r} not found", outlet=outlet, url=url)


class ArchiveError(KornewsError):
    """A WARC/ARC archive could not be read: damaged, truncated, or not an archive at all."""


class WorkerCrashed(KornewsError):
    """The worker process reading the page died (a crash in native code, killed for memory): a batch
    run with workers (:func:`kornews.batch.run`, ``kornews extract -j N``) gives this one page up as
    an ``error`` record and goes on with a new worker."""


class MissingDependency(KornewsError):
    """An optional extra is not installed; the message names the ``pip install`` command."""

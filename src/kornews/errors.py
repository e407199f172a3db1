"""The one error tree of kornews.

Every failure that :func:`kornews.extract` and friends report is a :class:`KornewsError`;
nothing else escapes for bad input (no ``AttributeError``/``IndexError`` from a malformed page).

::

    KornewsError
    ├── DecodeError          bytes that no candidate encoding decodes into plausible text
    ├── UnsupportedPage      no extractor claims the page (or the named outlet is unknown)
    ├── ExtractionError      an extractor claimed the page but could not build an Article
    │   ├── NotAnArticle     the page is a listing, search page, gallery, home page ...
    │   └── MissingField     a required field (title or body) is absent
    ├── ArchiveError         a WARC/ARC file that cannot be read (damaged, truncated, not an archive)
    ├── PageTimeout          a page took longer than the caller's time budget (batch ``--timeout``)
    └── MissingDependency    an optional extra is needed (``kornews[warc]``, ``[parquet]``, ``[spark]``)
"""

from __future__ import annotations


class KornewsError(Exception):
    """Base class of every error kornews raises for bad or unsupported input."""


class DecodeError(KornewsError):
    """The page bytes could not be decoded to text (no BOM, declared charset, UTF-8, CP949 fit)."""


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


class MissingField(ExtractionError):
    """A required field could not be found; ``field`` names it (``"title"`` or ``"body"``)."""

    def __init__(self, field: str, *, outlet: str | None = None, url: str | None = None) -> None:
        self.field = field
        super().__init__(f"required field {field!r} not found", outlet=outlet, url=url)


class ArchiveError(KornewsError):
    """A WARC/ARC archive could not be read: damaged, truncated, or not an archive at all."""


class PageTimeout(KornewsError):
    """Extracting one page took longer than the time budget the caller set; ``seconds`` is the budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"page took longer than {seconds:g} s")


class MissingDependency(KornewsError):
    """An optional extra is not installed; the message names the ``pip install`` command."""


__all__ = [
    "ArchiveError",
    "DecodeError",
    "ExtractionError",
    "KornewsError",
    "MissingDependency",
    "MissingField",
    "NotAnArticle",
    "PageTimeout",
    "UnsupportedPage",
]

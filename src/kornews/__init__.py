"""kornews: Korean news pages -> clean, typed article records.

>>> import kornews
>>> article = kornews.extract(page_bytes, url="https://www.newspim.com/news/view/20250214000123")  # doctest: +SKIP
>>> article.title, article.reporters, article.published, article.body  # doctest: +SKIP
"""

from .api import extract, extract_listing, extract_text, supported
from .article import Article, Image, Listing, ListingItem, Reporter
from .errors import (
    ArchiveError,
    ContainerInput,
    DecodeError,
    ExtractionError,
    InvalidInput,
    InvalidRecord,
    KornewsError,
    ListingPage,
    MissingDependency,
    MissingField,
    NotAListing,
    NotAnArticle,
    PageTooLarge,
    TimeBudgetExceeded,
    UnknownLayout,
    UnsupportedPage,
    WorkerCrashed,
)

__version__ = "0.1.0"

__all__ = [
    "ArchiveError",
    "Article",
    "ContainerInput",
    "DecodeError",
    "ExtractionError",
    "Image",
    "InvalidInput",
    "InvalidRecord",
    "KornewsError",
    "Listing",
    "ListingItem",
    "ListingPage",
    "MissingDependency",
    "MissingField",
    "NotAListing",
    "NotAnArticle",
    "PageTooLarge",
    "Reporter",
    "TimeBudgetExceeded",
    "UnknownLayout",
    "UnsupportedPage",
    "WorkerCrashed",
    "__version__",
    "extract",
    "extract_listing",
    "extract_text",
    "supported",
]

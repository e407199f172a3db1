"""kornews: Korean news pages -> clean, typed article records.

>>> import kornews
>>> article = kornews.extract(page_bytes, url="https://www.newspim.com/news/view/20250214000123")  # doctest: +SKIP
>>> article.title, article.reporters, article.published, article.body  # doctest: +SKIP
"""

from .api import extract, extract_listing, extract_text, supported
from .article import Article, Image, Listing, ListingItem, Reporter
from .errors import (
    DecodeError,
    ExtractionError,
    KornewsError,
    ListingPage,
    MissingField,
    NotAnArticle,
    UnknownLayout,
    UnsupportedPage,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DecodeError",
    "ExtractionError",
    "Image",
    "KornewsError",
    "Listing",
    "ListingItem",
    "ListingPage",
    "MissingField",
    "NotAnArticle",
    "Reporter",
    "UnknownLayout",
    "UnsupportedPage",
    "__version__",
    "extract",
    "extract_listing",
    "extract_text",
    "supported",
]

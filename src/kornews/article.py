"""The field contract: :class:`Article`, :class:`Reporter`, :class:`Image`, :class:`Listing`.

All classes are frozen, keyword-only attrs classes.  Sequences are tuples, so records are hashable
and comparable.  Every field's docstring states its format; ``docs/article.md`` is the same contract
in prose.  ``to_dict``/``to_json`` give plain JSON (dates as ISO 8601) and ``from_dict``/``from_json``
read it back to an equal object.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import attrs

from . import _records
from .errors import InvalidRecord
from .korean import KST

DateLike = datetime | date
"""An aware ``datetime`` (Asia/Seoul) when the page gives a time, a ``date`` when it gives only a day."""


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


_STR_TYPES = {"str": False, "str | None": True}
_SEQ_TYPES = ("tuple[str, ...]",)


def _record(cls: type, data: Any, nested: tuple[str, ...] = ()) -> dict[str, Any]:
    """The keyword arguments of ``cls`` (an attrs record) found in ``data``, type-checked against
    the field annotations (``str``, ``str | None``, ``tuple[str, ...]``, ``int``); ``nested`` fields
    are lists of dicts read by the caller.  Raises InvalidRecord naming the bad field."""
    if not isinstance(data, dict):
        raise InvalidRecord(f"{cls.__name__} record must be a JSON object, not {type(data).__name__}")
    out: dict[str, Any] = {}
    for field in attrs.fields(cls):
        name, kind = field.name, str(field.type)
        if name not in data:
            if field.default is attrs.NOTHING:
                raise InvalidRecord(f"{cls.__name__} record lacks the required key {name!r}")
            continue
        value = data[name]
        if kind in _STR_TYPES:
            if not (isinstance(value, str) or (value is None and _STR_TYPES[kind])):
                raise InvalidRecord(f"{cls.__name__}.{name} must be a string, not {type(value).__name__}")
        elif kind in _SEQ_TYPES:
            if value is None:
                value = ()
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise InvalidRecord(f"{cls.__name__}.{name} must be a list of strings")
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidRecord(f"{cls.__name__}.{name} must be an integer, not {type(value).__name__}")
        elif name in nested:
            if value is None:
                value = ()
            if not isinstance(value, (list, tuple)):
                raise InvalidRecord(f"{cls.__name__}.{name} must be a list of objects")
        out[name] = value
    return out


def _dates(kwargs: dict[str, Any], cls: type) -> None:
    for key in ("published", "modified"):
        if key not in kwargs:
            continue
        value = kwargs[key]
        if value is not None and not isinstance(value, str):
            raise InvalidRecord(f"{cls.__name__}.{key} must be an ISO 8601 string, not {type(value).__name__}")
        try:
            kwargs[key] = _date_from_json(value)
        except (ValueError, OverflowError) as exc:
            raise InvalidRecord(f"{cls.__name__}.{key} is not an ISO 8601 date: {value!r}") from exc


@attrs.frozen(kw_only=True)
@_records.methods
class Reporter:
    """One person credited for the article."""

    name: str
    """The person's name as written, without role, brackets or e-mail: ``"서영욱"``."""
    role: str | None = None
    """The role word that followed the name: ``"기자"``, ``"특파원"``, ``"선임기자"``, ``"논설위원"`` ...;
    None if absent."""
    email: str | None = None
    """Lower-case e-mail address from the byline or sign-off (``"syu@newspim.com"``); None if absent."""

    def to_dict(self) -> dict[str, Any]:
        """``{"name": str, "role": str|None, "email": str|None}``."""
        return {"name": self.name, "role": self.role, "email": self.email}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reporter:
        """Inverse of :meth:`to_dict`; raises InvalidRecord for anything else."""
        return cls(**_record(cls, data))


@attrs.frozen(kw_only=True)
@_records.methods
class Image:
    """A photo or graphic of the article, in reading order."""

    url: str | None = None
    """Absolute image URL (``src``/``data-src`` resolved against the page URL); None in text mode."""
    caption: str | None = None
    """Caption text without the credit, sign-off e-mail and resale notice; None if there is none."""
    credit: str | None = None
    """Who made the image, as written after ``사진=``/``그래픽=``/``/``: ``"LG"``, ``"김지호 기자"``; None if absent."""

    def to_dict(self) -> dict[str, Any]:
        """``{"url": str|None, "caption": str|None, "credit": str|None}``."""
        return {"url": self.url, "caption": self.caption, "credit": self.credit}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Image:
        """Inverse of :meth:`to_dict`; raises InvalidRecord for anything else."""
        return cls(**_record(cls, data))


def _date_to_json(value: DateLike | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> DateLike | None:
    if value is None:
        return None
    if "T" not in value:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).astimezone(KST)


@attrs.frozen(kw_only=True)
@_records.methods
class Article:
    """One news article, cleaned of page chrome, in the same shape for every outlet and portal."""

    extractor: str
    """Id of the extractor that produced the record: an outlet id (``"newspim"``), a portal id
    (``"daum"``, ``"naver"``) or ``"generic"``."""
    outlet: str | None = None
    """Id of the origin outlet when kornews knows it (``"chosun"`` also for a Daum copy of a Chosun
    story); None for a press kornews has no extractor for (see :attr:`publisher`)."""
    publisher: str | None = None
    """The press's name as the page gives it: ``"뉴스핌"``, ``"조선일보"``, ``"뉴스타파"``."""
    portal: str | None = None
    """``"daum"`` or ``"naver"`` when the page is a portal's copy; None on the outlet's own site."""
    layout: str | None = None
    """Which known page layout the extractor matched (``"2026"``, ``"arc"``, ``"legacy"``; ``"text"`` in
    text mode; ``"fallback"`` when an outlet's page matched none of its layouts and the content layer
    read it); None for the generic extractor, which knows no layouts."""
    url: str | None = None
    """The URL the page was fetched from, as given by the caller (or the page's own URL if not given)."""
    canonical_url: str | None = None
    """The page's canonical URL (``<link rel=canonical>``, else ``og:url``); None if it declares none."""
    original_url: str | None = None
    """For a portal copy: the link to the article on the press's own site; else None."""
    title: str
    """Headline, whitespace-normalised; column tags such as ``[2025 100대 CEO]`` are kept."""
    series: str | None = None
    """The column/series tag of the headline without brackets (``"비즈360"``); None if there is none."""
    subtitles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Deck lines (부제) shown between headline and body, one string per line, in page order."""
    reporters: tuple[Reporter, ...] = attrs.field(default=(), converter=_tuple)
    """Structured byline, in the order the page credits people."""
    dateline: str | None = None
    """The place of the dateline lead (``[서울=뉴스핌]`` -> ``"서울"``, ``[헤럴드경제(제주)=...]`` -> ``"제주"``)."""
    published: DateLike | None = None
    """First publication: aware ``datetime`` in Asia/Seoul keeping the page's time (seconds when shown);
    a ``date`` when the page gives only the day; None when the page gives nothing."""
    published_raw: str | None = None
    """The string ``published`` was parsed from, exactly as found (``"2025/07/22 14:00:25"``)."""
    modified: DateLike | None = None
    """Last modification, same format as :attr:`published`; None when the page does not show one."""
    modified_raw: str | None = None
    """The string ``modified`` was parsed from."""
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Paragraphs in reading order, whitespace-normalised, one per block; sub-headings (``◆…``, ``◇…``)
    are paragraphs of their own.  The dateline/byline lead is cut from the first paragraph; captions,
    credits, sign-off e-mails, copyright lines and all page chrome are absent."""
    images: tuple[Image, ...] = attrs.field(default=(), converter=_tuple)
    """Images of the body in reading order, with caption and credit."""
    section: str | None = None
    """The outlet's section name (``"산업"``, ``"IT"``); None when unknown."""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Keywords/tags the page declares, in page order, without duplicates."""
    copyright: str | None = None
    """The copyright line removed from the body (``"Copyright © 조선일보. 무단전재 및 재배포 금지."``)."""
    article_id: str | None = None
    """The article's id at its origin outlet, as the outlet's own URLs carry it (Newsis
    ``"NISX20250722_0003261234"``, Naver-hosted press ``"607/0000001728"`` is :attr:`portal_id`, not this);
    None when unknown.  With :attr:`outlet` it identifies the story across its portal copies."""
    portal_id: str | None = None
    """For a portal copy: the portal's own id of the copy (Naver ``"<oid>/<aid>"`` such as
    ``"607/0000001728"``, Daum ``"20100101092104056"``); None on the outlet's own site."""
    decode_errors: int = 0
    """How many undecodable byte sequences were replaced by U+FFFD while decoding the page
    (0 for a clean decode); a non-zero figure says the text may hold replacement characters."""

    @property
    def text(self) -> str:
        """The body as one string: paragraphs joined by a blank line."""
        return "\n\n".join(self.body)

    @property
    def byline(self) -> tuple[Reporter, ...]:
        """Alias of :attr:`reporters`."""
        return self.reporters

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO 8601 strings (``"2025-07-22T14:00:25+09:00"`` or
        ``"2025-07-22"``), tuples as lists, nested records as dicts."""
        out: dict[str, Any] = {}
        for field in attrs.fields(Article):
            value = getattr(self, field.name)
            if field.name in ("published", "modified"):
                value = _date_to_json(value)
            elif field.name in ("reporters", "images"):
                value = [item.to_dict() for item in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[field.name] = value
        return out

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as a JSON string (``ensure_ascii=False``; extra kwargs go to ``json.dumps``)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`; unknown keys (such as ``"_source"``) are ignored.  Raises
        InvalidRecord (a KornewsError) when ``data`` is not such a record (wrong types, bad dates)."""
        kwargs = _record(cls, data, nested=("reporters", "images"))
        _dates(kwargs, cls)
        kwargs["reporters"] = tuple(Reporter.from_dict(r) for r in kwargs.get("reporters") or ())
        kwargs["images"] = tuple(Image.from_dict(i) for i in kwargs.get("images") or ())
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Inverse of :meth:`to_json`; raises InvalidRecord for text that is not such a record."""
        return cls.from_dict(_load(text))


@attrs.frozen(kw_only=True)
@_records.methods
class ListingItem:
    """One result of a listing or search page."""

    title: str
    """The result's headline."""
    url: str | None = None
    """Absolute URL of the article; None in text mode."""
    excerpt: str | None = None
    """The text excerpt the listing shows under the headline; None if none."""
    published: DateLike | None = None
    """Date shown with the result, same format as :attr:`Article.published`."""
    published_raw: str | None = None
    """The string ``published`` was parsed from."""
    reporters: tuple[Reporter, ...] = attrs.field(default=(), converter=_tuple)
    """Reporters shown with the result."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict, dates in ISO 8601."""
        return {
            "title": self.title,
            "url": self.url,
            "excerpt": self.excerpt,
            "published": _date_to_json(self.published),
            "published_raw": self.published_raw,
            "reporters": [r.to_dict() for r in self.reporters],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListingItem:
        """Inverse of :meth:`to_dict`; raises InvalidRecord for anything else."""
        kwargs = _record(cls, data, nested=("reporters",))
        _dates(kwargs, cls)
        kwargs["reporters"] = tuple(Reporter.from_dict(r) for r in kwargs.get("reporters") or ())
        return cls(**kwargs)


@attrs.frozen(kw_only=True)
@_records.methods
class Listing:
    """A listing or search-results page: its result items in page order."""

    extractor: str
    """Id of the extractor that read the page."""
    url: str | None = None
    """The page URL."""
    query: str | None = None
    """The search query for a search page (``"배경훈"``); None for section listings."""
    total: int | None = None
    """The total number of results the page announces (``113``), when it shows one."""
    items: tuple[ListingItem, ...] = attrs.field(default=(), converter=_tuple)
    """The results, in page order; nothing from menus, pager, sidebars or footer."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "extractor": self.extractor,
            "url": self.url,
            "query": self.query,
            "total": self.total,
            "items": [i.to_dict() for i in self.items],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Listing:
        """Inverse of :meth:`to_dict`; raises InvalidRecord for anything else."""
        kwargs = _record(cls, data, nested=("items",))
        total = kwargs.get("total")
        if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
            raise InvalidRecord(f"Listing.total must be an integer or null, not {type(total).__name__}")
        kwargs["items"] = tuple(ListingItem.from_dict(i) for i in kwargs.get("items") or ())
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str | bytes) -> Listing:
        """Inverse of ``json.dumps(listing.to_dict())``; raises InvalidRecord for anything else."""
        return cls.from_dict(_load(text))


def _load(text: str | bytes) -> Any:
    if not isinstance(text, (str, bytes, bytearray)):
        raise InvalidRecord(f"record JSON must be str or bytes, not {type(text).__name__}")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidRecord(f"not a JSON record: {exc}") from exc

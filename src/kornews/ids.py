"""Story identity: the ids of an article at its outlet and on a portal, and de-duplication keys.

The same story reaches a corpus several times: from the outlet's site, from Naver, from Daum.

* :func:`fill` sets ``Article.article_id`` (the origin outlet's id: Newsis ``NISX20250722_0003261234``,
  a Chosun Arc story id ``5JXWGAPKRFGJBCD3NQ6R2MHKRU`` or legacy ``2020082704301``, Herald
  ``3474461``/``20240711050421``, ZDNet ``no=`` digits, Newspim 15 digits, Hankook ``A2025…``, Maeil
  digits) and, for a portal copy, ``Article.portal_id`` (Naver ``"<oid>/<aid>"``, Daum ``v/<id>``).
  Each extractor declares where its ids stand in its URLs (``Extractor.article_ids``); an outlet's
  id is looked for in the URL, the canonical URL and the original link, a portal copy's origin id
  only in the original link the portal shows.  :func:`kornews.extract` calls it.
* :func:`dedupe_keys` gives the keys under which a story is known; two records share a story when
  they share any key.  :class:`Deduper` keeps the first record of each story.

Keys (strings; the format is part of the output schema, ``docs/output-schema.md``):

``id:<outlet>:<article_id>``
    the origin outlet and its id (only when both are known);
``title:<press>:<YYYY-MM-DD>:<hash>``
    the press (outlet id, else the normalised publisher name), the publication day in Asia/Seoul and
    a hash of the headline with everything but letters and digits removed;
``lead:<press>:<hash>``
    the press and a hash of the longest paragraph (at least 60 letters), which a portal copy keeps
    word for word even when it edits the headline.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs

from . import _records, lazyre, registry
from .article import Article
from .errors import UnsupportedPage

_log = logging.getLogger(__name__)

_NON_WORD = lazyre.compile(r"[\W_]+", re.UNICODE)
_MIN_LEAD = 60


def id_in(patterns: Iterable[re.Pattern[str]], urls: Iterable[str | None]) -> str | None:
    """The first id that ``patterns`` find in ``urls`` (named groups joined by ``/``), or None."""
    pats = tuple(patterns)
    if not pats:
        return None
    for url in urls:
        if not url:
            continue
        for rx in pats:
            m = rx.search(url)
            if m is not None:
                parts = [v for v in m.groupdict().values() if v]
                if parts:
                    return "/".join(parts)
    return None


def _extractor(ext_id: str | None) -> Any:
    if not ext_id:
        return None
    try:
        return registry.get(ext_id)
    except UnsupportedPage:
        return None


def _found(
    portal: str | None,
    portal_id: str | None,
    outlet: str | None,
    article_id: str | None,
    urls: tuple[str | None, str | None],
    original: str | None,
) -> tuple[str | None, str | None]:
    """(article_id, portal_id) of a record with these fields, the missing ones found from its URLs
    (``urls``: its URL and canonical URL; ``original``: its original link)."""
    if portal and portal_id is None:
        found = _extractor(portal)
        if found is not None:
            portal_id = id_in(found.article_ids, urls)
    if article_id is None and outlet:
        found = _extractor(outlet)
        if found is not None:
            article_id = id_in(found.article_ids, (original,) if portal else urls)
    return article_id, portal_id


def fill(article: Article) -> Article:
    """``article`` with ``article_id`` and ``portal_id`` found from its URLs where they were None."""
    article_id, portal_id = _found(
        article.portal,
        article.portal_id,
        article.outlet,
        article.article_id,
        (article.url, article.canonical_url),
        article.original_url,
    )
    if article_id == article.article_id and portal_id == article.portal_id:
        return article
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug("ids: article_id=%s portal_id=%s (url=%s)", article_id, portal_id, article.url)
    return attrs.evolve(article, article_id=article_id, portal_id=portal_id)


def fill_values(values: dict[str, Any]) -> None:
    """:func:`fill` on the keyword arguments of an :class:`~kornews.article.Article` not yet built (a
    missing key is the field's default, None), in place: the record is built once, with its ids."""
    get = values.get
    urls = (get("url"), get("canonical_url"))
    article_id, portal_id = _found(
        get("portal"), get("portal_id"), get("outlet"), get("article_id"), urls, get("original_url")
    )
    if article_id is not None:
        values["article_id"] = article_id
    if portal_id is not None:
        values["portal_id"] = portal_id


def normalise(text: str) -> str:
    """Text reduced for comparison: NFKC, lower case, letters and digits only
    (``"“AI, 새 모델”"`` -> ``"ai새모델"``)."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text)).lower()


def _hash(text: str) -> str:
    import hashlib  # imported here: only dedupe keys need it, not an extraction (saves it at import)

    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value[:10] if len(value) >= 10 else None
    if isinstance(value, datetime):
        from .korean import KST

        return (value.astimezone(KST) if value.tzinfo else value).date().isoformat()
    return str(value.isoformat())[:10]


def dedupe_keys(article: Article | Mapping[str, Any]) -> tuple[str, ...]:
    """The keys of the story (see the module docstring), strongest first; ``()`` when the record has
    neither an id nor a headline.  Accepts an Article or its :meth:`~kornews.Article.to_dict`."""
    data: Mapping[str, Any] = article.to_dict() if isinstance(article, Article) else article
    outlet = data.get("outlet")
    press = outlet or normalise(data.get("publisher") or "") or "?"
    keys: list[str] = []
    if outlet and data.get("article_id"):
        keys.append(f"id:{outlet}:{data['article_id']}")
    title = normalise(data.get("title") or "")
    day = _day(data.get("published"))
    if title and day:
        keys.append(f"title:{press}:{day}:{_hash(title)}")
    body = data.get("body") or ()
    if body:
        lead = normalise(max(body, key=len))
        if len(lead) >= _MIN_LEAD:
            keys.append(f"lead:{press}:{_hash(lead)}")
    return tuple(keys)


@attrs.define
@_records.mutable_methods
class Deduper:
    """Keeps the first record of each story: :meth:`seen` is True for a record that shares a key with
    an earlier one (its keys are remembered either way, so copies link up transitively)."""

    keys: set[str] = attrs.field(factory=set)
    dropped: int = 0

    def seen(self, keys: Iterable[str]) -> bool:
        """True when any of ``keys`` was seen before (the record is a duplicate)."""
        ks = tuple(keys)
        dup = any(key in self.keys for key in ks)
        self.keys.update(ks)
        if dup:
            self.dropped += 1
        return dup


__all__ = ["Deduper", "dedupe_keys", "fill", "fill_values", "id_in", "normalise"]

"""Boilerplate signals of Korean news pages in general (no one outlet's wording).

:data:`GENERIC_RULES` are the text-level rules every extractor's own ``rules`` are added to.
"""

from __future__ import annotations

import functools

from selectolax.lexbor import LexborNode

from . import lazyre
from .spec import Rules, patterns

GENERIC_RULES = Rules(
    boxes=patterns(
        r"^\s*(?:\[\s*)?관련\s*(?:기사|뉴스|콘텐츠)",
        r"^\s*이\s*기사와\s*관련된",
        r"^\s*많이\s*(?:본|읽은)\s*(?:뉴스|기사)",
        r"^\s*(?:실시간|인기|주요|추천|최신|오늘의)\s*(?:뉴스|기사)\s*$",
        r"^\s*(?:함께|같이)\s*(?:보면|볼만한|읽으면)",
        r"^\s*이\s*시각\s*(?:주요|인기|헤드라인)",
        r"^\s*(?:핫|HOT)\s*(?:클릭|이슈)",
        r"^\s*당신이\s*관심",
        r"^\s*댓글",
        r"^\s*AI\s*(?:핵심\s*)?요약",
        r"^\s*(?:뉴스\s*)?요약쏙",
    ),
    stop=patterns(
        r"기자\s*구독",
        r"^\s*구독(?:하기)?\s*$",
        r"^\s*좋아요\s*\d*\s*$",
        r"좋아요를\s*눌러",
        r"^\s*이\s*기사(?:가|를)\s*(?:마음에|추천)",
    ),  # copyright lines end the article too (kept in Article.copyright): Rules.end_at_copyright
    skip=patterns(
        r"^\s*(?:이미지|사진)\s*(?:확대|크게)\s*(?:보기)?\s*$",
        r"^\s*(?:광고|AD|ADVERTISEMENT)\s*$",
        r"^\s*기사\s*(?:저장|공유|스크랩)\s*$",
        r"^\s*(?:글자\s*크기|폰트\s*크기)",
        r"^\s*(?:URL|링크)\s*복사",
        r"^\s*(?:기사\s*)?(?:URL|주소|링크)(?:이|가)?\s*복사(?:되었습니다|됐습니다)\.?\s*$",  # page UI strings
        r"^\s*(?:공유하기|스크랩|인쇄(?:하기)?|프린트|글씨\s*(?:크기|키우기|줄이기)|닫기|더보기|맨\s*위로)\s*$",
        r"^\s*(?:☞|■|▷)\s*[^.!?]{1,40}(?:바로가기|클릭|구독|신청|다운로드|보러\s*가기)\s*!?$",  # promo lines
        r"^\s*(?:▶|☞)\s*.{0,60}(?:바로가기|클릭|구독)",
        r"^\s*▶\s*[^.!?]{1,40}$",  # promo/teaser lines (▶ 무조건 오르는 …)
        r"^\s*[\[【(<]?\s*[^\]】)>]{0,15}제보\s*(?:받습니다|하기|해\s*주세요)",  # tip-off solicitations
        r"^\s*(?:기사\s*)?(?:입력|등록|수정|송고|승인|업데이트)\s*[:：]?\s*(?:19|20)\d\d[^가-힣]{0,30}"
        r"(?:(?:수정|업데이트)\s*[:：]?\s*(?:19|20)\d\d[^가-힣]{0,30})?$",  # a date line inside the body
    ),
)
"""Boilerplate markers of Korean news pages in general (no one outlet's wording)."""

_NAME_TOKENS = frozenset(
    "ad ads adv advert adverts advertise advertisement advertising gpt dfp adsense banner banners sponsor "
    "sponsored sponsors promo promos promotion partner taboola dable outbrain related relation relations "
    "recommend recommends recommended recommendation popular ranking share sharing sns social subscribe "
    "subscription newsletter newsletters".split()
)
"""``class``/``id`` parts that name boilerplate wherever they stand."""
_CLASS_ONLY_TOKENS = frozenset("app apps hot best rank most".split())
"""Parts that name boilerplate only in a ``class`` (an ``id="app"`` is a page root)."""
_SPLIT = lazyre.compile(r"[\s_\-]+")
_NEVER = frozenset({"html", "body", "main", "article"})
AD_LABEL = lazyre.compile(r"^\s*(?:광고|AD|ADVERTISEMENT|Advertisement)\s*$")
"""The label of an ad box."""


def _parts(value: str | None) -> list[str]:
    return [p.lower().rstrip("0123456789") for p in _SPLIT.split(value or "") if p]


@functools.lru_cache(maxsize=4096)
def _name_verdicts(cls: str, ident: str) -> tuple[bool, bool]:
    """(boilerplate, boilerplate when strict) for a ``class`` and an ``id`` value: a page repeats the
    same few class names many times, so each pair is split once (bounded: generated class names)."""
    cls_parts = _parts(cls)
    if any(p in _NAME_TOKENS for p in cls_parts) or any(p in _NAME_TOKENS for p in _parts(ident)):
        return True, True
    strict = any(t.lower() in _CLASS_ONLY_TOKENS for t in cls.split())
    return any(p in _CLASS_ONLY_TOKENS for p in cls_parts), strict


def boilerplate_name(node: LexborNode, *, strict: bool = False) -> bool:
    """True when ``node``'s ``class`` or ``id`` names boilerplate (see the module docstring): a whole
    token, or one ``-``/``_`` part of a token, is one of the boilerplate words (trailing digits
    ignored: ``ad2``, ``banner_01``).  ``html``/``body``/``main``/``article`` never count.
    ``strict`` (for a node holding much of the text around it): the ambiguous class-only words
    (``app``, ``hot``, ``best``, ``rank``, ``most``) count only as a whole class token."""
    if node.tag in _NEVER:
        return False
    attrs = node.attributes
    return _name_verdicts(attrs.get("class") or "", attrs.get("id") or "")[strict]


def _ad_attrs(attrs: dict[str, str | None]) -> bool:
    cls, ident = attrs.get("class") or "", attrs.get("id") or ""
    if ident.startswith("div-gpt-ad") or "adsbygoogle" in cls:
        return True
    for key in attrs:  # ``data-ad`` or ``data-ad-*`` (not ``data-adx``)
        if key.startswith("data-ad") and (len(key) == 7 or key[7] == "-"):
            return True
    return False


def ad_slot(node: LexborNode) -> bool:
    """True for an ad slot: ``<ins>``, an id starting ``div-gpt-ad``, class ``adsbygoogle``, or a
    ``data-ad``/``data-ad-*`` attribute."""
    return node.tag == "ins" or _ad_attrs(node.attributes)


def ad_or_boilerplate(node: LexborNode, *, strict: bool = False, tag: str | None = None) -> bool:
    """``ad_slot(node) or boilerplate_name(node, strict=strict)``, reading the attributes once
    (``tag``: ``node.tag`` when the caller has it)."""
    if tag is None:
        tag = node.tag
    if tag == "ins":
        return True
    attrs = node.attributes
    if not attrs:
        return False  # no class, no id, no data-ad
    if _ad_attrs(attrs):
        return True
    return tag not in _NEVER and _name_verdicts(attrs.get("class") or "", attrs.get("id") or "")[strict]


__all__ = ["AD_LABEL", "GENERIC_RULES", "ad_or_boilerplate", "ad_slot", "boilerplate_name"]

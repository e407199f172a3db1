"""The generic reader's fields as a reader sees them: headline, site name, visible dates.

* **Site names** (:func:`site_names`): what the page calls its site — ``og:site_name``, JSON-LD
  ``publisher.name``, ``application-name``, ``twitter:site``, the ``alt`` of the logo image, the
  holder of the copyright line (``Copyright © 대전일보``), and the labels of the page's domains
  (``www.entermedia.co.kr`` -> ``entermedia``).
* **Decoration** (:func:`strip_decoration`): the site name glued to a ``<title>``/``og:title`` with
  a separator (`` - ``, `` | ``, ``::``, `` : ``, `` – ``, `` — ``, `` < ``, `` > ``, ``ㅣ``), at
  either end, with page-kind words (``모바일``, ``기사본문`` …) and breadcrumb sections after ``<``;
  :func:`learned_names` adds an end segment of the title that the page's footer, copyright, logo or
  an image ``alt`` also names.
  Column tags (``[단독]``, ``[2025 100대 CEO]``) are part of the headline and stay.
* **Headline** (:func:`find_headline`): the headline element (``h1``–``h4``, or a node whose
  ``class``/``id`` says title/headline/subject) whose text is a structured title with its decoration
  removed; else the structured title without decoration; else the first ``h1``, else the first
  element named a headline (``class="view_tit"``).
* **Visible dates** (:func:`visible_dates`): date strings the page prints near the headline, the
  byline or the body (every form :func:`kornews.korean.parse_date` reads: ``2020-03-04 16:52:59``,
  ``2018.08.25 15:24``, ``2017.04.20. 오후 3:53``, ``2025년 7월 22일`` …), labelled (``입력``,
  ``등록``, ``기사입력``, ``승인``, ``발행``, ``송고``, ``게재``, ``작성``; ``수정``, ``업데이트``) or
  not; :func:`reconcile` merges them with the structured date (the more precise wins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from . import korean as k
from . import lazyre
from .dom import SKIP_TAGS, TEXT_TAG_ID
from .page import Page, ld_text

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

_NORM = lazyre.compile(r"[^0-9A-Za-z가-힣]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text).lower()


# -- site names -------------------------------------------------------------------------------

_LOGO_SELECTORS = (
    '[class*="logo"] img[alt]',
    '[id*="logo"] img[alt]',
    'img[class*="logo"][alt]',
    'img[id*="logo"][alt]',
    "h1 img[alt]",
    "header img[alt]",
)
_LOGO_QUERY = 'img[alt]:is([class*="logo"] *, [id*="logo"] *, [class*="logo"], [id*="logo"], h1 *, header *)'
"""The images of any of the logo selectors, each once, in document order: one selector (one walk of
the tree, each image tested against the six), which :func:`_logo_alts` splits by selector in Python
(Lexbor's ``[class*=…]``/``[id*=…]`` are case-sensitive substring tests, as ``in``)."""


def _logo_alts(page: Page) -> list[str]:
    """The ``alt`` of the first two images of each of ``_LOGO_SELECTORS``, selector by selector (as if
    each were queried alone)."""
    hits: list[list[str]] = [[] for _ in _LOGO_SELECTORS]
    seen: set[int] = set()
    for node in page.tree.css(_LOGO_QUERY):  # every hit is an ``img[alt]``, in document order
        mid = node.mem_id
        if mid in seen:  # never twice (a selector list would list a node once per selector it matches)
            continue
        seen.add(mid)
        own = node.attributes
        # which selectors match: a logo-named ancestor (class, id), the image's own class/id, h1/header above
        match = [False, False, "logo" in (own.get("class") or ""), "logo" in (own.get("id") or ""), False, False]
        up = node.parent
        while up is not None and not (match[0] and match[1] and match[4] and match[5]):
            tag = up.tag
            if tag == "h1":
                match[4] = True
            elif tag == "header":
                match[5] = True
            if up.is_element_node:
                attrs = up.attributes
                if not match[0] and "logo" in (attrs.get("class") or ""):
                    match[0] = True
                if not match[1] and "logo" in (attrs.get("id") or ""):
                    match[1] = True
            up = up.parent
        alt = own.get("alt") or ""
        for i, hit in enumerate(match):
            if hit and len(hits[i]) < 2:
                hits[i].append(alt)
    return [alt for per in hits for alt in per]


_COPYRIGHT_HOLDER = lazyre.compile(
    r"(?:copyright|저작권자|ⓒ|©|\(c\))\s*(?:[©ⓒ]|\(c\))?\s*(?:(?:19|20)\d\d(?:\s*[-~]\s*(?:19|20)?\d\d)?\s*)?[.,]?\s*"
    r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{1,30}?)\s*(?:[.,(<]|all\s+rights|무단|$)",
    re.IGNORECASE,
)


def _copyright_hint(text: str) -> bool:
    """False only when :data:`_COPYRIGHT_HOLDER` cannot match ``text``: none of its opening words
    (``copyright``, ``저작권자``, ``ⓒ``, ``©``, ``(c)``) in ``text`` lowercased, and no ``İ``/``ı``
    (the only characters besides case variants that the regex's ``re.IGNORECASE`` matches to them)."""
    if "©" in text or "저작권자" in text or "ı" in text or "İ" in text:
        return True
    low = text.lower()
    return "copyright" in low or "ⓒ" in low or "(c)" in low


_HOST_NOISE = frozenset(
    "www m mobile news kr com co net or org go ne re ac pe tv biz info me io asia web amp".split()
)
_MAX_NAMES = 12


def site_names(page: Page) -> tuple[str, ...]:
    """Names the page calls its site (see the module docstring), deduplicated, in evidence order;
    only names of 2–40 characters."""
    meta = page.meta
    ld = page.article_ld or {}
    out: list[str] = []
    for value in (
        meta.get("og:site_name"),
        ld_text(ld.get("publisher")),
        meta.get("application-name"),
        (meta.get("twitter:site") or "").lstrip("@"),
        meta.get("apple-mobile-web-app-title"),
    ):
        if value:
            out.append(value)
    out.extend(_logo_alts(page))
    for node in page.tree.css('footer, address, [class*="copy"], [id*="copy"], [class*="footer"], [id*="footer"]')[:8]:
        text = k.clean_ws(node.text(separator=" "))[:600]
        if not _copyright_hint(text):
            continue  # the regex would find nothing (it is slow to say so: no literal to scan for)
        for m in _COPYRIGHT_HOLDER.finditer(text):
            out.append(m.group("name"))
            break
    for host in page.hosts:
        out.extend(label for label in host.split(".") if label not in _HOST_NOISE and len(label) >= 3)
    seen: dict[str, str] = {}
    for name in out:
        name = k.clean_ws(name).strip(" .,-|")
        key = _norm(name)
        if 2 <= len(name) <= 40 and len(key) >= 2 and key not in seen:
            seen[key] = name
    return tuple(seen.values())[:_MAX_NAMES]


# -- byline nodes -----------------------------------------------------------------------------

_BYLINE_CLASS_WORDS = ("byline", "writer", "reporter", "journalist", "author")
_BYLINE_EXACT = ('[rel="author"]', '[itemprop="author"]')
BYLINE_SELECTORS = tuple(f'[class*="{word}"]' for word in _BYLINE_CLASS_WORDS) + _BYLINE_EXACT
"""Byline-like nodes: a ``class`` holding ``byline``, ``writer``, ``reporter``, ``journalist`` or
``author``, ``rel="author"``, ``itemprop="author"`` (the order :func:`byline_nodes` gives them in)."""
_BYLINE_QUERY = (
    "[class]:is(" + ", ".join(BYLINE_SELECTORS[: len(_BYLINE_CLASS_WORDS)]) + "), " + ", ".join(_BYLINE_EXACT)
)
"""The nodes of any of :data:`BYLINE_SELECTORS`, in document order: the class tests as one selector
(one walk of the tree, the five tests asked only of elements with a ``class``), then ``rel``, ``itemprop``."""
_PER_BYLINE_SELECTOR = 12


def byline_nodes(page: Page) -> list[LexborNode]:
    """The first 12 nodes of each of :data:`BYLINE_SELECTORS` in document order, selector after
    selector (a node matching two selectors comes twice), as if each were queried alone, from one
    query: its nodes are split by selector in Python as Lexbor tests them (``[class*=…]`` a
    case-sensitive substring test, as ``in``; ``[itemprop=…]`` equality; ``[rel=…]`` equality, ignoring
    ASCII case on HTML elements as HTML says of ``rel``: a ``rel`` that differs from ``author`` in case
    only is left to Lexbor's own ``[rel="author"]`` query)."""
    hits: list[list[LexborNode]] = [[] for _ in BYLINE_SELECTORS]
    seen: set[int] = set()
    words, most = _BYLINE_CLASS_WORDS, _PER_BYLINE_SELECTOR
    cased_rel = False
    for node in page.tree.css(_BYLINE_QUERY):  # document order, a node once per entry of the list it matches
        mid = node.mem_id
        if mid in seen:
            continue
        seen.add(mid)
        attrs = node.attributes
        cls = attrs.get("class") or ""
        match = [word in cls for word in words]
        rel = attrs.get("rel")
        match.append(rel == "author")
        if rel is not None and rel != "author" and rel.isascii() and rel.lower() == "author":
            cased_rel = True  # matched or not by the element's namespace (HTML ignores the case, SVG not)
        match.append(attrs.get("itemprop") == "author")
        for i, hit in enumerate(match):
            if hit and len(hits[i]) < most:
                hits[i].append(node)
    if cased_rel:  # rare: Lexbor's own answer
        hits[-2] = page.tree.css(_BYLINE_EXACT[0])[:most]
    return [node for per in hits for node in per]


# -- decoration -------------------------------------------------------------------------------

_SEP = r"(?:\s+[|\-–—:<>·ㅣ]\s+|\s*(?:\||::|ㅣ|｜)\s*)"
"""Separators between a headline and its decoration; ``<``/``>`` only with spaces on both sides
(``영화 <기생충> 흥행`` keeps its angle brackets)."""
_SEP_RE = lazyre.compile(_SEP)
_SEP_AT_END = lazyre.compile(_SEP + r"$")
_SPACES = lazyre.compile(r"\s+")
_SENTENCE_PUNCT = lazyre.compile(r"[.!?,'\"“”‘’\[\]()…]")
_ANY_HANGUL = lazyre.compile("[가-힣]")
_ROLE_OR_EMAIL = lazyre.compile(k.ROLE + "|" + k.EMAIL)
_PAGE_WORDS = lazyre.compile(
    r"^(?:모바일|mobile|m|뉴스|news|온라인|인터넷|인터넷\s*신문|기사\s*본문|기사\s*보기|본문|기사|상세\s*보기|"
    r"뉴스\s*상세|기사\s*상세|상세|홈|home|전체\s*기사|최신\s*기사|포토|영상|오피니언|정치|경제|사회|문화|국제|"
    r"스포츠|연예|IT|과학|생활|사설|칼럼|전국|지역|산업|증권|부동산|금융|라이프|엔터|세계|북한|교육|건강)$",
    re.IGNORECASE,
)
"""Segments of a ``<title>`` that name the kind of page or its section, not the article."""


@functools.lru_cache(maxsize=256)
def _name_keys(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``(name, _norm(name))`` of each of ``names``: a page asks :func:`_site_like` of the same names
    for every segment and candidate headline (bounded: one tuple per page)."""
    return tuple((name, _norm(name)) for name in names)


def _site_like(segment: str, names: Sequence[str]) -> bool:
    """``segment`` is the site's name (possibly with a page-kind word: ``대전일보 모바일``), a
    page-kind word, or a domain written as a name (``Entermedia``)."""
    seg = k.clean_ws(segment)
    if not seg:
        return True
    if _PAGE_WORDS.match(seg):
        return True
    key = _norm(seg)
    if not key:
        return True
    for name, nk in _name_keys(names) if isinstance(names, tuple) else ((n, _norm(n)) for n in names):
        if len(nk) < 2:
            continue
        if nk in key:
            rest = key.replace(nk, "")
            words = [w for w in _SPACES.split(seg.replace(name, " ")) if w.strip()]
            if not rest or len(rest) <= 4 or all(_PAGE_WORDS.match(w) for w in words):
                return True
        elif key in nk and len(key) >= 2:
            return True
    return False


_SEP_CHAR = lazyre.compile(r"[|\-–—:<>·ㅣ｜]")
"""A character every separator (:data:`_SEP`) holds, none of them a space."""


def _segments(title: str) -> list[str]:
    """``title`` split at separators, separators kept as their own items (odd indexes).  No separator
    starts before the spaces in front of the first separator character (all that a separator holds
    before its character is spaces): the search starts there (``\\s`` is ``str.isspace``)."""
    first = _SEP_CHAR.search(title)
    if first is None:
        return [title]
    start = first.start()
    while start and title[start - 1].isspace():
        start -= 1
    out: list[str] = []
    pos = 0
    for m in _SEP_RE.finditer(title, start):
        if m.start() == 0 or m.end() == len(title):
            continue
        out.append(title[pos : m.start()])
        out.append(m.group(0))
        pos = m.end()
    out.append(title[pos:])
    return out


def _short_name(segment: str) -> bool:
    """A segment that can be a site's name: at most 20 characters, at most two words besides page-kind
    words (``모바일``, ``뉴스``), no sentence punctuation or brackets."""
    seg = k.clean_ws(segment)
    words = [w for w in seg.split() if not _PAGE_WORDS.match(w)]
    return 0 < len(seg) <= 20 and 0 < len(words) <= 2 and not _SENTENCE_PUNCT.search(seg)


_MENTION_SELECTOR = (
    'footer, address, [class*="copy"], [id*="copy"], [class*="footer"], [id*="footer"], '
    '[class*="logo"], [id*="logo"], [class*="company"], [class*="corp"]'
)


def learned_names(page: Page, raws: Sequence[str], names: Sequence[str]) -> tuple[str, ...]:
    """``names`` plus the end segments of the raw titles (``… - Entermedia``, ``대전일보 모바일 :: …``)
    that the page names elsewhere as itself: in its footer, copyright, address or logo blocks, or an
    image ``alt`` (so a decoration is learned even when no meta tag names the site)."""
    ends: list[str] = []
    for raw in dict.fromkeys(raws):  # a title several sources give is looked at once (``found`` is deduplicated)
        parts = _segments(raw)
        if len(parts) >= 3:
            ends.extend(seg for seg in (parts[0], parts[-1]) if _short_name(seg) and not _site_like(seg, names))
    if not ends:
        return tuple(names)
    texts = [k.clean_ws(n.text(separator=" "))[:2000] for n in page.tree.css(_MENTION_SELECTOR)[:12]]
    texts += [n.attributes.get("alt") or "" for n in page.tree.css("img[alt]")[:60]]
    mentions = _norm(" ".join(texts))
    found = [seg for seg in ends if len(_norm(seg)) >= 2 and _norm(seg) in mentions]
    return tuple(names) + tuple(dict.fromkeys(k.clean_ws(seg) for seg in found))


def strip_decoration(title: str, names: Sequence[str]) -> str:
    """``title`` without the site decoration at either end (see the module docstring):
    ``"헤드라인 - 엔터미디어"`` -> ``"헤드라인"``; ``"대전일보 모바일 :: 헤드라인"`` -> ``"헤드라인"``;
    ``"헤드라인 < 사회 < 기사본문 - 대전일보"`` -> ``"헤드라인"``.  Never returns an empty string (the
    title is returned unchanged when every segment looks like decoration)."""
    title = k.clean_ws(title)
    parts = _segments(title)
    changed = True
    while changed and len(parts) >= 3:
        changed = False
        if _site_like(parts[-1], names):
            parts = parts[:-2]
            changed = True
        elif parts[-2].strip() in ("<", ">") and len(k.clean_ws(parts[-1])) <= 12 and len(parts[0]) > 12:
            parts = parts[:-2]  # a breadcrumb section after the headline (… < 사회 < 기사본문)
            changed = True
        elif _site_like(parts[0], names):
            parts = parts[2:]
            changed = True
    out = k.clean_ws("".join(parts))
    return out or title


def _decorated(raw: str, core: str, names: Sequence[str]) -> bool:
    """``raw`` is ``core`` with decoration around it: what is left on each side starts (ends) with a
    separator and is site-like, or is shorter than ``core``."""
    i = raw.find(core)
    if i < 0 or len(core) < 4:
        return False
    head, tail = raw[:i], raw[i + len(core) :]
    for side, at_end in ((head, True), (tail, False)):
        if not side.strip():
            continue
        sep = _SEP_AT_END.search(side) if at_end else _SEP_RE.match(side)
        if sep is None:
            return False
        rest = side[: sep.start()] if at_end else side[sep.end() :]
        if len(rest) >= len(core) and not all(_site_like(seg, names) for seg in _segments(rest)[::2]):
            return False
    return True


_HEADLINE_SELECTOR = (
    "h1, h2, h3, h4, [class*='title'], [class*='headline'], [class*='tit_'], [class*='_tit'], [class~='tit'], "
    "[class*='subject'], [id*='title'], [id*='headline'], [itemprop='headline']"
)
_MAX_HEADLINE_NODES = 120


class Headline(NamedTuple):
    """The chosen headline text and the element it was read from (None when it came from metadata)."""

    text: str
    node: LexborNode | None


def find_headline(page: Page, structured: Iterable[str | None], names: Sequence[str]) -> Headline | None:
    """The headline (see the module docstring).  ``structured``: titles from structured data in order
    of trust (JSON-LD ``headline``, embedded JSON, ``og:title``, ``twitter:title``, ``<title>``), raw
    (with their decoration)."""
    raws = [k.clean_ws(r) for r in structured if r and k.clean_ws(r)]
    names = learned_names(page, raws, names)
    distinct = list(dict.fromkeys(raws))  # a title several sources give (og:title, <title>) is read once
    strip_of = {r: strip_decoration(r, names) for r in distinct}
    stripped = [strip_of[r] for r in raws]
    keys = {key for key in map(_norm, strip_of.values()) if key}
    best: Headline | None = None
    first_h1: LexborNode | None = None
    first_named: LexborNode | None = None
    seen: set[int] = set()
    for node in page.tree.css(_HEADLINE_SELECTOR)[:_MAX_HEADLINE_NODES]:
        # Lexbor lists a node once per selector it matches; a second visit can change nothing (``best``
        # only grows, ``first_h1``/``first_named`` are set once), so its text is not read again
        mid = node.mem_id
        if mid in seen:
            continue
        seen.add(mid)
        text = k.clean_ws(node.text(separator=" "))
        if not text or len(text) > 300:
            continue
        if not raws:  # the fallbacks, needed only without structured titles
            if first_h1 is None and node.tag == "h1" and not _site_like(text, names):
                first_h1 = node
            if first_named is None and node.tag != "h1" and _headline_named(node, text, names):
                first_named = node
        if best is not None and len(text) <= len(best.text):
            continue
        # :func:`_decorated` needs ``text`` inside the raw title: asked of those only
        if _norm(text) in keys or any(text in r and _decorated(r, text, names) for r in distinct):
            if not _site_like(text, names):
                best = Headline(text, node)
    if best is not None:
        return Headline(strip_decoration(best.text, names), best.node)
    if stripped:
        return Headline(stripped[0], None)
    for fallback in (first_h1, first_named):
        if fallback is not None:
            return Headline(strip_decoration(k.clean_ws(fallback.text(separator=" ")), names), fallback)
    return None


_TITLE_NAME = lazyre.compile(
    r"(?:^|[\s_\-])(?:(?:article|news|view|art)[_\-]?)?(?:title|tit|headline|subject)(?:$|[\s_\-])", re.IGNORECASE
)


def _headline_named(node: LexborNode, text: str, names: Sequence[str]) -> bool:
    """An element whose ``class``/``id`` names it the headline (``view_tit``, ``article-title``,
    ``headline``), holding a headline-sized Korean text that is not the site's name."""
    name = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return (
        8 <= len(text) <= 200
        and _TITLE_NAME.search(name) is not None
        and _ANY_HANGUL.search(text) is not None
        and node.css_first("a, li") is None
        and not _site_like(text, names)
    )


# -- visible dates ----------------------------------------------------------------------------

_QUICK_DATE = lazyre.compile(r"(?:19|20)\d\d\s*(?:[./\-년])\s*\d{1,2}\s*(?:[./\-월])\s*\d{1,2}")
_PUB_LABEL = lazyre.compile(
    r"(?:기사\s*)?(?:입력|등록|작성|게재|승인|발행|송고|출고|보도)(?:일|시간|일시|시각)?|published|posted|입력일",
    re.IGNORECASE,
)
_MOD_LABEL = lazyre.compile(
    r"(?:최종\s*)?(?:수정|업데이트|갱신|편집)(?:일|시간|일시|시각)?|updated|modified", re.IGNORECASE
)
_NOT_DATE_TAGS = frozenset({"a", "nav", "footer", "aside", "option", "select", "label"})
_NEAR = 30
"""Elements (in document order) between a labelled date and the headline/byline/body for it to count."""
_NEAR_UNLABELLED = 15
"""Elements after the headline within which an unlabelled date may sit (when the body starts later)."""
_MAX_CANDIDATES = 400
_DATE_COUNTED: dict[int, bool] = {}
"""Whether :func:`visible_dates` counts and enters an element, by Lexbor tag id, kept across pages:
a standard tag's id is the same in every document; a custom or unknown element's id is per document
(1 << 16 and above) but its answer is always yes, as every name of ``SKIP_TAGS`` and
``_NOT_DATE_TAGS`` is a standard tag (a test keeps it so)."""
_REACH = _NEAR + 2
"""Elements from the headline, body or a byline beyond which no date can count: a labelled one within
:data:`_NEAR`, an unlabelled one within :data:`_NEAR_UNLABELLED` (or 3 of a byline), a modified date
read as the second of a pair within 2 after the published one (itself within :data:`_NEAR`)."""


class _Candidate(NamedTuple):
    at: int
    value: k.ParsedDate
    label: str | None  # "published" | "modified" | None
    dominant: bool  # the text is little more than the date (and its label)
    boxed: bool = False  # inside the element that holds the headline (or the body, without headline)


_LABEL_AFTER = lazyre.compile(
    r"\s*[\])]?\s*(?:(?:기사\s*)?(?:입력|등록|작성|게재|승인|발행|송고)|(?:최종\s*)?(?:수정|업데이트))(?![가-힣])"
)
"""A label right after a date (``2020.03.04 16:52 입력``)."""


_LABEL_END = lazyre.compile(r"(?:일|시간|일시|시각)?\s*[:：\[\](|]*\s*$")


def _label(before: str) -> str | None:
    """``published``/``modified`` when ``before`` ends with a date label (only spaces, ``:``, brackets
    between the label and the date), else None."""
    best: tuple[int, str] | None = None
    for rx, kind in ((_PUB_LABEL, "published"), (_MOD_LABEL, "modified")):
        for m in rx.finditer(before):
            if _LABEL_END.fullmatch(before, m.end()) and (best is None or m.end() > best[0]):
                best = (m.end(), kind)
    return best[1] if best else None


_DOMINANT_REST = lazyre.compile(r"[\s\[\](){}<>:：|/·ㆍ,.\-~]+")


def _candidates(text: str, tail: str, index: int) -> list[_Candidate]:
    """Dates of one text node; ``tail`` is the text just before it (up to 40 characters)."""
    out: list[_Candidate] = []
    context = tail + text
    offset = len(tail)
    pos = 0  # labels count from the end of the tail's last date on
    for m in _QUICK_DATE.finditer(tail):
        pos = m.end()
    rest = text
    postfix = False  # labels after their dates: ``2020.03.04 16:52 입력 | 2020.03.05 09:10 수정``
    for m in k.DATE_RE.finditer(context, pos):
        if m.end() <= offset:
            continue
        value = k.build_date(m)
        if value is None:
            continue
        label = None if postfix else _label(context[pos : m.start()])
        if label is None and (postfix or not out):
            after = _LABEL_AFTER.match(context, m.end())
            if after is not None:
                postfix = True
                label = _label(after.group(0))
        pos = m.end()
        rest = rest.replace(m.group(0).strip(), " ")
        out.append(_Candidate(index, k.ParsedDate(value, m.group(0).strip()), label, False))
    if not out:
        return out
    rest = _MOD_LABEL.sub(" ", _PUB_LABEL.sub(" ", rest))
    for r in k.parse_byline(rest):
        rest = rest.replace(r.name, " ")
    rest = _ROLE_OR_EMAIL.sub(" ", rest)
    dominant = len(_DOMINANT_REST.sub("", rest)) <= 12
    return [c._replace(dominant=dominant) for c in out]


def visible_dates(
    root: LexborNode, headline: LexborNode | None = None, container: LexborNode | None = None
) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
    """(published, modified) printed on the page near the ``headline`` element, the start of the body
    ``container`` or a byline text (``홍길동 기자``) found on the way.

    One pass over ``root`` in document order; dates inside a link, ``nav``, ``aside`` or ``footer``
    never count.  A labelled date (``입력``, ``기사입력 :[ … ]``, ``수정`` …) counts within a few
    elements of any of them and goes by its label.  An unlabelled date counts as published only when
    its text is little more than the date (``2020-03-04 16:52:59``, ``홍길동 기자 | 2020.03.04``) and it
    sits between the headline and the body, right above the headline inside the headline's own box, or
    right beside a byline (so the dates of a ticker above the headline or of a related list after the
    body never count).  The candidate nearest the headline wins.

    The pass only notes the texts that may hold a date (with their place and the text before them);
    they are read (:func:`_candidates`) after it, and only those within :data:`_REACH` elements of the
    headline, the body or a byline (no other can count), unless the page has so many that the cap of
    :data:`_MAX_CANDIDATES` could be reached (then all, in order, as the cap needs)."""
    head_id = headline.mem_id if headline is not None else None
    anchor = headline if headline is not None else container
    box = anchor.parent if anchor is not None else None
    box_id = box.mem_id if box is not None and box.tag not in ("body", "html") else None
    body_id = container.mem_id if container is not None else None
    index = 0
    tail = ""
    head_at = body_at = -1
    byline_at: list[int] = []
    # texts that may hold a date: (index, clean text, tail before it, text node); ``bound``: at most
    # this many candidates in all (a date is at least 8 characters: 1 + len // 8 per text)
    pending: list[tuple[int, str, str, LexborNode]] = []
    bound = 0
    clean, quick, parse_byline = k.clean_ws, _QUICK_DATE.search, k.parse_byline
    text_id = TEXT_TAG_ID
    # document order from ``root`` (first_child/next): the subtrees of skipped tags, links, nav … are not entered
    stack: list[LexborNode] = []
    counts = _DATE_COUNTED  # Lexbor tag id -> the element counts (and is entered)
    node: LexborNode | None = root
    while node is not None:
        tid = node.tag_id
        if tid == text_id:
            # whitespace between tags (most text nodes): nothing to read, tested in C
            if not node.is_empty_text_node:
                text = node.text_content or ""
                if text and not text.isspace():  # ``text.strip()`` without the copy
                    size = len(text)
                    if size <= 120:
                        cleaned = clean(text)
                        if ("20" in text or "19" in text) and quick(text):  # the literal _QUICK_DATE opens with
                            pending.append((index, cleaned, tail, node))
                            bound += 1 + size // 8
                        if size <= 60 and ("기자" in text or "특파원" in text) and parse_byline(text):
                            byline_at.append(index)
                        tail = (tail + " " + cleaned)[-40:]
                    else:
                        # the last 40 characters of the cleaned text, from its end when that has 40
                        # (a cleaned suffix is a suffix of the cleaned text)
                        last = clean(text[-60:])
                        tail = last[-40:] if len(last) >= 40 else (tail + " " + clean(text))[-40:]
        else:
            counted = counts.get(tid)
            if counted is None:  # first element of this tag: decided once (``node.tag`` builds a str)
                tag = node.tag
                counted = counts[tid] = (
                    tag is not None and not tag.startswith("-") and tag not in SKIP_TAGS and tag not in _NOT_DATE_TAGS
                )
            if counted:
                index += 1
                mid = node.mem_id
                if mid == head_id:
                    head_at = index
                if mid == body_id:
                    body_at = index
                child = node.first_child
                if child is not None:
                    stack.append(node)
                    node = child
                    continue
        nxt = node.next if stack else None  # never past ``root``
        while nxt is None and stack:
            up = stack.pop()
            nxt = up.next if stack else None
        node = nxt
    if not pending:
        return None, None
    spots = [i for i in (head_at, body_at) if i >= 0] + byline_at
    ref = head_at if head_at >= 0 else body_at if body_at >= 0 else (byline_at[0] if byline_at else 0)
    found: list[_Candidate] = []
    capped = bound >= _MAX_CANDIDATES  # else the cap cannot be reached: only texts in reach are read
    for at, text, before, where in pending:
        if capped:
            if len(found) >= _MAX_CANDIDATES:
                continue
        elif not any(abs(at - p) <= _REACH for p in spots):
            continue
        found.extend(c._replace(boxed=_inside(where, box_id)) for c in _candidates(text, before, at))
    if not found:
        return None, None

    def near(c: _Candidate, places: list[int], limit: int) -> bool:
        return any(abs(c.at - p) <= limit for p in places)

    def between(c: _Candidate) -> bool:
        if head_at < 0:  # no headline element: just before the body, inside the body's own box
            return c.boxed and body_at >= 0 and 0 <= body_at - c.at <= _NEAR_UNLABELLED
        if c.at < head_at:  # above the headline: only in the headline's own box (``<p class=date>`` + ``<h1>``)
            return c.boxed and head_at - c.at <= 3
        end = body_at if body_at > head_at else head_at + _NEAR_UNLABELLED
        return c.at <= end and c.at - head_at <= _NEAR_UNLABELLED

    published = [c for c in found if c.label == "published" and near(c, spots, _NEAR)]
    if not published:
        published = [c for c in found if c.label is None and c.dominant and (between(c) or near(c, byline_at, 3))]
    modified = [c for c in found if c.label == "modified" and near(c, spots, _NEAR)]
    pub = min(published, key=lambda c: abs(c.at - ref)) if published else None
    mod = min(modified, key=lambda c: abs(c.at - ref)) if modified else None
    if pub is not None and mod is None:
        # a second unlabelled date right after the published one (``2020.03.04 16:52 | 2020.03.05 09:00``)
        later = [c for c in found if c.label is None and c.dominant and 0 <= c.at - pub.at <= 2 and c is not pub]
        if later and later[0].value.value != pub.value.value and _after(later[0].value.value, pub.value.value):
            mod = later[0]
    return (pub.value if pub else None), (mod.value if mod else None)


def _inside(node: LexborNode, box_id: int | None, depth: int = 6) -> bool:
    """``node`` has the element ``box_id`` among its ``depth`` nearest ancestors."""
    if box_id is None:
        return False
    up = node.parent
    for _ in range(depth):
        if up is None:
            return False
        if up.mem_id == box_id:
            return True
        up = up.parent
    return False


def _after(a: datetime | date, b: datetime | date) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a > b
    da = a.date() if isinstance(a, datetime) else a
    db = b.date() if isinstance(b, datetime) else b
    return da >= db


_HAS_OFFSET = lazyre.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$")
_NINE_HOURS = timedelta(hours=9)


def reconcile(structured: k.ParsedDate | None, visible: k.ParsedDate | None) -> k.ParsedDate | None:
    """One date from the structured (meta, JSON-LD, embedded JSON) and the visible one.

    Either alone wins.  A structured date without time gives way to a visible date with time on the
    same day (or the day after or before: a UTC day); a structured time without offset that is nine
    hours off the visible one was UTC written as local time, and the visible time wins.  Otherwise the
    structured date is kept (it usually has the seconds)."""
    if structured is None:
        return visible
    if visible is None:
        return structured
    s, v = structured.value, visible.value
    if not isinstance(s, datetime):
        if isinstance(v, datetime) and abs((v.date() - s).days) <= 1:
            return visible
        return structured
    if isinstance(v, datetime) and not _HAS_OFFSET.search(structured.raw):
        if abs(abs(s - v) - _NINE_HOURS) < timedelta(minutes=1):
            return visible
    return structured


__all__ = [
    "BYLINE_SELECTORS",
    "Headline",
    "byline_nodes",
    "find_headline",
    "learned_names",
    "reconcile",
    "site_names",
    "strip_decoration",
    "visible_dates",
]

"""Korean news conventions shared by every extractor and by text mode.

Formats handled (each has unit tests and hypothesis round-trips in ``tests/test_korean.py``):

* dates: ``2025년02월14일 08:00``, ``2024. 12. 5. 00:55``, ``기사등록 2025/07/22 14:00:25``,
  ``등록 2025.08.19 17:09:47``, ``입력 :2026/06/04 09:44 수정: 2026/06/04 09:54``,
  ``입력 2020.08.27 20:27``, ``2023.11.02. 오후 8:06``, ``2026.06.04 AM 09:44``,
  ``2025년 7월 22일 오후 3시 5분``, ISO 8601 with or without offset, ``og:regDate`` ``YYYYMMDDHHMMSS``.
  Results are aware datetimes in Asia/Seoul, or a plain ``date`` when the string has no time (no time
  is ever invented).
* datelines/bylines: ``[서울=뉴스핌] 서영욱 기자 = ``, ``[서울=뉴시스]이현주 기자 = ``,
  ``[헤럴드경제(제주)=정태일 기자] ``, ``(서울=연합뉴스) 홍길동 기자 = ``, ``이해인 기자``,
  ``홍길동·김철수 기자``, ``/김지호 기자``, roles 기자/특파원/선임기자/논설위원/….
* sign-offs: a lone e-mail line, ``◎공감언론 뉴시스 x@newsis.com``, ``홍길동 기자 x@y.com``.
* photo captions and credits: ``… [사진=LG]``, ``(사진 = LG)``, ``/김지호 기자``, ``그래픽=이진영``,
  ``… 2024.12.19. photo@newsis.com *재판매 및 DB 금지``, ``[사진 출처 = 연합뉴스]``, and a bare credit after the
  caption's last sentence (``… 연설하고 있다. 연합뉴스``, ``… 있다. 고영권 기자``), a bracketed source
  (``… 있다. [LG 제공]``, ``[연합]``, ``[헤럴드DB]``).
* copyright lines: ``Copyright © 조선일보. 무단전재 및 재배포 금지.``, ``ⓒ 뉴스핌``, ``저작권자 ©…``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from . import lazyre

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

try:  # pragma: no cover - depends on the machine's tz database
    from zoneinfo import ZoneInfo

    KST: tzinfo = ZoneInfo("Asia/Seoul")
except Exception:  # pragma: no cover
    KST = timezone(timedelta(hours=9), "KST")
"""Asia/Seoul (UTC+09:00; no daylight saving since 1988); a fixed offset if no tz database exists."""

# --------------------------------------------------------------------------------------------
# whitespace

_ZERO_WIDTH = lazyre.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def clean_ws(text: str) -> str:
    """Collapse every run of whitespace (incl. NBSP, zero-width, ideographic space) to one space."""
    # fast path: only single ASCII spaces inside (``isprintable`` is False for every other space,
    # line break and zero-width character), nothing to strip
    if text.isprintable():  # no zero-width character either (they are not printable)
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
    elif "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub(" ", text)  # the characters of _ZERO_WIDTH, each looked for in C
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# dates

_AMPM = r"(?P<ampm>오전|오후|AM|PM|am|pm|A\.M\.|P\.M\.)"
_DATE_RE = lazyre.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:년|[./-])\s*(?P<m>\d{1,2})\s*(?:월|[./-])\s*(?P<d>\d{1,2})(?!\d)"
    r"\s*(?:일|\.)?"
    r"(?:[\s,T]*(?:" + _AMPM + r"\s*)?(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2}|\d(?=\s*분))"
    r"(?:\s*(?::|분)\s*(?P<S>\d{2})(?:\.\d+)?)?\s*(?:분|초)?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm))?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT_RE = lazyre.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:(?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)?)?$")

_PUBLISHED_LABEL = lazyre.compile(r"(?:기사)?(?:입력|등록|작성|게재|승인|발행|송고)(?:일|시간|일시)?\s*:?")
_MODIFIED_LABEL = lazyre.compile(r"(?:최종)?(?:수정|업데이트|갱신)(?:일|시간|일시)?\s*:?")


class ParsedDate(NamedTuple):
    """A parsed date: ``value`` (aware datetime, or date without time) and the ``raw`` matched text."""

    value: datetime | date
    raw: str


_KST_OFFSETS = frozenset({"+09:00", "+0900"})
_OFFSETS: dict[str, tzinfo] = {"Z": timezone.utc}
"""The tzinfo of each UTC offset met (``+09:00``, ``-0500``, ``Z``): built once each."""


def _offset(tz: str) -> tzinfo:
    """The fixed-offset tzinfo of ``tz`` (``[+-]HH:?MM``), remembered in :data:`_OFFSETS`."""
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    found = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    if len(_OFFSETS) < 256:
        _OFFSETS[tz] = found
    return found


def _when(
    ys: str, ms: str, ds: str, hs: str | None, mins: str | None, secs: str | None, label: str | None, tz: str | None
) -> datetime | date | None:
    """The date (no hour given) or the KST datetime of a date match's group texts (``label``: the 오전/오후
    or AM/PM mark, ``tz``: an offset such as ``+09:00``); None when they make no real date."""
    try:
        y, mo, d = int(ys), int(ms), int(ds)
        if hs is None:
            return date(y, mo, d)
        hour, minute = int(hs), int(mins or 0)
        second = int(secs) if secs else 0
        if label:
            label = label.upper().replace(".", "")
            if label in ("오후", "PM") and hour < 12:
                hour += 12
            elif label in ("오전", "AM") and hour == 12:
                hour = 0
        if tz and not (tz in _KST_OFFSETS and y >= 1989):  # Seoul's offset has been +09:00 all year since 1988
            tzi = _OFFSETS.get(tz)
            if tzi is None:
                tzi = _offset(tz)
            return datetime(y, mo, d, hour, minute, second, tzinfo=tzi).astimezone(KST)
        return datetime(y, mo, d, hour, minute, second, tzinfo=KST)
    except (ValueError, OverflowError):
        return None


def _build(m: re.Match[str]) -> datetime | date | None:
    """:func:`_when` of a match of a date pattern with the named groups ``y m d`` (and maybe ``H M S ampm
    ampm2 tz``; ``M`` matches whenever ``H`` does)."""
    g = m.groupdict()
    label = g.get("ampm") or g.get("ampm2")
    return _when(g["y"], g["m"], g["d"], g.get("H"), g.get("M"), g.get("S"), label, g.get("tz"))


def _build_date(m: re.Match[str]) -> datetime | date | None:
    """:func:`_build` of a :data:`_DATE_RE` match, its groups read by position in one call (``m.groups()``:
    ``y m d ampm H M S ampm2 tz``) instead of by name; the same value for every match (tested against
    :func:`_build`)."""
    ys, ms, ds, ampm, hs, mins, secs, ampm2, tz = m.groups()
    return _when(ys, ms, ds, hs, mins, secs, ampm or ampm2, tz)


DATE_RE = _DATE_RE
"""The Korean/ISO date pattern :func:`parse_date` searches (groups ``y m d H M S ampm ampm2 tz``)."""


def build_date(m: re.Match[str]) -> datetime | date | None:
    """The value of a :data:`DATE_RE` match (aware KST datetime, or date), None if it is no valid date."""
    return _build_date(m) if m.re.pattern == _DATE_RE.pattern else _build(m)  # the same source: the same groups


def parse_date(text: str | None) -> ParsedDate | None:
    """Parse the first Korean/ISO date in ``text``.

    Returns an aware datetime in Asia/Seoul (a string without offset is read as KST; one with an
    offset is converted), a ``date`` when no time is given, or None when no valid date is found.
    ``raw`` is the matched substring (for ``og:regDate``-style digits, the whole string).
    """
    if not text:
        return None
    s = text.strip()
    m = _COMPACT_RE.match(s)
    if m:
        value = _build(m)
        return ParsedDate(value, s) if value is not None else None
    search = _DATE_RE.search
    m = search(text)  # the matches finditer gives: each search starts where the last match ended
    while m is not None:
        value = _build_date(m)
        if value is not None:
            return ParsedDate(value, m.group(0).strip())
        m = search(text, m.end())
    return None


def parse_labelled_dates(text: str | None) -> tuple[ParsedDate | None, ParsedDate | None]:
    """Split a date line into (published, modified) by its labels.

    ``"입력 :2026/06/04 09:44 수정: 2026/06/04 09:54"`` -> both; ``"기사등록 2025/07/22 14:00:25"`` ->
    (published, None); a line with only ``수정`` gives (None, modified); an unlabelled date counts as
    published.  A second unlabelled date counts as modified.
    """
    if not text:
        return None, None
    published: ParsedDate | None = None
    modified: ParsedDate | None = None
    pos = 0
    for m in _DATE_RE.finditer(text):
        value = _build_date(m)
        if value is None:
            continue
        before = text[pos : m.start()]
        pos = m.end()
        pd = ParsedDate(value, m.group(0).strip())
        if _MODIFIED_LABEL.search(before):
            modified = modified or pd
        elif _PUBLISHED_LABEL.search(before) or published is None:
            published = published or pd
        else:
            modified = modified or pd
    return published, modified


# --------------------------------------------------------------------------------------------
# reporters and bylines

ROLES: tuple[str, ...] = (
    "객원논설위원",
    "논설위원실장",
    "수석논설위원",
    "선임기자",
    "수석기자",
    "전문기자",
    "객원기자",
    "인턴기자",
    "수습기자",
    "사진기자",
    "영상기자",
    "취재기자",
    "대기자",
    "특파원",
    "논설위원",
    "논설실장",
    "편집위원",
    "편집국장",
    "칼럼니스트",
    "통신원",
    "객원위원",
    "기획위원",
    "연구위원",
    "해설위원",
    "에디터",
    "기자",
)
"""Role words that follow a reporter's name, longest first (so ``선임기자`` wins over ``기자``)."""

ROLE = "(?:" + "|".join(ROLES) + ")"
_NAME_STRICT = r"[가-힣]{2,5}"
EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
EMAIL_RE = lazyre.compile(EMAIL)
_NAMES = _NAME_STRICT + r"(?:\s*[·ㆍ,・/]\s*" + _NAME_STRICT + r")*"
_BYLINE_RE = lazyre.compile(
    r"(?<![가-힣])(?P<names>" + _NAMES + r")\s*(?P<role>" + ROLE + r")(?![가-힣])"
    r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
_SPLIT_NAMES = lazyre.compile(r"\s*[·ㆍ,・/]\s*")
_ROLE_TAILS = tuple(dict.fromkeys(role[-2:] for role in ROLES))
"""The last two characters of every role word (``기자``, ``위원``, ``파원`` …): a text holding none of them
holds no byline (a cheap test before :data:`_BYLINE_RE`)."""


class RawReporter(NamedTuple):
    """(name, role, email) as found in text; converted to :class:`kornews.Reporter` by extractors."""

    name: str
    role: str | None
    email: str | None


def parse_date_run(
    lines: Sequence[str], start: int, is_date: Callable[[str], bool]
) -> tuple[ParsedDate | None, ParsedDate | None, int]:
    """The (published, modified) dates of the run of date lines from ``lines[start]`` (the lines
    ``is_date`` accepts: ``입력``/``수정`` labels, bare dates), read together by
    :func:`parse_labelled_dates`, and the index of the first line after the run."""
    end = start
    while end < len(lines) and is_date(lines[end]):
        end += 1
    published, modified = parse_labelled_dates(" ".join(lines[start:end]))
    return published, modified, end


def parse_byline(text: str | None) -> list[RawReporter]:
    """All reporters named in a byline string, in order.

    ``"홍길동·김철수 기자"`` -> two reporters with role 기자; ``"이해인 기자 2024. 12. 5. 00:55"`` -> one;
    ``"/김지호 기자"`` -> one.  An e-mail right after a role is attached to the last name before it.
    Names never contain role words, brackets or e-mail, never start inside a word, and are never an
    organisation or desk (``연합뉴스 기자``, ``사회부 기자``: :func:`is_organisation`).  A lone ``NAME``
    without role is not a byline.
    """
    if not text or not any(tail in text for tail in _ROLE_TAILS):
        return []  # every match holds a role word, so its last two characters
    out: list[RawReporter] = []
    for m in _BYLINE_RE.finditer(text):
        found, role, email = m.group("names", "role", "email")
        # one name unless a separator stands between names (``_SPLIT_NAMES`` splits only at one)
        split = "·" in found or "ㆍ" in found or "," in found or "・" in found or "/" in found
        names = [n for n in (_SPLIT_NAMES.split(found) if split else (found,)) if n and not is_organisation(n)]
        email = email.lower() if email else None
        last = len(names) - 1
        for i, name in enumerate(names):
            out.append(RawReporter(name, role, email if i == last else None))
    return out


_ORGANISATION = lazyre.compile(
    r"^(?:㈜|\(주\)|주식회사)|[0-9A-Za-z]|^(?:편집국|편집부|보도국|취재팀|취재부|뉴스팀|온라인팀|디지털팀|기획팀)$"
    r"|^[가-힣]{2,}(?:뉴스|일보|신문|방송|미디어|경제|닷컴|통신|데일리|타임스|매거진|저널|편집국|편집부|취재팀|취재부|"
    r"기획팀|디지털팀|온라인팀|뉴스팀|보도국|센터|재단|협회|연구원|위원회|그룹)$"
    r"|^(?:사회|정치|경제|산업|국제|문화|스포츠|연예|디지털|온라인|편집|사진|영상|취재|기획|뉴스|보도|체육|금융|증권|"
    r"전국|지방|생활|과학|부동산|산업경제|정책|사회정책)(?:부|팀|국|센터|본부|데스크)$",
)


def is_organisation(name: str) -> bool:
    """True for a name that is an organisation, not a person: ``연합뉴스``, ``대전일보``, ``뉴스1``,
    ``온라인뉴스팀``, ``편집국``, ``㈜예시``: digits or Latin letters, a company mark, a newsroom word, or
    at least two syllables before an outlet/newsroom word (so ``이경제`` stays a person), or a desk
    (``사회부``, ``디지털뉴스팀``)."""
    s = clean_ws(name)
    return not s or _ORGANISATION.search(s) is not None


_BYLINE_LINE = lazyre.compile(
    r"^\s*[/=]?\s*(?:" + _NAMES + r")\s*" + ROLE + r"(?:\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?)?\s*$"
)


def parse_byline_line(text: str) -> list[RawReporter] | None:
    """Reporters of a block that is nothing but a byline (``"이해인 기자"``, ``"홍길동·김철수 기자"``,
    ``"김철수 특파원 kim@x.com"``); None for any other text."""
    if len(text) > 80 or not _BYLINE_LINE.match(text):
        return None
    return parse_byline(text) or None


def merge_reporters(*groups: list[RawReporter]) -> list[RawReporter]:
    """Merge reporter lists by name, keeping first-seen order and filling role/e-mail gaps.

    A reporter with only an e-mail (name ``""``) fills the e-mail of the single reporter that lacks
    one; if none lacks one it is dropped when the address is already known.
    """
    merged: list[RawReporter] = []
    orphans: list[str] = []
    for group in groups:
        for r in group:
            if not r.name:
                if r.email:
                    orphans.append(r.email)
                continue
            for i, have in enumerate(merged):
                if have.name == r.name:
                    merged[i] = RawReporter(have.name, have.role or r.role, have.email or r.email)
                    break
            else:
                merged.append(r)
    for email in orphans:
        if any(r.email == email for r in merged):
            continue
        missing = [i for i, r in enumerate(merged) if not r.email]
        if missing:
            i = missing[0]
            merged[i] = RawReporter(merged[i].name, merged[i].role, email)
    return merged


# --------------------------------------------------------------------------------------------
# dateline leads

_LEAD_BRACKET = lazyre.compile(
    r"^\s*[\[(【]\s*(?P<inner>[^\[\]()【】=]{1,30}(?:\([^()]{1,12}\))?\s*(?:=\s*[^\[\]()【】]{0,40})?)\s*[\])】]\s*"
)
_LEAD_BYLINE = lazyre.compile(
    r"^(?P<names>" + _NAMES + r")\s*(?P<role>" + ROLE + r")(?:\s*\(?(?P<email>" + EMAIL + r")\)?)?\s*=\s*"
)
_PLACE_IN_PARENS = lazyre.compile(r"^(?P<outlet>[^()]+?)\s*\((?P<place>[^()]+)\)$")


class Lead(NamedTuple):
    """A parsed dateline/byline lead: ``place`` (서울), ``publisher`` (뉴스핌), reporters, and the
    paragraph ``rest`` after the lead."""

    place: str | None
    publisher: str | None
    reporters: list[RawReporter]
    rest: str


def parse_lead(text: str) -> Lead | None:
    """Parse a paragraph that starts with a Korean dateline/byline lead; None if it does not.

    ``[서울=뉴스핌] 서영욱 기자 = 본문`` -> Lead("서울", "뉴스핌", [서영욱 기자], "본문");
    ``[헤럴드경제(제주)=정태일 기자] 본문`` -> Lead("제주", "헤럴드경제", [정태일 기자], "본문");
    ``[서울=뉴시스]이현주 기자 = 본문``; ``(서울=연합뉴스) 홍길동 기자 = 본문``; ``이해인 기자 = 본문``;
    ``[부산=스포츠조선 선수민 기자] 본문`` -> Lead("부산", "스포츠조선", [선수민 기자], "본문").
    """
    place = publisher = None
    reporters: list[RawReporter] = []
    rest = text
    m = _LEAD_BRACKET.match(text)
    if m:
        inner = m.group("inner").strip()
        a, _, b = inner.partition("=")
        a, b = a.strip(), b.strip()
        if _CREDIT_KEY.fullmatch(a):  # [사진=LG] is a photo credit, not a dateline
            return None
        in_b = parse_byline(b) if b else []
        if in_b:
            reporters = in_b
            pm = _PLACE_IN_PARENS.match(a)
            first = _BYLINE_RE.search(b)
            press = b[: first.start()].strip() if first else ""
            if press and not pm:  # [부산=스포츠조선 선수민 기자]: place = press reporter
                place, publisher = a, press
            else:
                publisher, place = (pm.group("outlet").strip(), pm.group("place").strip()) if pm else (a, None)
        elif b:
            place, publisher = a, b
        else:
            in_a = parse_byline(a)
            if in_a and _BYLINE_RE.fullmatch(a):
                reporters = in_a
            elif len(a) <= 15 and not EMAIL_RE.search(a):
                publisher = a
            else:
                return None
        rest = text[m.end() :]
    bm = _LEAD_BYLINE.match(rest)
    if bm:
        reporters = reporters + parse_byline(bm.group(0).rstrip("= "))
        rest = rest[bm.end() :]
    elif not m:
        return None
    if not m and not reporters:
        return None
    return Lead(place, publisher, reporters, rest.strip())


# --------------------------------------------------------------------------------------------
# sign-offs, captions, credits, copyright

_EMAILS_ONLY = lazyre.compile(r"^[\s/·,;|]*(?:" + EMAIL + r"[\s/·,;|]*)+$")
_SIGNOFF_NAMED = lazyre.compile(
    r"^\s*(?:[◎☞▶■※/]\s*)?(?:[가-힣]{1,10}\s*=\s*)?(?P<names>" + _NAMES + r")\s*(?P<role>" + ROLE + r")\s*"
    r"(?P<emails>(?:" + EMAIL + r"[\s,/·]*)+)$"
)
_SIGNOFF_ORG = lazyre.compile(
    r"^\s*(?:[◎☞▶■※]\s*)?(?:공감언론\s*)?[가-힣A-Za-z0-9]{1,12}\s+(?P<emails>(?:" + EMAIL + r"[\s,/·]*)+)$"
)


def parse_signoff(text: str) -> list[RawReporter] | None:
    """If ``text`` is a sign-off line, the reporters/e-mails it names (name may be ``""``); else None.

    ``"syu@newspim.com"`` -> [("", None, "syu@newspim.com")];
    ``"◎공감언론 뉴시스 lovelypsyche@newsis.com"`` -> same shape;
    ``"홍길동 기자 hong@x.com"`` -> [("홍길동", "기자", "hong@x.com")];
    ``"부산=선수민 기자 sunsoo@sportschosun.com"`` (place first) -> [("선수민", "기자", "sunsoo@sportschosun.com")].
    """
    if "@" not in text or len(text) > 240:
        return None
    s = clean_ws(text)
    if not s or len(s) > 120:
        return None
    if _EMAILS_ONLY.match(s):
        return [RawReporter("", None, e.lower()) for e in EMAIL_RE.findall(s)]
    m = _SIGNOFF_NAMED.match(s)
    if m:
        emails = [e.lower() for e in EMAIL_RE.findall(m.group("emails"))]
        names = [n for n in _SPLIT_NAMES.split(m.group("names")) if n]
        return [RawReporter(n, m.group("role"), emails[i] if i < len(emails) else None) for i, n in enumerate(names)]
    m = _SIGNOFF_ORG.match(s)
    if m:
        return [RawReporter("", None, e.lower()) for e in EMAIL_RE.findall(m.group("emails"))]
    return None


_GLUED_SIGNOFF = lazyre.compile(
    r"(?<=[.!?\"'”’)])\s*(?P<signoff>(?:[가-힣]{1,10}\s*=\s*)?"
    + _NAMES
    + r"\s*"
    + ROLE
    + r"\s*[(\[<]?\s*"
    + EMAIL
    + r"\s*[)\]>]?)\s*$"
)


def split_glued_signoff(text: str) -> tuple[str, list[RawReporter]] | None:
    """A paragraph whose last sentence is followed, on the same line, by a sign-off with an e-mail:
    ``"… 처리했다.부산=선수민 기자 sunsoo@sportschosun.com"`` -> ``("… 처리했다.", [선수민 기자 …])``.
    None when the paragraph does not end so (an e-mail is required, so prose is never cut)."""
    if "@" not in text:
        return None
    m = _GLUED_SIGNOFF.search(text)
    if m is None or m.start() == 0:
        return None
    found = parse_signoff(m.group("signoff"))
    if not found:
        return None
    return text[: m.start()].rstrip(), found


_COPYRIGHT_RE = lazyre.compile(
    r"(?:(?<![\w.+\-])copyright(?![\w.+\-]*@)\s*(?:©|ⓒ|\(c\))?|저작권자\s*(?:©|ⓒ|\(c\))|ⓒ|©)"  # not copyright@x.com
    r"|무단\s*(?:전재|복제|배포|사용)[^\n]{0,40}?(?:금지|불가)",
    re.IGNORECASE,
)


def is_copyright(text: str) -> bool:
    """True for a copyright line (``Copyright © 조선일보. 무단전재 및 재배포 금지.``, ``ⓒ 뉴스핌``,
    ``<저작권자 © 뉴스핌, 무단 전재-재배포 금지>``); short lines only (≤ 200 chars)."""
    if len(text) > 200:
        return False
    # every match holds one of these (``copyright`` in any case has a c or C): a cheap test first
    if not ("c" in text or "C" in text or "ⓒ" in text or "©" in text or "무단" in text or "저작권자" in text):
        return False
    return _COPYRIGHT_RE.search(text) is not None


_CREDIT_KEYS = r"(?:사진|그래픽|자료|영상|출처|일러스트|사진제공|자료제공|제공|디자인|캡처|사진\s?출처)"
_CREDIT_KEY = lazyre.compile(_CREDIT_KEYS)
_CREDIT_BRACKET = lazyre.compile(
    r"\s*[\[(]\s*(?P<key>" + _CREDIT_KEYS + r")\s*[=:]\s*(?P<credit>[^\[\]()]{1,40}?)\s*[\])]\s*$"
)
_CREDIT_BARE = lazyre.compile(r"^\s*(?P<key>" + _CREDIT_KEYS + r")\s*[=:]\s*(?P<credit>[^=\n]{1,40}?)\s*$")
_CREDIT_BARE_AFTER = lazyre.compile(
    r"(?<=[.!?\"'”’])\s+(?:" + _CREDIT_KEYS + r")\s*[=:]\s*(?P<credit>[^=\n.!?]{1,30}?)\s*$"
)
"""``사진=…`` after the caption's last sentence: ``… 있다. 사진=연합뉴스``."""
_CREDIT_PLACE = lazyre.compile(r"(?:^|\s+)[가-힣]{1,10}\s*=\s*(?P<credit>" + _NAME_STRICT + r"\s*" + ROLE + r")\s*$")
"""``… 상대하고 있다. 잠실=최문영 기자`` (스포츠조선: place = photographer, before e-mail and ``/2020.08.20/``)."""
_CREDIT_SLASH = lazyre.compile(
    r"\s*/\s*(?P<credit>"
    + _NAME_STRICT
    + r"\s*"
    + ROLE
    + r"|[가-힣A-Za-z0-9 ]{1,20}\s*제공|뉴스1|연합뉴스|뉴시스|AP|AFP|로이터|EPA|게티이미지(?:뱅크)?)\s*$"
)
_CREDIT_AFTER_SENTENCE = lazyre.compile(
    r"(?<=[.!?\"'”’])\s+(?P<credit>"
    + _NAME_STRICT
    + r"\s*"
    + ROLE
    + r"|[가-힣A-Za-z0-9 ]{1,20}\s*제공|뉴스1|연합뉴스|뉴시스|AP|AFP|로이터|EPA|UPI|신화|게티이미지(?:뱅크)?)\s*$"
)
"""A bare credit after the caption's last sentence: ``… 연설하고 있다. 연합뉴스``, ``… 있다. 고영권 기자``."""
_CREDIT_SOURCE_BRACKET = lazyre.compile(
    r"\s*\[\s*(?P<credit>[가-힣A-Za-z0-9 ·]{1,20}?\s*제공|연합(?:뉴스)?|뉴시스|뉴스1|AP|AFP|로이터|EPA|UPI|신화|"
    r"게티이미지(?:뱅크)?|[가-힣A-Za-z]{1,10}\s?DB)\s*\]\s*$"
)
"""A bracketed source without ``사진=`` (헤럴드경제 and others): ``… 강연하고 있다. [LG 제공]``,
``[연합]``, ``[헤럴드DB]``."""
_AGENCIES = (
    r"(?:연합뉴스|뉴스1|뉴시스|AP|AFP|로이터|EPA|UPI|신화|교도|게티이미지(?:뱅크|코리아)?|셔터스톡|"
    r"Reuters|Getty\s?Images)"
)
_CREDIT_AGENCY_BRACKET = lazyre.compile(
    r"\s*[\[(]\s*(?P<credit>(?:[가-힣A-Za-z]{1,12}\s*[=/]\s*)?" + _AGENCIES + r")"
    r"(?:\s*(?:자료\s*사진|사진|그래픽|제공|자료))?\s*[\])]\s*$"
)
"""An agency in brackets, with its source and a note: ``[EPA=연합뉴스 자료사진]``, ``[연합뉴스 자료사진]``,
``(AP/뉴시스)``."""
_CREDIT_CIRCLE_C = lazyre.compile(r"(?:^|\s+)(?:ⓒ|©)\s*(?P<credit>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 .&]{0,24}?)\s*$")
"""A ``ⓒ`` credit at the end of a caption: ``… 모습. ⓒ게티이미지뱅크`` (no 무단전재 words: those are
copyright lines)."""
_RESALE = lazyre.compile(r"\s*\*?\s*재판매\s*및\s*DB\s*금지\s*$")
_TRAIL_DATE = lazyre.compile(r"\s*/?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}[./]?\s*$")
_TRAIL_EMAILS = lazyre.compile(r"(?:\s*" + EMAIL + r")+\s*$")
_PHOTO_PAREN = lazyre.compile(r"\s*\(\s*(?P<key>" + _CREDIT_KEYS + r")\s*=\s*(?P<credit>[^()]{1,40}?)\s*\)")
_LEAD_PLACE_ONLY = lazyre.compile(r"^\s*\[[^\[\]=]{1,12}=[^\[\]]{1,20}\]\s*")


def cut_tail(rx: re.Pattern[str], s: str, window: int = 256) -> str:
    """``s`` without the match of the end-anchored (``…$``) pattern ``rx`` (as ``rx.sub("", s)``),
    searched in a tail window first; while a wider window (x4) finds an earlier start, it grows.
    Linear for patterns of repeated units (``(?:\\s*EMAIL)+\\s*$``) where ``rx.sub`` retries the
    pattern from every position (quadratic on a 100k-character token)."""
    n = len(s)
    m = rx.search(s, max(0, n - window))
    if m is None:
        return s
    start = m.start()
    while start > 0 and window < n:
        window *= 4
        wider = rx.search(s, max(0, n - window))
        if wider is None or wider.start() >= start:
            break
        start = wider.start()
    return s[:start]


class Caption(NamedTuple):
    """A photo caption split into ``caption`` text (None if only a credit) and ``credit``."""

    caption: str | None
    credit: str | None


def _resale_tail(s: str) -> bool:
    return s.rstrip().endswith("금지")


def _emails_tail(s: str) -> bool:
    # the last e-mail of a match ends the text (only spaces follow it), and an e-mail holds no space:
    # the last space-free token of the text holds its ``@``
    token = s.rsplit(None, 1)
    return bool(token) and "@" in token[-1]


def _date_tail(s: str) -> bool:
    last = s.rstrip()[-1:]  # ``…\d{1,2}[./]?\s*$``: a digit, ``.`` or ``/`` ends the text
    return bool(last) and (last in "./" or last.isdecimal()) and ("19" in s or "20" in s)


_TAILS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (_RESALE, _resale_tail),
    (_TRAIL_EMAILS, _emails_tail),
    (_TRAIL_DATE, _date_tail),
)
"""The tails :func:`split_caption` cuts, each with a cheap test that every text the pattern matches
passes (tested first: most captions have none of these tails)."""

_TAIL_RUNS = {
    _RESALE.pattern: lazyre.compile(r"[\s*재판매및DB금지]*"),
    _TRAIL_EMAILS.pattern: lazyre.compile(r"[\sA-Za-z0-9._%+\-@]*"),
    _TRAIL_DATE.pattern: lazyre.compile(r"[\s\d./\-]*"),
}
"""Pattern of each tail -> the characters its matches are made of (matched on the reversed text: the
run of them that ends the text)."""


def _cut_tail_run(rx: re.Pattern[str], s: str) -> str:
    """:func:`cut_tail` for a tail of :data:`_TAILS`: a match is made of the characters of
    :data:`_TAIL_RUNS` only and ends the text, so it lies in the run of them that ends the text and
    the search starts there (not at each of the caption's positions)."""
    run = _TAIL_RUNS[rx.pattern].match(s[::-1])
    size = run.end() if run is not None else 0
    if size > 256:
        return cut_tail(rx, s)  # a long run (a wall of e-mails): the windowed search
    m = rx.search(s, len(s) - size)
    return s if m is None else s[: m.start()]


def _bracket_start(s: str, opening: str) -> int:
    """Where a bracketed credit that ends ``s`` must start: the last of the ``opening`` brackets (its
    content holds no bracket), with the spaces before it; -1 when ``s`` has none."""
    at = max(s.rfind(c) for c in opening)
    while at > 0 and s[at - 1].isspace():
        at -= 1
    return at


_ROLE_ENDS = "".join(sorted({r[-1] for r in ROLES}))
_CREDITS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (_CREDIT_BRACKET, ("])", "", "[(")),
    (_CREDIT_AGENCY_BRACKET, ("])", "", "[(")),
    (_CREDIT_SOURCE_BRACKET, ("]", "", "[")),
    (_CREDIT_SLASH, (_ROLE_ENDS + "공1스P터A지크", "/", "")),
    (_CREDIT_PLACE, (_ROLE_ENDS, "=", "")),
    (_CREDIT_AFTER_SENTENCE, (_ROLE_ENDS + "공1스PAI터화지크", "", "")),
    (_CREDIT_CIRCLE_C, ("", "ⓒ©", "")),
    (_CREDIT_BARE_AFTER, ("", "=:", "")),
)
"""The credit patterns :func:`split_caption` tries in order, each with (the characters its match can
end with, the characters one of which every match holds, the opening brackets of a pattern that is a
bracket and its content ending the caption; ``""``: any, any, none).  The end characters are the last
characters of the credit alternatives (roles ``…기자``/``…위원``/``…장``/``에디터``/``칼럼니스트``,
``제공``, ``뉴스1``, ``연합뉴스``, ``뉴시스``, ``AP``/``AFP``, ``EPA``, ``UPI``, ``로이터``, ``신화``,
``게티이미지(뱅크)``); a bracketed credit holds no bracket inside, so its match starts at the last
opening bracket (:func:`_bracket_start`)."""


def split_caption(text: str) -> Caption:
    """Split a caption into text and credit, removing the resale notice, trailing date and e-mail.

    ``"… 계약을 체결했다. [사진=LG]"`` -> ("… 계약을 체결했다.", "LG");
    ``"[서울=뉴시스]구광모 … 보냈다. (사진 = LG) 2024.12.19. photo@newsis.com *재판매 및 DB 금지"``
    -> ("구광모 … 보냈다.", "LG"); ``"… 맞는다. /김지호 기자"`` -> ("… 맞는다.", "김지호 기자");
    ``"그래픽=이진영"`` -> (None, "이진영");
    ``"… 상대하고 있다. 잠실=최문영 기자 deer@sportschosun.com /2020.08.20/"`` -> ("… 상대하고 있다.", "최문영 기자");
    ``"… 연설하고 있다. 연합뉴스"`` -> ("… 연설하고 있다.", "연합뉴스") (a bare credit after the last sentence);
    ``"… 모습. [사진 출처 = 캠프]"`` -> ("… 모습.", "캠프");
    ``"… 강연하고 있다. [LG 제공]"`` -> ("… 강연하고 있다.", "LG 제공");
    ``"… 전경. [헤럴드DB]"`` -> ("… 전경.", "헤럴드DB");
    ``"… 있다. [EPA=연합뉴스 자료사진]"`` -> ("… 있다.", "EPA=연합뉴스"); ``"… 모습. ⓒ게티이미지뱅크"`` ->
    ("… 모습.", "게티이미지뱅크"); ``"… 있다. 사진=연합뉴스"`` -> ("… 있다.", "연합뉴스").
    """
    s = clean_ws(text)
    credit: str | None = None
    changed = True
    while changed and s:
        changed = False
        for rx, plausible in _TAILS:
            if not plausible(s):
                continue  # a cheap test every match passes first
            new = _cut_tail_run(rx, s)
            if new != s:
                s, changed = new.strip(), True
        if credit is None:
            last = s.rstrip()[-1:]  # the patterns end in ``\s*$``: their last character is this one
            for rx, (ends, needles, opening) in _CREDITS:
                if (ends and last not in ends) or (needles and not any(c in s for c in needles)):
                    continue
                if opening:  # the search starts at the last opening bracket
                    at = _bracket_start(s, opening)
                    m = rx.search(s, at) if at >= 0 else None
                else:
                    m = rx.search(s)
                if m:
                    credit = m.group("credit").strip()
                    s, changed = s[: m.start()].strip(), True
                    break
    if credit is None:
        m = _CREDIT_BARE.match(s)
        if m:
            return Caption(None, m.group("credit").strip())
        m = _PHOTO_PAREN.search(s)
        if m:
            credit = m.group("credit").strip()
            s = (s[: m.start()] + s[m.end() :]).strip()
    s, credit = _strip_caption_lead(s, credit)
    return Caption(s or None, credit)


_CAPTION_LEAD_KEY = lazyre.compile(r"^\s*[\[(【]\s*" + _CREDIT_KEYS + r"\s*[=:]")


def _strip_caption_lead(s: str, credit: str | None) -> tuple[str, str | None]:
    """Cut the dateline lead that opens a caption: ``[서울=뉴시스]``; ``[서울=뉴시스] 김명원 기자 = ``
    and ``(서울=연합뉴스) 김주형 기자 = `` (the photographer becomes the credit when there is none);
    ``[워싱턴=AP/뉴시스]`` (the agency before ``/`` becomes the credit when there is none)."""
    if not _CAPTION_LEAD_KEY.match(s):
        lead = parse_lead(s)
        if lead is not None and lead.place and lead.publisher:
            if credit is None and lead.reporters:
                head = s[: len(s) - len(lead.rest)]
                m = _LEAD_BRACKET.match(head)
                credit = (head[m.end() :] if m else head).strip().rstrip("=").strip() or None
            elif credit is None and "/" in lead.publisher:
                credit = lead.publisher.split("/")[0].strip() or None
            return lead.rest, credit
    return _LEAD_PLACE_ONLY.sub("", s).strip(), credit


_CAPTION_HINT = lazyre.compile(
    r"(?:[\[(]\s*"
    + _CREDIT_KEYS
    + r"\s*=\s*[^\[\]()]{1,40}[\])]\s*(?:(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2}\.?)?\s*(?:"
    + EMAIL
    + r")?\s*$"
    r"|재판매\s*및\s*DB\s*금지\s*$"
    r"|/\s*" + _NAME_STRICT + r"\s*" + ROLE + r"\s*$"
    r"|[.!?다]\s*/\s*[가-힣A-Za-z0-9·&\- ]{1,20}\s*제공\s*$"  # … 있다. /한빛시 제공
    r"|^\s*" + _CREDIT_KEYS + r"\s*=\s*[^=\s][^=]{0,30}$)"
)


def looks_like_caption(text: str) -> bool:
    """True for a text block that is a photo caption or credit line (text mode has no markup to tell).

    Signals: a trailing credit ``[사진=…]``/``(사진 = …)``, a Newsis resale notice, a trailing
    ``/NAME 기자``, a sentence followed by ``/… 제공`` (``… 있다. /한빛시 제공``), or a bare
    ``그래픽=NAME``.  Long paragraphs (> 400 chars) never count.
    """
    if len(text) > 400 or not ("=" in text or "/" in text or ":" in text or "재판매" in text):  # _CAPTION_KEYS
        return False
    return _CAPTION_HINT.search(clean_ws(text)) is not None


_CAPTION_KEYS = ("=", "재판매", "/", ":")
"""Every caption signal contains one of these: a cheap test before the regex."""

_COMPANY_LABEL = lazyre.compile(r"^\s*(?:㈜|\(주\)|\(사\)|\(재\)|주식회사\s)\s*[가-힣A-Za-z0-9]")
_PERSON_LABEL = lazyre.compile(
    r"^\s*(?:[▲△▶]\s*)?(?P<name>[가-힣]{2,4})(?:\s+[가-힣A-Za-z0-9·()]{1,12}){0,3}?"
    r"(?:\s*(?:씨|님|대표(?:이사)?|회장|사장|부회장|교수|의원|장관|위원장|대통령|총장|원장|시장|지사|군수|"
    r"구청장|이사장|감독|선수|작가|변호사|박사|연구원|센터장|본부장|부장|실장|국장|과장|팀장|전무|상무|소장|관장|"
    r"청장|차관|처장|총리|대변인|후보|회원|단장|당선인|당선자))?\s*$"
)
_CAPTION_MARK = lazyre.compile(r"^\s*[▲△]\s*\S")
_PHOTO_EMAIL = lazyre.compile(r"^\s*(?:photo|photos|pic|image|사진)[A-Za-z0-9._%+\-]*@\S+\s*$", re.IGNORECASE)
_SENTENCE_TAIL = lazyre.compile(r"[다요죠][.!?]?[\"'”’)]?\s*$")


def photo_label(text: str) -> Caption | None:
    """The caption/credit of a short block that sits right under a photo, when it has a photo
    label's shape; None otherwise.  Only for blocks known to follow an image (markup or order):
    shapes that would be too weak anywhere else.

    * a credit alone: ``[사진=연합뉴스]``, ``사진=LG``, ``/연합뉴스``, ``[EPA=연합뉴스 자료사진]``,
      ``ⓒ게티이미지뱅크``, ``[LG 제공]``, ``photo@newsis.com`` -> (None, credit);
    * a caption with a credit (:func:`split_caption` finds one) -> (caption, credit);
    * a company label ``㈜한국전력 본사 전경``, a person's name alone or with a title
      (``홍길동``, ``홍길동 대표``, ``▲김철수 ○○대 교수``), a ``▲``-marked caption -> (caption, None).

    Text of more than 120 characters, sub-heading lines (``◆…``; ``▲`` marks a caption here),
    sentences without a credit (``…했다.``) and a paragraph opening with a dateline lead (unless it
    ends like a caption: :func:`looks_like_caption`) are not labels."""
    s = clean_ws(text)
    if not s or len(s) > 120 or (is_subheading(s) and s[0] not in "▲△"):
        return None
    if _PHOTO_EMAIL.match(s):
        return Caption(None, None)
    if s.startswith("/") and len(s) <= 30:
        return Caption(None, s.lstrip("/ ").strip() or None)
    if parse_byline_line(s) is not None:
        return None  # a byline (the photographer's credit is written ``/홍길동 기자`` or ``사진=…``)
    cap = split_caption(s)
    if cap.caption is None and cap.credit is not None:
        return cap
    if parse_lead(s) is not None and not looks_like_caption(s):
        return None  # a dateline lead opens the story (``(포항=연합뉴스) 홍길동 기자 = …``)
    if cap.credit is not None:
        return cap
    m = _CREDIT_CIRCLE_C.match(s)
    if m and len(s) <= 30:
        return Caption(None, m.group("credit").strip())
    if _COMPANY_LABEL.match(s) and len(s) <= 60 and not _SENTENCE_TAIL.search(s):
        return Caption(s, None)
    if _PERSON_LABEL.match(s) and len(s) <= 30:
        return Caption(s.lstrip("▲△▶ ").strip(), None)
    if _CAPTION_MARK.match(s):
        return Caption(s.lstrip("▲△ ").strip(), None)
    return None


SUBHEADING_MARKS = "◆◇■□▣●○◈▲△"
"""Characters that open a sub-heading line in Korean articles (``◆알츠하이머 …``, ``◇잭슨랩과 …``)."""


def is_subheading(text: str) -> bool:
    """True for a short line that opens with a sub-heading mark (``◆``, ``◇``, ``■`` …)."""
    s = text.lstrip()
    return bool(s) and s[0] in SUBHEADING_MARKS and len(s) <= 100


_UI_WORDS = (
    r"공유(?:하기)?|기사\s*공유|공유\s*더보기|(?:URL|링크|주소)\s*복사(?:하기)?|스크랩(?:\s*하기)?|인쇄(?:하기)?|프린트"
    r"|닫기|글[자씨]\s*크기(?:\s*(?:조정|조절|설정|변경))?|폰트\s*크기|확대|축소|(?:사진|이미지)\s*확대(?:\s*보기)?"
    r"|확대\s*보기|더\s*작게|작게|보통|크게|더\s*크게|본문\s*듣기(?:\s*시작)?|음성\s*듣기|AD|광고|ADVERTISEMENT"
    r"|English|日本語|中文(?:\s*\((?:简体|繁體)\))?|ENG|JPN|CHN|한국어|번역(?:하기)?|언어\s*(?:변경|선택)"
    r"|카카오톡|카카오스토리|페이스북|트위터|네이버\s*블로그|밴드|텔레그램|북마크"
)
_UI_COUNTERS = r"좋아요|싫어요|댓글\s*달기|댓글|공감|추천|\d{1,7}"
_UI_LINE = lazyre.compile(
    rf"^(?:(?:{_UI_COUNTERS})\s*)*(?:{_UI_WORDS}|좋아요|싫어요|댓글\s*달기)(?:\s*[|·/]?\s*(?:{_UI_WORDS}|{_UI_COUNTERS}))*$"
)


def is_ui_line(text: str) -> bool:
    """True for a line made only of page controls: share and print buttons (``공유``, ``URL복사``,
    ``스크랩``), font-size controls (``글자크기 조정``, ``더 작게`` … ``더 크게``),
    zoom (``확대``, ``사진 확대``), ad labels (``AD``), language menus (``English``, ``日本語``,
    ``中文``), reaction counters (``좋아요``, ``0 댓글달기 0``), run together or not
    (``공유글자크기``).  A browser's rendering shows them as lines of their own; they are never
    article text (a shared boilerplate signal of text and HTML)."""
    return len(text) <= 60 and _UI_LINE.match(text.strip()) is not None


# --------------------------------------------------------------------------------------------
# headline column tags

_SERIES_LEADING = lazyre.compile(r"^\s*\[(?P<tag>[^\[\]]{1,30})\]\s*")
_SERIES_TRAILING = lazyre.compile(r"\s*\[(?P<tag>[^\[\]]{1,30})\]\s*$")
LABEL_TAGS = frozenset(
    {
        "단독",
        "속보",
        "종합",
        "포토",
        "사진",
        "영상",
        "르포",
        "인터뷰",
        "상보",
        "1보",
        "2보",
        "3보",
        "신간",
        "부고",
        "인사",
        "오늘의 운세",
        "특징주",
    }
)
"""Bracketed headline labels that mark a story's kind, not a column: not reported as ``series``."""


_LABEL_RE = lazyre.compile(r"(?:종합\s*)?\d*\s*보?|(?:속보|단독|종합)\s*\d*")


def headline_series(title: str) -> str | None:
    """The column/series tag of a headline: ``"[2025 100대 CEO] …"`` -> ``"2025 100대 CEO"``,
    ``"… [비즈360]"`` -> ``"비즈360"``; labels such as ``[단독]``/``[속보]`` are not series."""
    for rx in (_SERIES_LEADING, _SERIES_TRAILING):
        m = rx.search(title)
        if m:
            tag = clean_ws(m.group("tag"))
            if tag not in LABEL_TAGS and not _LABEL_RE.fullmatch(tag):
                return tag
    return None


__all__ = [
    "DATE_RE",
    "EMAIL_RE",
    "KST",
    "ROLES",
    "SUBHEADING_MARKS",
    "Caption",
    "Lead",
    "ParsedDate",
    "RawReporter",
    "build_date",
    "clean_ws",
    "headline_series",
    "is_copyright",
    "is_organisation",
    "is_subheading",
    "is_ui_line",
    "looks_like_caption",
    "merge_reporters",
    "parse_byline",
    "parse_byline_line",
    "parse_date",
    "parse_date_run",
    "parse_labelled_dates",
    "parse_lead",
    "parse_signoff",
    "photo_label",
    "split_caption",
    "split_glued_signoff",
]

"""Text mode: pages already rendered to plain text (a browser's ``innerText``, WET records,
reader-mode dumps, ``w3m -dump``/``lynx -dump``, the seeds).

A :class:`TextPage` is the page's non-empty lines, normalised: CRLF/CR become LF, NBSP and other
odd spaces collapse, leading list bullets (``•``, ``◦``, ``▪``, ``·`` followed by a space) and
trailing spaces go, and so do lines that are an image's file name in brackets (w3m's rendering of
an image without alternative text: ``[bn_view]``).  Hard-wrapped text (a console browser's dump) is
first re-joined into one line per block (:func:`unwrap`; side-by-side table cells first read one
after the other: :func:`kornews.columns.split_columns`), and a lynx dump loses its ``References``
list and ``[12]`` link markers.  Extractors read it with ``extract_text``; the outlet knowledge they
use is the same ``rules``/``site_names`` they use for HTML.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from . import _records, lazyre
from . import korean as k
from .cleanup import is_deck_line
from .columns import split_columns
from .dom import Block
from .errors import MissingField, NotAnArticle
from .korean import clean_ws, looks_like_caption
from .spec import Rules, TextLayout
from .widgets import strip_widgets

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

_BULLET = lazyre.compile(r"^(?:[•◦▪‣∙·](?:\s+|$))+")
"""Leading list bullets and their spaces (a nested ``• • …`` too); a bullet alone on a line (an empty
list item) is no text either."""


_IMAGE_NAME = lazyre.compile(r"^\[[A-Za-z0-9_.\-]+\]$")
"""A line that is one bracketed name of ASCII letters, digits, ``_``, ``.``, ``-``: w3m shows an image
without alternative text as its file's name (``[KZP7QHNV3R]``, ``[bn_view]``, ``[2025_r]``)."""


def _read_lines(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """(lines, bulleted, breaks) of :func:`normalize_lines`, :func:`bulleted` and :attr:`TextPage.breaks`."""
    lines: list[str] = []
    bullets: list[bool] = []
    breaks: list[bool] = []
    blank = False
    for raw in "\n\n".join(unwrap(part) for part in split_columns(text.replace("\r\n", "\n"))).split("\n"):
        cleaned = clean_ws(strip_widgets(raw))
        if not cleaned and raw.strip():
            continue  # a line of form widgets only: no text, and no paragraph break either
        line = _BULLET.sub("", cleaned)
        if line and not _IMAGE_NAME.match(line):
            lines.append(line)
            bullets.append(line != cleaned)
            breaks.append(blank)
            blank = False
        elif not cleaned:
            blank = True
    keep = _not_alt_copies(lines)
    return (
        [x for x, k in zip(lines, keep, strict=True) if k],
        [x for x, k in zip(bullets, keep, strict=True) if k],
        [x for x, k in zip(breaks, keep, strict=True) if k],
    )


def normalize_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines of ``text`` (re-joined first if hard-wrapped: see
    :func:`unwrap`), list bullets removed; an image's alternative text that a console browser
    shows before the image's caption is left out (see :func:`_not_alt_copies`)."""
    return _read_lines(text)[0]


def bulleted(text: str) -> list[bool]:
    """For each line of :func:`normalize_lines` (same order, same length): True when it was a list
    item (rendered with a leading bullet such as ``• ``)."""
    return _read_lines(text)[1]


_ALT_MIN = 15
"""Shorter lines (``사진``, a heading) may well stand twice on a page: they are never taken for alt text."""
_ALT_SPAN = 3
_ALT_WORDS = 40
"""The longest alt text looked for at the start of a line, in words (keeps the test linear)."""


def _not_alt_copies(lines: list[str]) -> list[bool]:
    """For each line: False when it is an image's alternative text shown as text (w3m, lynx): a line
    of at least 15 characters and three words that a caption (a line with a photo credit) on one of
    the next three lines repeats.  A caption line that starts with its own first words repeated
    (lynx runs the alt text into the caption: ``A B C A B C D``) loses the first copy (in place)."""
    keep = [True] * len(lines)
    for i, line in enumerate(lines):
        words = line.split(" ")
        if len(words) >= 6 and looks_like_caption(line):
            for k in range(3, min(len(words) // 2, _ALT_WORDS) + 1):
                if words[k] == words[0] and words[:k] == words[k : 2 * k] and len(" ".join(words[:k])) >= _ALT_MIN:
                    lines[i] = line = " ".join(words[k:])
                    break
        if len(line) < _ALT_MIN or len(words) < 3:
            continue
        for j in range(i + 1, min(i + 1 + _ALT_SPAN, len(lines))):
            if line in lines[j] and line != lines[j] and looks_like_caption(lines[j]):
                keep[i] = False
                break
    return keep


@attrs.frozen
@_records.methods
class TextPage:
    """A page rendered as text: ``lines`` (normalised, non-empty), the original ``text`` and ``url``."""

    text: str
    lines: tuple[str, ...]
    url: str | None = None
    bullets: tuple[bool, ...] = ()
    """For each line: it was a list item (see :func:`bulleted`); empty when not known."""
    breaks: tuple[bool, ...] = ()
    """For each line: a blank line stood before it (a paragraph break of the rendering; a WET record
    has none); empty when not known."""

    @classmethod
    def from_text(cls, text: str, url: str | None = None) -> TextPage:
        """Normalise ``text`` into lines."""
        lines, bullets, breaks = _read_lines(text)
        return cls(text=text, lines=tuple(lines), url=url, bullets=tuple(bullets), breaks=tuple(breaks))

    def find(self, pattern: re.Pattern[str], start: int = 0, stop: int | None = None) -> int:
        """Index of the first line from ``start`` (to ``stop``) that ``pattern`` searches; -1 if none."""
        end = len(self.lines) if stop is None else min(stop, len(self.lines))
        for i in range(max(start, 0), end):
            if pattern.search(self.lines[i]):
                return i
        return -1


class LayoutReading(NamedTuple):
    """What :func:`read_layout` found: the headline, the article's lines (to be cleaned), the dates,
    the reporters of byline lines in the header (and of the writer line), the deck read outside the
    article (above or right below the dates), the article's lines as blocks (captions as figures),
    the press named in an affiliate's byline (``스포츠조선=홍길동 기자``), the writer's place and the
    copyright notice found after the article."""

    title: str
    lines: list[str]
    published: k.ParsedDate | None
    modified: k.ParsedDate | None
    reporters: list[k.RawReporter]
    deck: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    press: str | None = None
    place: str | None = None
    copyright: str | None = None


def _any(rxs: Sequence[re.Pattern[str]], line: str) -> bool:
    return any(rx.search(line) for rx in rxs)


def _dated(lines: Sequence[str], i: int) -> tuple[k.ParsedDate | None, k.ParsedDate | None, int]:
    """(published, modified, lines used) of the labelled date on line ``i``, its value on the same
    line or alone on the next one."""
    published, modified = k.parse_labelled_dates(lines[i])
    if published is None and modified is None and i + 1 < len(lines) and len(lines[i + 1]) <= 40:
        value = k.parse_date(lines[i + 1])
        if value is not None:
            return (None, value, 2) if _MODIFIED_ONLY.match(lines[i]) else (value, None, 2)
    return published, modified, 1


_MODIFIED_ONLY = lazyre.compile(r"^\s*(?:최종\s*)?(?:수정|업데이트)")
_HANGUL = lazyre.compile(r"[가-힣]")
_LINE_END = lazyre.compile(r"[.!?…。][\"'”’)]?$")
"""A sentence ends with punctuation (a headline such as ``… 설립한다`` does not)."""
_KO_SENTENCE = lazyre.compile(r"[다요죠]\.[\"'”’)]?$")
"""A Korean sentence's final ending (``…밝혔다.``)."""
_DECK_END = lazyre.compile(r"[.!?…][\"'”’)]?$|[다요죠]$")
"""A deck line never ends as a sentence does, with punctuation or a final ending (``…했다``)."""
_BREADCRUMB = lazyre.compile(r"^[^>›»|]{1,20}(?:\s[>›»|]\s?[^>›»|]{1,20}|\s?[>›»|]\s[^>›»|]{1,20})+$")
"""A breadcrumb or section path: short labels joined by ``>``, ``›``, ``»`` or ``|`` (``경제 > 테크·IT``)."""
_AFFILIATE = lazyre.compile(r"^\s*(?P<press>[^=\s][^=]{0,14}?)\s*=\s*[가-힣]")
"""An affiliate's byline: the press before ``=`` (``스포츠조선=선수민 기자``)."""
_PHOTO_DATE = lazyre.compile(r"/\s*(?:19|20)\d\d\.\d\d\.\d\d\.?\s*/\s*$")
"""The photo date closing a caption: ``… 잠실=최문영 기자 deer@sportschosun.com /2020.08.20/``."""
_AD_LABEL = lazyre.compile(r"^(?:AD|광고)(?![A-Za-z])")
_NOT_A_LINK_START = frozenset(k.SUBHEADING_MARKS + "☞▶▷►(<〈《【-―—–※*#•0123456789")
_TEASER = lazyre.compile(r"^\S.{0,80}?\s\[[^\]=]{1,12}=[^\]]{1,20}\]\s")
"""An item of a box of other stories: a headline, then that story's lead (``… 2관왕 [서울=뉴스핌] 이지은 기자 = …``)."""
_THUMBNAIL = lazyre.compile(r"^(?:사진|포토|영상|동영상|이미지)$")
"""The label a browser shows for a box item's thumbnail."""
_ZOOM_TAIL = lazyre.compile(r"\s*(?:사진|이미지)\s*확대(?:보기)?$")
"""A zoom button's label run into the caption line before it (``… [사진 출처 = 연합뉴스] 사진 확대``)."""
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = lazyre.compile(r"[\"”’'][.!?]?$|[.!?][\"”’']$")


def _hangul(line: str) -> int:
    return len(_HANGUL.findall(line))


def is_breadcrumb(line: str) -> bool:
    """A breadcrumb or section path above a headline: short labels joined by ``>``, ``›``, ``»`` or
    ``|`` (``경제 > 테크·IT``, ``홈 | 정치``): never the headline."""
    return _BREADCRUMB.match(line) is not None


def _headline_shaped(line: str, layout: TextLayout) -> bool:
    """A line that may be a headline or a deck line above the dates (never a breadcrumb path)."""
    if _BREADCRUMB.match(line) or _any(layout.date, line):
        return False
    return layout.title_min <= 0 or (len(line) >= layout.title_min and _hangul(line) >= 3 and len(line) <= 160)


def _header_byline(line: str) -> list[k.RawReporter] | None:
    """Reporters of a header byline line (``이해인 기자``, ``스포츠조선=선수민 기자``, a lone e-mail)."""
    if len(line) > 60:
        return None
    found = k.parse_byline_line(line)
    if found is None and len(line) <= 40 and _AFFILIATE.match(line):
        found = k.parse_byline(line) or None
    if found is None and k.EMAIL_RE.fullmatch(line):
        found = [k.RawReporter("", None, line.lower())]
    return found


def _pair_emails(found: Sequence[k.RawReporter]) -> list[k.RawReporter]:
    """Each lone e-mail (a nameless reporter) given to the reporter named right before it."""
    out: list[k.RawReporter] = []
    for r in found:
        if not r.name and r.email and out and not out[-1].email:
            out[-1] = out[-1]._replace(email=r.email)
        elif r.name or r.email:
            out.append(r)
    return out


def is_text_caption(line: str, bare_credits: bool = False) -> bool:
    """A photo caption or credit line of a page rendered to text: any caption signal of the shared
    cleanup (``… /김지호 기자``, ``[사진=LG]``, ``그래픽=이진영``), a caption closed by a photographer's
    credit and the photo date (``… 최문영 기자 deer@… /2020.08.20/``), and with ``bare_credits`` a
    sentence followed by a bare credit (``… 있다. 연합뉴스``); a zoom button's label run into the line
    (``… 사진 확대``) is no part of it."""
    line = _ZOOM_TAIL.sub("", line)
    if k.looks_like_caption(line):
        return True
    if _PHOTO_DATE.search(line) is not None and k.split_caption(line).credit is not None:
        return True
    if not bare_credits:
        return False
    cap = k.split_caption(line)
    return cap.credit is not None and cap.caption is not None and _DECK_END.search(cap.caption) is not None


def _is_lead(line: str) -> bool:
    """A dateline lead naming a place or a reporter (``[부산=스포츠조선 선수민 기자] …``), not a
    headline's column tag (``[단독] …``)."""
    lead = k.parse_lead(line)
    return lead is not None and bool(lead.place or lead.reporters)


def _is_link_line(line: str) -> bool:
    """A headline standing for a link (a box item, an interstitial link): a short line that is not a
    sentence, opens with no sub-heading or list mark and is no caption, sign-off, byline or lead."""
    return (
        len(line) <= 80
        and line[0] not in _NOT_A_LINK_START
        and not _LINE_END.search(line)
        and not k.looks_like_caption(line)
        and k.parse_signoff(line) is None
        and k.parse_byline_line(line) is None
        and not k.EMAIL_RE.search(line)
        and not _is_lead(line)
    )


def _is_story_link(line: str) -> bool:
    """A link to another story between paragraphs (rendered as a bare headline) or an ad slot's label
    with its link (``AD …``), for an outlet that marks its sub-headings."""
    if _AD_LABEL.match(line) and len(line) <= 160 and not _LINE_END.search(line):
        return True
    return _is_link_line(line)


def _is_paragraph(line: str, bare_credits: bool) -> bool:
    """An article paragraph (a sentence at least 20 characters long, or closed by a Korean final
    ending), a marked sub-heading, a profile box (``☞…``) or a caption."""
    return (
        (len(line) >= 20 and _LINE_END.search(line) is not None)
        or (len(line) >= 8 and _KO_SENTENCE.search(line) is not None)
        or k.is_subheading(line)
        or line.startswith("☞")
        or is_text_caption(line, bare_credits)
    )


def _pull_quote_at(lines: Sequence[str], i: int, skip: Sequence[re.Pattern[str]], bare_credits: bool) -> int:
    """The lines a pull quote takes from ``lines[i]`` (0: none): a quoted line of at most 150
    characters, then (past ``skip`` lines such as ``이미지 확대보기``) a short attribution line naming
    the speaker (``이재명 더불어민주당 대선 후보``: no quote, no sentence, no caption)."""
    line = lines[i]
    if not (len(line) <= 150 and line[0] in _QUOTE_OPEN and _QUOTE_CLOSE.search(line)):
        return 0
    j = i + 1
    while j < len(lines) and (_any(skip, lines[j]) or k.is_ui_line(lines[j])):
        j += 1
    if j >= len(lines) or j > i + 1:
        return 0  # a quoted sub-heading above a photo, not a quote and its speaker
    who = lines[j]
    if (
        len(who) <= 40
        and who[0] not in _QUOTE_OPEN
        and not _DECK_END.search(who)
        and not is_text_caption(who, bare_credits)
        and _hangul(who) >= 2
        and k.parse_byline_line(who) is None
    ):
        return j + 1 - i
    return 0


def _writer(line: str) -> list[k.RawReporter] | None:
    """The reporters of a writer line closing the article: [place] name role e-mail (``순천, 광양
    구현모 기자 ninek@hankookilbo.com``); None for any other line."""
    if len(line) > 80 or k.EMAIL_RE.search(line) is None or _DECK_END.search(k.EMAIL_RE.sub("", line).strip()):
        return None
    return k.parse_byline(line) or None


def _writer_place(line: str, name: str) -> str | None:
    """The place written before the reporter's name on a writer line."""
    place = line.partition(name)[0].strip(" ,") if name else ""
    return place if place and len(place) <= 20 and not k.EMAIL_RE.search(place) else None


class _Box(NamedTuple):
    end: int  # the first line after the box
    goes_on: bool  # the article goes on after it


def _box_at(
    page: TextPage, i: int, stop: int, layout: TextLayout, boxes: Sequence[re.Pattern[str]] = ()
) -> _Box:
    """The box whose heading is ``page.lines[i]``: the heading and its items — the bulleted lines
    after it where the rendering shows bullets; else the run of link lines up to the next blank line
    (or, in text without blank lines, up to a line that is none); teasers carrying another story's
    lead and thumbnail labels anywhere; a box of ``layout.box_spans`` whose footer follows within 40
    lines spans to it first; the heading of the next box (``boxes``) ends it — and whether the article
    goes on after it (a paragraph, a byline or a sign-off within three lines)."""
    lines, bullets, breaks = page.lines, page.bullets, page.breaks
    bare_credits = layout.bare_credits
    j = i + 1
    for head, foot in layout.box_spans:
        if head.search(lines[i]):
            footer = next((x for x in range(j, min(j + 40, stop)) if foot.search(lines[x])), -1)
            j = footer + 1 if footer >= 0 else j
    listed = j < stop and bool(bullets) and bullets[j]
    spaced = any(breaks)
    while j < stop:
        line = lines[j]
        if boxes and _any(boxes, line) and not line.startswith("※"):
            break  # another box starts: boxes stand one after the other
        if _TEASER.search(line) is not None or _THUMBNAIL.match(line):
            j += 1
            continue
        if listed:
            if not bullets[j] or _is_lead(line):
                break
        elif spaced:
            if (breaks[j] and j > i + 1) or not _is_link_line(line):
                break
        elif not _is_link_line(line):
            break
        j += 1
    goes_on = any(
        _is_paragraph(lines[x], bare_credits) or k.parse_byline_line(lines[x]) or k.parse_signoff(lines[x])
        for x in range(j, min(j + 3, stop))
    )
    return _Box(j, goes_on)


def date_line(page: TextPage, layout: TextLayout) -> int:
    """Index of the layout's date line in the first ``layout.search`` lines of ``page``; -1 if none."""
    return _date_line(page.lines, layout)[0]


def _date_line(lines: Sequence[str], layout: TextLayout) -> tuple[int, str]:
    """(index, byline) of the first date line among the first ``layout.search`` lines (-1 if none);
    the byline is a date pattern's ``by`` group (empty without one)."""
    for i in range(min(layout.search, len(lines))):
        if len(lines[i]) <= 100:
            for rx in layout.date:
                m = rx.search(lines[i])
                if m is not None:
                    return i, (m.groupdict().get("by") or "").strip()
    return -1, ""


def read_layout(page: TextPage, layout: TextLayout, rules: Rules, *, who: str | None = None) -> LayoutReading:
    """Read a page rendered to text by an outlet's :class:`~kornews.spec.TextLayout` (the one text
    reader of the outlet layer; see the TextLayout fields for each step): the date line (else the first
    ``layout.anchor`` line), the headline above it (past bylines, page controls and ``layout.chrome``;
    with its deck lines), the dates and a date line's byline, the deck below them, then the article's
    lines up to its end (``layout.end``, ``rules.stop``, a box
    heading not followed by paragraphs, the copyright line — kept —, the writer line, or past the
    sign-off) without the boxes, story links and pull quotes inside it; ``rules`` are the outlet's.
    Raises NotAnArticle without a date line (MissingField('title') if ``layout.no_date == "title"``),
    MissingField('title') without a headline above it."""
    lines = page.lines
    if layout.lead and not any(_any(layout.lead, line) for line in lines):
        raise NotAnArticle("no dateline lead of this outlet in the text", outlet=who, url=page.url)
    i_date, by = _date_line(lines, layout)
    anchored = i_date < 0 and bool(layout.anchor)
    if anchored:
        stop = min(layout.search, len(lines))
        i_date = next((i for i in range(stop) if _any(layout.anchor, lines[i])), -1)
    if i_date < 0:
        if layout.no_date == "title":
            raise MissingField("title", outlet=who, url=page.url)
        raise NotAnArticle("no date line of this outlet in the text", outlet=who, url=page.url)
    boxes = rules.boxes + layout.boxes

    def header(line: str) -> bool:
        return (
            k.is_ui_line(line)
            or _any(layout.chrome, line)
            or _BREADCRUMB.match(line) is not None
            or (layout.title_min > 0 and (len(line) < layout.title_min or (len(line) <= 40 and _hangul(line) < 3)))
        )

    # -- the header: bylines and chrome above the date line, then the headline group
    found_reporters: list[k.RawReporter] = []
    press = None
    t = i_date - 1
    while t >= 0:
        byline = _header_byline(lines[t])
        if byline is not None:
            found_reporters[:0] = byline
            m = _AFFILIATE.match(lines[t])
            press = m.group("press") if m and "@" not in lines[t] else press
        elif not (header(lines[t]) or (layout.title_min > 0 and _any(boxes, lines[t]))):
            break
        t -= 1
    if t < 0:
        raise MissingField("title", outlet=who, url=page.url)
    top = t
    if layout.menu:
        i_menu = max((i for i in range(t) if lines[i] in layout.menu), default=-1)
        floor = i_menu + 1 if i_menu >= 0 else t
    else:
        floor = max(t - layout.deck_above, 0)
    while top - 1 >= floor and top > t - layout.deck_above and _headline_shaped(lines[top - 1], layout):
        top -= 1
    title, deck = lines[top], list(lines[top + 1 : t + 1])
    # -- the dates
    published = modified = None
    start = i_date
    if not anchored:
        published, modified, used = _dated(lines, i_date)
        found_reporters.extend(k.parse_byline(by) if by else ())
        start += used
    while start < len(lines) and len(lines[start]) <= 100 and _any(layout.modified, lines[start]):
        p, m_, used = _dated(lines, start)
        published, modified = published or (p if m_ is None else None), modified or m_ or p
        start += used
    if layout.update_later and published is not None and modified is not None:
        if _minute(published) >= _minute(modified):
            modified = None
    while start < len(lines) and header(lines[start]):
        start += 1
    # -- what stands between the dates and the article: a summary box and the toolbar, the deck
    if layout.start_after:
        last = -1
        for j in range(start, min(start + layout.toolbar_span, len(lines))):
            if _any(layout.start_after, lines[j]):
                last = j
            elif k.looks_like_caption(lines[j]):
                break
        if last >= 0:
            start = last + 1
            while start < len(lines) and header(lines[start]):
                start += 1
    if layout.deck_below and not deck:
        while start < len(lines) and len(deck) < layout.deck_below and _deck_below(lines, start, layout, rules):
            deck.append(lines[start])
            start += 1
    # -- the article: its end, then its lines without boxes, story links and pull quotes
    lead = -1
    if layout.from_lead:
        lead = next((i for i in range(start, len(lines)) if _any(layout.lead, lines[i])), -1)
    end, writers, place = _article_end(page, max(start, lead), layout, rules, boxes)
    if lead >= 0:
        start = _lead_start(page, start, lead, layout, rules, boxes)
    kept = _article_blocks(page, start, end, layout, rules, boxes)
    copyright = None
    if layout.copyright:
        tail = lines[max(end - 1, start) :]
        copyright = next((m.group(0) for x in tail for rx in layout.copyright if (m := rx.search(x))), None)
    return LayoutReading(
        title,
        [b.text for b in kept],
        published,
        modified,
        _pair_emails(found_reporters + writers),
        tuple(deck),
        tuple(kept),
        press,
        place,
        copyright,
    )


def _minute(date: k.ParsedDate) -> str:
    return str(date.value)[:16]


def _deck_below(lines: Sequence[str], i: int, layout: TextLayout, rules: Rules) -> bool:
    line = lines[i]
    if (
        _any(rules.boxes + rules.stop + rules.skip + layout.end + layout.boxes, line)
        or k.is_copyright(line)
        or is_text_caption(line, layout.bare_credits)
        or _writer(line) is not None
        or _is_lead(line)
        or (layout.pull_quotes and _pull_quote_at(lines, i, rules.skip, layout.bare_credits))
    ):
        return False
    return is_deck_line(line) and not _DECK_END.search(line)


def _box_heading(line: str, boxes: Sequence[re.Pattern[str]]) -> bool:
    """``line`` opens one of ``boxes`` (a ``※`` note is no box heading)."""
    return not line.startswith("※") and _any(boxes, line)


def _article_end(
    page: TextPage, start: int, layout: TextLayout, rules: Rules, boxes: Sequence[re.Pattern[str]]
) -> tuple[int, list[k.RawReporter], str | None]:
    """(end, writers, place): the index after the article's last line (a copyright line that ends it
    is kept), with the reporters and place of the writer line that ends it."""
    lines = page.lines
    j = start
    while j < len(lines):
        line = lines[j]
        if _any(layout.end + rules.stop, line):
            break
        if k.is_copyright(line) and rules.end_at_copyright:
            return j + 1, [], None
        if _any(boxes, line):
            box = _box_at(page, j, len(lines), layout, boxes)
            at = j
            while not box.goes_on and at < box.end < len(lines) and _box_heading(lines[box.end], boxes):
                at = box.end  # boxes one after the other: the article goes on if it goes on after the last
                box = _box_at(page, at, len(lines), layout, boxes)
            if not box.goes_on:
                break  # the article ends before the first of them
            j = box.end
            continue
        if layout.writer_ends and j > start:
            writers = _writer(line)
            if writers is not None:
                place = _writer_place(line, writers[0].name)
                e = j + 1
                while e < len(lines) and (more := _writer(lines[e])) is not None:
                    writers += more
                    e += 1
                return j, writers, place
        j += 1
    if layout.signoff_ends:
        return _after_signoff(lines, start, j, rules), [], None
    return j, [], None


def _lead_start(
    page: TextPage, start: int, lead: int, layout: TextLayout, rules: Rules, boxes: Sequence[re.Pattern[str]]
) -> int:
    """The article's first line with ``layout.from_lead``: the outlet's dateline lead (line ``lead``), or
    the deck lines right before it (boxes between them passed over)."""
    lines = page.lines
    boxed = _boxed(page, start, lead, layout, boxes)
    first = i = lead
    while i - 1 >= start and (boxed[i - 1] or _deck_before_lead(lines[i - 1], rules, boxes)):
        i -= 1
        if not boxed[i]:
            first = i
    return first


def _deck_before_lead(line: str, rules: Rules, boxes: Sequence[re.Pattern[str]]) -> bool:
    if _any(tuple(boxes) + rules.skip + rules.stop, line):
        return False
    return is_deck_line(line) and not line.startswith(("※", "•"))


def _boxed(page: TextPage, start: int, end: int, layout: TextLayout, boxes: Sequence[re.Pattern[str]]) -> list[bool]:
    """For each line from 0 to ``end``: True when it belongs to a box (heading and items) after ``start``."""
    out = [False] * end
    i = start
    while i < end:
        if page.lines[i].startswith("※") or not _any(boxes, page.lines[i]):
            i += 1
            continue
        box_end = max(_box_at(page, i, end, layout, boxes).end, i + 1)
        out[i:box_end] = [True] * (box_end - i)
        i = box_end
    return out


def _article_blocks(
    page: TextPage, start: int, end: int, layout: TextLayout, rules: Rules, boxes: Sequence[re.Pattern[str]]
) -> list[Block]:
    """The article's lines from ``start`` to ``end`` as blocks: captions as figures; boxes standing
    inside the article, story links (``layout.marked_subheadings``, after the first paragraph), pull
    quotes (``layout.pull_quotes``) and ``layout.tail`` lines at the end left out."""
    lines = page.lines
    closing = end
    while closing > start and k.is_copyright(lines[closing - 1]):
        closing -= 1
    cut = closing
    while cut > start and _any(layout.tail, lines[cut - 1]):
        cut -= 1
    out: list[Block] = []
    opened = False
    i = start
    while i < end:
        if cut <= i < closing:
            i = closing  # the tail lines before the closing copyright line
            continue
        line = lines[i]
        if _any(boxes, line) and not line.startswith("※"):
            i = max(_box_at(page, i, end, layout, boxes).end, i + 1)
            continue
        if layout.pull_quotes and (n := _pull_quote_at(lines, i, rules.skip, layout.bare_credits)):
            i += n
            continue
        bare = _ZOOM_TAIL.sub("", line)
        if bare != line and is_text_caption(line, layout.bare_credits):
            if i + 1 < end and bare in lines[i + 1]:
                i += 1  # an image's alt text, then its zoom button, before the caption (console browsers)
                continue
            line = bare
        if is_text_caption(line, layout.bare_credits):
            out.append(Block("figure", line))
        elif not (layout.marked_subheadings and opened and _is_story_link(line)):
            out.append(Block("text", line))
            opened = opened or (len(line) >= 20 and _LINE_END.search(line) is not None) or _is_lead(line)
        i += 1
    return out


def _after_signoff(lines: Sequence[str], start: int, end: int, rules: Rules) -> int:
    """Index after the article's last line when the sign-off closes it (``TextLayout.signoff_ends``):
    past the first sign-off after ``start``, further sign-offs, copyright lines and ``rules.lists``
    and ``rules.skip`` lines; ``end`` when there is no sign-off."""
    for i in range(start + 1, end):
        if k.parse_signoff(lines[i]) is not None:
            j = i + 1
            while j < end and (
                k.parse_signoff(lines[j]) is not None
                or k.is_copyright(lines[j])
                or _any(rules.lists + rules.skip, lines[j])
            ):
                j += 1
            return j
    return end


def line_blocks(lines: Iterable[str]) -> list[Block]:
    """Each line as one text block (text mode has no figures: captions are recognised by their text)."""
    return [Block("text", line) for line in lines]


# -- console-browser dumps: link lists and hard-wrapped paragraphs ------------------------------

_REFERENCES = lazyre.compile(r"^\s*(?:References|Visible links:?|Hidden links:)\s*$")
_REFERENCE_ITEM = lazyre.compile(r"^\s*\d{1,5}\.\s+\S")
_LINK_MARKER = lazyre.compile(r"\[\d{1,5}\]")
_LYNX_WIDGET = lazyre.compile(
    r"\((?:BUTTON|RADIO|Submit|Reset)\)\s*|\[(?:IMG|INLINE|LINK|image|X|_| )\]\s*|\[[^\]\n]*_{2,}\]"
    r"|\[(?:INS|DEL):\s*|\s*:(?:INS|DEL)\]"
)
"""Lynx's renderings of form controls, bare images and edits (``(BUTTON)``, ``[English__]``, ``[IMG]``,
``[INS: … :INS]``)."""
_CONSOLE_BULLET = lazyre.compile(r"^(\s*)[*+o#@]\s+(?=\S)")
"""Lynx's list bullets (``*``, then ``+``, ``o``, ``#``, ``@`` by depth), rendered as ``• ``."""
_LONE_BULLETS = frozenset("*+o#@")
"""A list item without text, rendered as its bullet alone."""
_HANGUL_WORD = lazyre.compile(r"[가-힣]+")
_WORD_EDGE = lazyre.compile(r"^[\"'“‘(\[<《〈「]+|[\"'”’)\]>》〉」.,!?…:;·]+$")
_PARTICLES = frozenset("은는이가을를의에와과도만다요고며면서게께라야여로죠")
"""Syllables that end a Korean word and never stand alone: a wrapped line starting with one of them
alone (``다.``, ``은``) continues the previous line's word."""
_ENDINGS = frozenset("은는을를의에와과도만다요고며면서게께로이가지인된한할들")
"""Last syllables of most Korean words (particles, endings, suffixes)."""
_ONE_SYLLABLE_WORDS = frozenset(
    "수등및더그이저한두세네또잘안못각전현총약첫새것때중뿐듯줄채측후간내외말위앞뒤속곳제왜곧꼭늘좀참막"
)
"""Frequent Korean words of one syllable (bound nouns, determiners, adverbs): a wrapped line ending
with one of them alone most likely broke after the word."""
_SENTENCE_END = lazyre.compile(r"[.!?…。][\"'”’)]?$")
_PARTICLE_HEADS = (
    "으로",
    "에서",
    "에게",
    "까지",
    "부터",
    "처럼",
    "보다",
    "이라",
    "이다",
    "이며",
    "이고",
    "에는",
    "에도",
    "와의",
    "과의",
    "이었",
    "였다",
    "했다",
    "한다",
    "된다",
    "하는",
    "하고",
    "해서",
    "하며",
    "들이",
    "들은",
    "들을",
    "들의",
)
"""Particles and endings that continue a word: a wrapped line opening with one continues the previous word."""
_COUNTERS = frozenset("년월일명개원억만조건회차위번호시분초세대층배곳%")
"""Units written right after a number (``2021년``, ``5명``)."""
_BLOCK_MARK = lazyre.compile(r"^(?:[◎◆◇■□▣●○◈▶▷►☞]|[▲△]\s)")
"""Marks that open a line of their own in Korean articles (a sub-heading ``◆…``, a sign-off ``◎공감언론 뉴시스 …``,
a list item ``▲ …`` whose mark stands apart): never inside a paragraph, unlike the glued ``▲`` of an
inline list (``…를 비롯해 ▲델 ▲HPE``)."""
_PARAGRAPH_END = lazyre.compile(r"(?:[.!?…。][\"'”’)]?|@[\w-]+(?:\.[\w-]+)+)$")
"""How a paragraph's last line ends: a sentence, or a sign-off's e-mail address."""
_MIN_WRAPPED = 5
"""A text is hard-wrapped when at least this many lines (and a fifth of the long ones) fill its width."""
_LYNX_WIDTH = 74
"""Characters of the longest line of ``lynx -dump`` at its default 80 columns (the indent and the ``[12]``
link markers included; lynx counts a Hangul syllable as one): the width of a lynx dump whose lines
are too few to measure it."""


def _width(text: str) -> int:
    """Display columns: East Asian wide and full-width characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cjk_width(text: str) -> int:
    """Display columns of a CJK terminal: ambiguous characters (``“``, ``…``, ``·``) take two too."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def _link_list_at(lines: Sequence[str]) -> int:
    """Index of the line that opens a console browser's list of link URLs (lynx's ``References``), -1 if none."""
    cut = -1
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[i]):
            after = [x for x in lines[i + 1 : i + 6] if x.strip()]
            if after and all(_REFERENCE_ITEM.match(x) or _REFERENCES.match(x) for x in after):
                cut = i
    return cut


def strip_link_lists(text: str) -> str:
    """``text`` without a console browser's list of link URLs (lynx: ``References`` then ``1. url``
    lines) and, when there was one, without the ``[12]`` markers that point into it."""
    lines = text.split("\n")
    cut = _link_list_at(lines)
    if cut < 0:
        return text
    kept = [_LYNX_WIDGET.sub("", _LINK_MARKER.sub("", line)) for line in lines[:cut]]
    return "\n".join(_CONSOLE_BULLET.sub(r"\1• ", line) for line in kept if line.strip() not in _LONE_BULLETS)


def _fill_width(lengths: Sequence[int]) -> tuple[int, int]:
    """(wrap width, lines that reach it) of line ``lengths``: the largest length that at least
    :data:`_MIN_WRAPPED` lines reach to within 8 columns."""
    ranked = sorted(lengths, reverse=True)
    for i, top in enumerate(ranked):
        near = bisect.bisect_left([-x for x in ranked], -(top - 8)) - i
        if near >= _MIN_WRAPPED:
            return top, near
        if i > len(ranked) // 4:
            break
    return 0, 0


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs re-joined into one line each (CRLF/CR become LF).

    A console browser's dump (``w3m -dump``, ``lynx -dump``, 80 columns) breaks each paragraph into
    lines that fill its width.  Text without such lines (a browser's ``innerText``, a WET record) is
    returned unchanged but for the link list of :func:`strip_link_lists`: a line of several words
    longer than the width, or long lines that mostly end sentences, mean the text is not wrapped.
    The width is the one most long lines reach, measured in display columns (w3m: a Hangul syllable
    takes two; ambiguous characters one or two) or in characters (lynx), whichever fits more lines
    exactly.  Where each line break came from is then read as the renderer made it (:func:`_joint`):
    a line ends its block when what opens the next line would have fitted after it (or the next line
    is a list item or less indented); lynx breaks at spaces (a word longer than the line is cut at the
    width: joined without a space); w3m breaks at spaces and next to any wide character (between two
    Hangul syllables too), so a break where a space would have let the next piece fit, or between
    characters w3m keeps together, replaced a space, and the others (the line filled to its last
    columns) could have come with a space or without one: only the words can tell.

    There the page's own words and Korean word shapes decide (:meth:`_Vocabulary.one_word`): a lone
    ending (``다.``, ``은``) or a particle (``으로``, ``에서``) continues the word; the joined form
    occurring as a word elsewhere on the page, and the two halves not, means one word, and the reverse
    two; a first half that ends as Korean words do (``…상을``) or is a frequent one-syllable word
    (``수``, ``등``) means two; otherwise one word (most breaks of a filled line fall inside a word).
    Measured on the w3m renderings of the fixtures (``w3m -dump -cols 80`` against the same pages at
    ``-cols 10000``): every break decided by the widths is right, and about 89 in 100 of the others.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lynx = _link_list_at(text.split("\n")) >= 0
    text = strip_link_lists(text)
    lines = [line.rstrip() for line in text.split("\n")]
    filled = [line for line in lines if line.strip()]
    if len(filled) < _MIN_WRAPPED:
        return text
    fits = []
    for measure in (_width, _cjk_width, len):
        width, near = _fill_width([measure(x) for x in filled])
        exact = sum(1 for x in filled if width - 1 <= measure(x) <= width)
        fits.append((exact, near, width, measure))
    exact, near, width, measure = max(fits, key=lambda f: (f[0], f[1]))
    if not _fills_width(filled, measure, width, near):
        if not lynx or max(len(x) for x in filled) > _LYNX_WIDTH:
            return text
        # too few filled lines to measure the width: a lynx dump (its link list says so) of lynx's
        # default width, when no line is longer than it
        width, measure = _LYNX_WIDTH, len
    at_width = [x for x in filled if measure(x) >= width - 8]
    if 2 * sum(1 for x in at_width if _SENTENCE_END.search(x)) > len(at_width):
        return text  # the long lines end sentences: whole paragraphs of similar length, not wrapped
    use_cols = measure is not len
    wide = "WFA" if measure is _cjk_width else "WF"
    vocab = _Vocabulary(lines, measure, width) if use_cols else None
    out: list[str] = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else ""
        joint = _joint(prev, line, measure, width, wide) if out and prev.strip() and line.strip() else None
        if joint is None:
            out.append(line)
            continue
        head = line.strip()
        if joint == "?":
            joint = "" if vocab is not None and vocab.one_word(prev, head) else " "
        out[-1] += joint + head
    return "\n".join(out)


def _fills_width(filled: Sequence[str], measure: Callable[[str], int], width: int, near: int) -> bool:
    """The ``filled`` lines of a text were wrapped at ``width``: ``near`` of them (at least
    :data:`_MIN_WRAPPED`, and a fifth of the long ones but list items) reach it and none of several
    words is longer."""
    if near < _MIN_WRAPPED or width < 40:
        return False
    if any(measure(x) > width + 2 and len(x.split()) > 2 for x in filled):
        return False  # long unwrapped lines: not a dump of fixed width
    items = sum(1 for x in filled if measure(x) >= 40 and (_BULLET.match(x.lstrip()) or _CONSOLE_BULLET.match(x)))
    long_blocks = sum(1 for x in filled if measure(x) >= 40) - items
    return near * 5 >= long_blocks  # (list items aside: menus, headlines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_W3M_PERIOD = frozenset(",.:;?!)]}>")
"""w3m never breaks a line before these (but at a space before them)."""
_W3M_BEGIN = frozenset("([{`<")
"""…nor after these."""
_W3M_WORD = frozenset(",.:\"'$%*+-@~_")
"""ASCII characters that w3m counts as letters of a word, with the ASCII letters and digits."""


def _w3m_letter(char: str, wide: str) -> bool:
    """w3m keeps ``char`` with a letter next to it: ASCII letters, digits and :data:`_W3M_WORD`, narrow
    letters (``é``); not a wide character (w3m breaks before and after any, a Hangul syllable too) nor
    a narrow symbol (``●``, ``“``)."""
    if char.isascii():
        return char.isalnum() or char in _W3M_WORD
    return unicodedata.east_asian_width(char) not in wide and unicodedata.category(char)[0] in "LNM"


def _w3m_breaks(a: str, b: str, wide: str) -> bool:
    """w3m may break a line between the characters ``a`` and ``b`` (neither a space) without a space."""
    if b in _W3M_PERIOD or a in _W3M_BEGIN or unicodedata.combining(b):
        return False
    return not (_w3m_letter(a, wide) and _w3m_letter(b, wide))


def _w3m_unit(head: str, wide: str) -> str:
    """The first piece of ``head`` that w3m does not break (up to a space or a possible break)."""
    for j in range(1, len(head)):
        if head[j] == " " or _w3m_breaks(head[j - 1], head[j], wide):
            return head[:j]
    return head


def _joint(prev: str, line: str, measure: Callable[[str], int], width: int, wide: str) -> str | None:
    """How ``line`` continues the wrapped line ``prev``: None when it does not (``prev`` ended its block:
    ``line`` is a list item, less indented, opens with a mark of :data:`_BLOCK_MARK` after a line that
    ended a paragraph, or what opens it would have fitted on ``prev``), ``" "``
    when the break replaced a space, ``""`` when it fell inside a word, ``"?"`` when both are possible.

    Counted in characters (lynx): lines are broken at spaces, a word longer than the line is cut at
    the width.  In display columns (w3m, ``width`` its last column): lines are broken at spaces and
    between two characters one of which is wide (Hangul, Hanja: :func:`_w3m_breaks`), when the next
    piece (:func:`_w3m_unit`) does not fit.  A break where a space would have let that piece fit, or
    between characters w3m keeps together, replaced a space; otherwise it is ambiguous."""
    body = line.lstrip()
    if _BULLET.match(body) or _CONSOLE_BULLET.match(line) or _indent(line) < _indent(prev):
        return None
    if _BLOCK_MARK.match(body) and _PARAGRAPH_END.search(prev):
        return None  # a paragraph ended, a sub-heading, sign-off or list item opens the next line
    if measure is len:
        if len(prev) + 1 + len(body.split(" ", 1)[0]) <= width:
            return None
        return "" if len(prev) >= width and " " not in prev.strip() else " "
    unit_width = measure(_w3m_unit(body, wide))
    filled = measure(prev)
    if filled + 1 + unit_width <= width:
        return None
    if filled + unit_width <= width or not _w3m_breaks(prev[-1], body[0], wide):
        return " "
    return "?"


class _Vocabulary:
    """The words of a dump (tokens not at a wrapped line's edge), to decide whether a break fell
    inside a word."""

    def __init__(self, lines: Sequence[str], measure: Callable[[str], int], width: int) -> None:
        words: Counter[str] = Counter()
        for i, line in enumerate(lines):
            tokens = [_bare(t) for t in line.split()]
            if not tokens:
                continue
            wrapped_before = i > 0 and measure(lines[i - 1]) >= width - 1
            wrapped_after = measure(line) >= width - 1
            lo = 1 if wrapped_before else 0
            hi = len(tokens) - 1 if wrapped_after else len(tokens)
            words.update(t for t in tokens[lo:hi] if t)
        self.words = words
        self.sorted = sorted(words)

    def _has_prefix(self, prefix: str) -> bool:
        j = bisect.bisect_left(self.sorted, prefix)
        return j < len(self.sorted) and self.sorted[j].startswith(prefix)

    def one_word(self, prev: str, head: str) -> bool:
        """The break between ``prev`` (a filled line) and ``head`` (the next line) fell inside a word."""
        tail_raw = prev.rsplit(" ", 1)[-1]
        head_raw = head.split(" ", 1)[0]
        last, first = tail_raw[-1:], head_raw[:1]
        if not (_wide(last) or _wide(first)):  # w3m breaks there only next to a symbol (``●``, ``“``)
            return first in "”’…,.!?:;)]}>»" or last in "“‘([{<「《〈" or unicodedata.category(last[:1] or " ") == "So"
        if first in ")]}>.,!?…:;·”’」》〉" or last in "([{<“‘「《〈":
            return True
        tail, head_word = _bare(tail_raw), _bare(head_raw)
        if not tail or not head_word:
            return True
        joined = self._has_prefix(tail + head_word)
        if head_word[0].isascii():
            return joined  # w3m does not break before a Latin word or a number
        lone_particle = len(head_word) == 1 and head_word in _PARTICLES
        if tail[-1].isascii():  # ``2021`` + ``년``, ``AI`` + ``기술``, ``CNS`` + ``는``
            return joined or lone_particle or head_word[0] in _COUNTERS or head_word.startswith(_PARTICLE_HEADS)
        ends_word = tail[-1] in _ENDINGS and len(tail) >= 2
        if lone_particle or (head_word.startswith(_PARTICLE_HEADS) and not ends_word):
            return True  # an ending (``다.``, ``은``, ``으로만``): never a word of its own
        split = self.words[tail] > 0 and self.words[head_word] > 0
        if joined != split:
            return joined
        if len(head_word) == 1 and head_word in _ONE_SYLLABLE_WORDS:
            return False  # ``수학`` + ``등``
        if _HANGUL_WORD.search(tail[-1:]):
            if len(tail) >= 2 and (tail[-1] in _ENDINGS or (self.words[tail] > 0 and not joined)):
                return False  # the first half ends as Korean words do, or is a word of the page
            if len(tail) == 1 and (self.words[tail] > 0 or tail in _ONE_SYLLABLE_WORDS):
                return False  # a one-syllable word (``한``, ``수``, ``등``)
        if len(head_word) >= 2 and self.words[head_word] > 0 and not joined:
            return False  # the second half is a word of the page
        return True


def _bare(token: str) -> str:
    return _WORD_EDGE.sub("", _WORD_EDGE.sub("", token))


def _wide(char: str) -> bool:
    return bool(char) and unicodedata.east_asian_width(char) in "WF"

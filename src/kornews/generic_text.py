"""The generic text reader: a page of any Korean outlet rendered to text (a browser's ``innerText``,
a console browser's dump, a WET record), read by the one shared layout reader
(:func:`kornews.text.read_layout`) with :data:`GENERIC_TEXT`, a :class:`~kornews.spec.TextLayout` of
Korean news conventions only (no outlet's wording):

* the date line: a label ``입력``/``등록``/``송고``/``승인``/``게재`` (``기사입력``, ``최초입력``, ``입력일``,
  ``등록일시``), its value on the same line (``입력 2025.05.15 16:33``, ``기사입력 2025-05-15 오후 4:33``,
  ``2025년 5월 15일``) or alone on the next; a byline may stand before it (``홍길동 기자 입력 …``); the
  modified-date line right after it (``수정``, ``최종수정``, ``업데이트``);
* the header: bylines (``홍길동 기자``), lone e-mails, page controls and breadcrumbs are skipped; the
  headline is the nearest headline-shaped line (8+ characters, 3+ Hangul) above the date line;
* the article ends at the copyright line (``ⓒ``, ``Copyright``, ``무단 전재 및 재배포 금지``), at a box
  heading (``관련기사``, ``많이 본 뉴스``, ``인기기사``: :data:`kornews.boilerplate.GENERIC_RULES`) not
  followed by paragraphs, or at a share/like/subscribe line.

Text without such a date line (or that the layout reading finds no article in) is read by the older
content reader (:func:`kornews.content.read_text`: the first substantial line as the headline, the body
from the dateline lead or the densest run of long lines), which is also kept when it reads a longer
body from a page whose layout reading ends early.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import korean as k
from . import lazyre
from .cleanup import Body, assemble
from .content import _deck_line, _is_byline_block, _is_lead, _reading_blocks, _text_span, read_text
from .dom import Block
from .errors import MissingField, NotAnArticle
from .spec import Rules, TextLayout, patterns
from .text import TextPage, _after_signoff, _article_blocks, _article_end, date_line, read_layout

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

_SENTENCE = lazyre.compile(r"[.!?…][\"'”’)]?$")
_LABEL = r"(?:기사\s*)?(?:최초\s*)?(?:입력|등록|송고|승인|게재)(?:일|시간|일시)?"
_VALUE = r"(?:19|20)\d\d\s*[./\-년]\s*\d{1,2}\s*[./\-월]\s*\d{1,2}"

GENERIC_TEXT = TextLayout(
    date=patterns(
        rf"^{_LABEL}\s*[:：]?\s*(?:{_VALUE}.*)?$",
        rf"^(?P<by>[가-힣]{{2,4}}(?:\s*[가-힣]{{2,4}})?\s*기자)\s*[|·,]?\s*{_LABEL}\s*[:：]?\s*{_VALUE}",
    ),
    modified=patterns(rf"^(?:최종\s*)?(?:수정|업데이트)(?:일|시간|일시)?\s*[:：]?\s*(?:{_VALUE}.*)?$"),
    no_date="generic",
    chrome=patterns(
        r"^(?:(?:좋아요|댓글|공유|추천)\s*\d*|.{0,12}공유(?:하기)?|글씨\s*크기|글자\s*크기|스크랩|프린트|인쇄|\d+)$",
        r"^[^가-힣]{1,12}$",
    ),
    title_min=8,
    deck_above=0,
    deck_below=0,
    end=patterns(r"^(?:좋아요|추천|공유하기)\s*\d*$", r"^이 기사(?:를|에 대해|가)\s"),
    copyright=patterns(r"(?:Copyrights?\s*)?[©ⓒ]\s*\S.*", r"Copyrights?\s.*"),
    bare_credits=True,
    boxes=patterns(
        r"^\s*\[?\s*(?:지금|현재)\s*(?:뜨는|많이\s*보는)\s*(?:기사|뉴스)",
        r"^\s*\[?\s*(?:[가-힣A-Za-z]{1,8}\s*)?(?:베스트|랭킹|인기|추천|주요)\s*(?:기사|뉴스)\s*\]?\s*$",
    ),
)
"""Korean news pages in general rendered to text (see the module docstring)."""


_EXTEND_SPAN = 40
"""How many lines past the densest run the article's closing line (sign-off, byline, copyright) is looked for."""


def _closing(page: TextPage, start: int, stop: int, rules: Rules) -> int:
    """The article's end (exclusive) when the densest run from ``start`` ends at ``stop``: past it, up to the
    first sign-off, byline or copyright line within :data:`_EXTEND_SPAN` lines before the layout's end (a
    box heading, a share line), when at least one paragraph stands on the way (the run was cut by
    sub-headings, captions or a profile box); without a sign-off, to the last paragraph before the layout's
    end when it stands within those lines and paragraphs make two thirds of the text on the way; else
    ``stop``."""
    lines = page.lines
    if stop >= len(lines) or k.parse_signoff(lines[stop - 1]) or k.is_copyright(lines[stop - 1]):
        return stop
    end, _, _ = _article_end(page, start, GENERIC_TEXT, rules, rules.boxes + GENERIC_TEXT.boxes)
    paragraph = False
    last, prose, other = -1, 0, 0
    for j in range(stop, min(end, stop + _EXTEND_SPAN)):
        line = lines[j]
        if k.parse_signoff(line) or k.is_copyright(line) or _is_byline_block(line):
            return j + 1 if paragraph else stop
        if len(line) >= 50 and _SENTENCE.search(line) is not None:
            paragraph, last, prose = True, j, prose + len(line)
        else:
            other += len(line)
    if last >= 0 and end <= stop + _EXTEND_SPAN and prose >= 2 * other:
        return last + 1  # no sign-off: the article's paragraphs up to the layout's end
    return stop


_MIN_SPAN = 300
"""Characters the article found before the layout's end needs, else the whole page is searched."""


def _span(page: TextPage, begin: int, rules: Rules) -> tuple[int, int]:
    """(first, last) line of the article from ``begin`` (:func:`kornews.content._text_span`), searched
    before the layout's end of the article (the copyright line, a box heading not followed by
    paragraphs, a share line) so that a denser box of other stories after it is not taken for the
    article; on the whole rest of the page when less than :data:`_MIN_SPAN` characters stand there."""
    lines = page.lines
    end, _, _ = _article_end(page, begin, GENERIC_TEXT, rules, rules.boxes + GENERIC_TEXT.boxes)
    if end < len(lines):
        start, last = _text_span(lines[:end], begin)
        if start >= 0 and sum(len(x) for x in lines[start : last + 1]) >= _MIN_SPAN:
            return start, last
    return _text_span(lines, begin)


class GenericReading(NamedTuple):
    """The generic text reader's result: headline, cleaned body, dates, reporters found outside the
    body, the deck read outside the body (empty: the body's own), and which reader read it
    (``"layout"``/``"content"``)."""

    title: str
    body: Body
    published: k.ParsedDate | None
    modified: k.ParsedDate | None
    reporters: list[k.RawReporter]
    deck: tuple[str, ...]
    reader: str


def read_generic(page: TextPage, rules: Rules, *, who: str | None = None) -> GenericReading:
    """Read ``page``: the header (headline, deck, dates, header bylines) by :data:`GENERIC_TEXT` over
    the shared layout reader, the article from the first line after the header as the content reader
    finds it (from the dateline lead, else the densest run of long lines, with the closing sign-off),
    cleaned with ``rules`` (without such a run, a short article: the layout reading's own article
    lines).  Text without a date line, or without a headline above it, is read by
    :func:`kornews.content.read_text`.  Raises NotAnArticle when no article paragraph is found."""
    lines = page.lines
    try:
        found = read_layout(page, GENERIC_TEXT, rules, who=who)
    except (NotAnArticle, MissingField):
        found = None
    if found is not None:
        i_date = date_line(page, GENERIC_TEXT)
        begin = i_date + 1
        if found.lines:
            begin = next((i for i in range(begin, len(lines)) if lines[i] == found.lines[0]), begin)
        start, end = _span(page, begin, rules)
        if start >= 0:
            if _is_lead(lines[start]) and not found.deck:
                floor = max(begin - 1, start - 6)
                while start - 1 > floor and _deck_line(lines[start - 1], rules):
                    start -= 1
            stop = _closing(page, start, end + 1, rules)
            stop = min(stop, _after_signoff(lines, start, stop, rules))
            blocks: Iterable[Block] = _article_blocks(page, start, stop, GENERIC_TEXT, rules, ())
        else:  # no run of long lines (a short article): the layout's own article lines
            start, blocks = begin, found.blocks
        items, reporters = _reading_blocks(Block("text", b.text) if _is_lead(b.text) else b for b in blocks)
        for line in lines[begin:start]:
            reporters.extend(_is_byline_block(line) or ())
        body = assemble(items, rules)
        if body.paragraphs:
            return GenericReading(
                found.title, body, found.published, found.modified, found.reporters + reporters, found.deck, "layout"
            )
    title, body, published, modified, reporters = read_text(page, rules, who=who)
    return GenericReading(title, body, published, modified, reporters, (), "content")


__all__ = ["GENERIC_TEXT", "GenericReading", "read_generic"]

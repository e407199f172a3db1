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
from typing import NamedTuple

import attrs

from . import korean as k
from . import lazyre
from .columns import split_columns
from .dom import Block
from .errors import MissingField, NotAnArticle
from .korean import clean_ws, looks_like_caption
from .spec import Rules, TextLayout

_BULLET = lazyre.compile(r"^(?:[•◦▪‣∙·](?:\s+|$))+")
"""Leading list bullets and their spaces (a nested ``• • …`` too); a bullet alone on a line (an empty
list item) is no text either."""


_IMAGE_NAME = lazyre.compile(r"^\[[A-Za-z0-9_.\-]+\]$")
"""A line that is one bracketed name of ASCII letters, digits, ``_``, ``.``, ``-``: w3m shows an image
without alternative text as its file's name (``[KZP7QHNV3R]``, ``[bn_view]``, ``[2025_r]``)."""


def _read_lines(text: str) -> tuple[list[str], list[bool]]:
    """(lines, bulleted) of :func:`normalize_lines` and :func:`bulleted`."""
    lines: list[str] = []
    bullets: list[bool] = []
    for raw in "\n\n".join(unwrap(part) for part in split_columns(text.replace("\r\n", "\n"))).split("\n"):
        cleaned = clean_ws(raw)
        line = _BULLET.sub("", cleaned)
        if line and not _IMAGE_NAME.match(line):
            lines.append(line)
            bullets.append(line != cleaned)
    keep = _not_alt_copies(lines)
    return [x for x, k in zip(lines, keep, strict=True) if k], [x for x, k in zip(bullets, keep, strict=True) if k]


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
class TextPage:
    """A page rendered as text: ``lines`` (normalised, non-empty), the original ``text`` and ``url``."""

    text: str
    lines: tuple[str, ...]
    url: str | None = None

    @classmethod
    def from_text(cls, text: str, url: str | None = None) -> TextPage:
        """Normalise ``text`` into lines."""
        return cls(text=text, lines=tuple(normalize_lines(text)), url=url)

    def find(self, pattern: re.Pattern[str], start: int = 0, stop: int | None = None) -> int:
        """Index of the first line from ``start`` (to ``stop``) that ``pattern`` searches; -1 if none."""
        end = len(self.lines) if stop is None else min(stop, len(self.lines))
        for i in range(max(start, 0), end):
            if pattern.search(self.lines[i]):
                return i
        return -1


class LayoutReading(NamedTuple):
    """What :func:`read_layout` found: the headline, the article's lines (to be cleaned), the dates
    and the reporters of byline lines in the header."""

    title: str
    lines: list[str]
    published: k.ParsedDate | None
    modified: k.ParsedDate | None
    reporters: list[k.RawReporter]


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


def read_layout(page: TextPage, layout: TextLayout, rules: Rules, *, who: str | None = None) -> LayoutReading:
    """Read a page rendered to text by an outlet's :class:`~kornews.spec.TextLayout` (the one text
    reader of the outlet layer): the date line (else the first ``layout.anchor`` line), the headline
    above it (past bylines, page controls and ``layout.chrome``), the dates and a date line's byline,
    then the article's lines up to a ``layout.end`` line (or past the sign-off, with
    ``layout.signoff_ends``; ``rules`` are the outlet's).  Raises NotAnArticle
    without a date line (MissingField('title') if ``layout.no_date == "title"``), MissingField('title')
    without a headline above it."""
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
    reporters: list[k.RawReporter] = []

    def header(line: str) -> bool:
        return k.is_ui_line(line) or _any(layout.chrome, line)

    t = i_date - 1
    while t >= 0 and (header(lines[t]) or k.parse_byline_line(lines[t]) is not None):
        reporters[:0] = k.parse_byline_line(lines[t]) or []
        t -= 1
    if t < 0:
        raise MissingField("title", outlet=who, url=page.url)
    published = modified = None
    start = i_date
    if not anchored:
        published, modified, used = _dated(lines, i_date)
        reporters.extend(k.parse_byline(by) if by else ())
        start += used
    while start < len(lines) and len(lines[start]) <= 100 and _any(layout.modified, lines[start]):
        p, m, used = _dated(lines, start)
        published, modified = published or (p if m is None else None), modified or m or p
        start += used
    while start < len(lines) and header(lines[start]):
        start += 1
    end = next((j for j in range(start, len(lines)) if _any(layout.end, lines[j])), len(lines))
    if layout.signoff_ends:
        end = _after_signoff(lines, start, end, rules)
    return LayoutReading(lines[t], list(lines[start:end]), published, modified, reporters)


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
_MIN_WRAPPED = 5
"""A text is hard-wrapped when at least this many lines (and a fifth of the long ones) fill its width."""


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


def strip_link_lists(text: str) -> str:
    """``text`` without a console browser's list of link URLs (lynx: ``References`` then ``1. url``
    lines) and, when there was one, without the ``[12]`` markers that point into it."""
    lines = text.split("\n")
    cut = -1
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[i]):
            after = [x for x in lines[i + 1 : i + 6] if x.strip()]
            if after and all(_REFERENCE_ITEM.match(x) or _REFERENCES.match(x) for x in after):
                cut = i
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
    text = strip_link_lists(text.replace("\r\n", "\n").replace("\r", "\n"))
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
    if near < _MIN_WRAPPED:
        return text
    use_cols = measure is not len
    longer = sum(1 for x in filled if measure(x) > width + 2 and len(x.split()) > 2)
    items = sum(1 for x in filled if measure(x) >= 40 and (_BULLET.match(x.lstrip()) or _CONSOLE_BULLET.match(x)))
    long_blocks = sum(1 for x in filled if measure(x) >= 40) - items
    if longer or width < 40 or near * 5 < long_blocks:
        return text  # long unwrapped lines (list items aside: menus, headlines): not a dump of fixed width
    at_width = [x for x in filled if measure(x) >= width - 8]
    if 2 * sum(1 for x in at_width if _SENTENCE_END.search(x)) > len(at_width):
        return text  # the long lines end sentences: whole paragraphs of similar length, not wrapped
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
    ``line`` is a list item, less indented, or what opens it would have fitted on ``prev``), ``" "``
    when the break replaced a space, ``""`` when it fell inside a word, ``"?"`` when both are possible.

    Counted in characters (lynx): lines are broken at spaces, a word longer than the line is cut at
    the width.  In display columns (w3m, ``width`` its last column): lines are broken at spaces and
    between two characters one of which is wide (Hangul, Hanja: :func:`_w3m_breaks`), when the next
    piece (:func:`_w3m_unit`) does not fit.  A break where a space would have let that piece fit, or
    between characters w3m keeps together, replaced a space; otherwise it is ambiguous."""
    body = line.lstrip()
    if _BULLET.match(body) or _CONSOLE_BULLET.match(line) or _indent(line) < _indent(prev):
        return None
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

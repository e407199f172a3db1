"""Side-by-side columns of a console browser's dump, read one after the other.

``w3m -dump`` lays a page's layout table out as it is drawn: the article cell and a sidebar cell
share each output line, the sidebar's text starting at the same display column on every line::

    기사입력 2017.04.20. 오후 3:53 기사원문 스크랩         다운증후군 여성, 속옷모
    (연천=연합뉴스) 경기도 연천군은 20일 군청 상황실에     고 핵무기 훈련… 침공 임

:func:`split_columns` finds such a run of lines and returns its left column and its right column as
separate parts (each wrapped at its own width, so each is re-joined on its own), the text before
and after the run as parts of their own.  Text without one (a browser's ``innerText``, a lynx dump,
which lays table cells out one after the other) is returned as one part.
"""

from __future__ import annotations

import re
import unicodedata

from . import lazyre

_GAP = lazyre.compile(r"\S( {2,})(?=\S)")
"""Two or more spaces between two words: where a line may pass from one column to the next."""
_MIN_ROWS = 6
"""A run of lines is two columns only when at least this many of its lines hold text in both."""
_MIN_COLUMN = 20
"""The right column starts at this display column at the earliest."""
_MAX_LINE = 400
"""Characters: a longer line is no line of a console dump."""
_LINK_LIST = lazyre.compile(r"^\s*(?:References|Visible links:?)\s*$", re.MULTILINE)
"""Lynx's list of link URLs: a lynx dump never sets cells side by side, and its list stays whole."""


def _cols(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _width(text: str) -> int:
    """Display columns of ``text`` (East Asian wide and full-width characters take two, as w3m draws)."""
    return len(text) if text.isascii() else sum(_cols(c) for c in text)


def _cut(line: str, col: int) -> tuple[str, str] | None:
    """(the part of ``line`` before display column ``col``, the rest); None if a wide character
    straddles the column."""
    at = 0
    for i, char in enumerate(line):
        if at >= col:
            return line[:i], line[i:]
        at += _cols(char)
        if at > col:
            return None
    return line, ""


def _boundary(lines: list[str]) -> tuple[int, int]:
    """(display column where the right column starts, lines that pass to it there across a gap of
    two or more spaces): the column that most such gaps span (the leftmost of equals).  Lines longer
    than :data:`_MAX_LINE` (no console is that wide) are not looked at."""
    counts: dict[int, int] = {}
    for line in lines:
        if len(line) > _MAX_LINE or "  " not in line.strip():
            continue
        spanned: set[int] = set()
        at, pos = 0, 0
        for m in _GAP.finditer(line):
            at += _width(line[pos : m.start(1)])
            left, right = at, at + len(m.group(1))
            at, pos = right, m.end(1)
            if right >= _MIN_COLUMN:
                spanned.update(range(max(left + 1, _MIN_COLUMN), right + 1))
        for col in spanned:
            counts[col] = counts.get(col, 0) + 1
    if not counts:
        return 0, 0
    best = max(counts.values())
    return min(c for c, n in counts.items() if n == best), best


def split_columns(text: str) -> list[str]:
    """``text`` (LF line ends) as parts to read one after the other: each run of lines set as two
    columns (at least :data:`_MIN_ROWS` lines with text on both sides of a gap of two or more spaces
    at the same display column, no line crossing that column) becomes its left column and its right
    column; the lines around a run are parts of their own.  Without such a run: ``[text]``."""
    lines = text.split("\n")
    col, rows = _boundary(lines)
    if rows < _MIN_ROWS or _LINK_LIST.search(text):
        return [text]
    # each line as (left, right, both sides hold text), or None where a line crosses the column
    cut: list[tuple[str, str, bool] | None] = []
    for line in lines:
        parts = _cut(line.rstrip(), col)
        if parts is None:
            cut.append(None)
            continue
        left, right = parts
        both = bool(left.strip()) and bool(right.strip())
        gap = (len(left) - len(left.rstrip())) + (len(right) - len(right.lstrip()))
        cut.append(None if both and (not left.endswith(" ") or gap < 2) else (left, right, both))
    out: list[str] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cut[j] is not None:
            j += 1
        run = [c for c in cut[i:j] if c is not None]
        if sum(1 for c in run if c[2]) >= _MIN_ROWS:
            if plain:
                out.append("\n".join(plain))
                plain = []
            out.append("\n".join(left.rstrip() for left, _, _ in run))
            out.append("\n".join(right.rstrip() for _, right, _ in run))
        else:
            plain.extend(lines[i:j])
        if j < len(lines):
            plain.append(lines[j])
        i = j + 1
    if plain:
        out.append("\n".join(plain))
    return out


__all__ = ["split_columns"]

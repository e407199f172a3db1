"""Text mode: pages already rendered to plain text (WET records, reader-mode dumps, the seeds).

A :class:`TextPage` is the page's non-empty lines, normalised: CRLF/CR become LF, NBSP and other
odd spaces collapse, leading list bullets (``•``, ``◦``, ``▪``, ``·`` followed by a space) and
trailing spaces go.  Extractors read it with ``extract_text``; the outlet knowledge they use is the
same ``rules``/``site_names`` they use for HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .dom import Block
from .korean import clean_ws

_BULLET = re.compile(r"^(?:[•◦▪‣∙·](?:\s+|$))+")
"""Leading list bullets and their spaces (a nested ``• • …`` too); a bullet alone on a line (an empty
list item) is no text either."""


def normalize_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines of ``text``, list bullets removed."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _BULLET.sub("", clean_ws(raw))
        if line:
            out.append(line)
    return out


def bulleted(text: str) -> list[bool]:
    """For each line of :func:`normalize_lines` (same order, same length): True when it was a list
    item (rendered with a leading bullet such as ``• ``)."""
    out: list[bool] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cleaned = clean_ws(raw)
        line = _BULLET.sub("", cleaned)
        if line:
            out.append(line != cleaned)
    return out


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


def line_blocks(lines: Iterable[str]) -> list[Block]:
    """Each line as one text block (text mode has no figures: captions are recognised by their text)."""
    return [Block("text", line) for line in lines]

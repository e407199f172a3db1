"""Real renderings of the HTML fixtures (``fixtures/<outlet>/renders/<case>.<renderer>.txt``, written
by ``tools/render_fixtures.py``) and how their text-mode article is compared with the HTML one.

A rendering is compared with the article of its HTML fixture (the fixture JSON whose ``_source.input``
is the page, read by the extractor chosen for it, not a forced one): extractor, outlet, title, deck
(``subtitles``), reporters (name, role, e-mail), dates to the minute (a rendering shows no seconds;
a date the rendering does not show at all is not asked for, nor a modification date without its
label) and the body, exactly; the body's token
F1 is reported beside.  Pages whose DOM is an empty JS shell (``_source.dom_shell``) are exempt.
A fourth reading, ``wet``, is the Chromium rendering shaped as a Common Crawl WET record's text
(one line per block, no blank lines, no link markers): :func:`as_wet`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from .fixtures import FIXTURES, Case, cases

RENDERERS = ("chromium", "w3m", "lynx", "wet")
HEADER = "# render: "


@attrs.frozen
class Rendering:
    case: Case  # the HTML fixture's expected article
    renderer: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.case.id}.{self.renderer}"

    def text(self) -> str:
        raw = self.path.read_text(encoding="utf-8")
        if raw.startswith(HEADER):
            raw = raw.split("\n", 1)[1] if "\n" in raw else ""
        return as_wet(raw) if self.renderer == "wet" else raw


def as_wet(text: str) -> str:
    """A rendering as a WET record's text: each non-empty line once, stripped, no blank lines."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _case_name(input_name: str) -> str:
    return re.sub(r"\.html(?:\.gz)?$", "", Path(input_name).name)


def renderings() -> list[Rendering]:
    """Every committed rendering of an article fixture read by its chosen extractor."""
    out: list[Rendering] = []
    for case in cases():
        src = case.source
        if case.kind != "article" or src.get("extractor") or "/" in str(src.get("input", "")):
            continue  # a forced extractor, or another fixture's page
        if src.get("dom_shell"):
            continue
        renders = case.input_path.parent / "renders"
        for renderer in RENDERERS:
            source = "chromium" if renderer == "wet" else renderer
            path = renders / f"{_case_name(src['input'])}.{source}.txt"
            if path.exists():
                out.append(Rendering(case, renderer, path))
    return out


_TOKEN = re.compile(r"\S+")
_MODIFIED_LABEL = re.compile(r"(?:수정|업데이트|갱신)\s*[:：]?\s*(?:\n\s*)?(?:19|20)\d\d")


def token_f1(expected: tuple[str, ...] | list[str], got: tuple[str, ...] | list[str]) -> float:
    """Bag-of-tokens F1 (whitespace tokens) of two bodies; 1.0 when both are empty."""
    a = Counter(t for p in expected for t in _TOKEN.findall(p))
    b = Counter(t for p in got for t in _TOKEN.findall(p))
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def _minute(value: Any) -> str | None:
    if value is None:
        return None
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return dt.replace(second=0, microsecond=0).isoformat()


def shows_date(text: str, value: Any) -> bool:
    """The rendering shows the day of ``value`` (``2025.03.04``, ``2025-03-04``, ``2025년 3월 4일`` …)."""
    if value is None:
        return False
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    rx = rf"{dt.year}\s*[./\-년]\s*0?{dt.month}\s*[./\-월]\s*0?{dt.day}(?!\d)"
    return re.search(rx, text) is not None


def differences(expected: dict[str, Any], got: dict[str, Any], text: str) -> list[str]:
    """The fields in which a rendering's article differs from the HTML fixture's (empty: exact)."""
    out: list[str] = []
    for key in ("extractor", "outlet", "title", "subtitles"):
        if expected.get(key) != got.get(key):
            out.append(key)
    who = [(r["name"], r.get("role"), r.get("email")) for r in expected.get("reporters", [])]
    if who != [(r["name"], r.get("role"), r.get("email")) for r in got.get("reporters", [])]:
        out.append("reporters")
    for key in ("published", "modified"):
        if key == "modified" and not _MODIFIED_LABEL.search(text):
            continue  # the rendering shows no modification date
        if shows_date(text, expected.get(key)) and _minute(expected.get(key)) != _minute(got.get(key)):
            out.append(key)
    if list(expected.get("body", [])) != list(got.get("body", [])):
        out.append("body")
    return out


__all__ = [
    "FIXTURES",
    "HEADER",
    "RENDERERS",
    "Rendering",
    "as_wet",
    "differences",
    "renderings",
    "shows_date",
    "token_f1",
]

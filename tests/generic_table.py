"""The generic reader alone vs the outlet module, page by page (issue 15's table).

For every HTML article fixture of an outlet or portal (``fixtures/<outlet>/*.json`` with kind
``article``, whatever module its expected output was made with), the page is read again with the
outlet modules off (``outlet="generic"``) and compared field by field with the outlet module's
expected output:

* ``title``: exact equality;
* ``published``: equal to the minute when the expected value has a time, equal day otherwise;
* ``modified``: the same way, where the outlet module gives one;
* ``reporters``: the same names in the same order;
* ``body F1``: bag-of-whitespace-tokens F1 of the generic body against the expected body;
* ``captions in body``: expected image captions/credits left in the generic body (see
  :func:`captions_in_body`).

Used by ``tests/test_generic_fields.py`` and printed by ``tools/generic_table.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import attrs

from .fixtures import Case, cases

_NORM = re.compile(r"[^0-9A-Za-z가-힣]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text)


@attrs.frozen
class Row:
    """One page: the generic reading compared with the outlet module's expected output."""

    case: str
    provenance: str
    title_ok: bool
    title: str
    expected_title: str
    date_ok: bool
    published: str | None
    expected_published: str | None
    modified_ok: bool
    reporters_ok: bool
    reporters: tuple[str, ...]
    expected_reporters: tuple[str, ...]
    body_f1: float
    captions_in_body: int
    error: str | None = None

    @property
    def clean_title(self) -> bool:
        return self.title_ok


def token_f1(pred: Iterable[str], gold: Iterable[str]) -> float:
    """Bag-of-whitespace-tokens F1 of the paragraphs ``pred`` against ``gold`` (1.0 when both empty)."""
    p = Counter(t for line in pred for t in line.split())
    g = Counter(t for line in gold for t in line.split())
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _minute(value: str | None) -> str | None:
    """An ISO date as written in fixtures, cut to the minute (``2025-05-15T20:00``) or the day."""
    if value is None:
        return None
    if "T" not in value:
        return value
    return datetime.fromisoformat(value).strftime("%Y-%m-%dT%H:%M")


def dates_agree(got: str | None, expected: str | None) -> bool:
    """Published dates agree: to the minute where the expected one has a time, else the same day."""
    if expected is None:
        return got is None
    if got is None:
        return False
    if "T" not in expected:
        return got[:10] == expected
    return _minute(got) == _minute(expected)


def outlet_cases() -> list[Case]:
    """HTML article fixtures read by an outlet/portal module (not the ones forcing ``generic``)."""
    out = []
    for case in cases():
        src = case.source
        if case.kind != "article" or src.get("extractor") == "generic":
            continue
        if not str(src.get("input", "")).endswith((".html", ".html.gz", ".htm")):
            continue
        out.append(case)
    return out


def captions_in_body(body: Iterable[str], images: Iterable[dict[str, Any]]) -> int:
    """How many expected captions/credits are left in ``body``: a paragraph that is the caption or
    the credit (normalised), or holds a caption of at least 20 characters."""
    paragraphs = [_norm(p) for p in body]
    n = 0
    for img in images:
        cap, credit = _norm(img.get("caption") or ""), _norm(img.get("credit") or "")
        if cap and any(p == cap or (len(cap) >= 20 and cap in p) for p in paragraphs):
            n += 1
        elif credit and any(p == credit for p in paragraphs):
            n += 1
    return n


def compare(case: Case) -> Row:
    """Read ``case``'s page with the generic extractor and compare it with its expected output."""
    import kornews

    exp = case.expected
    exp_reporters = tuple(r["name"] for r in exp.get("reporters") or ())
    try:
        got = kornews.extract(case.input_bytes(), url=case.source.get("url"), outlet="generic").to_dict()
    except kornews.KornewsError as exc:
        return Row(
            case.id, str(case.source.get("provenance")), False, "", exp["title"], False, None,
            exp.get("published"), False, False, (), exp_reporters, 0.0, 0, f"{type(exc).__name__}: {exc}",
        )  # fmt: skip
    reporters = tuple(r["name"] for r in got["reporters"])
    return Row(
        case=case.id,
        provenance=str(case.source.get("provenance")),
        title_ok=got["title"] == exp["title"],
        title=got["title"],
        expected_title=exp["title"],
        date_ok=dates_agree(got["published"], exp.get("published")),
        published=got["published"],
        expected_published=exp.get("published"),
        modified_ok=exp.get("modified") is None or dates_agree(got["modified"], exp["modified"]),
        reporters_ok=reporters == exp_reporters,
        reporters=reporters,
        expected_reporters=exp_reporters,
        body_f1=token_f1(got["body"], exp["body"]),
        captions_in_body=captions_in_body(got["body"], exp.get("images") or ()),
    )


def rows() -> list[Row]:
    """One :class:`Row` per HTML article fixture of an outlet or portal."""
    return [compare(c) for c in outlet_cases()]


def _mark(ok: bool) -> str:
    return "yes" if ok else "NO"


def render(table: list[Row]) -> str:
    """A Markdown table of ``table`` with the shares of pages with a date, a clean title and no
    caption in the body."""
    lines = [
        "| page | provenance | title exact | published (minute) | modified | reporters | body F1 | captions in body |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in table:
        date = _mark(r.date_ok) + ("" if r.date_ok else f" ({r.published} vs {r.expected_published})")
        title = _mark(r.title_ok) + ("" if r.title_ok else f" ({r.title!r})")
        reps = _mark(r.reporters_ok) + ("" if r.reporters_ok else f" ({', '.join(r.reporters) or '-'})")
        lines.append(
            f"| {r.case} | {r.provenance} | {title} | {date} | {_mark(r.modified_ok)} | {reps} | {r.body_f1:.3f} "
            f"| {r.captions_in_body} |"
            + (f" {r.error}" if r.error else "")
        )
    n = len(table) or 1
    dated = sum(1 for r in table if r.published is not None)
    lines += [
        "",
        f"pages: {len(table)}; with a date: {dated}/{len(table)} ({dated / n:.0%}); "
        f"published to the minute: {sum(r.date_ok for r in table)}/{len(table)}; "
        f"modified where the module has one: {sum(r.modified_ok for r in table)}/{len(table)}; "
        f"clean (exact) title: {sum(r.title_ok for r in table)}/{len(table)} "
        f"({sum(r.title_ok for r in table) / n:.0%}); "
        f"reporters: {sum(r.reporters_ok for r in table)}/{len(table)}; "
        f"no caption in the body: {sum(r.captions_in_body == 0 for r in table)}/{len(table)} "
        f"({sum(r.captions_in_body == 0 for r in table) / n:.0%}); "
        f"body F1 ≥ 0.98: {sum(r.body_f1 >= 0.98 for r in table)}/{len(table)}",
    ]
    return "\n".join(lines)


__all__ = [
    "Row",
    "captions_in_body",
    "compare",
    "dates_agree",
    "outlet_cases",
    "render",
    "rows",
    "token_f1",
]

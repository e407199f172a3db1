"""Page loading and grouping.

A page is one HTML document given to every tool as raw bytes. Pages come from

- the fixture cases (``fixtures/<outlet>/*.json``, format and loader: ``kornews.testing.fixtures``) whose
  ``_source.kind`` is "article" (or absent) and whose expected ``body`` is non-empty: gold = that body,
  provenance = the case's ``_source.provenance`` ("real" or "reconstructed"), URL = ``_source.url``;
- a directory of real saved pages (``--real-pages``, e.g. ``../shared/real-pages``): every ``*.html`` /
  ``*.html.gz`` with, optionally, a sibling ``<stem>.expected.json`` whose ``body`` is a list of paragraphs
  (gold) and ``url``; a page without such gold is timed but not scored. Provenance is "real".

Pages are deduplicated by content (SHA-1 of the bytes): the first occurrence wins, fixture cases that do not
force an extractor (``_source.extractor``) before those that do, fixtures before the real-pages directory.

Size groups: a page of at least ``SMALL_BYTES`` bytes is "realistic", a smaller one "small"; the two are
reported apart (a fixed per-call cost dominates small pages).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SMALL_BYTES = 30_000
GROUPS = ("realistic", "small")


@dataclass
class Page:
    id: str
    url: str | None
    provenance: str  # "real" | "reconstructed" | whatever the fixture says
    html: bytes
    gold: Counter[str] | None  # gold body tokens; None = timed, not scored

    @property
    def group(self) -> str:
        return "realistic" if len(self.html) >= SMALL_BYTES else "small"

    @property
    def kb(self) -> float:
        return len(self.html) / 1000.0


def tokens(paragraphs: list[object]) -> Counter[str]:
    """Bag of whitespace tokens of a body given as a list of paragraphs."""
    return Counter("\n".join(str(p) for p in paragraphs).split())


def _fixture_pages(fixtures: Path) -> tuple[list[tuple[bool, Page]], list[tuple[str, str]]]:
    from kornews.testing.fixtures import is_case, load  # the one loader of the fixture format

    found: list[tuple[bool, Page]] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(fixtures.glob("*/*.json")):
        cid = f"{path.parent.name}/{path.stem}"
        try:
            if not is_case(path):
                continue  # not a fixture case
            case = load(path)
        except (OSError, ValueError) as exc:
            skipped.append((cid, f"unreadable JSON: {exc}"))
            continue
        if case.kind != "article":
            continue
        body = case.expected.get("body")
        if not body or not isinstance(body, list):
            skipped.append((case.id, "no expected body"))
            continue
        try:
            html = case.input_bytes()
        except Exception as exc:  # missing input, bad gzip, no "input" key
            skipped.append((case.id, f"input unreadable: {type(exc).__name__}: {exc}"))
            continue
        page = Page(case.id, case.source.get("url"), str(case.source.get("provenance", "unknown")), html, tokens(body))
        found.append((bool(case.source.get("extractor")), page))
    found.sort(key=lambda fp: fp[0])  # stable: cases that do not force an extractor first
    return found, skipped


def _real_pages(directory: Path) -> list[Page]:
    pages: list[Page] = []
    for path in sorted([*directory.glob("**/*.html"), *directory.glob("**/*.html.gz")]):
        raw = path.read_bytes()
        html = gzip.decompress(raw) if path.suffix == ".gz" else raw
        stem = path.name.removesuffix(".gz").removesuffix(".html")
        gold: Counter[str] | None = None
        url = None
        expected = path.with_name(stem + ".expected.json")
        if expected.exists():
            try:
                data = json.loads(expected.read_text(encoding="utf-8"))
            except ValueError:
                data = {}
            if isinstance(data, dict):
                if isinstance(data.get("body"), list) and data["body"]:
                    gold = tokens(data["body"])
                url = data.get("url") if isinstance(data.get("url"), str) else None
        pages.append(Page(f"real-pages/{path.parent.name}/{stem}", url, "real", html, gold))
    return pages


def load(fixtures: Path, real_pages: Path | None = None) -> tuple[list[Page], list[tuple[str, str]]]:
    """Every page (deduplicated by content) and the fixture cases left out with the reason."""
    found, skipped = _fixture_pages(fixtures)
    candidates = [p for _, p in found] + (_real_pages(real_pages) if real_pages else [])
    seen: dict[str, str] = {}
    pages: list[Page] = []
    for page in candidates:
        digest = hashlib.sha1(page.html).hexdigest()
        if digest in seen:
            if not page.id.startswith("real-pages/"):  # a real page already in fixtures/ is expected
                skipped.append((page.id, f"same input as {seen[digest]}"))
            continue
        seen[digest] = page.id
        pages.append(page)
    return pages, skipped


def default_real_pages(root: Path) -> Path | None:
    """``../shared/real-pages`` next to the checkout (or one level further up, for worktrees), if present."""
    for base in (root.parent, root.parent.parent):
        cand = base / "shared" / "real-pages"
        if cand.is_dir():
            return cand
    return None


def by_group(pages: list[Page]) -> dict[str, list[Page]]:
    return {g: [p for p in pages if p.group == g] for g in GROUPS}

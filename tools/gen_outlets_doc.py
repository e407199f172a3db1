"""Generate docs/outlets.md from the registered extractors (run from the repo root).

Each outlet/portal module is the single description of its site; this page renders those
declarations (URL patterns, examples, layouts and their selectors, what is dropped) for readers.
``tests/test_docs.py`` fails when docs/outlets.md is out of date.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from kornews import registry
from kornews.base import Extractor, HtmlExtractor

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "outlets.md"

INTRO = """# Supported outlets and portals

Generated from the extractor modules by `python tools/gen_outlets_doc.py` (a test keeps it current).
Each module under `src/kornews/outlets/` and `src/kornews/portals/` is the one description of its site;
the evidence behind each selector is in the module docstring and in the fixtures' `_source` notes.
When no extractor claims a page, the generic extractor (`kornews.generic`) reads it.
"""


def _code(items: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{i}`" for i in items) if items else "—"


def _section(ext: Extractor) -> str:
    cls = type(ext)
    module = inspect.getmodule(cls)
    doc = inspect.getdoc(module) or ""
    lines = [f"## {ext.name} — `{ext.id}` ({ext.kind})", ""]
    if doc:
        lines += [doc, ""]
    lines += [
        f"- Domains: {_code(list(ext.domains))}",
        f"- Article URL patterns: {_code([p.pattern for p in ext.article_urls])}",
    ]
    if ext.listing_urls:
        lines.append(f"- Listing URL patterns: {_code([p.pattern for p in ext.listing_urls])}")
    lines.append(f"- Example article URLs: {_code(list(ext.example_urls))}")
    if ext.non_article_urls:
        lines.append(f"- Not claimed (tested): {_code(list(ext.non_article_urls))}")
    if ext.text_markers:
        lines.append(f"- Recognised in text by: {_code([p.pattern for p in ext.text_markers])}")
    rules = ext.rules
    for label, pats in (
        ("Boxes removed by heading", rules.boxes),
        ("Lines that end the article", rules.stop),
        ("Lines dropped", rules.skip),
    ):
        if pats:
            lines.append(f"- {label}: {_code([p.pattern for p in pats])}")
    if isinstance(ext, HtmlExtractor):
        if ext.remove:
            lines.append(f"- Blocks dropped in every layout: {_code(list(ext.remove))}")
        if ext.layouts:
            lines += ["", "| layout | recognised by | title | date | body | valid until |", "|---|---|---|---|---|---|"]
            for lay in ext.layouts:
                lines.append(
                    f"| `{lay.name}` | {_code(list(lay.match))} | {_code(list(lay.title))} | {_code(list(lay.date))} "
                    f"| {_code(list(lay.body))} | {lay.valid_until or 'current'} |"
                )
    return "\n".join(lines).replace("|`", "| `")


def render() -> str:
    exts = sorted(registry.extractors(), key=lambda e: (e.kind != "outlet", e.id))
    rows = ["| id | name | kind | domains |", "|---|---|---|---|"]
    rows += [f"| `{e.id}` | {e.name} | {e.kind} | {_code(list(e.domains))} |" for e in exts]
    parts = [INTRO, "\n".join(rows), *(_section(e) for e in exts)]
    return "\n\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")

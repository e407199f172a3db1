"""Generate docs/article.md from the field docstrings in src/kornews/article.py (run from the repo root).

``tests/test_docs.py`` fails when the generated text and docs/article.md differ.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "kornews" / "article.py"
TARGET = ROOT / "docs" / "article.md"

INTRO = """# The Article contract

Every extractor — outlet, portal, generic, text mode, plugin — returns these records.  They are frozen,
keyword-only attrs classes; sequences are tuples.  `to_dict()`/`to_json()` give plain JSON (dates in
ISO 8601: `"2025-07-22T14:00:25+09:00"` with time, `"2025-07-22"` for a date-only value) and
`from_dict()`/`from_json()` read it back to an equal record.

This page is generated from the field docstrings in `src/kornews/article.py` by
`python tools/gen_article_doc.py`; a test keeps the two in step.
"""


def render() -> str:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    out = [INTRO]
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        doc = ast.get_docstring(node) or ""
        out.append(f"\n## `{node.name}`\n\n{doc}\n\n| field | type | format |\n|---|---|---|")
        body = node.body
        for i, item in enumerate(body):
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                typ = ast.unparse(item.annotation).replace(" | ", " or ")
                nxt = body[i + 1] if i + 1 < len(body) else None
                text = ""
                if (
                    isinstance(nxt, ast.Expr)
                    and isinstance(nxt.value, ast.Constant)
                    and isinstance(nxt.value.value, str)
                ):
                    text = " ".join(nxt.value.value.split())
                out.append(f"| `{item.target.id}` | `{typ}` | {text.replace('|', '&#124;')} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")

"""Text mode on the committed renderings: per renderer and per outlet, the share of renderings whose
article equals the HTML fixture's and the mean body token F1 (run from the repo root).

    python tools/render_report.py          # the table
    python tools/render_report.py -v       # and each rendering's differing fields
    python tools/render_report.py --known  # rewrite tests/renderings_known.py (review the diff!)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.renderings import differences, renderings, token_f1

import kornews
from kornews.errors import KornewsError

KNOWN_HEAD = '''"""Renderings whose article is not read exactly yet: the differing fields (see test_renderings.py).

Rewritten by ``python tools/render_report.py --known`` after a fix (review the diff: the list may
only shrink, the F1 floors only rise)."""

from __future__ import annotations

'''


def write_known(known: dict[str, list[str]], min_f1: dict[str, float]) -> None:
    lines = [KNOWN_HEAD + "KNOWN: dict[str, list[str]] = {"]
    for key, fields in sorted(known.items()):
        line = f"    {key!r}: {fields!r},".replace("'", '"')
        if len(line) > 120:  # one field a line, as ruff formats it (E501 is at 120 columns)
            line = "\n".join([f'    "{key}": [', *(f'        "{f}",' for f in fields), "    ],"])
        lines.append(line)
    lines += ["}", "", "MIN_F1: dict[str, float] = {"]
    for key, f1 in sorted(min_f1.items()):
        lines.append(f'    "{key}": {int(f1 * 100) / 100:.2f},')
    lines += [
        "}",
        '"""Body token F1 floors of the renderings not read exactly (rounded down; the others must give 1.0):',
        'they may only rise."""',
    ]
    path = Path(__file__).resolve().parents[1] / "tests" / "renderings_known.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    verbose = "-v" in sys.argv
    known: dict[str, list[str]] = {}
    min_f1: dict[str, float] = {}
    rows: dict[tuple[str, str], list[tuple[bool, float]]] = defaultdict(list)
    for r in renderings():
        expected = r.case.expected
        text = r.text()
        try:
            got = kornews.extract_text(text).to_dict()
        except KornewsError as exc:
            got, diff = {}, [f"error: {type(exc).__name__}: {exc}"]
        else:
            diff = differences(expected, got, text)
        f1 = token_f1(expected.get("body", []), got.get("body", []))
        if diff:
            known[r.id] = ["error"] if diff[0].startswith("error") else diff
        if got and diff:
            min_f1[r.id] = f1
        outlet = r.case.path.parent.name
        rows[(r.renderer, outlet)].append((not diff, f1))
        rows[(r.renderer, "ALL")].append((not diff, f1))
        if verbose and diff:
            print(f"{r.id}: {', '.join(diff)} (F1 {f1:.3f})")
    print(f"{'renderer':9} {'outlet':12} {'n':>3} {'exact':>6} {'F1':>6}")
    for (renderer, outlet), vals in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "ALL", kv[0][1])):
        exact = sum(v[0] for v in vals) / len(vals)
        f1 = sum(v[1] for v in vals) / len(vals)
        print(f"{renderer:9} {outlet:12} {len(vals):3} {exact:6.0%} {f1:6.3f}")
    if "--known" in sys.argv:
        write_known(known, min_f1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

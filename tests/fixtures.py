"""Fixture discovery: every ``fixtures/<outlet>/<case>.json`` with its input file.

A case's JSON holds the expected fields plus ``_source`` (provenance)::

    "_source": {
      "provenance": "real" | "reconstructed",
      "kind": "article" | "listing" | "text",     # what to run (default article)
      "input": "layout-2021.html",                 # file next to the JSON (html, html.gz or txt)
      "url": "https://…",                          # passed as url= (omit to test recognition)
      "seed": "000_43ad3e7ce7184603.txt",          # the seed this page reconstructs (render test)
      "extractor": "generic",                      # force this extractor id (outlet=); default: chosen
      "boilerplate": ["관련기사"],                  # snippets that must not be in the body (contract)
      "unrendered": ["#send-time"],                # nodes the seed's rendering did not show
      "evidence": "…", "notes": "…"
    }
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


@attrs.frozen
class Case:
    path: Path  # the .json
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"

    @property
    def source(self) -> dict[str, Any]:
        src: dict[str, Any] = self.data["_source"]
        return src

    @property
    def kind(self) -> str:
        return str(self.source.get("kind", "article"))

    @property
    def input_path(self) -> Path:
        return self.path.parent / self.source["input"]

    def input_bytes(self) -> bytes:
        raw = self.input_path.read_bytes()
        return gzip.decompress(raw) if self.input_path.suffix == ".gz" else raw

    @property
    def expected(self) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if not k.startswith("_")}


def cases() -> list[Case]:
    out = []
    for path in sorted(FIXTURES.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "_source" in data:
            out.append(Case(path, data))
    return out


def run(case: Case, *, with_url: bool = True) -> Any:
    import kornews

    url = case.source.get("url") if with_url else None
    outlet = case.source.get("extractor")
    if case.kind == "listing":
        return kornews.extract_listing(case.input_bytes(), url=url, outlet=outlet)
    if case.kind == "text":
        return kornews.extract_text(case.input_bytes().decode("utf-8"), url=url, outlet=outlet)
    return kornews.extract(case.input_bytes(), url=url, outlet=outlet)


def write_expected(case: Case, result: Any) -> None:
    data = {"_source": case.source, **result.to_dict()}
    case.path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    body = getattr(result, "body", None)
    if body is not None:
        case.path.with_suffix(".body.txt").write_text("\n".join(body) + "\n", encoding="utf-8")

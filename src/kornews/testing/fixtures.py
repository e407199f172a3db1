"""The fixture format, and its one loader (used by kornews' tests, its benchmark, and plugins).

A fixtures folder holds one folder per extractor id (``fixtures/<id>/``); a **case** is a JSON file
there with the expected output of one page plus a ``_source`` block saying where the page is and how
to run it.  Any other JSON (no ``_source``) is not a case::

    {
      "_source": {
        "provenance": "real" | "reconstructed",
        "kind": "article" | "listing" | "text",     # what to run (default article)
        "input": "layout-2021.html",                 # file next to the JSON (.html, .html.gz or .txt)
        "url": "https://…",                          # passed as url= (omit to test recognition)
        "seed": "000_43ad3e7ce7184603.txt",          # the seed text this page reconstructs
        "extractor": "generic",                      # force this extractor id (outlet=); default: chosen
        "boilerplate": ["관련기사"],                  # snippets that must not be in the body
        "unrendered": ["#send-time"],                # nodes the seed's rendering did not show
        "evidence": "…", "notes": "…"
      },
      "title": "…", "body": ["…"], …                 # the expected Article.to_dict() (or Listing)
    }

Next to a case, ``<case>.body.txt`` holds the expected body one paragraph per line (readable diffs).
A bare page (``.html``, ``.htm``, ``.html.gz``, ``.txt``) also loads as a case without expectations.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ..api import extract, extract_listing, extract_text
from ..article import Article, Listing

__all__ = ["Case", "case_paths", "cases", "is_case", "load", "run", "write_expected"]


@attrs.frozen
class Case:
    """One fixture: ``path`` (the case JSON, or a bare page) and ``data`` (the parsed JSON; empty for a
    bare page)."""

    path: Path
    data: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def id(self) -> str:
        """``<folder>/<stem>``, e.g. ``newspim/layout-2021``."""
        stem = self.path.name.split(".")[0] if not self.data else self.path.stem
        return f"{self.path.parent.name}/{stem}"

    @property
    def source(self) -> dict[str, Any]:
        """The ``_source`` block (empty for a bare page)."""
        src = self.data.get("_source")
        return dict(src) if isinstance(src, Mapping) else {}

    @property
    def kind(self) -> str:
        """``article``, ``listing`` or ``text``."""
        if self.data:
            return str(self.source.get("kind", "article"))
        return "text" if self.path.suffix == ".txt" else "article"

    @property
    def url(self) -> str | None:
        """The URL to pass to the extractor, if the case names one."""
        url = self.source.get("url")
        return str(url) if url else None

    @property
    def extractor(self) -> str | None:
        """The extractor id the case forces (``outlet=``), if any."""
        ext = self.source.get("extractor")
        return str(ext) if ext else None

    @property
    def boilerplate(self) -> tuple[str, ...]:
        """Snippets that must not appear in the body."""
        return tuple(str(s) for s in self.source.get("boilerplate") or ())

    @property
    def input_path(self) -> Path:
        """The page file."""
        if not self.data:
            return self.path
        return self.path.parent / str(self.source["input"])

    def input_bytes(self) -> bytes:
        """The page's bytes (gunzipped for ``.gz``)."""
        raw = self.input_path.read_bytes()
        return gzip.decompress(raw) if self.input_path.suffix == ".gz" else raw

    @property
    def expected(self) -> dict[str, Any]:
        """The expected ``to_dict()`` output: the JSON without its ``_``-prefixed keys."""
        return {k: v for k, v in self.data.items() if not k.startswith("_")}

    @property
    def body_path(self) -> Path:
        """The ``<case>.body.txt`` next to the JSON."""
        return self.path.with_suffix(".body.txt")


def _read_case_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("_source"), dict) else None


def is_case(path: str | Path) -> bool:
    """Whether ``path`` is a case JSON (a JSON object with a ``_source`` block)."""
    p = Path(path)
    return p.suffix == ".json" and _read_case_json(p) is not None


def load(path: str | Path) -> Case:
    """The case at ``path``: a case JSON, or a bare page.  Raises ``ValueError`` for a JSON that is
    not a case."""
    p = Path(path)
    if p.suffix != ".json":
        return Case(p)
    data = _read_case_json(p)
    if data is None:
        raise ValueError(f"{p} is not a fixture case (a JSON object with a _source block)")
    return Case(p, data)


def case_paths(folder: str | Path) -> list[Path]:
    """The case JSON files of one extractor's folder (``fixtures/<id>/``), sorted."""
    return [p for p in sorted(Path(folder).glob("*.json")) if is_case(p)]


def cases(root: str | Path) -> list[Case]:
    """Every case of a fixtures folder (``<root>/<id>/*.json``), sorted by id."""
    return [load(p) for p in sorted(Path(root).glob("*/*.json")) if is_case(p)]


def run(case: Case, *, with_url: bool = True, outlet: str | None = None, data: bytes | None = None) -> Any:
    """Extract ``case`` through the public API: an :class:`Article` (or a :class:`Listing` for a
    ``listing`` case).  ``outlet`` overrides the case's ``extractor``; ``data`` replaces the page's
    bytes (a mutated copy; text cases then decode with replacement characters)."""
    url = case.url if with_url else None
    ext = outlet or case.extractor
    payload = case.input_bytes() if data is None else data
    if case.kind == "listing":
        return extract_listing(payload, url=url, outlet=ext)
    if case.kind == "text":
        text = payload.decode("utf-8") if data is None else payload.decode("utf-8", "replace")
        return extract_text(text, url=url, outlet=ext)
    return extract(payload, url=url, outlet=ext)


def write_expected(case: Case, result: Article | Listing) -> None:
    """Rewrite the case JSON (its ``_source`` kept) and its ``.body.txt`` from ``result``."""
    out = {"_source": case.source, **result.to_dict()}
    case.path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    body = getattr(result, "body", None)
    if body is not None:
        case.body_path.write_text("\n".join(body) + "\n", encoding="utf-8")

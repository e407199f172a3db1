"""The ``kornews`` command.

::

    kornews extract PATH... [--url URL] [--outlet ID] [--text] [--format json|jsonl|text] [-j N]
    kornews listing PATH... [--url URL] [--format json|jsonl]
    kornews outlets

``extract`` reads each file (``.html``, ``.htm``, ``.gz``; ``.txt`` files, or all with ``--text``,
in text mode) and prints one record per file (a listing/search page gives its Listing): ``jsonl`` one JSON object per line (default when
more than one file), ``json`` an indented object per file, ``text`` a readable summary.  A file that
fails is reported on stderr as ``PATH: ErrorClass: message`` (and, in jsonl, as an ``{"error": …}``
record) without stopping the batch; the exit status is 1 if any file failed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from . import __version__, api, registry
from .article import Article, Listing
from .errors import KornewsError, NotAnArticle


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _is_text(path: Path) -> bool:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return name.endswith(".txt")


def _one(job: tuple[str, str | None, str | None, bool, bool]) -> dict[str, Any]:
    path_s, url, outlet, force_text, listing = job
    path = Path(path_s)
    try:
        data = _read(path)
        result: Article | Listing
        if listing:
            result = api.extract_listing(data, url=url, outlet=outlet)
        elif force_text or _is_text(path):
            result = api.extract_text(data.decode("utf-8-sig", errors="replace"), url=url, outlet=outlet)
        else:
            try:
                result = api.extract(data, url=url, outlet=outlet)
            except NotAnArticle as exc:
                if "extract_listing" not in str(exc):
                    raise
                result = api.extract_listing(data, url=url, outlet=outlet)  # a listing page: give its items
        return {"path": path_s, "result": result.to_dict()}
    except (KornewsError, OSError, gzip.BadGzipFile) as exc:
        return {"path": path_s, "error": f"{type(exc).__name__}: {exc}"}


def _format_text(path: str, rec: dict[str, Any]) -> str:
    if "items" in rec:
        lines = [f"== {path} — listing ({len(rec['items'])} items, query={rec.get('query')!r})"]
        for i, item in enumerate(rec["items"], 1):
            who = ", ".join(r["name"] for r in item["reporters"])
            lines.append(f"{i:3}. {item['title']}  [{item['published'] or '-'}] {who}")
        return "\n".join(lines)
    who = ", ".join(
        r["name"] + (f" {r['role']}" if r["role"] else "") + (f" <{r['email']}>" if r["email"] else "") for r in rec["reporters"]
    )
    head = [
        f"== {path}",
        f"title:     {rec['title']}",
        f"outlet:    {rec['outlet'] or rec['publisher']}" + (f" via {rec['portal']}" if rec["portal"] else ""),
        f"published: {rec['published']}" + (f"   modified: {rec['modified']}" if rec["modified"] else ""),
        f"byline:    {who}" + (f"   dateline: {rec['dateline']}" if rec["dateline"] else ""),
    ]
    head += [f"deck:      {line}" for line in rec["subtitles"]]
    head.append(f"images:    {len(rec['images'])}   paragraphs: {len(rec['body'])}")
    return "\n".join(head) + "\n\n" + "\n\n".join(rec["body"]) + "\n"


def _progress(done: int, total: int) -> None:
    if total > 1 and sys.stderr.isatty():
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _cmd_extract(args: argparse.Namespace, listing: bool = False) -> int:
    paths = [str(p) for p in args.paths]
    jobs = [(p, args.url, args.outlet, getattr(args, "text", False), listing) for p in paths]
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    failed = 0
    if args.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = pool.map(_one, jobs, chunksize=max(1, len(jobs) // (args.jobs * 4)))
            out = _emit(results, fmt, len(jobs))
    else:
        out = _emit(map(_one, jobs), fmt, len(jobs))
    failed = out
    return 1 if failed else 0


def _emit(results: Any, fmt: str, total: int) -> int:
    failed = 0
    for done, res in enumerate(results, 1):
        if "error" in res:
            failed += 1
            print(f"{res['path']}: {res['error']}", file=sys.stderr)
            if fmt == "jsonl":
                print(json.dumps({"path": res["path"], "error": res["error"]}, ensure_ascii=False))
        elif fmt == "jsonl":
            print(json.dumps({"path": res["path"], **res["result"]}, ensure_ascii=False))
        elif fmt == "json":
            print(json.dumps({"path": res["path"], **res["result"]}, ensure_ascii=False, indent=2))
        else:
            print(_format_text(res["path"], res["result"]))
        _progress(done, total)
    return failed


def _cmd_outlets(args: argparse.Namespace) -> int:
    rows = []
    for ext in registry.extractors():
        rows.append((ext.id, ext.kind, ext.name, ", ".join(ext.domains), ext.example_urls[0] if ext.example_urls else ""))
    generic = registry.fallback()
    rows.append((generic.id, generic.kind, generic.name, "(any Korean news page)", ""))
    if args.format == "json":
        print(json.dumps(api.supported(), ensure_ascii=False, indent=2))
        return 0
    width = max(len(r[0]) for r in rows)
    for r in rows:
        print(f"{r[0]:<{width}}  {r[1]:<7}  {r[2]}  [{r[3]}]  e.g. {r[4]}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(prog="kornews", description="Korean news pages -> clean article records.")
    parser.add_argument("--version", action="version", version=f"kornews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract articles from saved pages")
    ex.add_argument("paths", nargs="+", type=Path, help="page files (.html/.htm/.gz; .txt = text mode)")
    ex.add_argument("--url", help="the URL the page(s) came from (picks the extractor)")
    ex.add_argument("--outlet", help="force an extractor id (see `kornews outlets`)")
    ex.add_argument("--text", action="store_true", help="read every input as a page rendered to text")
    ex.add_argument("--format", choices=["json", "jsonl", "text"], help="output format (default json for one file, jsonl for many)")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    ex.set_defaults(func=_cmd_extract)

    li = sub.add_parser("listing", help="extract the result items of listing/search pages")
    li.add_argument("paths", nargs="+", type=Path)
    li.add_argument("--url")
    li.add_argument("--outlet")
    li.add_argument("--format", choices=["json", "jsonl", "text"])
    li.add_argument("-j", "--jobs", type=int, default=1)
    li.set_defaults(func=lambda a: _cmd_extract(a, listing=True))

    ou = sub.add_parser("outlets", help="list supported outlets and portals")
    ou.add_argument("--format", choices=["table", "json"], default="table")
    ou.set_defaults(func=_cmd_outlets)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kornews`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # pragma: no cover - `kornews … | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

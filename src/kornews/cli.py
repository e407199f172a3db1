"""The ``kornews`` command.

::

    kornews extract [PATH ...] [--files-from FILE] [--glob PATTERN] [-o FILE]
                    [--format jsonl|json|csv|parquet|text] [--url URL] [--outlet ID] [--text]
                    [-j N] [--timeout SECONDS] [--dedupe] [--report FILE] [--extractor MODULE:CLASS]
                    [--korean-only] [--warc-engine auto|fastwarc|stdlib] [-q] [-v]
    kornews listing PATH ... [same options]
    kornews outlets [--format table|json]

Inputs: files (``.html``/``.htm``/``.gz``; ``.txt`` in text mode, or every input with ``--text``),
directories (walked recursively: page files and archives, or the files matching ``--glob``), ``-``
for standard input, and the paths listed one per line in ``--files-from`` (``-``: standard input).
WARC/ARC/WET archives (by name or by their first bytes, gzip or not; Common Crawl and CC-NEWS files)
give one record per HTML response or WET conversion record (:mod:`kornews.warc`).

Output (standard output, or ``-o FILE``): one record per page in the versioned schema of
``docs/output-schema.md``, each with ``kind`` (``article``/``listing``/``error``) and its provenance.
``jsonl`` (default) one JSON object per line; ``json`` one document; ``csv``; ``parquet`` (needs
``-o`` and ``kornews[parquet]``); ``text`` a readable summary.

Exit status: 0 when every page gave an article or listing; 1 when any page or archive failed (an
``error`` record; with one input file too); 2 for a usage error (bad option, no input, a missing
optional extra).

Standard error: the failures (``SOURCE: ErrorClass: message``), a progress line (rate and ETA; only
when standard error is a terminal, never with ``-q``), and at the end the batch report (records by
kind, articles per extractor × layout, the share read by the generic fallback, errors by class,
archive records skipped; ``--report FILE`` writes it as JSON).  ``-v`` logs, through
:mod:`logging`, why each extractor or fallback was chosen; ``-vv`` everything.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import logging
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__, api, batch, ids, registry
from .errors import KornewsError, MissingDependency
from .extractor import Extractor
from .output import ParquetWriter, Writer


class Progress:
    """The progress line on standard error: records, rate, share of input bytes read and ETA."""

    def __init__(self, stream: IO[str], inputs: batch.Inputs, enabled: bool) -> None:
        self.stream = stream
        self.inputs = inputs
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, records: int) -> None:
        """Redraw (at most 5 times a second)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{records} pages  {records / elapsed:.1f}/s"
        total = self.inputs.total_bytes
        done = self.inputs.position()
        if total and done:
            share = min(done / total, 1.0)
            eta = elapsed * (1 - share) / share if share > 0 else 0.0
            line += f"  {100 * share:.0f}%  ETA {_duration(eta)}"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Remove the line (before other output on standard error, and at the end)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _duration(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _load_extractor(spec: str) -> type[Extractor]:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise SystemExit(f"kornews: --extractor {spec}: cannot import {module_name}: {exc}") from exc
    obj = getattr(module, attr, None) if attr else None
    if not (inspect.isclass(obj) and issubclass(obj, Extractor)):
        raise SystemExit(f"kornews: --extractor {spec}: not an Extractor class (MODULE:CLASS)")
    return obj


def _setup_logging(verbose: int) -> logging.Handler | None:
    """``-v``: the library's DEBUG records (why each extractor was chosen) on stderr; ``-vv``: every
    logger's.  Returns the handler added (removed again at the end of the command)."""
    if not verbose:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    log = logging.getLogger("kornews")
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    log.propagate = False
    if verbose > 1:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s: %(message)s")
    return handler


def _teardown_logging(handler: logging.Handler | None) -> None:
    if handler is not None:
        log = logging.getLogger("kornews")
        log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
        log.propagate = True


def _cmd_extract(args: argparse.Namespace, listing: bool = False) -> int:
    handler = _setup_logging(args.verbose)
    try:
        return _extract_batch(args, listing)
    finally:
        _teardown_logging(handler)


def _extract_batch(args: argparse.Namespace, listing: bool) -> int:
    for spec in args.extractor or ():
        registry.register(_load_extractor(spec))
    files_from: list[str] = []
    if args.files_from:
        if args.files_from == "-":
            files_from = sys.stdin.read().splitlines()
        else:
            files_from = Path(args.files_from).read_text(encoding="utf-8").splitlines()
    paths = list(batch.expand(args.paths, glob=args.glob, files_from=files_from))
    if not paths:
        print("kornews: no input (give files, directories, - or --files-from)", file=sys.stderr)
        return 2
    fmt = args.format or "jsonl"
    if fmt == "parquet" and not args.output:
        print("kornews: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    mode: batch.Mode = "listing" if listing else ("text" if getattr(args, "text", False) else "auto")
    report = batch.Report()
    inputs = batch.Inputs()
    archive_errors: list[dict[str, Any]] = []
    timeout = args.timeout if args.timeout and args.timeout > 0 else None
    # the workers read, extract and encode (reading archives themselves); this process only writes
    outs: Iterator[tuple[dict[str, Any], Any]] = batch.run_inputs(
        paths,
        url=args.url,
        mode=mode,
        stats=report.warc,
        inputs=inputs,
        errors_out=archive_errors,
        engine=args.warc_engine,
        keep=batch.korean_news_url if args.korean_only else None,
        workers=max(1, args.jobs),
        outlet=args.outlet,
        timeout=timeout,
        fmt=fmt,
    )
    if args.dedupe:
        outs = _dedupe(outs, report)
    progress = Progress(sys.stderr, inputs, enabled=not args.quiet and sys.stderr.isatty())
    out_file: IO[str] | None = None
    writer: Writer | ParquetWriter
    try:
        if fmt == "parquet":
            writer = ParquetWriter(args.output)
        else:
            if args.output:
                out_file = open(args.output, "w", encoding="utf-8", newline="" if fmt == "csv" else None)
            writer = Writer(out_file or sys.stdout, fmt)
    except MissingDependency as exc:
        print(f"kornews: {exc}", file=sys.stderr)
        return 2
    try:
        for summary, encoded in outs:
            _emit(summary, encoded, writer, report, progress)
        for rec in archive_errors:
            _emit(rec, writer.encode(rec), writer, report, progress)
    finally:
        progress.clear()
        writer.close()
        if out_file is not None:
            out_file.close()
    report.finished = time.monotonic()
    if args.report:
        Path(args.report).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    if not args.quiet and (report.records > 1 or report.warc.records):
        print(report.render(), file=sys.stderr)
    return 1 if report.failed else 0


def _dedupe(outs: Iterator[tuple[dict[str, Any], Any]], report: batch.Report) -> Iterator[tuple[dict[str, Any], Any]]:
    """:func:`kornews.batch.dedupe` on ``(summary, encoded)`` pairs."""
    seen = ids.Deduper()
    for summary, encoded in outs:
        if summary.get("kind") == "article" and seen.seen(summary.get("dedupe_keys") or ()):
            report.duplicates += 1
            continue
        yield summary, encoded


def _emit(
    rec: dict[str, Any], encoded: Any, writer: Writer | ParquetWriter, report: batch.Report, progress: Progress
) -> None:
    """Count and write one record (``rec``: the record or its :func:`kornews.batch.summary`)."""
    report.add(rec)
    if rec["kind"] == "error":
        progress.clear()
        where = rec["source"] + (f" {rec['warc_target_uri']}" if rec.get("warc_target_uri") else "")
        print(f"{where}: {rec['error_class']}: {rec['error']}", file=sys.stderr)
    writer.write_encoded(encoded)
    progress.update(report.records)


def _cmd_outlets(args: argparse.Namespace) -> int:
    rows = []
    for ext in registry.extractors():
        rows.append(
            (ext.id, ext.kind, ext.name, ", ".join(ext.domains), ext.example_urls[0] if ext.example_urls else "")
        )
    generic = registry.fallback()
    rows.append((generic.id, generic.kind, generic.name, "(any Korean news page)", ""))
    if args.format == "json":
        print(json.dumps(api.supported(), ensure_ascii=False, indent=2))
        return 0
    width = max(len(r[0]) for r in rows)
    for r in rows:
        print(f"{r[0]:<{width}}  {r[1]:<7}  {r[2]}  [{r[3]}]  e.g. {r[4]}")
    return 0


def _batch_options(p: argparse.ArgumentParser, paths_help: str) -> None:
    p.add_argument("paths", nargs="*", help=paths_help)
    p.add_argument("--files-from", metavar="FILE", help="read input paths, one per line, from FILE (- = stdin)")
    p.add_argument(
        "--glob", metavar="PATTERN", help="in directories, take the files matching PATTERN (e.g. '*.warc.gz')"
    )
    p.add_argument("--url", help="the URL the page(s) came from (picks the extractor)")
    p.add_argument("--outlet", help="force an extractor id (see `kornews outlets`)")
    p.add_argument(
        "--format", choices=["jsonl", "json", "csv", "parquet", "text"], help="output format (default jsonl)"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the records to FILE instead of standard output")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="time budget per page (default 60; 0 = none)"
    )
    p.add_argument("--dedupe", action="store_true", help="keep one record per story (outlet and portal copies)")
    p.add_argument("--report", metavar="FILE", help="write the batch report as JSON to FILE")
    p.add_argument(
        "--extractor", action="append", metavar="MODULE:CLASS", help="register an Extractor class for this run"
    )
    p.add_argument(
        "--korean-only",
        action="store_true",
        help="skip pages whose URL is not of a known outlet/portal or a .kr host (multilingual crawls such as CC-NEWS)",
    )
    p.add_argument("--warc-engine", choices=["auto", "fastwarc", "stdlib"], default="auto", help="WARC reader")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line and no report on stderr")
    p.add_argument("-v", "--verbose", action="count", default=0, help="log why each extractor was chosen (-vv: all)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(prog="kornews", description="Korean news pages -> clean article records.")
    parser.add_argument("--version", action="version", version=f"kornews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract articles from saved pages, directories and WARC files")
    _batch_options(ex, "page files (.html/.htm/.gz; .txt = text mode), directories, WARC/ARC files, - for stdin")
    ex.add_argument("--text", action="store_true", help="read every input as a page rendered to text")
    ex.set_defaults(func=_cmd_extract)

    li = sub.add_parser("listing", help="extract the result items of listing/search pages")
    _batch_options(li, "listing/search page files")
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
    except KornewsError as exc:
        print(f"kornews: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Batch extraction: inputs (files, directories, stdin, WARC/ARC archives) -> pages -> output records.

Used by the ``kornews extract`` command and usable on its own::

    from kornews import batch
    report = batch.Report()
    for record in batch.run(batch.jobs(["crawl.warc.gz", "saved/"], report=report), workers=2, timeout=30):
        report.add(record)                 # record: a dict in the output schema (docs/output-schema.md)

Every page gives exactly one **record** (a plain dict, JSON-ready), ``kind`` saying what it is:

* ``"article"``: the :meth:`~kornews.Article.to_dict` fields plus ``dedupe_keys`` (:mod:`kornews.ids`);
* ``"listing"``: a listing/search page's :meth:`~kornews.Listing.to_dict` fields;
* ``"error"``: ``error_class`` (``"MissingField"``), ``error_classes`` (the class and its KornewsError
  bases, most specific first), ``error`` (the message), ``outlet`` and ``url`` when known.

and every record carries its provenance: ``source`` (the input path, ``"-"`` for stdin) and
``warc_record_id``, ``warc_date``, ``warc_target_uri`` (None outside archives).  See
``docs/output-schema.md`` for the versioned schema (:data:`SCHEMA_VERSION`).

Workers (``workers > 1``) are processes; run-time registered extractors
(:func:`kornews.registry.register`) are passed to them explicitly, and each page gets a time budget
(``timeout`` seconds, through ``SIGALRM``/``setitimer`` in the process that runs it): a page over
budget gives an ``error`` record of class :class:`~kornews.errors.TimeBudgetExceeded`.  The budget
interrupts Python code; a single call into the HTML parser is not interrupted midway.
"""

from __future__ import annotations

import gzip
import logging
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias

import attrs

from . import api, ids, registry, warc
from .article import Article, Listing
from .errors import KornewsError, ListingPage, NotAnArticle, TimeBudgetExceeded, WorkerCrashed
from .extractor import Extractor
from .page import host_matches, host_of

_log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
"""Version of the record schema (``docs/output-schema.md``); bumped on any incompatible change."""

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
"""Files taken from a directory when no ``glob`` is given (besides archives, :data:`kornews.warc.ARCHIVE_SUFFIXES`)."""

Mode = Literal["auto", "html", "text", "listing"]

PROVENANCE = ("source", "warc_record_id", "warc_date", "warc_target_uri")


@attrs.frozen(kw_only=True, eq=False)
class Job:
    """One page to extract.  ``data`` None: read the file ``source`` (``.gz`` decompressed) where the
    job runs.  ``mode``: ``"auto"`` (``.txt`` files text mode, HTML otherwise, a listing page read as
    a listing), ``"html"``, ``"text"``, ``"listing"``.  ``meta``: the WARC provenance fields."""

    source: str
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None
    mode: Mode = "auto"
    meta: dict[str, str | None] = attrs.field(factory=dict)


# -- one page -------------------------------------------------------------------------------------


def _is_text_name(path: str) -> bool:
    name = path[:-3] if path.endswith(".gz") else path
    return name.lower().endswith(".txt")


def _read(job: Job) -> bytes:
    if job.data is not None:
        return job.data
    data = Path(job.source).read_bytes()
    return gzip.decompress(data) if job.source.endswith(".gz") else data


def _has_listing_reader(ext: Extractor) -> bool:
    return type(ext).extract_listing is not Extractor.extract_listing


def _listing_for(exc: NotAnArticle, data: bytes, job: Job, outlet: str | None) -> Listing | None:
    """The listing of a page refused as a :class:`~kornews.errors.ListingPage`, read by the extractor
    the error names (``exc.extractor``); None for any other NotAnArticle.  Decided by the error's
    class and attributes, never by its message."""
    if not isinstance(exc, ListingPage):
        return None
    try:
        ext = registry.get(outlet or exc.extractor)
    except KornewsError:
        return None
    if not _has_listing_reader(ext):
        return None
    try:
        return api.extract_listing(data, url=job.url, content_type=job.content_type, outlet=ext.id)
    except KornewsError:
        return None


def _extract(job: Job, outlet: str | None) -> Article | Listing:
    data = _read(job)
    mode = job.mode
    if mode == "listing":
        return api.extract_listing(data, url=job.url, content_type=job.content_type, outlet=outlet)
    if mode == "text" or (mode == "auto" and job.data is None and _is_text_name(job.source)):
        return api.extract_text(data.decode("utf-8-sig", errors="replace"), url=job.url, outlet=outlet)
    try:
        return api.extract(data, url=job.url, content_type=job.content_type, outlet=outlet)
    except NotAnArticle as exc:
        listing = _listing_for(exc, data, job, outlet) if mode == "auto" else None
        if listing is None:
            raise
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("%s: not an article; read as a listing by %s", job.source, listing.extractor)
        return listing


def error_classes(exc: BaseException) -> list[str]:
    """The class names of ``exc`` from the most specific up to ``KornewsError`` (or ``Exception``)."""
    out: list[str] = []
    for cls in type(exc).__mro__:
        if cls in (BaseException, object):
            break
        out.append(cls.__name__)
        if cls in (KornewsError, Exception):
            break
    return out


def provenance(job: Job) -> dict[str, str | None]:
    """The provenance fields of the records of ``job``."""
    return {
        "source": job.source,
        "warc_record_id": job.meta.get("warc_record_id"),
        "warc_date": job.meta.get("warc_date"),
        "warc_target_uri": job.meta.get("warc_target_uri"),
    }


def article_record(article: Article, prov: dict[str, str | None]) -> dict[str, Any]:
    """The ``article`` record of ``article`` (see the module docstring)."""
    data = article.to_dict()
    return {"kind": "article", **prov, **data, "dedupe_keys": list(ids.dedupe_keys(data))}


def listing_record(listing: Listing, prov: dict[str, str | None]) -> dict[str, Any]:
    """The ``listing`` record of ``listing``."""
    return {"kind": "listing", **prov, **listing.to_dict()}


def error_record(exc: BaseException, prov: dict[str, str | None], url: str | None = None) -> dict[str, Any]:
    """The ``error`` record of ``exc`` (a KornewsError, OSError …) for the page of ``prov``."""
    return {
        "kind": "error",
        **prov,
        "url": getattr(exc, "url", None) or url,
        "outlet": getattr(exc, "outlet", None),
        "error_class": type(exc).__name__,
        "error_classes": error_classes(exc),
        "error": str(exc),
    }


class _Budget:
    """``with _Budget(seconds):`` raises TimeBudgetExceeded in the block after ``seconds`` (main thread, POSIX)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.active = (
            bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )

    def _fire(self, signum: int, frame: Any) -> None:
        raise TimeBudgetExceeded(float(self.seconds or 0))

    def __enter__(self) -> _Budget:
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, float(self.seconds or 0))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def process(job: Job, *, outlet: str | None = None, timeout: float | None = None) -> dict[str, Any]:
    """The record of one page (never raises for bad input: failures become ``error`` records)."""
    prov = provenance(job)
    try:
        with _Budget(timeout):
            result = _extract(job, outlet)
    except (KornewsError, OSError, EOFError, gzip.BadGzipFile) as exc:
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("%s: %s: %s", job.source, type(exc).__name__, exc)
        return error_record(exc, prov, job.url)
    if isinstance(result, Listing):
        return listing_record(result, prov)
    return article_record(result, prov)


# -- inputs ---------------------------------------------------------------------------------------


def expand(
    paths: Iterable[str | Path],
    *,
    glob: str | None = None,
    files_from: Iterable[str] = (),
) -> Iterator[str]:
    """Input paths: each path as given (``"-"`` = stdin), directories walked recursively (files
    matching ``glob``, default: page files and archives), then the lines of ``files_from``."""
    for raw in [*paths, *(line.strip() for line in files_from)]:
        p = str(raw)
        if not p:
            continue
        path = Path(p)
        if p != "-" and path.is_dir():
            found = sorted(path.rglob(glob)) if glob else sorted(path.rglob("*"))
            for f in found:
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(path).parts):
                    continue
                name = f.name.lower()
                if glob or name.endswith(PAGE_SUFFIXES) or warc.is_archive(name):
                    yield str(f)
        else:
            yield p


@attrs.define
class Inputs:
    """Progress of the input side: bytes read of the inputs, out of ``total_bytes`` (None: unknown)."""

    total_bytes: int | None = 0
    done_bytes: int = 0
    current: IO[bytes] | None = None

    def position(self) -> int:
        """Bytes read so far (the open archive's position included)."""
        extra = 0
        if self.current is not None:
            try:
                extra = self.current.tell()
            except (OSError, ValueError):
                extra = 0
        return self.done_bytes + extra


def _looks_like_archive(path: str) -> bool:
    if warc.is_archive(path):
        return True
    low = path.lower()
    if low.endswith(PAGE_SUFFIXES):
        return False
    try:
        with open(path, "rb") as fh:
            return warc.sniff(fh.read(512))
    except OSError:
        return False


def jobs(
    paths: Sequence[str],
    *,
    url: str | None = None,
    mode: Mode = "auto",
    stats: warc.WarcStats | None = None,
    inputs: Inputs | None = None,
    errors_out: list[dict[str, Any]] | None = None,
    stdin: IO[bytes] | None = None,
    engine: warc.Engine = "auto",
) -> Iterator[Job]:
    """The jobs of ``paths`` (already :func:`expand`-ed): one per page file, one per page of each
    archive (sniffed by name or first bytes, stdin included).  An archive that cannot be read adds an
    ``error`` record to ``errors_out`` (kept going with the next input)."""
    stats = stats if stats is not None else warc.WarcStats()
    inputs = inputs if inputs is not None else Inputs()
    _total_bytes(paths, inputs)
    for path in paths:
        yield from _path_jobs(path, url, mode, stats, inputs, errors_out, stdin, engine)


def _total_bytes(paths: Sequence[str], inputs: Inputs) -> None:
    if inputs.total_bytes is not None:
        try:
            inputs.total_bytes = sum(os.path.getsize(p) for p in paths if p != "-")
        except OSError:
            inputs.total_bytes = None


def _path_jobs(
    path: str,
    url: str | None,
    mode: Mode,
    stats: warc.WarcStats,
    inputs: Inputs,
    errors_out: list[dict[str, Any]] | None,
    stdin: IO[bytes] | None,
    engine: warc.Engine,
) -> Iterator[Job]:
    """The jobs of one input of :func:`jobs`."""
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        if warc.sniff(data[:512]):
            import io

            yield from archive_jobs(io.BytesIO(data), "-", stats, engine, errors_out, url)
        else:
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            yield Job(source="-", data=data, url=url, mode=mode)
        return
    if _looks_like_archive(path):
        try:
            fh = open(path, "rb")  # closed below; its position is read by the progress line
        except OSError as exc:
            if errors_out is not None:
                errors_out.append(error_record(exc, _archive_provenance(path)))
            return
        inputs.current = fh
        try:
            yield from archive_jobs(fh, path, stats, engine, errors_out, url)
        finally:
            inputs.current = None
            fh.close()
    else:
        yield Job(source=path, url=url, mode=mode)
    try:
        inputs.done_bytes += os.path.getsize(path)
    except OSError:
        pass


def _archive_provenance(source: str) -> dict[str, str | None]:
    return {"source": source, **dict.fromkeys(PROVENANCE[1:])}


def archive_jobs(
    fh: IO[bytes],
    source: str,
    stats: warc.WarcStats,
    engine: warc.Engine = "auto",
    errors_out: list[dict[str, Any]] | None = None,
    url: str | None = None,
) -> Iterator[Job]:
    """The jobs of the pages of one open archive (``source`` names it in the records); an
    unreadable archive adds an ``error`` record to ``errors_out``."""
    try:
        for page in warc.iter_pages(fh, stats=stats, engine=engine):
            yield page_job(page, source, url)
    except KornewsError as exc:
        _log.warning("%s: %s", source, exc)
        if errors_out is not None:
            errors_out.append(error_record(exc, _archive_provenance(source)))


def page_job(page: warc.WarcPage, source: str, url: str | None = None) -> Job:
    """The job of one archive page (``url``: the page URL when the record has none)."""
    return Job(
        source=source,
        data=page.payload,
        url=page.url or url,
        content_type=page.content_type,
        mode="text" if page.mode == "text" else "auto",
        meta=page.meta(),
    )


def korean_news_url(url: str | None) -> bool:
    """True for a URL of an outlet or portal kornews knows, or of any ``.kr`` host: the pages worth
    extracting in a multilingual crawl such as CC-NEWS (``kornews extract --korean-only``)."""
    host = host_of(url)
    if not host:
        return False
    if host.endswith(".kr"):
        return True
    return any(host_matches(host, e.domains) for e in registry.extractors())


def keep_only(jobs: Iterable[Job], keep: Callable[[str | None], bool], stats: warc.WarcStats) -> Iterator[Job]:
    """The jobs whose URL passes ``keep``; the others are counted in ``stats`` as ``filtered``."""
    for job in jobs:
        if keep(job.url):
            yield job
        else:
            stats.skip("filtered")


# -- running --------------------------------------------------------------------------------------

_WORKER_OPTIONS: dict[str, Any] = {}

SUMMARY_KEYS = (
    "kind",
    "source",
    "warc_target_uri",
    "url",
    "extractor",
    "layout",
    "error_class",
    "error",
    "dedupe_keys",
)
"""The fields of a record that :func:`run_inputs` hands back beside its encoded form (what the
report, the error lines and :func:`dedupe` read)."""


def _init_worker(
    extra: tuple[type[Extractor], ...],
    log_level: int,
    outlet: str | None,
    timeout: float | None,
    fmt: str | None = None,
) -> None:
    for cls in extra:
        registry.register(cls)
    if log_level:
        logging.basicConfig(level=log_level, stream=sys.stderr, format="%(processName)s %(name)s: %(message)s")
        logging.getLogger("kornews").setLevel(log_level)
    _WORKER_OPTIONS.update(outlet=outlet, timeout=timeout, encode=_encoder(fmt))


def _encoder(fmt: str | None) -> Callable[[dict[str, Any]], Any] | None:
    if fmt is None:
        return None
    from . import output  # output imports this module

    return output.encoder(fmt)


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """The :data:`SUMMARY_KEYS` fields of ``record`` (those it has)."""
    return {k: record[k] for k in SUMMARY_KEYS if k in record}


def _finish(record: dict[str, Any], encode: Callable[[dict[str, Any]], Any] | None) -> Any:
    return record if encode is None else (summary(record), encode(record))


def _process_chunk(chunk: Iterable[Job]) -> list[Any]:
    outlet, timeout = _WORKER_OPTIONS.get("outlet"), _WORKER_OPTIONS.get("timeout")
    encode = _WORKER_OPTIONS.get("encode")
    return [_finish(process(job, outlet=outlet, timeout=timeout), encode) for job in chunk]


@attrs.frozen
class _ShardTask:
    """A worker's job: read the pages of one shard of an archive and extract them."""

    shard: warc.Shard
    engine: warc.Engine
    url: str | None
    keep: Callable[[str | None], bool] | None


@attrs.define
class _ShardDone:
    """What a worker gives back for a :class:`_ShardTask`: the pages' results, the shard's archive
    counts, what it covered."""

    outs: list[Any]
    stats: warc.WarcStats
    bounds: warc.ShardBounds


Task: TypeAlias = "list[Job] | _ShardTask"


def _shard_jobs(task: _ShardTask, stats: warc.WarcStats, bounds: warc.ShardBounds) -> Iterator[Job]:
    for page in warc.shard_pages(task.shard, stats, bounds, task.engine):
        job = page_job(page, task.shard.path, task.url)
        if task.keep is None or task.keep(job.url):
            yield job
        else:
            stats.skip("filtered")


def _run_task(task: Task) -> list[Any] | _ShardDone:
    if isinstance(task, _ShardTask):
        stats, bounds = warc.WarcStats(), warc.ShardBounds()
        return _ShardDone(_process_chunk(_shard_jobs(task, stats, bounds)), stats, bounds)  # page by page
    return _process_chunk(task)


def _chunks(items: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    jobs: Iterable[Job],
    *,
    workers: int = 1,
    outlet: str | None = None,
    timeout: float | None = None,
    chunk_size: int = 8,
    extractors: Sequence[type[Extractor]] | None = None,
) -> Iterator[dict[str, Any]]:
    """The records of ``jobs``, in input order.  ``workers`` > 1 runs them in that many processes
    (at most ``4 × workers`` chunks of ``chunk_size`` pages in flight, so memory stays flat on a
    crawl of any size); ``extractors``: classes to register in the workers (default: every class
    registered at run time in this process).  ``timeout``: seconds per page (None: no budget).

    A worker that dies outright (a crash in native code, killed for memory) does not end the run:
    the pool is restarted, the pages of the chunk that was lost are read again one at a time in the
    otherwise idle pool, and the page whose worker dies again gets an ``error`` record of class
    :class:`~kornews.errors.WorkerCrashed`."""
    if workers <= 1:
        for job in jobs:
            yield process(job, outlet=outlet, timeout=timeout)
        return
    runner = _Runner(workers, outlet, timeout, extractors, None, chunk_size)
    try:
        yield from runner.ordered((chunk, None) for chunk in _chunks(jobs, chunk_size))
    finally:
        runner.close()


def run_inputs(
    paths: Sequence[str],
    *,
    url: str | None = None,
    mode: Mode = "auto",
    stats: warc.WarcStats | None = None,
    inputs: Inputs | None = None,
    errors_out: list[dict[str, Any]] | None = None,
    stdin: IO[bytes] | None = None,
    engine: warc.Engine = "auto",
    keep: Callable[[str | None], bool] | None = None,
    workers: int = 1,
    outlet: str | None = None,
    timeout: float | None = None,
    extractors: Sequence[type[Extractor]] | None = None,
    fmt: str | None = None,
    chunk_size: int = 8,
) -> Iterator[Any]:
    """:func:`jobs` (``keep``: :func:`keep_only` by that URL test) then :func:`run`, as one step that
    can hand the reading of archives to the workers: the same records in the same order, the same
    ``stats``, ``inputs`` progress and archive errors in ``errors_out`` (appended, in input order,
    when the iterator is exhausted).  ``fmt``: an output format of :mod:`kornews.output`; the items
    are then ``(summary(record), encoded)`` pairs, encoded by :func:`kornews.output.encoder` in the
    process that read the page; None: the records themselves.

    With ``workers`` > 1 a gzip WARC file (one member per record, as Common Crawl writes them; see
    :func:`kornews.warc.shardable`) is not read here: each worker reads shards of it
    (:data:`kornews.warc.SHARD_BYTES`) from the file, extracts and encodes their pages, and sends the
    results back, so that this process only writes.  A shard whose reading does not join up with the
    one before it (a damaged member, a record spanning members) hands the rest of the archive to the
    sequential reader, which gives what reading it in one go gives.  Other inputs go to the workers
    as :func:`run` sends them."""
    stats = stats if stats is not None else warc.WarcStats()
    inputs = inputs if inputs is not None else Inputs()
    _total_bytes(paths, inputs)
    errors: list[list[dict[str, Any]]] = []
    try:
        if workers <= 1:
            encode = _encoder(fmt)
            for path in paths:
                errors.append([])
                for job in _path_jobs(path, url, mode, stats, inputs, errors[-1], stdin, engine):
                    if keep is not None and not keep(job.url):
                        stats.skip("filtered")
                        continue
                    yield _finish(process(job, outlet=outlet, timeout=timeout), encode)
            return
        runner = _Runner(workers, outlet, timeout, extractors, fmt, chunk_size, stats=stats, engine=engine, url=url)
        runner.keep = keep
        plan = _Plan(paths, runner, mode, stats, inputs, errors, stdin)
        try:
            yield from runner.ordered(plan.tasks())
        finally:
            runner.close()
    finally:
        if errors_out is not None:
            for errs in errors:
                errors_out.extend(errs)


@attrs.define(eq=False)
class _Archive:
    """The state of one archive read in shards: ``at``, the offset up to which its records have been
    given (in order); ``done``, no more shards of it count (all given, or handed to the sequential reader)."""

    path: str
    size: int
    errors: list[dict[str, Any]]
    at: int = 0
    done: bool = False


@attrs.define(eq=False)
class _Plan:
    """The tasks of :func:`run_inputs`, in input order: chunks of jobs, and shards of archives."""

    paths: Sequence[str]
    runner: _Runner
    mode: Mode
    stats: warc.WarcStats
    inputs: Inputs
    errors: list[list[dict[str, Any]]]
    stdin: IO[bytes] | None

    def tasks(self) -> Iterator[tuple[Task, _Archive | None]]:
        r = self.runner
        chunk: list[Job] = []
        for path in self.paths:
            errs: list[dict[str, Any]] = []
            self.errors.append(errs)
            size = warc.shardable(path, r.engine) if path != "-" and _looks_like_archive(path) else None
            if size is None:
                for job in _path_jobs(path, r.url, self.mode, self.stats, self.inputs, errs, self.stdin, r.engine):
                    if r.keep is not None and not r.keep(job.url):
                        self.stats.skip("filtered")
                        continue
                    chunk.append(job)
                    if len(chunk) >= r.chunk_size:
                        yield chunk, None
                        chunk = []
                continue
            if chunk:
                yield chunk, None
                chunk = []
            _log.debug("%s: read in shards by %d workers", path, r.workers)
            archive = _Archive(path, size, errs)
            base = self.inputs.done_bytes
            for shard in warc.plan_shards(path, size, r.workers):
                if archive.done:
                    break
                self.inputs.done_bytes = base + shard.start
                yield _ShardTask(shard, r.engine, r.url, r.keep), archive
            self.inputs.done_bytes = base + size
        if chunk:
            yield chunk, None


class _Pools:
    """The worker pool of :func:`run`, replaced by a new one when a worker dies (``generation`` counts)."""

    def __init__(self, workers: int, initargs: tuple[Any, ...]) -> None:
        self.workers = workers
        self.initargs = initargs
        self.restarts = 0
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker, initargs=self.initargs)

    def submit(self, task: Task) -> Future[Any]:
        return self.pool.submit(_run_task, task)

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.restarts += 1
        _log.warning("a worker process died; restarting the pool (restart %d)", self.restarts)
        self.pool = self._new()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


_Pending = deque[tuple[Task, "_Archive | None", "Future[Any]", int]]


class _Runner:
    """Runs tasks in the pool and gives their results in order (see :func:`run` for a worker that dies)."""

    def __init__(
        self,
        workers: int,
        outlet: str | None,
        timeout: float | None,
        extractors: Sequence[type[Extractor]] | None,
        fmt: str | None,
        chunk_size: int,
        *,
        stats: warc.WarcStats | None = None,
        engine: warc.Engine = "auto",
        url: str | None = None,
    ) -> None:
        extra = tuple(extractors) if extractors is not None else registry.registered()
        level = logging.getLogger("kornews").getEffectiveLevel()
        level = level if level < logging.WARNING else 0
        self.workers = workers
        self.pools = _Pools(workers, (extra, level, outlet, timeout, fmt))
        self.encode = _encoder(fmt)
        self.chunk_size = chunk_size
        self.window = 4 * workers
        self.stats = stats if stats is not None else warc.WarcStats()
        self.engine = engine
        self.url = url
        self.keep: Callable[[str | None], bool] | None = None
        self.generation = 0

    def close(self) -> None:
        self.pools.close()

    def _submit(self, task: Task, archive: _Archive | None, pending: _Pending) -> None:
        pending.append((task, archive, self.pools.submit(task), self.generation))

    def ordered(self, tasks: Iterable[tuple[Task, _Archive | None]]) -> Iterator[Any]:
        """The results of ``tasks``, in order, at most ``window`` tasks in flight."""
        pending: _Pending = deque()
        for task, archive in tasks:
            self._submit(task, archive, pending)
            while len(pending) >= self.window:
                yield from self._take(pending)
        while pending:
            yield from self._take(pending)

    def _take(self, pending: _Pending) -> Iterator[Any]:
        task, archive, future, generation = pending.popleft()
        while True:
            try:
                result = future.result()
                break
            except (BrokenProcessPool, CancelledError):
                if generation == self.generation:
                    result = self._crashed(task, pending)
                    break
                # lost with a pool that another task's worker broke: run it again
                future, generation = self.pools.submit(task), self.generation
        if isinstance(task, _ShardTask):
            assert archive is not None and isinstance(result, _ShardDone)
            yield from self._shard_result(task, archive, result)
        else:
            yield from result

    def _restart(self) -> None:
        self.pools.restart()
        self.generation += 1

    def _crashed(self, task: Task, pending: _Pending) -> Any:
        """The results of ``task``, whose pool broke: its pages again one at a time (a death now is the
        page's), then the other tasks in flight sent again."""
        rest = [
            (t, a, f if f.done() and not f.cancelled() and f.exception() is None else None) for t, a, f, _ in pending
        ]
        pending.clear()
        self._restart()
        if isinstance(task, _ShardTask):
            stats, bounds = warc.WarcStats(), warc.ShardBounds()
            result: Any = _ShardDone([self._one(job) for job in _shard_jobs(task, stats, bounds)], stats, bounds)
        else:
            result = [self._one(job) for job in task]
        for t, a, finished in rest:
            if finished is not None:
                pending.append((t, a, finished, self.generation))
            else:
                self._submit(t, a, pending)
        return result

    def _one(self, job: Job) -> Any:
        try:
            return self.pools.submit([job]).result()[0]
        except BrokenProcessPool:
            self._restart()
            rec = error_record(WorkerCrashed("the worker process died reading this page"), provenance(job), job.url)
            return _finish(rec, self.encode)

    def _shard_result(self, task: _ShardTask, archive: _Archive, done: _ShardDone) -> Iterator[Any]:
        """The results of one shard, if its reading joins up with what was given before it; else the
        rest of the archive read sequentially."""
        bounds, end = done.bounds, task.shard.end
        if archive.done or archive.at >= end:
            pass  # covered by the shards before it
        elif bounds.start == archive.at:
            warc._add_stats(self.stats, done.stats)
            yield from done.outs
            archive.at = bounds.stop
            if bounds.resume:
                yield from self._resume(archive)
        else:
            yield from self._resume(archive)
        if end >= archive.size and not archive.done:
            if archive.at < archive.size:
                yield from self._resume(archive)
            archive.done = True

    def _resume(self, archive: _Archive) -> Iterator[Any]:
        """The rest of ``archive`` from ``archive.at``, read here as :func:`jobs` reads it."""
        archive.done = True
        _log.debug("%s: read on from byte %d in one go", archive.path, archive.at)
        try:
            fh = open(archive.path, "rb")
        except OSError as exc:
            archive.errors.append(error_record(exc, _archive_provenance(archive.path)))
            return
        with fh:
            fh.seek(archive.at)
            found = archive_jobs(fh, archive.path, self.stats, self.engine, archive.errors, self.url)
            if self.keep is not None:
                found = keep_only(found, self.keep, self.stats)
            yield from self.ordered((chunk, None) for chunk in _chunks(found, self.chunk_size))


# -- the report -----------------------------------------------------------------------------------


def is_fallback(record: dict[str, Any]) -> bool:
    """An article read by the generic reader (or an outlet's generic fallback layout)."""
    layout = str(record.get("layout") or "")
    return record.get("extractor") == "generic" or layout.startswith(("generic", "fallback"))


@attrs.define
class Report:
    """What a batch did: records by kind, articles per extractor × layout, share read by the generic
    fallback, errors by class, archive records skipped by reason, duplicates dropped."""

    kinds: Counter[str] = attrs.field(factory=Counter)
    layouts: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    fallback: int = 0
    errors: Counter[str] = attrs.field(factory=Counter)
    duplicates: int = 0
    warc: warc.WarcStats = attrs.field(factory=warc.WarcStats)
    started: float = attrs.field(factory=time.monotonic)
    finished: float | None = None

    def add(self, record: dict[str, Any]) -> None:
        """Count one output record."""
        kind = record.get("kind", "?")
        self.kinds[kind] += 1
        if kind == "article":
            self.layouts[(str(record.get("extractor")), str(record.get("layout")))] += 1
            if is_fallback(record):
                self.fallback += 1
        elif kind == "error":
            self.errors[str(record.get("error_class"))] += 1

    @property
    def records(self) -> int:
        """Records written (duplicates dropped not counted)."""
        return sum(self.kinds.values())

    @property
    def failed(self) -> int:
        """Error records."""
        return self.kinds["error"]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON (``--report FILE``); format ``kornews-report/1``, see docs/output-schema.md."""
        end = self.finished if self.finished is not None else time.monotonic()
        seconds = max(end - self.started, 1e-9)
        articles = self.kinds["article"]
        return {
            "schema": f"kornews-report/{SCHEMA_VERSION}",
            "records": self.records,
            "articles": articles,
            "listings": self.kinds["listing"],
            "errors": self.failed,
            "duplicates_dropped": self.duplicates,
            "fallback_articles": self.fallback,
            "fallback_share": round(self.fallback / articles, 4) if articles else 0.0,
            "by_extractor_layout": [
                {"extractor": e, "layout": lay, "articles": n}
                for (e, lay), n in sorted(self.layouts.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
            "errors_by_class": dict(self.errors.most_common()),
            "archives": self.warc.to_dict(),
            "seconds": round(seconds, 3),
            "records_per_second": round(self.records / seconds, 2),
        }

    def render(self) -> str:
        """A short human-readable summary (what ``kornews extract`` prints on stderr)."""
        d = self.to_dict()
        lines = [
            f"kornews: {d['records']} records "
            f"({d['articles']} articles, {d['listings']} listings, {d['errors']} errors)"
            f" in {d['seconds']:.1f} s, {d['records_per_second']:.1f}/s"
            + (f"; {d['duplicates_dropped']} duplicates dropped" if d["duplicates_dropped"] else ""),
        ]
        if d["articles"]:
            lines.append(
                f"  read by the generic fallback: {d['fallback_articles']} ({100 * d['fallback_share']:.1f} %)"
            )
            for row in d["by_extractor_layout"]:
                lines.append(f"  {row['articles']:>8}  {row['extractor']} / {row['layout']}")
        for cls, n in d["errors_by_class"].items():
            lines.append(f"  {n:>8}  error {cls}")
        arch = d["archives"]
        if arch["records"]:
            skipped = ", ".join(f"{k} {v}" for k, v in arch["skipped"].items())
            lines.append(f"  archives: {arch['records']} records, {arch['pages']} pages; skipped: {skipped or 'none'}")
        return "\n".join(lines)


def dedupe(records: Iterable[dict[str, Any]], report: Report | None = None) -> Iterator[dict[str, Any]]:
    """``records`` without later copies of a story (articles sharing a :func:`kornews.ids.dedupe_keys` key)."""
    seen = ids.Deduper()
    for rec in records:
        if rec.get("kind") == "article" and seen.seen(rec.get("dedupe_keys") or ()):
            if report is not None:
                report.duplicates += 1
            continue
        yield rec


__all__ = [
    "PAGE_SUFFIXES",
    "SCHEMA_VERSION",
    "SUMMARY_KEYS",
    "Inputs",
    "Job",
    "Report",
    "archive_jobs",
    "article_record",
    "dedupe",
    "error_classes",
    "error_record",
    "expand",
    "is_fallback",
    "jobs",
    "keep_only",
    "korean_news_url",
    "listing_record",
    "page_job",
    "process",
    "run",
    "run_inputs",
    "summary",
]

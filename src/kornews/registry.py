"""Extractor discovery: modules of ``kornews.outlets`` and ``kornews.portals``, plus third-party
classes registered under the entry-point group ``kornews.extractors``.

An entry point may name an :class:`~kornews.extractor.Extractor` subclass or a module (every subclass
defined in it is taken).  Ids must be unique.

:data:`BUILTIN` lists the built-in modules with the ids and domains of their extractors, so that a
URL (:func:`for_url`, :func:`for_listing_url`, :func:`for_publisher` by URL) or an id (:func:`get`)
imports only the one module it needs, not every outlet: the first extraction of a process stays
cheap.  A test checks the table against the modules; should a module of the packages be missing
from it anyway (a new outlet not yet listed), every lookup uses full discovery instead.  An
extractor claims URLs of its ``domains`` (subdomains included) only.
"""

from __future__ import annotations

import importlib
import logging
import os
import stat
import sys
import time
from collections.abc import Iterable
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from .errors import UnsupportedPage
from .extractor import Extractor
from .page import Page, host_matches, host_of

_log = logging.getLogger("kornews.registry")

ENTRY_POINT_GROUP = "kornews.extractors"
PACKAGES = ("kornews.outlets", "kornews.portals")

_extra: list[type[Extractor]] = []

BUILTIN: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("kornews.outlets.chosun", ("chosun",), ("chosun.com",)),
    ("kornews.outlets.hankookilbo", ("hankookilbo",), ("hankookilbo.com",)),
    ("kornews.outlets.herald", ("herald",), ("heraldcorp.com",)),
    ("kornews.outlets.maeil", ("maeil",), ("mk.co.kr",)),
    ("kornews.outlets.newsis", ("newsis",), ("newsis.com",)),
    ("kornews.outlets.newspim", ("newspim",), ("newspim.com",)),
    ("kornews.outlets.zdnet", ("zdnet",), ("zdnet.co.kr",)),
    ("kornews.portals.daum", ("daum",), ("v.daum.net",)),
    ("kornews.portals.naver", ("naver",), ("news.naver.com", "sports.naver.com", "entertain.naver.com")),
)
"""``(module, extractor ids, their domains)`` of every built-in module that defines extractors, in
discovery order (package, then module name); checked against the modules by ``tests/test_registry_table.py``."""

SHARED_MODULES = frozenset({"kornews.portals.common"})
"""Built-in modules that define no extractor (shared code of one package)."""

PRESS_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("chosun", ("조선일보", "조선닷컴", "Chosun Ilbo", "ChosunIlbo", "chosun.com", "Chosun")),
    ("hankookilbo", ("한국일보", "Hankookilbo", "hankookilbo")),
    ("herald", ("헤럴드경제", "Herald Economy", "HeraldCorp", "heraldcorp.com")),
    ("maeil", ("매일경제", "Maeil Business", "mk.co.kr")),
    ("newsis", ("뉴시스", "NEWSIS", "Newsis")),
    ("newspim", ("뉴스핌", "Newspim", "NewsPim")),
    ("zdnet", ("지디넷코리아", "ZDNet Korea", "ZDNET Korea", "ZDNetKorea", "ZDNETKOREA")),
)
"""``(extractor id, its site_names)`` of every built-in outlet extractor (``kind == "outlet"``), in
discovery order, so that :func:`for_publisher` by press name (a portal copy's origin) imports only the
module of the outlet it finds, not every outlet.  Used only while it lists exactly the outlet ids of
:data:`BUILTIN` (rows of ``kornews.outlets``) and no other extractor is registered; checked against
the classes by ``tests/test_registry_table.py``."""


def _classes_in(module: ModuleType) -> list[type[Extractor]]:
    # as inspect.getmembers(module, isclass) would list them (by name), without importing inspect
    return [
        obj
        for _, obj in sorted(vars(module).items())
        if isinstance(obj, type)
        and issubclass(obj, Extractor)
        and obj.__module__ == module.__name__
        and obj.id
        and not getattr(obj, "__abstractmethods__", None)
    ]


def _may_have_entry_points(known: dict[str, int] | None = None, settled: dict[str, int] | None = None) -> bool:
    """False only when no distribution on ``sys.path`` can declare :data:`ENTRY_POINT_GROUP`: every
    path entry is a directory and no ``*.dist-info``/``*.egg-info`` in it mentions the group in its
    ``entry_points.txt``.  (Saves importing :mod:`importlib.metadata`, the slowest part of discovery.)

    ``known``: ``{absolute directory: st_mtime_ns}`` of directories found without a declaring
    ``*.dist-info`` when they had that mtime; such a directory is not read again (installers add and
    remove a distribution's ``*.dist-info`` as a whole, which changes the directory's mtime), except
    its ``*.egg-info`` (``setup.py develop`` rewrites those in place).  ``settled``, when given,
    receives the directories read now and found without one whose mtime is at least
    :data:`_SETTLED_NS` old (a younger one may still change within the same timestamp tick)."""
    group = ENTRY_POINT_GROUP.encode()
    now = time.time_ns() if settled is not None else 0
    for entry in sys.path:
        path = os.path.abspath(entry or ".")
        try:
            info = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            return True  # a zip or other importer: ask importlib.metadata
        skip_dist_info = known is not None and known.get(path) == info.st_mtime_ns
        try:
            names = os.listdir(path)
        except OSError:
            continue
        for name in names:
            if name.endswith(".egg-info") or (not skip_dist_info and name.endswith(".dist-info")):
                try:
                    with open(os.path.join(path, name, "entry_points.txt"), "rb") as fh:
                        if group in fh.read():
                            return True
                except OSError:
                    continue
        if settled is not None and now - info.st_mtime_ns >= _SETTLED_NS:
            settled[path] = info.st_mtime_ns
    return False


_SETTLED_NS = 2_000_000_000
"""How old (ns) a directory's mtime must be for :func:`_may_have_entry_points` to remember it."""
_SCAN_FORMAT = 1
_MAX_SCAN_DIRS = 64


def _scan_file() -> str | None:
    """Where the directories scanned without a declaring distribution are remembered between
    processes: ``registry.<python tag>.scan`` next to the regex cache (:func:`kornews.lazyre.cache_path`,
    the package's ``__pycache__``); None where that cache is off (``KORNEWS_REGEX_CACHE=0`` switches off
    both).  Format: JSON ``{"format": 1, "python": sys.version, "dirs": {directory: st_mtime_ns}}``."""
    from . import lazyre

    regex = lazyre.cache_path()
    if regex is None:
        return None
    return os.path.join(os.path.dirname(regex), f"registry.{sys.implementation.cache_tag}.scan")


def _read_scan(file: str) -> dict[str, int]:
    """The remembered directories of ``file``; {} when it is missing, damaged or of another shape."""
    import json

    try:
        with open(file, encoding="utf-8") as fh:
            data = json.load(fh)
        dirs = data["dirs"]
        if data.get("format") != _SCAN_FORMAT or data.get("python") != sys.version or not isinstance(dirs, dict):
            return {}
        return {k: v for k, v in dirs.items() if isinstance(k, str) and type(v) is int}
    except Exception:  # anything wrong with the file: scan everything
        return {}


def _write_scan(file: str, dirs: dict[str, int]) -> None:
    """Write ``dirs`` to ``file`` (:func:`kornews.lazyre.write_atomic`), only where Python may write
    bytecode; a failure (a read-only install) leaves things as they were."""
    import json

    from . import lazyre

    if not sys.dont_write_bytecode:
        data = {"format": _SCAN_FORMAT, "python": sys.version, "dirs": dirs}
        lazyre.write_atomic(file, json.dumps(data).encode("utf-8"))


@cache
def _plugins_possible() -> bool:
    """:func:`_may_have_entry_points`, asked once per discovery (it opens the ``entry_points.txt`` of
    every installed distribution; :func:`_clear` forgets the answer with the rest of discovery); the
    directories found without a declaring distribution are remembered on disk (:func:`_scan_file`),
    so that the next process does not open those files again while the directory is unchanged."""
    file = _scan_file()
    if file is None:
        return _may_have_entry_points()
    known = _read_scan(file)
    settled: dict[str, int] = {}
    found = _may_have_entry_points(known, settled)
    if not found and any(known.get(path) != mtime for path, mtime in settled.items()):
        # the directories of this process, and those of others up to a bound (other ``sys.path``s)
        _write_scan(file, settled if len(known) + len(settled) > _MAX_SCAN_DIRS else {**known, **settled})
    return found


def _entry_points() -> Iterable[Any]:
    if not _plugins_possible():
        return ()
    from importlib.metadata import entry_points

    return entry_points(group=ENTRY_POINT_GROUP)


_instances: dict[type[Extractor], Extractor] = {}


def _instance(cls: type[Extractor]) -> Extractor:
    """The one instance of ``cls`` (the same whichever lookup made it)."""
    ext = _instances.get(cls)
    if ext is None:
        ext = _instances[cls] = cls()
    return ext


@cache
def _table_current() -> bool:
    """True when :data:`BUILTIN` names every module of the packages (listed from their directories)."""
    listed = {row[0] for row in BUILTIN} | SHARED_MODULES
    found: set[str] = set()
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for folder in pkg.__path__:
            try:
                names = os.listdir(folder)
            except OSError:
                return False
            found.update(
                f"{pkg_name}.{n[:-3]}" for n in names if n.endswith(".py") and n != "__init__.py" and n[:1] != "."
            )
            found.update(  # a subpackage (a folder with __init__.py) is a module of the package too
                f"{pkg_name}.{n}"
                for n in names
                if "." not in n and os.path.exists(os.path.join(folder, n, "__init__.py"))
            )
    if found != listed:
        _log.debug("registry table out of date (%s): full discovery", sorted(found ^ listed))
        return False
    return True


@cache
def _module_extractors(module_name: str) -> tuple[Extractor, ...]:
    return tuple(_instance(cls) for cls in _classes_in(importlib.import_module(module_name)))


@cache
def _external() -> tuple[Extractor, ...]:
    """The extractors not built in: entry points, then classes registered at run time."""
    builtin_ids = {i for row in BUILTIN for i in row[1]}
    return tuple(e for e in extractors() if e.id not in builtin_ids) if _extra or _plugins_possible() else ()


def _by_host(url: str | None) -> tuple[Extractor, ...]:
    """The extractors that may claim ``url``: those whose domains hold its host (every registered one
    when the table is out of date), in registry order; external ones always."""
    host = host_of(url)
    return _host_extractors(host) if host else ()


@lru_cache(maxsize=4096)
def _host_extractors(host: str) -> tuple[Extractor, ...]:
    """:func:`_by_host` by host name (cached: a batch meets the same hosts again and again; bounded)."""
    if not _table_current():
        return tuple(e for e in extractors() if host_matches(host, e.domains))
    out: list[Extractor] = []
    for module, _ids, domains in BUILTIN:
        if host_matches(host, domains):
            out.extend(e for e in _module_extractors(module) if host_matches(host, e.domains))
    out.extend(e for e in _external() if host_matches(host, e.domains))
    return tuple(out)


def _builtin_modules() -> list[str]:
    """The modules of :data:`PACKAGES` in discovery order: from :data:`BUILTIN` when it is current (no
    :mod:`pkgutil`, no directory listing), else as :func:`pkgutil.iter_modules` lists them."""
    if _table_current():
        return [row[0] for row in BUILTIN]  # the modules in SHARED_MODULES define no extractor
    import pkgutil

    names: list[str] = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        names.extend(info.name for info in pkgutil.iter_modules(pkg.__path__, pkg_name + "."))
    return names


@cache
def _discover() -> tuple[Extractor, ...]:
    classes: list[type[Extractor]] = []
    for name in _builtin_modules():
        classes.extend(_classes_in(importlib.import_module(name)))
    for ep in _entry_points():
        obj = ep.load()
        if isinstance(obj, ModuleType):
            classes.extend(_classes_in(obj))
        elif isinstance(obj, type) and issubclass(obj, Extractor):
            classes.append(obj)
        else:
            raise TypeError(f"entry point {ep.name!r} of {ENTRY_POINT_GROUP} is not an Extractor class or module")
    classes.extend(_extra)
    seen: dict[str, type[Extractor]] = {}
    for cls in classes:
        if cls.id in seen and seen[cls.id] is not cls:
            raise ValueError(f"two extractors use the id {cls.id!r}: {seen[cls.id]!r} and {cls!r}")
        seen[cls.id] = cls
    return tuple(_instance(cls) for cls in seen.values())


class _Extractors:
    """:func:`extractors`: a cached lookup whose ``cache_clear()`` resets every cache of the registry."""

    def __call__(self) -> tuple[Extractor, ...]:
        """Every registered extractor (one instance each), outlets and portals; generic excluded."""
        return _discover()

    def cache_clear(self) -> None:
        """Forget what discovery found (after installing a plugin or writing a module into the packages)."""
        _clear()


extractors = _Extractors()
"""Every registered extractor (one instance each), outlets and portals; generic excluded (cached:
``extractors.cache_clear()`` makes the next lookup discover again)."""


def _clear() -> None:
    for cached in (
        _discover,
        _external,
        _table_current,
        _module_extractors,
        _host_extractors,
        _press_table_current,
        _plugins_possible,
    ):
        cached.cache_clear()
    _instances.clear()


def register(cls: type[Extractor]) -> type[Extractor]:
    """Register an extractor class at run time (tests, notebooks); usable as a decorator."""
    if cls not in _extra:
        _extra.append(cls)
    _clear()
    return cls


def registered() -> tuple[type[Extractor], ...]:
    """The classes registered at run time with :func:`register` (batch workers re-register them)."""
    return tuple(_extra)


def unregister(cls: type[Extractor]) -> None:
    """Undo :func:`register`."""
    if cls in _extra:
        _extra.remove(cls)
    _clear()


def get(extractor_id: str) -> Extractor:
    """The extractor with this id (``"generic"`` included); raises UnsupportedPage if unknown."""
    if not _extra and _table_current():
        for module, ids, _domains in BUILTIN:
            if extractor_id in ids:
                for ext in _module_extractors(module):
                    if ext.id == extractor_id:
                        return ext
    for ext in extractors():
        if ext.id == extractor_id:
            return ext
    generic = fallback()
    if generic.id == extractor_id:
        return generic
    raise UnsupportedPage(f"no extractor with id {extractor_id!r}")


def for_url(url: str | None) -> Extractor | None:
    """The one extractor whose article URL patterns claim ``url`` (None if none does)."""
    return next((ext for ext in _by_host(url) if ext.claims(url)), None) if url else None


def for_listing_url(url: str | None) -> Extractor | None:
    """The extractor whose listing URL patterns claim ``url``."""
    return next((ext for ext in _by_host(url) if ext.claims_listing(url)), None) if url else None


SCAN_SCORE = 2
"""The most a recognition from a scan of the page source (:meth:`Page.mentions`) may score."""

MAX_BUILTIN_SCORE = 10
"""The most a built-in extractor's ``recognise`` gives (the page's canonical/og:url host is the
extractor's; ``tests/test_fast_paths.py`` checks every built-in on every fixture page)."""


def may_outscore(score: int) -> bool:
    """False when no registered extractor can recognise a page more surely than ``score``: ``score`` is
    :data:`MAX_BUILTIN_SCORE`, the module table is current and no extractor comes from elsewhere
    (entry points, :func:`register`).  Lets a caller skip :func:`for_page` (every extractor's module
    imported, each asked) when the answer could not change its choice."""
    return score < MAX_BUILTIN_SCORE or not _table_current() or bool(_extra) or bool(_external())


def for_page(page: Page) -> Extractor | None:
    """The extractor that recognises ``page`` most surely (portals win ties over outlets).

    Two passes at most: the first with :attr:`Page.scans_deferred` set (hosts, metadata and markup
    only; no scan of the page source per registered domain); the second, with scans, only when the
    first found nothing scoring above :data:`SCAN_SCORE`, which scan evidence could not beat anyway.
    """
    page.scans_deferred = True
    try:
        best, score = _recognise(page)
    finally:
        page.scans_deferred = False
    if score > SCAN_SCORE:
        return best
    return _recognise(page)[0]


def _recognise(page: Page) -> tuple[Extractor | None, int]:
    best: Extractor | None = None
    best_key = (0, 0)
    scores: list[str] | None = [] if _log.isEnabledFor(logging.DEBUG) else None
    for ext in extractors():
        score = ext.recognise(page)
        key = (score, ext.priority)
        if score > 0:
            if scores is not None:
                scores.append(f"{ext.id}={score}")
            if key > best_key:
                best, best_key = ext, key
    if scores is not None:
        _log.debug("recognised from the page: %s -> %s", ", ".join(scores) or "none", best.id if best else None)
    return best, best_key[0]


def for_text(text: str, lines: str | None = None) -> Extractor | None:
    """The extractor whose text markers match ``text`` most (None if no marker matches).  ``lines``:
    the same page as normalised lines (:class:`~kornews.text.TextPage`: wrapped paragraphs re-joined,
    link markers gone), where a marker broken by the renderer matches again; each extractor scores
    the higher of the two."""
    best: Extractor | None = None
    best_key = (0, 0)
    for ext in extractors():
        score = ext.recognise_text(text)
        if lines is not None:
            score = max(score, ext.recognise_text(lines))
        key = (score, ext.priority)
        if score > 0 and key > best_key:
            best, best_key = ext, key
    return best


def for_publisher(name: str | None = None, url: str | None = None) -> Extractor | None:
    """The outlet extractor for a press name (``"조선일보"``) or a URL of its site (portal copies)."""
    if url:
        for ext in _by_host(url):
            if ext.kind == "outlet":
                return ext
    if name:
        if _press_table_current():
            found = _press_table_match(name)
            return get(found) if found is not None else None
        outlets = [e for e in extractors() if e.kind == "outlet"]
        low = name.lower()
        for ext in outlets:
            if any(n.lower() == low for n in ext.site_names):
                return ext
        for ext in outlets:
            if any(n.lower() in low for n in ext.site_names if len(n) >= 2):
                return ext
    return None


@cache
def _press_table_current() -> bool:
    """True when :data:`PRESS_NAMES` may stand for full discovery's outlets: the module table is current,
    its outlet rows have exactly the ids of :data:`PRESS_NAMES` (in that order) and no extractor comes
    from elsewhere (entry points, :func:`register`)."""
    if _extra or not _table_current() or _external():
        return False
    outlet_ids = [i for module, ids, _domains in BUILTIN if module.startswith("kornews.outlets.") for i in ids]
    return outlet_ids == [row[0] for row in PRESS_NAMES]


def _press_table_match(name: str) -> str | None:
    """The id :func:`for_publisher` finds for the press ``name`` by :data:`PRESS_NAMES` (the same two
    rounds over the outlets: a site name equal to ``name``, then one of 2+ characters inside it)."""
    low = name.lower()
    for ext_id, names in PRESS_NAMES:
        if any(n.lower() == low for n in names):
            return ext_id
    for ext_id, names in PRESS_NAMES:
        if any(n.lower() in low for n in names if len(n) >= 2):
            return ext_id
    return None


def fallback() -> Extractor:
    """The generic Korean news extractor (for pages no outlet or portal extractor recognises)."""
    from .generic import GenericExtractor  # imported late: generic builds on the registry's outlets

    return GenericExtractor()

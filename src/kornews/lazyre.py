"""Regexes compiled on first use (``str`` or ``bytes`` patterns), from a cache of compiled code when one exists.

CPython compiles a regex in Python code, and a character class of Hangul syllables (``[가-힣]``,
11,172 code points) costs as much as a dozen ordinary patterns: compiling every pattern of kornews at
import took most of ``import kornews``, although one page uses only a fraction of them.
:func:`compile` returns an object that stands for the compiled pattern and compiles it the first time
one of its methods or attributes other than ``pattern`` is used; after that, its methods are the
compiled pattern's own bound methods (no extra call per use).

It is typed as :class:`re.Pattern` and answers everything a pattern does (``match``, ``search``,
``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``, ``split``, ``flags``, ``groups``,
``groupindex``, ``pattern``), compares and hashes by its source and flags (without compiling it),
pickles and copies as itself.
It is not an instance of :class:`re.Pattern`: hand :attr:`compiled` to code that checks the type
(``re.compile`` and the module-level ``re.*`` functions accept only strings and real patterns).

The compiled-code cache (CPython 3.11+): even compiled on first use, the ≈ 50 patterns one page needs
cost most of the first extraction of a process (≈ 10 ms, mostly the Hangul classes).  ``re.compile``
turns a pattern into a list of opcodes (Python code in ``re._compiler``) and hands it to
``_sre.compile``; the opcode lists of the patterns a process compiled are kept in one file,
``lazyre.<cache tag>.regex`` in the package's ``__pycache__`` (where CPython writes this module's
bytecode, ``sys.pycache_prefix`` included), so that the next process skips ``re._compiler``.

- Format: ``KNRX`` + a :mod:`marshal` dump of ``(header, {(pattern, flags): entry})``; an entry is the
  CRC-32 (4 bytes, little-endian) of the pattern's source and flags and of the rest, then a marshal dump of
  ``(flags, code, groups, groupindex, indexgroup)``, the arguments of ``_sre.compile`` (``code`` as the
  bytes of native unsigned ints), checked and decoded when its pattern is first used.  The header holds
  ``sys.version``, the cache tag, ``sys.hexversion``, ``_sre.MAGIC``, ``_sre.CODESIZE``,
  ``_sre.MAXREPEAT``, ``_sre.MAXGROUPS``, ``sys.maxunicode`` and ``sys.byteorder``: a file from any other
  interpreter (or one marshal cannot read, or of another shape) is ignored as a whole; a pattern not in it,
  an entry whose CRC does not match, or one that ``_sre.compile`` rejects, is compiled by ``re.compile``
  as before.
- Written only where bytecode would be (never with ``sys.dont_write_bytecode``/``PYTHONDONTWRITEBYTECODE``,
  nor with ``KORNEWS_REGEX_CACHE=0``, which also stops reading it), at interpreter exit, by a process that
  compiled patterns the file lacked; atomically (a temporary file, then ``os.replace``); at most
  :data:`MAX_ENTRIES` patterns.  An entry is written only after checking that ``_sre.compile`` of it
  gives a pattern equal (CPython compares flags, source and code) to ``re.compile``'s, with the same
  groups.  A read-only install, or one without the file, just compiles as before.
- :func:`compile_now` compiles a pattern built at run time (an alternation of several) through the
  same cache, at once.
- :func:`main` (``python -c "import kornews.lazyre as r; r.main()"``) compiles every pattern of the
  package and writes the file (like ``compileall``, whatever ``PYTHONDONTWRITEBYTECODE`` says).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C half of re (no stubs)
import os
import re
import sys
from typing import TYPE_CHECKING, Any, AnyStr, cast

_FORWARDED = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")

MAX_ENTRIES = 1024
"""The most patterns the cache file holds (the package has ≈ 400; patterns built at run time through
:func:`compile` count too): the file, read whole by every process, stays under ≈ 1 MB."""

_MAX_SOURCE = 20_000  # longer pattern sources are not cached
_MAGIC = b"KNRX"
_FORMAT = 3

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # the code as native unsigned ints
_Key = tuple[str | bytes, int]

_entries: dict[_Key, bytes] | None = None  # the cache file's patterns (loaded on the first compile)
_path: str | None = None  # the cache file (set with _entries)
_missed: list[tuple[str | bytes, int, re.Pattern[Any]]] = []  # compiled here, not in the file
_writer_registered = False


def _header() -> tuple[Any, ...] | None:
    """What the file must have been written by; None where the cache is off."""
    tag = sys.implementation.cache_tag
    if tag is None or sys.implementation.name != "cpython" or sys.version_info < (3, 11):
        return None
    return (
        _FORMAT,
        sys.version,
        tag,
        sys.hexversion,
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
        sys.maxunicode,
        sys.byteorder,
    )


def cache_path() -> str | None:
    """The cache file's path (None where the cache is off: ``KORNEWS_REGEX_CACHE=0``, not CPython 3.11+,
    or no bytecode cache tag)."""
    if os.environ.get("KORNEWS_REGEX_CACHE") == "0" or _header() is None:
        return None
    if sys.pycache_prefix:
        from importlib.util import cache_from_source

        folder = os.path.dirname(cache_from_source(__file__))
    else:
        folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")
    return os.path.join(folder, f"lazyre.{sys.implementation.cache_tag}.regex")


def _read(path: str) -> dict[_Key, bytes]:
    """The entries of the file at ``path``; {} when it is missing, damaged or from another interpreter."""
    import marshal

    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if data[:4] != _MAGIC:
            return {}
        header, entries = marshal.loads(memoryview(data)[4:])
        if header != _header() or not isinstance(entries, dict):
            return {}
        return entries
    except Exception:  # anything wrong with the file: compile as if it were absent
        return {}


def _crc_key(pattern: str | bytes, flags: int) -> int:
    """The CRC-32 of a pattern's source and flags (where an entry's CRC starts)."""
    import zlib

    source = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    return zlib.crc32(b"%c%d:" % (115 if isinstance(pattern, str) else 98, flags) + source)


def _compile(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re.compile(pattern, flags)``, from the cache file's code when it has the pattern."""
    global _entries, _path, _writer_registered
    if _entries is None:
        _path = cache_path()
        _entries = _read(_path) if _path else {}
    entry = _entries.get((pattern, flags))
    if entry is not None and type(pattern) is not str and type(pattern) is not bytes:
        entry = None  # a str/bytes subclass equal to a cached source: let re.compile see it
    if entry is not None:
        import marshal
        import zlib

        try:
            if int.from_bytes(entry[:4], "little") != zlib.crc32(memoryview(entry)[4:], _crc_key(pattern, flags)):
                raise ValueError("damaged entry")
            flags_, code, groups, groupindex, indexgroup = marshal.loads(memoryview(entry)[4:])
            ops = memoryview(code).cast("I")
            if ops.itemsize != _sre.CODESIZE:
                raise ValueError("another code size")
            done: re.Pattern[Any] = _sre.compile(pattern, flags_, ops.tolist(), groups, groupindex, indexgroup)
            return done
        except Exception:  # a damaged entry, or code this _sre rejects: compile it afresh
            pass
    done = re.compile(pattern, flags)
    if _path is not None and not sys.dont_write_bytecode and len(pattern) <= _MAX_SOURCE:
        _missed.append((pattern, flags, done))
        if not _writer_registered:
            import atexit

            atexit.register(_write_missed)
            _writer_registered = True
    return done


def _entry(pattern: str | bytes, flags: int, done: re.Pattern[Any]) -> _Entry | None:
    """The ``_sre.compile`` arguments that make ``done`` again (None if they do not, exactly)."""
    from array import array
    from re import _compiler, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        code = array("I", [int(op) for op in _compiler._code(parsed, flags)])
        if code.itemsize != _sre.CODESIZE:
            return None
        entry: _Entry = (
            int(flags | parsed.state.flags),
            code.tobytes(),
            int(parsed.state.groups - 1),
            groupindex,
            tuple(indexgroup),
        )
        again = _sre.compile(pattern, entry[0], code.tolist(), entry[2], groupindex, entry[4])
    except Exception:  # re internals not as this module knows them: do not cache
        return None
    same = (
        again == done
        and again.flags == done.flags
        and again.groups == done.groups
        and dict(again.groupindex) == dict(done.groupindex)
    )
    return entry if same else None


def _write_missed() -> None:
    """At exit: add the patterns this process compiled to the cache file (see the module docstring)."""
    missed = list(_missed)
    _missed.clear()
    if missed and _path is not None and not sys.dont_write_bytecode:
        write(_path, missed)


def write(path: str, compiled: list[tuple[str | bytes, int, re.Pattern[Any]]]) -> int:
    """Merge ``compiled`` ((source, flags, ``re.compile`` of them)) into the cache file at ``path``,
    which is rewritten atomically when it gains a pattern; the number of patterns it holds then (0
    when it could not be written).  Never raises for a file system error."""
    import marshal
    import zlib

    header = _header()
    if header is None:
        return 0
    entries = _read(path)
    before = len(entries)
    for pattern, flags, done in compiled:
        if len(entries) >= MAX_ENTRIES:
            break
        if (pattern, flags) not in entries:
            entry = _entry(pattern, flags, done)
            if entry is not None:
                body = marshal.dumps(entry)
                entries[(pattern, flags)] = zlib.crc32(body, _crc_key(pattern, flags)).to_bytes(4, "little") + body
    if len(entries) == before:
        return before
    return len(entries) if write_atomic(path, _MAGIC + marshal.dumps((header, entries))) else 0


def write_atomic(path: str, data: bytes) -> bool:
    """Write ``data`` to the file at ``path`` (its folder made if needed) atomically: a temporary file
    beside it, then ``os.replace``.  False, leaving things as they were, on a file system error (a
    read-only install); never raises for one."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


class LazyPattern:
    """A regex compiled on first use (see the module docstring); build it with :func:`compile`."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern[Any]:
        """The compiled :class:`re.Pattern` (compiled now if it was not yet)."""
        done: re.Pattern[Any] | None = self.__dict__.get("_compiled")
        if done is None:
            done = _compile(self.pattern, self._flags)
            for name in _FORWARDED:
                self.__dict__[name] = getattr(done, name)
            self.__dict__.update(_compiled=done, flags=done.flags, groups=done.groups, groupindex=done.groupindex)
        return done

    def __getattr__(self, name: str) -> Any:
        # only called for names not yet in the instance dict: the first use of a method or attribute
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return self.pattern == other.pattern and self._flags == other._flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash((LazyPattern, self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"kornews.lazyre.compile({self.pattern!r}, {self._flags!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self


if TYPE_CHECKING:

    def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
        """``re.compile(pattern, flags)``, compiled on first use."""

else:

    def compile(pattern, flags=0):
        """``re.compile(pattern, flags)``, compiled on first use."""
        return LazyPattern(pattern, int(flags))


_made: dict[tuple[type, str | bytes, int], re.Pattern[Any]] = {}


def compile_now(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)`` now, from the cache file when it holds the pattern (for patterns
    built at run time, e.g. alternations of several); remembered like ``re.compile``'s (512 at most)."""
    key = (type(pattern), pattern, int(flags))
    done = _made.get(key)
    if done is None:
        if len(_made) >= 512:
            _made.clear()
        done = _made[key] = _compile(pattern, int(flags))
    return cast("re.Pattern[AnyStr]", done)


def compiled(rx: re.Pattern[AnyStr]) -> re.Pattern[AnyStr]:
    """The real :class:`re.Pattern` behind ``rx`` (``rx`` itself when it is one)."""
    if isinstance(rx, LazyPattern):
        return cast("re.Pattern[AnyStr]", rx.compiled)
    return rx


def package_patterns() -> list[LazyPattern]:
    """Every :class:`LazyPattern` of kornews (all its modules imported), in a stable order."""
    import gc
    import importlib
    import pkgutil

    import kornews

    for info in pkgutil.walk_packages(kornews.__path__, "kornews."):
        if info.name.startswith("kornews.testing") or info.name == "kornews.__main__":
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional extra not installed (e.g. pyspark)
            continue
    found = {id(o): o for o in gc.get_objects() if isinstance(o, LazyPattern)}
    return sorted(found.values(), key=lambda rx: (isinstance(rx.pattern, bytes), repr(rx.pattern), rx._flags))


def main() -> int:
    """Compile every pattern of the package into the cache file; 0 when it is written, else 1 (a message on stderr)."""
    path = cache_path()
    if path is None:
        print("kornews.lazyre: no regex cache on this interpreter (or KORNEWS_REGEX_CACHE=0)", file=sys.stderr)
        return 1
    done = [(rx.pattern, rx._flags, re.compile(rx.pattern, rx._flags)) for rx in package_patterns()]
    held = write(path, done)
    if not held:
        print(f"kornews.lazyre: could not write {path}", file=sys.stderr)
        return 1
    print(f"{path}: {held} patterns")
    return 0


__all__ = [
    "MAX_ENTRIES",
    "LazyPattern",
    "cache_path",
    "compile",
    "compile_now",
    "compiled",
    "main",
    "package_patterns",
    "write",
]

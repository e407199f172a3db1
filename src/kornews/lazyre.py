"""Regexes compiled on first use (``str`` or ``bytes`` patterns).

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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, AnyStr, cast

_FORWARDED = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


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
            done = re.compile(self.pattern, self._flags)
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


def compiled(rx: re.Pattern[AnyStr]) -> re.Pattern[AnyStr]:
    """The real :class:`re.Pattern` behind ``rx`` (``rx`` itself when it is one)."""
    if isinstance(rx, LazyPattern):
        return cast("re.Pattern[AnyStr]", rx.compiled)
    return rx


__all__ = ["LazyPattern", "compile", "compiled"]

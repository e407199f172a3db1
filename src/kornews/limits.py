"""Per-page limits: a size limit and a time budget, so one bad page cannot stall a batch.

* **Size**: a page larger than ``max_bytes`` (bytes after gzip decompression; characters for ``str``
  input) raises :class:`~kornews.errors.PageTooLarge` before it is parsed.  Default
  :data:`DEFAULT_MAX_BYTES` (20 MB); the environment variable ``KORNEWS_MAX_BYTES`` overrides it,
  the ``max_bytes=`` argument of :func:`kornews.extract` overrides both; ``0`` means no limit.
* **Time**: reading one page (decoding, parsing, extraction) that takes longer than ``time_budget``
  seconds raises :class:`~kornews.errors.TimeBudgetExceeded`.  Default :data:`DEFAULT_TIME_BUDGET`
  (30 s); ``KORNEWS_TIME_BUDGET`` overrides it, ``time_budget=`` overrides both; ``0`` means none.
  The deadline is cooperative: the hot loops (block reading, box removal, density scoring, JSON
  walks) call :func:`check` every few hundred steps, so the error comes within milliseconds of the
  deadline; a single C call (the Lexbor parse of a huge page) is not interrupted.

The limits are read at call time (not at import), so a test or a batch job may change the
environment between calls.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import TimeBudgetExceeded

DEFAULT_MAX_BYTES = 20_000_000
"""Default page-size limit in bytes (real article pages are well under 5 MB)."""
DEFAULT_TIME_BUDGET = 30.0
"""Default time budget per page in seconds (a normal page takes milliseconds)."""

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("kornews_deadline", default=None)
"""(monotonic deadline, budget in seconds) of the page being read in this context, or None."""


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value >= 0 else default


def max_bytes(value: int | None = None) -> int | None:
    """The size limit in effect: ``value`` if given, else ``KORNEWS_MAX_BYTES``, else the default;
    None when the limit is 0 (disabled)."""
    limit = int(value) if value is not None else int(_env_number("KORNEWS_MAX_BYTES", DEFAULT_MAX_BYTES))
    return limit if limit > 0 else None


def time_budget(value: float | None = None) -> float | None:
    """The time budget in effect (seconds): ``value`` if given, else ``KORNEWS_TIME_BUDGET``, else the
    default; None when it is 0 (disabled)."""
    budget = float(value) if value is not None else _env_number("KORNEWS_TIME_BUDGET", DEFAULT_TIME_BUDGET)
    return budget if budget > 0 else None


def strict() -> bool:
    """True when ``KORNEWS_STRICT=1`` (read now, at call time): unexpected exceptions inside an
    extractor then propagate as they are instead of becoming :class:`~kornews.errors.ExtractionError`."""
    return os.environ.get("KORNEWS_STRICT") == "1"


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Run the block under a deadline ``seconds`` from now (None: no deadline).  Nested budgets
    keep the earlier deadline."""
    if seconds is None:
        yield
        return
    deadline = time.monotonic() + seconds
    outer = _DEADLINE.get()
    if outer is not None and outer[0] <= deadline:
        yield
        return
    token = _DEADLINE.set((deadline, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise :class:`~kornews.errors.TimeBudgetExceeded` when the current page's deadline has passed."""
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        raise TimeBudgetExceeded(current[1])


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIME_BUDGET", "budget", "check", "max_bytes", "strict", "time_budget"]

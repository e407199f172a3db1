"""``__repr__``, ``__eq__``, ``__ne__`` and ``__hash__`` for the frozen attrs classes of kornews, written once.

attrs writes these four methods for each class as Python source and compiles it when the class is
created: for the dozen classes ``import kornews`` creates, that compiling was about a quarter of the
import.  attrs leaves alone the methods a class defines itself (``auto_detect``, the default of
``attrs.define``/``attrs.frozen``), so a class decorated with :func:`methods` *below* its attrs
decorator gets these instead, with the meaning of attrs' own (checked against classes whose methods
attrs made, by ``tests/test_records.py``):

- ``__repr__``: ``Name(field=repr(value), ...)`` over the fields with ``repr=True`` (or their own repr
  callable), ``...`` for a record already being shown higher up in the same thread (a cycle);
- ``__eq__``: ``NotImplemented`` for another class; else ``a.x == b.x and a.y == b.y ...`` (the value of
  that expression) over the fields with ``eq=True``; ``__ne__`` its negation;
- ``__hash__``: ``hash((h, a.x, a.y, ...))`` over the fields that take part in hashing, where ``h`` is
  the same class constant attrs uses (the values equal attrs' own); none for a mutable class
  (:func:`mutable_methods`, below ``@attrs.define``).

The ``__init__`` is still attrs' (it compiles that one).  Fields compared with a key (``eq=callable``)
are not supported (a TypeError at first use).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar

from attrs import NOTHING

T = TypeVar("T", bound=type)

_context = threading.local()  # per thread: ids of the records whose repr is being built


class _Spec:
    __slots__ = ("eq", "hashed", "repr", "type_hash")

    def __init__(self, cls: type) -> None:
        fields = cls.__attrs_attrs__  # type: ignore[attr-defined]
        if any(a.eq_key is not None for a in fields):
            raise TypeError(f"kornews._records: {cls.__qualname__} compares a field by a key")
        self.eq = tuple(a.name for a in fields if a.eq)
        self.repr = tuple((a.name, repr if a.repr is True else a.repr, a.init) for a in fields if a.repr is not False)
        """(name, repr function, set by ``__init__``) of each field shown."""
        hashed = tuple(a.name for a in fields if a.hash is True or (a.hash is None and a.eq is True))
        self.hashed: Callable[[Any], tuple[Any, ...]] = (
            attrgetter(*hashed) if len(hashed) > 1 else lambda record: tuple(getattr(record, n) for n in hashed)
        )
        """The tuple of a record's hashed values."""
        self.type_hash = hash(f"<attrs generated hash {cls.__module__}.{getattr(cls, '__qualname__', cls.__name__)}>")


_specs: dict[type, _Spec] = {}


def _spec(cls: type) -> _Spec:
    spec = _specs.get(cls)
    if spec is None:
        spec = _specs[cls] = _Spec(cls)
    return spec


def _repr(self: Any) -> str:
    try:
        working: set[int] = _context.working
    except AttributeError:
        working = _context.working = {id(self)}
    else:
        if id(self) in working:
            return "..."
        working.add(id(self))
    try:
        cls = self.__class__
        parts = ", ".join(
            f"{name}={show(getattr(self, name) if set_by_init else getattr(self, name, NOTHING))}"
            for name, show, set_by_init in _spec(cls).repr
        )
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({parts})"
    finally:
        working.remove(id(self))


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    result: Any = True
    for name in _spec(self.__class__).eq:
        result = getattr(self, name) == getattr(other, name)
        if not result:
            return result
    return result


def _ne(self: Any, other: Any) -> Any:
    result = self.__eq__(other)
    if result is NotImplemented:
        return NotImplemented
    return not result


def _hash(self: Any) -> int:
    spec = _spec(self.__class__)
    return hash((spec.type_hash, *spec.hashed(self)))


def methods(cls: T) -> T:
    """Give ``cls`` the four methods (see the module docstring); put it below ``@attrs.frozen``."""
    cls.__repr__ = _repr  # type: ignore[assignment]
    cls.__eq__ = _eq  # type: ignore[assignment]
    cls.__ne__ = _ne  # type: ignore[assignment]
    cls.__hash__ = _hash  # type: ignore[assignment]
    return cls


def mutable_methods(cls: T) -> T:
    """:func:`methods` for a mutable class (below ``@attrs.define``): no hash (``__hash__ = None``, as
    attrs makes such a class unhashable)."""
    methods(cls)
    cls.__hash__ = None  # type: ignore[assignment]
    return cls


__all__ = ["methods", "mutable_methods"]

"""``NamedTuple`` as kornews' modules use it at run time: the class :class:`typing.NamedTuple` makes,
without turning each annotation into a :class:`typing.ForwardRef`.

Under ``from __future__ import annotations`` every annotation is a string, and ``typing.NamedTuple``
makes a ``ForwardRef`` of each, compiling it (≈ 0.25 M instructions a field: the 13 NamedTuples of
kornews, 54 fields, took ≈ 14 M of the ≈ 300 M instructions of ``import kornews``).  The class made
here is made as typing makes it (CPython 3.10-3.13): ``collections.namedtuple`` of the annotated
fields in order, the defaults from the values the class body gives (a field without one after a field
with one is a TypeError), the body's other names (docstring, ``__qualname__``, methods) set on it,
``_fields``/``_make``/``__new__``… refused; its ``__annotations__`` are the strings of the class body.
Type checkers see :class:`typing.NamedTuple` (the modules import this one only at run time):

    if TYPE_CHECKING:
        from typing import NamedTuple
    else:
        from ._tuples import NamedTuple
"""

from __future__ import annotations

import collections
from typing import Any

_PROHIBITED = frozenset(
    {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace"}
    | {"_asdict", "_source"}
)
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
_namedtuple: Any = collections.namedtuple  # called with computed fields (not a literal a type checker reads)


class _NamedTupleMeta(type):
    def __new__(mcs, typename: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        if bases != (_NamedTuple,):
            raise TypeError("can only inherit from a NamedTuple type and Generic")
        types: dict[str, Any] = ns.get("__annotations__", {})
        default_names: list[str] = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(
                    f"Non-default namedtuple field {name} cannot follow default field"
                    f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}"
                )
        cls = _namedtuple(typename, list(types), defaults=[ns[n] for n in default_names], module=ns["__module__"])
        cls.__annotations__ = cls.__new__.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in cls._fields:
                setattr(cls, key, value)
        return cls


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple: Any = _NamedTuple
"""Base of a ``class X(NamedTuple):`` statement (the class made is a ``collections.namedtuple``)."""

__all__ = ["NamedTuple"]

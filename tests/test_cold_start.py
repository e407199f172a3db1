"""Cold start: what ``import kornews`` does and does not do (counted, never timed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from .fixtures import FIXTURES


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(
        f"""
        import sys
        {code}
        print(" ".join(sorted(sys.modules)))
        """
    )
    return set(
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    )


def test_import_leaves_page_specific_modules_unimported() -> None:
    """``import kornews`` imports no codec of Korean pages (the first EUC-KR page does), no outlet module
    (a URL imports its own), no pkgutil/importlib.metadata (discovery needs neither while the table is current)."""
    loaded = _modules_after("import kornews")
    for name in ("encodings.euc_kr", "encodings.cp949", "pkgutil", "importlib.metadata", "kornews.outlets.chosun"):
        assert name not in loaded, name
    assert "html" not in loaded and "html.entities" not in loaded  # kornews.embedded escapes by itself
    for name in TEXT_AND_GENERIC:
        assert name not in loaded, name


TEXT_AND_GENERIC = ("kornews.text", "kornews.generic_text", "kornews.fields", "kornews.columns", "kornews.widgets")
"""The modules of text mode and of the generic reader: loaded by their first use, not by ``import kornews``."""


def test_outlet_page_with_url_loads_no_text_mode_module() -> None:
    """An outlet's HTML page read through its URL needs neither text mode nor the generic reader's modules;
    text mode loads its own."""
    newsis = "https://www.newsis.com/view/NISX20250722_0003261234"
    html, text = FIXTURES / "newsis/layout-2025.html", FIXTURES / "newsis/seed-004.txt"
    loaded = _modules_after(
        f"import kornews, pathlib; kornews.extract(pathlib.Path({str(html)!r}).read_bytes(), url={newsis!r})"
    )
    assert "kornews.outlets.newsis" in loaded
    assert "encodings.utf_16_be" not in loaded and "encodings.utf_16_le" not in loaded  # str.encode's own utf-16
    every_module = _modules_after("import kornews; kornews.registry.extractors()")  # a page recognised without URL
    assert "kornews.portals.common" in every_module and "kornews.outlets.zdnet" in every_module
    for name in TEXT_AND_GENERIC:
        assert name not in loaded and name not in every_module, name
    text_mode = _modules_after(
        f"import kornews, pathlib; kornews.extract_text(pathlib.Path({str(text)!r}).read_text('utf-8'), url={newsis!r})"
    )
    assert "kornews.text" in text_mode and "kornews.generic_text" in text_mode


@given(st.text(alphabet=st.sampled_from("&<>\"'a;#x27가 \n")) | st.text())
def test_embedded_escape_is_html_escape(text: str) -> None:
    import html

    from kornews import embedded

    assert embedded._escape(text) == html.escape(text)


_BODY = '''
from __future__ import annotations
from collections.abc import Sequence


class Reading(NamedTuple):
    """A reading: what was found."""

    title: str
    lines: Sequence[str] | None
    score: float = 0.0
    tags: tuple[str, ...] = ()

    def double(self) -> float:
        return self.score * 2
'''


def _make(base: object) -> tuple[type, dict[str, object]]:
    namespace: dict[str, object] = {"NamedTuple": base, "__name__": "kornews.sample"}
    exec(compile(_BODY, "sample.py", "exec"), namespace)
    return namespace["Reading"], namespace  # type: ignore[return-value]


def test_runtime_namedtuple_is_typings_class() -> None:
    """kornews._tuples.NamedTuple makes the class typing.NamedTuple makes (fields, defaults, docstring,
    qualname, module, methods, tuple behaviour), with the annotations as the source's strings."""
    import typing

    from kornews import _tuples

    (ours, ours_ns), (theirs, theirs_ns) = _make(_tuples.NamedTuple), _make(typing.NamedTuple)
    for attr in ("_fields", "_field_defaults", "__doc__", "__qualname__", "__module__", "__bases__", "__mro__"):
        got, want = getattr(ours, attr), getattr(theirs, attr)
        assert (got if attr != "__mro__" else [c.__name__ for c in got]) == (
            want if attr != "__mro__" else [c.__name__ for c in want]
        ), attr
    assert ours.__annotations__ == {k: v.__forward_arg__ for k, v in theirs.__annotations__.items()}
    assert typing.get_type_hints(ours, ours_ns) == typing.get_type_hints(theirs, theirs_ns)
    a, b = ours("t", None, 1.5), theirs("t", None, 1.5)
    assert repr(a) == repr(b) and tuple(a) == tuple(b) and a.double() == b.double() == 3.0
    assert a._replace(score=2.0) == ("t", None, 2.0, ()) and a._asdict() == b._asdict()
    assert isinstance(a, tuple) and type(a).__mro__[1:] == type(b).__mro__[1:] == (tuple, object)
    for source, error in (
        ("class Bad(NamedTuple):\n    a: int = 1\n    b: int\n", TypeError),
        ("class Bad(NamedTuple):\n    a: int\n    def _make(self): pass\n", AttributeError),
    ):
        messages = []
        for base in (_tuples.NamedTuple, typing.NamedTuple):
            try:
                exec(source, {"NamedTuple": base, "__name__": "kornews.sample"})
            except error as exc:
                messages.append(str(exc))
        assert len(messages) == 2 and messages[0] == messages[1], messages


def test_kornews_namedtuples_are_built_without_forward_refs() -> None:
    """Every NamedTuple class of the package's modules comes from kornews._tuples (strings, no ForwardRef)."""
    import importlib
    import pickle
    import typing

    found = 0
    for name in ("content", "dom", "fields", "generic_text", "korean", "page", "text"):
        module = importlib.import_module(f"kornews.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields"):
                if value.__module__ != module.__name__:
                    continue
                found += 1
                assert all(isinstance(a, str) for a in value.__annotations__.values()), value
                assert list(value.__annotations__) == list(value._fields), value
                assert not any(isinstance(a, typing.ForwardRef) for a in value.__annotations__.values())
                sample = value(*range(len(value._fields)))
                again = pickle.loads(pickle.dumps(sample))
                assert again == sample and type(again) is value
    assert found >= 13


@given(st.lists(st.text(alphabet=st.sampled_from("가a\ud800\udc00\udfff\U0001f600 "), max_size=5), max_size=4))
def test_surrogate_check_is_the_regex_search(strings: list[str]) -> None:
    """api._has_surrogate (one utf-16 encode of the record's strings) finds what a search of each finds."""
    import re

    from kornews import Article, Reporter, api

    record = Article(extractor="x", title="".join(strings), body=strings, reporters=[Reporter(name=s) for s in strings])
    assert api._has_surrogate(record) == any(re.search("[\ud800-\udfff]", s) for s in [*strings, "".join(strings)])

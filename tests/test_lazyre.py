"""kornews.lazyre: patterns compiled on first use behave exactly like re.compile's."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from kornews import korean, lazyre

_SOURCES = [
    (r"(?P<name>[가-힣]{2,4})\s*기자", 0),
    (r"^\s*(?:copyright|ⓒ)", re.IGNORECASE),
    (r"(?:19|20)\d\d[./-]\d{1,2}", 0),
    (r"a|b", re.MULTILINE),
]


def test_not_compiled_until_used() -> None:
    rx = lazyre.compile(r"[가-힣]+기자")
    assert "_compiled" not in vars(rx)
    assert rx.pattern == r"[가-힣]+기자"  # the source is there without compiling
    assert "_compiled" not in vars(rx)
    assert rx.search("홍길동기자 = ") is not None
    assert vars(rx)["_compiled"] is lazyre.compiled(rx)
    assert isinstance(lazyre.compiled(rx), re.Pattern)


def test_attributes_match_the_compiled_pattern() -> None:
    for source, flags in _SOURCES:
        lazy, real = lazyre.compile(source, flags), re.compile(source, flags)
        assert (lazy.flags, lazy.groups, dict(lazy.groupindex), lazy.pattern) == (
            real.flags,
            real.groups,
            dict(real.groupindex),
            real.pattern,
        )


def test_bytes_patterns() -> None:
    rx = lazyre.compile(rb"charset=([a-z0-9-]+)", re.IGNORECASE)
    m = rx.search(b'<meta charset="EUC-KR"> charset=EUC-KR')
    assert m is not None and m.group(1) == b"EUC-KR"


def test_equality_hash_pickle_copy() -> None:
    a, b = lazyre.compile("x+", re.I), lazyre.compile("x+", re.I)
    assert a == b and hash(a) == hash(b)
    assert a != lazyre.compile("x+") and a != lazyre.compile("y+", re.I)
    assert "_compiled" not in vars(a)  # neither comparing nor hashing compiles
    restored = pickle.loads(pickle.dumps(a))
    assert restored == a and restored.match("XX") is not None
    assert copy.copy(a) is a and copy.deepcopy(a) is a
    a.match("x")
    assert pickle.loads(pickle.dumps(a)) == a  # a used one pickles as its source too


@given(st.text(alphabet="가나다 기자홍길동ab19202.-/:\n", max_size=40))
def test_methods_answer_as_re(text: str) -> None:
    for source, flags in _SOURCES:
        lazy, real = lazyre.compile(source, flags), re.compile(source, flags)
        got = lazy.search(text)
        want = real.search(text)
        assert (got and got.span()) == (want and want.span())
        assert lazy.findall(text) == real.findall(text)
        assert lazy.sub("_", text) == real.sub("_", text)
        assert lazy.split(text) == real.split(text)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert bool(lazy.match(text)) == bool(real.match(text))
        assert bool(lazy.fullmatch(text)) == bool(real.fullmatch(text))


def test_korean_patterns_are_lazy() -> None:
    assert isinstance(korean.EMAIL_RE, lazyre.LazyPattern)


def test_import_compiles_no_kornews_regex() -> None:
    """``import kornews`` compiles none of the library's own patterns (they compile on first use)."""
    code = textwrap.dedent(
        """
        import re, sys
        seen = []
        original = re._compile
        def counting(pattern, flags):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "functools.py")):
                frame = frame.f_back
            if frame is not None and "kornews" in frame.f_code.co_filename:
                seen.append((frame.f_code.co_filename, pattern))
            return original(pattern, flags)
        re._compile = counting
        import kornews
        print(len(seen))
        for item in seen:
            print(item)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == "0", out

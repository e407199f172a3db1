"""kornews.lazyre: patterns compiled on first use behave exactly like re.compile's."""

from __future__ import annotations

import copy
import marshal
import os
import pickle
import re
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kornews
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


# --- the compiled-code cache ------------------------------------------------------------------------------


def _fresh_cache(monkeypatch: Any, path: str | None) -> None:
    """Make lazyre read ``path`` on its next compile (as a new process would)."""
    monkeypatch.setattr(lazyre, "_entries", None)
    monkeypatch.setattr(lazyre, "_path", None)  # restored after the test, as the rest
    monkeypatch.setattr(lazyre, "cache_path", lambda: path)
    monkeypatch.setattr(lazyre, "_missed", [])


def test_cache_gives_every_package_pattern_exactly_as_re_compile(tmp_path: Path, monkeypatch: Any) -> None:
    """Every pattern of the package, through the cache file, is the pattern ``re.compile`` makes: equal
    (CPython compares flags, source and compiled code) with the same groups, and matching alike."""
    patterns = lazyre.package_patterns()
    assert len(patterns) > 200  # the whole package: korean, outlets, portals, text mode...
    path = str(tmp_path / "lazyre.regex")
    done = [(rx.pattern, rx._flags, re.compile(rx.pattern, rx._flags)) for rx in patterns]
    assert lazyre.write(path, done) == len({(p, f) for p, f, _ in done})
    _fresh_cache(monkeypatch, path)
    calls: list[object] = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real_compile(*a))
    samples = ["홍길동 기자 = 서울 2025.01.02 10:30 ⓒ 뉴스 무단전재", "<meta charset=euc-kr>", "사진=연합뉴스 AD"]
    for rx in patterns:
        got = lazyre._compile(rx.pattern, rx._flags)
        want = real_compile(rx.pattern, rx._flags)
        assert got == want, rx
        assert (got.flags, got.groups, dict(got.groupindex)) == (want.flags, want.groups, dict(want.groupindex))
        for text in samples:
            subject: str | bytes = text.encode() if isinstance(rx.pattern, bytes) else text
            m, n = got.search(subject), want.search(subject)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))
    assert calls == []  # every one came from the file


def test_damaged_or_foreign_cache_is_ignored(tmp_path: Path, monkeypatch: Any) -> None:
    """Any byte of the file changed, or the file cut short: the pattern is compiled by re.compile (the
    entry's CRC covers its code and its key; marshal refuses a cut file); another interpreter's file is
    ignored whole."""
    source = r"(?P<name>[가-힣]{2,4})\s*기자"
    path = str(tmp_path / "lazyre.regex")
    assert lazyre.write(path, [(source, 0, re.compile(source))]) == 1
    assert (source, 0) in lazyre._read(path)
    data = bytes(Path(path).read_bytes())
    real_compile = re.compile
    calls: list[object] = []

    def counting(*args: Any) -> Any:
        calls.append(args)
        return real_compile(*args)

    for i in [*range(0, len(data), 7), len(data) - 1, -40]:
        broken = bytearray(data)
        if i >= 0:
            broken[i] ^= 0x10
        else:
            del broken[i:]
        Path(path).write_bytes(bytes(broken))
        _fresh_cache(monkeypatch, path)
        calls.clear()
        monkeypatch.setattr(re, "compile", counting)
        got = lazyre.compile(source)
        assert got.search("홍길동 기자").group("name") == "홍길동"
        assert lazyre.compiled(got) == real_compile(source)
        assert calls, i  # compiled afresh, not from the damaged file
        monkeypatch.setattr(re, "compile", real_compile)
    Path(path).write_bytes(data)
    _fresh_cache(monkeypatch, path)
    monkeypatch.setattr(re, "compile", lambda *a: pytest.fail("compiled although cached"))
    assert lazyre.compile(source).search("홍길동 기자") is not None  # the intact file is used
    monkeypatch.setattr(re, "compile", real_compile)
    monkeypatch.setattr(lazyre, "_header", lambda: ("another interpreter",))
    assert lazyre._read(path) == {}
    assert lazyre._read(str(tmp_path / "missing.regex")) == {}


def test_cache_rejected_by_sre_falls_back(tmp_path: Path, monkeypatch: Any) -> None:
    """An entry ``_sre.compile`` refuses (code that fails its validation) is compiled by re.compile."""
    source = "a+b"
    path = str(tmp_path / "lazyre.regex")
    _fresh_cache(monkeypatch, path)
    flags, _code, groups, gi, ig = lazyre._entry(source, 0, re.compile(source)) or pytest.fail("no entry")
    def entry(body: bytes) -> bytes:
        return zlib.crc32(body, lazyre._crc_key(source, 0)).to_bytes(4, "little") + body

    bad = entry(marshal.dumps((flags, b"\xff\xff\xff\xff" * 3, groups, gi, ig)))
    for blob in (bad, entry(b"not marshal"), entry(marshal.dumps((1, 2))), b"", b"abc"):
        monkeypatch.setattr(lazyre, "_entries", {(source, 0): blob})
        assert lazyre._compile(source, 0) == re.compile(source)


def test_read_only_install_just_works(tmp_path: Path, monkeypatch: Any) -> None:
    """No place to write (here: a file where the folder would be; a folder that refuses): no cache, no error."""
    blocker = tmp_path / "site-packages"
    blocker.write_text("")
    assert lazyre.write(str(blocker / "__pycache__" / "x.regex"), [("a+", 0, re.compile("a+"))]) == 0

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    assert lazyre.write(str(tmp_path / "x.regex"), [("a+", 0, re.compile("a+"))]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site-packages"]  # no temporary file left
    _fresh_cache(monkeypatch, str(tmp_path / "x.regex"))
    assert lazyre.compile("a+").match("aa") is not None
    lazyre._write_missed()  # what the exit hook does: nothing written, nothing raised


_CHILD = """
import re, sys
sys.path.insert(0, {src!r})
import kornews
from kornews import lazyre
print(lazyre.cache_path())
misses = []
original = re.compile
def counting(*args):
    if sys._getframe(1).f_code.co_filename.endswith("lazyre.py"):  # a pattern of kornews, not in the file
        misses.append(args)
    return original(*args)
re.compile = counting
kornews.extract(open({page!r}, "rb").read(), url="https://www.newspim.com/news/view/20260114000123")
print(len(misses))
"""


def _child(tmp_path: Path, **env: str) -> tuple[str, int]:
    src = str(Path(kornews.__file__).parents[1])
    page = str(Path(__file__).parents[1] / "fixtures/newspim/layout-2026.html")
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "KORNEWS_REGEX_CACHE")}
    environ.update(PYTHONPYCACHEPREFIX=str(tmp_path / "prefix"), **env)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(src=src, page=page)],
        capture_output=True,
        text=True,
        env=environ,
        check=True,
    ).stdout.split("\n")
    return out[0], int(out[1])


def test_a_process_writes_the_cache_the_next_one_uses_it(tmp_path: Path) -> None:
    """Written at exit under ``sys.pycache_prefix`` (where this module's bytecode goes); then read."""
    path, misses = _child(tmp_path)
    assert path.startswith(str(tmp_path / "prefix")) and misses > 10
    assert Path(path).exists()
    assert _child(tmp_path) == (path, 0)  # every pattern of the page from the file
    assert _child(tmp_path, KORNEWS_REGEX_CACHE="0")[1] == misses  # switched off: compiled again


def test_no_cache_written_without_bytecode_writing(tmp_path: Path) -> None:
    path, misses = _child(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert misses > 10 and not Path(path).exists()
    assert _child(tmp_path, KORNEWS_REGEX_CACHE="0")[0] == "None"
    assert not Path(path).exists()


def test_main_writes_every_package_pattern(tmp_path: Path) -> None:
    """``lazyre.main()`` (the benchmarks' and installers' way to build the cache) writes despite
    PYTHONDONTWRITEBYTECODE, as compileall does, and every pattern of the package is in the file."""
    src = str(Path(kornews.__file__).parents[1])
    code = f"import sys; sys.path.insert(0, {src!r}); from kornews import lazyre; raise SystemExit(lazyre.main())"
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KORNEWS_REGEX_CACHE", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    path, _, held = out.strip().rpartition(": ")
    assert path.startswith(str(tmp_path)) and int(held.split()[0]) == len(lazyre._read(path)) > 200
    off = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**env, "KORNEWS_REGEX_CACHE": "0"}
    )
    assert off.returncode == 1 and "no regex cache" in off.stderr


def test_compile_now_is_re_compile_remembered(tmp_path: Path, monkeypatch: Any) -> None:
    source = "(?:관련\\s*기사$)|(?:많이 본 뉴스$)"
    path = str(tmp_path / "lazyre.regex")
    _fresh_cache(monkeypatch, path)
    monkeypatch.setattr(lazyre, "_made", {})
    got = lazyre.compile_now(source)
    assert got == re.compile(source) and isinstance(got, re.Pattern)
    assert lazyre.compile_now(source) is got  # remembered
    assert lazyre.compile_now(source, re.I) == re.compile(source, re.I) != got
    assert lazyre.compile_now(source.encode()) == re.compile(source.encode())
    assert lazyre.write(path, [(source, 0, got)]) == 1
    _fresh_cache(monkeypatch, path)
    monkeypatch.setattr(lazyre, "_made", {})
    monkeypatch.setattr(re, "compile", lambda *a: pytest.fail("compiled although cached"))
    assert lazyre.compile_now(source).search("그 밖의 관련 기사") is not None

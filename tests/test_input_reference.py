"""The page input stage's and page queries' shortcuts give exactly what the code they replace gave
(verbatim copies of that code are the oracles here)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews import embedded
from kornews.page import Page
from tests.fixtures import html_pages

PAGES = html_pages()


def _old_next_data_node(page: Page) -> Any:
    """The node embedded.next_data read before the shared query (verbatim query)."""
    return page.tree.css_first("script#__NEXT_DATA__")


def _old_json_script_nodes(page: Page) -> Iterator[Any]:
    """The nodes embedded.json_scripts read before the shared query (verbatim loop, without the decoding)."""
    for node in page.tree.css('script[type="application/json"]'):
        if node.attributes.get("id") == "__NEXT_DATA__":
            continue
        yield node


def _same_as_before(page: Page) -> None:
    first, blobs = embedded._json_script_nodes(page)
    old_first = _old_next_data_node(page)
    assert (first is None) == (old_first is None)
    if first is not None:
        assert first.mem_id == old_first.mem_id  # the same node of the tree
    assert [n.mem_id for n in blobs] == [n.mem_id for n in _old_json_script_nodes(page)]


@pytest.mark.parametrize("name,data", PAGES, ids=[n for n, _ in PAGES])
def test_json_script_nodes_of_every_page(name: str, data: bytes) -> None:
    page = Page.from_input(data)
    _same_as_before(page)
    assert embedded.find_article(page) == _old_find_article(Page.from_input(data))


_SCRIPTS = st.lists(
    st.tuples(
        st.sampled_from(["script", "div", "SCRIPT"]),
        st.sampled_from([None, "__NEXT_DATA__", "__next_data__", "__Next_Data__", " __NEXT_DATA__", "x", ""]),
        st.sampled_from([None, "application/json", "Application/JSON", "application/json ", "text/json", ""]),
    ),
    max_size=6,
)


@given(st.booleans(), _SCRIPTS)
def test_json_script_nodes_in_both_modes(quirks: bool, scripts: list[tuple[str, str | None, str | None]]) -> None:
    """Standards and quirks mode (Lexbor matches ids in any case in quirks mode), ids and types in
    every case, other elements with the id, scripts with both attributes."""
    parts = []
    for i, (tag, ident, kind) in enumerate(scripts):
        attrs = "".join(f' {k}="{v}"' for k, v in (("id", ident), ("type", kind)) if v is not None)
        parts.append(f'<{tag}{attrs}>{{"n": {i}}}</{tag}>')
    html = ("" if quirks else "<!DOCTYPE html>") + "<html><head></head><body>" + "".join(parts) + "</body></html>"
    _same_as_before(Page(html))


def _old_find_article(page: Page) -> embedded.EmbeddedArticle | None:
    """embedded.find_article before the shared query (verbatim)."""
    fusion = embedded.fusion_content(page)
    if fusion is not None:
        found = embedded._from_fusion(fusion)
        if found is not None:
            return found
    rows = embedded.flight_rows(page)
    if rows:
        best = None
        for value in rows.values():
            if isinstance(value, (dict, list)):
                hit = embedded._walk(value, rows)
                if hit is not None and (best is None or hit[0] > best[0]):
                    best = hit
        if best is not None:
            return embedded._from_chain("next-flight", best[1], best[2])
    data = embedded.next_data(page)
    if data is not None:
        hit = embedded._walk(data, {})
        if hit is not None:
            return embedded._from_chain("next-data", hit[1], hit[2])
    for blob in embedded.json_scripts(page):
        hit = embedded._walk(blob, {})
        if hit is not None:
            return embedded._from_chain("json", hit[1], hit[2])
    return None


_BODY = "정부가 내년도 예산안을 발표했다. " * 8


@given(
    st.booleans(),
    st.lists(
        st.sampled_from(
            [
                '<script id="__NEXT_DATA__" type="application/json">'
                f'{{"props": {{"articleBody": "{_BODY}"}}}}</script>',
                f'<script id="__next_data__">{{"props": {{"content": "{_BODY}x"}}}}</script>',
                '<script id="__NEXT_DATA__">{"props": {"title": "없음"}}</script>',
                f'<script type="application/json">{{"article": {{"body": "{_BODY}y", "title": "제목"}}}}</script>',
                '<script type="Application/JSON">{broken</script>',
                '<script type="application/json">{"a": 1}</script>',
                f'<div id="__NEXT_DATA__">{_BODY}</div>',
            ]
        ),
        max_size=4,
    ),
)
def test_find_article_reads_the_json_scripts_as_before(quirks: bool, scripts: list[str]) -> None:
    html = ("" if quirks else "<!DOCTYPE html>") + "<html><body>" + "".join(scripts) + "</body></html>"
    assert embedded.find_article(Page(html)) == _old_find_article(Page(html))


def _old_fusion_content(page: Page) -> dict[str, Any] | None:
    """embedded.fusion_content before the `in` test per script (verbatim)."""
    if "Fusion.globalContent" not in page.html:
        return None
    for script in page.scripts():
        m = embedded._FUSION.search(script)
        if m:
            value = embedded._raw_decode(script, m.end())
            if isinstance(value, dict):
                return value
    return None


def _old_flight_rows(page: Page) -> dict[str, Any]:
    """embedded.flight_rows before the `in` test per script (verbatim)."""
    if "__next_f" not in page.html:
        return {}
    chunks: list[str] = []
    for script in page.scripts():
        pos = 0
        while True:
            m = embedded._NEXT_PUSH.search(script, pos)
            if not m:
                break
            value = embedded._raw_decode(script, m.end())
            if isinstance(value, str):
                chunks.append(value)
            pos = m.end()
    return embedded._parse_rows("".join(chunks))


@pytest.mark.parametrize("name,data", PAGES, ids=[n for n, _ in PAGES])
def test_fusion_and_flight_data_of_every_page(name: str, data: bytes) -> None:
    page = Page.from_input(data)
    assert embedded.fusion_content(page) == _old_fusion_content(page)
    assert embedded.flight_rows(page) == _old_flight_rows(page)


_SCRIPT_TEXTS = st.lists(
    st.sampled_from(
        [
            'Fusion.globalContent = {"headlines": {"basic": "제목"}, "n": 1};',
            "Fusion.globalContent;",
            'Fusion.globalContent=["list"];',
            'window.Fusion=1; Fusion.globalContent\n=\n{"n": 2}',
            'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])',
            'self.__next_f.push( [ 1 , "1:T5,가나다라마"])',
            'self.__next_f.push([2,"x"])',
            "self.__next_f.push(",
            "__next_f",
            "self.__next_f .push([1,\"2:[]\\n\"])",
            "var x = 1;",
        ]
    ),
    max_size=5,
)


@given(st.lists(_SCRIPT_TEXTS.map(" ".join), max_size=4))
def test_fusion_and_flight_data_of_scripts(scripts: list[str]) -> None:
    body = "".join(f"<script>{s}</script>" for s in scripts)
    html = "<html><body>" + body + "<p>Fusion.globalContent</p></body></html>"
    page = Page(html)
    assert embedded.fusion_content(page) == _old_fusion_content(page)
    assert embedded.flight_rows(page) == _old_flight_rows(page)


class _Hang(Exception):
    pass


def _within_seconds(seconds: int, func: Any, *args: Any) -> Any:
    """``func(*args)``, failing the test when it has not returned after ``seconds`` (a loop that never
    ends; not a speed limit: the calls here take microseconds)."""
    import signal

    def stop(*_: object) -> None:
        raise _Hang

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return func(*args)
    except _Hang:
        pytest.fail(f"{func.__name__}{args!r} did not end")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_two_damaged_text_rows_end() -> None:
    """Two T rows whose byte lengths are shorter than their text: the resync after the first found the
    second's own start behind it and read it again forever (a Next.js page that never finished)."""
    stream = "1:T5,가나다라마" * 2
    assert _within_seconds(5, embedded._parse_rows, stream) == {"1": "가"}
    page = Page("<script>" + 'self.__next_f.push([1,"1:T5,가나다라마"])' * 2 + "</script>")
    assert _within_seconds(5, embedded.flight_rows, page) == {"1": "가"}


_ROW_PIECES = st.sampled_from(
    ["1:T5,", "2:T1,", "a:T0,", "3:", '{"a":1}', "가나다", "x", "\n", ",", "T", "1:T,", "b:[1]"]
)


@given(st.lists(_ROW_PIECES, max_size=24).map("".join))
def test_flight_rows_always_end(stream: str) -> None:
    rows = _within_seconds(5, embedded._parse_rows, stream)
    assert all(isinstance(k, str) for k in rows)


@given(
    st.lists(
        st.sampled_from(
            ["__next_f", "self.__next_f.push(", 'self.__next_f.push([1,"0:[1]\\n"])', "self.__next_f.pu\r\nsh(", "x"]
        ),
        max_size=4,
    ),
    st.booleans(),
)
def test_flight_rows_gate_on_the_push_literal(parts: list[str], in_script: bool) -> None:
    """The page is asked for the literal every push holds instead of ``__next_f``: the same rows."""
    text = " ".join(parts)
    html = f"<script>{text}</script>" if in_script else f"<p>{text}</p><script>var a;</script>"
    page = Page(html)
    assert embedded.flight_rows(page) == _old_flight_rows(page)

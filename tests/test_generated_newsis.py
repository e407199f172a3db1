"""Generated Newsis pages extract to exactly the generated article, boilerplate anywhere (inside the
body container too); recognised without URL; rendered to text, they read the same in text mode."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews
from kornews.dom import render_text
from kornews.page import Page

from .pages import newsis


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsis.pages())
def test_generated_newsis_page_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsis.pages())
def test_generated_newsis_page_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert got.extractor == "newsis"
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsis.pages(inner_boilerplate=False))
def test_generated_newsis_page_text_mode_agrees(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    body = Page.from_input(data).tree.body
    assert body is not None
    got = kornews.extract_text(render_text(body))
    assert isinstance(got, kornews.Article)
    assert got.extractor == "newsis"
    assert (got.title, got.subtitles, got.reporters, got.dateline, got.body, got.copyright) == (
        expected.title,
        expected.subtitles,
        expected.reporters,
        expected.dateline,
        expected.body,
        expected.copyright,
    )
    assert (got.published, got.modified) == (expected.published, expected.modified)
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]

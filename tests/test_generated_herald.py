"""Generated Herald Economy pages extract to exactly the generated article, boilerplate anywhere;
rendered to text, they give the same title, reporters and body in text mode."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews
from kornews.dom import render_text
from kornews.page import Page

from .pages import herald


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(herald.pages())
def test_generated_herald_page_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(herald.pages())
def test_generated_herald_page_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert got.extractor == "herald"
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(herald.pages(text_safe=True))
def test_generated_herald_page_text_mode_agrees(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    body = Page.from_input(data).tree.body
    assert body is not None
    got = kornews.extract_text(render_text(body), url=url)
    assert isinstance(got, kornews.Article)
    assert (got.title, got.reporters, got.subtitles, got.body, got.dateline) == (
        expected.title,
        expected.reporters,
        expected.subtitles,
        expected.body,
        expected.dateline,
    )
    assert got.published == expected.published
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]

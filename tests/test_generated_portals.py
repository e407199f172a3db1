"""Generated Daum and Naver copies — press chosen at random among kornews' outlets and other presses —
extract to exactly the generated article, portal chrome and the press's own tails anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews
from kornews.dom import render_text
from kornews.page import Page
from kornews.testing.pages import daum, naver

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(daum.pages())
def test_generated_daum_copy_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(daum.pages())
def test_generated_daum_copy_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert (got.extractor, got.portal, got.outlet, got.publisher) == (
        "daum",
        "daum",
        expected.outlet,
        expected.publisher,
    )
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(daum.pages(text_safe=True))
def test_generated_daum_copy_text_mode_agrees_with_html(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    page = Page.from_input(data)
    assert page.tree.body is not None
    got = kornews.extract_text(render_text(page.tree.body))
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.portal, got.outlet, got.publisher) == (
        "daum",
        "daum",
        expected.outlet,
        expected.publisher,
    )
    assert got.title == expected.title and got.subtitles == expected.subtitles
    assert got.body == expected.body and got.reporters == expected.reporters and got.dateline == expected.dateline
    assert got.copyright == expected.copyright
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]
    assert got.published == expected.published and got.modified == expected.modified


@SETTINGS
@given(naver.pages())
def test_generated_naver_copy_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(naver.pages())
def test_generated_naver_copy_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert (got.extractor, got.portal, got.outlet, got.publisher) == (
        "naver",
        "naver",
        expected.outlet,
        expected.publisher,
    )
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(naver.pages(text_safe=True))
def test_generated_naver_copy_text_mode_agrees_with_html(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    page = Page.from_input(data)
    assert page.tree.body is not None
    got = kornews.extract_text(render_text(page.tree.body))
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.portal, got.outlet, got.publisher) == (
        "naver",
        "naver",
        expected.outlet,
        expected.publisher,
    )
    assert got.title == expected.title and got.subtitles == expected.subtitles
    assert got.body == expected.body and got.reporters == expected.reporters and got.dateline == expected.dateline
    assert got.copyright == expected.copyright
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]
    # the rendered header shows minutes only
    assert expected.published is not None and got.published == expected.published.replace(second=0)
    assert got.modified == (expected.modified.replace(second=0) if expected.modified else None)

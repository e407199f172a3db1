"""Generated Daum and Naver copies — press chosen at random among kornews' outlets and other presses —
extract to exactly the generated article, portal chrome and the press's own tails anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews
from kornews.dom import render_text
from kornews.page import Page

from .pages import daum, naver

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def same_copy(got: kornews.Article, expected: kornews.Article, portal: str) -> None:
    """The portal, origin outlet, press, title, reporters and body of a generated copy."""
    assert (got.extractor, got.portal, got.outlet, got.publisher) == (
        portal,
        portal,
        expected.outlet,
        expected.publisher,
    )
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


def read_as_text(data: bytes) -> kornews.Article:
    """The page rendered to text, read in text mode."""
    page = Page.from_input(data)
    assert page.tree.body is not None
    got = kornews.extract_text(render_text(page.tree.body))
    assert isinstance(got, kornews.Article)
    return got


def same_text_reading(got: kornews.Article, expected: kornews.Article, portal: str) -> None:
    """Text mode gives every field the rendering shows (dates are checked by each test)."""
    same_copy(got, expected, portal)
    assert got.subtitles == expected.subtitles and got.dateline == expected.dateline
    assert got.copyright == expected.copyright
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]


@SETTINGS
@given(daum.pages())
def test_generated_daum_copy_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(daum.pages())
def test_generated_daum_copy_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    same_copy(kornews.extract(data), expected, "daum")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(daum.pages(text_safe=True))
def test_generated_daum_copy_text_mode_agrees_with_html(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = read_as_text(data)
    same_text_reading(got, expected, "daum")
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
    same_copy(kornews.extract(data), expected, "naver")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(naver.pages(text_safe=True))
def test_generated_naver_copy_text_mode_agrees_with_html(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = read_as_text(data)
    same_text_reading(got, expected, "naver")
    # the rendered header shows minutes only
    assert expected.published is not None and got.published == expected.published.replace(second=0)
    assert got.modified == (expected.modified.replace(second=0) if expected.modified else None)

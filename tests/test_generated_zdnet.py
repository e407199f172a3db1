"""Generated ZDNet Korea pages: articles and listings extract to exactly what was generated,
boilerplate anywhere; HTML mode and text mode agree on the same page."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, assume, given, settings

import kornews
from kornews.dom import render_text
from kornews.page import Page

from .pages import zdnet

SLOW = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


def _text(data: bytes) -> str:
    body = Page.from_input(data).tree.body
    assert body is not None
    return render_text(body)


@settings(max_examples=60, **SLOW)  # type: ignore[arg-type]
@given(zdnet.pages())
def test_generated_zdnet_page_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, **SLOW)  # type: ignore[arg-type]
@given(zdnet.pages())
def test_generated_zdnet_page_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    assert kornews.extract(data) == attrs.evolve(expected, url=expected.canonical_url)


@settings(max_examples=40, **SLOW)  # type: ignore[arg-type]
@given(zdnet.pages(text_safe=True))
def test_generated_zdnet_page_html_and_text_mode_agree(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract_text(_text(data))
    assert isinstance(got, kornews.Article) and got.extractor == "zdnet"
    assert (got.title, got.subtitles, got.body) == (expected.title, expected.subtitles, expected.body)
    assert got.reporters == expected.reporters
    assert (got.published, got.modified) == (expected.published, expected.modified)
    assert [(i.caption, i.credit) for i in got.images] == [(i.caption, i.credit) for i in expected.images]


@settings(max_examples=60, **SLOW)  # type: ignore[arg-type]
@given(zdnet.listings())
def test_generated_zdnet_listing_extracts_exactly(case: tuple[bytes, str, kornews.Listing]) -> None:
    data, url, expected = case
    assert kornews.extract_listing(data, url=url) == expected
    assert kornews.extract_listing(data) == attrs.evolve(expected, url=None)


@settings(max_examples=30, **SLOW)  # type: ignore[arg-type]
@given(zdnet.listings())
def test_generated_zdnet_listing_is_not_an_article(case: tuple[bytes, str, kornews.Listing]) -> None:
    data, _url, expected = case
    assume(expected.items or expected.query is not None)
    try:
        kornews.extract(data)
    except kornews.NotAnArticle as exc:
        assert "kornews.extract_listing" in str(exc)
    else:  # pragma: no cover - the assertion below reports it
        raise AssertionError("extract() on a listing page did not raise NotAnArticle")


@settings(max_examples=40, **SLOW)  # type: ignore[arg-type]
@given(zdnet.listings(text_safe=True))
def test_generated_zdnet_listing_html_and_text_mode_agree(case: tuple[bytes, str, kornews.Listing]) -> None:
    data, _url, expected = case
    assume(expected.items or expected.query is not None)
    got = kornews.extract_text(_text(data))
    assert got == attrs.evolve(expected, url=None, items=tuple(attrs.evolve(i, url=None) for i in expected.items))

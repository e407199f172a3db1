"""Generated Newspim pages extract to exactly the generated article, boilerplate anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews

from .pages import newspim


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newspim.pages())
def test_generated_newspim_page_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newspim.pages())
def test_generated_newspim_page_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert got.extractor == "newspim"
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters

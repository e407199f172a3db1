"""Generated Chosun pages (Arc JSON + DOM, JSON in an empty shell, DOM only, legacy UTF-8/EUC-KR)
extract to exactly the generated article, boilerplate anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import kornews

from .pages import chosun


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosun.pages())
def test_generated_chosun_page_extracts_exactly(case: tuple[bytes, str, kornews.Article]) -> None:
    data, url, expected = case
    assert kornews.extract(data, url=url) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosun.pages())
def test_generated_chosun_page_recognised_without_url(case: tuple[bytes, str, kornews.Article]) -> None:
    data, _url, expected = case
    got = kornews.extract(data)
    assert got.extractor == "chosun"
    assert got.body == expected.body and got.title == expected.title and got.reporters == expected.reporters


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosun.arc_pair())
def test_generated_arc_json_and_dom_agree(case: tuple[bytes, bytes, str]) -> None:
    """The same story read from Fusion.globalContent and from the rendered DOM: the same article
    (but the layout name, and the reporter's e-mail that only the JSON carries)."""
    with_script, without, url = case
    a = kornews.extract(with_script, url=url)
    b = kornews.extract(without, url=url)
    assert (a.layout, b.layout) == ("arc", "arc-dom")
    strip = {"layout": None, "reporters": [{**r, "email": None} for r in a.to_dict()["reporters"]]}
    assert {**a.to_dict(), **strip} == {**b.to_dict(), **strip}

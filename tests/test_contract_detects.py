"""The contract suite can fail: each property catches a deliberately broken extractor."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

from kornews import registry
from kornews.article import Article
from kornews.base import HtmlExtractor, Layout, patterns
from kornews.page import Page
from kornews.testing.contract import ExtractorContract, reencode, with_charset
from kornews.testing.fixtures import Case

STORY = Path(__file__).resolve().parent / "plugin_example" / "fixtures" / "exampleilbo" / "story.html"
PAGE = STORY.read_bytes()
SOURCE = {"input": STORY.name, "url": "https://www.brokenilbo.kr/news/202507220001", "boilerplate": ["스마트 교통"]}
CASE = Case(STORY.with_name("broken.json"), {"_source": SOURCE, "title": "다른 제목"})


class Broken(HtmlExtractor):
    id = "brokenilbo"
    name = "고장일보"
    domains = ("brokenilbo.kr",)
    article_urls = patterns(r"https?://www\.brokenilbo\.kr/news/\d+", r"https?://www\.newspim\.com/news/view/")
    example_urls = ("https://www.brokenilbo.kr/news/202507220001",)
    non_article_urls = ("https://www.brokenilbo.kr/news/1",)
    layouts = (Layout(name="x", match=("article.story",), title=("h1",), body=("div.story-body",)),)
    mode = ""

    def extract(self, page: Page) -> Article:
        article = super().extract(page)
        if self.mode == "index" and "</html>" not in page.html:
            raise IndexError("bug on truncated pages")
        if self.mode == "naive":
            return attrs.evolve(article, published=datetime(2025, 7, 22, 14, 0))
        if self.mode == "charset":
            return attrs.evolve(article, section="euc" if "euc-kr" in page.html else "utf")
        return article


def _contract(mode: str) -> Any:
    cls = type(f"Broken_{mode}", (Broken,), {"mode": mode})
    contract = type("C", (ExtractorContract,), {"extractor": cls, "fixtures": (), "expected_outputs": True})
    contract.cases = classmethod(lambda c: [CASE])  # type: ignore[method-assign]
    contract.article_cases = classmethod(lambda c: [CASE])  # type: ignore[method-assign]
    return cls, contract()


@pytest.fixture
def broken(request: pytest.FixtureRequest) -> Any:
    cls, contract = _contract(request.param)
    registry.register(cls)
    yield contract
    registry.unregister(cls)


@pytest.mark.parametrize("broken", ["index"], indirect=True)
def test_robustness_catches_a_non_kornews_error(broken: Any) -> None:
    broken.run_bounded(CASE, PAGE)  # the whole page is fine
    with pytest.raises(IndexError):
        broken.run_bounded(CASE, PAGE[: len(PAGE) // 2])


@pytest.mark.parametrize("broken", ["naive"], indirect=True)
def test_timezone_property_catches_naive_dates(broken: Any) -> None:
    with pytest.raises(AssertionError):
        broken.test_dates_are_timezone_aware()


@pytest.mark.parametrize("broken", ["charset"], indirect=True)
def test_encoding_property_catches_charset_dependence(broken: Any) -> None:
    with pytest.raises(AssertionError):
        broken.test_encoding_invariance()


@pytest.mark.parametrize("broken", ["ok"], indirect=True)
def test_boilerplate_and_url_properties_fail_when_they_should(broken: Any) -> None:
    with pytest.raises(AssertionError):  # "스마트 교통" is in the body
        broken.test_no_boilerplate_in_body()
    with pytest.raises(AssertionError):  # the pattern also claims Newspim's URLs: not an issue for its own example
        broken.test_non_article_urls_not_claimed()
    with pytest.raises(AssertionError):  # the case expects another title
        broken.test_expected_output()


def test_with_charset_rewrites_or_inserts_the_declaration() -> None:
    assert (
        with_charset(b'<html><head><meta charset="utf-8"></head>', "euc-kr")
        == b'<html><head><meta charset="euc-kr"></head>'
    )
    assert with_charset(b"<html><head><title>t</title>", "euc-kr").startswith(b'<html><head><meta charset="euc-kr">')
    data = reencode('<html><head><meta charset="utf-8"></head><body>한국 😀</body></html>', "euc-kr")
    assert b"euc-kr" in data and "한국".encode("cp949") in data and b"&#128512;" in data

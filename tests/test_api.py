"""Public API: decoding, errors, robustness (only KornewsError escapes), registry claims."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import registry
from kornews.page import decode

from .fixtures import cases

HTML_CASES = [c for c in cases() if c.kind == "article"]


def test_public_api_is_small() -> None:
    assert {"extract", "extract_listing", "extract_text", "supported", "Article", "KornewsError"} <= set(
        kornews.__all__
    )


@pytest.mark.parametrize(
    ("data", "content_type", "text"),
    [
        ("<p>한글 기사</p>".encode(), None, "<p>한글 기사</p>"),
        (b"\xef\xbb\xbf" + "한글".encode(), None, "한글"),
        ("<meta charset=euc-kr>한글 똠방각하".encode("cp949"), None, "<meta charset=euc-kr>한글 똠방각하"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">한글'.encode("cp949"),
            None,
            '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">한글',
        ),
        ("한글 본문입니다".encode("cp949"), None, "한글 본문입니다"),
        ("한글 본문입니다".encode("cp949"), "text/html; charset=EUC-KR", "한글 본문입니다"),
        ("<meta charset=euc-kr>한글".encode(), None, "<meta charset=euc-kr>한글"),  # mislabelled: UTF-8 wins
    ],
)
def test_decode_order(data: bytes, content_type: str | None, text: str) -> None:
    assert decode(data, content_type) == text


@pytest.mark.parametrize("case", HTML_CASES, ids=[c.id for c in HTML_CASES])
def test_encodings_give_identical_articles(case) -> None:  # type: ignore[no-untyped-def]
    """UTF-8, EUC-KR (as CP949, meta re-declared), UTF-8 with BOM and str input: the same Article."""
    url = case.source.get("url")
    base = kornews.extract(case.input_bytes(), url=url)
    text = decode(case.input_bytes())
    import re

    utf8 = re.sub(r"(<meta[^>]*charset\s*=\s*[\"']?)[-\w]+", r"\1utf-8", text, count=1, flags=re.I)
    euckr = re.sub(r"(<meta[^>]*charset\s*=\s*[\"']?)[-\w]+", r"\1euc-kr", text, count=1, flags=re.I)
    variants = [
        utf8.encode("utf-8"),
        b"\xef\xbb\xbf" + utf8.encode("utf-8"),
        euckr.encode("cp949", errors="xmlcharrefreplace"),
    ]
    for data in variants:
        assert kornews.extract(data, url=url) == base
    assert kornews.extract(text, url=url) == base


PAGES = [c.input_bytes() for c in HTML_CASES]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_raise_only_kornews_errors(data: bytes) -> None:
    try:
        kornews.extract(data)
    except kornews.KornewsError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(PAGES))) if PAGES else st.nothing(), st.floats(0, 1), st.sampled_from([None, "url"]))
def test_truncated_pages_give_article_or_kornews_error(index: int, frac: float, with_url: str | None) -> None:
    case = HTML_CASES[index]
    data = PAGES[index][: int(len(PAGES[index]) * frac)]
    try:
        article = kornews.extract(data, url=case.source.get("url") if with_url else None)
    except kornews.KornewsError:
        return
    assert article.title and article.body


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(PAGES))) if PAGES else st.nothing(), st.data())
def test_mutated_pages_give_article_or_kornews_error(index: int, data: st.DataObject) -> None:
    """Delete, duplicate or move random byte ranges (which breaks tags, nesting and encodings)."""
    page = bytearray(PAGES[index])
    for _ in range(data.draw(st.integers(1, 5))):
        if not page:
            break
        a = data.draw(st.integers(0, len(page) - 1))
        b = data.draw(st.integers(a, min(len(page), a + 2000)))
        op = data.draw(st.sampled_from(["delete", "duplicate", "garbage"]))
        if op == "delete":
            del page[a:b]
        elif op == "duplicate":
            page[b:b] = page[a:b]
        else:
            page[a:b] = data.draw(st.binary(max_size=50))
    try:
        article = kornews.extract(bytes(page), url=HTML_CASES[index].source.get("url"))
    except kornews.KornewsError:
        return
    assert article.title and article.body


def test_deeply_nested_page_is_handled() -> None:
    page = "<html><body>" + "<div>" * 5000 + "가나다" + "</div>" * 5000 + "</body></html>"
    try:
        kornews.extract(page, url="https://www.newspim.com/news/view/202503040000147")
    except kornews.KornewsError:
        pass


def test_unknown_page_is_unsupported_or_generic() -> None:
    with pytest.raises(kornews.KornewsError):
        kornews.extract(b"<html><body><p>hello</p></body></html>")


def test_wrong_input_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        kornews.extract(12345)  # type: ignore[arg-type]


def test_unknown_outlet_name() -> None:
    with pytest.raises(kornews.UnsupportedPage):
        kornews.extract(b"<html></html>", outlet="no-such-outlet")


def test_missing_field_names_field_outlet_and_url() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="뉴스핌"></head><body>'
        '<h2 id="main-title">제목</h2><div id="news-contents"></div></body></html>'
    )
    url = "https://www.newspim.com/news/view/202503040000147"
    with pytest.raises(kornews.MissingField) as info:
        kornews.extract(page, url=url)
    assert info.value.field == "body" and info.value.outlet == "newspim" and info.value.url == url
    assert "body" in str(info.value) and url in str(info.value)


def test_every_example_url_is_claimed_by_its_extractor_only() -> None:
    exts = registry.extractors()
    for ext in exts:
        for url in ext.example_urls:
            claimants = [e.id for e in exts if e.claims(url)]
            assert claimants == [ext.id], (url, claimants)
        for url in ext.non_article_urls:
            claimants = [e.id for e in exts if e.claims(url)]
            assert claimants == [], (url, claimants)


def test_extractor_ids_are_unique_and_named() -> None:
    ids = [e.id for e in registry.extractors()]
    assert len(ids) == len(set(ids))
    for ext in registry.extractors():
        assert ext.id.isascii() and ext.id == ext.id.lower() and ext.name
        assert ext.kind in ("outlet", "portal")
        assert ext.example_urls, f"{ext.id} declares no example URLs"


def test_outlets_listing() -> None:
    listed = {o["id"] for o in kornews.supported()}
    assert "newspim" in listed

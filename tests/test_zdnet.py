"""ZDNet Korea: URL claims, both date-line forms, listing robustness, NotAnArticle, text mode."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import attrs
import pytest

import kornews
from kornews import registry
from kornews.dom import render_text
from kornews.korean import KST
from kornews.outlets.zdnet import ZDNetKorea
from kornews.page import Page
from kornews.text import bulleted, normalize_lines

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "zdnet"
SEARCH = (FIX / "search-baegyeonghun.html").read_bytes()
SEARCH_URL = "https://zdnet.co.kr/search/?kwd=%EB%B0%B0%EA%B2%BD%ED%9B%88"
SEED = (FIX / "seed-003.txt").read_text(encoding="utf-8")
ARTICLES = ("article-20250627115300.html", "article-2021-form.html", "article-euckr.html")


# -- URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ZDNetKorea.example_urls)
def test_example_urls_are_claimed_by_zdnet_only(url: str) -> None:
    assert [e.id for e in registry.extractors() if e.claims(url)] == ["zdnet"]
    assert not ZDNetKorea.claims_listing(url)


@pytest.mark.parametrize("url", ZDNetKorea.non_article_urls)
def test_non_article_urls_are_not_claimed(url: str) -> None:
    assert [e.id for e in registry.extractors() if e.claims(url)] == []


@pytest.mark.parametrize(
    "url",
    [
        SEARCH_URL,
        "https://www.zdnet.co.kr/search/?kwd=AI&page=2",
        "https://zdnet.co.kr/news/?lstcode=0020&page=1",
        "https://m.zdnet.co.kr/newskey/?lstcode=%EB%B0%B0%ED%84%B0%EB%A6%AC",
    ],
)
def test_listing_urls_are_listings_not_articles(url: str) -> None:
    assert ZDNetKorea.claims_listing(url)
    assert registry.for_listing_url(url) is not None and registry.for_listing_url(url).id == "zdnet"  # type: ignore[union-attr]
    assert registry.for_url(url) is None


def test_article_url_needs_the_fourteen_digit_number() -> None:
    assert ZDNetKorea.claims("https://zdnet.co.kr/view/?no=20250627115300")
    assert not ZDNetKorea.claims("https://zdnet.co.kr/view/?no=202506271153")
    assert not ZDNetKorea.claims("https://zdnet.co.kr/view/?no=202506271153001")
    assert not ZDNetKorea.claims("https://zdnet.co.kr.evil.com/view/?no=20250627115300")


# -- article pages -------------------------------------------------------------------------------


def _article(meta_line: str, extra_head: str = "", reporter: str = "<strong>홍길동 기자</strong>") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><link rel="canonical" href="https://zdnet.co.kr/view/?no=20260604094412">'
        f"{extra_head}</head><body>"
        '<div class="news_head"><h1>제목 줄</h1><p class="summary">부제 한 줄<br>부제 두 줄</p>'
        f'<p class="meta">{meta_line}</p></div>'
        '<div id="articleBody" class="view_cont" itemprop="articleBody"><div class="view_ad">광고</div>'
        '<div id="content-20260604094412"><p>첫 문단은 이렇게 시작했다.</p><p class="tit">관련기사</p>'
        '<div class="news_box connect"><ul><li><a href="/view/?no=20260601000000">다른 기사 제목</a></li></ul></div>'
        '<div class="mt_bn_box"><a href="#">배너 문구</a></div><p>둘째 문단도 있다고 밝혔다.</p>'
        '<div class="iwmads">애드 문구</div></div></div>'
        f'<div class="reporter_info">{reporter}</div></body></html>'
    ).encode()


@pytest.mark.parametrize(
    ("line", "pub_raw", "mod_raw"),
    [
        ("<span>입력 :2026/06/04 09:44 수정: 2026/06/04 09:54</span>", "2026/06/04 09:44", "2026/06/04 09:54"),
        ("<span>입력:2021/03/02 10:05 -- 수정:2021/03/02 11:40</span>", "2021/03/02 10:05", "2021/03/02 11:40"),
        (
            "<span>입력 :2026/06/04 09:44</span> <span>수정: 2026/06/04 09:54</span>",
            "2026/06/04 09:44",
            "2026/06/04 09:54",
        ),
        ("입력 :2026/06/04 09:44", "2026/06/04 09:44", None),
    ],
)
def test_both_date_forms_give_published_and_modified(line: str, pub_raw: str, mod_raw: str | None) -> None:
    art = kornews.extract(_article(line))
    assert art.extractor == "zdnet" and art.layout == "view"
    assert art.published_raw == pub_raw and art.modified_raw == mod_raw
    y, mo, d, h, mi = map(int, re.findall(r"\d+", pub_raw))
    assert art.published == datetime(y, mo, d, h, mi, tzinfo=KST)
    if mod_raw:
        y, mo, d, h, mi = map(int, re.findall(r"\d+", mod_raw))
        assert art.modified == datetime(y, mo, d, h, mi, tzinfo=KST)
    else:
        assert art.modified is None


def test_article_fields_and_dropped_boxes() -> None:
    art = kornews.extract(_article("<span>입력 :2026/06/04 09:44 수정: 2026/06/04 09:54</span>"))
    assert art.title == "제목 줄"
    assert art.subtitles == ("부제 한 줄", "부제 두 줄")
    assert art.body == ("첫 문단은 이렇게 시작했다.", "둘째 문단도 있다고 밝혔다.")
    assert [(r.name, r.role) for r in art.reporters] == [("홍길동", "기자")]


def test_published_time_meta_wins_and_keeps_the_offset() -> None:
    head = '<meta property="article:published_time" content="2026-06-04T09:44:12+09:00">'
    art = kornews.extract(_article("<span>입력 :2026/06/04 09:44 수정: 2026/06/04 09:54</span>", head))
    assert art.published == datetime(2026, 6, 4, 9, 44, 12, tzinfo=KST)
    assert art.modified == datetime(2026, 6, 4, 9, 54, tzinfo=KST)


def test_dd_author_and_mailto_email() -> None:
    head = '<meta property="dd:author" content="홍길동 기자">'
    reporter = '<strong>홍길동 기자</strong><a href="mailto:hong@zdnet.co.kr">hong@zdnet.co.kr</a>'
    art = kornews.extract(_article("<span>입력 :2026/06/04 09:44</span>", head, reporter))
    assert [r.to_dict() for r in art.reporters] == [{"name": "홍길동", "role": "기자", "email": "hong@zdnet.co.kr"}]
    bare = kornews.extract(
        _article("<span>입력 :2026/06/04 09:44</span>", '<meta property="dd:author" content="김철수">', "")
    )
    assert [(r.name, r.role) for r in bare.reporters] == [("김철수", None)]


@pytest.mark.parametrize("name", ARTICLES)
def test_article_rendered_to_text_gives_the_same_article(name: str) -> None:
    data = (FIX / name).read_bytes()
    html_mode = kornews.extract(data)
    text = render_text(Page.from_input(data).tree.body)  # type: ignore[arg-type]
    text_mode = kornews.extract_text(text)
    assert isinstance(text_mode, kornews.Article)
    assert text_mode.extractor == "zdnet" and text_mode.layout == "text"
    for field in ("title", "subtitles", "reporters", "published", "modified", "body", "images"):
        assert getattr(text_mode, field) == getattr(html_mode, field), field


TEXT_ARTICLE = """뉴스
  • 최신뉴스
  • 인터넷
포토•영상
제목 줄
부제 한 줄
입력:2021/03/02 10:05 -- 수정:2021/03/02 11:40
첫 문단은 이렇게 시작했다.
관련기사
  • 다른 기사 제목
  • 또 다른 기사 제목
소통, 또 소통
둘째 문단도 있다고 밝혔다.
홍길동 기자
지금 뜨는 기사
이시각 헤드라인
헤드라인 제목
COPYRIGHT © ZDNETKOREA ALL RIGHTS RESERVED.
"""


def test_text_mode_article_with_deck_and_related_list_mid_body() -> None:
    art = kornews.extract_text(TEXT_ARTICLE)
    assert isinstance(art, kornews.Article) and art.extractor == "zdnet"
    assert art.title == "제목 줄" and art.subtitles == ("부제 한 줄",)
    assert art.body == ("첫 문단은 이렇게 시작했다.", "소통, 또 소통", "둘째 문단도 있다고 밝혔다.")
    assert [(r.name, r.role) for r in art.reporters] == [("홍길동", "기자")]
    assert art.published == datetime(2021, 3, 2, 10, 5, tzinfo=KST)
    assert art.modified == datetime(2021, 3, 2, 11, 40, tzinfo=KST)
    assert art.copyright is None


def test_text_mode_article_without_site_menu_takes_the_line_before_the_date_as_title() -> None:
    text = TEXT_ARTICLE.split("포토•영상\n", 1)[1]
    art = kornews.extract_text("머리글 한 줄\n" + text.replace("부제 한 줄\n", ""), outlet="zdnet")
    assert isinstance(art, kornews.Article)
    assert art.title == "제목 줄" and art.subtitles == ()
    with pytest.raises(kornews.MissingField):
        kornews.extract_text("입력 :2026/06/04 09:44\n본문이다.", outlet="zdnet")


def test_reporter_info_mailto_email_is_attached_to_the_named_reporter() -> None:
    reporter = '<strong>홍길동 기자</strong> <a href="mailto:Hong@ZDNet.co.kr">Hong@ZDNet.co.kr</a>'
    art = kornews.extract(_article("<span>입력 :2026/06/04 09:44</span>", reporter=reporter))
    assert [r.to_dict() for r in art.reporters] == [{"name": "홍길동", "role": "기자", "email": "hong@zdnet.co.kr"}]


def test_text_mode_related_list_without_bullets_ends_at_a_sentence() -> None:
    text = TEXT_ARTICLE.replace("  • ", "").replace("소통, 또 소통\n", "")
    art = kornews.extract_text(text, outlet="zdnet")
    assert isinstance(art, kornews.Article)
    assert art.body == ("첫 문단은 이렇게 시작했다.", "둘째 문단도 있다고 밝혔다.")


# -- listing pages -------------------------------------------------------------------------------


def test_search_page_items() -> None:
    listing = kornews.extract_listing(SEARCH, url=SEARCH_URL)
    assert (listing.extractor, listing.query, listing.total, len(listing.items)) == ("zdnet", "배경훈", 113, 13)
    first = listing.items[0]
    assert first.url == "https://zdnet.co.kr/view/?no=20250627115300"
    assert first.published == datetime(2025, 6, 27, 11, 53, tzinfo=KST) and first.published_raw == "2025.06.27 11:53"
    assert [r.to_dict() for r in first.reporters] == [{"name": "장유미", "role": "기자", "email": None}]
    assert all(i.url and i.url.startswith("https://zdnet.co.kr/view/?no=") for i in listing.items)
    titles = {i.title for i in listing.items}
    for line in (
        "삼성, 엔비디아향 HBM4 양산검증 목전…1c D램 대량 할당",
        "지금 뜨는 기사",
        "이시각 헤드라인",
        "Prev 1 2 3 4 5 6 Next",
    ):
        assert line in SEED and line not in titles


def test_search_page_without_url_is_the_same_listing() -> None:
    with_url = kornews.extract_listing(SEARCH, url=SEARCH_URL)
    without = kornews.extract_listing(SEARCH)
    assert attrs.evolve(without, url=SEARCH_URL) == with_url


def test_search_page_read_by_shape_without_newspost_class() -> None:
    """The search markup is unconfirmed: results without ``div.newsPost`` are read by their shape."""
    html = SEARCH.decode("utf-8")
    variant = html.replace('class="newsPost"', 'class="result_item"').replace('class="assetText"', 'class="txt"')
    assert 'class="newsPost"' not in variant
    assert kornews.extract_listing(variant.encode(), url=SEARCH_URL) == kornews.extract_listing(SEARCH, url=SEARCH_URL)


def test_sidebar_results_with_dates_are_never_items() -> None:
    html = SEARCH.decode("utf-8")
    box = (
        '<div class="right_box"><h3 class="box_tit">많이 본 뉴스</h3><div class="newsPost"><div class="assetText">'
        '<a href="/view/?no=20260101000000"><h3>사이드바 기사 제목</h3></a><p>사이드바 요약 문장이다.</p>'
        '<p class="byline"><span>2026.01.01 AM 09:00</span></p></div></div></div>'
    )
    variant = html.replace('<div class="right_cont">', '<div class="right_cont">' + box, 1)
    listing = kornews.extract_listing(variant.encode(), url=SEARCH_URL)
    assert len(listing.items) == 13 and "사이드바 기사 제목" not in {i.title for i in listing.items}


def _zero_results(query: str = "없는검색어") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><meta property="og:site_name" content="지디넷코리아"></head><body>'
        '<div id="gnb"><h2><a href="/news/?lstcode=0000">뉴스</a></h2></div><div class="left_cont">'
        '<h2 class="blind_tit">ZDNet 검색 페이지</h2>'
        f"<p class=\"search_tit\"><strong>'{query}'</strong>통합검색 결과 입니다. <span>(0건)</span></p>"
        '<p class="no_data">검색 결과가 없습니다.</p></div><div class="right_cont"><div class="right_box">'
        '<h3>이시각 헤드라인</h3><div class="newsPost"><div class="assetText"><a href="/view/?no=20260101000000">'
        "<h3>헤드라인 제목</h3></a></div></div></div></div>"
        "<footer><ul><li>COPYRIGHT © ZDNETKOREA ALL RIGHTS RESERVED.</li></ul></footer></body></html>"
    ).encode()


def test_zero_results_page_is_an_empty_listing() -> None:
    listing = kornews.extract_listing(_zero_results(), url="https://zdnet.co.kr/search/?kwd=x")
    assert listing.items == () and listing.query == "없는검색어" and listing.total == 0
    text = render_text(Page.from_input(_zero_results()).tree.body)  # type: ignore[arg-type]
    as_text = kornews.extract_text(text)
    assert isinstance(as_text, kornews.Listing) and as_text.items == () and as_text.total == 0


def test_section_listing_with_am_pm_dates() -> None:
    posts = "".join(
        '<div class="newsPost"><div class="assetThumb">'
        f'<a href="https://zdnet.co.kr/view/?no=2026060409441{i}"><img src="x.jpg"></a></div>'
        f'<div class="assetText"><a href="https://zdnet.co.kr/view/?no=2026060409441{i}">'
        f'<h3>목록 기사 {i}번 제목</h3></a>'
        f'<p>목록 기사 {i}번의 요약 문장이다.</p><p class="byline">'
        f'<span>2026.06.04 {ampm} 0{i}:44</span><span>김기자 기자</span></p></div></div>'
        for i, ampm in ((1, "AM"), (2, "PM"))
    )
    page = f'<html><body><div class="news_list">{posts}</div><div class="paging"><a>1</a> <a>2</a></div></body></html>'
    listing = kornews.extract_listing(page, url="https://zdnet.co.kr/news/?lstcode=0020&page=1")
    assert listing.query is None and listing.total is None
    assert [i.published for i in listing.items] == [
        datetime(2026, 6, 4, 1, 44, tzinfo=KST),
        datetime(2026, 6, 4, 14, 44, tzinfo=KST),
    ]
    assert [i.excerpt for i in listing.items] == ["목록 기사 1번의 요약 문장이다.", "목록 기사 2번의 요약 문장이다."]
    assert [i.url for i in listing.items] == [
        "https://zdnet.co.kr/view/?no=20260604094411",
        "https://zdnet.co.kr/view/?no=20260604094412",
    ]


def test_extract_listing_refuses_an_article_page() -> None:
    with pytest.raises(kornews.NotAListing, match=r"kornews\.extract\(\)"):
        kornews.extract_listing((FIX / ARTICLES[0]).read_bytes(), outlet="zdnet")


# -- NotAnArticle --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [SEARCH_URL, None])
def test_extract_on_a_listing_raises_not_an_article(url: str | None) -> None:
    with pytest.raises(kornews.NotAnArticle, match=r"kornews\.extract_listing") as info:
        kornews.extract(SEARCH, url=url)
    assert info.value.outlet == "zdnet"


def test_extract_on_an_empty_search_page_raises_not_an_article() -> None:
    with pytest.raises(kornews.NotAnArticle, match=r"kornews\.extract_listing"):
        kornews.extract(_zero_results())


# -- text mode -----------------------------------------------------------------------------------


def test_seed_text_gives_the_html_listing_without_urls() -> None:
    listing = kornews.extract_text(SEED)
    assert isinstance(listing, kornews.Listing)
    html_listing = kornews.extract_listing(SEARCH)
    assert listing == attrs.evolve(html_listing, items=tuple(attrs.evolve(i, url=None) for i in html_listing.items))
    assert all(i.url is None for i in listing.items)


def test_text_markers_recognise_zdnet() -> None:
    assert registry.for_text(SEED) is not None and registry.for_text(SEED).id == "zdnet"  # type: ignore[union-attr]
    assert ZDNetKorea.recognise_text(SEED) >= 4
    assert ZDNetKorea.recognise_text("뉴스핌 기사 본문이다.") == 0


def test_text_without_results_or_article_is_an_error() -> None:
    with pytest.raises(kornews.KornewsError):
        kornews.extract_text("지디넷코리아\n아무 내용도 없다.", outlet="zdnet")


def test_bulleted_flags_align_with_normalized_lines() -> None:
    text = "머리\n\n  • 항목 하나\n• 항목 둘\n본문 줄\n  \n"
    assert normalize_lines(text) == ["머리", "항목 하나", "항목 둘", "본문 줄"]
    assert bulleted(text) == [False, True, True, False]

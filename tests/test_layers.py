"""The layers: outlet knowledge over the content layer, the error tree, the shared boilerplate signals."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import kornews
from kornews import registry
from kornews.content import caption_shaped, strip_boilerplate
from kornews.extractor import HtmlExtractor
from kornews.generic import GenericExtractor
from kornews.outlets.newspim import Newspim

P1 = "정부가 19일 인공지능 기본법 시행령 초안을 공개하고 업계 의견을 듣는 공청회를 열었다고 밝혔다."
P2 = "과학기술정보통신부는 이번 시행령이 고영향 인공지능의 범위를 구체적으로 정했다고 설명했다."
P3 = "업계는 규제 범위가 넓다며 우려를 나타냈지만 정부는 의견을 충분히 반영하겠다는 입장이다."
NEWSPIM_URL = "https://www.newspim.com/news/view/20250214000123"


def page(body: str, *, head: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>인공지능 기본법 시행령 공개</title>"
        f"<meta property='og:title' content='인공지능 기본법 시행령 공개'>{head}</head>"
        f"<body><div class='kzq'><h1>인공지능 기본법 시행령 공개</h1><div class='kxr'>{body}</div></div></body></html>"
    )


BODY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


# -- the fallback --------------------------------------------------------------------------------


def test_outlet_page_of_an_unknown_template_is_read_with_the_outlet_identity() -> None:
    art = kornews.extract(page(BODY), url=NEWSPIM_URL)
    assert (art.extractor, art.outlet, art.publisher, art.layout) == ("newspim", "newspim", "뉴스핌", "fallback")
    assert art.body == (P1, P2, P3) and art.title == "인공지능 기본법 시행령 공개"


def test_strict_mode_raises_unknown_layout() -> None:
    with pytest.raises(kornews.UnknownLayout) as info:
        kornews.extract(page(BODY), url=NEWSPIM_URL, strict=True)
    assert info.value.outlet == "newspim" and "layout" in info.value.reason
    assert not isinstance(info.value, kornews.NotAnArticle)


def test_matched_layout_without_body_text_falls_back_and_strict_says_why() -> None:
    html = page(BODY).replace("<div class='kxr'>", "<div id='news-contents'></div><div class='kxr'>")
    art = kornews.extract(html, url=NEWSPIM_URL)
    assert art.layout == "fallback" and art.body == (P1, P2, P3)
    with pytest.raises(kornews.UnknownLayout, match="no body"):
        kornews.extract(html, url=NEWSPIM_URL, strict=True)


def test_layout_and_fallback_both_empty_keeps_the_layouts_error() -> None:
    html = "<html><body><h2 id='main-title'>제목</h2><div id='news-contents'></div></body></html>"
    with pytest.raises(kornews.MissingField):
        kornews.extract(html, url=NEWSPIM_URL)


def test_forced_outlet_reads_another_template_with_its_rules() -> None:
    art = kornews.extract(
        page(BODY + "<p>[뉴스핌 베스트 기사]</p><p>다른 기사 제목입니다 아주 긴 제목</p>"), outlet="newspim"
    )
    assert art.extractor == "newspim" and art.body == (P1, P2, P3)


def test_wrong_url_is_read_by_the_outlet_the_page_names() -> None:
    html = page(BODY, head="<link rel='canonical' href='https://www.newsis.com/view/NISX20250722_0003261234'>")
    art = kornews.extract(html, url=NEWSPIM_URL)
    assert art.extractor == "newsis"


def test_generic_is_an_extractor_without_layouts() -> None:
    generic = registry.get("generic")
    assert isinstance(generic, GenericExtractor) and isinstance(generic, HtmlExtractor) and generic.layouts == ()
    art = kornews.extract(page(BODY), outlet="generic")
    assert art.layout is None and art.extractor == "generic" and art.outlet is None


def test_naver_sports_and_entertainment_pages_are_read_by_naver() -> None:
    for url in (
        "https://sports.news.naver.com/kbaseball/news/read.naver?oid=109&aid=0003512345",
        "https://m.entertain.naver.com/article/311/0001234567",
    ):
        art = kornews.extract(page(BODY), url=url)
        assert (art.extractor, art.portal, art.layout) == ("naver", "naver", "fallback")
        assert art.body == (P1, P2, P3)


# -- the error tree ------------------------------------------------------------------------------


def test_listing_url_raises_listing_page_naming_the_extractor() -> None:
    with pytest.raises(kornews.ListingPage) as info:
        kornews.extract(page(BODY), url="https://zdnet.co.kr/search/?kwd=%EB%B0%B0%EA%B2%BD%ED%9B%88")
    assert info.value.extractor == "zdnet" and isinstance(info.value, kornews.NotAnArticle)


def test_page_without_article_text_is_not_an_article() -> None:
    html = "<html><head><link rel='canonical' href='https://www.newspim.com/'></head><body><ul><li>목록</li></ul></body></html>"
    with pytest.raises(kornews.NotAnArticle) as info:
        kornews.extract(html)
    assert not isinstance(info.value, kornews.ListingPage)


# -- shared boilerplate signals -----------------------------------------------------------------


def _strip(html: str) -> str:
    root = LexborHTMLParser(f"<div id='c'>{html}</div>").css_first("#c")
    assert root is not None
    strip_boilerplate(root, GenericExtractor().box_headings())
    return root.html or ""


@pytest.mark.parametrize(
    "junk",
    [
        "<div class='ad-slot'><a href='/x'>무료 상담 신청하면 선물을 드립니다</a></div>",
        "<div id='div-gpt-ad-1234-0'></div>",
        "<ins class='adsbygoogle' data-ad-client='ca-pub-1'></ins>",
        "<div data-ad-unit='mid'><p>광고 문구가 들어가는 자리입니다</p></div>",
        "<div class='box_hot'><p>지금 가장 많이 읽은 이야기 모음입니다</p></div>",
        "<div class='kqz'><span>AD</span><p>[이벤트] 지금 가입하면 쿠폰 증정</p></div>",
        "<div class='kqz'><strong>에디터 픽</strong><ul><li><a href='/1'>다른 기사 제목 하나</a></li>"
        "<li><a href='/2'>다른 기사 제목 둘</a></li></ul></div>",
        "<p>▶ <a href='/p'>프리미엄 리포트 무료로 받아보기</a></p>",
        "<div class='kqz'><strong>관련기사</strong><p>다른 기사의 제목이 여기 있습니다</p></div>",
    ],
)
def test_boilerplate_signals_remove_the_block_and_keep_the_article(junk: str) -> None:
    out = _strip(f"<p>{P1}</p>{junk}<p>{P2}</p>")
    assert P1 in out and P2 in out
    assert "<ins" not in out and "div-gpt-ad" not in out and "data-ad" not in out
    assert "다른 기사" not in out and "무료" not in out and "가입하면" not in out and "많이 읽은" not in out


@pytest.mark.parametrize(
    "container",
    [
        "<div id='app'><div class='hotel-story'><p>{p}</p><p>{q}</p></div></div>",
        "<div class='article_best_view'><p>{p}</p><p>{q}</p></div>",
        "<div class='ad'><p>{p}</p><p>{q}</p></div>",
        "<div class='kzz'><p>{p} <a href='/w'>인공지능</a></p><p>{q}</p></div>",
    ],
)
def test_boilerplate_signals_never_remove_the_article_itself(container: str) -> None:
    out = _strip(container.format(p=P1, q=P2))
    assert P1 in out and P2 in out


def test_whole_line_link_goes_but_a_link_inside_a_sentence_stays() -> None:
    out = _strip(
        f"<div>{P1}<br><br><a href='/x'>최신 유행 트렌드 총집결(클릭!)</a>"
        f"<br><br>{P2} <a href='/y'>더 보기</a> 이어서</div>"
    )
    assert "총집결" not in out and "더 보기" in out and P1 in out


@pytest.mark.parametrize(
    "text",
    [
        "이재명 후보가 연설하고 있다. 연합뉴스",
        "회의 모습. [사진=LG]",
        "시위 현장 [EPA=연합뉴스 자료사진]",
        "본사 전경. [헤럴드DB]",
        "▲ 행사 참석자들",
    ],
)
def test_captions_by_credit_shape(text: str) -> None:
    assert caption_shaped(text)


def test_a_sentence_is_no_caption() -> None:
    assert not caption_shaped(P1)


def test_newspim_fallback_rules_are_its_rules_on_top_of_the_shared_ones() -> None:
    rules = Newspim().fallback_rules()
    assert set(Newspim.rules.boxes) <= set(rules.boxes) and set(GenericExtractor.rules.boxes) <= set(rules.boxes)

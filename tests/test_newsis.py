"""Newsis (뉴시스): URL claims, date forms, ``<br>`` paragraphs, captions, sign-offs, 관련뉴스,
boilerplate, portal-copy cleanup, text mode, and HTML/text agreement on the fixtures."""

from __future__ import annotations

import html as htmllib
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import registry
from kornews.dom import Block
from kornews.errors import KornewsError, NotAnArticle
from kornews.korean import KST
from kornews.outlets.newsis import Newsis

from .fixtures import FIXTURES, cases

URL = "https://www.newsis.com/view/NISX20250819_0003296401"
LEAD = "[서울=뉴시스]홍길동 기자 = "
P1 = "정부가 19일 인공지능 산업 육성을 위한 종합 대책을 발표했다."
P2 = "대책에는 연구개발 예산 확대와 인재 양성 방안이 담겼다."
P3 = "업계는 이번 대책이 산업 경쟁력 강화로 이어질 것으로 기대하고 있다."
CAPTION = (
    "[서울=뉴시스]19일 서울 종로구 정부서울청사에서 브리핑이 열리고 있다. "
    "(사진 = 과기정통부) 2025.08.19. photo@newsis.com *재판매 및 DB 금지"
)
SIGNOFF = "◎공감언론 뉴시스 gildong@newsis.com"


def page(
    body: str,
    *,
    date: str = "<span>등록 2025.08.19 17:09:47</span> <span>수정 2025.08.19 18:02:11</span>",
    container: str = "article",
    head: str = "",
    deck: str = "",
    after: str = "",
) -> bytes:
    """A minimal Newsis page (2025 template unless ``container`` is ``"textBody"``)."""
    if container == "article":
        viewer = f'<div class="viewer"><article>{deck}{body}</article>{after}</div>'
    else:
        viewer = f'<div class="viewer">{deck}<div id="textBody">{body}</div>{after}</div>'
    return (
        f'<html><head><meta charset="utf-8"><meta property="og:title" content="AI 대책 발표">{head}</head><body>'
        '<div class="articleView"><div class="view"><div class="top"><h1 class="tit title_area">AI 대책 발표</h1></div>'
        f'<div class="infoLine"><p class="txt">{date}</p></div>{viewer}</div></div>'
        '<div class="aside"><p class="txt"><span>2025.08.18 09:00</span></p></div></body></html>'
    ).encode()


def simple_body(*tail: str) -> str:
    return "<br><br>".join([htmllib.escape(LEAD + P1), htmllib.escape(P2), htmllib.escape(P3), *tail])


# -- URLs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", Newsis.example_urls)
def test_example_urls_claimed_by_newsis_only(url: str) -> None:
    assert [e.id for e in registry.extractors() if e.claims(url)] == ["newsis"]


@pytest.mark.parametrize(
    "url",
    [
        *Newsis.non_article_urls,
        "https://www.newsis.com/view/NISX20250722_000326123",  # 9-digit id
        "https://www.newsis.com/view/NISI20250722_0003261234",  # an image id
        "https://www.newsis.com/economy/list/",
        "https://www.newsis.com/eng/view/NISX20250722_0003261234",
        "https://www.newsis.co.kr/view/NISX20250722_0003261234",
        "https://www.notnewsis.com/view/NISX20250722_0003261234",
    ],
)
def test_non_article_urls_not_claimed(url: str) -> None:
    assert not Newsis.claims(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://newsis.com/view/NISX20250722_0003261234",
        "https://www.newsis.com/view/?id=NISX20250722_0003261234",
        "https://www.newsis.com/view/?cID=10401&id=NISX20250722_0003261234&pID=10400",
        "https://www.newsis.com/view.htm?ar_id=NISX20250722_0003261234",
        "https://mobile.newsis.com/view.html?ar_id=NISX20250722_0003261234",
        "https://m.newsis.com/view/NISX20250722_0003261234",
        "https://www.newsis.com/view/NISX20250722_0003261234?utm_source=naver",
    ],
)
def test_url_variants_claimed(url: str) -> None:
    assert Newsis.claims(url)
    assert registry.for_url(url) is not None and registry.for_url(url).id == "newsis"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.newsis.com/photo/view/?id=NISI20250722_0020900123",
        "https://www.newsis.com/eng/view/?id=NISX20250722_0003261234",
    ],
)
def test_photo_gallery_and_english_pages_are_not_articles(url: str) -> None:
    with pytest.raises(NotAnArticle):
        kornews.extract(page(simple_body()), url=url)


# -- dates ----------------------------------------------------------------------------------------


def test_2025_date_spans_give_published_and_modified() -> None:
    art = kornews.extract(page(simple_body()), url=URL)
    assert art.layout == "2025"
    assert art.published == datetime(2025, 8, 19, 17, 9, 47, tzinfo=KST)
    assert art.published_raw == "2025.08.19 17:09:47"
    assert art.modified == datetime(2025, 8, 19, 18, 2, 11, tzinfo=KST)
    assert art.modified_raw == "2025.08.19 18:02:11"


def test_older_date_form_and_textbody_layout() -> None:
    data = page(simple_body(), date="<span>기사등록 2025/07/22 14:00:25</span>", container="textBody")
    art = kornews.extract(data, url=URL)
    assert art.layout == "legacy"
    assert art.published == datetime(2025, 7, 22, 14, 0, 25, tzinfo=KST)
    assert art.published_raw == "2025/07/22 14:00:25"
    assert art.modified is None


def test_meta_date_wins_and_unlabelled_dates_elsewhere_are_ignored() -> None:
    meta = '<meta property="article:published_time" content="2025-08-19T17:09:47+09:00">'
    art = kornews.extract(page(simple_body(), head=meta, date="<span>2025.08.18 09:00</span>"), url=URL)
    assert art.published == datetime(2025, 8, 19, 17, 9, 47, tzinfo=KST)
    art = kornews.extract(page(simple_body(), date=""), url=URL)
    assert art.published is None  # the sidebar's unlabelled .txt span is not the article's date


# -- body -----------------------------------------------------------------------------------------


def test_br_separated_paragraphs_and_lead() -> None:
    art = kornews.extract(page(simple_body(htmllib.escape(SIGNOFF))), url=URL)
    assert art.body == (P1, P2, P3)
    assert art.dateline == "서울"
    assert [(r.name, r.role, r.email) for r in art.reporters] == [("홍길동", "기자", "gildong@newsis.com")]


@pytest.mark.parametrize("box", ["thumCont", "article_photo", "photojournal"])
def test_photo_boxes_become_images_with_caption_and_credit(box: str) -> None:
    photo = (
        f'<div class="{box}"><div class="thum"><img src="//img1.newsis.com/2025/08/19/NISI20250819_0001_web.jpg"></div>'
        f'<p class="desc">{htmllib.escape(CAPTION)}</p></div>'
    )
    body = photo + simple_body(htmllib.escape(SIGNOFF))
    art = kornews.extract(page(body), url=URL)
    assert art.body == (P1, P2, P3)
    assert len(art.images) == 1
    img = art.images[0]
    assert img.url == "https://img1.newsis.com/2025/08/19/NISI20250819_0001_web.jpg"
    assert img.caption == "19일 서울 종로구 정부서울청사에서 브리핑이 열리고 있다."
    assert img.credit == "과기정통부"


def test_caption_outside_a_known_box_is_still_a_caption() -> None:
    body = simple_body(f'<div class="photo_new"><img src="/a.jpg"><span>{htmllib.escape(CAPTION)}</span></div>', P3)
    art = kornews.extract(page(body), url=URL)
    assert art.body == (P1, P2, P3, P3)
    assert [i.caption for i in art.images] == ["19일 서울 종로구 정부서울청사에서 브리핑이 열리고 있다."]


def test_deck_in_summury_is_subtitles_not_body() -> None:
    deck = '<div class="summury">첫째 부제 줄<br>둘째 부제 줄</div>'
    art = kornews.extract(page(simple_body(), deck=deck), url=URL)
    assert art.subtitles == ("첫째 부제 줄", "둘째 부제 줄")
    assert art.body == (P1, P2, P3)


def test_deck_lines_without_summury_box_are_subtitles() -> None:
    body = "첫째 부제 줄<br>둘째 부제 줄<br><br>" + simple_body()
    art = kornews.extract(page(body), url=URL)
    assert art.subtitles == ("첫째 부제 줄", "둘째 부제 줄")
    assert art.body == (P1, P2, P3)


@pytest.mark.parametrize(
    "junk",
    [
        '<div id="view_ad"><a href="#">광고 문구입니다</a></div>',
        "[사진 영상 제보받습니다] 공감언론 뉴시스가 독자 여러분의 "
        "소중한 제보를 기다립니다. 뉴스 가치나 화제성이 있다고 판단되는 "
        "사진 또는 영상을 뉴시스 사진영상부(n-photo@newsis.com, 02-721-7470)로 보내주시면 적극 반영하겠습니다.",
        '<div class="box_x"><h3>실시간 속보</h3><ul><li>속보 헤드라인 하나</li><li>속보 헤드라인 둘</li></ul></div>',
        '<div class="box_y"><strong>많이 본 기사</strong><ol><li>인기 기사 하나</li><li>인기 기사 둘</li></ol></div>',
        "*재판매 및 DB 금지",
    ],
)
def test_boilerplate_inside_the_body_is_dropped(junk: str) -> None:
    body = "<br><br>".join(
        [htmllib.escape(LEAD + P1), junk, htmllib.escape(P2), htmllib.escape(P3), htmllib.escape(SIGNOFF)]
    )
    art = kornews.extract(page(body), url=URL)
    assert art.body == (P1, P2, P3)


@pytest.mark.parametrize(
    "related",
    [
        "관련뉴스<br>엉뚱한 관련 기사 제목 하나<br>엉뚱한 관련 기사 제목 둘",
        '<div class="rel"><p class="tit">관련뉴스</p><ul><li>'
        '<a href="#">엉뚱한 관련 기사 제목</a></li></ul></div>엉뚱한 꼬리 문단',
        "<p>관련 뉴스</p><ul><li>엉뚱한 관련 기사 제목</li></ul>",
    ],
)
def test_related_news_and_everything_after_it_is_gone(related: str) -> None:
    body = simple_body(htmllib.escape(SIGNOFF), related)
    art = kornews.extract(page(body), url=URL)
    assert art.body == (P1, P2, P3)
    assert not any("엉뚱한" in p for p in art.body)


def test_related_news_in_text_mode_truncates() -> None:
    text = "\n".join(["AI 대책 발표", "기사등록 2025/08/19 17:09:47", LEAD + P1, P2, "관련뉴스", P3, "엉뚱한 줄"])
    art = kornews.extract_text(text)
    assert art.body == (P1, P2)


def test_copyright_line_goes_to_copyright() -> None:
    art = kornews.extract(page(simple_body("Copyright © NEWSIS.COM, All rights reserved.", "엉뚱한 꼬리")), url=URL)
    assert art.body == (P1, P2, P3)
    assert art.copyright == "Copyright © NEWSIS.COM, All rights reserved."


def test_json_ld_keywords_become_tags() -> None:
    ld = (
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","headline":"AI 대책 발표","keywords":"AI, 정부 대책, AI"}</script>'
    )
    art = kornews.extract(page(simple_body(), head=ld), url=URL)
    assert art.tags == ("AI", "정부 대책")


# -- portal copies: Newsis().clean --------------------------------------------------------------


def test_clean_portal_copy_blocks() -> None:
    """What a portal extractor hands over: Daum copies end with ``☞공감언론 뉴시스 …``."""
    items = [
        Block("figure", CAPTION, "https://t1.daumcdn.net/news/a.jpg"),
        Block("text", LEAD + P1),
        Block("text", P2),
        Block("text", "[사진 영상 제보받습니다] 공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다."),
        Block("text", P3),
        Block("text", "☞공감언론 뉴시스 gildong@newsis.com"),
        Block("text", "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
        Block("text", "관련뉴스"),
        Block("text", "엉뚱한 관련 기사"),
    ]
    body = Newsis().clean(items)
    assert body.paragraphs == (P1, P2, P3)
    assert [(r.name, r.email) for r in body.reporters] == [("홍길동", None), ("", "gildong@newsis.com")]
    assert body.images[0].caption == "19일 서울 종로구 정부서울청사에서 브리핑이 열리고 있다."
    assert body.images[0].credit == "과기정통부"
    assert body.copyright is not None and "뉴시스" in body.copyright
    assert body.dateline == "서울"


# -- text mode ------------------------------------------------------------------------------------


def test_text_markers_recognise_newsis_text() -> None:
    seed = (FIXTURES / "newsis" / "seed-004.txt").read_text(encoding="utf-8")
    assert Newsis.recognise_text(seed) == 4
    assert registry.for_text(seed) is not None and registry.for_text(seed).id == "newsis"  # type: ignore[union-attr]
    assert Newsis.recognise_text("평범한 문장입니다.") == 0


def test_text_mode_2025_date_lines() -> None:
    text = "\n".join(
        [
            "메뉴",
            "AI 대책 발표",
            "등록 2025.08.19 17:09:47",
            "수정 2025.08.19 18:02:11",
            "부제 한 줄",
            LEAD + P1,
            P2,
            CAPTION,
            P3,
            SIGNOFF,
        ]
    )
    art = kornews.extract_text(text)
    assert art.extractor == "newsis" and art.title == "AI 대책 발표"
    assert art.published == datetime(2025, 8, 19, 17, 9, 47, tzinfo=KST)
    assert art.modified == datetime(2025, 8, 19, 18, 2, 11, tzinfo=KST)
    assert art.subtitles == ("부제 한 줄",)
    assert art.body == (P1, P2, P3)
    assert art.images[0].credit == "과기정통부" and art.images[0].url is None
    assert art.reporters[0].email == "gildong@newsis.com"


def test_text_without_date_line_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        kornews.extract_text("[서울=뉴시스] 아무 줄\n◎공감언론 뉴시스 a@newsis.com", outlet="newsis")


NEWSIS = [c for c in cases() if c.path.parent.name == "newsis"]
HTML_FIXTURES = [c for c in NEWSIS if c.kind == "article"]
TEXT_FIXTURE = next(c for c in NEWSIS if c.kind == "text")


@pytest.mark.parametrize("case", HTML_FIXTURES, ids=[c.id for c in HTML_FIXTURES])
def test_html_and_text_mode_agree(case) -> None:  # type: ignore[no-untyped-def]
    html_art = kornews.extract(case.input_bytes(), url=case.source["url"])
    text_art = kornews.extract_text(TEXT_FIXTURE.input_bytes().decode("utf-8"))
    assert isinstance(text_art, kornews.Article)
    for field in ("title", "subtitles", "reporters", "dateline", "published", "body"):
        assert getattr(html_art, field) == getattr(text_art, field), field
    assert [(i.caption, i.credit) for i in html_art.images] == [(i.caption, i.credit) for i in text_art.images]
    assert all(i.url for i in html_art.images)


@pytest.mark.parametrize("case", NEWSIS, ids=[c.id for c in NEWSIS])
def test_fixture_boilerplate_is_nowhere_in_the_article(case) -> None:  # type: ignore[no-untyped-def]
    expected = case.expected
    text = "\n".join([expected["title"], *expected["subtitles"], *expected["body"]])
    text += "\n".join(i["caption"] or "" for i in expected["images"])
    for junk in case.source["boilerplate"]:
        assert junk not in text, junk


# -- robustness -----------------------------------------------------------------------------------

FIXTURE_PAGE = (FIXTURES / "newsis" / "layout-2025.html").read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(FIXTURE_PAGE)), st.integers(0, 400))
def test_truncated_or_cut_pages_give_an_article_or_a_kornews_error(start: int, length: int) -> None:
    damaged = FIXTURE_PAGE[:start] + FIXTURE_PAGE[start + length :]
    for data in (damaged, FIXTURE_PAGE[:start]):
        try:
            art = kornews.extract(data, url=URL)
        except KornewsError:
            continue
        assert art.title and art.body

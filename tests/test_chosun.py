"""Chosun Ilbo: URL claims, the Arc ``Fusion.globalContent`` reader and its edge cases, the DOM and
legacy fallbacks, UTC -> KST dates, the Chosun cleanup rules on seed 001's text (used by the portals
for their copies), and the shared Korean conventions the legacy page needed."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import kornews
from kornews import korean as k
from kornews import registry
from kornews.errors import KornewsError, MissingField, NotAnArticle, UnsupportedPage
from kornews.outlets.chosun import Chosun, fusion_content, is_ad
from kornews.page import Page
from kornews.text import line_blocks, normalize_lines

from .fixtures import FIXTURES, SEEDS

KST = k.KST
ARC_URL = "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/"
DIR = FIXTURES / "chosun"
REAL_NAME = "chosun_legacy_news.chosun.com_2020082704301_2020-08-27.html"


# -- URLs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", Chosun.example_urls)
def test_example_urls_are_claimed_by_chosun_only(url: str) -> None:
    assert registry.for_url(url) is not None and registry.for_url(url).id == "chosun"  # type: ignore[union-attr]
    assert [e.id for e in registry.extractors() if e.claims(url)] == ["chosun"]


@pytest.mark.parametrize("url", Chosun.non_article_urls)
def test_non_article_urls_are_not_claimed(url: str) -> None:
    assert not Chosun.claims(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU",  # no trailing slash
        "https://www.chosun.com/international/international_general/2025/01/02/ABCDEFGHIJKLMNOPQRSTUVWXYZ/#comments",
        "http://news.chosun.com/site/data/html_dir/2019/05/10/2019051001234.html?Dep0=twitter",
    ],
)
def test_more_article_urls_are_claimed(url: str) -> None:
    assert Chosun.claims(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.chosun.com/economy/tech_it/2024/12/05/",  # a date, no story id
        "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHK/",  # id too short
        "https://www.chosun.com/english/national-en/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://www.chosun.com/gallery/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://biz.chosun.com/site/data/html_dir/2019/05/10/2019051001234.html",
        "https://www.chosun.com.evil.example/economy/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
    ],
)
def test_other_urls_are_not_claimed(url: str) -> None:
    assert not Chosun.claims(url)


def test_english_edition_page_is_unsupported() -> None:
    page = (
        b'<html><head><link rel="canonical" '
        b'href="https://english.chosun.com/site/data/html_dir/2020/08/27/2020082700123.html"></head>'
        b'<body><div id="news_body_id"><p>Text.</p></div></body></html>'
    )
    with pytest.raises(UnsupportedPage):
        kornews.extract(page, url="https://english.chosun.com/site/data/html_dir/2020/08/27/2020082700123.html")
    with pytest.raises(UnsupportedPage):
        kornews.extract(page, outlet="chosun")


# -- seed 001: the article content of the reconstructions, and the cleanup rules -----------------------


def seed_lines() -> list[str]:
    return normalize_lines((SEEDS / "001_1eb1864f32732296.txt").read_text(encoding="utf-8"))


def seed_article_paragraphs() -> list[str]:
    """Seed 001 from the first body paragraph to the profile text, without the photo caption
    (``… /김지호 기자``) and the graphic credit (``그래픽=이진영``), which are images."""
    lines = seed_lines()
    start = lines.index("‘출범 4년’ 배경훈 LG AI연구원장") + 1
    end = next(i for i, ln in enumerate(lines) if ln.startswith("Copyright ©"))
    return [ln for ln in lines[start:end] if not ln.endswith("/김지호 기자") and not ln.startswith("그래픽=")]


RECONSTRUCTED = ["arc-2024", "arc-2024-shell", "legacy-2024-euckr"]


@pytest.mark.parametrize("case", RECONSTRUCTED)
def test_reconstructed_pages_carry_seed_001s_article(case: str) -> None:
    article = kornews.extract((DIR / f"{case}.html").read_bytes())
    assert article.extractor == "chosun"
    assert list(article.body) == seed_article_paragraphs()
    lines = seed_lines()
    assert article.title == lines[0]
    assert article.subtitles == ("‘출범 4년’ 배경훈 LG AI연구원장",)
    assert [(r.name, r.role) for r in article.reporters] == [("이해인", "기자")]
    assert article.published == datetime(2024, 12, 5, 0, 55, tzinfo=KST)  # the seed's "2024. 12. 5. 00:55"
    assert [(i.caption is not None, i.credit) for i in article.images] == [(True, "김지호 기자"), (False, "이진영")]
    assert article.copyright == "Copyright © 조선일보. 무단전재 및 재배포 금지."
    # the profile box is kept: its heading and its text are two clean paragraphs
    assert article.body[-2] == "☞배경훈 원장 (48)"
    assert article.body[-1].startswith("광운대에서 전자공학을 전공하면서")


def test_json_only_shell_and_rendered_page_give_the_same_article() -> None:
    full = kornews.extract((DIR / "arc-2024.html").read_bytes(), url=ARC_URL)
    shell = kornews.extract((DIR / "arc-2024-shell.html").read_bytes(), url=ARC_URL)
    assert full == shell
    assert Page.from_input((DIR / "arc-2024-shell.html").read_bytes()).tree.css_first("section.article-body") is None


def test_rendered_dom_alone_gives_the_same_article() -> None:
    raw = (DIR / "arc-2024.html").read_bytes()
    without_script = re.sub(rb'<script id="fusion-metadata".*?</script>', b"", raw, flags=re.S)
    assert b"Fusion.globalContent" not in without_script
    a = kornews.extract(raw, url=ARC_URL)
    b = kornews.extract(without_script, url=ARC_URL)
    assert (a.layout, b.layout) == ("arc", "arc-dom")
    assert {**a.to_dict(), "layout": None} == {**b.to_dict(), "layout": None}


def test_chosun_clean_cleans_a_portal_copy_of_seed_001() -> None:
    """What the Daum/Naver extractors do with a Chosun story: the copy's body lines (here seed 001's
    text from the first paragraph on, portal tail included) through ``Chosun().clean``."""
    lines = seed_lines()
    start = lines.index("‘출범 4년’ 배경훈 LG AI연구원장") + 1
    body = Chosun().clean(line_blocks(lines[start:]))
    assert list(body.paragraphs) == seed_article_paragraphs()
    assert body.copyright == "Copyright © 조선일보. 무단전재 및 재배포 금지."
    assert [(i.url, i.credit) for i in body.images] == [(None, "김지호 기자"), (None, "이진영")]
    assert body.images[0].caption is not None and body.images[0].caption.endswith("출범 4주년을 맞는다.")
    assert body.images[1].caption is None
    assert body.reporters == () and body.dateline is None and body.subtitles == ()


def test_chosun_rules_drop_related_boxes_and_ad_labels_in_text() -> None:
    lines = [
        "첫 문단이다. 내용이 이어진다.",
        "AD",
        "둘째 문단이다.",
        "관련 기사",
        "다른 기사 제목",
        "Copyright © 조선일보. 무단전재 및 재배포 금지.",
    ]
    body = Chosun().clean(line_blocks(lines))
    assert body.paragraphs == ("첫 문단이다. 내용이 이어진다.", "둘째 문단이다.")


# -- the real legacy page ------------------------------------------------------------------------------


def test_real_legacy_page_fields() -> None:
    raw = (DIR / "legacy-2020-sportschosun.html").read_bytes()
    original = Path(__file__).resolve().parents[2] / "shared/real-pages/chosun-legacy" / REAL_NAME
    if original.exists():  # shared/ lies beside the repository (sessions and CI)
        assert raw == original.read_bytes(), "the real page must be a byte-for-byte copy"
    a = kornews.extract(raw, url="https://news.chosun.com/site/data/html_dir/2020/08/27/2020082704301.html")
    assert a.layout == "legacy" and a.publisher == "스포츠조선" and a.dateline == "부산"
    assert a.published == datetime(2020, 8, 27, 20, 27, 29, tzinfo=KST)  # gold: 2020-08-27 20:27 KST
    assert [r.to_dict() for r in a.reporters] == [
        {"name": "선수민", "role": "기자", "email": "sunsoo@sportschosun.com"}
    ]
    assert a.body[0] == "롯데 자이언츠 베테랑 투수 노경은이 무너졌다."
    assert a.body[-1] == "박시영은 변상권을 2루수 땅볼로 유도해 4-6-3 병살타로 처리했다."
    assert not any("▲" in p or "골프풀세트" in p or "좋아요" in p for p in a.body)
    assert (
        a.images[0].credit == "최문영 기자" and a.images[0].caption is not None and "deer@" not in a.images[0].caption
    )
    assert a.copyright == "Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지"
    assert a.subtitles == ()


# -- Fusion.globalContent: reading and edge cases ------------------------------------------------------


def story(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "_id": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "type": "story",
        "headlines": {"basic": "제목이 여기 있다"},
        "subheadlines": {"basic": "첫 부제<br>둘째 부제"},
        "first_publish_date": "2024-12-31T15:30:12.345Z",
        "display_date": "2024-12-31T15:30:12.345Z",
        "last_updated_date": "2024-12-31T15:30:40.000Z",
        "credits": {
            "by": [
                {
                    "type": "author",
                    "name": "홍길동",
                    "additional_properties": {"original": {"byline": "홍길동 기자", "email": "Hong@Chosun.com"}},
                }
            ]
        },
        "taxonomy": {"primary_section": {"name": "사회"}, "tags": [{"text": "새해"}, {"text": "타종"}]},
        "content_elements": [
            {"type": "text", "content": "첫 문단이다. <b>굵은</b> 글씨와 <a href='/x'>링크</a>가 있다."},
            {"type": "text", "content": "둘째 줄이다.<br>셋째 줄이다."},
        ],
    }
    base.update(over)
    return base


def arc_page(content: dict[str, Any] | str | None, dom: str = "", head: str = "") -> bytes:
    script = ""
    if content is not None:
        data = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False).replace("</", "<\\/")
        script = (
            '<script id="fusion-metadata">window.Fusion=window.Fusion||{};'
            f'Fusion.globalContent={data};Fusion.globalContentConfig={{"source":"story-by-id"}};</script>'
        )
    page = (
        f'<html><head><meta charset="utf-8"><link rel="canonical" href="{ARC_URL}">{head}</head><body>'
        f'<div id="fusion-app">{dom}'
        '<footer><p class="footer__copyright">Copyright © 조선일보. 무단전재 및 재배포 금지.</p></footer>'
        f"</div>{script}</body></html>"
    )
    return page.encode("utf-8")


DOM = (
    '<div class="article-header__headline-container">'
    '<h1 class="article-header__headline | font--primary"><span>돔 제목</span></h1>'
    "<h3>돔 부제</h3></div>"
    '<a class="article-byline__author | text--black">김철수 기자</a><span class="upDate">입력 2024.12.05. 00:55</span>'
    '<section class="article-body">'
    '<p class="article-body__content article-body__content-text | text--black">돔 본문이다.</p>'
    '<div class="dfpAd"><span>AD</span></div></section>'
)


def test_fusion_fields_and_utc_to_kst() -> None:
    a = kornews.extract(arc_page(story()), url=ARC_URL)
    assert a.layout == "arc"
    assert a.title == "제목이 여기 있다" and a.subtitles == ("첫 부제", "둘째 부제")
    # 2024-12-31 15:30 UTC is 2025-01-01 00:30 in Seoul: the date crosses the year
    assert a.published == datetime(2025, 1, 1, 0, 30, 12, tzinfo=KST)
    assert a.published is not None and a.published.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
    assert a.published_raw == "2024-12-31T15:30:12.345Z"
    assert a.modified is None  # saved again in the same minute: no visible update
    assert [r.to_dict() for r in a.reporters] == [{"name": "홍길동", "role": "기자", "email": "hong@chosun.com"}]
    assert a.body == ("첫 문단이다. 굵은 글씨와 링크가 있다.", "둘째 줄이다.", "셋째 줄이다.")
    assert a.section == "사회" and a.tags == ("새해", "타종")
    assert a.copyright == "Copyright © 조선일보. 무단전재 및 재배포 금지."


def test_fusion_credits_several_people_and_no_organisations() -> None:
    by = [
        {"type": "author", "name": "김철수·박영희 기자"},
        {"type": "reference", "name": "조선일보"},
        {"type": "author", "name": "디지털뉴스부"},
        {"type": "author", "name": "이민수", "additional_properties": {"original": {"email": "not an e-mail"}}},
    ]
    a = kornews.extract(arc_page(story(credits={"by": by})), url=ARC_URL)
    assert [(r.name, r.role, r.email) for r in a.reporters] == [
        ("김철수", "기자", None),
        ("박영희", "기자", None),
        ("이민수", None, None),
    ]


def test_fusion_modified_in_a_later_minute_is_reported() -> None:
    a = kornews.extract(arc_page(story(last_updated_date="2024-12-31T16:02:00Z")), url=ARC_URL)
    assert a.modified == datetime(2025, 1, 1, 1, 2, tzinfo=KST) and a.modified_raw == "2024-12-31T16:02:00Z"


def test_fusion_display_date_when_first_publish_date_is_missing() -> None:
    s = story(display_date="2024-06-30T23:10:00Z")
    del s["first_publish_date"]
    a = kornews.extract(arc_page(s), url=ARC_URL)
    assert a.published == datetime(2024, 7, 1, 8, 10, tzinfo=KST)


def test_fusion_json_with_braces_and_terminators_inside_strings() -> None:
    """The object ends where JSON says, not at the first ``};`` (which a regex would take)."""
    s = story(content_elements=[{"type": "text", "content": '코드 {"a": 1}; 와 Fusion.globalContent={}; 문자열이다.'}])
    a = kornews.extract(arc_page(s), url=ARC_URL)
    assert a.body == ('코드 {"a": 1}; 와 Fusion.globalContent={}; 문자열이다.',)
    assert fusion_content(Page.from_input(arc_page(s))) == s


def test_fusion_content_absent_or_malformed_is_none() -> None:
    assert fusion_content(Page.from_input(arc_page(None, DOM))) is None
    assert fusion_content(Page.from_input(arc_page('{"type":"story","headlines":{"basic":"x"'))) is None
    assert fusion_content(Page.from_input(arc_page("[1, 2]"))) is None
    assert fusion_content(Page.from_input(arc_page("[" * 100_000))) is None


def test_malformed_json_falls_back_to_the_dom() -> None:
    a = kornews.extract(arc_page('{"type": "story", "headlines": {"basic": "잘린', DOM), url=ARC_URL)
    assert a.layout == "arc-dom"
    assert a.title == "돔 제목" and a.subtitles == ("돔 부제",) and a.body == ("돔 본문이다.",)
    assert a.published == datetime(2024, 12, 5, 0, 55, tzinfo=KST)
    assert [r.name for r in a.reporters] == ["김철수"]


def test_malformed_json_in_an_empty_shell_is_a_kornews_error() -> None:
    with pytest.raises(KornewsError):
        kornews.extract(arc_page('{"type": "story", "headlines": {"basic": "잘린'), url=ARC_URL)


def test_json_without_body_falls_back_to_the_dom_or_fails_cleanly() -> None:
    empty = story(content_elements=[])
    assert kornews.extract(arc_page(empty, DOM), url=ARC_URL).layout == "arc-dom"
    with pytest.raises(MissingField):
        kornews.extract(arc_page(empty), url=ARC_URL)


def test_non_story_globalcontent_is_not_an_article() -> None:
    section = {"type": "results", "content_elements": [{"type": "story", "headlines": {"basic": "다른 기사"}}]}
    with pytest.raises(NotAnArticle):
        kornews.extract(arc_page(section), url="https://www.chosun.com/economy/", outlet="chosun")


def test_missing_fields_fall_back_to_the_page() -> None:
    s = story()
    for key in (
        "headlines",
        "subheadlines",
        "first_publish_date",
        "display_date",
        "last_updated_date",
        "credits",
        "taxonomy",
    ):
        del s[key]
    head = (
        '<meta property="og:title" content="메타 제목">'
        '<meta property="article:published_time" content="2024-12-04T15:55:00Z">'
        '<meta property="article:section" content="경제">'
    )
    a = kornews.extract(arc_page(s, head=head), url=ARC_URL)
    assert a.layout == "arc" and a.title == "메타 제목" and a.subtitles == ()
    assert a.published == datetime(2024, 12, 5, 0, 55, tzinfo=KST) and a.reporters == () and a.section == "경제"
    # with the rendered DOM, the DOM's header fields fill the gaps
    b = kornews.extract(arc_page(s, DOM), url=ARC_URL)
    assert (b.title, b.subtitles, [r.name for r in b.reporters]) == ("돔 제목", ("돔 부제",), ["김철수"])
    assert b.body == a.body  # the body still comes from the JSON


def test_fields_of_the_wrong_type_do_not_crash() -> None:
    s = story(
        headlines="제목",
        subheadlines=None,
        credits={"by": ["홍길동", None, {"name": 3}]},
        taxonomy=[],
        content_elements=[
            "text",
            None,
            7,
            {"type": "text", "content": None},
            {"type": "text", "content": "남은 문단이다."},
        ],
        first_publish_date=12345,
        display_date=["2024"],
        last_updated_date={"x": 1},
    )
    a = kornews.extract(arc_page(s, head='<meta property="og:title" content="메타 제목">'), url=ARC_URL)
    assert a.title == "메타 제목" and a.body == ("남은 문단이다.",) and a.published is None


def test_raw_html_ads_dropped_and_boxes_kept() -> None:
    elements = [
        {"type": "text", "content": "본문 첫 문단이다."},
        {
            "type": "raw_html",
            "content": (
                '<div class="dfpAd"><div id="div-gpt-ad-1-0">'
                "<script>googletag.cmd.push(function(){});</script></div></div>"
            ),
        },
        {
            "type": "raw_html",
            "content": (
                '<div class="article-ad | flex"><span class="ad-label">AD</span>'
                '<a href="https://ad.example.com">광고 문구다</a></div>'
            ),
        },
        {"type": "raw_html", "content": "<ins class='adsbygoogle' data-ad-slot='1'>광고</ins>"},
        {
            "type": "raw_html",
            "content": (
                '<div class="box-related"><strong>관련 기사</strong><ul><li><a href="/a">다른 기사</a></li></ul></div>'
            ),
        },
        {
            "type": "raw_html",
            "content": "&lt;div class=&quot;info-box&quot;&gt;&lt;p&gt;상자 안의 설명이다.&lt;/p&gt;&lt;/div&gt;",
        },
        {
            "type": "raw_html",
            "content": '<div class="quote-box"><p>인용 상자 문장이다.</p><div id="div-gpt-ad-2-0">광고</div></div>',
        },
        {"type": "interstitial_link", "url": "/b", "content": "함께 읽을 기사"},
        {"type": "video", "content": "영상 설명"},
        {"type": "custom_embed", "embed": {"config": {"text": "임베드"}}},
        {"type": "list", "items": [{"type": "text", "content": "첫 항목"}, {"type": "text", "content": "둘째 항목"}]},
        {"type": "header", "content": "◇소제목이다"},
        {"type": "text", "content": "마지막 문단이다."},
    ]
    a = kornews.extract(arc_page(story(content_elements=elements)), url=ARC_URL)
    assert a.body == (
        "본문 첫 문단이다.",
        "상자 안의 설명이다.",
        "인용 상자 문장이다.",
        "첫 항목",
        "둘째 항목",
        "◇소제목이다",
        "마지막 문단이다.",
    )


def test_image_elements_caption_and_credit() -> None:
    elements = [
        {"type": "text", "content": "본문이다."},
        {
            "type": "image",
            "url": "https://www.chosun.com/resizer/v2/A.jpg",
            "caption": "행사 모습이다. /김지호 기자",
            "credits": {"by": [{"name": "김지호"}]},
        },
        {
            "type": "image",
            "url": "https://www.chosun.com/resizer/v2/B.jpg",
            "caption": "두 번째 사진이다.",
            "credits": {"affiliation": [{"name": "연합뉴스"}]},
        },
        {"type": "image", "url": "https://www.chosun.com/resizer/v2/C.jpg", "caption": "그래픽=이진영"},
        {"type": "image", "url": "https://www.chosun.com/resizer/v2/D.jpg"},
    ]
    a = kornews.extract(arc_page(story(content_elements=elements)), url=ARC_URL)
    assert [i.to_dict() for i in a.images] == [
        {"url": "https://www.chosun.com/resizer/v2/A.jpg", "caption": "행사 모습이다.", "credit": "김지호 기자"},
        {"url": "https://www.chosun.com/resizer/v2/B.jpg", "caption": "두 번째 사진이다.", "credit": "연합뉴스"},
        {"url": "https://www.chosun.com/resizer/v2/C.jpg", "caption": None, "credit": "이진영"},
        {"url": "https://www.chosun.com/resizer/v2/D.jpg", "caption": None, "credit": None},
    ]
    assert a.body == ("본문이다.",)


def test_broken_markup_in_one_element_does_not_spill_into_the_next() -> None:
    elements = [
        {"type": "text", "content": "<table><tr><td>열린 표"},
        {"type": "text", "content": "<b>닫히지 않은 굵은 글씨"},
        {"type": "text", "content": "다음 문단이다."},
    ]
    a = kornews.extract(arc_page(story(content_elements=elements)), url=ARC_URL)
    assert a.body == ("열린 표", "닫히지 않은 굵은 글씨", "다음 문단이다.")


def test_dom_class_tokens_with_bars() -> None:
    """``class="article-body | font--primary"``: the ``|`` is a token of its own, not part of a name."""
    page = Page.from_input(arc_page(None, DOM))
    assert page.tree.css_first("section.article-body") is not None
    assert page.tree.css_first("p.article-body__content-text") is not None
    assert kornews.extract(arc_page(None, DOM), url=ARC_URL).layout == "arc-dom"


def test_is_ad_tokens() -> None:
    def node(markup: str) -> Any:
        return Page.from_input(f"<html><body>{markup}</body></html>").tree.body.child  # type: ignore[union-attr]

    for ad in (
        '<div class="dfpAd"></div>',
        '<div id="div-gpt-ad-123-0"></div>',
        '<div class="article-ad | flex"></div>',
        '<div class="ad"></div>',
        '<div class="banner-top"></div>',
        "<ins></ins>",
    ):
        assert is_ad(node(ad)), ad
    for keep in (
        '<div class="article-header"></div>',
        '<div class="thread"></div>',
        '<div class="read-more"></div>',
        '<div class="headline"></div>',
        '<div class="info-box"></div>',
    ):
        assert not is_ad(node(keep)), keep


def test_recognised_without_url_from_canonical() -> None:
    assert kornews.extract(arc_page(story())).extractor == "chosun"


# -- shared conventions the legacy page needed ---------------------------------------------------------


def test_lead_with_place_press_and_reporter() -> None:
    lead = k.parse_lead("[부산=스포츠조선 선수민 기자] 롯데 자이언츠 베테랑 투수 노경은이 무너졌다.")
    assert lead is not None
    assert (lead.place, lead.publisher, lead.reporters, lead.rest) == (
        "부산",
        "스포츠조선",
        [k.RawReporter("선수민", "기자", None)],
        "롯데 자이언츠 베테랑 투수 노경은이 무너졌다.",
    )
    # unchanged: press(place)=reporter and place=press
    assert k.parse_lead("[헤럴드경제(제주)=정태일 기자] 본문")[:2] == ("제주", "헤럴드경제")  # type: ignore[index]
    assert k.parse_lead("[서울=뉴시스]이현주 기자 = 본문")[:2] == ("서울", "뉴시스")  # type: ignore[index]


def test_signoff_with_place() -> None:
    assert k.parse_signoff("부산=선수민 기자 sunsoo@sportschosun.com") == [
        k.RawReporter("선수민", "기자", "sunsoo@sportschosun.com")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "… 처리했다.부산=선수민 기자 sunsoo@sportschosun.com",
            ("… 처리했다.", [k.RawReporter("선수민", "기자", "sunsoo@sportschosun.com")]),
        ),
        ("말했다.” 홍길동 기자 hong@x.com", ("말했다.”", [k.RawReporter("홍길동", "기자", "hong@x.com")])),
        ("문의는 홍길동 기자 hong@x.com", None),  # no sentence before it
        ("홍길동 기자 hong@x.com", None),  # the whole block is a sign-off: parse_signoff's job
        ("처리했다. 홍길동 기자", None),  # no e-mail: never cut prose
        ("메일은 hong@x.com 으로 보내면 된다.", None),
    ],
)
def test_glued_signoff(text: str, expected: object) -> None:
    assert k.split_glued_signoff(text) == expected


def test_sportschosun_caption() -> None:
    cap = k.split_caption(
        "롯데 선발투수 노경은이 두산타선을 상대하고 있다. \n\n잠실=최문영 기자  deer@sportschosun.com /2020.08.20/"
    )
    assert cap == k.Caption("롯데 선발투수 노경은이 두산타선을 상대하고 있다.", "최문영 기자")
    assert k.split_caption("잠실=최문영 기자") == k.Caption(None, "최문영 기자")
    assert k.split_caption("그래픽=이진영") == k.Caption(None, "이진영")

"""The generic extractor: evidence order, Korean content heuristics, non-articles, text mode, linear
time; the embedded-JSON readers; the shared caption conventions added with it."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kornews
from kornews import NotAnArticle, korean
from kornews.embedded import _parse_rows, find_article
from kornews.generic import GenericExtractor, densest_container
from kornews.page import Page
from kornews.testing import strategies as s

P1 = "정부가 내년부터 인공지능 반도체 연구개발에 3조원을 투입하는 지원 방안을 발표했다. 업계는 환영의 뜻을 밝혔다."
P2 = "과학기술정보통신부는 22일 서울 종로구 정부서울청사에서 이 같은 내용의 계획을 확정했다고 밝혔다."
P3 = "정부는 오는 2030년까지 관련 인력 1만명을 양성하고 민간 투자를 끌어내겠다는 목표를 제시했다."


def _page(body: str, head: str = "") -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'.encode()


def _generic(data: bytes | str, url: str | None = None) -> kornews.Article:
    result = kornews.extract(data, url=url, outlet="generic")
    assert result.extractor == "generic" and result.layout is None
    return result


def _evidence(data: bytes | str) -> str:
    """What the generic extractor read the body from (``json-ld``, ``density``, an embedded-JSON source)."""
    page = Page.from_input(data)
    return GenericExtractor().read_body(page, find_article(page)).evidence


ARTICLE = _page(
    '<header><nav><a href="/">홈</a><a href="/politics">정치</a><a href="/economy">경제</a></nav></header>'
    '<div class="wrap"><h1>"AI 반도체에 3조" 정부 지원 방안 발표</h1>'
    '<div class="byline-area"><span class="writer">세종=홍길동 기자 hong@example.co.kr</span></div>'
    '<div class="date-info"><span>입력 2025.07.22 14:00</span><span>수정 2025.07.22 15:30</span></div>'
    '<div id="article-view"><h2 class="sub-title">연구개발에 3조 투입<br>인력 1만명 양성</h2>'
    f"<p>[세종=예시뉴스] 홍길동 기자 = {P1}</p>"
    '<div class="photo-box"><img src="/img/a.jpg"><div class="caption">발표하는 장관의 모습이다. 연합뉴스</div></div>'
    f"<p>{P2}</p><p>◆향후 계획</p><p>{P3}</p>"
    '<p class="connect_tit">관련기사</p><div class="news_box"><ul><li><a href="/1">반도체 수출 역대 최대 기록</a></li>'
    '<li><a href="/2">AI 인재 양성 방안 논의</a></li></ul></div>'
    "<p>hong@example.co.kr</p><p>ⓒ 예시뉴스, 무단전재 및 재배포 금지</p></div>"
    '<aside class="most-read"><h3>많이 본 뉴스</h3><ol><li>'
    '<a href="/3">많이 읽힌 기사 제목입니다 정말로</a></li></ol></aside></div>'
    "<footer>회사소개 | 개인정보처리방침 | Copyright 예시뉴스</footer>",
    '<meta property="og:site_name" content="예시뉴스">'
    '<meta property="og:title" content="AI 반도체에 3조 정부 지원 방안 발표 | 예시뉴스">'
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"AI 반도체에 3조 정부 지원 방안 발표",'
    '"datePublished":"2025-07-22T14:00:00+09:00","author":{"@type":"Person","name":"홍길동"}}</script>',
)


def test_density_heuristics_on_a_typical_korean_page() -> None:
    a = _generic(ARTICLE, "https://news.example.co.kr/article/1")
    assert a.title == '"AI 반도체에 3조" 정부 지원 방안 발표'  # visible headline = JSON-LD headline up to punctuation
    assert _evidence(ARTICLE) == "density" and a.publisher == "예시뉴스" and a.outlet is None
    assert a.subtitles == ("연구개발에 3조 투입", "인력 1만명 양성")
    assert a.body == (P1, P2, "◆향후 계획", P3)
    assert a.dateline == "세종"
    assert [(r.name, r.role, r.email) for r in a.reporters] == [("홍길동", "기자", "hong@example.co.kr")]
    assert a.published == datetime(2025, 7, 22, 14, 0, tzinfo=korean.KST)
    assert a.images[0].caption == "발표하는 장관의 모습이다." and a.images[0].credit == "연합뉴스"
    assert a.images[0].url == "https://news.example.co.kr/img/a.jpg"
    assert a.copyright == "ⓒ 예시뉴스, 무단전재 및 재배포 금지"
    text = "\n".join(a.body)
    for junk in ("관련기사", "반도체 수출", "많이 본", "회사소개", "hong@"):
        assert junk not in text


def test_labelled_dates_in_the_page_when_there_is_no_structured_date() -> None:
    page = ARTICLE.replace(b'"datePublished":"2025-07-22T14:00:00+09:00",', b"")
    a = _generic(page)
    assert a.published == datetime(2025, 7, 22, 14, 0, tzinfo=korean.KST)
    assert a.modified == datetime(2025, 7, 22, 15, 30, tzinfo=korean.KST)


def test_json_ld_article_body_with_paragraph_breaks_is_used_first() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "제목입니다 충분히 긴 제목",
        "articleBody": f"{P1}\n{P2}\n\n{P3}",
        "datePublished": "2025-01-02T03:04:05Z",
    }
    page = _page(
        f"<div><p>{P3}</p></div>", f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    a = _generic(page)
    assert _evidence(page) == "json-ld" and a.body == (P1, P2, P3)
    assert a.published == datetime(2025, 1, 2, 12, 4, 5, tzinfo=korean.KST)


def test_arc_fusion_global_content() -> None:
    doc = {
        "headlines": {"basic": "아크 기사 제목입니다"},
        "subheadlines": {"basic": "부제목"},
        "first_publish_date": "2024-12-04T15:55:00.000Z",
        "credits": {"by": [{"name": "이해인"}]},
        "content_elements": [
            {"type": "text", "content": P1},
            {"type": "header", "content": "◇소제목"},
            {
                "type": "image",
                "url": "https://img.example.com/1.jpg",
                "caption": "사진 설명이다.",
                "credits": {"by": [{"name": "김지호 기자"}]},
            },
            {"type": "text", "content": P2},
            {"type": "raw_html", "content": "<div>광고</div>"},
        ],
    }
    script = (
        '<script id="fusion-metadata">window.Fusion={};'
        f"Fusion.globalContent={json.dumps(doc, ensure_ascii=False)};Fusion.x=1;</script>"
    )
    a = _generic(_page(f'<div id="app"></div>{script}'))
    assert _evidence(_page(f'<div id="app"></div>{script}')) == "fusion" and a.title == "아크 기사 제목입니다"
    assert a.body == (P1, "◇소제목", P2) and a.subtitles == ("부제목",)
    assert a.images[0].credit == "김지호 기자" and a.images[0].caption == "사진 설명이다."
    assert a.published == datetime(2024, 12, 5, 0, 55, tzinfo=korean.KST)
    assert [r.name for r in a.reporters] == ["이해인"]


def test_next_data_article() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "title": "넥스트 기사 제목",
                    "publishedAt": "2025-03-01 09:30:00",
                    "body": f"<p>{P1}</p><p>{P2}</p>",
                    "writer": {"name": "김철수 기자"},
                }
            }
        }
    }
    page = _page(
        '<div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )
    a = _generic(page)
    assert _evidence(page) == "next-data" and a.title == "넥스트 기사 제목" and a.body == (P1, P2)
    assert a.published == datetime(2025, 3, 1, 9, 30, tzinfo=korean.KST)
    assert [(r.name, r.role) for r in a.reporters] == [("김철수", "기자")]


def _push(payload: str) -> str:
    return f"<script>self.__next_f.push([1,{json.dumps(payload, ensure_ascii=False)}])</script>"


def test_next_flight_text_rows_count_utf8_bytes_and_markers_are_removed() -> None:
    html = f"<p>{P1}</p>$$ad_1$$<p>{P2}</p>"
    size = format(len(html.encode()), "x")
    row = json.dumps(
        ["$", "$L1", None, {"article": {"headline": "플라이트 제목", "contentHtml": "$a"}}], ensure_ascii=False
    )
    scripts = _push('0:["$","div",null,{}]\n') + _push(f"a:T{size},{html[:30]}") + _push(html[30:] + f"2:{row}\n")
    a = _generic(_page(f"<main></main>{scripts}"))
    assert (
        _evidence(_page(f"<main></main>{scripts}")) == "next-flight"
        and a.title == "플라이트 제목"
        and a.body == (P1, P2)
    )
    rows = _parse_rows(f"a:T{size},{html}b:[1]\n")
    assert rows["a"] == html and rows["b"] == [1]


def test_find_article_is_none_without_embedded_json() -> None:
    assert find_article(Page.from_input(ARTICLE)) is None


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"<html><body></body></html>",
        _page("<h1>제목만 있는 페이지입니다</h1><p>짧은 글</p>"),
        _page(
            "<h1>경제 뉴스 목록</h1><ul>"
            + "".join(f'<li><a href="/{i}">{P1[:40]} {i}</a></li>' for i in range(30))
            + "</ul>"
        ),
        _page(f"<p>{P1}</p><p>{P2}</p>"),  # no title anywhere
    ],
    ids=["empty", "blank", "no-body", "listing", "no-title"],
)
def test_clearly_not_an_article_raises(page: bytes) -> None:
    with pytest.raises(NotAnArticle):
        kornews.extract(page, outlet="generic")


def test_density_scoring_is_linear() -> None:
    """Work grows linearly with the page: counted as Python and C calls made during extraction
    (deterministic, unlike wall time on a shared machine); a quadratic pass would make 4x the page
    cost ~16x the calls."""

    def page(n: int) -> bytes:
        paragraphs = "".join(f"<div><span><p>{P1} {i}</p></span></div>" for i in range(n))
        links = "".join(f'<li><a href="/{i}">관련 기사 제목 {i}</a></li>' for i in range(n))
        return _page(f"<h1>아주 긴 기사의 제목입니다</h1><article>{paragraphs}</article><ul>{links}</ul>")

    def calls(n: int) -> int:
        data = page(n)
        count = 0

        def profile(frame: object, event: str, arg: object) -> None:
            nonlocal count
            if event in ("call", "c_call"):
                count += 1

        sys.setprofile(profile)
        try:
            _generic(data)
        finally:
            sys.setprofile(None)
        return count

    calls(200)  # warm-up: lazy imports and caches
    small, large = calls(1000), calls(4000)
    assert large < small * 6, (small, large)  # linear: ~4x


def test_deeply_nested_pages_do_not_crash() -> None:
    data = _page("<h1>깊게 중첩된 페이지의 제목</h1>" + "<div>" * 3000 + f"<p>{P1}</p>" + "</div>" * 3000)
    try:
        a = _generic(data)
    except kornews.KornewsError:
        return
    assert a.body == (P1,)


def test_densest_container_prefers_text_over_links() -> None:
    page = Page.from_input(ARTICLE)
    node, _ = densest_container(page.tree.body)
    assert node is not None and node.attributes.get("id") == "article-view"


def test_density_pass_skips_chrome_blocks_yet_counts_them_inside_the_container() -> None:
    """The page pass does not enter chrome blocks (a menu of 50 links is one recorded node), and the
    counts inside the chosen container are those of a full pass (a share box with links and an image
    inside the article included), so pruning, link lists and photo boxes read what they always read."""
    from kornews.content import _collect

    menu = "<ul class='gnb'>" + "".join(f"<li><a href='/s{i}'>정치 경제 사회 {i}</a></li>" for i in range(50)) + "</ul>"
    share = "<div class='share-box'><a href='/x'>페이스북 공유하기</a><img src='/i.png'> 카카오톡 공유</div>"
    body = (
        f"<div id='top'>{menu}</div><div id='article'><p>{P1}</p>{share}<p>{P2}</p>"
        f"<div class='sns'><span>트위터 공유 <a href='/t'>링크 복사</a></span></div><p>{P3}</p></div>"
    )
    root = Page.from_input(_page(body)).tree.body
    assert root is not None
    node, st = densest_container(root)
    assert node is not None and node.attributes.get("id") == "article"
    full = _collect(root)
    assert len(st.nodes) < len(full.nodes) - 100  # the menu's items were not entered
    inside = [d.mem_id for d in node.traverse() if d.mem_id in st.nodes]
    assert len(inside) > 5
    for mid in inside:
        assert (st.sub_h[mid], st.sub_link_h[mid], st.sub_img[mid]) == (
            full.sub_h[mid],
            full.sub_link_h[mid],
            full.sub_img[mid],
        )
    assert st.sub_img[node.mem_id] == 1 and st.sub_link_h[node.mem_id] > 0


def test_counts_after_pruning_are_those_of_a_fresh_pass() -> None:
    """The boilerplate pass reuses the page's counts minus what pruning removed (a chrome box, a link
    list with its heading, a script), and they equal a fresh count of the pruned container."""
    from kornews.content import _after_removals, _collect, _prune

    links = "<ul>" + "".join(f"<li><a href='/n{i}'>관련 뉴스 제목 {i}번째 기사</a></li>" for i in range(6)) + "</ul>"
    body = (
        f"<div id='article'><p>{P1}</p><div class='share'><a href='/s'>공유하기 버튼</a><img src='/a.png'></div>"
        f"<div><p>{P2}</p><p>관련기사</p>{links}<script>var x = '스크립트 안의 한글';</script></div>"
        f"<figure><img src='/b.png'><figcaption>사진 설명 한글 캡션</figcaption></figure><p>{P3}</p></div>"
    )
    root = Page.from_input(_page(body)).tree.body
    assert root is not None
    node, st = densest_container(root)
    assert node is not None and node.attributes.get("id") == "article"
    removed = _prune(node, st, (re.compile("^관련기사"),))
    assert removed  # the share box and the link list went
    counts = _after_removals(st, node, [removed])
    assert counts is not None
    fresh = _collect(node, chrome_names=False)
    live = [d.mem_id for d in node.traverse() if d.mem_id in fresh.nodes]
    assert all(m in counts.nodes for m in live)
    for mid in live:
        assert (counts.sub_h[mid], counts.sub_link_h[mid], counts.sub_img[mid]) == (
            fresh.sub_h[mid],
            fresh.sub_link_h[mid],
            fresh.sub_img[mid],
        )
    assert counts.sub_img[node.mem_id] == 1 and counts.sub_link_h[node.mem_id] == 0


# -- text mode --------------------------------------------------------------------------------


def test_text_mode_title_date_deck_and_lead() -> None:
    text = "\n".join(
        [
            "홈",
            "정치",
            "경제",
            "AI 반도체에 3조 정부 지원 방안 발표",
            "기사입력 2025.07.22 14:00",
            "연구개발에 3조 투입",
            "인력 1만명 양성",
            f"[세종=예시뉴스] 홍길동 기자 = {P1}",
            P2,
            P3,
            "hong@example.co.kr",
            "많이 본 뉴스",
            "다른 기사 제목이 여기에 있습니다 정말",
        ]
    )
    a = kornews.extract_text(text, outlet="generic")
    assert a.title == "AI 반도체에 3조 정부 지원 방안 발표"
    assert a.published == datetime(2025, 7, 22, 14, 0, tzinfo=korean.KST)
    assert a.subtitles == ("연구개발에 3조 투입", "인력 1만명 양성")
    assert a.body == (P1, P2, P3) and a.dateline == "세종"
    assert [(r.name, r.email) for r in a.reporters] == [("홍길동", "hong@example.co.kr")]


def test_text_mode_keeps_a_short_closing_paragraph_before_the_signoff() -> None:
    """A short last paragraph (a quote), even after an ad label, is the article's when the sign-off or
    the copyright line follows it; a boxed heading in between still ends the article."""
    quote = '시 관계자는 "효과를 기대한다"고 말했다.'
    lines = [
        "긴 기사 제목이 여기에 들어갑니다 정말로",
        "기사입력 2025.07.22 14:00",
        f"[세종=예시뉴스] 홍길동 기자 = {P1}",
        P2,
    ]
    tail = ["hong@example.co.kr", "Copyright © 예시뉴스. 무단전재 및 재배포 금지.", "많이 본 뉴스", "다른 기사 제목"]
    a = kornews.extract_text("\n".join([*lines, "광고", quote, *tail]), outlet="generic")
    assert a.body == (P1, P2, quote) and a.copyright and a.reporters[0].email == "hong@example.co.kr"
    b = kornews.extract_text("\n".join([*lines, "관련기사", quote, *tail]), outlet="generic")
    assert b.body == (P1, P2) and b.reporters[0].email is None


def test_text_mode_without_lead_takes_the_densest_run() -> None:
    text = "\n".join(
        [
            "메뉴 하나",
            "긴 기사 제목이 여기에 들어갑니다 정말로",
            "짧은 줄",
            P1,
            P2,
            "◆소제목",
            P3,
            "구독하기",
            "푸터 문구",
        ]
    )
    a = GenericExtractor().extract_text(kornews.text.TextPage.from_text(text))
    assert a.title == "긴 기사 제목이 여기에 들어갑니다 정말로"
    assert a.body == (P1, P2, "◆소제목", P3)


def test_text_mode_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        kornews.extract_text("홈\n정치\n경제", outlet="generic")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(s.paragraphs(), min_size=1, max_size=6), s.headlines(), st.lists(s.headlines(), max_size=8))
def test_generated_pages_give_back_their_paragraphs(paragraphs: list[str], title: str, related: list[str]) -> None:
    """Any Korean page shaped like an article: the paragraphs come back exactly, related links never."""
    assume(sum(len(re.findall("[가-힣]", p)) for p in paragraphs) >= 40)  # else it is no article
    links = "".join(f'<li><a href="/r{i}">{h}</a></li>' for i, h in enumerate(related))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = _page(
        f'<nav><a href="/">홈</a></nav><h1>{title}</h1><div class="content">{body}</div>'
        f'<div class="side"><h3>많이 본 뉴스</h3><ul>{links}</ul></div>'
    )
    a = _generic(page)
    assert a.title == title and a.body == tuple(paragraphs)


# -- shared conventions added with the generic extractor ---------------------------------------


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        ("이재명 후보가 연설하고 있다. 연합뉴스", "이재명 후보가 연설하고 있다.", "연합뉴스"),
        ("큰절을 올리고 있다. 고영권 기자", "큰절을 올리고 있다.", "고영권 기자"),
        ("기념 촬영을 하는 당선인. [사진 출처 = 이재명 캠프]", "기념 촬영을 하는 당선인.", "이재명 캠프"),
        ("강연을 하고 있는 당선인 [사진출처=연합뉴스]", "강연을 하고 있는 당선인", "연합뉴스"),
        ("인사하고 있다. 뉴스1", "인사하고 있다.", "뉴스1"),
        ("국민은행 본점 전경", "국민은행 본점 전경", None),  # no sentence before: not a credit
    ],
)
def test_caption_credits_after_the_last_sentence(text: str, caption: str, credit: str | None) -> None:
    assert korean.split_caption(text) == korean.Caption(caption, credit)


def test_a_second_dateline_lead_starts_another_story() -> None:
    other = "[부산=예시뉴스] 김철수 기자 = 부산시가 새로운 관광 정책을 발표했다고 밝혔다. 시민들의 반응은 엇갈렸다."
    page = _page(
        f"<h1>첫 번째 기사의 제목입니다</h1><div><p>[세종=예시뉴스] 홍길동 기자 = {P1}</p><p>{P2}</p>"
        f"<div><p>{other}</p></div></div>"
    )
    a = _generic(page)
    assert a.body == (P1, P2) and [r.name for r in a.reporters] == ["홍길동"]

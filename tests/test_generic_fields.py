"""The generic reader's fields (issue 15): title, dates, reporters, captions as a reader sees them.

(a) every real page in ``fixtures/`` (Hankook Ilbo, Maeil, legacy Chosun, Naver 2023 and the legacy
    Naver read page of 2017, Daum 2022) read by the generic reader alone, outlet modules off, against
    the outlet or portal module's expected output;
(b) the same over the reconstructed fixtures;
(c) SYNTHETIC pages (made up here, not real markup of any outlet) reproducing each failure the
    issue describes, and hypothesis properties over decorations, separators, date forms and photo
    labels.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import korean as k
from kornews.fields import reconcile, strip_decoration
from kornews.testing import strategies as s

from .fixtures import Case
from .generic_table import compare, outlet_cases, render, token_f1
from .pages.dates import format_date

# -- (a) and (b): every HTML article fixture, generic alone ------------------------------------

CASES = outlet_cases()
REAL = [c for c in CASES if c.source.get("provenance") == "real"]
RECONSTRUCTED = [c for c in CASES if c.source.get("provenance") != "real"]


def test_there_are_real_and_reconstructed_pages_to_compare() -> None:
    assert len(REAL) >= 6 and len(RECONSTRUCTED) >= 15
    # the legacy Naver page had no date when read generically (``기사입력 <span>2017.04.20. 오후 3:53</span>``)
    assert any("main_read" in c.id for c in REAL)


@pytest.mark.parametrize("case", REAL, ids=[c.id for c in REAL])
def test_real_page_read_generically_matches_the_outlet_module(case: Case) -> None:
    row = compare(case)
    assert row.error is None
    assert row.title_ok, (row.title, row.expected_title)
    assert row.date_ok, (row.published, row.expected_published)
    assert row.modified_ok
    assert row.reporters_ok, (row.reporters, row.expected_reporters)
    assert row.body_f1 >= 0.98
    assert row.captions_in_body == 0


# Honest thresholds on the reconstructed pages: exact title, date to the minute and reporters on
# every one; body F1 ≥ 0.98 except where noted.  No exemption is needed today; one would be listed
# here with its reason.
RECONSTRUCTED_BODY_EXEMPT: dict[str, str] = {}


@pytest.mark.parametrize("case", RECONSTRUCTED, ids=[c.id for c in RECONSTRUCTED])
def test_reconstructed_page_read_generically_matches_the_outlet_module(case: Case) -> None:
    row = compare(case)
    assert row.error is None
    assert row.title_ok, (row.title, row.expected_title)
    assert row.date_ok, (row.published, row.expected_published)
    assert row.modified_ok
    assert row.reporters_ok, (row.reporters, row.expected_reporters)
    assert row.captions_in_body == 0
    if case.id not in RECONSTRUCTED_BODY_EXEMPT:
        assert row.body_f1 >= 0.98


def test_the_table_renders_every_page_and_the_shares() -> None:
    rows = [compare(c) for c in CASES[:3]]
    text = render(rows)
    assert all(r.case in text for r in rows) and "with a date: 3/3" in text


def test_token_f1() -> None:
    assert token_f1(["a b c"], ["a b c"]) == 1.0
    assert token_f1(["a b"], ["c d"]) == 0.0
    assert token_f1(["a b c d"], ["a b"]) == pytest.approx(2 * 0.5 * 1 / 1.5)


# -- (c) synthetic pages ------------------------------------------------------------------------
# SYNTHETIC: made-up markup in the style of older Korean outlet pages (table/div layouts without
# structured data), one per failure the issue describes.

P1 = "정부가 내년부터 인공지능 반도체 연구개발에 3조원을 투입하는 지원 방안을 발표했다. 업계는 환영의 뜻을 밝혔다."
P2 = "과학기술정보통신부는 22일 서울 종로구 정부서울청사에서 이 같은 내용의 계획을 확정했다고 밝혔다."
P3 = "정부는 오는 2030년까지 관련 인력 1만명을 양성하고 민간 투자를 끌어내겠다는 목표를 제시했다."
HEADLINE = "AI 반도체에 3조 투입…인력 1만명 양성"


def synthetic(
    *,
    head: str = "",
    headline_html: str = f'<h3 class="view_tit">{HEADLINE}</h3>',
    info_html: str = '<div class="info"><span>홍길동 기자</span></div>',
    body_html: str = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>",
    logo: str = "예시일보",
) -> bytes:
    """A SYNTHETIC older-layout article page: today's date in a top bar, logo, menu, a ticker of
    dated headlines (not links), the headline, the info line, body, related list, footer with a
    copyright line."""
    ticker = "".join(
        f"<li><span>속보 제목 {i}번째 소식입니다</span> <span>2020.02.{10 + i} 10:{i:02d}</span></li>" for i in range(9)
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"{head}</head><body>"
        '<div class="top_bar"><span>2020년 03월 09일 월요일</span></div>'
        f'<div id="header"><div class="logo"><a href="/"><img src="/logo.png" alt="{logo}"></a></div>'
        '<ul class="gnb"><li><a href="/p">정치</a></li><li>'
        '<a href="/e">경제</a></li><li><a href="/s">사회</a></li></ul>'
        f'<div class="ticker"><ul>{ticker}</ul></div></div>'
        f'<div id="container"><div class="article_head">{headline_html}{info_html}</div>'
        f'<div id="articleBody" class="article_txt">{body_html}</div>'
        '<div class="related"><h4>관련기사</h4><ul><li>'
        '<a href="/1">반도체 수출 역대 최대 기록 경신</a> <span>2020-03-01</span></li>'
        '<li><a href="/2">AI 인재 양성 방안 논의 본격화</a> <span>2020-02-28</span></li></ul></div></div>'
        '<div id="footer"><p>주소: 서울 중구 세종대로 1 | 대표전화 02-000-0000</p>'
        f"<p>Copyright © {logo}. All rights reserved.</p></div>"
        "</body></html>"
    ).encode()


def _generic(page: bytes, url: str | None = None) -> kornews.Article:
    a = kornews.extract(page, url=url, outlet="generic")
    assert a.extractor == "generic"
    return a


def test_synthetic_site_name_in_title_and_og_title_with_a_clean_headline_element() -> None:
    head = (
        f'<title>{HEADLINE} - Entermedia</title><meta property="og:title" content="{HEADLINE} - Entermedia">'
        '<meta property="og:site_name" content="엔터미디어">'
    )
    a = _generic(synthetic(head=head, logo="엔터미디어"), "http://www.entermedia.co.kr/news/articleView.html?idxno=1")
    assert a.title == HEADLINE


def test_synthetic_decorated_title_without_any_headline_element() -> None:
    """No headline element matches: the decoration is learned from the page (domain label, logo alt)."""
    head = f"<title>{HEADLINE} - Entermedia</title>"
    a = _generic(synthetic(head=head, headline_html="", logo="엔터미디어"), "http://www.entermedia.co.kr/news/1")
    assert a.title == HEADLINE
    head = f'<meta property="og:title" content="대전일보 모바일 :: {HEADLINE}">'
    a = _generic(synthetic(head=head, headline_html="", logo="대전일보"))
    assert a.title == HEADLINE
    assert a.published is None  # the dates of the ticker above the body are not the article's


def test_synthetic_site_prefix_with_the_headline_in_a_titled_div() -> None:
    head = f"<title>대전일보 모바일 :: [단독] {HEADLINE}</title>"
    page = synthetic(head=head, headline_html=f'<div class="article_title">[단독] {HEADLINE}</div>', logo="대전일보")
    a = _generic(page)
    assert a.title == f"[단독] {HEADLINE}"


def test_synthetic_breadcrumb_title_and_column_tag() -> None:
    head = f"<title>[2025 100대 CEO] {HEADLINE} &lt; 경제 &lt; 기사본문 - 예시일보</title>"
    a = _generic(synthetic(head=head, headline_html=""))
    assert a.title == f"[2025 100대 CEO] {HEADLINE}" and a.series == "2025 100대 CEO"


def test_synthetic_bare_iso_date_beside_the_byline() -> None:
    info = '<div class="info"><span>홍길동 기자</span> <span>2020-03-04 16:52:59</span></div>'
    a = _generic(synthetic(info_html=info))
    assert a.published == datetime(2020, 3, 4, 16, 52, 59, tzinfo=k.KST)
    assert [(r.name, r.role) for r in a.reporters] == [("홍길동", "기자")]


def test_synthetic_magazine_date_in_brackets_under_the_headline() -> None:
    info = '<p class="date">기사입력 :[ 2018-08-25 15:24 ]</p><p class="writer">홍길동 기자</p>'
    a = _generic(synthetic(info_html=info))
    assert a.published == datetime(2018, 8, 25, 15, 24, tzinfo=k.KST)


def test_synthetic_labelled_published_and_modified_in_separate_nodes() -> None:
    info = (
        '<ul class="info"><li>승인 <b>2020.03.04 16:52</b></li><li>수정 <b>2020.03.05 09:10</b></li>'
        "<li>홍길동 기자</li></ul>"
    )
    a = _generic(synthetic(info_html=info))
    assert a.published == datetime(2020, 3, 4, 16, 52, tzinfo=k.KST)
    assert a.modified == datetime(2020, 3, 5, 9, 10, tzinfo=k.KST)


def test_synthetic_dates_of_the_related_list_are_not_the_article_date() -> None:
    a = _generic(synthetic())
    assert a.published is None


def test_synthetic_structured_day_gets_the_visible_time() -> None:
    head = '<meta property="article:published_time" content="2020-03-04">'
    info = '<div class="info"><span>홍길동 기자</span><span>입력 2020.03.04 16:52</span></div>'
    a = _generic(synthetic(head=head, info_html=info))
    assert a.published == datetime(2020, 3, 4, 16, 52, tzinfo=k.KST)


def test_synthetic_structured_utc_time_is_kst_and_agrees_with_the_visible_one() -> None:
    head = '<meta property="article:published_time" content="2020-03-04T07:52:59Z">'
    info = '<div class="info"><span>홍길동 기자</span><span>입력 2020.03.04 16:52</span></div>'
    a = _generic(synthetic(head=head, info_html=info))
    assert a.published == datetime(2020, 3, 4, 16, 52, 59, tzinfo=k.KST)
    # the same instant written without an offset (UTC as if local): the visible time wins
    head = '<meta property="article:published_time" content="2020-03-04 07:52:59">'
    a = _generic(synthetic(head=head, info_html=info))
    assert a.published == datetime(2020, 3, 4, 16, 52, tzinfo=k.KST)


def test_synthetic_photo_labels_under_photos_leave_the_body() -> None:
    body = (
        f"<p>{P1}</p>"
        '<p><img src="/a.jpg"></p><p>㈜한국전력 나주 본사 전경</p>'
        f"<p>{P2}</p>"
        '<div><img src="/b.jpg"><br>김철수 한국대 교수</div>'
        f"<p>{P3}</p>"
        '<p><img src="/c.jpg"></p><p>[사진=연합뉴스]</p>'
        '<p><img src="/d.jpg"></p><p>▲지난 3일 열린 협약식에서 참석자들이 기념촬영을 하고 있다.</p>'
        "<p>[EPA=연합뉴스 자료사진]</p>"
    )
    a = _generic(synthetic(body_html=body), "http://www.example.co.kr/news/1")
    assert a.body == (P1, P2, P3)
    got = [(i.url, i.caption, i.credit) for i in a.images]
    assert got == [
        ("http://www.example.co.kr/a.jpg", "㈜한국전력 나주 본사 전경", None),
        ("http://www.example.co.kr/b.jpg", "김철수 한국대 교수", None),
        ("http://www.example.co.kr/c.jpg", None, "연합뉴스"),
        ("http://www.example.co.kr/d.jpg", "지난 3일 열린 협약식에서 참석자들이 기념촬영을 하고 있다.", "EPA=연합뉴스"),
    ]


def test_synthetic_a_short_body_line_after_a_photo_is_not_a_caption() -> None:
    body = f'<p><img src="/a.jpg"></p><p>◆향후 계획</p><p>{P1}</p><p>{P2}</p>'
    a = _generic(synthetic(body_html=body))
    assert a.body == ("◆향후 계획", P1, P2)
    assert [(i.caption, i.credit) for i in a.images] == [(None, None)]


def test_synthetic_organisation_authors_are_not_reporters() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": [{"@type": "Person", "name": "연합뉴스"}, {"name": "홍길동"}],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    a = _generic(synthetic(head=head, info_html=""))
    assert [r.name for r in a.reporters] == ["홍길동"]


def test_synthetic_whole_line_promo_link_leaves_the_body() -> None:
    body = f'{P1}<br><br>{P2}<br><br><a href="http://promo.example.com/">최신 유행 트렌드 총집결(클릭!)</a><br><br>'
    a = _generic(synthetic(body_html=body))
    assert a.body == (P1, P2)


# -- (c) hypothesis properties ------------------------------------------------------------------

SEPARATORS = (" - ", " | ", " :: ", "::", " : ", " – ", " — ", " < ", " > ", "|", " ㅣ ")
SITES = ("엔터미디어", "대전일보", "예시뉴스", "Entermedia", "KoreaNews", "한국경제TV")


@st.composite
def decorated_titles(draw: st.DrawFn) -> tuple[str, str, str]:
    """(headline, site, decorated title): the site name (maybe with a page-kind word) glued before
    or after the headline with a separator."""
    headline = draw(s.headlines())
    site = draw(st.sampled_from(SITES))
    label = site + draw(st.sampled_from(["", " 모바일", " 뉴스"]))
    sep = draw(st.sampled_from(SEPARATORS))
    if sep.strip() == ":":  # a bare colon only ever follows the headline
        return headline, site, f"{headline}{sep}{label}"
    before = draw(st.booleans()) and sep.strip() not in ("<", ">")
    return headline, site, f"{label}{sep}{headline}" if before else f"{headline}{sep}{label}"


@given(decorated_titles())
def test_strip_decoration_removes_the_site_at_either_end(case: tuple[str, str, str]) -> None:
    headline, site, decorated = case
    assert strip_decoration(decorated, [site]) == headline
    assert strip_decoration(headline, [site]) == headline


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(decorated_titles(), st.sampled_from(["h1", "h2", "h3", "div.tit", "p.article_title", "strong.headline"]))
def test_the_headline_element_wins_over_a_decorated_title(case: tuple[str, str, str], element: str) -> None:
    """SYNTHETIC pages: the decorated title in ``<title>`` and ``og:title``, the clean headline in an
    element; the site name is known only from the logo."""
    headline, site, decorated = case
    tag, _, cls = element.partition(".")
    html = f'<{tag} class="{cls}">{headline}</{tag}>'
    head = f'<title>{decorated}</title><meta property="og:title" content="{decorated}">'
    a = _generic(synthetic(head=head, headline_html=html, logo=site))
    assert a.title == headline


STYLES = ("dot", "slash", "daum", "hangul", "naver", "iso", "spoken")


def _written(when: datetime, style: str) -> str:
    """``when`` as a page prints it: the styles of ``tests.pages.dates.format_date``, and ``spoken``
    (``2025년 7월 22일 오후 3시 5분``, minute precision)."""
    if style != "spoken":
        return format_date(when, style)
    half = "오전" if when.hour < 12 else "오후"
    return f"{when.year}년 {when.month}월 {when.day}일 {half} {when.hour % 12 or 12}시 {when.minute}분"


LABELS = ("입력", "등록", "기사입력", "승인", "발행", "송고", "게재", "입력 :", "기사입력 :", "")


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    s.kst_datetimes(),
    st.sampled_from(STYLES),
    st.sampled_from(LABELS),
    st.sampled_from(
        [
            "{label} {date}",
            "{label}[ {date} ]",
            "<span>{label}</span> <em>{date}</em>",
            "{label} : {date}",
            "{date} {label}",
        ]
    ),
    st.booleans(),
)
def test_a_printed_date_near_the_headline_is_found_in_every_form(
    when: datetime, style: str, label: str, shape: str, beside_byline: bool
) -> None:
    """SYNTHETIC pages without structured dates: the date printed under the headline (or beside the
    byline), in any style ``tests.pages.dates.format_date`` writes, with or without a label."""
    text = shape.format(label=label, date=_written(when, style))
    info = (
        f'<div class="info"><span>홍길동 기자</span> <span class="d">{text}</span></div>'
        if beside_byline
        else f'<p class="date">{text}</p>'
    )
    a = _generic(synthetic(info_html=info))
    assert isinstance(a.published, datetime)
    precision = timedelta(minutes=1) if style in ("naver", "daum", "spoken") else timedelta(seconds=1)
    assert abs(a.published - when) < precision and a.published.tzinfo is not None


@settings(max_examples=60)
@given(
    st.one_of(
        st.sampled_from(s.CREDITS).map(lambda c: (f"[사진={c}]", None, c)),
        st.sampled_from(s.CREDITS).map(lambda c: (f"사진={c}", None, c)),
        st.sampled_from(["EPA", "AP", "로이터", "AFP"]).map(
            lambda c: (f"[{c}=연합뉴스 자료사진]", None, f"{c}=연합뉴스")
        ),
        st.sampled_from(["게티이미지뱅크", "연합뉴스"]).map(lambda c: (f"ⓒ{c}", None, c)),
        s.words(2, 5).map(lambda w: (f"㈜{w} 본사 전경", f"㈜{w} 본사 전경", None)),
        s.names().map(lambda n: (n, n, None)),
        st.tuples(s.names(), st.sampled_from(["대표", "회장", "교수", "의원"])).map(
            lambda t: (f"{t[0]} {t[1]}", f"{t[0]} {t[1]}", None)
        ),
    ),
    st.sampled_from(['<p><img src="/x.jpg"></p><p>{label}</p>', '<div><img src="/x.jpg"><br>{label}</div>']),
)
def test_a_photo_label_under_a_photo_becomes_its_caption_or_credit(
    label: tuple[str, str | None, str | None], shape: str
) -> None:
    text, caption, credit = label
    body = f"<p>{P1}</p>" + shape.format(label=text) + f"<p>{P2}</p>"
    a = _generic(synthetic(body_html=body))
    assert a.body == (P1, P2)
    assert [(i.caption, i.credit) for i in a.images] == [(caption, credit)]


def test_photo_label_rejects_body_shapes() -> None:
    for text in (
        P1,
        "◆향후 계획",
        "정부는 관련 인력을 양성한다.",
        "홍길동 기자",
        "(포항=연합뉴스) 홍길동 기자 = 정부가 발표했다.",
    ):
        assert k.photo_label(text) is None, text


def test_reconcile_rules() -> None:
    day = k.ParsedDate(date(2020, 3, 4), "2020-03-04")
    seen = k.ParsedDate(datetime(2020, 3, 4, 16, 52, tzinfo=k.KST), "2020.03.04 16:52")
    exact = k.ParsedDate(datetime(2020, 3, 4, 16, 52, 59, tzinfo=k.KST), "2020-03-04T16:52:59+09:00")
    naive_utc = k.ParsedDate(datetime(2020, 3, 4, 7, 52, 59, tzinfo=k.KST), "2020-03-04 07:52:59")
    other = k.ParsedDate(datetime(2020, 3, 4, 10, 0, tzinfo=k.KST), "2020-03-04T10:00:00+09:00")
    assert reconcile(None, seen) == seen and reconcile(day, None) == day
    assert reconcile(day, seen) == seen  # the more precise wins
    assert reconcile(exact, seen) == exact  # they agree: the structured one has the seconds
    assert reconcile(naive_utc, seen) == seen  # UTC written as local time
    assert reconcile(other, seen) == other  # they disagree: the structured date is kept
    assert reconcile(day, k.ParsedDate(datetime(2021, 1, 1, 9, 0, tzinfo=k.KST), "")) == day


def test_utc_structured_time_is_converted() -> None:
    parsed = k.parse_date("2020-03-04T07:52:59Z")
    assert parsed is not None and parsed.value == datetime(2020, 3, 4, 7, 52, 59, tzinfo=timezone.utc)
    assert parsed.value.utcoffset() == timedelta(hours=9)


def test_is_organisation() -> None:
    for name in ("연합뉴스", "대전일보", "뉴스1", "온라인뉴스팀", "편집국", "㈜예시"):
        assert k.is_organisation(name), name
    for name in ("홍길동", "남궁민수", "이경제"):
        assert not k.is_organisation(name), name


def test_desks_and_outlets_are_not_bylines() -> None:
    for text in ("온라인뉴스팀 기자", "디지털뉴스부 기자", "연합뉴스 기자", "사회부 기자"):
        assert k.parse_byline(text) == [], text
    assert k.parse_byline("대전일보 홍길동 기자") == [k.RawReporter("홍길동", "기자", None)]
    assert k.parse_byline("사회부 홍길동·김철수 기자") == [
        k.RawReporter("홍길동", "기자", None),
        k.RawReporter("김철수", "기자", None),
    ]


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    """SYNTHETIC: a short body sentence naming a date after a label-like word is not the article date;
    the info line's date is."""
    from kornews.fields import visible_dates
    from kornews.page import Page

    html = (
        f'<h3 class="tit">{HEADLINE}</h3><div id="b">'
        "<p>정부는 지난해 등록된 업체 수가 2020.03.04 기준 늘었다고 밝혔다.</p>"
        f"<p>{P1}</p></div>"
    )
    page = Page.from_input(f"<html><body>{html}</body></html>")
    root = page.tree.body
    assert root is not None
    assert visible_dates(root, page.tree.css_first("h3"), page.tree.css_first("#b")) == (None, None)
    page = Page.from_input(f'<html><body><p class="d">입력 2020.03.05 11:00</p>{html}</body></html>')
    root = page.tree.body
    assert root is not None
    published, modified = visible_dates(root, page.tree.css_first("h3"), page.tree.css_first("#b"))
    assert published is not None and published.value == datetime(2020, 3, 5, 11, 0, tzinfo=k.KST)
    assert modified is None


def test_synthetic_decoration_learned_from_the_footer_alone() -> None:
    """SYNTHETIC: no meta names the site, the domain does not spell it and the logo is an image
    without alt; the footer's copyright line does (``Copyright © 엔터미디어``)."""
    head = f"<title>{HEADLINE} - 엔터미디어</title>"
    page = synthetic(head=head, headline_html="", logo="엔터미디어").replace(
        b' alt="\xec\x97\x94\xed\x84\xb0\xeb\xaf\xb8\xeb\x94\x94\xec\x96\xb4"', b""
    )
    assert b"alt=" not in page
    assert _generic(page, "http://www.ent-media.example/news/1").title == HEADLINE


def test_a_headline_with_a_spaced_dash_keeps_its_second_half() -> None:
    """SYNTHETIC: ``손흥민 … - 토트넘 완승`` is one headline (nothing on the page names 토트넘 완승 as the site)."""
    title = "손흥민 시즌 10호골 폭발 - 토트넘 완승"
    page = synthetic(head=f"<title>{title}</title>", headline_html="")
    assert _generic(page).title == title


def test_learned_names_come_from_the_page_itself() -> None:
    from kornews.fields import learned_names
    from kornews.page import Page

    page = Page.from_input(
        '<html><body><div class="footer_info">(주)엔터미디어 | 대표 홍길동 | 서울 중구</div></body></html>'
    )
    raws = [f"{HEADLINE} - 엔터미디어", f"{HEADLINE} - 토트넘 완승"]
    assert learned_names(page, raws, ["예시"]) == ("예시", "엔터미디어")


def test_angle_brackets_of_a_work_title_are_not_separators() -> None:
    title = "봉준호 감독의 신작 영화 <기생충> 흥행 돌풍"
    assert strip_decoration(f"{title} - 예시일보", ["예시일보"]) == title
    assert strip_decoration(f"{title} < 문화 < 기사본문 - 예시일보", ["예시일보"]) == title

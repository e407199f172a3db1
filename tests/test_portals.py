"""Daum and Naver: URL claims, origin detection (ours vs other press), portal chrome removal wherever
it stands, text mode, and HTML/text agreement on the Daum fixtures."""

from __future__ import annotations

import json
import random
import re
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import registry
from kornews.base import Rules
from kornews.dom import Block, render_text
from kornews.page import Page
from kornews.portals.common import PortalExtractor, copyright_name, press_name, summary_end
from kornews.portals.daum import Daum
from kornews.portals.naver import Naver
from kornews.testing import strategies

from .fixtures import FIXTURES, SEEDS

DAUM = FIXTURES / "daum"
NAVER_PAGE = FIXTURES / "naver" / "naver_n.news.naver.com_article_607_0000001728_2023-11-02.html"
CHOSUN_URL = "https://v.daum.net/v/20241205005502741"
HERALD_URL = "https://v.daum.net/v/20240711160104518"
SEED_001 = (SEEDS / "001_1eb1864f32732296.txt").read_text(encoding="utf-8")
SEED_002 = (SEEDS / "002_9a2741c02dd99069.txt").read_text(encoding="utf-8")


def _page(name: str) -> bytes:
    return (DAUM / name).read_bytes()


def _ours(outlet: str) -> bool:
    return any(e.id == outlet for e in registry.extractors())


# -- URL claims -----------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", [Daum, Naver], ids=["daum", "naver"])
def test_portals_are_portals_above_outlets(ext: type[PortalExtractor]) -> None:
    assert ext.kind == "portal"
    assert all(ext.priority > e.priority for e in registry.extractors() if e.kind == "outlet")


@pytest.mark.parametrize(("ext", "url"), [(e, u) for e in (Daum, Naver) for u in e.example_urls])
def test_example_urls_claimed_by_the_portal_only(ext: type[PortalExtractor], url: str) -> None:
    assert [e.id for e in registry.extractors() if e.claims(url)] == [ext.id]
    assert registry.for_url(url).id == ext.id  # type: ignore[union-attr]


@pytest.mark.parametrize("url", [*Daum.non_article_urls, *Naver.non_article_urls])
def test_non_article_urls_claimed_by_nobody(url: str) -> None:
    assert [e.id for e in registry.extractors() if e.claims(url)] == []


@pytest.mark.parametrize(
    "url",
    [
        "https://v.daum.net/v/2024120500550",  # too short
        "https://v.daum.net/v/20241205005502741/comments",
        "https://n.news.naver.com/article/607/000000172",  # aid has 10 digits
        "https://news.naver.com/main/read.naver?mode=LSD&oid=607",  # no aid
        "https://n.news.naver.com/article/comment/607/0000001728",
    ],
)
def test_near_miss_urls_are_not_claimed(url: str) -> None:
    assert not Daum.claims(url) and not Naver.claims(url)


# -- origin detection ------------------------------------------------------------------------------


def test_daum_copy_of_our_outlet_reports_portal_and_outlet() -> None:
    art = kornews.extract(_page("copy-chosun.html"), url=CHOSUN_URL)
    assert (art.extractor, art.portal, art.publisher) == ("daum", "daum", "조선일보")
    assert art.outlet == ("chosun" if _ours("chosun") else None)


def test_naver_copy_of_another_press_reports_the_press_without_outlet() -> None:
    art = kornews.extract(NAVER_PAGE.read_bytes(), url="https://n.news.naver.com/article/607/0000001728")
    assert (art.extractor, art.portal, art.outlet, art.publisher) == ("naver", "naver", None, "뉴스타파")
    assert art.original_url == "https://newstapa.org/article/r8G4m"
    assert art.copyright and "뉴스타파" in art.copyright
    assert not any("webmaster@" in p or "Copyright" in p or "섹션으로 분류" in p for p in art.body)


def _daum_page(press: str, body: str, *, original: str | None = None, meta_press: bool = True) -> str:
    author = f'<meta property="og:article:author" content="{press}">' if meta_press else ""
    link = f'<a class="link_original" href="{original}">기사원문</a>' if original else ""
    return (
        '<html><head><meta charset="utf-8"><meta property="og:regDate" content="20250101093000">'
        f'{author}<link rel="canonical" href="https://v.daum.net/v/20250101093000123"></head><body>'
        '<div class="head_view"><h3 class="tit_view">제목입니다 새 소식</h3>'
        f'<div class="info_view"><span class="txt_info">홍길동 기자</span>{link}</div></div>'
        f'<div class="news_view"><div class="article_view"><section>{body}</section></div></div></body></html>'
    )


OTHER_BODY = (
    "<p>[세종=한겨레] 홍길동 기자 = 정부가 새 정책을 발표했다. 시장은 환영했다.</p>"
    "<p>이 글자크기로 변경됩니다.</p>"
    "<figure><img src='https://t1.daumcdn.net/x.jpg'>"
    "<figcaption class='txt_caption'>발표하는 장관. [사진=정부]</figcaption></figure>"
    "<p>두 번째 문단은 세부 내용을 설명한다. 관계자는 그렇게 말했다.</p>"
    "<p>hong@hani.co.kr</p><p>Copyright © 한겨레. 무단전재 및 재배포 금지.</p>"
)


def test_daum_copy_of_another_press_comes_out_clean() -> None:
    art = kornews.extract(_daum_page("한겨레", OTHER_BODY))
    assert (art.extractor, art.portal, art.outlet, art.publisher) == ("daum", "daum", None, "한겨레")
    assert art.body == (
        "정부가 새 정책을 발표했다. 시장은 환영했다.",
        "두 번째 문단은 세부 내용을 설명한다. 관계자는 그렇게 말했다.",
    )
    assert art.dateline == "세종"
    assert [(r.name, r.role, r.email) for r in art.reporters] == [("홍길동", "기자", "hong@hani.co.kr")]
    assert [(i.caption, i.credit) for i in art.images] == [("발표하는 장관.", "정부")]
    assert art.copyright == "Copyright © 한겨레. 무단전재 및 재배포 금지."


def test_press_named_only_by_the_copy_itself() -> None:
    """No og:article:author: the copyright line (else the dateline lead) names the press."""
    art = kornews.extract(_daum_page("한겨레", OTHER_BODY, meta_press=False))
    assert (art.outlet, art.publisher) == (None, "한겨레")


@pytest.mark.skipif(not _ours("herald"), reason="Herald extractor not installed")
def test_origin_found_by_the_original_link_host() -> None:
    body = "<p>[헤럴드경제=홍길동 기자] 새 소식이 나왔다. 시장은 반겼다.</p>"
    art = kornews.extract(_daum_page("Herald", body, original="https://biz.heraldcorp.com/article/10008681"))
    assert (art.outlet, art.original_url) == ("herald", "https://biz.heraldcorp.com/article/10008681")


@pytest.mark.skipif(not _ours("herald"), reason="Herald extractor not installed")
def test_origin_rules_apply_inside_the_copy() -> None:
    """Herald's appended headline list goes because Herald's rules say so, not Daum's."""
    items = "".join(f'<p>- "헤드라인 목록 {i}번 기사 제목"</p>' for i in range(5))
    body = f"<p>[헤럴드경제=홍길동 기자] 새 소식이 나왔다. 시장은 반겼다.</p><p>hong@heraldcorp.com</p>{items}"
    art = kornews.extract(_daum_page("헤럴드경제", body))
    assert art.outlet == "herald" and art.body == ("새 소식이 나왔다. 시장은 반겼다.",)
    assert Daum.rules.lists == ()  # the list rule is Herald's own


def test_copyright_and_press_names() -> None:
    assert copyright_name("Copyright © 조선일보. 무단전재 및 재배포 금지.") == "조선일보"
    assert copyright_name("Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포 금지.") == "뉴스타파"
    assert copyright_name("<ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지>") == "공감언론 뉴시스통신사"
    assert copyright_name("저작권자 © 뉴스핌 무단전재 및 재배포 금지") == "뉴스핌"
    assert copyright_name("평범한 문장이다.") is None
    assert press_name("뉴스타파 | 네이버") == "뉴스타파"
    assert press_name("조선일보") == "조선일보"
    assert press_name(" | 다음") is None


def test_text_origin_by_copyright_lead_or_email() -> None:
    d = Daum()
    assert d.text_origin(["본문.", "Copyright © 한겨레. 무단전재 및 재배포 금지."]) == ("한겨레", None)
    assert d.text_origin(["[세종=한겨레] 홍길동 기자 = 본문이다."]) == ("한겨레", None)
    assert d.text_origin(["그냥 본문이다."]) == (None, None)
    if _ours("newsis"):
        press, origin = d.text_origin(["본문이다.", "☞공감언론 뉴시스 abc@newsis.com"])
        assert origin is not None and origin.id == "newsis" and press == "뉴시스"


# -- automatic summary boxes -----------------------------------------------------------------------


def test_summary_box_ends_at_the_next_chrome_line() -> None:
    texts = ["전체 맥락", "요약 하나.", "요약 둘.", "이 글자크기로 변경됩니다.", "본문"]
    assert summary_end(texts, 0, Daum.rules) == 3


def test_summary_box_without_boundary_takes_only_extracts_of_the_text() -> None:
    texts = [
        "전체 맥락",
        '"가나다라마바사 아자차카타파하."',
        "본문 첫 문장이다.",
        "“가나다라마바사 아자차카타파하.” 본문이 이어진다.",
    ]
    assert summary_end(texts, 0, Rules()) == 2


# -- chrome wherever it stands ---------------------------------------------------------------------

CHROME_HTML = (
    '<p dmcf-ptype="general">번역beta Translated by kaka i</p>',
    '<p dmcf-ptype="general">이 글자크기로 변경됩니다.</p>',
    '<p dmcf-ptype="general">(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.</p>',
    '<div class="layer_summary"><p>전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.</p>'
    "<p>요약된 문장 하나이다.</p></div>",
    '<div class="x9"><p>전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.</p><p>요약된 문장 둘이다.</p></div>',
    '<p dmcf-ptype="general">글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.</p>',
)
_SECTION_CHILD = re.compile(r"\n(?=<(?:p|figure|h3) dmcf-)")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 1000), st.sampled_from(CHROME_HTML)), min_size=1, max_size=4))
def test_daum_chrome_anywhere_in_the_html_copy_is_removed(inserts: list[tuple[int, str]]) -> None:
    html = _page("copy-chosun.html").decode("utf-8")
    expected = kornews.extract(html, url=CHOSUN_URL)
    head, sep, rest = html.partition("</strong>\n")  # the deck, then the section's children
    children = _SECTION_CHILD.split(rest)
    for pos, chunk in inserts:
        children.insert(pos % (len(children) + 1), chunk)
    assert kornews.extract(head + sep + "\n".join(children), url=CHOSUN_URL) == expected


TEXT_CHROME = (
    "번역beta Translated by kaka i",
    "이 글자크기로 변경됩니다.",
    "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.",
    "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 1000), st.sampled_from(TEXT_CHROME)), min_size=1, max_size=4))
def test_daum_chrome_anywhere_in_the_text_copy_is_removed(inserts: list[tuple[int, str]]) -> None:
    lines = SEED_002.splitlines()
    expected = kornews.extract_text(SEED_002)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("[헤럴드경제"))  # after the deck
    body = lines[start:]
    for pos, line in inserts:
        body.insert(pos % (len(body) + 1), line)
    assert kornews.extract_text("\n".join(lines[:start] + body)) == expected


def test_reaction_box_ends_the_copy() -> None:
    html = _daum_page(
        "한겨레",
        OTHER_BODY.replace("<p>hong@", "<p>이 기사에 대해 어떻게 생각하시나요?</p><p>추천해요 좋아요</p><p>hong@"),
    )
    art = kornews.extract(html)
    assert art.body[-1] == "두 번째 문단은 세부 내용을 설명한다. 관계자는 그렇게 말했다."
    assert not any("추천해요" in p for p in art.body)


def test_strip_chrome_keeps_figures_and_order() -> None:
    items = [
        Block("text", "번역beta Translated by kaka i"),
        Block("figure", "사진 설명 [사진=LG]", "https://x/1.jpg"),
        Block("text", "첫 문단이다."),
        Block("text", "이 기사에 대해 어떻게 생각하시나요?"),
        Block("text", "꼬리"),
    ]
    assert Daum().strip_chrome(items) == [items[1], items[2]]


# -- text mode and HTML/text agreement ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "page", "url"), [(SEED_001, "copy-chosun.html", CHOSUN_URL), (SEED_002, "copy-herald.html", HERALD_URL)]
)
def test_daum_html_and_text_agree(seed: str, page: str, url: str) -> None:
    html = kornews.extract(_page(page), url=url)
    text = kornews.extract_text(seed)
    assert isinstance(text, kornews.Article)
    for field in (
        "extractor",
        "portal",
        "outlet",
        "publisher",
        "title",
        "series",
        "subtitles",
        "reporters",
        "dateline",
        "body",
        "copyright",
    ):
        assert getattr(text, field) == getattr(html, field), field
    assert [(i.caption, i.credit) for i in text.images] == [(i.caption, i.credit) for i in html.images]
    assert text.layout == "text" and text.url is None


def test_seed_001_text_date_and_seed_002_without_date() -> None:
    a = kornews.extract_text(SEED_001)
    b = kornews.extract_text(SEED_002)
    assert isinstance(a, kornews.Article) and isinstance(b, kornews.Article)
    assert a.published is not None and a.published.isoformat() == "2024-12-05T00:55:00+09:00"
    assert a.published_raw == "2024. 12. 5. 00:55"
    assert b.published is None  # seed 002 shows no date


def test_rendered_reconstruction_reads_like_its_seed() -> None:
    """The reconstructed page rendered to text (Daum's bars included) reads as the seed does."""
    page = Page.from_input(_page("copy-herald.html"))
    assert page.tree.body is not None
    got = kornews.extract_text(render_text(page.tree.body))
    want = kornews.extract_text(SEED_002)
    assert isinstance(got, kornews.Article) and isinstance(want, kornews.Article)
    assert (got.title, got.body, got.reporters, got.subtitles) == (
        want.title,
        want.body,
        want.reporters,
        want.subtitles,
    )


def test_text_without_daum_header_is_not_a_daum_article() -> None:
    with pytest.raises(kornews.NotAnArticle):
        kornews.extract_text("제목\n본문 문장이다.", outlet="daum")
    with pytest.raises(kornews.MissingField):
        kornews.extract_text("이 글자크기로 변경됩니다.\n본문 문장이다.", outlet="daum")


def test_portal_text_markers_outweigh_the_press_markers() -> None:
    assert registry.for_text(SEED_001).id == "daum"  # type: ignore[union-attr]
    assert registry.for_text(SEED_002).id == "daum"  # type: ignore[union-attr]


# -- recognition and errors ----------------------------------------------------------------------


def test_portal_pages_recognised_without_url_over_the_press() -> None:
    assert registry.for_page(Page.from_input(_page("copy-herald.html"))).id == "daum"  # type: ignore[union-attr]
    assert registry.for_page(Page.from_input(NAVER_PAGE.read_bytes())).id == "naver"  # type: ignore[union-attr]
    stripped = re.sub(rb'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', b"", _page("copy-chosun.html"))
    assert registry.for_page(Page.from_input(stripped)).id == "daum"  # type: ignore[union-attr]


def test_naver_modified_date_from_its_attribute() -> None:
    html = NAVER_PAGE.read_bytes().replace(
        b'<a href="https://newstapa.org/article/r8G4m"',
        b'<span class="_ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2023-11-03 09:15:42">'
        b"2023.11.03. \xec\x98\xa4\xec\xa0\x84 9:15</span>"
        b'<a href="https://newstapa.org/article/r8G4m"',
    )
    art = kornews.extract(html, url="https://n.news.naver.com/article/607/0000001728")
    assert art.modified is not None and art.modified.isoformat() == "2023-11-03T09:15:42+09:00"
    assert art.modified_raw == "2023-11-03 09:15:42"


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("<html><body><p>다음 뉴스 홈</p></body></html>", "https://v.daum.net/v/20241205005502741"),
        ("<html><body><p>네이버 뉴스</p></body></html>", "https://n.news.naver.com/article/607/0000001728"),
        (_daum_page("한겨레", ""), None),
        (b"\xff\xfe\x00garbage", "https://v.daum.net/v/20241205005502741"),
    ],
)
def test_bad_portal_pages_raise_kornews_errors(page: str | bytes, url: str | None) -> None:
    with pytest.raises(kornews.KornewsError):
        kornews.extract(page, url=url)


def test_fixture_json_records_portal_and_origin() -> None:
    data = json.loads((DAUM / "copy-herald.json").read_text(encoding="utf-8"))
    assert data["portal"] == "daum" and data["publisher"] == "헤럴드경제"
    assert data["outlet"] == ("herald" if _ours("herald") else None)


def test_daum_older_labelled_dates_in_html_and_text() -> None:
    html = _daum_page("한겨레", OTHER_BODY).replace(
        '<span class="txt_info">홍길동 기자</span>',
        '<span class="txt_info">홍길동 기자</span><span class="txt_info">입력 2021.11.22. 10:00</span>'
        '<span class="txt_info">수정 2021.11.22. 11:30</span>',
    )
    html = html.replace('<meta property="og:regDate" content="20250101093000">', "")
    art = kornews.extract(html)
    assert art.published is not None and art.published.isoformat() == "2021-11-22T10:00:00+09:00"
    assert art.modified is not None and art.modified.isoformat() == "2021-11-22T11:30:00+09:00"
    text = "\n".join(
        [
            "제목입니다 새 소식",
            "홍길동 기자 입력 2021.11.22. 10:00 수정 2021.11.22. 11:30",
            "번역beta Translated by kaka i",
            "[세종=한겨레] 홍길동 기자 = 정부가 새 정책을 발표했다. 시장은 환영했다.",
            "Copyright © 한겨레. 무단전재 및 재배포 금지.",
        ]
    )
    got = kornews.extract_text(text)
    assert isinstance(got, kornews.Article)
    assert (got.published, got.modified) == (art.published, art.modified)
    assert (got.title, got.body, got.publisher, got.dateline) == (
        "제목입니다 새 소식",
        ("정부가 새 정책을 발표했다. 시장은 환영했다.",),
        "한겨레",
        "세종",
    )


def test_naver_2020_layout() -> None:
    html = (
        '<html><head><meta charset="utf-8"><meta property="og:article:author" content="한겨레 | 네이버">'
        '<meta property="og:url" content="https://news.naver.com/main/read.nhn?oid=028&aid=0002512345"></head><body>'
        '<h3 id="articleTitle">옛 네이버 기사 제목</h3><div class="sponsor">'
        '<span class="t11">기사입력 2020.08.27. 오후 8:27</span>'
        ' 최종수정 <span class="t11">2020.08.27. 오후 9:05</span></div>'
        '<div id="articleBodyContents">'
        "<script>// flash 오류를 우회하기 위한 함수 추가\nfunction _flash_removeCallback() {}</script>"
        "[서울=한겨레] 홍길동 기자 = 첫 문단이 시작된다. 내용이 이어졌다.<br><br>"
        '<span class="end_photo_org"><img src="https://imgnews.pstatic.net/1.jpg">'
        '<em class="img_desc">현장 모습. [사진=한겨레]</em></span>'
        "<br><br>둘째 문단이 마무리한다. 끝이 났다.<br><br>hong@hani.co.kr</div></body></html>"
    )
    art = kornews.extract(html, url="https://news.naver.com/main/read.nhn?mode=LSD&oid=028&aid=0002512345")
    assert (art.extractor, art.layout, art.publisher, art.outlet, art.dateline) == (
        "naver",
        "2020",
        "한겨레",
        None,
        "서울",
    )
    assert art.body == ("첫 문단이 시작된다. 내용이 이어졌다.", "둘째 문단이 마무리한다. 끝이 났다.")
    assert art.published is not None and art.published.isoformat() == "2020-08-27T20:27:00+09:00"
    assert art.modified is not None and art.modified.isoformat() == "2020-08-27T21:05:00+09:00"
    assert [(i.url, i.caption, i.credit) for i in art.images] == [
        ("https://imgnews.pstatic.net/1.jpg", "현장 모습.", "한겨레")
    ]
    assert [(r.name, r.email) for r in art.reporters] == [("홍길동", "hong@hani.co.kr")]


def test_naver_real_page_rendered_to_text_agrees_with_html() -> None:
    raw = NAVER_PAGE.read_bytes()
    html = kornews.extract(raw, url="https://n.news.naver.com/article/607/0000001728")
    page = Page.from_input(raw)
    assert page.tree.body is not None
    rendered = render_text(page.tree.body)
    assert registry.for_text(rendered).id == "naver"  # type: ignore[union-attr]
    text = kornews.extract_text(rendered)
    assert isinstance(text, kornews.Article)
    for field in (
        "extractor",
        "portal",
        "outlet",
        "publisher",
        "title",
        "series",
        "subtitles",
        "reporters",
        "body",
        "copyright",
    ):
        assert getattr(text, field) == getattr(html, field), field
    assert text.published is not None and text.published.isoformat() == "2023-11-02T20:06:00+09:00"  # minutes shown


def test_text_origin_trusts_the_named_press_over_mentions() -> None:
    """A copy that names a press not ours stays that press's, even when it mentions one of ours."""
    d = Daum()
    lines = ["조선일보 보도에 따르면 정책이 바뀌었다.", "Copyright © 한겨레. 무단전재 및 재배포 금지."]
    assert d.text_origin(lines) == ("한겨레", None)
    assert d.text_origin(["조선일보 보도에 따르면 정책이 바뀌었다."]) == (None, None)


def test_daum_images_point_at_the_original_not_the_thumbnail() -> None:
    from kornews.dom import image_src

    node = Page(
        '<img data-org-src="https://t1.daumcdn.net/news/a.jpg" src="https://img1.daumcdn.net/thumb/R658x0/?fname=x">'
    ).tree.css_first("img")
    assert node is not None and image_src(node) == "https://t1.daumcdn.net/news/a.jpg"
    art = kornews.extract(_page("copy-chosun.html"), url=CHOSUN_URL)
    assert all(i.url and i.url.startswith("https://t1.daumcdn.net/news/") for i in art.images)


@pytest.mark.parametrize("seed", ["000_43ad3e7ce7184603.txt", "004_9eb31814b43fc7ab.txt"])
def test_outlet_pages_rendered_to_text_are_not_portal_copies(seed: str) -> None:
    ext = registry.for_text((SEEDS / seed).read_text(encoding="utf-8"))
    assert ext is not None and ext.kind == "outlet"


# -- text mode: the portals' templates as text layouts ------------------------------------------------

COPY = "\n".join(
    [
        "(포항=연합뉴스) 임상현 기자 = 새해를 맞아 인파가 몰려 새해소망을 기원했다.",
        "둘째 문단이다.",
        "저작권자(c)연합뉴스. 무단전재-재배포금지",
    ]
)


def test_daum_2022_header_comment_counter_and_menus() -> None:
    header = ["사회", "포항 호미곶..10만 인파", "입력 2010. 01. 01. 09:21 수정 2010. 01. 01. 09:40 댓글 0개"]
    tools = ["기사 도구 모음", "번역 설정", "번역beta", "Translated by kakao i", "번역할 언어 선택", "English"]
    tools += ["(cn) 简体中文", "日本語", "Bahasa Indonesia", "tiếng Việt", "한국어", "공유", "글씨크기 조절하기"]
    tools += ["(*) 가나다라마바사 매우 작은 폰트", "인쇄하기 새창열림", "[20100101094006444.jpg]"]
    text = "\n".join([*header, *tools, COPY, "이 기사에 대해 어떻게 생각하시나요?", "연재"])
    got = kornews.extract_text(text)
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.title, got.subtitles) == ("daum", "포항 호미곶..10만 인파", ())
    assert got.published is not None and got.published.isoformat() == "2010-01-01T09:21:00+09:00"
    assert got.modified is not None and got.modified.isoformat() == "2010-01-01T09:40:00+09:00"
    assert got.body == ("새해를 맞아 인파가 몰려 새해소망을 기원했다.", "둘째 문단이다.")
    assert [(r.name, r.role) for r in got.reporters] == [("임상현", "기자")] and got.publisher == "연합뉴스"


def test_daum_font_panel_is_dropped_whole_a_deck_after_it_stays() -> None:
    panel = "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.\n가 가\n이 글자크기로 변경됩니다.\n"
    head = "제목이다\n이해인 기자 2024. 12. 5. 00:55\n번역beta Translated by kaka i\n"
    for deck in ("가 가", "부제목 한 줄"):
        got = kornews.extract_text(head + panel + f"{deck}\n" + COPY, outlet="daum")
        assert isinstance(got, kornews.Article)
        assert got.subtitles == (deck,) and "이해인" in [r.name for r in got.reporters]
    assert Daum().cut_panels(["글자크기 설정", "가 가", "본문이다."]) == ["글자크기 설정", "가 가", "본문이다."]
    long_inner = ["글자크기 설정", "본문의 문장이 여기에 들어 있다.", "이 글자크기로 변경됩니다."]
    assert Daum().cut_panels(long_inner) == long_inner


def test_naver_reporter_card_ends_the_copy_and_names_the_reporter() -> None:
    lines = [
        "본문 문장이다.",
        "최신 유행 트렌드 총집결 #흥(클릭!)",
        "우영식",
        "기자 프로필",
        "[prof]",
        "연합뉴스",
        "우영식 기자",
    ]
    lines += [
        "구독",
        "구독자 338",
        "• 다른 기사 제목",
        "Copyright ⓒ 연합뉴스. 무단 전재 및 재배포 금지.",
        "이 기사를 추천합니다",
    ]
    copy, reporters = Naver().cut_card(lines)
    assert copy == [
        "본문 문장이다.",
        "최신 유행 트렌드 총집결 #흥(클릭!)",
        "Copyright ⓒ 연합뉴스. 무단 전재 및 재배포 금지.",
    ]
    assert [(r.name, r.role) for r in reporters] == [("우영식", "기자")]
    assert Naver().cut_card(["본문이다.", "홍길동"]) == (["본문이다.", "홍길동"], [])


def test_naver_legacy_read_page_as_text() -> None:
    header = [
        "NAVER 뉴스",
        "[연천소식] 군-초록우산어린이재단, 아동복지 협약",
        "기사입력 2017.04.20. 오후 3:53 기사원문 스크랩",
    ]
    panels = ["본문듣기 설정", "성별 선택하기 선택된 성별남성 여성", "설정을 저장하시겠습니까?", "확인 취소"]
    panels += [
        "좋아요 좋아요 평가하기 공감",
        "좋아요 0",
        "훈훈해요 0",
        "후속기사 원해요 0",
        "댓글",
        "글자 크기 변경하기",
    ]
    panels += ["크기", "가1단계", "글꼴", "굴림", "나눔고딕", "닫기", "나눔고딕 폰트가 설치되어있지 않습니다."]
    panels += ["나눔 폰트를 설치하러 가시겠습니까?", "예 아니오", "인쇄하기", "보내기"]
    copy = ["(연천=연합뉴스) 경기도 연천군은 20일 협약을 체결했다고 밝혔다.", "최신 유행 트렌드 총집결 #흥(클릭!)"]
    card = [
        "우영식",
        "기자 프로필",
        "우영식 기자",
        "구독",
        "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 및 재배포 금지.",
    ]
    tail = ["이 기사는 언론사에서 사회 섹션으로 분류했습니다.", "본 콘텐츠의 저작권은 제공처 또는 네이버에 있으며"]
    text = "\n".join([*header, *panels, *copy, *card, *tail])
    got = kornews.extract_text(text)
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.title, got.subtitles, got.dateline) == (
        "naver",
        "[연천소식] 군-초록우산어린이재단, 아동복지 협약",
        (),
        "연천",
    )
    assert got.body == ("경기도 연천군은 20일 협약을 체결했다고 밝혔다.",)
    assert got.published is not None and got.published.isoformat() == "2017-04-20T15:53:00+09:00"
    assert [(r.name, r.role) for r in got.reporters] == [("우영식", "기자")] and got.publisher == "연합뉴스"
    assert got.copyright == "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 및 재배포 금지."


def test_a_byline_under_the_portal_header_names_the_reporter() -> None:
    text = "\n".join(["제목이다", "입력2023.11.02. 오후 8:06", "기사원문", "홍길동 기자", "짧은 부제", COPY])
    got = kornews.extract_text(text, outlet="naver")
    assert isinstance(got, kornews.Article)
    assert "홍길동" in [r.name for r in got.reporters] and got.subtitles == ("짧은 부제",)
    assert got.body[0] == "새해를 맞아 인파가 몰려 새해소망을 기원했다."


NAVER_LEGACY_TEXT = (
    (FIXTURES / "naver" / "renders" / "naver_news.naver.com_main_read_2017-04-20.chromium.txt")
    .read_text(encoding="utf-8")
    .split("\n", 1)[1]
)
NAVER_TEXT_CHROME = (
    "좋아요 0",
    "후속기사 원해요 0",
    "가3단계",
    "가2단계 보통",
    "맑은고딕",
    "나눔고딕 폰트가 설치되어있지 않습니다.",
    "성별 선택하기 선택된 성별남성 여성",
    "말하기 속도 느림 보통 빠름",
    "본문 요약봇",
    "SNS 보내기",
    "쏠쏠정보 0",
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 1000), st.sampled_from(NAVER_TEXT_CHROME)), min_size=1, max_size=5))
def test_naver_chrome_anywhere_in_the_legacy_text_copy_is_removed(inserts: list[tuple[int, str]]) -> None:
    """Naver's panel lines in another order, or inside the copy, leave the reading as it is."""
    lines = NAVER_LEGACY_TEXT.split("\n")
    expected = kornews.extract_text(NAVER_LEGACY_TEXT)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("기사입력")) + 1
    end = next(i for i, ln in enumerate(lines) if ln == "기자 프로필")
    middle = lines[start:end]
    for pos, line in inserts:
        middle.insert(pos % (len(middle) + 1), line)
    assert kornews.extract_text("\n".join(lines[:start] + middle + lines[end:])) == expected


def _naver_clock(dt: datetime) -> str:
    """``2017.04.20. 오후 3:53``, as the pre-2022 page prints a date."""
    half = "오전" if dt.hour < 12 else "오후"
    return f"{dt:%Y.%m.%d.} {half} {(dt.hour % 12) or 12}:{dt:%M}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.articles(with_seconds=False), st.booleans(), st.randoms(use_true_random=False))
def test_naver_legacy_template_as_text_reads_any_story(
    art: strategies.GeneratedArticle, promo: bool, rnd: random.Random
) -> None:
    """The pre-2022 read page's text (the fixture's chrome, panels shuffled) around another story:
    its headline, date, reporter (from the byline and the reporter card) and paragraphs."""
    lines = NAVER_LEGACY_TEXT.split("\n")
    i_title = lines.index("[연천소식] 군-초록우산어린이재단, 아동복지 협약")
    i_date = i_title + 1
    i_lead = next(i for i, ln in enumerate(lines) if ln.startswith("(연천=연합뉴스)"))
    i_card = lines.index("기자 프로필")
    panels = [ln for ln in lines[i_date + 1 : i_lead] if ln.strip()]
    rnd.shuffle(panels)
    first, *rest = art.paragraphs
    copy = [f"({art.place}=연합뉴스) {first}", *rest] + (["최신 유행 트렌드 총집결 #흥(클릭!)"] if promo else [])
    stamp = _naver_clock(art.published)
    modified = f" 최종수정 {_naver_clock(art.modified)}" if art.modified else ""
    card = [ln.replace("우영식", art.reporter) for ln in lines[i_card:]]
    text = "\n".join(
        [
            *lines[:i_title],
            art.title,
            f"기사입력 {stamp}{modified} 기사원문 스크랩",
            *panels,
            *copy,
            art.reporter,
            *card,
        ]
    )
    got = kornews.extract_text(text)
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.title, got.subtitles, got.dateline) == ("naver", art.title, (), art.place)
    assert got.body == art.paragraphs
    assert got.published == art.published and got.modified == art.modified
    assert [(r.name, r.role) for r in got.reporters] == [(art.reporter, "기자")] and got.publisher == "연합뉴스"


DAUM_2022_TEXT = (
    (DAUM / "renders" / "daum_v.daum.net_20100101092104056_2022-saved.chromium.txt")
    .read_text(encoding="utf-8")
    .split("\n", 1)[1]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.articles(with_seconds=False), st.randoms(use_true_random=False))
def test_daum_2022_template_as_text_reads_any_story(art: strategies.GeneratedArticle, rnd: random.Random) -> None:
    """Daum's 2022 page as text (the fixture's chrome, the tool menus shuffled) around another story:
    its headline, dates, reporter (from the lead) and paragraphs."""
    lines = DAUM_2022_TEXT.split("\n")
    i_date = next(i for i, ln in enumerate(lines) if ln.startswith("입력 2010."))
    i_lead = next(i for i, ln in enumerate(lines) if ln.startswith("(포항=연합뉴스)"))
    i_end = next(i for i, ln in enumerate(lines) if ln.startswith("저작권자(c)"))
    tools = [ln for ln in lines[i_date + 1 : i_lead] if ln.strip()]
    rnd.shuffle(tools)
    first, *rest = art.paragraphs
    copy = [f"({art.place}=연합뉴스) {art.reporter} 기자 = {first}", *rest]
    stamp = f"{art.published:%Y. %m. %d. %H:%M}"
    modified = f" 수정 {art.modified:%Y. %m. %d. %H:%M}" if art.modified else ""
    header = [*lines[: i_date - 1], art.title, f"입력 {stamp}{modified} 댓글 {rnd.randint(0, 99)}개"]
    got = kornews.extract_text("\n".join([*header, *tools, *copy, *lines[i_end:]]))
    assert isinstance(got, kornews.Article)
    assert (got.extractor, got.title, got.subtitles, got.dateline) == ("daum", art.title, (), art.place)
    assert got.body == art.paragraphs
    assert got.published == art.published and got.modified == art.modified
    assert [(r.name, r.role) for r in got.reporters] == [(art.reporter, "기자")] and got.publisher == "연합뉴스"

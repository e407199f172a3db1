"""Herald Economy (헤럴드경제): URLs, lead parsing, the appended headline list and promo lines wherever
they stand, the older view.php layout, EUC-KR, the Daum copy's article lines, and text mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kornews
from kornews import korean as k
from kornews import registry
from kornews.base import Body
from kornews.dom import Block, render_text
from kornews.errors import KornewsError, MissingField, NotAnArticle
from kornews.outlets.herald import Herald
from kornews.page import Page
from kornews.text import line_blocks, normalize_lines

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "fixtures" / "herald"
SEED = ROOT / "seeds" / "002_9a2741c02dd99069.txt"
COPYRIGHT = "Copyright © 헤럴드경제. 무단전재 및 재배포 금지."
HTML_FIXTURES = {
    "layout-2024.html": "https://biz.heraldcorp.com/article/3474461",
    "layout-legacy-euckr.html": "http://news.heraldcorp.com/view.php?ud=20240711050421",
}


def seed_lines() -> list[str]:
    return normalize_lines(SEED.read_text(encoding="utf-8"))


def seed_article_paragraphs() -> list[str]:
    """The seed's article paragraphs: the lead line without its bracket, up to the e-mail."""
    lines = seed_lines()
    i_lead = next(i for i, ln in enumerate(lines) if ln.startswith("[헤럴드경제("))
    i_mail = lines.index("killpass@heraldcorp.com")
    return [lines[i_lead].split("] ", 1)[1], *lines[i_lead + 1 : i_mail]]


def clean(lines: list[str]) -> Body:
    return Herald().clean(line_blocks(lines))


# ---------------------------------------------------------------------------------------------
# URLs


@pytest.mark.parametrize("url", Herald.example_urls)
def test_example_urls_are_claimed_by_herald_only(url: str) -> None:
    assert Herald.claims(url)
    assert [e.id for e in registry.extractors() if e.claims(url)] == ["herald"]


@pytest.mark.parametrize("url", Herald.non_article_urls)
def test_non_article_urls_are_not_claimed(url: str) -> None:
    assert not Herald.claims(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.koreaherald.com/article/10008681",  # the English edition is another outlet
        "https://biz.heraldcorp.com/article/",
        "https://biz.heraldcorp.com/article/abc",
        "https://biz.heraldcorp.com/view.php?ud=2024",
        "https://biz.heraldcorp.com.evil.example/article/10008681",
    ],
)
def test_lookalike_urls_are_not_claimed(url: str) -> None:
    assert not Herald.claims(url)


def test_url_picks_herald() -> None:
    assert registry.for_url("https://biz.heraldcorp.com/article/10008681") is not None
    assert registry.for_url("https://biz.heraldcorp.com/article/10008681").id == "herald"  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# lead, series


@pytest.mark.parametrize(
    ("lead", "place", "names", "role"),
    [
        ("[헤럴드경제(제주)=정태일 기자] “AI 사업에서", "제주", ["정태일"], "기자"),
        ("[헤럴드경제=정태일 기자] 본문이다.", None, ["정태일"], "기자"),
        ("[헤럴드경제 = 정태일 기자] 본문이다.", None, ["정태일"], "기자"),
        ("[헤럴드경제=정태일·김현일 기자] 본문이다.", None, ["정태일", "김현일"], "기자"),
        ("[헤럴드경제(뉴욕)=김현일 특파원] 본문이다.", "뉴욕", ["김현일"], "특파원"),
        ("[헤럴드경제(세종)=배문숙 선임기자] 본문이다.", "세종", ["배문숙"], "선임기자"),
    ],
)
def test_herald_leads_parse(lead: str, place: str | None, names: list[str], role: str) -> None:
    parsed = k.parse_lead(lead)
    assert parsed is not None
    assert parsed.place == place
    assert parsed.publisher == "헤럴드경제"
    assert [r.name for r in parsed.reporters] == names
    assert {r.role for r in parsed.reporters} == {role}
    assert not parsed.rest.startswith(("[", "]", "="))


def test_column_tag_is_the_series() -> None:
    title = "노벨상 20명 배출 美 연구원 왜 구글·MS 아닌 LG 손잡았을까 [비즈360]"
    assert k.headline_series(title) == "비즈360"
    assert k.headline_series("[단독] 삼성전자 네트워크사업부 인력 700명 전환 배치") is None


# ---------------------------------------------------------------------------------------------
# the Daum copy's article lines (what the Daum portal hands to Herald().clean)


def test_seed_article_lines_clean_to_exactly_the_article() -> None:
    lines = seed_lines()
    start = lines.index("잭슨랩 속도 중시하며 LG 선택")
    body = clean(lines[start:])
    assert body.subtitles == (
        "잭슨랩 속도 중시하며 LG 선택",
        "LG, 고강도 AI 트랜스포메이션",
        "화학·바이오 등 성과 도출 유력",
    )
    assert body.dateline == "제주"
    assert body.publisher == "헤럴드경제"
    reporters = kornews.base.to_reporters(body.reporters)
    assert reporters == (kornews.Reporter(name="정태일", role="기자", email="killpass@heraldcorp.com"),)
    assert list(body.paragraphs) == seed_article_paragraphs()
    assert body.copyright == COPYRIGHT
    assert body.images == ()
    assert not any(p.startswith("- ") for p in body.paragraphs)


# ---------------------------------------------------------------------------------------------
# the appended headline list and promo lines, wherever they stand

P1 = "배경훈 LG AI연구원장은 11일 제주에서 열린 포럼에 강연자로 나서 협업 배경을 설명했다."
P2 = "배 원장은 “AI 사업에서 속도가 가장 중요한 요소”라고 강조했다."
P3 = "한편 배 원장은 AI 사업 난제로는 데이터 확보를 꼽았다."
LEAD = "[헤럴드경제=홍길동 기자] " + P1
MAIL = "hong@heraldcorp.com"
HEADLINES = [
    '- "몰카 협박에 술집서 일해"…쯔양, 전 남친 폭행·갈취 폭로',
    "- 홍명보는 ‘폭로’ 박주호 감쌌다…“그것도 포용해야”",
    "- 뉴진스, 한국관광의 얼굴이 되다",
]
OTHER_HEADLINES = [
    "- “집값 더 오른다” 서울 아파트 매수심리 3년 만에 최고",
    '- "이러다 다 죽는다" 자영업자 폐업 100만명 시대',
    "- 손흥민, 토트넘 떠나나…사우디 구단 거액 제안 [투더리그]",
    "- 하루 만에 10% 급등…개미들 몰린 종목은?",
]
PROMO = "▶ 무조건 오르는 비공개 급등종목"
EXPECTED = (P1, P2, P3)


def _check(body: Body, *, copyright: str | None = COPYRIGHT) -> None:
    assert body.paragraphs == EXPECTED
    assert body.copyright == copyright
    assert kornews.base.to_reporters(body.reporters) == (kornews.Reporter(name="홍길동", role="기자", email=MAIL),)


@pytest.mark.parametrize(
    "items", [HEADLINES, OTHER_HEADLINES, OTHER_HEADLINES[:1], HEADLINES[:2], HEADLINES + OTHER_HEADLINES]
)
def test_headline_list_after_copyright(items: list[str]) -> None:
    _check(clean([LEAD, P2, P3, MAIL, COPYRIGHT, *items]))


@pytest.mark.parametrize("items", [HEADLINES, OTHER_HEADLINES, OTHER_HEADLINES[:1], HEADLINES[:2]])
def test_headline_list_between_email_and_copyright(items: list[str]) -> None:
    _check(clean([LEAD, P2, P3, MAIL, *items, COPYRIGHT]))


@pytest.mark.parametrize("items", [HEADLINES, OTHER_HEADLINES[:1], OTHER_HEADLINES[2:]])
def test_headline_list_before_the_email(items: list[str]) -> None:
    _check(clean([LEAD, P2, P3, *items, MAIL, COPYRIGHT]))


@pytest.mark.parametrize("items", [HEADLINES, OTHER_HEADLINES[:1], OTHER_HEADLINES[1:3]])
def test_headline_list_without_copyright(items: list[str]) -> None:
    _check(clean([LEAD, P2, P3, MAIL, *items]), copyright=None)


@pytest.mark.parametrize("items", [HEADLINES, OTHER_HEADLINES, OTHER_HEADLINES[:3]])
def test_headline_list_of_three_or_more_in_the_middle(items: list[str]) -> None:
    _check(clean([LEAD, P2, *items, P3, MAIL, COPYRIGHT]))


def test_headline_list_between_deck_and_lead() -> None:
    body = clean(["덱 첫째 줄", "덱 둘째 줄", *OTHER_HEADLINES, LEAD, P2, P3, MAIL, COPYRIGHT])
    _check(body)
    assert body.subtitles == ("덱 첫째 줄", "덱 둘째 줄")


@pytest.mark.parametrize("where", range(6))
def test_promo_line_anywhere(where: int) -> None:
    lines = [LEAD, P2, P3, MAIL, COPYRIGHT]
    lines.insert(where, PROMO)
    _check(clean(lines))


@pytest.mark.parametrize(
    "promo", ["▶ 헤럴드경제 네이버 채널 구독하기", "▶ 오늘의 핫이슈 한눈에 보기", "▶무조건 오르는 비공개 급등종목"]
)
def test_promo_links_at_the_end(promo: str) -> None:
    _check(clean([LEAD, P2, P3, MAIL, promo, COPYRIGHT, *HEADLINES]))
    _check(clean([LEAD, P2, P3, promo, MAIL]), copyright=None)


def test_interview_question_and_event_bullets_stay() -> None:
    """A lone ``- 질문`` line followed by its answer, and ``▶일시:`` bullets, are article text."""
    question = "- 제주 포럼에서 가장 강조한 점은?"
    bullets = ["▶일시: 2024년 7월 11일", "▶장소: 롯데호텔 제주", "▶문의: 한경협"]
    body = clean([LEAD, question, P2, *bullets, P3, MAIL, COPYRIGHT])
    assert body.paragraphs == (P1, question, P2, *bullets, P3)


def test_list_in_html_body_before_the_email() -> None:
    items = "".join(f"<p>{h}</p>" for h in OTHER_HEADLINES)
    page = (
        '<html><head><meta property="og:title" content="제목이다 [비즈360]">'
        '<link rel="canonical" href="https://biz.heraldcorp.com/article/10000001"></head><body>'
        f'<article id="articleText"><p>{LEAD}</p><p>{PROMO}</p><p>{P2}</p><p>{P3}</p>{items}'
        f"<p>{MAIL}</p><p>{COPYRIGHT}</p></article></body></html>"
    )
    art = kornews.extract(page, url="https://biz.heraldcorp.com/article/10000001")
    assert art.body == EXPECTED
    assert art.title == "제목이다 [비즈360]" and art.series == "비즈360"
    assert art.copyright == COPYRIGHT


# ---------------------------------------------------------------------------------------------
# the fixtures: body = the seed's article paragraphs; older layout; EUC-KR; text mode


@pytest.mark.parametrize("name", sorted(HTML_FIXTURES))
def test_fixture_body_is_the_seeds_article(name: str) -> None:
    art = kornews.extract((FIX / name).read_bytes(), url=HTML_FIXTURES[name])
    assert list(art.body) == seed_article_paragraphs()
    assert art.title == seed_lines()[0]
    assert art.series == "비즈360"
    assert art.dateline == "제주"
    assert art.reporters == (kornews.Reporter(name="정태일", role="기자", email="killpass@heraldcorp.com"),)
    assert art.copyright == COPYRIGHT


def test_legacy_layout_reads_li_article_date() -> None:
    art = kornews.extract((FIX / "layout-legacy-euckr.html").read_bytes())
    assert art.extractor == "herald" and art.layout == "legacy"
    assert art.published_raw == "2024.07.11 16:01"
    assert (
        art.published
        == kornews.Article.from_dict(
            {"extractor": "x", "title": "x", "published": "2024-07-11T16:01:00+09:00"}
        ).published
    )


def test_legacy_fixture_is_euc_kr_and_decodes_like_utf8() -> None:
    raw = (FIX / "layout-legacy-euckr.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert re.search(rb"<meta charset=\"euc-kr\">", raw[:1024])
    text = raw.decode("cp949")
    as_utf8 = text.replace('charset="euc-kr"', 'charset="utf-8"').encode("utf-8")
    url = HTML_FIXTURES["layout-legacy-euckr.html"]
    assert kornews.extract(raw, url=url) == kornews.extract(as_utf8, url=url)


def test_current_layout_prefers_structured_title_and_dates() -> None:
    page = Page.from_input((FIX / "layout-2024.html").read_bytes())
    # break the header nodes: the result must not change (they are only a fallback)
    for node in page.tree.css(".article-view-header"):
        node.decompose()
    art = Herald().extract(page)
    ref = kornews.extract((FIX / "layout-2024.html").read_bytes())
    assert (art.title, art.published, art.modified, art.reporters) == (
        ref.title,
        ref.published,
        ref.modified,
        ref.reporters,
    )


def test_current_layout_falls_back_to_header_nodes() -> None:
    html = (FIX / "layout-2024.html").read_text(encoding="utf-8")
    html = re.sub(r"<script type=\"application/ld\+json\">.*?</script>", "", html, flags=re.S)
    html = re.sub(r"<meta property=\"(?:og:title|article:published_time|article:modified_time)\"[^>]*>", "", html)
    art = kornews.extract(html.encode("utf-8"))
    assert art.title == seed_lines()[0]
    assert art.published_raw == "2024.07.11 16:01" and art.modified_raw == "2024.07.11 16:35"
    assert art.reporters[0].name == "정태일"


@pytest.mark.parametrize("name", sorted(HTML_FIXTURES))
def test_html_and_text_mode_agree_on_fixtures(name: str) -> None:
    data = (FIX / name).read_bytes()
    url = HTML_FIXTURES[name]
    html_art = kornews.extract(data, url=url)
    body = Page.from_input(data).tree.body
    assert body is not None
    text_art = kornews.extract_text(render_text(body))  # recognised from the text alone
    assert isinstance(text_art, kornews.Article)
    assert text_art.extractor == "herald" and text_art.layout == "text"
    assert (text_art.title, text_art.reporters, text_art.body, text_art.subtitles) == (
        html_art.title,
        html_art.reporters,
        html_art.body,
        html_art.subtitles,
    )
    assert text_art.published == html_art.published


# ---------------------------------------------------------------------------------------------
# errors


def test_text_without_herald_lead_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        kornews.extract_text("헤럴드경제\n오늘의 주요뉴스\n- 첫째 기사\n- 둘째 기사", outlet="herald")


def test_text_without_headline_is_missing_title() -> None:
    with pytest.raises(MissingField):
        kornews.extract_text("[헤럴드경제=홍길동 기자] " + P1, outlet="herald")


def test_herald_page_without_article_is_not_an_article() -> None:
    page = '<html><head><link rel="canonical" href="https://biz.heraldcorp.com/list/economy"></head><body><ul><li>목록</li></ul></body></html>'
    with pytest.raises(NotAnArticle):
        kornews.extract(page)


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"<article id='articleText'></article>",
        b"<article id='articleText'><p>- \xea\xb0\x80</p></article>",
        b"<html><head><meta property='og:title' content=''></head><article id='articleText'><p>x</p></article>",
    ],
)
def test_bad_pages_raise_kornews_errors(page: bytes) -> None:
    try:
        kornews.extract(page, url="https://biz.heraldcorp.com/article/10000001")
    except KornewsError:
        pass


def test_clean_accepts_figures_between_list_items() -> None:
    blocks = [
        Block("text", LEAD),
        Block("text", P2),
        Block("text", P3),
        Block("text", MAIL),
        Block("figure", "", "x.jpg"),
        *line_blocks(HEADLINES[:1]),
    ]
    body = Herald().clean(blocks)
    assert body.paragraphs == EXPECTED
    assert len(body.images) == 1


def test_text_mode_stops_at_the_site_footer() -> None:
    """Without the copyright line, the rendered page's footer must not become article text."""
    text = (FIX / "layout-2024.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln != COPYRIGHT]
    art = kornews.extract_text("\n".join(lines))
    assert isinstance(art, kornews.Article)
    assert list(art.body) == seed_article_paragraphs()
    assert art.copyright is None


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("배경훈 LG AI연구원장이 강연하고 있다. [LG 제공]", "배경훈 LG AI연구원장이 강연하고 있다.", "LG 제공"),
        ("서울 아파트 단지 모습. [연합]", "서울 아파트 단지 모습.", "연합"),
        ("서울 아파트 단지 모습. [연합뉴스]", "서울 아파트 단지 모습.", "연합뉴스"),
        ("정부세종청사 전경. [헤럴드DB]", "정부세종청사 전경.", "헤럴드DB"),
        ("[게티이미지뱅크]", None, "게티이미지뱅크"),
        ("발표 내용 [비즈360]", "발표 내용 [비즈360]", None),  # a column tag is no credit
    ],
)
def test_herald_bracketed_photo_sources(caption: str, text: str | None, credit: str | None) -> None:
    assert k.split_caption(caption) == k.Caption(text, credit)


def test_photo_wrap_caption_in_reading_order() -> None:
    page = (
        '<html><head><meta property="og:title" content="제목이다"></head><body><article id="articleText">'
        f"<p>{LEAD}</p>"
        '<div class="article-photo-wrap"><img data-src="/news/a.jpg" src="data:image/gif;base64,R0lG">'
        '<p class="article-photo-desc">배경훈 원장이 강연하고 있다. [LG 제공]</p></div>'
        f"<p>{P2}</p>"
        '<div class="article-photo-wrap"><figure><img src="https://wimg.heraldcorp.com/b.jpg"></figure></div>'
        f"<p>{P3}</p><p>{MAIL}</p></article></body></html>"
    )
    art = kornews.extract(page, url="https://biz.heraldcorp.com/article/10000002")
    assert art.body == EXPECTED
    assert art.images == (
        kornews.Image(
            url="https://biz.heraldcorp.com/news/a.jpg", caption="배경훈 원장이 강연하고 있다.", credit="LG 제공"
        ),
        kornews.Image(url="https://wimg.heraldcorp.com/b.jpg", caption=None, credit=None),
    )


def test_korea_herald_page_is_not_recognised_as_herald_economy() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="The Korea Herald">'
        '<link rel="canonical" href="https://www.koreaherald.com/article/10008681">'
        '<link rel="preconnect" href="https://wimg.heraldcorp.com"></head><body>'
        '<article id="articleText" class="article-body">'
        '<p>LG AI Research said on Thursday it would work with JAX.</p></article>'
        "</body></html>"
    )
    assert Herald.recognise(Page(page)) == 0
    assert Herald.recognise(Page(page.replace("www.koreaherald.com", "biz.heraldcorp.com"))) == 10

"""The shared text reader of the outlet layer: :func:`kornews.text.read_layout` over a TextLayout."""

from __future__ import annotations

import pytest

from kornews.errors import MissingField, NotAnArticle
from kornews.spec import Rules, TextLayout, patterns
from kornews.text import TextPage, read_layout

LAYOUT = TextLayout(
    date=patterns(r"^기사입력\s*:"),
    modified=patterns(r"^최종수정\s*:"),
    chrome=patterns(r"^\d+면$"),
)
BODY = "[서울=뉴스핌] 홍길동 기자 = 첫 문장이다. 둘째 문장이다."


def read(text: str, layout: TextLayout = LAYOUT) -> tuple[str, list[str], str | None, str | None]:
    got = read_layout(TextPage.from_text(text), layout, Rules())
    return (
        got.title,
        got.lines,
        got.published.value.isoformat() if got.published else None,
        got.modified.value.isoformat() if got.modified else None,
    )


def test_headline_dates_and_article_lines() -> None:
    text = (
        "메뉴\n헤드라인이 여기 있다\n공유\n기사입력 : 2025년03월04일 08:00\n"
        f"최종수정 : 2025년03월04일 09:10\n4면\n{BODY}"
    )
    assert read(text) == ("헤드라인이 여기 있다", [BODY], "2025-03-04T08:00:00+09:00", "2025-03-04T09:10:00+09:00")


def test_date_on_the_line_after_its_label() -> None:
    """A browser renders ``<span>기사입력 :</span><span>2025…</span>`` as two blocks."""
    text = f"헤드라인이 여기 있다\n기사입력 :\n2025년03월04일 08:00\n최종수정 :\n2025년03월04일 09:10\n{BODY}"
    assert read(text) == ("헤드라인이 여기 있다", [BODY], "2025-03-04T08:00:00+09:00", "2025-03-04T09:10:00+09:00")


def test_byline_lines_above_the_date_are_reporters_not_the_headline() -> None:
    got = read_layout(
        TextPage.from_text(f"헤드라인\n홍길동 기자\n기사입력 : 2025.03.04 08:00\n{BODY}"), LAYOUT, Rules()
    )
    assert got.title == "헤드라인"
    assert [r.name for r in got.reporters] == ["홍길동"]


def test_signoff_ends_the_article() -> None:
    layout = TextLayout(date=LAYOUT.date, signoff_ends=True)
    text = f"헤드라인\n기사입력 : 2025.03.04 08:00\n{BODY}\nhong@newspim.com\n회사소개\n개인정보처리방침"
    assert read(text, layout)[1] == [BODY, "hong@newspim.com"]


def test_errors() -> None:
    with pytest.raises(NotAnArticle):
        read(BODY)
    with pytest.raises(MissingField):
        read(BODY, TextLayout(date=LAYOUT.date, no_date="title"))
    with pytest.raises(MissingField):
        read(f"공유\n기사입력 : 2025.03.04 08:00\n{BODY}")
    with pytest.raises(NotAnArticle):
        read(
            f"헤드라인\n기사입력 : 2025.03.04 08:00\n{BODY}", TextLayout(date=LAYOUT.date, lead=patterns(r"^\[헤럴드"))
        )


# -- the vocabulary of the converted outlets ----------------------------------------------------

P1 = "첫 문단은 이렇게 시작했다. 기자가 본 것은 이것이다."
P2 = "둘째 문단도 있다고 관계자가 밝혔다. 마지막 문장이다."


def test_a_breadcrumb_above_the_headline_group_is_never_the_headline() -> None:
    layout = TextLayout(date=patterns(r"^입력\s"), title_min=8, deck_above=3)
    text = f"뉴스 > 경제 > 테크·IT\n헤드라인이 여기 있다고 한다\n부제 한 줄이 여기 있다\n입력 2024.12.05. 00:55\n{P1}"
    got = read_layout(TextPage.from_text(text), layout, Rules())
    assert got.title == "헤드라인이 여기 있다고 한다"
    assert got.deck == ("부제 한 줄이 여기 있다",)


def test_a_box_inside_the_article_is_left_out_and_the_sub_heading_after_it_stays() -> None:
    layout = TextLayout(date=patterns(r"^입력\s"), boxes=patterns(r"^관련기사$"))
    # a browser's innerText: the list items run together, a blank line before the sub-heading
    text = (
        f"헤드라인\n입력 2024.12.05 00:55\n\n{P1}\n\n관련기사\n\n"
        f"다른 기사 제목\n또 다른 기사 제목\n\n소통, 또 소통\n\n{P2}"
    )
    assert read_layout(TextPage.from_text(text), layout, Rules()).lines == [P1, "소통, 또 소통", P2]
    # a console dump shows the items as a bulleted list
    text = f"헤드라인\n입력 2024.12.05 00:55\n{P1}\n관련기사\n  • 다른 기사 제목\n  • 또 다른 기사\n소통, 또 소통\n{P2}"
    assert read_layout(TextPage.from_text(text), layout, Rules()).lines == [P1, "소통, 또 소통", P2]


def test_a_box_not_followed_by_paragraphs_ends_the_article() -> None:
    layout = TextLayout(date=patterns(r"^입력\s"))
    text = f"헤드라인\n입력 2024.12.05 00:55\n{P1}\n많이 본 뉴스\n다른 기사 제목\n회사소개"
    got = read_layout(TextPage.from_text(text), layout, Rules(boxes=patterns(r"^많이 본 뉴스$")))
    assert got.lines == [P1]


def test_pull_quote_left_out_but_a_quoted_sub_heading_above_a_photo_stays() -> None:
    layout = TextLayout(date=patterns(r"^입력$"), pull_quotes=True, bare_credits=True)
    rules = Rules(skip=patterns(r"^이미지 확대보기$"))
    text = (
        f'헤드라인\n입력\n2025.05.15 20:00\n"왜 나눠서 싸우나."\n이재명 대선 후보\n{P1}\n'
        f'"호남에 대한 인식 바뀌었다"\n이미지 확대보기\n이 후보가 15일 화개장터에서 말하고 있다. 뉴시스\n{P2}'
    )
    got = read_layout(TextPage.from_text(text), layout, rules)
    assert [b.text for b in got.blocks if b.kind == "text"] == [
        P1,
        '"호남에 대한 인식 바뀌었다"',
        "이미지 확대보기",
        P2,
    ]
    assert [b.text for b in got.blocks if b.kind == "figure"] == ["이 후보가 15일 화개장터에서 말하고 있다. 뉴시스"]


def test_deck_below_the_dates_after_the_toolbar_and_the_writer_line() -> None:
    layout = TextLayout(
        date=patterns(r"^입력"),
        start_after=patterns(r"에 공유하기$"),
        deck_below=3,
        writer_ends=True,
        copyright=patterns(r"Copyright\s*ⓒ\s*\w+"),
    )
    text = (
        f"헤드라인\n입력 :\n2025-06-04 02:37:08\n뉴스 요약\n요약 문장이다.\n카카오톡에 공유하기\n닫기\n"
        f"부제 하나\n부제 둘\n{P1}\n순천, 광양 구현모 기자 ninek@hankookilbo.com\n균형 Copyright ⓒ Hankookilbo 구독"
    )
    got = read_layout(TextPage.from_text(text), layout, Rules())
    assert got.deck == ("부제 하나", "부제 둘") and got.lines == [P1]
    assert [(r.name, r.email) for r in got.reporters] == [("구현모", "ninek@hankookilbo.com")]
    assert got.place == "순천, 광양" and got.copyright == "Copyright ⓒ Hankookilbo"


def test_reporters_and_their_e_mails_above_the_date_line() -> None:
    layout = TextLayout(date=patterns(r"^입력"), title_min=8)
    text = (
        "헤드라인이 여기 있다고 한다\nTOP\n배윤경 기자\nbykj@mk.co.kr\n이상현 기자\nlee@mk.co.kr\n"
        f"입력 : 2025-06-04\n{P1}"
    )
    got = read_layout(TextPage.from_text(text), layout, Rules())
    assert got.title == "헤드라인이 여기 있다고 한다"
    assert [(r.name, r.email) for r in got.reporters] == [("배윤경", "bykj@mk.co.kr"), ("이상현", "lee@mk.co.kr")]


def test_a_byline_on_the_date_line_names_the_reporters() -> None:
    layout = TextLayout(date=patterns(r"^(?P<by>\D{0,30}?)\s*(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.\s+\d{1,2}:\d{2}$"))
    got = read_layout(TextPage.from_text(f"제목이다\n홍길동 기자 2024. 12. 5. 00:55\n{BODY}"), layout, Rules())
    assert got.title == "제목이다"
    assert [(r.name, r.role) for r in got.reporters] == [("홍길동", "기자")]
    assert got.published is not None and got.published.value.isoformat() == "2024-12-05T00:55:00+09:00"
    bare = read_layout(TextPage.from_text(f"제목이다\n2024. 12. 5. 00:55\n{BODY}"), layout, Rules())
    assert bare.reporters == [] and bare.lines == [BODY]


def test_an_anchor_stands_for_a_missing_date_line() -> None:
    layout = TextLayout(date=LAYOUT.date, anchor=patterns(r"^요약 상자$"))
    got = read_layout(TextPage.from_text(f"메뉴\n제목이다\n요약 상자\n{BODY}"), layout, Rules())
    assert (got.title, got.lines, got.published) == ("제목이다", ["요약 상자", BODY], None)
    dated = read_layout(
        TextPage.from_text(f"제목이다\n기사입력 : 2025.07.22 14:00\n요약 상자\n{BODY}"), layout, Rules()
    )
    assert dated.published is not None and dated.lines == ["요약 상자", BODY]  # the date line wins
    with pytest.raises(NotAnArticle):
        read_layout(TextPage.from_text(f"제목이다\n{BODY}"), layout, Rules())
    with pytest.raises(MissingField):
        read_layout(TextPage.from_text(f"요약 상자\n{BODY}"), layout, Rules())

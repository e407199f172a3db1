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

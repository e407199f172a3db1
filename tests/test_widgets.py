"""Form widgets of console-browser dumps (kornews.widgets) leave the lines, bracketed text of the page stays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import Article
from kornews.text import normalize_lines
from kornews.widgets import strip_widgets

from .pages import newspim
from .test_generic_text import PAGE
from .test_text_mode import rendered, same_reading

WIDGETS = [
    "[ ]", "[X]", "[x]", "[*]", "( )", "(*)", "[                    ]", "[]", "[전체 ▼]", "[최신순▼]",
    "[BUTTON]", "(BUTTON)", "[IMG]", "[INLINE]", "____", "[English__]", "[검색]", "[확인]", "[logo]", "[pc_1]",
    "[2025_r]", "(Submit)",
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  • 기사 URL공유[                    ]", "기사 URL공유"),
        ("[ ] 로그인 유지", "로그인 유지"),
        ("(*) 불쾌감 조성 (비방/욕설/인신공격) ( ) 불법 광고", "불쾌감 조성 (비방/욕설/인신공격) 불법 광고"),
        ("검색어 입력폼[                    ] 통합검색", "검색어 입력폼 통합검색"),
        ("[전체 ▼] [검색]", ""),
        ("[사진=연합뉴스] 구조대가 수색하고 있다", "[사진=연합뉴스] 구조대가 수색하고 있다"),
        ("[서울=뉴시스] 홍길동 기자 = 첫 문장이다.", "[서울=뉴시스] 홍길동 기자 = 첫 문장이다."),
        ("[단독] [AI] [CES 2025] 제목", "[단독] [AI] [CES 2025] 제목"),
        ("주석 [1] 과 (사진) 과 (서울) 과 [속보]", "주석 [1] 과 (사진) 과 (서울) 과 [속보]"),
    ],
)
def test_widget_tokens_leave_the_line(line: str, expected: str) -> None:
    assert normalize_lines(line) == ([expected] if expected else [])


def test_widget_line_is_no_paragraph_break() -> None:
    from kornews.text import TextPage

    page = TextPage.from_text("첫째 줄이다\n[ ] 알림 받기\n[                    ]\n둘째 줄이다")
    assert page.lines == ("첫째 줄이다", "알림 받기", "둘째 줄이다")
    assert page.breaks == (False, False, False)


def test_plain_lines_are_returned_as_they_are() -> None:
    line = "반도체 수출이 석 달 연속 증가했다."
    assert strip_widgets(line) is line


def with_widgets(text: str, draw: st.DrawFn) -> str:
    """``text`` with widget tokens between words and widget-only lines between lines."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        if line.strip() and draw(st.integers(0, 3)) == 0:
            at = draw(st.integers(0, len(words)))
            words.insert(at, draw(st.sampled_from(WIDGETS)))
        out.append(" ".join(words))
        if draw(st.integers(0, 5)) == 0:
            out.append(" ".join(draw(st.lists(st.sampled_from(WIDGETS), min_size=1, max_size=3))))
    return "\n".join(out)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=newspim.pages(), data=st.data())
def test_widgets_inserted_into_a_generated_rendering_do_not_change_the_article(
    case: tuple[bytes, str, Article], data: st.DataObject
) -> None:
    text = rendered(case[0])
    clean = kornews.extract_text(text)
    got = kornews.extract_text(with_widgets(text, data.draw))
    assert isinstance(clean, Article) and isinstance(got, Article)
    same_reading(clean, got)
    assert got.subtitles == clean.subtitles and got.published == clean.published


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_widgets_do_not_change_the_generic_reading(data: st.DataObject) -> None:
    clean = kornews.extract_text(PAGE, outlet="generic")
    assert kornews.extract_text(with_widgets(PAGE, data.draw), outlet="generic") == clean


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[INS::INS]", ""),
        ("[INS: :INS]", ""),
        ("[INS:추가된 문장이다.:INS]", "추가된 문장이다."),
        ("[DEL:지운 말:DEL] 남은 말", "지운 말 남은 말"),
        ("INSIDE [INSIGHT] 보고서", "INSIDE [INSIGHT] 보고서"),
    ],
)
def test_w3m_ins_and_del_marks_leave_the_line(line: str, expected: str) -> None:
    """w3m shows ``<ins>``/``<del>`` (an ad slot is often an empty ``<ins>``) as ``[INS:`` … ``:INS]``."""
    assert " ".join(strip_widgets(line).split()) == expected


def test_an_ad_slot_rendered_on_one_line_leaves_the_body() -> None:
    """An ad image's alt text, the ad label and the ad's link run into one line (w3m), between paragraphs."""
    from kornews.cleanup import assemble
    from kornews.dom import Block
    from kornews.spec import Rules

    texts = ["첫 문단은 기사 본문의 일부로서 마침표로 끝난다.", "광고광고 여름맞이 특가 기획전 최대 70% 할인",
             "AD AD 신차 출시 기념 시승 이벤트", "광고 시장은 올해 크게 성장했다.", "광고광고 문구가 문장으로 끝났다."]
    body = assemble([Block("text", t) for t in texts], Rules(), lead=False)
    assert list(body.paragraphs) == [texts[0], texts[3], texts[4]]

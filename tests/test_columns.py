"""Side-by-side table cells of a console dump (w3m) are read one column after the other."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kornews.columns import split_columns
from kornews.text import normalize_lines

LEFT = [
    "[연천소식] 군-초록우산어린이재단, 아동복지 협약",
    "기사입력 2017.04.20. 오후 3:53 기사원문 스크랩",
    "(연천=연합뉴스) 경기도 연천군은 20일 군청 상황실에",
    "서 초록우산 어린이재단 경기북부지역본부와 협약을",
    "체결했다고 밝혔다.",
    "",
    "협약은 빈곤가정이 늘어나는 추세에서 아이들이 자라",
    "날 수 있도록 지원할 목적으로 추진됐다.",
]
RIGHT = [
    "  • [12998281]",
    "    [올림픽] '세계 최강' 재",
    "    확인한 한국 쇼트트랙 대",
    "    표팀 ' … 2시간전",
    "  • [12998316]",
    '    [영상] "뜯어보니 빨간줄',
    '    2개"…확진자 진단키트 배',
    "    포한 … 2시간전",
]


def _w(text: str) -> int:
    return sum(2 if "가" <= c <= "힣" else 1 for c in text)


def side_by_side(left: list[str], right: list[str], col: int = 54) -> str:
    return "\n".join(a + " " * (col - _w(a)) + b if b else a for a, b in zip(left, right, strict=True))


def test_two_columns_read_one_after_the_other() -> None:
    text = "메뉴 바로가기\n" + "-" * 80 + "\n" + side_by_side(LEFT, RIGHT) + "\n" + "-" * 80 + "\n꼬리말"
    parts = split_columns(text)
    assert parts[0] == "메뉴 바로가기\n" + "-" * 80
    assert parts[1].split("\n") == LEFT
    assert [line.strip() for line in parts[2].split("\n")] == [line.strip() for line in RIGHT]
    assert parts[3] == "-" * 80 + "\n꼬리말"
    lines = normalize_lines(text)
    # (``[12998281]``, a thumbnail without alt text shown as its file name, is no text: it goes)
    assert next(i for i, line in enumerate(lines) if "상황실에" in line) < next(
        i for i, line in enumerate(lines) if "올림픽" in line
    )
    assert "[12998281]" not in lines
    assert not any("상황실에" in line and "올림픽" in line for line in lines)


def test_text_in_one_column_is_one_part() -> None:
    text = "\n".join(LEFT)
    assert split_columns(text) == [text]
    few = side_by_side(LEFT[:5], RIGHT[:5])  # fewer than six lines with text on both sides
    assert split_columns(few) == [few]


def test_a_line_crossing_the_gutter_ends_the_run() -> None:
    crossing = "이 줄은 왼쪽 칸의 너비를 넘어서 오른쪽 칸의 자리까지 이어지는 한 줄의 긴 문장입니다"
    text = side_by_side(LEFT, RIGHT) + "\n" + crossing + "\n" + side_by_side(LEFT[:3], RIGHT[:3])
    parts = split_columns(text)
    assert parts[-1].split("\n") == [crossing, *side_by_side(LEFT[:3], RIGHT[:3]).split("\n")]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="가나다 abc.,", max_size=60), max_size=30))
def test_prose_with_single_spaces_is_never_split(lines: list[str]) -> None:
    text = "\n".join(" ".join(line.split()) for line in lines)
    assert split_columns(text) == [text]

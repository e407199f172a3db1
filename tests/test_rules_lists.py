"""``Rules.lists`` / ``base.drop_lists``: appended link lists go, wherever they stand; lone list-like
lines inside the text stay."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kornews.base import LIST_RUN, Rules, assemble, drop_lists, patterns
from kornews.dom import Block
from kornews.text import line_blocks

RULES = Rules(lists=patterns(r"^- "), skip=patterns(r"^광고$"))
PARA = [f"문단 {i} 내용이 이어진다고 설명했다." for i in range(4)]
ITEM = "- 관련 없는 제목"


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def test_no_lists_rule_keeps_everything() -> None:
    lines = [PARA[0], ITEM, PARA[1]]
    assert texts(drop_lists(line_blocks(lines), Rules())) == lines


def test_run_of_list_run_items_goes_anywhere() -> None:
    lines = [PARA[0], *[ITEM] * LIST_RUN, PARA[1]]
    assert texts(drop_lists(line_blocks(lines), RULES)) == [PARA[0], PARA[1]]


def test_shorter_run_inside_text_stays() -> None:
    lines = [PARA[0], *[ITEM] * (LIST_RUN - 1), PARA[1]]
    assert texts(drop_lists(line_blocks(lines), RULES)) == lines


def test_shorter_run_at_the_tail_goes_past_signoffs_and_copyright() -> None:
    lines = [
        PARA[0],
        PARA[1],
        ITEM,
        "hong@example.co.kr",
        "광고",
        ITEM,
        "Copyright © 예시. 무단전재 및 재배포 금지.",
        ITEM,
    ]
    # what follows the copyright line (the end of the article) is left to assemble, which stops there
    kept = [PARA[0], PARA[1], "hong@example.co.kr", "광고", "Copyright © 예시. 무단전재 및 재배포 금지.", ITEM]
    assert texts(drop_lists(line_blocks(lines), RULES)) == kept
    assert assemble(line_blocks(lines), RULES, lead=False).paragraphs == (PARA[0], PARA[1])


def test_tail_ends_at_stop_line() -> None:
    rules = Rules(lists=patterns(r"^- "), stop=patterns(r"^끝$"))
    lines = [PARA[0], ITEM, "끝", PARA[1]]
    assert texts(drop_lists(line_blocks(lines), rules)) == [PARA[0], "끝", PARA[1]]


def test_assemble_applies_lists() -> None:
    body = assemble(line_blocks([PARA[0], ITEM, PARA[1], ITEM, "hong@example.co.kr"]), RULES, lead=False)
    assert body.paragraphs == (PARA[0], ITEM, PARA[1])


@given(st.lists(st.sampled_from([*PARA, ITEM, "hong@example.co.kr", "광고"]), max_size=30))
def test_drop_lists_only_removes_list_items_and_keeps_order(lines: list[str]) -> None:
    out = texts(drop_lists(line_blocks(lines), RULES))
    assert [x for x in lines if x != ITEM] == [x for x in out if x != ITEM]
    # no run of LIST_RUN items survives, and nothing list-like is left after the last paragraph
    assert ITEM * LIST_RUN not in "".join(x if x == ITEM else "|" for x in out)
    last_para = max((i for i, x in enumerate(out) if x in PARA), default=-1)
    assert ITEM not in out[last_para + 1 :]

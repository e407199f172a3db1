"""Hard-wrapped renderings (``lynx -dump``, ``w3m -dump``) are re-joined into their paragraphs."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import NamedTuple

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kornews.testing.strategies import paragraphs, short_lines
from kornews.text import _SENTENCE_END, _w3m_breaks, _w3m_unit, normalize_lines, strip_link_lists, unwrap

LYNX_INDENT = "   "


def wrap_at_spaces(text: str, width: int, indent: str = LYNX_INDENT) -> list[str]:
    """lynx: greedy filling of ``width`` characters (the indent included), breaking at spaces; a word
    longer than the line is cut at the width."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and len(indent) + len(candidate) > width:
            out.append(indent + line)
            line = word
        else:
            line = candidate
        while len(indent) + len(line) > width and " " not in line:
            cut = width - len(indent)
            out.append(indent + line[:cut])
            line = line[cut:]
    out.append(indent + line)
    return out


def _cols(text: str, wide: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in wide else 1 for c in text)


class W3mBreak(NamedTuple):
    """One line break of :func:`wrap_like_w3m`: the line before it, the line after it, whether it
    replaced a space, and whether the two lines alone leave it open (a space or none both give them)."""

    before: str
    after: str
    space: bool
    ambiguous: bool


def wrap_like_w3m(text: str, cols: int = 80, wide: str = "WF") -> tuple[list[str], list[W3mBreak]]:
    """w3m -dump -cols ``cols`` on one paragraph (w3m's line filling, as in its ``HTMLlineproc0``): the
    characters are set one by one in ``cols - 1`` columns (a character whose East Asian width is in
    ``wide`` takes two); a place between two characters where w3m may break (after a space, or
    :func:`_w3m_breaks`: next to a wide character, not before ``,.)``…) is remembered; when a
    character other than a space overfills the line, the line ends at the last such place (its trailing
    space dropped) and the rest is set again on the next line."""
    limit = cols - 1
    chars = list(" ".join(text.split()))
    lines: list[str] = []
    spaced: list[bool] = []
    line, bp, prev, i = "", 0, "", 0
    while i < len(chars):
        ch = chars[i]
        i += 1
        if ch == " ":
            line += "" if line.endswith(" ") or not line else " "
            prev = " "
            continue
        if line and (prev == " " or _w3m_breaks(prev, ch, wide)):
            bp = len(line)
        line += ch
        prev = ch
        if _cols(line, wide) > limit and bp > 0:
            lines.append(line[:bp].rstrip())
            spaced.append(line[:bp].endswith(" "))
            chars[i:i] = list(line[bp:])
            line, bp, prev = "", 0, ""
    lines.append(line.rstrip())
    breaks = []
    for (a, b), space in zip(itertools.pairwise(lines), spaced, strict=True):
        unit = _cols(_w3m_unit(b, wide), wide)
        ambiguous = _cols(a, wide) + unit > limit and _w3m_breaks(a[-1], b[0], wide)
        breaks.append(W3mBreak(a, b, space, ambiguous))
    return lines, breaks


def matches_but_where_ambiguous(got: str, breaks: list[W3mBreak], lines: list[str]) -> bool:
    """``got`` is ``lines`` joined as their breaks say (a space or none), either way at the ambiguous ones."""
    pattern = re.escape(lines[0])
    for brk, line in zip(breaks, lines[1:], strict=True):
        pattern += "[ ]?" if brk.ambiguous else (" " if brk.space else "")
        pattern += re.escape(line)
    return re.fullmatch(pattern, got) is not None


@st.composite
def articles(draw: st.DrawFn) -> list[str]:
    """Blocks of an article: deck lines, then six or more long paragraphs."""
    deck = draw(st.lists(short_lines(), min_size=0, max_size=3))
    body = [" ".join(draw(st.lists(paragraphs(), min_size=4, max_size=6))) for _ in range(draw(st.integers(6, 9)))]
    return [*deck, *body]


def distinguishable(lines: list[str]) -> bool:
    """Wrapped lines that mostly end sentences cannot be told from one paragraph per line (degenerate
    text whose sentences all have the same length): :func:`unwrap` leaves such text alone."""
    wrapped = [a for a, b in itertools.pairwise(lines) if a and b]
    return 2 * sum(1 for x in wrapped if _SENTENCE_END.search(x)) < len(wrapped)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles(), st.sampled_from([74, 76, 80]))
def test_lynx_dump_rejoins_exactly(blocks: list[str], width: int) -> None:
    lines: list[str] = []
    for block in blocks:
        lines.extend(wrap_at_spaces(block, width))
        lines.append("")
    assume(distinguishable(lines))
    assert normalize_lines("\n".join(lines)) == blocks


SLOW = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
"""Fewer examples for the variants (generating articles takes most of the time)."""


@SLOW
@given(articles(), st.sampled_from([74, 76, 80]), st.booleans())
def test_lynx_dump_without_blank_lines_rejoins_exactly(blocks: list[str], width: int, long_word: bool) -> None:
    """Blocks on consecutive lines (``<br>``): a block ends where the next one's first word would have
    fitted on its last line; a word longer than the line (a URL) is cut and put together again."""
    if long_word:
        blocks = [*blocks[:-1], blocks[-1] + " https://example.co.kr/" + "a1b2c3" * 20]
    wrapped = [wrap_at_spaces(block, width) for block in blocks]
    lines = wrapped[0]
    for before, block in itertools.pairwise(wrapped):
        if len(before[-1]) + 1 + len(block[0].split()[0]) > width:
            lines.append("")  # the end of the block cannot be seen without a blank line
        lines.extend(block)
    assume(distinguishable(lines))
    assert normalize_lines("\n".join(lines)) == blocks


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles(), st.sampled_from(["WF", "WFA"]))
def test_w3m_dump_rejoins_exactly_where_the_dump_decides(blocks: list[str], wide: str) -> None:
    """w3m breaks between any two Hangul syllables: where a break would have come with a space as well
    as without one, only the words can tell (guessed); everywhere else the paragraph comes back exactly
    (paragraph ends, spaces), and its letters always.  ``wide``: ambiguous-width characters (``“``,
    ``·``) take one column (a UTF-8 page) or two (an EUC-KR page)."""
    wrapped = [wrap_like_w3m(block, 80, wide) for block in blocks]
    lines: list[str] = []
    for block_lines, _ in wrapped:
        lines.extend([*block_lines, ""])
    assume(distinguishable(lines))
    got = normalize_lines("\n".join(lines))
    assert [p.replace(" ", "") for p in got] == [b.replace(" ", "") for b in blocks]
    for paragraph, (block_lines, breaks) in zip(got, wrapped, strict=True):
        assert matches_but_where_ambiguous(paragraph, breaks, block_lines), (paragraph, breaks)


@SLOW
@given(articles())
def test_w3m_dump_without_blank_lines_keeps_its_paragraphs(blocks: list[str]) -> None:
    """Blocks on consecutive lines: a block ends where what opens the next one would have fitted."""
    wrapped = [wrap_like_w3m(block)[0] for block in blocks]
    lines = wrapped[0]
    for before, block in itertools.pairwise(wrapped):
        if _cols(before[-1], "WF") + 1 + _cols(_w3m_unit(block[0], "WF"), "WF") > 79:
            lines.append("")  # the end of the block cannot be seen without a blank line
        lines.extend(block)
    assume(distinguishable(lines))
    got = normalize_lines("\n".join(lines))
    assert [p.replace(" ", "") for p in got] == [b.replace(" ", "") for b in blocks]


def test_w3m_wrapping_model_matches_w3m() -> None:
    """The model of :func:`wrap_like_w3m` on a case w3m was seen to render (``w3m -dump -cols 80``,
    0.5.3+git20230121): lines of at most 79 columns, Hangul words broken anywhere, no space kept."""
    lines, breaks = wrap_like_w3m("가나다 라마바사 아자차카타파하 " * 12)
    assert lines[:2] == [
        "가나다 라마바사 아자차카타파하 가나다 라마바사 아자차카타파하 가나다 라마바사",
        "아자차카타파하 가나다 라마바사 아자차카타파하 가나다 라마바사 아자차카타파하 가",
    ]
    assert [b.space for b in breaks[:2]] == [True, False]
    assert breaks[0].ambiguous is False  # 77 columns: a syllable would have fitted without the space
    assert normalize_lines("\n".join(lines))[0].startswith("가나다 라마바사 아자차카타파하 가나다 라마바사 아자차")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles())
def test_unwrapped_text_is_left_alone(blocks: list[str]) -> None:
    """One line per block (innerText, a WET record): nothing is joined."""
    assert normalize_lines("\n".join(blocks)) == blocks
    assert unwrap("\n".join(blocks)) == "\n".join(blocks)


def test_lynx_reference_list_and_markers_go() -> None:
    text = (
        "   [1]정치 [2]경제\n\n   본문 [3]링크 문장이다.\n\nReferences\n\n"
        "   1. https://a.kr/\n   2. https://a.kr/b c\n   3. file:///x\n"
    )
    assert strip_link_lists(text).split("\n") == ["   정치 경제", "", "   본문 링크 문장이다.", ""]


def test_brackets_stay_without_a_reference_list() -> None:
    text = "[1] 첫째 항목이다.\n[2] 둘째 항목이다."
    assert strip_link_lists(text) == text


def test_lynx_dump_with_long_list_items_is_still_rejoined() -> None:
    """Menus and headline lists (list items of 40-70 characters) say nothing of the wrap width: a page
    with many of them and one wrapped paragraph is still a dump, its paragraph re-joined."""
    items = [f"     • 연합뉴스 주요 기사 제목 {i}번이 목록에 길게 나온다 … {i}시간전" for i in range(40)]
    paragraph = " ".join(f"문장 {i}번째 내용이 이어지며 기사 본문을 이룬다." for i in range(24))
    text = "\n".join([*items[:20], "", *wrap_at_spaces(paragraph, 74), "", *items[20:]])
    lines = normalize_lines(text)
    assert paragraph in lines
    assert len(lines) == 41


def test_lynx_dump_with_one_wrapped_line_is_rejoined_at_lynx_width() -> None:
    """A lynx dump (its ``References`` list says so) with a single wrapped paragraph has too few filled
    lines to measure the width: lynx's default (74 characters) re-joins it; short lines stay."""
    paragraph = (
        "대통령이 23일 과학기술정보통신부 장관 후보자에 연구원장을 내정했다. "
        "장관 후보자를 비롯해 11개 부처에 대한 인선이 오늘 모두 이뤄졌다."
    )
    wrapped = wrap_at_spaces(paragraph, 74)
    assert len(wrapped) == 2 and len(wrapped[0]) >= 70
    menu = ["     * [1]정치", "     * [2]경제", "   [3]속보 장관 인사", "   입력 :2025/06/23 13:37"]
    text = "\n".join([*menu, "", *wrapped, "", "   저작권자 무단 전재 금지", "", "References", ""])
    text += "\n   1. https://a.kr/\n   2. https://a.kr/b\n   3. https://a.kr/c\n"
    lines = normalize_lines(text)
    assert paragraph in lines
    assert "저작권자 무단 전재 금지" in lines and "입력 :2025/06/23 13:37" in lines
    assert unwrap(text.split("References")[0]) == text.split("References")[0]  # no link list: not lynx's


def test_a_line_opening_with_a_standalone_mark_after_a_paragraph_end_is_not_joined() -> None:
    """A wrapped line ending a sentence or a sign-off's e-mail, then a line opening with a mark that
    stands on a line of its own (``◎…`` sign-off, ``▲ …`` list item): two blocks, though the mark would
    not have fitted on the full line; the glued ``▲`` of an inline list still continues its line."""
    filler = " ".join(f"문장 {i}번째 내용이 이어지며 기사 본문을 이룬다." for i in range(30))
    body = wrap_at_spaces(filler, 74)
    full = "   " + "가" * 39 + " 처리했다.부산=홍길동 기자 hong@example.com"
    assert len(full) == 74
    tip = "   " + "나" * 50 + " 보내주시면 적극 반영하겠습니다."
    inline = "   " + "다" * 60 + " 약력이다."
    items = ["   ▲ 다른 기사 제목", "   ▲ 또 다른 기사"]
    signoff = "   ◎공감언론 뉴시스 a@b.kr"
    text = "\n".join([*body, "", full, *items, "", tip, signoff, "", inline, "   ▲1976년생 ▲대학교 졸업"])
    lines = normalize_lines(text)
    assert "처리했다.부산=홍길동 기자 hong@example.com" in " ".join(lines)
    assert any(x.endswith("hong@example.com") for x in lines)
    assert "다른 기사 제목" in [x.lstrip("▲ ") for x in lines]
    assert "◎공감언론 뉴시스 a@b.kr" in lines
    assert "다" * 60 + " 약력이다. ▲1976년생 ▲대학교 졸업" in lines

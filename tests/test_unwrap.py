"""Hard-wrapped renderings (``lynx -dump``, ``w3m -dump``) are re-joined into their paragraphs."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kornews.testing.strategies import paragraphs, short_lines
from kornews.text import _SENTENCE_END, _cjk_width, normalize_lines, strip_link_lists, unwrap


def wrap_at_spaces(text: str, width: int, indent: str = "   ") -> list[str]:
    """lynx: greedy filling of ``width`` characters, breaking only at spaces."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and len(indent) + len(candidate) > width:
            out.append(indent + line)
            line = word
        else:
            line = candidate
    out.append(indent + line)
    return out


def wrap_anywhere(text: str, width: int) -> list[str]:
    """w3m: fill ``width`` display columns, breaking between any two Hangul syllables or at spaces
    (a Latin word or number is not broken); the space at a break is dropped."""
    out: list[str] = []
    line = ""
    for ch in text:
        if _cjk_width(line + ch) > width:
            if ch == " ":
                out.append(line)
                line = ""
                continue
            cut = len(line)
            if not ("\uac00" <= ch <= "\ud7a3"):  # a narrow character: break at the last space
                j = line.rfind(" ")
                cut = j if j > 0 else cut
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        line += ch
    out.append(line)
    return out


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


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles())
def test_w3m_dump_rejoins_every_paragraph(blocks: list[str]) -> None:
    """Whether a break fell inside a word is a guess; the paragraphs and their letters are exact."""
    lines: list[str] = []
    for block in blocks:
        lines.extend(wrap_anywhere(block, 80))
        lines.append("")
    assume(distinguishable(lines))
    got = normalize_lines("\n".join(lines))
    assert [p.replace(" ", "") for p in got] == [b.replace(" ", "") for b in blocks]


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

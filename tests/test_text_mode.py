"""Text mode agrees with HTML mode, and whitespace noise does not change its result."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kornews
from kornews import Article
from kornews.dom import render_text
from kornews.page import Page

from .fixtures import cases
from .pages import newspim

HTML_CASES = [c for c in cases() if c.kind == "article"]


def rendered(data: bytes) -> str:
    page = Page.from_input(data)
    body = page.tree.body
    assert body is not None
    return render_text(body)


def same_reading(a: Article, b: Article) -> None:
    assert b.title == a.title
    assert [(r.name, r.role, r.email) for r in b.reporters] == [(r.name, r.role, r.email) for r in a.reporters]
    assert b.body == a.body


@pytest.mark.parametrize("case", HTML_CASES, ids=[c.id for c in HTML_CASES])
def test_html_fixture_rendered_to_text_reads_the_same(case) -> None:  # type: ignore[no-untyped-def]
    if case.source.get("dom_shell"):
        # the page as served holds the article only in embedded JSON: its rendering shows no article
        pytest.skip(f"empty DOM shell: {case.source.get('dom_shell_reason', 'the article is not in the DOM')}")
    if case.source.get("text_mode_gap"):
        pytest.skip(f"known text-mode gap: {case.source['text_mode_gap']}")
    html_article = kornews.extract(case.input_bytes(), url=case.source.get("url"))
    text_article = kornews.extract_text(rendered(case.input_bytes()))
    assert isinstance(text_article, Article)
    assert text_article.extractor == html_article.extractor
    same_reading(html_article, text_article)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(newspim.pages())
def test_generated_newspim_page_rendered_to_text_reads_the_same(case: tuple[bytes, str, Article]) -> None:
    data, _url, expected = case
    got = kornews.extract_text(rendered(data))
    assert isinstance(got, Article)
    same_reading(expected, got)


def noisy(text: str, draw: st.DrawFn) -> str:
    """CRLF line ends, NBSP for spaces, trailing spaces, list bullets, doubled or removed blank lines."""
    out = []
    for line in text.split("\n"):
        if draw(st.booleans()):
            line = line.replace(" ", "\u00a0", draw(st.integers(0, 3)))
        line = line + " " * draw(st.integers(0, 3))
        if draw(st.integers(0, 9)) == 0:
            line = "  • " + line
        out.append(line)
        out.extend([""] * draw(st.integers(0, 2)))
    return draw(st.sampled_from(["\n", "\r\n"])).join(out)


TEXT_CASES = [c for c in cases() if c.kind == "text"]


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.id for c in TEXT_CASES])
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_whitespace_noise_does_not_change_text_mode(case, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    text = case.input_bytes().decode("utf-8")
    clean = kornews.extract_text(text, url=case.source.get("url"))
    noisy_text = noisy(text, data.draw)
    assert kornews.extract_text(noisy_text, url=case.source.get("url")) == clean


def test_boxes_one_after_another_inside_the_story_do_not_end_it() -> None:
    """Regression (random-mode finds of the generated-Newspim property): two best-article boxes and the AI
    summary stand between paragraphs; the story goes on after them to its sign-off, and no box item joins it."""
    text = "\n".join(
        [
            "반도체 수출 석 달 연속 증가",
            "기사입력 : 2025년07월01일 10:00",
            "[서울=뉴스핌] 김민민 기자 = 반도체 수출이 석 달 연속 증가한 것으로 나타났다."
            " 업계는 수요가 이끌었다고 봤다.",
            "[뉴스핌 베스트 기사]",
            "사진",
            "다른 기사 제목 [서울=뉴스핌] 이가가 기자 = 다른 기사의 첫 문장이 여기에 들어갔다. aaa@newspim.com",
            "[뉴스핌 베스트 기사]",
            "사진",
            "또 다른 기사 [서울=뉴스핌] 박나나 기자 = 또 다른 기사의 첫 문장이 들어갔다. bbb@newspim.com",
            "AI 핵심 요약 beta",
            "• 요약 문장이 여기에 들어가서 기사의 핵심을 설명했다.",
            "둘째 문단은 정부가 올해 수출 목표를 상향 조정할 계획이라고 밝힌 내용을 담았다.",
            "kimmm@newspim.com",
        ]
    )
    got = kornews.extract_text(text)
    assert got.extractor == "newspim"
    assert [(r.name, r.email) for r in got.reporters] == [("김민민", "kimmm@newspim.com")]
    assert len(got.body) == 2 and got.body[1].startswith("둘째 문단은")

"""The generic text reader (kornews.generic_text): an unknown outlet's rendering over the shared layout reader."""

from __future__ import annotations

import kornews
from kornews.boilerplate import GENERIC_RULES
from kornews.generic_text import GENERIC_TEXT, read_generic
from kornews.text import TextPage, date_line

PAGE = "\n".join(
    [
        "가나일보",
        "홈 > 경제 > 산업",
        "로그인",
        "반도체 수출 석 달 연속 증가…AI 수요가 이끌어",
        "홍길동 기자",
        "입력 2025.03.04 10:20",
        "수정 2025.03.04 11:05",
        "글자크기",
        "공유하기",
        "[서울=가나일보] 홍길동 기자 = 반도체 수출이 석 달 연속 증가한 것으로 나타났다. 산업통상자원부가"
        " 4일 발표한 수출입 동향에 따르면 지난달 반도체 수출은 전년 같은 달보다 크게 늘었다.",
        "업계에서는 인공지능(AI) 서버용 고대역폭 메모리 수요가 수출 증가를 이끈 것으로"
        " 보고 있다. 정부는 올해 수출 목표를 상향 조정할 계획이라고 밝혔다.",
        "다만 미국의 관세 정책은 하반기 수출에 부담이 될 수 있다는 지적이"
        " 나온다. 전문가들은 수출 시장 다변화가 필요하다고 입을 모았다.",
        "gildong@ganailbo.co.kr",
        "ⓒ 가나일보, 무단 전재 및 재배포 금지",
        "관련기사",
        "반도체 업계, 올해 투자 확대",
        "AI 서버 수요 급증",
        "많이 본 뉴스",
    ]
)


def test_unknown_outlet_page_reads_its_header_by_the_generic_layout() -> None:
    page = TextPage.from_text(PAGE)
    assert date_line(page, GENERIC_TEXT) == page.lines.index("입력 2025.03.04 10:20")
    found = read_generic(page, GENERIC_RULES, who="generic")
    assert found.reader == "layout"
    assert found.title == "반도체 수출 석 달 연속 증가…AI 수요가 이끌어"
    assert found.published is not None and str(found.published.value).startswith("2025-03-04 10:20")
    assert found.modified is not None and str(found.modified.value).startswith("2025-03-04 11:05")
    assert found.body.paragraphs[0].startswith("반도체 수출이 석 달 연속")
    assert len(found.body.paragraphs) == 3


def test_unknown_outlet_article() -> None:
    art = kornews.extract_text(PAGE, outlet="generic")
    assert art.title == "반도체 수출 석 달 연속 증가…AI 수요가 이끌어"
    assert [(r.name, r.email) for r in art.reporters] == [("홍길동", "gildong@ganailbo.co.kr")]
    assert art.published is not None and art.published.isoformat() == "2025-03-04T10:20:00+09:00"
    assert not any("관련기사" in p or "무단 전재" in p or "글자크기" in p for p in art.body)
    assert art.copyright is not None and "무단 전재" in art.copyright


def test_date_line_shapes() -> None:
    shapes = ("기사입력 2025-03-04 10:20", "등록 2025.03.04 10:20", "입력")
    shapes += ("송고시간 2025년 3월 4일 10:20", "승인 2025.03.04")
    for line in shapes:
        assert date_line(TextPage.from_text(line), GENERIC_TEXT) == 0, line
    for line in ("입력된 데이터가 많다", "2025.03.04 10:20"):
        assert date_line(TextPage.from_text(line), GENERIC_TEXT) == -1, line


def test_text_without_date_line_is_read_by_the_content_reader() -> None:
    text = "\n".join(line for line in PAGE.split("\n") if not line.startswith(("입력", "수정")))
    found = read_generic(TextPage.from_text(text), GENERIC_RULES, who="generic")
    assert found.reader == "content"
    assert found.body.paragraphs[0].startswith("반도체 수출이 석 달 연속")


def test_article_cut_by_subheadings_and_captions_reads_to_its_sign_off() -> None:
    long = "이 문장은 기사의 본문 문단으로서 충분히 길고 한글이 많이 들어 있어 본문으로 읽힌다고 볼 수 있다."
    lines = PAGE.split("\n")
    at = lines.index("gildong@ganailbo.co.kr")
    cut = ["◇소제목 하나", "사진 설명 한 줄", "짧은 줄", long, long.replace("이 문장은", "그 문장은")]
    found = read_generic(TextPage.from_text("\n".join(lines[:at] + cut + lines[at:])), GENERIC_RULES, who="generic")
    assert found.body.paragraphs[-1].startswith("그 문장은")
    assert [r.email for r in [*found.body.reporters, *found.reporters] if r.email] == ["gildong@ganailbo.co.kr"]


def test_generic_box_headings_of_the_text_layout() -> None:
    assert all(
        any(rx.search(h) for rx in GENERIC_TEXT.boxes) for h in ("지금 뜨는 기사", "[뉴스핌 베스트 기사]", "랭킹뉴스")
    )
    assert not any(rx.search("주요 기사는 다음과 같다.") for rx in GENERIC_TEXT.boxes)


def test_denser_box_after_the_copyright_line_is_not_the_article() -> None:
    teaser = "다른 기사의 제목이 여기에 길게 들어가며 그 기사의 첫 문장까지 이어서 보여 주는 상자의 항목이다."
    lines = PAGE.replace("[서울=가나일보] 홍길동 기자 = ", "").split("\n")
    at = lines.index("관련기사")
    more = "이 문장은 기사의 본문 문단으로서 충분히 길고 한글이 많이 들어 있어 본문으로 읽힌다고 볼 수 있다."
    lines[lines.index("gildong@ganailbo.co.kr") : 0] = [more]  # the article: at least 300 characters
    at += 1
    text = "\n".join(lines[:at] + ["정치", "경제", "사회"] + [teaser] * 10)  # no dateline lead; a denser box
    found = read_generic(TextPage.from_text(text), GENERIC_RULES, who="generic")
    assert found.body.paragraphs[0].startswith("반도체 수출이 석 달 연속")
    assert not any(p == teaser for p in found.body.paragraphs)


def test_the_sign_off_closes_the_article() -> None:
    teaser = "다른 기사의 제목이 여기에 길게 들어가며 그 기사의 첫 문장까지 이어서 보여 주는 상자의 항목이다."
    lines = PAGE.split("\n")
    at = lines.index("gildong@ganailbo.co.kr") + 1
    text = "\n".join([*lines[:at], "가나일보 픽", *([teaser] * 4)])  # no copyright line
    found = read_generic(TextPage.from_text(text), GENERIC_RULES, who="generic")
    assert len(found.body.paragraphs) == 3


def test_caption_lines_leave_the_body_a_lead_stays() -> None:
    caption = "홍길동 장관이 4일 서울 종로구 정부서울청사에서 수출입 동향을 발표하고 있다. 연합뉴스"
    lines = PAGE.split("\n")
    at = lines.index("gildong@ganailbo.co.kr") - 1
    text = "\n".join([*lines[:at], caption, *lines[at:]])
    art = kornews.extract_text(text, outlet="generic")
    assert art.body[0].startswith("반도체 수출이 석 달 연속")
    assert caption not in art.body and len(art.body) == 3
    assert [i.caption for i in art.images] == [caption.removesuffix(" 연합뉴스")]


def test_short_article_without_long_lines_is_read_from_the_layout() -> None:
    text = "\n".join(
        [
            "[속보] 11개 부처 장관 인사 단행",
            "입력 :2025/06/23 13:37 수정: 2025/06/23 13:37",
            "URL복사",
            "대통령이 23일 11개 부처 장관 후보자를 지명했다.",
            "인선은 이날 오후 발표됐다.",
            "관련기사",
            "장관 후보자의 우선 과제는",
            "홍길동 기자",
        ]
    )
    found = read_generic(TextPage.from_text(text), GENERIC_RULES, who="generic")
    assert found.reader == "layout"
    assert found.title == "[속보] 11개 부처 장관 인사 단행"
    assert found.body.paragraphs == ("대통령이 23일 11개 부처 장관 후보자를 지명했다.", "인선은 이날 오후 발표됐다.")


def test_article_cut_by_subheadings_without_sign_off_reads_to_the_closing_box() -> None:
    long = "이 문장은 기사의 본문 문단으로서 충분히 길고 한글이 많이 들어 있어 본문으로 읽힌다고 볼 수 있다."
    lines = [x for x in PAGE.split("\n") if not x.startswith(("gildong@", "ⓒ"))]
    at = lines.index("관련기사")
    cut = ["AD", "◇소제목 하나", "그래픽=홍길동", "짧은 줄", long, long.replace("이 문장은", "그 문장은")]
    cut.append("좋아요 댓글")
    found = read_generic(TextPage.from_text("\n".join(lines[:at] + cut + lines[at:])), GENERIC_RULES, who="generic")
    assert found.body.paragraphs[-1].startswith("그 문장은")
    assert "좋아요 댓글" not in found.body.paragraphs

"""Korean news conventions: unit cases for every form in outlets.md, and hypothesis round-trips."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews import korean as k
from kornews.testing import strategies as gen

from .pages.dates import format_date

KST = k.KST


def dt(*args: int) -> datetime:
    return datetime(*args, tzinfo=KST)


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        ("2025년02월14일 08:00", dt(2025, 2, 14, 8, 0), "2025년02월14일 08:00"),
        ("2024. 12. 5. 00:55", dt(2024, 12, 5, 0, 55), "2024. 12. 5. 00:55"),
        ("기사등록 2025/07/22 14:00:25", dt(2025, 7, 22, 14, 0, 25), "2025/07/22 14:00:25"),
        ("등록 2025.08.19 17:09:47", dt(2025, 8, 19, 17, 9, 47), "2025.08.19 17:09:47"),
        ("입력 2020.08.27 20:27", dt(2020, 8, 27, 20, 27), "2020.08.27 20:27"),
        ("2023.11.02. 오후 8:06", dt(2023, 11, 2, 20, 6), "2023.11.02. 오후 8:06"),
        ("2023.11.02. 오전 12:30", dt(2023, 11, 2, 0, 30), "2023.11.02. 오전 12:30"),
        ("2026.06.04 AM 09:44", dt(2026, 6, 4, 9, 44), "2026.06.04 AM 09:44"),
        ("2026.06.04 PM 09:44", dt(2026, 6, 4, 21, 44), "2026.06.04 PM 09:44"),
        ("2026-09-11T10:23:07+09:00", dt(2026, 9, 11, 10, 23, 7), "2026-09-11T10:23:07+09:00"),
        ("2026-09-11T01:23:07Z", dt(2026, 9, 11, 10, 23, 7), "2026-09-11T01:23:07Z"),
        ("2026-09-11T10:23:07", dt(2026, 9, 11, 10, 23, 7), "2026-09-11T10:23:07"),
        ("20241205005500", dt(2024, 12, 5, 0, 55), "20241205005500"),
        ("2025.06.27 11:53장유미 기자", dt(2025, 6, 27, 11, 53), "2025.06.27 11:53"),
        ("입력 2021.11.22. 10:00", dt(2021, 11, 22, 10, 0), "2021.11.22. 10:00"),
        ("2025.06.27", date(2025, 6, 27), "2025.06.27"),
        ("2025년 6월 27일", date(2025, 6, 27), "2025년 6월 27일"),
    ],
)
def test_parse_date_forms(text: str, value: datetime | date, raw: str) -> None:
    parsed = k.parse_date(text)
    assert parsed is not None
    assert parsed.value == value
    assert type(parsed.value) is type(value)
    if isinstance(parsed.value, datetime):
        assert parsed.value.utcoffset() == timedelta(hours=9)
    assert parsed.raw == raw


@pytest.mark.parametrize("text", ["", "기사입력 :", "2025.13.40 10:00", "no date here", "1800.01.01"])
def test_parse_date_rejects(text: str) -> None:
    assert k.parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        ("입력 :2026/06/04 09:44 수정: 2026/06/04 09:54", dt(2026, 6, 4, 9, 44), dt(2026, 6, 4, 9, 54)),
        ("입력:2021/03/02 10:00 -- 수정:2021/03/02 11:30", dt(2021, 3, 2, 10, 0), dt(2021, 3, 2, 11, 30)),
        ("등록 2025.08.19 17:09:47 수정 2025.08.19 18:00:01", dt(2025, 8, 19, 17, 9, 47), dt(2025, 8, 19, 18, 0, 1)),
        ("기사등록 2025/07/22 14:00:25", dt(2025, 7, 22, 14, 0, 25), None),
        ("최종수정 2025.01.02 03:04", None, dt(2025, 1, 2, 3, 4)),
    ],
)
def test_labelled_dates(text: str, published: datetime | None, modified: datetime | None) -> None:
    p, m = k.parse_labelled_dates(text)
    assert (p.value if p else None) == published
    assert (m.value if m else None) == modified


STYLES = ["dot", "slash", "hangul", "iso", "compact"]
"""Styles that show seconds; ``daum`` and ``naver`` show minutes only."""


@given(gen.kst_datetimes(), st.sampled_from(STYLES))
def test_date_round_trip_keeps_the_time(value: datetime, style: str) -> None:
    parsed = k.parse_date(format_date(value, style))
    assert parsed is not None and parsed.value == value
    assert parsed.value.utcoffset() == timedelta(hours=9)


@given(gen.kst_datetimes(with_seconds=False), st.sampled_from(["naver", "daum"]))
def test_minute_styles_round_trip(value: datetime, style: str) -> None:
    parsed = k.parse_date(format_date(value, style))
    assert parsed is not None and parsed.value == value


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)), st.sampled_from([*STYLES, "naver", "daum"]))
def test_date_without_time_keeps_its_precision(value: date, style: str) -> None:
    parsed = k.parse_date(format_date(value, style))
    assert parsed is not None and parsed.value == value and type(parsed.value) is date


@given(
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2098, 12, 31),
        timezones=st.just(timezone(timedelta(hours=-5))),
    )
)
def test_offsets_are_converted_to_kst(value: datetime) -> None:
    value = value.replace(microsecond=0)
    parsed = k.parse_date(value.isoformat())
    assert parsed is not None and parsed.value == value and parsed.value.utcoffset() == timedelta(hours=9)


# -- bylines and leads ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이해인 기자 2024. 12. 5. 00:55", [("이해인", "기자", None)]),
        ("홍길동·김철수 기자", [("홍길동", "기자", None), ("김철수", "기자", None)]),
        ("/김지호 기자", [("김지호", "기자", None)]),
        ("김철수 특파원 kim@x.com", [("김철수", "특파원", "kim@x.com")]),
        ("박선임 선임기자", [("박선임", "선임기자", None)]),
        ("이논설 논설위원", [("이논설", "논설위원", None)]),
        ("워싱턴=김철수 특파원", [("김철수", "특파원", None)]),
        ("본문일 뿐", []),
    ],
)
def test_parse_byline(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [tuple(r) for r in k.parse_byline(text)] == expected


@pytest.mark.parametrize(
    ("text", "place", "publisher", "reporters", "rest"),
    [
        ("[서울=뉴스핌] 서영욱 기자 = 인간이 앓는", "서울", "뉴스핌", [("서영욱", "기자", None)], "인간이 앓는"),
        ("[서울=뉴시스]이현주 기자 = 이재명 정부", "서울", "뉴시스", [("이현주", "기자", None)], "이재명 정부"),
        ("[헤럴드경제(제주)=정태일 기자] “AI 사업", "제주", "헤럴드경제", [("정태일", "기자", None)], "“AI 사업"),
        ("(서울=연합뉴스) 홍길동 기자 = 본문", "서울", "연합뉴스", [("홍길동", "기자", None)], "본문"),
        ("[워싱턴=뉴스핌] 김철수 특파원 = 미국", "워싱턴", "뉴스핌", [("김철수", "특파원", None)], "미국"),
        ("[서울=뉴시스]구광모 LG그룹 회장이", "서울", "뉴시스", [], "구광모 LG그룹 회장이"),
        ("[OSEN=이선호 기자] 야구", None, "OSEN", [("이선호", "기자", None)], "야구"),
        ("홍길동·김철수 기자 = 본문", None, None, [("홍길동", "기자", None), ("김철수", "기자", None)], "본문"),
    ],
)
def test_parse_lead(
    text: str, place: str | None, publisher: str | None, reporters: list[tuple[str, ...]], rest: str
) -> None:
    lead = k.parse_lead(text)
    assert lead is not None
    assert (lead.place, lead.publisher, [tuple(r) for r in lead.reporters], lead.rest) == (
        place,
        publisher,
        reporters,
        rest,
    )


@pytest.mark.parametrize("text", ["일반 문장이다.", "기자 = x", "[사진=LG] 설명", "배경훈 LG AI연구원장은 11일"])
def test_parse_lead_rejects_ordinary_text(text: str) -> None:
    assert k.parse_lead(text) is None


ROLES_FOR_GEN = ["기자", "특파원", "선임기자", "논설위원", "전문기자"]


@given(
    st.lists(gen.names(), min_size=1, max_size=3, unique=True),
    st.sampled_from(ROLES_FOR_GEN),
    st.sampled_from(gen.PLACES),
    st.sampled_from(["뉴스핌", "뉴시스", "연합뉴스"]),
    gen.paragraphs(),
    st.booleans(),
)
def test_lead_round_trip(names: list[str], role: str, place: str, press: str, rest: str, space: bool) -> None:
    text = f"[{place}={press}]{' ' if space else ''}{'·'.join(names)} {role} = {rest}"
    lead = k.parse_lead(text)
    assert lead is not None
    assert lead.place == place and lead.publisher == press and lead.rest == rest
    assert [r.name for r in lead.reporters] == names and {r.role for r in lead.reporters} == {role}


@given(
    st.lists(gen.names(), min_size=1, max_size=3, unique=True),
    st.sampled_from(ROLES_FOR_GEN),
    st.one_of(st.none(), gen.emails()),
)
def test_byline_parse_is_clean_and_idempotent(names: list[str], role: str, email: str | None) -> None:
    text = f"{'·'.join(names)} {role}" + (f" {email}" if email else "")
    parsed = k.parse_byline(text)
    assert [r.name for r in parsed] == names
    for r in parsed:
        assert "기자" not in r.name and "@" not in r.name and not set("[]()") & set(r.name)
    assert parsed[-1].email == email
    again = k.parse_byline(" ".join(f"{r.name} {r.role}" for r in parsed))
    assert [(r.name, r.role) for r in again] == [(r.name, r.role) for r in parsed]


# -- sign-offs, captions, copyright -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("syu@newspim.com", [("", None, "syu@newspim.com")]),
        ("◎공감언론 뉴시스 lovelypsyche@newsis.com", [("", None, "lovelypsyche@newsis.com")]),
        ("☞공감언론 뉴시스 a@newsis.com", [("", None, "a@newsis.com")]),
        ("홍길동 기자 Hong@X.com", [("홍길동", "기자", "hong@x.com")]),
        ("본문 중 x@y.com 이 있다", None),
        ("문의는 x@y.com 으로 해주시기 바랍니다. 긴 문장입니다.", None),
    ],
)
def test_parse_signoff(text: str, expected: list[tuple[str, str | None, str]] | None) -> None:
    got = k.parse_signoff(text)
    assert (None if got is None else [tuple(r) for r in got]) == expected


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("배경훈 LG AI연구원장 [사진=LG]", "배경훈 LG AI연구원장", "LG"),
        (
            "[서울=뉴시스]구광모 회장이 보냈다. (사진 = LG) 2024.12.19. photo@newsis.com  *재판매 및 DB 금지",
            "구광모 회장이 보냈다.",
            "LG",
        ),
        (
            "[서울=뉴시스]22일 발언하고 있다. (사진 = LG) photo@newsis.com  *재판매 및 DB 금지",
            "22일 발언하고 있다.",
            "LG",
        ),
        ("[서울=뉴시스]장관. (사진=LG 제공) 2025.03.18. photo@newsis.com  *재판매 및 DB 금지", "장관.", "LG 제공"),
        ("사무실에서 만난 원장. /김지호 기자", "사무실에서 만난 원장.", "김지호 기자"),
        ("그래픽=이진영", None, "이진영"),
        ("안세영. [사진=BWF] 2026.01.11 psoq1337@newspim.com", "안세영.", "BWF"),
        ("시민들이 자전거를 빌리고 있다. /한빛시 제공", "시민들이 자전거를 빌리고 있다.", "한빛시 제공"),
    ],
)
def test_split_caption(text: str, caption: str | None, credit: str | None) -> None:
    assert k.looks_like_caption(text)
    assert k.split_caption(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "배 원장은 “데이터가 중요하다”고 말했다.",
        "◇잭슨랩과 알츠하이버 치료제 개발 중",
        "syu@newspim.com",
        "시가 자료를 제공했다고 밝혔다.",
    ],
)
def test_not_captions(text: str) -> None:
    assert not k.looks_like_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "Copyright © 조선일보. 무단전재 및 재배포 금지.",
        "Copyright © 헤럴드경제. 무단전재 및 재배포 금지.",
        "<저작권자 © 뉴스핌, 무단 전재-재배포 금지>",
        "ⓒ 한국일보",
        "무단전재, 재배포 및 AI학습 금지",
        "COPYRIGHT © ZDNETKOREA ALL RIGHTS RESERVED.",
    ],
)
def test_copyright(text: str) -> None:
    assert k.is_copyright(text)


def test_copyright_not_in_ordinary_text() -> None:
    assert not k.is_copyright("저작권 분쟁이 이어지고 있다고 밝혔다.")


@pytest.mark.parametrize(
    ("title", "series"),
    [
        ("[2025 100대 CEO] 구광모 회장", "2025 100대 CEO"),
        ("LG 손잡았을까 [비즈360]", "비즈360"),
        ("[단독] 특종", None),
        ("[종합2보] 속보", None),
        ("제목만", None),
    ],
)
def test_headline_series(title: str, series: str | None) -> None:
    assert k.headline_series(title) == series


@given(st.text(max_size=300))
def test_korean_helpers_never_crash(text: str) -> None:
    k.parse_date(text)
    k.parse_labelled_dates(text)
    k.parse_byline(text)
    k.parse_lead(text)
    k.parse_signoff(text)
    k.split_caption(text)
    k.looks_like_caption(text)
    k.is_copyright(text)
    k.headline_series(text)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "[서울=뉴시스] 김명원 기자 = 19일 서울 여의도 국회에서 본회의가 "
            "열리고 있다. 2025.08.19. kmx1105@newsis.com *재판매 및 DB 금지",
            "19일 서울 여의도 국회에서 본회의가 열리고 있다.",
            "김명원 기자",
        ),
        (
            "(서울=연합뉴스) 김주형 기자 = 19일 국회 본회의장. 2025.8.19 kjhpress@yna.co.kr",
            "19일 국회 본회의장.",
            "김주형 기자",
        ),
        (
            "[워싱턴=AP/뉴시스] 대통령이 18일 백악관에서 발언하고 있다. 2025.08.19. *재판매 및 DB 금지",
            "대통령이 18일 백악관에서 발언하고 있다.",
            "AP",
        ),
        (
            "[서울=뉴시스] 김명원 기자 = 본회의가 열리고 있다. (사진=국회사진기자단)",
            "본회의가 열리고 있다.",
            "국회사진기자단",
        ),
        (
            "[서울=뉴시스]구광모 회장. (사진 = LG) 2024.12.19. photo@newsis.com  *재판매 및 DB 금지",
            "구광모 회장.",
            "LG",
        ),
    ],
)
def test_split_caption_cuts_the_dateline_lead(text: str, caption: str, credit: str | None) -> None:
    """A caption's dateline lead goes; its photographer (``김명원 기자 =``) or agency (``AP/뉴시스``)
    is the credit when the caption names no other."""
    assert k.split_caption(text) == k.Caption(caption, credit)


@given(st.text(alphabet=st.sampled_from(list("가나 다\n\t\r\u00a0\u3000\u200b\ufeff\u2028ab.")), max_size=40))
def test_clean_ws_collapses_every_kind_of_space(text: str) -> None:
    out = k.clean_ws(text)
    assert out == out.strip() and "  " not in out
    assert not any(ch in out for ch in "\n\t\r\u00a0\u3000\u200b\ufeff\u2028")
    assert out.replace(" ", "") == "".join(ch for ch in text if ch not in " \n\t\r\u00a0\u3000\u200b\ufeff\u2028")

"""Hypothesis strategies for Korean news content, and the :class:`GeneratedArticle` model.

Generated text avoids the characters that carry meaning for the extractors (``[]()=@©ⓒ*/◆◇☞``), so
any structure in a generated page comes from the generator's template, never by chance from the
content.  Page generators (kornews' own are in ``tests/pages/<outlet>.py``) render a :class:`GeneratedArticle`
into an outlet template and build the expected :class:`~kornews.Article` with :meth:`expected`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from ..article import Article, Image, Reporter
from ..korean import KST

SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보"
)
PLACES = ("서울", "부산", "세종", "대전", "제주", "광주", "인천", "대구", "수원", "워싱턴", "베이징", "도쿄")
CREDITS = ("LG", "삼성전자", "뉴스핌DB", "연합뉴스", "게티이미지뱅크", "SK하이닉스", "현대차", "정부", "AP")
SUBHEAD_MARKS = "◆◇■"

# syllables only (no role words by chance: a generated word is 2-4 random syllables among these)
_SYLLABLES = (
    "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후그느드르므브스으즈츠크트프흐"
    "한국경제시장정부산업기술개발투자성장혁신전략계획발표협력지원확대강화운영관리분석연구"
)


@st.composite
def words(draw: st.DrawFn, min_size: int = 1, max_size: int = 4) -> str:
    """One Korean-looking word of 1-4 syllables (never a role word such as 기자)."""
    n = draw(st.integers(min_size, max_size))
    word = "".join(draw(st.sampled_from(_SYLLABLES)) for _ in range(n))
    return word if "기자" not in word and "위원" not in word and "특파" not in word else word.replace("기", "고")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence: 3-12 words, optionally a number or Latin token, ending in ``다.``."""
    parts = draw(st.lists(words(), min_size=3, max_size=12))
    if draw(st.booleans()):
        parts.insert(
            draw(st.integers(0, len(parts))), draw(st.sampled_from(["AI", "LG", "2025년", "30%", "CEO", "3.5"]))
        )
    return " ".join(parts) + draw(st.sampled_from(["했다.", "이다.", "밝혔다.", "전망이다.", "설명했다."]))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A body paragraph of 1-4 sentences (at least 40 characters, so it never looks like a deck line)."""
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    while len(text) < 40:
        text += " " + draw(sentences())
    return text


@st.composite
def short_lines(draw: st.DrawFn) -> str:
    """A deck line: 2-6 words, no sentence ending."""
    return " ".join(draw(st.lists(words(), min_size=2, max_size=6)))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline, sometimes with a leading or trailing column tag."""
    core = " ".join(draw(st.lists(words(), min_size=3, max_size=9)))
    tag = draw(st.sampled_from([None, "lead", "trail"]))
    if tag is None:
        return core
    label = draw(short_lines())
    return f"[{label}] {core}" if tag == "lead" else f"{core} [{label}]"


@st.composite
def names(draw: st.DrawFn) -> str:
    """A Korean personal name: a surname and two syllables."""
    return draw(st.sampled_from(SURNAMES)) + "".join(
        draw(st.sampled_from("민수영지현준서윤하은도우진성혜경철")) for _ in range(2)
    )


@st.composite
def emails(draw: st.DrawFn, domain: str = "example.co.kr") -> str:
    """A lower-case e-mail address at ``domain``."""
    local = draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=3, max_size=12))
    return f"{local}@{domain}"


def kst_datetimes(with_seconds: bool = True) -> st.SearchStrategy[datetime]:
    """Aware datetimes in Asia/Seoul between 2000 and 2030 (seconds zero unless ``with_seconds``)."""
    base = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31))
    return base.map(lambda d: d.replace(microsecond=0, second=d.second if with_seconds else 0, tzinfo=KST))


@attrs.frozen(kw_only=True)
class GeneratedPhoto:
    """A photo placed after body paragraph ``after`` (0 = before the first)."""

    after: int
    caption: str
    credit: str
    src: str


@attrs.frozen(kw_only=True)
class GeneratedArticle:
    """Random article content, independent of any template."""

    title: str
    subtitles: tuple[str, ...]
    reporter: str
    email: str
    place: str
    published: datetime
    modified: datetime | None
    paragraphs: tuple[str, ...]
    """Body paragraphs; sub-headings (``◆…``) are paragraphs of their own."""
    photos: tuple[GeneratedPhoto, ...]

    def expected(self, **fields: Any) -> Article:
        """The Article an extractor should return; ``fields`` supply/override the rest
        (``extractor``, ``url``, ``layout`` …).  By default the reporter role is 기자."""
        from ..korean import headline_series

        base: dict[str, Any] = {
            "title": self.title,
            "series": headline_series(self.title),
            "subtitles": self.subtitles,
            "reporters": (Reporter(name=self.reporter, role="기자", email=self.email),),
            "dateline": self.place,
            "published": self.published,
            "modified": self.modified,
            "body": self.paragraphs,
            "images": tuple(Image(url=p.src, caption=p.caption, credit=p.credit) for p in self.photos),
        }
        base.update(fields)
        return Article(**base)


@st.composite
def articles(draw: st.DrawFn, email_domain: str = "example.co.kr", with_seconds: bool = True) -> GeneratedArticle:
    """A :class:`GeneratedArticle`: 1-3 deck lines, 2-9 paragraphs with optional sub-headings, 0-3 photos."""
    body: list[str] = []
    for _ in range(draw(st.integers(2, 9))):
        if body and draw(st.integers(0, 5)) == 0:
            body.append(draw(st.sampled_from(SUBHEAD_MARKS)) + draw(short_lines()))
        body.append(draw(paragraphs()))
    photos = []
    for i in range(draw(st.integers(0, 3))):
        photos.append(
            GeneratedPhoto(
                after=draw(st.integers(1, len(body))),
                caption=draw(sentences()),
                credit=draw(st.sampled_from(CREDITS)),
                src=f"https://img.example.com/photo/{i}_{draw(st.integers(1000, 9999))}.jpg",
            )
        )
    photos.sort(key=lambda p: p.after)
    published = draw(kst_datetimes(with_seconds))
    modified = published + timedelta(minutes=draw(st.integers(1, 600))) if draw(st.booleans()) else None
    return GeneratedArticle(
        title=draw(headlines()),
        subtitles=tuple(draw(st.lists(short_lines(), min_size=1, max_size=3))),
        reporter=draw(names()),
        email=draw(emails(email_domain)),
        place=draw(st.sampled_from(PLACES)),
        published=published,
        modified=modified,
        paragraphs=tuple(body),
        photos=tuple(photos),
    )


def interleave(draw: st.DrawFn, items: list[str], extras: list[str]) -> list[str]:
    """Insert each of ``extras`` at a random position of ``items`` (returns a new list)."""
    out = list(items)
    for extra in extras:
        out.insert(draw(st.integers(0, len(out))), extra)
    return out


__all__ = [
    "GeneratedArticle",
    "GeneratedPhoto",
    "articles",
    "emails",
    "headlines",
    "interleave",
    "kst_datetimes",
    "names",
    "paragraphs",
    "sentences",
    "short_lines",
    "words",
]

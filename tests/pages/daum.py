"""Daum News copies (layout ``2024``) of random stories by a randomly chosen press.

``pages()`` draws ``(page_bytes, url, expected_article)``.  The press is one of kornews' outlets
(Chosun, Herald, Newsis, Newspim, ZDNet Korea — when installed) or another press; the copy follows
that press's conventions as Daum shows them: Chosun without a dateline lead, Herald's
``[헤럴드경제(장소)=이름 기자]`` lead and the headline list it appends after its copyright line, Newsis's
``[장소=뉴시스]이름 기자 =`` lead and ``☞공감언론 뉴시스 …`` sign-off, the others' ``[장소=언론사] 이름 기자
=`` lead and a lone e-mail line.  Daum's chrome — the automatic-summary box, the translation and
font-size lines — is inserted at random positions, inside the article container too.

With ``text_safe=True`` the summary box stays in the header (where Daum puts it, followed by the
font-size panel) and every in-body chrome block is a line a reader of the rendered text can
recognise, so HTML mode and text mode must agree on the page.
"""

from __future__ import annotations

import html
from typing import Any

from hypothesis import strategies as st

from kornews import registry
from kornews.article import Article, Image, Reporter
from kornews.testing import strategies as s

from .dates import format_date

PRESSES: tuple[tuple[str, str | None], ...] = (
    ("조선일보", "chosun"),
    ("헤럴드경제", "herald"),
    ("뉴시스", "newsis"),
    ("뉴스핌", "newspim"),
    ("지디넷코리아", "zdnet"),
    ("한겨레", None),
    ("경향신문", None),
    ("뉴스타파", None),
)
"""(press name, outlet id when it is one of kornews' outlets)."""

CHROME_LINES = (
    "번역beta Translated by kaka i",
    "이 글자크기로 변경됩니다.",
    "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.",
    "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
)
SUMMARY_HEAD = "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."
REACTION = "이 기사에 대해 어떻게 생각하시나요?"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def outlet_id(outlet: str | None) -> str | None:
    """``outlet`` if that extractor is installed, else None (the press is then 'another press')."""
    if outlet is None:
        return None
    return outlet if any(e.id == outlet for e in registry.extractors()) else None


@st.composite
def chrome(draw: st.DrawFn, text_safe: bool) -> str:
    """One Daum chrome block that may stand anywhere in the article container (HTML)."""
    kinds = ["line"] if text_safe else ["line", "summary", "summary-div"]
    kind = draw(st.sampled_from(kinds))
    if kind == "line":
        return f'<p dmcf-ptype="general">{_e(draw(st.sampled_from(CHROME_LINES)))}</p>'
    lines = "".join(f"<p>{_e(draw(s.sentences()))}</p>" for _ in range(draw(st.integers(1, 3))))
    cls = "layer_summary" if kind == "summary" else "box_" + draw(s.words()).encode("utf-8").hex()[:8]
    return f'<div class="{cls}"><p class="desc_summary">{SUMMARY_HEAD}</p>{lines}</div>'


def press_lead(press: str, art: s.GeneratedArticle) -> tuple[str, str | None]:
    """The first paragraph (HTML) as the press writes it, with its dateline lead, and the dateline the
    extraction reports (Chosun's copies carry none): the press's own text, on either portal."""
    first = _e(art.paragraphs[0])
    if press == "조선일보":
        return first, None
    if press == "헤럴드경제":
        return f"[헤럴드경제({_e(art.place)})={_e(art.reporter)} 기자] {first}", art.place
    if press == "뉴시스":
        return f"[{_e(art.place)}=뉴시스]{_e(art.reporter)} 기자 = {first}", art.place
    return f"[{_e(art.place)}={_e(press)}] {_e(art.reporter)} 기자 = {first}", art.place


@st.composite
def pages(draw: st.DrawFn, text_safe: bool = False) -> tuple[bytes, str, Article]:
    """A Daum copy, its URL and the Article extraction must return."""
    press, outlet = draw(st.sampled_from(PRESSES))
    outlet = outlet_id(outlet)
    art = draw(s.articles(email_domain="example.co.kr", with_seconds=False))
    daum_id = f"{art.published:%Y%m%d%H%M%S}{draw(st.integers(0, 999)):03d}"
    url = f"https://v.daum.net/v/{daum_id}"

    # the press's own text, as Daum shows it
    first, dateline = press_lead(press, art)
    chunks = [f'<p dmcf-ptype="general">{first}</p>']
    photos = list(art.photos)
    for i, para in enumerate(art.paragraphs):
        if i:
            chunks.append(f'<p dmcf-ptype="general">{_e(para)}</p>')
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            cap = f"{_e(p.caption)} [사진={_e(p.credit)}]"
            chunks.append(
                f'<figure dmcf-ptype="figure"><p class="link_figure"><img src="{p.src}" alt=""></p>'
                f'<figcaption class="txt_caption">{cap}</figcaption></figure>'
            )
    email: str | None = art.email
    if press == "조선일보":
        email = None
    elif press == "뉴시스":
        chunks.append(f'<p dmcf-ptype="general">☞공감언론 뉴시스 {_e(art.email)}</p>')
    else:
        chunks.append(f'<p dmcf-ptype="general">{_e(art.email)}</p>')
    copyright = f"Copyright © {press}. 무단전재 및 재배포 금지."
    in_body = draw(st.booleans())
    tail = ""
    if in_body:
        chunks.append(f'<p dmcf-ptype="general">{_e(copyright)}</p>')
    if press == "헤럴드경제":
        items = [f'- "{draw(s.headlines())}"' for _ in range(draw(st.integers(3, 10)))]
        tail = '<p dmcf-ptype="general">' + "<br>".join(_e(x) for x in items) + "</p>"
    inside = draw(st.lists(chrome(text_safe), max_size=3))
    body = [*s.interleave(draw, chunks, inside), tail]

    summary = ""
    if draw(st.booleans()):
        lines = "".join(
            f'<p class="txt_summary">{_e(x)}</p>' for x in draw(st.lists(s.sentences(), min_size=1, max_size=3))
        )
        summary = f'<div class="layer_util layer_summary"><p class="desc_summary">{SUMMARY_HEAD}</p>{lines}</div>'
    date = format_date(art.published, "daum")
    modified = (
        f' <span class="txt_info">수정 <span class="num_date">{format_date(art.modified, "daum")}</span></span>'
        if art.modified
        else ""
    )
    head = (
        f'<div class="head_view"><h3 class="tit_view">{_e(art.title)}</h3>'
        f'<div class="info_view"><span class="txt_info">{_e(art.reporter)} 기자</span> '
        f'<span class="txt_info"><span class="num_date">{date}</span></span>{modified}</div>'
        f'<div class="util_view">{summary}<div class="wrap_trans">번역<span>beta</span> Translated by kaka i</div>'
        f'<div class="layer_size"><p class="desc_size">이 글자크기로 변경됩니다.</p>'
        f'<p class="txt_example">{_e(CHROME_LINES[2])}</p></div></div></div>'
    )
    deck = '<strong class="summary_view">' + "<br>".join(_e(d) for d in art.subtitles) + "</strong>"
    foot = "" if in_body else f'<div class="foot_view"><p class="txt_copyright">{_e(copyright)}</p></div>'
    regdate = format_date(art.published, "compact")
    page = (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{_e(art.title)} | 다음뉴스</title>'
        f'<meta property="og:url" content="{url}"><meta property="og:title" content="{_e(art.title)}">'
        f'<meta property="og:regDate" content="{regdate}"><meta property="og:article:author" content="{_e(press)}">'
        f'<link rel="canonical" href="{url}"></head><body>'
        '<header id="kakaoHead"><a href="https://news.daum.net/">뉴스</a> <a href="https://news.daum.net/ranking/popular">랭킹</a></header>'
        f'<main id="kakaoContent">{head}<div class="news_view"><div class="article_view"><section>{deck}'
        f"{''.join(body)}</section></div>{foot}</div>"
        f'<div class="box_reaction"><strong class="tit_reaction">{REACTION}</strong></div></main>'
        '<footer id="kakaoFoot">© Kakao Corp.</footer></body></html>'
    )
    reporters = (Reporter(name=art.reporter, role="기자", email=email),)
    expected: dict[str, Any] = {
        "extractor": "daum",
        "outlet": outlet,
        "publisher": press,
        "portal": "daum",
        "layout": "2024",
        "url": url,
        "canonical_url": url,
        "portal_id": daum_id,
        "reporters": reporters,
        "dateline": dateline,
        "published_raw": regdate,
        "modified_raw": format_date(art.modified, "daum") if art.modified else None,
        "images": tuple(Image(url=p.src, caption=p.caption, credit=p.credit) for p in art.photos),
        "copyright": copyright,
    }
    return page.encode("utf-8"), url, art.expected(**expected)

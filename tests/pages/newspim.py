"""Newspim pages (layouts ``2021`` and ``2026``) with random content and randomly placed boilerplate.

``pages()`` draws ``(page_bytes, url, expected_article)``.  Boilerplate boxes (best articles, AI
summary, stock tracker, translation widget, related news, ads) are inserted at random positions,
inside the body container too, some under known class names and some under random ones (then
only their heading identifies them).
"""

from __future__ import annotations

import html
from typing import Any

from hypothesis import strategies as st

from kornews.article import Article
from kornews.testing import strategies as s

from .dates import format_date


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@st.composite
def boxes(draw: st.DrawFn) -> str:
    """One Newspim boilerplate box (HTML)."""
    cls = draw(st.sampled_from(["best-news", "relation-news", "box-" + draw(s.words()).encode("utf-8").hex()[:8]]))
    kind = draw(st.sampled_from(["best", "ai", "tracker", "translate", "related", "ad"]))
    line = _e(draw(s.sentences()))
    head = _e(draw(s.headlines()))
    if kind == "best":
        return (
            f'<div class="{cls}"><h3>[뉴스핌 베스트 기사]</h3><div class="item"><div class="thumb"><em>사진</em></div>'
            f"<div>{head} [서울=뉴스핌] {_e(draw(s.names()))} 기자 = "
            f"{line} {_e(draw(s.emails('newspim.com')))}</div></div></div>"
        )
    if kind == "ai":
        return f'<section id="aiSummary"><h3>AI 핵심 요약 beta</h3><ul><li>{line}</li><li>{head}</li></ul></section>'
    if kind == "tracker":
        return (
            f'<div class="{cls}"><h3>종목 추적기</h3><p>S&amp;P 500 기업 중 기사 내용이 영향을 줄 종목 추적</p>'
            f"<p>결과물 출력을 준비하고 있어요.</p><ul><li>{line}</li></ul>"
            "<p>이 내용에 포함된 데이터와 의견은 뉴스핌 AI가 분석한 결과입니다.</p></div>"
        )
    if kind == "translate":
        return f'<div class="{cls}"><p>기사 번역</p><p>결과물 출력을 준비하고 있어요.</p></div>'
    if kind == "related":
        return f'<div class="{cls}"><strong>관련기사</strong><ul><li><a href="/news/view/1">{head}</a></li></ul></div>'
    return f'<div class="view_ad"><a href="https://ad.example.com">{head}</a></div>'


@st.composite
def pages(draw: st.DrawFn) -> tuple[bytes, str, Article]:
    """A Newspim article page, its URL and the Article extraction must return."""
    art = draw(s.articles(email_domain="newspim.com", with_seconds=False))
    layout = draw(st.sampled_from(["2021", "2026"]))
    charset = draw(st.sampled_from(["utf-8", "euc-kr"])) if layout == "2021" else "utf-8"
    url = f"https://www.newspim.com/news/view/{art.published:%Y%m%d}{draw(st.integers(0, 9999999)):07d}"

    chunks: list[str] = []
    chunks.append("<p>" + "<br>".join(f"<b>{_e(d)}</b>" for d in art.subtitles) + "</p>")
    photos = list(art.photos)
    for i, para in enumerate(art.paragraphs):
        text = _e(para)
        if i == 0:
            text = f"[{_e(art.place)}=뉴스핌] {_e(art.reporter)} 기자 = {text}"
        chunks.append(f"<p>{text}</p>")
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            cap = f"{_e(p.caption)} [사진={_e(p.credit)}]"
            if layout == "2021":
                chunks.append(
                    f'<table class="news_img"><tr><td><img src="{p.src}"></td></tr><tr><td>{cap}</td></tr></table>'
                )
            else:
                chunks.append(
                    f'<figure class="photo"><img src="{p.src}" alt=""><figcaption>{cap}</figcaption></figure>'
                )
    chunks.append(f"<p>{art.email}</p>")
    inside = draw(st.lists(boxes(), max_size=3))
    # boxes may go anywhere after the deck paragraph
    body = [chunks[0], *s.interleave(draw, chunks[1:], inside)]
    outside = "".join(draw(st.lists(boxes(), max_size=3)))

    pub_ko = format_date(art.published, "hangul")[:-3]  # 2025년03월04일 08:00
    mod_ko = format_date(art.modified, "hangul")[:-3] if art.modified else None
    expected: dict[str, Any] = {
        "extractor": "newspim",
        "outlet": "newspim",
        "publisher": "뉴스핌",
        "layout": layout,
        "url": url,
        "article_id": url.rsplit("/", 1)[1],
        "canonical_url": url,
    }
    if layout == "2021":
        header = (
            f'<div class="title-wrap"><h2 id="main-title">{_e(art.title)}</h2>'
            f'<span class="date">기사입력 : <span id="send-time">{pub_ko}</span></span>'
            + (f'<span class="date">최종수정 : <span id="send-time-modify">{mod_ko}</span></span>' if mod_ko else "")
            + "</div>"
        )
        open_, close = '<section class="contents">', "</section>"
        expected.update(published_raw=pub_ko, modified_raw=mod_ko)
    else:
        iso = art.published.isoformat()
        header = (
            f'<div class="header"><h1>{_e(art.title)}</h1><dl class="date">'
            f'<dt>기사입력 :</dt><dd><time id="send-time" datetime="{iso}"></time></dd>'
            + (
                f'<dt>최종수정 :</dt><dd><time id="update-time" datetime="{art.modified.isoformat()}"></time></dd>'
                if art.modified
                else ""
            )
            + "</dl></div>"
        )
        open_, close = '<main class="contents"><article class="bodynews">', "</article></main>"
        expected.update(published_raw=iso, modified_raw=art.modified.isoformat() if art.modified else None)
    page = (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}"><title>{_e(art.title)} - 뉴스핌</title>'
        f'<meta property="og:site_name" content="뉴스핌"><link rel="canonical" href="{url}"></head><body>'
        '<header><div class="util"><a href="/news/lists">전체기사</a> <a href="/gam">GAM</a></div></header>'
        f'{open_}{header}<div id="news-contents">{"".join(body)}</div>{outside}{close}'
        '<div class="anda-shop"><a href="#">안다쇼핑</a></div></body></html>'
    )
    data = page.encode("cp949", errors="xmlcharrefreplace") if charset == "euc-kr" else page.encode("utf-8")
    return data, url, art.expected(**expected)

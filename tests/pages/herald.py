"""Herald Economy pages (layouts ``2024`` and ``legacy``) with random content and boilerplate.

``pages()`` draws ``(page_bytes, url, expected_article)``.  The article follows Herald's text
conventions (deck lines, ``[헤럴드경제(장소)=이름 기자]`` lead, e-mail sign-off, copyright line); the
boilerplate is inserted at random positions, inside the body container too: runs of three or more
appended headlines (``- "…"``), promo lines (``▶ … 급등종목``), ad slots and related-news boxes; at
the tail also shorter headline lists and plain ``▶`` promo links.  The current layout draws its
title and dates from JSON-LD/``og:*``/``article:*`` or, when those are absent, from the header nodes.

With ``text_safe=True`` every in-body boilerplate block is one a reader of the rendered text can
recognise too (ads are empty), so HTML mode and text mode must agree on the page.
"""

from __future__ import annotations

import html
import json
from typing import Any

from hypothesis import strategies as st

from kornews.article import Article, Image
from kornews.testing import strategies as s

from .dates import format_date

COPYRIGHT = "Copyright © 헤럴드경제. 무단전재 및 재배포 금지."
AGENCIES = ("연합뉴스", "게티이미지뱅크", "AP", "뉴스핌DB")
PROMOS = ("▶ 무조건 오르는 비공개 급등종목", "▶ 헤럴드경제 네이버 채널 구독하기", "▶ 오늘의 추천주 무료 체험")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@st.composite
def headline_items(draw: st.DrawFn, min_size: int, max_size: int) -> list[str]:
    """Appended headline lines: ``- "…"`` or ``- …`` (some with curly quotes)."""
    out = []
    for _ in range(draw(st.integers(min_size, max_size))):
        head = draw(s.headlines())
        style = draw(st.sampled_from(["plain", "quote", "curly"]))
        out.append(
            f'- "{head}"' if style == "quote" else f"- “{head}” {draw(s.words())}" if style == "curly" else f"- {head}"
        )
    return out


def _as_html(lines: list[str], draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return "".join(f"<p>{_e(x)}</p>" for x in lines)
    return "<p>" + "<br>".join(_e(x) for x in lines) + "</p>"


@st.composite
def inside_boxes(draw: st.DrawFn, text_safe: bool) -> str:
    """One boilerplate block that may stand anywhere in the body container (HTML)."""
    kinds = ["list", "promo"] if text_safe else ["list", "promo", "ad", "related"]
    kind = draw(st.sampled_from(kinds))
    if kind == "list":
        return _as_html(draw(headline_items(3, 10)), draw)
    if kind == "promo":
        return (
            f'<p class="{draw(st.sampled_from(["promo", "txt"]))}">'
            f'<a href="/event">{_e(draw(st.sampled_from(PROMOS)))}</a></p>'
        )
    if kind == "ad":
        return f'<div class="ad-area" id="div-gpt-ad-{draw(st.integers(1, 10**9))}-0"><a href="https://ad.example.com">{_e(draw(s.headlines()))}</a></div>'
    cls = draw(st.sampled_from(["article-relation", "box-" + draw(s.words()).encode("utf-8").hex()[:8]]))
    return (
        f'<div class="{cls}"><strong>관련기사</strong><ul><li>'
        f'<a href="/article/1">{_e(draw(s.headlines()))}</a></li></ul></div>'
    )


@st.composite
def tail_lines(draw: st.DrawFn) -> list[str]:
    """Boilerplate lines that stand after the article: a short headline list or a plain promo."""
    if draw(st.booleans()):
        return draw(headline_items(1, 2))
    return ["▶ " + draw(s.headlines())]


@st.composite
def pages(draw: st.DrawFn, text_safe: bool = False) -> tuple[bytes, str, Article]:
    """A Herald Economy article page, its URL and the Article extraction must return."""
    art = draw(s.articles(email_domain="heraldcorp.com", with_seconds=False))
    layout = draw(st.sampled_from(["2024", "legacy"]))
    charset = draw(st.sampled_from(["utf-8", "euc-kr"])) if layout == "legacy" else "utf-8"
    if layout == "2024":
        article_id = str(draw(st.integers(10**6, 2 * 10**7)))
        url = f"https://{draw(st.sampled_from(['biz', 'mbiz', 'news']))}.heraldcorp.com/article/{article_id}"
    else:
        article_id = f"{art.published:%Y%m%d}{draw(st.integers(0, 999999)):06d}"
        url = f"http://news.heraldcorp.com/view.php?ud={article_id}"
    with_place = draw(st.booleans())
    lead = (
        f"[헤럴드경제({_e(art.place)})={_e(art.reporter)} 기자] "
        if with_place
        else f"[헤럴드경제={_e(art.reporter)} 기자] "
    )

    chunks: list[str] = []
    if layout == "2024":
        chunks.append("<p>" + "<br>".join(f"<strong>{_e(d)}</strong>" for d in art.subtitles) + "</p>")
    else:
        chunks.append("".join(f"<p><b>{_e(d)}</b></p>" for d in art.subtitles))
    photos = list(art.photos)
    images: list[Image] = []
    for i, para in enumerate(art.paragraphs):
        chunks.append(f"<p>{lead if i == 0 else ''}{_e(para)}</p>")
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            # Herald credits a source in brackets without 사진= ([LG 제공], [연합뉴스]); text mode reads
            # only the 사진= form as a caption, so text-safe pages keep that one
            style = "사진=" if text_safe else draw(st.sampled_from(["사진=", "source"]))
            credit = p.credit
            if style == "사진=":
                cap = f"{_e(p.caption)} [사진={_e(p.credit)}]"
            else:
                credit = p.credit if p.credit in AGENCIES else f"{p.credit} 제공"
                cap = f"{_e(p.caption)} [{_e(credit)}]"
            images.append(Image(url=p.src, caption=p.caption, credit=credit))
            if layout == "2024":
                chunks.append(
                    f'<div class="article-photo-wrap"><figure><img src="{p.src}" alt=""></figure>'
                    f'<p class="article-photo-desc">{cap}</p></div>'
                )
            else:
                chunks.append(f'<figure><img src="{p.src}" alt=""><figcaption>{cap}</figcaption></figure>')
    inside = draw(st.lists(inside_boxes(text_safe), max_size=3))
    body = [chunks[0], *s.interleave(draw, chunks[1:], inside)]
    # the tail: e-mail, copyright, then the appended lists (short ones only here), in a random order
    tail = [f"<p>{art.email}</p>"]
    with_copyright = draw(st.booleans())
    if with_copyright:
        tail.append(f"<p>{_e(COPYRIGHT)}</p>")
    for extra in draw(st.lists(tail_lines(), max_size=2)):
        tail.insert(draw(st.integers(0, len(tail))), _as_html(extra, draw))
    body.extend(tail)

    expected: dict[str, Any] = {
        "extractor": "herald",
        "outlet": "herald",
        "publisher": "헤럴드경제",
        "layout": layout,
        "url": url,
        "article_id": article_id,
        "canonical_url": url,
        "dateline": art.place if with_place else None,
        "copyright": COPYRIGHT if with_copyright else None,
        "section": "산업" if layout == "2024" else None,
        "images": tuple(images),
    }
    pub_dot = format_date(art.published, "dot")[:-3]  # 2024.07.11 16:01
    mod_dot = format_date(art.modified, "dot")[:-3] if art.modified else None
    head = [f'<meta charset="{charset}">', f"<title>{_e(art.title)} - 헤럴드경제</title>"]
    head.append('<meta property="og:site_name" content="헤럴드경제">')
    head.append(f'<link rel="canonical" href="{url}">')
    if layout == "2024":
        structured = draw(st.sampled_from(["ld", "meta", "none"]))
        if structured == "ld":
            ld = {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": art.title,
                "datePublished": art.published.isoformat(),
                "author": {"@type": "Person", "name": art.reporter},
                "publisher": {"@type": "Organization", "name": "헤럴드경제"},
            }
            if art.modified:
                ld["dateModified"] = art.modified.isoformat()
            head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        if structured == "meta":
            head.append(f'<meta property="og:title" content="{_e(art.title)}">')
            head.append(f'<meta property="article:published_time" content="{art.published.isoformat()}">')
            if art.modified:
                head.append(f'<meta property="article:modified_time" content="{art.modified.isoformat()}">')
        if structured == "none":
            expected.update(published_raw=pub_dot, modified_raw=mod_dot)
        else:
            iso_mod = art.modified.isoformat() if art.modified else None
            expected.update(published_raw=art.published.isoformat(), modified_raw=iso_mod)
        header = (
            '<div class="article-view-header"><div class="article-category"><a href="/list/industry">산업</a></div>'
            f'<h1 class="news_title">{_e(art.title)}</h1><ul class="article-info">'
            f'<li class="reporter"><a href="/reporter/x">{_e(art.reporter)} 기자</a></li>'
            f'<li class="date">입력 {pub_dot}</li>'
            + (f'<li class="date">수정 {mod_dot}</li>' if mod_dot else "")
            + "</ul></div>"
        )
        main = (
            f'<main id="container"><div class="article-view">{header}'
            f'<article id="articleText" class="article-body">{"".join(body)}</article></div></main>'
        )
    else:
        if draw(st.booleans()):
            head.append(f'<meta property="og:title" content="{_e(art.title)}">')
        expected.update(published_raw=pub_dot, modified=None, modified_raw=None)
        header = (
            f'<div class="view_top_t2"><ul><li class="article_title ellipsis2">{_e(art.title)}</li>'
            f'<li class="article_date">{pub_dot}</li></ul></div>'
        )
        main = (
            f'<div id="container"><div class="view_wrap">{header}<div class="article_view">'
            f'<div class="article_area" id="articleText" itemprop="articleBody">{"".join(body)}</div></div></div></div>'
        )
    page = (
        f'<!DOCTYPE html><html lang="ko"><head>{"".join(head)}</head><body>'
        '<header id="header"><nav class="gnb"><ul><li><a href="/list/economy">경제</a></li>'
        '<li><a href="/list/industry">산업</a></li></ul></nav></header>'
        f"{main}"
        '<footer id="footer"><p>(주)헤럴드 대표전화 02-727-0114</p>'
        '<p>Copyright ⓒ Herald Corporation. All Rights Reserved.</p></footer>'
        "</body></html>"
    )
    data = page.encode("cp949", errors="xmlcharrefreplace") if charset == "euc-kr" else page.encode("utf-8")
    return data, url, art.expected(**expected)

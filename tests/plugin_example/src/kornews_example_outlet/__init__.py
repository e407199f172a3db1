"""예시일보 (exampleilbo.kr): a fictional outlet, the smallest complete kornews plugin.

An outlet module is a description of the outlet: URL patterns, example URLs, one :class:`Layout`
per template, the blocks to drop and the text rules.  Everything else (datelines, bylines, captions,
sign-offs, copyright lines, dates) is kornews' shared Korean cleanup.
"""

from __future__ import annotations

from kornews.base import HtmlExtractor, Layout, Rules, patterns


class ExampleIlbo(HtmlExtractor):
    """Articles of 예시일보."""

    id = "exampleilbo"
    name = "예시일보"
    domains = ("exampleilbo.kr",)
    site_names = ("예시일보",)
    article_urls = patterns(r"https?://(?:www\.|m\.)?exampleilbo\.kr/news/\d{8}\d{4,}")
    example_urls = ("https://www.exampleilbo.kr/news/202507220001", "https://m.exampleilbo.kr/news/202601050042")
    non_article_urls = ("https://www.exampleilbo.kr/", "https://www.exampleilbo.kr/section/economy")
    text_markers = patterns(r"\[[^\]=]{1,10}=예시일보\]", r"@exampleilbo\.kr")
    rules = Rules(boxes=patterns(r"^관련\s*기사", r"^많이 본 뉴스"))
    remove = (".ad", ".share")
    layouts = (
        Layout(
            name="2025",
            match=("article.story",),
            title=("article.story h1",),
            subtitle=("article.story p.deck",),
            date=("article.story time",),
            body=("article.story div.story-body",),
        ),
    )

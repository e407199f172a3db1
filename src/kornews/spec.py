"""The rule and layout vocabulary in which outlet modules describe their outlet.

* :func:`patterns`: compiled regexes (URL patterns, text markers, rules);
* :class:`Rules`: text-level rules of an outlet (lines that end the article, lines to skip, boxes
  to remove by their heading, appended link lists), applied to its HTML, to its pages rendered as text
  and to its portal copies;
* :class:`Layout`: the CSS selectors of one page template, per field;
* :class:`TextLayout`: the landmarks of an outlet's article page rendered to text (date lines,
  header chrome, text-only ends), read by the one shared text reader (:func:`kornews.text.read_layout`).

Pure declarations: nothing here reads a page.
"""

from __future__ import annotations

import re

import attrs

from . import _records, lazyre


def patterns(*regexes: str) -> tuple[re.Pattern[str], ...]:
    """Compile regexes (used for URL patterns, markers and rules), each on first use (:mod:`kornews.lazyre`)."""
    return tuple(lazyre.compile(r) for r in regexes)


@attrs.frozen(kw_only=True)
@_records.methods
class Rules:
    """Text-level rules of one outlet, applied block by block in reading order.

    ``stop``: a block matching any pattern ends the article (it and every later block are dropped);
    ``skip``: a block matching any pattern is skipped wherever it stands;
    ``boxes``: headings of boilerplate boxes (``[뉴스핌 베스트 기사]``, ``관련기사``, ``종목 추적기``): in
    HTML, the box (div/section/aside/ul/…) whose first text matches is removed whole, wherever it
    stands; in text, or where no box encloses it, the heading acts like ``stop``;
    ``end_at_copyright``: the copyright line ends the article (kept in ``Article.copyright``);
    ``lists``: items of link lists the outlet appends to its text (Herald's ``- "…"`` headlines,
    ``▶ …`` promos): a run of ``LIST_RUN`` (3) or more consecutive matching blocks is dropped wherever
    it stands; a shorter run is dropped when nothing but sign-offs, bylines, copyright lines, ``skip``
    blocks and other list items follows it up to the end of the article (so a lone ``- 질문`` line of
    an interview, followed by its answer, stays).
    """

    stop: tuple[re.Pattern[str], ...] = ()
    skip: tuple[re.Pattern[str], ...] = ()
    boxes: tuple[re.Pattern[str], ...] = ()
    box_spans: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    end_at_copyright: bool = True
    lists: tuple[re.Pattern[str], ...] = ()

    def __add__(self, other: Rules) -> Rules:
        return Rules(
            stop=self.stop + other.stop,
            skip=self.skip + other.skip,
            boxes=self.boxes + other.boxes,
            end_at_copyright=self.end_at_copyright and other.end_at_copyright,
            lists=self.lists + other.lists,
        )


@attrs.frozen(kw_only=True)
@_records.methods
class Layout:
    """CSS selectors of one page template.  Each field lists selectors tried in order.

    ``match``: the layout applies when any of these selectors matches the page.
    ``date``: nodes holding the dates; a ``datetime``/``data-date-time``/``data-modify-date-time``/``content``
    attribute wins over the node's text, which is split by label (입력/등록 -> published, 수정 -> modified).
    ``remove``: removed from the body container before it is read.  ``figures``: nodes each read as one
    photo (besides ``<figure>``); ``captions``: selectors of the caption inside a figure.
    """

    name: str
    match: tuple[str, ...]
    body: tuple[str, ...]
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    captions: tuple[str, ...] = ("figcaption",)
    valid_until: str | None = None
    """The last date this layout was seen in use (``"2025-12"``); None if it is current."""


@attrs.frozen(kw_only=True)
@_records.methods
class TextLayout:
    """An outlet's article page rendered to text (a browser's ``innerText``, a console dump, a WET
    record), as landmarks for the shared text reader (:func:`kornews.text.read_layout`).  Every field
    is a convention of the outlet's template or of Korean news pages in general, never one page's
    strings.

    The header (above and around the date line):

    ``date``: the published-date line (``기사등록 2025.07.22 14:00:25``, ``입력`` alone: the date may stand
    alone on the next line, as a browser renders a label and its value in two blocks); a pattern's
    named group ``by`` is a byline printed on the date line (``이해인 기자 2024. 12. 5. 00:55``);
    ``anchor``: header lines that stand under the headline when the page shows no date line (a
    portal's summary box heading): the first one stands for the date line, the headline above it,
    and it is read as the first of the article's lines (whose cleanup removes it);
    ``modified``: a modified-date line right after it (same shapes);
    ``search``: how many lines from the top the date line is looked for in;
    ``no_date``: what text without a date line is: ``"article"``, not an article (NotAnArticle);
    ``"title"``, an article without headline (MissingField, for an outlet whose headline is found by
    its date line); ``"generic"``, read by the generic text reader with the outlet's rules;
    ``chrome``: header lines skipped between the headline and the date line and right after the
    dates (section names, counters, the printed page ``4면``) — page controls (``공유``, ``글자크기``),
    byline lines (``홍길동 기자``, ``스포츠조선=홍길동 기자``: the press before ``=`` is the story's
    publisher) and lone e-mails (given to the reporter named before them) always are;
    ``title_min``: a headline has at least this many characters, three of them Hangul (0: any line
    is); shorter lines above the date line are header chrome (``TOP``, ``댓글``, a section name);
    breadcrumb lines (``경제 > 테크·IT``, ``홈 | 정치``) never are headlines;
    ``menu``: labels of the site menu above the headline (whole lines): the headline group starts right
    after the last of them (without them, the headline stands alone);
    ``deck_above``: at most this many deck lines between the headline and the date (the headline group:
    headline-shaped lines; the first is the headline);
    ``deck_below``: at most this many deck lines right after the dates and their chrome, when none stood
    above (short lines that are no sentence, caption, lead, pull quote or box heading);
    ``start_after``: toolbar lines (language, font size, share links) that may stand between the dates
    and the article, after an AI summary box: the article starts after the last one found within
    ``toolbar_span`` lines (a caption ends the search);
    ``from_lead``: the article starts at the outlet's dateline ``lead``, with the deck lines right
    before it (read as the deck by the cleanup); boxes between them are skipped;
    ``update_later``: a modification date in the same minute as publication is no update (dropped: the
    page stamps both on publication).

    The article (every line after the header, cleaned by the outlet's ``clean``):

    ``end``: lines that end the article in text only (a share bar, a like box), besides the outlet's
    :class:`Rules` ``stop`` lines and the copyright line (kept for ``Article.copyright``);
    box headings (``Rules.boxes``) leave out the heading and its items — bulleted lines where the
    rendering shows bullets, else the run of headline lines up to a blank line, teasers carrying another
    story's lead, thumbnail labels — and end the article unless a paragraph follows them;
    ``boxes``: headings of boxes that stand inside the article in text only (a related-articles list the
    HTML reading removes by its markup), read as ``Rules.boxes`` headings;
    ``signoff_ends``: the reporter's sign-off (a lone e-mail, ``홍길동 기자 x@y``) closes the article:
    after it only further sign-offs, the copyright line and the outlet's ``Rules.lists``/``skip``
    lines may follow, and the first other line (site menus, the footer) ends the article;
    ``writer_ends``: the writer line (``[place] name role e-mail``: ``순천, 광양 구현모 기자 x@y``) ends
    the article; its reporters and place (the dateline) are read, and the copyright after it;
    ``copyright``: the outlet's copyright notice, searched on the lines from the article's end
    (``Copyright ⓒ Hankookilbo`` out of ``세상을 보는 균형, 한국일보Copyright ⓒ Hankookilbo 신문 구독신청``);
    ``marked_subheadings``: the outlet marks its sub-headings (``◇``, ``◆``), so a bare headline between
    paragraphs (not a sentence, no mark, no caption) is a link to another story or an ad, left out;
    ``pull_quotes``: a pull quote (a quoted line of at most 150 characters, then a short attribution
    line naming the speaker) is left out, as the HTML reading drops the quote module;
    ``bare_credits``: a caption may end with a bare credit after its sentence (``… 있다. 연합뉴스``);
    ``tail``: lines left out at the end of the article (promo links ``▲ …``);
    ``lead``: the outlet's dateline lead (``[헤럴드경제=…``): when given, text without it is not the
    outlet's article (NotAnArticle).

    The headline is the nearest headline-shaped line above the date line that is none of the header
    lines above.
    """

    date: tuple[re.Pattern[str], ...]
    modified: tuple[re.Pattern[str], ...] = ()
    chrome: tuple[re.Pattern[str], ...] = ()
    end: tuple[re.Pattern[str], ...] = ()
    search: int = 400
    signoff_ends: bool = False
    lead: tuple[re.Pattern[str], ...] = ()
    no_date: str = "article"
    anchor: tuple[re.Pattern[str], ...] = ()
    title_min: int = 0
    menu: frozenset[str] = frozenset()
    deck_above: int = 0
    deck_below: int = 0
    start_after: tuple[re.Pattern[str], ...] = ()
    toolbar_span: int = 40
    from_lead: bool = False
    update_later: bool = False
    writer_ends: bool = False
    copyright: tuple[re.Pattern[str], ...] = ()
    marked_subheadings: bool = False
    pull_quotes: bool = False
    bare_credits: bool = False
    tail: tuple[re.Pattern[str], ...] = ()
    boxes: tuple[re.Pattern[str], ...] = ()
    box_spans: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()


__all__ = ["Layout", "Rules", "TextLayout", "patterns"]

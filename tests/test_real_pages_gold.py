"""Real pages against a third party's gold: flairNLP/fundus' expected output, copied byte for byte next
to each page (``fixtures/<outlet>/<page>.expected.json``).

Compared: title, author names, publishing date, deck (fundus ``body.summary``) and body paragraphs
(fundus ``body.sections``: optional sub-headline lines, then paragraphs).  Where kornews disagrees with
the gold, the fixture's ``_source.gold`` enumerates the difference and ``_source.notes`` says why;
every enumerated difference must still be a difference (a stale entry fails), and nothing else may
differ.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from kornews import Article

from .fixtures import Case, cases, run

GOLD_CASES = [c for c in cases() if c.source.get("gold")]


def _gold(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case.path.parent / case.source["gold"]["file"]).read_text(encoding="utf-8"))
    return data


def _article(case: Case) -> Article:
    result = run(case)
    assert isinstance(result, Article)
    return result


def _gold_body(gold: dict[str, Any]) -> list[str]:
    """The gold's body as kornews writes it: each section's sub-headline lines, then its paragraphs."""
    out: list[str] = []
    for section in gold["body"]["sections"]:
        out.extend(section["headline"])
        out.extend(section["paragraphs"])
    return out


def test_gold_cases_exist() -> None:
    assert {c.path.parent.name for c in GOLD_CASES} >= {"hankookilbo", "maeil"}


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_title_matches_gold(case: Case) -> None:
    article, gold, rule = _article(case), _gold(case), case.source["gold"]["title"]
    if rule == "same":
        assert article.title == gold["title"]
    else:
        # enumerated difference: the gold takes JSON-LD's headline, which drops the quotation marks the
        # visible h1 shows; the same headline otherwise
        assert rule == "visible"
        assert article.title != gold["title"]
        assert article.title.replace('"', "") == gold["title"]


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_authors_match_gold(case: Case) -> None:
    article, gold = _article(case), _gold(case)
    assert [r.name for r in article.reporters] == gold["authors"]


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_publishing_date_matches_gold(case: Case) -> None:
    article, gold = _article(case), _gold(case)
    assert isinstance(article.published, datetime)
    assert article.published == datetime.fromisoformat(gold["publishing_date"])


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_deck_matches_gold_summary(case: Case) -> None:
    article, gold, rule = _article(case), _gold(case), case.source["gold"]["summary"]
    if rule == "lines":
        assert list(article.subtitles) == gold["body"]["summary"]
    else:
        # enumerated difference: the gold glues the <br>-separated deck lines into one string
        assert rule == "glued"
        assert len(article.subtitles) > 1
        assert ["".join(article.subtitles)] == gold["body"]["summary"]


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_body_matches_gold_paragraphs(case: Case) -> None:
    article, gold = _article(case), _gold(case)
    extra = case.source["gold"]["extra_paragraphs"]
    # every enumerated extra paragraph (kornews keeps sub-headings the gold drops) is really in our
    # body and really absent from the gold
    gold_body = _gold_body(gold)
    for paragraph in extra:
        assert paragraph in article.body
        assert paragraph not in gold_body
    assert [p for p in article.body if p not in extra] == gold_body


@pytest.mark.parametrize("case", GOLD_CASES, ids=[c.id for c in GOLD_CASES])
def test_image_urls_and_credits_match_gold(case: Case) -> None:
    article, gold = _article(case), _gold(case)
    assert [i.url for i in article.images] == [g["versions"][0]["url"] for g in gold["images"]]
    for ours, theirs in zip(article.images, gold["images"], strict=True):
        # captions: same text; kornews keeps the final full stop
        assert ours.caption is not None
        assert ours.caption.rstrip(".") == theirs["caption"]
        # credits: the gold drops the role word (고영권 기자 -> 고영권)
        assert ours.credit is not None
        assert ours.credit.removesuffix(" 기자") == theirs["authors"][0].removesuffix(" 기자")

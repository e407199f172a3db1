"""Boilerplate signals of Korean news pages in general (no one outlet's wording).

:data:`GENERIC_RULES` are the text-level rules every extractor's own ``rules`` are added to.
"""

from __future__ import annotations

from .spec import Rules, patterns

GENERIC_RULES = Rules(
    boxes=patterns(
        r"^\s*(?:\[\s*)?관련\s*(?:기사|뉴스|콘텐츠)",
        r"^\s*이\s*기사와\s*관련된",
        r"^\s*많이\s*(?:본|읽은)\s*(?:뉴스|기사)",
        r"^\s*(?:실시간|인기|주요|추천|최신|오늘의)\s*(?:뉴스|기사)\s*$",
        r"^\s*(?:함께|같이)\s*(?:보면|볼만한|읽으면)",
        r"^\s*이\s*시각\s*(?:주요|인기|헤드라인)",
        r"^\s*(?:핫|HOT)\s*(?:클릭|이슈)",
        r"^\s*당신이\s*관심",
        r"^\s*댓글",
        r"^\s*AI\s*(?:핵심\s*)?요약",
        r"^\s*(?:뉴스\s*)?요약쏙",
    ),
    stop=patterns(
        r"기자\s*구독",
        r"^\s*구독(?:하기)?\s*$",
        r"^\s*좋아요\s*\d*\s*$",
        r"좋아요를\s*눌러",
        r"^\s*이\s*기사(?:가|를)\s*(?:마음에|추천)",
    ),  # copyright lines end the article too (kept in Article.copyright): Rules.end_at_copyright
    skip=patterns(
        r"^\s*(?:이미지|사진)\s*(?:확대|크게)\s*(?:보기)?\s*$",
        r"^\s*(?:광고|AD|ADVERTISEMENT)\s*$",
        r"^\s*기사\s*(?:저장|공유|스크랩)\s*$",
        r"^\s*(?:글자\s*크기|폰트\s*크기)",
        r"^\s*(?:URL|링크)\s*복사",
        r"^\s*(?:▶|☞)\s*.{0,60}(?:바로가기|클릭|구독)",
        r"^\s*▶\s*[^.!?]{1,40}$",  # promo/teaser lines (▶ 무조건 오르는 …)
        r"^\s*[\[【(<]?\s*[^\]】)>]{0,15}제보\s*(?:받습니다|하기|해\s*주세요)",  # tip-off solicitations
        r"^\s*(?:기사\s*)?(?:입력|등록|수정|송고|승인|업데이트)\s*[:：]?\s*(?:19|20)\d\d[^가-힣]{0,30}"
        r"(?:(?:수정|업데이트)\s*[:：]?\s*(?:19|20)\d\d[^가-힣]{0,30})?$",  # a date line inside the body
    ),
)
"""Boilerplate markers of Korean news pages in general (no one outlet's wording)."""


__all__ = ["GENERIC_RULES"]

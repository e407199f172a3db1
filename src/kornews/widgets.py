"""Form widgets of console-browser dumps, which are no text of the page.

``w3m -dump`` prints a checkbox as ``[ ]``/``[X]``, a radio button as ``( )``/``(*)``, a text field as
``[`` and spaces ``]`` (``[                    ]``), a select box as its option and ``▼`` (``[전체 ▼]``)
and a button as its label in brackets; ``lynx -dump`` prints ``[ ]``, ``( )``, ``(BUTTON)``,
``[BUTTON]``, input fields as underscores (``____``, ``[English__]``), images as ``[IMG]``/``[INLINE]``;
w3m marks inserted and deleted text (``<ins>``, ``<del>``; an ad slot is often an empty ``<ins>``) as
``[INS:`` … ``:INS]`` and ``[DEL:`` … ``:DEL]``.
:func:`strip_widgets` removes these tokens from a line: the empty and one-mark boxes, underscore runs,
select boxes, the renderers' own upper-case labels, the ``INS``/``DEL`` marks (the text between them
stays), the labels of search/login/confirm buttons, and bracketed names of lower-case ASCII letters,
digits, ``_`` and ``-`` (an image's file name shown for it: ``[logo]``, ``[pc_1]``).  Bracketed text of
the page stays: a column tag (``[단독]``, ``[AI]``), a dateline (``[서울=뉴시스]``), a credit
(``[사진=연합뉴스]``), footnote numbers (``[1]``).
"""

from __future__ import annotations

from . import lazyre

_WIDGET = lazyre.compile(
    r"\[(?:\s*|[xX*#+✓✔-]|_+|[^\[\]\n]{0,40}▼\s*|[^\[\]\n]{0,30}_{2,}|BUTTON|IMG|INLINE|IMAGE|LINK|image"
    r"|검색|확인|취소|닫기|전송|로그인|로그아웃|Search|Submit|Reset|OK|Go"
    r"|(?=[0-9_\-]*[a-z])[a-z0-9_\-]{1,40})\]"
    r"|\((?:\s?|[xX*o●✓-]|BUTTON|RADIO|Submit|Reset)\)"
    r"|_{4,}"
    r"|\[(?:INS|DEL):|:(?:INS|DEL)\]"
)
"""One widget token (see the module docstring)."""
_MAYBE = ("[", "(", "__", "S]", "L]")


def strip_widgets(line: str) -> str:
    """``line`` without the form widgets a console browser prints (see the module docstring); a line of
    widgets only comes back as spaces (empty after stripping)."""
    if not any(m in line for m in _MAYBE):
        return line
    return _WIDGET.sub(" ", line)


__all__ = ["strip_widgets"]

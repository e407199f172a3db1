"""Dates rendered the way Korean outlets print them (the page generators' side of
:func:`kornews.korean.parse_date`; test-only, so it lives here and not in the package)."""

from __future__ import annotations

from datetime import date, datetime

from kornews.korean import KST


def format_date(value: datetime | date, style: str = "dot") -> str:
    """Render a date the way Korean outlets do; the inverse of :func:`kornews.korean.parse_date` for every style.

    Styles: ``dot`` ``2025.07.22 14:00:25``, ``slash`` ``2025/07/22 14:00:25``, ``daum``
    ``2024. 12. 5. 00:55``, ``hangul`` ``2025년02월14일 08:00:05``, ``naver`` ``2023.11.02. 오후 8:06``
    (minute precision), ``iso`` ISO 8601 with offset, ``compact`` ``YYYYMMDDHHMMSS``.
    A ``date`` renders without a time in every style.
    """
    if isinstance(value, datetime):
        v = value.astimezone(KST)
        d = v.date()
    else:
        v = None
        d = value
    if style == "iso":
        return v.isoformat() if v is not None else d.isoformat()
    if style == "compact":
        return v.strftime("%Y%m%d%H%M%S") if v is not None else d.strftime("%Y%m%d")
    if style == "daum":
        head = f"{d.year}. {d.month}. {d.day}."
        return head if v is None else f"{head} {v:%H:%M}"
    if style == "hangul":
        head = f"{d.year}년{d.month:02d}월{d.day:02d}일"
        return head if v is None else f"{head} {v:%H:%M:%S}"
    if style == "naver":
        head = f"{d.year}.{d.month:02d}.{d.day:02d}."
        if v is None:
            return head
        half = "오전" if v.hour < 12 else "오후"
        hour = v.hour % 12 or 12
        return f"{head} {half} {hour}:{v.minute:02d}"
    sep = "/" if style == "slash" else "."
    head = f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"
    return head if v is None else f"{head} {v:%H:%M:%S}"

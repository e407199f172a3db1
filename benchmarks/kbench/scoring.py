"""Body quality: bag-of-whitespace-tokens precision, recall and F1 against a page's gold body."""

from __future__ import annotations

from collections import Counter


def prf(pred: str, gold: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall, F1 of the whitespace tokens of ``pred`` against the gold token counts."""
    got = Counter(pred.split())
    common = sum((got & gold).values())
    if not common:
        return 0.0, 0.0, 0.0
    p = common / sum(got.values())
    r = common / sum(gold.values())
    return p, r, 2 * p * r / (p + r)


def mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None

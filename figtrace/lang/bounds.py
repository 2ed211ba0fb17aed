"""The estimate conventions: what each qualifier sets of (low, best, high), and the rule text.

Conventions (data-model.md): a qualifier is not a range ("超过 70 万" sets only
``value_low``); an exact figure sets low = best = high; every rule is spelled out in
``RULES`` and copied into ``estimate_rule``.  The examples in a rule's text name how
the letters write it; the words themselves live in the language modules.

>>> bounds_for("plus", 300.0)
(300.0, None, 400.0)
"""
from __future__ import annotations

from figtrace.lang.numerals import step_of

RULES = {
    "exact": "exact figure: value_low = value_best = value_high = N",
    "approximately": "约/大约/about N: value_best = N, no bounds",
    "more_than": "超过/逾/more than N: value_low = N, nothing else",
    "at_least": "至少/不少于/N 以上/at least N: value_low = N",
    "less_than": "不到/不足/less than N: value_high = N",
    "at_most": "不超过/最多/多达/up to/as many as N: value_high = N",
    "nearly": "近/将近/nearly N: value_high = N",
    "plus": "N 多/N 余 (N-odd): value_low = N, value_high = N + one step of N's last non-zero digit",
    "range": "N 至 M / between N and M: value_low = N, value_high = M",
    "tens_of": "数十/数万/数以万计/tens of: value_low = 10 x unit, value_high = 100 x unit",
    "hundreds_of": "数百/hundreds of: value_low = 100 x unit, value_high = 1 000 x unit",
    "thousands_of": "数千/成千上万/thousands of: value_low = 1 000 x unit, value_high = 10 000 x unit",
    "upwards_of": "上百/上千/上万: value_low = N",
}
QUALIFIERS = frozenset(RULES)
# Forms whose bounds a qualifier's rule does not spell out: their own rule text (estimate_rule).
FORM_RULES = {
    "dozens": "dozens of: value_low = 24 (two dozen), value_high = 144 (a dozen dozen)",
    "pair": "二三十/两三百/two or three hundred (an approximate pair): value_low = the lower figure, "
            "value_high = the higher",
    "plus_units": "N 零几 (几 in the units: 一百零几): value_low = N, value_high = N + 10",
    "two_sided": "大于 N 小于 M / more than N and less than M: value_low = N, value_high = M",
    "tenths": "N 成 (N tenths): N x 10 percent",
    "time_limit": "within N days/no later than N days/N 天内 (a time limit): value_high = N, as at_most",
}
NEEDS = {  # qualifier -> (low, best, high) that must be present (True) / absent (False) / free (None)
    "exact": (True, True, True), "approximately": (None, True, None),
    "more_than": (True, False, False), "at_least": (True, False, False),
    "upwards_of": (True, False, False), "less_than": (False, False, True),
    "at_most": (False, False, True), "nearly": (False, False, True),
    "plus": (True, False, True), "range": (True, None, True),
    "tens_of": (True, False, True), "hundreds_of": (True, False, True),
    "thousands_of": (True, False, True),
}


def bounds_for(qualifier: str, n: float, high: float | None = None) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) for a qualifier and its figure(s), per ``RULES``."""
    if qualifier == "exact":
        return n, n, n
    if qualifier == "approximately":
        return None, n, None
    if qualifier in ("more_than", "at_least", "upwards_of"):
        return n, None, None
    if qualifier in ("less_than", "at_most", "nearly"):
        return None, None, n
    if qualifier == "plus":
        return n, None, n + step_of(n)
    return n, None, high  # range and vague amounts


def bounds_problem(qualifier: str | None, low: float | None, best: float | None, high: float | None) -> str | None:
    """Why (qualifier, low, best, high) break the conventions, or None when they hold.

    >>> bounds_problem("more_than", None, None, None)
    'more_than needs value_low'
    >>> bounds_problem("exact", 5.0, 5.0, 5.0) is None
    True
    """
    vals = {"value_low": low, "value_best": best, "value_high": high}
    if qualifier is None:
        return None if all(v is None for v in vals.values()) else "values without a qualifier"
    if qualifier not in NEEDS:
        return f"unknown qualifier {qualifier!r}"
    for (name, v), need in zip(vals.items(), NEEDS[qualifier]):
        if need is True and v is None:
            return f"{qualifier} needs {name}"
        if need is False and v is not None:
            return f"{qualifier} must leave {name} empty"
    present = [v for v in (low, best, high) if v is not None]
    if any(a > b for a, b in zip(present, present[1:])):
        return "value_low <= value_best <= value_high does not hold"
    if qualifier == "exact" and not low == best == high:
        return "exact needs value_low == value_best == value_high"
    return None

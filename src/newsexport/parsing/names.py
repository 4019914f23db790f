"""The grammar of written Vietnamese names of bodies and positions, shared by organisations and titles.

An organisation or a title is a head ('Ban', 'Bộ trưởng') followed by name tokens: capitalised words (one
lowercase syllable may follow a capitalised one, as in 'Dân vận', unless it is a function word), all-capital
abbreviations ('MTTQ'), a province from the gazetteer, an administrative level with its place ('tỉnh Sơn La'),
a bare level at the end ('Công an tỉnh'), or one of the lowercase connectors of ``organization_connectors.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import (
    ABBREVIATION, B, CAP_SYLLABLE, E, LOW_SYLLABLE, UPPER, alternation, division_names, lines, lowercase_stops,
)

ADMIN_LEVELS = {
    "tỉnh": "province", "thành phố": "city", "TP.": "city", "TP": "city", "Tp.": "city", "Tp": "city",
    "huyện": "district", "quận": "district", "thị xã": "town", "thị trấn": "town", "xã": "commune",
    "phường": "ward", "đặc khu": "other",
}
"""Administrative words written before a place name, and the kind of place they name."""
BARE_LEVELS = ("tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường")
PARTY_COMMITTEES = {"tỉnh ủy": "province", "thành ủy": "city", "huyện ủy": "district", "quận ủy": "district",
                    "thị ủy": "town"}
PARTY_COMMITTEES.update({key.replace("ủy", "uỷ"): kind for key, kind in PARTY_COMMITTEES.items()})
"""Party committees of a level; the old tone placement ('Thành uỷ') is written too."""


def level_alternation() -> str:
    """Administrative words, each also with a capital first letter (sentence starts)."""
    forms = set(ADMIN_LEVELS)
    forms |= {level[0].upper() + level[1:] for level in ADMIN_LEVELS}
    return alternation(forms)


@lru_cache(maxsize=1)
def province_alternation() -> str:
    return alternation(division_names())


@lru_cache(maxsize=1)
def place_run() -> str:
    """A place name after an administrative word: a gazetteer name, else up to four capitalised syllables."""
    return rf"(?:{province_alternation()}{E}|{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}}{E})"


@lru_cache(maxsize=1)
def name_token() -> str:
    """One token of a body's or a title's name (see the module docstring)."""
    connectors = alternation(lines("organization_connectors.txt"))
    stops = alternation(lowercase_stops())
    bare = alternation(BARE_LEVELS)
    return (
        rf"(?:{connectors}{E}"
        rf"|{level_alternation()}\s+{place_run()}"
        rf"|{province_alternation()}{E}"
        rf"|{ABBREVIATION}"
        rf"|{CAP_SYLLABLE}(?:\s+(?!{stops}{E}){LOW_SYLLABLE})?{E}"
        rf"|{bare}{E}(?!\s+[{UPPER}]))"
    )


@lru_cache(maxsize=1)
def title_phrase() -> str:
    """A position title: a head from ``titles.txt`` (either case) and the name of the body it is held in."""
    heads = alternation(lines("titles.txt"), either_case_first=True)
    return rf"{B}(?:{heads}){E}(?:\s+{name_token()})*"


@lru_cache(maxsize=1)
def rank_alternation() -> str:
    return alternation(lines("ranks.txt"), either_case_first=True)


@lru_cache(maxsize=1)
def title_head_regex() -> re.Pattern[str]:
    return re.compile(rf"{B}{alternation(lines('titles.txt'), either_case_first=True)}{E}")

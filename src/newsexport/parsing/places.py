"""Places: a name after an administrative word ('tỉnh Sơn La', 'huyện Quỳnh Lưu'), a provincial unit of the
gazetteer written alone ('Hà Nội'), or a country outside an organisation's name.

The official code is the one valid on the article's publication date (the 2025 merger changed codes on
2025-07-01). Without a publication date a code is given only when it is the same before and after the merger.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Place, Span
from newsexport.parsing.gazetteer import (
    CAP_SYLLABLE, B, E, UPPER, alternation, division_for, division_names, divisions, kind_of_division, lines, slug,
)
from newsexport.parsing.names import ADMIN_LEVELS, level_alternation, place_run
from newsexport.parsing.segment import Line


@dataclass
class FoundPlace:
    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    bare_names = {name for name, canonical in division_names().items()
                  if any(d.bare for d in divisions() if d.name == canonical) or name != canonical}
    countries = lines("countries.txt")
    return {
        "prefixed": re.compile(rf"{B}(?P<level>{level_alternation()})\s+(?P<name>{place_run()})"),
        "bare": re.compile(rf"{B}(?P<name>{alternation(bare_names)}){E}(?!\s+[{UPPER}])"),
        "country": re.compile(rf"{B}(?P<name>{alternation(countries)}){E}(?!\s+[{UPPER}])"),
        "capital_before": re.compile(rf"{CAP_SYLLABLE}\s$"),
    }


def _level_kind(level: str) -> str:
    return ADMIN_LEVELS.get(level) or ADMIN_LEVELS.get(level[0].lower() + level[1:], "other")


def find_places(lines_: list[Line], published: dt.date | None, organisation_spans: list[tuple[int, int]]) -> list[FoundPlace]:
    """Places in order of first mention; ``organisation_spans`` (absolute) keep countries inside names out."""
    patterns = _patterns()
    names = division_names()
    places: dict[tuple[str, str], FoundPlace] = {}
    by_name: dict[str, FoundPlace] = {}
    hits: list[tuple[int, int, str, str | None]] = []
    for line in lines_:
        text = line.text
        taken: list[tuple[int, int]] = []
        for match in patterns["prefixed"].finditer(text):
            name = names.get(match.group("name"), match.group("name"))
            if match.group("level").endswith(".") and name not in names.values():
                continue  # 'TP. Đây là ...': a sentence ends after the abbreviation
            kind = _level_kind(match.group("level"))
            hits.append((line.start + match.start("name"), line.start + match.end("name"), name, kind))
            taken.append(match.span())
        for key in ("bare", "country"):
            for match in patterns[key].finditer(text):
                start, end = match.span()
                if any(s <= start < e for s, e in taken) or patterns["capital_before"].search(text[max(0, start - 12):start]):
                    continue
                absolute = (line.start + start, line.start + end)
                if key == "country" and any(s <= absolute[0] < e for s, e in organisation_spans):
                    continue
                name = names.get(match.group("name"), match.group("name"))
                kind = "country" if key == "country" else None
                hits.append((absolute[0], absolute[1], name, kind))
                taken.append((start, end))
    hits.sort()
    starts = [line.start for line in lines_]
    for start, end, name, kind in hits:
        if kind is None:
            place = by_name.get(name)
            if place is None:
                kind = kind_of_division(name, published) or "other"
        else:
            place = places.get((name, kind))
        if place is None:
            place = FoundPlace(name=name, kind=kind)
            places[(name, kind)] = place
            by_name.setdefault(name, place)
        line = lines_[bisect.bisect_right(starts, start) - 1]
        written = line.text[start - line.start : end - line.start]
        place.mentions.append(Mention(text=written, span=Span(start=start, end=end)))
    return sorted(places.values(), key=lambda place: place.mentions[0].span.start)


def to_models(found: list[FoundPlace], published: dt.date | None) -> list[Place]:
    places, used = [], set()
    for item in found:
        identifier = f"place-{slug(item.name)}"
        if identifier in used:
            identifier = f"{identifier}-{item.kind}"
        number = 2
        base = identifier
        while identifier in used:
            identifier, number = f"{base}-{number}", number + 1
        used.add(identifier)
        code = None
        if item.kind in ("province", "city"):
            division = division_for(item.name, published)
            if division is not None and division.kind == item.kind:
                code = division.code
        places.append(Place(id=identifier, name=item.name, kind=item.kind, code=code, mentions=item.mentions))
    return places

"""Figures the story reports: a number in Vietnamese format ('17.740' = 17740, '1,5' = 1.5) and the noun it
counts ('nhóm liên gia tự quản'). Conservative on purpose: numbers in dates, document numbers, article
numbering, durations and ages are not figures (``figure_exclusions.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.model import Figure, Span
from newsexport.parsing.gazetteer import ABBREVIATION, LOWER, alternation, lines
from newsexport.parsing.segment import Line

MAX_COUNTED_WORDS = 5
_NUMBER = re.compile(r"(\d(?<![\w/.,:-]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
                     r"(?:(?P<unit>ha|m2|m3|m²|m³|km2|km²|kg)(?![\w])|(?![\w%/:]|[.,-]\d))")
"""A number, or a number with its unit of area, volume or weight written on ('1ha', '100m3', '5kg'). The first
digit is consumed before the look-behind checks the character before it: the engine then skips ahead to digits
instead of trying the look-behind at every position."""
_SCOPE = re.compile(r"(?<![\w])(toàn tỉnh|toàn thành phố|toàn huyện|toàn quốc|cả nước|toàn ngành|toàn lực lượng)(?![\w])")
_YEAR = re.compile(r"(?:19|20)\d\d")
"""A bare four-digit number from 1900 to 2099 is a year, not a count."""
_SENTENCE_END = re.compile(r"[.!?]\s")
_SCOPE_LEVEL = {"toàn tỉnh": ("province", "tỉnh"), "toàn thành phố": ("city", "thành phố"), "toàn huyện": ("district", "huyện")}


@lru_cache(maxsize=1)
def _exclusions() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in lines("figure_exclusions.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words that end what a figure counts (``figure_exclusions.txt``, section ``stop``), as a set built once."""
    return frozenset(_exclusions()["stop"])


_VEHICLE_SEATS = re.compile(r" chỗ(?: ngồi)?(?![\w])")
_VEHICLE_BEFORE = re.compile(r"(?<![\w])(?:xe|ô tô|ôtô|khách|buýt|giường nằm|limousine|máy bay|tàu)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    sections = _exclusions()
    return {
        # 'số 09' is a number, but 'dân số 1,1 triệu người' a population, 'tổng số 902 đơn vị' a total and 'trong
        # số 100 bệnh viện' (out of 100 hospitals) a count
        "before": re.compile(rf"(?<![\w])(?!(?:(?<=[Dd]ân )|(?<=[Tt]ổng )|(?<=[Tt]rong ))số\s+$){alternation(sections['before'])}\s+$"),
        # '4 triệu giờ', '320 triệu kWh': a scale word does not make a duration or a measure a count
        "after": re.compile(rf"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ) )?{alternation(sections['after'])}(?![\w])"
                            rf"(?!\s+(?:vuông|khối)(?![\w]))"),
        "word": re.compile(rf"\s+([{LOWER}]+[²³]?|k?m[23])(?![\w])"),
        "noun": re.compile(rf"\s+({alternation(sections.get('nouns', []))})(?![\w])"),
        "unit": re.compile(rf"\s+((?:{alternation(_unit_heads())})(?![\w])|{ABBREVIATION})"),
    }


@lru_cache(maxsize=1)
def _unit_heads() -> list[str]:
    """One-word heads of bodies ('Phòng', 'Sở'): '355 Phòng THADS khu vực' counts offices."""
    return [head for head in lines("organization_heads.txt") if " " not in head and head.istitle()]


def value_of(written: str) -> int | float:
    """'17.740' -> 17740, '1,5' -> 1.5 (dots group thousands, the comma is the decimal mark)."""
    digits = written.replace(".", "")
    return float(digits.replace(",", ".")) if "," in digits else int(digits)


def find_figures(lines_: list[Line], taken: list[tuple[int, int]], scope_place) -> list[Figure]:
    """``taken``: absolute spans of documents (their numbers are not figures); ``scope_place(kind, offset)``
    names the place of that kind the text speaks of at ``offset`` (for 'toàn tỉnh')."""
    patterns = _patterns()
    stops = _stops()
    figures = []
    for line in lines_:
        text = line.text
        for match in _NUMBER.finditer(text):
            start = line.start + match.start()
            if taken and any(s <= start < e for s, e in taken):
                continue
            if _YEAR.fullmatch(match.group(1)):
                continue
            if patterns["before"].search(text[max(0, match.start() - 16) : match.start()]):
                continue
            if _in_a_range(text, match.start(), match.end()):
                continue
            if _RANKS_AFTER.match(text, match.end()) and _RANK_CHANGE_BEFORE.search(text, max(0, match.start() - 24),
                                                                                  match.start()):
                continue  # 'tụt 233 bậc', 'tiến hơn 100 bậc': places in a ranking, as a rank is no figure
            if _VEHICLE_SEATS.match(text, match.end()) and _VEHICLE_BEFORE.search(text, max(0, match.start() - 20),
                                                                                   match.start()):
                continue  # 'xe khách 50 chỗ', 'ô tô 7 chỗ': the vehicle's size, not a count of seats
            if patterns["after"].match(text, match.end() + 1) and text[match.end():match.end() + 1] == " ":
                continue
            words, position = [], match.end()
            first = None if match.group("unit") else (
                patterns["noun"].match(text, position) or patterns["unit"].match(text, position))
            if match.group("unit"):  # '100m3 gỗ': the unit written on the number
                words.append(match.group("unit"))
            elif first is not None:  # '30 bị cáo', '34 THADS tỉnh', '19 Phòng Thi hành án'
                words.append(first.group(1))
                position = first.end()
            while len(words) < MAX_COUNTED_WORDS:
                word = patterns["word"].match(text, position)
                if word is None or word.group(1) in stops:
                    break
                words.append(word.group(1))
                position = word.end()
            if not words:
                continue
            figures.append(Figure(value=value_of(match.group(1)), counted=" ".join(words), as_written=match.group(1),
                                  scope=_scope(text, match.start(), line.start, scope_place),
                                  span=Span(start=start, end=line.start + match.end(1))))
    return figures


_FROM_BEFORE = re.compile(r"(?<![\w])từ\s+$")
_TO_BEFORE = re.compile(r"(?<![\w])(?:đến|tới)\s+$")
_CLAUSE = r"(?:[^.;:!?]|\.(?=\d))"
"""A character of the same clause: a dot between digits ('15.000') ends none."""
_RANGE_END_AFTER = re.compile(rf"{_CLAUSE}{{0,40}}?(?:(?<![\w])(?:đến|tới)\s+\d|\s*[-–]\s*\d)")
_BARE_CHANGE_AFTER = re.compile(r"\s+(?:lên|xuống|còn)\s+(?:(?:chỉ\s+)?còn\s+)?\d")
"""A change whose first number has no noun of its own ('từ 4 lên 6 năm', 'từ 0 lên 100 km/h'): the noun after the
second may measure time or speed, so the first is read as a range's start; with its own noun ('từ 60.000 tỷ đồng lên
100.000 tỷ đồng') it is a figure."""
_RANGE_START_BEFORE = re.compile(rf"(?:(?<![\w])từ\s{_CLAUSE}{{0,40}}|\d(?:\s+[{LOWER}]+){{0,2}}(?<!\scó)\s+(?:đến|tới)\s+)$")
"""'có đến' is 'as many as', no range's end: '2,5 km có đến 84 đường ngang' counts 84."""
_RANKS_AFTER = re.compile(r"\s+(?:bậc|hạng)(?![\w])")
_RANK_CHANGE_BEFORE = re.compile(r"(?<![\w])(?:tăng|tụt|giảm|lên|xuống|thăng|leo|tiến|lùi|vượt)"
                                 r"(?:\s+(?:thêm|hơn|gần|lên|xuống|tới|đến))?\s+$")
"""Places gained or lost in a ranking ('tụt 233 bậc', 'tăng 5 bậc'): a change of rank, no count, while tiers are
counted ('3 bậc tính giá điện')."""
_DASHED_RANGE_START_BEFORE = re.compile(r"\d\s+[-–]\s*$|\d\s*–\s+$")
"""A number and a spaced dash right before a number: a range ('3.000 – 4.000 đồng'), read as one is written unspaced
('4-5 người'), which gives no figure."""
_THRESHOLD_AFTER = re.compile(r"[^.;:!?,]{0,30}?(?<![\w])trở (?:lên|xuống)(?![\w])")


def _in_a_range(text: str, start: int, end: int) -> bool:
    """Whether the number is an end of a range or a threshold ('từ 5 đến 7 người', '100 đến 200 nghìn đồng', 'từ 12
    chỗ ngồi trở lên'): 'từ' starts one only when 'đến', 'tới' or a dash and a number follow, and 'đến' ends one only
    after 'từ' or a number; 'từ 12 câu lạc bộ' (out of 12 clubs) and 'có đến 188.000 ha' (as many as) count, and so
    do both ends of a change whose first number has its own noun ('tăng từ 60.000 tỷ đồng lên 100.000 tỷ đồng'),
    which the annotations read as two figures ('từ 4 lên 6 năm' stays a range: see ``_BARE_CHANGE_AFTER``)."""
    before = text[max(0, start - 6) : start]
    if _DASHED_RANGE_START_BEFORE.search(before):
        return True  # '3.000 – 4.000 đồng', '15 - 17 độ': the upper end of a range written with a spaced dash
    if "từ" not in before and "đến" not in before and "tới" not in before:
        return False  # most numbers: no pattern is tried
    from_before, to_before = _FROM_BEFORE.search(before), _TO_BEFORE.search(before)
    if not (from_before or to_before):
        return False
    if _THRESHOLD_AFTER.match(text, end):
        return True
    if from_before:
        return _RANGE_END_AFTER.match(text, end) is not None or _BARE_CHANGE_AFTER.match(text, end) is not None
    return _RANGE_START_BEFORE.search(text, max(0, start - 60), start) is not None


def _scope(text: str, offset: int, line_start: int, scope_place) -> str | None:
    if "toàn " not in text and "cả nước" not in text:
        return None  # most lines name no scope: no sentence is looked for
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)
    scopes = list(_SCOPE.finditer(text, sentence_start, offset))
    if not scopes:
        return None
    written = scopes[-1].group(1)
    if written in _SCOPE_LEVEL:
        kind, level = _SCOPE_LEVEL[written]
        name = scope_place(kind, line_start + scopes[-1].start())
        return f"{level} {name}" if name else written
    return written

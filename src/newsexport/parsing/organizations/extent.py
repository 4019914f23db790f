"""Where a matched name ends: what the name grammar took beyond it is cut (a second body after a dash, a head
that opens the next sentence, a person's name after a body or a party), and what it stopped short of is added (a
unit's parent after a dash, a mission's seat, a field's acronym inside the name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import E, alternation, family_names, lines
from newsexport.parsing.name_ends import without_trailing_verb
from newsexport.parsing.names import (
    CAP_SYLLABLE, FOREIGN_BODY_WORDS, bare_organization_heads, country_alternation, foreign_word, party_families,
    province_alternation,
)
from newsexport.parsing.organizations.patterns import (
    ENTERPRISE_HEADS, _ABBREVIATION_WORD, _brand_names, _patterns, _place_names,
)
from newsexport.parsing.places import places_abroad

PAIRED_NAME_HEADS = ("Bệnh viện", "Trung tâm")
"""Heads whose proper name may be two words joined by a dash ('Bệnh viện Sản - Nhi', 'Bệnh viện Việt - Đức')."""
JOINT_WORDS = re.compile(r"\s(?:liên [Cc]hính phủ|hợp tác|[Hh]ữu nghị|hỗn hợp)\s")
"""Words that make a body one of two countries, whose pair then ends its name ('Ủy ban hợp tác Lào - Việt Nam'), where
two names joined by a dash are otherwise two bodies ('Bộ Quốc phòng Mỹ - Nhật')."""


def _without_trailing_foreign_name(written: str) -> str:
    """A body written between a person's title and the person's foreign name ('thượng nghị sĩ Đảng Cộng hòa
    Lindsey Graham', 'Chủ tịch Ngân hàng ECB Mario Draghi'): the two foreign words after a word that is not foreign
    are the person's, not the body's (a body named by a foreign name right after its head, 'Bệnh viện Northwestern
    Memorial', or ending in a country or a place, keeps it)."""
    words = written.split(" ")
    if len(words) < 4 or not (foreign_word(words[-1]) and foreign_word(words[-2])) or foreign_word(words[-3]):
        return written
    if words[-1] in FOREIGN_BODY_WORDS or any(" ".join(words[-size:]) in places_abroad() for size in (1, 2)) \
            or words[-2] in places_abroad() or " ".join(words[:-2]).casefold() in bare_organization_heads():
        return written  # 'Đại học Massachusetts Dartmouth': the head, then the foreign name
    return " ".join(words[:-2])


def _family_at(text: str) -> str | None:
    """The longest family's name of a party abroad (``party_families``) that ``text`` begins with, as written
    ('Cộng hoà' of 'Cộng hoà ở Hạ viện'), or None."""
    folded = " ".join(text.split()).casefold() + " "
    families = [family for family in party_families() if folded.startswith(family.casefold() + " ")]
    return text[:len(max(families, key=len))] if families else None


def _party_name(written: str, known_end: int) -> tuple[str, int | None]:
    """A party read by its family's name and what the grammar read after it: the name ends before a person's
    foreign name ('Đảng Cộng hòa Donald Trump') and before 'và', which may join a second party of the same kind
    ('hai đảng Dân chủ và Cộng hòa'); returns the name and where the second party's family name begins, if one
    does."""
    position = known_end
    words = list(re.finditer(r"\S+", written[known_end:]))
    for index, word in enumerate(words):
        start = known_end + word.start()
        if word.group(0) == "và":
            rest = written[start + 3:]
            if _family_at(rest.lstrip()) is not None:
                return written[:position], start + 3 + len(rest) - len(rest.lstrip())
        if word.group(0) not in places_abroad() and any(
                foreign_word(following.group(0)) and following.group(0) not in places_abroad()
                for following in words[index:index + 2]):
            break  # 'Đảng Cộng hòa Donald Trump', 'đảng Dân chủ Ben Cardin': a person's name
        position = known_end + word.end()
    return written[:position], None


def _title_in_clause(text: str, start: int) -> bool:
    """Whether a title comes before a body in its clause ('Bí thư Thành ủy X', 'Giám đốc Trung tâm Y, Đài Z'), so a
    person's name may follow the body."""
    window = text[max(0, start - 100) : start]
    clause = window[max(window.rfind(". "), window.rfind("; ")) + 1 :]
    return _patterns()["title_in_clause"].search(clause) is not None


def without_person_after_known(written: str, known: str) -> str:
    """A known body's name followed by a person's that a title before the body introduces ('Bộ trưởng Bộ Nông nghiệp
    và Phát triển nông thôn Nguyễn Xuân Cường'): two to four capitalised words, the first a family name and the whole
    no place, are the person's."""
    rest = written[len(known) :].split()
    if 2 <= len(rest) <= 4 and rest[0] in family_names() and all(word[:1].isupper() and word[1:].islower()
                                                                    for word in rest) \
            and not any(" ".join(rest[:size]) in _place_names() or " ".join(rest[:size]) in places_abroad()
                        for size in range(1, len(rest) + 1)):
        return written[: len(known)]  # (not 'Bộ Quốc phòng Hàn Quốc Moon Sang-gyun': 'Hàn' is a family name too)
    return written


def _without_trailing_person(written: str) -> str:
    """A body whose name ends with its country or province, followed by a person's name that a title before the
    body introduces (``_title_in_clause``: 'Giám đốc ..., Đài Tiếng nói Việt Nam Nguyễn Kha Thoa'): two to four
    capitalised words after the place, the first a family name, are the person's (not after a plant, 'Nhà máy bia
    Sài Gòn Nguyễn Chí Thanh', named by its street with no title before it); so are two or three after a brand
    right after an enterprise head ('tập đoàn Huawei Mạnh Vãn Chu')."""
    words = written.split(" ")
    if not (words[-1][:1].isupper() and words[-1][1:].islower()):
        return written  # no name ends in a lowercase word or an abbreviation: most bodies are returned at once
    for size in (2, 3, 4):
        if len(words) <= size + 1 or not all(word[:1].isupper() and word[1:].islower() for word in words[-size:]):
            continue
        before = words[:-size]
        if len(before) > 1 and words[-size] in family_names() and \
                any(" ".join(before[-length:]) in _place_names() for length in (1, 2, 3)):
            return " ".join(before)
        if size < 4 and before[-1] in _brand_names() and " ".join(before[:-1]).casefold() + " " in ENTERPRISE_HEADS:
            return " ".join(before)  # 'giám đốc tài chính tập đoàn Huawei Mạnh Vãn Chu': a brand after its head
    return written


def _name_after_trade(written: str, trade_end: int) -> str:
    """A body read with its lowercase trade, up to its own name: 'và' after the proper name joins another body
    ('Tập đoàn sản xuất ôtô Pháp PSA và Thaco'), and a family name after it begins a person's name ('Ban kỷ luật VFF
    Nguyễn Hải Hường'); a company may bear a person's name right after its trade ('Công ty du lịch Nguyễn Kim')."""
    if " và " in written[trade_end:]:
        written = written[: written.index(" và ", trade_end)]
    words = written[trade_end:].split()
    for index, word in enumerate(words[1:-1], 1):
        if word in family_names() and words[index + 1][:1].isupper() and \
                not any(" ".join(words[index:index + size]) in _place_names() for size in (2, 3)):  # not 'Hà Nội'
            return written[:trade_end] + " " + " ".join(words[:index])
    return written


def _named_after_trade(written: str, trade: str | None) -> bool:
    """Whether the body's own name is the one or two words right after its trade ('người sáng lập Công ty du lịch
    Real Sapa'): a foreign name there is the body's, not a person's after the body."""
    return trade is not None and len(written[len(trade):].split()) <= 2


def _trimmed(written: str, known: str | None) -> str:
    """A matched name without what the name grammar took beyond its end."""
    patterns = _patterns()
    trailing = patterns["trailing_head"].search(written)
    if trailing and (not known or trailing.start("cut") >= len(known)):
        # 'Ảnh: Ban Nội chính Trung ương Ban đã ...': a head after a lowercase word begins a new sentence
        written = written[: trailing.start("cut")]
    hyphens = list(patterns["hyphen"].finditer(written)) if "-" in written or "–" in written else []
    inside = [(m.start(), m.end()) for key in ("province", "numbered_end", "dashed_field") if hyphens
              for m in patterns[key].finditer(written)]
    for hyphen in hyphens:
        if known and hyphen.start() < len(known):
            continue  # 'al-Qaeda', 'Jabhat Al-Nusra': a hyphen inside a known name
        if any(start < hyphen.start() < end for start, end in inside):
            continue  # 'Bà Rịa - Vũng Tàu', 'Khu vực 2 - TP.HCM', 'Phòng chính trị - tư tưởng'
        if hyphen.end() - hyphen.start() == 1 and written[hyphen.start() - 1].isupper():
            continue  # 'Sở GD-ĐT': one abbreviation of two fields
        if hyphen.end() - hyphen.start() == 1 and written[hyphen.start() - 1].isalpha():
            continue  # 'Hội Việt-Đức', 'hãng Mercedes-Benz': syllables glued by a hyphen are one word
        before, after = written[: hyphen.start()].split(), written[hyphen.end():].split()
        if before and after and _ABBREVIATION_WORD.fullmatch(before[-1]) and _ABBREVIATION_WORD.fullmatch(after[0]):
            continue  # 'Sở TN - MT', 'Sở GD – ĐT': one abbreviation of two fields, spaced
        if len(before) == 3 and before[2].istitle() and " ".join(before[:2]) in PAIRED_NAME_HEADS and after and \
                after[0].istitle() and len(after[0]) > 1 and (len(after) == 1 or not after[1][:1].isupper()):
            continue  # 'Bệnh viện Sản - Nhi tỉnh', 'Bệnh viện Việt - Đức': a name of two words joined by a dash
        if JOINT_WORDS.search(written, 0, hyphen.start()) and patterns["country_pair"].search(written):
            continue  # 'Ủy ban liên Chính phủ Việt Nam - Lào': a body of two countries is named with both
        if not patterns["field_before"].search(written, 0, hyphen.start()):
            written = written[: hyphen.start()]  # 'Bộ Quốc phòng Mỹ - Nhật': two names, not one
            break
    numbered = patterns["numbered_end"].search(written) if "hu vực" in written else None
    if numbered:  # 'Phòng THADS Khu vực 2 - TP.HCM' ends the name: a glued heading follows
        written = written[: numbered.end()]
    return written


@lru_cache(maxsize=1)
def _acronym_inside() -> re.Pattern[str]:
    """A field's acronym in brackets inside a body's name, before the country or 'Quốc gia' that ends it ('Uỷ ban An
    toàn giao thông (ATGT) Quốc gia', 'Hiệp hội Marketing (MMA) Việt Nam'), or the name's own, of one word or two,
    inside a known body's name ('Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam'); group 1 is the bracket to
    leave out of the name."""
    return re.compile(rf"( \((?:[A-ZĐ][A-Z0-9&Đ]{{1,7}} )?[A-ZĐ][A-Z0-9&Đ]{{1,7}}\)) (?:{country_alternation()}|Quốc gia|Trung ương){E}")


UNIT_HEADS = tuple(head + " " for head in lines("organization_unit_heads.txt"))
"""Heads of the units of a ministry, an office or a police force, casefolded, each with the space after it
(``organization_unit_heads.txt``)."""
_PARENT_AFTER_DASH = re.compile(r"\s+[-–]\s+(?=(?:[Bb]ộ|Văn phòng (?:Chính phủ|Quốc hội|Chủ tịch nước|Trung ương Đảng)"
                                r"|Công an (?:tỉnh|thành phố|TP)|Tổng cục)(?![\w]))")


def _parent_after_dash(text: str, end: int) -> str:
    """The dash and the parent body written after a unit's name ('Ban Nội chính' + ' - Văn phòng Chính phủ'): the
    unit is named with its parent, as the conventions read it; empty where no ministry, government office, provincial
    police or general department follows the dash (two bodies joined by a dash, 'Bộ Y tế - Bộ Tài chính', are two)."""
    dash = _PARENT_AFTER_DASH.match(text, end)
    parent = _patterns()["organisation"].match(text, dash.end()) if dash else None
    if parent is None:
        return ""
    written = _trimmed(parent.group(0).rstrip(), parent.group("known") or parent.group("closed"))
    written = without_trailing_verb(written, text, dash.end() + len(written))
    return text[end : dash.end()] + written


MISSION_HEADS = ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán")


@lru_cache(maxsize=2)
def _mission_seat_pattern(abroad: bool) -> re.Pattern[str]:
    # ('Nhật' alone is Japan after 'tại': 'Lãnh sự quán Việt Nam tại Nhật')
    provinces = "" if abroad else rf"|(?:TP\.?\s*)?{province_alternation()}"
    return re.compile(rf"\s+tại\s+(?:{alternation([*places_abroad(), 'Nhật'])}{provinces}){E}")


def _mission_seat(text: str, end: int, abroad: bool = False) -> str:
    """' tại Việt Nam' when a mission's name is followed by its seat, a country, a province or a city abroad
    ('Đại sứ quán Cuba tại Việt Nam', 'Tổng Lãnh sự quán Mỹ tại TP.HCM'), and a Vietnamese body's seat abroad
    ('Hội Sinh viên Việt Nam tại Pháp', 'Lãnh sự quán Việt Nam tại Nhật'), as 'Việt Nam tại Anh' is read;
    ``abroad``: only a seat abroad (a Vietnamese body's seat at home is where it is, no part of its name)."""
    if not text.startswith(" tại ", end):
        return ""
    seat = _mission_seat_pattern(abroad).match(text, end)
    return text[end:seat.end()] if seat else ""


MANAGEMENT_BOARD_HEADS = ("ban quản lý ", "bql ")
"""A management board's head, casefolded: what it manages may go on after 'và các'."""
_MORE_ZONES_MANAGED = re.compile(rf"\s+và\s+các\s+(?:[Kk]hu công nghiệp|KCN|[Kk]hu chế xuất|KCX)\s+"
                                 rf"{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}}{E}")
"""The parks of a province a board manages besides its zone, written after 'và các' (``more_zones_managed``)."""


def more_zones_managed(text: str, end: int) -> str:
    """' và các Khu công nghiệp Quảng Ngãi' after a management board of a zone: the board manages both, and its name
    holds both ('Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'), so the province's parks are no
    place read apart."""
    more = _MORE_ZONES_MANAGED.match(text, end)
    return more.group(0) if more else ""

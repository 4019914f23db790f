"""Where a body's name goes on through a comma or 'và' between its fields.

A Vietnamese body is named after its fields, each capitalised and written in sentence case, the last joined with
'và' and the others with commas: 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', 'Ủy ban Quốc phòng, An ninh và Đối
ngoại', 'Trung tâm Kiểm soát và Phòng ngừa dịch bệnh', 'Công ty CP Vật tư thiết bị và Xây dựng Vạn Xuân'. The name
grammar of ``names.name_token`` stops at the comma, and at a field whose first word is also a head ('Phòng ngừa',
'Hội nhập', 'Hải quan') or a family name ('Lưu trữ'); this step reads the rest.

A comma or 'và' as often joins two bodies ('Sở Xây dựng và Liên đoàn Lao động', 'Bộ Xây dựng, Văn phòng Chính
phủ'), a body and a person, or a body and a title ('Bộ Công an và Chủ tịch ...'). So the name goes on only when:

- the name read so far ends with a field in sentence case (its last word in lower case: 'Cục Hồ sơ', not
  'Tập đoàn Trường Hải');
- every field after it is a capitalised word with one to three lowercase words, and ends where a noun phrase
  ends (punctuation, a capitalised word, a word that follows nouns), so a verb is never read as a field; a field
  of four syllables must end before punctuation or a word that follows nouns;
- no field begins another body, a title, a rank or a document (``begins_other``), or with the name's own first
  two words ('Thanh tra tỉnh và Thanh tra các sở' are two bodies);
- the list closes with 'và' and its last field; a comma list without 'và' is a list of bodies;
- or, after a field in sentence case ('Cục Nhà giáo', not 'Ban Thường vụ Quận ủy'), one field wholly in lower case
  follows 'và' ('Cục Nhà giáo và quản lý cơ sở giáo dục'), begun by no stop, determiner or verb of a body's action.

After the last field the name may take capitalised words up to its country or place ('Cục Hồ sơ và Lưu trữ Quốc
gia', '... Năng lượng Hàn Quốc') and before a person's name; a short name in brackets after it ('... và Hội nhập (CDI)')
only closes the list.

Two fields or two proper names may be joined by a dash instead ('Trường Đại học Kinh tế - Luật', 'Tổng công ty Bia -
Rượu - Nước giải khát', 'Công ty CP Cảng Vũng Áng Việt - Lào', 'Phòng khám đa khoa Hùng Vương – Sơn Dương'). A dash
as often sets off a short name ('... Sài Gòn - SJC'), another body or a title ('Tỉnh ủy - UBND tỉnh', '... - Bí thư
...'), a photo credit ('- Ảnh: ...'), a person or the province of a district's body ('VKSND huyện Kỳ Sơn - Hoà Bình'),
so ``dash_joined`` reads on only over capitalised words or fields in sentence case that begin none of these, after a
name that ends in a word, not an abbreviation or a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsexport.parsing.gazetteer import (
    CAP_SYLLABLE, E, LOWER, UPPER, alternation, family_names, lowercase_stops, single_syllable_stops,
)
from newsexport.parsing.name_ends import NOUN_FOLLOWERS
from newsexport.parsing.names import PARTY_COMMITTEES, country_alternation, country_names, province_alternation


ACTION_VERBS = ("báo cáo", "thông báo", "hướng dẫn", "đề nghị", "đề xuất", "yêu cầu", "kiến nghị", "chỉ đạo", "giao",
                "trình")
"""Verbs of what a body does (reports, informs, guides, proposes, assigns, submits), which begin no field after 'và'
('Uỷ ban Pháp luật và báo cáo ...', 'báo Tuổi trẻ và thông báo Thủ tướng')."""
DETERMINERS = ("một", "mọi", "mỗi", "nhiều")
"""Words that begin a noun phrase of its own ('... và một công ty'), never a field."""
TENSE_MARKERS = frozenset({"đã", "đang", "sẽ", "vừa", "đều"})
"""Words that follow the subject of a sentence ('... và Môi trường đã ...'): a field ends before them."""


@lru_cache(maxsize=1)
def _stops_and_followers() -> tuple[str, str]:
    """The name grammar's stop words, and the words that follow a noun phrase or a subject, as alternations."""
    return alternation(lowercase_stops()), alternation(sorted(NOUN_FOLLOWERS | TENSE_MARKERS))


def _field_end(followers: str, dash: str) -> str:
    """Where a field ends: punctuation or ``dash``, a word that follows nouns, a capitalised word, or the line's end
    (a person's name masked out by the extraction, '#', ends a field as a capitalised word does)."""
    return rf"(?=\s*(?:[,.;:!?()\"“”]|{dash})|\s+(?:{followers}){E}|\s+[{UPPER}#]|\s*$)"


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern[str]:
    stops, followers = _stops_and_followers()
    field_end = _field_end(followers, r"[-–]\s")
    # a field of four syllables or more must end the phrase: before a capitalised word it may end with a verb
    # ('... và Môi trường thực hiện X')
    noun_end = rf"(?=\s*(?:[,.;:!?()\"“”]|[-–]\s)|\s+(?:{followers}){E}|\s*$)"
    word = rf"\s+(?!(?:{stops}){E})[{LOWER}]+"
    field = rf"[{UPPER}][{LOWER}]*(?:{word}{word}{word}{noun_end}|(?:{word}){{1,2}}{field_end})"
    # the one field after a field in sentence case may be in lower case too ('Cục Nhà giáo và quản lý cơ sở giáo
    # dục', 'Cục Phát hành và kho quỹ'): two to six words, none a stop, ending a noun phrase
    # ('quản lý' is a stop of names, where it is a verb; in a field it is the noun management)
    single_stops = alternation([*single_syllable_stops(), *DETERMINERS])
    lower_word = rf"\s+(?!(?:{single_stops}){E})[{LOWER}]+"
    lower_field = (rf"(?!(?:{single_stops}|{alternation(ACTION_VERBS)}){E})[{LOWER}]+"
                   rf"(?:(?:{lower_word}){{4,5}}{noun_end}|(?:{lower_word}){{1,3}}{field_end})")
    return re.compile(
        # the rest of a trade ('Vật tư thiết bị', whose 'bị' is elsewhere a verb)
        rf"(?P<trade>(?:\s+(?!(?:{followers}){E})[{LOWER}]+){{0,3}})"
        rf"(?:(?P<listed>(?:\s*,\s+{field})*)\s+và\s+(?P<last>{field})|\s+và\s+(?P<lower>{lower_field}))"
        rf"(?P<tail>(?:\s+(?:(?i:quốc gia|nhà nước|trung ương)|{CAP_SYLLABLE}){E})*)")


_SENTENCE_CASE_FIELD = re.compile(
    rf"(?<![\w])(?!(?:{alternation([word[0].upper() + word[1:] for word in (*PARTY_COMMITTEES, 'nhà nước')])}){E})"
    rf"[{UPPER}][{LOWER}]+ [{LOWER}]+$")
_TAIL_WORD = re.compile(rf"\s+((?i:quốc gia|nhà nước|trung ương)|{CAP_SYLLABLE})(?![\w])")


@lru_cache(maxsize=1)
def _place() -> re.Pattern[str]:
    """A country or a province, which may end the name ('Năng lượng Hàn Quốc'), though its first word is a family
    name."""
    return re.compile(rf"(?:{country_alternation()}|{province_alternation()}){E}")


_FIELD_START = re.compile(r"(?:,\s+|\s+và\s+)(?=\S)")


def joined_fields(written: str, text: str, end: int, begins_other: Callable[[str, int], bool]) -> str:
    """The part of ``text`` after ``written`` (which ends at ``end``) that continues its name through commas and
    'và' between fields, or '' when none does. ``begins_other(text, position)`` tells whether another body, a
    title, a rank or a document begins at a position."""
    last_word = written.rsplit(" ", 1)[-1]
    if " " not in written or not last_word[:1].islower() or not last_word[-1:].isalpha():
        return ""
    if written.casefold().endswith((" trung ương", " quốc gia")):
        return ""  # 'Quỹ Bảo trì đường bộ Trung ương và vốn địa phương': the level ends the name, as a place does
    match = _continuation().match(text, end)
    if match is None:
        return ""
    if match.group("lower") is not None and (match.group("trade") or not _SENTENCE_CASE_FIELD.search(written)):
        return ""  # a lowercase field follows only a field in sentence case ('Nhà giáo'), not 'Quận ủy', 'huyện'
    last = "last" if match.group("last") is not None else "lower"
    starts = [field.end() for field in _FIELD_START.finditer(text, match.end("trade"), match.start(last) + 1)]
    head = " ".join(written.split(" ", 2)[:2]) + " "
    if any(begins_other(text, start) or text.startswith(head, start) for start in starts):
        return ""  # another body, or one more of the same kind ('Thanh tra tỉnh và Thanh tra ...')
    tail_end = match.end(last)
    for word in _TAIL_WORD.finditer(text, tail_end, match.end("tail")):
        if place := _place().match(text, word.start(1)):
            tail_end = place.end()
            break  # the country or the province ends the name ('... Hàn Quốc Dong Yeon': a person after it)
        if word.group(1) in family_names():
            break  # '... và Khuyến công Nguyễn Thị Lâm Giang': a person's name after the body
        tail_end = word.end()
    return text[end:tail_end]  # a short name in brackets after it is an alias, found on its own


@lru_cache(maxsize=1)
def _dash_continuation() -> re.Pattern[str]:
    stops, followers = _stops_and_followers()
    field_end = _field_end(followers, "[-–]")
    # a place is a name, never a field that lowercase words go on ('Việt - Lào nộp thuế': the verb follows), nor is
    # a foreign word ('E - United hợp tác với ...')
    place = rf"(?:{country_alternation()}|{province_alternation()}){E}(?: {CAP_SYLLABLE}){{0,2}}"
    field = (rf"[{UPPER}][{LOWER}]*[^\W\d_a-zA-Z][{LOWER}]*"
             rf"(?:\s+(?!(?:{stops}|{followers}){E})[{LOWER}]+){{1,3}}{field_end}"
             rf"|[{UPPER}][{LOWER}]+(?: {CAP_SYLLABLE}){{0,2}}")
    return re.compile(rf"(?:\s?[-–]\s?(?:{place}|{field})(?![\w.-]))+")


_NOT_A_FIELD_AFTER_A_DASH = frozenset({"Ảnh", "Đồ", "Video", "Clip", "Top", "Khu", "Nhà", "Theo", "Nguồn"})
"""Capitalised words that begin what a dash sets off after a body, not a field of its name: a photo or graphics credit
('- Ảnh: ...', '- Đồ hoạ: ...'), a source, a list item, a site ('- Khu đất ...')."""


def dash_joined(written: str, text: str, end: int, begins_other: Callable[[str, int], bool]) -> str:
    """The part of ``text`` after ``written`` (which ends at ``end``) that goes on with its name through dashes
    between fields or names ('Kinh tế - Luật TP.HCM' after 'Trường Đại học Kinh tế'), or '' when none does."""
    if "-" not in text[end : end + 2] and "–" not in text[end : end + 2]:
        return ""  # most names are followed by no dash: decided before any pattern runs
    words = written.split(" ")
    last_word = words[-1]
    if len(words) < 3 or not (last_word.isdigit() or last_word[:1].islower() or last_word.istitle()) \
            or not last_word[-1:].isalnum() or _ends_with_place(written):
        return ""  # ('Trường Giang - Nhã Phương': a head and one syllable is a person's name)
    match = _dash_continuation().match(text, end)
    if match is None:
        return ""
    dash_end = end
    for part in _DASH_AND_WORD.finditer(text[end : match.end()]):
        start = end + part.start(1)
        first = part.group(1)
        place = _place().fullmatch(text, start, _part_end(text, start, match.end()))
        if first in _NOT_A_FIELD_AFTER_A_DASH or begins_other(text, start) or first in family_names() \
                or place and (_LEVEL_IN.search(written) or place.group(0) in country_names() and last_word != "Việt"):
            break  # a credit, another body or a title, a person, the province of a district's body, the country of
            # a university abroad ('ĐH Frostburg – Hoa Kỳ'), though 'Việt - Lào' names a joint venture
        dash_end = _part_end(text, start, match.end())
    if dash_end == end:
        return ""
    tail_end = dash_end
    for word in _TAIL_WORD.finditer(text, dash_end):
        if word.start() != tail_end:
            break
        if place := _place().match(text, word.start(1)):
            tail_end = place.end()
            break  # '... Kinh tế - Luật TP.HCM': the place ends the name
        if word.group(1) in family_names():
            break
        tail_end = word.end()
    return text[end:tail_end]


_A_DASH = re.compile(r"\s?[-–]\s?")
_DASH_AND_WORD = re.compile(r"\s?[-–]\s?(\S+)")
_LEVEL_IN = re.compile(r"(?<![\w])(?:huyện|quận|thị xã|xã|phường|thị trấn|tỉnh|thành phố|TP)(?![\w])")


def _part_end(text: str, start: int, limit: int) -> int:
    """Where the field or name that begins at ``start`` ends: at the next dash, or at ``limit``."""
    dash = _A_DASH.search(text, start, limit)
    return dash.start() if dash else limit


def _ends_with_place(written: str) -> bool:
    """Whether the name ends with a country or a province ('Bộ Quốc phòng Mỹ'): after it a dash joins another party
    ('Mỹ - Nhật ký kết'), not a field."""
    return any(match.end() == len(written) for match in _place().finditer(written))


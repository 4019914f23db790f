"""Places: a name after an administrative word ('tỉnh Sơn La', 'huyện Quỳnh Lưu'), a provincial unit of the
gazetteer written alone ('Hà Nội'), or a country outside an organisation's name.

The official code is the one valid on the article's publication date (the 2025 merger changed codes on
2025-07-01). Without a publication date a code is given only when it is the same before and after the merger.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Place, Span
from newsexport.parsing.gazetteer import (
    CAP_SYLLABLE, LOWER, E, UPPER, District, alternation, district_units, division_for, division_names, divisions,
    family_names, kind_of_division,
    lines, province_codes, slug, table, unique_id, with_old_tone_marks,
)
from newsexport.parsing.names import (
    ADMIN_LEVELS, NOT_AN_AMOUNT, NOT_NAME_WORDS, department_fields, level_alternation, place_run, province_alternation,
    title_heads,
)
from newsexport.parsing.segment import Line


@dataclass
class FoundPlace:
    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def _bare_names() -> frozenset[str]:
    """Written forms of provincial units that are read alone, without 'tỉnh' or 'thành phố' (not 'Huế', also a given
    name, nor 'Hồ Chí Minh')."""
    return frozenset(name for name, canonical in division_names().items()
                     if any(d.bare for d in divisions() if d.name == canonical) or name != canonical)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    bare_names = _bare_names()
    countries = lines("countries.txt")
    return {
        # No look-behind first (the engine then skips ahead by the first letters): _starts_word checks the start.
        # (an abbreviated level may be glued to the name: 'TP.Nha Trang', 'P.Bình An')
        "prefixed": re.compile(rf"(?P<level>{level_alternation()})(?:\s+|(?<=\.)(?=[{UPPER}]))(?P<name>{place_run()})"),
        # a village or a buôn ('làng Sình', 'buôn Kram'), kind other like a thôn; not a level of the name grammar,
        # since the words are common in lower case and every pattern that reads levels would be slower
        # a craft village by its craft ('làng gốm Phù Lãng', 'làng nghề trồng rau Trà Quế', 'làng cổ Đường Lâm'):
        # only after these words, since 'làng' is also a trade's circle ('làng giải trí Việt', 'làng nhạc Việt')
        # a bản, the village of the northern uplands ('trú tại bản Khe Tì'), only after a word of location, since
        # 'bản' is common in other words ('phiên bản', 'văn bản', 'kịch bản')
        "village": re.compile(rf"[lb](?<![\w].)(?:(?<=l)àng(?P<craft>\s+(?:{alternation(VILLAGE_CRAFTS)})"
                              rf"(?:\s+[{LOWER}]+){{0,2}}?)?|(?<=b)uôn|(?<=b)ản(?:{_AFTER_A_LOCATION_WORD}))"
                              rf"\s+(?P<name>{place_run()})"),
        # an island or an archipelago after lower-case 'đảo' ('đảo Phú Quý', 'quần đảo Trường Sa', 'huyện đảo Lý Sơn'),
        # kind other unless it is a district-level unit of its own; not a peninsula ('bán đảo Triều Tiên'), nor the
        # fatherland ('biển đảo Tổ quốc')
        "island": re.compile(rf"ảo(?<=(?<![\w])đảo)\s+(?![Tt]ổ [Qq]uốc{E})(?P<name>{place_run()}){E}"),
        # a state abroad after 'bang' ('bang Massachusetts', 'bang New South Wales'), not after 'liên' (federal)
        "state": re.compile(rf"bang\s+(?P<name>[{UPPER}][\w-]*(?: [{UPPER}][\w-]*){{0,2}}){E}"),
        "bare": re.compile(rf"(?P<name>{alternation(bare_names)}){E}(?!\s+[{UPPER}])"),
        # no look-ahead first: the names' first letters are literals, on which the engine skips ahead (a look-ahead
        # first would have it try the pattern at every position, twice as slow)
        "country": re.compile(rf"(?P<name>{alternation([*countries, *foreign_places()])}){E}(?!\s+[{UPPER}])"),
        # countries whose name is a common word too, read only after a preposition or 'nước' ('tại Anh', 'nước Áo',
        # 'đến từ Ý'): 'Anh' is a given name and a pronoun, 'Áo' (Austria) the word for a garment, 'Ý' (Italy) an
        # idea ('Ý kiến'), or alone in brackets after a name ('Viện Chatham House (Anh)', 'đội Martarello (Ý)')
        "after_preposition": re.compile(rf"(?:[tởsng](?<![\w].)(?:(?<=t)ại|(?<=t)ừ|(?<=ở)|(?<=s)ang|(?<=n)ước|(?<=g)iữa)\s+"
                                        rf"|(?<=[\w.] \())(?P<name>Anh|Áo|Ý)(?![\w])(?!\s+[{UPPER}])"
                                        rf"(?:(?<!\(Anh)(?<!\(Áo)(?<!\(Ý)|(?=\)))"),
        # a sea, a gulf or a bay by its listed name ('Biển Đông', 'biển Đông', 'Vịnh Ba Tư'), and a strait named
        # without its word ('eo biển Hormuz'): kind other
        "sea": re.compile(rf"(?P<name>{alternation(list(_sea_forms()), either_case_first=True)}){E}(?!\s+[{UPPER}])"),
        "strait": re.compile(rf"eo biển\s+(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,2}}){E}(?!\s*[-–]|\s+[{UPPER}])"),
        # an ocean where a place is ('giữa Thái Bình Dương', 'thuộc Thái Bình Dương', 'bao bọc bởi Đại Tây Dương'):
        # kind other; not in a region's, a treaty's or a command's name ('châu Á - Thái Bình Dương', 'xuyên Thái Bình
        # Dương', 'Hạm đội Thái Bình Dương', 'Bắc Đại Tây Dương'), which no word of location comes before
        "ocean": re.compile(rf"(?:giữa|thuộc|bởi|ở|tại|trên|ra|vào|qua|khắp|khơi|vượt|sang|đến|tới|từ)\s+"
                            rf"(?P<name>Thái Bình Dương|Đại Tây Dương|Ấn Độ Dương|Bắc Băng Dương){E}"),
        # continents, written with a lowercase 'châu' (kind other), and a foreign capital after 'thủ đô'
        "continent": re.compile(rf"(?P<name>[Cc](?<![\w].)hâu (?:Á|Âu|Phi|Mỹ|Úc|Đại Dương)){E}(?!\s+[{UPPER}])"
                                rf"(?!\s*[-–]\s*Thái)"),
        # a continent after these names a tournament ('U23 châu Á', 'vòng loại châu Á') or describes a noun
        # ('người châu Á', 'các nước châu Âu'), as a country does after the nouns of COUNTRY_ADJECTIVE_NOUNS
        "continent_before": re.compile(rf"(?<![\w])(?:U\.?\d{{2}}|[Vv]òng loại|[Gg]iải|[Cc]úp|vô địch|VCK"
                                       rf"|{alternation(CONTINENT_ADJECTIVE_NOUNS, either_case_first=True)})\s+$"),
        "capital": re.compile(rf"[Tt](?<![\w].)hủ đô\s+(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE})?){E}(?!\s+[{UPPER}])"),
        # Vietnam's two archipelagos, named alone as often as after 'quần đảo' ('Hoàng Sa, Trường Sa là của Việt
        # Nam', 'bảo vệ Trường Sa'): the island districts they are, as after 'quần đảo'; not an island of one ('đảo
        # Trường Sa lớn')
        "archipelago": re.compile(rf"(?P<name>Hoàng Sa|Trường Sa){E}(?!\s+(?:[{UPPER}]|lớn{E}))"),
        "capital_before": re.compile(rf"{CAP_SYLLABLE}\s$"),
        # words that begin a sentence and end no name: the place after them is read ('Ở Việt Nam', 'Phía Malaysia
        # cho biết', 'Nếu Australia ...')
        "preposition_before": re.compile(r"(?<![\w])(?:Ở|Tại|Từ|Sang|Đến|Với|Phía|Nếu|Nhưng|Khi|Dù|Cả|Ngoài|Trong khi"
                                         r"|Đối với)\s$"),
        # a country after these nouns describes them ('gia đình Việt Nam', 'quân đội Mỹ'): no place of the story
        # ('nổi tiếng Bali' is 'famous Bali', no language)
        # (and an age group's team, 'U19 Việt Nam', 'đội U.23 Malaysia', 'U-16 Nhật Bản': the team's name)
        "adjective_before": re.compile(
            rf"(?<![\w])(?<!nổi )(?:{alternation(COUNTRY_ADJECTIVE_NOUNS, either_case_first=True)}|U\.?-?\d{{2}})\s+$"),
        "person_before": re.compile(r"(?<![\w])(?:[Tt]ên|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|(?<!trẻ )[Ee]m|[Cc]háu|[Bb]é)\s+$"),
        # These three start with a letter class, not a look-behind, so the engine skips ahead fast; the word
        # boundary before them is checked in code (_starts_word).
        "numbered": re.compile(rf"(?P<level>[QqPpXxẤấ](?:uận|hường|óm|p|\.))\s*(?P<number>\d{{1,2}}){E}(?![.,/]\d)"
                               rf"{NOT_AN_AMOUNT}"),
        # 'khu phố 4', 'tổ 6, khu 1': quarters and residential groups of an address, named by their number
        "numbered_quarter": re.compile(rf"(?P<level>[KkTtCc](?:hu phố|ổ dân phố|hôn|ổ|hu vực|hu|iểu khu|hối|ụm))\s+"
                                       rf"(?P<number>\d{{1,3}}){E}(?![.,/]\d){NOT_AN_AMOUNT}"
                                       rf"(?=\s*,\s*(?:thuộc\s+)?(?:{level_alternation()})\s)"),
        # a date line's place in capitals before a dash ('ĐÀ NẴNG - Ngày 6-2, ...')
        "dateline": re.compile(rf"(?P<name>[{UPPER}]{{2,}}(?: [{UPPER}]+){{0,3}})\s*[-–]\s"),
        "body_or_title_start": re.compile(rf"(?i:{alternation(_not_place_phrases(), ignore_case=True)}){E}"),
        # a national or provincial road or a ring road by its number ('Quốc lộ 20', 'QL1A', 'tỉnh lộ 8', 'ĐT 768',
        # 'đường vành đai 3'): a place of kind other, like a street
        "road": re.compile(rf"(?=[QqTtĐđVv])(?P<word>[Qq]uốc [lL]ộ|QL|[Tt]ỉnh [lL]ộ|ĐT|[Đđ]ường tỉnh|[Vv]ành đai)\.?\s*"
                           rf"(?P<number>\d{{1,3}}[A-Z]?){E}"
                           rf"(?![.,/]\d)"),
        # a street by its name ('đường Nguyễn Hữu Cảnh', 'phố Hàng Bài'): a place of kind other; two syllables at
        # least, since one is most often a common name ('phố Huế' is lost, 'Đường Lâm' a village); a road named by
        # its two ends is named whole ('đường Hòa Thắng – Hòa Phú')
        # (the pattern begins with the words' ends and looks back for their first letter: the engine skips ahead on
        # a literal, so it is faster than a look-ahead or a class first; the match starts one letter in)
        "street": re.compile(rf"(?:ường(?<=[Đđ]ường)|hố(?<=[Pp]hố)|ại lộ(?<=[Đđ]ại lộ))\s+(?!Tết{E})(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,4}}"
                             rf"(?:\s*[-–]\s*(?!Ảnh{E}){CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})?){E}(?!\s*\d)"),
        # two streets at a junction ('ngã tư Phan Huy Chú - Lý Thường Kiệt', 'giao lộ Lê Lợi - Pasteur', 'ngã 3 Phan
        # Văn Định-Nguyễn Tất Thành'): two places, where 'đường A - B' may be one road named by its two ends
        "junction": re.compile(rf"(?:gã(?<=[Nn]gã) (?:ba|tư|năm|sáu|[3-6])|iao lộ(?<=[Gg]iao lộ)|út giao(?<=[Nn]út giao))"
                               rf"(?: đường| đại lộ)?\s+(?P<first>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,4}}(?: \d{{1,2}})?)\s*[-–]\s*"
                               rf"(?P<second>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,4}}(?: \d{{1,2}}(?![\d.,/]\d))?){E}"),
        # also abbreviated ('KCN Sóng Thần', 'KCX Linh Trung I')
        "zone": re.compile(rf"(?P<name>(?:[KkCc](?:hu|ụm)\s+(?:[Cc]ông nghiệp|[Kk]inh tế|[Cc]hế xuất)|KCN|KCX|KKT|CCN)\s+"
                           rf"{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}}(?: (?:\d{{1,2}}|[IVX]{{1,4}}))?){E}"),  # 'Đức Hoà III
        # a district written without its level word, right before its province ('Lộc Ninh, Bình Phước', 'Tam Kỳ
        # (Quảng Nam)', 'Hà Đông - Hà Nội'): searched only in the few characters before a province's name
        "district_before_province": re.compile(rf"(?<![\w])(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})"
                                               rf"(?:\s*,\s*|\s*\(\s*|\s+[-–]\s+)(?:[Tt]ỉnh\s+|TP\.?\s*|[Tt]hành phố\s+)?$"),
        # a district after its level word abbreviated, glued or not ('H.Cần Giờ', 'Q.Hai Bà Trưng', 'TX. Kỳ Anh')
        "district_abbreviated": re.compile(rf"(?P<level>H|Q|TX)\.\s?(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})"),
        # a listed district after a space, to be checked for a word of location before it ('ở Sóc Sơn', 'quê Diễn
        # Châu'): each name's first letter comes first and the space is looked back for after it (_after_a_space),
        # so the engine skips ahead to the names' first letters rather than trying the names at every space
        "district_after_cue": re.compile(rf"(?P<name>{_after_a_space(list(district_units()))}){E}(?!\s+[{UPPER}])"),
        # the same for the cities of a province alone, read with no province in the article (``_cities_alone``)
        "city_after_cue": re.compile(rf"(?P<name>{_after_a_space(sorted(_cities_alone()))}){E}(?!\s+[{UPPER}])"),
        "cue_before": re.compile(rf"(?<![\w])(?:{alternation(LOCATION_WORDS, either_case_first=True)}) $"),
        # what may stand before a district written without its level word and before its province: a punctuation
        # mark, a number ('SN 1978, Quốc Oai') or a word of location ('quê Diễn Châu'); not a noun whose name it
        # completes ('cầu Thanh Trì', 'sân bay quốc tế Cam Ranh', 'Gỗ Thuận An')
        "district_context": re.compile(rf"(?:^|[^\w\s]|\d|(?<![\w])(?:{alternation(LOCATION_WORDS + ROUTE_WORDS, True)}))\s*$"),
        "district_in_brackets": re.compile(rf"\s*\(\s*(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})\s*,\s*"
                                           rf"(?:tỉnh\s+|TP\.?\s*)?{province_alternation()}{E}\s*\)"),
        "list_intro": re.compile(r"[cgn](?:ác|ấp|ồm|hững)\s+(?:\d{1,3}\s+)?(?P<level>xã|phường|huyện|quận|thị trấn|đảo)"
                                 r"(?:\s*,\s*(?:xã|phường|thị trấn))*(?:[^.:;]|\.(?=\w)){0,60}?(?::|\s+như(?![\w]))\s*"),
        # '&' joins two items as 'và' does ('huyện Hòa An, Bảo Lâm & Thành phố')
        # an item may carry its district in brackets ('Trần Hưng Đạo (Q. 1), Lý Thái Tổ (Q. 10)'), not a person's
        # birth year or age ('Sau Von (SN 1999, ...)')
        "list_next": re.compile(rf"(?:\s*{_UNIT_IN_BRACKETS})?(?:\s*,\s*|\s+(?:và|&)\s+)"
                                rf"(?P<name>[{UPPER}][{LOWER}]+(?: {CAP_SYLLABLE}){{0,3}}(?: \d{{1,2}})?)"
                                rf"(?=\s*(?:(?P<bracket>{_UNIT_IN_BRACKETS})\s*)?(?:[,;.)…]|(?:và|&)\s|$))"),
        # the last district of a list after a comma, before the verb ('... Bình Thạnh, Gò Vấp ngập'), read only where
        # it is a district of the province
        "list_comma_last": re.compile(rf"\s*,\s*(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}})(?=\s+[{LOWER}])"),
        "list_last": re.compile(rf"\s+và\s+(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}})(?=\s+[{LOWER}])"),
        # a street after a house number in an address, before the ward or district ('số 04 Thụy Khuê, quận Tây Hồ',
        # '12B Nguyễn Trãi, P.2', '270 Trường Chinh, P.Khương Thượng': an abbreviated level may be glued to its name)
        # (begun with a digit, on which the engine skips ahead; a year and the number of a junction or a hamlet are
        # left out in code)
        "address_street": re.compile(rf"\d(?<![\w/.,-]\d)\d{{0,3}}[A-Z]?(?:/\d{{1,4}}[A-Z]?)*\s+"
                                     rf"(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}})(?=\s*,\s*(?:(?:[Pp]hường|[Qq]uận"
                                     rf"|[Xx]ã|[Tt]hị trấn|[Hh]uyện|TP|[Tt]hành phố)(?![\w])|P\.|Q\.|TP\.))"),
        # streets listed after a plural cue ('các tuyến đường Lê Duẩn, Đồng Khởi và Hàm Nghi', 'một số tuyến phố
        # chính như Hàng Bài, Tràng Tiền')
        # ('các tuyến đường chính như ...', 'những đoạn đường ...', 'các tuyến đường có lưu lượng lớn như ...')
        "street_list": re.compile(r"(?:[Cc]ác|[Nn]hững|[Mm]ột số|[Nn]hiều)\s+(?:tuyến\s+|đoạn\s+|con\s+)?(?:đường|phố)"
                                  r"(?:\s+(?:chính|lớn|trung tâm|trọng điểm|khác|lân cận))?"
                                  rf"(?:(?:\s+[{LOWER}]+){{0,6}}?\s+(?:như|gồm|là))?\s*:?\s+"
                                  rf"(?=[{UPPER}])"),
        "list_first": re.compile(rf"(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}}(?: \d{{1,2}})?)"
                                 rf"(?=\s*(?:{_UNIT_IN_BRACKETS}\s*)?(?:,|và\s))"),
    }
VILLAGE_CRAFTS = ("nghề", "gốm", "tranh", "cổ", "rau", "hoa", "lụa", "chài", "dệt", "rèn", "mộc", "nón", "hương",
                  "đúc đồng", "bích hoạ", "bích họa")
"""What a craft village makes or is, between 'làng' and its name."""
NUMBERED_WORDS = {"quận": "Quận", "q.": "Quận", "phường": "Phường", "p.": "Phường", "xóm": "Xóm", "ấp": "Ấp"}
NUMBERED_QUARTERS = {"khu phố": "Khu phố", "tổ dân phố": "Tổ dân phố", "thôn": "Thôn", "tổ": "Tổ", "khu": "Khu",
                     "khu vực": "Khu vực", "tiểu khu": "Tiểu khu", "khối": "Khối", "cụm": "Cụm"}
"""Words of the parts of a commune or ward that an address names by number ('tổ 6, khu 1, phường ...', 'khu vực
5, phường Thủy Xuân' in Huế and the Mekong cities): a
place of kind other that keeps its word, taken only before a further level of the address ('khu 6, thuộc thị
trấn ...' too), since 'tổ', 'khu', 'khối' and 'cụm' are common nouns too.""" 
COUNTRY_ADJECTIVE_NOUNS = tuple(lines("country_adjective_nouns.txt"))
"""Nouns a country name describes when it follows them (``country_adjective_nouns.txt``): no place of the story."""
CONTINENT_ADJECTIVE_NOUNS = ("người", "quốc gia", "nước", "đối tác", "khách", "khách mời", "phiên", "thị trường",
                             "trang phục", "thành phố", "dòng")
"""Nouns a continent describes when it follows them, besides those of COUNTRY_ADJECTIVE_NOUNS."""
CAPITAL_LEVELS = frozenset({"Phường", "Xã", "Quận", "Huyện", "Tỉnh", "TP"})
"""First words of an administrative level written with a capital: an item of a list of places does not begin so."""
ROAD_WORDS = {"quốc lộ": "Quốc lộ", "ql": "Quốc lộ", "tỉnh lộ": "Tỉnh lộ", "đường tỉnh": "Đường tỉnh",
              "vành đai": "Vành đai"}
"""Roads keep their word, capitalised ('quốc lộ 1A' -> 'Quốc lộ 1A'); 'QL1A' is 'Quốc lộ 1A', as a place written as an abbreviation gets its name; 'ĐT 768' stays as written."""
DISTRICT_KINDS = {"huyện": "district", "quận": "district", "thị xã": "town", "thành phố": "city"}
"""The kind of a district-level unit of ``districts.tsv`` by its level word ('thành phố Biên Hòa' is a city of
the province, as 'TP. Nha Trang' is read)."""
ABBREVIATED_LEVELS = {"H": ("huyện",), "Q": ("quận",), "TX": ("thị xã",)}
LOCATION_WORDS = ("ở", "tại", "quê", "quê quán", "trú", "ngụ", "từ", "đến", "tới", "về", "ra", "vào", "thuộc", "sang",
                  "như", "khu vực", "địa bàn")
"""Words after which a district may be written without its level word ('ở Sóc Sơn', 'quê Diễn Châu', 'khu vực Cầu
Giấy', 'trên địa bàn Sóc Sơn')."""
ROUTE_WORDS = ("và", "như", "đi", "qua", "vịnh", "biển", "đảo")
"""Further words a district tied to its province may follow ('từ Tam Kỳ đi qua Hà Đông - Hà Nội', 'vịnh Hạ Long')."""
LOCAL_KINDS = frozenset({"commune", "ward", "town"})
"""Levels below a district: a bracket after them may name the district and the province."""
_AFTER_A_LOCATION_WORD = "|".join(f"(?<=(?<![\\w]){word} bản)" for word in LOCATION_WORDS if word != "như")
"""Look-behinds, one a word of location ('ở bản', 'tại bản'): a look-behind holds one width only."""
_BAN_CUES = tuple(f"{word} " for word in LOCATION_WORDS if word != "như")
"""The words of location, each with its space, that a village's 'bản' may follow."""


def _ban_after_a_location_word(text: str) -> bool:
    """Whether 'bản' follows a word of location somewhere in ``text``, looked for before the village pattern is tried:
    'bản' alone is in many other words ('văn bản', 'phiên bản'), so its few places are checked one by one."""
    index = text.find(" bản ")
    while index != -1:
        if text.endswith(_BAN_CUES, max(0, index - 5), index + 1):
            return True
        index = text.find(" bản ", index + 1)
    return False
MIN_SYLLABLES = {"khu": 2}
"""Levels whose word is also a common noun: the name after them needs this many syllables ('khu Công nghiệp'
is not a place)."""


@lru_cache(maxsize=1)
def foreign_places() -> dict[str, str]:
    """Foreign cities and regions by name, with their kind (``foreign_places.tsv``, and the regions of the world of
    ``world_regions.txt``, which are matched like countries only to be left out)."""
    return {**{row[0].strip(): row[1].strip() for row in table("foreign_places.tsv") if len(row) >= 2},
            **{region: "other" for region in world_regions()}}


def _streets_at_a_corner(name: str, route: bool = False) -> list[str]:
    """The two streets of a corner written as one ('Nguyễn Lương Bằng-Nguyễn Tất Thành'): both halves begin with a
    family name, as streets named after persons do, while a road named by its two ends joins places ('Hòa Thắng –
    Hòa Phú'). ``route``: the street word follows 'tuyến', a route along several streets, each a street of its own
    ('tuyến phố Hàng Đào - Hàng Ngang - Đồng Xuân'). Empty for one street."""
    parts = [part.strip() for part in _DASH.split(name)]
    if route and len(parts) >= 2 and all(parts):
        return parts
    if len(parts) != 2 or any(part in division_names() for part in parts):
        return []
    if all(len(part.split(" ")) >= 2 and part.split(" ")[0] in family_names() for part in parts):
        return parts
    return []


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(row[0].strip() for row in table("foreign_places.tsv") if len(row) >= 3 and row[2].strip() == "capital")


GOVERNMENT_VERBS = tuple(lines("government_verbs.txt"))
"""What a capital that begins a clause does when it stands for its government (``government_verbs.txt``)."""
_CLAUSE_START = re.compile(r"(?:^|[.,;:!?“\"(]\s*|(?<![\w])(?:nếu|khi|mà|rằng|nhưng|song|để|vì|trong khi|[Nn]ếu|[Kk]hi"
                           r"|sau khi|thời điểm|việc|ngược lại|do|là|chính quyền|[Cc]hính quyền)\s+)$")
_GOVERNMENT_VERB_AFTER = re.compile(rf"\s+(?:{alternation(GOVERNMENT_VERBS)})(?![\w])")
_GOVERNMENT_OF = re.compile(r"(?<![\w])của\s+$")
_GOVERNMENT_OBJECT = re.compile(r"(?<![\w])(?:cáo buộc|thuyết phục|kêu gọi|chỉ trích|trừng phạt|gây sức ép|lên án"
                                r"|(?:áp đặt|quan hệ|đàm phán|đối thoại|hợp tác|cứng rắn) với|đối tác(?: \w+){0,2} của"
                                r"|lợi ích(?: \w+){0,2} từ|hoạt động của)\s+$")
"""What a government is the object of ('cáo buộc Moscow', 'áp đặt với Tehran', 'đối tác thương mại lớn của Tehran',
'các hoạt động của Bắc Kinh ở Biển Đông')."""
_POLICY_OF = re.compile(r"(?<![\w])(?:[Ll]ập trường|[Cc]hính sách|[Qq]uan điểm|[Yy]êu sách|[Đđ]ộng thái|[Pp]hản ứng)"
                        r"\s+của\s+$")
"""A stance or a policy 'of' a capital is its government's ('lập trường của Bắc Kinh về các tranh chấp')."""
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?”\")]|$)")


def _stands_for_a_government(text: str, start: int, end: int) -> bool:
    """A capital standing for its government, as the annotations read it ('Washington áp đặt', 'của Moscow.'): it
    begins a clause and a verb of policy follows, or it is what a clause ends on after 'của', or a stance or a
    policy is said to be its ('lập trường của Bắc Kinh về ...'), or a policy acts on it ('cáo buộc Damascus')."""
    before = text[max(0, start - 12) : start]
    if _CLAUSE_START.search(before) and _GOVERNMENT_VERB_AFTER.match(text, end):
        return True
    if _POLICY_OF.search(text, max(0, start - 24), start) or _GOVERNMENT_OBJECT.search(text, max(0, start - 32), start):
        return True
    return _GOVERNMENT_OF.search(before) is not None and _CLAUSE_END.match(text, end) is not None


def _one_syllable_city(name: str) -> bool:
    """A provincial city of one syllable ('Vinh', 'Huế' before 2025): after 'TP.' it is the city, not a new sentence."""
    return any(unit.level == "thành phố" for unit in district_units().get(name, ()))


@lru_cache(maxsize=1)
def seas() -> list[str]:
    """Seas, gulfs and bays by their listed names ('Biển Đông', 'Vịnh Ba Tư'), with their word."""
    return lines("seas.txt")


@lru_cache(maxsize=1)
def _sea_forms() -> dict[str, str]:
    """Each sea's listed name by the forms it is written in: the listed one, and a region's 'Bộ' in lower case, as
    the regions are mostly written ('vịnh Bắc bộ' for 'Vịnh Bắc Bộ')."""
    forms = {name: name for name in seas()}
    forms.update({name[: -len("Bộ")] + "bộ": name for name in seas() if name.endswith(" Bộ")})
    return forms


@lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """Regions of the world ('Trung Đông', 'Đông Nam Á', 'Nam Mỹ'), which name no place of the story, as the annotations
    read a region (a dev batch leaves out 'đồng bằng sông Cửu Long', a heldout batch's written convention
    'Trung Đông'), unlike a continent."""
    return frozenset(lines("world_regions.txt"))


_DIGIT = re.compile(r"\d")
_STATE_WORDS = frozenset({"New", "North", "South", "West", "East", "Bắc", "Nam", "Tây", "Đông", "Rhode"})
"""First words of a state's name of three words ('New South Wales', 'Bắc Carolina ...')."""


def _state_name(run: str) -> str:
    """A state's name out of the capitalised words after 'bang': three words only when the first says a direction
    ('New South Wales'), else the name ends before what reads as a person's ('bang Virginia Tim Kaine')."""
    words = run.split(" ")
    if len(words) == 3 and words[0] not in _STATE_WORDS:
        return words[0]
    return run


_WORKS = frozenset({"Cầu", "Hầm", "Cảng", "Ga", "Bến", "Chợ", "Nút", "Sân", "Công", "Khu", "Dự", "Nhà", "Tòa", "Toà"})
"""First words of works and buildings ('Cầu Phú Mỹ', 'Hầm Thủ Thiêm'), which end a list of streets."""
_UNIT_IN_BRACKETS = r"\((?!SN|[Ss]inh|\d)[^()]{1,30}\)"
"""A bracket after a listed place, which names the unit above it ('(Q. 1)', '(huyện Vĩnh Lộc)', '(Đồng Nai)')."""


def _enumerated(text: str, position: int) -> list[tuple[int, int, str]]:
    """Further places of one level listed after a place ('phường Sài Gòn, Tân Định và Bến Thành'): each item
    a capitalised name ended by ',', ';', '.', ')' or 'và'; names of provinces are left to the gazetteer, but where
    the list goes on past them."""
    patterns = _patterns()
    names = division_names()
    found = []
    while (match := patterns["list_next"].match(text, position)) is not None:
        if match.group("name").split(" ", 1)[0] in CAPITAL_LEVELS:
            break  # 'Phường Minh Khai, Quận Hai Bà Trưng': the next level of the address, not another ward
        if match.group("name") in names and not _listed_on(text, match.end(), names):
            break  # 'xã Tam Hiệp, Thanh Trì, Hà Nội': a province's name ends the list, unless the list goes on
        bracket = match.group("bracket")
        if bracket and bracket[1:-1].strip() in names and match.group("name") in district_units():
            break  # 'xã Tân Hiệp, Long Thành (Đồng Nai)': the district and its province, the address's next levels
        found.append((match.start("name"), match.end("name"), match.group("name")))
        position = match.end()
    last = patterns["list_last"].match(text, position)  # '... Thanh Xuân Trung và Nhân Chính trở thành ...'
    if last is not None and last.group("name") not in names and last.group("name").split()[0] not in _not_place_words():
        found.append((last.start("name"), last.end("name"), last.group("name")))
    elif found and (last := patterns["list_comma_last"].match(text, position)) is not None and \
            last.group("name") not in names and last.group("name") in district_units():
        # '... quận Ngũ Hành Sơn, Sơn Trà, Liên Chiểu rất yếu': a district of the gazetteer ends the list with no 'và'
        found.append((last.start("name"), last.end("name"), last.group("name")))
    return found


def _listed_on(text: str, position: int, names: dict[str, str]) -> bool:
    """Whether the list goes on after a name at ``position`` with a name that is no province's ('các xã: Thụy Liên,
    Thái Nguyên, Thái Thượng': the commune that shares a province's name is one item among others)."""
    after = _patterns()["list_next"].match(text, position)
    return after is not None and after.group("name") not in names and \
        after.group("name").split(" ", 1)[0] not in CAPITAL_LEVELS


def _after_a_space(names: list[str]) -> str:
    """An alternation of the names (as ``alternation``) that matches only after a space: each first letter is
    followed by a look-behind for the space before it ('S(?<= S)(?:óc Sơn|...)'). Every branch then begins with a
    literal, on which the engine skips ahead; a pattern begun with the space itself tries the names at every space,
    and spaces are a quarter of the text."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    branches = []
    for first, group in sorted(by_first.items()):
        tree, letter = alternation(group)[3:-1], re.escape(first)  # one branch, begun with the letter
        branches.append(f"{letter}(?<= {letter}){tree[len(letter):]}")
    return "(?:" + "|".join(branches) + ")"


def _not_place_phrases() -> list[str]:
    return [*lines("organization_heads.txt"), *lines("titles.txt"), *lines("ranks.txt")]


@lru_cache(maxsize=1)
def _not_place_words() -> frozenset[str]:
    """First words of bodies and titles ('Bộ', 'Công', 'Phó'), which begin no place name after 'và'."""
    return frozenset(phrase.split()[0] for phrase in _not_place_phrases() if phrase[:1].isupper())


@lru_cache(maxsize=1)
def _names_in_capitals() -> dict[str, str]:
    """Provincial units by their name in capitals ('ĐÀ NẴNG'), as a date line writes them."""
    return {written.upper(): canonical for written, canonical in division_names().items()}


def _letters(name: str) -> str:
    """A name without its diacritics ('Đăk Lăk' and 'Đắk Lắk' -> 'dak lak'): two spellings of one name."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(character for character in folded if not unicodedata.combining(character)).casefold()


def _may_name_a_road(text: str) -> bool:
    """Whether a line holds one of the road words at all: most lines do not, and the road pattern is then skipped
    (a test for 'Đ' alone let nearly every line through)."""
    return "lộ" in text or "Lộ" in text or "QL" in text or "ĐT" in text or "ường tỉnh" in text or "ành đai" in text


def _may_abbreviate_a_level(text: str) -> bool:
    """Whether a line holds 'H.', 'Q.' or 'TX.' at all; most do not, and the pattern is then skipped."""
    return "H." in text or "Q." in text or "X." in text


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start``-``end`` overlaps any of ``spans``: a name another pattern read already."""
    return any(begin < end and start < other for begin, other in spans)


def _starts_word(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


@lru_cache(maxsize=1)
def places_abroad() -> frozenset[str]:
    """Countries and the cities and regions abroad (``countries.txt``, ``foreign_places.tsv``, regions)."""
    return frozenset(lines("countries.txt")) | frozenset(foreign_places())


@lru_cache(maxsize=1)
def country_synonyms() -> dict[str, int]:
    """Each name of ``country_synonyms.tsv`` with the number of its row: names of one country share it."""
    return {name.strip(): row for row, names in enumerate(table("country_synonyms.tsv")) for name in names if name.strip()}


_COMPASS_BEFORE = re.compile(r"(?<![\w])(?:phía|miền|vùng|hướng|bờ|khu vực|mạn|đến|từ|ở|tại|về|sang|phần)\s+"
                             r"(?P<compass>(?:Đông|Tây)(?: (?:Bắc|Nam))?|Bắc|Nam)\s$")


def _after_a_compass_word(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word before a place is a point of the compass after a word of direction ('phía Bắc
    Tanzania', 'đến Tây Nam Kenya', 'bờ Tây vịnh Bắc Bộ', 'khu vực Bắc Biển Đông'): a part of the place, which is
    read, not the end of a person's name; unless the two make a listed name of their own ('Nam Phi', 'Nam Mỹ')."""
    match = _COMPASS_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return False
    whole = f"{match.group('compass')} {text[start:end]}"
    return not (whole in _countries_and_anh() or whole in foreign_places() or whole in division_names())


@lru_cache(maxsize=1)
def _countries_and_anh() -> frozenset[str]:
    return frozenset([*lines("countries.txt"), "Anh"])


@lru_cache(maxsize=1)
def _countries_of_several_words() -> frozenset[str]:
    return frozenset(country for country in _countries_and_anh() if " " in country)


def _begins_with_a_country(name: str) -> bool:
    """Whether a street's name begins with a country of several words and goes on ('phố Trung Quốc ...': the
    country's quarter): the name's starts before each of its spaces are looked up in a set, rather than every
    country tried as the name's start."""
    countries = _countries_of_several_words()
    return any(name[:index] in countries for index, character in enumerate(name) if character == " ")


_DASH = re.compile(r"\s*[-–]\s*")
_ADDRESS_CUE = alternation([case(cue) for cue in ("tại", "ở", "trụ sở", "nhà số", "số nhà")
                            for case in (str, str.capitalize)]) + r"(?:\s+số)?\s+\d"
"""A word of location before a house number ('tại 405', 'nhà số 157', 'tại số 5'), each first letter written out in
both cases, so that the alternation begins with literals the engine skips ahead to."""
_CUED_ADDRESS = re.compile(rf"(?<![\w]){_ADDRESS_CUE}\d{{0,3}}[A-Z]?(?:/\d{{1,4}}[A-Z]?)*"
                           rf"\s+(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}}){E}(?!\s+[{UPPER}\d])")
"""A street after a house number and a word of location, with no ward or district after it ('tại 405 Bạch Đằng, 28
Yết Kiêu', 'nhà số 157 Xã Đàn'): only after these words, since a number before capitalised words may count bodies
('tại 2 Sở Ban ngành'), which the checks of every house number's street leave out as well."""
_MAY_CUE_AN_ADDRESS = re.compile(_ADDRESS_CUE)
"""Whether a line may hold ``_CUED_ADDRESS``: its cue, without the look-behind, which the engine would try at every
position of every line that holds a number."""
_NEXT_ADDRESS = re.compile(rf"(?:\s*,|\s+và)\s+\d{{1,4}}[A-Z]?(?:/\d{{1,4}}[A-Z]?)*"
                           rf"\s+(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}}){E}(?!\s+[{UPPER}\d])")
"""The next address of a list after a cued one: a comma or 'và', a house number and its street."""


def _cued_addresses(text: str) -> list[re.Match[str]]:
    """The matches of ``_CUED_ADDRESS`` and of the addresses listed after each ('tại 57 Cửa Nam và 41 Hai Bà Trưng')."""
    found = []
    for match in _CUED_ADDRESS.finditer(text):
        found.append(match)
        while (match := _NEXT_ADDRESS.match(text, match.end())) is not None:
            found.append(match)
    return found


_NOT_A_HOUSE_NUMBER = re.compile(r"(?:(?<![\w])(?i:ngã|tổ|khu|ấp|xóm|thôn|đội)\s+\S+|(?<![\w])(?:19|20)\d\d)\s+$")
"""Before a name, a number that is no house number: a junction's, a hamlet's or a team's ('ngã 3 Châu Lộc'), a year."""
_STREETS_LISTED = re.compile(r"(?:tuyến|đoạn|con|các|những|số|nhiều) (?:đường|phố)")
"""Whether a line may list streets after a plural cue: most lines hold 'các' but not before a street word."""
_LEVELS_LISTED = re.compile(r"(?:các|những) (?:xã|phường|huyện|quận|thị trấn|đảo)")
"""Whether a line may list units after 'như': most lines holding 'như' hold no plural level word."""
_LEVEL_AFTER_A_COMMA = re.compile(r",\s*(?:[Pp]hường|P\.|[Qq]uận|Q\.|[Xx]ã|[Tt]hị trấn|[Hh]uyện|TP|[Tt]hành phố)")
"""Whether a line may hold an address (a ward, a district or a city after a comma), before a house number is looked for."""
_CONTEST_OR_DAY_BEFORE = re.compile(r"(?:Hoa hậu|Á hậu|Nam vương|Người đẹp|Siêu mẫu|Miss|(?<![\w])[Nn]gày(?=\s+[A-ZĐ]))"
                             r"(?:\s+(?!(?:ở|tại|từ|đến|tới|sang|về|của|và|với)(?![\w]))[\w-]+){0,3}\s+$")
"""A beauty contest's title or a day of observance before a country: the country is part of the contest's or the
day's name ('Hoa hậu Trái đất Việt Nam', 'Hoa hậu biển Việt Nam toàn cầu', 'Ngày Gia đình Việt Nam', 'ngày Thầy
thuốc Việt Nam'), but not after a preposition ('thi Hoa hậu ở Ai Cập': where it was held; 'ngày về Việt Nam')."""
_VESSEL_BEFORE = re.compile(r"(?<![\w])(?:[Tt]àu|[Gg]iàn khoan)(?:\s+[\w]+){0,3}\s+$")
_VESSEL_NUMBER = re.compile(r"\s+\d{1,4}(?![\w/.,-])")
"""A vessel or a rig named after a place, with its number ('tàu khảo sát Hải Dương 8', 'giàn khoan Hải Dương 981'):
no place of the story."""
_MINIATURE_AFTER = re.compile(r"\s+thu nhỏ(?![\w])")
"""A place in miniature ('Singapore thu nhỏ', 'khu phố Milan thu nhỏ'): a likeness, no place of the story."""
_WAR_OR_ERA_BEFORE = re.compile(r"(?:(?:[Kk]háng chiến|[Cc]hiến tranh|[Cc]uộc chiến)(?:\s+[\w]+){0,2}?\s+chống"
                                r"|(?<![\w])[Tt]hời(?:\s+(?:kỳ|kháng chiến))?)\s+$")
"""A war against a country or an era named after it before the country ('kháng chiến chống Pháp', 'chiến tranh chống
Mỹ', 'từ thời Pháp'): the country is history's, no place of the story."""
_WAR_OR_ERA_AFTER = re.compile(r"\s+(?:thuộc(?=\s*(?:[.,;:!?)]|$))|cứu nước(?![\w]))")
"""An era or a war named by what follows the country ('ách Pháp thuộc.', 'chống Mỹ cứu nước'); 'thuộc' only where a
clause ends, since it is also a verb ('sang Pháp thuộc diện học bổng')."""
_ENTERPRISE_BEFORE_BRACKETS = re.compile(
    rf"(?<![\w])(?i:{alternation([*lines('organization_enterprise_heads.txt'), *lines('enterprise_roles.txt')], ignore_case=True)})"
    rf"(?:\s+[^\s,.;:()]+){{1,8}}\s+\($")
"""A company, an investor or a contractor (``organization_enterprise_heads.txt``, ``enterprise_roles.txt``) right
before a country alone in brackets ('Tập đoàn thép JFE (Nhật Bản)', 'nhà thầu Sumitomo Mitsui (Nhật Bản)'): the
country says where the company comes from, as a nationality does, and is no place of the story; a country in brackets
after a place ('Bắc Kinh (Trung Quốc)') stays one."""
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Nn]hiều)\s+$")
"""A plural before a level word ('các bang', 'hai bang'): the list after it names places of that level."""
_LIST_ITEM = re.compile(rf"(?:\s*,\s*|\s+và\s+)(?P<name>[{UPPER}][\w-]*(?: [{UPPER}][\w-]*){{0,2}}){E}")
"""The next item of a list of capitalised names, after a comma or 'và'."""
_SECTION_END = (rf"(?:TP\.?\s?HCM|TPHCM|(?!(?:Km|KM|Bắc|Nam|Đông|Tây|Trung){E}(?!\s+[{UPPER}])){CAP_SYLLABLE}"
                rf"(?:\s+{CAP_SYLLABLE}){{0,3}})")
_SECTION_END_PATTERN = re.compile(_SECTION_END)
"""One end of a section, compiled once: ``re.finditer`` on the string would look it up in the module's cache each time."""
_SECTION_ENDS = re.compile(rf"{alternation(['Cao tốc', 'cao tốc', 'Đoạn', 'đoạn', 'hướng', 'Tuyến', 'tuyến'])}"
                           rf"(?:\s+(?:đường sắt|đường|phố|cao tốc|xe buýt|buýt))?"
                           rf"(?:\s+nhanh)?(?:\s+BRT)?(?:\s+số)?(?:\s+\d+)?(?:\s+như)?"
                           rf"\s+(?P<run>{_SECTION_END}(?:\s*[-–]\s*{_SECTION_END})+"
                           rf"(?:(?:\s*,\s*|\s+và\s+){_SECTION_END}(?:\s*[-–]\s*{_SECTION_END})+)*){E}")
"""An expressway, a route or a road's section named by its ends ('cao tốc Nha Trang - Cam Lâm', 'đoạn Mai Dịch -
Trung Hoà và Trung Hoà - Thanh Xuân', 'tuyến buýt nhanh BRT Kim Mã - Yên Nghĩa', 'tuyến phố Hàng Đào - Hàng Ngang -
Đồng Xuân', 'hướng Hạ Long - Uông Bí'): each end is a place, as the conventions read an expressway's ends, whether
or not it is a unit of the gazetteer; not a compass word alone ('cao tốc Bắc - Nam', 'hướng Nam - Bắc') nor a
kilometre post. Ho Chi Minh City's abbreviation may be one end ('cao tốc TP.HCM – Trung Lương'); read as the city
already, it is not read again."""
_LOWER_WORD = re.compile(rf" [{LOWER}]")
"""A lower-case word next: after a section's end of one syllable, the end is a station's or a school's head."""
_JUNCTION_BEFORE = re.compile(r"(?:[Nn]gã (?:ba|tư|năm|sáu|[3-6])|[Gg]iao lộ|[Nn]út giao)\s+$")
_STREET_NOT_AFTER = re.compile(r"(?:[Tt]hành|[Kk]hu|dân|[Nn]ẻo|[Cc]ung) $")
"""Words before 'phố' or 'đường' that make them a level or a common noun ('thành phố', 'khu phố', 'tổ dân phố', 'nẻo
đường Tây Bắc', 'cung đường Tây Bắc': a region's roads)."""


_PREFILTER = {"sea": ("Biển ", "biển ", "Vịnh ", "vịnh ", "Địa Trung"), "strait": ("eo biển",),
              "after_preposition": (" Anh", " Áo", " Ý", "(Anh)", "(Áo)", "(Ý)"), "continent": ("hâu ",),
              "capital": ("hủ đô",), "archipelago": ("ng Sa",), "ocean": (" Dương",)}
"""Patterns tried only on articles and lines holding this text (most hold none)."""
_FIRST_KEYS = ("sea", "strait")
"""Tried before the gazetteer's names, so that a city inside a bay's or a strait's name ('vịnh Hạ Long') is not read."""
_KEY_KINDS = {"ocean": "other", "continent": "other", "capital": "city", "sea": "other", "strait": "other",
              "archipelago": "district"}
_COUNTRY_IN_A_WORD = re.compile(r"(?:Pháp (?:luật|y|chế|lệnh|nhân|lý)|Mỹ (?:thuật|nhân|nghệ|phẩm))(?![\w])")
"""A one-syllable country's name that begins a Sino-Vietnamese word, capitalised in a paper's or a body's name or at a
sentence's start: law ('báo Pháp luật TP. HCM'), forensics, fine arts, a beauty ('Mỹ nhân'), cosmetics."""
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]\s)$")


def _level_kind(level: str) -> str:
    return ADMIN_LEVELS.get(level) or ADMIN_LEVELS.get(level[0].lower() + level[1:], "other")


def _district_before(text: str, start: int, province: str) -> tuple[int, int, str, str] | None:
    """The district written without its level word right before its province ('Lộc Ninh, Bình Phước'): the whole
    capitalised run before the separator must be a unit of that very province, so a person's or a body's name
    ending there is not taken."""
    match = _patterns()["district_before_province"].search(text, max(0, start - 40), start)
    if match is None or match.group("name") in division_names():
        return None
    codes = province_codes().get(province, frozenset())
    unit = next((unit for unit in district_units().get(match.group("name"), ()) if unit.province_code in codes), None)
    if unit is None or not _patterns()["district_context"].search(text, max(0, match.start() - 12), match.start()):
        return None
    return match.start("name"), match.end("name"), match.group("name"), DISTRICT_KINDS[unit.level]


def _abbreviated_district(match: re.Match[str]) -> tuple[int, int, str, str] | None:
    """'H.Cần Giờ', 'Q.Hai Bà Trưng': the longest start of the run that is a unit of the abbreviated level (the
    letter alone is also a person's initial, so the name must be a listed district)."""
    words = match.group("name").split(" ")
    levels = ABBREVIATED_LEVELS[match.group("level")]
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if any(unit.level in levels for unit in district_units().get(name, ())):
            start = match.start("name")
            return start, start + len(name), name, DISTRICT_KINDS[levels[0]]
    return None


@lru_cache(maxsize=1)
def _cities_alone() -> frozenset[str]:
    """Cities of a province ('thành phố' units of ``districts.tsv``) whose name no other unit and no place abroad
    has: read after a word of location even where the article names no province ('tới Nha Trang', 'ở Huế', a
    provincial unit's name that is not read alone)."""
    names = _bare_names()
    return frozenset(name for name, units in district_units().items() if len(units) == 1 and units[0].level == "thành phố"
                     and name not in places_abroad() and name not in names)


def _section_ends(lines_: list[Line], hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, None]]:
    """The ends of the sections ``_SECTION_ENDS`` names that no other pattern read; their kind is the gazetteer's
    where they are units of it (resolved with the others), else other."""
    spans = [(hit[0], hit[1]) for hit in hits]
    found: list[tuple[int, int, str, None]] = []
    for line in lines_:
        if "-" not in line.text and "–" not in line.text or "ao tốc" not in line.text and "oạn" not in line.text \
                and "uyến" not in line.text and "ướng" not in line.text:
            continue  # most lines name no section, joined by a dash: substring tests, no pattern search
        for match in _SECTION_ENDS.finditer(line.text):
            if not _starts_word(line.text, match.start()):
                continue  # (the cue words are literals the engine skips ahead to; their word start is checked here)
            for end in _SECTION_END_PATTERN.finditer(match.group("run")):
                start = line.start + match.start("run") + end.start()
                stop = start + len(end.group(0))
                if " " not in end.group(0) and _LOWER_WORD.match(line.text, stop - line.start):
                    continue  # 'tuyến Kim Mã - Bến xe Yên Nghĩa', 'Chợ Lớn – Đại học Nông Lâm': a station or a school
                if not _overlaps(start, stop, spans):
                    found.append((start, stop, end.group(0), None))
                    spans.append((start, stop))
    return found


LIST_JOINER = r"(?:\s*,\s*|\s+(?:và|hoặc|hay)\s+)"
"""What joins two items of a list of names: a comma, 'và', 'hoặc' or 'hay'."""
_LIST_JOINER_BEFORE = re.compile(rf"{LIST_JOINER}$")
_LIST_JOINER_AFTER = re.compile(LIST_JOINER)
_COMMON_WORD_COUNTRY = re.compile(rf"(?<![\w])(?:Anh|Áo|Ý)(?![\w])(?!\s+[{UPPER}])")
_LANGUAGES_LISTED = re.compile(rf"[Tt]iếng (?:[{UPPER}][\w]*(?: [{UPPER}][\w]*)?{LIST_JOINER})+$")
"""A list of languages up to a position ('tiếng Trung, Anh, Pháp'): 'Anh' there is English."""


_REGIONS_BY_NAME = (*(f"{part} {word}" for part in ("Bắc Trung", "Nam Trung", "Đông Nam", "Tây Nam", "Bắc", "Trung",
                                                  "Nam") for word in ("Bộ", "bộ")), "Tây Nguyên")
"""Regions of Vietnam by their proper names, written with 'bộ' in either case ('Bắc Trung Bộ', 'Tây Nguyên')."""
_REGIONS_BY_WORD = ("Tây Bắc", *(f"{word} {part}" for word in ("miền", "Miền") for part in ("Bắc", "Trung", "Nam",
                                                                                              "Tây")),
                    *(f"{word} sông {river}" for word in ("đồng bằng", "Đồng bằng") for river in ("Cửu Long", "Hồng")),
                    "ĐBSCL")
"""Regions of Vietnam named by a compass word or a plain ('miền Trung', 'đồng bằng sông Hồng', 'ĐBSCL')."""
_REGION = re.compile(rf"{alternation(_REGIONS_BY_NAME)}(?![\w])")
"""A region of Vietnam after a plural level word ('các tỉnh Bắc Bộ', 'các tỉnh Tây Nguyên'): a place of kind other, as
the later conventions read regions, not a province."""
# (a prefix tree of the names: each branch begins with a letter as written, so that the engine skips to those letters)
_REGION_NAME = re.compile(alternation([*_REGIONS_BY_NAME, *_REGIONS_BY_WORD]))
_REGION_CUE = re.compile(r"(?<![\w])(?:[Ởở]|[Tt]ại|[Vv]ề|đến|tới|vào|ra|từ|khắp|[Kk]hu vực|[Vv]ùng|các tỉnh"
                         r"|các tỉnh, thành(?: phố)?|ven biển)\s*:?\s+$")
"""A region of Vietnam written where a place is: after a word of location ('ở miền Trung', 'tại Tây Nguyên', 'về
miền Tây'), 'khu vực' or 'vùng' ('4 khu vực: Bắc Bộ, ...', 'vùng đồng bằng sông Hồng') or the provinces of it ('các
tỉnh Bắc Trung Bộ'); a place of kind other, and so are the regions listed after it ('Bắc Bộ, Trung Bộ, Tây Nguyên
và Đông Nam Bộ'). Written as a descriptor ('người miền Nam', 'giải phóng miền Nam', 'ẩm thực miền Trung') it is
none. The names are searched first (their first letters let the engine skip most of a line) and the word before
them checked after."""
_NEXT_REGION = re.compile(rf"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?:miền\s+)?(?P<name>{_REGION_NAME.pattern})(?![\w])"
                          rf"(?!\s+[{UPPER}])")
"""The next region of a list after a region read ('Bắc Bộ, Trung Bộ, Tây Nguyên và Đông Nam Bộ')."""
_CAPITAL_AFTER = re.compile(rf"\s+[{UPPER}]")
"""A capitalised word next: after a region's name, it makes the region a compass part of that place."""

_REGION_ABBREVIATIONS = {"ĐBSCL": "đồng bằng sông Cửu Long"}
"""Regions the news also writes by their initials: one place, named in full."""


def _regions_after_cues(lines_: list[Line], hits: list[tuple[int, int, str, str | None]]
                        ) -> list[tuple[int, int, str, str]]:
    """Regions of Vietnam after a word of location (``_REGION_CUE``), where nothing was read already, and the regions
    listed after one, this one or one read after a plural level word ('các tỉnh Bắc bộ và Bắc Trung bộ')."""
    taken = {hit[0] for hit in hits}
    regions = {hit[0] for hit in hits if hit[3] == "other"}
    found = []
    for line in lines_:
        for match in _REGION_NAME.finditer(line.text):
            start = line.start + match.start()
            if start in regions and _region_ends_at(line.text, match.end()):
                pass  # read already (after a plural level word): only the list after it is read here
            elif start in taken or not _region_ends_at(line.text, match.end()) \
                    or not _REGION_CUE.search(line.text, max(0, match.start() - 24), match.start()):
                continue  # ('vùng Tây Bắc Syria': a country's part, by a compass word)
            else:
                name = _REGION_ABBREVIATIONS.get(match.group(0), match.group(0))
                found.append((start, line.start + match.end(), name, "other"))
            listed = match
            while (listed := _NEXT_REGION.match(line.text, listed.end())) is not None and \
                    line.start + listed.start("name") not in taken:
                name = _REGION_ABBREVIATIONS.get(listed.group("name"), listed.group("name"))
                found.append((line.start + listed.start("name"), line.start + listed.end("name"), name, "other"))
                taken.add(line.start + listed.start("name"))
    return found


def _region_ends_at(text: str, end: int) -> bool:
    """Whether a region's name ends at ``end``: no letter goes on the word, and no capitalised name follows it, which
    would make it a compass part of another place ('miền Trung Colombia')."""
    goes_on = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return not goes_on and _CAPITAL_AFTER.match(text, end) is None


def _next_list_item(text: str, end: int) -> int:
    """Where the next item of a list begins after a country ending at ``end`` (after ', ', ' và ', ' hoặc '), or -1."""
    joiner = _LIST_JOINER_AFTER.match(text, end)
    return joiner.end() if joiner else -1


def _common_word_countries_listed(lines_: list[Line],
                                  hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str]]:
    """'Anh', 'Áo' and 'Ý' listed next to another country ('các nước như Anh, Pháp', 'Mỹ, Anh và Pháp', 'với Anh, Mỹ
    hoặc Israel'): a country, as after a preposition. A list is read one item on each side only, so a given name
    ('Tuấn Anh') stays out: the name before the comma must be a country read already."""
    countries = {(start, end) for start, end, _, kind in hits if kind == "country"}
    if not countries:
        return []
    ends, starts = {end for _, end in countries}, {start for start, _ in countries}
    spans = [(hit[0], hit[1]) for hit in hits]
    found: list[tuple[int, int, str, str]] = []
    for line in lines_:
        if "Anh" not in line.text and "Áo" not in line.text and "Ý" not in line.text:
            continue
        for match in _COMMON_WORD_COUNTRY.finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            before = _LIST_JOINER_BEFORE.search(line.text, max(0, match.start() - 7), match.start())
            after = _LIST_JOINER_AFTER.match(line.text, match.end())
            if not (before and line.start + before.start() in ends or after and line.start + after.end() in starts) \
                    or _overlaps(start, end, spans) \
                    or _LANGUAGES_LISTED.search(line.text, max(0, match.start() - 60), match.start()):
                continue
            found.append((start, end, match.group(0), "country"))
    return found


_JOINED_BEFORE = re.compile(rf"(?:{LIST_JOINER}|\s*[-–]\s*)$")
"""What joins a name to the place before it: a list's joiner, or the dash between a route's two ends."""
_JOINED_AFTER = re.compile(rf"{LIST_JOINER}|\s*[-–]\s*")
"""What joins a name to the place after it (as ``_JOINED_BEFORE``)."""


def _joined_to_a_place(text: str, start: int, end: int, offset: int, starts: set[int], ends: set[int]) -> bool:
    """Whether the name at ``start``-``end`` of a line (which begins at ``offset``) is listed beside a place read, or
    is the other end of a route from one ('Hội An, Huế, Đà Nẵng', 'Đà Nẵng - Tam Kỳ'): ``starts`` and ``ends`` are
    the read places' bounds. Before a place, the name must begin an item, not end a longer name ('trường Quốc học
    Quy Nhơn, Bình Định', 'Cảng Nhà Bè, Khu công nghiệp Amata')."""
    before = _JOINED_BEFORE.search(text, max(0, start - 6), start)
    if before is not None and offset + before.start() in ends:
        return True
    after = _JOINED_AFTER.match(text, end)
    return after is not None and offset + after.end() in starts and \
        _patterns()["district_context"].search(text, max(0, start - 12), start) is not None


_PLACE_BEFORE_ITS_COUNTRY = re.compile(rf"(?<![\w])(?:[Ởở]|[Tt]ại) "
                                       rf"(?P<name>[{UPPER}][\w'-]*(?: [{UPPER}][\w'-]*){{0,2}})(?:\s*,\s*|\s*\(\s*)$")
"""A place abroad the gazetteer does not hold, after 'ở' or 'tại' and before its country or a region abroad read
('tại Maungdaw, Myanmar', 'ở Koya, Fukuoka', 'tại Palm Beach (Florida)'); its first word no abbreviation ('tại ĐH
Phúc Đán, Thượng Hải' is a university)."""


def _places_before_their_country(lines_: list[Line],
                                 hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str]]:
    """The places of ``_PLACE_BEFORE_ITS_COUNTRY``, of kind other, that no other pattern read."""
    abroad = [hit for hit in hits if hit[3] == "country" or hit[2] in foreign_places()]
    if not abroad:
        return []
    spans = [(hit[0], hit[1]) for hit in hits]
    starts = [line.start for line in lines_]
    found: list[tuple[int, int, str, str]] = []
    for hit_start, _, _, _ in abroad:
        line = lines_[bisect.bisect_right(starts, hit_start) - 1]
        offset = hit_start - line.start
        match = _PLACE_BEFORE_ITS_COUNTRY.search(line.text, max(0, offset - 48), offset)
        if match is None:
            continue
        name = match.group("name")
        first = name.split(" ", 1)[0]
        start, end = line.start + match.start("name"), line.start + match.end("name")
        if first.isupper() and len(first) > 1 or _overlaps(start, end, spans) \
                or name in world_regions() or name in district_units():
            continue  # ('ở Trung Đông, Nga muốn': a region of the world, which the project leaves unread)
        found.append((start, end, name, "other"))
        spans.append((start, end))
    return found


_UNIT_LEVELS = rf"(?:xã|phường|thị trấn|huyện|quận|thị xã|TP|thành phố|tỉnh){E}"
"""The level words of a unit written after a comma ('trú Điện Phong, thị xã Điện Bàn')."""
_UNIT_AFTER_A_COMMA = re.compile(rf", {_UNIT_LEVELS}")
_UNIT_CUES = ("Ở", "ở", "Tại", "tại", "Từ", "từ", "đến", "tới", "về", "lên", "xuống", "quê", "trú", "ngụ", "vùng")
"""Words of location before a place with its unit; literals, so that the engine skips ahead to them (their word
start is checked in code)."""
_PLACE_BEFORE_ITS_UNIT = re.compile(rf"(?:{'|'.join(_UNIT_CUES)})(?: tại| ở)? "
                                    rf"(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})(?: \(|, (?={_UNIT_LEVELS}))")
"""A place after a word of location with the unit that holds it in brackets or after a comma and its level word
('Từ Thuận Phước (quận Hải Châu)', 'ở Phú Mỹ Hưng (quận 7)', 'ở Giảng Võ (Hà Nội)', 'vùng Jura Bern (Thụy Sĩ)', 'trú
Điện Phong, thị xã Điện Bàn'): a commune, a ward, a quarter or a town the gazetteer does not hold, of kind other."""
_NOT_A_PLACE_BEFORE_ITS_UNIT = frozenset({*_WORKS, "Núi", "Rạch", "Đền", "Chùa", "Đình", "Phòng", "Viện", "Trường",
                                          "Công ty", "Đội", "Sở"})
"""First words (or two) of what stands before its unit and is no place of the story: a work or a shrine ('Núi Kho
(tỉnh Bắc Ninh)', 'Đền Hệ (Thái Bình)'), a body's head ('Công ty', 'Trường')."""


def _places_before_their_unit(lines_: list[Line],
                              hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str]]:
    """The places of ``_PLACE_BEFORE_ITS_UNIT`` whose bracket or comma is followed by a place read (its level word
    may come first), that no pattern read; not a person ('ở Phan Văn Anh Vũ (Vũ "nhôm")' begins with a family name)
    nor a name opening with an abbreviation ('tại EIB Đô Lương (Nghệ An)')."""
    starts = {hit[0] for hit in hits}
    spans = [(hit[0], hit[1]) for hit in hits]
    found: list[tuple[int, int, str, str]] = []
    for line in lines_:
        if " (" not in line.text and _UNIT_AFTER_A_COMMA.search(line.text) is None:
            continue  # most lines hold no bracket and no level after a comma: one literal scan, not the pattern
        for match in _PLACE_BEFORE_ITS_UNIT.finditer(line.text):
            if not _starts_word(line.text, match.start()) or line.text.endswith("nội ", 0, match.start()):
                continue  # (the cues are literals the engine skips ahead to; 'nội trú': a boarding school)
            opened = line.start + match.end()
            if not any(opened + skip in starts for skip in range(10)):
                continue  # the bracket names no unit read ('(Vũ "nhôm")'); up to 'thị xã ' may come before the unit
                # (after a comma the level word was looked ahead for)
            name = match.group("name")
            first = name.split(" ", 1)[0]
            start, end = line.start + match.start("name"), line.start + match.end("name")
            if first in family_names() or first in _NOT_A_PLACE_BEFORE_ITS_UNIT or first.isupper() and len(first) > 1 \
                    or " ".join(name.split(" ")[:2]) in _NOT_A_PLACE_BEFORE_ITS_UNIT \
                    or _overlaps(start, end, spans):
                continue
            found.append((start, end, name, "other"))
            spans.append((start, end))
    return found


def _districts_after_cues(lines_: list[Line], hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str]]:
    """Districts written without their level word after a word of location ('ở Sóc Sơn', 'từ Hóc Môn'), the districts
    listed after one ('ở Củ Chi, Hóc Môn và Cần Giờ'), and those listed beside a place read or at the other end of a
    route from one ('Long Xuyên, Châu Đốc và nước bạn Campuchia', 'Ninh Bình - Thanh Hoá - Vinh'), when the article
    names the district's province somewhere (inside a body's name too): 'Sóc Sơn' alone is a district of Hà Nội only
    in a story about Hà Nội."""
    codes = frozenset().union(*(province_codes().get(hit[2], frozenset()) for hit in hits))
    starts, ends = {hit[0] for hit in hits}, {hit[1] for hit in hits}
    spans = [(hit[0], hit[1]) for hit in hits]
    pattern = _patterns()["district_after_cue" if codes else "city_after_cue"]  # without a province, only cities
    units = district_units()
    names = _bare_names()
    taken = {hit[0] for hit in hits}
    found = []

    def unit_of(name: str) -> District | None:
        if name in names:
            return None
        found_units = units.get(name, ())
        if name in _cities_alone():
            return found_units[0]  # 'tới Nha Trang', 'ở Phú Quốc': a province's city is known without its province
        return next((unit for unit in found_units if unit.province_code in codes), None)

    for line in lines_:
        for match in pattern.finditer(line.text):
            if line.start + match.start("name") in taken:
                continue
            # a word of location before, or a place read beside it and no read name around it ('Thừa Thiên Huế,
            # Quảng Nam': a province's name holds 'Huế')
            cued = _patterns()["cue_before"].search(line.text, max(0, match.start() - 10), match.start()) or \
                _joined_to_a_place(line.text, match.start("name"), match.end("name"), line.start, starts, ends) and \
                not _overlaps(line.start + match.start("name"), line.start + match.end("name"), spans)
            if not cued and ", " not in line.text[match.end() : match.end() + 2]:
                continue
            unit = unit_of(match.group("name"))
            if unit is None:
                continue
            listed_after = []
            for start, end, item in _enumerated(line.text, match.end()):
                if (listed := unit_of(item)) is None or line.start + start in taken:
                    break
                listed_after.append((line.start + start, line.start + end, item, DISTRICT_KINDS[listed.level]))
            else:
                last = _patterns()["list_comma_last"].match(line.text, listed_after[-1][1] - line.start if listed_after
                                                            else match.end())
                if last is not None and (listed := unit_of(last.group("name"))) is not None:
                    listed_after.append((line.start + last.start("name"), line.start + last.end("name"),
                                         last.group("name"), DISTRICT_KINDS[listed.level]))
            if not cued and len(listed_after) < 2:
                continue  # with no word of location, only a list of three districts of the province is read as places
            found.append((line.start + match.start("name"), line.start + match.end("name"), match.group("name"),
                          DISTRICT_KINDS[unit.level]))
            found.extend(listed_after)
            starts.update(item[0] for item in found[-1 - len(listed_after):])
            ends.update(item[1] for item in found[-1 - len(listed_after):])  # 'Nha Trang - Cam Lâm': a route's next end
            taken.update(item[0] for item in listed_after)  # 'Hoàn Kiếm, Đống Đa, Tây Hồ': the list read once
    if codes and "(" in "".join(line.text for line in lines_):
        # a district of the province named, alone in brackets after a place it holds ('làng đúc đồng Đại Bái (Gia
        # Bình)', 'chùa Đại Bi (Lương Tài)')
        for line in lines_:
            for match in _BARE_BRACKETS.finditer(line.text):
                start = line.start + match.start("name")
                if start not in taken and (unit := unit_of(match.group("name"))) is not None:
                    found.append((start, start + len(match.group("name")), match.group("name"), DISTRICT_KINDS[unit.level]))
                    taken.add(start)
    return found


_BARE_BRACKETS = re.compile(rf"\(\s*(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{0,3}})\s*\)")


def find_places(lines_: list[Line], published: dt.date | None, organisation_spans: list[tuple[int, int]]) -> list[FoundPlace]:
    """Places in order of first mention; ``organisation_spans`` (absolute) keep countries inside names out."""
    patterns = _patterns()
    names = division_names()
    places: dict[tuple[str, str], FoundPlace] = {}
    by_name: dict[str, FoundPlace] = {}
    hits: list[tuple[int, int, str, str | None]] = []
    listed: list[tuple[int, int, str, str]] = []  # districts known from districts.tsv, written without their level
    whole = "\n".join(line.text for line in lines_)
    prefiltered = [key for key, needles in _PREFILTER.items() if any(needle in whole for needle in needles)]
    place_keys = (*(key for key in prefiltered if key in _FIRST_KEYS), "bare", "country",
                  *(key for key in prefiltered if key not in _FIRST_KEYS))
    villages = "làng " in whole or "buôn " in whole or _ban_after_a_location_word(whole)
    islands = "đảo " in whole
    states = "bang " in whole
    zones = any(kind in whole for kind in ("ông nghiệp", "inh tế", "hế xuất", "KCN", "KCX", "KKT", "CCN"))
    streets, street_names = "ường " in whole or "ường:" in whole or "hố " in whole or "ại lộ " in whole, {}
    junctions = "gã " in whole or "iao lộ" in whole or "út giao" in whole
    for line in lines_:
        text = line.text
        taken: list[tuple[int, int]] = []
        adjective_list_end = -1  # where the next item of a list of countries a noun describes begins
        digits = _DIGIT.search(text) is not None  # the numbered places need a number: most lines hold none
        for match in patterns["numbered"].finditer(text) if digits else ():  # 'Quận 5', 'P.12': the number keeps its word
            if not _starts_word(text, match.start()) or match.group("level").casefold() not in NUMBERED_WORDS \
                    or match.group("level") in ("q.", "p."):
                continue
            name = f"{NUMBERED_WORDS[match.group('level').casefold()]} {int(match.group('number'))}"
            kind = _level_kind(match.group("level").casefold())
            hits.append((line.start + match.start(), line.start + match.end(), name, kind))
            taken.append(match.span())
        for match in patterns["numbered_quarter"].finditer(text) if digits and "," in text else ():
            if not _starts_word(text, match.start()) or any(s <= match.start() < e for s, e in taken):
                continue
            name = f"{NUMBERED_QUARTERS[match.group('level').casefold()]} {int(match.group('number'))}"
            hits.append((line.start + match.start(), line.start + match.end(), name, "other"))
            taken.append(match.span())
        for match in patterns["road"].finditer(text) if _may_name_a_road(text) else ():
            if not _starts_word(text, match.start()):
                continue
            word = match.group("word")
            name = f"{ROAD_WORDS.get(word.casefold(), word)} {match.group('number')}"
            hits.append((line.start + match.start(), line.start + match.end(), name, "other"))
            taken.append(match.span())
        for match in patterns["street"].finditer(text) if streets and ("ường " in text or "hố " in text or "ại lộ " in text) \
                else ():
            first = match.start() - 1  # the 'đ' or 'p' the pattern looked back for
            if not _starts_word(text, first) or _STREET_NOT_AFTER.search(text, max(0, first - 6), first):
                continue  # 'thành phố Hà Tĩnh', 'khu phố Tân Lập': a level, not a street
            if _JUNCTION_BEFORE.search(text, max(0, first - 10), first):
                continue  # 'nút giao đại lộ Thăng Long - Phạm Hùng': the junction's two streets, read below
            name = " ".join(match.group("name").split())
            name = street_names.setdefault(_DASH.sub("-", name), name)  # one road, its dash written two ways
            if name in names or name in _countries_and_anh() or name in foreign_places() or name in district_units() \
                    or name == "Sài Gòn" or any(len(word) == 1 and word.isalpha() for word in name.split(" ")) \
                    or _begins_with_a_country(name):
                continue  # 'đường Hồ Chí Minh': the road named after the city; 'phố New York', 'đường Sài Gòn': the city;
                # 'đường Đ T. 741': initials; 'phố Trung Quốc ...': a country's quarter
            start = line.start + match.start("name")
            parts = _streets_at_a_corner(name, text[max(0, first - 6) : first].casefold() == "tuyến ")
            if parts:  # 'đường Huỳnh Ngọc Huệ - Lý Triện': two streets, each named after a person
                for part in parts:
                    offset = text.index(part, match.start("name"))
                    hits.append((line.start + offset, line.start + offset + len(part), street_names.setdefault(part, part),
                                 "other"))
            else:
                hits.append((start, start + len(name), name, "other"))
                # more streets after one street word ('đường Lê Văn Lương và Trần Duy Hưng', 'phố Hàng Bạc, Hàng
                # Buồm'), up to a district, a province or a country, which is the next level of the address
                for item_start, item_end, item in _enumerated(text, match.end("name")):
                    if item in names or item in district_units() or item in _countries_and_anh() \
                            or item in foreign_places() or item.split(" ", 1)[0] in _WORKS:
                        break  # ('đường Trường Sơn, Cầu Phú Mỹ, Sài Gòn 2': the projects listed go on past the street)
                    hits.append((line.start + item_start, line.start + item_end, street_names.setdefault(item, item),
                                 "other"))
                    taken.append((item_start, item_end))
            taken.append((first, match.end()))
        for match in patterns["junction"].finditer(text) if junctions and ("gã " in text or "giao " in text) else ():
            if not _starts_word(text, match.start() - 1):
                continue
            for group in ("first", "second"):
                name = match.group(group)
                if name in names or name in _countries_and_anh() or name in foreign_places() or name == "Sài Gòn":
                    continue  # a city or a country at the end of a road ('ngã ba Đông Dương'), as for streets
                name = street_names.setdefault(name, name)
                hits.append((line.start + match.start(group), line.start + match.end(group), name, "other"))
            taken.append((match.start() - 1, match.end()))
        # an industrial park or an economic zone is named without its kind ('Khu công nghiệp Vân Trung 2' is 'Vân
        # Trung 2', 'Khu kinh tế Dung Quất' 'Dung Quất'), as the annotations name it, unless that would make it a
        # province's or a country's namesake ('Khu công nghiệp Quảng Ngãi'); the mention keeps the kind
        for match in patterns["zone"].finditer(text) if zones else ():
            abbreviated = match.group("name")[:3] in ("KCN", "KCX", "KKT", "CCN")
            if not _starts_word(text, match.start()) or not abbreviated and match.group("name")[1:3] not in ("hu", "ụm"):
                continue
            head = match.group("name").split()
            kind_words = 1 if abbreviated else 3
            name = " ".join(head[kind_words:])
            if name in names or name in _countries_and_anh():
                if abbreviated:
                    continue  # 'KCN Quảng Ngãi': the province's park, named by its province, which is read as a place
                name = " ".join([head[0].capitalize(), head[1].lower(), head[2].lower(), *head[3:]])
            hits.append((line.start + match.start(), line.start + match.end(), name, "other"))
            taken.append(match.span())
        for match in patterns["district_abbreviated"].finditer(text) if _may_abbreviate_a_level(text) else ():
            if _starts_word(text, match.start()) and (district := _abbreviated_district(match)):
                hits.append((line.start + district[0], line.start + district[1], district[2], district[3]))
                taken.append(match.span())
        for match in patterns["state"].finditer(text) if states else ():
            if not _starts_word(text, match.start()) or \
                    text[max(0, match.start() - 5) : match.start()].casefold() == "liên ":
                continue  # 'liên bang': federal
            name = _state_name(match.group("name"))
            if name in _countries_and_anh():
                continue  # 'các bang Mỹ': the country, read as one
            start = match.start("name")
            hits.append((line.start + start, line.start + start + len(name), name, "other"))
            taken.append((match.start(), start + len(name)))
            if _PLURAL_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                # 'các bang Washington và Minnesota': the plural names every state of the list
                position = start + len(name)
                while (item := _LIST_ITEM.match(text, position)) and \
                        (name := _state_name(item.group("name"))) not in _countries_and_anh():
                    hits.append((line.start + item.start("name"), line.start + item.start("name") + len(name), name,
                                 "other"))
                    taken.append((item.start("name"), item.start("name") + len(name)))
                    position = item.start("name") + len(name)
        for match in patterns["island"].finditer(text) if islands and "đảo " in text else ():
            if text[max(0, match.start() - 6) : match.start() - 1].casefold().endswith(("bán ", "đông ")):
                continue  # 'bán đảo Triều Tiên': a peninsula, whose country is read as the place; 'đông đảo': many
            name = match.group("name")
            if name in names or name in places_abroad():
                continue  # 'đảo Hải Nam', 'đảo Guam': read as the place already
            units = district_units().get(name, ())
            kind = DISTRICT_KINDS[units[0].level] if len(units) == 1 else "other"  # 'huyện đảo Lý Sơn' is a district
            hits.append((line.start + match.start("name"), line.start + match.end("name"), name, kind))
            taken.append(match.span())
        for match in patterns["village"].finditer(text) if villages and (
                "làng " in text or "buôn " in text or _ban_after_a_location_word(text)) else ():
            if text[max(0, match.start() - 4) : match.start()].casefold() == "già ":
                continue  # 'già làng A Jáp': a village elder and his name
            if match.group("craft") and match.group("name") in _countries_and_anh():
                continue  # 'làng cổ Việt Nam': the country's villages
            hits.append((line.start + match.start("name"), line.start + match.end("name"), match.group("name"), "other"))
            taken.append(match.span())
        for match in patterns["prefixed"].finditer(text):
            if not _starts_word(text, match.start()) or any(s <= match.start() < e for s, e in taken):
                continue
            if region := _REGION.match(text, match.start("name")):
                # 'các tỉnh Bắc Bộ', 'các tỉnh Bắc bộ': the provinces of a region, which is no province ('Bắc')
                hits.append((line.start + region.start(), line.start + region.end(), region.group(0), "other"))
                taken.append((match.start(), region.end()))
                continue
            name = names.get(match.group("name"), match.group("name"))
            level = match.group("level")
            if level == "thôn" and text.endswith("nông ", 0, match.start()):
                continue  # 'Phát triển nông thôn Nguyễn Xuân Cường': the countryside of a ministry's field, no hamlet
            if level.endswith(".") and level[0].isupper() and level != "TP." and name not in names.values() and \
                    _SENTENCE_BEFORE.search(text[max(0, match.start() - 2) : match.start()]):
                continue  # 'TP. Đây là ...': a sentence ends after the abbreviation
            if level in ("TP.", "Tp.") and name not in names.values() and (
                    len(name.split(" ")) < 2 and not _one_syllable_city(name) or patterns["body_or_title_start"].match(name)
                    or name.split(" ")[0] in NOT_NAME_WORDS):
                continue  # 'TP. Sau đó ...' ends a sentence; 'TP. Nha Trang', 'TP. Hạ Long', 'TP. Vinh' are provincial
                # cities
            if len(name.split(" ")) < MIN_SYLLABLES.get(level.casefold(), 1) or len(name) == 1:
                continue  # 'P. X.K.': a person's initials after an abbreviated level, no ward 'X'
            kind = _level_kind(level)
            hits.append((line.start + match.start("name"), line.start + match.end("name"), name, kind))
            taken.append(match.span())
            if kind != "province" and kind != "city":
                for start, end, item in _enumerated(text, match.end()):
                    hits.append((line.start + start, line.start + end, item, kind))
                    taken.append((start, end))
            if kind in LOCAL_KINDS and (district := patterns["district_in_brackets"].match(text, match.end())) and \
                    district.group("name") not in names:  # 'xã Phú Phúc (Lý Nhân, Hà Nam)': the district, then the province
                hits.append((line.start + district.start("name"), line.start + district.end("name"), district.group("name"),
                             "district"))
                taken.append(district.span("name"))
        # 'các xã, phường thuộc TP.HCM, gồm: A, B, C', 'các phường lân cận như A, B', 'những đảo lớn như A, B, C'
        listed_units = ":" in text or (" như " in text and _LEVELS_LISTED.search(text) is not None)
        for match in patterns["list_intro"].finditer(text) if listed_units else ():
            if not _starts_word(text, match.start()) \
                    or text[match.start() : match.start() + 3] not in ("các", "cấp", "gồm", "nhữ"):
                continue
            first = patterns["list_first"].match(text, match.end())
            if first is None or first.group("name") in names:
                continue
            kind = _level_kind(match.group("level"))
            for start, end, item in [(first.start("name"), first.end("name"), first.group("name")),
                                     *_enumerated(text, first.end())]:
                if not any(s <= start < e for s, e in taken):
                    hits.append((line.start + start, line.start + end, item, kind))
                    taken.append((start, end))
        for match in patterns["street_list"].finditer(text) if streets and _STREETS_LISTED.search(text) else ():
            first = patterns["list_first"].match(text, match.end())
            if first is None or not _starts_word(text, match.start()) or \
                    first.group("name") in names and not _listed_on(text, first.end(), names):
                continue  # a street that shares a district's name opens a list of streets ('Hai Bà Trưng, Trần Hưng Đạo')
            for start, end, item in [(first.start("name"), first.end("name"), first.group("name")),
                                     *_enumerated(text, first.end())]:
                if item in _countries_and_anh() or item in foreign_places():
                    break
                if not any(s <= start < e for s, e in taken):
                    hits.append((line.start + start, line.start + end, street_names.setdefault(item, item), "other"))
                    taken.append((start, end))
        addresses = [*(patterns["address_street"].finditer(text) if digits and _LEVEL_AFTER_A_COMMA.search(text) else ()),
                     *(_cued_addresses(text) if digits and _MAY_CUE_AN_ADDRESS.search(text) else ())]
        for match in addresses:
            start, end = match.span("name")
            name = match.group("name")
            if name in names or name in _countries_and_anh() or name.split(" ", 1)[0] in CAPITAL_LEVELS \
                    or any(s <= start < e for s, e in taken) or _NOT_A_HOUSE_NUMBER.search(text, max(0, start - 24), match.end() - len(name)):
                continue
            hits.append((line.start + start, line.start + end, street_names.setdefault(name, name), "other"))
            taken.append((start, end))
        dateline = patterns["dateline"].match(text) if text[:2].isupper() else None
        if dateline and (name := _names_in_capitals().get(dateline.group("name"))):
            hits.append((line.start, line.start + dateline.end("name"), name, None))
            taken.append(dateline.span("name"))
        for key in place_keys:
            if key in _PREFILTER and not any(needle in text for needle in _PREFILTER[key]):
                continue
            for match in patterns[key].finditer(text):
                start, end = match.span()
                if not _starts_word(text, start):
                    continue
                if any(s <= start < e for s, e in taken) or (
                        patterns["capital_before"].search(text[max(0, start - 12):start])
                        and not patterns["preposition_before"].search(text, max(0, start - 11), start)
                        and not _after_a_compass_word(text, start, end)):
                    continue  # 'Nguyễn Việt Nam', but 'Ở Việt Nam' at a sentence start, 'phía Bắc Tanzania'
                if key in _PREFILTER:
                    start, end = match.span("name")
                    if key == "continent" and patterns["continent_before"].search(text, max(0, start - 16), start):
                        continue
                    if key in ("capital", "strait") and (match.group("name") in names
                                                         or match.group("name") in _countries_and_anh()):
                        continue  # 'thủ đô Hà Nội': the gazetteer's; 'thủ đô Phần Lan': the country's capital, unnamed;
                        # 'eo biển Đài Loan': the strait shares the country's name, which is read as the country
                absolute = (line.start + start, line.start + end)
                if key != "bare" and any(s <= absolute[0] < e for s, e in organisation_spans):
                    continue
                if key == "country" and text[max(0, start - 5) : start].casefold() == "châu ":
                    continue  # 'châu Mỹ': a continent, not the country
                if key == "country" and _COUNTRY_IN_A_WORD.match(text, start):
                    continue  # 'báo Pháp luật', 'Mỹ nhân' at a headline's start: a word, no country
                if key == "country" and match.group("name") in world_regions():
                    continue  # 'Trung Đông', 'Nam Mỹ': a region, no place; matched so that 'Mỹ' in it is no country
                if key != "bare" and patterns["person_before"].search(text, max(0, start - 6), start):
                    continue  # 'ông Đức': a person's given name
                if key != "bare" and (patterns["adjective_before"].search(text, max(0, start - 16), start)
                                      or key == "country" and start == adjective_list_end):
                    # a list after the noun goes on describing it ('visa Mỹ, Canada và Úc', 'hàng Nhật, Hàn')
                    adjective_list_end = _next_list_item(text, end)
                    continue
                if key == "country" and text[end : end + 1] == ")" and _ENTERPRISE_BEFORE_BRACKETS.search(
                        text, max(0, start - 90), start):
                    continue  # 'Tập đoàn Tycoons (Đài Loan)': the investor's origin
                if key == "country" and _CONTEST_OR_DAY_BEFORE.search(text, max(0, start - 32), start):
                    continue  # 'Hoa hậu Trái đất Việt Nam 2025': a contest's name, no place of the story
                if key in ("bare", "country") and (_MINIATURE_AFTER.match(text, end) or _VESSEL_NUMBER.match(text, end)
                                                   and _VESSEL_BEFORE.search(text, max(0, start - 30), start)):
                    continue  # 'Singapore thu nhỏ', 'tàu khảo sát Hải Dương 8'
                if key == "country" and (_WAR_OR_ERA_BEFORE.search(text, max(0, start - 40), start)
                                         or _WAR_OR_ERA_AFTER.match(text, end)):
                    continue  # 'kháng chiến chống Pháp', 'thời Pháp thuộc': a war's enemy, an era
                if key == "country" and match.group("name") in _capitals() and _stands_for_a_government(text, start, end):
                    continue  # 'Washington cáo buộc Tehran': the government, no place of the story
                name = names.get(match.group("name"), match.group("name"))
                kind = _KEY_KINDS.get(key) or (foreign_places().get(name, "country") if key != "bare" else None)
                if key == "continent":
                    name = "c" + name[1:]
                elif key == "sea":  # 'biển Đông' is named 'Biển Đông', 'vịnh Bắc bộ' 'Vịnh Bắc Bộ', as listed
                    name = _sea_forms().get(name[0].upper() + name[1:], name[0].upper() + name[1:])
                hits.append((absolute[0], absolute[1], name, kind))
                taken.append((start, end))
                if key == "bare" and (district := _district_before(text, start, match.group("name"))) and \
                        not any(s <= district[0] < e for s, e in taken):
                    listed.append((line.start + district[0], line.start + district[1], district[2], district[3]))
                    taken.append((district[0], district[1]))
    listed.extend(_districts_after_cues(lines_, [*hits, *listed]))
    hits.extend(_regions_after_cues(lines_, [*hits, *listed]))
    hits.extend(_section_ends(lines_, [*hits, *listed]))
    hits.extend(_common_word_countries_listed(lines_, hits))
    hits.extend(_places_before_their_country(lines_, [*hits, *listed]))
    hits.extend(_places_before_their_unit(lines_, [*hits, *listed]))
    # a district's kind in the list is the one of 2025; the level the article writes elsewhere is the one of its date
    written_kinds = {name: kind for _, _, name, kind in hits if kind is not None}
    hits.extend((start, end, name, written_kinds.get(name, kind)) for start, end, name, kind in listed)
    hits.sort()
    starts = [line.start for line in lines_]
    synonyms, first_forms = country_synonyms(), {}
    for start, end, name, kind in hits:
        if name in synonyms:  # 'Hoa Kỳ' then 'Mỹ': one country, under the form written first
            name = first_forms.setdefault(synonyms[name], name)
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
    for place in places.values():
        forms = {mention.text for mention in place.mentions}
        if len(forms) == 1 and (form := next(iter(forms))) != place.name and names.get(form) == place.name \
                and (form in with_old_tone_marks([place.name]) or _letters(form) == _letters(place.name)):
            # 'Khánh Hoà' in the old tone placement, 'Đăk Lăk' with other marks, throughout: named as written
            place.name = form
    return sorted(places.values(), key=lambda place: place.mentions[0].span.start)


@lru_cache(maxsize=1)
def _leader_before() -> re.Pattern[str]:
    levels = alternation(["tỉnh", "thành phố", "TP.", "TP", "huyện", "quận", "thị xã", "xã", "phường"])
    return re.compile(rf"(?<![\w])(?:[Pp]hó\s+)?(?:[Bb]í thư|[Cc]hủ tịch)\s+(?:{levels}\s+)?$")


def _may_follow_a_leader(before: str) -> bool:
    """Whether the text before a mention holds 'Bí thư' or 'Chủ tịch' at all: most do not, and ``_leader_before``,
    which begins with a look-behind and so is tried at each of the thirty positions, is then not searched."""
    return "í thư" in before or "ủ tịch" in before


@lru_cache(maxsize=1)
def _title_before_a_country() -> re.Pattern[str]:
    """A title of ``titles.txt`` written with the country whose post it is ('Tổng thống Mỹ', 'Ngoại trưởng
    Campuchia', 'Đại sứ Nhật Bản'), a ministry's field between ('Bộ trưởng Ngoại giao Mỹ'): any head, as
    'Bí thư' and 'Chủ tịch' before a province, so a new post in the list needs no second list here."""
    heads = alternation(title_heads(), ignore_case=True)
    # the look-ahead on the heads' first letters skips the positions no title begins at before the look-behind is tried
    first_letters = "".join(sorted({case(head[0]) for head in title_heads() for case in (str.lower, str.upper)}))
    return re.compile(rf"(?=[{first_letters}])(?<![\w])(?i:{heads})(?:\s+(?:{alternation(department_fields())}))?\s+$")


def in_titles(lines_: list[Line], found: list[FoundPlace]) -> list[tuple[int, int]]:
    """Spans of place mentions that only complete a leader's title ('Bí thư tỉnh Sóc Trăng', 'Chủ tịch huyện X',
    'Bí thư Lạng Sơn'): like a place inside a body's name, not a place of the story. A numbered ward or district
    ('Phó chủ tịch phường 7') is kept: it is written as in an address, and the annotations list it."""
    starts = [line.start for line in lines_]
    spans = []
    for place in found:
        for mention in place.mentions:
            line = lines_[bisect.bisect_right(starts, mention.span.start) - 1]
            offset = mention.span.start - line.start
            if not mention.text[-1:].isdigit() and _may_follow_a_leader(line.text[max(0, offset - 30) : offset]) \
                    and _leader_before().search(line.text, max(0, offset - 30), offset):
                spans.append((mention.span.start, mention.span.end))
            elif place.kind == "country" and _title_before_a_country().search(line.text, max(0, offset - 60), offset):
                spans.append((mention.span.start, mention.span.end))
    return spans


def outside(found: list[FoundPlace], spans: list[tuple[int, int]]) -> list[FoundPlace]:
    """The places named at least once outside the given spans (the organisations' mentions)."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]

    def inside(mention: Mention) -> bool:
        index = bisect.bisect_right(starts, mention.span.start) - 1
        while index >= 0:
            start, end = ordered[index]
            if start <= mention.span.start and mention.span.end <= end:
                return True
            if end <= mention.span.start and index > 0 and ordered[index - 1][1] <= start:
                break
            index -= 1
        return False

    return [place for place in found if not all(inside(mention) for mention in place.mentions)]


def to_models(found: list[FoundPlace], published: dt.date | None) -> list[Place]:
    places, used = [], set()
    for item in found:
        identifier = f"place-{slug(item.name)}"
        identifier = unique_id(f"{identifier}-{item.kind}" if identifier in used else identifier, used)
        code = None
        if item.kind in ("province", "city"):
            division = division_for(division_names().get(item.name, item.name), published)
            if division is not None and division.kind == item.kind:
                code = division.code
        places.append(Place(id=identifier, name=item.name, kind=item.kind, code=code, mentions=item.mentions))
    return places

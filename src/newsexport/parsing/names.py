"""The grammar of written Vietnamese names of bodies and positions, shared by organisations and titles.

An organisation or a title is a head ('Ban', 'Bộ trưởng') followed by name tokens: capitalised words (one
lowercase syllable may follow a capitalised one, as in 'Dân vận', unless it is a function word), all-capital
abbreviations ('MTTQ', 'GD-ĐT'), the field of a ministry read whole ('Giáo dục và Đào tạo', 'Văn hóa, Thể thao
và Du lịch'), a province from the gazetteer, 'và' and a capitalised word that begins no other body, title, rank,
person or place ('Sở Khoa học và Công nghệ'), an administrative level with its place ('tỉnh Sơn La'), a bare
level at the end ('Công an tỉnh'), one of the lowercase connectors of ``organization_connectors.txt``, a number
('Đội CSGT số 5', 'Khu vực 2 - TP.HCM', 'cấp cao tại Đà Nẵng', 'phường 9', 'quận 2'; a unit's number that no
lowercase word follows, so it counts nothing: 'Quân khu 7', 'Binh đoàn 20 - ...', 'Bệnh viện Quân y 4 ('), a dash and a capitalised field word
('Tài chính - Kế toán'), a one-word brand ('OceanBank'), or a country after 'Việt Nam tại' ('Đại sứ quán
Việt Nam tại Anh'). A title may name any known body or head in any case
('Chủ tịch Hội nông dân xã X', 'Hiệu trưởng trường THPT ...').
A field word of ``organization_descriptors.txt`` ('điều tra') goes on only after a capitalised word with its
lowercase syllable ('Cảnh sát điều tra'), never after a proper name ('Công an Quang Châu điều tra ...').
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import (
    ABBREVIATION, B, CAP_SYLLABLE, E, LOW_SYLLABLE, LOWER, UPPER, alternation, district_units, division_names, lines,
    lowercase_stops, table, with_old_tone_marks,
)

ADMIN_LEVELS = {
    "tỉnh": "province", "thành phố": "city", "TP.": "city", "TP": "city", "Tp.": "city", "Tp": "city",
    "huyện": "district", "huyện đảo": "district", "quận": "district", "thị xã": "town", "thị trấn": "town",
    "xã": "commune", "phường": "ward", "đặc khu": "other", "P.": "ward", "Q.": "district", "TX.": "town",
    "TX": "town", "TT.": "town",
    "khu phố": "other", "tổ dân phố": "other", "thôn": "other", "khu": "other", "xóm": "other", "ấp": "other",
}
"""Administrative words written before a place name, and the kind of place they name."""
BARE_LEVELS = ("tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường")
NOT_NAME_WORDS = ("Khóa", "Khoá", "Kỳ", "Nhiệm kỳ", "Lần", "Đến", "Tại", "Theo", "Trước", "Sau", "Ngày", "Sáng",
                  "Chiều", "Tối", "Một", "Các", "Những", "Hiện", "Khi", "Để", "Trong", "Với", "Đây", "Đó", "Dịp", "Ảnh",
                  "Như", "Thành lập", "Là", "Ông")
"""Capitalised words that follow a body's name without being part of it: a term ('HĐND TP. Hồ Chí Minh Khóa X')
or the first word of the next sentence when a caption swallowed the full stop ('Công an tỉnh Hưng Yên Đến ...') or
after an abbreviated level ('Đảng bộ TP. Ông Nghĩa ...')."""
NOT_AFTER_A_NAMES_NUMBER = frozenset({*BARE_LEVELS, "thị", "năm", "tháng", "ngày", "hôm", "tuổi", "lần", "hơn", "gần",
                                      "khoảng", "nay", "qua", "kỳ", "nhiệm kỳ", "khu vực", "các", "những"})
"""Stops that, after a number, make it an amount or a time rather than the end of a name ('Hội Nông dân 3 xã', 'Bộ
Công an 5 năm qua', '... 2 lần')."""
DEPARTMENT_HEADS_BEFORE_A_LOWER_CASE_FIELD = ("Vụ", "Cục", "Phòng", "Ban", "Sở", "Viện", "Trung tâm", "Tổng cục",
                                             "Chi cục")
"""Heads of a ministry's or a province's departments, after which the articles often write the field in lower case
('Vụ tổ chức cán bộ', 'Sở y tế Tp HCM'): a known field is read there as in its capitalised form."""
LOWER_CASE_FIELD_HEADS = (*(head for head in DEPARTMENT_HEADS_BEFORE_A_LOWER_CASE_FIELD if head != "Vụ"), "Hội", "Đội")
"""Heads after which an unlisted field is read in lower case when a place ends it (``field_before_a_place``): the
department heads and 'Hội', 'Đội'; not 'Vụ', which heads a case as often ('Vụ án ... tỉnh X')."""
NOT_AN_AMOUNT = r"(?!\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|đồng|USD|người|%)(?![\w]))"
"""After a number: it is no amount ('phường 9' is a ward, but 'của phường 5 triệu đồng' is money)."""
PARTY_COMMITTEES = {"tỉnh ủy": "province", "thành ủy": "city", "huyện ủy": "district", "quận ủy": "district",
                    "thị ủy": "town"}
PARTY_COMMITTEES.update({key.replace("ủy", "uỷ"): kind for key, kind in PARTY_COMMITTEES.items()})
"""Party committees of a level; the old tone placement ('Thành uỷ') is written too."""


@lru_cache(maxsize=1)
def organization_heads() -> tuple[str, ...]:
    """The heads of ``organization_heads.txt`` in both tone placements ('Tòa án', 'Toà án')."""
    return tuple(with_old_tone_marks(lines("organization_heads.txt")))


@lru_cache(maxsize=1)
def bare_organization_heads() -> frozenset[str]:
    """The heads casefolded, spaces collapsed: a name that is only a head names a kind of body ('Tòa án nhân dân'),
    and a title held in one ('Chủ tịch Tập đoàn') names no body yet."""
    return frozenset(" ".join(head.split()).casefold() for head in organization_heads())


@lru_cache(maxsize=1)
def known_organizations() -> tuple[str, ...]:
    """The names of ``organizations.txt`` in both tone placements ('Ủy ban Kiểm tra Trung ương', 'Uỷ ban ...')."""
    return tuple(with_old_tone_marks([*lines("organizations.txt"), *lines("international_organizations.txt"),
                                      *lines("enterprises.txt"), *lines("national_bodies.txt")]))


@lru_cache(maxsize=1)
def party_families() -> tuple[str, ...]:
    """The family names of the parties abroad that ``organizations.txt`` knows ('Cộng hòa' of 'Đảng Cộng hòa')."""
    return tuple(name[5:] for name in known_organizations() if name.startswith("Đảng ") and name.split()[1].istitle())


@lru_cache(maxsize=1)
def closed_organizations() -> frozenset[str]:
    """Casefolded names that nothing written after continues (``international_organizations.txt``, ``enterprises.txt``,
    ``national_bodies.txt``)."""
    return frozenset(" ".join(name.split()).casefold() for name in [*lines("international_organizations.txt"),
                                                                    *lines("enterprises.txt"), *lines("national_bodies.txt")])


@lru_cache(maxsize=1)
def department_fields() -> tuple[str, ...]:
    """The fields of the ministries ('Giáo dục và Đào tạo', 'Văn hóa, Thể thao và Du lịch'), which name their
    departments too ('Sở Giáo dục và Đào tạo tỉnh X', 'Phòng Tài nguyên và Môi trường'): read whole, because
    they hold commas, 'và' before a family name ('Đào') and verbs ('Phát triển'), also with '&' for 'và' ('Sở Tài
    nguyên & Môi trường'); and the other fields with lowercase
    words that name departments and companies (``organization_fields.txt``: 'Phòng chống thiên tai', 'Bất động sản')."""
    ministries = [name[len("Bộ "):] for name in lines("organizations.txt") if name.startswith("Bộ ") and " " in name[len("Bộ "):]]
    with_ampersand = [field.replace(" và ", " & ") for field in ministries if " và " in field]  # 'Giáo dục & Đào tạo'
    return tuple(with_old_tone_marks([*ministries, *with_ampersand, *lines("organization_fields.txt")]))


def dash_folded(name: str) -> str:
    """A name with its en dashes written as hyphens: writers mix the two in one article ('Sở Văn hóa – Thể thao',
    'Sở Văn hóa - Thể thao'), so a body or a title written both ways is one."""
    return name.replace("–", "-")


LOWERCASE_ONLY_LEVELS = frozenset({"xóm", "ấp"})
"""Hamlet words that begin place names when capitalised ('phường Xóm Chiếu'): a level only in lower case."""


def level_alternation() -> str:
    """Administrative words, each also with a capital first letter (sentence starts)."""
    forms = set(ADMIN_LEVELS)
    forms |= {level[0].upper() + level[1:] for level in ADMIN_LEVELS if level not in LOWERCASE_ONLY_LEVELS}
    return alternation(forms)


@lru_cache(maxsize=1)
def province_alternation() -> str:
    return alternation(division_names())


@lru_cache(maxsize=2)
def country_alternation(with_england: bool = False) -> str:
    """The countries of ``countries.txt`` as one alternation; 'Anh' (England) only where the caller's context makes
    it the country ('Việt Nam tại Anh', 'Thượng viện Anh'), since it is a given name and a pronoun too."""
    return alternation([*lines("countries.txt"), *(["Anh"] if with_england else [])])


FOREIGN_BODY_WORDS = frozenset({
    "Times", "Post", "News", "Journal", "Herald", "Tribune", "Division", "Group", "Inc", "Corp", "Corporation",
    "Company", "University", "College", "Institute", "Center", "Centre", "Foundation", "Bank", "Airlines", "Airways",
    "Motors", "Holdings", "Club", "League", "Union", "Agency", "Council", "Committee", "Party", "Army", "Force",
    "Department", "Office", "Ministry", "Hospital", "School", "Rouge", "City", "United"})
"""Last words of foreign bodies' and places' names ('The Colombo Times', 'Surgery Division', 'Baton Rouge')."""


_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


@lru_cache(maxsize=8192)
def foreign_word(word: str) -> bool:
    """A capitalised word written in plain letters that no Vietnamese syllable is spelt like ('Sorin',
    'Grindeanu'; not 'Nam', 'Kim', nor a word with Vietnamese marks), and no initial ('W')."""
    return word.isascii() and len(word) > 1 and _VIETNAMESE_SYLLABLE.fullmatch(word.casefold()) is None and \
        any(letter in "aeiouy" for letter in word)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The countries of ``countries.txt``, as written there."""
    return frozenset(lines("countries.txt"))


@lru_cache(maxsize=1)
def multi_word_countries() -> tuple[str, ...]:
    return tuple(country for country in lines("countries.txt") if " " in country)


@lru_cache(maxsize=1)
def place_run() -> str:
    """A place name after an administrative word: a gazetteer name, else up to four capitalised syllables and
    an optional number ('khu Từ Liêm 3'); a capitalised administrative word begins the next place ('xã Hạ Bằng
    Phường Thanh Xuân' is two)."""
    level = r"(?:Phường|Xã|Huyện|Quận|Tỉnh|Thị xã|Thị trấn|Thành phố|TP)(?![\w])"
    # a district or a city whose name begins with a province's is read whole ('TP. Điện Biên Phủ', not 'Điện Biên')
    provinces = division_names()
    longer = [name for name in district_units() if any(name.startswith(province + " ") for province in provinces)]
    return (rf"(?:{alternation([*provinces, *longer])}{E}"
            rf"|{CAP_SYLLABLE}(?: (?!{level}){CAP_SYLLABLE}){{0,3}}(?: \d{{1,2}}(?![\d/.,]\d))?{E})")


@lru_cache(maxsize=1)
def name_token() -> str:
    """One token of a body's or a title's name (see the module docstring)."""
    connectors = alternation(lines("organization_connectors.txt"))
    stops = alternation(lowercase_stops())
    bare = alternation(BARE_LEVELS)
    descriptors = alternation(lines("organization_descriptors.txt"))
    not_joined = alternation([*organization_heads(), *title_heads(), *lines("ranks.txt"), *lines("family_names.txt"),
                              *lines("document_kinds.txt"), *division_names()], ignore_case=True)
    not_joined_capital = rf"(?!(?i:{not_joined}){E})(?!(?:{alternation(NOT_NAME_WORDS)}|Phó|Trưởng|Kiêm){E}){CAP_SYLLABLE}"
    fields = alternation(department_fields(), ignore_case=True)
    # a field is read with its first letter capitalised, or in lower case right after a department's head
    # ('Vụ tổ chức cán bộ', 'Phòng cảnh sát hình sự', 'Trung tâm y tế quận Thanh Khê', 'Chi cục thi hành án dân sự')
    department_after = "|".join(f"(?<={head} )" for head in DEPARTMENT_HEADS_BEFORE_A_LOWER_CASE_FIELD)
    # after 'và', a body known by itself, a brand or a foreign house begins a second body ('Bộ Tài chính và Chính
    # phủ', 'Ủy ban An toàn giao thông quốc gia và Heineken Việt Nam', 'Bộ Tư pháp và Thượng viện')
    bodies_of_their_own = alternation([*known_organizations(), *lines("brands.txt"), "Hạ viện", "Thượng viện"])
    # an abbreviated level whose full stop ends the sentence names no place ('Phòng GD-ĐT TP. Trong năm học ...')
    sentence_after_level = rf"(?!(?:TP|H|Q|P|TX)\.\s+(?:{alternation(NOT_NAME_WORDS)}){E})"
    return (
        # a word of syllables glued by hyphens or an apostrophe ('Việt-Đức', 'Mercedes-Benz', 'L’Héritage') is one
        # word, but for a title glued to a name ('Trường Chinh-Tổng Bí thư'); one lowercase syllable may follow
        # ('Mỏ-Địa chất'; not 'Xanh-Pôn cấp cứu')
        rf"(?:(?=[{UPPER}][{LOWER}]*[-’'])(?!(?:{alternation(NOT_NAME_WORDS)}){E}){CAP_SYLLABLE}"
        rf"(?:[-’'](?!(?i:{alternation(title_heads(), ignore_case=True)}){E})[{UPPER}{LOWER}][{LOWER}]*)+{E}"
        rf"(?:\s+(?!(?:{stops}|{connectors}){E}){LOW_SYLLABLE}{E}(?!\s+[{LOWER}]))?"
        rf"|(?:(?=[{UPPER}])|{department_after})(?i:{fields}){E}"
        # an unlisted field in lower case after a capitalised head, read only where a place, the country or a police
        # body ends it ('Phòng văn hoá thông tin huyện Cần Đước', 'Hội nghệ sĩ múa Việt Nam', 'Đội hình sự Công an
        # quận Cầu Giấy'); not the words that make the head a common word ('Hội nghị', 'Phòng chống', 'Sở hữu')
        rf"|{field_before_a_place()}"
        # a field that goes on in lower case to the national level that ends it ('Trung tâm Chẩn đoán thú y trung
        # ương', 'Ban Tiếp công dân trung ương'): read whole only there, as a place ends the run above
        rf"|{field_before_national_level()}"
        rf"|[Kk]hu vực\s+(?:\d{{1,2}}|[IVX]{{1,4}}){E}(?:\s+[-–]\s*{province_alternation()}{E})?"
        rf"|[Cc]ấp cao tại\s+{province_alternation()}{E}"
        # a Vietnamese body abroad: 'Đại sứ quán Việt Nam tại Nhật Bản', 'Hiệp hội ... Việt Nam tại Anh'; and a
        # country's envoy or body in another ('Đại sứ Cuba tại Việt Nam', 'Đại sứ quán Mỹ tại Nhật Bản')
        rf"|tại(?:{'|'.join(f'(?<={re.escape(country)} tại)' for country in lines('countries.txt'))})"
        rf"\s+(?:{country_alternation(with_england=True)}){E}"
        rf"|số\s+\d{{1,3}}{E}(?![.,/-]\w)"
        rf"|{connectors}{E}"
        rf"|[-–]\s*{not_joined_capital}(?:\s+(?!{stops}{E}){LOW_SYLLABLE})?{E}"
        # ('Đảng Dân chủ và Đảng Cộng hòa' are two parties, 'Chính phủ Mỹ và Arab Saudi' two governments; 'Báo Thế
        # giới và Việt Nam' is one paper; 'Chính phủ và Chương XI của Thông tư ...' cites a chapter)
        rf"|và\s+(?!(?i:{not_joined}){E})(?!(?:Đảng|Phụ lục|(?!Việt Nam){country_alternation()}|{bodies_of_their_own}){E}"
        rf"|(?:Chương|Điều|Khoản|Mục)\s+(?:\d|[IVXLC]+{E}))"
        # (a listed field after 'và' is read whole: 'Công ty cổ phần Môi trường và Đô thị Huế')
        rf"(?:(?=[{UPPER}])(?i:{fields}){E}|{CAP_SYLLABLE}(?:\s+(?!{stops}{E}){LOW_SYLLABLE}(?:\s+{descriptors}{E})?)?{E})"
        rf"|{sentence_after_level}{level_alternation()}\s+{place_run()}"
        rf"|{province_alternation()}{E}"
        rf"|TP\.{province_alternation()}{E}"  # 'UBND TP.Hà Nội': the city glued to the abbreviation
        rf"|{sentence_after_level}(?:TP|H|Q|P|TX)\.\s?{place_run()}"  # 'Công an H.Cần Giờ', 'UBND H. Phù Mỹ': a level abbreviated
        rf"|T\.Ư{E}"  # 'Ủy ban T.Ư MTTQ': Trung ương abbreviated
        rf"|Tối cao{E}"  # 'Tòa án Tối cao Mỹ': 'Tối' alone is the evening and begins no name ('Tối 24/1')
        # 'Trung tâm Hoa Kỳ': the country, whose 'Kỳ' alone begins no name ('Kỳ họp'); 'Hội đồng Nhân quyền Liên hợp
        # quốc', whose 'quốc' the name grammar would leave
        rf"|(?:Hoa|Thổ Nhĩ) Kỳ{E}|Liên [Hh]ợp [Qq]uốc{E}"
        rf"|(?:[Qq]uốc [lL]ộ|QL)\s*\d{{1,3}}[A-Z]?{E}"  # 'Trạm CSGT Quốc lộ 1A': a road in a station's name
        rf"|(?:THPT|THCS)\s+chuyên{E}"
        rf"|{ABBREVIATION}(?:[-–]{ABBREVIATION}|\s[-–&]\s{ABBREVIATION}(?=[\s),.;:]|$))*(?![\w])"  # 'GD-ĐT', 'TN - MT', 'LĐ - TB & XH'
        rf"|(?:[Pp]hường|[Qq]uận|[PQ]\.)\s*\d{{1,2}}{E}(?![.,/]\d){NOT_AN_AMOUNT}"  # 'UBND Q.2', 'Công an P.12'
        # a number ends a name before punctuation, a capital or a verb ('Bệnh viện Quân y 103 đã', 'Công ty Sông Đà 5
        # cho biết'), but before a level, a time or a count it is an amount ('Hội Nông dân 3 xã', '... 5 năm qua')
        rf"|\d{{1,3}}{E}(?![.,/]\d)(?=\s*(?:[-–(),;:]|\.(?:\s|$)|$)|\s+và\s|\s+[{UPPER}]"
        rf"|\s+(?:{alternation(lowercase_stops() - NOT_AFTER_A_NAMES_NUMBER)}){E})"
        rf"|(?:[{UPPER}][{LOWER}]+){{2,3}}{E}"
        # a capitalised word and one lowercase syllable, which does not begin a connector ('Ballet quốc gia Cuba':
        # 'quốc gia' goes on the name whole)
        # two fields glued by a hyphen ('Sở Văn hóa-Thể thao', 'Sở Lao động-Thương binh và Xã hội') are read on
        rf"|(?!{alternation(NOT_NAME_WORDS)}{E}){CAP_SYLLABLE}(?:\s+(?!(?:{stops}|{connectors}){E}){LOW_SYLLABLE}"
        rf"(?:[-–](?!(?i:{not_joined}){E}){CAP_SYLLABLE}(?:\s+(?!(?:{stops}|{connectors}){E}){LOW_SYLLABLE})?{E})?"
        rf"(?:\s+{descriptors}{E})?)?{E}"
        rf"|(?!xã hội{E}){bare}{E}(?!\s+[{UPPER}])"  # a bare level ('Công an xã'), not 'xã hội' (social)
        # a ministry written in lower case after its unit ('Thanh tra bộ GTVT', 'Cơ quan cảnh sát điều tra bộ Công an')
        rf"|bộ(?=\s+(?:{ministry_fields()}){E}))"
    )


@lru_cache(maxsize=1)
def field_before_national_level() -> str:
    """A run of lower-case words inside a name that 'trung ương' or 'quốc gia' ends ('... Chẩn đoán thú y trung
    ương'): the level closes the field, as a place closes one in ``field_before_a_place``."""
    stops = alternation([*lowercase_stops(), *lines("organization_connectors.txt"),
                         *lines("field_head_common_words.txt")])
    word = rf"(?!(?:{stops}|{alternation([*ADMIN_LEVELS, 'phố'])}|trung|quốc){E}){LOW_SYLLABLE}{E}"
    # the look-ahead on a lower-case letter fails at once where a capitalised word stands, before the stops are tried
    return rf"(?=[{LOWER}])(?<=[{LOWER}] ){word}(?:\s+{word}){{0,4}}\s+(?:trung ương|quốc gia){E}"


@lru_cache(maxsize=1)
def field_before_a_place() -> str:
    """A run of lower-case words right after a capitalised head of ``LOWER_CASE_FIELD_HEADS`` that a place, 'Việt
    Nam' or a police body ends: the place is read as the name's next token, so the run names one body only there."""
    # not after a plural ('các Phòng thương mại thành phố London' are the city's chambers in general)
    after = "|".join(f"(?<=(?<!các )(?<!những ){head} )" for head in LOWER_CASE_FIELD_HEADS)
    stops = alternation([*lowercase_stops(), *lines("organization_connectors.txt"),
                         *lines("field_head_common_words.txt")])
    levels = alternation([*ADMIN_LEVELS, "phố"])
    word = rf"(?!(?:{stops}|{levels}){E}){LOW_SYLLABLE}{E}"
    return (rf"(?:{after}){word}(?:\s+{word}){{0,4}}"
            rf"(?=\s+(?:{level_alternation()}\s+{place_run()}|{province_alternation()}{E}|Việt Nam{E}|Công an{E}))")


@lru_cache(maxsize=1)
def ministry_fields() -> str:
    """What names a ministry after 'bộ' in lower case (``organization_lowercase_heads.tsv``): 'Công an', 'GTVT'."""
    followers = next(followers for head, followers, *_ in table("organization_lowercase_heads.tsv") if head == "bộ")
    return alternation(followers.split(";"))


@lru_cache(maxsize=1)
def lowercase_head() -> str:
    """A head written in lower case that names one body because of what follows it
    (``organization_lowercase_heads.tsv``): 'công an tỉnh X', 'phòng Cảnh sát ...', 'trường THPT ...'."""
    heads_by_followers: dict[tuple[str, str], list[str]] = {}
    for head, followers, *before in table("organization_lowercase_heads.tsv"):
        key = (followers.strip(), before[0].strip() if before else "")
        heads_by_followers.setdefault(key, []).extend(with_old_tone_marks([head]))
    options = []
    for (followers, not_after), heads in heads_by_followers.items():
        # checked after the head, so that the engine only looks back where a head was written
        words_before = "".join(rf"(?<!{re.escape(word)} {re.escape(head)})"
                               for word in not_after.split(";") if word for head in heads)
        after = []
        for follower in followers.split(";"):
            if follower == "<place>":
                after += [rf"{level_alternation()}\s+{place_run()}", rf"{province_alternation()}{E}"]
            elif follower == "<abbreviation>":  # not a level's ('ngân hàng TP. HCM' is a city's banks)
                after.append(rf"(?!(?:TP|TX){E}){ABBREVIATION}")
            elif follower == "<number>":  # a unit's number ('lữ đoàn 123', 'sư đoàn số 17')
                after.append(r"(?:số\s+)?\d{1,3}(?![\d.,/])")
            elif follower == "<country>":  # a country ('tòa án Ba Lan'), England among them
                after.append(rf"(?:{country_alternation(with_england=True)}){E}")
            elif follower == "<name>":  # a capitalised word that is no clause word ('bệnh viện Chợ Rẫy')
                after.append(rf"(?!{alternation(NOT_NAME_WORDS)}{E}){CAP_SYLLABLE}{E}")
            elif follower == "<brand>":  # the same, but no country or province, which make the head generic
                # ('tập đoàn Daimler', 'đại học Harvard'; not 'các công ty Nhật Bản', 'đại học Mỹ', 'công ty Nhà nước')
                not_brands = alternation([*NOT_NAME_WORDS, *lines("countries.txt"), *division_names(), "Anh", "Nhật", "Nhà"])
                after.append(rf"(?!(?:{not_brands}){E}){CAP_SYLLABLE}{E}")
            else:  # a listed word in both tone placements ('phòng Văn hóa', 'phòng Văn hoá')
                after.append(alternation(with_old_tone_marks([follower])) + E)
        options.append(rf"{alternation(heads)}{words_before}(?=\s+(?:{'|'.join(after)}))")
    # every head at once first, one prefix tree that most words fail at their first letters, before the heads of each
    # set of followers are tried one set after another
    every_head = alternation([head for heads in heads_by_followers.values() for head in heads])
    return rf"(?=[{lowercase_head_letters()}]){B}(?=(?:{every_head})\s)(?:{'|'.join(options)})"


@lru_cache(maxsize=1)
def lowercase_head_letters() -> str:
    """The first letters of the lowercase heads, for a character class."""
    heads = with_old_tone_marks([head for head, *_ in table("organization_lowercase_heads.tsv")])
    return "".join(sorted({head[0] for head in heads}))


@lru_cache(maxsize=1)
def title_phrase() -> str:
    """A position title: a head from ``titles.txt`` (any case: 'Phó Giám đốc', 'phó giám đốc', 'Phó tổng Biên
    tập') and the name of the body it is held in, which may be a known body written in any case ('Chủ tịch Hội
    nông dân xã X') or a country of several words read whole ('Tổng thống Thổ Nhĩ Kỳ', whose 'Kỳ' alone would end
    a name; one word is read as any name word, so 'Cục Mỹ thuật' stays whole)."""
    heads = alternation(title_heads(), ignore_case=True)
    known = alternation([*known_organizations(), *organization_heads()], ignore_case=True)
    # the look-ahead on the heads' first letters lets the engine skip the positions no title begins at before it
    # tries the look-behind (a search for a title ending a prefix tries every position of the prefix)
    first_letters = "".join(sorted({case(head[0]) for head in title_heads() for case in (str.lower, str.upper)}))
    return (rf"(?=[{first_letters}]){B}(?i:{heads}){E}(?:\s+(?:(?=[{UPPER}])(?i:{known}){E}|(?=[{UPPER}])(?:{alternation(multi_word_countries())}){E}"
            rf"|{lowercase_head()}|{name_token()}))*")


@lru_cache(maxsize=1)
def rank_alternation() -> str:
    return alternation(lines("ranks.txt"), either_case_first=True)


@lru_cache(maxsize=1)
def title_head_regex() -> re.Pattern[str]:
    return re.compile(rf"{B}(?i:{alternation(title_heads(), ignore_case=True)}){E}")


@lru_cache(maxsize=1)
def title_heads() -> tuple[str, ...]:
    """The heads of ``titles.txt`` in both tone placements ('Ủy viên', 'Uỷ viên')."""
    return tuple(with_old_tone_marks(lines("titles.txt")))

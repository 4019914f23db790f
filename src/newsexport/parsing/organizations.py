"""Organisations: a known full name, or a head ('Bộ', 'Ban', 'Công an', 'UBND') with the rest of a name.

Heads are read in both tone placements ('Tòa án', 'Toà án'). A head written in lower case names a body only
with what follows it ('phòng Cảnh sát hình sự Công an tỉnh X', 'cơ quan CSĐT', 'trường THPT ...'; not
'Văn phòng', 'thị trường', 'cơ quan công an'). A company's legal form may be followed by its trade in lower case
('Công ty cổ phần cảng Quy Nhơn'); after the proper name of a school or a company, a lowercase word the sentence
goes on from is its verb ('Công ty Thiên Thanh khai thác ...').

Bare provincial bodies ('Công an tỉnh', 'Ban Dân vận tỉnh ủy') take the place the article is speaking of
(the nearest place of that level before them, else the article's main one) and keep the bare form as an alias.
'Trung ương MTTQ Việt Nam' is only ever a short form of the body with the shortest name ending with it; with no
such body, 'Ủy viên Trung ương Đảng Cộng sản Trung Quốc' names the party. A bare name that is the beginning of
two different bodies ('Ban Dân vận') is ambiguous and left out. A name with abbreviations ('UBND tỉnh X',
'Trung tâm TDTT Q. Bình Thạnh') is an alias of the written-out name in the same article.

Not organisations: generic mentions ('lực lượng công an', 'Công an cấp xã', 'TAND khu vực', 'Mặt trận Tổ quốc
xã, phường'), a head alone ('Tòa án nhân dân', 'Ban Biên tập'), and a head inside a capitalised place name
('An Hội Đông'). A name stops before a head that opens the next sentence ('... Trung ương Ban đã'), before a
dash between two proper names ('Bộ Quốc phòng Mỹ - Nhật'), and after a numbered regional unit with its city
('Phòng THADS Khu vực 2 - TP.HCM').
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Organization, Span
from newsexport.parsing.gazetteer import (
    ABBREVIATION, B, CAP_SYLLABLE, E, LOWER, UPPER, alternation, district_units, division_names, divisions, expand,
    family_names, lines,
    lowercase_stops, single_syllable_stops, slug,
    with_old_tone_marks,
)
from newsexport.parsing.names import (
    BARE_LEVELS, FOREIGN_BODY_WORDS, NOT_NAME_WORDS, PARTY_COMMITTEES, bare_organization_heads, closed_organizations,
    country_alternation, dash_folded, department_fields, foreign_word, known_organizations,
    lowercase_head, lowercase_head_letters, party_families,
    level_alternation, ministry_fields, name_token, organization_heads, place_run, province_alternation, title_heads,
)
from newsexport.parsing.joined_fields import joined_fields
from newsexport.parsing.media import cited_as_source, in_a_credit, is_media, press_of_a_country
from newsexport.parsing.name_ends import without_trailing_verb
from newsexport.parsing.places import FoundPlace, country_synonyms, foreign_places, places_abroad
from newsexport.parsing.segment import Line

_ABBREVIATION_WORD = re.compile(ABBREVIATION)
_ANY_BEFORE = re.compile(r"(?<![\w])(?:[Mm]ột|[Cc]ác|[Mm]ỗi|[Nn]hiều)\s+$")
PAIRED_NAME_HEADS = ("Bệnh viện", "Trung tâm")
"""Heads whose proper name may be two words joined by a dash ('Bệnh viện Sản - Nhi', 'Bệnh viện Việt - Đức')."""
SHORT_FORM_HEAD = "Trung ương"
STANDING_HEAD = "Thường trực "
FIELD_HEADS = ("Ngân hàng TMCP", "Phòng", "Ban", "Cục", "Chi cục", "Tổng cục", "Vụ", "Viện", "Học viện", "Hội", "Sở",
               "Trường ĐH", "Trường Đại học", "Trung tâm", "Quỹ", "Hiệp hội", "Tập đoàn", "Tổng công ty", "Bệnh viện",
               "Bảo tàng", "Tổ chức", "Cơ quan", "Ủy ban", "Uỷ ban", "Cảng vụ")
"""Heads whose field, begun with a capital, may go on in lower case before the place that ends the name, as a
company's trade does before its proper name ('Sở Quy hoạch kiến trúc Hà Nội', 'Phòng Thương mại công nghiệp Nhật
Bản', 'Hiệp hội Vận tải ôtô Việt Nam', 'Bệnh viện Chấn thương chỉnh hình TP. HCM'), also after a dash between two
fields ('Phòng Thương mại - công nghiệp Việt Nam', 'Trường ĐH Ngoại ngữ - tin học TP. HCM'), or before its short name in
brackets ('Trung tâm Nghiên cứu chiến lược quốc tế (CSIS)')."""
_FIELD_HEAD_LETTERS = "".join(sorted({head[0] for head in FIELD_HEADS}))
_SHORT_NAME_AFTER = r"\(\s*[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*\s*\)"
"""An abbreviation in brackets, two capitals or more ('(CSIS)', '(VNPT-Net)'): the short name that closes a body's
name."""
PARENTS_AFTER = ("Bộ", "Tổng cục", "Sở", "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Công an", "Viện Hàn lâm", "Đại học",
                 "ĐH", "Học viện", "Tập đoàn", "Tổng công ty")
"""Heads of the parent bodies written after a department in brackets or after a comma ('Cục Quản lý khám chữa bệnh
(Bộ Y tế)'): the department's field may go on in lower case up to them."""
COMPANY_HEADS = ("Công ty cổ phần", "Công ty CP", "Công ty TNHH", "Công ty TNHH MTV", "Tổng công ty cổ phần", "Nhà máy",
                 "Xí nghiệp", "Cty cổ phần", "Cty CP", "Cty TNHH", "CTCP", "Tổng CTCP")
"""Companies by their legal form, and plants, whose trade may follow in lower case before the proper name ('Công
ty cổ phần cảng Quy Nhơn', 'Công ty TNHH thương mại Hoàng Long', 'Nhà máy dệt Thống Nhất')."""
TRADE_HEADS = ("Công ty", "Tổng công ty", "Cty", "Tổng Cty", "Tập đoàn", "Ngân hàng", "Trung tâm", "Viện", "Học viện",
               "Quỹ", "Ủy ban", "Uỷ ban", "Tổng cục", "Tổng Cục", "Cục", "Chi cục", "Văn phòng", "Sở", "Ban",
               "Bệnh viện", "Lữ đoàn", "Sư đoàn", "Trung đoàn", "Tiểu đoàn", "Hiệp hội", "Đài")
"""Heads that name no legal form and whose trade, in lower case, may come before the proper name, the place or the
short name in brackets that ends the body's name ('Công ty cấp nước Sài Gòn', 'Viện nghiên cứu Peterson'); 'Đài'
heads broadcasters, weather and coast stations and observatories ('Đài truyền hình kỹ thuật số VTC', 'Đài khí tượng
thuỷ văn khu vực Nam bộ', 'Đài quan sát nhân quyền Syria')."""
NOT_TRADES = ("thương mại", "đô thị", "hội nghị", "triển lãm", "mua sắm", "văn hóa", "văn hoá", "thể thao", "tài chính",
              "cổ phần", "trách nhiệm", "trưởng", "phó", "trợ", "hữu", "dĩ", "đầu", "hành", "lãnh đạo",
              "chấm thi", "coi thi", "giám khảo", "tuyển sinh", "giám hiệu", "giám đốc", "tổng giám đốc",
              "tưởng niệm", "hóa thân", "hoá thân")
"""What after a head of ``TRADE_HEADS`` is no trade: a 'Trung tâm' of the first trades is a building, a venue or a
planned district ('Trung tâm thương mại Vincom', 'Trung tâm tài chính quốc tế', 'Trung tâm đô thị ...'), a 'Đài'
of the first a memorial or a crematorium ('Đài tưởng niệm liệt sĩ ...', 'Đài hóa thân ...'), like a
park (the bodies that run them write their trade with a capital); legal forms are read by the company pattern;
'Viện trưởng', 'Viện trợ', 'Sở hữu', 'Sở dĩ', 'Ban đầu', 'Ban hành' are words of their own (but 'đầu tư',
investment, is a trade); 'Ban lãnh đạo X' is X's leadership; exam and admission boards are set up for one event; a
school's or a company's board names the body after it (``_BOARD``)."""
NOT_AGENCY_TRADES = ("chức năng", "chuyên môn", "chức trách", "nhà nước", "thẩm quyền", "liên quan", "báo chí",
                     "hành chính", "quản lý", "chủ quản", "công an", "cảnh sát", "an ninh", "điều tra", "thuế",
                     "hải quan", "y tế", "này", "đó", "ngoại giao", "thường trực", "tư pháp", "tiến hành", "tố tụng",
                     "thi hành", "chủ trì", "đơn vị", "đại diện", "chủ", "trung ương", "địa phương", "cấp", "các")
"""What after 'Cơ quan' is no agency's trade but a kind of authority ('Cơ quan chức năng Mỹ', 'Cơ quan điều tra ...',
read by the police patterns, 'Cơ quan đại diện' of a body): 'Cơ quan' takes a lowercase trade up to its country or
proper name otherwise ('Cơ quan phát triển quốc tế Nhật Bản', 'Cơ quan bảo vệ môi trường Mỹ')."""
NEW_WORDS = frozenset({"mới"})
"""A stop elsewhere (the adverb 'just'), the adjective 'new' inside a trade or a field ('Năng lượng mới', 'Vật liệu
mới')."""
MANAGEMENT = frozenset({"quản lý"})
"""A stop of names where it is the verb to manage, the noun management inside a trade ('Ban quản lý dự án ...')."""
TRADE_STOPS = ("nhất", "lớn", "phía")
"""Words a trade does not hold, besides the lowercase stops: a superlative ('Công ty ... lớn nhất nước') and a
direction ('Lữ đoàn phía bắc ...') describe a body and do not name it."""
JOINT_WORDS = re.compile(r"\s(?:liên [Cc]hính phủ|hợp tác|[Hh]ữu nghị|hỗn hợp)\s")
"""Words that make a body one of two countries, whose pair then ends its name ('Ủy ban hợp tác Lào - Việt Nam'), where
two names joined by a dash are otherwise two bodies ('Bộ Quốc phòng Mỹ - Nhật')."""
LOWERCASE_OFFICES = ("phòng ",)
"""Lowercase heads of offices that every district and police force has: they name one office only with its
place or its force ('phòng Giáo dục huyện X', 'phòng Cảnh sát hình sự Công an tỉnh Y')."""
LOWERCASE_INSTITUTES = ("viện ",)
"""Lowercase heads that name a body only with more than their field ('viện Nghiên cứu Mỹ', not 'viện Nghiên cứu')."""
LOWERCASE_ENTERPRISES = ("công ty ", "tổng công ty ", "tập đoàn ", "ngân hàng ", "đại học ", "hãng ")
"""Lowercase heads of enterprises and universities ('tập đoàn Daimler', 'đại học Harvard'): they name one body only
when the name they take ends a proper name (``_ends_a_brand``)."""
_NEXT_LOWER_WORD = re.compile(rf"\s+([{LOWER}]+)(?![\w])")
LEGISLATIVE_HOUSES = ("Hạ viện", "Thượng viện")
"""The houses of a foreign parliament, written bare or with their country only ('Hạ viện', 'Thượng viện Mỹ',
'Hạ viện Anh'): a name or a verb after them ('Chủ tịch Hạ viện John Bercow', 'Hạ viện Mỹ thông qua') is no part
of the body."""
PRODUCT_WORDS = ("xe", "ô tô", "ôtô", "chiếc", "máy bay", "điện thoại", "smartphone", "siêu thị", "cửa hàng", "chip",
                 "CPU", "mẫu", "dòng", "hiệu", "mã", "rừng", "rừng rậm", "sông", "ứng dụng", "trình duyệt", "ví", "vé",
                 "xổ số")
"""Words before a brand that make it a product, a model, a shop or a place ('xe Toyota', 'chip Intel', 'siêu thị
Walmart', 'rừng Amazon'), not the company (``brands.txt``)."""
LEVEL_KINDS = {"tỉnh": "province", "thành phố": "city", "TP": "city", "huyện": "district", "quận": "district",
               "thị xã": "town", "xã": "commune", "phường": "ward"}


@dataclass
class Candidate:
    written: str
    start: int
    end: int
    name: str
    short_form: bool = False
    needs_place: bool = False
    """A party committee written alone ('Huyện uỷ', 'Thường vụ Tỉnh ủy'): a body only once its place is known."""


@dataclass
class FoundOrganization:
    name: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def absorb(self, other: FoundOrganization) -> None:
        """Take over the forms and mentions of another entry found to name the same body."""
        self.forms.extend(other.forms)
        self.mentions.extend(other.mentions)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    token = name_token()
    closed_names = closed_organizations()
    known = alternation([name for name in known_organizations() if " ".join(name.split()).casefold() not in closed_names],
                        ignore_case=True)
    closed = alternation([name for name in known_organizations() if " ".join(name.split()).casefold() in closed_names],
                         ignore_case=True)
    heads = alternation(organization_heads(), ignore_case=True)
    lower_closed = [name for name in known_organizations() if name[:1].islower()]
    lower_first = "".join(sorted({name[0] for name in lower_closed}))
    bare_end = alternation([*BARE_LEVELS, *PARTY_COMMITTEES], either_case_first=True)
    single_heads = alternation([head for head in organization_heads() if " " not in head and head.istitle()])
    company = alternation([*COMPANY_HEADS, "Tổng công ty"], ignore_case=True)
    trade_company = alternation([*COMPANY_HEADS[:5], *COMPANY_HEADS[7:], "Công ty", "Tổng công ty", "Cty", "Tổng Cty",
                                 "Trung tâm"], ignore_case=True)
    field_heads = alternation(FIELD_HEADS, ignore_case=True)
    parties = alternation(["Đảng " + family for family in party_families()], ignore_case=True)
    fields = alternation(department_fields(), ignore_case=True)
    stops = alternation(lowercase_stops())
    # inside a trade or a field 'mới' is the adjective new ('Công ty TNHH Năng lượng mới Thâm Quyến'), not the adverb
    trade_stops = alternation(lowercase_stops() - NEW_WORDS - MANAGEMENT)
    committees = alternation([level[0].upper() + level[1:] for level in PARTY_COMMITTEES])
    # 'dự', 'phát' and 'các' are stops, but 'dự báo' (forecast) and 'phát triển' (development) are trades and 'các
    # nhà' (the makers of) begins an association's ('Trung tâm dự báo khí tượng thủy văn', 'Cơ quan phát triển quốc
    # tế Nhật Bản', 'Hiệp hội các nhà sản xuất xe hơi VN')
    # what a management board manages: projects, zones, services ('Ban quản lý dự án Thăng Long', 'Ban Quản lý các
    # khu công nghiệp tỉnh X'), where 'dự' and 'các' are otherwise stops
    plural_trade = rf"(?<=[Qq]uản lý )(?:dự án{E}|các(?=\s+(?:khu|KCN|dự án|công trình|dịch vụ){E}))"
    # 'phát', 'thị' and 'xã' are stops (the verb, levels), but 'phát triển' (development), 'phát điện' (power
    # generation), 'đô thị' (urban) and 'xã hội' (social) are trades
    # ('Tổng công ty đầu tư và phát triển nhà Hà Nội', 'Tổng công ty phát điện 2')
    trade_phrases = rf"(?:dự báo|các nhà|phát triển|phát điện|đô thị|xã hội){E}"
    trade_word = rf"\s+(?:{trade_phrases}|{plural_trade}|(?!(?:{trade_stops}|{alternation(TRADE_STOPS)}){E})[{LOWER}]+)"
    # a bank's or a national body's branch ('NHNN chi nhánh Long An', 'Eximbank chi nhánh TP. HCM')
    branch = rf"\s+[Cc]hi nhánh\s+(?:(?:{level_alternation()})\s+|TP\.?\s*)?{place_run()}"
    return {
        "organisation": re.compile(
            # the first look-ahead rejects most positions before the look-behind; a head in lower case is tried
            # first, and the other branches, which all begin with a capital, only after a capital
            rf"(?=[{UPPER}{lowercase_head_letters()}{lower_first}]){B}(?:(?P<lower>{lowercase_head()})(?:\s+{token})+"
            # a party abroad by its family's name after 'đảng' in lower case ('ứng viên đảng Cộng hòa')
            rf"|(?=đảng\s+[{UPPER}])(?i:(?P<lower_party>{parties}))(?:\s+{token})*"
            # a closed name written with a lowercase particle first ('al-Qaeda'), complete like the others
            rf"|(?P<lower_closed>{alternation(lower_closed)}){E}"
            # a club by its name and 'FC' ('Hà Nội FC', 'Sahako FC'; not a licence class, 'Hạng FC', nor the word
            # for a match or a team before it)
            rf"|(?=[{UPPER}])(?:(?P<club>(?!(?:Hạng|Trận|Đội|CLB|Sân|Cầu)\s)(?:[{UPPER}][\w.]*\s+){{1,3}}FC){E}"
            # a known body's branch ('Ngân hàng Nhà nước chi nhánh TP. HCM', '... Việt Nam chi nhánh Nghệ An'), as a short
            # name's below, else the tokens that go on its name; the look-ahead keeps the tokens from being read twice
            # where no branch follows
            rf"|(?i:(?P<known>{known}))(?:(?=[^.,;:]{{0,40}}?\s[Cc]hi nhánh\s)(?:\s+{token}){{0,3}}?{branch}|(?:\s+{token})*)"
            # an international body or an enterprise by its short name: complete, nothing after it continues it
            rf"|(?i:(?P<closed>{closed})){E}(?P<region>\s+[Kk]hu vực\s+(?:\d{{1,2}}|[IVX]{{1,4}}){E}"
            rf"|{branch})?"
            # a company by its brand, where no model follows ('Samsung', 'Heineken Việt Nam'; not 'Boeing 777')
            rf"|(?P<brand>{alternation(lines('brands.txt'))}){E}(?:\s+(?:{country_alternation()}){E}|{branch})?"
            rf"(?!\s*[-–]?\s*[{UPPER}\d])"
            rf"|(?P<house>{alternation(LEGISLATIVE_HOUSES)}(?:\s+(?:{country_alternation(with_england=True)}))?){E}"
            # a trade in lower case, 'và' inside it ('Công ty cổ phần đầu tư và khoáng sản Hợp Thành', 'Xí nghiệp chế
            # biến nông lâm sản Sông Hiếu')
            rf"|(?=[CTNX])(?i:{company})(?:\s+{trade_phrases}|\s+(?!{trade_stops}{E})[{LOWER}]+|\s+và(?=\s+[{LOWER}])){{1,7}}(?=\s+[{UPPER}])(?:\s+{token})+"
            # a police unit named by its field in lower case, then its force ('Phòng cảnh sát cơ động Công an tỉnh
            # X', 'Đội cảnh sát hình sự Công an quận Y')
            rf"|(?:Phòng|Đội)\s+(?:cảnh sát|an ninh|kỹ thuật hình sự)(?:\s+(?!{stops}{E})[{LOWER}]+){{0,4}}"
            rf"\s+Công an\s+(?:{level_alternation()}\s+{place_run()}|(?:TP\.?\s*)?{province_alternation()}{E})"
            # a country's army ('Quân đội Israel'; 'quân đội Mỹ' in lower case uses the country as an adjective)
            rf"|Quân đội\s+(?:{country_alternation()}){E}"
            # a party abroad by its short or foreign name ('Đảng BJP', 'Đảng Pheu Thai'; checked in candidates())
            rf"|(?P<party>Đảng)(?=\s+[{UPPER}])(?!\s+(?:[IVXLC]+|Nhà nước|Trung ương|Cộng sản){E})(?:\s+{token})+"
            # a trade begun with a capital and going on in lower case before the proper name or number ('Công ty CP Lọc
            # hóa dầu Bình Sơn', 'Tổng công ty Xây lắp dầu khí Việt Nam', 'Trung tâm Giám định pháp y TP. HCM',
            # 'Trung tâm Kỹ thuật đường bộ 1'), also after a field read whole ('Tổng công ty Đầu tư phát triển đường
            # cao tốc Việt Nam', where 'phát' is a stop elsewhere)
            rf"|(?=[CT])(?i:{trade_company})\s+(?:(?=[{UPPER}])(?i:{fields}){E}|[{UPPER}][{LOWER}]*)"
            rf"(?:\s+{trade_phrases}|\s+(?!{trade_stops}{E})[{LOWER}]+"
            # (a second field after 'và' may be capitalised too: 'Công ty CP Quản lý và Xây dựng công trình giao thông')
            rf"|\s+và(?=\s+[{LOWER}])|\s+và\s+[{UPPER}][{LOWER}]*(?=\s+(?!{trade_stops}{E})[{LOWER}]+\s+[{LOWER}]))"
            rf"{{2,9}}(?=\s+[{UPPER}\d])(?:\s+{token})+"
            # the same after other heads, ending with the place that ends the name ('Sở Quy hoạch kiến trúc Hà Nội',
            # 'Hội Kiểm toán hành nghề Việt Nam', 'Viện Kiểm nghiệm thuốc T.Ư'), and nothing after it but a city
            # or a country abroad ('Hội Sinh viên Việt Nam TP. Hà Nội', 'Hội Doanh nhân Việt Nam tại Anh'; not 'Cục
            # Điều tra liên bang Mỹ Christopher Wray')
            rf"|(?=[{_FIELD_HEAD_LETTERS}])(?i:{field_heads})\s+[{UPPER}][{LOWER}]*"
            rf"(?:\s+(?:[-–]\s+)?(?:{plural_trade}|(?!{trade_stops}{E})[{LOWER}]+)){{1,5}}"
            rf"\s+(?:(?:(?:tỉnh|thành phố)\s+|TP\.?\s*)?{province_alternation()}|{country_alternation()}|VN|T\.Ư"
            # ('Cơ quan Tình báo Trung ương Mỹ', 'Bệnh viện Tâm thần Trung ương I')
            rf"|Trung ương(?:\s+(?:{country_alternation()}|[IVX]{{1,4}}|\d{{1,3}}))?){E}"
            rf"(?:\s+(?:TP\.?\s*)?{province_alternation()}{E}|\s+tại\s+(?:{country_alternation(with_england=True)}){E})?"
            # or up to its parent, written after it in brackets, after a comma or after a dash ('Cục Tài chính doanh
            # nghiệp (Bộ Tài chính)', 'Vụ Hợp tác quốc tế, Bộ Tư pháp', 'Cục Công nghệ thông tin và chuyển đổi số (Bộ
            # Tài chính)', 'Cục Tài chính doanh nghiệp - Bộ Tài chính'), or up to its short name in brackets
            rf"|(?=[{_FIELD_HEAD_LETTERS}])(?i:{field_heads})\s+[{UPPER}][{LOWER}]*(?:\s+(?!{trade_stops}{E})[{LOWER}]+|\s+và(?=\s+[{LOWER}])){{1,8}}"
            rf"(?=\s*(?:(?:\(\s*(?:thuộc\s+)?|,\s+|[-–]\s+){alternation(PARENTS_AFTER)}{E}|{_SHORT_NAME_AFTER}))"
            # the same after a head that names no legal form, begun with a capital: the trade is read only up to a
            # proper name, a place or an abbreviation in brackets ('Tập đoàn dầu khí Việt Nam', 'Ngân hàng xuất
            # nhập khẩu Trung Quốc', 'Tập đoàn hóa chất (Vinachem)'); a mall or a hall is a venue ('Trung tâm
            # thương mại ...')
            # ('Hội đồng kỷ luật phường 9', 'Hội đồng giám sát ổn định tài chính Mỹ'; an exam board, 'Hội đồng thi
            # tỉnh X', is set up for one event)
            rf"|(?P<trade>(?<![Pp]hân |Tổng )(?:{alternation(TRADE_HEADS)}|Hội đồng(?!\s+thi{E})"
            rf"|Cơ quan(?!\s+(?:{alternation(NOT_AGENCY_TRADES)}){E}))"
            rf"(?!\s+(?:{alternation(NOT_TRADES)}){E}(?<!đầu(?=\stư{E})))"
            rf"{trade_word}(?:{trade_word}|\s+và(?=\s+[{LOWER}])){{0,7}})"
            rf"(?:(?=\s+(?:[{UPPER}\d]|số\s+\d|(?:{level_alternation()})\s+[{UPPER}\d]))"
            rf"(?:\s+(?:{country_alternation()})(?:\s*[-–]\s*(?:{country_alternation()}))?{E}|\s+{token})+"
            rf"|\s+\((?P<trade_short>[{UPPER}][\w&-]+)\)"
            # or national or central in lower case ('Uỷ ban an toàn giao thông quốc gia', 'Trung tâm dự báo khí
            # tượng thuỷ văn trung ương')
            rf"|\s+(?:quốc gia|trung ương){E}(?!\s+[{UPPER}]))"
            rf"|(?i:{heads})(?:\s+{token})+"
            # 'Cơ quan' heads an agency's name ('Cơ quan Năng lượng Nguyên tử Quốc tế'); before 'Công an' or an
            # abbreviation it is the common noun ('Cơ quan Công an quận X', 'Cơ quan BHXH')
            rf"|Cơ quan(?!\s+(?:Công an|[{UPPER}]{{2,}}){E})(?:\s+{token})+"
            rf"|(?P<committee>(?:Thường (?:vụ|trực)\s+)?{committees}){E}(?!\s+viên{E})))"),  # 'Tỉnh uỷ viên' is a title
        # what a national committee is of, named with a capital ('Uỷ ban quốc gia về Chính phủ điện tử')
        "about": re.compile(rf"\s+về(?=\s+[{UPPER}])(?:\s+(?!(?:{alternation(NOT_NAME_WORDS)}){E}){token})+"),
        # what after 'Vụ' makes it a case, not a department: a title ('Vụ Phó chánh Thanh tra ...')
        "incident_after": re.compile(rf"(?:Phó|Chánh|Giám đốc|Chủ tịch|Bí thư|Trưởng|Cựu|Nguyên|Thứ trưởng|Bộ trưởng){E}"),
        "bare_end": re.compile(rf"(?:(?<=\s)|^)(?P<level>{bare_end})$"),
        "generic_before": re.compile(r"(?:lực lượng|[Ll]ực lượng)\s+$"),
        "placed": re.compile(rf"\s(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[{UPPER}\d]|(?:TP\.?\s*)?"
                             rf"{province_alternation()}{E})"),
        # ('VKSND Cấp cao' with a capital names the superior procuracy; 'TAND cấp cao' is a kind of court)
        # ('Tòa án liên bang', 'Tòa phúc thẩm liên bang' with no country or circuit: some federal court)
        "level_only": re.compile(r"\s(?:(?i:cấp (?:tỉnh|huyện|xã|cơ sở)|khu vực)|cấp cao)$|^T(?:òa|oà)\s.*\sliên bang$"),
        "trailing_head": re.compile(rf"(?<=\s)[{LOWER}]\w*(?P<cut>\s+(?:{single_heads}))$"),
        "word_before": re.compile(rf"(?:^|(?P<boundary>[.!?:;(\"“”\-–]\s*)|\s)(?P<word>[{UPPER}][{LOWER}]*)\s+$"),
        "province": re.compile(rf"{B}{province_alternation()}{E}"),
        "office_of_a_place": re.compile(rf"{B}(?:tỉnh|thành phố|TP|huyện|quận|thị xã|Công an){E}|{province_alternation()}"),
        "hyphen": re.compile(r"\s*[-–]\s*(?=[^\W\d])"),
        "country_pair": re.compile(rf"{B}(?:{country_alternation()})\s*[-–]\s*(?:{country_alternation()}){E}"),
        "field_before": re.compile(rf"[{UPPER}][{LOWER}]*\s+[{LOWER}]+$"),
        "numbered_end": re.compile(rf"[Kk]hu vực\s+\S+\s+[-–]\s*{province_alternation()}{E}"),
        "plural_after": re.compile(r"\s+các\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|địa phương|cấp|bộ, ngành)(?![\w])"),
        "level_list_after": re.compile(r"\s*,\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\w])"),
        "level_after": re.compile(r"(?:\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){0,4}"
                                 r"\s+cấp (?:tỉnh|huyện|xã)(?![\w])"),
        "title_before": re.compile(rf"(?:{_title_words()})\s+$"),
        "title_in_clause": re.compile(rf"(?<![\w])(?:{alternation(title_heads(), either_case_first=True)})\s"),
        # a title or a role before a body, so a person's name may follow the body ('Chủ tịch Ngân hàng ECB Mario
        # Draghi', 'thượng nghị sĩ Đảng Cộng hòa Lindsey Graham')
        "person_cue_before": re.compile(rf"(?:{_title_words()}|nghị sĩ|phát ngôn viên|người phát ngôn|lãnh đạo"
                                        rf"|quan chức)\s+$"),
        # a country whose name holds a head ('Đài Loan', 'Tây Ban Nha'), or a place whose name begins with one
        # ('Hội An', 'Đài Bắc', 'Vụ Bản'); found over the few words around a head
        "country": re.compile(rf"(?<![\w])(?:{country_alternation()}|{alternation(_places_with_a_head())}){E}"),
        # 'Trường' and one syllable is a person's or a place's name ('Trường Chinh', 'Trường Sa', and a verb the
        # grammar took after it), not a school, whose next word says its kind ('Trường Đại học', 'Trường Cao đẳng')
        "lone_school": re.compile(rf"Trường\s+(?!(?:{alternation(SCHOOL_KINDS)}){E}){CAP_SYLLABLE}(?:\s+[{LOWER}]+)?$"),
        "not_a_field": re.compile(rf"(?:{alternation([*title_heads(), *lines('ranks.txt'), *lines('document_kinds.txt')])}){E}"),
        "product_before": re.compile(rf"(?<![\w])(?:{alternation(PRODUCT_WORDS, either_case_first=True)})\s+$"),
        "central_member": re.compile(rf"(?i:{alternation(CENTRAL_MEMBER_TITLES, ignore_case=True)})\s+$"),
    }


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Known full names by their casefolded form."""
    return {" ".join(name.split()).casefold(): name for name in known_organizations()}


SCHOOL_KINDS = ("Đại", "Cao", "Trung", "Tiểu", "Mầm", "Mẫu", "Phổ", "Chính", "Sĩ", "Quân", "Nghiệp", "Dạy", "Văn", "Bồi",
                "Năng", "Dân", "Công", "Kỹ", "Cán")
"""First words of a school's kind after 'Trường' ('Đại học', 'Cao đẳng', 'Trung cấp', 'Chính trị', 'Sĩ quan')."""
CENTRAL_COMMITTEE_HEADS = ("ủy ban", "uỷ ban", "ban chấp hành", "bch")
"""What comes before 'Trung ương X' in the name of the committee it is the short form of ('Ủy ban Trung ương MTTQ
Việt Nam', 'Ban Chấp hành Trung ương Đảng'); a department ('Ban Đối ngoại Trung ương Đảng') is not that body."""
CENTRAL_MEMBER_TITLES = ("Ủy viên", "Uỷ viên", "Ủy viên dự khuyết", "Bí thư")
"""Titles of membership of a central committee: 'Ủy viên Trung ương Đảng' names the committee of a party, not
a body of the story of its own ('Trung ương Đảng Cộng sản Trung Quốc' is read as the party)."""


@lru_cache(maxsize=1)
def _words_before_a_body() -> frozenset[str]:
    """Capitalised words a body's name may follow in mid-sentence: the words of titles and ranks ('Trưởng Ban',
    'Chánh Văn phòng') and the words that begin a sentence or a clause ('Theo', 'Tại')."""
    words = {word for phrase in [*lines("titles.txt"), *lines("ranks.txt"), *NOT_NAME_WORDS] for word in phrase.split()}
    return frozenset(word for word in words if word[:1].isupper())


def _title_words() -> str:
    """The last words of title heads ('Phó Bí thư', 'Chủ tịch'), in either case."""
    return alternation({head.split()[-1].casefold() for head in lines("titles.txt")}
                       | {head.split()[-1] for head in lines("titles.txt")})


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a head is the middle of a capitalised name ('An Hội Đông' is a place): it follows a capitalised
    word in mid-sentence that is no title, rank or clause word."""
    match = _patterns()["word_before"].search(text, max(0, start - 40), start)
    return bool(match and match.end() == start and not match.group("boundary") and match.start("word") > 0
                and match.group("word") not in _words_before_a_body())


@lru_cache(maxsize=1)
def _places_with_a_head() -> tuple[str, ...]:
    """Provinces, districts and places abroad whose name begins with a one-word head ('Hội An', 'Đài Bắc')."""
    heads = {head for head in organization_heads() if " " not in head and head[0].isupper()}
    names = {*division_names(), *district_units(), *foreign_places()}
    return tuple(sorted(name for name in names if " " in name and name.split()[0] in heads))


@lru_cache(maxsize=1)
def _document_kinds() -> tuple[str, ...]:
    """Document kinds that begin with an organisation head ('Bộ luật'), casefolded, each with the space after it."""
    heads = bare_organization_heads()
    return tuple(kind.casefold() + " " for kind in lines("document_kinds.txt") if kind.split()[0].casefold() in heads)


def _in_a_country(text: str, start: int) -> bool:
    """Whether a head begins or continues a country's name ('Đài Loan', 'Tây Ban Nha') or a place's ('Hội An'),
    which names no body."""
    window = max(0, start - 6)
    return any(match.start() <= start < match.end()
               for match in _patterns()["country"].finditer(text, window, start + 12))


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


@lru_cache(maxsize=1)
def _party_after() -> re.Pattern[str]:
    """A party abroad in lower case after a body of a party ('Ủy ban Quốc gia đảng Cộng hòa', 'Ủy ban Trung ương
    đảng Lao động Triều Tiên'), with the country that may end its name."""
    return re.compile(rf"\s+đảng\s+(?:{alternation(party_families())})(?:\s+(?:{country_alternation()}))?{E}")


PARTY_BODY_HEADS = tuple(with_old_tone_marks(["Ủy ban", "Ban", "Bộ Chính trị", "Quân ủy", "quân ủy", "Đảng đoàn"]))
"""Heads of a party's own bodies, which a party abroad written in lower case may follow ('Ủy ban Quốc gia đảng Dân
chủ'); after other bodies 'đảng' begins something else ('Ban cán sự đảng UBND TP. HCM')."""


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


@lru_cache(maxsize=1)
def _brand_names() -> frozenset[str]:
    return frozenset(lines("brands.txt"))


def _foreign_party(written: str) -> bool:
    """Whether 'Đảng' is followed by a party's short name ('Đảng BJP') or a foreign word ('Đảng Pheu Thai'), not by
    a Vietnamese word, which the known party names of ``organizations.txt`` cover ('Đảng Dân chủ')."""
    words = written.split()
    return len(words) > 1 and (_ABBREVIATION_WORD.fullmatch(words[1]) is not None or foreign_word(words[1]))


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
    inside = [(m.start(), m.end()) for key in ("province", "numbered_end") if hyphens
              for m in patterns[key].finditer(written)]
    for hyphen in hyphens:
        if known and hyphen.start() < len(known):
            continue  # 'al-Qaeda', 'Jabhat Al-Nusra': a hyphen inside a known name
        if any(start < hyphen.start() < end for start, end in inside):
            continue  # 'Bà Rịa - Vũng Tàu', 'Khu vực 2 - TP.HCM'
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


_HOSPITAL_VERB = re.compile(rf"(?:Bệnh viện|BV)\s+(?:Mắt|Nhi|Tim|Phổi)\s+(?!(?:đồng|mạch|khoa){E})[{LOWER}]+$")
"""A hospital named by a specialty of one syllable, which takes no lowercase syllable but 'Nhi đồng', 'Tim mạch' and
'Nhi khoa': the word after it is the sentence's verb."""
_INDEX_AFTER = re.compile(r"[-–]\s?Index(?![\w])")
"""An index glued to a stock exchange's acronym ('HNX-Index'), which names the index, not the exchange."""
_BRACKETED_ACRONYM = re.compile(rf" \(([A-Z][A-Z0-9&]{{2,}})\)(?!\s+[{UPPER}])")
"""An acronym in brackets after a company or a group: the short name the article then uses for it ('CTCP dịch vụ
địa ốc Sài Gòn (SEJCO)', then 'Công ty SEJCO'; 'Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC)'); not where the
name goes on after the bracket ('Nhà máy Xơ sợi (NMXS) Đình Vũ')."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,}")
_LEGAL_COMPANY_HEADS = (*(head.casefold() + " " for head in COMPANY_HEADS), "công ty ", "tổng công ty ", "tập đoàn ")
_SHORT_BRAND = re.compile(r"[A-Z]{2,}[A-Z0-9]* [A-Z][a-z]+")
_BRACKETED_BRAND = re.compile(rf" \(({_SHORT_BRAND.pattern})\)")
"""A short name of an abbreviation and a foreign word ('PVP Land', 'PV Drilling'), as a company writes its brand in
brackets after its name."""


def candidates(lines_: list[Line]) -> list[Candidate]:
    """Every organisation-like mention, before resolution."""
    patterns = _patterns()
    found = []
    for line in lines_:
        read_to = 0
        for match in patterns["organisation"].finditer(line.text):
            if match.start() < read_to:
                continue  # inside the fields a name before it was read on through
            written = match.group(0).rstrip()
            known = match.group("known") or match.group("closed") or match.group("lower_closed") or \
                match.group("lower_party")
            second_party = short_name = None
            if known and known[:5].casefold() == "đảng ":
                written, second_party = _party_name(written, len(known))
            if patterns["generic_before"].search(line.text[max(0, match.start() - 12) : match.start()]) and not known \
                    and not patterns["placed"].search(written):
                continue  # 'lực lượng Công an xã', but 'lực lượng Công an nhân dân' names the force, and 'lực lượng
                # Thanh tra Sở Giao thông vận tải Hà Nội' the inspectorate of its place
            if not known and (_inside_a_name(line.text, match.start()) or _in_a_country(line.text, match.start())):
                continue
            offset = 0
            if written.startswith(STANDING_HEAD) and patterns["title_before"].search(line.text, 0, match.start()):
                offset = len(STANDING_HEAD)  # 'Phó Bí thư Thường trực Tỉnh ủy X': the body is 'Tỉnh ủy X'
                written = written[offset:]
            if match.group("brand") and patterns["product_before"].search(line.text, max(0, match.start() - 24),
                                                                          match.start()):
                continue  # 'xe Toyota', 'siêu thị Walmart': a product or a shop of the brand, not the company
            if match.group("party") and not _foreign_party(written):
                continue  # 'Ban Chấp hành Trung ương Đảng Lê Hoài Trung': the party's name ends before a person's
            if match.group("trade_short"):
                written = match.group("trade")  # 'Tập đoàn hóa chất (Vinachem)': the short name is an alias
                short_name = (match.start("trade_short"), match.group("trade_short"))
            elif match.group("trade"):
                written = _name_after_trade(written, len(match.group("trade")))
            board = _BOARD.match(written) if not known else None
            if board:  # 'HĐQT Công ty CP Xây dựng 47', 'Ban Giám hiệu Trường X': the board is part of the body it names
                offset += board.end()
                written = written[board.end():]
                words = written.split(" ")
                if len(words) > 1 and words[-1].islower() and foreign_word(words[-2]):
                    written = " ".join(words[:-1])  # 'HĐQT Sacombank đăng ...': the verb after a brand
            if match.group("closed") and _INDEX_AFTER.match(line.text, match.end("closed")):
                continue  # 'HNX-Index': the exchange's index, no mention of the exchange
            if match.group("closed"):
                # 'NATO Jens Stoltenberg', 'PTSC và Viettel': the name is complete ('PVNC2' is no 'PVN'), but for the
                # region of a national body's office ('KTNN khu vực VII') or a branch ('NHNN chi nhánh Long An')
                written = known + (match.group("region") or "")
            written = _trimmed(written, known)
            written = without_trailing_verb(written, line.text, match.start() + offset + len(written))
            if _HOSPITAL_VERB.match(written):  # 'Bệnh viện Mắt chấn chỉnh', 'Bệnh viện Nhi cháy': a verb, no field
                written = written.rsplit(" ", 1)[0]
            if not known:  # 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm': fields joined by commas and 'và'
                written += joined_fields(written, line.text, match.start() + offset + len(written), _begins_other)
            if written.startswith(PARTY_BODY_HEADS) and (party := _party_after().match(
                    line.text, match.start() + offset + len(written))) is not None:
                written += party.group(0)  # 'Ủy ban Quốc gia đảng Cộng hòa': the committee of a party abroad
            if not known and not _named_after_trade(written, match.group("trade")) and \
                    patterns["person_cue_before"].search(line.text, max(0, match.start() - 30), match.start()):
                written = _without_trailing_foreign_name(written)
            shorter = written if known else _without_trailing_person(written)
            if shorter != written and _title_in_clause(line.text, match.start()):
                written = shorter  # 'Giám đốc ..., Đài Tiếng nói Việt Nam Nguyễn Kha Thoa'
            if written.startswith(MISSION_HEADS):
                written += _mission_seat(line.text, match.start() + offset + len(written))
            if not known and _NATIONAL_COMMITTEE.search(written):  # 'Uỷ ban quốc gia' + 'về Chính phủ điện tử'
                about = patterns["about"].match(line.text, match.start() + offset + len(written))
                written += about.group(0) if about else ""
            inside = _acronym_inside().match(line.text, match.start() + offset + len(written)) if not known else None
            if inside:  # 'Uỷ ban An toàn giao thông (ATGT) Quốc gia': the name goes on after its field's acronym
                written += inside.group(0)
                short_name = None  # the acronym is read inside the name, not as a mention of its own
            unit_end = len(written)  # the parent after a dash is read again as a body of its own
            if not known and written.casefold().startswith(UNIT_HEADS):
                written += _parent_after_dash(line.text, match.start() + offset + len(written))
            after = match.start() + offset + len(written)
            if patterns["level_only"].search(written) or patterns["level_after"].match(line.text, after):
                continue  # 'Tòa án nhân dân cấp tỉnh', 'TAND khu vực', 'Ban Quản lý cụm ... cấp huyện': a kind of body
            if patterns["bare_end"].search(written) and patterns["level_list_after"].match(line.text, after) or \
                    patterns["plural_after"].match(line.text, after):
                continue  # 'Mặt trận Tổ quốc xã, phường', 'Sở Công Thương các tỉnh': the bodies of every province
            if _ANY_BEFORE.search(line.text, max(0, match.start() - 6), match.start()) and (
                    match.group("committee") or patterns["bare_end"].search(written)
                    or not known and not any(char.isupper() or char.isdigit() for char in written[1:])):
                continue  # 'một Ban Thường vụ Tỉnh uỷ', 'các Huyện ủy': some body, not the one of the place spoken of;
                # 'các Tòa án quân sự': a kind of body, whose only capital is its first
            if written.startswith("ĐH ") and (
                    _LEVEL_OF_STUDY_BEFORE.search(line.text, max(0, match.start() - 16), match.start())
                    or written[3:] in places_abroad() or written[3:] == "Việt Nam"):
                continue  # 'đào tạo ĐH', 'các trường ĐH Việt Nam': university as a level of study, not one university
            if patterns["lone_school"].fullmatch(written) or (written.casefold() + " ").startswith(_document_kinds()):
                continue  # 'Trường Chinh'; 'Bộ Luật Hình sự', a document kind, is a code of law, not a ministry
            folded = " ".join(written.split()).casefold()
            if folded in bare_organization_heads() and folded not in _known() and not match.group("committee"):
                continue
            if written.startswith("Vụ ") and patterns["incident_after"].match(written, 3):
                continue  # 'Vụ Phó chánh Thanh tra tỉnh X tử vong': the case of a person, no department
            if folded in PROGRAMMES:
                continue  # 'xây dựng Chính phủ điện tử': e-government is a programme, not the government
            start = line.start + match.start() + offset
            name = written
            if board and name[:1].islower():  # 'Hội đồng quản trị tập đoàn bất động sản Refico'
                name = name[0].upper() + name[1:]
            if known:  # 'Văn Phòng Chính phủ' is 'Văn phòng Chính phủ'
                name = _known()[" ".join(known.split()).casefold()] + written[len(known):]
            elif match.group("lower"):  # 'công an thị xã Giá Rai': the body's name is capitalised
                if not any(character.isupper() or character.isdigit() for character in written):
                    continue  # 'trường mẫu giáo tại ...': a kind of body, no name
                if written.startswith(LOWERCASE_OFFICES) and not patterns["office_of_a_place"].search(written) and \
                        not _police_after_comma().match(line.text, after):
                    continue  # 'phòng Giáo dục' alone: the office of any district, not 'phòng Tham mưu, Công an TP.HCM'
                if written.startswith(LOWERCASE_INSTITUTES) and len(written.split()) < 4:
                    continue  # 'viện Nghiên cứu' alone: an institute of research, not named
                if written.endswith(" Quản lý"):
                    continue  # 'cục Quản lý đường bộ': the field goes on in lower case, which the grammar cut
                if written.startswith(LOWERCASE_ENTERPRISES) and not _ends_a_brand(written, line.text, after):
                    continue  # 'công ty Xổ số kiến thiết ...': a trade the name grammar cut, not a proper name
                name = written[0].upper() + written[1:]
            if inside:  # named without the bracket, the written form an alias
                name = name.replace(inside.group(1), "", 1)
            short_form = written.startswith(SHORT_FORM_HEAD) and (
                folded not in _known() or patterns["central_member"].search(line.text, 0, match.start()) is not None)
            read_to = start - line.start + unit_end
            found.append(Candidate(written=written, start=start, end=start + len(written), name=name,
                                   short_form=short_form, needs_place=match.group("committee") is not None))
            brand = _BRACKETED_BRAND.match(line.text, read_to) if short_name is None else None
            if short_name is None and brand is None and written.casefold().startswith(_LEGAL_COMPANY_HEADS):
                brand = _BRACKETED_ACRONYM.match(line.text, read_to)  # 'CTCP dịch vụ địa ốc Sài Gòn (SEJCO)'
            if brand:  # 'Công ty CP bất động sản điện lực dầu khí Việt Nam (PVP Land)'
                short_name, read_to = (brand.start(1), brand.group(1)), brand.end()
            if short_name is not None:  # the short name in brackets, a mention of its own that the body's redirects
                found.append(Candidate(written=short_name[1], start=line.start + short_name[0],
                                       end=line.start + short_name[0] + len(short_name[1]), name=short_name[1]))
            if second_party is not None:  # 'đảng Dân chủ và Cộng hòa': the second party by its family's name
                second = _family_at(match.group(0)[second_party:])
                found.append(Candidate(written=second, start=line.start + match.start() + second_party,
                                       end=line.start + match.start() + second_party + len(second),
                                       name=_known()["đảng " + " ".join(second.split()).casefold()]))
                read_to = match.start() + second_party + len(second)
        if " Group" in line.text:
            _add_groups(line, found)
    return found + _clubs(lines_, found)


_SCORE = re.compile(r"\d(?<=[^\W\d] \d)\d?-\d{1,2}(?= [A-ZĐ])")
"""A score between two words ('Chelsea 3-1 Arsenal'); its first digit before the look-behind, so the engine skips
ahead to digits."""
_CLUB_WORD = r"[A-ZĐ][\w']*(?:\.[\w']+)*"
_TEAM_BEFORE = re.compile(rf"(?<![\w.'-])({_CLUB_WORD}(?: {_CLUB_WORD}){{0,2}}) $")
_TEAM_AFTER = re.compile(rf" ({_CLUB_WORD}(?: {_CLUB_WORD}){{0,2}})(?![\w-])")


def _clubs(lines_: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Two teams on each side of a score ('Chelsea 3-1 Arsenal', 'Leicester City 0-3 Man United') are clubs, and so
    are their other mentions in the article; not youth or national teams ('U23 Việt Nam 2-1 U23 Malaysia'), nor a
    place, a country or a person's name read as a team. Only a score between two capitalised words is looked at
    (dates such as 'ngày 28-6' are not)."""
    names: list[str] = []
    for line in lines_:
        if "-" not in line.text:
            continue
        for score in _SCORE.finditer(line.text):
            before = _TEAM_BEFORE.search(line.text, max(0, score.start() - 40), score.start())
            after = _TEAM_AFTER.match(line.text, score.end())
            if before is None or after is None:
                continue
            sides = [_without_lead(before.group(1)), after.group(1)]
            if any(_not_a_club(side) for side in sides):
                continue
            names.extend(side for side in sides if side not in names)
    if not names:
        return []
    taken = [(candidate.start, candidate.end) for candidate in found]
    mention = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(name) for name in sorted(names, key=len, reverse=True))})"
                         rf"(?![\w-])")
    clubs = []
    for line in lines_:
        for match in mention.finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            if not any(start < other_end and other_start < end for other_start, other_end in taken):
                clubs.append(Candidate(written=match.group(0), start=start, end=end, name=match.group(0)))
    return clubs


CLUB_LEAD_WORDS = frozenset({"Trận", "Video", "Clip", "Tỷ", "Kết", "Đội", "Sân", "Hạng", "Cầu", "Thắng", "Thua",
                             "Hòa", "Hoà", "Vòng", "Bảng", "Lượt", "Chung", "Bán", "Tứ", "Giải"})
"""Capitalised words that open a sentence before a score's first team ('Trận Everton 6-3 Bournemouth', 'Video
Chelsea 3-1 Arsenal'), besides ``NOT_NAME_WORDS``: no part of the club's name."""


def _without_lead(side: str) -> str:
    words = side.split()
    while len(words) > 1 and (words[0] in CLUB_LEAD_WORDS or words[0] in NOT_NAME_WORDS):
        words = words[1:]
    return " ".join(words)


def _not_a_club(side: str) -> bool:
    """A side of a score that names no club: a youth or national team, a place or a country, a known body, a
    Vietnamese person ('Nguyễn Văn A 2-0 Trần Văn B' in a singles match)."""
    return side[:1] == "U" and side[1:2].isdigit() or side in _place_names() or side in _countries() or \
        side in CLUB_LEAD_WORDS or side in NOT_NAME_WORDS or \
        " ".join(side.split()).casefold() in _known() or side.split()[0] in family_names() and " " in side


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset({*lines("countries.txt"), *country_synonyms(), *places_abroad()})


@lru_cache(maxsize=1)
def _acronym_inside() -> re.Pattern[str]:
    """A field's acronym in brackets inside a body's name, before the country or 'Quốc gia' that ends it ('Uỷ ban An
    toàn giao thông (ATGT) Quốc gia', 'Hiệp hội Marketing (MMA) Việt Nam'); group 1 is the bracket to leave out of
    the name."""
    return re.compile(rf"( \([A-Z][A-Z0-9&]{{1,7}}\)) (?:{country_alternation()}|Quốc gia|Trung ương){E}")


_GROUP = re.compile(rf"(?<![\w&'’.-])(?P<name>(?:[{UPPER}][\w&'’-]*\s){{1,3}}Group(?: Holdings| S\.R\.L)?)(?![\w])")
"""A company written with 'Group' after its proper name ('Đức Dương Group', 'T&T Group', 'Asahi Group Holdings',
'Martarello Group S.R.L'), as firms write their brands; tried only on lines holding ' Group'."""
_GROUP_NOT_FIRST = frozenset({"Theo", "Tại", "Với", "Của", "Các", "Cùng", "Và", "Khi", "Sau", "Trước", "Từ", "Quán",
                              "HĐQT", "HĐTV"})
"""Capitalised first words that open a sentence or name a board or a shop, not the company: dropped from the name."""


def _add_groups(line: Line, found: list[Candidate]) -> None:
    """The companies named '<proper name> Group' that no head before them has already read."""
    taken = [(candidate.start, candidate.end) for candidate in found]
    for match in _GROUP.finditer(line.text):
        words = match.group("name").split()
        skip = 0
        while skip < len(words) - 1 and words[skip] in _GROUP_NOT_FIRST:
            skip += 1
        if len(words) - skip < 2:
            continue
        written = " ".join(words[skip:])
        start = line.start + match.end() - len(written)
        if any(begin < line.start + match.end() and start < end for begin, end in taken):
            continue  # inside a body read with its head; in brackets after one, its short name ('Công ty TNHH Đức
            # Dương (Đức Dương Group)'), which find_organizations redirects to it
        bisect.insort(found, Candidate(written=written, start=start, end=start + len(written), name=written),
                      key=lambda candidate: candidate.start)


_NATIONAL_COMMITTEE = re.compile(r"^(?:Ủy|Uỷ) ban [Qq]uốc gia$")
PROGRAMMES = frozenset({"chính phủ điện tử"})
"""Names a body's name grammar reads that name a programme or a way of working ('xây dựng Chính phủ điện tử'), not
a body."""
UNIT_HEADS = ("vụ ", "cục ", "phòng ", "cơ quan ", "ban ", "thanh tra ", "tổng cục ", "đội ", "trại tạm giam ")
"""Heads of the units of a ministry, an office or a police force, which may be written before their parent after a
dash ('Ban Nội chính - Văn phòng Chính phủ', 'Cơ quan CSĐT – bộ Công an', 'Cục Đào tạo - Bộ Công an')."""
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


def _begins_other(text: str, position: int) -> bool:
    """Whether another body, a title, a rank or a document begins at ``position``: no field of the name before it."""
    patterns = _patterns()
    return bool(patterns["organisation"].match(text, position) or patterns["not_a_field"].match(text, position))


MISSION_HEADS = ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán")


@lru_cache(maxsize=1)
def _mission_seat_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s+tại\s+(?:{alternation(sorted(places_abroad(), key=len, reverse=True))}"
                      rf"|(?:TP\.?\s*)?{province_alternation()}){E}")


def _mission_seat(text: str, end: int) -> str:
    """' tại Việt Nam' when a mission's name is followed by its seat, a country, a province or a city abroad
    ('Đại sứ quán Cuba tại Việt Nam', 'Tổng Lãnh sự quán Mỹ tại TP.HCM'), as 'Việt Nam tại Anh' is read."""
    if not text.startswith(" tại ", end):
        return ""
    seat = _mission_seat_pattern().match(text, end)
    return text[end:seat.end()] if seat else ""


def _ends_a_brand(written: str, text: str, end: int) -> bool:
    """Whether a body after a lowercase enterprise head ends with its proper name: a foreign word or an
    abbreviation ('công ty Ford đã ...', 'ngân hàng TMCP ... (Sacombank)'), or a name that no lowercase word goes on
    from but a function word ('công ty Bến Thành,', 'tập đoàn Tín Thành mới có'); a Vietnamese word that one does is
    a trade the name grammar cut ('công ty Xổ số kiến thiết', 'công ty TNHH Nhà máy bia ...')."""
    last = written.rsplit(" ", 1)[-1]
    if len(last) == 1:
        return False  # 'tập đoàn L’Heritage': an initial cut at an apostrophe
    following = _NEXT_LOWER_WORD.match(text, end)
    return foreign_word(last) or _ABBREVIATION_WORD.fullmatch(last) is not None or following is None or \
        following.group(1) in single_syllable_stops()  # 'mới có ...' goes on the sentence, not the name


def _resolve_bare(candidate: Candidate, places: list[FoundPlace], lines_: list[Line]) -> None:
    """'Công an tỉnh' -> 'Công an tỉnh Sơn La'; 'Ban Dân vận tỉnh ủy' -> 'Ban Dân vận Tỉnh ủy Sơn La'."""
    match = _patterns()["bare_end"].search(candidate.written)
    if match is None:
        return
    level = match.group("level")
    lowered = level if level == "TP" else level[0].lower() + level[1:]
    kind = LEVEL_KINDS.get(lowered) or PARTY_COMMITTEES.get(lowered)
    line_start = max((line.start for line in lines_ if line.start <= candidate.start), default=0)
    nearest, written, nearest_start = None, None, -1
    for place in places:
        if place.kind != kind:
            continue
        for mention in place.mentions:
            if line_start <= mention.span.start < candidate.start and mention.span.start > nearest_start:
                nearest, written, nearest_start = place, mention.text, mention.span.start
    if nearest is None:
        same_kind = [place for place in places if place.kind == kind]
        if not same_kind:
            return
        nearest = max(same_kind, key=lambda place: (len(place.mentions), -place.mentions[0].span.start))
        written = nearest.mentions[0].text
    head = candidate.name[: match.start()].rstrip()
    if lowered in PARTY_COMMITTEES:
        place = nearest.name
        if written and _CITY_AS_WRITTEN.match(written) and _CITY_PREFIX.sub("", written) != place:
            place = written  # 'Thành uỷ' in a story that writes 'TP. HCM' is 'Thành uỷ TP. HCM', as the story names it
        candidate.name = f"{head} {lowered[0].upper()}{lowered[1:]} {place}".lstrip()
    elif nearest.name.casefold().startswith(lowered + " "):  # 'Công an quận' at 'Quận 5' is 'Công an Quận 5'
        candidate.name = f"{head} {nearest.name}"
    elif written and _CITY_AS_WRITTEN.match(written):
        candidate.name = f"{head} {written}"  # 'UBND TP' in a story that writes 'TP HCM' is 'UBND TP HCM'
    else:
        candidate.name = f"{head} {lowered} {nearest.name}"


_LEVEL_OF_STUDY_BEFORE = re.compile(r"(?<![\w])(?:đào tạo|giáo dục|tuyển sinh|hệ|bậc|cấp|thi|dự bị|tốt nghiệp|trình độ"
                                    r"|[Tt]rường|các)\s+$")
"""Words before 'ĐH' that make it the level of study ('đào tạo ĐH', 'tuyển sinh ĐH', 'Trường dự bị ĐH') or any
university ('các trường ĐH'), not the head of one university's name."""
_BOARD = re.compile(r"(?:HĐQT|HĐTV|(?i:Hội đồng quản trị|Hội đồng thành viên|Ban giám đốc|Ban giám hiệu))\s+(?=\S)")
"""A company's, a school's or a hospital's board written before the body's name: the body is the organisation (the
annotations list no board of its own, as a part of the body)."""


_CITY_AS_WRITTEN = re.compile(r"(?:TP|Tp|tp)\.?\s*\S")
_CITY_PREFIX = re.compile(r"^(?:TP|Tp|tp)\.?\s*")
"""A city written with its level abbreviated ('TP HCM', 'TP.HCM', 'TP. Hồ Chí Minh'): a bare body of the city is
completed with the city as the article writes it, as the annotations name it."""


@lru_cache(maxsize=1)
def _province_level() -> re.Pattern[str]:
    """A provincial level word before a province's name: 'Công an tỉnh Đồng Nai' is 'Công an Đồng Nai', and so
    is 'Công an TP Hà Nội' for a city under the central government; but 'Công an TP Bạc Liêu' is the police of a
    provincial town, not of the province."""
    names = division_names()
    cities = {division.name for division in divisions() if division.kind == "city"}
    provinces = alternation([name.casefold() for name in names])
    central_cities = alternation([name.casefold() for name, canonical in names.items() if canonical in cities])
    return re.compile(rf"(?<![\w])(?:tỉnh\s*(?={provinces}(?![\w]))|(?:thành phố|tp\.?)\s*(?={central_cities}(?![\w])))")


_ABBREVIATION_JOINER = re.compile(r"(?<=[A-ZĐ])(?:[&-]| [-–] )(?=[A-ZĐ]{2})|(?<=[A-ZĐ]{2})(?:[&-]| [-–] )(?=[A-ZĐ])")


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """The identity of a body's name: casefolded, without the level word before a province's name, and with the
    fields of an abbreviation written together ('Sở GD&ĐT', 'Sở GD-ĐT' and 'Sở GDĐT' are one body), an en dash
    read as a hyphen and a typographic apostrophe as a plain one ('L’Héritage', 'L'Héritage'). Cached: the same
    bodies come back in article after article."""
    return _province_level().sub("", " ".join(_ABBREVIATION_JOINER.sub("", dash_folded(name)).split()).casefold()
                                 .replace("’", "'"))


_LEVEL_START = re.compile(r"(?:tỉnh|thành|huyện|quận|thị|xã|phường|đảng)")


def _continues(tail: str) -> bool:
    """Whether a longer name only completes a shorter one: the rest is a name or a place ('Ban Dân vận' +
    'Tỉnh ủy Sơn La', 'công tỉnh Bắc Ninh'), not only lowercase words of a kind of its own ('Tạp chí Cộng sản' +
    'điện tử' is another body), nor a branch ('Eximbank' + 'chi nhánh TP. HCM' is another body)."""
    if tail.casefold().startswith("chi nhánh "):
        return False
    return any(character.isupper() or character.isdigit() for character in tail) or _LEVEL_START.match(tail) is not None


def find_organizations(found: list[Candidate], places: list[FoundPlace], lines_: list[Line]) -> list[FoundOrganization]:
    """Organisations in order of first mention."""
    for candidate in found:
        _resolve_bare(candidate, places, lines_)
        _with_bracketed_police(candidate, lines_)
    organisations: dict[str, FoundOrganization] = {}
    redirect: dict[str, str] = {}
    previous: Candidate | None = None
    for candidate in found:
        if candidate.short_form or candidate.needs_place and candidate.name == candidate.written:
            continue
        key = _key(candidate.name)
        if previous is not None and (" " not in candidate.written or key in closed_organizations()
                                     or _SHORT_BRAND.fullmatch(candidate.written)
                                     or candidate.written.endswith(" Group")) and \
                _in_brackets_after(previous, candidate, lines_):
            target = _key(previous.name)
            if redirect.get(key, target) != target:  # 'Tập đoàn Bưu chính viễn thông VN (VNPT)', later 'Tập đoàn
                redirect.setdefault(target, redirect[key])  # Bưu chính VN (VNPT)': two names of one short name
            redirect.setdefault(key, target)  # 'Tập đoàn Điện lực Việt Nam (EVN)': one body
        previous = candidate
        key = redirect.get(key, key)
        organisation = organisations.setdefault(key, FoundOrganization(name=candidate.name))
        if len(candidate.name) > len(organisation.name) and (
                candidate.name == candidate.written or organisation.name not in organisation.forms):
            organisation.name = candidate.name  # the longest written name, else the longest one built
        organisation.forms.append(candidate.written)
        organisation.mentions.append(Mention(text=candidate.written, span=Span(start=candidate.start, end=candidate.end)))
    for key, target in redirect.items():  # 'PTSC' named alone before 'Tổng công ty ... (PTSC)'
        if key in organisations and target in organisations and key != target:
            organisations[target].absorb(organisations.pop(key))
    _merge_headed(organisations)
    _merge_headed_short_name(organisations)
    _merge_short_field(organisations)
    _merge_same_company(organisations)
    _merge_prefixes(organisations)
    _merge_school_head(organisations)  # after the prefixes: 'Đại học Công nghiệp' is 'Đại học Công nghiệp Hà Nội'
    for candidate in found:
        if not candidate.short_form:
            continue
        tail = " " + candidate.written.casefold()
        owners = [org for org in organisations.values() if org.name.casefold().endswith(tail)
                  and org.name[: -len(tail)].casefold().endswith(CENTRAL_COMMITTEE_HEADS)]
        shortest = min((len(org.name) for org in owners), default=0)
        owners = [org for org in owners if len(org.name) == shortest]
        if len(owners) == 1:
            owners[0].forms.append(candidate.written)
            owners[0].mentions.append(Mention(text=candidate.written, span=Span(start=candidate.start, end=candidate.end)))
        elif not owners:
            _add_member_body(candidate, organisations)
    _merge_written_variants(organisations)
    _merge_name_and_short_name(organisations)
    _merge_standing(organisations)
    _add_parents(organisations)
    _merge_prefixes(organisations, added_parents=True)
    _merge_abbreviated(organisations)
    result = list(organisations.values())
    for organisation in result:
        organisation.mentions.sort(key=lambda mention: mention.span.start)
    return sorted(result, key=lambda organisation: organisation.mentions[0].span.start)


def _merge_prefixes(organisations: dict[str, FoundOrganization], added_parents: bool = False) -> None:
    """A body written bare and longer in one article ('Sở Giao thông vận tải', 'Sở Giao thông vận tải Hà Tĩnh'): the
    bare form is an alias of the one longer name, and dropped where several go on from it. Run again once the parents
    are added, a parent's name being the longer form ('Sở Giao thông vận tải Hà Tĩnh' of 'Văn phòng Sở Giao thông vận
    tải Hà Tĩnh'); then only a prefix of one name is merged."""
    for key in list(organisations):
        longer = [other for other_key, other in organisations.items()
                  if other_key != key and other_key.startswith(key + " ")
                  and _continues(other.name[len(organisations[key].name) + 1 :])]
        short_name = organisations[key].name
        if not longer or any(mention.text != short_name and mention.text[:1].upper() + mention.text[1:] != short_name
                             and not _ACRONYM.fullmatch(mention.text) for mention in organisations[key].mentions):
            continue  # a bare body resolved to a place ('Công an tỉnh' -> 'Công an tỉnh X') is not a prefix; its short
            # name in brackets ('Tổng công ty Xây dựng Sài Gòn (SGC)') is no such resolution
        if added_parents and len(longer) != 1:
            continue
        if len(longer) == 1:
            longer[0].absorb(organisations[key])
        del organisations[key]


def without_cited_media(found: list[FoundOrganization], lines_: list[Line]) -> list[FoundOrganization]:
    """``found`` without the papers and broadcasters the article only cites as the source of a report, without a
    country's press in general (``media``), and without any body named only in bracketed credits ('(Ảnh: VFF)')."""
    starts = [line.start for line in lines_]

    def cited(mention: Mention, check: Callable[[str, int, int], bool] = cited_as_source) -> bool:
        line = lines_[bisect.bisect_right(starts, mention.span.start) - 1]
        return check(line.text, mention.span.start - line.start, mention.span.end - line.start)

    return [organisation for organisation in found
            if not (is_media(organisation.name) and (press_of_a_country(organisation.name)
                                                     or all(cited(mention) for mention in organisation.mentions)))
            and not all(cited(mention, in_a_credit) for mention in organisation.mentions)]


ENTERPRISE_HEADS = ("tập đoàn ", "tổng công ty ", "công ty ", "tổng cty ", "cty ", "ctcp ", "ngân hàng ", "hãng ",
                    "hãng hàng không ")


def _enterprise_heads_only(prefix: str) -> bool:
    """Whether a casefolded prefix is an enterprise's head, after its legal form if written ('tập đoàn ', 'ctcp tập
    đoàn ')."""
    if prefix.startswith("ctcp "):
        prefix = prefix[5:] or "ctcp "
    return prefix in ENTERPRISE_HEADS


def _merge_headed(organisations: dict[str, FoundOrganization]) -> None:
    """A known short name or a brand ('Vingroup', 'Huawei') and the same name after a company head ('Tập đoàn
    Vingroup', 'tập đoàn Huawei') in one article: one body, named by the longer form."""
    closed = closed_organizations() | {brand.casefold() for brand in _brand_names()}
    for key in [key for key in organisations if key in closed]:
        owners = [other for other_key, other in organisations.items() if other_key != key
                  and other_key.endswith(" " + key) and _enterprise_heads_only(other_key[: -len(key)])]
        if len(owners) == 1:
            owners[0].absorb(organisations.pop(key))


def _merge_headed_short_name(organisations: dict[str, FoundOrganization]) -> None:
    """A company's short name, written in brackets after its full name, and the same name after a company head
    ('CTCP dịch vụ địa ốc Sài Gòn (SEJCO)', then 'Công ty SEJCO'): one body."""
    for key, organisation in list(organisations.items()):
        head, rest = _company_head(organisation.name)
        if head + " " not in ENTERPRISE_HEADS or len(rest) != 1 or not rest[0].isupper():
            continue
        short = rest[0].casefold()
        owners = [other for other_key, other in organisations.items() if other_key != key
                  and any(form.casefold() == short for form in other.forms)]
        if len(owners) == 1 and owners[0].name.casefold() == short:  # 'MHB', then 'Ngân hàng MHB'
            organisation.absorb(organisations.pop(next(k for k, v in organisations.items() if v is owners[0])))
        elif len(owners) == 1:
            owners[0].absorb(organisations.pop(key))


SHORT_FIELD_HEADS = ("sở ", "bộ ", "cục ", "tổng cục ", "vụ ", "ủy ban ", "uỷ ban ")
"""Heads of departments and ministries whose field writers shorten ('Sở Giao thông TP HCM' for 'Sở Giao thông Vận
tải TP HCM')."""
_LEVEL_WORDS = frozenset({"tp", "tp.", "tỉnh", "thành", "phố"})


def _place_end(words: list[str]) -> int:
    """How many of the last words are a place ('TP HCM', 'tỉnh Quảng Ninh', 'Hà Nội'), 0 if none."""
    for size in (3, 2, 1):
        if len(words) > size:
            tail = words[-size:]
            while tail and tail[0].casefold() in _LEVEL_WORDS:
                tail = tail[1:]
            if tail and (" ".join(tail) in _place_names() or " ".join(tail) == "HCM"):
                return size
    return 0


def _merge_short_field(organisations: dict[str, FoundOrganization]) -> None:
    """A department or a ministry written with its field cut short and the same place after it ('Sở Giao thông TP
    HCM', 'Sở Giao thông Vận tải TP HCM'), where the longer field adds up to three words, the first capitalised: one
    body, named by the longer form."""
    names = {key: organisation.name.split() for key, organisation in organisations.items()
             if key.startswith(SHORT_FIELD_HEADS)}
    for key, words in list(names.items()):
        end = _place_end(words)
        if not end or len(words) - end < 2:
            continue
        core, place = words[:-end], [word.casefold() for word in words[-end:]]
        owners = [other for other, longer in names.items() if other != key and other in organisations
                  and len(longer) > len(words) and [word.casefold() for word in longer[-end:]] == place
                  and [word.casefold() for word in longer[:len(core)]] == [word.casefold() for word in core]
                  and longer[len(core)][:1].isupper() and len(longer) - end - len(core) <= 3]
        if len(owners) == 1 and key in organisations:
            organisations[owners[0]].absorb(organisations.pop(key))


SCHOOL_LEVELS = ("đại học ", "đh ", "cao đẳng ", "học viện ")
"""Levels of schools that a university or a college is written with, with and without 'Trường' before them."""


def _merge_school_head(organisations: dict[str, FoundOrganization]) -> None:
    """A school written with 'Trường' and then without it ('Trường Đại học Sư phạm Hà Nội', then 'Đại học Sư
    phạm Hà Nội'): one body, named by the longer form."""
    for key in [key for key in organisations if key.startswith(SCHOOL_LEVELS)]:
        if "trường " + key in organisations:
            organisations["trường " + key].absorb(organisations.pop(key))


def _merge_same_company(organisations: dict[str, FoundOrganization]) -> None:
    """One company written with two trades or legal forms before the same proper name ('Công ty cổ phần tổng hợp gỗ
    Tân Mai', then 'Công ty gỗ Tân Mai'), or with one and then by its proper name alone ('Công ty Tân Mai'): one
    body, named by the longer form. The proper name must be no place,
    since companies of one town share its name ('Công ty cổ phần cảng Quy Nhơn', 'Công ty xăng dầu Quy Nhơn')."""
    by_name: dict[tuple[str, str], list[str]] = {}
    for key, organisation in organisations.items():
        head, rest = _company_head(organisation.name)
        if len(rest) < 2 or head + " " not in ENTERPRISE_HEADS:
            continue
        tail = []
        for word in reversed(rest):
            if not word[:1].isupper():
                break
            tail.insert(0, word)
        proper = " ".join(tail)
        if len(tail) >= 2 and len(tail) <= len(rest) and proper not in _place_names():
            by_name.setdefault((head, proper), []).append(key)
    for keys in by_name.values():
        if len(keys) > 1 and len({_legal_form(organisations[key].name) for key in keys} - {None}) <= 1:
            keys.sort(key=lambda key: len(organisations[key].name), reverse=True)
            for key in keys[1:]:
                organisations[keys[0]].absorb(organisations.pop(key))


ABBREVIATED_COMPANY_HEADS = {"ctcp": "công ty", "cty": "công ty", "tổng cty": "tổng công ty", "tổng ctcp": "tổng công ty"}
"""Company heads written short, with the head they stand for ('CTCP Đầu tư và Khoáng sản Hợp Thành', then 'công ty
Hợp Thành': one company)."""


def _company_head(name: str) -> tuple[str, list[str]]:
    """A company's head, casefolded and written out ('ctcp' is 'công ty'), and the words of its name after it."""
    words = name.split()
    for size in (2, 1):
        short = " ".join(words[:size]).casefold()
        if short in ABBREVIATED_COMPANY_HEADS:
            return ABBREVIATED_COMPANY_HEADS[short], words[size:]
    return " ".join(words[:2]).casefold(), words[2:]


_LEGAL_FORMS = (("cổ phần", "cp", "ctcp"), ("tnhh", "trách nhiệm hữu hạn"))


@lru_cache(maxsize=1)
def _variant_words() -> re.Pattern[str]:
    synonyms = sorted(_synonym_rows(), key=len, reverse=True)
    legal = [form for forms in _LEGAL_FORMS for form in forms]
    return re.compile(r"(?<=^công ty) (?:" + "|".join(map(re.escape, legal)) + r")(?= )"
                      r"| (?:" + "|".join(map(re.escape, synonyms)) + r")$")


@lru_cache(maxsize=1)
def _synonym_rows() -> dict[str, int]:
    return {name.casefold(): row for name, row in country_synonyms().items()}


_FIELD_JOINER = re.compile(r" (?:và|&) ")


def _variant_key(name: str) -> str:
    """A body's name with what writers vary dropped: a company's legal form after its head ('Công ty Cổ phần
    Chứng khoán Funan', 'Công ty Chứng khoán Funan'), a country written under another of its names at the end
    ('Bộ Ngoại giao Mỹ', 'Bộ Ngoại giao Hoa Kỳ') and the 'và' or '&' between two fields ('Bộ Thông tin và Truyền
    thông', 'Bộ Thông tin Truyền thông')."""
    synonyms = _synonym_rows()
    return _variant_words().sub(lambda match: f" #{synonyms[match.group(0).strip()]}" if match.group(0).strip()
                                in synonyms else "", _FIELD_JOINER.sub(" ", " ".join(name.casefold().split())))


def _merge_written_variants(organisations: dict[str, FoundOrganization]) -> None:
    """One body written with and without its legal form, with two names of its country, or with and without the
    'và' between its fields: named by the longer form; a joint-stock and a limited company of one name stay two."""
    by_key: dict[str, list[str]] = {}
    for key, organisation in organisations.items():
        by_key.setdefault(_variant_key(organisation.name), []).append(key)
    for keys in by_key.values():
        if len(keys) > 1 and len({_legal_form(organisations[key].name) for key in keys} - {None}) <= 1:
            keys.sort(key=lambda key: len(organisations[key].name), reverse=True)
            for key in keys[1:]:
                organisations[keys[0]].absorb(organisations.pop(key))


def _merge_name_and_short_name(organisations: dict[str, FoundOrganization]) -> None:
    """A body given its short name in brackets and written elsewhere with that short name after the same name
    ('Tổng công ty Vận tải Thủy (VIVASO)', 'Tổng công ty vận tải thủy Vivaso') in one article: one body, named by
    the longer form."""
    for key in list(organisations):
        organisation = organisations[key]
        shorts = {form.casefold() for form in organisation.forms if " " not in form and form.casefold() != key}
        owners = [key + " " + short for short in shorts if key + " " + short in organisations]
        if len(owners) == 1:
            organisations[owners[0]].absorb(organisations.pop(key))


STANDING_BOARD_HEADS = ("ủy ban ", "uỷ ban ", "ban ")


def _merge_standing(organisations: dict[str, FoundOrganization]) -> None:
    """A standing committee or board written with and without its head ('Uỷ ban thường vụ Quốc hội', then
    'Thường vụ Quốc hội'; 'Ban Thường vụ Tỉnh ủy X', 'Thường vụ Tỉnh ủy X') in one article: one body, named by the
    longer form."""
    for key in [key for key in organisations if key.startswith(("thường vụ ", "thường trực "))]:
        owners = [head + key for head in STANDING_BOARD_HEADS if head + key in organisations]
        if len(owners) == 1:
            organisations[owners[0]].absorb(organisations.pop(key))


def _legal_form(name: str) -> int | None:
    """Which legal form a company's name states (joint-stock, limited), if any: a joint-stock group and a limited
    company of the same proper name are two bodies ('Công ty CP Tập đoàn Phúc Sơn', 'Công ty TNHH ... Phúc Sơn')."""
    words = f" {name.casefold()} "
    return next((index for index, forms in enumerate(_LEGAL_FORMS, 1) if any(f" {form} " in words for form in forms)),
                None)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Names of provinces, districts and places abroad, with the old names of the south's capital."""
    return frozenset({*division_names(), *district_units(), *foreign_places(), "Việt Nam", "Sài Gòn"})


_POLICE_UNIT = re.compile(r"(?:Phòng|Đội|Trại tạm giam|Cơ quan (?:CSĐT|Cảnh sát điều tra))\s")
_BRACKETED_POLICE = re.compile(rf"\s*\(\s*(Công an (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*[{UPPER}][^()]{{0,40}}?)"
                               r"\s*\)")


@lru_cache(maxsize=1)
def _police_after_comma() -> re.Pattern[str]:
    """', Công an tỉnh X' after a police unit: its police, written after a comma."""
    return re.compile(rf",\s+(Công an\s+(?:{level_alternation()}\s+{place_run()}"
                      rf"|(?:TP\.?\s*)?{province_alternation()}{E}))")


def _with_bracketed_police(candidate: Candidate, lines_: list[Line]) -> None:
    """A police unit with its police in brackets right after ('Phòng CSGT (Công an tỉnh Hòa Bình)') is that
    police's unit, named with it, as when it is written without brackets ('Phòng Cảnh sát hình sự Công an tỉnh
    X'), and so is one with its police after a comma ('phòng Tham mưu, Công an TP.HCM', 'Phòng Cảnh sát đường thủy,
    Công an tỉnh Quảng Ninh'); a department of a ministry written so keeps its own name ('Cục Viễn thông (Bộ
    TT&TT)')."""
    if candidate.short_form or candidate.name != candidate.written[:1].upper() + candidate.written[1:] or \
            not _POLICE_UNIT.match(candidate.name) or "Công an" in candidate.name:
        return
    for line in lines_:
        offset = candidate.end - line.start
        if 0 <= offset <= len(line.text) and candidate.start >= line.start:
            parent = _BRACKETED_POLICE.match(line.text, offset) or _police_after_comma().match(line.text, offset)
            if parent:
                candidate.name = f"{candidate.name} {' '.join(parent.group(1).split())}"
            return


def _in_brackets_after(previous: Candidate, candidate: Candidate, lines_: list[Line]) -> bool:
    """Whether a one-word or known short name is written in brackets right after a body's name ('Tổng công ty CP
    Khoan và Dịch vụ Khoan Dầu khí (PV Drilling)'): the short name the article then uses for that body."""
    if candidate.start - previous.end != 2:
        return False
    if candidate.written.isupper() and len(candidate.written.replace("&", "")) > len(previous.written.split()):
        return False  # '... Văn hóa của Liên hợp quốc (UNESCO)': more letters than words, the acronym of a longer name
    for line in lines_:
        offset = previous.end - line.start
        if 0 <= offset and candidate.end - line.start < len(line.text):
            return line.text[offset:offset + 2] == " (" and line.text[candidate.end - line.start] == ")"
    return False


PARENT_HEADS = ("Bộ", "Công an tỉnh", "Công an thành phố", "Công an TP", "Công an huyện", "Công an quận", "UBND", "HĐND",
                "Ủy ban nhân dân", "Hội đồng nhân dân", "Quân khu", "Bệnh viện", "Tổng công ty", "Đảng bộ",
                "Quân đội", "TAND", "Tòa án nhân dân", "VKSND", "Viện KSND", "Viện Kiểm sát nhân dân", "Sở", "Công an",
                "đảng", "bộ")
"""Heads of the bodies that other bodies belong to, besides the Party committees of a level (``PARTY_COMMITTEES``,
capitalised or not): such a body written at the end of another's name is named too ('Ban Thường vụ Tỉnh ủy Sóc
Trăng' names 'Tỉnh ủy Sóc Trăng', 'Cơ quan CSĐT Bộ Công an' names 'Bộ Công an', 'Tổng cục Chính trị Quân đội
Triều Tiên' names 'Quân đội Triều Tiên', 'Ủy ban thẩm phán TAND Cấp cao tại Đà Nẵng' names the court, 'Ủy ban
Quốc gia đảng Cộng hòa' the party, and 'Thanh tra bộ GTVT' the ministry, named with a capital). Both tone
placements are read."""


@lru_cache(maxsize=1)
def _parent_start() -> re.Pattern[str]:
    committees = [form for committee in PARTY_COMMITTEES for form in (committee, committee[0].upper() + committee[1:])]
    heads = [*with_old_tone_marks(PARENT_HEADS), *committees]
    return re.compile(r"(?<=\s)(?:" + "|".join(re.escape(head) for head in heads) + r")(?=[\s.])")


_PARENT_NEXT = re.compile(rf"\s+(?:[{UPPER}\d]|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s)")


def _found_as(key: str, organisations: dict[str, FoundOrganization]) -> str:
    """The key of the body a parent's name already names: itself, one written in that form, or the one body whose
    name goes on with its place ('Đảng uỷ Sở GD-ĐT' after 'Sở GD-ĐT TP. HCM')."""
    if key in organisations:
        return key
    written = [other_key for other_key, other in organisations.items()
               if any(_key(form) == key for form in other.forms)]
    longer = [other_key for other_key in organisations if other_key.startswith(key + " ")]
    return (written or (longer if len(longer) == 1 else [key]))[0]


@lru_cache(maxsize=1)
def _ministry_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{ministry_fields()}){E}")


def _add_parents(organisations: dict[str, FoundOrganization]) -> None:
    """The parent body written at the end of a body's name, as an organisation of its own, with the span of
    that part of the name; only when it is a name of its own (a place or a proper name after its head)."""
    pattern = _parent_start()
    for organisation in list(organisations.values()):
        for mention in list(organisation.mentions):
            for head in pattern.finditer(mention.text):
                if head.group(0) == "đảng" and not _party_after().match(mention.text, head.start() - 1):
                    continue  # 'Ban cán sự đảng UBND TP. HCM': no party abroad
                if head.group(0) == "bộ" and not _ministry_after().match(mention.text, head.end()):
                    continue  # 'Câu lạc bộ Sahako', 'Đảng bộ tỉnh': no ministry
                if head.group(0) == "Công an" and (mention.text[: head.start()].endswith(("Bộ ", "bộ ", "Đồn ", "đồn "))
                                                   or mention.text.endswith(" Trung ương")):
                    continue  # 'Bộ Công an Trung Quốc', 'Đồn Công an Quang Châu': a ministry's field or a station's
                    # head, no police of a place; 'Đảng uỷ Công an Trung ương' names the central police's Party
                    # committee, not a body 'Công an Trung ương', as the dev annotations read it
                rest = mention.text[head.start():]
                if rest == mention.text or not any(character.isupper() or character.isdigit()
                                                   for character in rest[head.end() - head.start():]):
                    continue  # 'Ban Dân vận Tỉnh ủy': a bare committee names no body without its place
                if rest.casefold() in bare_organization_heads() or _patterns()["bare_end"].search(rest) or \
                        not _PARENT_NEXT.match(rest, head.end() - head.start()):
                    continue  # 'Hội đồng Bộ trưởng Cuba': a title's word, not a ministry
                key = _key(rest)
                if key == _key(organisation.name):
                    continue
                key = _found_as(key, organisations)
                parent = organisations.setdefault(key, FoundOrganization(name=rest[0].upper() + rest[1:]))
                start = mention.span.start + head.start()
                if all(known.span.start != start for known in parent.mentions):
                    parent.forms.append(rest)
                    parent.mentions.append(Mention(text=rest, span=Span(start=start, end=mention.span.end)))
                break


@lru_cache(maxsize=1)
def _head_start() -> re.Pattern[str]:
    return re.compile(rf"(?=[{UPPER}])(?i:{alternation(organization_heads(), ignore_case=True)}){E}")


def _add_member_body(candidate: Candidate, organisations: dict[str, FoundOrganization]) -> None:
    """'Ủy viên Trung ương Đảng Cộng sản Trung Quốc' with no body of that name in the article: the body is the
    party ('Đảng Cộng sản Trung Quốc'), not the bare 'Đảng' of 'Bí thư Trung ương Đảng'."""
    rest = candidate.written[len(SHORT_FORM_HEAD):].lstrip()
    if " " not in rest or _head_start().match(rest) is None:
        return
    start = candidate.end - len(rest)
    organisation = organisations.setdefault(_key(rest), FoundOrganization(name=rest))
    organisation.forms.append(rest)
    organisation.mentions.append(Mention(text=rest, span=Span(start=start, end=candidate.end)))


_LEVEL_ABBREVIATIONS = {"q.": "quận", "p.": "phường", "h.": "huyện", "tx.": "thị xã", "tt.": "thị trấn"}
_WORD = re.compile(r"[^\s.]+\.?")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name, a dotted abbreviation split ('TP.HCM' -> 'TP.', 'HCM'), as are abbreviated fields joined
    by a dash ('PK-KQ'), the dashes between written-out fields left out, one-letter levels written out (cached: every
    pair of an article's bodies is compared, and names recur across articles)."""
    words: list[str] = []
    for word in _WORD.findall(name):
        if word in ("-", "–"):
            continue  # 'Phòng không – Không quân' is written 'PK-KQ'
        if ("-" in word or "–" in word) and all(_ABBREVIATION_WORD.fullmatch(part) for part in re.split("[-–]", word)):
            words.extend(re.split("[-–]", word))  # 'PK-KQ': two abbreviated fields
            continue
        words.extend(_LEVEL_ABBREVIATIONS.get(word.casefold(), word).split())
    return tuple(words)


def _initial(word: str) -> str:
    initial = word[:1].upper()
    return initial if initial == "Đ" else unicodedata.normalize("NFD", initial)[:1]


def _abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``full`` with runs of words written as their initials ('UBND tỉnh' for 'Ủy ban nhân dân
    tỉnh', 'Trung tâm TDTT Q. Bình Thạnh' for 'Trung tâm Thể dục Thể thao quận Bình Thạnh'); the other words agree."""
    if not short or not full:
        return not short and not full
    first = short[0].rstrip(".")
    if short[0].rstrip(".").casefold() == full[0].rstrip(".").casefold() and _abbreviates(short[1:], full[1:]):
        return True
    if _ABBREVIATION_WORD.fullmatch(first) and len(first) <= len(full):
        if "".join(_initial(word) for word in full[: len(first)]) == first.replace("&", "V"):  # '&' is 'và'
            return _abbreviates(short[1:], full[len(first):])
    return False


def _head_and_acronym(short: str, full: str) -> bool:
    """'Viện ABAII' for 'Viện Công nghệ Blockchain và Trí tuệ Nhân tạo ABAII': the head and the acronym that ends
    the full name."""
    short_words, full_words = short.split(), full.split()
    return (len(short_words) == 2 and len(full_words) > 2 and _ABBREVIATION_WORD.fullmatch(short_words[1]) is not None
            and short_words[0] == full_words[0] and short_words[1] == full_words[-1])


def _merge_abbreviated(organisations: dict[str, FoundOrganization]) -> None:
    """A name with abbreviations is another form of the written-out name ('UBND tỉnh Bắc Ninh' and 'Ủy ban nhân
    dân tỉnh Bắc Ninh', 'Công an H.Cần Giờ' and 'Công an huyện Cần Giờ'): one body, named by its longest form."""
    keys = sorted(organisations, key=lambda key: -len(organisations[key].name))
    for short_key in reversed(keys):
        short = organisations.get(short_key)
        if short is None or not (any(_ABBREVIATION_WORD.fullmatch(word.rstrip(".")) for word in _words(short.name))
                                 or "." in short.name):  # 'Công an H.Cần Giờ' for 'Công an huyện Cần Giờ'
            continue
        for full_key in keys:
            full = organisations.get(full_key)
            if full is None or full_key == short_key or len(full.name) <= len(short.name):
                continue
            if _abbreviates(_words(short.name), _words(full.name)) or _head_and_acronym(short.name, full.name):
                if full.name.casefold() not in {form.casefold() for form in full.forms} and short.name in short.forms:
                    # 'Công an TP' resolved to 'Công an TP Hồ Chí Minh' where 'Công an TP.HCM' is written: the
                    # article's own form names the body, not one built from a bare mention
                    full.name = short.name
                full.absorb(organisations.pop(short_key))
                break


def to_models(found: list[FoundOrganization]) -> list[Organization]:
    organisations, used = [], set()
    for item in found:
        base = f"org-{slug(item.name)}"
        identifier, number = base, 2
        while identifier in used:
            identifier, number = f"{base}-{number}", number + 1
        used.add(identifier)
        aliases: list[str] = []
        for form in item.forms:
            if form != item.name and form not in aliases:
                aliases.append(form)
        organisations.append(Organization(id=identifier, name=item.name, aliases=aliases, expanded=expand(item.name),
                                          mentions=item.mentions))
    return organisations

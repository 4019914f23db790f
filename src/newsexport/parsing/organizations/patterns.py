"""The organisation finder's word lists and compiled patterns: the one large name grammar (``_patterns()``),
built once from the gazetteer and the lists here, and the lookups that several steps share (known names, place
names, brands, enterprise heads).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import (
    ABBREVIATION, B, CAP_SYLLABLE, E, LOWER, UPPER, alternation, district_units, division_names, lines, lowercase_stops,
)
from newsexport.parsing.names import (
    BARE_LEVELS, NOT_NAME_WORDS, PARTY_COMMITTEES, closed_organizations, country_alternation, department_fields,
    known_organizations, level_alternation, lowercase_head, lowercase_head_letters, name_token, organization_heads,
    party_families, place_run, province_alternation, title_heads,
)
from newsexport.parsing.places import foreign_places

_ABBREVIATION_WORD = re.compile(ABBREVIATION)
SHORT_FORM_HEAD = "Trung ương"
FIELD_HEADS = tuple(lines("organization_field_heads.txt"))
"""Heads whose field may go on in lower case before the place that ends the name (``organization_field_heads.txt``)."""
_FIELD_HEAD_LETTERS = "".join(sorted({head[0] for head in FIELD_HEADS}))
_SHORT_NAME_AFTER = r"\(\s*[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*\s*\)"
"""An abbreviation in brackets, two capitals or more ('(CSIS)', '(VNPT-Net)'): the short name that closes a body's
name."""
PARENTS_AFTER = tuple(lines("organization_parents_after.txt"))
"""Heads of the parent bodies written after a department (``organization_parents_after.txt``)."""
LEGAL_FORM_HEADS = tuple(lines("organization_legal_form_heads.txt"))
"""Companies by their legal form (``organization_legal_form_heads.txt``): their trade follows in lower case, or begun
with a capital, before the proper name."""
PLANT_HEADS = tuple(lines("organization_plant_heads.txt"))
"""Plants (``organization_plant_heads.txt``): their trade follows in lower case before the proper name."""
COMPANY_HEADS = (*LEGAL_FORM_HEADS, *PLANT_HEADS)
"""Companies by their legal form, and plants, whose trade may follow in lower case before the proper name ('Công
ty cổ phần cảng Quy Nhơn', 'Công ty TNHH thương mại Hoàng Long', 'Nhà máy dệt Thống Nhất')."""
TRADE_HEADS = tuple(lines("organization_trade_heads.txt"))
"""Heads that name no legal form, whose trade may come in lower case before the proper name
(``organization_trade_heads.txt``)."""
NOT_TRADES = tuple(lines("organization_not_trades.txt"))
"""What after a head of ``TRADE_HEADS`` is no trade (``organization_not_trades.txt``)."""
NOT_AGENCY_TRADES = tuple(lines("organization_not_agency_trades.txt"))
"""What after 'Cơ quan' is no agency's trade but a kind of authority (``organization_not_agency_trades.txt``)."""
NEW_WORDS = frozenset({"mới"})
"""A stop elsewhere (the adverb 'just'), the adjective 'new' inside a trade or a field ('Năng lượng mới', 'Vật liệu
mới')."""
MANAGEMENT = frozenset({"quản lý"})
"""A stop of names where it is the verb to manage, the noun management inside a trade ('Ban quản lý dự án ...')."""
TRADE_STOPS = tuple(lines("organization_trade_stops.txt"))
"""Words a trade does not hold, besides the lowercase stops (``organization_trade_stops.txt``)."""
LEGISLATIVE_HOUSES = ("Hạ viện", "Thượng viện")
"""The houses of a foreign parliament, written bare or with their country only ('Hạ viện', 'Thượng viện Mỹ',
'Hạ viện Anh'): a name or a verb after them ('Chủ tịch Hạ viện John Bercow', 'Hạ viện Mỹ thông qua') is no part
of the body."""
PLATFORMS = frozenset(lines("platforms.txt"))
"""Social platforms named by their company's brand (``platforms.txt``): a body only where the company acts, employs
or is listed with other companies; elsewhere the medium posted on."""
PLATFORM_VERBS = ("vừa", "cho biết", "thông báo", "công bố", "triển khai", "sáng chế", "thay đổi", "mua", "ra mắt")
"""What a platform's company does, besides the verbs of policy of ``government_verbs.txt``."""
PRODUCT_WORDS = tuple(lines("product_words.txt"))
"""Words before a brand that make it a product, a model, a shop or a place, not the company (``product_words.txt``)."""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    token = name_token()
    closed_names = closed_organizations()
    known = alternation([name for name in known_organizations() if " ".join(name.split()).casefold() not in closed_names],
                        ignore_case=True)
    closed = alternation([name for name in known_organizations() if " ".join(name.split()).casefold() in closed_names],
                         ignore_case=True)
    heads = alternation(organization_heads(), ignore_case=True)
    brands = alternation(lines("brands.txt"))
    lower_closed = [name for name in known_organizations() if name[:1].islower()]
    lower_first = "".join(sorted({name[0] for name in lower_closed}))
    bare_end = alternation([*BARE_LEVELS, *PARTY_COMMITTEES], either_case_first=True)
    single_heads = alternation([head for head in organization_heads() if " " not in head and head.istitle()])
    company = alternation([*COMPANY_HEADS, "Tổng công ty"], ignore_case=True)
    trade_company = alternation([*LEGAL_FORM_HEADS, "Công ty", "Tổng công ty", "Cty", "Tổng Cty", "Trung tâm",
                                 "Tập đoàn", "Ngân hàng"],
                                ignore_case=True)
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
            rf"(?=[{UPPER}{lowercase_head_letters()}{lower_first}]){B}(?:(?P<lower>{lowercase_head()})(?P<more_lower>)"
            # a party abroad by its family's name after 'đảng' in lower case ('ứng viên đảng Cộng hòa')
            rf"|(?=đảng\s+[{UPPER}])(?i:(?P<lower_party>{parties}))(?P<any_lower_party>)"
            # a closed name written with a lowercase particle first ('al-Qaeda'), complete like the others
            rf"|(?P<lower_closed>{alternation(lower_closed)}){E}"
            # an investigating or enforcing agency named by its field, in either case, then its police after a space
            # or a dash ('cơ quan cảnh sát điều tra Công an thị xã Quảng Yên', 'cơ quan Thi hành án hình sự Công an
            # TP. HCM'); after a comma the police are named apart, as the conventions read 'Cơ quan CSĐT, Công an
            # tỉnh X'
            rf"|(?P<agency>[Cc])ơ quan\s+"
            rf"(?:[Cc]ảnh sát điều tra|[Aa]n ninh điều tra|[Đđ]iều tra|[Tt]hi hành án hình sự)(?:(?:\s+|\s*[-–]\s*)"
            rf"Công an\s+(?:{level_alternation()}\s+{place_run()}|(?:TP\.?\s*)?{province_alternation()}{E})"
            # (before a comma and its police, the agency alone: 'Cơ quan Cảnh sát điều tra, Công an tỉnh Nghệ An')
            rf"|(?=,\s+(?:[Bb]ộ\s+)?Công an{E}))"
            # a club by its name and 'FC' ('Hà Nội FC', 'Sahako FC'; not a licence class, 'Hạng FC', nor the word
            # for a match or a team before it)
            rf"|(?=[{UPPER}])(?:(?P<club>(?!(?:Hạng|Trận|Đội|CLB|Sân|Cầu)\s)(?:[{UPPER}][\w.]*\s+){{1,3}}FC){E}"
            # a known body's branch ('Ngân hàng Nhà nước chi nhánh TP. HCM', '... Việt Nam chi nhánh Nghệ An'), as a short
            # name's below, else the tokens that go on its name; the look-ahead keeps the tokens from being read twice
            # where no branch follows
            rf"|(?i:(?P<known>{known}))(?:(?=[^.,;:]{{0,40}}?\s[Cc]hi nhánh\s)(?:\s+{token}){{0,3}}?{branch}|(?P<any_known>))"
            # an international body or an enterprise by its short name: complete, nothing after it continues it
            rf"|(?i:(?P<closed>{closed})){E}(?P<region>\s+[Kk]hu vực\s+(?:\d{{1,2}}|[IVX]{{1,4}}){E}"
            rf"|{branch})?"
            # a company by its brand, where no model follows ('Samsung', 'Heineken Việt Nam'; not 'Boeing 777')
            rf"|(?P<brand>{alternation([*lines('brands.txt'), *PLATFORMS])}){E}"
            rf"(?:\s+(?:{country_alternation()}){E}|{branch}"
            rf"|\s+(?:TP\.?\s*)?{province_alternation()}{E})?"  # its branch in a province ('Vietravel Hà Nội')
            rf"(?!\s*[-–]?\s*[{UPPER}\d])"
            rf"|(?P<house>{alternation(LEGISLATIVE_HOUSES)}(?:\s+(?:{country_alternation(with_england=True)}))?){E}"
            # a trade in lower case, 'và' inside it ('Công ty cổ phần đầu tư và khoáng sản Hợp Thành', 'Xí nghiệp chế
            # biến nông lâm sản Sông Hiếu')
            rf"|(?=[CTNX])(?i:{company})(?:\s+{trade_phrases}|\s+(?!{trade_stops}{E})[{LOWER}]+|\s+và(?=\s+[{LOWER}])){{1,7}}(?=\s+[{UPPER}])(?P<more_company>)"
            # a police unit named by its field in lower case, then its force ('Phòng cảnh sát cơ động Công an tỉnh
            # X', 'Đội cảnh sát hình sự Công an quận Y')
            rf"|(?:Phòng|Đội)\s+(?:cảnh sát|an ninh|kỹ thuật hình sự)(?:\s+(?!{stops}{E})[{LOWER}]+){{0,4}}"
            rf"\s+Công an\s+(?:{level_alternation()}\s+{place_run()}|(?:TP\.?\s*)?{province_alternation()}{E})"
            # a country's army or one of its services ('Quân đội Israel', 'Hải quân Mỹ', 'Thủy quân lục chiến Mỹ';
            # 'quân đội Mỹ' in lower case uses the country as an adjective)
            rf"|(?:Quân đội|Hải quân|Không quân|Lục quân|Th[uủ]y quân lục chiến)\s+(?:{country_alternation()}){E}"
            # a party abroad by its short or foreign name ('Đảng BJP', 'Đảng Pheu Thai'; checked in candidates())
            rf"|(?P<party>Đảng)(?=\s+[{UPPER}])(?!\s+(?:[IVXLC]+|Nhà nước|Trung ương|Cộng sản){E})(?P<more_party>)"
            # a trade begun with a capital and going on in lower case before the proper name or number ('Công ty CP Lọc
            # hóa dầu Bình Sơn', 'Tổng công ty Xây lắp dầu khí Việt Nam', 'Trung tâm Giám định pháp y TP. HCM',
            # 'Trung tâm Kỹ thuật đường bộ 1'), also after a field read whole ('Tổng công ty Đầu tư phát triển đường
            # cao tốc Việt Nam', where 'phát' is a stop elsewhere)
            rf"|(?=[CTN])(?i:{trade_company})\s+(?:(?=[{UPPER}])(?i:{fields}){E}|[{UPPER}][{LOWER}]*)"
            rf"(?:\s+{trade_phrases}|\s+(?!{trade_stops}{E})[{LOWER}]+"
            # (a second field after 'và' may be capitalised too: 'Công ty CP Quản lý và Xây dựng công trình giao thông')
            # (but a second company after 'và' is a body of its own: 'Tập đoàn Vingroup và công ty Cổ phần Vinhomes')
            rf"|\s+và(?=\s+[{LOWER}])(?!\s+(?i:{trade_company}){E})"
            rf"|\s+và\s+[{UPPER}][{LOWER}]*(?=\s+(?!{trade_stops}{E})[{LOWER}]+\s+[{LOWER}]))"
            rf"{{2,9}}(?=\s+[{UPPER}\d])(?P<more_trade_company>)"
            # the same after other heads, ending with the place that ends the name ('Sở Quy hoạch kiến trúc Hà Nội',
            # 'Hội Kiểm toán hành nghề Việt Nam', 'Viện Kiểm nghiệm thuốc T.Ư'), and nothing after it but a city
            # or a country abroad ('Hội Sinh viên Việt Nam TP. Hà Nội', 'Hội Doanh nhân Việt Nam tại Anh'; not 'Cục
            # Điều tra liên bang Mỹ Christopher Wray')
            rf"|(?=[{_FIELD_HEAD_LETTERS}])(?!Cơ quan\s+Công an{E})(?i:{field_heads})\s+[{UPPER}][{LOWER}]*"
            rf"(?:\s+(?:[-–]\s+)?(?:{plural_trade}|(?!{trade_stops}{E})[{LOWER}]+)){{1,5}}"
            rf"\s+(?:(?:(?:tỉnh|thành phố)\s+|TP\.?\s*)?{province_alternation()}|{country_alternation()}|VN|T\.Ư"
            # (or a district, a ward or a commune: 'Phòng Văn hoá thông tin huyện Cần Đước', 'Trung tâm Văn hoá thể
            # thao quận 12')
            rf"|(?:huyện|quận|thị xã|phường|xã)\s+(?:{place_run()}|\d{{1,2}}(?![\d/.,]\d))"
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
            # (its tokens, where a pair of countries is read as one, are read by the tail below)
            rf"(?:(?=\s+(?:[{UPPER}\d]|số\s+\d|(?:{level_alternation()})\s+[{UPPER}\d]))(?P<more_trade>)"
            rf"|\s+\((?P<trade_short>[{UPPER}][\w&-]+)\)"
            # or national or central in lower case ('Uỷ ban an toàn giao thông quốc gia', 'Trung tâm dự báo khí
            # tượng thuỷ văn trung ương')
            rf"|\s+(?:quốc gia|trung ương){E}(?!\s+[{UPPER}]))"
            rf"|(?i:{heads})(?P<more_head>)"
            # 'Cơ quan' heads an agency's name ('Cơ quan Năng lượng Nguyên tử Quốc tế'); before 'Công an' or an
            # abbreviation it is the common noun ('Cơ quan Công an quận X', 'Cơ quan BHXH')
            rf"|Cơ quan(?!\s+(?:Công an|[{UPPER}]{{2,}}){E})(?P<more_agency_head>)"
            rf"|(?P<committee>(?:Thường (?:vụ|trực)\s+)?{committees}){E}(?!\s+viên{E})))"  # 'Tỉnh uỷ viên' is a title
            rf"{_name_tail(token)}"),
        # what a national committee is of, named with a capital ('Uỷ ban quốc gia về Chính phủ điện tử')
        "about": re.compile(rf"\s+về(?=\s+[{UPPER}])(?:\s+(?!(?:{alternation(NOT_NAME_WORDS)}){E}){token})+"
                            # or its matter in lower case, read only up to what ends it: punctuation, a stop word, a
                            # capital ('Uỷ ban quốc gia về ứng dụng công nghệ thông tin', 'Ban Chỉ đạo Trung ương về
                            # phòng, chống thiên tai'); 'các' and the trades' phrases go on it ('về phát triển các ...')
                            rf"|\s+về(?:\s+(?:{trade_phrases}|các(?=\s+[{LOWER}])|(?!(?:{stops}){E})[{LOWER}]+)"
                            rf"(?:,\s+chống{E})?){{1,12}}(?:\s+Việt Nam{E})?"  # ('... về thanh niên Việt Nam')
                            rf"(?=\s*[.,;:()\"“”…–-]|\s*$|\s+(?:{stops}){E}|\s+[{UPPER}])"),
        # what after 'Vụ' makes it a case, not a department: a title ('Vụ Phó chánh Thanh tra ...')
        "incident_after": re.compile(rf"(?:Phó|Chánh|Giám đốc|Chủ tịch|Bí thư|Trưởng|Cựu|Nguyên|Thứ trưởng|Bộ trưởng){E}"),
        "bare_end": re.compile(rf"(?:(?<=\s)|^)(?P<level>{bare_end})$"),
        "generic_before": re.compile(r"(?:lực lượng|[Ll]ực lượng)\s+$"),
        # a project named after what it builds ('dự án Trung tâm đô thị Thương mại – Dịch vụ'): no body
        "project_before": re.compile(r"(?<![\w])[Dd]ự án\s+$"),
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
        # a listed field written with a dash, in either case ('Phòng chính trị - tư tưởng', 'Sở Tài nguyên - môi
        # trường')
        "dashed_field": re.compile(
            rf"(?i:{alternation([field for field in department_fields() if '-' in field], ignore_case=True)})"),
        "numbered_end": re.compile(rf"[Kk]hu vực\s+\S+\s+[-–]\s*{province_alternation()}{E}"),
        "plural_after": re.compile(r"\s+các\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|địa phương|cấp|bộ, ngành)(?![\w])"),
        # two levels written together ('UBND quận huyện', 'Công an xã phường'): the bodies of every such unit
        "two_levels_end": re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+"
                                     r"(?:tỉnh|thành|huyện|quận|thị xã|xã|phường)$"),
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
        "title_or_rank": re.compile(rf"(?:{alternation([*title_heads(), *lines('ranks.txt')])}){E}"),
        # a platform's company acts ('Facebook vừa thông báo', 'YouTube thay đổi thuật toán'), employs or is asked
        # ('làm việc tại Facebook', 'yêu cầu YouTube'), or is listed with companies ('Apple, Facebook, Uber')
        "platform_acts": re.compile(rf"\s+(?:{alternation([*lines('government_verbs.txt'), *PLATFORM_VERBS])}){E}"),
        # the medium a person posts on, reads or uses, even before a verb ('phản pháo trên Twitter cho rằng', 'người
        # dùng Facebook sẽ'), read back through the words for a network or a page ('trên trang cá nhân Twitter')
        "platform_medium": re.compile(r"(?<![\w])(?:[Tt]rên|lên|qua|[Nn]guồn|[Tt]ài khoản|trang|kênh|[Nn]gười dùng"
                                      r"|sử dụng)(?:\s+(?:mạng xã hội|mạng|trang cá nhân|trang|tài khoản|kênh))?\s+$"),
        "platform_employer": re.compile(r"(?<![\w])(?:tại|yêu cầu|ông chủ|nhà đầu tư(?: ban đầu)? của)\s+$"),
        "platform_listed_after": re.compile(rf"(?<![\w])(?:{brands})(?:\s*\([^()]{{1,30}}\))?(?:\s*,|\s+và)\s+$"),
        "platform_listed_before": re.compile(rf"(?:\s*\([^()]{{1,30}}\))?(?:\s*,|\s+và)\s+(?:{brands}){E}"),
        # ('thương hiệu Mazda' is the brand, whose company it names, not a shop: 'hiệu vàng')
        "product_before": re.compile(
            rf"(?<![\w])(?<![Tt]hương )(?:{alternation(PRODUCT_WORDS, either_case_first=True)})\s+$"),
        "central_member": re.compile(rf"(?i:{alternation(CENTRAL_MEMBER_TITLES, ignore_case=True)})\s+$"),
    }


_ONE_OR_MORE = ("more_lower", "more_company", "more_party", "more_trade_company", "more_trade", "more_head",
                "more_agency_head")
"""The organisation pattern's branches that end with one token of the name or more: each sets its flag (an empty
group) where its head ends, and the shared tail reads the tokens."""
_ANY = ("any_lower_party", "any_known")
"""The branches that end with any number of tokens, none included."""


def _any_set(flags: tuple[str, ...]) -> str:
    """A pattern that matches the empty string where one of the flags (empty groups) is set, and fails elsewhere."""
    return "".join(f"(?({flag})|" for flag in flags) + "(?!)" + ")" * len(flags)


def _none_set(flags: tuple[str, ...]) -> str:
    """A pattern that matches the empty string where none of the flags is set, and fails elsewhere."""
    return "".join(f"(?({flag})(?!)|" for flag in flags) + ")" * len(flags)


def _name_tail(token: str) -> str:
    """The tokens that end the name, after whichever branch of the organisation pattern matched: one copy of the
    name token, shared by every branch that reads tokens (a known body's branch keeps one more, for the few tokens
    it may read before a branch office).

    Each such branch used to end with its own repetition of the token (``+`` or ``*``): the token, about 87,000
    characters, stood ten times in the pattern, whose compilation held some 120 MB for a moment, the peak of a
    whole conversion (``benchmarks/compile_memory.py``). Ending the branches with a flag and reading the tokens
    once, after the alternation, matches the same: the tail fails exactly where the branch's own repetition would
    have failed (no token after a branch that needs one), and the engine then backtracks into that branch and on
    to the next ones, in the order it did before, the flag unset again; a branch that reads no tokens sets no flag
    and passes the tail. A trade's tokens (``more_trade``) also read a pair of countries as one ('Phòng Thương mại
    Mỹ - Trung Quốc').
    """
    countries = rf"(?:{country_alternation()})(?:\s*[-–]\s*(?:{country_alternation()}))?{E}"
    flags = (*_ONE_OR_MORE, *_ANY)
    return (rf"(?:{_any_set(flags)}(?P<read>(?(more_trade)\s+{countries}|(?!))|\s+{token})*"
            rf"(?:{_none_set(_ONE_OR_MORE)}|(?(read)|(?!)))"
            rf"|{_none_set(flags)})")


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Known full names by their casefolded form."""
    return {" ".join(name.split()).casefold(): name for name in known_organizations()}


SCHOOL_KINDS = tuple(lines("school_kinds.txt"))
"""First words of a school's kind after 'Trường' (``school_kinds.txt``)."""
CENTRAL_MEMBER_TITLES = tuple(lines("central_member_titles.txt"))
"""Titles of membership of a central committee (``central_member_titles.txt``)."""


def _title_words() -> str:
    """The last words of title heads ('Phó Bí thư', 'Chủ tịch'), in either case."""
    return alternation({head.split()[-1].casefold() for head in lines("titles.txt")}
                       | {head.split()[-1] for head in lines("titles.txt")})


@lru_cache(maxsize=1)
def _places_with_a_head() -> tuple[str, ...]:
    """Provinces, districts and places abroad whose name begins with a one-word head ('Hội An', 'Đài Bắc')."""
    heads = {head for head in organization_heads() if " " not in head and head[0].isupper()}
    names = {*division_names(), *district_units(), *foreign_places()}
    return tuple(sorted(name for name in names if " " in name and name.split()[0] in heads))


@lru_cache(maxsize=1)
def _party_after() -> re.Pattern[str]:
    """A party abroad in lower case after a body of a party ('Ủy ban Quốc gia đảng Cộng hòa', 'Ủy ban Trung ương
    đảng Lao động Triều Tiên'), with the country that may end its name."""
    return re.compile(rf"\s+đảng\s+(?:{alternation(party_families())})(?:\s+(?:{country_alternation()}))?{E}")


@lru_cache(maxsize=1)
def _brand_names() -> frozenset[str]:
    return frozenset(lines("brands.txt"))


_SHORT_BRAND = re.compile(r"[A-Z]{2,}[A-Z0-9]* [A-Z][a-z]+")
ENTERPRISE_HEADS = tuple(head + " " for head in lines("organization_enterprise_heads.txt"))
"""Heads of enterprises, casefolded, each with the space after it (``organization_enterprise_heads.txt``)."""


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Names of provinces, districts and places abroad, with the old names of the south's capital."""
    return frozenset({*division_names(), *district_units(), *foreign_places(), "Việt Nam", "Sài Gòn"})


@lru_cache(maxsize=1)
def _police_after_comma() -> re.Pattern[str]:
    """', Công an tỉnh X' after a police unit: its police, written after a comma."""
    return re.compile(rf",\s+(Công an\s+(?:{level_alternation()}\s+{place_run()}"
                      rf"|(?:TP\.?\s*)?{province_alternation()}{E}))")

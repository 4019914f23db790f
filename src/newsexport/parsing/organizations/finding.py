"""Candidates: every organisation-like mention of an article's lines, read by the name grammar (``patterns``),
cut to where its name ends (``extent``) and left out where it names no one body (a generic mention, a head inside a
place's name, a brand's product, a level of study); football clubs (``clubs``), 'X Group' companies (``groups``),
companies named by a foreign brand after a lowercase head and trade (``enterprises``) and papers a person speaks to
by their bare names (``media.papers_spoken_to``) are added.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsexport.parsing.gazetteer import (
    E, LOWER, UPPER, alternation, lines, lowercase_stops, single_syllable_stops, with_old_tone_marks,
)
from newsexport.parsing.joined_fields import dash_joined, joined_fields
from newsexport.parsing.name_ends import without_trailing_verb
from newsexport.parsing.media import ends_with_an_anchor, is_media, paper_rest, papers_spoken_to
from newsexport.parsing.names import (
    NOT_NAME_WORDS, bare_organization_heads, country_alternation, department_fields, foreign_word,
)
from newsexport.parsing.organizations.clubs import _clubs
from newsexport.parsing.organizations.extent import (
    MANAGEMENT_BOARD_HEADS, MISSION_HEADS, UNIT_HEADS, _acronym_inside, _family_at, _mission_seat, _name_after_trade,
    _named_after_trade, _parent_after_dash, _party_name, _title_in_clause, _trimmed, _without_trailing_foreign_name,
    _without_trailing_person, more_zones_managed, without_person_after_known,
)
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.organizations.enterprises import _add_enterprises
from newsexport.parsing.organizations.groups import LEGAL_FORMS, _add_groups
from newsexport.parsing.organizations.listed import add_companies_listed_with_brands
from newsexport.parsing.organizations.patterns import (
    COMPANY_HEADS, FIELD_HEADS, PLATFORMS, SHORT_FORM_HEAD, _ABBREVIATION_WORD, _SHORT_BRAND, _known, _party_after,
    _patterns, _police_after_comma,
)
from newsexport.parsing.places import places_abroad
from newsexport.parsing.segment import Line

_ANY_BEFORE = re.compile(r"(?<![\w])(?:[Mm]ột|[Cc]ác|[Mm]ỗi|[Nn]hiều)\s+$")
STANDING_HEAD = "Thường trực "
LOWERCASE_OFFICES = ("phòng ", "trung tâm ")
"""Lowercase heads of offices and centres that every district and police force has: they name one only with its
place or its force ('phòng Giáo dục huyện X', 'phòng Cảnh sát hình sự Công an tỉnh Y', 'trung tâm Y tế huyện Z')."""
LOWERCASE_INSTITUTES = ("viện ",)
"""Lowercase heads that name a body only with more than their field ('viện Nghiên cứu Mỹ', not 'viện Nghiên cứu')."""
LOWERCASE_ENTERPRISES = tuple(head + " " for head in lines("organization_lowercase_enterprises.txt"))
"""Lowercase heads of enterprises and universities, each with the space after it: they name one body only when the
name they take ends a proper name (``_ends_a_brand``; ``organization_lowercase_enterprises.txt``)."""
_NEXT_LOWER_WORD = re.compile(rf"\s+([{LOWER}]+)(?![\w])")


_ASSEMBLY_BODY_HEADS = ("Ủy ban ", "Uỷ ban ", "Ban ", "Hội đồng ", "Viện ")
"""Heads of the National Assembly's and its Standing Committee's bodies, named with the assembly after 'của' ('Ủy ban
Kinh tế của Quốc hội', 'Ban Dân nguyện của Uỷ ban Thường vụ Quốc hội'), as the conventions read them."""


def _platforms_company(text: str, start: int, end: int) -> bool:
    """A platform's brand names its company where the company acts, employs or is asked, or is listed with other
    companies ('Facebook vừa thông báo', 'tại Facebook', 'Apple, Facebook, Uber'); elsewhere it is the medium."""
    patterns = _patterns()
    if patterns["platform_medium"].search(text, max(0, start - 32), start):
        return False
    return bool(patterns["platform_acts"].match(text, end) or patterns["platform_listed_before"].match(text, end)
                or patterns["platform_employer"].search(text, max(0, start - 24), start)
                or patterns["platform_listed_after"].search(text, max(0, start - 60), start))


@lru_cache(maxsize=1)
def _of_the_assembly() -> re.Pattern[str]:
    """'của' and the assembly or its Standing Committee, not a parliament abroad ('của Quốc hội Anh'); the assembly is
    read again as a body of its own."""
    return re.compile(rf"\s+của\s+(?:(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Quốc hội)(?![\w])"
                      rf"(?!\s+(?:{country_alternation(with_england=True)}){E})")


@lru_cache(maxsize=1)
def _words_before_a_body() -> frozenset[str]:
    """Capitalised words a body's name may follow in mid-sentence: the words of titles and ranks ('Trưởng Ban',
    'Chánh Văn phòng') and the words that begin a sentence or a clause ('Theo', 'Tại')."""
    words = {word for phrase in [*lines("titles.txt"), *lines("ranks.txt"), *NOT_NAME_WORDS] for word in phrase.split()}
    return frozenset(word for word in words if word[:1].isupper())


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a head is the middle of a capitalised name ('An Hội Đông' is a place): it follows a capitalised
    word in mid-sentence that is no title, rank or clause word."""
    match = _patterns()["word_before"].search(text, max(0, start - 40), start)
    return bool(match and match.end() == start and not match.group("boundary") and match.start("word") > 0
                and match.group("word") not in _words_before_a_body())


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


PARTY_BODY_HEADS = tuple(with_old_tone_marks(lines("party_body_heads.txt")))
"""Heads of a party's own bodies, which a party abroad written in lower case may follow (``party_body_heads.txt``)."""


def _foreign_party(written: str) -> bool:
    """Whether 'Đảng' is followed by a party's short name ('Đảng BJP') or a foreign word ('Đảng Pheu Thai'), not by
    a Vietnamese word, which the known party names of ``organizations.txt`` cover ('Đảng Dân chủ')."""
    words = written.split()
    return len(words) > 1 and (_ABBREVIATION_WORD.fullmatch(words[1]) is not None or foreign_word(words[1]))


_HOSPITAL_VERB = re.compile(rf"(?:Bệnh viện|BV)\s+(?:Mắt|Nhi|Tim|Phổi)\s+(?!(?:đồng|mạch|khoa){E})[{LOWER}]+$")
"""A hospital named by a specialty of one syllable, which takes no lowercase syllable but 'Nhi đồng', 'Tim mạch' and
'Nhi khoa': the word after it is the sentence's verb."""
_INDEX_AFTER = re.compile(r"[-–]\s?Index(?![\w])")
"""An index glued to a stock exchange's acronym ('HNX-Index'), which names the index, not the exchange."""


@lru_cache(maxsize=1)
def _field_run() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``_field_to_clause_end``: the name so far, and the lower-case run after it."""
    heads = alternation(FIELD_HEADS, ignore_case=True)
    stops = alternation([*lowercase_stops(), *lines("government_verbs.txt")])
    # the head, then a field begun but not complete: a capitalised word and its lower-case syllable that are no
    # listed field ('Quản lý', 'Bảo tồn'; not 'Nội vụ', 'Hàng không', nor a proper name, 'Vingroup')
    started = re.compile(rf"(?i:{heads})\s+(?!(?i:{alternation(department_fields(), ignore_case=True)}){E})"
                         rf"[{UPPER}][{LOWER}]*\s+[{LOWER}]+")
    run = re.compile(rf"(?!\s+(?:{alternation(lines('body_verbs.txt'))}){E})"
                     rf"(?:\s+(?:và\s+)?(?!(?:{stops}){E})[{LOWER}]+){{1,6}}(?=\s*[,.;:()]|\s*$)")
    return started, run


def _field_to_clause_end(written: str, text: str, end: int) -> str:
    """The rest of a field begun with a capital after a head of ``FIELD_HEADS`` and going on in lower case to the end
    of the clause ('Cục Quản lý khám chữa bệnh', 'Trung tâm Bảo tồn và phát triển cây dược liệu.'): read only where
    the name so far is the head and that one word, and nothing but lower-case words that are no stop or verb follow
    it up to the punctuation."""
    words = written.rsplit(" ", 2)
    if len(words) < 3 or not words[-1].islower() or not words[-2][:1].isupper():
        return ""  # the commonest case: no capitalised word and its syllable at the end, tested before the patterns
    started, run = _field_run()
    if not started.fullmatch(written):
        return ""
    rest = run.match(text, end)
    return rest.group(0) if rest else ""


def _short_acronym_in_other_case(written: str) -> bool:
    """A listed acronym of up to three letters ('IS', 'WHO', 'FBI') written otherwise than in capitals: the closed
    names are read in any case ('Asean', 'Nato' are how some papers write them), but a short one so written is
    mostly an English word ('Is', 'who')."""
    listed = _known().get(written.casefold(), "")
    return len(listed) <= 3 and listed.isupper() and written != listed


_BRACKETED_ACRONYM = re.compile(rf" \(([A-Z][A-Z0-9&]{{2,}})\)(?!\s+[{UPPER}])")
"""An acronym in brackets after a company or a group: the short name the article then uses for it ('CTCP dịch vụ
địa ốc Sài Gòn (SEJCO)', then 'Công ty SEJCO'; 'Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC)'); not where the
name goes on after the bracket ('Nhà máy Xơ sợi (NMXS) Đình Vũ')."""
_LEGAL_COMPANY_HEADS = (*(head.casefold() + " " for head in COMPANY_HEADS), "công ty ", "tổng công ty ", "tập đoàn ")
_BRACKETED_BRAND = re.compile(rf" \(({_SHORT_BRAND.pattern})\)")
"""A short name of an abbreviation and a foreign word ('PVP Land', 'PV Drilling'), as a company writes its brand in
brackets after its name."""


def candidates(lines_: list[Line]) -> list[Candidate]:
    """Every organisation-like mention, before resolution."""
    patterns = _patterns()
    found = []
    generic_forces: list[Candidate] = []  # a country's force named at a sentence's start
    for index, line in enumerate(lines_):
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
            if not known and (_inside_a_name(line.text, match.start()) or _in_a_country(line.text, match.start())
                              or patterns["project_before"].search(line.text, max(0, match.start() - 8),
                                                                   match.start())):
                continue  # ('dự án Trung tâm đô thị ...': a project, named after what it builds)
            offset = 0
            if written.startswith(STANDING_HEAD) and patterns["title_before"].search(line.text, 0, match.start()):
                offset = len(STANDING_HEAD)  # 'Phó Bí thư Thường trực Tỉnh ủy X': the body is 'Tỉnh ủy X'
                written = written[offset:]
            if match.group("brand") and patterns["product_before"].search(line.text, max(0, match.start() - 24),
                                                                          match.start()):
                continue  # 'xe Toyota', 'siêu thị Walmart': a product or a shop of the brand, not the company
            if match.group("brand") in PLATFORMS and not _platforms_company(line.text, match.start(), match.end()):
                continue  # 'trên Facebook', 'tài khoản Twitter', 'Ảnh: Twitter': the platform, not the company
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
            if match.group("closed") and _short_acronym_in_other_case(match.group("closed")):
                continue  # 'Is it?', 'Who': English words, not the acronyms 'IS' and 'WHO'
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
                # 'Trường Đại học Kinh tế - Luật': fields or names joined by a dash
                written += dash_joined(written, line.text, match.start() + offset + len(written), _begins_body_or_title)
                if not match.group("trade"):  # 'Cục Quản lý khám chữa bệnh,': a field that goes on to the clause's end
                    written += _field_to_clause_end(written, line.text, match.start() + offset + len(written))
            if written.startswith(PARTY_BODY_HEADS) and (party := _party_after().match(
                    line.text, match.start() + offset + len(written))) is not None:
                written += party.group(0)  # 'Ủy ban Quốc gia đảng Cộng hòa': the committee of a party abroad
            if not known and not _named_after_trade(written, match.group("trade")) and \
                    patterns["person_cue_before"].search(line.text, max(0, match.start() - 30), match.start()):
                written = _without_trailing_foreign_name(written)
            shorter = without_person_after_known(written, known) if known else _without_trailing_person(written)
            if shorter != written and _title_in_clause(line.text, match.start()):
                written = shorter  # 'Giám đốc ..., Đài Tiếng nói Việt Nam Nguyễn Kha Thoa'
            if is_media(written):  # 'Báo Người lao' + ' động': a paper's name the grammar cut short
                written += paper_rest(written, line.text, match.start() + offset + len(written))
            if written.startswith(MISSION_HEADS):
                written += _mission_seat(line.text, match.start() + offset + len(written))
            elif written.casefold().startswith(MANAGEMENT_BOARD_HEADS):
                written += more_zones_managed(line.text, match.start() + offset + len(written))
            elif written.endswith(" Việt Nam") and not known:  # 'Hội Sinh viên Việt Nam tại Pháp'
                written += _mission_seat(line.text, match.start() + offset + len(written), abroad=True)
            if not known and _NATIONAL_COMMITTEE.search(written):  # 'Uỷ ban quốc gia' + 'về Chính phủ điện tử'
                about = patterns["about"].match(line.text, match.start() + offset + len(written))
                written += about.group(0) if about else ""
            inside = _acronym_inside().match(line.text, match.start() + offset + len(written))
            if inside:  # 'Uỷ ban An toàn giao thông (ATGT) Quốc gia': the name goes on after its field's acronym
                written += inside.group(0)
                short_name = None  # the acronym is read inside the name, not as a mention of its own
            unit_end = len(written)  # the parent after a dash or 'của' is read again as a body of its own
            if not known and written.casefold().startswith(UNIT_HEADS):
                written += _parent_after_dash(line.text, match.start() + offset + len(written))
            if len(written) == unit_end and written.startswith(_ASSEMBLY_BODY_HEADS) and (
                    assembly := _of_the_assembly().match(line.text, match.start() + offset + len(written))) is not None:
                written += assembly.group(0)  # 'Ủy ban Kinh tế của Quốc hội': a body of the assembly, named with it
            after = match.start() + offset + len(written)
            if patterns["level_only"].search(written) or patterns["level_after"].match(line.text, after):
                continue  # 'Tòa án nhân dân cấp tỉnh', 'TAND khu vực', 'Ban Quản lý cụm ... cấp huyện': a kind of body
            if patterns["bare_end"].search(written) and patterns["level_list_after"].match(line.text, after) or \
                    patterns["plural_after"].match(line.text, after) or patterns["two_levels_end"].search(written):
                continue  # 'Mặt trận Tổ quốc xã, phường', 'UBND quận huyện', 'Sở Công Thương các tỉnh': the bodies of
                # every unit
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
            if folded in bare_organization_heads() and folded not in _known() and not match.group("committee") \
                    and not match.group("agency"):
                continue  # a head alone names no body, but an agency before its police ('Cơ quan CSĐT, Công an tỉnh X')
            if written.startswith("Vụ ") and patterns["incident_after"].match(written, 3):
                continue  # 'Vụ Phó chánh Thanh tra tỉnh X tử vong': the case of a person, no department
            if folded in PROGRAMMES:
                continue  # 'xây dựng Chính phủ điện tử': e-government is a programme, not the government
            if _INSTRUMENT_BEFORE.search(line.text, max(0, match.start() - 12), match.start()):
                continue  # 'vốn trái phiếu Chính phủ': government bonds, a source of money, not the government acting
            start = line.start + match.start() + offset
            name = written
            if (board or match.group("agency")) and name[:1].islower():
                name = name[0].upper() + name[1:]  # 'Hội đồng quản trị tập đoàn ...', 'cơ quan điều tra Công an ...'
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
                brand = written.split(" ")[1] if written.startswith("hãng ") else ""
                if brand and (foreign_word(brand) or _ABBREVIATION_WORD.fullmatch(brand)) and not is_media(written):
                    name = written[len("hãng "):]  # 'hãng Lenovo': the company by its brand (not 'hãng Phim truyện
                    # Việt Nam', a trade; a news agency, 'hãng AFP', keeps its head, by which it is told as a source)
            if inside:  # named without the bracket, the written form an alias
                name = name.replace(inside.group(1), "", 1)
            short_form = written.startswith(SHORT_FORM_HEAD) and (
                folded not in _known() or patterns["central_member"].search(line.text, 0, match.start()) is not None)
            read_to = start - line.start + unit_end
            found.append(Candidate(written=written, start=start, end=start + len(written), name=name,
                                   short_form=short_form, needs_place=match.group("committee") is not None))
            if _force_of_a_country().fullmatch(written) and _SENTENCE_START.search(line.text, 0, match.start()):
                generic_forces.append(found[-1])  # kept below only where the article names the force mid-sentence
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
        if LEGAL_FORMS.search(line.text):
            _add_groups(line, found)
        if "ông ty " in line.text or "ãng " in line.text or "ập đoàn " in line.text:
            _add_enterprises(line, found)
        if "với " in line.text or "PV " in line.text or "trả lời " in line.text:
            _add_papers(line, found)
        elif index and len(line.text) <= _SPLIT_NAME_LENGTH and ends_with_an_anchor(lines_[index - 1].text):
            _add_papers(line, found, before=lines_[index - 1].text.rstrip() + " ")
        if ", " in line.text or " và " in line.text or " hay " in line.text or " hoặc " in line.text:
            add_companies_listed_with_brands(line, found)
    if generic_forces:
        _mark_generic_forces(found, generic_forces)
    return found + _clubs(lines_, found)


_SPLIT_NAME_LENGTH = 40
"""The longest line that may be a name the capture split off its sentence (a link on a line of its own)."""


def _add_papers(line: Line, found: list[Candidate], before: str = "") -> None:
    """The papers a person of the story speaks to, named without a head ('Trao đổi với VnExpress'); ``before``:
    the sentence's start, where the capture split the paper's name off onto a line of its own ('Trao đổi với' /
    'Tiền Phong,' / 'ông X cho biết'), so that the cue before the line is read with it."""
    taken = [(candidate.start, candidate.end) for candidate in found]
    for begin, stop in papers_spoken_to(before + line.text):
        if begin < len(before):
            continue  # a paper in the line before, read with that line
        begin, stop = begin - len(before), stop - len(before)
        start, end = line.start + begin, line.start + stop
        if not any(other_start < end and start < other_end for other_start, other_end in taken):
            written = line.text[begin:stop]
            bisect.insort(found, Candidate(written=written, start=start, end=end, name=written),
                          key=lambda candidate: candidate.start)


def _mark_generic_forces(found: list[Candidate], at_sentence_start: list[Candidate]) -> None:
    """Mark as generic a country's police, army or armed service named only at the start of sentences ('Cảnh sát
    Australia cho biết'): that capital may be the sentence's, and the annotations read such a force, written
    generically, as no body (nor its country as a place); a force the article also names mid-sentence ('của Hải quân
    Mỹ') is one at every mention."""
    at_start = {id(candidate) for candidate in at_sentence_start}  # by identity: later finders insert into the list
    named = {candidate.name for candidate in found if id(candidate) not in at_start}
    for candidate in at_sentence_start:
        candidate.generic = candidate.name not in named


_NATIONAL_COMMITTEE = re.compile(
    r"^(?:(?:Ủy|Uỷ) ban|Ban [Cc]hỉ đạo|Hội đồng) (?:[Qq]uốc gia|[Tt]rung ương|liên ngành)$")
"""A national or central committee, steering board or council, whose matter after 'về' is part of its name."""
_INSTRUMENT_BEFORE = re.compile(r"(?<![\w])(?:[Tt]rái phiếu|[Cc]ông trái)\s+$")
"""Bonds named after their issuer ('trái phiếu Chính phủ', 'công trái'): the issuer written after them is no body of
the story."""
PROGRAMMES = frozenset({"chính phủ điện tử"})
"""Names a body's name grammar reads that name a programme or a way of working ('xây dựng Chính phủ điện tử'), not
a body."""
_SENTENCE_START = re.compile(r"(?:^|[.!?:…]\s+|[\"“‘'(]\s*)$")
"""What comes before a word that begins a sentence (searched up to the word)."""


@lru_cache(maxsize=1)
def _force_of_a_country() -> re.Pattern[str]:
    """A country's police, army or armed service named by the country alone ('Cảnh sát Malaysia', 'Quân đội Mỹ')."""
    return re.compile(rf"(?:Quân đội|Hải quân|Không quân|Lục quân|Th[uủ]y quân lục chiến|Cảnh sát)\s+"
                      rf"(?:{country_alternation()})")


def _begins_other(text: str, position: int) -> bool:
    """Whether another body, a title, a rank or a document begins at ``position``: no field of the name before it."""
    patterns = _patterns()
    return bool(patterns["organisation"].match(text, position) or patterns["not_a_field"].match(text, position))


def _begins_body_or_title(text: str, position: int) -> bool:
    """Whether another body, a title or a rank begins at ``position``; a document's kind may be a field after a dash
    ('Kinh tế - Luật'), where no document is cited."""
    patterns = _patterns()
    return bool(patterns["organisation"].match(text, position) or patterns["title_or_rank"].match(text, position))


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


_LEVEL_OF_STUDY_BEFORE = re.compile(r"(?<![\w])(?:đào tạo|giáo dục|tuyển sinh|hệ|bậc|cấp|thi|dự bị|tốt nghiệp|trình độ"
                                    r"|[Tt]rường|các)\s+$")
"""Words before 'ĐH' that make it the level of study ('đào tạo ĐH', 'tuyển sinh ĐH', 'Trường dự bị ĐH') or any
university ('các trường ĐH'), not the head of one university's name."""
_BOARD = re.compile(r"(?:HĐQT|HĐTV|(?i:Hội đồng quản trị|Hội đồng thành viên|Ban giám đốc|Ban giám hiệu))\s+(?=\S)")
"""A company's, a school's or a hospital's board written before the body's name: the body is the organisation (the
annotations list no board of its own, as a part of the body)."""

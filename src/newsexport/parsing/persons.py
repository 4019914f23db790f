"""Persons of the story: a capitalised name with a cue (rank, title, 'đồng chí', 'ông', list context), the
rank and every title written around it, and later mentions (the full name again, 'đồng chí Bộ trưởng',
'ông Tuấn') linked to the same person.

A name is 2-4 capitalised syllables; inside a longer capitalised run it starts at the first family name
that leaves 2-4 syllables ('... Trung ương Đảng Lê Hoài Trung'). Without a cue only a name of the commonest shape
(a family name, a common middle name such as 'Văn', 'Thị', 'Hữu', then one or two syllables) is a person, and not
after a colon or a comma: bylines, photo credits, streets and place names stay out.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Person, Span
from newsexport.parsing.gazetteer import (
    B, CAP_SYLLABLE, E, LOWER, UPPER, alternation, district_units, division_names, family_names, lines, slug,
    unique_id,
)
from newsexport.parsing.names import (
    FOREIGN_BODY_WORDS, bare_organization_heads, closed_organizations, dash_folded, foreign_word, level_alternation,
    rank_alternation, title_head_regex, title_heads, title_phrase,
)
from newsexport.parsing.places import places_abroad
from newsexport.parsing.segment import Line

MAX_PREFIX = 160
"""How far before a name titles are looked for (a few titles' length)."""
SINGLE_SYLLABLE_CUES = frozenset({"ông", "bà", "anh", "chị", "cháu", "em", "bé", "cụ", "cô", "thầy", "sheikh"})
"""Words before a name written with a capital at a sentence's start; 'Sheikh', an Arab honorific, is no part of
the name ('Sheikh Tamim bin Hamad al-Thani')."""
_ARABIC_PARTICLES = frozenset({"bin", "bint", "ibn"})
_ARABIC_PART = r"(?:(?:bin|bint|ibn) )?(?:al-|el-)?"
"""What may come before a capitalised word inside an Arabic name: 'bin' and the article 'al-' ('bin Hamad al-Thani')."""
PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố", "tp", "tp."})
"""Levels whose places the gazetteer knows in full: a longer unknown name after them is a person."""
MIDDLE_NAMES = frozenset({"Văn", "Thị"})
"""Middle names so typical that the capitalised word before them is a family name ('Quàng Văn Quý')."""
COMMON_MIDDLE_NAMES = frozenset({"Hữu", "Đức", "Ngọc", "Minh", "Quốc", "Thanh", "Xuân", "Đình", "Công", "Trọng", "Bá",
                                 "Duy", "Mạnh", "Hồng", "Quang", "Tiến", "Thế", "Anh", "Hoàng", "Huy", "Tấn", "Thành"})
"""Common middle names: after a family name, with one or two syllables after them, they make a name of the shape
'Văn' and 'Thị' do ('Nguyễn Hữu Linh'), unless it is a historical figure's, which names a street."""
_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*(?:,|;|và|,\s*và|\s[-–])\s+")
"""What separates two persons of an enumeration: an optional parenthesis ('(SN 1990)'), then ',' ';' 'và', or a
spaced dash ('vợ chồng ông Nguyễn Đình Long - Nguyễn Thị Thuận')."""
_AMOUNT_GAP = re.compile(r"\s+[^.;:!?,()]{0,40}\d[^.;:!?,()]{0,24}?(?:,\s+(?:và\s+)?|\s+và\s+)")
_AMOUNT_AFTER = re.compile(r"\s+[^.;:!?,()]{0,40}\d")
"""A list of persons each with an amount ('A chiếm đoạt 14 tỷ đồng, B 5 tỷ đồng, C 8 tỷ đồng'): after a person, a
number and a comma, a name followed by its own number is the next person."""
_ITEM_GAP = re.compile(r",[^.;!?]{1,160};\s+")
"""What separates two items of a list of persons with their posts ('các ông A, nguyên Chánh án TAND huyện X (Phú
Yên); B, nguyên đảng viên'): the first person's description after a comma, then ';'. The next name must be followed
by a comma, as its own description."""


_PARTICLE = re.compile(r" (?:von|van|de|der|del|da|dos|du) ")
"""A particle of ``particle_name`` ('von der' holds 'von') between spaces, as that pattern writes it: a line without
one holds no such name. This search stops only at spaces, the pattern at every capital A-Z; 3% of lines hold one
('da', 'du' are Vietnamese words too)."""


_SPACED_GIVEN_END = re.compile(r" - [a-z]{1,6}(?![\w])")
"""The last syllable of a Korean given name after a spaced hyphen, as a tokenised text writes it ('Kim Jong - nam')."""


@lru_cache(maxsize=1)
def _given_names_abroad() -> frozenset[str]:
    return frozenset(lines("given_names_abroad.txt"))


@lru_cache(maxsize=1)
def _korean_family_names() -> frozenset[str]:
    return frozenset(lines("korean_family_names.txt"))


@lru_cache(maxsize=1)
def _first_words_abroad() -> frozenset[str]:
    """The words a name abroad known by its shape begins with: a common given name or a Korean family name."""
    return _given_names_abroad() | _korean_family_names()


def _korean_name_end(words: list[str], text: str, end: int) -> int:
    """Where a run of capitalised words ends once a Korean given name's last syllable written after a spaced hyphen
    is taken in ('Kim Jong - nam', 'Hwang Pyong - so'; the run's pattern takes it when glued, 'Kim Jong-un'); the
    run's own end for any other run. Only after a Korean family name and one more syllable in plain letters, so
    'Trần Anh - em trai' keeps its end."""
    if not text.startswith(" -", end) or len(words) < 2 or not words[-1].isascii() \
            or words[-2] not in _korean_family_names():
        return end  # the hyphen first: it rules out nearly every run at once
    tail = _SPACED_GIVEN_END.match(text, end)
    return tail.end() if tail and tail.group(0)[3:] not in _APPOSITION_WORDS else end


_APPOSITION_WORDS = frozenset({"anh", "em", "con", "cha", "chi", "cho", "ban", "ba", "co", "ong", "vo", "nay"})
"""Plain-letter Vietnamese words that begin an apposition after a spaced dash ('Kim Anh - con trai ông Hai'), since
'Kim' is a Vietnamese family name too; not 'nam', the last syllable of 'Kim Jong - nam'."""


_NAMED_THING_WORDS = frozenset({"hãng", "sân", "quỹ", "giải", "phim", "nhân vật", "nhân vật chính", "tàu", "tàu sân bay",
                                "khu trục", "tàu ngầm", "chiến hạm", "uss", "hms", "nhãn hiệu", "thương hiệu",
                                "tác phẩm", "ca khúc", "bài hát", "dự án", "chương trình"})
"""Words before a name that make it a thing's name: a firm, a ground, a prize, a film or its character, a ship
('sân Giuseppe Meazza', 'phim John Wick', 'tàu sân bay Carl Vinson', 'USS Donald Cook')."""


_HYPHENATED_BEFORE = re.compile(r"[A-Za-z] ?[-–] ?$")


def _name_abroad_by_shape(words: list[str], prefix: str) -> int | None:
    """Where a person abroad's name begins in a run of capitalised plain-letter words, known by its shape alone, or
    None: a common given name first (``given_names_abroad.txt``) and a foreign word last, in three words a second
    given name in the middle ('John Paul Jones'), no body's last word ('Alexander Historical Auctions', 'James Martin
    Center'); or a Korean family name and a hyphenated given name ('Kim Jong - nam'). A country may come first
    ('Venezuela Juan Guaido'). Not after a body's head or a word naming a thing ('Công ty Ivanka Trump', 'trường
    Marie Curie', 'sân Giuseppe Meazza')."""
    firsts = _first_words_abroad()
    if words[0] in firsts:
        skip = 0
    elif len(words) >= 3 and words[1] in firsts and words[0] in _countries():
        skip = 1
    elif len(words) >= 4 and words[2] in firsts and " ".join(words[:2]) in _countries():
        skip = 2
    else:
        return None
    name = words[skip:]
    if not (2 <= len(name) <= 3 and all(word.isascii() for word in name)):
        return None
    if not _korean_name(name) and (name[0] not in _given_names_abroad() or name[-1] in FOREIGN_BODY_WORDS
                       or (len(name) == 3 and name[1] not in _given_names_abroad())):
        return None
    if skip:
        return skip
    if _HYPHENATED_BEFORE.search(prefix):
        return None  # 'Jean - Claude Juncker': the run is the second half of a given name, read by no rule yet
    before = prefix.rstrip(" ,").rsplit(" ", 3)[-3:]
    if any(" ".join(before[-size:]).casefold() in _NAMED_THING_WORDS
           or " ".join(before[-size:]).casefold() in bare_organization_heads() for size in (1, 2, 3)):
        return None
    return 0


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+(?:-| - )[a-z]+")


def _korean_name(words: list[str]) -> bool:
    """A Korean family name and a given name of two syllables joined by a hyphen, glued or spaced ('Moon Jae-in',
    'Moon Jae - in'), in plain letters: a foreign name even where its syllables are spelt like Vietnamese ones."""
    return len(words) == 2 and words[0] in _korean_family_names() and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None


def _person_key(name: str, found: dict[str, Found]) -> str:
    """The key of a person already found under the same name with its hyphen written otherwise ('Kim Jong-nam',
    'Kim Jong - nam'), else the name."""
    if "-" not in name and "–" not in name:
        return name
    folded = _HYPHEN_SPACING.sub("-", name)
    return next((known for known in found if _HYPHEN_SPACING.sub("-", known) == folded), name)


_HYPHEN_SPACING = re.compile(r"\s*[-–]\s*")


_ON_BEHALF = re.compile(r"(?<![\w])(?:[Tt]hừa (?:ủy |uỷ )?quyền|[Tt]hừa lệnh|[Tt]hay mặt|[Uu]ỷ quyền|[Ủủ]y quyền)\s*(?:của\s+)?$")


_THING_NAMED = re.compile(r"(?<![\w])(?:có|mang|đặt|lấy|gọi|với|bằng)\s+$")
"""Words before 'tên' that name a thing, not a person ('có tên', 'mang tên')."""
_FORMER = re.compile(r"(?<![\w])(?:[Nn]guyên|[Cc]ựu)\s+$")
FORMER = "\0former"
"""Marks a past post found before a name: no title, but a cue."""


def canonical_rank(rank: str | None) -> str | None:
    """A rank as the record writes it: first letter capitalised ('đại tá' -> 'Đại tá')."""
    return rank[0].upper() + rank[1:] if rank else rank


@dataclass
class Found:
    """A person while the article is read: the name, what was said about them, where."""

    name: str
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add_titles(self, titles: list[str]) -> None:
        """Add titles not yet known; a shorter form ('Thứ trưởng') of a known one is the same title and a
        longer form ('Thứ trưởng Bộ Công an') replaces the shorter; an en dash and a hyphen are one mark."""
        for title in titles:
            key = dash_folded(title).casefold()
            for index, known in enumerate(self.titles):
                known_key = dash_folded(known).casefold()
                if known_key == key or known_key.startswith(key + " "):
                    break
                if key.startswith(known_key + " "):
                    self.titles[index] = title
                    break
            else:
                self.titles.append(title)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    rank = rank_alternation()
    cue = alternation(lines("person_cues.txt"), either_case_first=True)
    title = title_phrase()
    return {
        # The first letter before the look-behind (which then checks the character before it) lets the engine
        # skip ahead fast.
        # a last syllable may carry a lowercase syllable after a hyphen ('Moon Jae-in', 'Kim Jong-un'), a foreign word
        # may be two joined by a hyphen ('Amir-Saeid Iravani', 'Jean-Yves Le Drian'), and an Arabic name holds 'bin'
        # (son of) and an article glued to the next name ('Sultan bin Saad al-Muraikhi')
        "run": re.compile(rf"[{UPPER}](?<![\w].)[{LOWER}]*(?:-[A-Z][a-z]+)?{E}(?: {_ARABIC_PART}{CAP_SYLLABLE}(?:-[A-Z][a-z]+)?)*"
                          rf"(?: {_ARABIC_PART}{CAP_SYLLABLE}(?:-[{LOWER}]+|-[A-Z][a-z]+)?){E}"),
        # a European name holding a lowercase particle, its words in Latin letters ('Ursula von der Leyen', 'Robin van
        # Persie'; Arabic names, with 'bin' and 'al-', are read by the run)
        # (the first capital is consumed before the word start is checked, so the engine skips ahead on capitals)
        "particle_name": re.compile(r"[A-Z](?<![\w].)[a-z]+(?: [A-Z][a-z]+)? (?:von der|van der|von|van|de|der|del|da|dos|"
                                    r"du) [A-Z][a-z]+(?![\w])"),
        # the title first, a literal the engine skips ahead on (the word before it is checked by the caller)
        "surname_after_title": re.compile(rf"(?P<title>{alternation(SURNAME_TITLES)})\s+(?P<surname>[A-Z][a-z]{{2,}})"
                                          rf"(?![\w])(?!\s*[-–]?\s*[{UPPER}])(?!\s+(?:al\s*-|el\s*-|bin |von |van |de ))"),
        # 'Đại tá công an X', 'thiếu tướng không quân X'
        "rank_before": re.compile(rf"{B}({rank})(?:\s+(?:công an|quân đội|biên phòng|cảnh sát|không quân|hải quân"
                                  rf"|lục quân|thủy quân lục chiến|thuỷ quân lục chiến))?\s+$"),
        "level_before": re.compile(rf"{B}{level_alternation()}\s+$"),
        # 'Tổng Thư ký NATO Jens Stoltenberg', 'Đại sứ Mỹ tại Liên hợp quốc Nikki Haley': a foreign name follows
        "international_before": re.compile(rf"{B}(?i:{alternation(_bodies_before_a_name(), ignore_case=True)})\s+$"),
        "hamlet_head_before": re.compile(r"(?<![\w])[Tt]rưởng\s+(?:thôn|ấp|bản|khu phố|tổ dân phố)\s+$"),
        "appointed_after": re.compile(
            rf"\s*\)?\s*(?:\([^()]{{0,60}}\)\s*)?(?:,\s*)?(?:người\s+)?(?:tiếp tục\s+|sẽ\s+|đã\s+)?(?:được\s+)?(?:bầu\s+)?"
            rf"(?:bổ nhiệm\s+|phân công\s+)?"
            rf"(?:thôi\s+(?:giữ\s+)?chức(?:\s+vụ)?|giữ chức vụ|giữ chức|giữ|làm|vào chức vụ|vào chức)\s+((?!{rank}){title})"),
        "bare_title_before": re.compile(rf"{B}(?i:{alternation(title_heads(), ignore_case=True)})\s+$"),
        "cue_before": re.compile(rf"{B}({cue})\s*:?\s+$"),
        "title_before": re.compile(rf"({title})\s*$"),
        # a title after a comma, a dash or a bracket, also past an age ('(78 tuổi, Chủ tịch ...', '(78 tuổi) Chủ tịch'),
        # and after 'kiêm' (also) or 'tân' (newly in the post: '..., tân Chủ tịch HĐQT ...')
        "title_after": re.compile(rf"\s*(?:,|-|–|—|\((?:\s*\d{{1,3}} tuổi\s*,)?|\(\s*\d{{1,3}} tuổi\s*\)\s*[,\-–—]?)\s*"
                                  rf"(?:(?:kiêm|tân)\s+)?(?P<former>(?:nguyên|cựu)\s+)?((?!{rank}){title})"),
        "list_before": re.compile(r"(?:[,;:(\-–]|(?<![\w])(?:từ|đến|và))\s*$"),
        "street_number": re.compile(r"(?<![\w])(?:(?:tại|ở|số|nhà)\s+\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*|[đĐ]ường(?: sách)?"
                                    r"|(?<!thành )(?<!Thành )[pP]hố|[Cc]ông viên|[Nn]gã (?:tư|ba|năm|sáu|[3-6])|[Gg]iao lộ|[Nn]út giao|(?<!yêu )[Cc]ầu)\s*:?\s+$"),
        "past_after": re.compile(r"\s+(?:trong\s+)?(?:giai đoạn|thời kỳ|từ năm|nhiệm kỳ)\s+(?:từ\s+)?\d{4}"),
        "rank_title_after": re.compile(rf"\s*(?:,|-|–|—)\s*{rank}{E}"),
        "birth_after": re.compile(
            r"\s*[,(]\s*(?:cùng\s+)?(?:SN|[Ss]inh năm|[Ss]inh ngày|[Ss]inh \d|\d{1,3} tuổi|\d{4}[,;)]"
            r"|(?:cùng\s+)?(?:trú|ngụ|thường trú|tạm trú|HKTT)\s*(?:tại|ở|:)"
            rf"|(?:ngụ|trú|quê)\s+(?:(?:xã|phường|thôn|ấp|huyện|quận|tỉnh|TP\.?)\s+)?[{UPPER}][{LOWER}])"),  # '(ngụ Tiền Giang)'
        "address_after": re.compile(rf"\s*\(\s*(?:ở\s+|quê\s+)?(?:xã|phường|thị trấn)\s+[{UPPER}]"),
        "school_before": re.compile(r"(?<![\w])(?:Trường|[Bb]ệnh viện|(?:[Tt]iểu|[Tt]rung|[Đđ]ại) học|[Mm]ầm non|[Mm]ẫu giáo|THCS|THPT|PTTH|ĐH"
                                    r"|(?:THCS|THPT) chuyên)\s+$"),
        "kin_after": re.compile(rf"\s*,\s*(?:{alternation(lines('person_kin.txt'))})\s+(?:ruột\s+)?(?:của\s+)?"
                                rf"(?:ông|bà|anh|chị|đối tượng)\s+[{UPPER}]"),
        # The three reference patterns begin with a letter class, then check the word boundary and the rest of
        # the cue word: a pattern that begins with a look-behind is tried at every position of the line.
        "title_ref": re.compile(rf"[đĐôÔbB](?<![\w].)(?:(?<=[đĐ])ồng chí|(?<=[ôÔ])ng|(?<=[bB])à)\s+"
                                rf"({alternation(lines('titles.txt'), either_case_first=True)}){E}(?!\s+[{UPPER}])"),
        "level_given_ref": re.compile(rf"[thqxp](?<![\w].)(?:(?<=t)ỉnh|(?<=t)hành phố|(?<=h)uyện|(?<=q)uận|(?<=x)ã|(?<=p)hường)"
                                      rf"\s+({CAP_SYLLABLE}){E}(?!\s+[{UPPER}])"),
        "clause_end": re.compile(r"[,.;:()]"),
        "given_ref": re.compile(rf"[đĐôÔbBaAcC](?<![\w].)(?:(?<=[đĐ])ồng chí|(?<=[ôÔ])ng|(?<=[bB])à|(?<=[aA])nh|(?<=[cC])hị)"
                                rf"\s+({CAP_SYLLABLE}){E}(?!\s*[{UPPER}\w])"),
    }


@lru_cache(maxsize=1)
def _bodies_before_a_name() -> frozenset[str]:
    """Names of bodies after which a capitalised run is a person's name ('Tổng Thư ký NATO Jens Stoltenberg'): the
    international and national bodies, not the enterprises, whose brands go on into the names of their hotels,
    branches and products ('FLC Hạ Long', 'Công ty CP SJC Sài Gòn')."""
    return closed_organizations() - frozenset(" ".join(name.split()).casefold() for name in lines("enterprises.txt"))


@lru_cache(maxsize=1)
def _closed_last_words() -> frozenset[str]:
    """Last words of the bodies' names of ``_bodies_before_a_name``: only after one is the slower pattern tried."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _bodies_before_a_name())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(lines("countries.txt"))


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """One-word organisation heads ('Viện', 'Bộ', 'Sở'): a capitalised run starting with one is a body."""
    heads = frozenset(head for head in lines("organization_heads.txt") if " " not in head and head[0].isupper())
    return heads | {"Đảng"}  # 'nghị sĩ Đảng Cộng hòa': no name begins with 'Đảng', whose heads all have two words


CUE_WIDTH = 40
"""Ranks and cues are short: a pattern anchored at the end of the prefix is tried only over its last characters
(the look-behind still sees the text before, so a word is never cut)."""


def _at_end(pattern: re.Pattern[str], prefix: str) -> re.Match[str] | None:
    return pattern.search(prefix, max(0, len(prefix) - CUE_WIDTH))


def _ends_with_name(title: str) -> bool:
    """Whether a title runs on into a person's name: a family name and two or three capitalised syllables that
    name no place, at the end of a run of capitalised words ('Bí thư Tỉnh ủy Lê Văn Một', 'Phó Tổng Biên tập
    Hoàng Văn Hai và ...'); or a foreign name after a country ('Ngoại trưởng Mỹ Mike Pompeo')."""
    words = title.split()
    for name_size in (2, 3):  # the foreign name: its last words; the country: the 1-3 words before them
        if len(words) > name_size + 1 and all(word[:1].isupper() for word in words[-name_size:]) and any(
                " ".join(words[-name_size - size : -name_size]) in _countries() for size in (1, 2, 3)):
            return True
    end = len(words)
    while end > 1:
        start = end
        while start > 1 and words[start - 1][:1].isupper() and not words[start - 1].isupper():
            start -= 1  # words[start:end] is a run of capitalised words
        for size in (4, 3):
            run = words[end - size : end]
            if end - size >= max(start, 1) and run[0] in family_names() and " ".join(run) not in division_names():
                before = words[end - size - 1]  # 'huyện Thạch Hà' is a place, 'Trường ĐH Tôn Đức Thắng' a school
                return before.casefold() not in _LOCAL_LEVEL_WORDS and not before.isupper()
        end = start - 1
    return False


_LOCAL_LEVEL_WORDS = frozenset({"huyện", "quận", "xã", "phường", "trấn", "thôn", "ấp", "bản", "khu", "phố", "q.", "p.",
                                "học", "khoa", "trường"})
"""Words after which a name is a place's or a school's ('Trường Tiểu học Lê Lợi')."""


@lru_cache(maxsize=8192)
def _has_vowel(word: str) -> bool:
    """Every syllable has a vowel; an initial ('H', 'Th') has none (cached: each letter is decomposed to find its
    base, and the same name words come back run after run)."""
    return any(unicodedata.normalize("NFD", letter)[0].casefold() in "aeiouy" for letter in word)


def _name_of_common_shape(words: list[str]) -> bool:
    """'Nguyễn Thị Lâm Giang', 'Lò Văn Huynh', 'Nguyễn Hữu Linh': a family name, then 'Thị', 'Văn' or another common
    middle name, and one or two syllables is a person's name, also after a title that the grammar of names cannot
    read to its end (an avenue named after one is preceded by 'đường' or 'phố', checked by the caller's street
    rule); not when shortened to an initial ('Nguyễn Thị H.'), nor a historical figure's name or a district's."""
    return 3 <= len(words) <= 4 and (words[1] in MIDDLE_NAMES or words[1] in COMMON_MIDDLE_NAMES) \
        and words[0] in family_names() and all(map(_has_vowel, words)) and " ".join(words) not in _historic_names() \
        and " ".join(words) not in district_units()  # 'Dương Minh Châu' is a district


@lru_cache(maxsize=1)
def _historic_names() -> frozenset[str]:
    """Historical figures whose names, without a cue, name a street or a school (``historic_names.txt``)."""
    return frozenset(lines("historic_names.txt"))


@lru_cache(maxsize=8192)
def _name_in_run(words: tuple[str, ...], strong_cue: bool) -> int | None:
    """Index of the first word of the person's name in a capitalised run, or None (cached: the same runs, 'Bộ Công',
    'Thành phố Hồ Chí Minh', come back in article after article)."""
    families = family_names()
    divisions = division_names()
    skip = next((size for size in range(len(words) - 2, 0, -1)
                 if " ".join(words[:size]) in divisions or " ".join(words[:size]) in _countries()), 0)
    particles = sum(word in _ARABIC_PARTICLES for word in words)  # 'bin Saud' counts as one of a name's words
    for index, word in enumerate(words):
        if index < skip:
            continue  # 'Lâm Đồng Trần Hồng Thái', 'Thái Lan Paetongtarn Shinawatra': the place comes first
        if word in families and 2 <= len(words) - index <= 4:
            if index > skip and len(words) - index == 2 and not strong_cue and word not in MIDDLE_NAMES:
                return None  # 'Tổng Công ty Nam Thái Sơn': two syllables at the end of a longer name
            if word in MIDDLE_NAMES and index > skip and len(words) - index <= 3 and words[index - 1] not in divisions:
                return index - 1
            return index
    foreign = skip > 0 and " ".join(words[:skip]) in _countries()  # 'Thủ tướng Thái Lan Paetongtarn Shinawatra'
    if (strong_cue or foreign) and 2 <= len(words) - skip - particles <= 4:
        return skip
    return None


_NAME_AND_COMMA = re.compile(rf"(?<![\w])(?P<name>{CAP_SYLLABLE}(?: {CAP_SYLLABLE}){{1,3}})\s*,\s*$")


def _ends_with_a_persons_name(text: str) -> bool:
    """Whether ``text`` ends with a person's name and a comma: a title written after it is that person's."""
    match = _NAME_AND_COMMA.search(text, max(0, len(text) - 60))
    if match is None:
        return False
    words = match.group("name").split()
    return any(word in family_names() for word in words[:-1]) and match.group("name") not in division_names()


_AFTER_INITIAL = re.compile(r"\. ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?!\w|\.\w)")


def _through_initial(words: list[str], text: str, end: int) -> list[str]:
    """A foreign name with a middle initial ('Joachim B. Olsen'), which the run of capitalised words ends at: read
    on through the initial when foreign words follow it."""
    after = _AFTER_INITIAL.match(text, end)
    if after is None or not all(map(foreign_word, after.group(1).split())):
        return words
    return [*words[:-1], words[-1] + ".", *after.group(1).split()]


def _foreign_after_title(words: list[str], prefix: str) -> bool:
    """Whether a run of two or three foreign words follows a bare title ('Thủ tướng Sorin Grindeanu'): a foreign
    person's name (after a body's name, 'Chủ tịch Tập đoàn Samsung Electronics', the words are the body's); not
    a place and a name ('Tổng thống Brazil Bolsonaro', 'Thị trưởng Sydney ...'), a name cut at an initial ('George
    W. Bush') or a name after a compound ending in 'trưởng' ('huấn luyện viên trưởng')."""
    if prefix[-1:] != " " or prefix[:-1].rsplit(" ", 1)[-1].casefold() not in _title_last_words():
        return False  # no title ends right before the run (checked first: it is the cheapest test)
    if not (2 <= len(words) <= 3 and (all(map(foreign_word, words)) or _korean_name(words))):
        return False
    if any(" ".join(words[:size]) in places_abroad() for size in (1, 2)):
        return False
    title = _at_end(_patterns()["bare_title_before"], prefix)
    return title is not None and title.group(0).split()[0].casefold() != "trưởng"


def _after_titled_body(words: list[str], prefix: str) -> bool:
    """Whether a foreign name of two or three words follows a title that names its body ('Giám đốc Hội đồng Kinh tế
    Quốc gia Larry Kudlow'), the name being no place and no body's ('Tổng thống Brazil Bolsonaro')."""
    if words[-1] in FOREIGN_BODY_WORDS or any(" ".join(words[:size]) in places_abroad() for size in (1, 2)):
        return False
    titles = _titles_before(prefix, comma_allowed=False)
    if not titles or (head := title_head_regex().match(titles[-1])) is None:
        return False
    body = " ".join(titles[-1][head.end() :].split()).casefold()
    return bool(body) and body not in bare_organization_heads()  # 'Chủ tịch Tập đoàn Samsung Electronics': the body's


def _foreign_name_after_titled_body(words: list[str], prefix: str) -> int | None:
    """Where the foreign name begins in a run that ends a title ('Chánh văn phòng Nhà Trắng Reince Priebus', 'Thị
    trưởng Los Angeles Eric Garcetti', 'người phát ngôn Điện Kremlin Dmitry Peskov'): its last two words, unless
    they end a body's name or the first completes a country ('Arab Saudi'); None unless the words before them end
    a title begun before the run."""
    if words[-1] in FOREIGN_BODY_WORDS or " ".join(words[-3:-1]) in places_abroad():
        return None
    body = " ".join(words[:-2])
    titles = _titles_before(prefix + body + " ", comma_allowed=False)
    return len(words) - 2 if titles and titles[-1].endswith(body) and len(titles[-1]) > len(body) else None


@lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str]:
    """Last words of the title heads, casefolded ('thống' of 'Tổng thống')."""
    return frozenset(head.rsplit(" ", 1)[-1].casefold() for head in title_heads())


def _title_inside(text: str, start: int, end: int, words: list[str]) -> int | None:
    """The index of the name word that begins a title running on past the name ('Theo Chủ' + 'tịch'), or None."""
    position = start
    for index, word in enumerate(words):
        title = title_head_regex().match(text, position)
        if title is not None and title.end() > end:
            return index
        position += len(word) + 1
    return None


def _titles_before(prefix: str, comma_allowed: bool) -> list[str]:
    """Titles written just before a name, nearest last ('Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, ')."""
    titles: list[str] = []
    pattern = _patterns()["title_before"]
    rest = prefix
    first = True
    while True:
        stripped = rest.rstrip()
        after_comma = stripped.endswith(",")
        if after_comma:
            if first and not comma_allowed:
                break
            stripped = stripped[:-1].rstrip()
        elif not first:
            break
        window = stripped[-MAX_PREFIX:]
        match = pattern.search(window)
        if match is None:
            break
        if first and after_comma and _ends_with_a_persons_name(window[: match.start()]):
            break  # 'ông Lê Văn Một, Giám đốc Sở X, ông Trần Văn Hai': the title is the first person's
        if _ON_BEHALF.search(window[: match.start()]):
            break  # 'Thừa quyền Chủ tịch nước, ...': acting for the holder of the title
        if _ends_with_name(match.group(1)):
            break  # 'Bí thư Tỉnh ủy Lê Văn Một, Chủ tịch UBND tỉnh Trần Văn Hai': another person's title
        if match.group(1).strip() == "trưởng":
            break  # 'HLV trưởng', 'chiến lược gia trưởng': the end of a compound the grammar does not read
        if _FORMER.search(window[: match.start()]):
            # 'nguyên Phó Thủ tướng Vũ Văn Ninh', 'cựu Tổng thống Barack Obama': a past post, only a cue;
            # 'nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X': 'nguyên' before a list of posts makes all of them past
            titles = [FORMER]
            break
        titles.insert(0, match.group(1).strip())
        rest = stripped[: len(stripped) - len(match.group(0))]
        first = False
    return titles


def _from_last_name(before: str, end: int, accepted: list[tuple[int, int]]) -> str:
    """The text before a name (``before``, ending at ``end`` in the line) from the last name already read in the
    line on: a title list never runs back across another person ('Bộ trưởng Bộ Công an Tô Lâm, Bộ trưởng Bộ Xây
    dựng Phạm Hồng Hà': the second minister's titles stop at 'Tô Lâm'). The name is kept, so that a title written
    after it is still seen to be that person's ('ông Lê Văn Một, Giám đốc Sở X, ông Trần Văn Hai')."""
    last = max((name_start for name_start, name_end in accepted if name_end <= end), default=0)
    begins = end - len(before)
    return before[last - begins :] if last > begins else before


def _titles_after(text: str, end: int) -> tuple[list[str], bool]:
    """Titles written after a name, separated by commas or dashes; and whether a past post is written there
    (not a title, but a sign that the name is a person's)."""
    titles: list[str] = []
    former = False
    patterns = _patterns()
    position = end
    while True:
        match = patterns["title_after"].match(text, position)
        if match is None:
            break
        position = match.end()
        if _ends_with_name(match.group(2)):
            break  # '..., Chủ tịch UBND tỉnh Trần Văn Hai': the next person's title and name
        if match.group("former") or patterns["past_after"].match(text, position):
            former = True  # 'nguyên Phó Thủ tướng', '(chủ tịch HĐQT PVN giai đoạn từ 2008 đến 2011)': a past post
            continue
        if former and match.group(0).lstrip().startswith(","):
            continue  # '..., nguyên Tỉnh uỷ viên, Chính uỷ ...': the posts listed after 'nguyên' are past too
        titles.append(match.group(2).strip())
    appointed = patterns["appointed_after"].match(text, position)
    if appointed:  # the new post: '..., được bầu làm Bí thư Đảng ủy', '... giữ chức Giám đốc Công an tỉnh X'
        titles.append(appointed.group(1).strip())
    return titles, former


def find_persons(lines_: list[Line], captions: list[Line] | tuple[Line, ...] = ()) -> list[Found]:
    """Persons in reading order of their first mention (``lines_``: the headline, then the body). In photo
    captions only a name with a rank, a cue word or a title is read ('Phó chánh án TAND Tối cao Nguyễn Văn A trao
    ...'), so a credit or a byline there is never a person."""
    patterns = _patterns()
    places = division_names()
    found: dict[str, Found] = {}
    headline_titles: dict[str, list[str]] = {}
    for line_index, line in enumerate([*lines_, *captions]):
        in_caption = line_index >= len(lines_)
        text = line.text
        accepted: list[tuple[int, int]] = []
        pending: list[tuple[int, int, str]] = []
        pairs: list[tuple[int, int]] = []  # names known by their shape alone, 'và' after them
        for match in patterns["particle_name"].finditer(text) if _PARTICLE.search(text) else ():
            _add_particle_name(match, text, line, found, accepted)
        for run in patterns["run"].finditer(text):
            if accepted and any(start <= run.start() < end for start, end in accepted):
                continue  # 'Leyen' in 'Ursula von der Leyen', read whole above
            words = run.group(0).split(" ")
            run_end = _korean_name_end(words, text, run.end())
            if run_end != run.end():
                words[-1] += text[run.end() : run_end]  # one word, 'Jong - nam', so offsets still add up
            capital_cue = words[0].casefold() in SINGLE_SYLLABLE_CUES
            cue_word = words[0] if capital_cue else None
            offset = 0
            if capital_cue:
                offset = len(words[0]) + 1
                words = words[1:]
            prefix = text[max(0, run.start() - MAX_PREFIX) : run.start()]
            rank_match = _at_end(patterns["rank_before"], prefix)
            rank = rank_match.group(1) if rank_match else None
            before_rank = prefix[: rank_match.start()] if rank_match else prefix
            cue_match = written_cue = _at_end(patterns["cue_before"], before_rank)
            if cue_match and cue_match.group(1) == "tên" and _THING_NAMED.search(before_rank, 0, cue_match.start()):
                cue_match = None  # 'một công ty có tên X', 'giải đấu mang tên X': a thing's name
            strong = capital_cue or rank is not None or cue_match is not None or (
                prefix[-1:] == " " and prefix[:-1].rsplit(" ", 1)[-1].casefold() in _closed_last_words()
                and _at_end(patterns["international_before"], prefix) is not None)
            weak = not strong and not in_caption and _name_of_common_shape(words) and not patterns["list_before"].search(prefix)
            index = _name_in_run(tuple(words), strong or weak)
            if index is None and 2 <= len(words) <= 3 and words[0].isascii() and _foreign_after_title(words, prefix):
                index = 0  # 'Thủ tướng Sorin Grindeanu': a foreign name right after a bare title
            foreign_end = index is None and words[-1].isascii() and foreign_word(words[-1])  # most words carry marks
            if foreign_end and len(words) >= 3 and foreign_word(words[-2]):
                index = _foreign_name_after_titled_body(words, prefix)
            if index is None and foreign_end and 2 <= len(words) <= 3 and all(map(foreign_word, words)) and (
                    patterns["title_after"].match(text, run_end) is not None or _after_titled_body(words, prefix)):
                index = 0  # 'James Mattis, Bộ trưởng Quốc phòng Mỹ', 'Chủ tịch Ngân hàng ECB Mario Draghi': a foreign
                # name with its title after it, or after a title held in a body
            given_abroad = False
            if not in_caption and words[-1].isascii() and foreign_word(words[-1]):
                shaped = _name_abroad_by_shape(words, prefix)  # 'của Andrea Bocelli', 'với Tucker Carlson'
                if shaped is not None and index in (None, shaped):
                    index, given_abroad = shaped, True
            if index is None:
                continue
            name_words = words[index:]
            if len(name_words[-1]) == 1 and foreign_word(name_words[0]):
                name_words = _through_initial(name_words, text, run_end)
            name = " ".join(name_words)
            if (len(name_words[-1]) == 1 and name_words[-1].isascii()) or not _has_vowel(name_words[-1]):
                continue  # 'bé Nguyễn Phạm Trung Ng.', 'chị Nguyễn Thị H.' (not 'Như Ý'): a name cut to an initial
            if name in places or name in _countries() or (name_words[0] in _body_words() and name_words[0] not in family_names()):
                continue  # 'Trung Quốc'; 'cán bộ Viện Pháp y': a place or a body, not a person
            if len(name_words) == 2 and name_words[0] in _countries() and foreign_word(name_words[1]):
                continue  # 'nghi phạm Indonesia Aisyah': a nationality and one name
            if len(name_words) > 2 and name_words[0] not in family_names() and " ".join(name_words[-2:]) in _countries():
                continue  # 'Hoa hậu Biển Việt Nam': a contest or a body named after its country, no person
            start = run.start() + offset + sum(len(word) + 1 for word in words[:index])
            end = start + len(name)
            if text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
                cut = _title_inside(text, start, end, name_words)
                if cut is not None:  # 'tại Anh Theo Chủ tịch VIFA': the run ends inside a title
                    if cut < 2:
                        continue
                    name_words = name_words[:cut]
                    name = " ".join(name_words)
                    end = start + len(name)
            if patterns["street_number"].search(text, max(0, start - 12), start):
                continue  # '31 Kim Biên', 'đường Nguyễn Thị Minh Khai': a street named after a person
            if patterns["school_before"].search(text, max(0, start - 12), start):
                continue  # 'Trường THPT chuyên Lê Hồng Phong': a school named after a person
            if title_head_regex().match(text, start):
                continue  # 'đồng chí Tổng Bí thư Tô Lâm': the run 'Tổng Bí' begins a title
            level = patterns["level_before"].search(text[max(0, start - 12) : start])
            if level and patterns["hamlet_head_before"].search(text, max(0, start - 20), start):
                level = None  # 'Trưởng thôn Lê Văn Hai': the level word ends a title, a name follows
            if level and (len(name_words) == 2 or level.group(0).strip().casefold() not in PROVINCE_LEVELS):
                continue  # 'thị xã Hoàng Mai' is a place; 'UBND tỉnh Ngô Tân Phượng' (not a province) is a person
            if index > 0:
                prefix = text[max(0, start - MAX_PREFIX) : start]
                rank_match = _at_end(patterns["rank_before"], prefix)
                rank = rank_match.group(1) if rank_match else None
                strong = rank is not None
            before = prefix[: rank_match.start()] if rank_match else prefix
            # a name that begins the run has the run's prefix: its cue was searched for above
            cue_match = _at_end(patterns["cue_before"], before) if index > 0 else written_cue
            if cue_match is None and index > 0 and " ".join(words[:index]) in _countries() \
                    and not _titles_before(before, comma_allowed=False):  # not 'Chủ tịch Hội Luật gia Việt Nam X'
                run_prefix = text[max(0, run.start() + offset - MAX_PREFIX) : run.start() + offset]
                cue_match = _at_end(patterns["cue_before"], run_prefix)  # 'nhà lãnh đạo Triều Tiên Kim Jong-un'
                before = run_prefix if cue_match else before
            if cue_match:
                whole = _titles_before(before, comma_allowed=False)
                if whole and whole[-1].endswith(cue_match.group(1)) and whole[-1] != cue_match.group(1):
                    cue_match = None  # the cue word ends a title ('trưởng Ban Công tác đại biểu')
                else:
                    before = before[: cue_match.start()]
            before = _from_last_name(before, run.start() if index == 0 else start, accepted)
            titles = _titles_before(before, comma_allowed=rank is not None or cue_match is not None or capital_cue)
            if cue_match and cue_match.group(1).casefold() == "đại biểu" and not titles:
                # 'đại biểu Đặng Ngọc Tùng': a deputy's seat, a title as the conventions read it
                titles = [cue_match.group(1)]
            if cue_word == "Anh" and index == 0 and titles and titles[-1] != FORMER and before.endswith(titles[-1] + " ") \
                    and all(word.isascii() for word in name_words) and any(map(foreign_word, name_words)):
                # 'Thủ tướng Anh Theresa May': between a title and a foreign name, 'Anh' is England, not the cue 'Mr'
                titles[-1] += " Anh"
            former = bool(titles) and titles[0] == FORMER
            titles = titles[1:] if former else titles
            after, former_after = _titles_after(text, end)
            former = former or former_after
            born = (patterns["birth_after"].match(text, end) is not None or patterns["kin_after"].match(text, end) is not None
                    or len(name_words) > 2 and patterns["address_after"].match(text, end) is not None)
            if not (strong or weak or given_abroad or former or cue_match or titles or after or born or capital_cue
                    or name in found):
                if not in_caption:
                    pending.append((start, end, name))
                continue
            written = name
            name = _person_key(name, found)
            if name not in found:
                fuller = [known for known in found if known.endswith(" " + name)]
                if len(fuller) == 1:  # 'bà Vân Anh' after 'Đỗ Thị Vân Anh'
                    name = fuller[0]
            person = found.setdefault(name, Found(name=name))
            person.rank = person.rank or canonical_rank(rank)
            if line_index == 0:  # the headline shortens titles: used only when the body gives none
                headline_titles.setdefault(name, []).extend(titles + after)
            else:
                person.add_titles(titles + after)
            person.mentions.append(Mention(text=written, span=Span(start=line.start + start, end=line.start + end)))
            if not (weak and index == 0 and not (titles or after or born or cue_match)):
                accepted.append((start, end))  # a name known only by its shape does not make a list of persons,
            elif _PAIR_AFTER.match(text, end):  # but it makes a pair: 'do Nguyễn Văn Dương và Phan Sào Nam điều hành'
                pairs.append((start, end))
        _paired_or_named(line, pending, pairs, found)
        _enumerated(line, pending, accepted, found)
    for name, titles in headline_titles.items():
        if not found[name].titles:
            found[name].add_titles(titles)
    _merge_miscased(lines_, found)
    _link_full_names(lines_, found)
    _link_references(lines_, found)
    _add_surnames_after_titles(lines_, found)
    persons = sorted(found.values(), key=lambda person: person.mentions[0].span.start)
    for person in persons:
        person.mentions.sort(key=lambda mention: mention.span.start)
    return persons


def _add_particle_name(match: re.Match[str], text: str, line: Line, found: dict[str, Found],
                       accepted: list[tuple[int, int]]) -> None:
    """A European name with a lowercase particle ('Ursula von der Leyen', 'Robin van Persie'), which the run of
    capitalised words cannot hold: a person when a cue word or a title comes before it."""
    prefix = text[max(0, match.start() - MAX_PREFIX) : match.start()]
    cue = _at_end(_patterns()["cue_before"], prefix)
    titles = _titles_before(prefix[: cue.start()] if cue else prefix, comma_allowed=cue is not None)
    if titles and titles[0] == FORMER:
        titles = titles[1:]
    if cue is None and not titles:
        return
    name = written = match.group(0)
    start = match.start()
    first = name.split(" ", 1)[0]
    if first in _countries():  # a country in Latin letters before the name ('Canada', 'Chile') ends the title
        name = written = name[len(first) + 1 :]
        start += len(first) + 1
        titles = [*titles[:-1], f"{titles[-1]} {first}"] if titles else titles
    fuller = [known for known in found if known.casefold().endswith(" " + name.casefold())]
    if len(fuller) == 1:  # 'bà Von der Leyen' after 'Ursula von der Leyen'
        name = fuller[0]
    person = found.setdefault(name, Found(name=name))
    person.add_titles(titles)
    person.mentions.append(Mention(text=written, span=Span(start=line.start + start, end=line.start + match.end())))
    accepted.append((start, match.end()))


_PAIR_AFTER = re.compile(r" và (?=[A-ZĐ])")
"""'và' between two names, each written whole ('Nguyễn Văn Dương và Phan Sào Nam')."""


@lru_cache(maxsize=1)
def _named_as() -> re.Pattern[str]:
    """What gives a person's name after 'là': a name ('tên thật là', 'tên tiếng Trung là'), a kin ('con gái là',
    'chồng sắp cưới của cô tên là'), or a word for a person of ``person_cues.txt`` and at most four words of the
    same clause ('Á hậu 1 là', 'Cầu thủ xuất sắc nhất là', 'hai nhà báo của báo Khánh Hoà là'); 'chẳng còn là
    Hoàng Thành Thăng Long' is a place's."""
    kin = alternation(lines("person_kin.txt"))
    cue = alternation(lines("person_cues.txt"))
    return re.compile(rf"(?<![\w])(?i:tên(?: thật| khai sinh| đầy đủ| tiếng \w+)?|{kin}|(?:{cue})(?: [\w.]+){{0,4}}) là $")


def _paired_or_named(line: Line, pending: list[tuple[int, int, str]], pairs: list[tuple[int, int]],
                     found: dict[str, Found]) -> None:
    """A full name (a family name and two or three syllables) that no cue marked is a person's all the same
    right after 'và' and a name known by its common shape alone ('do Nguyễn Văn Dương và Phan Sào Nam điều hành':
    two names joined so are two persons as surely as the first is one; only the pair, since a shape alone makes no
    list, ``_enumerated``), and after a name or a kin and 'là' (``_named_as``: 'tên thật là Trương Vĩ Phân')."""
    for start, end, name in list(pending):
        words = name.split(" ")
        if not (3 <= len(words) <= 4 and words[0] in family_names()) or name in _historic_names():
            continue  # 'là Nguyễn Thị Minh Khai' is as likely the street as the revolutionary
        if any(pair_end + len(" và ") == start for _, pair_end in pairs) or \
                _named_as().search(line.text, max(0, start - 60), start):
            person = found.setdefault(name, Found(name=name))
            person.mentions.append(Mention(text=name, span=Span(start=line.start + start, end=line.start + end)))
            pending.remove((start, end, name))


def _enumerated(line: Line, pending: list[tuple[int, int, str]], accepted: list[tuple[int, int]],
                found: dict[str, Found]) -> None:
    """Uncued names listed next to a person ('gồm: Nguyễn Văn A (SN 1990), Trần Văn B, Lê Văn C'): a name
    separated from a person of the line only by a comma, ';' or 'và' (and a parenthesis) is a person too."""
    text = line.text
    changed = True
    while pending and accepted and changed:
        changed = False
        for item in list(pending):
            start, end, name = item
            if any(_LIST_GAP.fullmatch(text[a_end:start] + " ") for _, a_end in accepted if a_end <= start) or any(
                    _LIST_GAP.fullmatch(text[end:a_start]) for a_start, _ in accepted if end <= a_start) or (
                    text[end:end + 1] == "," and any(_ITEM_GAP.fullmatch(text, a_end, start)
                                                     for _, a_end in accepted if a_end < start)) or (
                    _AMOUNT_AFTER.match(text, end) and any(_AMOUNT_GAP.fullmatch(text, a_end, start)
                                                           for _, a_end in accepted if a_end < start)):
                person = found.setdefault(name, Found(name=name))
                person.mentions.append(Mention(text=name, span=Span(start=line.start + start, end=line.start + end)))
                accepted.append((start, end))
                pending.remove(item)
                changed = True


def _merge_miscased(lines_: list[Line], found: dict[str, Found]) -> None:
    """A name whose last syllable was once typed in lower case ('Võ Công trí', then 'Võ Công Trí') is found
    cut short: each mention of the short name followed by that syllable is the full name's."""
    starts = [line.start for line in lines_]
    for name in [name for name in found if " " in name]:
        fuller = [other for other in found if other.startswith(name + " ") and other.count(" ") == name.count(" ") + 1]
        if len(fuller) != 1:
            continue
        last = fuller[0].rsplit(" ", 1)[1]
        short = found[name]
        mentions = []
        for mention in short.mentions:
            line = lines_[bisect.bisect_right(starts, mention.span.start) - 1]
            start, end = mention.span.start - line.start, mention.span.end - line.start + len(last) + 1
            written = line.text[start:end]
            if written.casefold() != fuller[0].casefold() or line.text[end : end + 1].isalnum():
                break
            mentions.append(Mention(text=written, span=Span(start=line.start + start, end=line.start + end)))
        else:
            person = found[fuller[0]]
            person.rank = person.rank or short.rank
            person.add_titles(short.titles)
            person.mentions.extend(mentions)
            del found[name]


def _link_full_names(lines_: list[Line], found: dict[str, Found]) -> None:
    """A full name of three or more syllables found with a cue is the same person wherever else it is written,
    also where its shape alone would read as a place ('trưởng công an xã Nguyễn Thanh Bình', before 'ông Nguyễn
    Thanh Bình' is named)."""
    names = [name for name in found if name.count(" ") >= 2]
    if not names:
        return
    patterns = _patterns()
    taken = [(mention.span.start, mention.span.end) for person in found.values() for mention in person.mentions]
    for line in lines_:
        for name in names:
            position = line.text.find(name)
            while position >= 0:  # plain search: a pattern compiled per article would cost more than the search
                after = position + len(name)
                whole = (position == 0 or not line.text[position - 1].isalnum()) and (
                    after == len(line.text) or not line.text[after].isalnum())
                start, end = line.start + position, line.start + after
                before = max(0, position - 12)
                if whole and not any(s < end and start < e for s, e in taken) and not (
                        patterns["street_number"].search(line.text, before, position)
                        or patterns["school_before"].search(line.text, before, position)):
                    # not 'đường Lê Hồng Phong', 'Trường THPT chuyên Lê Hồng Phong': named after the person
                    found[name].mentions.append(Mention(text=name, span=Span(start=start, end=end)))
                    taken.append((start, end))
                position = line.text.find(name, after)


def _link_references(lines_: list[Line], found: dict[str, Found]) -> None:
    """Later mentions by title alone ('đồng chí Bộ trưởng') or by given name ('ông Tuấn'), when exactly one
    person fits."""
    if not found:
        return
    patterns = _patterns()
    heads = title_head_regex()
    by_head: dict[str, list[Found]] = {}
    by_given: dict[str, list[Found]] = {}
    for person in found.values():
        for head in {match.group(0).casefold() for title in person.titles if (match := heads.match(title))}:
            by_head.setdefault(head, []).append(person)
        by_given.setdefault(person.name.split(" ")[-1], []).append(person)
    taken = {(mention.span.start, mention.span.end) for person in found.values() for mention in person.mentions}
    searches = [(patterns["given_ref"], by_given), (patterns["level_given_ref"], by_given)]
    if by_head:  # no person with a title: no mention by title alone to look for
        searches.insert(0, (patterns["title_ref"], by_head))
    for line in lines_:
        # a line that holds none of the titles of the persons found holds no later mention by title
        folded = line.text.casefold() if by_head else ""
        titled = any(head in folded for head in by_head)
        places = _spaced_names(line.text, by_given)  # only the given names of the persons found are looked for
        for pattern, index in searches:
            if index is not by_head:
                matches = _given_name_matches(pattern, line.text, places) if places else ()
            elif titled:
                matches = pattern.finditer(line.text)
            else:
                continue
            for match in matches:
                if pattern is patterns["level_given_ref"] and not _after_title(line.text, match.start()):
                    continue  # 'Chủ tịch HĐND thành phố Lệ' is the person; 'xã Lệ' alone is a place
                key = match.group(1).casefold() if index is by_head else match.group(1)
                candidates = index.get(key, [])
                start, end = line.start + match.start(1), line.start + match.end(1)
                if len(candidates) == 1 and (start, end) not in taken:
                    candidates[0].mentions.append(Mention(text=match.group(1), span=Span(start=start, end=end)))
                    taken.add((start, end))


REF_CUE_WIDTH = 24
"""How far before a given name its cue word is looked for: well over the longest cue of ``given_ref`` and
``level_given_ref`` ('thành phố', 9 characters), so a longer cue added to them is still found; a match that begins
further back, at another name, is skipped by the search loop."""


def _spaced_names(text: str, names: dict[str, list[Found]]) -> list[tuple[str, int, int]]:
    """Where the given names of ``names`` stand in a line after spaces: the name, its start, and where the spaces
    before it begin (the end of a cue word before it, if any)."""
    places = []
    for name in names:
        position = text.find(name)
        while position >= 0:
            cue_end = position
            while cue_end > 0 and text[cue_end - 1].isspace():
                cue_end -= 1
            if cue_end < position:
                places.append((name, position, cue_end))
            position = text.find(name, position + 1)
    return places


def _given_name_matches(pattern: re.Pattern[str], text: str, places: list[tuple[str, int, int]]) -> list[re.Match[str]]:
    """The matches of a given-name reference pattern ('ông Tuấn', 'xã Lệ') whose name is a found person's, at the
    ``places`` of those names (``_spaced_names``), in reading order. Run over the line, the pattern stops at every
    'a', 'c', 't' or 'h' (its cue words' first letters); instead it is searched for only in the few characters
    before each name. Only a match naming a person found links a mention, and no match of these patterns can begin
    inside another (the name is a capitalised word that no further word follows in the pattern), so these are the
    matches ``finditer`` would give that count."""
    matches = []
    for name, position, cue_end in places:
        # a search cut off after the name (its look-ahead then sees the end of the text): the match it finds is
        # checked on the whole line
        near = pattern.search(text, max(0, cue_end - REF_CUE_WIDTH), position + len(name))
        while near is not None and near.start(1) != position:
            near = pattern.search(text, near.end(), position + len(name))
        match = near and pattern.match(text, near.start())
        if match and match.start(1) == position and match.group(1) == name:
            matches.append(match)
    return sorted(matches, key=lambda match: match.start())


SURNAME_TITLES = ("Tổng thống", "Phó Tổng thống", "Thủ tướng", "Ngoại trưởng", "Nữ hoàng", "Quốc vương", "Thủ hiến",
                  "Thị trưởng", "Tổng thư ký", "Tổng Thư ký")
"""Titles of heads of state and government after which world news names a foreigner by surname alone ('Tổng thống
Trump', 'Thủ tướng Merkel')."""


_NOT_A_PERSONS_TITLE = re.compile(r"(?:[\w]|(?<![\w])(?:[Pp]hủ|[Dd]inh) )$")


def _add_surnames_after_titles(lines_: list[Line], found: dict[str, Found]) -> None:
    """A foreigner written only by surname after a head's title ('Tổng thống Trump' in an article that never writes
    'Donald Trump') is a person named by that surname, as the annotations read it; where a fuller name is written,
    the surname is a later mention of it (``_link_references``)."""
    pattern = _patterns()["surname_after_title"]
    taken = {(mention.span.start, mention.span.end) for person in found.values() for mention in person.mentions}
    for line in lines_[1:]:  # the headline shortens everything: a surname there only counts once the body has it
        # the pattern begins with its titles, so the engine skips ahead to their first letters: faster than checking
        # first, word by word, that the line holds one of their first words
        for match in pattern.finditer(line.text):
            if _NOT_A_PERSONS_TITLE.search(line.text, max(0, match.start() - 5), match.start()):
                continue  # 'Phủ Tổng thống Miraflores' is a palace; 'Phó Tổng thống' is read whole
            surname = match.group("surname")
            start, end = line.start + match.start("surname"), line.start + match.end("surname")
            if not foreign_word(surname) or surname in _countries() or surname in places_abroad() or (start, end) in taken:
                continue
            if any(surname in name.split(" ") for name in found if name != surname):
                fuller = [name for name in found if name.endswith(" " + surname)]
                if len(fuller) == 1 and not found[fuller[0]].titles:  # 'Donald Trump' ... 'Tổng thống Trump'
                    found[fuller[0]].add_titles([match.group("title")])
                    found[fuller[0]].mentions.append(Mention(text=surname, span=Span(start=start, end=end)))
                    taken.add((start, end))
                continue
            person = found.setdefault(surname, Found(name=surname))
            person.add_titles([match.group("title")])
            person.mentions.append(Mention(text=surname, span=Span(start=start, end=end)))
            taken.add((start, end))


def _after_title(text: str, position: int) -> bool:
    """Whether a title begins in the same clause, at most 40 characters before ``position``."""
    window = text[max(0, position - 40) : position]
    window = window[max((m.end() for m in _patterns()["clause_end"].finditer(window)), default=0):]
    return title_head_regex().search(window) is not None


TITLE_REACH = 200
"""How far from a person's name a title of theirs is looked for in the line (titles are written next to the name)."""


def titles_through_bodies(persons: list[Found], body_spans: list[tuple[int, int]], lines_: list[Line]) -> None:
    """Run a title on to the end of the body it names where the title grammar stopped inside that body's name at a
    lower-case word but the organisation finder read the body whole ('Phó cục trưởng Cục Quản lý' with the body 'Cục
    Quản lý đường bộ cao tốc'; 'Giám đốc Trung tâm' with 'Trung tâm điều hành giao thông đô thị Hà Nội'): the body
    must begin inside the title, after its first word, and end past it."""
    if not body_spans or not persons:
        return
    starts = [line.start for line in lines_]
    for person in persons:
        run_on = False
        for index, title in enumerate(person.titles):
            if " " not in title:
                continue
            for mention in person.mentions:
                line = lines_[bisect.bisect_right(starts, mention.span.start) - 1]
                longer = _title_run_on(title, line, mention.span.start, body_spans)
                if longer is not None:
                    person.titles[index], run_on = longer, True
                    break
        if run_on and len(person.titles) > 1:  # 'Chủ tịch UBND TP' run on to 'Chủ tịch UBND TP. HCM', already held
            unique: dict[str, str] = {}
            for title in person.titles:
                unique.setdefault(dash_folded(title).casefold(), title)
            person.titles = list(unique.values())


def _title_run_on(title: str, line: Line, name_start: int, body_spans: list[tuple[int, int]]) -> str | None:
    """The title as written in ``line`` near the name, run on to the end of a body that begins inside it, else None."""
    low = max(0, name_start - line.start - TITLE_REACH)
    position = line.text.find(title, low, name_start - line.start + TITLE_REACH)
    while position >= 0:
        begin, end = line.start + position, line.start + position + len(title)
        first_word_end = begin + title.index(" ")
        for body_start, body_end in body_spans:
            if first_word_end < body_start < end < body_end and not (body_start <= name_start < body_end):
                return line.text[position : body_end - line.start]
        position = line.text.find(title, position + 1, name_start - line.start + TITLE_REACH)
    return None


def to_models(found: list[Found]) -> list[Person]:
    """Persons with stable ids ('person-to-lam'; a second person of the same slug gets '-2')."""
    persons, used = [], set()
    for item in found:
        identifier = unique_id(f"person-{slug(item.name)}", used)
        persons.append(Person(id=identifier, name=item.name, rank=item.rank, titles=item.titles, mentions=item.mentions))
    return persons

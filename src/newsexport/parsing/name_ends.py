"""Where the proper name of a school, a company, a paper or a bank ends, and where a country ends any name: the
name grammar lets one lowercase syllable follow a capitalised word ('Dân vận', 'Dầu khí'), so after a proper name or
a country it may take the sentence's verb ('Công ty Thiên Thanh khai thác cát ...', 'Bộ Ngoại giao Mỹ khẳng định').

The verb is told from the end of a field word by what follows it: a verb goes on into the rest of the sentence
(another lowercase word), a field word is followed by punctuation, a capitalised word or a word that follows
nouns ('... Dầu khí và ...').
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import LOWER, UPPER, alternation, lines, with_old_tone_marks
from newsexport.parsing.names import (
    BARE_LEVELS, PARTY_COMMITTEES, country_alternation, department_fields, foreign_word, organization_heads,
)

PROPER_NAME_HEADS = ("trường", "công ty", "tổng công ty", "cty", "tổng cty", "ctcp", "tct", "đh", "bv", "hãng",
                     "tập đoàn", "nhà máy", "xí nghiệp", "báo", "tạp chí", "đài", "đại học", "học viện", "bệnh viện",
                     "ngân hàng", "trạm", "htx", "hợp tác xã", "nhà xuất bản", "phòng khám", "thư viện", "câu lạc bộ",
                     "clb", "đội")
"""Heads followed by a proper name ('Trường Tiểu học Quán Toan', 'Công ty Thiên Thanh', 'Báo Người Lao Động'),
compared casefolded."""
CAPITALISED_HEADS = frozenset({"Cty", "CTCP"})
"""Heads of proper names written with a capital inside the name ('Tổng Cty Đường sắt'), unlike 'công ty'."""
NOUN_FOLLOWERS = frozenset({"và", "của", "tại", "với", "ở", "trong", "thuộc", "cùng", "là", "hoặc", "hay", "cũng"})
"""Words that follow a noun phrase: the lowercase word before them ends a name ('Dầu khí và ...')."""

_VERB_AFTER_PROPER_NAME = re.compile(rf"\s[{UPPER}][{LOWER}]* [{UPPER}][{LOWER}]*\s+(?P<verb>[{LOWER}]+)$")
_VERB_AFTER_FOREIGN_NAME = re.compile(rf"\s(?P<name>[A-Z][a-z]+)\s+(?P<verb>[{LOWER}]+)$")
"""'Đại học Yale mỗi ...', 'Tập đoàn Vingroup đầu tư': a proper name of one foreign word."""
_NEXT_WORD = re.compile(rf"\s+([{LOWER}]+)(?![\w])")
_NEXT_NUMBER = re.compile(r"\s+\d")
_TIME_AT_THE_END = re.compile(r" (?:sáng|trưa|chiều|tối|đêm|ngày|hôm) \d{1,2}$")
"""A part of the day and its date that the name grammar read on as a body's number ('Trường THPT Kim Liên sáng 12-5',
'Trường tiểu học Quán Toan chiều 16-5'): the date of the sentence, no part of the name."""


@lru_cache(maxsize=1)
def _capitalised_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Capitalised heads of bodies, of one word ('Bộ', 'Hội', 'Cục') and, casefolded, of more ('đoàn thanh niên',
    'bộ tư lệnh')."""
    heads = [head for head in organization_heads() if head[:1].isupper()]
    return frozenset(head for head in heads if " " not in head), tuple(head.casefold() for head in heads if " " in head)


def _head_and_field(written: str, verb_start: int) -> bool:
    """Whether the two capitalised words before ``verb_start`` are a head and its field, no proper name: one of them
    a head of one word ('Bộ Y tế', 'Hội Liên hiệp'), or a longer head written from one of them or from the word
    before them, in any case ('Đoàn Thanh niên', 'Hội Đồng Quản trị'); not a word that only begins a longer head
    ('Thanh' of 'Thanh tra'), which begins place names too ('Quận ủy Thanh Khê thôi chức ...')."""
    one_word, longer = _capitalised_heads()
    words = written[:verb_start].split()[-3:]
    if any(word in one_word for word in words[-2:]):
        return True
    folded = written.casefold()
    position = verb_start
    for word in reversed(words):
        position = written.rfind(word, 0, position)
        if folded.startswith(longer, position):
            return True
    return False


@lru_cache(maxsize=1)
def _connector_phrases() -> frozenset[str]:
    """Two-word connectors ('thế giới', 'quốc tế', 'trung ương'), casefolded."""
    return frozenset(phrase.casefold() for phrase in lines("organization_connectors.txt") if phrase.count(" ") == 1)


@lru_cache(maxsize=1)
def _lowercase_name_phrases() -> dict[str, tuple[str, ...]]:
    """Lowercase phrases that go on a name after a proper name, levels ('Việt Nam tỉnh') and connectors, by their
    first word."""
    phrases: dict[str, list[str]] = {}
    for phrase in [*BARE_LEVELS, *PARTY_COMMITTEES, *lines("organization_connectors.txt"),
                   *lines("organization_descriptors.txt")]:
        phrases.setdefault(phrase.split()[0], []).append(phrase)
    return {word: tuple(sorted(found, key=len, reverse=True)) for word, found in phrases.items()}


def _goes_on_the_name(verb: str, text: str, end: int) -> bool:
    """Whether the lowercase word after the proper name, which ends ``end`` in ``text``, begins a level, a connector
    or a descriptor written there in full ('Việt Nam tỉnh ...'), not a verb that shares its first word ('Việt Nam
    điều tàu')."""
    following = text[end - len(verb) : end - len(verb) + 40]
    return any(following.startswith(phrase) and not following[len(phrase) : len(phrase) + 1].isalnum()
               for phrase in _lowercase_name_phrases().get(verb, ()))


@lru_cache(maxsize=1)
def _verb_after_country() -> re.Pattern[str]:
    """'Bộ Ngoại giao Mỹ khẳng ...', 'Hội đồng Bảo an Liên Hợp Quốc thông ...': a country or an international
    body ends any body's name."""
    bodies = alternation(with_old_tone_marks(lines("international_organizations.txt")), ignore_case=True)
    return re.compile(rf"\s(?:(?P<country>{country_alternation()})|(?i:{bodies}))\s+(?P<verb>[{LOWER}]+)$")


@lru_cache(maxsize=1)
def _fields_of_two_words() -> frozenset[str]:
    """Fields of two words, casefolded: a country's name that begins one is no country ('Vụ Pháp chế', 'Viện Pháp
    y', 'Cục Mỹ thuật'), so its second word is no verb."""
    return frozenset(field.casefold() for field in department_fields() if field.count(" ") == 1)


@lru_cache(maxsize=1)
def _verbs_of_two_words() -> frozenset[str]:
    """The verbs of ``body_verbs.txt`` written in two words ('thực hiện', 'trực thuộc')."""
    return frozenset(verb for verb in lines("body_verbs.txt") if verb.count(" ") == 1)


def _split_verb(written: str, following: str) -> bool:
    """Whether the lower-case word that ends ``written``, after a capitalised one, begins a verb of two words that
    the next word completes ('Báo Hồng thực' + 'hiện'): the name grammar let the verb's first word into the name."""
    words = written.rsplit(" ", 2)
    return len(words) == 3 and words[1][:1].isupper() and f"{words[2]} {following}" in _verbs_of_two_words()


def without_trailing_verb(written: str, text: str, end: int) -> str:
    """``written`` (ending at ``end`` in ``text``) without the verb after a proper name of two capitalised words, after
    the foreign proper name of a school, a company, a paper or a bank, or after the country that ends any body's
    name; any other name is returned as it is. A part of the day and its date at the end is cut too."""
    if written[-1:].isdigit() and (time := _TIME_AT_THE_END.search(written)) is not None:
        return written[: time.start()]
    if not written[-1:].islower():
        return written
    following = _NEXT_WORD.match(text, end)
    if following is not None and _split_verb(written, following.group(1)):
        return written.rsplit(" ", 1)[0]  # 'nhóm Báo Hồng thực hiện', 'Tạp chí Thương hiệu Việt trực thuộc'
    if following is None and not _NEXT_NUMBER.match(text, end) or following is not None and \
            following.group(1) in NOUN_FOLLOWERS:
        return written  # a verb goes on into the rest of the sentence ('Tập đoàn Hòa Phát góp 98% vốn' too): a word
        # that ends a noun phrase is none
    # after two capitalised words, a proper name ('Tập đoàn Hòa Phát góp vốn', 'Ban quản lý Vịnh Hạ Long trực thuộc'),
    # whatever the head; after one foreign word only after the heads of proper names ('Tập đoàn Vingroup đầu tư')
    proper_head = written[:1] in "TtCcNnXxBbĐđHhPp" and written.casefold().startswith(PROPER_NAME_HEADS)
    verb = _VERB_AFTER_PROPER_NAME.search(written)
    if verb is not None and (not proper_head or written[: verb.start("verb")].split()[-2] in CAPITALISED_HEADS) and \
            _head_and_field(written, verb.start("verb")):
        verb = None  # 'Bộ Y tế', 'Hội Liên hiệp', 'Tổng Cty Đường sắt': a head and its field, no proper name
    if verb is not None and \
            f"{written[: verb.start('verb')].split()[-1]} {verb.group('verb')}".casefold() in _connector_phrases():
        verb = None  # 'Tổ chức Kỷ lục Guinness Thế giới', 'Bệnh viện Nhi Trung ương': a connector with a capital
    if verb is None and proper_head:
        verb = _VERB_AFTER_FOREIGN_NAME.search(written)
        verb = verb if verb is not None and foreign_word(verb.group("name")) else None
    if verb is None:
        verb = _verb_after_country().search(written)
        if verb is not None and verb.group("country") and \
                f"{verb.group('country')} {verb.group('verb')}".casefold() in _fields_of_two_words():
            return written
    if verb is None or _goes_on_the_name(verb.group("verb"), text, end):
        return written
    return written[: verb.start("verb")].rstrip()

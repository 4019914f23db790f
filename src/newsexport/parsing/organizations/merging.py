"""The merging steps of ``find_organizations``: one body written in several forms (bare and longer, with and
without its head, its trade or its legal form, with its field cut short, with abbreviations) is one organisation,
named by the longer form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsexport.parsing.gazetteer import lines
from newsexport.parsing.names import closed_organizations, foreign_word
from newsexport.parsing.organizations.found import FoundOrganization
from newsexport.parsing.organizations.patterns import ENTERPRISE_HEADS, _ABBREVIATION_WORD, _brand_names, _place_names
from newsexport.parsing.places import country_synonyms

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,}")
_LEVEL_START = re.compile(r"(?:tỉnh|thành|huyện|quận|thị|xã|phường|đảng)")


def _continues(tail: str, short_field: bool = False) -> bool:
    """Whether a longer name only completes a shorter one: the rest is a name or a place ('Ban Dân vận' +
    'Tỉnh ủy Sơn La', 'công tỉnh Bắc Ninh'), not only lowercase words of a kind of its own ('Tạp chí Cộng sản' +
    'điện tử' is another body), nor a branch ('Eximbank' + 'chi nhánh TP. HCM' is another body). ``short_field``:
    the shorter name is a ministry's or a department's field cut short, which lowercase words complete ('Bộ Giao
    thông' + 'vận tải', 'Cục Quản lý' + 'cạnh tranh')."""
    if tail.casefold().startswith("chi nhánh "):
        return False
    return short_field or any(character.isupper() or character.isdigit() for character in tail) \
        or _LEVEL_START.match(tail) is not None


def _merge_prefixes(organisations: dict[str, FoundOrganization], added_parents: bool = False) -> None:
    """A body written bare and longer in one article ('Sở Giao thông vận tải', 'Sở Giao thông vận tải Hà Tĩnh'): the
    bare form is an alias of the one longer name, and dropped where several go on from it. Run again once the parents
    are added, a parent's name being the longer form ('Sở Giao thông vận tải Hà Tĩnh' of 'Văn phòng Sở Giao thông vận
    tải Hà Tĩnh'); then only a prefix of one name is merged."""
    for key in list(organisations):
        longer = [other for other_key, other in organisations.items()
                  if other_key != key and other_key.startswith(key + " ")
                  and _continues(other.name[len(organisations[key].name) + 1 :], _short_field(key))]
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


def _short_field(key: str) -> bool:
    """Whether a casefolded name is a head of ``SHORT_FIELD_HEADS`` and two syllables of a field ('bộ giao thông',
    'cục quản lý'): a field cut short; one syllable is mostly a body of its own, whose longer namesakes are other
    bodies ('cục thuế' and 'cục thuế doanh nghiệp lớn')."""
    head = next((head for head in _SHORT_FIELD_HEADS_LONGEST_FIRST if key.startswith(head)), None)
    return head is not None and len(key.split()) - len(head.split()) == 2


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


SHORT_FIELD_HEADS = tuple(head + " " for head in lines("organization_short_field_heads.txt"))
"""Heads of departments and ministries whose field writers shorten, casefolded, each with the space after it
(``organization_short_field_heads.txt``)."""
_SHORT_FIELD_HEADS_LONGEST_FIRST = tuple(sorted(SHORT_FIELD_HEADS, key=len, reverse=True))
_LEVEL_WORDS = frozenset({"tp", "tp.", "tỉnh", "thành", "phố", "quận", "huyện", "thị", "xã"})


def _place_end(words: list[str]) -> int:
    """How many of the last words are a place ('TP HCM', 'tỉnh Quảng Ninh', 'Hà Nội', 'quận Hai Bà Trưng'), 0 if
    none."""
    for size in (5, 4, 3, 2, 1):
        if len(words) > size and (words[-size][:1].isupper() or words[-size].casefold() in _LEVEL_WORDS):
            tail = words[-size:]  # (a place or its level begins with a capital or is a level word: the rest are none)
            while tail and tail[0].casefold() in _LEVEL_WORDS:
                tail = tail[1:]
            if tail and (" ".join(tail) in _place_names() or " ".join(tail) == "HCM"):
                return size
    return 0


_FIELD_JOINERS = frozenset({"và", "-", "–", "&"})
"""Words that join a second field to a first ('Giáo dục và Đào tạo', 'Giao thông - Vận tải')."""


def _merge_short_field(organisations: dict[str, FoundOrganization]) -> None:
    """A department or a ministry written with its field cut short and the same place after it ('Sở Giao thông TP
    HCM', 'Sở Giao thông Vận tải TP HCM'; 'Phòng Giáo dục quận X', 'Phòng Giáo dục và Đào tạo quận X'), where the
    longer field adds up to three words, the first capitalised or joining a second field: one body, named by the
    longer form."""
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
                  and (longer[len(core)][:1].isupper() or longer[len(core)] in _FIELD_JOINERS)
                  and len(longer) - end - len(core) <= 3]
        if len(owners) == 1 and key in organisations:
            organisations[owners[0]].absorb(organisations.pop(key))


SCHOOL_LEVELS = tuple(level + " " for level in lines("school_levels.txt"))
"""Levels of schools that a university or a college is written with, casefolded, each with the space after it
(``school_levels.txt``)."""


def _merge_school_head(organisations: dict[str, FoundOrganization]) -> None:
    """A school written with 'Trường' and then without it ('Trường Đại học Sư phạm Hà Nội', then 'Đại học Sư
    phạm Hà Nội'): one body, named by the longer form."""
    for key in [key for key in organisations if key.startswith(SCHOOL_LEVELS)]:
        if "trường " + key in organisations:
            organisations["trường " + key].absorb(organisations.pop(key))


def _merge_same_company(organisations: dict[str, FoundOrganization]) -> None:
    """One company written with two trades or legal forms before the same proper name ('Công ty cổ phần tổng hợp gỗ
    Tân Mai', then 'Công ty gỗ Tân Mai'), or with one and then by its proper name alone ('Công ty Tân Mai'): one
    body, named by the longer form, where the shorter one's trade words are all in the longer one's (two trades of
    their own, 'Công ty TNHH Tập đoàn Thiên Thanh' and 'Công ty TNHH Quốc tế Thiên Thanh', are two companies of one
    group). The proper name must be no place,
    since companies of one town share its name ('Công ty cổ phần cảng Quy Nhơn', 'Công ty xăng dầu Quy Nhơn')."""
    by_name: dict[tuple[str, str], list[str]] = {}
    trades: dict[str, set[str]] = {}
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
            trades[key] = {word.casefold() for word in rest[: len(rest) - len(tail)]}
    for keys in by_name.values():
        if len(keys) > 1 and len({_legal_form(organisations[key].name) for key in keys} - {None}) <= 1:
            # the longer form; of two spelt alike, the one written more often, then first
            keys.sort(key=lambda key: (-len(_spelt_alike(organisations[key].name)), -len(organisations[key].mentions),
                                       organisations[key].mentions[0].span.start))
            for key in keys[1:]:
                if trades[key] <= trades[keys[0]]:  # 'TNHH Tập đoàn' and 'TNHH Quốc tế Thiên Thanh': two companies
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
_ABBREVIATED_FIELDS_JOINER = re.compile(r"(?<=[A-ZĐ])\s*[-–&]\s*(?=[A-ZĐ])")
"""The dash or '&' between two abbreviated fields, which writers vary ('Bộ GD-ĐT', 'Bộ GD&ĐT', 'Bộ GD & ĐT')."""


_HO_CHI_MINH_CITY = re.compile(r"(?<![\w])(?:tp\.?\s*|thành phố\s+)(?:hcm|hồ chí minh)(?![\w])")
"""The city's name in the ways writers abbreviate it, casefolded ('tp.hcm', 'tp. hcm', 'tphcm', 'tp hồ chí minh')."""


def _spelt_alike(name: str) -> str:
    """A casefolded name with the city's abbreviations written one way ('Đại học Quốc gia TP.HCM', '... TPHCM')."""
    return _HO_CHI_MINH_CITY.sub("tphcm", " ".join(name.casefold().split()))


def _variant_key(name: str) -> str:
    """A body's name with what writers vary dropped: a company's legal form after its head ('Công ty Cổ phần
    Chứng khoán Funan', 'Công ty Chứng khoán Funan'), a country written under another of its names at the end
    ('Bộ Ngoại giao Mỹ', 'Bộ Ngoại giao Hoa Kỳ'), the 'và' or '&' between two fields ('Bộ Thông tin và Truyền
    thông', 'Bộ Thông tin Truyền thông'), the dash or '&' between two abbreviated ones ('GD-ĐT', 'GD & ĐT') and the
    spelling of Ho Chi Minh City's abbreviation ('TP.HCM', 'TPHCM')."""
    synonyms = _synonym_rows()
    name = _ABBREVIATED_FIELDS_JOINER.sub(" ", name)
    return _variant_words().sub(lambda match: f" #{synonyms[match.group(0).strip()]}" if match.group(0).strip()
                                in synonyms else "", _FIELD_JOINER.sub(" ", _spelt_alike(name)))


def _merge_written_variants(organisations: dict[str, FoundOrganization]) -> None:
    """One body written with and without its legal form, with two names of its country, with and without the 'và'
    between its fields, or with the city's abbreviation spelt two ways: named by the longer form, of forms spelt
    alike by the one written more often; a joint-stock and a limited company of one name stay two."""
    by_key: dict[str, list[str]] = {}
    for key, organisation in organisations.items():
        by_key.setdefault(_variant_key(organisation.name), []).append(key)
    for keys in by_key.values():
        if len(keys) > 1 and len({_legal_form(organisations[key].name) for key in keys} - {None}) <= 1:
            # the longer form; of two spelt alike, the one written more often, then first
            keys.sort(key=lambda key: (-len(_spelt_alike(organisations[key].name)), -len(organisations[key].mentions),
                                       organisations[key].mentions[0].span.start))
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


_LEVEL_ABBREVIATIONS = {"q.": "quận", "p.": "phường", "h.": "huyện", "tx.": "thị xã", "tt.": "thị trấn"}
_WORD = re.compile(r"[^\s.]+\.?")


_SPACED_AMPERSAND = re.compile(r"(?<=[A-ZĐ]) & (?=[A-ZĐ]+(?![\w]))")
"""'&' spaced between two abbreviated fields ('Bộ NN & PTNT', 'Bộ GD & ĐT'), written as the glued 'NN&PTNT'."""


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name, a dotted abbreviation split ('TP.HCM' -> 'TP.', 'HCM'), as are abbreviated fields joined
    by a dash ('PK-KQ'), the dashes between written-out fields left out, one-letter levels written out (cached: every
    pair of an article's bodies is compared, and names recur across articles)."""
    words: list[str] = []
    for word in _WORD.findall(_SPACED_AMPERSAND.sub("&", name)):
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
        if full[0] == "và" and len(short) < len(full):  # 'GD-ĐT' for 'Giáo dục và Đào tạo': the dash is 'và'
            return _abbreviates(short, full[1:])
    return False


def _placed_side(short: tuple[str, ...], full: tuple[str, ...]) -> str | None:
    """Which of two names is ``full`` with abbreviations ('short') but for a place that only one of them ends with
    ('Sở GD-ĐT Bạc Liêu' and 'Sở Giáo dục và Đào tạo', 'Sở GD-ĐT' and 'Sở Giáo dục và Đào tạo Bạc Liêu'): 'short' or
    'full', the one with the place; None when they are not one name so."""
    for side, words, other in (("short", short, full), ("full", full, short)):
        size = _place_end(list(words))
        if size and (_abbreviates(words[:-size], other) if side == "short" else _abbreviates(other, words[:-size])):
            return side
    return None


def _head_and_acronym(short: str, full: str) -> bool:
    """'Viện ABAII' for 'Viện Công nghệ Blockchain và Trí tuệ Nhân tạo ABAII': the head and the acronym that ends
    the full name."""
    short_words, full_words = short.split(), full.split()
    return (len(short_words) == 2 and len(full_words) > 2 and _ABBREVIATION_WORD.fullmatch(short_words[1]) is not None
            and short_words[0] == full_words[0] and short_words[1] == full_words[-1])


def _merge_bare_and_abbreviated(organisations: dict[str, FoundOrganization]) -> None:
    """A body written once with abbreviations and once in full, only one of the two with its place ('Sở GD-ĐT Bạc
    Liêu', then 'Sở Giáo dục và Đào tạo'): one body, named by the form with the place, where only one such form
    fits."""
    for short_key in list(organisations):
        short = organisations.get(short_key)
        if short is None or not any(_ABBREVIATION_WORD.fullmatch(word.rstrip(".")) for word in _words(short.name)):
            continue
        matches = [(key, side) for key, other in organisations.items() if key != short_key
                   and (side := _placed_side(_words(short.name), _words(other.name))) is not None]
        if len(matches) != 1:
            continue
        key, side = matches[0]
        if side == "short":
            short.absorb(organisations.pop(key))
        else:
            organisations[key].absorb(organisations.pop(short_key))


def _merge_head_and_brand(organisations: dict[str, FoundOrganization]) -> None:
    """A head and a foreign brand ('Ngân hàng Sacombank') name the body whose full name has that head and ends with
    that brand ('Ngân hàng TMCP Sài Gòn Thương Tín Sacombank'), where one body only does."""
    for short_key in list(organisations):
        short = organisations.get(short_key)
        if short is None or " " not in short.name:
            continue
        head, brand = short.name.rsplit(" ", 1)
        if not foreign_word(brand) or len(head.split()) > 2:
            continue
        fuller = [key for key, other in organisations.items() if key != short_key and len(other.name) > len(short.name)
                  and other.name.startswith(head + " ") and other.name.endswith(" " + brand)]
        if len(fuller) == 1:
            organisations[fuller[0]].absorb(organisations.pop(short_key))


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

"""From candidates to organisations (``find_organizations``): bare bodies take the place the article speaks
of and police units their police, mentions of one body are keyed together (``_key``) and short names in brackets
sent to their body, the ``merging`` steps join the forms of one body, the short forms of central committees find
their owner, and the parents written at the end of a name are added.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.model import Mention, Span
from newsexport.parsing.gazetteer import (
    E, UPPER, alternation, district_units, division_names, divisions, lines, with_old_tone_marks,
)
from newsexport.parsing.names import (
    PARTY_COMMITTEES, bare_organization_heads, closed_organizations, dash_folded, ministry_fields, organization_heads,
)
from newsexport.parsing.organizations.found import Candidate, FoundOrganization
from newsexport.parsing.organizations.merging import (
    _merge_abbreviated, _merge_bare_and_abbreviated, _merge_head_and_brand, _merge_headed, _merge_headed_short_name,
    _merge_name_and_short_name, _merge_prefixes, _merge_same_company, _merge_school_head, _merge_short_field,
    _merge_standing, _merge_written_variants,
)
from newsexport.parsing.organizations.patterns import (
    SHORT_FORM_HEAD, _SHORT_BRAND, _party_after, _patterns,
)
from newsexport.parsing.places import FoundPlace
from newsexport.parsing.segment import Line

LEVEL_KINDS = {"tỉnh": "province", "thành phố": "city", "TP": "city", "huyện": "district", "quận": "district",
               "thị xã": "town", "xã": "commune", "phường": "ward"}
CENTRAL_COMMITTEE_HEADS = tuple(lines("central_committee_heads.txt"))
"""What comes before 'Trung ương X' in the name of the committee it is the short form of, casefolded
(``central_committee_heads.txt``)."""


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
    elif lowered in ("thành phố", "TP") and (city := _city_written_abbreviated(nearest.name, lines_)):
        candidate.name = f"{head} {city}"  # 'HĐND thành phố' where the story writes 'UBND TP Đà Nẵng'
    else:
        candidate.name = f"{head} {lowered} {nearest.name}"


def _placed_before(bare: str, before: list[Candidate]) -> str:
    """A bare body that no place of its level resolves (the article writes its city only inside bodies' names: 'UBND
    TP. HCM ..., UBND TP có văn bản') is the same body written with its place last before it, else stays bare."""
    level = bare.rsplit(" ", 1)[-1]
    for earlier in reversed(before):
        rest = earlier.name[len(bare) :]
        if earlier.name.startswith(bare) and rest[:1] in (" ", ".") and any(
                form in division_names() or form in district_units() for form in (rest.strip(), level + rest)):
            return earlier.name  # (the place after the level must be one: not 'VKSND TP. Ngoài', a sentence's start)
    return bare


def _city_written_abbreviated(city: str, lines_: list[Line]) -> str | None:
    """The city as the story writes it with its level abbreviated, inside a body's name too ('TP Đà Nẵng' in 'UBND
    TP Đà Nẵng'), where its place mentions write it bare: the annotations name a bare body of the city so."""
    pattern = re.compile(rf"(?<![\w])(?:TP|Tp)\.?\s*{re.escape(city)}(?![\w])")
    for line in lines_:
        if city in line.text and (found := pattern.search(line.text)):
            return found.group(0)
    return None


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


def find_organizations(found: list[Candidate], places: list[FoundPlace], lines_: list[Line]) -> list[FoundOrganization]:
    """Organisations in order of first mention."""
    for index, candidate in enumerate(found):
        _resolve_bare(candidate, places, lines_)
        if candidate.name == candidate.written and _patterns()["bare_end"].search(candidate.name):
            candidate.name = _placed_before(candidate.name, found[:index])
        _with_bracketed_police(candidate, lines_)
    organisations: dict[str, FoundOrganization] = {}
    redirect: dict[str, str] = {}
    previous: Candidate | None = None
    for candidate in found:
        if candidate.short_form or candidate.generic or candidate.needs_place and candidate.name == candidate.written:
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
    _merge_bare_and_abbreviated(organisations)
    _merge_head_and_brand(organisations)
    result = list(organisations.values())
    for organisation in result:
        organisation.mentions.sort(key=lambda mention: mention.span.start)
    return sorted(result, key=lambda organisation: organisation.mentions[0].span.start)


_POLICE_UNIT = re.compile(r"(?:Phòng|Đội|Trại tạm giam|Cơ quan (?:CSĐT|Cảnh sát điều tra))\s")
_BRACKETED_POLICE = re.compile(rf"\s*\(\s*(Công an (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*[{UPPER}][^()]{{0,40}}?)"
                               r"\s*\)")


def _with_bracketed_police(candidate: Candidate, lines_: list[Line]) -> None:
    """A police unit with its police in brackets right after ('Phòng CSGT (Công an tỉnh Hòa Bình)') is that
    police's unit, named with it, as when it is written without brackets ('Phòng Cảnh sát hình sự Công an tỉnh
    X'); a department of a ministry written so keeps its own name ('Cục Viễn thông (Bộ TT&TT)'). One with its police
    after a comma ('Phòng Cảnh sát đường thủy, Công an tỉnh Quảng Ninh') is named as written, its police listed
    apart: the later conventions and most dev annotations read it so, where the early ones named it with the
    police."""
    if candidate.short_form or candidate.name != candidate.written[:1].upper() + candidate.written[1:] or \
            not _POLICE_UNIT.match(candidate.name) or "Công an" in candidate.name:
        return
    for line in lines_:
        offset = candidate.end - line.start
        if 0 <= offset <= len(line.text) and candidate.start >= line.start:
            parent = _BRACKETED_POLICE.match(line.text, offset)
            if parent:
                candidate.name = f"{candidate.name} {' '.join(parent.group(1).split())}"
            return


_SELF_PROCLAIMED = " tự xưng ("
"""'Self-proclaimed' and a bracket, between a body's name and its short name ('Nhà nước Hồi giáo tự xưng
(IS)')."""


def _in_brackets_after(previous: Candidate, candidate: Candidate, lines_: list[Line]) -> bool:
    """Whether a one-word or known short name is written in brackets right after a body's name ('Tổng công ty CP
    Khoan và Dịch vụ Khoan Dầu khí (PV Drilling)'), or after 'tự xưng' (self-proclaimed) after it ('Nhà nước Hồi
    giáo tự xưng (IS)'): the short name the article then uses for that body."""
    if candidate.start - previous.end not in (2, len(_SELF_PROCLAIMED)):
        return False
    if candidate.written.isupper() and len(candidate.written.replace("&", "")) > len(previous.written.split()):
        return False  # '... Văn hóa của Liên hợp quốc (UNESCO)': more letters than words, the acronym of a longer name
    for line in lines_:
        offset = previous.end - line.start
        if 0 <= offset and candidate.end - line.start < len(line.text):
            return line.text[offset:candidate.start - line.start] in (" (", _SELF_PROCLAIMED) \
                and line.text[candidate.end - line.start] == ")"
    return False



PARENT_HEADS = tuple(lines("organization_parent_heads.txt"))
"""Heads of the bodies that other bodies belong to (``organization_parent_heads.txt``): such a body written at the end
of another's name is named too."""


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

"""Organisations: a known full name, or a head ('Bộ', 'Ban', 'Công an', 'UBND') with the rest of a name.

Bare provincial bodies ('Công an tỉnh', 'Ban Dân vận tỉnh ủy') take the place the article is speaking of
(the nearest place of that level before them, else the article's main one) and keep the bare form as an alias.
'Trung ương MTTQ Việt Nam' is only ever a short form of the body with the shortest name ending with it; a bare name that is the
beginning of two different bodies ('Ban Dân vận') is ambiguous and left out. Generic mentions ('lực lượng
công an', 'Công an cấp xã') are not organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Organization, Span
from newsexport.parsing.gazetteer import B, E, UPPER, alternation, division_names, expand, lines, slug
from newsexport.parsing.names import (
    BARE_LEVELS, PARTY_COMMITTEES, level_alternation, name_token, place_run, province_alternation,
)
from newsexport.parsing.places import FoundPlace
from newsexport.parsing.segment import Line

SHORT_FORM_HEAD = "Trung ương"
LEVEL_KINDS = {"tỉnh": "province", "thành phố": "city", "TP": "city", "huyện": "district", "quận": "district",
               "thị xã": "town", "xã": "commune", "phường": "ward"}


@dataclass
class Candidate:
    written: str
    start: int
    end: int
    name: str
    short_form: bool = False


@dataclass
class FoundOrganization:
    name: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    token = name_token()
    known = alternation(lines("organizations.txt"))
    heads = alternation(lines("organization_heads.txt"))
    bare_end = alternation([*BARE_LEVELS, *PARTY_COMMITTEES], either_case_first=True)
    return {
        "organisation": re.compile(
            rf"{B}(?:(?=[{UPPER}])(?i:(?P<known>{known}))(?:\s+{token})*|(?=[{UPPER}])(?i:{heads})(?:\s+{token})+"
            rf"|(?P<lower>công an)(?=\s+{level_alternation()}\s+{place_run()}|\s+{province_alternation()}{E})(?:\s+{token})+)"),
        "bare_end": re.compile(rf"(?<=\s)(?P<level>{bare_end})$"),
        "generic_before": re.compile(r"(?:lực lượng|[Ll]ực lượng)\s+$"),
        "level_only": re.compile(r"\scấp (?:tỉnh|huyện|xã)$"),
    }


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Known full names by their casefolded form."""
    return {" ".join(name.split()).casefold(): name for name in lines("organizations.txt")}


def candidates(lines_: list[Line]) -> list[Candidate]:
    """Every organisation-like mention, before resolution."""
    patterns = _patterns()
    found = []
    for line in lines_:
        for match in patterns["organisation"].finditer(line.text):
            written = match.group(0).rstrip()
            if patterns["generic_before"].search(line.text[max(0, match.start() - 12) : match.start()]) and \
                    not match.group("known"):
                continue  # 'lực lượng Công an xã', but 'lực lượng Công an nhân dân' names the force
            if patterns["level_only"].search(written):
                continue
            start = line.start + match.start()
            name = written
            if match.group("known"):  # 'Văn Phòng Chính phủ' is 'Văn phòng Chính phủ'
                name = _known()[" ".join(match.group("known").split()).casefold()] + written[len(match.group("known")):]
            elif match.group("lower"):  # 'công an thị xã Giá Rai': the body's name is capitalised
                name = written[0].upper() + written[1:]
            found.append(Candidate(written=written, start=start, end=start + len(written), name=name,
                                   short_form=written.startswith(SHORT_FORM_HEAD) and written.casefold() not in _known()))
    return found


def _resolve_bare(candidate: Candidate, places: list[FoundPlace], lines_: list[Line]) -> None:
    """'Công an tỉnh' -> 'Công an tỉnh Sơn La'; 'Ban Dân vận tỉnh ủy' -> 'Ban Dân vận Tỉnh ủy Sơn La'."""
    match = _patterns()["bare_end"].search(candidate.written)
    if match is None:
        return
    level = match.group("level")
    lowered = level if level == "TP" else level[0].lower() + level[1:]
    kind = LEVEL_KINDS.get(lowered) or PARTY_COMMITTEES.get(lowered)
    line_start = max((line.start for line in lines_ if line.start <= candidate.start), default=0)
    nearest, nearest_start = None, -1
    for place in places:
        if place.kind != kind:
            continue
        for mention in place.mentions:
            if line_start <= mention.span.start < candidate.start and mention.span.start > nearest_start:
                nearest, nearest_start = place, mention.span.start
    if nearest is None:
        same_kind = [place for place in places if place.kind == kind]
        if not same_kind:
            return
        nearest = max(same_kind, key=lambda place: (len(place.mentions), -place.mentions[0].span.start))
    head = candidate.name[: match.start()].rstrip()
    if lowered in PARTY_COMMITTEES:
        candidate.name = f"{head} {lowered[0].upper()}{lowered[1:]} {nearest.name}"
    else:
        candidate.name = f"{head} {lowered} {nearest.name}"


@lru_cache(maxsize=1)
def _province_level() -> re.Pattern[str]:
    """A provincial level word before a province's name: 'Công an tỉnh Đồng Nai' is 'Công an Đồng Nai'."""
    provinces = alternation([name.casefold() for name in division_names()])
    return re.compile(rf"(?<![\w])(?:tỉnh|thành phố|tp\.?)\s*(?={provinces}(?![\w]))")


def _key(name: str) -> str:
    """The identity of a body's name: casefolded, without the level word before a province's name."""
    return _province_level().sub("", " ".join(name.split()).casefold())


_LEVEL_START = re.compile(r"(?:tỉnh|thành|huyện|quận|thị|xã|phường|đảng)")


def _continues(tail: str) -> bool:
    """Whether a longer name only completes a shorter one: the rest is a name or a place ('Ban Dân vận' +
    'Tỉnh ủy Sơn La', 'công tỉnh Bắc Ninh'), not only lowercase words of a kind of its own ('Tạp chí Cộng sản' +
    'điện tử' is another body)."""
    return any(character.isupper() or character.isdigit() for character in tail) or _LEVEL_START.match(tail) is not None


def find_organizations(found: list[Candidate], places: list[FoundPlace], lines_: list[Line]) -> list[FoundOrganization]:
    """Organisations in order of first mention."""
    for candidate in found:
        _resolve_bare(candidate, places, lines_)
    organisations: dict[str, FoundOrganization] = {}
    for candidate in found:
        if candidate.short_form:
            continue
        key = _key(candidate.name)
        organisation = organisations.setdefault(key, FoundOrganization(name=candidate.name))
        if len(candidate.name) > len(organisation.name) and candidate.name == candidate.written:
            organisation.name = candidate.name
        organisation.forms.append(candidate.written)
        organisation.mentions.append(Mention(text=candidate.written, span=Span(start=candidate.start, end=candidate.end)))
    for key in list(organisations):
        longer = [other for other_key, other in organisations.items()
                  if other_key != key and other_key.startswith(key + " ")
                  and _continues(other.name[len(organisations[key].name) + 1 :])]
        if not longer or any(mention.text != organisations[key].name for mention in organisations[key].mentions):
            continue
        if len(longer) == 1:
            longer[0].forms.extend(organisations[key].forms)
            longer[0].mentions.extend(organisations[key].mentions)
        del organisations[key]
    for candidate in found:
        if not candidate.short_form:
            continue
        tail = " " + candidate.written.casefold()
        owners = [org for org in organisations.values() if org.name.casefold().endswith(tail)]
        shortest = min((len(org.name) for org in owners), default=0)
        owners = [org for org in owners if len(org.name) == shortest]
        if len(owners) == 1:
            owners[0].forms.append(candidate.written)
            owners[0].mentions.append(Mention(text=candidate.written, span=Span(start=candidate.start, end=candidate.end)))
    result = list(organisations.values())
    for organisation in result:
        organisation.mentions.sort(key=lambda mention: mention.span.start)
    return sorted(result, key=lambda organisation: organisation.mentions[0].span.start)


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

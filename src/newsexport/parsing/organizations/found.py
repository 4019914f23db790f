"""What the organisation finder hands on: a candidate mention, the organisation that mentions of one body are
merged into, and how the organisations found become the record's (cited media left out, ids given).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Organization
from newsexport.parsing.gazetteer import expand, slug, unique_id
from newsexport.parsing.media import cited_as_source, in_a_credit, is_media, press_of_a_country
from newsexport.parsing.names import known_organizations, organization_heads
from newsexport.parsing.segment import Line


@dataclass
class Candidate:
    written: str
    start: int
    end: int
    name: str
    short_form: bool = False
    needs_place: bool = False
    """A party committee written alone ('Huyện uỷ', 'Thường vụ Tỉnh ủy'): a body only once its place is known."""
    generic: bool = False
    """A country's force named generically ('Cảnh sát Australia cho biết'): no body, but its words are no place either
    (the country is the force's modifier)."""


@dataclass
class FoundOrganization:
    name: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def absorb(self, other: FoundOrganization) -> None:
        """Take over the forms and mentions of another entry found to name the same body."""
        self.forms.extend(other.forms)
        self.mentions.extend(other.mentions)


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


FACILITY_HEADS = ("nhà máy ",)
"""Heads of facilities, which the annotation conventions read as places of work, not bodies, like ports and airports
('Nhà máy Thủy điện Đa Nhim', 'Nhà máy thép Guang Lian Dung Quất'); a city written only in a plant's name is a place."""


def without_facilities(found: list[FoundOrganization]) -> list[FoundOrganization]:
    """``found`` without the plants: found as bodies so that a title runs on through them ('Giám đốc Nhà máy ...')."""
    return [organisation for organisation in found if not organisation.name.casefold().startswith(FACILITY_HEADS)]


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The organisation heads, casefolded with the space after them, longest first."""
    return tuple(sorted({head.casefold() + " " for head in organization_heads()}, key=len, reverse=True))


def _field_capitalised(form: str) -> bool | None:
    """Whether the word after the form's head begins with a capital; None when no head begins the form."""
    folded = form.casefold()
    head = next((head for head in _heads() if folded.startswith(head)), None)
    rest = form[len(head):] if head else ""
    return rest[:1].isupper() if rest else None


def _as_a_name(item: FoundOrganization) -> str:
    """The entry's name, or a form differing from it only in case that writes the word after the head with a
    capital (and its head too): a body first written with its field in lower case ('Hội luật gia Việt Nam', 'Sở y
    tế Tp HCM') keeps the form that writes it as a name ('Hội Luật gia Việt Nam'), not a form capitalised further
    ('Bộ Công An')."""
    folded = item.name.casefold()
    others = [form for form in item.forms if form != item.name and form.casefold() == folded and form[:1].isupper()]
    if not others or _field_capitalised(item.name) is not False:  # most bodies are written one way: no head looked up
        return item.name
    return next((form for form in others if _field_capitalised(form)), item.name)


def without_offices_of_a_post(found: list[FoundOrganization], text: str) -> list[FoundOrganization]:
    """``found`` without a local office named only in its chief's post ('Chánh văn phòng UBND tỉnh Quảng Ninh'): the
    annotations list the body the office serves, written in the post too, and not the office itself, which the
    article never names on its own; a national office stays ('Chánh Văn phòng Trung ương Đảng')."""
    def in_the_post(mention: Mention) -> bool:
        return text[max(0, mention.span.start - 6) : mention.span.start].casefold().endswith("chánh ")

    national = _national_offices()
    return [organisation for organisation in found
            if not (organisation.name.casefold().startswith("văn phòng ")
                    and organisation.name.casefold() not in national and all(map(in_the_post, organisation.mentions)))]


@lru_cache(maxsize=1)
def _national_offices() -> frozenset[str]:
    """The offices listed as national bodies ('Văn phòng Trung ương Đảng', 'Văn phòng Chính phủ'), which the
    annotations list even when only their chief's post names them."""
    return frozenset(name.casefold() for name in known_organizations() if name.casefold().startswith("văn phòng "))


def to_models(found: list[FoundOrganization]) -> list[Organization]:
    organisations, used = [], set()
    for item in found:
        name = _as_a_name(item)
        identifier = unique_id(f"org-{slug(name)}", used)
        aliases: list[str] = []
        for form in item.forms:
            if form != name and form not in aliases:
                aliases.append(form)
        organisations.append(Organization(id=identifier, name=name, aliases=aliases, expanded=expand(name),
                                          mentions=item.mentions))
    return organisations

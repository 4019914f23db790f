"""Entity and event extraction: fills the record's persons, organisations, places, documents, figures,
topics and event from the segmented article.

Extraction reads the headline and the body paragraphs; in photo captions it reads persons with a rank, a cue
word or a title, and organisations and places up to the photo's credit (the annotations list what a caption names;
its credits and bylines name none).
Persons come first and their names are masked for the other extractors, so a name is never read as part of an
organisation or a place. A place named only inside an organisation's name ('Quảng Ninh' in
'Công an tỉnh Quảng Ninh') is not a place of the story. Every mention's span indexes the normalised text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsexport.model import Document, Event, Figure, Organization, Person, Place, Topic
from newsexport.parsing import documents as documents_
from newsexport.parsing import organizations as organizations_
from newsexport.parsing import persons as persons_
from newsexport.parsing import places as places_
from newsexport.parsing.event import find_event
from newsexport.parsing.figures import find_figures
from newsexport.parsing.gazetteer import district_units
from newsexport.parsing.segment import Line, Segments
from newsexport.parsing.topics import find_topics

_CREDIT = re.compile(r"\s*[-–(]?\s*(?:[Ảả]nh|[Nn]guồn|[Vv]ideo|[Đđ]ồ họa|[Ii]nfographic|[Pp]hoto)\s*:")
"""Where a caption's credit begins ('... - Ảnh: TRƯỜNG TRUNG', '(Ảnh: VGP)'): what follows names no body or place."""


def _without_credit(caption: Line) -> Line:
    credit = _CREDIT.search(caption.text)
    return caption if credit is None else Line(text=caption.text[: credit.start()], start=caption.start)


_BYLINE = re.compile(r"^[\w.\- ]{2,40}$")
_WRITERS_CREDIT = re.compile(r"^[\w.,\- ]{2,40}/\s?[A-ZĐ]\w*(?:\s?[-–]\s?\w[\w ]{1,30})?$")
"""Writers, a slash, the outlet and its desk or bureau after a dash ('Hồng Anh/VOV-Trung tâm Tin', 'PV/VOV-Tây
Nguyên', 'Vân Thiêng, Diệu Linh/VOV-Trung tâm Tin')."""
MASK = "#"


@dataclass
class Extraction:
    """What the extractors found in one article."""

    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    event: Event | None = None


def extract(text: str, segments: Segments, published: dt.date | None) -> Extraction:
    """Extract entities and the event from the body paragraphs (spans index ``text``)."""
    body = _without_byline(segments.paragraphs)
    lines = [segments.headline, *body]
    captions = [Line(text=caption.text, start=caption.spans[0].start) for caption in segments.captions
                if len(caption.spans) == 1 and text[caption.spans[0].start : caption.spans[0].end] == caption.text]
    found_persons = persons_.find_persons(lines, captions)
    # the captions up to their credits, in the order of the text: the finders look lines up by their starts
    read = sorted([*lines, *(_without_credit(caption) for caption in captions)], key=lambda line: line.start)
    masked = _mask(read, [mention.span for person in found_persons for mention in person.mentions
                          if person.name.casefold().endswith(mention.text.casefold())])
    candidates = organizations_.candidates(masked)
    found_places = places_.find_places(masked, published, [(c.start, c.end) for c in candidates])
    found_places = _not_given_names(found_places, found_persons, text)
    found_organizations = organizations_.find_organizations(candidates, found_places, masked)
    found_documents = documents_.find_documents(lines)
    persons_.titles_through_bodies(found_persons, [(m.span.start, m.span.end) for o in found_organizations
                                                   for m in o.mentions], lines)
    found_organizations = organizations_.without_facilities(found_organizations)
    found_organizations = organizations_.without_offices_of_a_post(found_organizations, text)
    persons = persons_.to_models(_not_named_as_bodies(found_persons, found_organizations))
    # a place inside a paper's name stays out of the places when the paper, only cited as a source, is dropped
    inside = [(m.span.start, m.span.end) for o in found_organizations for m in o.mentions]
    organizations = organizations_.to_models(organizations_.without_cited_media(found_organizations, masked))
    inside += places_.in_titles(masked, found_places)
    places = places_.to_models(places_.outside(found_places, inside), published)
    documents = documents_.to_models(found_documents)
    taken = [(m.span.start, m.span.end) for d in documents for m in d.mentions]
    figures = find_figures(body, taken, lambda kind, offset: _place_in_context(found_places, kind, offset))
    return Extraction(
        persons=persons,
        organizations=organizations,
        places=places,
        documents=documents,
        figures=figures,
        topics=find_topics(segments.headline.text, [line.text for line in body]),
        event=find_event(segments.headline, body, published, persons, organizations, places),
    )


def _not_named_as_bodies(persons: list[persons_.Found], organizations: list[organizations_.FoundOrganization]
                         ) -> list[persons_.Found]:
    """Without a rank or a title, a 'person' whose name ends the name of a body in the same article is that body's
    proper name ('chuyên gia Formula One' beside 'Tập đoàn Formula One', 'nghệ nhân Bát Tràng' beside 'UBND xã Bát
    Tràng'), not a person; so is one titled from a bare level word before a district's name ('bí thư huyện uỷ Hà
    Quảng' beside 'Huyện uỷ Hà Quảng')."""
    if not persons or not organizations:
        return persons
    names = [organization.name for organization in organizations]
    districts = district_units()
    return [person for person in persons
            if (person.rank or (person.titles and person.name not in districts))
            or not any(name.endswith(" " + person.name) for name in names)]


_PLACE_WORD_BEFORE = re.compile(r"(?<![\w])(?:tại|ở|sang|đến|tới|từ|nước|thăm|khắp)\s+$", re.IGNORECASE)


def _not_given_names(places: list[places_.FoundPlace], persons: list[persons_.Found], text: str
                     ) -> list[places_.FoundPlace]:
    """Without the mentions of a one-word country that is the given name of a person of the article, named in full,
    and stands where no word of place precedes it ('Hồ Thị Nga ... Nga nhận tiền', 'ông Đoàn Nguyên Đức - bầu
    Đức'): the person called by her given name, not Russia; 'sang Nga' stays the country."""
    # a full name of three words or more: two capitalised words may be a misread body ('Thái Bình Dương Mỹ')
    given = {person.name.rsplit(" ", 1)[-1] for person in persons if person.name.count(" ") >= 2}
    if not given or not any(place.kind == "country" and place.name in given for place in places):
        return places
    kept = []
    for place in places:
        if place.kind == "country" and place.name in given:
            place.mentions = [mention for mention in place.mentions if mention.text != place.name
                              or _PLACE_WORD_BEFORE.search(text, max(0, mention.span.start - 8), mention.span.start)]
            if not place.mentions:
                continue
        kept.append(place)
    return kept


def _without_byline(paragraphs: list[Line]) -> list[Line]:
    """The body without a closing byline ('Minh Hằng', 'Theo TTXVN'): a short last line with no sentence in it; and
    without a writer's credit with the outlet and its desk, last or before that byline ('Phạm Hà/VOV-Trung tâm Tin',
    'Huy Sơn/VOV - TPHCM', then 'Theo Reuters'): the desk is no body of the story, nor its region a place."""
    if len(paragraphs) > 1 and _BYLINE.match(paragraphs[-1].text) and len(paragraphs[-1].text.split()) <= 6:
        paragraphs = paragraphs[:-1]
    if len(paragraphs) > 1 and _WRITERS_CREDIT.match(paragraphs[-1].text):
        paragraphs = paragraphs[:-1]
    return paragraphs


def _mask(lines: list[Line], spans: list) -> list[Line]:
    """The lines with the given spans overwritten, offsets unchanged. Each span is cut in with slices, a few
    string copies, instead of listing the line's characters and setting them one by one (under a third of the time)."""
    if not spans:
        return lines
    masked = []
    for line in lines:
        end_of_line = line.start + len(line.text)
        inside = [span for span in spans if line.start <= span.start and span.end <= end_of_line]
        if not inside:
            masked.append(line)
            continue
        text = line.text
        for span in inside:
            start, end = span.start - line.start, span.end - line.start
            text = text[:start] + MASK * (end - start) + text[end:]
        masked.append(Line(text=text, start=line.start))
    return masked


def _place_in_context(places: list[places_.FoundPlace], kind: str, offset: int) -> str | None:
    """The place of ``kind`` the text speaks of at ``offset``: the last named before it, else the most named."""
    best, best_start = None, -1
    for place in places:
        if place.kind != kind:
            continue
        for mention in place.mentions:
            if best_start < mention.span.start < offset:
                best, best_start = place, mention.span.start
    if best is None:
        same = [place for place in places if place.kind == kind]
        best = max(same, key=lambda place: len(place.mentions), default=None)
    return best.name if best else None

"""schema.org JSON-LD: one ``NewsArticle`` about the reported ``Event``, mentioning the story's entities.

Why these choices (each property's schema.org domain admits the type it is used on):

- The article is a ``NewsArticle``; ``@id`` is the record id, ``identifier`` repeats it as a ``PropertyValue``,
  and ``isBasedOn`` is the source capture (a ``DigitalDocument``) whose ``identifier`` is the SHA-256 of the
  source bytes, which ``--skip-existing`` looks for.
- ``datePublished`` is written at the record's precision (``2019-03-11`` or ``2019-03-11T08:30:00+07:00``);
  ``dateline`` is the date line as written.
- Pictures are ``ImageObject``s with their ``caption`` (and ``creditText``); captures have no image files, so
  there is never a URL. ``author`` is never written: captures do not name one. See
  :func:`recommended_property_warnings`.
- The event is the article's ``about``. People who chaired it (*chủ trì*: hosted and presided) and the
  organisations that organised it are its ``organizer`` (range Person or Organization, so the two stay apart
  by their ``@type``); other participants are ``attendee``. Its ``location`` is the main place followed by the
  bridge points (*điểm cầu*). An online event (*hội nghị trực tuyến*) gathers people in halls at every bridge
  point, linked by video, so it is ``MixedEventAttendanceMode``; an event not said to be online gets no mode,
  because the text does not say it was offline.
- Entities are ``mentions``; events refer to them by ``@id``. Ids are stable across articles: they come from
  the entity kind and its normalised name (``urn:newsexport:person:to-lam``), never from the record.
- IPTC Media Topics are ``keywords`` as ``DefinedTerm``s whose ``@id`` is the topic's IPTC URI.
- Figures have no schema.org property of a NewsArticle that would not misstate them, so they are left out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import weakref
from functools import lru_cache

from newsexport.exporters.json_text import dumps
from newsexport.exporters.options import ExportOptions
from newsexport.model import Document, Media, NewsEventRecord, Organization, Person, Place

CONTEXT = "https://schema.org"
ID_PREFIX = "urn:newsexport:"
MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/"
RECORD_ID_PROPERTY = "newsexport-record-id"
SOURCE_HASH_PROPERTY = "sha256"
PLACE_CODE_PROPERTY = "vn-administrative-unit-code"
"""Vietnamese administrative unit code (mã đơn vị hành chính, Decision 124/2004/QĐ-TTg, kept by the GSO)."""

LEGISLATION_KINDS = ("Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Luật", "Bộ luật", "Chỉ thị", "Pháp lệnh", "Hiến pháp")
"""Document kinds that are legal acts (``Legislation``); a kind counts when it starts with one of these words."""

GOVERNMENT_PREFIXES = (
    "Bộ ", "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Sở ", "Công an", "Quốc hội", "Chính phủ",
    "Văn phòng Chính phủ", "Tòa án", "TAND", "Viện kiểm sát", "VKSND", "Cục ", "Tổng cục", "Chi cục",
    "Kiểm toán Nhà nước", "Ngân hàng Nhà nước", "Quân khu", "Bộ Tư lệnh", "Bộ đội", "Thanh tra",
)
"""Name prefixes of state bodies (ministries, people's committees and councils, police, courts, procuracies)."""

PARTY_BODIES = ("Bộ Chính trị",)
"""Party bodies whose names begin like a ministry's ("Bộ") but are not state bodies."""

PLACE_TYPES = {
    "country": "Country",
    "province": "AdministrativeArea",
    "city": "City",
    "district": "AdministrativeArea",
    "commune": "AdministrativeArea",
    "ward": "AdministrativeArea",
    "town": "AdministrativeArea",
    "other": "Place",
}
"""schema.org type of each administrative kind: provinces and lower units are administrative areas."""

_SLUG_LIMIT = 64
_WORD = re.compile(r"\w\S*")
"""From a token's first letter or digit to its end: one match per token that holds one (no backtracking)."""
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)  # an entity's name is slugged for every reference to it, in two formats
def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Tô Lâm' -> 'to-lam'; long ones end in a short hash to stay unique."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(char for char in folded if not unicodedata.combining(char)).lower()
    words = _NOT_SLUG.sub("-", ascii_text).strip("-") or "x"
    if len(words) <= _SLUG_LIMIT:
        return words
    digest = hashlib.sha256(words.encode("ascii")).hexdigest()[:12]
    return f"{words[:_SLUG_LIMIT - 13].rstrip('-')}-{digest}"


def stable_id(kind: str, *names: str) -> str:
    """The ``@id`` of an entity: the same kind and name give the same id in every article."""
    return ID_PREFIX + ":".join([kind, *(slug(name) for name in names)])


def person_id(person: Person) -> str:
    return stable_id("person", person.name)


def organization_id(organization: Organization) -> str:
    return stable_id("organization", organization.name)


def place_id(place: Place) -> str:
    return stable_id("place", place.kind, place.name)


def document_id(document: Document) -> str:
    return stable_id("document", document.kind, document.identifier)


def is_legislation(document: Document) -> bool:
    return document.kind.startswith(LEGISLATION_KINDS)


def is_government(organization: Organization) -> bool:
    name = organization.name
    return name.startswith(GOVERNMENT_PREFIXES) and not name.startswith(PARTY_BODIES)


def word_count(text: str) -> int:
    """Whitespace-separated tokens that hold a letter or digit (Vietnamese writes one syllable per token)."""
    return len(_WORD.findall(text))


def _property_value(property_id: str, value: str) -> dict:
    return {"@type": "PropertyValue", "propertyID": property_id, "value": value}


def _reference(node_id: str) -> dict:
    return {"@id": node_id}


def _image(media: Media) -> dict:
    node = {"@type": "ImageObject", "caption": media.caption}
    if media.credit:
        node["creditText"] = media.credit
    return node


def _publisher(options: ExportOptions) -> dict | None:
    if not options.publisher_name and not options.publisher_url:
        return None
    node: dict = {"@type": "Organization"}
    if options.publisher_name:
        node["@id"] = stable_id("organization", options.publisher_name)
        node["name"] = options.publisher_name
    if options.publisher_url:
        node["url"] = options.publisher_url
    return node


def _source(record: NewsEventRecord) -> dict:
    provenance = record.provenance
    return {
        "@type": "DigitalDocument",
        "name": provenance.source_name,
        "encodingFormat": "text/plain",
        "identifier": _property_value(SOURCE_HASH_PROPERTY, provenance.source_sha256),
    }


def _person(person: Person, node_id: str, record: NewsEventRecord, org_ids: dict[str, str]) -> dict:
    node: dict = {"@type": "Person", "@id": node_id, "name": person.name}
    if person.rank:
        node["honorificPrefix"] = person.rank
    if person.titles:
        node["jobTitle"] = list(person.titles)
    affiliations = _affiliations(person, record.organizations, org_ids)
    if affiliations:
        node["affiliation"] = [_reference(node_id) for node_id in affiliations]
    return node


def _affiliations(person: Person, organizations: list[Organization], org_ids: dict[str, str]) -> list[str]:
    """Organisations of the record named inside one of the person's titles ('Bộ trưởng Bộ Công an')."""
    found: list[str] = []
    for organization in organizations:
        names = (organization.name, *organization.aliases)
        if any(name in title for title in person.titles for name in names):
            node_id = org_ids[organization.id]
            if node_id not in found:
                found.append(node_id)
    return found


def _organization(organization: Organization, node_id: str) -> dict:
    kind = "GovernmentOrganization" if is_government(organization) else "Organization"
    node: dict = {"@type": kind, "@id": node_id, "name": organization.name}
    other_names = [name for name in (*organization.aliases, organization.expanded) if name and name != organization.name]
    if other_names:
        node["alternateName"] = list(dict.fromkeys(other_names))
    return node


def _place(place: Place, node_id: str) -> dict:
    node: dict = {"@type": PLACE_TYPES[place.kind], "@id": node_id, "name": place.name}
    if place.code:
        node["identifier"] = _property_value(PLACE_CODE_PROPERTY, place.code)
    return node


def _document(document: Document, node_id: str) -> dict:
    named = f"{document.kind} {document.identifier}"
    if is_legislation(document):
        node: dict = {"@type": "Legislation", "@id": node_id, "name": document.title or named}
        node["legislationIdentifier"] = document.identifier
        node["legislationType"] = document.kind
    else:
        node = {"@type": "CreativeWork", "@id": node_id, "name": document.title or named}
        node["identifier"] = document.identifier
        node["genre"] = document.kind
    if document.title:
        node["alternateName"] = named
    return node


def _event(record: NewsEventRecord, node_ids: dict[str, str]) -> dict | None:
    event = record.event
    if event is None:
        return None
    date_part = [event.date.date.isoformat()] if event.date else []
    node: dict = {"@type": "Event", "@id": stable_id("event", *date_part, event.name), "name": event.name}
    if event.date:
        node["startDate"] = event.date.date.isoformat()
    locations = [*([event.place_id] if event.place_id else []), *event.bridge_point_ids]
    if locations:
        node["location"] = [_reference(node_ids[ref]) for ref in dict.fromkeys(locations)]
    if event.online:
        node["eventAttendanceMode"] = {"@id": "schema:MixedEventAttendanceMode"}
    organizers = [*event.chair_ids, *event.organizer_ids]
    if organizers:
        node["organizer"] = [_reference(node_ids[ref]) for ref in dict.fromkeys(organizers)]
    attendees = [ref for ref in event.participant_ids if ref not in organizers]
    if attendees:
        node["attendee"] = [_reference(node_ids[ref]) for ref in dict.fromkeys(attendees)]
    return node


def _mentions(record: NewsEventRecord) -> tuple[list[dict], dict[str, str]]:
    """The entity nodes (each ``@id`` once) and the map from record entity ids to their ``@id`` (each made once)."""
    node_ids: dict[str, str] = {organization.id: organization_id(organization) for organization in record.organizations}
    org_ids = dict(node_ids)
    node_ids.update({person.id: person_id(person) for person in record.persons})
    node_ids.update({place.id: place_id(place) for place in record.places})
    node_ids.update({document.id: document_id(document) for document in record.documents})
    nodes = [_person(person, node_ids[person.id], record, org_ids) for person in record.persons]
    nodes += [_organization(organization, node_ids[organization.id]) for organization in record.organizations]
    nodes += [_place(place, node_ids[place.id]) for place in record.places]
    nodes += [_document(document, node_ids[document.id]) for document in record.documents]
    unique: dict[str, dict] = {}
    for node in nodes:
        unique.setdefault(node["@id"], node)
    return list(unique.values()), node_ids


def build_document(record: NewsEventRecord, options: ExportOptions) -> dict:
    """The JSON-LD document as a JSON value (key order is the output order)."""
    document: dict = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": record.id,
        "identifier": _property_value(RECORD_ID_PROPERTY, record.id),
        "headline": record.headline,
    }
    if record.date_published is not None:
        document["datePublished"] = record.date_published.isoformat()
        document["dateline"] = record.date_published.as_written
    document["inLanguage"] = record.language
    if record.media:
        document["image"] = [_image(media) for media in record.media]
    publisher = _publisher(options)
    if publisher:
        document["publisher"] = publisher
    document["isBasedOn"] = _source(record)
    mentions, node_ids = _mentions(record)
    event = _event(record, node_ids)
    if event:
        document["about"] = event
    if mentions:
        document["mentions"] = mentions
    if record.topics:
        document["keywords"] = [
            {
                "@type": "DefinedTerm",
                "@id": MEDIA_TOPIC_URI + topic.code.removeprefix("medtop:"),
                "name": topic.name,
                "termCode": topic.code,
                "inDefinedTermSet": MEDIA_TOPIC_URI,
            }
            for topic in record.topics
        ]
    body = record.body_text
    document["wordCount"] = word_count(body)
    document["articleBody"] = body
    return document


_LAST_EXPORT: list = [lambda: None, None, ""]
"""A weak reference to the last record exported, its options and its JSON-LD text (see :func:`export`)."""


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    """The JSON-LD text of a record.

    A conversion writes the same JSON-LD twice, as the ``.jsonld`` file and inside the HTML page, so the text
    of the last record is kept and given again for that very record object (``is``, not ``==``) with equal
    options. A record is frozen, so the text is what building it again would give; any other record is built.
    The record is only weakly referred to, so keeping its text never keeps the record itself alive.
    """
    last_record, last_options, text = _LAST_EXPORT
    if last_record() is record and options == last_options:
        return text
    text = dumps(build_document(record, options))
    _LAST_EXPORT[:] = [weakref.ref(record), options, text]
    return text


def recommended_property_warnings(record: NewsEventRecord) -> list[str]:
    """Google's recommended NewsArticle properties the capture cannot give (they are never invented)."""
    warnings = []
    if record.date_published is None:
        warnings.append("jsonld: no datePublished: the capture has no date line")
    if record.media:
        warnings.append("jsonld: image has captions but no URL: captures carry no image files")
    else:
        warnings.append("jsonld: no image: the capture shows no picture")
    warnings.append("jsonld: no author: captures do not name the article's author")
    return warnings

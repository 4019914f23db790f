"""IPTC ninjs (News in JSON): version 3.1 by default, 2.2 on request (``ExportOptions.ninjs_version``).

The document is built once with the 3.x property names (camelCase); the 2.x dialect is the same document
with every property name lower-cased (``altIds`` -> ``altids``, ``contentType`` -> ``contenttype``), which is
exactly how the two schemas differ for the properties written here. Only property names are rewritten, never
values.

Mapping conventions (each chosen because the official schemas allow nothing closer):

* ``uri`` is the record id (``urn:newsexport:...``); ``altIds`` carry the record id, the SHA-256 of the source
  bytes (``--skip-existing`` looks for it) and the SHA-256 of the normalised text.
* Dates: ninjs ``firstCreated``/``versionCreated`` are ``format: date-time``, so a full date-time is required.
  They hold :meth:`PublicationDate.datetime_floor`: the stated local time, or local midnight ``T00:00:00+07:00``
  when the source gives only the day. The canonical JSON keeps the real precision. A record without a date
  gets no date properties (they are optional in both schemas); nothing is invented.
* Bodies: one ``text/plain`` body (paragraphs separated by a blank line) and one ``application/xhtml+xml``
  body (a ``div`` of ``p`` elements), both role ``main``, with character and word counts.
* Captions of pictures are ``descriptions`` with role ``caption`` (the capture has no image to link to).
* People: ninjs person objects have only ``name``, ``rel``, ``uri``, ``literal`` and ``contactInfo``, so the
  rank and titles go into ``descriptions`` linked by the person's id: role ``person-rank:<id>`` and role
  ``person-titles:<id>`` (titles joined by ``"; "`` in the order written).
* Every entity's ``literal`` is its record id (``person-to-lam``); ``rel`` says its part in the reported event
  (``chair``, ``participant``, ``organiser``, ``venue``, ``bridge-point``) or ``mentioned``.
* Cited documents are ``objects``; the reported event is one ``events`` entry; Media Topics are ``subjects``
  with the topic's official URI and its ``medtop:`` QCode as ``literal``.
* The publisher, when the caller names one, is an ``infoSources`` entry with role ``publisher``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from newsexport.exporters.json_text import dumps
from newsexport.exporters.options import ExportOptions
from newsexport.model import Event, NewsEventRecord

SCHEMA_URIS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}
MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/"
MENTIONED = "mentioned"


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    document = build_document(record, options)
    if options.ninjs_version.startswith("2."):
        document = lower_case_keys(document)
    return dumps(document)


def build_document(record: NewsEventRecord, options: ExportOptions) -> dict:
    """The ninjs 3.x document as a dict, properties in a fixed order (same record -> same bytes)."""
    version = options.ninjs_version
    document: dict = {
        "uri": record.id,
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA_URIS[version]},
        "type": "text",
        "representationType": "full",
        "pubStatus": "usable",
        "language": record.language,
    }
    if record.date_published is not None:
        stamp = record.date_published.datetime_floor()
        document["firstCreated"] = stamp
        document["versionCreated"] = stamp
    document["headlines"] = [{"role": "main", "contentType": "text/plain", "value": record.headline}]
    document["bodies"] = _bodies(record)
    optional = {
        "descriptions": _descriptions(record),
        "people": _people(record),
        "organisations": _organisations(record),
        "places": _places(record),
        "events": _events(record.event),
        "objects": _objects(record),
        "subjects": _subjects(record),
        "infoSources": _info_sources(options),
    }
    document.update({key: value for key, value in optional.items() if value})
    document["altIds"] = [
        {"role": "newsexport-record", "value": record.id},
        {"role": "source-sha256", "value": record.provenance.source_sha256},
        {"role": "text-sha256", "value": record.provenance.text_sha256},
    ]
    return document


def lower_case_keys(value: object) -> object:
    """The ninjs 2.x spelling of a 3.x document: every property name lower-cased, values untouched."""
    if isinstance(value, dict):
        return {key.lower(): lower_case_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [lower_case_keys(item) for item in value]
    return value


def _bodies(record: NewsEventRecord) -> list[dict]:
    text = record.body_text
    xhtml = "<div>" + "".join(f"<p>{escape(paragraph.text)}</p>" for paragraph in record.body) + "</div>"
    counts = {"charCount": len(text), "wordCount": len(text.split())}
    return [
        {"role": "main", "contentType": "text/plain", **counts, "value": text},
        {"role": "main", "contentType": "application/xhtml+xml", **counts, "value": xhtml},
    ]


def _descriptions(record: NewsEventRecord) -> list[dict]:
    captions = [{"role": "caption", "contentType": "text/plain", "value": media.caption} for media in record.media]
    designations = []
    for person in record.persons:
        if person.rank:
            designations.append({"role": f"person-rank:{person.id}", "value": person.rank})
        if person.titles:
            designations.append({"role": f"person-titles:{person.id}", "value": "; ".join(person.titles)})
    return captions + designations


def _event_roles(event: Event | None) -> dict[str, str]:
    """Entity id -> its part in the reported event; the first role listed wins for an entity with two."""
    if event is None:
        return {}
    roles: dict[str, str] = {}
    for role, ids in (
        ("chair", event.chair_ids),
        ("participant", event.participant_ids),
        ("organiser", event.organizer_ids),
        ("venue", [event.place_id] if event.place_id else []),
        ("bridge-point", event.bridge_point_ids),
    ):
        for entity_id in ids:
            roles.setdefault(entity_id, role)
    return roles


def _entity(name: str, entity_id: str, roles: dict[str, str]) -> dict:
    return {"name": name, "rel": roles.get(entity_id, MENTIONED), "literal": entity_id}


def _people(record: NewsEventRecord) -> list[dict]:
    roles = _event_roles(record.event)
    return [_entity(person.name, person.id, roles) for person in record.persons]


def _organisations(record: NewsEventRecord) -> list[dict]:
    roles = _event_roles(record.event)
    return [_entity(organisation.name, organisation.id, roles) for organisation in record.organizations]


def _places(record: NewsEventRecord) -> list[dict]:
    roles = _event_roles(record.event)
    return [_entity(place.name, place.id, roles) for place in record.places]


def _events(event: Event | None) -> list[dict]:
    if event is None:
        return []
    return [{"name": event.name, "rel": "reported", "literal": event.id}]


def _objects(record: NewsEventRecord) -> list[dict]:
    return [
        {"name": f"{document.kind} {document.identifier}", "rel": "cited", "literal": document.id}
        for document in record.documents
    ]


def _subjects(record: NewsEventRecord) -> list[dict]:
    return [
        {
            "name": topic.name,
            "uri": MEDIA_TOPIC_URI + topic.code.removeprefix("medtop:"),
            "literal": topic.code,
            "creator": record.provenance.generator,
        }
        for topic in record.topics
    ]


def _info_sources(options: ExportOptions) -> list[dict]:
    if options.publisher_name is None:
        return []
    source = {"name": options.publisher_name, "role": "publisher"}
    if options.publisher_url:
        source["uri"] = options.publisher_url
    return [source]

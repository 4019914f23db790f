"""The JSON Schema of the newsexport JSON-LD profile: exactly the shape :mod:`newsexport.exporters.jsonld` writes.

It is the first, cheapest check of a JSON-LD document (structure, required properties, value formats) and
tells consumers in other languages what to expect; ``newsexport schema`` writes it to
``schemas/newsexport-jsonld.schema.json``. Whether the terms mean something in schema.org is checked
separately (JSON-LD expansion and the schema.org vocabulary), because JSON Schema cannot know that.
The type names and property ids come from the exporter's constants, so the two cannot drift apart.
"""

from __future__ import annotations

from newsexport.exporters.jsonld import (
    CONTEXT,
    MEDIA_TOPIC_URI,
    PLACE_CODE_PROPERTY,
    PLACE_TYPES,
    RECORD_ID_PROPERTY,
    SOURCE_HASH_PROPERTY,
)

PROFILE_SCHEMA_ID = "urn:newsexport:schema:jsonld:1.0"

RECORD_ID_PATTERN = r"^urn:newsexport:[0-9a-f]{32}$"
ENTITY_ID_PATTERN = r"^urn:newsexport:(person|organization|place|document|event):[a-z0-9-]+(:[a-z0-9-]+)*$"
DATE_PUBLISHED_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}\+07:00)?$"
ATTENDANCE_MODES = ("schema:MixedEventAttendanceMode",)
MENTION_TYPES = {
    "Person": "Person",
    "Organization": "Organization",
    "GovernmentOrganization": "Organization",
    **{place_type: "Place" for place_type in PLACE_TYPES.values()},
    "Legislation": "Legislation",
    "CreativeWork": "CreativeWork",
}
"""Each ``@type`` a mention may have, and the definition (``$defs``) that describes it."""


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _node(types: str | list[str], properties: dict, required: list[str], with_id: bool = True) -> dict:
    """A JSON-LD node object of the given ``@type``s with no property outside ``properties``."""
    type_rule = {"const": types} if isinstance(types, str) else {"enum": types}
    head = {"@type": type_rule, **({"@id": _ref("entityId")} if with_id else {})}
    return {
        "type": "object",
        "properties": {**head, **properties},
        "required": ["@type", *(["@id"] if with_id else []), *required],
        "additionalProperties": False,
    }


def _list_of(item: dict) -> dict:
    return {"type": "array", "items": item, "minItems": 1}


def _property_value(property_id: str, value: dict) -> dict:
    return _node("PropertyValue", {"propertyID": {"const": property_id}, "value": value}, ["propertyID", "value"], False)


def _definitions() -> dict:
    text = _ref("text")
    references = _list_of(_ref("reference"))
    return {
        "text": {"type": "string", "minLength": 1},
        "entityId": {"type": "string", "pattern": ENTITY_ID_PATTERN},
        "reference": {
            "description": "A node described elsewhere in the document, by its @id.",
            "type": "object",
            "properties": {"@id": _ref("entityId")},
            "required": ["@id"],
            "additionalProperties": False,
        },
        "ImageObject": _node("ImageObject", {"caption": text, "creditText": text}, ["caption"], False),
        "Publisher": _node(
            "Organization",
            {"@id": _ref("entityId"), "name": text, "url": {"type": "string", "pattern": r"^https?://\S+$"}},
            [],
            False,
        )
        | {"anyOf": [{"required": ["name"]}, {"required": ["url"]}]},
        "Source": _node(
            "DigitalDocument",
            {
                "name": text,
                "encodingFormat": {"const": "text/plain"},
                "identifier": _property_value(SOURCE_HASH_PROPERTY, {"type": "string", "pattern": "^[0-9a-f]{64}$"}),
            },
            ["name", "encodingFormat", "identifier"],
            False,
        ),
        "Event": _node(
            "Event",
            {
                "name": text,
                "startDate": {"type": "string", "format": "date"},
                "location": references,
                "eventAttendanceMode": {
                    "type": "object",
                    "properties": {"@id": {"enum": list(ATTENDANCE_MODES)}},
                    "required": ["@id"],
                    "additionalProperties": False,
                },
                "organizer": references,
                "attendee": references,
            },
            ["name"],
        ),
        "Person": _node(
            "Person",
            {"name": text, "honorificPrefix": text, "jobTitle": _list_of(text), "affiliation": references},
            ["name"],
        ),
        "Organization": _node(
            ["Organization", "GovernmentOrganization"], {"name": text, "alternateName": _list_of(text)}, ["name"]
        ),
        "Place": _node(
            sorted(set(PLACE_TYPES.values())),
            {"name": text, "identifier": _property_value(PLACE_CODE_PROPERTY, {"type": "string", "pattern": "^[0-9]+$"})},
            ["name"],
        ),
        "Legislation": _node(
            "Legislation",
            {"name": text, "legislationIdentifier": text, "legislationType": text, "alternateName": text},
            ["name", "legislationIdentifier", "legislationType"],
        ),
        "CreativeWork": _node(
            "CreativeWork",
            {"name": text, "identifier": text, "genre": text, "alternateName": text},
            ["name", "identifier", "genre"],
        ),
        "Mention": {
            "type": "object",
            "properties": {"@type": {"enum": list(MENTION_TYPES)}},
            "required": ["@type"],
            "allOf": [
                {"if": {"properties": {"@type": {"const": mention_type}}}, "then": _ref(definition)}
                for mention_type, definition in MENTION_TYPES.items()
            ],
        },
        "DefinedTerm": {
            "type": "object",
            "properties": {
                "@type": {"const": "DefinedTerm"},
                "@id": {"type": "string", "pattern": f"^{MEDIA_TOPIC_URI}[0-9]{{8}}$"},
                "name": text,
                "termCode": {"type": "string", "pattern": "^medtop:[0-9]{8}$"},
                "inDefinedTermSet": {"const": MEDIA_TOPIC_URI},
            },
            "required": ["@type", "@id", "name", "termCode", "inDefinedTermSet"],
            "additionalProperties": False,
        },
    }


def jsonld_profile_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a newsexport JSON-LD document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": PROFILE_SCHEMA_ID,
        "title": "newsexport JSON-LD profile (schema.org NewsArticle)",
        "description": "A schema.org NewsArticle about the reported Event, mentioning the story's people, "
        "organisations, places and documents; written by `newsexport convert --format jsonld`.",
        "type": "object",
        "properties": {
            "@context": {"const": CONTEXT},
            "@type": {"const": "NewsArticle"},
            "@id": {"type": "string", "pattern": RECORD_ID_PATTERN},
            "identifier": _property_value(RECORD_ID_PROPERTY, {"type": "string", "pattern": RECORD_ID_PATTERN}),
            "headline": _ref("text"),
            "datePublished": {"type": "string", "pattern": DATE_PUBLISHED_PATTERN},
            "dateline": _ref("text"),
            "inLanguage": {"const": "vi"},
            "image": _list_of(_ref("ImageObject")),
            "publisher": _ref("Publisher"),
            "isBasedOn": _ref("Source"),
            "about": _ref("Event"),
            "mentions": _list_of(_ref("Mention")),
            "keywords": _list_of(_ref("DefinedTerm")),
            "wordCount": {"type": "integer", "minimum": 0},
            "articleBody": _ref("text"),
        },
        "required": ["@context", "@type", "@id", "identifier", "headline", "inLanguage", "isBasedOn", "wordCount", "articleBody"],
        "dependentRequired": {"datePublished": ["dateline"]},
        "additionalProperties": False,
        "$defs": _definitions(),
    }

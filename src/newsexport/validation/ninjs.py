"""ninjs validator: the official IPTC ninjs 3.1 or 2.2 JSON Schema, chosen from the document itself.

Both schemas are loaded from the :class:`SchemaStore` and compiled once, with format checking on, so a
date-only value in a ``date-time`` property and a malformed ``uri`` are errors, not annotations.

Offline references: both schemas ``$ref`` ``https://geojson.org/schema/GeoJSON.json#`` for a place's
GeoJSON. That file is not part of the schema store, and jsonschema would by default fetch it over the
network. Instead the registry holds a small local stand-in (:data:`GEOJSON_STAND_IN`) that checks only what
RFC 7946 says of every GeoJSON object: it is a JSON object whose ``type`` is one of the nine GeoJSON types.
Coordinates are not checked (newsexport never writes ``geoJSON``). Any other remote reference is refused
with an error instead of being downloaded.

Version detection (:func:`ninjs_version`): ``standard.version`` when the document states it; otherwise the
spelling of its property names (3.x uses camelCase such as ``altIds``, 2.x lower case such as ``altids``);
a document whose names are spelled alike in both is checked against 3.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from newsexport.validation.json_errors import load_json, schema_problems
from newsexport.validation.json_schema import json_pointer
from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore

SCHEMA_FILES = {"3.1": "ninjs/ninjs-schema_3.1.json", "2.2": "ninjs/ninjs-schema_2.2.json"}
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
GEOJSON_STAND_IN = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": GEOJSON_URI,
    "description": "Local stand-in for the GeoJSON schema: only the RFC 7946 object type is checked.",
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {
            "enum": [
                "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                "GeometryCollection", "Feature", "FeatureCollection",
            ]
        }
    },
}
# Top-level names that only 2.x spells this way (3.x camel-cases them); used to recognise an undeclared 2.x document.
LOWER_CASE_ONLY_NAMES = frozenset({
    "altids", "contentcreated", "copyrightholder", "copyrightnotice", "digitalsourcetype", "ednote",
    "embargoed", "firstcreated", "infosources", "pubstatus", "representationtype", "rightsinfo",
    "trustindicators", "usageterms", "versioncreated",
})
# Names common to every ninjs version, compared lower-cased; two of them mark a JSON object as ninjs.
NINJS_NAMES = LOWER_CASE_ONLY_NAMES | {"headlines", "bodies", "descriptions", "subjects", "people", "organisations",
                                       "places", "renditions", "associations", "slugline", "located"}
UNKNOWN_PROPERTY_KEYWORDS = ("additionalProperties", "unevaluatedProperties")


def looks_like_ninjs(obj: object) -> bool:
    """Whether a parsed JSON value is meant as a ninjs document (valid or not), for format detection.

    A JSON object that declares ``standard.name`` "ninjs", has a ``uri``, or has two ninjs property names
    (in either spelling) and is neither JSON-LD nor a canonical record.
    """
    if not isinstance(obj, dict) or "@context" in obj or "schema_version" in obj:
        return False
    standard = obj.get("standard")
    if isinstance(standard, dict) and standard.get("name") == "ninjs":
        return True
    if "uri" in obj:
        return True
    return len({str(key).lower() for key in obj} & NINJS_NAMES) >= 2


def ninjs_version(obj: dict) -> str | None:
    """The schema version to check a ninjs document against: "3.1", "2.2", or None for an unsupported one."""
    standard = obj.get("standard")
    if isinstance(standard, dict) and isinstance(standard.get("version"), str):
        major = standard["version"].split(".")[0]
        return {"3": "3.1", "2": "2.2"}.get(major)
    if any(name != name.lower() for name in _property_names(obj)):
        return "3.1"
    if LOWER_CASE_ONLY_NAMES.intersection(obj):
        return "2.2"
    return "3.1"


def _property_names(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _property_names(item)
    elif isinstance(value, list):
        for item in value:
            yield from _property_names(item)


def _refuse_remote(uri: str) -> Resource:
    raise LookupError(f"{uri} is not available offline: ninjs validation never downloads schemas")


def _retrieve_offline(uri: str) -> dict:
    """The same offline references for the compiled validator."""
    if uri.rstrip("#") == GEOJSON_URI:
        return GEOJSON_STAND_IN
    raise LookupError(f"{uri} is not available offline: ninjs validation never downloads schemas")


def offline_registry() -> Registry:
    """The references the ninjs schemas may follow: the local GeoJSON stand-in, and nothing remote."""
    return Registry(retrieve=_refuse_remote).with_resource(GEOJSON_URI, DRAFT202012.create_resource(GEOJSON_STAND_IN))


class NinjsValidator:
    """Checks a ninjs document against the official schema of its version (3.1 or 2.2).

    A compiled validator (jsonschema-rs) answers "valid?" in a fraction of the reference implementation's
    time; only an invalid document goes through ``jsonschema`` for its detailed, located messages.
    """

    def __init__(self, store: SchemaStore) -> None:
        registry = offline_registry()
        self._schemas: dict[str, dict] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._fast: dict[str, jsonschema_rs.Validator] = {}
        for version, relative_path in SCHEMA_FILES.items():
            schema = json.loads(store.read_bytes(relative_path))
            Draft202012Validator.check_schema(schema)
            self._schemas[version] = schema
            self._validators[version] = Draft202012Validator(
                schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
            self._fast[version] = jsonschema_rs.validator_for(schema, validate_formats=True, retriever=_retrieve_offline)

    def problems(self, document: str) -> list[Problem]:
        instance, problems = load_json(document)
        if problems:
            return problems
        if not isinstance(instance, dict):
            return [Problem("", f"a ninjs document is a JSON object, not {type(instance).__name__}")]
        version = ninjs_version(instance)
        if version is None:
            stated = instance["standard"]["version"]
            return [Problem("/standard/version", f"ninjs version {stated!r} is not supported (3.x or 2.x)")]
        return self.problems_for_version(instance, version)

    def problems_for_version(self, instance: object, version: str) -> list[Problem]:
        """Problems of a parsed document against one schema version, whatever the document says it is."""
        if self._fast[version].is_valid(instance):
            return []
        errors = list(self._validators[version].iter_errors(instance))
        unknown = [error for error in errors if error.validator in UNKNOWN_PROPERTY_KEYWORDS]
        other = [error for error in errors if error.validator not in UNKNOWN_PROPERTY_KEYWORDS]
        problems = schema_problems(other) + self._unknown_property_problems(unknown, version)
        tagged = [Problem(problem.location, f"{problem.message} [ninjs {version}]") for problem in problems]
        return sorted(set(tagged), key=lambda problem: (problem.location, problem.message))

    def _unknown_property_problems(self, errors: Iterable[ValidationError], version: str) -> list[Problem]:
        """One problem per unexpected property, located at the property and naming the right spelling."""
        problems = []
        for error in errors:
            allowed = self._allowed_names(error.schema, version)
            instance = error.instance if isinstance(error.instance, dict) else {}
            unexpected = [name for name in instance if name not in allowed]
            if not unexpected:
                problems.append(Problem(json_pointer(error.absolute_path), error.message))
            for name in unexpected:
                hint = next((known for known in allowed if known.lower() == name.lower()), None)
                reason = f"unknown property {name!r}" + (f" (the schema spells it {hint!r})" if hint else "")
                problems.append(Problem(json_pointer([*error.absolute_path, name]), reason))
        return problems

    def _allowed_names(self, schema: object, version: str) -> set[str]:
        if not isinstance(schema, dict):
            return set()
        names = set(schema.get("properties", {}))
        if schema.get("$ref") == "#/$defs/ninjsType":
            names |= set(self._schemas[version]["$defs"]["ninjsType"]["properties"])
        return names


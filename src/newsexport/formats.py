"""The format registry: each output format's name, file suffix, exporter and validator, in one table.

Adding a format is adding an exporter module, a validator module and a row here; the pipeline, the API and
the CLI read only this table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsexport.exporters import canonical_json, html, jsonld, newsml, ninjs
from newsexport.exporters.options import ExportOptions
from newsexport.model import NewsEventRecord
from newsexport.validation.canonical import CanonicalValidator
from newsexport.validation.html import HtmlValidator
from newsexport.validation.jsonld import CONTEXT_FILE, VOCABULARY_FILE, JsonLdValidator
from newsexport.validation.newsml import SCHEMA_FILE as NEWSML_SCHEMA_FILE
from newsexport.validation.newsml import NewsMLValidator
from newsexport.validation.ninjs import SCHEMA_FILES as NINJS_SCHEMA_FILES
from newsexport.validation.ninjs import NinjsValidator, looks_like_ninjs
from newsexport.validation.problems import Validator
from newsexport.validation.store import SchemaStore


SCHEMA_ORG_FILES = (CONTEXT_FILE, VOCABULARY_FILE)
NEWSML_FILES = (NEWSML_SCHEMA_FILE, "newsml-g2/xml.xsd")


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    description: str
    export: Callable[[NewsEventRecord, ExportOptions], str]
    validator: Callable[[SchemaStore], Validator]
    requires: tuple[str, ...]
    """Official files (schema store paths) the validator reads: checked up front, before a batch starts."""


FORMATS: dict[str, Format] = {
    entry.name: entry
    for entry in (
        Format("json", ".json", "canonical JSON (schemas/newsexport-record.schema.json)", canonical_json.export,
               CanonicalValidator, ()),
        Format("jsonld", ".jsonld", "schema.org 30.0 JSON-LD: NewsArticle about the Event", jsonld.export,
               JsonLdValidator, SCHEMA_ORG_FILES),
        Format("newsml", ".newsml.xml", "IPTC NewsML-G2 2.35 newsItem", newsml.export,
               NewsMLValidator, NEWSML_FILES),
        Format("ninjs", ".ninjs.json", "IPTC ninjs 3.1 (or 2.2 with --ninjs-version)", ninjs.export,
               NinjsValidator, tuple(NINJS_SCHEMA_FILES.values())),
        Format("html", ".html", "standalone article page embedding the JSON-LD", html.export,
               HtmlValidator, SCHEMA_ORG_FILES),
    )
}


def parse_format_list(value: str) -> tuple[str, ...]:
    """``"json,newsml"`` or ``"all"`` -> format names in registry order; raise ValueError on an unknown name."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    if names == ["all"]:
        return tuple(FORMATS)
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise ValueError(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)} or all")
    return tuple(name for name in FORMATS if name in names)


_VALIDATORS: dict[tuple[str, str], Validator] = {}


def check_store(names: tuple[str, ...], store: SchemaStore) -> None:
    """Raise :class:`SchemaStoreError` now if a file the formats need is missing or altered."""
    for name in names:
        for relative_path in FORMATS[name].requires:
            store.path(relative_path)


def validator_for(name: str, store: SchemaStore) -> Validator:
    """The validator of a format for a store's folder, built once per process and reused."""
    key = (name, store.key)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = FORMATS[name].validator(store)
    return _VALIDATORS[key]


_ROOT_ELEMENT = re.compile(r"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")


def detect_format(document: str) -> str | None:
    """Which format a serialised document is in, from its content; None when it is none of ours."""
    head = document.lstrip()[:4096]
    if head.startswith("<"):
        root = _ROOT_ELEMENT.search(head)
        if root is None:
            return None
        name = root.group(1).lower()
        return "html" if name == "html" else "newsml" if name in ("newsitem", "newsmessage") else None
    if not head.startswith("{"):
        return None
    if '"@context"' in head:
        return "jsonld"
    if '"schema_version"' in head and '"provenance"' in document:
        return "json"
    try:
        parsed = json.loads(document)
    except ValueError:
        return None
    return "ninjs" if looks_like_ninjs(parsed) else None

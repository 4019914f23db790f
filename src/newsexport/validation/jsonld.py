"""JSON-LD validator: the profile's JSON Schema, lossless expansion with the schema.org context, and the
schema.org vocabulary (every type and property exists; each property's domain admits the node's type).

A JSON-LD consumer silently drops what its context cannot expand and silently accepts a property on a type
it does not belong to; both lose data without an error anywhere. So every document is expanded with PyLD,
offline (the schema.org context comes from the schema store), and the expanded form is compared with the
original node by node: each term must reach an absolute IRI and keep all its values. The pairs found on
the way are checked against the official vocabulary (``rdfs:subClassOf`` inheritance for domains and ranges).

Speed: documents that use the schema.org context and nothing else are not run through PyLD's generic
expansion; their nodes are read directly with PyLD's processed context (``jsonld_nodes``), and anything else
takes the full expansion. The context is processed once per process (the document loader marks it
``static`` so PyLD caches the resolved and processed context), the vocabulary index and the JSON Schema
(jsonschema-rs) are built once, and the last validated JSON value is remembered, so the HTML page that embeds
the same JSON-LD is not checked twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import orjson
from cachetools import LRUCache
from pyld import jsonld
from pyld.context_resolver import ContextResolver

from newsexport.exporters.jsonld_profile import jsonld_profile_schema
from newsexport.validation.json_errors import load_json
from newsexport.validation.json_schema import CompiledSchema
from newsexport.validation.jsonld_nodes import DirectReader, Node, Property, Value, pointer_part
from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore

CONTEXT_FILE = "schemaorg/schemaorgcontext.jsonld"
VOCABULARY_FILE = "schemaorg/schemaorg-current-https.jsonld"
SCHEMA_ORG_CONTEXT_URLS = frozenset(
    f"{scheme}://schema.org{path}"
    for scheme in ("http", "https")
    for path in ("", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json")
)
"""URLs that name the schema.org context; the offline loader answers these and nothing else."""
SCHEMA_ORG_NAMESPACES = ("http://schema.org/", "https://schema.org/")
_HTTP_NAMESPACE, _HTTPS_NAMESPACE = SCHEMA_ORG_NAMESPACES
INTERNAL_ID_PREFIX = "urn:newsexport:"
_LAST_RESULT: dict[str, tuple[object, list[Problem]]] = {}
"""The last JSON value validated with each store, and its problems: shared by every validator of the process
(the registry's JSON-LD validator and the HTML validator's), so a page's JSON-LD is not checked again."""
_TERM_IRIS: LRUCache = LRUCache(maxsize=4096)
"""Term -> IRI under an active context (PyLD gives every processed context a unique ``_uuid``)."""
_ADMITTED_LIMIT = 65536
"""(allowed set, type) answers :meth:`SchemaOrgVocabulary.admits` remembers before it forgets them all."""


def schema_org_name(iri: object) -> str | None:
    """'http://schema.org/Person' -> 'Person'; None for an IRI outside schema.org (or no IRI at all)."""
    if not isinstance(iri, str):
        return None
    if iri.startswith(_HTTPS_NAMESPACE):
        return iri[len(_HTTPS_NAMESPACE):]
    if iri.startswith(_HTTP_NAMESPACE):
        return iri[len(_HTTP_NAMESPACE):]
    return None


class SchemaOrgVocabulary:
    """The schema.org classes, properties (with domains and ranges) and enumeration members, by local name."""

    def __init__(self, path: Path) -> None:
        graph = json.loads(path.read_bytes())["@graph"]
        self.superclasses: dict[str, set[str]] = {}
        self.domains: dict[str, frozenset[str]] = {}
        self.ranges: dict[str, frozenset[str]] = {}
        self.members: dict[str, frozenset[str]] = {}
        data_types: set[str] = set()
        for node in graph:
            name = _local(node["@id"])
            if name is None:
                continue
            kinds = _ids(node.get("@type"))
            if "rdfs:Class" in kinds:
                self.superclasses[name] = {_local(parent) for parent in _ids(node.get("rdfs:subClassOf"))} - {None}
                if "schema:DataType" in kinds:
                    data_types.add(name)
            elif "rdf:Property" in kinds:
                self.domains[name] = frozenset(filter(None, map(_local, _ids(node.get("schema:domainIncludes")))))
                self.ranges[name] = frozenset(filter(None, map(_local, _ids(node.get("schema:rangeIncludes")))))
            else:
                self.members[name] = frozenset(filter(None, map(_local, kinds)))
        self.data_types = frozenset(name for name in self.superclasses if self.ancestors(name) & data_types)
        self.takes_literals = frozenset(name for name, allowed in self.ranges.items()
                                        if not allowed or allowed & self.data_types)
        """Properties whose range admits a literal value (or is not stated): a literal of theirs needs no check."""
        self._admitted: dict[tuple[frozenset[str], str], bool] = {}

    @lru_cache(maxsize=None)  # noqa: B019 - one vocabulary per process; the cache is meant to live as long
    def ancestors(self, name: str) -> frozenset[str]:
        """The class and every class above it (``rdfs:subClassOf``, transitively)."""
        seen = {name}
        pending = [name]
        while pending:
            for parent in self.superclasses.get(pending.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    pending.append(parent)
        return frozenset(seen)

    def admits(self, allowed: frozenset[str], types: Iterable[str]) -> bool:
        """Some type is one of ``allowed`` or a subclass of one.

        Each (allowed set, type) answer depends only on the vocabulary, and a conversion asks the same few
        hundred of them for every article, so they are remembered (forgotten when too many, since a foreign
        document can name any type).
        """
        admitted = self._admitted
        for name in types:
            key = (allowed, name)
            answer = admitted.get(key)
            if answer is None:
                if len(admitted) >= _ADMITTED_LIMIT:
                    admitted.clear()
                answer = admitted[key] = bool(self.ancestors(name) & allowed)
            if answer:
                return True
        return False


def _ids(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [item["@id"] if isinstance(item, dict) else item for item in items if item is not None]


def _local(compact_iri: str) -> str | None:
    return compact_iri[len("schema:"):] if compact_iri.startswith("schema:") else None


class _ExpansionComparison:
    """Walks an original document beside its PyLD expansion, reporting what expansion dropped."""

    def __init__(self, processor: jsonld.JsonLdProcessor, options: dict) -> None:
        self._processor = processor
        self._options = options
        self.problems: list[Problem] = []
        self.nodes: list[Node] = []

    def compare_document(self, original: object, expanded: list) -> None:
        initial = self._processor._get_initial_context(self._options)  # noqa: SLF001 - PyLD's own initial context
        if isinstance(original, dict) and "@graph" in original:
            context = self._context(initial, original, "")
            items = original["@graph"] if isinstance(original["@graph"], list) else [original["@graph"]]
            pairs = [(f"{pointer_part('@graph')}{pointer_part(index)}", item) for index, item in enumerate(items)]
        else:
            context = initial
            items = original if isinstance(original, list) else [original]
            pairs = [((pointer_part(index) if isinstance(original, list) else ""), item) for index, item in enumerate(items)]
        if len(pairs) != len(expanded):
            self.problems.append(Problem("", f"{len(pairs)} top-level node(s) expand to {len(expanded)}: a node was dropped"))
            return
        for (pointer, item), expanded_item in zip(pairs, expanded):
            if isinstance(item, dict):
                self._compare_node(item, expanded_item, context, pointer)

    def _context(self, active: dict, node: dict, pointer: str) -> dict:
        if "@context" not in node:
            return active
        return self._processor.process_context(active, node["@context"], self._options)

    def _term_iri(self, active: dict, term: str) -> str | None:
        """What the processor expands a property term to (its own IRI expansion, so the same as expansion)."""
        key = (active.get("_uuid"), term)
        if key[0] is not None and key in _TERM_IRIS:
            return _TERM_IRIS[key]
        iri = self._processor._expand_iri(active, term, vocab=True)  # noqa: SLF001
        found = iri if isinstance(iri, str) and (":" in iri or iri.startswith("@")) else None
        if key[0] is not None:
            _TERM_IRIS[key] = found
        return found

    def _compare_node(self, original: dict, expanded: dict, active: dict, pointer: str) -> None:
        active = self._context(active, original, pointer)
        original_types = original.get("@type")
        type_list = original_types if isinstance(original_types, list) else [original_types] if original_types else []
        type_pointers = [
            pointer + pointer_part("@type") + (pointer_part(index) if isinstance(original_types, list) else "")
            for index in range(len(type_list))
        ]
        types = expanded.get("@type", [])
        if not all(isinstance(type_iri, str) for type_iri in types):  # e.g. a null behind an alias of @type
            self.problems.append(Problem(pointer + pointer_part("@type"), "a @type value is not a string"))
            types = [type_iri for type_iri in types if isinstance(type_iri, str)]
        if len(types) != len(type_list):
            self.problems.append(Problem(pointer + pointer_part("@type"), "a @type was dropped by JSON-LD expansion"))
        for type_iri, type_pointer in zip(types, type_pointers):
            if ":" not in type_iri:
                self.problems.append(Problem(type_pointer, f"type '{type_iri}' does not expand to an IRI with this context"))
        if "@id" in original and "@id" not in expanded:
            self.problems.append(Problem(pointer + pointer_part("@id"), "@id was dropped by JSON-LD expansion"))
        node = Node(pointer, expanded.get("@id"), types, type_pointers)
        self.nodes.append(node)
        terms_by_iri: dict[str, str] = {}
        for term, value in original.items():
            if term in ("@context", "@id", "@type"):
                continue
            here = pointer + pointer_part(term)
            iri = self._term_iri(active, term)
            if iri is None or iri not in expanded:
                self.problems.append(Problem(here, f"term '{term}' is dropped by JSON-LD expansion: the context maps it to no IRI"))
                continue
            if iri.startswith("@"):
                self.problems.append(Problem(here, f"keyword '{iri}' is not used by this profile"))
                continue
            if iri in terms_by_iri:
                self.problems.append(Problem(here, f"terms '{terms_by_iri[iri]}' and '{term}' both expand to <{iri}>"))
                continue
            terms_by_iri[iri] = term
            node.properties.append(self._compare_values(here, term, iri, value, expanded[iri], active))

    def _compare_values(self, here: str, term: str, iri: str, value: object, expanded: list, active: dict) -> Property:
        items = value if isinstance(value, list) else [value]
        pointers = [here + pointer_part(index) for index in range(len(items))] if isinstance(value, list) else [here]
        kept = [(item_pointer, item) for item_pointer, item in zip(pointers, items) if item is not None]
        for item_pointer, item in zip(pointers, items):
            if item is None:
                self.problems.append(Problem(item_pointer, "null value is dropped by JSON-LD expansion"))
        found = Property(here, term, iri, [])
        if len(kept) != len(expanded):
            self.problems.append(Problem(here, f"{len(kept)} value(s) of '{term}' expand to {len(expanded)}"))
            return found
        for (item_pointer, item), expanded_item in zip(kept, expanded):
            found.values.append(Value(item_pointer, expanded_item))
            if isinstance(item, dict) and "@value" not in item:
                self._compare_node(item, expanded_item, active, item_pointer)
            elif "@value" not in expanded_item and "@id" not in expanded_item:
                self.problems.append(Problem(item_pointer, f"value of '{term}' is dropped by JSON-LD expansion"))
        return found


class JsonLdValidator:
    """Validates JSON-LD documents of the newsexport profile, offline, with the official schema.org files."""

    def __init__(self, store: SchemaStore, direct: bool = True) -> None:
        self._direct = direct
        self._readers: dict[str, DirectReader] = {}
        self._context_document = json.loads(store.read_bytes(CONTEXT_FILE))
        self.vocabulary = SchemaOrgVocabulary(store.path(VOCABULARY_FILE))
        self._profile = CompiledSchema(jsonld_profile_schema())
        self._processor = jsonld.JsonLdProcessor()
        self._resolved_contexts: LRUCache = LRUCache(maxsize=32)
        self._store_key = store.key

    def _load_document(self, url: str, options: dict | None = None) -> dict:
        """The offline document loader: the schema.org context from the store, and nothing else."""
        if url not in SCHEMA_ORG_CONTEXT_URLS:
            raise jsonld.JsonLdError(
                f"no local copy of {url}: only the schema.org context is available offline",
                "jsonld.LoadDocumentError",
                code="loading remote context failed",
            )
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": self._context_document, "tag": "static"}

    def _options(self) -> dict:
        return {
            "documentLoader": self._load_document,
            "contextResolver": ContextResolver(self._resolved_contexts, self._load_document),
            "base": "",
        }

    def problems(self, document: str) -> list[Problem]:
        instance, problems = load_json(document)
        if problems:
            return problems
        return self.instance_problems(instance)

    def instance_problems(self, instance: object) -> list[Problem]:
        """Problems of a parsed JSON value; the same value as last time gives the same answer at once."""
        last = _LAST_RESULT.get(self._store_key)
        if last is not None and last[0] == instance and _exact(last[0]) == _exact(instance):
            return list(last[1])
        problems = self.profile_problems(instance) + self.linked_data_problems(instance)
        _LAST_RESULT[self._store_key] = (instance, problems)
        return list(problems)

    def profile_problems(self, instance: object) -> list[Problem]:
        """(a) The profile's JSON Schema (``schemas/newsexport-jsonld.schema.json``)."""
        return [
            Problem(problem.location, f"not in the newsexport JSON-LD profile: {problem.message}")
            for problem in self._profile.problems(instance)
        ]

    def linked_data_problems(self, instance: object) -> list[Problem]:
        """(b) lossless expansion with the schema.org context, then (c) the schema.org vocabulary."""
        if not isinstance(instance, (dict, list)):
            return [Problem("", "a JSON-LD document is an object or an array")]
        options = self._options()
        nodes = self._direct_nodes(instance, options) if self._direct else None
        if nodes is not None:
            return self._vocabulary_problems(nodes)
        try:
            expanded = self._processor.expand(instance, options)
        except jsonld.JsonLdError as error:
            return [Problem(_error_location(error), f"JSON-LD expansion failed: {_error_message(error)}")]
        comparison = _ExpansionComparison(self._processor, options)
        try:
            comparison.compare_document(instance, expanded)
        except jsonld.JsonLdError as error:
            return [Problem(_error_location(error), f"JSON-LD expansion failed: {_error_message(error)}")]
        return comparison.problems + self._vocabulary_problems(comparison.nodes)

    def _direct_nodes(self, instance: object, options: dict) -> list[Node] | None:
        """The nodes of a plain schema.org document read directly (see ``jsonld_nodes``), else None."""
        if not isinstance(instance, dict):
            return None
        url = instance.get("@context")
        if not isinstance(url, str) or url not in SCHEMA_ORG_CONTEXT_URLS:
            return None
        reader = self._readers.get(url)
        if reader is None:
            try:
                active = self._processor.process_context(self._processor._get_initial_context(options), url, options)  # noqa: SLF001
            except jsonld.JsonLdError:
                return None
            reader = self._readers[url] = DirectReader(self._processor, active, options)
        return reader.nodes(instance)

    def _vocabulary_problems(self, nodes: list[Node]) -> list[Problem]:
        problems: list[Problem] = []
        known: dict[str, set[str]] = {}
        for node in nodes:
            if node.node_id is not None and node.types:
                known.setdefault(node.node_id, set()).update(filter(None, map(schema_org_name, node.types)))
        for node in nodes:
            problems += self._node_problems(node, known)
        return problems

    def _node_problems(self, node: Node, known: dict[str, set[str]]) -> list[Problem]:
        vocabulary = self.vocabulary
        problems: list[Problem] = []
        types = []
        for type_iri, type_pointer in zip(node.types, node.type_pointers):
            name = schema_org_name(type_iri)
            if name is None:
                problems.append(Problem(type_pointer, f"type <{type_iri}> is not a schema.org type"))
            elif name not in vocabulary.superclasses:
                problems.append(Problem(type_pointer, f"schema.org has no type '{name}'"))
            else:
                types.append(name)
        if not node.types and node.properties:
            problems.append(Problem(node.pointer, "node has properties but no @type, so their domains cannot be checked"))
        for found in node.properties:
            name = schema_org_name(found.iri)
            if name is None:
                problems.append(Problem(found.pointer, f"property <{found.iri}> is not a schema.org property"))
                continue
            if name not in vocabulary.domains:
                kind = "a type, not a property" if name in vocabulary.superclasses else "no property"
                problems.append(Problem(found.pointer, f"schema.org has {kind} '{name}'"))
                continue
            domain = vocabulary.domains[name]
            if types and domain and not vocabulary.admits(domain, types):
                problems.append(Problem(
                    found.pointer,
                    f"property '{name}' cannot be used on type {'/'.join(types)}: its domain is {', '.join(sorted(domain))}",
                ))
            literal_ok = name in vocabulary.takes_literals
            for value in found.values:
                if not (literal_ok and "@value" in value.expanded):
                    problems += self._range_problems(name, value, known)
        return problems

    def _range_problems(self, name: str, value: Value, known: dict[str, set[str]]) -> list[Problem]:
        vocabulary = self.vocabulary
        allowed = vocabulary.ranges[name]
        if not allowed:
            return []
        expanded = value.expanded
        if "@value" in expanded:
            if allowed & vocabulary.data_types:
                return []
            return [Problem(value.pointer, f"'{name}' takes a {', '.join(sorted(allowed))}, not a literal value")]
        node_id = expanded.get("@id")
        types = {schema_org_name(iri) for iri in expanded.get("@type", [])} - {None}
        if not types and node_id is not None:
            member = schema_org_name(node_id)
            if member is not None:
                if member not in vocabulary.members and member not in vocabulary.superclasses:
                    return [Problem(value.pointer, f"schema.org has no term '{member}'")]
                types = set(vocabulary.members.get(member, ()))
            elif node_id in known:
                types = known[node_id]
            elif node_id.startswith(INTERNAL_ID_PREFIX):
                return [Problem(value.pointer, f"refers to <{node_id}>, which no node of the document describes")]
            else:
                return []  # an outside IRI: its type is not known here
        if types and not vocabulary.admits(allowed, types):
            return [Problem(
                value.pointer,
                f"'{name}' takes a {', '.join(sorted(allowed))}, not a {'/'.join(sorted(types))}",
            )]
        return []


def _exact(instance: object) -> bytes:
    """The JSON text of a value; tells apart what ``==`` does not (``1``, ``1.0`` and ``true``)."""
    try:
        return orjson.dumps(instance)
    except orjson.JSONEncodeError:  # integers beyond 64 bits, which only the standard encoder writes
        return json.dumps(instance, ensure_ascii=False).encode("utf-8")


def _error_message(error: BaseException) -> str:
    """The innermost reason (PyLD wraps the loader's own error in a generic one), with PyLD's error code."""
    code = getattr(error, "code", None)
    while error.__cause__ is not None:
        error = error.__cause__
    text = str(error.args[0]) if error.args else type(error).__name__
    return f"{text} ({code})" if code else text


def _error_location(error: jsonld.JsonLdError) -> str:
    code = getattr(error, "code", None) or ""
    return pointer_part("@context") if "context" in code else ""


@lru_cache(maxsize=None)
def _shared(store_key: str, store: SchemaStore) -> JsonLdValidator:
    return JsonLdValidator(store)


def shared_validator(store: SchemaStore) -> JsonLdValidator:
    """One JSON-LD validator per store and process, shared by the JSON-LD and HTML validators."""
    return _shared(store.key, store)

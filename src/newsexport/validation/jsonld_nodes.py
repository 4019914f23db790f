"""The nodes of a JSON-LD document after expansion, and a direct reading of them for plain schema.org documents.

The vocabulary check needs, for every node object, its expanded types and, for every property, the IRI its
term expands to and its expanded values. The general way to get them is PyLD's full expansion, compared node
by node with the original (``jsonld._ExpansionComparison``): that is the slowest single step of a conversion
(about 1.8 of 10 ms an article), mostly PyLD's generic machinery (deep copies, keyword dispatch, context
propagation) that a plain document never needs.

A *plain* document uses the schema.org context by URL and nothing else: keys are ``@context`` (top node
only), ``@id``, ``@type`` and terms the context maps to IRIs without containers, scoped contexts or reverse
properties; values are strings, numbers, booleans, node objects or non-empty arrays of these. Everything the
exporter writes is plain. For a plain document the expansion is fixed by the processed context, so
:class:`DirectReader` reads the nodes off the document, asking PyLD's processed context (and PyLD's own IRI
expansion) what each term, type, id and coerced value becomes. On anything else it returns None and the
validator runs the full expansion: a document is never judged by the direct reading unless the full
expansion would give the same nodes with nothing dropped. ``tests/test_jsonld.py`` checks that both ways
give the same nodes and problems on corpus documents and on documents broken in many ways.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyld import jsonld

_PLAIN_TERM_KEYS = frozenset({"@id", "@type", "reverse", "protected", "_prefix", "_term_has_colon"})
"""Keys of PyLD's term definition for a term that maps to an IRI and, at most, coerces its values' type."""
_ABSENT = object()
_CACHE_LIMIT = 4096
"""Terms and types remembered per context; emptied when full, so foreign documents cannot grow it without end."""


def pointer_part(key: str | int) -> str:
    """One JSON pointer step (RFC 6901 escaping)."""
    return "/" + str(key).replace("~", "~0").replace("/", "~1")


@dataclass
class Value:
    """One value of a property after expansion, with the pointer of its original."""

    pointer: str
    expanded: dict


@dataclass
class Property:
    pointer: str
    term: str
    iri: str
    values: list[Value]


@dataclass
class Node:
    """A node object of the document: where it stands, its expanded types and properties."""

    pointer: str
    node_id: str | None
    types: list[str]
    type_pointers: list[str]
    properties: list[Property] = field(default_factory=list)


class _NotPlain(Exception):
    """The document uses something the direct reading does not cover: expand it in full instead."""


class DirectReader:
    """Reads the expanded nodes of a plain document under one processed context (see the module docstring)."""

    def __init__(self, processor: jsonld.JsonLdProcessor, active: dict, options: dict) -> None:
        self._processor = processor
        self._active = active
        self._base = options.get("base", "")
        self._terms: dict[str, tuple[str, object] | None] = {}
        self._types: dict[str, str | None] = {}
        self._iris: dict[tuple[str, bool], str | None] = {}

    def nodes(self, document: dict) -> list[Node] | None:
        """The nodes in document order (as the full comparison lists them), or None when not plain."""
        if set(document) <= {"@context", "@id"}:
            return None  # a top-level node with nothing but an id is dropped by expansion
        found: list[Node] = []
        try:
            self._node(document, "", found, top=True)
        except _NotPlain:
            return None
        return found

    def _term(self, term: str) -> tuple[str, object]:
        """(IRI, type coercion) of a property term; raises :class:`_NotPlain` for anything but a plain term."""
        known = self._terms.get(term, _ABSENT)
        if known is _ABSENT:
            known = None
            definition = self._active["mappings"].get(term)
            if not term.startswith("@") and (
                definition is None or (set(definition) <= _PLAIN_TERM_KEYS and not definition.get("reverse"))
            ):
                iri = self._processor._expand_iri(self._active, term, vocab=True)  # noqa: SLF001 - PyLD's own
                if isinstance(iri, str) and ":" in iri and not iri.startswith("@"):
                    known = (iri, definition.get("@type") if definition else None)
            if len(self._terms) >= _CACHE_LIMIT:
                self._terms.clear()
            self._terms[term] = known
        if known is None:
            raise _NotPlain
        return known

    def _type(self, name: object) -> str:
        if not isinstance(name, str):
            raise _NotPlain
        iri = self._types.get(name, _ABSENT)
        if iri is _ABSENT:
            iri = self._processor._expand_iri(self._active, name, vocab=True, base=self._base)  # noqa: SLF001
            iri = iri if isinstance(iri, str) and ":" in iri and not iri.startswith("@") else None
            if len(self._types) >= _CACHE_LIMIT:
                self._types.clear()
            self._types[name] = iri
        if iri is None:
            raise _NotPlain
        return iri

    def _iri(self, value: object, vocab: bool = False) -> str:
        """An ``@id`` value (or an ``@id``/``@vocab``-coerced string) expanded; remembered like terms and types,
        since entity ids recur across articles and PyLD's expansion of one is a fixed function of the context."""
        if not isinstance(value, str):
            raise _NotPlain
        key = (value, vocab)
        iri = self._iris.get(key, _ABSENT)
        if iri is _ABSENT:
            iri = self._processor._expand_iri(self._active, value, vocab=vocab, base=self._base)  # noqa: SLF001
            iri = iri if isinstance(iri, str) and not iri.startswith("@") else None
            if len(self._iris) >= _CACHE_LIMIT:
                self._iris.clear()
            self._iris[key] = iri
        if iri is None:
            raise _NotPlain
        return iri

    def _node(self, original: dict, pointer: str, found: list[Node], top: bool = False) -> dict:
        """Append the node (then its nested nodes, depth first) and return its expansion's ``@id``/``@type``."""
        if not original or ("@context" in original and not top):
            raise _NotPlain
        original_types = original.get("@type", _ABSENT)
        if original_types is _ABSENT:
            type_list, type_pointers = [], []
        elif isinstance(original_types, list):
            type_list = original_types
            type_pointers = [f"{pointer}/@type{pointer_part(index)}" for index in range(len(type_list))]
        else:
            type_list, type_pointers = [original_types], [f"{pointer}/@type"]
        if not type_list and original_types is not _ABSENT:
            raise _NotPlain
        types = [self._type(name) for name in type_list]
        expanded: dict = {}
        if "@id" in original:
            expanded["@id"] = self._iri(original["@id"])
        if types:
            expanded["@type"] = types
        node = Node(pointer, expanded.get("@id"), types, type_pointers)
        found.append(node)
        seen_iris: set[str] = set()
        for term, value in original.items():
            if term in ("@context", "@id", "@type"):
                continue
            iri, coercion = self._term(term)
            if iri in seen_iris:
                raise _NotPlain
            seen_iris.add(iri)
            here = pointer + pointer_part(term)
            found_property = Property(here, term, iri, [])
            node.properties.append(found_property)
            if isinstance(value, list):
                if not value:
                    raise _NotPlain
                items = [(here + pointer_part(index), item) for index, item in enumerate(value)]
            else:
                items = [(here, value)]
            for item_pointer, item in items:
                found_property.values.append(Value(item_pointer, self._value(item, item_pointer, coercion, found)))
        return expanded

    def _value(self, item: object, pointer: str, coercion: object, found: list[Node]) -> dict:
        if isinstance(item, dict):
            if any(key.startswith("@") and key not in ("@id", "@type") for key in item):
                raise _NotPlain
            return self._node(item, pointer, found)
        if isinstance(item, str):
            if coercion == "@id":
                return {"@id": self._iri(item)}
            if coercion == "@vocab":
                return {"@id": self._iri(item, vocab=True)}
        if not isinstance(item, (str, bool, int, float)):
            raise _NotPlain  # null, nested arrays
        # JSON-LD value expansion: a term's datatype applies to numbers and booleans as well as strings
        # (``"startDate": 5`` expands to a schema:Date value), but an @id or @vocab coercion only to strings.
        if coercion and coercion not in ("@id", "@vocab", "@none"):
            return {"@value": item, "@type": coercion}
        return {"@value": item}

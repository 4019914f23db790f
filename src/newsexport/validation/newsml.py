"""NewsML-G2 validator: IPTC's Power XSD, then the QCode rule the XSD cannot express.

Built once per process (``formats.validator_for``): the XSD is compiled in ``__init__`` from the checked files
of the schema store (it imports ``xml.xsd`` from the same folder; lxml never touches the network), and the
IPTC catalogs come from the ``newsmlg2`` package, so validation works offline and costs about a millisecond.

Checks, each reported as ``line N`` with the reason:

1. characters XML 1.0 forbids (control characters, lone surrogates) - reported by line before parsing, since
   no XML parser would get further;
2. well-formedness;
3. the Power-conformance XSD (element order, required elements, data types);
4. every QCode-typed attribute (the attribute names are read from the XSD itself) uses a scheme alias that is
   declared in a catalog the item references (an IPTC catalog shipped with ``newsmlg2``) or in a ``catalog``
   the item carries itself.
"""

from __future__ import annotations

import re
from importlib import resources

from lxml import etree

from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore

SCHEMA_FILE = "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"
NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
_G2 = "{" + NEWSML_NS + "}"
_XS = "{http://www.w3.org/2001/XMLSchema}"
_QCODE_TYPES = {"QCodeType", "QCodeListType"}
_ITEM_TAGS = {_G2 + name for name in ("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem",
                                      "catalogItem")}
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MAX_CHARACTER_PROBLEMS = 20
CURRENT_IPTC_CATALOG = "catalog.IPTC-G2-Standards_41.xml"
_IPTC_CATALOG_URL = re.compile(r"^https?://(?:www\.)?iptc\.org/std/catalog/(catalog\.IPTC-G2-Standards_[0-9]+\.xml)$")


class CatalogAliases:
    """Scheme aliases an item may use: those of the IPTC catalogs it references, and of its own catalogs.

    IPTC catalogs are read from the files the ``newsmlg2`` package ships (never downloaded); the current one
    is loaded when the validator is built, older ones the first time an item references them.
    """

    def __init__(self) -> None:
        self._by_file: dict[str, frozenset[str] | None] = {}
        if self._aliases_of_file(CURRENT_IPTC_CATALOG) is None:
            raise RuntimeError(f"the newsmlg2 package does not ship {CURRENT_IPTC_CATALOG}")

    def declared_by(self, scope: etree._Element) -> frozenset[str]:
        aliases: set[str] = set()
        for reference in scope.iterchildren(_G2 + "catalogRef"):
            aliases |= self.referenced(reference.get("href", "")) or frozenset()
        for catalog in scope.iterchildren(_G2 + "catalog"):
            aliases |= {scheme.get("alias", "") for scheme in catalog.iterchildren(_G2 + "scheme")}
        return frozenset(aliases)

    def referenced(self, href: str) -> frozenset[str] | None:
        """Aliases of the IPTC catalog at ``href``; None when it is not one this validator can read offline."""
        match = _IPTC_CATALOG_URL.match(href.strip())
        return self._aliases_of_file(match.group(1)) if match else None

    def describe(self, scope: etree._Element) -> str:
        references = [reference.get("href", "") for reference in scope.iterchildren(_G2 + "catalogRef")]
        if not references:
            return "the item references no catalog"
        unreadable = [href for href in references if self.referenced(href) is None]
        text = "referenced: " + ", ".join(references)
        return text + (f"; not readable offline: {', '.join(unreadable)}" if unreadable else "")

    def _aliases_of_file(self, file_name: str) -> frozenset[str] | None:
        if file_name not in self._by_file:
            resource = resources.files("NewsMLG2").joinpath("catalogs", file_name)
            if not resource.is_file():
                self._by_file[file_name] = None
            else:
                root = etree.fromstring(resource.read_bytes(), etree.XMLParser(no_network=True))
                self._by_file[file_name] = frozenset(
                    scheme.get("alias", "") for scheme in root.iter(_G2 + "scheme")
                )
        return self._by_file[file_name]


class NewsMLValidator:
    """Validates NewsML-G2 documents (``newsItem``, or a ``newsMessage`` of items) against 2.35 Power."""

    def __init__(self, store: SchemaStore) -> None:
        schema_path = store.path(SCHEMA_FILE)
        store.path("newsml-g2/xml.xsd")  # imported by the XSD: checked against its pinned hash too
        schema_document = etree.parse(str(schema_path), etree.XMLParser(no_network=True, resolve_entities=False))
        self._schema = etree.XMLSchema(schema_document)
        self._qcode_attributes, self._not_qcode = _qcode_attributes(schema_document)
        self._catalogs = CatalogAliases()
        self._parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=True)

    def problems(self, document: str) -> list[Problem]:
        data = _utf8_if_xml_characters(document)
        if data is None:
            problems = _illegal_characters(document)
            if problems:
                return problems
            data = document.encode("utf-8")
        try:
            tree = etree.fromstring(data, self._parser)
        except etree.XMLSyntaxError as error:
            line = error.lineno if error.lineno else 1
            return [Problem(f"line {line}", f"not well-formed XML: {error.msg}")]
        if not self._schema.validate(tree):
            return [
                Problem(f"line {entry.line}", "NewsML-G2 2.35 Power schema: " + entry.message.replace(_G2, ""))
                for entry in self._schema.error_log
            ]
        return self._undeclared_qcodes(tree)

    def _undeclared_qcodes(self, root: etree._Element) -> list[Problem]:
        """QCodes whose scheme alias the governing catalogs do not declare (a message's header governs too)."""
        problems: list[Problem] = []
        header = root.find(_G2 + "header") if root.tag == _G2 + "newsMessage" else None
        header_aliases = self._catalogs.declared_by(header) if header is not None else frozenset()
        if header is not None:
            problems += self._unknown_aliases(header, header_aliases, header)
        for scope in self._scopes(root):
            problems += self._unknown_aliases(scope, header_aliases | self._catalogs.declared_by(scope), scope)
        return problems

    def _unknown_aliases(self, scope: etree._Element, known: frozenset[str], owner: etree._Element) -> list[Problem]:
        problems = []
        for element in scope.iter(_G2 + "*"):
            for name, value in element.items():
                if name not in self._qcode_attributes or (_local(element.tag), name) in self._not_qcode:
                    continue
                for qcode in value.split():
                    alias = qcode.partition(":")[0]
                    if alias not in known:
                        problems.append(Problem(
                            f"line {element.sourceline}",
                            f"QCode {qcode!r} in @{name} of <{_local(element.tag)}> uses scheme alias {alias!r}, "
                            f"which no catalog of the item declares ({self._catalogs.describe(owner)})",
                        ))
        return problems

    @staticmethod
    def _scopes(root: etree._Element) -> list[etree._Element]:
        """The items whose catalogs govern their QCodes: the root item, or each item of a message."""
        if root.tag in _ITEM_TAGS:
            return [root]
        item_set = root.find(_G2 + "itemSet")
        return [child for child in item_set if child.tag in _ITEM_TAGS] if item_set is not None else []


_C0_NOT_IN_XML = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def _utf8_if_xml_characters(document: str) -> bytes | None:
    """The document in UTF-8 when every character is one XML 1.0 allows, else None.

    The bytes are needed for parsing anyway, and in them the characters :func:`_illegal_characters` looks for
    are easy to find: a lone surrogate makes the encoding fail, a forbidden control character is one byte
    below 0x20 (no other character's UTF-8 holds such a byte), and U+FFFE and U+FFFF are the only characters
    whose UTF-8 holds ``EF BF BE`` or ``EF BF BF``. Deleting the control bytes and comparing lengths is a
    plain byte loop, faster than the regular expression's scan of the text.
    """
    try:
        data = document.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(data.translate(None, _C0_NOT_IN_XML)) != len(data) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        return None
    return data


def _illegal_characters(document: str) -> list[Problem]:
    problems = []
    for match in _XML_ILLEGAL.finditer(document):
        line = document.count("\n", 0, match.start()) + 1
        problems.append(Problem(f"line {line}", f"character U+{ord(match.group()):04X} is not allowed in XML 1.0"))
        if len(problems) == _MAX_CHARACTER_PROBLEMS:
            break
    return problems


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _qcode_attributes(schema: etree._ElementTree) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Attribute names the XSD types as QCodes, and the (element, attribute) pairs where the same name is not.

    Read from the schema rather than listed by hand, so the check follows the standard (e.g. ``role`` is a
    QCode almost everywhere but a plain string on ``newsMessage/header/timestamp``).
    """
    qcode, other = set(), set()
    for declaration in schema.iter(_XS + "attribute"):
        name = declaration.get("name")
        if name is None:
            continue
        if declaration.get("type") in _QCODE_TYPES:
            qcode.add(name)
        else:
            other.add((name, _declaring_element(declaration)))
    exceptions = {(element, name) for name, element in other if name in qcode and element}
    return frozenset(qcode), frozenset(exceptions)


def _declaring_element(declaration: etree._Element) -> str:
    for ancestor in declaration.iterancestors(_XS + "element"):
        return ancestor.get("name") or ""
    return ""

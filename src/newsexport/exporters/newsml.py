"""IPTC NewsML-G2 2.35 (power conformance): one ``newsItem`` per article, and ``newsMessage`` for a batch.

What goes where, and why:

* ``guid`` is the record id (derived from the normalised text), so re-exporting the same text gives the same
  item; ``version`` is always 1 because the record has no edit history.
* Controlled values come from the IPTC catalog the item references (:data:`IPTC_CATALOG`): ``ninat:text``,
  ``stat:usable``, ``cpnat:*`` concept natures, ``medtop:*`` Media Topics, ``drol:caption``, ``nrol:*`` name
  roles and ``iso3166-1a2:VN``. The two vocabularies IPTC has no scheme for (kinds of identifier, Vietnamese
  administrative unit codes) are declared in a small catalog inside the item (:data:`LOCAL_SCHEMES`), so every
  QCode of the item resolves without a network.
* ``versionCreated`` and ``firstCreated`` must be full date-times: they are
  :meth:`PublicationDate.datetime_floor` (the stated time, else local midnight in Vietnam).
  ``contentCreated`` allows a truncated date, so it keeps the record's precision (``2019-03-11`` for a day).
  A capture without a date line gets :data:`UNDATED_VERSION_CREATED` (the Unix epoch, an obvious placeholder
  that is the same on every run), no ``firstCreated``/``contentCreated``/``dateline``, and an ``edNote`` that
  says so. Wall-clock time is never used, so output is byte-identical for the same record.
* The provider is the publisher the caller names; without one it is the generating program, never a guessed
  news agency.
* The source's SHA-256 is an ``altId`` (``--skip-existing`` looks for it in every output).
* Characters XML 1.0 cannot carry are removed from every string; single-line properties (names, titles) have
  their line breaks and tabs folded to spaces, as the schema's ``g2normalizedString`` requires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsexport.exporters.options import ExportOptions
from newsexport.model import Event, NewsEventRecord, Organization, Person, Place, PublicationDate

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_VERSION = "2.35"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
UNDATED_VERSION_CREATED = "1970-01-01T00:00:00+00:00"
"""versionCreated of a capture that states no date: a fixed, recognisable placeholder (documented in edNote)."""

LOCAL_SCHEMES: tuple[tuple[str, str, str], ...] = (
    ("nxidtype", "urn:newsexport:cv:idtype:", "Kinds of identifier newsexport records"),
    ("nxvnadm", "urn:newsexport:cv:vn-admin-unit:", "Vietnamese administrative unit codes"),
)
"""(alias, scheme URI, name) of the schemes IPTC has no vocabulary for, declared in the item's own catalog."""

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAKS = re.compile(r"[\t\n\r ]+")
_NOT_ONE_LINE = re.compile("[^\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|  ")
"""Anything :func:`one_line` changes besides its edges: a character outside XML's set or a tab, CR or LF
(the ranges leave out all four), or a run of spaces."""
_G2 = "{" + NEWSML_NS + "}"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_ATTRIBUTE_NAMES = {XML_LANG: "xml:lang"}
_LXML_REFUSES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters lxml refuses in a string (control characters, lone surrogates, U+FFFE and U+FFFF)."""


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates,
    U+FFFE/U+FFFF): they would make the document unreadable for every XML parser."""
    return _XML_ILLEGAL.sub("", text)


def one_line(text: str) -> str:
    """``text`` as a single line, for properties typed ``g2normalizedString`` (no tab, CR or LF).

    Names and titles seldom hold anything to remove or fold, so one scan looks for any of it (a character
    XML forbids, a tab, a line break, two spaces in a row) and, finding none, only the edges are trimmed,
    which is all the two substitutions would have left to do.
    """
    if _NOT_ONE_LINE.search(text) is None:
        return text.strip()
    return _LINE_BREAKS.sub(" ", xml_text(text)).strip()


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    """The record as a standalone NewsML-G2 ``newsItem`` document (UTF-8, with XML declaration).

    The item is built as a small tree of :class:`_Element` and written out by :func:`_write`, which gives the
    bytes lxml's ``tostring(pretty_print=True)`` gives for the same tree (:func:`news_item` builds that lxml
    tree, for messages): building the lxml tree an element at a time was most of the cost of this format.
    lxml also refuses a string holding a character XML cannot carry; the exporter removes those from every
    text it writes, but should one reach the item through a value written as it is, the item is built with
    lxml after all, so it fails (or not) exactly as it always did.
    """
    lines = [_XML_DECLARATION]
    _write(_item(record, options), 0, lines)
    document = "".join(lines)
    if _LXML_REFUSES.search(document) is not None:
        return _serialise(news_item(record, options))
    return document


def export_message(records: Iterable[NewsEventRecord], options: ExportOptions = ExportOptions()) -> str:
    """A ``newsMessage`` carrying one ``newsItem`` per record, in the order given.

    ``sent`` is the latest ``versionCreated`` of the items (the placeholder when none is dated) rather than the
    clock, so the same batch always gives the same message.
    """
    message = etree.Element(_G2 + "newsMessage", nsmap={None: NEWSML_NS})
    header = etree.SubElement(message, _G2 + "header")
    sent = etree.SubElement(header, _G2 + "sent")
    etree.SubElement(header, _G2 + "catalogRef").set("href", IPTC_CATALOG)
    item_set = etree.SubElement(message, _G2 + "itemSet")
    stamps = []
    for record in records:
        item_set.append(news_item(record, options))
        stamps.append(_version_created(record.date_published))
    sent.text = max(stamps, key=_instant, default=UNDATED_VERSION_CREATED)
    return _serialise(message)


def news_item(record: NewsEventRecord, options: ExportOptions) -> etree._Element:
    """The ``newsItem`` element of one record."""
    return _to_lxml(_item(record, options))


def _item(record: NewsEventRecord, options: ExportOptions) -> _Element:
    item = _Element("newsItem", NEWSML_NS)
    for key, value in (("guid", record.id), ("version", "1"), ("standard", "NewsML-G2"),
                       ("standardversion", STANDARD_VERSION), ("conformance", "power"), (XML_LANG, record.language)):
        item.set(key, value)
    _sub(item, "catalogRef", href=IPTC_CATALOG)
    _local_catalog(item)
    _item_meta(item, record, options)
    _content_meta(item, record)
    _content_set(item, record)
    return item


def _serialise(root: etree._Element) -> str:
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    return _XML_DECLARATION + body


class _Element:
    """An element of the item being built: its name, the namespace it declares as default (the item's root
    and the XHTML ``html``; the others are in their parent's), its attributes in the order set, its text and
    children. Only what the mapping below uses, with lxml's meaning (``set`` of a name already set keeps
    its place)."""

    __slots__ = ("name", "namespace", "attributes", "text", "children")

    def __init__(self, name: str, namespace: str | None = None) -> None:
        self.name = name
        self.namespace = namespace
        self.attributes: dict[str, str] = {}
        self.text: str | None = None
        self.children: list[_Element] = []

    def set(self, key: str, value: str) -> None:
        self.attributes[key] = value


def _sub(parent: _Element, name: str, text: str | None = None, **attributes: str) -> _Element:
    """A child element; attributes are written in the order given (deterministic output)."""
    element = _Element(name)
    element.attributes.update(attributes)
    element.text = text
    parent.children.append(element)
    return element


def _to_lxml(element: _Element, parent: etree._Element | None = None, namespace: str = NEWSML_NS) -> etree._Element:
    """The lxml element of a built one (and of its children)."""
    namespace = element.namespace or namespace
    tag = "{" + namespace + "}" + element.name
    nsmap = {None: element.namespace} if element.namespace else None
    built = etree.Element(tag, nsmap=nsmap) if parent is None else etree.SubElement(parent, tag, nsmap=nsmap)
    for key, value in element.attributes.items():
        built.set(key, value)
    if element.text is not None:
        built.text = element.text
    for child in element.children:
        _to_lxml(child, built, namespace)
    return built


def _start_tag(element: _Element) -> str:
    if not element.attributes and element.namespace is None:
        return "<" + element.name
    declaration = f' xmlns="{element.namespace}"' if element.namespace else ""
    attributes = "".join([f' {_ATTRIBUTE_NAMES.get(key, key)}="{_escape_attribute(value)}"'
                          for key, value in element.attributes.items()])
    return f"<{element.name}{declaration}{attributes}"


def _write(element: _Element, depth: int, lines: list[str]) -> None:
    """Append the element as libxml2 writes it when formatting: an element holding only elements has each
    on its own line, indented two spaces a level; one holding text is written on one line, as it is."""
    indent = "  " * depth
    children = element.children
    if element.text is not None:
        if children:
            lines.append(f"{indent}{_flat(element)}\n")
        else:
            lines.append(f"{indent}{_start_tag(element)}>{_escape_text(element.text)}</{element.name}>\n")
    elif children:
        lines.append(f"{indent}{_start_tag(element)}>\n")
        for child in children:
            _write(child, depth + 1, lines)
        lines.append(f"{indent}</{element.name}>\n")
    else:
        lines.append(f"{indent}{_start_tag(element)}/>\n")


def _flat(element: _Element) -> str:
    """The element with no added line breaks or indentation (inside text, libxml2 adds none)."""
    if element.text is None and not element.children:
        return f"{_start_tag(element)}/>"
    text = _escape_text(element.text) if element.text is not None else ""
    return f"{_start_tag(element)}>{text}{''.join(_flat(child) for child in element.children)}</{element.name}>"


_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
"""Character data as libxml2 escapes it (``&`` first, so no escape is escaped again)."""
_ATTRIBUTE_ESCAPES = (*_TEXT_ESCAPES, ('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
"""An attribute value as libxml2 escapes it: the character data's, then ``"``, LF and tab."""


def _escaped(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    """``value`` with each character of ``escapes`` replaced, the test first since most values hold none."""
    for character, escape in escapes:
        if character in value:
            value = value.replace(character, escape)
    return value


def _escape_text(value: str) -> str:
    return _escaped(value, _TEXT_ESCAPES)


def _escape_attribute(value: str) -> str:
    return _escaped(value, _ATTRIBUTE_ESCAPES)


def _local_catalog(item: _Element) -> None:
    catalog = _sub(item, "catalog")
    for alias, uri, name in LOCAL_SCHEMES:
        scheme = _sub(catalog, "scheme", alias=alias, uri=uri)
        _sub(scheme, "name", name).set(XML_LANG, "en")


def _version_created(date: PublicationDate | None) -> str:
    return date.datetime_floor() if date is not None else UNDATED_VERSION_CREATED


def _instant(stamp: str) -> str:
    """Sort key for our own date-times: all are ``...+07:00`` except the epoch placeholder, which sorts first."""
    return "" if stamp == UNDATED_VERSION_CREATED else stamp


def _item_meta(item: _Element, record: NewsEventRecord, options: ExportOptions) -> None:
    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:text")
    program, _, version = record.provenance.generator.partition(" ")
    provider = _sub(meta, "provider")
    _sub(provider, "name", one_line(options.publisher_name or program) or program)
    _sub(meta, "versionCreated", _version_created(record.date_published))
    if record.date_published is not None:
        _sub(meta, "firstCreated", record.date_published.datetime_floor())
    _sub(meta, "pubStatus", qcode="stat:usable")
    generator = _sub(meta, "generator", one_line(program))
    if version:
        generator.set("versioninfo", one_line(version))
    _sub(meta, "title", one_line(record.headline))
    if record.date_published is None:
        _sub(meta, "edNote", f"The capture states no publication date: versionCreated is the placeholder "
                             f"{UNDATED_VERSION_CREATED}, and contentCreated is left out.")


def _content_meta(item: _Element, record: NewsEventRecord) -> None:
    meta = _sub(item, "contentMeta")
    date = record.date_published
    if date is not None:
        _sub(meta, "contentCreated", date.isoformat())
    venue = _event_place(record)
    if venue is not None:
        _place_concept(_sub(meta, "located", type="cpnat:geoArea"), venue)
    _sub(meta, "altId", record.provenance.source_sha256, type="nxidtype:source-sha256")
    _sub(meta, "altId", record.provenance.text_sha256, type="nxidtype:text-sha256")
    _sub(meta, "language", tag=record.language)
    for topic in record.topics:
        subject = _sub(meta, "subject", type="cpnat:abstract", qcode=topic.code)
        _sub(subject, "name", one_line(topic.name)).set(XML_LANG, "en")
    for person in record.persons:
        _person_concept(_sub(meta, "subject", type="cpnat:person"), person)
    for organization in record.organizations:
        _organization_concept(_sub(meta, "subject", type="cpnat:organisation"), organization)
    for place in record.places:
        _place_concept(_sub(meta, "subject", type="cpnat:geoArea"), place)
    if record.event is not None:
        _event_concept(_sub(meta, "subject", type="cpnat:event"), record.event)
    _sub(meta, "headline", one_line(record.headline))
    if date is not None:
        _sub(meta, "dateline", one_line(date.as_written))
    for media in record.media:
        _sub(meta, "description", one_line(media.caption), role="drol:caption")


def _event_place(record: NewsEventRecord) -> Place | None:
    """Where the reported event took place: the closest thing a capture says to where the content originates."""
    if record.event is None or record.event.place_id is None:
        return None
    place = record.entity(record.event.place_id)
    return place if isinstance(place, Place) else None


def _person_concept(element: _Element, person: Person) -> None:
    _sub(element, "name", one_line(person.name))
    description = [text for text in (person.rank, *person.titles) if text]
    if description:
        _sub(element, "definition", one_line(", ".join(description)))


def _organization_concept(element: _Element, organization: Organization) -> None:
    _sub(element, "name", one_line(organization.name))
    if organization.expanded:
        _sub(element, "name", one_line(organization.expanded), role="nrol:full")
    for alias in organization.aliases:
        _sub(element, "name", one_line(alias), role="nrol:alternate")


def _place_concept(element: _Element, place: Place) -> None:
    """A place; one with an official Vietnamese code gets it as QCode and Vietnam as broader area."""
    if place.code is not None:
        element.set("qcode", f"nxvnadm:{one_line(place.code)}")
    _sub(element, "name", one_line(place.name))
    if place.code is not None:
        country = _sub(element, "broader", type="cpnat:geoArea", qcode="iso3166-1a2:VN")
        _sub(country, "name", "Việt Nam")


def _event_concept(element: _Element, event: Event) -> None:
    _sub(element, "name", one_line(event.name))
    _sub(element, "definition", one_line(event.kind))


def _content_set(item: _Element, record: NewsEventRecord) -> None:
    """The article as XHTML: headline, then paragraphs and figures in the order they stood in the text."""
    inline = _sub(_sub(item, "contentSet"), "inlineXML", contenttype="application/xhtml+xml")
    html = _Element("html", XHTML_NS)
    inline.children.append(html)
    html.set(XML_LANG, record.language)
    _sub(_sub(html, "head"), "title", one_line(record.headline))
    body = _sub(html, "body")
    _sub(body, "h1", one_line(record.headline))
    blocks: list[tuple[int, int, str, str]] = [
        (paragraph.span.start, 0, "p", paragraph.text) for paragraph in record.body
    ]
    blocks += [(media.caption_spans[0].start, 1, "figure", media.caption) for media in record.media]
    for _start, _kind, tag, text in sorted(blocks):
        if tag == "p":
            _sub(body, "p", xml_text(text))
        else:
            _sub(_sub(body, "figure"), "figcaption", xml_text(text))

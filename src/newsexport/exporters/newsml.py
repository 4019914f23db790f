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
_H = "{" + XHTML_NS + "}"


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
    """The record as a standalone NewsML-G2 ``newsItem`` document (UTF-8, with XML declaration)."""
    return _serialise(news_item(record, options))


def export_message(records: Iterable[NewsEventRecord], options: ExportOptions = ExportOptions()) -> str:
    """A ``newsMessage`` carrying one ``newsItem`` per record, in the order given.

    ``sent`` is the latest ``versionCreated`` of the items (the placeholder when none is dated) rather than the
    clock, so the same batch always gives the same message.
    """
    message = etree.Element(_G2 + "newsMessage", nsmap={None: NEWSML_NS})
    header = _sub(message, "header")
    sent = _sub(header, "sent")
    _sub(header, "catalogRef", href=IPTC_CATALOG)
    item_set = _sub(message, "itemSet")
    stamps = []
    for record in records:
        item_set.append(news_item(record, options))
        stamps.append(_version_created(record.date_published))
    sent.text = max(stamps, key=_instant, default=UNDATED_VERSION_CREATED)
    return _serialise(message)


def news_item(record: NewsEventRecord, options: ExportOptions) -> etree._Element:
    """The ``newsItem`` element of one record."""
    item = etree.Element(
        _G2 + "newsItem",
        nsmap={None: NEWSML_NS},
        guid=record.id,
        version="1",
        standard="NewsML-G2",
        standardversion=STANDARD_VERSION,
        conformance="power",
    )
    item.set(XML_LANG, record.language)
    _sub(item, "catalogRef", href=IPTC_CATALOG)
    _local_catalog(item)
    _item_meta(item, record, options)
    _content_meta(item, record)
    _content_set(item, record)
    return item


def _serialise(root: etree._Element) -> str:
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _sub(parent: etree._Element, name: str, text: str | None = None, **attributes: str) -> etree._Element:
    """A NewsML-G2 child element; attributes are written in the order given (deterministic output)."""
    element = etree.SubElement(parent, _G2 + name)
    for key, value in attributes.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _local_catalog(item: etree._Element) -> None:
    catalog = _sub(item, "catalog")
    for alias, uri, name in LOCAL_SCHEMES:
        scheme = _sub(catalog, "scheme", alias=alias, uri=uri)
        _sub(scheme, "name", name).set(XML_LANG, "en")


def _version_created(date: PublicationDate | None) -> str:
    return date.datetime_floor() if date is not None else UNDATED_VERSION_CREATED


def _instant(stamp: str) -> str:
    """Sort key for our own date-times: all are ``...+07:00`` except the epoch placeholder, which sorts first."""
    return "" if stamp == UNDATED_VERSION_CREATED else stamp


def _item_meta(item: etree._Element, record: NewsEventRecord, options: ExportOptions) -> None:
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


def _content_meta(item: etree._Element, record: NewsEventRecord) -> None:
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


def _person_concept(element: etree._Element, person: Person) -> None:
    _sub(element, "name", one_line(person.name))
    description = [text for text in (person.rank, *person.titles) if text]
    if description:
        _sub(element, "definition", one_line(", ".join(description)))


def _organization_concept(element: etree._Element, organization: Organization) -> None:
    _sub(element, "name", one_line(organization.name))
    if organization.expanded:
        _sub(element, "name", one_line(organization.expanded), role="nrol:full")
    for alias in organization.aliases:
        _sub(element, "name", one_line(alias), role="nrol:alternate")


def _place_concept(element: etree._Element, place: Place) -> None:
    """A place; one with an official Vietnamese code gets it as QCode and Vietnam as broader area."""
    if place.code is not None:
        element.set("qcode", f"nxvnadm:{one_line(place.code)}")
    _sub(element, "name", one_line(place.name))
    if place.code is not None:
        country = _sub(element, "broader", type="cpnat:geoArea", qcode="iso3166-1a2:VN")
        _sub(country, "name", "Việt Nam")


def _event_concept(element: etree._Element, event: Event) -> None:
    _sub(element, "name", one_line(event.name))
    _sub(element, "definition", one_line(event.kind))


def _content_set(item: etree._Element, record: NewsEventRecord) -> None:
    """The article as XHTML: headline, then paragraphs and figures in the order they stood in the text."""
    inline = _sub(_sub(item, "contentSet"), "inlineXML", contenttype="application/xhtml+xml")
    html = etree.SubElement(inline, _H + "html", nsmap={None: XHTML_NS})
    html.set(XML_LANG, record.language)
    head = etree.SubElement(html, _H + "head")
    etree.SubElement(head, _H + "title").text = one_line(record.headline)
    body = etree.SubElement(html, _H + "body")
    etree.SubElement(body, _H + "h1").text = one_line(record.headline)
    blocks: list[tuple[int, int, str, str]] = [
        (paragraph.span.start, 0, "p", paragraph.text) for paragraph in record.body
    ]
    blocks += [(media.caption_spans[0].start, 1, "figure", media.caption) for media in record.media]
    for _start, _kind, tag, text in sorted(blocks):
        if tag == "p":
            etree.SubElement(body, _H + "p").text = xml_text(text)
        else:
            figure = etree.SubElement(body, _H + "figure")
            etree.SubElement(figure, _H + "figcaption").text = xml_text(text)

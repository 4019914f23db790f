"""NewsML-G2 2.35 export and validation, checked against IPTC's Power XSD and read back with IPTC's own reader.

The round-trip tests parse the exported XML with ``NewsMLG2`` (IPTC's python-newsmlg2) and compare what it
reads with the model, so a mistake in the exporter cannot be hidden by the same mistake in the test.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import NewsMLG2
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsexport
from newsexport.exporters import newsml
from newsexport.exporters.options import ExportOptions
from newsexport.model import Media, NewsEventRecord, Paragraph, Span
from newsexport.pipeline import ConvertOptions, convert_paths
from newsexport.validation.newsml import NewsMLValidator
from newsexport.validation.store import SchemaStore

from conftest import SEEDS, corpus_files

G2 = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SCHEMA_FILE = "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"


# --- fixtures and helpers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator(store: SchemaStore) -> NewsMLValidator:
    return NewsMLValidator(store)


@pytest.fixture(scope="module")
def power_schema(store: SchemaStore) -> etree.XMLSchema:
    """The official XSD compiled here, independently of the validator under test."""
    return etree.XMLSchema(etree.parse(str(store.path(SCHEMA_FILE))))


@pytest.fixture(scope="module")
def minute_record(seed_record: NewsEventRecord) -> NewsEventRecord:
    date = seed_record.date_published.model_copy(update={"time": dt.time(8, 30), "precision": "minute"})
    return seed_record.model_copy(update={"date_published": date})


@pytest.fixture(scope="module")
def undated_record(seed_record: NewsEventRecord) -> NewsEventRecord:
    return seed_record.model_copy(update={"date_published": None})


def export(record: NewsEventRecord, **options: str) -> str:
    return newsml.export(record, ExportOptions(**options))


def read_item(document: str):
    """The newsItem as IPTC's reader sees it (bytes: the reader treats a str as a file name)."""
    return NewsMLG2.NewsMLG2Document(document.encode("utf-8")).get_item()


def xhtml_of(item) -> etree._Element:
    """The XHTML rendition, as re-serialised by IPTC's reader."""
    inline = item.contentset.inlinexml[0].to_xml()
    (html,) = inline
    return html


def line_of(document: str, needle: str) -> str:
    """``line N`` of the first line containing ``needle``."""
    for number, line in enumerate(document.split("\n"), start=1):
        if needle in line:
            return f"line {number}"
    raise AssertionError(f"{needle!r} not in document")


def assert_valid(document: str, validator: NewsMLValidator, power_schema: etree.XMLSchema) -> None:
    assert validator.problems(document) == []
    tree = etree.fromstring(document.encode("utf-8"))
    assert power_schema.validate(tree), power_schema.error_log


# --- valid items --------------------------------------------------------------------------------------------


def test_seed_item_is_valid_power_newsitem(seed_record, validator, power_schema) -> None:
    document = export(seed_record)
    assert_valid(document, validator, power_schema)
    item = read_item(document)
    assert isinstance(item, NewsMLG2.NewsItem)
    assert (item.standard, item.standardversion, item.conformance) == ("NewsML-G2", "2.35", "power")
    assert item.guid == seed_record.id
    root = etree.fromstring(document.encode("utf-8"))
    assert root.find(G2 + "catalogRef").get("href") == "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"


def test_entity_record_is_valid(entity_record, validator, power_schema) -> None:
    assert_valid(export(entity_record), validator, power_schema)


@pytest.mark.parametrize("name", ["seed_record", "minute_record"])
def test_reader_returns_headline_dates_and_language(name, request, validator) -> None:
    record = request.getfixturevalue(name)
    document = export(record)
    assert validator.problems(document) == []
    item = read_item(document)
    meta, content = item.itemmeta, item.contentmeta
    headline = " ".join(record.headline.split())
    assert str(content.headline) == headline
    assert str(meta.title) == headline
    assert meta.itemclass.qcode == "ninat:text"
    assert NewsMLG2.qcode_to_uri(meta.itemclass.qcode) == "http://cv.iptc.org/newscodes/ninature/text"
    assert meta.pubstatus.qcode == "stat:usable"
    floor = record.date_published.datetime_floor()
    assert str(meta.versioncreated) == floor
    assert str(meta.firstcreated) == floor
    # contentCreated keeps the record's precision: a bare date for 'day', a date-time for 'minute'
    assert str(content.contentcreated) == record.date_published.isoformat()
    assert str(content.dateline) == record.date_published.as_written
    assert item.xml_lang == "vi"
    assert content.language.tag == "vi"


def test_day_precision_stays_a_date_and_minute_precision_keeps_the_time(seed_record, minute_record) -> None:
    assert str(read_item(export(seed_record)).contentmeta.contentcreated) == "2019-03-11"
    minute = read_item(export(minute_record))
    assert str(minute.contentmeta.contentcreated) == "2019-03-11T08:30:00+07:00"
    assert str(minute.itemmeta.versioncreated) == "2019-03-11T08:30:00+07:00"


def test_reader_returns_body_paragraphs_figures_and_captions(seed_record) -> None:
    assert seed_record.media, "the seed shows a captioned picture"
    item = read_item(export(seed_record))
    html = xhtml_of(item)
    assert html.findtext(f"{XHTML}body/{XHTML}h1") == seed_record.headline
    paragraphs = [p.text for p in html.iter(XHTML + "p")]
    assert paragraphs == [paragraph.text for paragraph in seed_record.body]
    captions = [caption.text for caption in html.iter(XHTML + "figcaption")]
    assert captions == [media.caption for media in seed_record.media]
    described = [(d.role, str(d)) for d in item.contentmeta.description]
    assert described == [("drol:caption", media.caption) for media in seed_record.media]
    # the figure stands where its caption stood: right after the paragraph that precedes it in the text
    children = [child.tag.removeprefix(XHTML) for child in html.find(XHTML + "body")]
    caption_at = seed_record.media[0].caption_spans[0].start
    before = sum(1 for paragraph in seed_record.body if paragraph.span.start < caption_at)
    assert children[1 + before] == "figure"


def test_reader_returns_topics_and_entities_as_subjects(entity_record) -> None:
    item = read_item(export(entity_record))
    subjects = [(s.type, s.qcode, [str(name) for name in s.name]) for s in item.contentmeta.subject]
    topic = entity_record.topics[0]
    assert ("cpnat:abstract", topic.code, [topic.name]) in subjects
    assert NewsMLG2.qcode_to_uri(topic.code) == "http://cv.iptc.org/newscodes/mediatopic/" + topic.code[len("medtop:"):]
    persons = [names[0] for kind, _, names in subjects if kind == "cpnat:person"]
    assert persons == [person.name for person in entity_record.persons]
    organizations = [names for kind, _, names in subjects if kind == "cpnat:organisation"]
    assert organizations[1] == [
        "Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương MTTQ Việt Nam",
    ]
    places = [(qcode, names[0]) for kind, qcode, names in subjects if kind == "cpnat:geoArea"]
    assert places == [(f"nxvnadm:{place.code}", place.name) for place in entity_record.places]
    events = [names[0] for kind, _, names in subjects if kind == "cpnat:event"]
    assert events == [entity_record.event.name]
    located = item.contentmeta.located
    assert str(located.name) == "Hà Nội"
    assert located.broader[0].qcode == "iso3166-1a2:VN"


def test_every_qcode_resolves_through_the_catalogs_iptc_reader_loads(entity_record) -> None:
    document = export(entity_record)
    read_item(document)  # loads catalog 41 and the item's own catalog into the reader's catalog store
    root = etree.fromstring(document.encode("utf-8"))
    qcodes = {value for element in root.iter(G2 + "*") for name in ("qcode", "type", "role")
              if (value := element.get(name))}
    assert {"medtop:11000000", "nxidtype:source-sha256", "nxvnadm:01", "cpnat:person"} <= qcodes
    for qcode in sorted(qcodes):
        assert NewsMLG2.qcode_to_uri(qcode).startswith(
            ("http://cv.iptc.org/", "http://cvx.iptc.org/", "urn:newsexport:cv:")
        ), qcode


def test_item_carries_the_source_hash(seed_record) -> None:
    root = etree.fromstring(export(seed_record).encode("utf-8"))
    alt_ids = {alt.get("type"): alt.text for alt in root.iter(G2 + "altId")}
    assert alt_ids["nxidtype:source-sha256"] == seed_record.provenance.source_sha256
    assert alt_ids["nxidtype:text-sha256"] == seed_record.provenance.text_sha256


def test_provider_is_the_publisher_or_the_generator_never_an_agency_code(seed_record) -> None:
    named = read_item(export(seed_record, publisher_name="Báo Công an Nhân dân")).itemmeta.provider
    assert str(named.name) == "Báo Công an Nhân dân"
    default = read_item(export(seed_record)).itemmeta.provider
    assert str(default.name) == seed_record.provenance.generator.split()[0]
    assert named.qcode is None and default.qcode is None


def test_undated_capture_gets_the_documented_placeholder(undated_record, validator, power_schema) -> None:
    document = export(undated_record)
    assert_valid(document, validator, power_schema)
    item = read_item(document)
    assert str(item.itemmeta.versioncreated) == "1970-01-01T00:00:00+00:00" == newsml.UNDATED_VERSION_CREATED
    root = etree.fromstring(document.encode("utf-8"))
    for absent in ("firstCreated", "contentCreated", "dateline"):
        assert root.find(f".//{G2}{absent}") is None, absent
    assert "no publication date" in root.findtext(f"{G2}itemMeta/{G2}edNote")


def test_export_is_deterministic(entity_record) -> None:
    first = export(entity_record)
    assert export(entity_record.model_copy()) == first
    assert export(NewsEventRecord.model_validate_json(entity_record.model_dump_json())) == first


def test_characters_illegal_in_xml_never_reach_the_output(seed_record, validator, power_schema) -> None:
    dirty = "Tin\x00 <nóng> &\x1f \ufffe“mới”\x7f"
    record = seed_record.model_copy(update={
        "headline": dirty,
        "body": [Paragraph(text="Đoạn\x0b một\r\nvà\x08 hai", span=Span(start=0, end=10)), *seed_record.body[1:]],
        "media": [Media(kind="image", caption="Ảnh\x0c\tchú\nthích", caption_spans=[Span(start=5, end=9)], credit=None)],
    })
    document = export(record)
    assert_valid(document, validator, power_schema)
    item = read_item(document)
    assert str(item.contentmeta.headline) == "Tin <nóng> & “mới”\x7f"
    paragraphs = [p.text for p in xhtml_of(item).iter(XHTML + "p")]
    assert paragraphs[0] == "Đoạn một\r\nvà hai"  # the CR survives as a character reference
    assert str(item.contentmeta.description) == "Ảnh chú thích"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), publisher=st.one_of(st.none(), st.text(max_size=30)))
def test_any_text_gives_a_valid_item(seed_record, validator, text: str, publisher: str | None) -> None:
    """Whatever characters reach the record (controls, surrogates, markup), the item stays valid XML and NewsML."""
    record = seed_record.model_copy(update={
        "headline": text or "x",
        "body": [Paragraph(text=text or "x", span=Span(start=0, end=1)), *seed_record.body],
        "media": [Media(kind="image", caption=text or "x", caption_spans=[Span(start=0, end=1)], credit=None)],
    })
    assert validator.problems(export(record, publisher_name=publisher)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=120), publisher=st.one_of(st.none(), st.text(max_size=30)))
@example(text='Tin <nóng> & "mới"\r\n\tđoạn  hai\r', publisher='A "B" & <C>\tD')
def test_the_item_written_from_the_light_tree_is_the_one_lxml_writes(entity_record, text: str, publisher: str | None):
    """The exporter writes the item from a light tree of its own; lxml, building and serialising the same item
    (``news_item``), is the reference it must equal byte for byte, whatever text reaches an attribute (the guid),
    names, titles, the headline, paragraphs, captions or the provider (markup, quotes, tabs, line breaks,
    controls)."""
    value = text or "x"
    person = entity_record.persons[0].model_copy(update={"name": value, "titles": [value, "Bộ trưởng"]})
    organization = entity_record.organizations[1].model_copy(update={"aliases": [value]})
    record = entity_record.model_copy(update={
        "id": value,  # written as it is, into the guid attribute
        "headline": value,
        "persons": [person, *entity_record.persons[1:]],
        "organizations": [entity_record.organizations[0], organization],
        "body": [Paragraph(text=value, span=Span(start=0, end=1)), *entity_record.body],
        "media": [Media(kind="image", caption=value, caption_spans=[Span(start=0, end=1)], credit=None)],
    })
    options = ExportOptions(publisher_name=publisher)
    try:
        reference = newsml._serialise(newsml.news_item(record, options))
    except ValueError:  # a character lxml refuses in a value written as it is: the exporter must fail alike
        with pytest.raises(ValueError):
            newsml.export(record, options)
        return
    assert newsml.export(record, options) == reference


# --- broken items are rejected with the line and the reason ------------------------------------------------


def _without_item_meta(document: str) -> str:
    return re.sub(r"\n *<itemMeta>.*?</itemMeta>", "", document, flags=re.DOTALL)


def _pub_status_before_version_created(document: str) -> str:
    lines = document.split("\n")
    version = next(i for i, line in enumerate(lines) if "<versionCreated>" in line)
    status = next(i for i, line in enumerate(lines) if "<pubStatus" in line)
    lines[version], lines[status] = lines[status], lines[version]
    return "\n".join(lines)


def _undeclared_prefix(document: str) -> str:
    return document.replace('qcode="stat:usable"', 'qcode="pubstat:usable"')


@pytest.mark.parametrize(
    ("break_item", "located_at", "reason"),
    [
        (_without_item_meta, "<contentMeta>", "itemMeta"),
        (_pub_status_before_version_created, "<pubStatus", "Expected is ( versionCreated )"),
        (_undeclared_prefix, "pubstat:usable", "scheme alias 'pubstat'"),
        (lambda document: document.replace("<headline>", "<headline>\x01", 1), "<headline>", "U+0001"),
        (lambda document: document.replace("<headline>", "<headline>\ud800", 1), "<headline>", "U+D800"),
        (lambda document: document.replace("<headline>", "<headline>&#1;", 1), "<headline>", "not well-formed"),
        (lambda document: document.replace('version="1"', 'version="0"', 1), "<newsItem", "version"),
        (lambda document: document.replace("<contentCreated>2019-03-11<", "<contentCreated>11/03/2019<"),
         "<contentCreated>", "contentCreated"),
    ],
    ids=["no-itemMeta", "out-of-order", "undeclared-qcode-prefix", "control-character", "lone-surrogate",
         "character-reference",
         "bad-version", "bad-date"],
)
def test_broken_item_is_rejected_with_line_and_reason(seed_record, validator, break_item, located_at, reason) -> None:
    document = export(seed_record)
    broken = break_item(document)
    assert broken != document
    problems = validator.problems(broken)
    assert problems, "a broken item must not pass"
    assert problems[0].location == line_of(broken, located_at)
    assert reason in problems[0].message


def test_scheme_the_item_declares_itself_is_accepted(entity_record, validator) -> None:
    document = export(entity_record)
    assert validator.problems(document) == []
    # without its own catalog, the item's own schemes are unknown
    stripped = re.sub(r"\n *<catalog>.*?</catalog>", "", document, flags=re.DOTALL)
    problems = validator.problems(stripped)
    assert {problem.message.split("'")[3] for problem in problems} == {"nxidtype", "nxvnadm"}
    assert all(problem.location.startswith("line ") for problem in problems)
    # a scheme alias the document declares is as good as one of IPTC's
    renamed = document.replace('alias="nxvnadm"', 'alias="vnadmin"').replace('qcode="nxvnadm:', 'qcode="vnadmin:')
    assert validator.problems(renamed) == []


def test_older_iptc_catalog_is_read_offline_and_unknown_catalog_is_reported(seed_record, validator) -> None:
    document = export(seed_record)
    older = document.replace("catalog.IPTC-G2-Standards_41.xml", "catalog.IPTC-G2-Standards_38.xml")
    assert validator.problems(older) == []
    elsewhere = document.replace("http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml",
                                 "https://example.org/catalog.xml")
    problems = validator.problems(elsewhere)
    assert problems[0].location == line_of(elsewhere, "ninat:text")
    assert "not readable offline: https://example.org/catalog.xml" in problems[0].message


# --- newsMessage ---------------------------------------------------------------------------------------------


def test_news_message_wraps_valid_items(seed_record, entity_record, undated_record, validator, power_schema) -> None:
    records = [undated_record, seed_record, entity_record]
    message = newsml.export_message(records)
    assert_valid(message, validator, power_schema)
    assert newsml.export_message(records) == message
    read = NewsMLG2.NewsMLG2Document(message.encode("utf-8")).get_item()
    assert str(read.header.sent) == seed_record.date_published.datetime_floor()
    items = etree.fromstring(message.encode("utf-8")).find(G2 + "itemSet")
    assert len(items) == len(records)
    for element, record in zip(items, records):
        item = NewsMLG2.NewsMLG2Document(etree.tostring(element)).get_item()
        assert (item.guid, str(item.contentmeta.headline)) == (record.id, record.headline)
    broken = message.replace('qcode="stat:usable"', 'qcode="pubstat:usable"', 1)
    assert [problem.location for problem in validator.problems(broken)] == [line_of(broken, "pubstat:usable")]


# --- through the public API and the pipeline -------------------------------------------------------------------


def test_api_export_validates(seed_record, store) -> None:
    document = newsexport.export(seed_record, "newsml", store=store)
    assert newsexport.validate(document, "newsml", store=store) == []


def test_validate_detects_newsml_from_content(seed_record, store) -> None:
    """An item carries an XHTML ``<html>`` in its body; it is still NewsML-G2 (needs formats.detect_format)."""
    assert newsexport.validate(export(seed_record), store=store) == []


def test_convert_seeds_writes_a_valid_item(tmp_path: Path, store, validator, seed_record) -> None:
    options = ConvertOptions(out_dir=tmp_path, formats=("newsml",), schema_dir=store.root)
    summary = convert_paths([str(SEEDS)], options)
    assert (summary.converted, summary.failed) == (len(list(SEEDS.glob("*.txt"))), 0)
    written = sorted(tmp_path.glob("*.newsml.xml"))
    assert written
    for path in written:
        document = path.read_text(encoding="utf-8")
        assert validator.problems(document) == []
    seed_output = tmp_path / "000_d8686ed517af0e41.newsml.xml"
    assert str(read_item(seed_output.read_text(encoding="utf-8")).contentmeta.headline) == seed_record.headline


# --- the real corpus -----------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_article_gives_a_valid_item(validator) -> None:
    files = corpus_files()
    assert len(files) >= 5000
    failures = []
    for path in files:
        record = newsexport.parse_file(path)
        document = newsml.export(record, ExportOptions())
        problems = validator.problems(document)
        if problems or record.provenance.source_sha256 not in document:
            failures.append(f"{path.name}: {problems[:2] or 'no source sha256'}")
    assert not failures, f"{len(failures)} invalid items, e.g. {failures[:3]}"

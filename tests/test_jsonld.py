"""schema.org JSON-LD and the HTML page: checked against the official schema.org files, a real JSON-LD
processor (PyLD), pySHACL with the official shapes, extruct, and the real corpus."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import statistics
import time
from pathlib import Path

import extruct
import pyshacl
import pytest
import rdflib
from jsonschema import Draft202012Validator
from lxml import etree
from pyld import jsonld as pyld_jsonld

import newsexport
from conftest import PROJECT, SEED, corpus_files
from newsexport.errors import InputError
from newsexport.exporters import html, jsonld
from newsexport.exporters.jsonld_profile import jsonld_profile_schema
from newsexport.exporters.options import ExportOptions
from newsexport.generated_schemas import render_schema
from newsexport.model import NewsEventRecord
from newsexport.validation.html import HtmlValidator
from newsexport.validation.jsonld import JsonLdValidator
from newsexport.validation.store import SchemaStore

SCHEMA = "http://schema.org/"
PUBLISHER = ExportOptions(publisher_name="Báo Công an Nhân dân", publisher_url="https://cand.com.vn")


@pytest.fixture(scope="module")
def validator(store: SchemaStore) -> JsonLdValidator:
    return JsonLdValidator(store)


@pytest.fixture(scope="module")
def page_validator(store: SchemaStore) -> HtmlValidator:
    return HtmlValidator(store)


@pytest.fixture(scope="module")
def vocabulary(store: SchemaStore) -> dict[str, dict]:
    """The official vocabulary file read here, by hand, independently of the validator's index."""
    graph = json.loads(store.read_bytes("schemaorg/schemaorg-current-https.jsonld"))["@graph"]
    return {node["@id"]: node for node in graph}


@pytest.fixture(scope="module")
def minute_record(seed_record: NewsEventRecord) -> NewsEventRecord:
    clock = dt.time(8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    date = seed_record.date_published.model_copy(update={"time": clock, "precision": "minute"})
    return seed_record.model_copy(update={"date_published": date})


def document(record: NewsEventRecord, options: ExportOptions = PUBLISHER) -> dict:
    return json.loads(jsonld.export(record, options))


def offline_loader(store: SchemaStore):
    """A PyLD document loader written here: the store's schema.org context for schema.org, nothing else."""
    context = json.loads(store.read_bytes("schemaorg/schemaorgcontext.jsonld"))

    def load(url: str, options: dict | None = None) -> dict:
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), f"would fetch {url}"
        return {"contextUrl": None, "documentUrl": url, "document": context}

    return load


def expand(instance: dict, store: SchemaStore) -> list:
    return pyld_jsonld.expand(instance, {"documentLoader": offline_loader(store)})


def located(problems, location: str, words: str) -> bool:
    return any(problem.location == location and words in problem.message for problem in problems)


# --- valid documents -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["seed_record", "entity_record"])
def test_seed_and_entity_record_pass_every_check(name, request, validator, page_validator) -> None:
    record = request.getfixturevalue(name)
    for options in (ExportOptions(), PUBLISHER):
        assert validator.problems(jsonld.export(record, options)) == []
        assert page_validator.problems(html.export(record, options)) == []


def test_profile_schema_is_generated_and_the_reference_implementation_agrees(seed_record, entity_record) -> None:
    written = (PROJECT / "schemas" / "newsexport-jsonld.schema.json").read_text(encoding="utf-8")
    assert written == render_schema("newsexport-jsonld.schema.json")
    schema = jsonld_profile_schema()
    Draft202012Validator.check_schema(schema)
    reference = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for record in (seed_record, entity_record):
        assert list(reference.iter_errors(document(record))) == []
    broken = document(seed_record)
    broken["wordCount"] = "many"
    assert [list(error.absolute_path) for error in reference.iter_errors(broken)] == [["wordCount"]]


def test_seed_article_says_what_the_capture_says(seed_record) -> None:
    article = document(seed_record)
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"].startswith("Hội nghị trực tuyến toàn quốc sơ kết chương trình phối hợp")
    assert article["datePublished"] == "2019-03-11"  # the capture writes 'Ngày 11 tháng 03 năm 2019'
    assert article["dateline"] == "Ngày 11 tháng 03 năm 2019"
    assert article["inLanguage"] == "vi"
    assert article["articleBody"].startswith("Ngày 11/3, tại Hà Nội")
    assert article["articleBody"].endswith("biện pháp thực hiện sáng tạo, hiệu quả...")
    assert 900 < article["wordCount"] < 1100
    assert article["publisher"] == {
        "@type": "Organization", "@id": "urn:newsexport:organization:bao-cong-an-nhan-dan",
        "name": "Báo Công an Nhân dân", "url": "https://cand.com.vn",
    }
    [image] = article["image"]
    assert image["@type"] == "ImageObject"
    assert image["caption"].endswith("Trung ương MTTQ Việt Nam.")
    assert not {"url", "contentUrl", "thumbnailUrl"} & set(image)
    assert "author" not in article
    assert "publisher" not in document(seed_record, ExportOptions())


def test_minute_precision_keeps_the_time_with_vietnam_offset(minute_record, validator) -> None:
    assert document(minute_record)["datePublished"] == "2019-03-11T08:30:00+07:00"
    assert validator.problems(jsonld.export(minute_record, PUBLISHER)) == []


def test_every_output_carries_the_source_sha256(seed_record) -> None:
    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    source = document(seed_record)["isBasedOn"]
    assert source["identifier"] == {"@type": "PropertyValue", "propertyID": "sha256", "value": digest}
    assert source["name"] == SEED.name
    assert digest in html.export(seed_record, ExportOptions())


def test_export_is_deterministic(entity_record) -> None:
    again = newsexport.parse_file(SEED)
    assert jsonld.export(again, PUBLISHER) == jsonld.export(newsexport.parse_file(SEED), PUBLISHER)
    assert jsonld.export(entity_record, PUBLISHER) == jsonld.export(entity_record.model_copy(), PUBLISHER)
    assert html.export(entity_record, PUBLISHER) == html.export(entity_record.model_copy(), PUBLISHER)


def test_entities_use_types_and_properties_the_vocabulary_gives_them(entity_record, vocabulary) -> None:
    article = document(entity_record)
    by_id = {node["@id"]: node for node in article["mentions"]}
    to_lam = by_id["urn:newsexport:person:to-lam"]
    assert to_lam["honorificPrefix"] == "Đại tướng"
    assert to_lam["jobTitle"] == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]
    assert to_lam["affiliation"] == [{"@id": "urn:newsexport:organization:bo-cong-an"}]
    assert by_id["urn:newsexport:organization:bo-cong-an"]["@type"] == "GovernmentOrganization"
    front = by_id["urn:newsexport:organization:uy-ban-trung-uong-mttq-viet-nam"]
    assert front["@type"] == "Organization"
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in front["alternateName"]
    son_la = by_id["urn:newsexport:place:province:son-la"]
    assert son_la["@type"] == "AdministrativeArea"
    assert son_la["identifier"]["value"] == "14"
    resolution = by_id["urn:newsexport:document:nghi-quyet:25-nq-tw"]
    assert resolution["@type"] == "Legislation"
    assert resolution["legislationIdentifier"] == "25-NQ/TW"
    programme = by_id["urn:newsexport:document:chuong-trinh-phoi-hop:09-ctr-bca-mttq"]
    assert programme["@type"] == "CreativeWork"
    assert programme["identifier"] == "09/CTr-BCA-MTTQ"
    event = article["about"]
    assert event["@type"] == "Event"
    assert event["startDate"] == "2019-03-11"
    assert event["location"] == [{"@id": "urn:newsexport:place:city:ha-noi"}, {"@id": "urn:newsexport:place:province:son-la"}]
    assert {"@id": "urn:newsexport:person:to-lam"} in event["organizer"]
    assert {"@id": "urn:newsexport:organization:bo-cong-an"} in event["organizer"]
    # The official vocabulary: the attendance mode is a member of its enumeration, and the event's
    # Event-specific properties all list Event in their domain (name is Thing's).
    mode = vocabulary["schema:MixedEventAttendanceMode"]
    assert mode["@type"] == "schema:EventAttendanceModeEnumeration"
    for term in set(event) - {"@type", "@id", "name"}:
        domains = vocabulary[f"schema:{term}"]["schema:domainIncludes"]
        domains = domains if isinstance(domains, list) else [domains]
        assert {"@id": "schema:Event"} in domains, term


def test_same_entity_in_two_articles_gets_the_same_id(entity_record) -> None:
    other = entity_record.model_copy(update={
        "id": "urn:newsexport:" + "0" * 32,
        "headline": "Another article",
        "persons": entity_record.persons[::-1],
    })
    ids = lambda record: {node["name"]: node["@id"] for node in document(record)["mentions"]}  # noqa: E731
    assert ids(other) == ids(entity_record)
    assert ids(entity_record)["Tô Lâm"] == "urn:newsexport:person:to-lam"
    assert document(other)["about"]["@id"] == document(entity_record)["about"]["@id"]


def test_recommended_properties_the_capture_cannot_give_are_reported_not_invented(seed_record) -> None:
    warnings = jsonld.recommended_property_warnings(seed_record)
    assert any("author" in warning for warning in warnings)
    assert any("image" in warning and "URL" in warning for warning in warnings)
    undated = seed_record.model_copy(update={"date_published": None})
    assert any("datePublished" in warning for warning in jsonld.recommended_property_warnings(undated))
    assert "datePublished" not in document(undated)


def test_expansion_with_pyld_keeps_every_term(entity_record, store) -> None:
    """Expanded independently of the validator: every property of the article reaches a schema.org IRI."""
    article = document(entity_record)
    [expanded] = expand(article, store)
    terms = set(article) - {"@context", "@id", "@type"}
    assert {SCHEMA + term for term in terms} == set(expanded) - {"@id", "@type"}
    [event] = expanded[SCHEMA + "about"]
    assert event[SCHEMA + "eventAttendanceMode"] == [{"@id": SCHEMA + "MixedEventAttendanceMode"}]
    assert len(expanded[SCHEMA + "mentions"]) == len(article["mentions"])


# --- wrong documents are rejected with their JSON pointer ----------------------------------------------------


def test_unknown_property_is_rejected(entity_record, validator) -> None:
    article = document(entity_record)
    article["mentions"][0]["favouriteColour"] = "đỏ"
    problems = validator.problems(json.dumps(article))
    assert located(problems, "/mentions/0/favouriteColour", "schema.org has no property 'favouriteColour'")
    assert located(validator.linked_data_problems(article), "/mentions/0/favouriteColour", "no property")


def test_property_outside_its_domain_is_rejected(entity_record, validator) -> None:
    article = document(entity_record)
    article["about"]["headline"] = "Hội nghị"
    organization = next(index for index, node in enumerate(article["mentions"]) if node["@type"] == "GovernmentOrganization")
    article["mentions"][organization]["jobTitle"] = ["Bộ"]
    problems = validator.linked_data_problems(article)
    assert located(problems, "/about/headline", "'headline' cannot be used on type Event")
    assert located(problems, f"/mentions/{organization}/jobTitle", "'jobTitle' cannot be used on type GovernmentOrganization")
    assert located(validator.problems(json.dumps(article)), "/about/headline", "domain is CreativeWork")


def test_term_the_context_cannot_expand_is_rejected(seed_record, validator) -> None:
    article = document(seed_record)
    article["@context"] = ["https://schema.org", {"dateline": None}]
    article["isBasedOn"]["@unknownKeyword"] = "x"
    problems = validator.linked_data_problems(article)
    assert located(problems, "/dateline", "dropped by JSON-LD expansion")
    assert located(problems, "/isBasedOn/@unknownKeyword", "dropped by JSON-LD expansion")
    assert located(validator.problems(json.dumps(article)), "/@context", "profile")


def test_null_value_is_reported_as_dropped(seed_record, validator) -> None:
    article = document(seed_record)
    article["image"].append(None)
    assert located(validator.linked_data_problems(article), "/image/1", "null value is dropped")


def test_unknown_type_wrong_range_and_dangling_reference_are_rejected(entity_record, validator) -> None:
    article = document(entity_record)
    article["mentions"][0]["@type"] = "Persn"
    article["about"]["organizer"][0] = {"@id": "urn:newsexport:place:city:ha-noi"}
    article["about"]["location"][1] = {"@id": "urn:newsexport:place:province:nowhere"}
    problems = validator.linked_data_problems(article)
    assert located(problems, "/mentions/0/@type", "schema.org has no type 'Persn'")
    assert located(problems, "/about/organizer/0", "not a City")
    assert located(problems, "/about/location/1", "no node of the document describes")


def test_remote_context_is_never_fetched(seed_record, validator) -> None:
    article = document(seed_record)
    article["@context"] = "https://example.org/context.jsonld"
    problems = validator.linked_data_problems(article)
    assert located(problems, "/@context", "only the schema.org context is available offline")


def test_not_json_is_rejected_with_its_line(validator) -> None:
    assert validator.problems('{\n  "@context": "https://schema.org",\n  oops\n}')[0].location == "line 3"


# --- SHACL (official schema.org shapes) ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes(store: SchemaStore, vocabulary) -> rdflib.Graph:
    """The official shapes, with one correction made in memory: they model schema.org's data types (Text,
    Date, URL, ...) as classes whose nodes must be IRIs or blank nodes, which no literal can be, so every text
    value would fail. The ``sh:nodeKind`` of those data-type shapes is removed; every other constraint stays."""
    graph = rdflib.Graph().parse(store.path("schemaorg/schemaorg-shapes.shacl"), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    data_types = {"schema:DataType"}
    changed = True
    while changed:  # DataType and its subclasses (URL is a Text, Integer a Number, ...)
        before = len(data_types)
        for node_id, node in vocabulary.items():
            kinds = node.get("@type") if isinstance(node.get("@type"), list) else [node.get("@type")]
            parents = node.get("rdfs:subClassOf", [])
            parents = {parent["@id"] for parent in (parents if isinstance(parents, list) else [parents])}
            if data_types & (set(kinds) | parents):
                data_types.add(node_id)
        changed = len(data_types) != before
    for shape, target in list(graph.subject_objects(sh.targetClass)):
        if "schema:" + str(target).removeprefix(SCHEMA) in data_types:
            graph.remove((shape, sh.nodeKind, None))
    return graph


@pytest.fixture(scope="module")
def class_hierarchy(vocabulary) -> rdflib.Graph:
    """rdfs:subClassOf from the official vocabulary, so a NewsArticle is also checked as Article and Thing."""
    graph = rdflib.Graph()
    for node_id, node in vocabulary.items():
        parents = node.get("rdfs:subClassOf", [])
        for parent in parents if isinstance(parents, list) else [parents]:
            if node_id.startswith("schema:") and parent["@id"].startswith("schema:"):
                graph.add((rdflib.URIRef(SCHEMA + node_id[7:]), rdflib.RDFS.subClassOf, rdflib.URIRef(SCHEMA + parent["@id"][7:])))
    return graph


def shacl_report(article: dict, store, shapes, class_hierarchy) -> tuple[bool, str]:
    data = rdflib.Graph().parse(data=json.dumps(expand(article, store)), format="json-ld")
    assert len(data) > 10
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=class_hierarchy, inference="none")
    return conforms, text


@pytest.mark.parametrize("name", ["seed_record", "entity_record"])
def test_rdf_graph_conforms_to_schema_org_shapes(name, request, store, shapes, class_hierarchy) -> None:
    conforms, text = shacl_report(document(request.getfixturevalue(name)), store, shapes, class_hierarchy)
    assert conforms, text


def test_shacl_check_can_fail(entity_record, store, shapes, class_hierarchy) -> None:
    article = document(entity_record)
    article["about"]["organizer"] = "Bộ Công an"  # a literal where a Person or Organization must be
    conforms, text = shacl_report(article, store, shapes, class_hierarchy)
    assert not conforms
    assert "organizer" in text


# --- the HTML page ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["seed_record", "entity_record"])
def test_extruct_reads_back_the_same_graph(name, request, store) -> None:
    record = request.getfixturevalue(name)
    page = html.export(record, PUBLISHER)
    [embedded] = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    assert embedded == document(record)
    assert expand(embedded, store) == expand(document(record), store)


def test_page_shows_headline_date_body_and_captions(seed_record) -> None:
    page = etree.fromstring(html.export(seed_record, ExportOptions()).encode())
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    assert page.get("lang") == "vi"
    assert page.xpath("string(//h:article/h:h1)", namespaces=ns) == seed_record.headline
    assert page.xpath("string(//h:time/@datetime)", namespaces=ns) == "2019-03-11"
    assert page.xpath("string(//h:time)", namespaces=ns) == "Ngày 11 tháng 03 năm 2019"
    assert len(page.xpath("//h:article/h:p[not(h:time)]", namespaces=ns)) == len(seed_record.body)
    # the caption stands after paragraph 1, where the capture had it
    first_figure = page.xpath("//h:figure", namespaces=ns)[0]
    assert first_figure.getprevious().text.startswith("Ngày 11/3")
    assert first_figure.findtext("h:figcaption", namespaces=ns) == seed_record.media[0].caption


def test_script_text_cannot_close_the_script(seed_record, page_validator) -> None:
    hostile = 'Tin </script><script>alert("x")</script> <!-- & > ở Hà Nội'
    record = seed_record.model_copy(update={"headline": hostile})
    page = html.export(record, ExportOptions())
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert "</" not in page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    [embedded] = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    assert embedded["headline"] == hostile
    assert page_validator.problems(page) == []


def test_broken_pages_are_rejected_with_their_line(entity_record, page_validator) -> None:
    page = html.export(entity_record, PUBLISHER)
    unclosed = page.replace("</article>\n", "")
    assert page_validator.problems(unclosed)[0].location == f"line {_line_of(unclosed, '</body>')}"
    assert "well-formed" in page_validator.problems(unclosed)[0].message
    other_heading = page.replace(f"<h1>{entity_record.headline}</h1>", "<h1>Khác</h1>")
    assert located(page_validator.problems(other_heading), f"line {_line_of(other_heading, '<h1>')}", "headline")
    article = document(entity_record)
    article["about"]["headline"] = "x"
    wrong = page.split("<script")[0] + '<script type="application/ld+json">\n' + json.dumps(article) + "\n</script>" + page.split("</script>")[1]
    assert located(page_validator.problems(wrong), f"line {_line_of(wrong, '<script')} /about/headline", "cannot be used on type Event")


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_api_exports_and_detects_both_formats(entity_record, store) -> None:
    for name in ("jsonld", "html"):
        written = newsexport.api.export(entity_record, name, PUBLISHER, store)
        assert newsexport.api.validate(written, store=store) == []


# --- the real corpus -----------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_article_passes_profile_expansion_and_vocabulary(store) -> None:
    """(a)-(c) on all 5,000 articles, as JSON-LD and as an HTML page; the median cost is printed."""
    validator, page_validator = JsonLdValidator(store), HtmlValidator(store)
    failures, costs, converted = [], [], 0
    for path in corpus_files():
        try:
            record = newsexport.parse_file(path)
        except InputError:
            continue
        converted += 1
        started = time.perf_counter()
        problems = validator.problems(jsonld.export(record, ExportOptions()))
        problems += page_validator.problems(html.export(record, ExportOptions()))
        costs.append(time.perf_counter() - started)
        if problems:
            failures.append(f"{Path(path).name}: {problems[:2]}")
    assert converted >= 4900
    assert failures == [], "\n".join(failures[:20])
    print(f"\njsonld+html export and validation, median {statistics.median(costs) * 1000:.2f} ms per article")


@pytest.mark.corpus
def test_corpus_documents_keep_every_term_when_pyld_expands_them(store) -> None:
    """An independent expansion of a sample: each article's terms all become schema.org IRIs."""
    for path in corpus_files()[::250]:
        article = document(newsexport.parse_file(path), ExportOptions())
        [expanded] = expand(copy.deepcopy(article), store)
        assert {SCHEMA + term for term in set(article) - {"@context", "@id", "@type"}} == set(expanded) - {"@id", "@type"}


def test_the_json_ld_text_kept_for_the_html_page_is_only_ever_that_records(seed_record, entity_record) -> None:
    """The JSON-LD export keeps its last text for the HTML page of the same record; another record, a copy with
    other values or other options must get its own document, as building it afresh gives it."""
    options, other_options = ExportOptions(), ExportOptions(publisher_name="Báo Thử")
    changed = seed_record.model_copy(update={"headline": "Một tiêu đề khác"})
    for record, chosen in ((seed_record, options), (entity_record, options), (changed, options),
                           (seed_record, other_options), (seed_record, options)):
        text = jsonld.export(record, chosen)
        assert json.loads(text) == jsonld.build_document(record, chosen)
        assert jsonld.export(record, chosen) == text
    assert json.loads(jsonld.export(changed, options))["headline"] == "Một tiêu đề khác"
    page = html.export(entity_record, options)
    embedded = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0].strip()
    assert json.loads(embedded) == jsonld.build_document(entity_record, options)

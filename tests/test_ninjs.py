"""ninjs export and validation, checked against the official IPTC ninjs 3.1 and 2.2 schemas.

Documents are checked twice: by :class:`NinjsValidator`, and by a plain jsonschema validator built here from
the same official files, so a validator that wrongly accepts everything cannot make these tests pass.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ElementTree

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.exceptions import Unretrievable

import newsexport
from conftest import corpus_files
from newsexport.exporters import canonical_json, ninjs
from newsexport.exporters.options import ExportOptions
from newsexport.model import NewsEventRecord, Paragraph
from newsexport.validation.ninjs import GEOJSON_URI, NinjsValidator, looks_like_ninjs, offline_registry

VERSIONS = ("3.1", "2.2")
SEED_SOURCE_SHA256 = "bf34392c8401891fdae4b623db850f9b1d436611ceb9c65dd50ebd0acf6aec04"
# Spelling of the properties these tests touch, per version (the two schemas differ in case only).
NAMES = {
    "3.1": {"firstCreated": "firstCreated", "altIds": "altIds", "contentType": "contentType"},
    "2.2": {"firstCreated": "firstcreated", "altIds": "altids", "contentType": "contenttype"},
}


@pytest.fixture(scope="module")
def validator(store) -> NinjsValidator:
    return NinjsValidator(store)


@pytest.fixture(scope="module")
def official(store) -> dict[str, Draft202012Validator]:
    """Plain validators of the official schemas, independent of the code under test (no remote retrieval)."""
    validators = {}
    for version in VERSIONS:
        schema = json.loads(store.read_bytes(f"ninjs/ninjs-schema_{version}.json"))
        validators[version] = Draft202012Validator(
            schema, registry=Registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    return validators


def export(record: NewsEventRecord, version: str) -> str:
    return ninjs.export(record, ExportOptions(ninjs_version=version))


def exported(record: NewsEventRecord, version: str) -> dict:
    return json.loads(export(record, version))


def assert_valid(document: str, version: str, validator: NinjsValidator, official) -> None:
    assert validator.problems(document) == []
    errors = [f"{error.json_path}: {error.message}" for error in official[version].iter_errors(json.loads(document))]
    assert errors == []


def locations(problems) -> list[str]:
    return [problem.location for problem in problems]


# --- valid documents -------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_seed_is_valid_ninjs(seed_record, validator, official, version):
    assert_valid(export(seed_record, version), version, validator, official)


@pytest.mark.parametrize("version", VERSIONS)
def test_entity_record_is_valid_ninjs(entity_record, validator, official, version):
    assert_valid(export(entity_record, version), version, validator, official)


@pytest.mark.parametrize("version", VERSIONS)
def test_api_export_and_autodetected_validation(entity_record, store, version):
    document = newsexport.export(entity_record, "ninjs", ExportOptions(ninjs_version=version), store=store)
    assert json.loads(document)["standard"]["version"] == version
    assert newsexport.validate(document, store=store) == []


def test_output_is_deterministic(entity_record):
    for version in VERSIONS:
        assert export(entity_record, version) == export(entity_record.model_copy(deep=True), version)


def test_seed_document_core_properties(seed_record):
    document = exported(seed_record, "3.1")
    assert document["uri"] == seed_record.id
    assert document["type"] == "text"
    assert document["language"] == "vi"
    assert document["standard"]["schema"] == "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
    assert document["headlines"][0]["value"].startswith("Hội nghị trực tuyến toàn quốc sơ kết")
    plain = next(body for body in document["bodies"] if body["contentType"] == "text/plain")
    assert plain["value"].startswith("Ngày 11/3, tại Hà Nội, các đồng chí: Trương Thị Mai")
    captions = [item["value"] for item in document["descriptions"] if item["role"] == "caption"]
    assert captions == [media.caption for media in seed_record.media] and captions


@pytest.mark.parametrize("version", VERSIONS)
def test_altids_carry_source_sha256_and_record_id(seed_record, version):
    document = exported(seed_record, version)
    values = {item["role"]: item["value"] for item in document[NAMES[version]["altIds"]]}
    assert values["source-sha256"] == SEED_SOURCE_SHA256
    assert values["newsexport-record"] == seed_record.id


def test_ninjs_2_uses_lower_case_names_only(entity_record):
    names = []

    def collect(value):
        if isinstance(value, dict):
            names.extend(value)
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(exported(entity_record, "2.2"))
    assert "altids" in names and "contenttype" in names
    assert [name for name in names if name != name.lower()] == []


# --- dates -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_day_precision_date_becomes_local_midnight(seed_record, version):
    # The seed's date line reads "Ngày 11 tháng 03 năm 2019" (no time).
    document = exported(seed_record, version)
    assert document[NAMES[version]["firstCreated"]] == "2019-03-11T00:00:00+07:00"


@pytest.mark.parametrize("version", VERSIONS)
def test_stated_time_is_kept(seed_record, validator, official, version):
    date = seed_record.date_published.model_copy(update={"time": dt.time(8, 30), "precision": "minute"})
    record = seed_record.model_copy(update={"date_published": date})
    document = export(record, version)
    assert json.loads(document)[NAMES[version]["firstCreated"]] == "2019-03-11T08:30:00+07:00"
    assert_valid(document, version, validator, official)


@pytest.mark.parametrize("version", VERSIONS)
def test_record_without_date_has_no_date_properties(seed_record, validator, official, version):
    document = export(seed_record.model_copy(update={"date_published": None}), version)
    assert not [name for name in json.loads(document) if "created" in name.lower()]
    assert_valid(document, version, validator, official)


# --- entities --------------------------------------------------------------------------------------------


def test_people_with_rank_and_titles(entity_record):
    document = exported(entity_record, "3.1")
    people = {person["name"]: person for person in document["people"]}
    assert people["Tô Lâm"] == {"name": "Tô Lâm", "rel": "chair", "literal": "person-to-lam"}
    descriptions = {item["role"]: item["value"] for item in document["descriptions"]}
    assert descriptions["person-rank:person-to-lam"] == "Đại tướng"
    assert descriptions["person-titles:person-to-lam"] == "Ủy viên Bộ Chính trị; Bộ trưởng Bộ Công an"
    assert "person-rank:person-truong-thi-mai" not in descriptions


def test_organisations_places_events_objects(entity_record):
    document = exported(entity_record, "3.1")
    assert {(item["name"], item["rel"]) for item in document["organisations"]} == {
        ("Bộ Công an", "organiser"),
        ("Ủy ban Trung ương MTTQ Việt Nam", "mentioned"),
    }
    assert {(item["name"], item["rel"]) for item in document["places"]} == {
        ("Hà Nội", "venue"),
        ("Sơn La", "bridge-point"),
    }
    assert document["events"] == [
        {"name": "Hội nghị Sơ kết 5 năm Chương trình phối hợp số 09/CTr-BCA-MTTQ", "rel": "reported",
         "literal": "event-hoi-nghi"}
    ]
    assert [item["name"] for item in document["objects"]] == [
        "Nghị quyết 25-NQ/TW", "Chương trình phối hợp 09/CTr-BCA-MTTQ"
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_subjects_are_media_topics(entity_record, version):
    subject = exported(entity_record, version)["subjects"][0]
    assert subject["uri"] == "http://cv.iptc.org/newscodes/mediatopic/11000000"
    assert subject["literal"] == "medtop:11000000"
    assert subject["name"] == "politics and government"


@pytest.mark.parametrize("version", VERSIONS)
def test_publisher_is_an_info_source(seed_record, validator, official, version):
    options = ExportOptions(publisher_name="Báo Sơn La", publisher_url="https://baosonla.vn/", ninjs_version=version)
    document = ninjs.export(seed_record, options)
    sources = json.loads(document)["infoSources" if version == "3.1" else "infosources"]
    assert sources == [{"name": "Báo Sơn La", "role": "publisher", "uri": "https://baosonla.vn/"}]
    assert_valid(document, version, validator, official)


# --- bodies ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_xhtml_body_is_well_formed_and_escaped(seed_record, validator, official, version):
    tricky = Paragraph(text="Giá <b> tăng & giảm", span=seed_record.body[0].span)
    record = seed_record.model_copy(update={"body": [tricky, *seed_record.body[1:]]})
    document = export(record, version)
    key = NAMES[version]["contentType"]
    xhtml = next(body["value"] for body in json.loads(document)["bodies"] if body[key] == "application/xhtml+xml")
    root = ElementTree.fromstring(xhtml)
    assert [paragraph.text for paragraph in root.iter("p")] == [paragraph.text for paragraph in record.body]
    assert_valid(document, version, validator, official)


# --- rejected documents ----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_date_only_creation_date_is_rejected(seed_record, validator, official, version):
    document = exported(seed_record, version)
    name = NAMES[version]["firstCreated"]
    document[name] = "2019-03-11"
    problems = validator.problems(json.dumps(document))
    assert locations(problems) == [f"/{name}"]
    assert "date-time" in problems[0].message
    assert not official[version].is_valid(document)


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_property_is_rejected_at_root_and_nested(seed_record, validator, official, version):
    document = exported(seed_record, version)
    document["newsexportRank"] = "x"
    document["headlines"][0]["style"] = "bold"
    problems = validator.problems(json.dumps(document))
    assert locations(problems) == ["/headlines/0/style", "/newsexportRank"]
    assert all("unknown property" in problem.message for problem in problems)
    assert not official[version].is_valid(document)


@pytest.mark.parametrize(
    ("version", "wrong", "right"),
    [("3.1", "altids", "altIds"), ("3.1", "AltIds", "altIds"), ("2.2", "altIds", "altids"), ("2.2", "URI", "uri")],
)
def test_wrong_case_key_is_rejected(seed_record, validator, official, version, wrong, right):
    document = exported(seed_record, version)
    document[wrong] = document.pop(right)
    problems = validator.problems(json.dumps(document))
    assert f"/{wrong}" in locations(problems)
    message = next(problem.message for problem in problems if problem.location == f"/{wrong}")
    assert f"spells it {right!r}" in message and f"[ninjs {version}]" in message
    assert not official[version].is_valid(document)


@pytest.mark.parametrize("version", VERSIONS)
def test_wrong_case_nested_key_is_rejected(seed_record, validator, version):
    document = exported(seed_record, version)
    document["headlines"][0]["Value"] = document["headlines"][0].pop("value")
    assert set(locations(validator.problems(json.dumps(document)))) == {"/headlines/0", "/headlines/0/Value"}


def test_missing_uri_and_bad_uri_are_rejected(seed_record, validator):
    document = exported(seed_record, "3.1")
    without = {key: value for key, value in document.items() if key != "uri"}
    problems = validator.problems(json.dumps(without))
    assert locations(problems) == [""]
    assert "'uri' is a required property" in problems[0].message
    document["uri"] = "not a uri"
    assert locations(validator.problems(json.dumps(document))) == ["/uri"]


def test_not_json_and_not_object(validator):
    assert locations(validator.problems("{")) == ["line 1"]
    assert validator.problems("[]")[0].message.startswith("a ninjs document is a JSON object")


# --- version detection -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_version_detected_without_standard(seed_record, validator, version):
    document = exported(seed_record, version)
    del document["standard"]
    assert validator.problems(json.dumps(document)) == []


def test_declared_version_wins_over_spelling(seed_record, validator):
    document = exported(seed_record, "2.2")
    document["standard"]["version"] = "3.1"
    problems = validator.problems(json.dumps(document))
    assert "/altids" in locations(problems)
    assert all("[ninjs 3.1]" in problem.message for problem in problems)


def test_unsupported_version_is_reported(seed_record, validator):
    document = exported(seed_record, "3.1")
    document["standard"]["version"] = "1.6"
    assert [str(problem) for problem in validator.problems(json.dumps(document))] == [
        "/standard/version: ninjs version '1.6' is not supported (3.x or 2.x)"
    ]


# --- GeoJSON reference, offline --------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_place_geojson_is_checked_offline(seed_record, validator, version):
    document = exported(seed_record, version)
    key = "geoJSON" if version == "3.1" else "geojson"
    document["places"] = [{"name": "Hà Nội", key: {"type": "Point", "coordinates": [105.85, 21.03]}}]
    assert validator.problems(json.dumps(document)) == []
    document["places"][0][key] = {"type": "Circle"}
    assert locations(validator.problems(json.dumps(document))) == [f"/places/0/{key}/type"]


def test_registry_refuses_remote_references():
    registry = offline_registry()
    assert registry.get_or_retrieve(GEOJSON_URI).value.contents["required"] == ["type"]
    with pytest.raises(Unretrievable):
        registry.get_or_retrieve("https://geojson.org/schema/Point.json")


# --- format detection helper -----------------------------------------------------------------------------


def test_looks_like_ninjs(seed_record):
    for version in VERSIONS:
        document = exported(seed_record, version)
        assert looks_like_ninjs(document)
        assert looks_like_ninjs({key: value for key, value in document.items() if key not in ("uri", "standard")})
    assert not looks_like_ninjs(json.loads(canonical_json.export(seed_record, ExportOptions())))
    assert not looks_like_ninjs({"@context": "https://schema.org", "uri": "x"})
    assert not looks_like_ninjs({"headline": "x"})
    assert not looks_like_ninjs([{"uri": "x"}])


# --- the real corpus -------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_article_is_valid_ninjs(validator, official):
    files = corpus_files()
    assert len(files) == 5000
    failures = []
    for path in files:
        record = newsexport.parse_file(path)
        for version in VERSIONS:
            document = export(record, version)
            problems = [str(problem) for problem in validator.problems(document)]
            problems += [error.message for error in official[version].iter_errors(json.loads(document))]
            if record.provenance.source_sha256 not in document:
                problems.append("source sha256 missing")
            if problems:
                failures.append(f"{path.name} ninjs {version}: {problems[:3]}")
    assert failures == []

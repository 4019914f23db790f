"""Canonical JSON: the committed schema is the model's, the fast validator agrees with the reference one."""

from __future__ import annotations

import json

import jsonschema
import pytest

import newsexport
from newsexport.formats import validator_for

from conftest import PROJECT

REFERENCE = jsonschema.Draft202012Validator(
    json.loads((PROJECT / "schemas" / "newsexport-record.schema.json").read_text(encoding="utf-8")),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)
MINUTE_CAPTURE = "Tiêu đề\n\nThứ Hai, 11/03/2019 - 08:30\n\nĐoạn một.\n"


def test_committed_schema_is_draft_2020_12_with_id() -> None:
    schema = REFERENCE.schema
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:newsexport:schema:record:1.0"
    assert all("description" in field for field in schema["$defs"]["PublicationDate"]["properties"].values())


@pytest.mark.parametrize("source", ["seed", "minute", "entities"])
def test_documents_are_valid_for_both_validators(source, seed_record, entity_record, store) -> None:
    record = {"seed": seed_record, "entities": entity_record, "minute": newsexport.parse(MINUTE_CAPTURE, "m.txt")}[source]
    document = newsexport.export(record, "json", store=store)
    assert list(REFERENCE.iter_errors(json.loads(document))) == []
    assert newsexport.NewsEventRecord.model_validate_json(document) == record


def test_minute_precision_keeps_the_written_time_with_its_offset(store) -> None:
    document = json.loads(newsexport.export(newsexport.parse(MINUTE_CAPTURE, "m.txt"), "json", store=store))
    assert document["date_published"]["time"] == "08:30:00+07:00"
    assert document["date_published"]["precision"] == "minute"


@pytest.mark.parametrize(
    ("mutate", "location"),
    [
        (lambda d: d["date_published"].update(date="2019-02-31"), "/date_published/date"),
        (lambda d: d["date_published"].update(precision="second"), "/date_published/precision"),
        (lambda d: d["provenance"].update(source_sha256="xyz"), "/provenance/source_sha256"),
        (lambda d: d.update(colour="red"), ""),
        (lambda d: d["body"].clear(), "/body"),
    ],
)
def test_invalid_documents_are_rejected_by_both(seed_record, store, mutate, location) -> None:
    document = json.loads(newsexport.export(seed_record, "json", store=store))
    mutate(document)
    assert list(REFERENCE.iter_errors(document)) != []
    problems = validator_for("json", store).problems(json.dumps(document, ensure_ascii=False))
    assert location in [problem.location for problem in problems]


def test_cross_field_rules_beyond_the_schema(entity_record, store) -> None:
    document = json.loads(newsexport.export(entity_record, "json", store=store))
    document["event"]["chair_ids"].append("person-nobody")
    assert list(REFERENCE.iter_errors(document)) == []  # a JSON Schema cannot see references
    problems = validator_for("json", store).problems(json.dumps(document, ensure_ascii=False))
    assert any("unknown entities: person-nobody" in problem.message for problem in problems)

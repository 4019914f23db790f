"""The direct reading of plain schema.org documents must find exactly what PyLD's full expansion finds.

The validator reads the nodes of a plain document directly (``validation/jsonld_nodes.py``) instead of running
PyLD's expansion; these tests run both ways on the same documents and compare the nodes and the problems: on
real corpus articles, and on the seed's document broken in many ways (hypothesis), so a case the direct
reading gets wrong cannot hide behind the fallback.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsexport
from conftest import corpus_files
from newsexport.errors import InputError
from newsexport.exporters import jsonld
from newsexport.exporters.options import ExportOptions
from newsexport.validation.jsonld import JsonLdValidator, _ExpansionComparison
from newsexport.validation.store import SchemaStore


@pytest.fixture(scope="module")
def direct(store: SchemaStore) -> JsonLdValidator:
    return JsonLdValidator(store)


@pytest.fixture(scope="module")
def full(store: SchemaStore) -> JsonLdValidator:
    return JsonLdValidator(store, direct=False)


def summary(nodes) -> list[tuple]:
    """What the vocabulary check reads of the nodes: ids, types, property IRIs, and each value's kind."""
    return [
        (
            node.pointer,
            node.node_id,
            node.types,
            node.type_pointers,
            [
                (found.pointer, found.term, found.iri,
                 [(value.pointer, "@value" in value.expanded, value.expanded.get("@id"), value.expanded.get("@type"))
                  for value in found.values])
                for found in node.properties
            ],
        )
        for node in nodes
    ]


def expanded_nodes(validator: JsonLdValidator, instance: dict) -> tuple[list, list]:
    """The nodes and structural problems the full expansion finds (the validator's own comparison)."""
    options = validator._options()
    comparison = _ExpansionComparison(validator._processor, options)
    comparison.compare_document(instance, validator._processor.expand(copy.deepcopy(instance), options))
    return comparison.nodes, comparison.problems


def test_corpus_documents_are_read_directly_with_the_nodes_of_the_full_expansion(direct, full) -> None:
    compared = 0
    for path in corpus_files()[::50]:
        try:
            record = newsexport.parse_file(path)
        except InputError:
            continue
        instance = json.loads(jsonld.export(record, ExportOptions(publisher_name="Báo", publisher_url="https://x.vn")))
        nodes = direct._direct_nodes(instance, direct._options())
        assert nodes is not None, f"{path.name}: the exporter wrote a document the direct reading does not cover"
        expected, structural = expanded_nodes(full, instance)
        assert structural == []
        assert summary(nodes) == summary(expected), path.name
        assert direct.linked_data_problems(instance) == full.linked_data_problems(instance) == []
        compared += 1
    assert compared >= 95


KEYS = ["type", "id", "schema:name", "foo:bar", "http://schema.org/name", "@graph", "@reverse", "@value", "",
        "favouriteColour", "Person", "url", "startDate", "schema", "@context", "name"]
VALUES = [None, [], [None], [[1]], "relative", "schema:Person", "urn:x:y", "https://example.org/a", 5, 2.5, True,
          {}, {"@value": "x"}, {"@id": "urn:newsexport:nowhere"}, {"@id": 5}, {"@type": "Place", "name": "Hà Nội"},
          {"@type": []}, {"@type": None}, {"@type": ["Person", "Person"]}, {"@type": "schema:Thing"},
          {"@context": {"name": None}, "name": "x"}, ["a", "a"], {"@language": "vi", "@value": "x"},
          {"@id": "_:b0"}, {"@id": "relative"}, {"@type": 5}, {"type": "Person"}, {"@type": "Persn", "name": "x"}]


def nodes_of(instance: object) -> list[dict]:
    """Every JSON object of the document, outermost first."""
    found = []
    pending = [instance]
    while pending:
        value = pending.pop(0)
        if isinstance(value, dict):
            found.append(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return found


@st.composite
def broken_documents(draw, base: dict) -> dict:
    instance = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        targets = nodes_of(instance)
        target = targets[draw(st.integers(0, len(targets) - 1))]
        action = draw(st.sampled_from(["set", "rename", "delete"]))
        keys = list(target)
        if action == "set" or not keys:
            target[draw(st.sampled_from(KEYS))] = copy.deepcopy(draw(st.sampled_from(VALUES)))
        elif action == "rename":
            key = keys[draw(st.integers(0, len(keys) - 1))]
            target[draw(st.sampled_from(KEYS))] = target.pop(key)
        else:
            del target[keys[draw(st.integers(0, len(keys) - 1))]]
    if draw(st.booleans()):
        instance["@context"] = draw(st.sampled_from(["http://schema.org/", "https://schema.org/", ["https://schema.org"]]))
    return instance


def test_broken_documents_get_the_same_problems_both_ways(seed_record, entity_record, direct, full) -> None:
    bases = [json.loads(jsonld.export(record, ExportOptions())) for record in (seed_record, entity_record)]
    read_directly = []

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data) -> None:
        instance = data.draw(broken_documents(bases[data.draw(st.integers(0, 1))]))
        nodes = direct._direct_nodes(instance, direct._options())
        try:
            expected, structural = expanded_nodes(full, instance)
        except Exception:  # noqa: BLE001 - PyLD refuses it: the direct reading must not have accepted it
            assert nodes is None
            return
        if nodes is not None:
            read_directly.append(1)
            assert structural == []
            assert summary(nodes) == summary(expected)
        assert direct.linked_data_problems(instance) == full.linked_data_problems(instance)

    check()
    assert len(read_directly) >= 30, "the mutations should leave many documents plain"


@pytest.mark.parametrize("value", [5, 2.5, True])
def test_a_number_under_a_typed_term_takes_the_terms_datatype_both_ways(seed_record, direct, full, value) -> None:
    # Found by the test above: `"startDate": 5` expands to a schema:Date value, as a string would.
    instance = json.loads(jsonld.export(seed_record, ExportOptions()))
    instance["startDate"] = value
    nodes = direct._direct_nodes(instance, direct._options())
    expected, _ = expanded_nodes(full, instance)
    assert nodes is not None
    [start] = [found for found in nodes[0].properties if found.term == "startDate"]
    assert start.values[0].expanded == {"@value": value, "@type": "http://schema.org/Date"}
    assert summary(nodes) == summary(expected)

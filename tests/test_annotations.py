"""The hand annotations used by ``benchmarks/extraction.py`` are well-formed, and its scorer counts correctly."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

from conftest import CORPUS, PROJECT, load_benchmark

ANNOTATIONS = PROJECT / "tests" / "data" / "annotations"
ANNOTATION_FILES = sorted(ANNOTATIONS.glob("*.expected.json"))

PLACE_KINDS = {"country", "province", "city", "district", "commune", "ward", "town", "other"}
TOP_KEYS = {"file", "split", "headline", "date_published", "event", "persons", "organizations", "places",
            "documents", "figures"}
OPTIONAL_TOP_KEYS = {"notes", "body_paragraphs", "captions", "removed_page_chrome", "abbreviations"}


bench = load_benchmark("extraction")


def _text_key(text: str) -> str:
    """How names are looked up in the article: NFC, collapsed white space, casefold (as the scorer compares)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).casefold()


def _iso_date(value) -> None:
    assert value is None or dt.date.fromisoformat(value).isoformat() == value, value


# ------------------------------------------------------------------------------------------------ annotations


def test_there_are_enough_annotations_in_both_splits():
    splits = [json.loads(path.read_text(encoding="utf-8"))["split"] for path in ANNOTATION_FILES]
    assert len(splits) >= 14
    assert splits.count("dev") >= 5 and splits.count("heldout") >= 5


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda path: path.name)
def test_annotation_is_well_formed(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert TOP_KEYS <= data.keys(), TOP_KEYS - data.keys()
    assert data.keys() <= TOP_KEYS | OPTIONAL_TOP_KEYS, data.keys() - TOP_KEYS - OPTIONAL_TOP_KEYS
    assert path.name == Path(data["file"]).stem + ".expected.json"
    assert data["split"] in {"dev", "heldout"}
    assert isinstance(data["headline"], str) and data["headline"]
    _iso_date(data["date_published"])

    event = data["event"]
    if event is not None:
        assert event.keys() == {"kind", "date", "place", "online", "bridge_points", "chairs"}
        assert isinstance(event["kind"], str) and event["kind"]
        _iso_date(event["date"])
        assert isinstance(event["online"], bool)
        place_names = {place["name"] for place in data["places"]}
        assert event["place"] is None or event["place"] in place_names
        assert set(event["bridge_points"]) <= place_names
        assert set(event["chairs"]) <= {person["name"] for person in data["persons"]}

    for person in data["persons"]:
        assert person.keys() == {"name", "rank", "titles"}
        assert person["rank"] is None or (isinstance(person["rank"], str) and person["rank"])
        assert all(isinstance(title, str) and title for title in person["titles"])
    for org in data["organizations"]:
        assert {"name", "aliases"} <= org.keys() <= {"name", "aliases", "expanded"}
        assert isinstance(org["aliases"], list)
    for place in data["places"]:
        assert {"name", "kind"} <= place.keys() <= {"name", "kind", "aliases"}
        assert place["kind"] in PLACE_KINDS
    for document in data["documents"]:
        assert {"identifier", "kind"} <= document.keys() <= {"identifier", "kind", "title"}
    for figure in data["figures"]:
        assert figure.keys() == {"value", "counted", "as_written"}
        assert isinstance(figure["value"], (int, float)) and not isinstance(figure["value"], bool)
        assert figure["counted"] and figure["as_written"]

    for kind, key in (("persons", "name"), ("organizations", "name"), ("places", "name"), ("documents", "identifier")):
        keys = [bench.norm(item[key]) for item in data[kind]]
        assert len(keys) == len(set(keys)), f"duplicate {kind}"


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda path: path.name)
def test_annotated_strings_occur_in_the_article(path: Path):
    """Catches typos: what an annotation says is written must be written (NFC, white space and case aside).

    An organisation or place whose name is built (a bare provincial body given its province, an abbreviation
    read out) need not occur itself, but then every written form in its aliases must."""
    data = json.loads(path.read_text(encoding="utf-8"))
    source = CORPUS / data["file"]
    assert source.is_file(), f"{data['file']} is not in {CORPUS}"
    text = _text_key(source.read_text(encoding="utf-8"))
    assert _text_key(data["headline"]) in text

    missing = []
    for person in data["persons"]:
        missing += [person["name"]] if _text_key(person["name"]) not in text else []
        missing += [title for title in person["titles"] if _text_key(title) not in text]
    for document in data["documents"]:
        missing += [document["identifier"]] if _text_key(document["identifier"]) not in text else []
    for figure in data["figures"]:
        missing += [figure["as_written"]] if _text_key(figure["as_written"]) not in text else []
    for item in [*data["organizations"], *data["places"]]:
        written = [alias for alias in item.get("aliases", []) if _text_key(alias) in text]
        missing += [alias for alias in item.get("aliases", []) if _text_key(alias) not in text]
        if _text_key(item["name"]) not in text and not written:
            missing.append(item["name"])
    assert not missing, f"not in {data['file']}: {missing}"


def test_benchmark_loads_seed_and_annotations():
    golds = bench.load_gold()
    assert golds[0].file == "000_d8686ed517af0e41.txt" and golds[0].split == "dev"
    assert len(golds) == 1 + len(ANNOTATION_FILES)
    assert all(gold.path.is_file() for gold in golds)


# ------------------------------------------------------------------------------------------------ scorer


def test_counts_two_of_three_found_and_one_spurious():
    counts, pairs = bench.match(["a", "b", "x"], [["a"], ["b"], ["c"]])
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)
    assert sorted(pairs) == [(0, 0), (1, 1)]


def test_counts_perfect_and_empty():
    perfect, _ = bench.match(["a", "b"], [["a"], ["b"]])
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    nothing_found, _ = bench.match([], [["a"]])
    assert nothing_found.precision is None and nothing_found.recall == 0.0 and nothing_found.f1 == 0.0
    nothing_at_all, _ = bench.match([], [])
    assert nothing_at_all.precision is None and nothing_at_all.recall is None and nothing_at_all.f1 is None


def test_duplicates_collapse_and_an_entity_matches_once():
    counts, _ = bench.match(["a", "a"], [["a"]])
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)
    # the name and its alias emitted as two organisations: one of them is spurious
    counts, _ = bench.match(["công an tỉnh sơn la", "công an tỉnh"], [["công an tỉnh sơn la", "công an tỉnh"]])
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_exact_names_match_before_aliases():
    # "b" is the alias of the first entity but the name of the second: it must go to the second
    counts, pairs = bench.match(["b", "a"], [["a", "b"], ["b"]])
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_comparison_ignores_normal_form_white_space_and_case():
    decomposed = unicodedata.normalize("NFD", "Bộ  Công\u00a0an")
    assert bench.norm(decomposed) == bench.norm("bộ công an")
    assert bench.figure_key(17740) == bench.figure_key(17740.0) == "17740"
    assert bench.figure_key(5.6) != bench.figure_key(56)


def test_comparison_reads_every_dash_as_a_hyphen():
    assert bench.norm("Sở TNMT tỉnh Bà Rịa \u2013 Vũng Tàu") == bench.norm("Sở TNMT tỉnh Bà Rịa - Vũng Tàu")
    assert bench.norm("Đông \u2014 Tây") == bench.norm("Đông - Tây")
    assert bench.norm("Bà Rịa-Vũng Tàu") != bench.norm("Bà Rịa - Vũng Tàu")  # spacing is still compared


def test_score_article_on_a_hand_made_pair():
    annotation = {
        "file": "x.txt",
        "event": {"kind": "Hội nghị", "date": "2025-06-28", "place": None, "online": False,
                  "bridge_points": [], "chairs": []},
        "persons": [{"name": "Tô Lâm", "rank": "Đại tướng", "titles": ["Bộ trưởng Bộ Công an"]},
                    {"name": "Trương Thị Mai", "rank": None, "titles": ["Ủy viên Bộ Chính trị"]},
                    {"name": "Trần Thanh Mẫn", "rank": None, "titles": []}],
        "organizations": [{"name": "Công an tỉnh Sơn La", "aliases": ["Công an tỉnh"]}, {"name": "Bộ Công an", "aliases": []}],
        "places": [{"name": "Sơn La", "kind": "province"}, {"name": "Hồ Chí Minh", "kind": "city", "aliases": ["TP.HCM"]}],
        "documents": [{"identifier": "25-NQ/TW", "kind": "Nghị quyết"}],
        "figures": [{"value": 17740, "counted": "nhóm", "as_written": "17.740"},
                    {"value": 17740, "counted": "nhóm (again)", "as_written": "17.740"}],
    }
    gold = bench.gold_from_annotation(annotation, split="dev")
    prediction = bench.Prediction(
        persons=[{"name": "tô lâm", "rank": "đại tướng", "titles": ["Bộ trưởng Bộ Công an"]},
                 {"name": "Trương Thị Mai", "rank": "Đại tá", "titles": []},
                 {"name": "Sơn La", "rank": None, "titles": []}],
        organizations=["Công an tỉnh"],
        places=["TP.HCM", "Hà Nội"],
        documents=["25-NQ/TW", "09/CTr-BCA-MTTQ"],
        figures=[17740.0, 2694],
        event_date="2025-06-28",
    )
    score = bench.score_article(prediction, gold)
    got = {kind: (c.tp, c.fp, c.fn) for kind, c in score.counts.items()}
    assert got == {"persons": (2, 1, 1), "organizations": (1, 0, 1), "places": (1, 1, 1),
                   "documents": (1, 1, 0), "figures": (1, 1, 0)}
    assert score.event_date is True
    assert (score.persons_matched, score.rank_correct, score.titles_correct) == (2, 1, 1)

    totals = bench.Totals()
    totals.add(score, error=False)
    totals.add(bench.score_article(bench.Prediction(), gold), error=True)
    summary = totals.as_dict()
    assert summary["event_date"] == {"articles": 2, "correct": 1, "accuracy": 0.5}
    assert summary["entities"]["persons"]["recall"] == pytest.approx(2 / 6)
    assert summary["errors"] == 1


def test_event_date_not_scored_without_a_gold_date():
    gold = bench.gold_from_annotation({"file": "x.txt", "event": None, "persons": [], "organizations": [],
                                       "places": [], "documents": [], "figures": []})
    assert bench.score_article(bench.Prediction(event_date="2025-01-01"), gold).event_date is None


def test_only_keeps_the_given_annotations_and_refuses_anything_else(tmp_path: Path) -> None:
    golds = bench.load_gold()
    dev = sorted(ANNOTATIONS.glob("*.expected.json"))
    dev = [path for path in dev if json.loads(path.read_text(encoding="utf-8"))["split"] == "dev"][:2]
    parser = argparse.ArgumentParser()
    kept = bench._only(golds, dev, parser)
    assert sorted(gold.file for gold in kept) == sorted(json.loads(p.read_text(encoding="utf-8"))["file"] for p in dev)
    not_json = tmp_path / "notes.txt"
    not_json.write_text("no annotation", encoding="utf-8")
    with pytest.raises(SystemExit):
        bench._only(golds, [not_json], parser)
    with pytest.raises(SystemExit):  # an annotation of another split than the one chosen
        bench._only([gold for gold in golds if gold.split == "heldout"], dev, parser)


def test_the_benchmark_header_names_the_code_it_imported():
    measured = bench.measured_code()
    assert measured["code_from"] is None  # the tests import this checkout's package
    assert re.fullmatch(r"[0-9a-f]{16}", measured["parsing_sha256"])

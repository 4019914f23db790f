"""Extraction (issue 5): the seed's hand-written expected file is the specification; the corpus checks that
extraction never crashes, every record validates and every mention's span holds its text."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

import newsexport
from newsexport.errors import InputError
from newsexport.parsing.extract import extract
from newsexport.parsing.figures import value_of
from newsexport.parsing.gazetteer import division_for
from newsexport.parsing.record import _publication_date
from newsexport.parsing.segment import segment
from newsexport.reading import read_bytes

from conftest import CASES, SEED, corpus_files

EXPECTED = json.loads((CASES / "000_d8686ed517af0e41.expected.json").read_text(encoding="utf-8"))


def norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def mentions_of(record):
    for group in (record.persons, record.organizations, record.places, record.documents):
        for entity in group:
            yield from entity.mentions


def spans_hold_their_text(record, text: str) -> None:
    for mention in mentions_of(record):
        assert text[mention.span.start : mention.span.end] == mention.text
    for figure in record.figures:
        assert text[figure.span.start : figure.span.end] == figure.as_written
    if record.event and record.event.date:
        assert text[record.event.date.span.start : record.event.date.span.end] == record.event.date.as_written


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_bytes(SEED.read_bytes(), SEED.name).text


def test_seed_persons_with_rank_and_titles(seed_record):
    got = [(norm(p.name), p.rank, [norm(t) for t in p.titles]) for p in seed_record.persons]
    want = [(norm(p["name"]), p["rank"], [norm(t) for t in p["titles"]]) for p in EXPECTED["persons"]]
    assert got == want


def test_seed_organisations_names_aliases_expanded(seed_record):
    got = {norm(o.name): sorted(norm(a) for a in o.aliases) for o in seed_record.organizations}
    want = {norm(o["name"]): sorted(norm(a) for a in o["aliases"]) for o in EXPECTED["organizations"]}
    assert got == want
    by_name = {norm(o.name): o for o in seed_record.organizations}
    for organisation in EXPECTED["organizations"]:
        if "expanded" in organisation:
            assert by_name[norm(organisation["name"])].expanded == organisation["expanded"]
    assert by_name["Bộ Công an"].expanded is None


def test_seed_places_with_codes_valid_at_publication(seed_record):
    got = [(p.name, p.kind.lower(), p.code) for p in seed_record.places]
    assert [(n, k) for n, k, _ in got] == [(p["name"], p["kind"].lower()) for p in EXPECTED["places"]]
    assert dict((n, c) for n, _, c in got) == {"Hà Nội": "01", "Sơn La": "14"}


def test_seed_documents_and_short_references(seed_record):
    got = {d.identifier: (d.kind.lower(), d.title) for d in seed_record.documents}
    want = {d["identifier"]: (d["kind"].lower(), d.get("title")) for d in EXPECTED["documents"]}
    assert got == want
    short = {d.identifier: [m.text for m in d.mentions] for d in seed_record.documents}
    assert "Chương trình phối hợp số 09" in short["09/CTr-BCA-MTTQ"]
    assert "Chương trình hành động số 22" in short["22-CTr/ĐUCA-V28"]
    assert "Chương trình phối hợp số 38" in short["38-CTr/BDVTW - BCA"]


def test_seed_figures(seed_record):
    got = [(f.value, f.counted, f.as_written) for f in seed_record.figures]
    assert got == [(f["value"], f["counted"], f["as_written"]) for f in EXPECTED["figures"]]
    assert all(f.scope == "tỉnh Sơn La" for f in seed_record.figures)


def test_seed_event(seed_record):
    event, want = seed_record.event, EXPECTED["event"]
    assert event is not None
    assert event.kind.lower() == want["kind"].lower()
    assert event.date is not None and event.date.date.isoformat() == want["date"]
    assert event.date.as_written == "Ngày 11/3"
    assert seed_record.entity(event.place_id).name == want["place"]
    assert event.online is want["online"]
    assert [seed_record.entity(i).name for i in event.bridge_point_ids] == want["bridge_points"]
    assert [seed_record.entity(i).name for i in event.chair_ids] == want["chairs"]
    assert event.name.startswith("Hội nghị Sơ kết 5 năm Chương trình phối hợp số 09/CTr-BCA-MTTQ")


def test_seed_topics_name_their_rule(seed_record):
    codes = [t.code for t in seed_record.topics]
    assert "medtop:11000000" in codes
    assert all(t.rule.startswith("keyword: ") for t in seed_record.topics)


def test_seed_spans_ids_order_and_determinism(seed_record, seed_text):
    spans_hold_their_text(seed_record, seed_text)
    for group in (seed_record.persons, seed_record.organizations, seed_record.places, seed_record.documents):
        firsts = [entity.mentions[0].span.start for entity in group]
        assert firsts == sorted(firsts)
    assert [p.id for p in seed_record.persons] == ["person-truong-thi-mai", "person-to-lam", "person-tran-thanh-man"]
    assert newsexport.parse_file(SEED) == seed_record


ARTICLE = """{headline}

Ngày 26 tháng 04 năm {year}

{body}

Minh Hằng
"""


def parse(body: str, headline: str = "Tin trong ngày", year: int = 2025, day: str = "26/04") -> newsexport.NewsEventRecord:
    text = ARTICLE.format(headline=headline, body=body, year=year).replace("26 tháng 04", day.replace("/", " tháng "))
    return newsexport.parse(text, "article.txt")


def test_later_mentions_link_to_the_same_person():
    record = parse("Sáng nay, Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, dự buổi làm việc. "
                   "Phát biểu tại buổi làm việc, đồng chí Thứ trưởng đề nghị tăng cường phối hợp. "
                   "Thứ trưởng Lương Tam Quang cũng biểu dương ông Tuấn.")
    assert [p.name for p in record.persons] == ["Lương Tam Quang"]
    person = record.persons[0]
    assert person.rank == "Thượng tướng" and person.titles == ["Thứ trưởng Bộ Công an"]
    assert [m.text for m in person.mentions] == ["Lương Tam Quang", "Thứ trưởng", "Lương Tam Quang"]


def test_byline_and_uncued_names_are_not_persons():
    record = parse("Người dân xã Hòa Bình đã đến xem. Nguyễn Văn Bình viết thư.")
    assert record.persons == []


def test_generic_force_is_not_an_organisation_and_bare_body_takes_the_province():
    record = parse("Lực lượng công an đã có mặt. Tại tỉnh Nghệ An, Công an tỉnh đã triển khai kế hoạch.")
    assert [(o.name, o.aliases) for o in record.organizations] == [("Công an tỉnh Nghệ An", ["Công an tỉnh"])]


def test_codes_follow_the_2025_merger():
    before, after = dt.date(2025, 6, 30), dt.date(2025, 7, 1)
    assert division_for("Bắc Ninh", before).code == "27" and division_for("Bắc Ninh", after).code == "24"
    assert division_for("Bắc Giang", before).code == "24" and division_for("Bắc Giang", after) is None
    assert division_for("Sơn La", None).code == "14"
    assert division_for("Bắc Ninh", None) is None
    record = parse("Ngày 2/7, tại tỉnh Bắc Ninh, hội nghị diễn ra.", day="02/07")
    assert [(p.name, p.kind, p.code) for p in record.places] == [("Bắc Ninh", "province", "24")]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Chiều 28-6, Hội nghị được tổ chức tại Hà Nội.", "28/06", dt.date(2025, 6, 28)),
    ("Sáng nay, Hội nghị được tổ chức tại Hà Nội.", "26/04", dt.date(2025, 4, 26)),
    ("Hôm nay (25/4), Hội nghị được tổ chức tại Hà Nội.", "26/04", dt.date(2025, 4, 25)),
    ("Ngày 30/12, Hội nghị được tổ chức tại Hà Nội.", "02/01", dt.date(2024, 12, 30)),
])
def test_event_date_resolved_against_publication(sentence, published, expected):
    record = parse(sentence, day=published)
    assert record.event is not None and record.event.date is not None
    assert record.event.date.date == expected
    assert record.entity(record.event.place_id).name == "Hà Nội"


def test_figures_read_vietnamese_numbers_and_skip_dates_and_durations():
    assert value_of("17.740") == 17740 and value_of("1,5") == 1.5 and value_of("1.234,5") == 1234.5
    record = parse("Sau 5 năm, ngày 12/3/2024, theo Nghị định 100/2019/NĐ-CP, toàn tỉnh Sơn La có 1,5 triệu hội viên.")
    assert [(f.value, f.counted) for f in record.figures] == [(1.5, "triệu hội viên")]


@pytest.mark.corpus
def test_corpus_extraction_never_crashes_and_validates():
    """Every corpus article: records validate (the model checks ids and references) and spans hold their text.
    Speed is measured by benchmarks/extraction.py, not asserted here."""
    files = corpus_files()
    checked = 0
    for path in files:
        source = read_bytes(path.read_bytes(), path.name)
        try:
            segments = segment(source.text, path.name)
        except InputError:
            continue
        published = _publication_date(segments)
        found = extract(source.text, segments, published.date if published else None)
        if checked % 10 == 0:
            record = newsexport.parse_file(path)
            assert record.persons == found.persons and record.event == found.event
            spans_hold_their_text(record, source.text)
        checked += 1
    assert checked == len(files) == 5000

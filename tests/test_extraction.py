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


# ---------------------------------------------------------------------------------------------------- regressions
# Small made-up sentences, one rule each.


def persons_of(record) -> dict:
    return {p.name: (p.rank, p.titles) for p in record.persons}


def test_lower_case_rank_is_capitalised_and_a_parenthesised_title_is_kept():
    record = parse("Bộ trưởng điều động đại tá Trần Văn Bảy (phó giám đốc Công an tỉnh Hà Nam) về Cục.")
    assert persons_of(record)["Trần Văn Bảy"] == ("Đại tá", ["phó giám đốc Công an tỉnh Hà Nam"])


def test_names_listed_next_to_a_person_are_persons_and_van_is_a_middle_name():
    record = parse("Các đối tượng gồm: Lò Minh Tám (sinh năm 1999), Hà Minh Khang, Quàng Văn Sáu (cùng sinh năm "
                   "2001) và Đinh Công Lực, cùng trú tại huyện Mường La.")
    assert [p.name for p in record.persons] == ["Lò Minh Tám", "Hà Minh Khang", "Quàng Văn Sáu", "Đinh Công Lực"]


def test_the_new_post_is_a_title_and_acting_for_someone_is_not():
    record = parse("Bộ trưởng quyết định bổ nhiệm Thiếu tướng Lê Văn Hai, Phó Giám đốc Công an tỉnh Nghệ An, giữ "
                   "chức Giám đốc Công an tỉnh Nghệ An. Thừa ủy quyền Chủ tịch nước, Chủ tịch UBND tỉnh Nguyễn Văn Tư "
                   "trao Huân chương.")
    people = persons_of(record)
    assert people["Lê Văn Hai"] == ("Thiếu tướng", ["Phó Giám đốc Công an tỉnh Nghệ An", "Giám đốc Công an tỉnh Nghệ An"])
    assert people["Nguyễn Văn Tư"] == (None, ["Chủ tịch UBND tỉnh"])


def test_a_name_after_a_level_word_is_a_place_unless_no_province_has_it():
    record = parse("Ông Lê Văn Ba từng là Trưởng Công an thị xã Hoàng Mai. Phó Chủ tịch UBND tỉnh Đặng Tân Lộc "
                   "yêu cầu các sở khẩn trương. Đồng chí Tổng Bí thư Tô Lâm làm Trưởng ban.")
    people = persons_of(record)
    assert set(people) == {"Lê Văn Ba", "Đặng Tân Lộc", "Tô Lâm"}
    assert people["Tô Lâm"] == (None, ["Tổng Bí thư", "Trưởng ban"])


def test_a_place_named_only_inside_an_organisation_is_not_a_place():
    record = parse("Công an tỉnh Quảng Ninh đã triển khai kế hoạch tại huyện Tiên Yên.")
    assert [p.name for p in record.places] == ["Tiên Yên"]
    assert [o.name for o in record.organizations] == ["Công an tỉnh Quảng Ninh"]


def test_places_listed_after_a_level_numbered_and_abbreviated():
    record = parse("Phòng khu vực 1 phụ trách các phường thuộc thành phố, gồm: Tân Định, Bến Thành và Bàn Cờ. "
                   "Anh Tư trú tại P. Hiệp Bình Chánh, Q. Thủ Đức và làm việc ở Quận 5.")
    names = [p.name for p in record.places]
    for name in ("Tân Định", "Bến Thành", "Bàn Cờ", "Hiệp Bình Chánh", "Thủ Đức", "Quận 5"):
        assert name in names
    assert "Q" not in names


def test_organisation_names_stop_before_the_verb_and_are_read_in_any_case():
    record = parse("Đồn Công an Quang Minh điều tra, xác định 3 đối tượng. Cơ quan cảnh sát điều tra Công an tỉnh "
                   "Lào Cai đã khởi tố vụ án. Văn Phòng Chính phủ và Sở Khoa học và Công nghệ tỉnh Bắc Ninh phối hợp. "
                   "Ông Lê Văn Năm nguyên là Trưởng công an thị xã Giá Rai.")
    names = [o.name for o in record.organizations]
    assert "Đồn Công an Quang Minh" in names and not any("điều tra," in n or n.endswith("Minh điều tra") for n in names)
    assert "Cơ quan cảnh sát điều tra Công an tỉnh Lào Cai" in names
    assert "Văn phòng Chính phủ" in names and "Sở Khoa học và Công nghệ tỉnh Bắc Ninh" in names
    assert "Công an thị xã Giá Rai" in names
    assert "Giá Rai" not in [p.name for p in record.places]


def test_a_provincial_body_with_and_without_its_level_word_is_one_body():
    record = parse("Công an tỉnh Đồng Nai tổ chức hội nghị. Công an Đồng Nai cho biết kết quả.")
    assert [(o.name, o.aliases) for o in record.organizations] == [("Công an tỉnh Đồng Nai", ["Công an Đồng Nai"])]


def test_event_in_lower_case_dated_in_its_sentence():
    record = parse("Ảnh tư liệu của đơn vị. Chiều 27/6, Công an tỉnh Sơn La tổ chức lễ công bố quyết định về công "
                   "tác cán bộ. Trước đó, ngày 12/3, đơn vị đã họp.", day="28/06")
    assert record.event is not None and record.event.kind == "Lễ công bố"
    assert record.event.date.date == dt.date(2025, 6, 27)


def test_no_event_in_an_investigation_and_a_venue_is_not_an_event():
    record = parse("Công an huyện Mường La đang điều tra vụ việc. Các đối tượng khai nhận hành vi. Trước đó, ngày "
                   "20/6, người dân phát hiện sự việc.", day="28/06")
    assert record.event is None
    record = parse("Tối 28/6, tại Trung tâm Hội nghị Quốc gia, đêm nhạc thu hút khán giả.", day="28/06")
    assert record.event is None


def test_levels_of_government_are_not_figures_but_sessions_are():
    record = parse("Thành phố vận hành chính quyền địa phương 2 cấp. Nhiệm kỳ qua, HĐND đã tổ chức 23 kỳ họp.")
    assert [(f.value, f.counted) for f in record.figures] == [(23, "kỳ họp")]

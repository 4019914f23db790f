"""Segmentation: the seed against its hand-written case, and the rules on small made-up captures."""

from __future__ import annotations

import json
import unicodedata

import pytest

import newsexport
from newsexport.errors import InputError
from newsexport.parsing import ParseOptions

from conftest import CASES, SEED


def _same(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def case() -> dict:
    return json.loads((CASES / f"{SEED.stem}.expected.json").read_text(encoding="utf-8"))


def test_seed_matches_its_case(seed_record, case) -> None:
    assert _same(seed_record.headline) == _same(case["headline"])
    assert seed_record.date_published is not None
    assert seed_record.date_published.isoformat() == case["date_published"]
    assert seed_record.date_published.precision == "day"
    assert len(seed_record.body) == case["body_paragraphs"]
    assert _same(seed_record.body[0].text).endswith(_same(case["first_paragraph_ends_with"]))
    assert [_same(media.caption) for media in seed_record.media] == [_same(c) for c in case["captions"]]
    assert [_same(chrome.text) for chrome in seed_record.removed_chrome] == [_same(c) for c in case["removed_page_chrome"]]


def test_seed_spans_point_at_their_text(seed_record) -> None:
    text = newsexport.reading.read_bytes(SEED.read_bytes(), SEED.name).text
    assert text[seed_record.headline_span.start : seed_record.headline_span.end] == seed_record.headline
    for paragraph in seed_record.body:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
    caption = seed_record.media[0]
    assert " ".join(text[span.start : span.end] for span in caption.caption_spans) == caption.caption
    assert "hiệu hiệu quả" in seed_record.body_text  # a duplicated word in the source is kept as written


def test_seed_record_is_stable_and_named_by_its_text(seed_record) -> None:
    again = newsexport.parse(SEED.read_bytes().replace(b"\n", b"\r\n"), "renamed.txt")
    assert again.id == seed_record.id
    assert again.provenance.source_sha256 != seed_record.provenance.source_sha256


ARTICLE = "Tiêu đề bài báo\n\n{date}\n\nĐoạn thứ nhất của bài báo.\n\nĐoạn thứ hai.\n"


def test_capture_without_date_line_converts_with_a_warning() -> None:
    record = newsexport.parse(ARTICLE.format(date="Đoạn không có ngày."), "nodate.txt")
    assert record.date_published is None
    assert [warning.code for warning in record.warnings] == ["no-date-line"]
    assert len(record.body) == 3


def test_time_is_kept_only_when_written() -> None:
    record = newsexport.parse(ARTICLE.format(date="Thứ Hai, 11/03/2019 - 08:30"), "t.txt")
    assert record.date_published.isoformat() == "2019-03-11T08:30:00+07:00"
    assert record.date_published.precision == "minute"


def test_impossible_date_line_is_dropped_with_a_warning() -> None:
    record = newsexport.parse(ARTICLE.format(date="31/02/2019"), "bad-date.txt")
    assert record.date_published is None
    assert record.warnings[0].code == "invalid-date-line"
    assert "31/02/2019" not in record.body_text


def test_standalone_photo_caption_with_credit() -> None:
    record = newsexport.parse(
        "Tiêu đề\n\nĐoạn một của bài.\n\nLãnh đạo tỉnh phát biểu tại hội nghị. (Ảnh: Minh Anh)\n\nĐoạn hai.\n", "c.txt"
    )
    assert [media.credit for media in record.media] == ["Minh Anh"]
    assert [paragraph.text for paragraph in record.body] == ["Đoạn một của bài.", "Đoạn hai."]


def test_glued_sentences_that_are_not_captions_stay_in_the_body() -> None:
    text = "Tiêu đề về thời tiết\n\nTrời mưa to ở Hà Nội.Nhiều tuyến phố bị ngập sâu.\n\nĐoạn hai.\n"
    record = newsexport.parse(text, "g.txt")
    assert record.media == []
    assert record.body[0].text == "Trời mưa to ở Hà Nội.Nhiều tuyến phố bị ngập sâu."


def test_extra_chrome_phrases_are_removed_and_recorded() -> None:
    text = "Tiêu đề\n\nĐoạn một.\n\nQuảng cáo của trang\n\nTìm kiếm theo ngày\n"
    record = newsexport.parse(text, "x.txt", ParseOptions(extra_chrome=frozenset({"quảng cáo của trang"})))
    assert [chrome.text for chrome in record.removed_chrome] == ["Quảng cáo của trang", "Tìm kiếm theo ngày"]
    assert record.body_text == "Đoạn một."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Tìm kiếm theo ngày\n\nChia sẻ\n", "only page chrome"),
        ("Ngày 11 tháng 03 năm 2019\n\nĐoạn một.\n", "no headline: the first line is a date line"),
        ("x" * 400 + "\n\nĐoạn một.\n", "no headline: the first line has 400 characters"),
        ("Chỉ có tiêu đề\n", "no body"),
        ("Tiêu đề\n\nNgày 11 tháng 03 năm 2019\n", "no body"),
    ],
)
def test_captures_without_an_article_are_refused(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        newsexport.parse(text, "bad.txt")
    assert str(caught.value).startswith(f"bad.txt: {reason}")

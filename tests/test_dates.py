"""Date lines in the forms Vietnamese sites use (always day first), and lines that only look like them."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexport.parsing.dates import InvalidDateLine, read_date_line


@pytest.mark.parametrize(
    ("line", "date", "time"),
    [
        ("Ngày 11 tháng 03 năm 2019", dt.date(2019, 3, 11), None),
        ("ngày 1 tháng 7 năm 2025", dt.date(2025, 7, 1), None),
        ("11/03/2019", dt.date(2019, 3, 11), None),
        ("5-6-2018", dt.date(2018, 6, 5), None),
        ("Thứ Hai, 11/03/2019 - 08:30", dt.date(2019, 3, 11), dt.time(8, 30)),
        ("Thứ hai, ngày 11/03/2019 08:30 (GMT+7)", dt.date(2019, 3, 11), dt.time(8, 30)),
        ("Cập nhật lúc 08:30 ngày 11/3/2019", dt.date(2019, 3, 11), dt.time(8, 30)),
        ("Chủ nhật, 29/6/2025, 14:05 GMT+7", dt.date(2025, 6, 29), dt.time(14, 5)),
        ("08:30 | 11/03/2019", dt.date(2019, 3, 11), dt.time(8, 30)),
        ("Ngày đăng: 11/03/2019 08h30", dt.date(2019, 3, 11), dt.time(8, 30)),
        ("Cập nhật: 11.03.2019", dt.date(2019, 3, 11), None),
    ],
)
def test_date_lines(line: str, date: dt.date, time: dt.time | None) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (found.date, found.time) == (date, time)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 11/3, tại Hà Nội, Bộ Công an tổ chức hội nghị",
        "Hội nghị ngày 11/03/2019",
        "Chương trình phối hợp số 09/CTr-BCA-MTTQ",
        "Sáng 28/6",
        "2.694 tổ hòa giải",
        "",
    ],
)
def test_other_lines_are_not_date_lines(line: str) -> None:
    assert read_date_line(line) is None


@pytest.mark.parametrize("line", ["31/02/2019", "Ngày 11 tháng 13 năm 2019", "11/03/2019 25:10"])
def test_impossible_dates_are_reported(line: str) -> None:
    with pytest.raises(InvalidDateLine):
        read_date_line(line)

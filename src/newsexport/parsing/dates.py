"""Date lines of Vietnamese news pages, always day first.

A *date line* is a whole line that says when the article was published and nothing else: after the date,
an optional time and the words sites put around them (weekday, ``Cập nhật lúc``, ``GMT+7``, separators) are
taken away, nothing may remain. That strictness keeps body sentences such as ``Ngày 11/3, tại Hà Nội, ...``
out, which begin with a date but go on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MAX_DATE_LINE_LENGTH = 100

_DATE_PATTERNS = (
    re.compile(r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s*(?:,\s*)?năm\s+(?P<year>\d{4})", re.IGNORECASE),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})(?!\d)"),
)
_TIME_PATTERN = re.compile(r"(?<!\d)(?P<hour>\d{1,2})\s*(?::|h|giờ)\s*(?P<minute>\d{2})(?:\s*:\s*\d{2})?(?!\d)", re.IGNORECASE)
_FILLER = re.compile(
    r"""
    \b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)\b
    | \b(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|thời\s+gian\s+đăng|ngày\s+xuất\s+bản|xuất\s+bản|
          ngày\s+cập\s+nhật|đăng|ngày|lúc|vào|sáng|chiều|tối|giờ|phút|am|pm|sa|ch)\b
    | \(?\s*gmt\s*[+]\s*0?7(?::00)?\s*\)?
    | \butc\s*[+]\s*0?7(?::00)?
    | [|,;:\-–—/().\s]
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class DateLine:
    """A recognised date line."""

    date: dt.date
    time: dt.time | None


class InvalidDateLine(ValueError):
    """The line is shaped like a date line but names no real date or time (e.g. 31/02/2019, 25:00)."""


def read_date_line(line: str) -> DateLine | None:
    """Return the date a date line states, None for any other line; raise :class:`InvalidDateLine` on a bad date."""
    if len(line) > MAX_DATE_LINE_LENGTH:
        return None
    for pattern in _DATE_PATTERNS:
        date_match = pattern.search(line)
        if date_match:
            break
    else:
        return None
    rest = line[: date_match.start()] + " " + line[date_match.end() :]
    time_match = _TIME_PATTERN.search(rest)
    if time_match:
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    if _FILLER.sub("", rest):
        return None
    day, month, year = (int(date_match.group(part)) for part in ("day", "month", "year"))
    try:
        date = dt.date(year, month, day)
    except ValueError as error:
        raise InvalidDateLine(f"'{line}' is not a real date ({error})") from None
    if time_match is None:
        return DateLine(date=date, time=None)
    hour, minute = int(time_match.group("hour")), int(time_match.group("minute"))
    if hour > 23 or minute > 59:
        raise InvalidDateLine(f"'{line}' has no real time of day ({hour}:{minute:02d})")
    return DateLine(date=date, time=dt.time(hour, minute))

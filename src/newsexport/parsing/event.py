"""The event the article reports: its kind and name (the first event word of the body, e.g. 'Hội nghị ...'),
its date (the first dated sentence opening, resolved against the publication date), where it took place
('tại Hà Nội'), online and bridge points ('trực tuyến', 'điểm cầu tỉnh Sơn La'), who chaired it ('chủ trì'),
who took part ('dự') and who organised it ('do ... tổ chức').
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from newsexport.model import Event, EventDate, Organization, Person, Place, Span
from newsexport.parsing.gazetteer import alternation, lines, slug, with_old_tone_marks
from newsexport.parsing.segment import Line

LEAD_PARAGRAPHS = 3
LEAD_SENTENCES = 4
"""The event and its date are looked for in the first sentences of the first paragraphs, where news states them
(a baomoi capture is one long paragraph: a date further on is not the event's)."""
MAX_NAME_WORDS = 20
FUTURE_TOLERANCE = dt.timedelta(days=3)
"""A day and month without a year later than publication by more than this is read as last year's."""

_PART = r"(?:[Ss]áng sớm|[Rr]ạng sáng|[Cc]hiều tối|[Tt]ối muộn|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)"
def _day_month(tag: str) -> str:
    """A day and a month, and maybe a year, joined by slashes or hyphens ('28/6', '28-6-2017') or by dots with no
    space, as some papers write them ('28.6', '28.6.2017'); a dot then a digit after it is a longer number."""
    return (rf"(?P<{tag}day>\d{{1,2}})(?:\s*[/-]\s*|\.)(?P<{tag}month>\d{{1,2}})"
            rf"(?:(?:\s*[/-]\s*|\.)(?P<{tag}year>\d{{4}}))?(?![\d/-]|\.\d)")



_WORDS = r"(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<wyear>\d{4}))?"
_RANGE = (rf"(?:[Tt]ừ\s+)?{_PART}\s+(?:ngày\s+)?(?P<rday>\d{{1,2}})\s*(?:-|–|đến|và)\s*(?:ngày\s+)?\d{{1,2}}"
          rf"(?:\s*/\s*(?P<rmonth>\d{{1,2}})(?:\s*/\s*(?P<ryear>\d{{4}}))?(?![\d/-])"
          rf"|\s+tháng\s+(?P<rwmonth>\d{{1,2}})(?:\s*(?:,\s*)?năm\s+(?P<rwyear>\d{{4}}))?)")
"""Days written as a range ('hai ngày 24-25/6', 'Từ ngày 23 đến 27 tháng 6 năm 2025'): an event held over several
days is dated by its first day."""
_DATE = re.compile(
    rf"(?<![\w])(?:{_RANGE}|{_PART}\s+(?:qua|nay|hôm nay|hôm qua)\s*\((?:ngày\s+)?{_day_month('p')}\)"
    rf"|{_PART}\s+(?:ngày\s+)?{_day_month('')}|{_PART}\s+(?:ngày\s+)?{_WORDS}"
    rf"|(?P<relative>{_PART}\s+(?:nay|qua)|[Hh]ôm nay|[Hh]ôm qua))(?![\w])"
)
_LEAD_BREAK = re.compile(r"[.!?](?<!TP.)(?<!Tp.)(?<![\s(][A-ZĐ].)(?:\s|$)|\s(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm) (?:nay|qua|\d))")
"""A sentence end (not the stop of 'TP.', 'Q.'), or a capitalised date opening a sentence after a caption that lost its full stop."""
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|[(]\s*)$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_NAME_STOP = re.compile(
    r"[,;:!?(“\"]|(?<!TP)(?<!Tp)\.|\s(?:về|tại|do|với|nhằm|diễn ra|được|vào|đã|và|sáng|chiều|tối|ngày|cho|trong|theo|là|có"
    r"|Sáng|Chiều|Tối|Ngày|Trưa|Hôm)(?![\w])"
)
_VENUE_BEFORE = re.compile(r"(?<![\w])(?:[Tt]rung tâm|[Cc]ung|[Nn]hà|[Hh]ội trường|[Pp]hòng)\s+$")
"""'Trung tâm Hội nghị Quốc gia' is a venue, not an event."""
_DOCUMENT_BEFORE = re.compile(r"(?<![\w])(?:[Nn]ghị quyết|[Kk]ết luận|[Bb]iên bản|[Tt]hông báo|[Bb]áo cáo)\s+$")
"""'Nghị quyết kỳ họp thứ 9': a document of the session, which is not the article's event."""
_GENERIC_BEFORE = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi)\s+$")
"""'giảm các cuộc họp tập trung', 'nhiều hội thảo': meetings in general, not the one the article reports."""
_PROPOSED_BEFORE = re.compile(r"(?<![\w])(?:đề xuất|đề nghị|kiến nghị|sẽ|dự kiến|chuẩn bị|lên kế hoạch)(?:\s+(?:tổ chức|làm|mở))?\s+$")
"""'... đề xuất làm lễ hội ánh sáng', '... sẽ tổ chức Hội nghị ...': an event proposed or still to come, not the one the
article reports."""
_PROPOSED_AFTER = re.compile(r"[^.;:!?]{0,100}?(?<![\w])(?:dự kiến|sẽ)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)(?![\w])")
"""'... đại hội đồng cổ đông thường niên năm 2019, dự kiến diễn ra vào ngày 10-4', 'Lễ hội ... sẽ diễn ra từ ngày
10/3': an event the sentence says is still to come, not the one the article reports."""
_EVENT_VERB = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc|bế mạc|chủ trì|tham dự|dự|họp|tiến hành|khai trương|kết thúc)(?![\w])")
"""A kind of event is the article's event only in a sentence that dates it or says it took place."""


_ACTIVITY = re.compile(
    r"(?<![\w])(tiếp(?=\s+(?:ông|bà|đoàn|[A-ZĐ]))|hội đàm|điện đàm|thăm và làm việc|làm việc với|thăm(?!\s+(?:dò|khám))"
    r"|đón(?!\s+(?:Tết|xem|đọc))|trao(?!\s+(?:trả|đổi))|ký kết|khảo sát|ra mắt)(?![\w])")
"""What a visit, a reception, a handover or a launch is written with when no event word names it ('Chiều 28/6, ...
đã tiếp Đại sứ ...', 'ngày 28-6 Đoàn công tác ... đón ...', 'Tối 27/6, Hiệp hội ... ra mắt'): the verb is the kind,
as in the annotations."""


@lru_cache(maxsize=1)
def _headline_kind_pattern() -> re.Pattern[str]:
    """The event kinds, with either case first and in the old tone placement too ('phiên toà')."""
    kinds = with_old_tone_marks(lines("event_kinds.txt"))
    return re.compile(rf"(?<![\w])({alternation(kinds, either_case_first=True)})(?![\w])")


def _sentence(text: str, offset: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)
    end_match = _SENTENCE_END.search(text, offset)
    return start, end_match.start() + 1 if end_match else len(text)


LUNAR_YEARS = {"Giáp Ngọ": 2014, "Ất Mùi": 2015, "Bính Thân": 2016, "Đinh Dậu": 2017, "Mậu Tuất": 2018, "Kỷ Hợi": 2019,
               "Canh Tý": 2020, "Tân Sửu": 2021, "Nhâm Dần": 2022, "Quý Mão": 2023, "Giáp Thìn": 2024, "Ất Tỵ": 2025,
               "Bính Ngọ": 2026}
"""The lunar years of the corpus's period by their cyclic names, each with the solar year its Tết falls in."""
_LUNAR_YEAR = re.compile(rf"(?<![\w])(?:[Tt]ết(?: [Nn]guyên [Đđ]án)?|[Xx]uân|[Nn]ăm) ({'|'.join(LUNAR_YEARS)})(?![\w])")


def _lunar_year(sentence: str) -> int | None:
    """The year of a lunar year named in the sentence ('đầu xuân Đinh Dậu', 'Tết Nguyên đán Đinh Dậu 2017'): a
    day and month in the same sentence belong to it when the article has no date line to resolve them against."""
    match = _LUNAR_YEAR.search(sentence)
    return LUNAR_YEARS[match.group(1)] if match else None


_ANNIVERSARY = re.compile(r"(?<![\w])[Kk]ỷ niệm\s+(\d{1,3})\s+năm(?![\w])[^.;()]{0,80}?\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}"
                          r"\s*[/.-]\s*)?((?:19|20)\d\d)(?!\d)")
"""An anniversary with the date or year it counts from in brackets ('kỷ niệm 65 năm ngày truyền thống (25/10/1951)',
'kỷ niệm 25 năm quan hệ ... (1992-2017)'): it is kept in that year plus the years it counts."""


def _anniversary_year(sentence: str) -> int | None:
    """The year of an anniversary the sentence names with the date it counts from, if any."""
    if "niệm" not in sentence:
        return None  # the commonest case: a substring test before the pattern
    match = _ANNIVERSARY.search(sentence)
    return int(match.group(2)) + int(match.group(1)) if match else None


_SCHOOL_YEAR = re.compile(r"(?<![\w])(?:[Kk]hai giảng|[Bb]ế giảng|[Tt]ổng kết)\s+năm học\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d"
                          r"(?![\d/])")
"""A school year named with its opening or closing ceremony ('khai giảng năm học 2017-2018'): it runs from August of
its first year to July of its second, so it gives the year of a day and month written beside it. Not a school year
named for what is still to come ('tuyển sinh năm học 2017-2018', announced months before it begins)."""


def _school_year(sentence: str, month: int) -> int | None:
    """The year a day of ``month`` falls in within the school year whose ceremony the sentence names, if any."""
    if "năm học" not in sentence:
        return None  # the commonest case: a substring test before the pattern
    match = _SCHOOL_YEAR.search(sentence)
    if match is None:
        return None
    first = int(match.group(1))
    return first if month >= 8 else first + 1


_REVIEWED_YEAR = re.compile(r"(?<![\w])(?:[Tt]ổng kết|[Cc]ông tác)\s+(?:công tác\s+)?năm\s+((?:19|20)\d\d)(?![\d/])")
"""The year a year-end review looks back on ('Hội nghị tổng kết công tác năm 2016', 'hội nghị công tác năm 2018,
triển khai nhiệm vụ năm 2019'): such meetings sit from November of that year to March of the next."""


_TASK_YEAR = re.compile(r"(?<![\w])[Tt]riển khai\s+(?:nhiệm vụ|kế hoạch|phương hướng)(?:\s+công tác)?\s+năm\s+"
                        r"((?:19|20)\d\d)(?![\d/])")
"""The year whose tasks a year-end review sets ('..., triển khai nhiệm vụ năm 2019'), one after the reviewed year,
where the reviewed one is not written as 'công tác năm' ('tổng kết ... Năm dân vận chính quyền 2018')."""


def _reviewed_year(sentence: str, month: int) -> int | None:
    """The year a day of ``month`` falls in when the sentence names a year-end review: the reviewed year in November
    and December, the next one from January to March, none in the months no year-end review meets."""
    if "năm" not in sentence:
        return None
    match = _REVIEWED_YEAR.search(sentence)
    if match is None:
        tasks = _TASK_YEAR.search(sentence)
        if tasks is None:
            return None
        reviewed = int(tasks.group(1)) - 1
    else:
        reviewed = int(match.group(1))
    if month >= 11:
        return reviewed
    return reviewed + 1 if month <= 3 else None


_NAME_YEAR = re.compile(r"(?<![\d/.–-])(?<![–-]\s)(?:19|20)\d\d(?![\d/.-]|\s*[-–]\s*\d)")
"""A year in the event's own name ('họp báo thường kỳ quý I năm 2019', 'Hội thảo giáo dục 2017'), not one that ends
a date ('13/3/2017') or a span ('nhiệm kỳ 2021 - 2026')."""
_REVIEW = re.compile(r"(?<![\w])(?:tổng kết|sơ kết|công tác|nhiệm vụ|kế hoạch|nhiệm kỳ|giai đoạn|tầm nhìn|đến năm)"
                     r"(?![\w])", re.IGNORECASE)
_STILL_TO_COME = re.compile(r"(?<![\w])(?:sẽ|dự kiến)(?![\w])")


def _name_year(name: str) -> int | None:
    """The year an event's own name carries, which dates a day and month written without one where the article has
    no date line (a ceremony whose name carries its year, as the conventions read it); not a review's, which looks
    back on the year before ('Hội nghị tổng kết công tác năm 2016' meets in 2017), nor a work year's ('hội nghị
    công tác năm 2018, triển khai nhiệm vụ năm 2019' meets in January 2019), a term's or a target's ('nhiệm kỳ
    2021 - 2026', 'tầm nhìn đến năm 2030'); a review's year dates its day by the month (``_reviewed_year``)."""
    if not any(character.isdigit() for character in name) or _REVIEW.search(name):
        return None
    years = _NAME_YEAR.findall(name)
    return int(years[-1]) if years else None


_CONGRESS_TERM = re.compile(r"(?<![\w])Đại hội(?:[^.;]|(?<=TP)\.){0,150}?nhiệm kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d"
                            r"(?!\d)")


def _term_year(kind: str, paragraphs: list[Line]) -> int | None:
    """The year a congress meets in, where the first paragraphs name the term it opens ('Đại hội Công đoàn TP. HCM
    khoá XI nhiệm kỳ 2018 - 2023' meets in 2018): a congress elects the leaders of the term that begins with it."""
    if not kind.casefold().startswith("đại hội"):
        return None
    for line in paragraphs:
        if "nhiệm kỳ" in line.text and (match := _CONGRESS_TERM.search(line.text)):
            return int(match.group(1))
    return None


def _resolve(match: re.Match[str], published: dt.date | None, sentence: str = "",
             name_year: int | None = None) -> dt.date | None:
    relative = match.group("relative")
    if relative:
        if published is None:
            return None
        return published - dt.timedelta(days=1) if relative.endswith("qua") else published
    day = match.group("day") or match.group("pday") or match.group("wday") or match.group("rday")
    month = (match.group("month") or match.group("pmonth") or match.group("wmonth") or match.group("rmonth")
             or match.group("rwmonth"))
    year = (match.group("year") or match.group("pyear") or match.group("wyear") or match.group("ryear")
            or match.group("rwyear"))
    if year is None and published is None:
        lunar = _lunar_year(sentence)
        if lunar is not None:
            year = lunar - 1 if int(month) >= 10 else lunar  # the weeks before Tết are the previous solar year's
        else:
            year = _school_year(sentence, int(month)) or _reviewed_year(sentence, int(month)) or name_year \
                or _anniversary_year(sentence)
            if year is None:
                return None
    try:
        if year is not None:
            return dt.date(int(year), int(month), int(day))
        resolved = dt.date(published.year, int(month), int(day))
        if resolved > published + FUTURE_TOLERANCE:
            resolved = dt.date(published.year - 1, int(month), int(day))
        return resolved
    except ValueError:
        return None


def _event_date(lead: list[Line], published: dt.date | None, name_year: int | None = None) -> EventDate | None:
    fallback = None
    for line in lead:
        for match in _DATE.finditer(line.text):
            resolved = _resolve(match, published, line.text, name_year)
            if resolved is None:
                continue
            if _STILL_TO_COME.search(line.text, _clause_start(line.text, match.start()), match.start()):
                continue  # 'Lễ khai mạc sẽ được tổ chức vào ngày 10/3/2017': the date of what is still to come
            written = match.group(0)
            found = EventDate(date=resolved, as_written=written,
                              span=Span(start=line.start + match.start(), end=line.start + match.end()))
            if _SENTENCE_START.search(line.text[max(0, match.start() - 3) : match.start()]):
                return found
            fallback = fallback or found
    return fallback


_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` begins: after the last comma, colon or stop before it."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, end - 120), end)), default=max(0, end - 120))


def _opening_date(lead: list[Line], published: dt.date | None, event_sentence: str = "",
                  name_year: int | None = None) -> EventDate | None:
    """The first date that opens a lead sentence ('Chiều 28/6, ...'); never a date from further in the body. Without
    a date line, a lunar year named in the event's own sentence gives its year ('Sáng 6-2, ...' then '... cuộc họp
    tổng kết ... Tết Đinh Dậu 2017')."""
    for line in lead:
        for match in _DATE.finditer(line.text):
            if match.start() > 40:
                break
            resolved = _resolve(match, published, line.text) or (
                _resolve(match, published, event_sentence, name_year) if event_sentence else None)
            if resolved is not None and _SENTENCE_START.search(line.text[max(0, match.start() - 3) : match.start()]):
                return EventDate(date=resolved, as_written=match.group(0),
                                 span=Span(start=line.start + match.start(), end=line.start + match.end()))
    return None


def _in(span: Span, line: Line, start: int, end: int) -> bool:
    return line.start + start <= span.start < line.start + end


def _lead_sentences(body: list[Line]) -> list[Line]:
    """The first sentences of the body (each as a Line with its own offset), where news states its event."""
    sentences: list[Line] = []
    for line in body[:LEAD_PARAGRAPHS]:
        position = 0
        while position < len(line.text) and len(sentences) < LEAD_SENTENCES:
            end_match = _LEAD_BREAK.search(line.text, position)
            end = end_match.start() + 1 if end_match else len(line.text)
            sentences.append(Line(text=line.text[position:end], start=line.start + position))
            position = end_match.end() if end_match else len(line.text)
        if len(sentences) >= LEAD_SENTENCES:
            break
    return sentences


def find_event(headline: Line, body: list[Line], published: dt.date | None, persons: list[Person],
               organizations: list[Organization], places: list[Place]) -> Event | None:
    lead = _lead_sentences(body)
    kind_line, kind_match = None, None
    headline_kind = _headline_kind_pattern().search(headline.text)
    best = 0
    for line in lead:
        match = next((found for found in _headline_kind_pattern().finditer(line.text)
                      if not _VENUE_BEFORE.search(line.text[max(0, found.start() - 20) : found.start()])
                      and not _DOCUMENT_BEFORE.search(line.text[max(0, found.start() - 20) : found.start()])
                      and not _PROPOSED_BEFORE.search(line.text[max(0, found.start() - 25) : found.start()])
                      and not _PROPOSED_AFTER.match(line.text, found.end())
                      and not _GENERIC_BEFORE.search(line.text, max(0, found.start() - 8), found.start())), None)
        if match is None:
            continue
        opening = _opening_date([line], published) is not None
        said = opening or _DATE.search(line.text) is not None or _EVENT_VERB.search(line.text) is not None or (
            headline_kind is not None and headline_kind.group(1).casefold() == match.group(1).casefold())
        score = 2 if opening else 1 if said else 0
        if score > best:  # a kind in a sentence opening with a date beats one in a sentence that only dates it
            kind_line, kind_match, best = line, match, score
        if best == 2:
            break
    if kind_match is None:
        kind_match = _headline_kind_pattern().search(headline.text)
        kind_line = headline if kind_match else None
    activity_date = None
    if kind_match is None or kind_line is None:
        found, activity_date = _activity(lead, published)
        if found is None:
            return None
    else:
        found = _Kind(kind_line, kind_match.group(1), kind_match.start(1), kind_match.end(1))
        part = _PART_HELD.match(kind_line.text, found.end)
        if part is not None:  # 'Lễ hội pháo hoa ... (DIFF 2025) diễn ra đêm thi vòng loại ...': the night is the event
            found = _kind_words(kind_line, part.start(1), part.group(1))
        final = _FINAL_BEFORE.search(kind_line.text, max(0, found.start - 20), found.start)
        if final is not None:  # 'đêm chung kết cuộc thi Hoa hậu ...': the contest's final is the event
            end = final.start() + len(final.group(0).rstrip())
            found = _Kind(kind_line, kind_line.text[final.start() : end], final.start(), end)
    kind_line = found.line
    kind = found.text[0].upper() + found.text[1:]
    rest = kind_line.text[found.end :]
    stop = _NAME_STOP.search(rest)
    tail = (rest[: stop.start()] if stop else rest).split()[:MAX_NAME_WORDS]
    name = " ".join([kind, *tail])
    if activity_date is not None:
        date = activity_date
    else:
        name_year = (_name_year(name) or _term_year(kind, body[:3])
                     if published is None and not _STILL_TO_COME.search(kind_line.text, found.end)
                     else None)  # an event still to come ('... năm 2019, dự kiến diễn ra vào ngày 10-4') is undated
        date = _event_date([kind_line], published, name_year) if kind_line is not headline else None
        if date is None or not _SENTENCE_START.search(kind_line.text[max(0, date.span.start - kind_line.start - 3) :
                                                                     date.span.start - kind_line.start]):
            date = _opening_date(lead, published, kind_line.text, name_year) or date
    scope_lines = [line for line in [headline, *body]]
    return Event(
        id=f"event-{slug(kind)}",
        kind=kind,
        name=name,
        date=date,
        place_id=_event_place(lead, places, date),
        online=any("trực tuyến" in line.text or "điểm cầu" in line.text for line in [headline, *lead]),
        bridge_point_ids=_bridge_points(scope_lines, places),
        chair_ids=(chairs := _persons_by_verb(body, persons, "chủ trì", before=True)),
        participant_ids=[pid for pid in _persons_by_verb(body, persons, "dự", before=False) if pid not in chairs],
        organizer_ids=_organizers(found, organizations),
    )


_CLAUSE_START = re.compile(r"(?:^|[,;(]\s*|(?:^|[,;(]\s*)[Vv]ào\s+)$")
"""Where a date opens a clause: the line's start or a comma, maybe with 'vào' ('Vào ngày 1/2/2017, ... ra mắt')."""
_DIGITS_OF_A_DATE = re.compile(r"\d\s*[/-]\s*\d|\d\s+tháng|(?<![\d.])\d{1,2}\.\d{1,2}(?!\d)")


class _Kind(NamedTuple):
    """The words that name the event's kind in ``line``, by position in that line."""

    line: Line
    text: str
    start: int
    end: int


def _activity(lead: list[Line], published: dt.date | None) -> tuple[_Kind | None, EventDate | None]:
    """With no event word anywhere, the event is read from what the lead says was done: a dated visit, reception or
    handover; else what a sentence opening with its date says was held; else what an undated first sentence says was
    organised, dated by the date opening a later one."""
    return (_dated_activity(lead, published) or _held_on_opening_date(lead, published)
            or _organised_then_dated(lead, published) or _held_then_dated(lead, published) or (None, None))


def _dated_activity(lead: list[Line], published: dt.date | None) -> tuple[_Kind, EventDate] | None:
    """A dated lead sentence whose verb is a visit, a reception or a handover: the event is that activity, dated by
    the last date written before the verb ('Để ... vào ngày 1-7, ngày 28-6 Đoàn công tác ... đón ...' is dated
    28-6)."""
    for line in lead:
        if _DIGITS_OF_A_DATE.search(line.text) is None:
            continue  # most lead sentences hold no date: skip the slower date pattern
        dates = list(_DATE.finditer(line.text))
        if not dates:
            continue
        match = _ACTIVITY.search(line.text, dates[0].end())
        if match is None:
            continue
        before = [date for date in dates if date.end() <= match.start()
                  and _CLAUSE_START.search(line.text, max(0, date.start() - 8), date.start())]
        if not before:
            continue  # 'Nghị định ... ngày 18/6/2015 ...', 'Tính đến ngày 6/2/2017, ...': the date of no activity
        resolved = _resolve(before[-1], published, line.text)
        if resolved is not None:
            return _Kind(line, match.group(1), match.start(1), match.end(1)), _date_of(line, before[-1], resolved)
    return None


def _held_on_opening_date(lead: list[Line], published: dt.date | None) -> tuple[_Kind, EventDate] | None:
    """A sentence opening with its date that says something was held: what it held is the event ('Chiều 28-6, Sở
    ... tổ chức chương trình ...', 'Tối 28/6, chung kết ... diễn ra tại ...')."""
    for line in lead:
        if _HELD_VERB.search(line.text) is None:
            continue
        opening = _opening_date([line], published)
        if opening is not None and (kind := _held(line, opening.span.end - line.start)) is not None:
            return kind, opening
    return None


_HELD_THEN_DATED = re.compile(
    r"\s*((?:[Gg]iải|[Đđ]êm|[Cc]hương trình|[Ll]iên hoan|[Tt]riển lãm|[Cc]hung kết)\s[^,;:.!?]{0,120}?)\s+"
    r"(?:đã\s+)?(?:chính thức\s+)?(?:được\s+)?(?:diễn ra|khai mạc|bế mạc|khép lại|kết thúc)\s+(?:vào\s+)?"
    r"(?=(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)\s)")
"""'Giải golf ... do Báo ... tổ chức đã khép lại vào chiều 28-6': a lead sentence opening with what was held (a
tournament, a night, a programme, a festival, an exhibition, a final) whose verb is followed by its date."""


def _held_then_dated(lead: list[Line], published: dt.date | None) -> tuple[_Kind, EventDate] | None:
    """What a lead sentence opens with, held on the date written right after its verb (the date closing the
    sentence's head rather than opening it)."""
    for line in lead:
        held = _HELD_THEN_DATED.match(line.text)
        if held is None or _STILL_TO_COME.search(held.group(1)):
            continue  # 'Đêm công diễn thứ 2 ... sẽ diễn ra vào tối 29/6' is still to come
        date = _DATE.match(line.text, held.end())
        resolved = _resolve(date, published, line.text) if date is not None else None
        if resolved is not None:
            return _kind_words(line, held.start(1), held.group(1)), _date_of(line, date, resolved)
    return None


def _organised_then_dated(lead: list[Line], published: dt.date | None) -> tuple[_Kind, EventDate] | None:
    """'X vừa tổ chức chương trình khám ... Sáng 28/6, đoàn bác sĩ ...': what the first, undated lead sentences say
    was organised, dated by the date that opens a lead sentence, later or earlier ('Tối 26/6, ... đã trình diễn ...
    X phối hợp cùng Y tổ chức chương trình ...')."""
    for line in lead[:2]:
        held = _ORGANISED.search(line.text)
        if held is not None and _DIGITS_OF_A_DATE.search(line.text) is None:
            opening = _opening_date(lead, published, line.text)
            if opening is not None:
                return _kind_words(line, held.start(1), held.group(1)), opening
    return None


def _date_of(line: Line, match: re.Match[str], resolved: dt.date) -> EventDate:
    return EventDate(date=resolved, as_written=match.group(0),
                     span=Span(start=line.start + match.start(), end=line.start + match.end()))


_HELD_VERB = re.compile(r"(?:tổ chức|diễn ra|khai mạc|bế mạc|khép lại|có buổi)(?![\w])")
"""A prefilter for the two patterns below, led by the verbs' letters so the engine skips ahead."""
_HELD_OBJECT = re.compile(
    r"(?:tổ chức|diễn ra|có(?=\s+buổi\s))\s+(?!(?:các|những|một|nhiều|tại|vào|từ|trong|ở|lúc|cho|thành công"
    r"|sôi nổi|long trọng|trang trọng|trên|với|bởi|theo|như|rất|khá|để|nhằm|và|thường|đến|hằng|hàng|lại|được|hôm"
    r"|năm|tháng|(?:sáng|chiều|tối|trưa|đêm|ngày)(?=\s+(?:\d|nay|qua|mai|hôm)))(?![\w]))([^\W\d_].{0,40})")
"""'... tổ chức lễ tang ...', '... đã diễn ra tour đêm ...', '... có buổi giao lưu ...': what the verb holds is the
event."""
_HELD_SUBJECT = re.compile(
    r"\s*,\s*(?:tại\s[^,]{1,80},\s*)?([^,;:.!?]{3,120}?)\s+(?:đã\s+)?(?:chính thức\s+)?(?:được\s+)?"
    r"(?:diễn ra|khai mạc|bế mạc|khép lại)(?=\s*(?:[,.;]|$|(?:tại|vào|trong|với|từ|ở|lúc|sôi nổi|long trọng"
    r"|trang trọng|thành công)(?![\w])))")
"""'Tối 28/6, chung kết Hoa hậu ... diễn ra tại ...': the subject right after the opening date, held (not an object
after the verb: 'UBND tỉnh khai mạc Hội chợ' is caught by the event word)."""


_ORGANISED = re.compile(r"(?<![\w])(?:vừa|đã|phối hợp)\s(?:[^.;]{0,80}?\s)?tổ chức\s+"
                        r"((?:lễ|buổi|cuộc|chương trình|ngày hội|hội|đêm|giải)\s.{0,40})")
"""'X vừa (phối hợp với Y) tổ chức chương trình khám ...', 'X phối hợp cùng Y tổ chức chương trình ...': what was
organised, in a sentence that writes no date."""


def _held(line: Line, after_date: int) -> _Kind | None:
    """What a sentence opening with its date says was held, organised, opened or closed, as the event's kind."""
    subject = _HELD_SUBJECT.match(line.text, after_date)
    if subject is not None and len(subject.group(1).split()) <= 15:
        if _KIND_WORDS.match(subject.group(1)):
            return _kind_words(line, subject.start(1), subject.group(1))
    held = _HELD_OBJECT.search(line.text, after_date)
    if held is not None:
        return _kind_words(line, held.start(1), held.group(1))
    return None


_NON_SPACE = re.compile(r"\S+")
_AT = re.compile(r"(?<![\w])tại\s|(?<![\w])(?:tổ chức|diễn ra|khai mạc|họp)(?:\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|"
                 r"ngày|hôm)\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)?\s+ở\s")
"""Where the event took place: after 'tại', or after 'ở' right after its verb and date ('do Bộ ... tổ chức ngày
26-4 ở Hà Nội'), since 'ở' alone is also where people live or work."""
_PLACE_END = re.compile(r"[;.]")
_BRIDGE = re.compile(r"điểm cầu")
_BRIDGE_END = re.compile(r"[;.,]")
_ORGANISED_BY = re.compile(r"(?<![\w])do\s(.{3,160}?)\s(?:phối hợp\s)?tổ chức(?![\w])")
_ORGANISES = re.compile(r"(?<![\w])tổ chức\s*$")
_KIND_WORDS = re.compile(r"(?:[Bb]uổi|[Cc]uộc)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|[^\W\d_]+(?:\s+[^\W\d_]+)?")


_PART_HELD = re.compile(r"[^,;:.!?]{0,80}?\s(?:đã\s+)?diễn ra\s+((?:đêm|lễ|buổi|vòng|phiên)\s[^\W\d_]+(?:\s[^\W\d_]+)*)")
"""A festival or a congress that holds one of its parts ('Lễ hội ... diễn ra đêm thi vòng loại cuối cùng', '... diễn
ra lễ khai mạc'): the part held that day is the event."""
_FINAL_BEFORE = re.compile(r"(?<![\w])(?:[Đđ]êm\s+|[Vv]òng\s+)?(?:[Cc]hung|[Bb]án)\s+kết\s+$")
"""The final right before a contest's event word ('đêm chung kết cuộc thi'), which is then part of the kind."""
_FINAL = re.compile(r"(?:[Đđ]êm|[Vv]òng)\s+(?:[Cc]hung|[Bb]án)\s+kết(?![\w])")
"""'Đêm Chung kết', 'vòng bán kết': a final's night or round, whose second word may be capitalised for emphasis."""


def _kind_words(line: Line, start: int, words: str) -> _Kind:
    """Two syllables, three after a classifier ('chung kết', 'lễ tang', 'buổi giao lưu'), as the kind; a syllable
    in capitals after the first begins a name and is left out ('Đêm Hội Lim' -> 'Đêm'), but for a final's night or
    round ('Đêm Chung kết', as written)."""
    final = _FINAL.match(words)
    if final is not None:
        return _Kind(line, words[: final.end()], start, start + final.end())
    first, *rest = _NON_SPACE.finditer(_KIND_WORDS.match(words).group(0))
    lower = list(itertools.takewhile(lambda word: word.group(0)[0].islower(), rest))
    end = (lower[-1] if lower else first).end()
    return _Kind(line, words[:end], start, start + end)


def _event_place(lead: list[Line], places: list[Place], date: EventDate | None) -> str | None:
    for line in lead:
        if date is not None and not (line.start <= date.span.start < line.start + len(line.text)):
            continue
        for at in _AT.finditer(line.text):
            window = line.text[at.end() : at.end() + 60]
            if "điểm cầu" in window[:20]:
                continue
            cut = _PLACE_END.search(window)
            limit = at.end() + (cut.start() if cut else len(window))
            best = None
            for place in places:
                for mention in place.mentions:
                    if _in(mention.span, line, at.end(), limit) and (best is None or mention.span.start < best[0]):
                        best = (mention.span.start, place.id)
            if best:
                return best[1]
        if date is not None:
            break
    return None


def _bridge_points(lines_: list[Line], places: list[Place]) -> list[str]:
    found: list[tuple[int, str]] = []
    for line in lines_:
        for bridge in _BRIDGE.finditer(line.text):
            window = line.text[bridge.end() : bridge.end() + 40]
            cut = _BRIDGE_END.search(window)
            limit = bridge.end() + (cut.start() if cut else len(window))
            for place in places:
                for mention in place.mentions:
                    if _in(mention.span, line, bridge.end(), limit):
                        found.append((mention.span.start, place.id))
    ordered: list[str] = []
    for _, place_id in sorted(found):
        if place_id not in ordered:
            ordered.append(place_id)
    return ordered


def _persons_by_verb(body: list[Line], persons: list[Person], verb: str, before: bool) -> list[str]:
    """Persons named in a sentence with the verb: before it for 'chủ trì' (else right after), anywhere for 'dự'."""
    found: list[tuple[int, str]] = []
    if not persons:
        return []
    pattern = re.compile(rf"{verb}(?![\w])")  # led by the verb's letters, so the engine skips ahead to them
    for line in body:
        if verb not in line.text:
            continue  # most lines hold neither verb: a substring test is cheaper than the pattern
        for match in pattern.finditer(line.text):
            if match.start() and (line.text[match.start() - 1].isalnum() or line.text[match.start() - 1] == "_"):
                continue  # inside a word
            start, end = _sentence(line.text, match.start())
            windows = [(start, match.start())] if before else [(start, end)]
            if before:
                windows.append((match.end(), end))
            for low, high in windows:
                hits = [(mention.span.start, person.id) for person in persons for mention in person.mentions
                        if _in(mention.span, line, low, high)]
                if hits:
                    found.extend(hits)
                    break
    ordered: list[str] = []
    for _, person_id in sorted(found):
        if person_id not in ordered:
            ordered.append(person_id)
    return ordered


def _organizers(kind: _Kind, organizations: list[Organization]) -> list[str]:
    """'do Bộ Công an tổ chức' or 'Bộ Công an tổ chức Hội nghị' in the sentence that names the event."""
    line = kind.line
    start, end = _sentence(line.text, kind.start)
    sentence = line.text[start:end]
    windows = []
    for match in _ORGANISED_BY.finditer(sentence):
        windows.append((start + match.start(1), start + match.end(1)))
    organise = _ORGANISES.search(line.text[start : kind.start])
    if organise:
        windows.append((start, start + organise.start()))
    ids: list[str] = []
    for low, high in windows:
        for organization in organizations:
            if any(_in(mention.span, line, low, high) for mention in organization.mentions):
                if organization.id not in ids:
                    ids.append(organization.id)
    return ids

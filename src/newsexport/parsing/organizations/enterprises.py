"""Companies named by a foreign brand after a lowercase head and their trade ('công ty phân tích rủi ro hàng hải
Windward', 'hãng sản xuất xe điện Tesla', 'tập đoàn năng lượng EDF'), which the name grammar, reading capitalised
names after a head, does not reach: the body is its brand, as the annotations name it."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsexport.parsing.gazetteer import E, LOWER, abbreviations, alternation, lines, lowercase_stops
from newsexport.parsing.names import country_names, foreign_word
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.segment import Line

NEWS_TRADES = ("tin", "thông tấn", "truyền hình", "phát thanh")
"""Trades of news agencies and broadcasters ('hãng tin Reuters', 'hãng thông tấn Yonhap'), which the stories cite as
their sources: no body of the story."""
NOT_A_TRADE = frozenset(lines("enterprise_non_trade_words.txt"))
"""Words that make no trade between a head and a brand (``enterprise_non_trade_words.txt``)."""
COMPANY_WORDS = frozenset(lines("foreign_company_words.txt"))
"""Last words of a foreign company's name of three words (``foreign_company_words.txt``)."""


@lru_cache(maxsize=1)
def _enterprise() -> re.Pattern[str]:
    stops = alternation(sorted(lowercase_stops() | NOT_A_TRADE))
    return re.compile(
        # begun with the head's first letter, on which the engine skips ahead, then the word start checked
        rf"[CcHhTt](?<![\w].)(?:(?<=[Cc])ông ty|(?<=[Hh])ãng|(?<=[Tt])ập đoàn)(?!\s+(?:{alternation(NEWS_TRADES)}){E})"
        rf"(?:\s+(?!(?:{stops}){E})[{LOWER}]+){{1,6}}"
        r"\s+(?P<name>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})(?![\w&'’-]|\.\w|\s+[A-ZĐ\d]|\s+of\s)")


def _brand(name: str) -> bool:
    """A foreign proper name or an abbreviation in capitals ('Windward', 'EDF', 'HAGL Agrico'), not a Vietnamese word
    ('hãng xe sang Anh', 'công ty bảo hiểm Trung Quốc')."""
    words = name.split(" ")
    if len(words) == 3 and words[-1] not in COMPANY_WORDS or name in abbreviations() or name in COMPANY_WORDS:
        return False  # 'Alibaba Jack Ma': a brand and a person; 'BHXH': a Vietnamese abbreviation; 'LLC' alone
    return foreign_word(words[0]) or len(words[0]) >= 3 and words[0].isupper()


def _add_enterprises(line: Line, found: list[Candidate]) -> None:
    """The companies named by a brand after a lowercase head and trade that no other pattern has read."""
    taken = [(candidate.start, candidate.end) for candidate in found]
    for match in _enterprise().finditer(line.text):
        written = match.group("name")
        country = written.split(" ", 1)[0]
        if " " in written and country in country_names():
            written = written[len(country) + 1:]  # 'công ty kiến trúc Australia Decibel': the country, then the name
        if not _brand(written):
            continue
        start = line.start + match.end("name") - len(written)
        end = start + len(written)
        if any(begin < end and start < stop for begin, stop in taken):
            continue  # a brand read already ('hãng xe BMW' with BMW among the brands)
        bisect.insort(found, Candidate(written=written, start=start, end=end, name=written),
                      key=lambda candidate: candidate.start)

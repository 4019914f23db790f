"""Companies written '<proper name> Group' ('Đức Dương Group', 'T&T Group') or with a legal form abroad ('Heineken
NV', 'Carlsberg A/S'), which no head before them reads."""

from __future__ import annotations

import bisect
import re

from newsexport.parsing.gazetteer import UPPER, lines
from newsexport.parsing.names import country_names, foreign_word
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.segment import Line

_LEGAL_FORM = (r"(?:Group(?: Holdings| S\.R\.L)?|Holdings(?: Co\.| Inc\.?| Ltd\.?)?|Corp\.?|Corporation|Inc\.?"
               r"|Ltd\.?|Co\.(?!\s*op(?![\w]))(?:,? Ltd\.?)?|LLC|plc|PLC|NV|N\.V\.|AG|GmbH|A/S|JSC|S\.A\.)(?![\w/])")
"""What ends a company's name written without a Vietnamese head: 'Group' and the legal forms of companies abroad
('Kirin Holdings Co.', 'Heineken NV', 'Carlsberg A/S', 'Bayer AG'); not the 'Co.' of the brand 'Co.op' ('Saigon Co.
op')."""
LEGAL_FORMS = re.compile(rf" {_LEGAL_FORM}")
"""A line holding no legal form is not searched for these companies: one search of a pattern that begins with a space
is far cheaper than the name pattern's."""
_GROUP = re.compile(rf"(?<![\w&'’.-])(?P<name>(?:[{UPPER}][\w&'’-]*\s){{1,4}}{_LEGAL_FORM})")
"""A company written with 'Group' or a legal form after its proper name ('Đức Dương Group', 'T&T Group', 'Asahi
Group Holdings', 'Martarello Group S.R.L', 'Tsingtao Brewery Co.', 'Anheuser-Busch InBev NV'), as firms write their
names, which no head before them reads."""
_GROUP_NOT_FIRST = frozenset(lines("group_lead_words.txt"))
"""Capitalised first words that open a sentence or name a board, a shop or a kind of company, not the company: dropped
from the name (``group_lead_words.txt``)."""


def _add_groups(line: Line, found: list[Candidate]) -> None:
    """The companies named '<proper name> Group' or with a legal form that no head before them has already read."""
    taken = [(candidate.start, candidate.end) for candidate in found]
    for match in _GROUP.finditer(line.text):
        words = match.group("name").split()
        skip = 0
        while skip < len(words) - 1 and (words[skip] in _GROUP_NOT_FIRST or words[skip] in country_names()
                                         and foreign_word(words[skip + 1])):
            skip += 1  # 'Theo T&T Group', 'Mỹ Critical Metals Corp': a clause word, the company's country ('Đức
            # Dương Group' is a name)
        if len(words) - skip < 2:
            continue
        written = " ".join(words[skip:])
        stop = line.start + match.end()
        if written.endswith((" Inc.", " Corp.", " Ltd.")):
            written, stop = written[:-1], stop - 1  # the dot is written or not ('Chase Car Inc', 'Chase Car Inc.')
        start = stop - len(written)
        if any(begin < stop and start < end for begin, end in taken):
            continue  # inside a body read with its head; in brackets after one, its short name ('Công ty TNHH Đức
            # Dương (Đức Dương Group)'), which find_organizations redirects to it
        bisect.insort(found, Candidate(written=written, start=start, end=start + len(written), name=written),
                      key=lambda candidate: candidate.start)

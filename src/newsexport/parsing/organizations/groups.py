"""Companies written '<proper name> Group' ('Đức Dương Group', 'T&T Group'), which no head before them reads."""

from __future__ import annotations

import bisect
import re

from newsexport.parsing.gazetteer import UPPER, lines
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.segment import Line

_GROUP = re.compile(rf"(?<![\w&'’.-])(?P<name>(?:[{UPPER}][\w&'’-]*\s){{1,3}}Group(?: Holdings| S\.R\.L)?)(?![\w])")
"""A company written with 'Group' after its proper name ('Đức Dương Group', 'T&T Group', 'Asahi Group Holdings',
'Martarello Group S.R.L'), as firms write their brands; tried only on lines holding ' Group'."""
_GROUP_NOT_FIRST = frozenset(lines("group_lead_words.txt"))
"""Capitalised first words that open a sentence or name a board or a shop, not the company: dropped from the name
(``group_lead_words.txt``)."""


def _add_groups(line: Line, found: list[Candidate]) -> None:
    """The companies named '<proper name> Group' that no head before them has already read."""
    taken = [(candidate.start, candidate.end) for candidate in found]
    for match in _GROUP.finditer(line.text):
        words = match.group("name").split()
        skip = 0
        while skip < len(words) - 1 and words[skip] in _GROUP_NOT_FIRST:
            skip += 1
        if len(words) - skip < 2:
            continue
        written = " ".join(words[skip:])
        start = line.start + match.end() - len(written)
        if any(begin < line.start + match.end() and start < end for begin, end in taken):
            continue  # inside a body read with its head; in brackets after one, its short name ('Công ty TNHH Đức
            # Dương (Đức Dương Group)'), which find_organizations redirects to it
        bisect.insort(found, Candidate(written=written, start=start, end=start + len(written), name=written),
                      key=lambda candidate: candidate.start)

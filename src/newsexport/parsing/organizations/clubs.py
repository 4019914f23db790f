"""Football clubs: the teams on each side of a score ('Chelsea 3-1 Arsenal') and their other mentions in the
article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import family_names, lines, table
from newsexport.parsing.names import NOT_NAME_WORDS
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.organizations.patterns import _known, _place_names
from newsexport.parsing.places import country_synonyms, places_abroad
from newsexport.parsing.segment import Line

_SCORE = re.compile(r"\d(?<=[^\W\d] \d)\d?-\d{1,2}(?= [A-ZĐ])")
"""A score between two words ('Chelsea 3-1 Arsenal'); its first digit before the look-behind, so the engine skips
ahead to digits."""
_CLUB_WORD = r"[A-ZĐ][\w']*(?:\.[\w']+)*"
_TEAM_BEFORE = re.compile(rf"(?<![\w.'-])({_CLUB_WORD}(?: {_CLUB_WORD}){{0,2}}) $")
_TEAM_AFTER = re.compile(rf" ({_CLUB_WORD}(?: {_CLUB_WORD}){{0,2}})(?![\w-])")


def _clubs(lines_: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Two teams on each side of a score ('Chelsea 3-1 Arsenal', 'Leicester City 0-3 Man United') are clubs, and so
    are their other mentions in the article; not youth or national teams ('U23 Việt Nam 2-1 U23 Malaysia'), nor a
    place, a country or a person's name read as a team. Only a score between two capitalised words is looked at
    (dates such as 'ngày 28-6' are not)."""
    names: list[str] = []
    for line in lines_:
        if "-" not in line.text:
            continue
        for score in _SCORE.finditer(line.text):
            before = _TEAM_BEFORE.search(line.text, max(0, score.start() - 40), score.start())
            after = _TEAM_AFTER.match(line.text, score.end())
            if before is None or after is None:
                continue
            sides = [_without_lead(before.group(1)), after.group(1)]
            if any(_not_a_club(side) for side in sides):
                continue
            names.extend(side for side in sides if side not in names)
    taken = [(candidate.start, candidate.end) for candidate in found]
    clubs = _known_clubs(lines_, taken, names)
    if not names:
        return clubs
    taken += [(club.start, club.end) for club in clubs]
    mention = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(name) for name in sorted(names, key=len, reverse=True))})"
                         rf"(?![\w-])")
    for line in lines_:
        for match in mention.finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            if not any(start < other_end and other_start < end for other_start, other_end in taken):
                clubs.append(Candidate(written=match.group(0), start=start, end=end, name=match.group(0)))
    return sorted(clubs, key=lambda club: club.start)


def _known_clubs(lines_: list[Line], taken: list[tuple[int, int]], names: list[str]) -> list[Candidate]:
    """The clubs of ``football_clubs.tsv`` in an article about football (a cue of ``football_cues.txt`` in it),
    each named by the form the article writes first ('Man City', later 'Manchester City'), outside the bodies
    already found; after a word for a city ('thành Manchester', 'thành phố Barcelona') the name is the city's.
    The forms found are added to ``names``, so that the clubs of a score are not read twice."""
    whole = "\n".join(line.text for line in lines_)  # one scan a cue: most articles hold none
    if not any(cue in whole for cue in _FOOTBALL_CUES):
        return []
    forms, pattern = _club_forms()
    clubs, first_form = [], {}
    for line in lines_:
        for match in pattern.finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            written = match.group(0)
            if any(start < other_end and other_start < end for other_start, other_end in taken) or \
                    _CITY_BEFORE.search(line.text, max(0, match.start() - 10), match.start()):
                continue
            name = first_form.setdefault(forms[written], written)
            clubs.append(Candidate(written=written, start=start, end=end, name=name))
            if written not in names:
                names.append(written)
    return clubs


_FOOTBALL_CUES = tuple(lines("football_cues.txt"))
_CITY_BEFORE = re.compile(r"(?<![\w])(?:[Tt]hành phố|[Tt]hành|TP\.?) $")
"""A word for a city before a club's name: the city it is named after ('thành Manchester', 'thành phố Liverpool');
not 'tại', since a player plays 'tại Chelsea' as often as a team trains 'tại Barcelona'."""


@lru_cache(maxsize=1)
def _club_forms() -> tuple[dict[str, int], re.Pattern[str]]:
    """Each written form of a known club, with the number of its club, and the pattern that finds any of them."""
    forms = {form.strip(): number for number, row in enumerate(table("football_clubs.tsv")) for form in row
             if form.strip()}  # a stray tab must not add an empty form, which would match everywhere
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-]|\.\w)")


CLUB_LEAD_WORDS = frozenset(lines("club_lead_words.txt"))
"""Capitalised words that open a sentence before a score's first team, no part of the club's name
(``club_lead_words.txt``)."""


def _without_lead(side: str) -> str:
    words = side.split()
    while len(words) > 1 and (words[0] in CLUB_LEAD_WORDS or words[0] in NOT_NAME_WORDS):
        words = words[1:]
    return " ".join(words)


def _not_a_club(side: str) -> bool:
    """A side of a score that names no club: a youth or national team, a place or a country, a known body, a
    Vietnamese person ('Nguyễn Văn A 2-0 Trần Văn B' in a singles match)."""
    return side[:1] == "U" and side[1:2].isdigit() or side in _place_names() or side in _countries() or \
        side in CLUB_LEAD_WORDS or side in NOT_NAME_WORDS or \
        " ".join(side.split()).casefold() in _known() or side.split()[0] in family_names() and " " in side


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset({*lines("countries.txt"), *country_synonyms(), *places_abroad()})

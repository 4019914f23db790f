"""Persons of the story: a capitalised name with a cue (rank, title, 'đồng chí', 'ông', list context), the
rank and every title written around it, and later mentions (the full name again, 'đồng chí Bộ trưởng',
'ông Tuấn') linked to the same person.

A name is 2-4 capitalised syllables; inside a longer capitalised run it starts at the first family name
that leaves 2-4 syllables ('... Trung ương Đảng Lê Hoài Trung'). Without a cue nothing is a person: bylines,
photo credits and place names stay out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Mention, Person, Span
from newsexport.parsing.gazetteer import B, CAP_SYLLABLE, E, UPPER, alternation, division_names, family_names, lines, slug
from newsexport.parsing.names import rank_alternation, title_head_regex, title_phrase
from newsexport.parsing.segment import Line

MAX_PREFIX = 160
"""How far before a name titles are looked for (a few titles' length)."""
SINGLE_SYLLABLE_CUES = frozenset({"ông", "bà", "anh", "chị", "cháu", "em", "bé", "cụ", "cô", "thầy"})


@dataclass
class Found:
    """A person while the article is read: the name, what was said about them, where."""

    name: str
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add_titles(self, titles: list[str]) -> None:
        """Add titles not yet known; a shorter form ('Thứ trưởng') of a known one is the same title and a
        longer form ('Thứ trưởng Bộ Công an') replaces the shorter."""
        for title in titles:
            key = title.casefold()
            for index, known in enumerate(self.titles):
                known_key = known.casefold()
                if known_key == key or known_key.startswith(key + " "):
                    break
                if key.startswith(known_key + " "):
                    self.titles[index] = title
                    break
            else:
                self.titles.append(title)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    rank = rank_alternation()
    cue = alternation(lines("person_cues.txt"), either_case_first=True)
    title = title_phrase()
    return {
        "run": re.compile(rf"{B}{CAP_SYLLABLE}(?: {CAP_SYLLABLE})+{E}"),
        "rank_before": re.compile(rf"{B}({rank})\s+$"),
        "cue_before": re.compile(rf"{B}({cue})\s*:?\s+$"),
        "title_before": re.compile(rf"({title})\s*$"),
        "title_after": re.compile(rf"\s*(?:,|-|–|—)\s*(?:kiêm\s+)?(?:nguyên\s+)?((?!{rank}){title})"),
        "rank_title_after": re.compile(rf"\s*(?:,|-|–|—)\s*{rank}{E}"),
        "birth_after": re.compile(r"\s*[,(]\s*(?:SN|sinh năm|sinh ngày|\d{1,3} tuổi|\d{4}[,;)])"),
        "title_ref": re.compile(rf"{B}(?:[đĐ]ồng chí|[ôÔ]ng|[bB]à)\s+({alternation(lines('titles.txt'), either_case_first=True)}){E}(?!\s+[{UPPER}])"),
        "given_ref": re.compile(rf"{B}(?:[đĐ]ồng chí|[ôÔ]ng|[bB]à|[aA]nh|[cC]hị)\s+({CAP_SYLLABLE}){E}(?!\s*[{UPPER}\w])"),
    }


def _name_in_run(words: list[str], strong_cue: bool) -> int | None:
    """Index of the first word of the person's name in a capitalised run, or None."""
    families = family_names()
    for index, word in enumerate(words):
        if word in families and 2 <= len(words) - index <= 4:
            return index
    if strong_cue and 2 <= len(words) <= 4:
        return 0
    return None


def _titles_before(prefix: str, comma_allowed: bool) -> list[str]:
    """Titles written just before a name, nearest last ('Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, ')."""
    titles: list[str] = []
    pattern = _patterns()["title_before"]
    rest = prefix
    first = True
    while True:
        stripped = rest.rstrip()
        if stripped.endswith(","):
            if first and not comma_allowed:
                break
            stripped = stripped[:-1].rstrip()
        elif not first:
            break
        match = pattern.search(stripped[-MAX_PREFIX:])
        if match is None:
            break
        titles.insert(0, match.group(1).strip())
        rest = stripped[: len(stripped) - len(match.group(0))]
        first = False
    return titles


def _titles_after(text: str, end: int) -> tuple[list[str], str | None]:
    """Titles written after a name, separated by commas or dashes; also a rank written there."""
    titles: list[str] = []
    rank = None
    patterns = _patterns()
    position = end
    while True:
        match = patterns["title_after"].match(text, position)
        if match is None:
            break
        titles.append(match.group(1).strip())
        position = match.end()
    return titles, rank


def find_persons(lines_: list[Line]) -> list[Found]:
    """Persons in reading order of their first mention."""
    patterns = _patterns()
    places = division_names()
    found: dict[str, Found] = {}
    for line in lines_:
        text = line.text
        for run in patterns["run"].finditer(text):
            words = run.group(0).split(" ")
            capital_cue = words[0].casefold() in SINGLE_SYLLABLE_CUES
            offset = 0
            if capital_cue:
                offset = len(words[0]) + 1
                words = words[1:]
            prefix = text[max(0, run.start() - MAX_PREFIX) : run.start()]
            rank_match = patterns["rank_before"].search(prefix)
            rank = rank_match.group(1) if rank_match else None
            before_rank = prefix[: rank_match.start()] if rank_match else prefix
            cue_match = patterns["cue_before"].search(before_rank)
            strong = capital_cue or rank is not None or cue_match is not None
            index = _name_in_run(words, strong)
            if index is None:
                continue
            name_words = words[index:]
            name = " ".join(name_words)
            if name in places:
                continue
            start = run.start() + offset + sum(len(word) + 1 for word in words[:index])
            end = start + len(name)
            if index > 0:
                prefix = text[max(0, start - MAX_PREFIX) : start]
                rank_match = patterns["rank_before"].search(prefix)
                rank = rank_match.group(1) if rank_match else None
                strong = rank is not None
            before = prefix[: rank_match.start()] if rank_match else prefix
            cue_match = patterns["cue_before"].search(before)
            if cue_match:
                before = before[: cue_match.start()]
            titles = _titles_before(before, comma_allowed=rank is not None or cue_match is not None)
            after, _ = _titles_after(text, end)
            born = patterns["birth_after"].match(text, end) is not None
            if not (strong or cue_match or titles or after or born or capital_cue or name in found):
                continue
            person = found.setdefault(name, Found(name=name))
            person.rank = person.rank or rank
            person.add_titles(titles + after)
            person.mentions.append(Mention(text=name, span=Span(start=line.start + start, end=line.start + end)))
    _link_references(lines_, found)
    persons = sorted(found.values(), key=lambda person: person.mentions[0].span.start)
    for person in persons:
        person.mentions.sort(key=lambda mention: mention.span.start)
    return persons


def _link_references(lines_: list[Line], found: dict[str, Found]) -> None:
    """Later mentions by title alone ('đồng chí Bộ trưởng') or by given name ('ông Tuấn'), when exactly one
    person fits."""
    if not found:
        return
    patterns = _patterns()
    heads = title_head_regex()
    by_head: dict[str, list[Found]] = {}
    by_given: dict[str, list[Found]] = {}
    for person in found.values():
        for head in {match.group(0).casefold() for title in person.titles if (match := heads.match(title))}:
            by_head.setdefault(head, []).append(person)
        by_given.setdefault(person.name.split(" ")[-1], []).append(person)
    taken = {(mention.span.start, mention.span.end) for person in found.values() for mention in person.mentions}
    for line in lines_:
        for pattern, index in ((patterns["title_ref"], by_head), (patterns["given_ref"], by_given)):
            for match in pattern.finditer(line.text):
                key = match.group(1).casefold() if index is by_head else match.group(1)
                candidates = index.get(key, [])
                start, end = line.start + match.start(1), line.start + match.end(1)
                if len(candidates) == 1 and (start, end) not in taken:
                    candidates[0].mentions.append(Mention(text=match.group(1), span=Span(start=start, end=end)))
                    taken.add((start, end))


def to_models(found: list[Found]) -> list[Person]:
    """Persons with stable ids ('person-to-lam'; a second person of the same slug gets '-2')."""
    persons, used = [], set()
    for item in found:
        base = f"person-{slug(item.name)}"
        identifier, number = base, 2
        while identifier in used:
            identifier, number = f"{base}-{number}", number + 1
        used.add(identifier)
        persons.append(Person(id=identifier, name=item.name, rank=item.rank, titles=item.titles, mentions=item.mentions))
    return persons

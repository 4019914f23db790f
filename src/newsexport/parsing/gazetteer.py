"""Knowledge the extractors share, loaded once from ``newsexport/data``: word lists, the province gazetteer
with official codes and validity dates, the abbreviation glossary, and the letter classes of Vietnamese.

Everything here is read from data files (so the knowledge can be reviewed and extended without touching code)
and cached, so an article costs no file access.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

UPPER = "".join(
    chr(code) for code in range(0x41, 0x1EFA)
    if chr(code).isalpha() and chr(code).isupper() and unicodedata.name(chr(code), "").startswith("LATIN")
)
LOWER = "".join(
    chr(code) for code in range(0x61, 0x1EFA)
    if chr(code).isalpha() and chr(code).islower() and unicodedata.name(chr(code), "").startswith("LATIN")
)
CAP_SYLLABLE = f"[{UPPER}][{LOWER}]*"
"""A capitalised syllable: 'Tô', 'Lâm', 'A' (one letter names are written in crime news)."""
LOW_SYLLABLE = f"[{LOWER}]+"
ABBREVIATION = f"[{UPPER}][{UPPER}Đ&]+[0-9]*(?![{LOWER}])"
"""An all-capitals word: 'MTTQ', 'UBND', 'HĐND'."""
B = r"(?<![\w])"
E = r"(?![\w])"


def lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of a data file, stripped."""
    text = resources.files("newsexport.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file (comments and blank lines skipped)."""
    text = resources.files("newsexport.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(phrases: list[str] | tuple[str, ...] | set[str], either_case_first: bool = False,
                ignore_case: bool = False) -> str:
    """One regex alternation of the phrases in which the longest written form wins.

    Spaces inside a phrase match any run of spaces; ``either_case_first`` lets the first letter be upper or lower
    case ('Đồng chí' at a sentence start, 'đồng chí' inside one). The alternation is shaped as a prefix tree
    ('Bộ (?:Công an|Quốc phòng)' rather than every phrase in full): Python's ``re`` tries the branches of a flat
    alternation one by one at every position, so a tree makes lists of hundreds of phrases several times faster.
    A longer phrase is tried before its prefix, so the longest phrase that matches wins, as in a flat alternation
    sorted longest first. Pass ``ignore_case`` when the alternation is used inside ``(?i:...)``: the tree is then
    built on lower-cased letters, so two spellings of one phrase share a branch instead of the first one hiding a
    longer match in the other.
    """
    tree: dict = {}
    for phrase in set(phrases):
        words = phrase.split()
        if not words:
            continue
        atoms: list[str] = []
        for index, word in enumerate(words):
            if index:
                atoms.append(r"\s+")
            for position, character in enumerate(word):
                if ignore_case:
                    character = character.lower()
                if index == 0 and position == 0 and either_case_first and character.isalpha():
                    atoms.append(f"[{character.lower()}{character.upper()}]")
                else:
                    atoms.append(re.escape(character))
        node = tree
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}  # a phrase ends here
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict) -> str:
    """The regex of a prefix-tree node: its continuations (sorted, for a deterministic pattern), then the end."""
    options = []
    for atom in sorted(key for key in node if key):
        child = node[atom]
        path = atom
        while len(child) == 1 and "" not in child:  # a single continuation: no group needed
            (next_atom, child), = child.items()
            path += next_atom
        if list(child) == [""]:
            options.append(path)
        else:
            options.append(path + "(?:" + _branches(child) + ")")
    if "" in node:
        options.append("")
    return "|".join(options)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def slug(value: str) -> str:
    """ASCII id part: 'Tô Lâm' -> 'to-lam', '22-CTr/ĐUCA-V28' -> '22-ctr-duca-v28' (cached: names recur)."""
    folded = unicodedata.normalize("NFD", value.replace("Đ", "D").replace("đ", "d"))
    ascii_text = "".join(character for character in folded if not unicodedata.combining(character)).lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-") or "x"


def unique_id(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first not in ``used``, which it is added to: stable ids for entities
    of one kind that share a slug ('person-to-lam', then 'person-to-lam-2')."""
    identifier, number = base, 2
    while identifier in used:
        identifier, number = f"{base}-{number}", number + 1
    used.add(identifier)
    return identifier


OLD_TONE_MARKS = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
                  "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
"""The new tone placement ('Hòa', 'Ủy') and the old one ('Hoà', 'Uỷ'), which Vietnamese papers still write."""
_NEW_TONE_MARK = re.compile("|".join(OLD_TONE_MARKS), re.IGNORECASE)


def with_old_tone_marks(phrases: list[str] | tuple[str, ...]) -> list[str]:
    """The phrases, each also in the old tone placement ('Tòa án' and 'Toà án', 'Ủy ban' and 'Uỷ ban')."""

    def old(match: re.Match[str]) -> str:
        written = match.group(0)
        replaced = OLD_TONE_MARKS[written.lower()]
        return replaced[0].upper() + replaced[1:] if written[0].isupper() else replaced

    return list(dict.fromkeys([*phrases, *(_NEW_TONE_MARK.sub(old, phrase) for phrase in phrases)]))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation -> expansion (``abbreviations.tsv``)."""
    return {row[0]: row[1] for row in table("abbreviations.tsv") if len(row) >= 2}


def expand(name: str) -> str | None:
    """The name with its abbreviations spelled out, or None when it has none."""
    glossary = abbreviations()
    words = name.split(" ")
    changed = [glossary.get(word, word) for word in words]
    return " ".join(changed) if changed != words else None


@dataclass(frozen=True)
class Division:
    """One row of the province gazetteer."""

    code: str
    name: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    aliases: tuple[str, ...]
    bare: bool

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """Provincial-level units before and after the 1 July 2025 merger (``provinces.tsv``)."""
    rows = table("provinces.tsv")[1:]
    parse = lambda value: dt.date.fromisoformat(value) if value else None  # noqa: E731
    return tuple(
        Division(row[0], row[1], row[2], parse(row[3]), parse(row[4]),
                 tuple(alias for alias in row[5].split(";") if alias), row[6] == "yes")
        for row in rows
    )


@lru_cache(maxsize=1)
def division_names() -> dict[str, str]:
    """Every written form of a provincial unit (name or alias) -> its canonical name."""
    names: dict[str, str] = {}
    for division in divisions():
        for written in (division.name, *division.aliases):
            names[written] = division.name
            if " - " in written:  # 'Bà Rịa - Vũng Tàu' is also written with an en dash, spaced or not, or spaced on
                for dash in (" – ", "–", "-", "- ", "– ", " -", " –"):  # one side only ('Thừa Thiên- Huế')
                    names.setdefault(written.replace(" - ", dash), division.name)
    return names


@lru_cache(maxsize=4096)
def _rows_named(name: str) -> tuple[Division, ...]:
    """The gazetteer rows of one canonical name, in the file's order (cached: every place an article finds is looked
    up by name, and a scan of all rows cost more than the rest of the lookup)."""
    return tuple(division for division in divisions() if division.name == name)


def division_for(name: str, on: dt.date | None) -> Division | None:
    """The gazetteer row for ``name`` valid on the date; without a date, the row only when every period agrees
    on kind and code (a unit the 2025 merger did not change), since the code in force cannot be known."""
    rows = _rows_named(name)
    if not rows:
        return None
    if on is not None:
        valid = [division for division in rows if division.valid_on(on)]
        return valid[0] if valid else None
    if len({(division.code, division.kind) for division in rows}) == 1:
        return rows[0]
    return None


def kind_of_division(name: str, on: dt.date | None) -> str | None:
    """'province' or 'city' for a provincial unit, preferring the row valid on the date."""
    rows = _rows_named(name)
    if not rows:
        return None
    if on is not None:
        for division in rows:
            if division.valid_on(on):
                return division.kind
    return rows[-1].kind if on is not None and rows[-1].valid_from and on >= rows[-1].valid_from else rows[0].kind


@dataclass(frozen=True)
class District:
    """One district-level unit of ``districts.tsv``: its name as listed, its level word, its province's code."""

    name: str
    level: str
    province_code: str


@lru_cache(maxsize=1)
def district_units() -> dict[str, tuple[District, ...]]:
    """District-level units by written form (the listed name and its old tone placement: 'Biên Hòa', 'Biên
    Hoà'); one form can name units of several provinces ('Châu Thành')."""
    found: dict[str, list[District]] = {}
    for province_code, level, name in table("districts.tsv")[1:]:
        for form in with_old_tone_marks([name]):
            found.setdefault(form, []).append(District(name, level, province_code))
    return {form: tuple(units) for form, units in found.items()}


@lru_cache(maxsize=1)
def province_codes() -> dict[str, frozenset[str]]:
    """Every written form of a provincial unit -> the codes it has had (a district is tied to its province by
    the code in ``districts.tsv``)."""
    codes: dict[str, set[str]] = {}
    for written, canonical in division_names().items():
        codes.setdefault(written, set()).update(d.code for d in divisions() if d.name == canonical)
    return {written: frozenset(found) for written, found in codes.items()}


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return frozenset(lines("family_names.txt"))


@lru_cache(maxsize=1)
def lowercase_stops() -> frozenset[str]:
    return frozenset(lines("lowercase_stops.txt"))


@lru_cache(maxsize=1)
def single_syllable_stops() -> frozenset[str]:
    """The stops of one syllable, function words and the commonest verbs ('mới', 'đã', 'là'), without the phrases
    ('quản lý', 'điều tra') that are nouns inside a field or a trade."""
    return frozenset(stop for stop in lowercase_stops() if " " not in stop)

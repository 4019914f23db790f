"""The prefix-tree alternation matches exactly what a flat, longest-first alternation matches."""

from __future__ import annotations

import re
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from newsexport.parsing.gazetteer import alternation, lines, table

WORDS = st.text(alphabet="aAbBđĐ.", min_size=1, max_size=3)
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8)
TEXTS = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


def flat(phrases: list[str]) -> str:
    """The plain alternation: every phrase in full, longest first."""
    ordered = sorted(set(phrases), key=lambda item: (-len(item), item))
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXTS)
def test_tree_matches_what_the_flat_alternation_matches(phrases: list[str], text: str) -> None:
    for wrap in ("{}", r"{}(?!\w)"):
        tree = re.compile(wrap.format(alternation(phrases)))
        reference = re.compile(wrap.format(flat(phrases)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in reference.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXTS)
def test_tree_ignoring_case_matches_what_the_flat_alternation_matches_ignoring_case(phrases: list[str], text: str) -> None:
    tree = re.compile("(?i:{})".format(alternation(phrases, ignore_case=True)))
    reference = re.compile("(?i:{})".format(flat(phrases)))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_longest_phrase_wins_across_spellings_when_case_is_ignored() -> None:
    pattern = re.compile("(?i:{})".format(alternation(["Bộ Công an", "bộ công an nhân dân"], ignore_case=True)))
    assert pattern.match("Bộ Công an nhân dân tỉnh").group(0) == "Bộ Công an nhân dân"


def test_either_case_first_letter() -> None:
    pattern = re.compile(alternation(["Đồng chí"], either_case_first=True))
    assert pattern.fullmatch("đồng chí") and pattern.fullmatch("Đồng  chí") and not pattern.fullmatch("đồng Chí")


SECTIONED_LISTS = {"figure_exclusions.txt"}
"""Lists split into sections ('[after]', '[before]') where one word may stand in two sections."""


def test_every_name_list_holds_each_name_once() -> None:
    """A name written twice in a list is a mistake of the list's maintenance (added again without looking), and the
    loaders take it silently."""
    files = sorted(path.name for path in resources.files("newsexport.data").iterdir() if path.name.endswith(".txt"))
    repeated = {}
    for name in [name for name in files if name not in SECTIONED_LISTS]:
        entries = [entry.split("\t")[0] for entry in lines(name)]
        if len(entries) != len(set(entries)):
            repeated[name] = sorted({entry for entry in entries if entries.count(entry) > 1})
    places_abroad = [row[0] for row in table("foreign_places.tsv")]
    if len(places_abroad) != len(set(places_abroad)):
        repeated["foreign_places.tsv"] = sorted({name for name in places_abroad if places_abroad.count(name) > 1})
    assert repeated == {}

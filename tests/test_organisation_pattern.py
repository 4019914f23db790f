"""The organisation pattern reads a name's tokens once, after whichever branch matched (``patterns._name_tail``):
the flags the branches set and the shared tail must behave as each branch's own repetition did."""

import re

from newsexport.parsing.names import name_token
from newsexport.parsing.organizations.patterns import _ANY, _ONE_OR_MORE, _any_set, _none_set, _patterns


def test_the_name_token_stands_at_most_twice_in_the_organisation_pattern():
    # it stood ten times, and compiling the pattern held some 120 MB for a moment: a whole conversion's peak
    pattern = _patterns()["organisation"].pattern
    assert pattern.count(name_token()) <= 2
    assert len(pattern) < 400_000


def test_every_flag_a_branch_sets_is_one_the_tail_reads():
    # a flag the tail did not list would leave its branch's name without the tokens after its head, and no error
    flags = {name for name in _patterns()["organisation"].groupindex if name.startswith(("more_", "any_"))}
    assert flags == set(_ONE_OR_MORE) | set(_ANY)


def _miniature(token: str) -> re.Pattern[str]:
    """The organisation pattern's shape in small: a branch that needs a token, one that takes any number, and two
    that take none, in that order, with the tail built by the same helpers."""
    more, any_ = ("more",), ("any",)
    tail = (rf"(?:{_any_set(more + any_)}(?P<read>\s+{token})*(?:{_none_set(more)}|(?(read)|(?!)))"
            rf"|{_none_set(more + any_)})")
    return re.compile(rf"(?:Bộ(?P<more>)|Đảng(?P<any>)|Bộ\s+\w+|Đảng\s+\w+){tail}")


def test_a_branch_that_needs_a_token_reads_every_token_or_gives_way_to_the_next_branch():
    pattern = _miniature(r"[A-ZĐ]\w*")
    assert pattern.match("Bộ Công An").group(0) == "Bộ Công An"
    assert pattern.match("Bộ này ban hành").group(0) == "Bộ này"  # no token: the next branch, flag unset


def test_a_branch_that_takes_any_number_of_tokens_passes_with_none():
    pattern = _miniature(r"[A-ZĐ]\w*")
    assert pattern.match("Đảng Cộng Hòa").group(0) == "Đảng Cộng Hòa"
    assert pattern.match("Đảng viên").group(0) == "Đảng"  # the earlier branch wins with no token, as '*' did

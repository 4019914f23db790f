"""IPTC Media Topics (matched on the lower-cased text, which is faster than a case-blind regex) by documented keyword rules (``topic_rules.tsv``): a topic holds when its keywords occur
three times in the article or once in the headline; the rule names the first keyword that fired."""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.model import Topic
from newsexport.parsing.gazetteer import alternation, table

MAX_TOPICS = 3
THRESHOLD = 3
"""Keyword hits a topic needs; one hit in the headline counts as this many."""


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    rows = [row for row in table("topic_rules.tsv") if len(row) >= 3]
    topic_of = {row[0].lower(): (row[1], row[2], row[0]) for row in rows}
    pattern = re.compile(rf"(?<![\w]){alternation(list(topic_of))}(?![\w])")
    return pattern, topic_of


def find_topics(headline: str, body: list[str]) -> list[Topic]:
    pattern, topic_of = _rules()
    support: dict[str, list] = {}
    for weight, text in ((THRESHOLD, headline), *((1, paragraph) for paragraph in body)):
        for match in pattern.finditer(text.lower()):
            code, name, keyword = topic_of[match.group(0)]
            entry = support.setdefault(code, [0, name, keyword])
            entry[0] += weight
    chosen = sorted(((count, code, name, keyword) for code, (count, name, keyword) in support.items() if count >= THRESHOLD),
                    key=lambda item: (-item[0], item[1]))[:MAX_TOPICS]
    return [Topic(code=code, name=name, rule=f"keyword: {keyword}") for _, code, name, keyword in chosen]

"""Papers and broadcasters cited as the source of a report, which are no organisations of the story.

News cites other news: 'Báo Lao Động đưa tin, ...', 'Theo Đài BBC, ...', '(Nguồn: Báo Tài nguyên Môi trường)'.
A paper or a broadcaster that takes part in the story (one that organised the event, 'do Báo Người Lao Động tổ
chức', whose director speaks, 'Tổng Giám đốc Đài Truyền hình Việt Nam', or that a person of the story spoke to,
'trao đổi với Báo Giao thông', 'trả lời phỏng vấn Đài BBC', 'PV Báo Người Đưa Tin', also by its bare name,
'Trao đổi với VnExpress') is an organisation, as the annotation conventions read it since the dev batches settled
it; so a body of the media is dropped only when every mention of it stands where a source is cited: after 'theo',
'nguồn', 'ảnh', 'như' ('như Báo X đã thông tin'), 'thông tin trên', or before a verb of reporting ('đưa tin', 'cho
hay', 'cho biết', 'phản ánh', 'dẫn', ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsexport.parsing.gazetteer import E, UPPER, alternation, lines
from newsexport.parsing.names import country_alternation

MEDIA_HEAD = re.compile(r"(?i:báo|tạp chí|thông tấn xã|đài (?:truyền hình|phát thanh|tiếng nói))(?![\w])"
                        r"|Đài [A-Z]{2,}(?![\w])"
                        r"|(?i:hãng)\s+(?:(?i:tin|thông tấn)|AFP|AP|Reuters|Bloomberg|CNA|Kyodo|Yonhap|Sputnik|TASS"
                        r"|Xinhua|PTI|ANI|Bernama|Antara|Prensa Latina|Nikkei|RIA|KCNA|UPI|DPA|EFE|ANSA)(?![\w])")
"""Heads of papers and broadcasters; 'Đài' alone also heads a weather station ('Đài Khí tượng Thủy văn'), so it
counts only before a broadcaster's name ('Đài BBC', 'Đài RFI', 'Đài Truyền hình ...'), and 'hãng' (a company) only
before a news agency's ('hãng tin Reuters', 'hãng AFP', 'hãng Thông tấn Trung ương Triều Tiên')."""
_SOURCE_BEFORE = re.compile(
    r"(?:(?<![\w])(?:[Tt]heo|[Nn]guồn tin(?:\s+(?:từ|của|trên))?|[Nn]guồn:?|[Ảả]nh:?|[Nn]hư"
    r"|(?:đăng tải|đăng|[Tt]in tức|[Tt]hông tin) (?:trên|của)|[Đđ]ường dây nóng|cùng độc giả"
    r"|[Bb]ản tin[^.]{0,30}của)\s*(?:PV\s+|phóng viên\s+)?|\(\s*)$")
_SOURCE_AFTER = re.compile(
    r"^[\s,)]*(?:\([^)]{1,30}\)\s*)?(?:ngày \S+\s+|mới đây\s+|trước đó\s+|vừa\s+|đã\s+|từng\s+|sẽ tiếp tục\s+|cũng\s+)*"
    rf"(?:đưa tin|cho hay|cho biết|cho rằng|dẫn|phản ánh|thông tin|đăng(?!\s+cai)|có bài|có vệt bài|giật tít|trích dẫn"
    rf"|tường thuật|tiết lộ|cập nhật|liên tục có|có cuộc trao đổi){E}")


_CREDIT_BEFORE = re.compile(r"\(\s*(?:[Ảả]nh|[Nn]guồn|[Vv]ideo|[Ii]nfographic)\s*:?\s*$")
_CREDIT_AFTER = re.compile(r"\s*\)")


def in_a_credit(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``text[start:end]`` is a whole bracketed credit ('(Ảnh: VFF)', '(Nguồn: HAGL FC)'):
    the body is where a photo or a report comes from, not one the story is about, whatever kind of body it is."""
    return _CREDIT_BEFORE.search(text, max(0, start - 20), start) is not None and \
        _CREDIT_AFTER.match(text, end) is not None


def is_media(name: str) -> bool:
    """Whether a body's name is that of a paper or a broadcaster."""
    return MEDIA_HEAD.match(name) is not None


def press_of_a_country(name: str) -> bool:
    """'Báo Nhật', 'Tạp chí Đức': a foreign country's press in general, no paper ('Báo Nhật: ...' heads a digest);
    not a broadcaster named after its country ('Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam')."""
    return _press_of_a_country().fullmatch(name) is not None


@lru_cache(maxsize=1)
def _press_of_a_country() -> re.Pattern[str]:
    return re.compile(rf"(?i:báo|tạp chí)\s+(?!Việt Nam$)(?:{country_alternation()}|Nhật)")


def cited_as_source(text: str, start: int, end: int) -> bool:
    """Whether the mention of a paper at ``text[start:end]`` cites it as the source of a report."""
    return _SOURCE_BEFORE.search(text, max(0, start - 40), start) is not None or \
        _SOURCE_AFTER.match(text[end : end + 60]) is not None


_ANCHORS = r"với|PV|phóng viên|[Tt]rả lời(?:\s+phỏng vấn)?"
"""The words a person speaks to a paper with, which come right before its name ('với', 'PV', 'trả lời')."""
_ANCHOR_AT_END = re.compile(rf"(?<![\w])(?:{_ANCHORS})\s*$")


def ends_with_an_anchor(text: str) -> bool:
    """Whether a line ends with one of ``_ANCHORS``, so that a paper the capture split onto the next line is spoken to
    ('Trao đổi với' / 'Tiền Phong,'); only the line's end is searched, since the look-behind first is tried at every
    position."""
    return _ANCHOR_AT_END.search(text, max(0, len(text) - 24)) is not None


@lru_cache(maxsize=1)
def _paper_after_an_anchor() -> re.Pattern[str]:
    """A paper of ``papers.txt`` after the word a person speaks to it with ('với', 'PV', 'trả lời'): the anchors are
    literals the engine finds fast (their word start is checked in code: a look-behind first would be tried at every
    position); the verb before them is checked apart (``_spoken_to_before``)."""
    papers = alternation(lines("papers.txt"), ignore_case=True)
    return re.compile(rf"(?:{_ANCHORS})\s+(?:(?:PV|phóng viên)\s+)?"
                      rf"(?P<paper>(?=[{UPPER}])(?i:{papers}))(?![\w]|\.\w)")


@lru_cache(maxsize=1)
def _spoken_to_before() -> re.Pattern[str]:
    """A verb of speaking right before the anchor of ``_paper_after_an_anchor`` ('Trao đổi với', 'chia sẻ thêm
    với'); the anchor 'trả lời' is such a verb itself."""
    cue = alternation(["trao đổi", "chia sẻ", "nói", "xác nhận", "kể", "trả lời", "tâm sự", "khẳng định", "giải thích",
                       "phản hồi", "tiết lộ"], either_case_first=True)
    return re.compile(rf"(?<![\w])(?:{cue})(?:\s+(?:thêm|lại|riêng|kỹ hơn|phỏng vấn))?\s+$")


@lru_cache(maxsize=1)
def _papers_by_prefix() -> dict[str, list[str]]:
    """The casefolded names of ``papers.txt`` of more than one word, by their first word."""
    found: dict[str, list[str]] = {}
    for paper in lines("papers.txt"):
        if " " in paper:
            found.setdefault(paper.split(" ", 1)[0].casefold(), []).append(paper.casefold())
    return found


def paper_rest(written: str, text: str, end: int) -> str:
    """The rest of a paper's name, as ``papers.txt`` lists it, where a body of the media (``written``, ending at
    ``end`` in ``text``) was cut short inside it: the name grammar takes one lower-case word after a capitalised one,
    so 'Báo Người lao động' was read as 'Báo Người lao'. Empty where the name is complete or no paper."""
    head = MEDIA_HEAD.match(written)
    name = written[head.end() :].strip().casefold() if head else ""
    for paper in _papers_by_prefix().get(name.split(" ", 1)[0], ()):
        if paper.startswith(name + " "):
            rest = paper[len(name) :]
            written_rest = text[end : end + len(rest)]
            if written_rest.casefold() == rest and not text[end + len(rest) : end + len(rest) + 1].isalnum():
                return written_rest
    return ""


def papers_spoken_to(text: str) -> list[tuple[int, int]]:
    """Spans of papers (``papers.txt``) a person of the story speaks to, named bare ('Trao đổi với VnExpress, ông X
    cho biết', 'trả lời PV Tiền Phong'): a paper that takes part in the story, as with its head ('Báo Giao thông');
    without the cue the names are common words ('tuổi trẻ', 'lao động') or cite a source ('Theo PV Tiền Phong')."""
    spans = []
    for match in _paper_after_an_anchor().finditer(text):
        anchor = match.start()
        if anchor and text[anchor - 1].isalnum():
            continue  # inside a word ('trả lời' is always one; 'với' ends none, but 'PV' may)
        if text.startswith(("trả lời", "Trả lời"), anchor) or \
                _spoken_to_before().search(text, max(0, anchor - 30), anchor):
            spans.append(match.span("paper"))
    return spans

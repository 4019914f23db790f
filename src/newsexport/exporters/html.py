"""A standalone article page: what a reader sees (headline, date, body, captioned pictures) and, in the head,
the same schema.org JSON-LD that ``--format jsonld`` writes, as search engines read it from web pages.

The page is polyglot markup (HTML5 that is also well-formed XML), so it can be checked strictly and fast with
an XML parser. Inside the ``<script>`` every ``<``, ``>`` and ``&`` of the JSON is written as a JSON ``\\u``
escape: the text can then never close the script (``</script>``), open a comment (``<!--``) or be read as
markup, and a JSON parser reads back exactly the same value.
"""

from __future__ import annotations

from html import escape

from newsexport.exporters.json_text import dumps
from newsexport.exporters import jsonld
from newsexport.exporters.options import ExportOptions
from newsexport.model import Media, NewsEventRecord

_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def script_json(document: dict) -> str:
    """JSON that is safe as the content of a ``<script>`` element."""
    return _script_text(dumps(document))


def _script_text(text: str) -> str:
    """Serialised JSON made safe as the content of a ``<script>`` element (see :func:`script_json`)."""
    text = text.rstrip("\n")
    for character, escaped in _SCRIPT_ESCAPES:
        if character in text:
            text = text.replace(character, escaped)
    return text


def _figure(media: Media) -> str:
    return f"<figure><figcaption>{escape(media.caption, quote=False)}</figcaption></figure>"


def _body(record: NewsEventRecord) -> list[str]:
    """Paragraphs and figures in text order: a figure stands before the first paragraph after its caption."""
    figures = sorted(record.media, key=lambda media: media.caption_spans[0].start)
    lines: list[str] = []
    for paragraph in record.body:
        while figures and figures[0].caption_spans[0].start < paragraph.span.start:
            lines.append(_figure(figures.pop(0)))
        lines.append(f"<p>{escape(paragraph.text, quote=False)}</p>")
    lines += [_figure(media) for media in figures]
    return lines


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    headline = escape(record.headline, quote=False)
    date_line = []
    if record.date_published is not None:
        date = record.date_published
        date_line = [f'<p><time datetime="{escape(date.isoformat())}">{escape(date.as_written, quote=False)}</time></p>']
    lines = [
        "<!DOCTYPE html>",
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{record.language}" xml:lang="{record.language}">',
        "<head>",
        '<meta charset="utf-8"/>',
        f"<title>{headline}</title>",
        '<script type="application/ld+json">',
        _script_text(jsonld.export(record, options)),
        "</script>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{headline}</h1>",
        *date_line,
        *_body(record),
        "</article>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"

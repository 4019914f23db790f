"""HTML page validator: the page is well-formed, shows what its JSON-LD says, and the JSON-LD is valid.

Pages are polyglot markup (see :mod:`newsexport.exporters.html`), so well-formedness is checked with a
strict XML parser (lxml, no network, no entities): fast and exact, with a line number for every error. The
embedded JSON-LD is checked by the shared :class:`~newsexport.validation.jsonld.JsonLdValidator`; problems
inside it are located by the script's line and the JSON pointer within it. The visible headline, date and
captions must match the JSON-LD, since a search engine that reads one and a person who reads the other
should be told the same thing.
"""

from __future__ import annotations

from lxml import etree

from newsexport.validation.json_errors import load_json
from newsexport.validation.jsonld import shared_validator
from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore

XHTML = "{http://www.w3.org/1999/xhtml}"
JSON_LD_TYPE = "application/ld+json"


def _text(element: etree._Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


class HtmlValidator:
    """Validates the article pages of ``--format html``."""

    def __init__(self, store: SchemaStore) -> None:
        self._jsonld = shared_validator(store)
        self._parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def problems(self, document: str) -> list[Problem]:
        try:
            root = etree.fromstring(document.encode("utf-8"), self._parser)
        except etree.XMLSyntaxError as error:
            return [Problem(f"line {error.lineno}", f"page is not well-formed: {error.msg}")]
        if root.tag != f"{XHTML}html":
            return [Problem(f"line {root.sourceline}", f"root element is <{etree.QName(root).localname}>, not an XHTML <html>")]
        problems = []
        if not root.get("lang"):
            problems.append(Problem(f"line {root.sourceline}", "<html> has no lang attribute"))
        scripts = [script for script in root.iter(f"{XHTML}script") if script.get("type") == JSON_LD_TYPE]
        if len(scripts) != 1:
            return problems + [Problem(f"line {root.sourceline}", f"page has {len(scripts)} JSON-LD scripts, not one")]
        script = scripts[0]
        location = f"line {script.sourceline}"
        instance, json_problems = load_json(script.text or "")
        if json_problems:
            return problems + [Problem(location, f"JSON-LD script is not JSON: {json_problems[0].message}")]
        problems += [
            Problem(f"{location} {problem.location}".rstrip(), problem.message)
            for problem in self._jsonld.instance_problems(instance)
        ]
        if isinstance(instance, dict):
            problems += self._visible_problems(root, instance)
        return problems

    def _visible_problems(self, root: etree._Element, article: dict) -> list[Problem]:
        """What the page shows must be what its JSON-LD says."""
        problems = []
        heading = root.find(f".//{XHTML}article/{XHTML}h1")
        if heading is None or _text(heading) != article.get("headline"):
            where = f"line {heading.sourceline if heading is not None else root.sourceline}"
            problems.append(Problem(where, "visible <h1> headline differs from the JSON-LD headline"))
        title = root.find(f"{XHTML}head/{XHTML}title")
        if title is None or _text(title) != article.get("headline"):
            problems.append(Problem(f"line {root.sourceline}", "<title> differs from the JSON-LD headline"))
        time = root.find(f".//{XHTML}article//{XHTML}time")
        shown = time.get("datetime") if time is not None else None
        if shown != article.get("datePublished"):
            where = f"line {time.sourceline if time is not None else root.sourceline}"
            problems.append(Problem(where, f"visible date {shown!r} differs from datePublished {article.get('datePublished')!r}"))
        captions = [_text(caption) for caption in root.iter(f"{XHTML}figcaption")]
        images = article.get("image") or []
        described = [image.get("caption") for image in images if isinstance(image, dict)]
        if sorted(captions) != sorted(described):
            problems.append(Problem(f"line {root.sourceline}", "figure captions differ from the JSON-LD image captions"))
        return problems

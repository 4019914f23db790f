"""The schema store: where the official standard files come from, checked against pinned checksums.

The files are third-party (IPTC, W3C, schema.org) and are never shipped inside this project. They are found,
in order, in: an explicit folder; the ``NEWSEXPORT_SCHEMA_DIR`` environment variable; the user cache
(``$XDG_CACHE_HOME/newsexport/standards`` or ``~/.cache/newsexport/standards``), which ``newsexport schemas
fetch`` fills from the official URLs. Every folder has the layout of ``shared/standards``. Every file is checked
against the SHA-256 pinned here before use, so a validator never runs on a schema other than the official one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from newsexport.errors import SchemaStoreError

ENVIRONMENT_VARIABLE = "NEWSEXPORT_SCHEMA_DIR"


@dataclass(frozen=True)
class OfficialFile:
    """One official standard file: where it lives in the store, where it is published, its checksum."""

    relative_path: str
    url: str
    sha256: str


OFFICIAL_FILES: dict[str, OfficialFile] = {
    official.relative_path: official
    for official in (
        OfficialFile(
            "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd",
            "https://www.iptc.org/std/NewsML-G2/2.35/specification/NewsML-G2_2.35-spec-All-Power.xsd",
            "06ef1c5076a32f2568ac8955994029890afac0268f795e3c26642ded52cf0181",
        ),
        OfficialFile(
            "newsml-g2/xml.xsd",
            "https://www.iptc.org/std/NewsML-G2/2.35/specification/xml.xsd",
            "61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c",
        ),
        OfficialFile(
            "ninjs/ninjs-schema_3.1.json",
            "https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
            "404f578a299bf34e76e98f2de26ad9989882ebd7abf3a4d3cf3aa689b70a8744",
        ),
        OfficialFile(
            "ninjs/ninjs-schema_2.2.json",
            "https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
            "88c84fa87382c5a7a314fd44ab1041921c7cbac47ab9550bc4964b1fa30897e2",
        ),
        OfficialFile(
            "schemaorg/schemaorg-current-https.jsonld",
            "https://schema.org/version/30.0/schemaorg-current-https.jsonld",
            "4467fa19edcb1d7fb3c46c0adf3591b7f870c4a60b7838bdb61694fd02864cf6",
        ),
        OfficialFile(
            "schemaorg/schemaorgcontext.jsonld",
            "https://schema.org/version/30.0/schemaorgcontext.jsonld",
            "d8167890b056bc7c71eb39b30cbb4816490d5e671371ba50a5a633d1bc36961a",
        ),
        OfficialFile(
            "schemaorg/schemaorg-shapes.shacl",
            "https://schema.org/version/30.0/schemaorg-shapes.shacl",
            "e8e736789b8e7de727492b398b1a14b06311e4f7963b07c7318bae297d366d62",
        ),
    )
}


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsexport" / "standards"


class SchemaStore:
    """Gives checked paths and bytes of official files from one folder."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        if root is not None:
            self.root, self.origin = Path(root), "the folder given"
        elif os.environ.get(ENVIRONMENT_VARIABLE):
            self.root, self.origin = Path(os.environ[ENVIRONMENT_VARIABLE]), ENVIRONMENT_VARIABLE
        else:
            self.root, self.origin = user_cache_dir(), "the user cache"
        self._checked: dict[str, Path] = {}

    def __repr__(self) -> str:
        return f"SchemaStore({str(self.root)!r})"

    @cached_property
    def key(self) -> str:
        """Identifies the store's folder, for caching validators built from it."""
        return str(self.root.resolve())

    def path(self, relative_path: str) -> Path:
        """The checked local path of an official file; raise :class:`SchemaStoreError` if missing or altered."""
        if relative_path in self._checked:
            return self._checked[relative_path]
        official = OFFICIAL_FILES[relative_path]
        path = self.root / relative_path
        if not path.is_file():
            raise SchemaStoreError(
                f"official schema file {relative_path} not found in {self.root} ({self.origin}); "
                f"set {ENVIRONMENT_VARIABLE} to a folder laid out like shared/standards, "
                "or run 'newsexport schemas fetch' to download the official files into the user cache"
            )
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != official.sha256:
            raise SchemaStoreError(
                f"{path} does not match the pinned sha256 of {relative_path} "
                f"(expected {official.sha256}, found {digest}): not the official file"
            )
        self._checked[relative_path] = path
        return path

    def read_bytes(self, relative_path: str) -> bytes:
        return self.path(relative_path).read_bytes()


def fetch(destination: Path | None = None, timeout: float = 60.0) -> list[Path]:
    """Download every official file into ``destination`` (default: the user cache), checking each checksum.

    A file already present with the right checksum is kept; a download with the wrong checksum is an error
    and is not kept.
    """
    root = destination or user_cache_dir()
    written = []
    for official in OFFICIAL_FILES.values():
        target = root / official.relative_path
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == official.sha256:
            written.append(target)
            continue
        try:
            with urllib.request.urlopen(official.url, timeout=timeout) as response:  # noqa: S310 - fixed https URLs
                data = response.read()
        except OSError as error:
            raise SchemaStoreError(f"could not download {official.url}: {error}") from None
        digest = hashlib.sha256(data).hexdigest()
        if digest != official.sha256:
            raise SchemaStoreError(
                f"{official.url} has sha256 {digest}, not the pinned {official.sha256}: refusing to use it"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as temporary:
            temporary.write(data)
        os.replace(temporary.name, target)
        written.append(target)
    return written

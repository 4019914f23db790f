"""The README's library example runs as written, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import os
import re

from conftest import PROJECT, STANDARDS


def test_library_example_runs(monkeypatch) -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Library\n\n```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(PROJECT)
    monkeypatch.setenv("NEWSEXPORT_SCHEMA_DIR", str(STANDARDS))
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["record"].headline.startswith("Hội nghị trực tuyến toàn quốc")


def test_ci_runs_the_readme_test_command() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(python3 -m venv .*?)\n```", readme)
    assert len(commands) == 2, commands
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
    assert "newsexport convert seeds --out out" in commands[0]
    assert os.access(PROJECT / ".ci" / "run", os.X_OK)

"""The command line as a user and a CI job meet it: exit codes, one clear line per bad file, no traceback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import codecs

import pytest

from newsexport.reading import MAX_SOURCE_BYTES

from conftest import PROJECT, SEED, STANDARDS


def run(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NEWSEXPORT_SCHEMA_DIR": str(STANDARDS), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "newsexport", *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=300
    )


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """A folder with one good capture and every kind of bad one a batch meets."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\n  \n",
        "binary.txt": bytes(range(256)) * 8,
        "undecodable.txt": "Tiêu đề".encode() + b"\n\n\xff\xfe\x81\x8d\x9d\x90 lorem\n",
        "chrome.txt": "Tìm kiếm theo ngày\n\nChia sẻ\n".encode(),
        "nohead.txt": "Ngày 11 tháng 03 năm 2019\n\nĐoạn văn.\n".encode(),
        "oversize.txt": b"a" * (MAX_SOURCE_BYTES + 1),
        # not bad: converted, with the control characters removed and counted
        "utf16.txt": codecs.BOM_UTF16_LE + SEED.read_text(encoding="utf-8").encode("utf-16-le"),
        "controls.txt": SEED.read_text(encoding="utf-8").replace("Ngày 11/3,", "Ngày\x0b 11/3,\x07").encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "broken.txt").symlink_to(folder / "does-not-exist.txt")
    (folder / "folder.txt").mkdir()
    # unreadable even for root (CI may run as root, for whom file permissions do not stop a read): opening a
    # socket's file fails (ENXIO); the socket is closed at once, its file stays
    with socket.socket(socket.AF_UNIX) as unreadable:
        unreadable.bind(str(folder / "socket.txt"))
    return {"folder": folder, **{name: folder / name for name in files}}


def test_bad_files_fail_one_line_each_and_the_good_one_is_converted(bad_inputs, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(bad_inputs["folder"]), str(tmp_path / "missing.txt"), "--out", str(out),
                 "--format", "json", "--jobs", "2", "--report", str(tmp_path / "report.json"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    expected = {
        "empty.txt": "empty", "blank.txt": "blank", "binary.txt": "binary data",
        "undecodable.txt": "undecodable bytes", "chrome.txt": "only page chrome",
        "nohead.txt": "no headline", "broken.txt": "broken symbolic link", "missing.txt": "no such file or folder",
        "oversize.txt": "too large", "folder.txt": "is a folder", "socket.txt": "cannot be read",
    }
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in errors), (name, errors)
    assert sorted(path.name for path in out.iterdir()) == ["controls.json", "good.json", "utf16.json"]
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["summary"] == {"converted": 3, "skipped": 0, "failed": 11}
    assert "3 converted, 0 skipped, 11 failed" in result.stderr
    controls = json.loads((out / "controls.json").read_text())
    assert {"name": "control-characters", "count": 2} in controls["provenance"]["normalisations"]
    assert json.loads((out / "utf16.json").read_text())["provenance"]["encoding"] == "utf-16"


def test_fail_fast_stops_at_the_first_failure(bad_inputs, tmp_path: Path) -> None:
    result = run("convert", str(bad_inputs["blank.txt"]), str(bad_inputs["folder"] / "good.txt"),
                 "--out", str(tmp_path / "out"), "--format", "json", "--fail-fast", "--jobs", "1")
    assert result.returncode == 1
    assert "0 converted, 0 skipped, 1 failed" in result.stderr


def test_a_failed_rerun_never_touches_what_was_written(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    assert run("convert", str(folder), "--out", str(out), "--format", "json").returncode == 0
    written = (out / "a.json").read_bytes()
    (folder / "a.txt").write_bytes(b"")
    assert run("convert", str(folder), "--out", str(out), "--format", "json").returncode == 1
    assert (out / "a.json").read_bytes() == written
    assert [path.name for path in out.iterdir()] == ["a.json"]  # no temporary file left behind


def test_two_inputs_with_one_output_name(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_bytes(SEED.read_bytes())
    result = run("convert", str(tmp_path / "x"), str(tmp_path / "y"), "--out", str(tmp_path / "out"), "--format", "json")
    assert result.returncode == 1
    assert "would overwrite those of" in result.stderr


def test_unwritable_output_folder_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("convert", str(SEED), "--out", str(blocker / "out"), "--format", "json")
    assert result.returncode == 2
    assert "output folder is not writable" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    result = run("convert", str(SEED), "--format", "pdf")
    assert result.returncode == 2
    assert "unknown format pdf" in result.stderr


def test_missing_schema_store_says_how_to_get_it(tmp_path: Path) -> None:
    result = run("convert", str(SEED), "--out", str(tmp_path), "--format", "newsml", "--schema-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "newsexport schemas fetch" in result.stderr and "NEWSEXPORT_SCHEMA_DIR" in result.stderr


def test_validate_reports_pointer_and_exit_code(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("convert", str(SEED), "--out", str(out), "--format", "json").returncode == 0
    good = out / f"{SEED.stem}.json"
    document = json.loads(good.read_text())
    document["body"][0]["span"]["start"] = -5
    del document["headline"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False))
    result = run("validate", str(good), str(bad))
    assert result.returncode == 1
    assert f"{good}: valid" in result.stdout
    assert f"{bad}: /body/0/span/start: -5 is less than the minimum of 0" in result.stdout
    assert f"{bad}: /: \"headline\" is a required property" in result.stdout
    assert run("validate", str(good)).returncode == 0


def test_validate_refuses_what_is_not_a_document(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": "1.0",\n  "id": }')
    result = run("validate", "--format", "json", str(broken))
    assert result.returncode == 1
    assert f"{broken}: line 2: not JSON" in result.stdout


def test_schema_check_passes_on_committed_schemas_and_fails_on_stale(tmp_path: Path) -> None:
    assert run("schema", "--check").returncode == 0
    stale = tmp_path / "schemas"
    stale.mkdir()
    for committed in (PROJECT / "schemas").iterdir():
        (stale / committed.name).write_text(committed.read_text().replace("headline", "title"))
    result = run("schema", "--check", "--out", str(stale))
    assert result.returncode == 1
    assert "out of date with the models" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("newsexport ")


def test_kill_at_any_moment_leaves_only_complete_valid_outputs(tmp_path: Path) -> None:
    """SIGKILL a parallel batch mid-run: every output present is complete and valid, and a rerun with
    --skip-existing finishes the job without redoing what was done."""
    import signal
    import time

    from conftest import corpus_files

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for capture in corpus_files()[:600]:
        (folder / capture.name).symlink_to(capture)
    environment = {**os.environ, "NEWSEXPORT_SCHEMA_DIR": str(STANDARDS)}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsexport", "convert", str(folder), "--out", str(out), "--format", "json,ninjs", "--jobs", "2"],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 100:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    written = sorted(path for path in out.iterdir() if not path.name.startswith("."))
    assert 100 <= len(written) < 1200, "the kill should land mid-run"
    validation = run("validate", *map(str, written))
    assert validation.returncode == 0, validation.stdout[-2000:]
    rerun = run("convert", str(folder), "--out", str(out), "--format", "json,ninjs", "--skip-existing", "--report", str(tmp_path / "r.json"))
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads((tmp_path / "r.json").read_text())["summary"]
    assert summary["converted"] + summary["skipped"] == 600 and summary["skipped"] >= 50
    assert not [path for path in out.iterdir() if path.name.startswith(".")]


def test_folders_are_walked_in_a_fixed_order_without_hidden_files_or_link_loops(tmp_path: Path) -> None:
    from newsexport.pipeline import expand_inputs

    root = tmp_path / "archive"
    for relative in ("b.txt", "a.txt", "notes.md", ".hidden.txt", "2019/z.txt", "2018/y.txt", ".cache/x.txt"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("x", encoding="utf-8")
    (root / "2019" / "loop").symlink_to(root, target_is_directory=True)
    listed = [str(path.relative_to(root)) for path in expand_inputs([str(root)])]
    assert listed == ["a.txt", "b.txt", "2018/y.txt", "2019/z.txt"]


@pytest.mark.parametrize(("files", "seconds", "shown"), [(1, 2.1, "0.5 files/s"), (5000, 20.0, "250 files/s"),
                                                          (3, 0.0, "0.0 files/s"), (19, 2.0, "9.5 files/s")])
def test_the_summary_rate_keeps_a_decimal_below_ten_files_a_second(files, seconds, shown) -> None:
    from newsexport.cli import _rate

    assert _rate(files, seconds) == shown

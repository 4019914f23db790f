"""For any bytes or text, conversion either fails with the documented error or gives documents that validate."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsexport.formats import FORMATS
from newsexport.api import validate
from newsexport.pipeline import ConvertOptions, convert_file

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂĂÊÔƠƯ"
LINE = st.text(alphabet=st.sampled_from(VIETNAMESE + " .,:;/-0123456789\u00a0\u200b\u00ad\t\r"), min_size=0, max_size=80)
CAPTURE = st.lists(st.one_of(LINE, st.sampled_from(["Ngày 11 tháng 03 năm 2019", "Tìm kiếm theo ngày", "11/3/2019 08:30", ""])), max_size=12).map("\n\n".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(data: bytes, tmp_path: Path, formats: tuple[str, ...]) -> None:
    source = tmp_path / "p.txt"
    source.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    result = convert_file(source, ConvertOptions(out_dir=out, formats=formats))
    if result.status == "failed":
        assert result.error is not None
        assert result.error.startswith(f"{source}: ")
        assert "internal error" not in result.error and "invalid" not in result.error, result.error
        return
    assert result.status == "converted"
    assert len(result.outputs) == len(formats)
    for output in result.outputs:  # convert_file validated each before writing; check again from disk
        document = Path(output).read_text(encoding="utf-8")
        assert validate(document) == [], output


@SETTINGS
@given(data=st.binary(max_size=400))
def test_any_bytes(tmp_path_factory, data: bytes) -> None:
    check(data, tmp_path_factory.mktemp("b"), tuple(FORMATS))


@SETTINGS
@given(text=CAPTURE, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_capture_like_text(tmp_path_factory, text: str, encoding: str) -> None:
    check(text.encode(encoding), tmp_path_factory.mktemp("t"), tuple(FORMATS))

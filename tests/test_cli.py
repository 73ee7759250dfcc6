"""The `journeyboard` command as a user types it: the installed script, in a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.templates import list_templates

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")


def run(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [JOURNEYBOARD, *map(str, arguments)], capture_output=True, text=True, cwd=cwd, check=False
    )


def fails_cleanly(result: subprocess.CompletedProcess[str], message: str) -> None:
    """One line on stderr, no traceback, a non-zero exit code."""
    assert result.returncode == 1, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("journeyboard: ")
    assert message in lines[0]


def test_version_from_the_script_and_from_python_m_app() -> None:
    from app import __version__

    assert run("--version").stdout == f"journeyboard {__version__}\n"
    module = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert module.stdout == f"journeyboard {__version__}\n"


@pytest.mark.parametrize(
    "command", ["", "templates", "new", "info", "import", "export", "workspace"]
)
def test_every_command_has_help(command: str) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: journeyboard")
    assert "show this help message and exit" in result.stdout


def test_templates_lists_each_id_then_its_title() -> None:
    lines = run("templates").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [t.id for t in list_templates()]
    assert lines[1].split(maxsplit=1)[1] == "Café or restaurant"


def test_new_makes_a_map_from_a_template(tmp_path: Path) -> None:
    out = tmp_path / "practice.journey"
    made = run("new", "--template", "healthcare", "--title", "Smile Dental: new patients", out)
    assert made.returncode == 0, made.stderr
    info = run("info", out).stdout
    assert info.startswith("Smile Dental: new patients\n")
    assert "Book" in info


def test_new_refuses_to_replace_a_file_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "mine.journey"
    out.write_text("my notes")
    fails_cleanly(
        run("new", out), "a file of that name is already there. Nothing was changed. Add --force"
    )
    assert out.read_text() == "my notes"
    assert run("new", "--force", out).returncode == 0


def test_new_into_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    fails_cleanly(
        run("new", tmp_path / "Maps" / "cafe.journey"),
        f"the folder “{tmp_path / 'Maps'}” does not exist",
    )


def test_new_with_an_unknown_template(tmp_path: Path) -> None:
    fails_cleanly(
        run("new", "--template", "bakery", tmp_path / "x.journey"),
        "There is no template “bakery”. Templates: blank, cafe,",
    )
    assert not (tmp_path / "x.journey").exists()


def test_info_describes_a_map(tmp_path: Path) -> None:
    out = tmp_path / "cafe.journey"
    run("new", "--template", "cafe", out)
    info = run("info", out).stdout
    assert "personas    Maya Okafor (primary)" in info
    assert "stages      6: Discover, First visit, Order & wait, Enjoy, Come back" in info
    assert "    Pain points                        7 cards" in info
    assert "    Behind the counter (Team / owner)  4 cards" in info
    assert "cards       43" in info
    assert "emotions    scale −3…+3" in info
    assert "Maya Okafor  7 points, from −2 to +3" in info


def test_info_lines_up_japanese_lane_titles(real_map_files: list[Path], tmp_path: Path) -> None:
    source = next(f for f in real_map_files if "standardization" in f.name)
    out = tmp_path / "ja.journey"
    assert run("import", source, out).returncode == 0
    lanes = [line for line in run("info", out).stdout.splitlines() if line.endswith("cards")]
    assert "    開発チーム(現場) (Team / owner)             3 cards" in lanes
    assert "    Customer actions                            7 cards" in lanes


def test_info_on_files_that_are_not_maps(tmp_path: Path) -> None:
    fails_cleanly(run("info", tmp_path / "nowhere.journey"), "does not exist")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    fails_cleanly(run("info", notes), "“notes.txt” cannot be opened: it is not a Journeyboard map")


def test_import_then_export_gives_the_json_back(tmp_path: Path) -> None:
    template = next(t for t in list_templates() if t.id == "retail")
    out = tmp_path / "shop.journey"
    imported = run("import", template.path, out)
    assert imported.returncode == 0, imported.stderr
    assert "(6 stages, 43 cards)" in imported.stdout
    exported = tmp_path / "shop.json"
    assert run("export", out, "--json", exported).returncode == 0
    assert exported.read_text(encoding="utf-8") == template.path.read_text(encoding="utf-8")
    to_stdout = run("export", out, "--json", "-")
    assert json.loads(to_stdout.stdout)["title"] == json.loads(template.path.read_text())["title"]


def test_a_bad_import_names_the_place_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text(
        json.dumps(
            {
                "format": "journeyboard/1",
                "title": "Bad",
                "stages": [{"name": "A"}],
                "lanes": [{"kind": "touchpoints"}],
                "cards": [{"stage": 0, "lane": 0, "title": "ok"}, {"stage": 3, "lane": 0}],
            }
        )
    )
    out = tmp_path / "bad.journey"
    fails_cleanly(run("import", source, out), "cards[1].title: is missing")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_a_mistyped_command_line_exits_with_2() -> None:
    result = run("export", "map.journey")
    assert result.returncode == 2
    assert (
        "one of the arguments --json --pdf --png --svg --csv --xlsx --mermaid --markdown is "
        "required" in result.stderr
    )


def test_journeyboard_file_opens_the_editor_on_that_map(tmp_path: Path, user_folders: Path) -> None:
    """The real program, started as a file manager would start it, remembers the map it
    opened; it is then asked to stop."""
    out = tmp_path / "practice.journey"
    run("new", "--template", "healthcare", out)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    editor = subprocess.Popen([JOURNEYBOARD, out], env=environment)
    settings = user_folders / "xdg_config_home" / "Journeyboard" / "Journeyboard.conf"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and str(out) not in _read(settings):
            time.sleep(0.2)
        assert f"last={out}" in _read(settings)
        assert editor.poll() is None, "the editor should still be running"
    finally:
        editor.terminate()
        editor.wait(10)


def _read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_export_pdf_in_each_layout_without_qt(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = tmp_path / "cafe.journey"
    assert run("new", "--template", "cafe", path).returncode == 0
    for layout, paper in (("overview", "letter"), ("handout", "a4"), ("poster", "a3")):
        out = tmp_path / f"{layout}.pdf"
        scale = ("--scale", "100") if layout == "poster" else ()
        result = run("export", path, "--pdf", out, "--layout", layout, "--paper", paper,
                     "--landscape", *scale)  # fmt: skip
        assert result.returncode == 0, result.stderr
        pages = PdfReader(out).pages
        assert result.stdout == f"Wrote {out} ({len(pages)} page{'s' * (len(pages) > 1)})\n"
        last = pages[-1].mediabox
        assert last.width > last.height, "landscape"
    assert len(PdfReader(tmp_path / "overview.pdf").pages) == 1
    script = (
        "import sys\nfrom app.cli import main\n"
        f"main(['export', {str(path)!r}, '--pdf', {str(tmp_path / 'again.pdf')!r}])\n"
        "print('PySide6' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert loaded.stdout.splitlines()[-1] == "False", "Qt was loaded to write a PDF"


def test_a_pdf_in_german_and_its_pages_counted_without_writing_it(tmp_path: Path) -> None:
    """What the editor asks of the command line when it exports: the PDF's own words in
    the window's language, progress as it goes, and a page count that writes nothing."""
    from pypdf import PdfReader

    from app.export.pdf import count_pages
    from app.export.pdf_options import PdfLayout, PdfOptions

    path = tmp_path / "cafe.journey"
    assert run("new", "--template", "cafe", path).returncode == 0
    out = tmp_path / "handout.pdf"
    options = ("--layout", "handout", "--paper", "letter")
    counted = run("export", path, "--pdf", out, *options, "--count-pages")
    assert counted.returncode == 0 and not out.exists()
    with Document.open(path, read_only=True) as document:
        expected = count_pages(document.content(), PdfOptions(PdfLayout.HANDOUT, "letter"))
    assert counted.stdout == f"{expected} pages\n"
    written = run("export", path, "--pdf", out, *options, "--language", "de", "--progress")
    assert written.returncode == 0, written.stderr
    percents = [
        int(line.split()[1]) for line in written.stdout.splitlines() if line.startswith("progress ")
    ]
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    footer = PdfReader(out).pages[1].extract_text()
    assert "Seite 2" in footer and "Page 2" not in footer


def test_export_pdf_says_what_no_font_can_print(real_map_files: list[Path], tmp_path: Path) -> None:
    """Japanese prints (in the shipped fallback font) and is not warned about; an emoji,
    which no shipped font has, is."""
    japanese = next(
        file
        for file in real_map_files
        if any("\u3040" <= ch <= "\u30ff" for ch in file.read_text(encoding="utf-8"))
    )
    path = tmp_path / "japanese.journey"
    assert run("import", japanese, path).returncode == 0
    result = run("export", path, "--pdf", tmp_path / "out.pdf")
    assert result.returncode == 0 and result.stderr == ""
    with Document.open(path) as document:
        document.apply(op.edit("card", document.content().cards[0].id, title="良い 🙂"))
    result = run("export", path, "--pdf", tmp_path / "out.pdf")
    assert result.returncode == 0
    assert "🙂: they print as empty boxes" in result.stderr


def test_export_pdf_with_a_scale_out_of_range(tmp_path: Path) -> None:
    path = tmp_path / "cafe.journey"
    run("new", "--template", "cafe", path)
    fails_cleanly(
        run("export", path, "--pdf", tmp_path / "p.pdf", "--layout", "poster", "--scale", "5"),
        "a poster's scale is 25 to 1000 %, not 5 %",
    )
    fails_cleanly(
        run("export", path, "--pdf", tmp_path / "p.pdf", "--margin", "3"),
        "margins are 10 to 40 mm, not 3 mm",
    )
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("format_", ["--pdf", "--png", "--svg", "--json"])
def test_an_export_never_replaces_the_map_itself(format_: str, tmp_path: Path) -> None:
    path = tmp_path / "cafe.journey"
    run("new", "--template", "cafe", path)
    before = path.read_bytes()
    fails_as_mistyped(
        run("export", path, format_, path),
        f"{path} is named as a map, but {FORMATS[format_]} is written there: "
        f"name it cafe.{format_[2:]}",
    )
    link = tmp_path / f"export.{format_[2:]}"  # the map under an export's name
    os.link(path, link)
    fails_cleanly(run("export", path, format_, link), "is the map itself")
    assert path.read_bytes() == before


FORMATS = {"--pdf": "a PDF", "--png": "a PNG", "--svg": "an SVG", "--json": "JSON"}


def fails_as_mistyped(result: subprocess.CompletedProcess[str], message: str) -> None:
    """argparse's way: the usage, then one line naming the mistake, exit code 2."""
    assert result.returncode == 2, result
    assert result.stderr.splitlines()[-1] == f"journeyboard: error: {message}"


def test_a_mistyped_command_is_named_with_the_nearest_one(tmp_path: Path) -> None:
    run("new", "--template", "cafe", tmp_path / "cafe.journey")
    fails_as_mistyped(
        run("exprot", "cafe.journey", cwd=tmp_path),
        "'exprot' is not a command. Did you mean 'export'? "
        "Commands: templates, new, info, import, export, workspace",
    )
    fails_as_mistyped(
        run("frobnicate", cwd=tmp_path),
        "'frobnicate' is not a command. Commands: templates, new, info, import, export, workspace",
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[1, 2, 3]", "is not a Journeyboard map (JSON)"),
        ('{"title": "x"}', "is not a Journeyboard"),
    ],
)
def test_an_import_that_is_no_map_says_so_and_names_the_file(
    content: str, reason: str, tmp_path: Path
) -> None:
    source = tmp_path / "notes.json"
    source.write_text(content)
    fails_cleanly(run("import", source, tmp_path / "out.journey"), f"“{source}” {reason}")
    assert not (tmp_path / "out.journey").exists()


def test_every_import_error_names_the_file_and_shows_keys_printable(tmp_path: Path) -> None:
    source = tmp_path / "map.json"
    source.write_text('{"format": "journeyboard/1", "title": "x", "\\u001b[2Jboom": 1}')
    result = run("import", source, tmp_path / "out.journey")
    fails_cleanly(result, f"“{source}”: '\\x1b[2Jboom': is not a field")
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize(
    ("format_", "name", "message"),
    [
        (
            "--pdf",
            "out.png",
            "out.png is named as a PNG, but a PDF is written there: name it out.pdf",
        ),
        (
            "--png",
            "out.pdf",
            "out.pdf is named as a PDF, but a PNG is written there: name it out.png",
        ),
        (
            "--json",
            "out.journey",
            "out.journey is named as a map, but JSON is written there: name it out.json",
        ),
    ],
)
def test_an_export_named_as_another_format_is_refused(
    format_: str, name: str, message: str, tmp_path: Path
) -> None:
    run("new", "--template", "cafe", tmp_path / "cafe.journey")
    fails_as_mistyped(run("export", "cafe.journey", format_, name, cwd=tmp_path), message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cafe.journey"]


def test_a_name_without_its_extension_gets_it(tmp_path: Path) -> None:
    assert run("new", "--template", "cafe", "mymap", cwd=tmp_path).returncode == 0
    assert run("export", "mymap.journey", "--pdf", "handout", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf", "mymap.journey"]


def test_paper_in_any_case_and_options_that_would_do_nothing_refused(tmp_path: Path) -> None:
    run("new", "--template", "cafe", tmp_path / "cafe.journey")
    export = ("export", "cafe.journey")
    assert run(*export, "--pdf", "a.pdf", "--paper", "A3", cwd=tmp_path).returncode == 0
    fails_as_mistyped(
        run(*export, "--pdf", "b.pdf", "--scale", "80", cwd=tmp_path),
        "--scale sets the size of a poster: add --layout poster",
    )
    fails_as_mistyped(
        run(*export, "--png", "c.png", "--layout", "poster", cwd=tmp_path),
        "--layout applies only to --pdf",
    )
    fails_as_mistyped(
        run(*export, "--svg", "d.svg", "--width", "900", cwd=tmp_path),
        "--width only applies to --png (an SVG is drawn at the map's own size)",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "cafe.journey"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("export", "cafe.journey", "--png", "/nonexistent/o.png"),
            "the folder “/nonexistent” does not exist",
        ),
        (
            ("export", "cafe.journey", "--png", "/proc/o.png"),
            "files cannot be made in the folder “/proc”",
        ),
        (
            ("new", "--template", "cafe", "/proc/x.journey"),
            "files cannot be made in the folder “/proc”",
        ),
    ],
)
def test_a_place_that_cannot_be_written_is_said_in_plain_words(
    arguments: tuple[str, ...], message: str, tmp_path: Path
) -> None:
    run("new", "--template", "cafe", tmp_path / "cafe.journey")
    result = run(*arguments, cwd=tmp_path)
    fails_cleanly(result, message)
    for leaked in ("device", "unable to open database", "errno"):
        assert leaked not in result.stderr.lower()


def test_the_command_line_offers_every_paper_the_pdf_knows(tmp_path: Path) -> None:
    from app.cli import PAPERS as OFFERED
    from app.export.pdf_options import PAPERS

    assert tuple(PAPERS) == OFFERED
    path = tmp_path / "cafe.journey"
    assert run("new", "--template", "cafe", path).returncode == 0
    out = tmp_path / "poster.pdf"
    result = run("export", path, "--pdf", out, "--layout", "overview", "--paper", "A1")
    assert result.returncode == 0, result.stderr

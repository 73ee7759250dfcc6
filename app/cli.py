"""The `journeyboard` command: open the app, or work on map files without a window.

Commands import what they need when they run, so that `--help` and `--version` answer at
once. Errors are printed to stderr as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.model.messages import LANGUAGES

if TYPE_CHECKING:
    from app.model.file.document import Document
    from app.model.messages import Translate

PROG = "journeyboard"
PAPERS = ("a4", "letter", "a3", "tabloid", "a2", "a1", "a0")
"""app.export.pdf_options.PAPERS, named here so that reading the command line loads no
reportlab."""


COMMANDS = ("templates", "new", "info", "import", "export", "workspace")
SUFFIXES = {
    ".journey": "a map",
    ".json": "JSON",
    ".pdf": "a PDF",
    ".png": "a PNG",
    ".svg": "an SVG",
    ".csv": "CSV",
    ".xlsx": "an Excel workbook",
    ".mmd": "a Mermaid diagram",
    ".md": "Markdown",
}
"""What each kind of file Journeyboard writes is named, and called in messages."""


def main(argv: Sequence[str] | None = None) -> int:
    arguments_given = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if arguments_given and arguments_given[0] not in COMMANDS and arguments_given[0][:1] != "-":
        word = arguments_given[0]
        if len(arguments_given) > 1 or not _may_be_a_map(word):
            parser.error(_unknown_command(word))
        arguments_given = ["--open", *arguments_given]
    arguments = parser.parse_args(arguments_given)
    _check_usage(parser, arguments)
    command: Callable[[argparse.Namespace], int] = arguments.command
    from app.model.errors import JourneyboardError, MapExistsError

    try:
        return command(arguments)
    except MapExistsError as error:
        return _fail(f"{error} Add --force to replace it.")
    except JourneyboardError as error:
        return _fail(str(error))
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: say so in one line rather than with a traceback
        return _fail(f"something went wrong that Journeyboard did not expect: {error!r}")


def _interrupted(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _may_be_a_map(word: str) -> bool:
    return Path(word).suffix.lower() == ".journey" or Path(word).exists()


def _unknown_command(word: str) -> str:
    import difflib

    nearest = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.5)
    guess = f" Did you mean '{nearest[0]}'?" if nearest else ""
    return f"'{word}' is not a command.{guess} Commands: {', '.join(COMMANDS)}"


_SPREADSHEETS = (".csv", ".tsv", ".xlsx")
"""app.model.interchange.foreign_files.SPREADSHEET_SUFFIXES, named here so that reading the
command line loads no reader."""
_EXPORT_SUFFIXES = {
    "json": ".json",
    "pdf": ".pdf",
    "png": ".png",
    "svg": ".svg",
    "csv": ".csv",
    "xlsx": ".xlsx",
    "mermaid": ".mmd",
    "markdown": ".md",
}
"""Each export option's format, by the extension its file is given."""


def _check_usage(parser: argparse.ArgumentParser, arguments: argparse.Namespace) -> None:
    """Refuse options that would do nothing, and name every file for what it holds."""
    if arguments.command in (_new, _import) or (
        arguments.command is _workspace and arguments.action == "pull"
    ):
        arguments.output = _named(parser, arguments.output, ".journey")
    if (
        arguments.command is _import
        and arguments.shape is not None
        and arguments.source.suffix.lower() not in _SPREADSHEETS
    ):
        parser.error("--shape applies only to a spreadsheet (.csv or .xlsx)")
    if arguments.command is not _export:
        return
    for option, suffix in _EXPORT_SUFFIXES.items():
        if getattr(arguments, option) is not None:
            setattr(arguments, option, _named(parser, getattr(arguments, option), suffix))
    if arguments.xlsx is not None and str(arguments.xlsx) == "-":
        parser.error("--xlsx writes a workbook, which cannot go to standard output: name a file")
    pdf_options = [
        f"--{name}"
        for name in ("layout", "paper", "margin", "scale", "language")
        if getattr(arguments, name) is not None
    ] + [
        f"--{name.replace('_', '-')}"
        for name in ("landscape", "count_pages", "progress")
        if getattr(arguments, name)
    ]
    if arguments.pdf is None and pdf_options:
        verb = "applies" if len(pdf_options) == 1 else "apply"
        parser.error(f"{', '.join(pdf_options)} {verb} only to --pdf")
    if arguments.scale is not None and arguments.layout != "poster":
        parser.error("--scale sets the size of a poster: add --layout poster")
    if arguments.width is not None and arguments.png is None:
        parser.error("--width only applies to --png (an SVG is drawn at the map's own size)")
    picture_options = [
        f"--{name}" for name in ("stage", "frame") if getattr(arguments, name) is not None
    ] + (["--curve"] if arguments.curve else [])
    if picture_options and arguments.png is None and arguments.svg is None:
        verb = "applies" if len(picture_options) == 1 else "apply"
        parser.error(f"{', '.join(picture_options)} {verb} only to --png and --svg")


def _named(parser: argparse.ArgumentParser, path: Path, suffix: str) -> Path:
    """`path`, with `suffix` added if it has none of Journeyboard's; one that names
    another kind of file is refused."""
    found = path.suffix.lower()
    if str(path) == "-" or found == suffix:
        return path
    if found in SUFFIXES:
        parser.error(
            f"{path} is named as {SUFFIXES[found]}, but {SUFFIXES[suffix]} is written there: "
            f"name it {path.stem}{suffix}"
        )
    return path.with_name(f"{path.name}{suffix}")


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Draw customer journey maps, project them and print them. With no "
        "command, the editor opens FILE, or the map open last time (the sample map on the "
        "first start).",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--open",
        metavar="FILE",
        type=Path,
        help="open FILE in the editor (same as: journeyboard FILE)",
    )
    parser.set_defaults(command=_open_window)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    templates = commands.add_parser(
        "templates", help="list the built-in templates", description="List the templates."
    )
    templates.set_defaults(command=_templates)

    new = commands.add_parser(
        "new",
        help="make a new map from a template",
        description="Make a new .journey map from a built-in template.",
    )
    new.add_argument("output", metavar="OUT.journey", type=Path, help="the map file to write")
    new.add_argument(
        "--template", default="blank", help="a template id from 'journeyboard templates'"
    )
    new.add_argument("--title", help="the new map's title (the template's title if omitted)")
    new.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    new.set_defaults(command=_new)

    info = commands.add_parser(
        "info", help="describe a map", description="Describe what a .journey map holds."
    )
    info.add_argument("file", metavar="FILE", type=Path, help="a .journey map")
    info.set_defaults(command=_info)

    import_ = commands.add_parser(
        "import",
        help="make a map from JSON, a spreadsheet or a Mermaid diagram",
        description="Make a .journey map from a journeyboard/1 JSON file, a spreadsheet "
        "(.csv, .xlsx) or a Mermaid journey diagram (.mmd, .mermaid), chosen by the file's "
        "extension, after checking all of it: nothing is written if any of it is wrong.",
    )
    import_.add_argument(
        "source",
        metavar="FILE",
        type=Path,
        help="the file to read: .json, .csv, .tsv, .xlsx, .mmd or .mermaid",
    )
    import_.add_argument("output", metavar="OUT.journey", type=Path, help="the map file to write")
    import_.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    import_.add_argument(
        "--shape",
        choices=("long", "grid"),
        help="a spreadsheet's shape: long, a card a row under Stage, Lane and Title columns; "
        "grid, stages across the first row and lanes down the first column (default: told "
        "by the first row)",
    )
    import_.set_defaults(command=_import)

    export = commands.add_parser(
        "export",
        help="write a map in another format",
        description="Write a map as JSON, a spreadsheet, a Mermaid diagram or Markdown, as a "
        "print-ready PDF, or as a picture of its canvas.",
    )
    export.add_argument("file", metavar="FILE", type=Path, help="a .journey map")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument(
        "--json",
        metavar="OUT.json",
        type=Path,
        help="write the journeyboard/1 JSON interchange format ('-' for standard output)",
    )
    formats.add_argument(
        "--pdf",
        metavar="OUT.pdf",
        type=Path,
        help="write a print-ready PDF in the --layout chosen",
    )
    formats.add_argument(
        "--png", metavar="OUT.png", type=Path, help="write a picture of the whole canvas"
    )
    formats.add_argument(
        "--svg",
        metavar="OUT.svg",
        type=Path,
        help="write the whole canvas as SVG, with text kept as text (for slides)",
    )
    formats.add_argument(
        "--csv",
        metavar="OUT.csv",
        type=Path,
        help="write the cards as a table, one a row ('-' for standard output)",
    )
    formats.add_argument(
        "--xlsx",
        metavar="OUT.xlsx",
        type=Path,
        help="write an Excel workbook: the cards a row on the sheet Journey, the map as a grid "
        "on the sheet Grid",
    )
    formats.add_argument(
        "--mermaid",
        metavar="OUT.mmd",
        type=Path,
        help="write a Mermaid journey diagram of the customer's actions ('-' for standard output)",
    )
    formats.add_argument(
        "--markdown",
        metavar="OUT.md",
        type=Path,
        help="write the map as Markdown, for a wiki or a document ('-' for standard output)",
    )
    export.add_argument(
        "--width",
        metavar="PIXELS",
        type=int,
        help="the width of a PNG picture in pixels (default 2400); an SVG is drawn at the "
        "map's own size",
    )
    picture = export.add_argument_group("PNG and SVG")
    shown = picture.add_mutually_exclusive_group()
    shown.add_argument("--stage", metavar="N", type=int, help="draw stage N alone (the first is 1)")
    shown.add_argument("--curve", action="store_true", help="draw the emotion curve alone")
    picture.add_argument(
        "--frame",
        choices=("16:9",),
        help="compose the picture on a 16:9 slide, its words sized to read when projected",
    )
    pdf = export.add_argument_group("PDF")
    pdf.add_argument(
        "--layout",
        choices=("overview", "handout", "poster"),
        help="overview: the whole map on one page; handout: the overview, the personas, a "
        "page per stage and the ranked pain points and opportunities; poster: the map at "
        "--scale over sheets to tape together (default overview)",
    )
    pdf.add_argument(
        "--paper",
        choices=PAPERS,
        type=str.lower,
        help="a4, letter, a3, tabloid, or a print shop's a2, a1, a0, in any case (default a4)",
    )
    pdf.add_argument("--landscape", action="store_true", help="turn the paper sideways")
    pdf.add_argument(
        "--margin", metavar="MM", type=float, help="the margin on every side, 10 to 40 (default 12)"
    )
    pdf.add_argument(
        "--scale",
        metavar="PERCENT",
        type=int,
        help="a poster's size: 100 is the size of the canvas at 100 %% on a 96 dpi screen "
        "(default 150)",
    )
    pdf.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the language of the PDF's own words: headings, labels, hints (default en)",
    )
    pdf.add_argument(
        "--count-pages",
        action="store_true",
        help="say how many pages (or poster sheets) the PDF would have, and write nothing",
    )
    pdf.add_argument(
        "--progress",
        action="store_true",
        help="print 'progress PERCENT' lines while the PDF is written (for programs)",
    )
    export.set_defaults(command=_export)
    _workspace_parser(commands)
    return parser


def _workspace_parser(commands: Any) -> None:
    """`journeyboard workspace init|list|push|pull URL …`: a team's maps on PostgreSQL."""
    workspace = commands.add_parser(
        "workspace",
        help="a team's maps in a PostgreSQL database",
        description="Keep a team's maps in a PostgreSQL database, given by a libpq URL such as "
        "postgresql://alice@db.example.com/journeys or postgresql:///journeys?host=/run/pg "
        "(the password from ~/.pgpass or PGPASSWORD).",
    )
    actions = workspace.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, words in (
        ("init", "make the workspace's tables in the database (again does nothing)"),
        ("list", "list the maps: title, cards, last change and by whom"),
        ("push", "copy a map file into the workspace"),
        ("pull", "copy a map of the workspace into a new map file"),
    ):
        action = actions.add_parser(
            name, help=words, description=words[0].upper() + words[1:] + "."
        )
        action.add_argument("url", metavar="URL", help="the workspace's PostgreSQL URL")
        action.set_defaults(command=_workspace)
        if name == "push":
            action.add_argument("file", metavar="FILE", type=Path, help="a .journey map")
            action.add_argument(
                "--replace", action="store_true", help="replace the map if it is there already"
            )
        if name == "pull":
            action.add_argument("map", metavar="MAP", help="the map's title or id")
            action.add_argument(
                "output", metavar="OUT.journey", type=Path, help="the file to write"
            )
            action.add_argument(
                "--force", action="store_true", help="replace OUT.journey if it exists"
            )


def _open_window(arguments: argparse.Namespace) -> int:
    from app.ui.app import run

    return run(arguments.open)


def _templates(_arguments: argparse.Namespace) -> int:
    from app.model.interchange.templates import list_templates

    templates = list_templates()
    width = max(len(template.id) for template in templates)
    for template in templates:
        print(f"{template.id:<{width}}  {template.title}")
    return 0


def _new(arguments: argparse.Namespace) -> int:
    import dataclasses

    from app.model.data.fields import MAP_FIELDS
    from app.model.file.document import Document
    from app.model.interchange.templates import find_template, new_map_from

    made = new_map_from(find_template(arguments.template))
    content = made.content
    if arguments.title is not None:
        title = MAP_FIELDS["title"].clean(arguments.title)
        content = dataclasses.replace(content, map=dataclasses.replace(content.map, title=title))
    Document.create(arguments.output, content, replace=arguments.force).close()
    print(f"Made “{content.map.title}” in {arguments.output}")
    return 0


def _info(arguments: argparse.Namespace) -> int:
    from app.export.summary import describe
    from app.model.file.document import Document

    with Document.open(arguments.file, read_only=True) as document:
        print(describe(document.content(), document.snapshots(contents=False), arguments.file))
    return 0


def _workspace(arguments: argparse.Namespace) -> int:
    from app.model.file.document import Document
    from app.model.workspace.store import Workspace, for_a_trip, without_password

    workspace = Workspace(arguments.url)
    try:
        if arguments.action == "init":
            workspace.init()
            print(f"The workspace is ready: {without_password(arguments.url)}")
        elif arguments.action == "list":
            for entry in workspace.maps():
                when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
                said = f"{entry.cards} cards, {when} by {entry.changed_by}"
                print(f"{entry.title}  ({said})  {entry.id}")
        elif arguments.action == "push":
            with Document.open(arguments.file, read_only=True) as document:
                content, snapshots = document.content(), document.snapshots()
            workspace.push(content, snapshots, replace=arguments.replace)
            print(f"Pushed “{content.map.title}” ({len(content.cards)} cards)")
        else:
            pulled = workspace.pull(arguments.map)
            Document.create(
                arguments.output,
                pulled.content,
                snapshots=for_a_trip(pulled.content, pulled.snapshots),
                replace=arguments.force,
            ).close()
            print(f"Pulled “{pulled.content.map.title}” into {arguments.output}")
    finally:
        workspace.close()
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from app.model.file.document import Document
    from app.model.interchange.foreign_files import read_foreign_map

    imported = read_foreign_map(arguments.source, arguments.shape)
    for unread in imported.unread:
        print(f"{PROG}: {arguments.source}: {unread}", file=sys.stderr)
    with Document.create(
        arguments.output, imported.content, snapshots=imported.snapshots, replace=arguments.force
    ) as document:
        content = document.content()
    print(
        f"Imported “{content.map.title}” ({len(content.stages)} stages, "
        f"{len(content.cards)} cards) into {arguments.output}"
    )
    return 0


def _export(arguments: argparse.Namespace) -> int:
    from app.model.file.document import Document

    # Ended by another program (the editor cancelling an export it started): stop as if
    # interrupted, so that a half-written file is removed on the way out.
    signal.signal(signal.SIGTERM, _interrupted)
    out = next(
        getattr(arguments, option) for option in _EXPORT_SUFFIXES if getattr(arguments, option)
    )
    if (
        str(out) != "-"
        and out.exists()
        and arguments.file.exists()
        and out.samefile(arguments.file)
    ):
        return _fail(f"{out} is the map itself: choose another name for the export")
    with Document.open(arguments.file, read_only=True) as document:
        if arguments.png is not None or arguments.svg is not None:
            return _export_picture(document, arguments)
        if arguments.pdf is not None:
            return _export_pdf(document, arguments)
        if arguments.json is not None:
            return _export_json(document, arguments.json)
        return _export_other(document, arguments)


def _export_json(document: Document, out: Path) -> int:
    from app.model.errors import InvalidValueError
    from app.model.file.safe_write import write_text
    from app.model.interchange.journeyboard_json import dumps, export_map

    left_out: list[InvalidValueError] = []
    text = dumps(export_map(document.content(), document.snapshots(), left_out=left_out))
    for error in left_out:
        print(f"{PROG}: {error} It was left out of the JSON.", file=sys.stderr)
    if str(out) == "-":
        sys.stdout.write(text)
    else:
        write_text(out, text)
        print(f"Wrote {out}")
    return 0


def _export_other(document: Document, arguments: argparse.Namespace) -> int:
    """A spreadsheet, a Mermaid diagram or Markdown, to a file or standard output."""
    from app.model.interchange.foreign_files import EXPORT_FORMAT

    key, out = next(
        (key, getattr(arguments, key)) for key in EXPORT_FORMAT if getattr(arguments, key)
    )
    kind = EXPORT_FORMAT[key]
    if str(out) == "-" and kind.text is not None:
        sys.stdout.write(kind.text(document.content()))
        return 0
    kind.write_file(document.content(), out)
    print(f"Wrote {out}")
    return 0


def _export_picture(document: Document, arguments: argparse.Namespace) -> int:
    """Render the picture with no window: Qt's offscreen platform unless one was chosen."""
    from app.layout.picture import FRAMES, PNG_WIDTH, PictureChoice

    content = document.content()
    stages = len(content.stages)
    if arguments.stage is not None and not 1 <= arguments.stage <= stages:
        among = f"1 to {stages}" if stages > 1 else "1" if stages else "none: the map has no stage"
        return _fail(f"--stage {arguments.stage} is not a stage of this map ({among})")
    if arguments.curve and not any(lane.kind == "emotions" for lane in content.lanes):
        return _fail("--curve: the map has no Emotions lane to draw the curve in")
    width = arguments.width or PNG_WIDTH
    if not 100 <= width <= 20_000:
        return _fail(f"--width must be from 100 to 20000 pixels, not {width}")
    frame = FRAMES[arguments.frame] if arguments.frame else None
    choice = PictureChoice(arguments.stage, arguments.curve, frame, width)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.pictures import save_png, save_svg
    from app.ui.qt_app import application

    application("en")  # the command line speaks English, as its messages do
    if arguments.svg is not None:
        save_svg(content, arguments.svg, choice)
        print(f"Wrote {arguments.svg}")
        return 0
    save_png(content, arguments.png, choice)
    print(f"Wrote {arguments.png}")
    return 0


def _export_pdf(document: Document, arguments: argparse.Namespace) -> int:
    """Write the PDF, or only count its pages, and say what prints as empty boxes. Qt is
    loaded only for a language other than English (its catalogues hold the words)."""
    from dataclasses import replace

    from app.export.pdf import count_pages, export_pdf
    from app.export.pdf_options import POINTS_PER_MM, PdfLayout, PdfOptions
    from app.model.errors import JourneyboardError
    from app.model.messages import Message

    translate = _translation(arguments.language or "en")
    try:
        options = PdfOptions(
            PdfLayout(arguments.layout or "overview"),
            arguments.paper or "a4",
            arguments.landscape,
            translate=translate,
        )
        if arguments.scale is not None:
            options = replace(options, poster_scale=arguments.scale)
        if arguments.margin is not None:
            options = replace(options, margin=arguments.margin * POINTS_PER_MM)
    except ValueError as error:
        return _fail(str(error))
    said = -1

    def told(fraction: float) -> None:
        nonlocal said
        if round(fraction * 100) != said:
            said = round(fraction * 100)
            print(f"progress {said}", flush=True)

    try:
        if arguments.count_pages:
            count = count_pages(document.content(), options)
            print(f"{count} {'page' if count == 1 else 'pages'}")
            return 0
        result = export_pdf(
            document.content(), arguments.pdf, options, told if arguments.progress else None
        )
    except JourneyboardError as error:  # in the PDF's language: the editor shows it
        message = error.message
        return _fail(message.translated(translate) if isinstance(message, Message) else message)
    pages = f"{result.pages} {'page' if result.pages == 1 else 'pages'}"
    print(f"Wrote {arguments.pdf} ({pages})")
    for warning in result.warnings():
        print(f"{PROG}: {warning.translated(translate)}", file=sys.stderr)
    return 0


def _translation(language: str) -> Translate:
    """The PDF's words in `language`: as typed in English, else from the editor's
    catalogue, read by Qt's core (no window)."""
    from app.model.messages import english

    if language == "en":
        return english
    from PySide6.QtCore import QCoreApplication

    from app.ui.languages import install_language

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_language(app, language)
    return QCoreApplication.translate

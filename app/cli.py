"""The `journeyboard` command: open the app, or work on map files without a window.

Commands import what they need when they run, so that `--help` and `--version` answer at
once. Errors are printed to stderr as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__

PROG = "journeyboard"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
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


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Draw customer journey maps, project them and print them.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(command=_open_sample)
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
        help="make a map from a journeyboard/1 JSON file",
        description="Make a .journey map from a journeyboard/1 JSON file, after checking all "
        "of it.",
    )
    import_.add_argument("source", metavar="MAP.json", type=Path, help="the JSON file to read")
    import_.add_argument("output", metavar="OUT.journey", type=Path, help="the map file to write")
    import_.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    import_.set_defaults(command=_import)

    export = commands.add_parser(
        "export",
        help="write a map in another format",
        description="Write a map in another format.",
    )
    export.add_argument("file", metavar="FILE", type=Path, help="a .journey map")
    export.add_argument(
        "--json",
        metavar="OUT.json",
        type=Path,
        required=True,
        help="write the journeyboard/1 JSON interchange format ('-' for standard output)",
    )
    export.set_defaults(command=_export)
    return parser


def _open_sample(_arguments: argparse.Namespace) -> int:
    """Open the sample map, making it from the sample template on the first start.

    The editor window comes with the canvas; until then this shows what the map holds.
    """
    from app.model.document import Document
    from app.model.places import sample_map_path
    from app.model.templates import new_map_from, sample_template

    path = sample_map_path()
    if not path.exists():
        made = new_map_from(sample_template())
        Document.create(path, made.content, snapshots=made.snapshots).close()
    return _info(argparse.Namespace(file=path))


def _templates(_arguments: argparse.Namespace) -> int:
    from app.model.templates import list_templates

    templates = list_templates()
    width = max(len(template.id) for template in templates)
    for template in templates:
        print(f"{template.id:<{width}}  {template.title}")
    return 0


def _new(arguments: argparse.Namespace) -> int:
    import dataclasses

    from app.model.document import Document
    from app.model.fields import MAP_FIELDS
    from app.model.templates import find_template, new_map_from

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
    from app.model.document import Document

    with Document.open(arguments.file, read_only=True) as document:
        print(describe(document.content(), document.snapshots(contents=False), arguments.file))
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from app.model.document import Document
    from app.model.interchange import read_map_file

    imported = read_map_file(arguments.source)
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
    from app.model.document import Document
    from app.model.interchange import dumps, export_map
    from app.model.safe_write import write_text

    with Document.open(arguments.file, read_only=True) as document:
        text = dumps(export_map(document.content(), document.snapshots()))
    if str(arguments.json) == "-":
        sys.stdout.write(text)
    else:
        write_text(arguments.json, text)
        print(f"Wrote {arguments.json}")
    return 0

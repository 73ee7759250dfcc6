"""The whole command, `journeyboard export --pdf`, beside a bare reportlab script run as a
command: what a person waits for, start-up included.

For maps of 1,000 and 5,000 cards this writes each map as a `.journey` file, then, for each
layout (as `bench_pdf.py` prints it: A4 portrait, an overview on the smallest paper where
it reads, left out where none does, a poster at the largest scale it takes), runs in turn:

- Journeyboard: `python -m app export MAP.journey --pdf OUT.pdf --layout …`, which starts
  Python, imports the app, opens and checks the file, lays the map out and writes the PDF;
- bare reportlab: `python bench/bare_reportlab.py JOB.json OUT.pdf`, which starts Python,
  imports reportlab alone, reads the printed cards (the lines Journeyboard prints, taken
  from its layout before anything is timed: see `bench_pdf.py`) and draws them on as many
  pages.

Each figure is the median wall time of `--repeat` runs of each, taken in turn; the ratio is
Journeyboard / bare. The same comparison can be made from outside with the tool library's
`farm-bench --vs`, which this script does not need. Run from the repository root:

    .venv/bin/python bench/bench_command.py [--sizes 1000,5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# bench_document.py is beside this script, and a script's folder is first on sys.path.
from bare_reportlab import write_job
from bench_document import at_least, build_map, card_counts, milliseconds
from bench_pdf import BARE_FONTS, LAYOUT_ORDER, options_for, page_of, printed_cards

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout
from app.model.file.document import Document

BARE_SCRIPT = Path(__file__).with_name("bare_reportlab.py")
REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Commands:
    """One layout of one map: both commands, and what the table says of them."""

    cards: int
    layout: PdfLayout
    paper: str
    journeyboard: list[str]
    bare: list[str]


def prepare(cards: int, folder: Path) -> list[Commands]:
    """The map's file, and for each layout the bare side's job and both commands."""
    content = build_map(cards, random.Random(cards))
    map_file = folder / f"map-{cards}.journey"
    Document.create(map_file, content).close()
    prepared = []
    for layout in LAYOUT_ORDER:
        options = options_for(content, layout)
        if options is None:
            print(f"The overview of {cards:,} cards reads on no paper: left out.")
            continue
        ours = folder / f"journeyboard-{cards}-{layout}.pdf"
        pages = export_pdf(content, ours, options).pages
        job = folder / f"bare-{cards}-{layout}.json"
        write_job(job, printed_cards(content, layout, options), pages, page_of(options), BARE_FONTS)
        paper = ["--paper", options.paper] + (["--landscape"] if options.landscape else [])
        if layout == PdfLayout.POSTER:
            paper += ["--scale", str(options.poster_scale)]
        journeyboard = [sys.executable, "-m", "app", "export", str(map_file), "--pdf", str(ours)]
        journeyboard += ["--layout", str(layout), *paper]
        bare = [sys.executable, str(BARE_SCRIPT), str(job), str(folder / f"bare-{layout}.pdf")]
        prepared.append(Commands(cards, layout, str(options.paper_name()), journeyboard, bare))
    return prepared


AS_INSTALLED = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}
"""The environment both commands run in: Python keeps the compiled modules it imports,
as it does on a person's machine (the untimed first run of each writes them)."""


def wall_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPOSITORY, env=AS_INSTALLED, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(commands: Commands, runs: int) -> tuple[float, float]:
    """The medians of both commands, run in turn after one untimed run of each."""
    wall_seconds(commands.journeyboard), wall_seconds(commands.bare)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(wall_seconds(commands.journeyboard))
        bare.append(wall_seconds(commands.bare))
    return statistics.median(ours), statistics.median(bare)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=card_counts, default="1000,5000", help="cards per map")
    parser.add_argument("--repeat", type=at_least(1), default=5, help="runs of each command")
    arguments = parser.parse_args(argv)
    header = f"{'layout':<10}{'cards':>6}{'paper':>18}{'journeyboard':>15}{'bare':>10}{'ratio':>8}"
    lines = [header, "-" * len(header)]
    with tempfile.TemporaryDirectory(prefix="journeyboard-command-") as name:
        for cards in arguments.sizes:
            for commands in prepare(cards, Path(name)):
                ours, bare = measure(commands, arguments.repeat)
                lines.append(
                    f"{commands.layout:<10}{cards:>6}{commands.paper:>18}"
                    f"{milliseconds(ours):>15}{milliseconds(bare):>10}{ours / bare:>7.1f}×"
                )
    print(f"Whole commands, medians of {arguments.repeat} runs each, taken in turn:\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

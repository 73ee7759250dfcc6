"""A large map in the running window beside the bare libraries: open, edit, export.

The map has 10,000 cards over 100 stages × 8 lanes and 100 kB of notes in its first card
(`build_map` of bench_document.py, with more stages). Each kind of work is done in
Journeyboard's window, and beside it by the bare libraries in the same run:

- open: `MainWindow.open_path` until the canvas is painted, beside bare sqlite3 reading
  every row and a bare Qt scene of the same cards (bench_canvas.bare_scene) shown in a
  view and painted;
- edit median, edit p95: an edit applied in the window (committed, laid out, painted),
  beside the same UPDATEs committed with sqlite3 and a bare card's title changed and
  painted;
- PDF handout: File > Export PDF… (handout, A4) until the window says it is written,
  beside bare reportlab drawing every card twice on as many pages (bench_pdf.bare_pdf);
- PNG: File > Export PNG… until the window says it is saved, beside the bare scene
  rendered into a picture of the same size and written.

While Journeyboard works, a 5 ms timer runs on the window's thread; the longest gap
between its ticks is the longest time the window could not repaint or answer the
person (its "longest stall"). The bare libraries work on the window's thread, so for
them the whole time is a stall. Run from the repository root:

    .venv/bin/python bench/bench_large_map.py [--cards 10000] [--stages 100] [--edits 40]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The other benchmarks are beside this script, and a script's folder is first on sys.path.
from bench_canvas import bare_scene
from bench_canvas import environment as qt_environment
from bench_document import (
    at_least,
    bare_apply,
    bare_connect,
    bare_create,
    bare_open,
    build_map,
    journeyboard_ddl,
    milliseconds,
    p95,
    plan_edits,
)
from bench_pdf import bare_pdf, register_bare_fonts
from PySide6.QtCore import QByteArray, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsView

from app.export.pdf_options import PdfLayout, PdfOptions
from app.layout.picture import PNG_WIDTH
from app.model.data.records import MapContent
from app.model.file.document import Document
from app.ui.main_window import MainWindow
from app.ui.pdf_export import PdfRequest
from app.ui.qt_app import application
from app.ui.settings import Settings

DEFAULT_CARDS, DEFAULT_STAGES, DEFAULT_EDITS = 10_000, 100, 40
NOTE_CHARACTERS = 100_000
WINDOW_WIDTH, WINDOW_HEIGHT = 1400, 900
TICK_MS = 5


def large_map(cards: int, stages: int) -> MapContent:
    content = build_map(cards, random.Random(cards), stage_count=stages)
    first = content.cards[0]
    note = ("A long note. " * (NOTE_CHARACTERS // 13 + 1))[:NOTE_CHARACTERS]
    return dataclasses.replace(
        content, cards=(dataclasses.replace(first, notes=note), *content.cards[1:])
    )


class Stalls:
    """The longest gap between the ticks of a timer on the window's thread while a
    `with` block runs, the block's own time included."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def __enter__(self) -> Stalls:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._tick()
        self._timer.stop()


@dataclass(frozen=True, slots=True)
class Figure:
    work: str
    journeyboard: float
    bare: float
    stall: float
    """Journeyboard's longest stall; the bare side's is its whole time."""

    @property
    def ratio(self) -> float:
        return self.journeyboard / self.bare


def wait_until(done: Callable[[], bool]) -> None:
    while not done():
        QApplication.processEvents()
        time.sleep(0.001)


def paint(view: QGraphicsView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


# --- Journeyboard -------------------------------------------------------------------------


def open_window(path: Path) -> tuple[MainWindow, float, float]:
    window = MainWindow(Settings())
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    window.show()
    QApplication.processEvents()
    with Stalls() as stalls:
        start = time.perf_counter()
        if not window.open_path(path):
            raise RuntimeError(f"{path} did not open")
        assert window.workspace is not None
        paint(window.workspace.view)
        elapsed = time.perf_counter() - start
    return window, elapsed, stalls.longest


def edit_in_window(window: MainWindow, operation: Any) -> float:
    assert window.workspace is not None
    start = time.perf_counter()
    window.workspace.open_map.apply(operation, "Benchmark edit")
    QApplication.processEvents()  # the scene lays out again on the next turn
    paint(window.workspace.view)
    return time.perf_counter() - start


def export_pdf_in_window(window: MainWindow, out: Path) -> tuple[float, float]:
    written: list[str] = []
    window.pdf_exporter.ask = lambda content: PdfRequest(
        out, PdfOptions(PdfLayout.HANDOUT), open_when_done=False
    )
    window.pdf_exporter.done.connect(written.append)
    with Stalls() as stalls:
        start = time.perf_counter()
        window.actions_by_name["export_pdf"].trigger()
        wait_until(lambda: bool(written))
        elapsed = time.perf_counter() - start
    if not written[0].startswith("Wrote"):
        raise RuntimeError(written[0])
    return elapsed, stalls.longest


def export_png_in_window(window: MainWindow, out: Path) -> tuple[float, float]:
    window.choose_picture_path = lambda suggested, file_filter: str(out)
    with Stalls() as stalls:
        start = time.perf_counter()
        window.actions_by_name["export_png"].trigger()
        elapsed = time.perf_counter() - start
    if not out.exists():
        raise RuntimeError(window.statusBar().currentMessage())
    return elapsed, stalls.longest


# --- the bare libraries -------------------------------------------------------------------


def bare_open_and_show(path: Path, window: MainWindow) -> tuple[QGraphicsView, float]:
    """Read every row with sqlite3, then show Journeyboard's cards as bare Qt items."""
    assert window.workspace is not None
    start = time.perf_counter()
    bare_open(path)
    scene = bare_scene(window.workspace.scene)
    view = QGraphicsView(scene)
    view.kept_scene = scene  # type: ignore[attr-defined]  # a view does not own its scene
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    view.show()
    paint(view)
    return view, time.perf_counter() - start


def bare_edit(connection: Any, operation: Any, view: QGraphicsView, title: str) -> float:
    start = time.perf_counter()
    bare_apply(connection, operation)
    items = view.items(view.viewport().rect().center())
    text = next((i for i in items if isinstance(i, QGraphicsSimpleTextItem)), None)
    if text is not None:
        text.setText(title)
    paint(view)
    return time.perf_counter() - start


def bare_png(view: QGraphicsView, out: Path) -> float:
    start = time.perf_counter()
    scene = view.scene()
    source = scene.sceneRect()
    height = round(source.height() * PNG_WIDTH / source.width())
    image = QImage(PNG_WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    target = QRectF(0, 0, PNG_WIDTH, height)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    QImageWriter(str(out), QByteArray(b"png")).write(image)
    return time.perf_counter() - start


def bare_handout(content: MapContent, out: Path, pages: int) -> float:
    start = time.perf_counter()
    bare_pdf(out, content.cards, pages, 2, PdfOptions(PdfLayout.HANDOUT))
    return time.perf_counter() - start


# --- the run ------------------------------------------------------------------------------


def measure(content: MapContent, edits: int, folder: Path) -> list[Figure]:
    ours, bare = folder / "large.journey", folder / "large.db"
    Document.create(ours, content).close()
    bare_create(bare, content, journeyboard_ddl())
    window, opened, open_stall = open_window(ours)
    view, bare_opened = bare_open_and_show(bare, window)
    figures = [Figure("open", opened, bare_opened, open_stall)]

    plan = plan_edits(content, edits, random.Random(edits))
    with closing(bare_connect(bare)) as connection:
        samples = [
            (edit_in_window(window, operation), bare_edit(connection, operation, view, str(n)))
            for n, operation in enumerate(plan)
        ]
    mine, theirs = [s[0] for s in samples], [s[1] for s in samples]
    figures.append(Figure("edit median", statistics.median(mine), statistics.median(theirs), 0))
    figures.append(Figure("edit p95", p95(mine), p95(theirs), max(mine)))

    pdf_time, pdf_stall = export_pdf_in_window(window, folder / "large.pdf")
    from pypdf import PdfReader

    pages = len(PdfReader(folder / "large.pdf").pages)
    edited = window.workspace.document.content() if window.workspace else content
    bare_pdf_time = bare_handout(edited, folder / "bare.pdf", pages)
    figures.append(Figure(f"PDF handout ({pages} pages)", pdf_time, bare_pdf_time, pdf_stall))

    png_time, png_stall = export_png_in_window(window, folder / "large.png")
    figures.append(Figure("PNG", png_time, bare_png(view, folder / "bare.png"), png_stall))
    view.close()
    window.close()
    return figures


def table(figures: Sequence[Figure]) -> str:
    header = f"{'work':<26}{'journeyboard':>14}{'bare':>12}{'ratio':>8}{'longest stall':>16}"
    lines = [header, "-" * len(header)]
    for figure in figures:
        stall = "–" if not figure.stall else milliseconds(figure.stall)
        lines.append(
            f"{figure.work:<26}{milliseconds(figure.journeyboard):>14}"
            f"{milliseconds(figure.bare):>12}{figure.ratio:>7.1f}×{stall:>16}"
        )
    return "\n".join(lines)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=at_least(100), default=DEFAULT_CARDS)
    parser.add_argument("--stages", type=at_least(1), default=DEFAULT_STAGES)
    parser.add_argument("--edits", type=at_least(2), default=DEFAULT_EDITS)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    register_bare_fonts()
    print(", ".join(f"{name} {value}" for name, value in qt_environment().items()))
    content = large_map(arguments.cards, arguments.stages)
    print(
        f"{len(content.cards):,} cards, {len(content.stages)} stages × {len(content.lanes)}"
        f" lanes, {NOTE_CHARACTERS:,} characters of notes in one card\n"
    )
    with tempfile.TemporaryDirectory(prefix="journeyboard-bench-") as folder:
        figures = measure(content, arguments.edits, Path(folder))
    print(table(figures))
    if arguments.json is not None:
        settings = {"cards": arguments.cards, "stages": arguments.stages, "edits": arguments.edits}
        report = {
            "environment": qt_environment(),
            "settings": settings,
            "figures": [dataclasses.asdict(figure) for figure in figures],
        }
        arguments.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

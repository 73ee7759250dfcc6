"""Journeyboard's canvas beside a bare Qt scene: building the scene, panning and zooming.

For maps of 100, 1,000 and 5,000 cards this measures the canvas the editor shows
(`app.ui.canvas.scene.MapScene` in an `app.ui.canvas.view.MapView`), each figure beside
the same work done by a bare `QGraphicsScene` in the same run. The bare scene holds one
`QGraphicsRectItem` (with `DeviceCoordinateCache`, like Journeyboard's cards) and one
`QGraphicsSimpleTextItem` with the card's title per card, on the rectangles of
Journeyboard's own layout, so both scenes have the same geometry:

- build: make the scene for a map (Journeyboard also lays the map out, which measures
  and wraps all of its text, and adds the grid, headers and emotion curve);
- pan median, pan p95: frames at zoom 1.0 while the view scrolls 40 px per frame;
- zoom median, zoom p95: frames while the zoom goes up by 1.1× and down by 0.9× per
  frame, back and forth between 0.25× and 1.5×;
- memory/card: growth of the process's resident memory while the scene is built (Linux).

A frame is the change of view and a synchronous paint of the whole 1920 × 1080 view.
The frames show whether the canvas keeps up with a hand on the mouse on large maps, and
the ratio says how much of the cost is Journeyboard's painting rather than Qt's own.

The figures are printed as a table with the ratio Journeyboard / bare Qt and the budget
of the design (a frame ≤ 16 ms at 5,000 cards). It needs no display: it uses Qt's
offscreen platform unless QT_QPA_PLATFORM says otherwise. Run from the repository root:

    .venv/bin/python bench/bench_canvas.py [--sizes 100,1000,5000] [--repeat 5] [--frames 60]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

# bench_document.py is beside this script, and a script's folder is first on sys.path.
from bench_document import (
    Arguments,
    Made,
    Samples,
    at_least,
    benchmark_parser,
    build_map,
    milliseconds,
    p95,
    timed,
)
from PySide6 import __version__ as pyside6_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QBrush, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from app.layout.map_layout import CARD_TITLE, Metrics
from app.model.data.records import MapContent
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import MapView
from app.ui.look import GRID_LINE, INK, font, lane_fill
from app.ui.qt_app import application
from app.ui.text_metrics import qt_typesetter

DEFAULT_REPEAT = 5
DEFAULT_FRAMES = 60

VIEW_WIDTH, VIEW_HEIGHT = 1920, 1080
PAN_STEP = 40
"""Pixels scrolled per frame while panning."""
ZOOM_IN, ZOOM_OUT = 1.1, 0.9
LOWEST_ZOOM, HIGHEST_ZOOM = 0.25, 1.5

FRAME_BUDGET_CARDS = 5_000
FRAME_BUDGET_S = 0.016

WARM_UP_CARDS = 100
"""A map built (and painted) before measuring, so that what is loaded once, such as fonts
and Qt's glyph caches, counts in no figure."""

MEMORY_CARDS = 5_000
"""Smaller maps are built several times over, this many cards in all, to measure memory."""

WORK_ORDER = ("build", "pan median", "pan p95", "zoom median", "zoom p95", "memory/card")
"""The table lists all sizes of one kind of work together, in this order."""

# --- the scenes ---------------------------------------------------------------------------


def journeyboard_scene(content: MapContent) -> MapScene:
    """The scene the editor shows, with a new typesetter as when a map is opened."""
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
    return scene


def bare_scene(like: MapScene) -> QGraphicsScene:
    """A rectangle with its title for each card of `like`, where `like` draws the card."""
    assert like.layout is not None, "show_content lays the map out"
    scene = QGraphicsScene()
    scene.setSceneRect(like.sceneRect())
    brush, pen, title_font = QBrush(lane_fill("touchpoints")), QPen(GRID_LINE, 1), font(CARD_TITLE)
    padding = Metrics().card_padding
    for box in like.layout.cards.values():
        card = QGraphicsRectItem(0, 0, box.rect.width, box.rect.height)
        card.setPos(box.rect.x, box.rect.y)
        card.setBrush(brush)
        card.setPen(pen)
        card.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        title = QGraphicsSimpleTextItem("\n".join(box.title_lines), card)
        title.setFont(title_font)
        title.setBrush(INK)
        title.setPos(padding, padding)
        scene.addItem(card)
    return scene


# --- the views ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Canvas:
    """A scene in a shown view, and how that view is zoomed."""

    view: QGraphicsView
    set_zoom: Callable[[float], None]


def journeyboard_canvas(scene: MapScene) -> Canvas:
    view = MapView(scene)
    return Canvas(show(view), view.set_zoom)


def bare_canvas(scene: QGraphicsScene) -> Canvas:
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)

    def set_zoom(zoom: float) -> None:
        view.setTransform(QTransform.fromScale(zoom, zoom))  # about the view's centre

    return Canvas(show(view), set_zoom)


def show(view: QGraphicsView) -> QGraphicsView:
    view.resize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    QApplication.processEvents()
    return view


def centre_at_zoom_one(canvas: Canvas) -> None:
    canvas.set_zoom(1.0)
    canvas.view.centerOn(canvas.view.sceneRect().center())
    QApplication.processEvents()


def frame_seconds(view: QGraphicsView, change: Callable[[], None]) -> float:
    """Change the view and paint all of it, synchronously.

    `repaint()` paints the whole viewport into the window's backing store at once, which
    is how a frame reaches the screen, and leaves nothing to paint afterwards. (`grab()`
    would paint into a new pixmap instead and leave the change's own update for the event
    loop to paint a second time.) A real scroll often repaints only the strip it uncovers,
    so the pan figures are those of the costliest scroll: a jump.
    """
    start = time.perf_counter()
    change()
    view.viewport().repaint()
    elapsed = time.perf_counter() - start
    QApplication.processEvents()
    return elapsed


def pan_positions(start: int, low: int, high: int, count: int) -> list[int]:
    """Scroll positions `PAN_STEP` apart, turning back at either end of the scroll range."""
    positions, position, step = [], start, PAN_STEP
    for _ in range(count):
        if not low <= position + step <= high:
            step = -step
        position = max(low, min(high, position + step))
        positions.append(position)
    return positions


def zoom_levels(count: int) -> list[float]:
    """Zooms from 1.0 up by `ZOOM_IN` to the highest, then down by `ZOOM_OUT`, and so on."""
    levels, zoom, factor = [], 1.0, ZOOM_IN
    for _ in range(count):
        if not LOWEST_ZOOM <= zoom * factor <= HIGHEST_ZOOM:
            factor = ZOOM_OUT if factor == ZOOM_IN else ZOOM_IN
        zoom *= factor
        levels.append(zoom)
    return levels


def time_pan(canvas: Canvas, frames: int) -> list[float]:
    """Frames at zoom 1.0, scrolling down from the middle of the map and back up."""
    centre_at_zoom_one(canvas)
    bar = canvas.view.verticalScrollBar()
    positions = pan_positions(bar.value(), bar.minimum(), bar.maximum(), frames)
    return [frame_seconds(canvas.view, partial(bar.setValue, at)) for at in positions]


def time_zoom(canvas: Canvas, frames: int) -> list[float]:
    """Frames zooming in and out about the middle of the map."""
    centre_at_zoom_one(canvas)
    return [
        frame_seconds(canvas.view, partial(canvas.set_zoom, zoom)) for zoom in zoom_levels(frames)
    ]


# --- timing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the table: a statistic of both sample lists, in seconds or bytes."""

    work: str
    cards: int
    journeyboard: float
    bare: float
    budget: float | None = None
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return self.journeyboard / self.bare if self.bare > 0 else None

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.journeyboard <= self.budget


def time_build(content: MapContent, repeat: int) -> tuple[Samples, MapScene, QGraphicsScene]:
    """Build both scenes `repeat` times; the last ones stay for the frames.

    The scenes of one run are freed when the next run's are assigned, after they are timed.
    """
    samples = Samples([], [])
    for _ in range(repeat):
        seconds, ours = timed(journeyboard_scene, content)
        samples.journeyboard.append(seconds)
        seconds, bare = timed(bare_scene, ours)
        samples.bare.append(seconds)
    return samples, ours, bare


def time_frames(ours: MapScene, bare: QGraphicsScene, frames: int) -> tuple[Samples, Samples]:
    """Pan and zoom frames of both scenes, each in its own 1920 × 1080 view."""
    canvases = journeyboard_canvas(ours), bare_canvas(bare)
    pan = Samples(*(time_pan(canvas, frames) for canvas in canvases))
    zoom = Samples(*(time_zoom(canvas, frames) for canvas in canvases))
    for canvas in canvases:
        canvas.view.close()
    return pan, zoom


def measure_size(content: MapContent, repeat: int, frames: int) -> list[Figure]:
    cards = len(content.cards)
    built, ours, bare = time_build(content, repeat)
    pan, zoom = time_frames(ours, bare, frames)
    budget = FRAME_BUDGET_S if cards == FRAME_BUDGET_CARDS else None
    median = statistics.median
    return [
        summarise("build", cards, built, median),
        summarise("pan median", cards, pan, median, budget),
        summarise("pan p95", cards, pan, p95, budget),
        summarise("zoom median", cards, zoom, median, budget),
        summarise("zoom p95", cards, zoom, p95, budget),
    ]


def summarise(
    work: str,
    cards: int,
    samples: Samples,
    statistic: Callable[[Sequence[float]], float],
    budget: float | None = None,
) -> Figure:
    return Figure(work, cards, statistic(samples.journeyboard), statistic(samples.bare), budget)


# --- memory -------------------------------------------------------------------------------


def resident_bytes() -> int | None:
    """The process's resident memory (VmRSS), or None where there is no /proc (not Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return None


def growth(
    build: Callable[Arguments, Made], *args: Arguments.args, **kwargs: Arguments.kwargs
) -> tuple[int, Made]:
    """How much resident memory `build` takes, and what it built (to be kept alive)."""
    gc.collect()
    before = resident_bytes() or 0
    built = build(*args, **kwargs)
    gc.collect()
    return (resident_bytes() or 0) - before, built


def journeyboard_scenes(content: MapContent, copies: int) -> list[MapScene]:
    return [journeyboard_scene(content) for _ in range(copies)]


def bare_scenes(like: Iterable[MapScene]) -> list[QGraphicsScene]:
    return [bare_scene(scene) for scene in like]


def memory_figures(contents: Sequence[MapContent]) -> list[Figure]:
    """Memory per card of both scenes for every map, measured before anything else.

    Nothing is freed until all scenes are built: the allocator would give memory freed by
    one scene to the next, whose growth would then look smaller than it is. The warm-up
    map's scenes pay for what is loaded once. Small maps are built several times over, so
    that their growth rises well above the slack the allocator already holds.
    """
    if resident_bytes() is None:
        return []
    warm_up = journeyboard_scene(warm_up_map())
    kept: list[object] = [warm_up, bare_scene(warm_up)]
    figures = []
    for content in contents:
        cards = len(content.cards)
        copies = math.ceil(MEMORY_CARDS / cards)
        ours_bytes, ours = growth(journeyboard_scenes, content, copies)
        bare_bytes, bare = growth(bare_scenes, ours)
        kept += [ours, bare]
        per_card = ours_bytes / (copies * cards), bare_bytes / (copies * cards)
        figures.append(Figure("memory/card", cards, *per_card, unit="bytes"))
    return figures


def warm_up_map() -> MapContent:
    return build_map(WARM_UP_CARDS, random.Random(0))


def warm_up_painting() -> None:
    """Build and paint the warm-up map both ways, before anything is timed."""
    ours = journeyboard_scene(warm_up_map())
    time_frames(ours, bare_scene(ours), frames=2)


# --- reporting ----------------------------------------------------------------------------


def environment() -> dict[str, str | int | None]:
    return {
        "python": platform.python_version(),
        "PySide6": pyside6_version,
        "Qt": qVersion(),
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "qpa": QApplication.platformName(),
    }


def value_cell(figure: Figure, value: float) -> str:
    return f"{value / 1024:.1f} KiB" if figure.unit == "bytes" else milliseconds(value)


def ratio_cell(figure: Figure) -> str:
    return "–" if figure.ratio is None else f"{figure.ratio:.1f}×"


def budget_cell(figure: Figure) -> str:
    if figure.budget is None:
        return ""
    verdict = "ok" if figure.within_budget else "OVER"
    return f"{f'≤ {figure.budget * 1000:.0f} ms':<10}{verdict}"


def table(figures: Sequence[Figure]) -> str:
    header = f"{'work':<12}{'cards':>6}{'journeyboard':>15}{'bare Qt':>15}{'ratio':>9}   budget"
    lines = [header, "-" * (len(header) + 12)]
    for figure in figures:
        lines.append(
            f"{figure.work:<12}{figure.cards:>6}{value_cell(figure, figure.journeyboard):>15}"
            f"{value_cell(figure, figure.bare):>15}{ratio_cell(figure):>9}   "
            f"{budget_cell(figure)}".rstrip()
        )
    return "\n".join(lines)


def as_json(figures: Sequence[Figure], settings: dict[str, Any]) -> dict[str, Any]:
    return {
        "environment": environment(),
        "settings": settings,
        "figures": [
            {
                "work": figure.work,
                "cards": figure.cards,
                "unit": figure.unit,
                "journeyboard": figure.journeyboard,
                "bare_qt": figure.bare,
                "ratio": figure.ratio,
                "budget_s": figure.budget,
                "within_budget": figure.within_budget,
            }
            for figure in figures
        ],
    }


# --- command line -------------------------------------------------------------------------


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = benchmark_parser(
        __doc__.splitlines()[0], DEFAULT_REPEAT, "scene builds whose median is reported"
    )
    parser.add_argument(
        "--frames",
        type=at_least(2),
        default=DEFAULT_FRAMES,
        help="frames of panning and of zooming per map (default: %(default)s)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    print(", ".join(f"{name} {value}" for name, value in environment().items()))
    print(
        f"A frame: change the view, then paint all of the {VIEW_WIDTH} × {VIEW_HEIGHT} view;"
        f" {arguments.frames} frames of panning and {arguments.frames} of zooming per map.\n"
    )
    contents = [build_map(count, random.Random(count)) for count in arguments.sizes]
    figures = memory_figures(contents)
    warm_up_painting()
    for content in contents:
        figures += measure_size(content, arguments.repeat, arguments.frames)
    print(table(sorted(figures, key=lambda figure: WORK_ORDER.index(figure.work))))
    if arguments.json is not None:
        settings = {
            "sizes": arguments.sizes,
            "repeat": arguments.repeat,
            "frames": arguments.frames,
            "view": [VIEW_WIDTH, VIEW_HEIGHT],
        }
        arguments.json.write_text(json.dumps(as_json(figures, settings), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

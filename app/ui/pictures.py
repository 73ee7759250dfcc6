"""Pictures of a map, rendered from the canvas's scene with no window: PNG and SVG.

The scene is the one the editor shows, so a picture looks exactly like the canvas. A
picture of a large map takes seconds to paint, so it is painted a few hundred items at
a time: each `…_steps` generator yields the share done between them, and writes the
file only once it has been run to its end.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from app import __version__
from app.layout.map_layout import StackMemo
from app.model.errors import JourneyboardError, SaveFailedError
from app.model.messages import Message
from app.model.records import MapContent
from app.model.safe_write import written_beside
from app.ui.canvas.scene import MapScene
from app.ui.text_metrics import qt_typesetter
from app.ui.translation import translate

DEFAULT_WIDTH = 2400
MAX_PIXELS = 20_000 * 20_000
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML cannot hold (U+FFFE, U+FFFF): Qt writes them as they are, which would
make the file unreadable, so they are left out."""
SVG_DPI = 96
"""CSS's pixels per inch: the SVG's size then says one layout unit is one pixel."""
ITEMS_PER_STEP = 200
"""About 50 ms of painting cards with all their text, on a two-core laptop."""
LAID_OUT, PAINTED = 0.3, 0.95
"""The shares of the work done once the map is laid out, and once every item is
painted; writing the file is the rest."""


class PictureTooLargeError(JourneyboardError):
    """A picture of more pixels than `MAX_PIXELS`."""


T = TypeVar("T")
Steps = Generator[float, None, T]
"""Work done in steps: yields the share done so far (0 to 1), returns its result."""


PictureSteps = Callable[[MapContent, Path], Steps[None]]
"""png_steps or svg_file_steps, with their other settings left as they are."""


def _picture_scene(content: MapContent) -> Steps[MapScene]:
    """The canvas's scene for one picture, its text measured in steps. Items drop their
    pixmap caches: a picture is painted once, so a cache only costs, and in an SVG a
    cached item would be a bitmap rather than shapes and text."""
    memo = StackMemo(qt_typesetter())
    yield from _scaled(memo.prepare(content), 0, LAID_OUT)
    scene = MapScene(memo.typesetter, memo=memo)
    scene.shows_hints = False  # they teach the editor; a slide or an email has no use for them
    scene.show_content(content)
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def image_steps(
    content: MapContent, width: int = DEFAULT_WIDTH, *, within: QSize | None = None
) -> Steps[QImage]:
    """The whole map at `width` pixels wide (or as large as fits `within`), on white,
    showing as much of each card as the canvas does at that zoom: from far out, titles
    alone set large enough to read, and only shapes where not even they would read."""
    scene = yield from _picture_scene(content)
    source = scene.sceneRect()
    zoom = width / source.width()
    if within is not None:
        zoom = min(within.width() / source.width(), within.height() / source.height())
        width = max(1, min(within.width(), round(source.width() * zoom)))
    scene.set_zoom(zoom)
    height = max(1, round(source.height() * zoom))
    if within is not None:
        height = min(within.height(), height)
    if width * height > MAX_PIXELS:
        fits = math.isqrt(MAX_PIXELS * int(source.width()) // max(1, int(source.height())))
        raise PictureTooLargeError(
            Message(
                "Pictures",
                "A picture of {width} × {height} pixels is too large to draw (at most {most} "
                "million pixels): make it at most {fits} pixels wide.",
            ).format(
                width=QLocale().toString(width),
                height=QLocale().toString(height),
                most=MAX_PIXELS // 1_000_000,
                fits=QLocale().toString(fits),
            )
        )
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        painting = _paint_in_steps(scene, painter, QRectF(0, 0, width, height), source)
        yield from _scaled(painting, LAID_OUT, PAINTED)
    finally:
        painter.end()
    return image


def png_steps(content: MapContent, path: Path, width: int = DEFAULT_WIDTH) -> Steps[None]:
    image = yield from image_steps(content, width)
    with written_beside(path) as temporary:
        writer = QImageWriter(str(temporary), QByteArray(b"png"))
        if not writer.write(image):
            raise SaveFailedError(path, writer.errorString().lower())


def svg_steps(content: MapContent) -> Steps[bytes]:
    """The whole map as SVG at its natural size, one layout unit to one pixel. Text stays
    text, so slides can be searched and the picture stays sharp at any zoom."""
    scene = yield from _picture_scene(content)
    source = scene.sceneRect()
    target = QRectF(0, 0, source.width(), source.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SVG_DPI)
    generator.setSize(QSize(round(target.width()), round(target.height())))
    generator.setViewBox(target)
    generator.setTitle(content.map.title)
    generator.setDescription(_description(content))
    painter = QPainter(generator)
    try:
        painter.fillRect(target, QColor("white"))
        yield from _scaled(_paint_in_steps(scene, painter, target, source), LAID_OUT, PAINTED)
    finally:
        painter.end()
    svg = bytes(buffer.data().data()).decode("utf-8")
    return _NOT_XML.sub("", svg).encode("utf-8")


def svg_file_steps(content: MapContent, path: Path) -> Steps[None]:
    """Paint first, then write beside `path` and rename, so that a failure leaves no
    half-written file (a failure is raised as SaveFailedError)."""
    svg = yield from svg_steps(content)
    with written_beside(path) as temporary:
        temporary.write_bytes(svg)


def render_image(content: MapContent, width: int = DEFAULT_WIDTH) -> QImage:
    return run_to_end(image_steps(content, width))


def render_thumbnail(content: MapContent, box: QSize) -> QImage:
    """The whole map fitted into `box`, each card showing its title as large as it must
    be to read there: a template's preview shows its journey, not empty boxes."""
    return run_to_end(image_steps(content, within=box))


def save_png(content: MapContent, path: Path, width: int = DEFAULT_WIDTH) -> None:
    run_to_end(png_steps(content, path, width))


def save_svg(content: MapContent, path: Path) -> None:
    run_to_end(svg_file_steps(content, path))


def run_to_end(steps: Steps[T]) -> T:
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def _paint_in_steps(
    scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF
) -> Iterator[float]:
    """What QGraphicsScene.render does (every visible item, bottom to top, mapped from
    `source` to the top left of `target` keeping its shape, clipped to `target`), but
    `ITEMS_PER_STEP` items at a time."""
    scale = min(target.width() / source.width(), target.height() / source.height())
    to_target = (
        QTransform()
        .translate(target.left(), target.top())
        .scale(scale, scale)
        .translate(-source.left(), -source.top())
    )
    items = [
        item
        for item in scene.items(
            source, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder
        )
        if item.isVisible() and not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    ]
    option = QStyleOptionGraphicsItem()
    base = painter.worldTransform()
    painter.setClipRect(target)
    for index, item in enumerate(items, 1):
        painter.save()
        painter.setWorldTransform(item.sceneTransform() * to_target * base)
        option.exposedRect = item.boundingRect()
        item.paint(painter, option, None)
        painter.restore()
        if index % ITEMS_PER_STEP == 0:
            yield index / len(items)
    yield 1.0


def _scaled(steps: Iterator[float], start: float, end: float) -> Iterator[float]:
    """The shares of a part of the work, as shares of the whole, which this part takes
    from `start` to `end`."""
    return (start + share * (end - start) for share in steps)


def _description(content: MapContent) -> str:
    made = translate("Pictures", "A customer journey map drawn by Journeyboard {version}.").format(
        version=__version__
    )
    return f"{content.map.objective} — {made}" if content.map.objective else made

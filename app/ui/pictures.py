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
from app.layout.glance import GLANCE_PIXELS, SLIDE_PIXELS
from app.layout.map_layout import Metrics, StackMemo
from app.layout.picture import (
    PNG_WIDTH,
    SLIDE,
    PictureChoice,
    PicturePlan,
    chosen_content,
    picture_metrics,
    plan_picture,
)
from app.layout.themes import LIGHT
from app.model.data.records import MapContent
from app.model.errors import JourneyboardError, SaveFailedError
from app.model.file.safe_write import written_beside
from app.model.messages import Message
from app.ui.canvas.card_item import Detail, detail_at
from app.ui.canvas.scene import MapScene
from app.ui.canvas.shape_painter import paint_shapes
from app.ui.look import FALLBACK_FAMILIES, FONT_FAMILY
from app.ui.text_metrics import qt_typesetter
from app.ui.translation import translate

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


PREVIEW_METRICS = Metrics()
"""A preview is the map as the editor lays it out."""
WHOLE_MAP = PictureChoice()
"""The picture Export Picture makes unless told otherwise: the whole map, unframed."""


class PictureTooLargeError(JourneyboardError):
    """A picture of more pixels than `MAX_PIXELS`."""


T = TypeVar("T")
Steps = Generator[float, None, T]
"""Work done in steps: yields the share done so far (0 to 1), returns its result."""


PictureSteps = Callable[[MapContent, Path, PictureChoice], Steps[None]]
"""png_steps or svg_file_steps, with their other settings left as they are."""


def _picture_scene(
    content: MapContent, hidden_lanes: set[str], metrics: Metrics = PREVIEW_METRICS
) -> Steps[MapScene]:
    """The canvas's scene for one picture, its text measured in steps. Items drop their
    pixmap caches: a picture is painted once, so a cache only costs, and in an SVG a
    cached item would be a bitmap rather than shapes and text."""
    memo = StackMemo(qt_typesetter(), metrics)
    yield from _scaled(memo.prepare(content), 0, LAID_OUT)
    scene = MapScene(memo.typesetter, memo=memo)
    scene.shows_hints = False  # they teach the editor; a slide or an email has no use for them
    scene.hidden_lanes = hidden_lanes
    scene.show_content(content)
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def _composed(
    content: MapContent, choice: PictureChoice | None, pixels: float | None = None
) -> Steps[tuple[MapScene, PicturePlan | None]]:
    """The scene of what the picture shows and, unless it is the bare map (`choice`
    None, for previews), the page it is composed on with a header and a legend, for a
    picture `pixels` wide (None: one pixel per picture unit)."""
    if choice is None:
        return (yield from _picture_scene(content, set())), None
    shown, hidden = chosen_content(content, choice)
    scene = yield from _picture_scene(shown, hidden, picture_metrics(shown, choice))
    source = scene.sceneRect()
    size = (source.width(), source.height())
    plan = plan_picture(content, size, choice, scene.typesetter, translate)
    per_unit = 1.0 if choice.frame is not None or pixels is None else pixels / plan.width
    if detail_at(plan.map_scale(*size) * per_unit) < Detail.FULL:  # no card shows its foot
        plan = plan_picture(content, size, choice, scene.typesetter, translate, card_feet=False)
    return scene, plan


def _page_size(scene: MapScene, plan: PicturePlan | None) -> tuple[float, float]:
    """The picture's size in picture units: the page, or the bare map."""
    if plan is not None:
        return plan.width, plan.height
    return scene.sceneRect().width(), scene.sceneRect().height()


def _paint_picture(
    scene: MapScene,
    plan: PicturePlan | None,
    painter: QPainter,
    pixels: float,
    seen_at: float,
    framed: bool = False,
) -> Iterator[float]:
    """Paint the page at `pixels` per picture unit, its cards showing as much as reads
    where one unit is `seen_at` pixels (on the slide, for a `framed` picture, whose
    emotion curve is also set to read from across a room)."""
    source = scene.sceneRect()
    if plan is None:
        scene.set_zoom(seen_at)
        target = QRectF(0, 0, source.width() * pixels, source.height() * pixels)
        yield from _paint_in_steps(scene, painter, target, source)
        return
    painter.save()
    painter.scale(pixels, pixels)
    paint_shapes(painter, plan.shapes, LIGHT)
    painter.restore()
    place = plan.map_target(source.width(), source.height())
    seen = plan.map_scale(source.width(), source.height()) * seen_at
    scene.set_zoom(seen, emotion_pixels=SLIDE_PIXELS if framed else GLANCE_PIXELS)
    target = QRectF(place.x * pixels, place.y * pixels, place.width * pixels, place.height * pixels)
    yield from _paint_in_steps(scene, painter, target, source)


def image_steps(
    content: MapContent,
    width: int = PNG_WIDTH,
    *,
    within: QSize | None = None,
    choice: PictureChoice | None = None,
) -> Steps[QImage]:
    """The picture `width` pixels wide (or as large as fits `within`), on white, showing
    as much of each card as the canvas does at that zoom: from far out, titles alone set
    large enough to read, and only shapes where not even they would read. With no
    `choice`, the bare map (a preview); with one, the page a PictureChoice composes."""
    pixels = width if within is None else within.width()
    scene, plan = yield from _composed(content, choice, pixels)
    page_width, page_height = _page_size(scene, plan)
    zoom = width / page_width
    if within is not None:
        zoom = min(within.width() / page_width, within.height() / page_height)
        width = max(1, min(within.width(), round(page_width * zoom)))
    height = max(1, round(page_height * zoom))
    if within is not None:
        height = min(within.height(), height)
    seen_at = SLIDE[0] / page_width if choice is not None and choice.frame else zoom
    if width * height > MAX_PIXELS:
        fits = math.isqrt(MAX_PIXELS * int(page_width) // max(1, int(page_height)))
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
        framed = choice is not None and choice.frame is not None
        painting = _paint_picture(scene, plan, painter, zoom, seen_at, framed)
        yield from _scaled(painting, LAID_OUT, PAINTED)
    finally:
        painter.end()
    return image


def png_steps(
    content: MapContent,
    path: Path,
    choice: PictureChoice = WHOLE_MAP,
) -> Steps[None]:
    image = yield from image_steps(content, choice.width, choice=choice)
    with written_beside(path) as temporary:
        writer = QImageWriter(str(temporary), QByteArray(b"png"))
        if not writer.write(image):
            raise SaveFailedError(path, writer.errorString().lower())


def svg_steps(content: MapContent, choice: PictureChoice = WHOLE_MAP) -> Steps[bytes]:
    """The picture as SVG at its natural size, one picture unit to one pixel. Text stays
    text, so slides can be searched and the picture stays sharp at any zoom."""
    scene, plan = yield from _composed(content, choice)
    page_width, page_height = _page_size(scene, plan)
    target = QRectF(0, 0, page_width, page_height)
    seen_at = SLIDE[0] / page_width if choice.frame else 1.0
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
        painting = _paint_picture(scene, plan, painter, 1.0, seen_at, choice.frame is not None)
        yield from _scaled(painting, LAID_OUT, PAINTED)
    finally:
        painter.end()
    svg = bytes(buffer.data().data()).decode("utf-8")
    svg = _FONT_FAMILY.sub(_with_fallback, svg)
    return _NOT_XML.sub("", svg).encode("utf-8")


_FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


def _with_fallback(found: re.Match[str]) -> str:
    """A font family with the shipped fallbacks and the generic family after it, so that
    a slide tool draws Chinese, Japanese and Korean as the canvas does where it has those
    fonts, and the words in its own sans-serif rather than in a serif or not at all where
    it has none. Qt writes its default family, "Sans Serif", on groups that hold no text;
    they are named as the others, so that the file names one font."""
    family = found.group(1).split(",")[0].strip()  # Qt writes a font's own fallbacks too
    named = FONT_FAMILY if family in ("Sans Serif", "") else family
    return f'font-family="{", ".join((named, *FALLBACK_FAMILIES, "sans-serif"))}"'


def svg_file_steps(
    content: MapContent, path: Path, choice: PictureChoice = WHOLE_MAP
) -> Steps[None]:
    """Paint first, then write beside `path` and rename, so that a failure leaves no
    half-written file (a failure is raised as SaveFailedError)."""
    svg = yield from svg_steps(content, choice)
    with written_beside(path) as temporary:
        temporary.write_bytes(svg)


def render_image(
    content: MapContent, width: int = PNG_WIDTH, choice: PictureChoice | None = None
) -> QImage:
    return run_to_end(image_steps(content, width, choice=choice))


def render_thumbnail(content: MapContent, box: QSize) -> QImage:
    """The whole map fitted into `box`, each card showing its title as large as it must
    be to read there: a template's preview shows its journey, not empty boxes."""
    return run_to_end(image_steps(content, within=box))


def save_png(content: MapContent, path: Path, choice: PictureChoice = WHOLE_MAP) -> None:
    run_to_end(png_steps(content, path, choice))


def save_svg(content: MapContent, path: Path, choice: PictureChoice = WHOLE_MAP) -> None:
    run_to_end(svg_file_steps(content, path, choice))


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

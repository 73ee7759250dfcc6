"""Bounded work on hostile content: what a file or a chosen picture holds is refused or
cut down before it can take minutes or gigabytes."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from cafe_window import cafe_window, in_file, workspace
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.export.card_block import PAD_BOTTOM, PAD_TOP, card_block
from app.export.pdf import export_pdf
from app.export.pdf_fonts import pdf_typesetter
from app.export.pdf_options import PdfLayout, PdfOptions
from app.export.pictures import PRINT_PIXELS
from app.export.poster_plan import MAX_POSTER_SHEETS, PosterTooLargeError
from app.layout.text import TextStyle, Typesetter
from app.model.data.fields import CARD_PICTURE, MAX_PICTURE_PIXELS
from app.model.data.limits import MAX_ROWS
from app.model.errors import DamagedFileError, InterchangeError, InvalidValueError
from app.model.file.document import Document
from app.model.interchange.journeyboard_json import dumps, export_map, parse_map, read_map_file
from app.model.interchange.picture_files import read_picture_file
from app.model.interchange.templates import find_template, load_template

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width` × `height` pixels in a few dozen bytes, as a crafted
    file would (13,000 × 13,000 compresses to 657 KB; the header alone says as much)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


# --- pictures --------------------------------------------------------------------------------


def test_a_picture_declaring_too_many_pixels_is_refused_from_its_header() -> None:
    with pytest.raises(InvalidValueError, match="13,000 × 13,000 pixels, too many"):
        CARD_PICTURE.clean(png_header(13_000, 13_000))
    with pytest.raises(InvalidValueError, match="over 100 million pixels"):
        CARD_PICTURE.clean(png_header(30_000, 30_000))  # past what Pillow will even open
    side = int(MAX_PICTURE_PIXELS**0.5)
    assert CARD_PICTURE.clean(png_header(side, side))


def test_a_map_file_holding_huge_pictures_is_refused_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    with sqlite3.connect(path) as connection:  # as a crafted file would hold them
        connection.execute("UPDATE card SET image = ?", (png_header(13_000, 13_000),))
    connection.close()
    with pytest.raises(DamagedFileError, match="13,000 × 13,000 pixels"):
        Document.open(path, read_only=True)


def test_a_json_map_holding_a_huge_picture_is_refused(tmp_path: Path) -> None:
    cafe = load_template(find_template("cafe")).content
    card = dataclasses.replace(cafe.cards[0], image=png_header(13_000, 13_000))
    exported = export_map(dataclasses.replace(cafe, cards=(card, *cafe.cards[1:])), ())
    source = tmp_path / "map.json"
    source.write_text(dumps(exported))
    with pytest.raises(InterchangeError, match="pixels, too many"):
        read_map_file(source)


@pytest.mark.parametrize("kind", ["png", "jpg"])
def test_a_large_picture_prints_downscaled_and_decoded_once(kind: str, tmp_path: Path) -> None:
    """Made smaller for print, embedded once for all the cards that show it, and a photo
    embedded as a JPEG rather than as pixels compressed without loss."""
    picture = QImage(4000, 3000, QImage.Format.Format_RGB32)
    picture.fill(QColor("#15803d"))
    assert picture.save(str(tmp_path / f"big.{kind}"))
    data = (tmp_path / f"big.{kind}").read_bytes()
    cafe = load_template(find_template("cafe")).content
    cards = tuple(dataclasses.replace(card, image=data) for card in cafe.cards)
    content = dataclasses.replace(cafe, cards=cards)
    out = tmp_path / "handout.pdf"
    export_pdf(content, out, PdfOptions(PdfLayout.HANDOUT))
    images = {
        (image.name, image.image.width, image.image.height)
        for page in PdfReader(out).pages
        for image in page.images
    }
    ((name, width, height),) = images  # one picture, embedded once
    assert (width, height) == (PRINT_PIXELS, PRINT_PIXELS * 3 // 4)
    assert name.endswith(".jpg") is (kind == "jpg")
    assert out.stat().st_size < 2_000_000


@pytest.mark.parametrize("kind", ["device", "pipe", "huge"])
def test_a_picture_file_that_is_no_picture_is_refused_at_once(kind: str, tmp_path: Path) -> None:
    if kind == "device":
        path = Path("/dev/zero")
    elif kind == "pipe":
        path = tmp_path / "pipe.png"
        os.mkfifo(path)
    else:
        path = tmp_path / "huge.png"
        with path.open("wb") as file:
            file.truncate(3_000_000_000)  # sparse: 3 GB that take no room
    reason = "a device or a pipe" if kind != "huge" else "it is 3,000.0 MB, larger than the 5 MB"
    with pytest.raises(InvalidValueError, match=reason):
        read_picture_file(path, CARD_PICTURE.max_bytes)


def test_the_inspector_says_why_a_chosen_file_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        space = workspace(window)
        card = space.open_map.content().cards[0]
        space.scene.select_only(space.scene.card_item(card.id))
        space.inspector.choose_picture_file = lambda: "/dev/zero"
        button = space.inspector.form.findChild(QPushButton, "choose-image")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        notices = [label.text() for label in space.inspector.form.findChildren(QLabel)]
        assert any("“zero”: it is not a file but a device or a pipe" in t for t in notices)
        assert next(c for c in in_file(window).cards if c.id == card.id).image is None


# --- sizes -----------------------------------------------------------------------------------


def test_a_file_holding_more_rows_than_a_map_may_is_refused_before_reading_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(card)")]
        copied = ", ".join(
            "lower(hex(randomblob(16)))" if c == "id" else "1000 + n" if c == "position" else c
            for c in columns
        )
        connection.execute(
            f"WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers "
            f"WHERE n < {MAX_ROWS['card']}) INSERT INTO card ({', '.join(columns)}) "
            f"SELECT {copied} FROM numbers, (SELECT * FROM card LIMIT 1)"
        )
    connection.close()
    with pytest.raises(DamagedFileError, match=r"at most 50,000 cards\. This one holds 50,0"):
        Document.open(path, read_only=True)


def test_a_poster_of_too_many_sheets_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    content = load_template(find_template("cafe")).content
    out = tmp_path / "poster.pdf"
    with pytest.raises(
        PosterTooLargeError, match=f"Journeyboard prints at most {MAX_POSTER_SHEETS}"
    ):
        export_pdf(content, out, PdfOptions(PdfLayout.POSTER, poster_scale=1000))
    assert not out.exists()
    path = tmp_path / "cafe.journey"
    Document.create(path, content).close()
    result = subprocess.run(
        [JOURNEYBOARD, "export", path, "--pdf", out, "--layout", "poster", "--scale", "1000"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert re.search(
        r"would take [\d,]+ sheets; Journeyboard prints at most 400\. At most \d+ % fits",
        result.stderr,
    )
    assert not out.exists()


# --- long text -------------------------------------------------------------------------------


class CountingTypesetter(Typesetter):
    def __init__(self) -> None:
        super().__init__(pdf_typesetter().measure)
        self.wrapped: list[str] = []

    def wrap(
        self, text: str, width: float, style: TextStyle, max_lines: int | None = None
    ) -> tuple[str, ...]:
        self.wrapped.append(text)
        return super().wrap(text, width, style, max_lines)


def test_a_card_running_over_hundreds_of_pages_is_wrapped_once() -> None:
    """40,000 lines of notes: the handout splits the card page after page, and each rest
    keeps its lines and their height rather than wrapping and adding them up again."""
    typesetter = CountingTypesetter()
    cafe = load_template(find_template("cafe")).content
    card = dataclasses.replace(cafe.cards[0], notes="short line\n" * 40_000)
    block = card_block(card, "touchpoints", typesetter, lambda _context, text: text, 700)
    _, total = block.wrap(400, 700)
    pieces, rest = [], block
    while len(parts := rest.split(400, 700)) == 2:
        pieces.append(parts[0])
        rest = parts[1]
    pieces.append(rest)
    assert len(typesetter.wrapped) == 3  # the title, the notes, the facts: once each
    assert sum(len(piece.lines) for piece in pieces) == len(block.lines) > 40_000
    heights = [piece.wrap(400, 700)[1] for piece in pieces]
    assert sum(heights) == pytest.approx(total + (len(pieces) - 1) * (PAD_TOP + PAD_BOTTOM))
    assert max(heights) <= 700 and len(pieces) > 500


# --- large JSON ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[]," * 10_000_000 + b"[]", r"^cards\[0\]: must be an object \{…\}, not a list$"),
        (
            b"{" + b",".join(b'"k%d": 0' % i for i in range(3_000_000)) + b"}",
            r"^cards\[0\]: has more fields than any row of a map$",
        ),
        (
            b",".join(b'{"stage": 0, "lane": 0, "title": "c"}' for _ in range(600_000)),
            r"^cards: holds more than a map can \(50,000\)$",
        ),
    ],
    ids=["lists", "fields", "rows"],
)
def test_a_large_json_file_of_the_wrong_shape_is_refused_as_it_is_read(
    body: bytes, message: str
) -> None:
    """Each file is some 30 MB, and would take gigabytes once built; its shape is refused
    from the stream, holding little more than the file itself."""
    raw = b'{"format": "journeyboard/1", "title": "x", "cards": [' + body + b"]}"
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError, match=message):
            parse_map(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(raw)

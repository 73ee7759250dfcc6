"""Reading a file another program wrote, before anything in it is trusted."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from app.model.errors import InterchangeError
from app.model.messages import Message


def check_readable(path: Path) -> None:
    """Raise InterchangeError unless `path` is an existing regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InterchangeError(
            "", Message("Errors", "“{path}” does not exist").format(path=path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if stat.S_ISDIR(mode):
        raise InterchangeError(
            "", Message("Errors", "“{path}” is a folder, not a file").format(path=path)
        )
    if not stat.S_ISREG(mode):
        raise InterchangeError(
            "", Message("Errors", "“{path}” is not a regular file").format(path=path)
        )


def read_source(path: Path, most_bytes: int) -> bytes:
    """The bytes of the file at `path`, refused if it is larger than `most_bytes`."""
    check_readable(path)
    try:
        with path.open("rb") as file:
            raw = file.read(most_bytes + 1)
    except OSError as error:
        raise _unreadable(path, error) from None
    if len(raw) > most_bytes:
        raise InterchangeError(
            "",
            Message("Errors", "the file is larger than {size} MB").format(size=most_bytes >> 20),
            source=path,
        )
    return raw


def _unreadable(path: Path, error: OSError) -> InterchangeError:
    return InterchangeError(
        "",
        Message("Errors", "“{path}” cannot be read: {why}").format(path=path, why=error.strerror),
    )


def decoded_text(raw: bytes, *, windows_1252: bool = False) -> str:
    """The text of a file another program wrote: UTF-8 (with or without a byte-order
    mark), UTF-16 with its byte-order mark, or, if `windows_1252`, the Windows-1252 of
    older Excel. A file that is UTF-8 up to a bad byte is refused rather than read as
    Windows-1252, which would garble every accent before it."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _undecodable(raw, error.start, "UTF-16") from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if not windows_1252 or not raw[: error.start].isascii():
            raise _undecodable(raw, error.start, "UTF-8") from None
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _undecodable(raw, error.start, "UTF-8 or Windows-1252") from None


def _undecodable(raw: bytes, start: int, encodings: str) -> InterchangeError:
    return InterchangeError(
        Message("Errors", "line {line}").format(line=raw[:start].count(b"\n") + 1),
        Message("Errors", "byte {byte} cannot be read: the file is not {encodings} text").format(
            byte=f"0x{raw[start]:02X}", encodings=encodings
        ),
    )

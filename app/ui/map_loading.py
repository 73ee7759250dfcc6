"""The slow part of opening a map, which may run on a worker thread: checking and reading
the file, and laying the map out (measuring and wrapping the text of every card)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.layout.map_layout import StackMemo, layout_map
from app.model.document import Document
from app.model.records import MapContent
from app.ui.text_metrics import qt_typesetter


@dataclass(frozen=True, slots=True)
class LoadedMap:
    """An open document, and the layout its canvas starts from."""

    document: Document
    memo: StackMemo


def load_map(path: Path, *, read_only: bool = False) -> LoadedMap:
    """Open the map at `path` and lay it out; raises what Document.open raises."""
    return laid_out(Document.open(path, read_only=read_only))


def laid_out(document: Document) -> LoadedMap:
    try:
        return LoadedMap(document, laid_out_memo(document.content()))
    except BaseException:
        document.close()
        raise


def laid_out_memo(content: MapContent) -> StackMemo:
    """A layout of `content` with a new Qt typesetter, to start a scene from."""
    memo = StackMemo(qt_typesetter())
    layout_map(content, memo.typesetter, memo=memo)
    return memo

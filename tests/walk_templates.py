"""Run by test_presentation in a process of its own, on Qt's offscreen platform with one
1,920 × 1,080 screen (a projector): walk every template with the clicker's keys in both
themes, read each slide as the window paints it, and print what was seen as JSON.

    python tests/walk_templates.py FOLDER/ANY.journey
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from slide_pixels import text_contrasts

from app.layout.slides.slide import SlideKind
from app.layout.themes import THEMES
from app.model.file.document import Document
from app.model.interchange.templates import find_template, list_templates, load_template
from app.ui.app import open_window
from app.ui.qt_app import application


def walk(folder: Path, name: str, theme: str) -> dict[str, object]:
    path = folder / f"{name}-{theme}.journey"
    Document.create(path, load_template(find_template(name)).content).close()
    window = open_window(path)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.settings.set_presentation_theme(theme)
    window.settings.set_presentation_title_pixels(28)
    presentation = window.workshop.present()
    assert presentation is not None
    QTest.qWaitForWindowExposed(presentation)
    QTest.qWait(50)
    content = presentation.open_map.content()
    lanes = {lane.id: lane.title for lane in content.lanes}
    kinds, low, titles = [], [], []
    stages_named = lanes_named = True
    while True:
        slide = presentation.slide
        assert slide is not None
        kinds.append(str(slide.kind))
        image = presentation.grab().toImage()
        low += [
            (slide.name, words, round(ratio, 2))
            for words, ratio in text_contrasts(image, slide)
            if ratio < 4.5
        ]
        if slide.kind == SlideKind.STAGE:
            words = slide.words()
            stage = next(s for s in content.stages if s.id == slide.stage_id)
            stages_named &= stage.name in words and any(w.startswith("Stage ") for w in words)
            lanes_named &= all(lanes[lane_id] in words for lane_id in slide.lane_ids)
            titles += [
                pixels
                for card in slide.cards
                for text, rect, pixels in slide.texts()
                if card.rect.contains(rect.x, rect.y) and not text.centred
            ]
        if presentation.index == len(presentation.slides) - 1:
            break
        QTest.keyClick(presentation, Qt.Key.Key_Right)
    seen = {
        "walked": len(kinds),
        "planned": len(presentation.slides),
        "kinds": kinds,
        "stages_named": stages_named,
        "lanes_named": lanes_named,
        "least_title": min(titles),
        "low_contrast": low,
    }
    presentation.close()
    window.close()
    return seen


def main(path: Path) -> None:
    application()
    names = [template.id for template in list_templates() if template.id != "blank"]
    report = {
        f"{name} {theme}": walk(path.parent, name, theme) for name in names for theme in THEMES
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

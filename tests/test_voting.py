"""A dot vote on the shared screen, driven with clicks and keys: dots stored on the cards,
the counter of dots left, closing with a ranking, reset as one undo, and the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from cafe_window import cafe_window, in_file, workspace
from gui import click, double_click
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.model.data.records import CardRecord, MapContent
from app.model.edits import operations as op
from app.ui.main_window import MainWindow
from app.ui.voting import VoteSetup


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        workspace(window).view.actual_size()
        yield window


def cards_of(content: MapContent, kind: str) -> list[CardRecord]:
    lanes = {lane.id for lane in content.lanes if lane.kind == kind}
    return [card for card in content.cards if card.lane_id in lanes]


def centre(window: MainWindow, card_id: str) -> tuple[float, float]:
    box = workspace(window).scene.card_item(card_id).box
    return box.rect.center.x, box.rect.center.y


def click_card(window: MainWindow, card_id: str) -> None:
    space = workspace(window)
    box = space.scene.card_item(card_id).box
    click(space.view, QPointF(box.rect.center.x, box.rect.center.y))


def start(window: MainWindow, setup: VoteSetup) -> None:
    window.workshop.ask_vote_setup = lambda kinds: setup
    window.actions_by_name["start_vote"].trigger()


def counter(window: MainWindow) -> str | None:
    return workspace(window).notes.note("vote")


def test_a_vote_with_clicks_and_keys_ranks_the_cards(window: MainWindow, qtbot: QtBot) -> None:
    shown: list[str] = []
    window.workshop.show_result = shown.append
    before = in_file(window)
    pains = cards_of(before, "pain_points")
    start(window, VoteSetup(("pain_points", "opportunities"), dots_each=3, people=2))
    assert counter(window) == "Dot vote · person 1 of 2 · 3 dots left"
    for _ in range(3):  # the first person puts all their dots on one card
        click_card(window, pains[2].id)
    assert counter(window) == "Dot vote · person 2 of 2 · 3 dots left"
    click_card(window, pains[0].id)
    space = workspace(window)
    space.scene.clearSelection()
    space.scene.card_item(pains[1].id).setSelected(True)  # a key on the selected card
    space.view.setFocus()
    qtbot.keyClick(space.view, Qt.Key.Key_Plus)
    assert counter(window) == "Dot vote · person 2 of 2 · 1 dot left"
    qtbot.keyClick(space.view, Qt.Key.Key_D)
    assert counter(window) == "Everyone has voted"
    click_card(window, pains[3].id)  # no dots left for anyone
    votes = {card.id: card.votes for card in in_file(window).cards}
    assert votes[pains[2].id] == pains[2].votes + 3
    assert votes[pains[1].id] == pains[1].votes + 2
    assert votes[pains[0].id] == pains[0].votes + 1
    assert votes[pains[3].id] == pains[3].votes
    window.actions_by_name["close_vote"].trigger()
    assert counter(window) is None
    result = shown[-1]
    order = [pains[2].title, pains[1].title, pains[0].title]
    assert [result.index(title) for title in order] == sorted(result.index(t) for t in order)
    assert result.index(f"1. {pains[2].title} — 3 dots") >= 0
    # With the vote closed, a click selects the card again.
    click_card(window, pains[0].id)
    assert space.scene.selected_cards() == [pains[0].id]


def test_a_card_outside_the_vote_takes_no_dot(window: MainWindow) -> None:
    content = in_file(window)
    touchpoint = cards_of(content, "touchpoints")[0]
    start(window, VoteSetup(("opportunities",), dots_each=2))
    click_card(window, touchpoint.id)
    assert next(c for c in in_file(window).cards if c.id == touchpoint.id).votes == 0
    assert counter(window) == "Only the cards of the lanes in the vote take dots."
    idea = cards_of(content, "opportunities")[0]
    click_card(window, idea.id)
    assert counter(window) == "Dot vote · person 1 · 1 dot left"


def test_undo_takes_a_dot_back_and_the_counter_follows(window: MainWindow) -> None:
    idea = cards_of(in_file(window), "opportunities")[0]
    start(window, VoteSetup(dots_each=3))
    click_card(window, idea.id)
    click_card(window, idea.id)
    assert counter(window) == "Dot vote · person 1 · 1 dot left"
    workspace(window).open_map.undo_stack.undo()
    assert next(c for c in in_file(window).cards if c.id == idea.id).votes == 1
    assert counter(window) == "Dot vote · person 1 · 2 dots left"


def test_reset_clears_every_dot_as_one_undoable_step(window: MainWindow) -> None:
    content = in_file(window)
    ideas = cards_of(content, "opportunities")
    start(window, VoteSetup(dots_each=5))
    for card in ideas[:3]:
        click_card(window, card.id)
    stack = workspace(window).open_map.undo_stack
    steps = stack.count()
    window.actions_by_name["reset_vote"].trigger()
    assert stack.count() == steps + 1
    assert all(c.votes == 0 for c in cards_of(in_file(window), "opportunities"))
    assert all(c.votes == 0 for c in cards_of(in_file(window), "pain_points"))
    stack.undo()
    assert sorted(c.votes for c in cards_of(in_file(window), "opportunities"))[-3:] == [1, 1, 1]


def test_votes_appear_in_the_pdf_ranking(window: MainWindow, tmp_path: Path) -> None:
    ideas = cards_of(in_file(window), "opportunities")
    start(window, VoteSetup(("opportunities",), dots_each=3))
    for _ in range(3):
        click_card(window, ideas[-1].id)
    path = tmp_path / "handout.pdf"
    export_pdf(in_file(window), path, PdfOptions(PdfLayout.HANDOUT))
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    ranking = text[text.index("Opportunities, ranked") :]
    first = ranking.index(ideas[-1].title)
    assert all(first < ranking.index(other.title) for other in ideas[:-1])
    assert f"1 {ideas[-1].title}" in ranking


def test_a_double_click_in_a_vote_is_two_dots_and_a_right_click_none(
    window: MainWindow, qtbot: QtBot
) -> None:
    idea = cards_of(in_file(window), "opportunities")[0]
    start(window, VoteSetup(dots_each=3))
    space = workspace(window)
    double_click(space.view, QPointF(*centre(window, idea.id)))
    assert space.scene.title_editor is None  # no renaming in a vote
    assert next(c for c in in_file(window).cards if c.id == idea.id).votes == 2
    point = space.view.mapFromScene(QPointF(*centre(window, idea.id)))
    qtbot.mouseClick(space.view.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert next(c for c in in_file(window).cards if c.id == idea.id).votes == 2


def test_dots_a_card_had_before_the_vote_never_count_as_given(window: MainWindow) -> None:
    space = workspace(window)
    pain = cards_of(in_file(window), "pain_points")[0]
    space.open_map.apply(op.edit("card", pain.id, votes=3), "Votes from last week")
    start(window, VoteSetup(("pain_points",), dots_each=3, people=2))
    assert counter(window) == "Dot vote · person 1 of 2 · 3 dots left"
    click_card(window, pain.id)
    window.actions_by_name["reset_vote"].trigger()
    assert counter(window) == "Dot vote · person 1 of 2 · 3 dots left"
    space.open_map.undo()  # the reset: last week's 3 and today's 1 come back
    assert next(c for c in in_file(window).cards if c.id == pain.id).votes == 4
    assert counter(window) == "Dot vote · person 1 of 2 · 2 dots left"

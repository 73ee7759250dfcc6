"""Moving several cards at once lands them together, in order, wherever they came from."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.edits.arranging import move_cards
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template

CAFE = load_template(find_template("cafe")).content


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(st.integers(0, len(CAFE.cards) - 1), min_size=1, max_size=5, unique=True),
    stage=st.integers(0, len(CAFE.stages) - 1),
    lane=st.integers(0, len(CAFE.lanes) - 1),
    index=st.integers(0, 8),
)
def test_moved_cards_sit_together_in_order_among_the_others(
    tmp_path_factory: object, picks: list[int], stage: int, lane: int, index: int
) -> None:
    import tempfile

    moving = [CAFE.cards[i].id for i in sorted(picks)]
    stage_id, lane_id = CAFE.stages[stage].id, CAFE.lanes[lane].id
    staying = [
        c.id
        for c in CAFE.cards
        if (c.stage_id, c.lane_id) == (stage_id, lane_id) and c.id not in moving
    ]
    batch = move_cards(CAFE, set(moving), stage_id, lane_id, index)
    expected = staying[: min(index, len(staying))] + moving + staying[min(index, len(staying)) :]
    with (
        tempfile.TemporaryDirectory() as folder,
        Document.create(Path(folder) / "m.journey", CAFE) as doc,
    ):
        if batch is not None:
            doc.apply(batch)
        in_cell = [
            c.id for c in doc.content().cards if (c.stage_id, c.lane_id) == (stage_id, lane_id)
        ]
    assert in_cell == expected


def test_no_move_when_the_cards_are_already_there() -> None:
    card = CAFE.cards[0]
    assert move_cards(CAFE, {card.id}, card.stage_id, card.lane_id, 0) is None

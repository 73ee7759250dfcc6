"""The columns of a table of cards, one a row, as the field declarations title them: read
by `spreadsheet_import`, written by `spreadsheet_export`."""

from __future__ import annotations

from typing import Final

from app.model.data.fields import (
    CARD_FIELDS,
    EMOTION_FIELDS,
    LANE_FIELDS,
    PERSONA_FIELDS,
    STAGE_FIELDS,
)

STAGE_COLUMN: Final = STAGE_FIELDS["name"].column
LANE_COLUMN: Final = LANE_FIELDS["title"].column
TITLE_COLUMN: Final = CARD_FIELDS["title"].column
CARD_COLUMNS: Final[dict[str, str]] = {
    key: spec.column for key, spec in CARD_FIELDS.items() if spec.column
}
"""The card fields a table has columns for, by field name: their column titles."""
PERSONA_COLUMN: Final = PERSONA_FIELDS["name"].column
SCORE_COLUMN: Final = EMOTION_FIELDS["score"].column
KIND_COLUMN: Final = LANE_FIELDS["kind"].column

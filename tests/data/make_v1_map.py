"""How tests/data/cafe-v1.journey was made: the café template as schema version 1 wrote it.

Kept for the record; the test suite opens the committed file, not a fresh one, so that a
change to this script or to the model cannot quietly change what "a version-1 file" is.
Run: .venv/bin/python tests/data/make_v1_map.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.model.data.records import columns
from app.model.file.ddl import APPLICATION_ID
from app.model.file.migrations import create_schema_of
from app.model.interchange.templates import find_template, load_template

OUT = Path(__file__).with_name("cafe-v1.journey")


def main() -> None:
    content = load_template(find_template("cafe")).content
    OUT.unlink(missing_ok=True)
    connection = sqlite3.connect(OUT)
    create_schema_of(connection, 1)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    for record in content.rows():
        row = columns(record)
        if "photo" in row:  # version 1 had no persona photos
            del row["photo"]
        table = _TABLES[type(record).__name__]
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(content.cards)} cards)")


_TABLES = {
    "MapRecord": "map",
    "PersonaRecord": "persona",
    "StageRecord": "stage",
    "LaneRecord": "lane",
    "CardRecord": "card",
    "EmotionRecord": "emotion_point",
}

if __name__ == "__main__":
    main()

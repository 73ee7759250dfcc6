"""The mapped classes and the frozen SQL of the newest file format say the same thing."""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable

from app.model.data.schema import Base
from app.model.file.ddl import SCHEMA_VERSION, SCHEMAS, statements


def collapsed(sql: str) -> str:
    return " ".join(sql.replace("( ", "(").split())


def test_the_mapped_classes_create_exactly_the_frozen_schema() -> None:
    """A field limit changed in app/model/data/fields.py without a new file format fails here."""
    engine = create_engine("sqlite://")
    from_classes = set()
    for table in Base.metadata.sorted_tables:
        from_classes.add(collapsed(str(CreateTable(table).compile(engine))))
        for index in table.indexes:
            from_classes.add(collapsed(str(CreateIndex(index).compile(engine))))
    frozen = {collapsed(statement) for statement in statements(SCHEMAS[SCHEMA_VERSION])}
    assert from_classes == frozen

"""The tables of a project file, defined with SQLModel.

These classes are the one source of the file's schema: the DDL, the column
lists the reader and writer use, and the allowlist a file is checked against
all come from them. They stay inside ``persistence``; the rest of the program
sees domain records.

No ``from __future__ import annotations`` here: SQLModel reads the annotations
at class creation.
"""

from sqlalchemy import Index, LargeBinary
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import Column, Field, SQLModel

from .version import APPLICATION_ID, SCHEMA_VERSION  # noqa: F401 - defined there, used from here too

metadata = SQLModel.metadata


class ProjectInfoRow(SQLModel, table=True):
    __tablename__ = "project_info"
    key: str = Field(primary_key=True)
    value: str


class ImageRow(SQLModel, table=True):
    __tablename__ = "image"
    id: str = Field(primary_key=True)
    mime: str
    width: int
    height: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class PersonaRow(SQLModel, table=True):
    __tablename__ = "persona"
    id: str = Field(primary_key=True)
    position: int
    name: str
    role: str = ""
    description: str = ""
    quote: str = ""
    needs: str = ""
    goals: str = ""
    photo_id: str | None = None


class MapRow(SQLModel, table=True):
    __tablename__ = "journey_map"
    id: str = Field(primary_key=True)
    position: int
    title: str
    persona_id: str | None = None
    trigger: str = ""
    goal: str = ""
    scenario: str = ""
    scale_min: int = 1
    scale_max: int = 5


class ChannelRow(SQLModel, table=True):
    __tablename__ = "channel"
    id: str = Field(primary_key=True)
    map_id: str = Field(index=True)
    position: int
    name: str
    icon: str


class PhaseRow(SQLModel, table=True):
    __tablename__ = "phase"
    id: str = Field(primary_key=True)
    map_id: str = Field(index=True)
    position: int
    name: str
    color: str = ""


class StepRow(SQLModel, table=True):
    __tablename__ = "step"
    id: str = Field(primary_key=True)
    phase_id: str = Field(index=True)
    position: int
    name: str = ""
    width: float = 0.0  # added in version 2


class LaneRow(SQLModel, table=True):
    __tablename__ = "lane"
    id: str = Field(primary_key=True)
    map_id: str = Field(index=True)
    position: int
    kind: str
    title: str
    color: str = ""


class CardRow(SQLModel, table=True):
    __tablename__ = "card"
    __table_args__ = (Index("ix_card_cell", "lane_id", "step_id"),)
    id: str = Field(primary_key=True)
    lane_id: str
    step_id: str
    position: int
    text: str
    color: str = ""


class EmotionRow(SQLModel, table=True):
    __tablename__ = "emotion"
    lane_id: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)
    score: int
    note: str = ""


class StepChannelRow(SQLModel, table=True):
    __tablename__ = "step_channel"
    lane_id: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)
    channel_id: str = Field(primary_key=True)


class MetricRow(SQLModel, table=True):
    __tablename__ = "metric"
    lane_id: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)
    value: float
    unit: str = ""
    source: str = ""


class StepImageRow(SQLModel, table=True):
    __tablename__ = "step_image"
    lane_id: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)
    image_id: str


def ddl() -> list[str]:
    """CREATE statements for the current schema, in dependency order."""
    dialect = sqlite.dialect()
    statements = []
    for table in metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return statements


def columns(table_name: str) -> tuple[str, ...]:
    return tuple(c.name for c in metadata.tables[table_name].columns)


def primary_key(table_name: str) -> tuple[str, ...]:
    return tuple(c.name for c in metadata.tables[table_name].primary_key.columns)


def catalogue() -> dict:
    """The schema as plain data: what ``catalogue.py`` holds (and must keep holding)."""
    return {
        "tables": {
            name: {
                "columns": columns(name),
                "primary_key": primary_key(name),
                "indexes": tuple(sorted(index.name for index in table.indexes)),
            }
            for name, table in metadata.tables.items()
        },
        "ddl": tuple(ddl()),
    }


def catalogue_source() -> str:
    """The text of ``catalogue.py``, generated from the classes above."""
    import pprint

    data = catalogue()
    return (
        '"""The project file\'s schema as plain data, generated from ``schema.py``.\n\n'
        "Do not edit: run ``python -m journeymapper.persistence.schema`` after changing\n"
        "the SQLModel classes (tests/test_schema_catalogue.py fails until you do).\n"
        "Reading, checking and writing files use this instead of the classes, because\n"
        "importing SQLModel and SQLAlchemy takes most of a second, longer than opening\n"
        'a 2,000-card map may take; SQLModel stays the one place the schema is defined.\n"""\n\n'
        f"TABLES = {pprint.pformat(data['tables'], width=100, sort_dicts=True)}\n\n"
        f"DDL = {pprint.pformat(data['ddl'], width=100)}\n"
    )


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("catalogue.py")
    target.write_text(catalogue_source(), encoding="utf-8")
    print(f"wrote {target}")

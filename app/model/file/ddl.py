"""The SQL of each version of the .journey file format, frozen as it was released.

A file's tables are compared with these texts before anything in it is trusted, so they
must never be edited once released: change the mapped classes (app.model.data.schema), add a
new version here and a migration step (app.model.file.migrations), and bump SCHEMA_VERSION.
A test keeps the mapped classes and the newest version in step.
"""

from __future__ import annotations

from typing import Final

APPLICATION_ID: Final = 0x4A524E59
"""`PRAGMA application_id` of every .journey file: "JRNY" in ASCII."""

SCHEMA_VERSION: Final = 5
"""`PRAGMA user_version` of the files this version writes."""

SCHEMA_V1: Final = """
CREATE TABLE lane (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    kind TEXT NOT NULL CONSTRAINT kind_valid CHECK (kind IN ('touchpoints', 'actions',
        'goals', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'channels',
        'backstage', 'metrics', 'notes', 'custom')),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 120
        AND length(trim(title)) > 0),
    height INTEGER NOT NULL CONSTRAINT height_valid CHECK (height BETWEEN 40 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE persona (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    role TEXT NOT NULL CONSTRAINT role_valid CHECK (length(role) <= 2000),
    quote TEXT NOT NULL CONSTRAINT quote_valid CHECK (length(quote) <= 2000),
    goals TEXT NOT NULL CONSTRAINT goals_valid CHECK (length(goals) <= 20000),
    frustrations TEXT NOT NULL CONSTRAINT frustrations_valid
        CHECK (length(frustrations) <= 20000),
    demographics TEXT NOT NULL CONSTRAINT demographics_valid
        CHECK (length(demographics) <= 20000),
    behaviours TEXT NOT NULL CONSTRAINT behaviours_valid CHECK (length(behaviours) <= 20000),
    motivations TEXT NOT NULL CONSTRAINT motivations_valid
        CHECK (length(motivations) <= 20000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE stage (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    description TEXT NOT NULL CONSTRAINT description_valid
        CHECK (length(description) <= 20000),
    goal TEXT NOT NULL CONSTRAINT goal_valid CHECK (length(goal) <= 2000),
    width INTEGER NOT NULL CONSTRAINT width_valid CHECK (width BETWEEN 120 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE card (
    id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 500
        AND length(trim(title)) > 0),
    notes TEXT NOT NULL CONSTRAINT notes_valid CHECK (length(notes) <= 200000),
    channel TEXT NOT NULL CONSTRAINT channel_valid CHECK (length(channel) <= 100),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    evidence TEXT NOT NULL CONSTRAINT evidence_valid CHECK (evidence IN ('', 'assumption',
        'interview', 'survey', 'analytics', 'observation')),
    priority INTEGER NOT NULL CONSTRAINT priority_valid CHECK (priority BETWEEN 0 AND 3),
    votes INTEGER NOT NULL CONSTRAINT votes_valid CHECK (votes BETWEEN 0 AND 9999),
    moment INTEGER NOT NULL CONSTRAINT moment_valid CHECK (moment IN (0, 1)),
    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),
    PRIMARY KEY (id),
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(lane_id) REFERENCES lane (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX card_cell ON card (stage_id, lane_id, position);
CREATE INDEX ix_card_lane_id ON card (lane_id);
CREATE TABLE map (
    id TEXT NOT NULL,
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 200
        AND length(trim(title)) > 0),
    objective TEXT NOT NULL CONSTRAINT objective_valid CHECK (length(objective) <= 2000),
    scenario TEXT NOT NULL CONSTRAINT scenario_valid CHECK (length(scenario) <= 20000),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    created TEXT CONSTRAINT created_valid CHECK (created IS NULL OR length(created) = 10),
    reviewed TEXT CONSTRAINT reviewed_valid CHECK (reviewed IS NULL OR length(reviewed) = 10),
    emotion_min INTEGER NOT NULL CONSTRAINT emotion_min_valid
        CHECK (emotion_min BETWEEN -10 AND -1),
    emotion_max INTEGER NOT NULL CONSTRAINT emotion_max_valid
        CHECK (emotion_max BETWEEN 1 AND 10),
    primary_persona_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(primary_persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE TABLE emotion_point (
    id TEXT NOT NULL,
    persona_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    score INTEGER NOT NULL CONSTRAINT score_valid CHECK (score BETWEEN -10 AND 10),
    label TEXT NOT NULL CONSTRAINT label_valid CHECK (length(label) <= 200),
    card_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(card_id) REFERENCES card (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX emotion_curve ON emotion_point (persona_id, stage_id, position);
CREATE INDEX ix_emotion_point_stage_id ON emotion_point (stage_id);
CREATE INDEX ix_emotion_point_card_id ON emotion_point (card_id);
"""
"""Version 1, the first file format: no snapshots and no persona photos."""

SCHEMA_V2: Final = """
CREATE TABLE lane (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    kind TEXT NOT NULL CONSTRAINT kind_valid CHECK (kind IN ('touchpoints', 'actions',
        'goals', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'channels',
        'backstage', 'metrics', 'notes', 'custom')),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 120
        AND length(trim(title)) > 0),
    height INTEGER NOT NULL CONSTRAINT height_valid CHECK (height BETWEEN 40 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE persona (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    role TEXT NOT NULL CONSTRAINT role_valid CHECK (length(role) <= 2000),
    quote TEXT NOT NULL CONSTRAINT quote_valid CHECK (length(quote) <= 2000),
    goals TEXT NOT NULL CONSTRAINT goals_valid CHECK (length(goals) <= 20000),
    frustrations TEXT NOT NULL CONSTRAINT frustrations_valid
        CHECK (length(frustrations) <= 20000),
    demographics TEXT NOT NULL CONSTRAINT demographics_valid
        CHECK (length(demographics) <= 20000),
    behaviours TEXT NOT NULL CONSTRAINT behaviours_valid CHECK (length(behaviours) <= 20000),
    motivations TEXT NOT NULL CONSTRAINT motivations_valid
        CHECK (length(motivations) <= 20000),
    photo BLOB CONSTRAINT photo_valid CHECK (photo IS NULL OR length(photo) <= 5000000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE snapshot (
    id TEXT NOT NULL,
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 200
        AND length(trim(name)) > 0),
    taken_at TEXT NOT NULL CONSTRAINT taken_at_valid CHECK (length(taken_at) = 20),
    content BLOB NOT NULL,
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE stage (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    description TEXT NOT NULL CONSTRAINT description_valid
        CHECK (length(description) <= 20000),
    goal TEXT NOT NULL CONSTRAINT goal_valid CHECK (length(goal) <= 2000),
    width INTEGER NOT NULL CONSTRAINT width_valid CHECK (width BETWEEN 120 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE card (
    id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 500
        AND length(trim(title)) > 0),
    notes TEXT NOT NULL CONSTRAINT notes_valid CHECK (length(notes) <= 200000),
    channel TEXT NOT NULL CONSTRAINT channel_valid CHECK (length(channel) <= 100),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    evidence TEXT NOT NULL CONSTRAINT evidence_valid CHECK (evidence IN ('', 'assumption',
        'interview', 'survey', 'analytics', 'observation')),
    priority INTEGER NOT NULL CONSTRAINT priority_valid CHECK (priority BETWEEN 0 AND 3),
    votes INTEGER NOT NULL CONSTRAINT votes_valid CHECK (votes BETWEEN 0 AND 9999),
    moment INTEGER NOT NULL CONSTRAINT moment_valid CHECK (moment IN (0, 1)),
    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),
    PRIMARY KEY (id),
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(lane_id) REFERENCES lane (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX card_cell ON card (stage_id, lane_id, position);
CREATE INDEX ix_card_lane_id ON card (lane_id);
CREATE TABLE map (
    id TEXT NOT NULL,
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 200
        AND length(trim(title)) > 0),
    objective TEXT NOT NULL CONSTRAINT objective_valid CHECK (length(objective) <= 2000),
    scenario TEXT NOT NULL CONSTRAINT scenario_valid CHECK (length(scenario) <= 20000),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    created TEXT CONSTRAINT created_valid CHECK (created IS NULL OR length(created) = 10),
    reviewed TEXT CONSTRAINT reviewed_valid CHECK (reviewed IS NULL OR length(reviewed) = 10),
    emotion_min INTEGER NOT NULL CONSTRAINT emotion_min_valid
        CHECK (emotion_min BETWEEN -10 AND -1),
    emotion_max INTEGER NOT NULL CONSTRAINT emotion_max_valid
        CHECK (emotion_max BETWEEN 1 AND 10),
    primary_persona_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(primary_persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE TABLE emotion_point (
    id TEXT NOT NULL,
    persona_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    score INTEGER NOT NULL CONSTRAINT score_valid CHECK (score BETWEEN -10 AND 10),
    label TEXT NOT NULL CONSTRAINT label_valid CHECK (length(label) <= 200),
    card_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(card_id) REFERENCES card (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX emotion_curve ON emotion_point (persona_id, stage_id, position);
CREATE INDEX ix_emotion_point_stage_id ON emotion_point (stage_id);
CREATE INDEX ix_emotion_point_card_id ON emotion_point (card_id);
"""
"""Version 2: snapshots, and a photo for each persona."""

SCHEMA_V3: Final = """
CREATE TABLE lane (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    kind TEXT NOT NULL CONSTRAINT kind_valid CHECK (kind IN ('touchpoints', 'actions',
        'goals', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'channels',
        'backstage', 'metrics', 'notes', 'inbox', 'custom')),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 120
        AND length(trim(title)) > 0),
    height INTEGER NOT NULL CONSTRAINT height_valid CHECK (height BETWEEN 40 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE persona (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    role TEXT NOT NULL CONSTRAINT role_valid CHECK (length(role) <= 2000),
    quote TEXT NOT NULL CONSTRAINT quote_valid CHECK (length(quote) <= 2000),
    goals TEXT NOT NULL CONSTRAINT goals_valid CHECK (length(goals) <= 20000),
    frustrations TEXT NOT NULL CONSTRAINT frustrations_valid
        CHECK (length(frustrations) <= 20000),
    demographics TEXT NOT NULL CONSTRAINT demographics_valid
        CHECK (length(demographics) <= 20000),
    behaviours TEXT NOT NULL CONSTRAINT behaviours_valid CHECK (length(behaviours) <= 20000),
    motivations TEXT NOT NULL CONSTRAINT motivations_valid
        CHECK (length(motivations) <= 20000),
    photo BLOB CONSTRAINT photo_valid CHECK (photo IS NULL OR length(photo) <= 5000000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE snapshot (
    id TEXT NOT NULL,
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 200
        AND length(trim(name)) > 0),
    taken_at TEXT NOT NULL CONSTRAINT taken_at_valid CHECK (length(taken_at) = 20),
    content BLOB NOT NULL,
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE stage (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120
        AND length(trim(name)) > 0),
    description TEXT NOT NULL CONSTRAINT description_valid
        CHECK (length(description) <= 20000),
    goal TEXT NOT NULL CONSTRAINT goal_valid CHECK (length(goal) <= 2000),
    width INTEGER NOT NULL CONSTRAINT width_valid CHECK (width BETWEEN 120 AND 2000),
    PRIMARY KEY (id)
) STRICT;
CREATE TABLE card (
    id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 500
        AND length(trim(title)) > 0),
    notes TEXT NOT NULL CONSTRAINT notes_valid CHECK (length(notes) <= 200000),
    channel TEXT NOT NULL CONSTRAINT channel_valid CHECK (length(channel) <= 100),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    evidence TEXT NOT NULL CONSTRAINT evidence_valid CHECK (evidence IN ('', 'assumption',
        'interview', 'survey', 'analytics', 'observation')),
    priority INTEGER NOT NULL CONSTRAINT priority_valid CHECK (priority BETWEEN 0 AND 3),
    votes INTEGER NOT NULL CONSTRAINT votes_valid CHECK (votes BETWEEN 0 AND 9999),
    moment INTEGER NOT NULL CONSTRAINT moment_valid CHECK (moment IN (0, 1)),
    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),
    PRIMARY KEY (id),
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(lane_id) REFERENCES lane (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX card_cell ON card (stage_id, lane_id, position);
CREATE INDEX ix_card_lane_id ON card (lane_id);
CREATE TABLE map (
    id TEXT NOT NULL,
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 200
        AND length(trim(title)) > 0),
    objective TEXT NOT NULL CONSTRAINT objective_valid CHECK (length(objective) <= 2000),
    scenario TEXT NOT NULL CONSTRAINT scenario_valid CHECK (length(scenario) <= 20000),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    created TEXT CONSTRAINT created_valid CHECK (created IS NULL OR length(created) = 10),
    reviewed TEXT CONSTRAINT reviewed_valid CHECK (reviewed IS NULL OR length(reviewed) = 10),
    emotion_min INTEGER NOT NULL CONSTRAINT emotion_min_valid
        CHECK (emotion_min BETWEEN -10 AND -1),
    emotion_max INTEGER NOT NULL CONSTRAINT emotion_max_valid
        CHECK (emotion_max BETWEEN 1 AND 10),
    primary_persona_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(primary_persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE TABLE emotion_point (
    id TEXT NOT NULL,
    persona_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    score INTEGER NOT NULL CONSTRAINT score_valid CHECK (score BETWEEN -10 AND 10),
    label TEXT NOT NULL CONSTRAINT label_valid CHECK (length(label) <= 200),
    card_id TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(stage_id) REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(card_id) REFERENCES card (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX emotion_curve ON emotion_point (persona_id, stage_id, position);
CREATE INDEX ix_emotion_point_stage_id ON emotion_point (stage_id);
CREATE INDEX ix_emotion_point_card_id ON emotion_point (card_id);
"""
"""Version 3: an Inbox lane kind, for ideas captured in a workshop and sorted later."""

SCHEMA_V4: Final = SCHEMA_V3.replace(
    "    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),\n",
    "    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),\n"
    "    image BLOB CONSTRAINT image_valid CHECK (image IS NULL OR length(image) <= 5000000),\n",
)
"""Version 4: a picture on a card, kept inside the file. Version 3 with one column more
(written as a change of its text, which a test holds to the mapped classes)."""

_MAP_TABLE_V4_START = SCHEMA_V4.index("CREATE TABLE map (")
_MAP_TABLE_V4_END = SCHEMA_V4.index(") STRICT;", _MAP_TABLE_V4_START) + len(") STRICT;\n")
MAP_TABLE_V5: Final = (
    SCHEMA_V4[_MAP_TABLE_V4_START:_MAP_TABLE_V4_END]
    .replace("CHECK (emotion_min BETWEEN -10 AND -1)", "CHECK (emotion_min BETWEEN -10 AND 8)")
    .replace("CHECK (emotion_max BETWEEN 1 AND 10)", "CHECK (emotion_max BETWEEN -8 AND 10)")
    .replace(
        "    PRIMARY KEY (id),\n",
        "    PRIMARY KEY (id),\n"
        "    CONSTRAINT scale_valid CHECK (emotion_max - emotion_min >= 2),\n",
    )
)
"""The map table of version 5, also made by the migration from version 4: version 4's
with the wider scale and the check that it holds three scores (a test holds it to the
mapped classes)."""

SCHEMA_V5: Final = SCHEMA_V4[:_MAP_TABLE_V4_START] + MAP_TABLE_V5 + SCHEMA_V4[_MAP_TABLE_V4_END:]
"""Version 5: any emotion scale of whole numbers from −10 to +10 with at least three
scores (1…5, 0…10), where version 4 wanted a negative lowest and a positive highest.
Version 4 with its map table written anew (SQLite cannot change a CHECK in place)."""

SCHEMAS: Final[dict[int, str]] = {
    1: SCHEMA_V1,
    2: SCHEMA_V2,
    3: SCHEMA_V3,
    4: SCHEMA_V4,
    5: SCHEMA_V5,
}


def statements(script: str) -> list[str]:
    """The statements of a script of this module (none holds a semicolon in a string)."""
    return [statement.strip() for statement in script.split(";") if statement.strip()]

"""The first workspace: a map's tables, the views of one open map, the three roles.

Revision ID: 0001
Revises:
Create Date: 2026-12-03

Frozen: this is the SQL the first released workspace was made with. Later revisions add
to it; they never edit it, and nothing here is derived from today's classes
(tests/test_workspace_schema.py holds the newest revision to app.model.workspace.server_schema).
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = """
CREATE SEQUENCE journeyboard.row_version;
CREATE TABLE journeyboard.map (
    id TEXT NOT NULL,
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 200 AND length(trim(title)) > 0),
    objective TEXT NOT NULL CONSTRAINT objective_valid CHECK (length(objective) <= 2000),
    scenario TEXT NOT NULL CONSTRAINT scenario_valid CHECK (length(scenario) <= 20000),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    created TEXT CONSTRAINT created_valid CHECK (created IS NULL OR length(created) = 10),
    reviewed TEXT CONSTRAINT reviewed_valid CHECK (reviewed IS NULL OR length(reviewed) = 10),
    emotion_min INTEGER NOT NULL CONSTRAINT emotion_min_valid CHECK (emotion_min BETWEEN -10 AND 8),
    emotion_max INTEGER NOT NULL CONSTRAINT emotion_max_valid CHECK (emotion_max BETWEEN -8 AND 10),
    primary_persona_id TEXT,
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT scale_valid CHECK (emotion_max - emotion_min >= 2)
);

CREATE TABLE journeyboard.lane (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    kind TEXT NOT NULL CONSTRAINT kind_valid CHECK (kind IN ('touchpoints', 'actions', 'goals', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'channels', 'backstage', 'metrics', 'notes', 'inbox', 'custom')),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 120 AND length(trim(title)) > 0),
    height INTEGER NOT NULL CONSTRAINT height_valid CHECK (height BETWEEN 40 AND 2000),
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE TABLE journeyboard.persona (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120 AND length(trim(name)) > 0),
    role TEXT NOT NULL CONSTRAINT role_valid CHECK (length(role) <= 2000),
    quote TEXT NOT NULL CONSTRAINT quote_valid CHECK (length(quote) <= 2000),
    goals TEXT NOT NULL CONSTRAINT goals_valid CHECK (length(goals) <= 20000),
    frustrations TEXT NOT NULL CONSTRAINT frustrations_valid CHECK (length(frustrations) <= 20000),
    demographics TEXT NOT NULL CONSTRAINT demographics_valid CHECK (length(demographics) <= 20000),
    behaviours TEXT NOT NULL CONSTRAINT behaviours_valid CHECK (length(behaviours) <= 20000),
    motivations TEXT NOT NULL CONSTRAINT motivations_valid CHECK (length(motivations) <= 20000),
    photo BYTEA CONSTRAINT photo_valid CHECK (photo IS NULL OR length(photo) <= 5000000),
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE TABLE journeyboard.snapshot (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 200 AND length(trim(name)) > 0),
    taken_at TEXT NOT NULL CONSTRAINT taken_at_valid CHECK (length(taken_at) = 20),
    content BYTEA NOT NULL,
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE TABLE journeyboard.stage (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 120 AND length(trim(name)) > 0),
    description TEXT NOT NULL CONSTRAINT description_valid CHECK (length(description) <= 20000),
    goal TEXT NOT NULL CONSTRAINT goal_valid CHECK (length(goal) <= 2000),
    width INTEGER NOT NULL CONSTRAINT width_valid CHECK (width BETWEEN 120 AND 2000),
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE TABLE journeyboard.card (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 500 AND length(trim(title)) > 0),
    notes TEXT NOT NULL CONSTRAINT notes_valid CHECK (length(notes) <= 200000),
    channel TEXT NOT NULL CONSTRAINT channel_valid CHECK (length(channel) <= 100),
    owner TEXT NOT NULL CONSTRAINT owner_valid CHECK (length(owner) <= 200),
    evidence TEXT NOT NULL CONSTRAINT evidence_valid CHECK (evidence IN ('', 'assumption', 'interview', 'survey', 'analytics', 'observation')),
    priority INTEGER NOT NULL CONSTRAINT priority_valid CHECK (priority BETWEEN 0 AND 3),
    votes INTEGER NOT NULL CONSTRAINT votes_valid CHECK (votes BETWEEN 0 AND 9999),
    moment INTEGER NOT NULL CONSTRAINT moment_valid CHECK (moment IN (0, 1)),
    colour TEXT CONSTRAINT colour_valid CHECK (colour IS NULL OR length(colour) = 7),
    image BYTEA CONSTRAINT image_valid CHECK (image IS NULL OR length(image) <= 5000000),
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id, stage_id) REFERENCES journeyboard.stage (map_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(map_id, lane_id) REFERENCES journeyboard.lane (map_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE INDEX ix_card_lane_id ON journeyboard.card (map_id, lane_id);

CREATE INDEX card_cell ON journeyboard.card (map_id, stage_id, lane_id, position);

CREATE TABLE journeyboard.emotion_point (
    map_id TEXT DEFAULT current_setting('journeyboard.map_id') NOT NULL,
    id TEXT NOT NULL,
    persona_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    score INTEGER NOT NULL CONSTRAINT score_valid CHECK (score BETWEEN -10 AND 10),
    label TEXT NOT NULL CONSTRAINT label_valid CHECK (length(label) <= 200),
    card_id TEXT,
    version BIGINT DEFAULT nextval('journeyboard.row_version') NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    changed_by TEXT DEFAULT session_user NOT NULL,
    PRIMARY KEY (map_id, id),
    FOREIGN KEY(map_id, persona_id) REFERENCES journeyboard.persona (map_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(map_id, stage_id) REFERENCES journeyboard.stage (map_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(map_id, card_id) REFERENCES journeyboard.card (map_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(map_id) REFERENCES journeyboard.map (id) ON DELETE CASCADE
);

CREATE INDEX ix_emotion_point_stage_id ON journeyboard.emotion_point (map_id, stage_id);

CREATE INDEX emotion_curve ON journeyboard.emotion_point (map_id, persona_id, stage_id, position);

CREATE INDEX ix_emotion_point_card_id ON journeyboard.emotion_point (map_id, card_id);

ALTER TABLE journeyboard.map ADD CONSTRAINT map_primary_persona_fkey
    FOREIGN KEY (id, primary_persona_id) REFERENCES journeyboard.persona (map_id, id)
    DEFERRABLE INITIALLY DEFERRED;
"""

# Each connection that edits a map names it in the setting journeyboard.map_id; these
# views then show that map's rows exactly as a file's tables hold them, so that the
# file's mapped classes and operations work on the server unchanged. security_invoker
# makes the grants and policies of the person editing apply, not those of the views'
# owner.
OPEN_MAP_VIEWS = """
CREATE SCHEMA journeyboard_map;

CREATE VIEW journeyboard_map.map WITH (security_invoker = true) AS
    SELECT id, title, objective, scenario, owner, created, reviewed, emotion_min, emotion_max, primary_persona_id
    FROM journeyboard.map
    WHERE id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.persona WITH (security_invoker = true) AS
    SELECT id, position, name, role, quote, goals, frustrations, demographics, behaviours, motivations, photo
    FROM journeyboard.persona
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.stage WITH (security_invoker = true) AS
    SELECT id, position, name, description, goal, width
    FROM journeyboard.stage
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.lane WITH (security_invoker = true) AS
    SELECT id, position, kind, title, height
    FROM journeyboard.lane
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.card WITH (security_invoker = true) AS
    SELECT id, stage_id, lane_id, position, title, notes, channel, owner, evidence, priority, votes, moment, colour, image
    FROM journeyboard.card
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.emotion_point WITH (security_invoker = true) AS
    SELECT id, persona_id, stage_id, position, score, label, card_id
    FROM journeyboard.emotion_point
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;

CREATE VIEW journeyboard_map.snapshot WITH (security_invoker = true) AS
    SELECT id, name, taken_at, content
    FROM journeyboard.snapshot
    WHERE map_id = current_setting('journeyboard.map_id', true)
    WITH LOCAL CHECK OPTION;
"""

# stamp_change: a row that is added, or whose content changes, gets the next version (from
# one sequence, so that a version never comes back, even for a row removed and added
# again), and the time and the person; nobody else may set these. The version it had is noted in the transaction's setting journeyboard.touched
# ("table id version" lines), which the editor compares with the versions it has seen
# before committing. A row only moved along its list (its position changed because a
# neighbour came or went), or given votes, keeps its version: moves and votes add up with
# what others do at the same time and never conflict.
# tell_changes: after each statement, the map's last change is noted (once a
# transaction: the setting journeyboard.stamped remembers it), and every listener is told
# which rows of which map changed (NOTIFY journeyboard, "map table id id …", up to 200
# ids a notice, within NOTIFY's 8,000 bytes). It runs as the owner so that an editor,
# who may not change the map's row, still stamps it. tell_map_change tells of a change
# to the map's own row.
TRIGGERS = """
CREATE FUNCTION journeyboard.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bookkeeping CONSTANT text[] := '{position,votes,version,changed_at,changed_by}';
BEGIN
    IF TG_OP = 'UPDATE'
       AND (to_jsonb(NEW) - bookkeeping) IS NOT DISTINCT FROM (to_jsonb(OLD) - bookkeeping)
    THEN
        IF NOT pg_has_role(current_user,
                           (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
            NEW.version := OLD.version;  -- nobody but the triggers themselves stamps a row
            NEW.changed_at := OLD.changed_at;
            NEW.changed_by := OLD.changed_by;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        NEW.version := nextval('journeyboard.row_version');
        NEW.changed_at := now();
        NEW.changed_by := session_user;
    END IF;
    IF TG_OP = 'INSERT' THEN
        RETURN NEW;
    END IF;
    IF coalesce(current_setting('journeyboard.map_id', true), '') <> '' THEN
        PERFORM set_config(
            'journeyboard.touched',
            coalesce(current_setting('journeyboard.touched', true), '')
                || TG_TABLE_NAME || ' ' || OLD.id || ' ' || OLD.version || E'\n',
            true
        );
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION journeyboard.tell_map_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('journeyboard', OLD.id || ' map ' || OLD.id);
    ELSE
        PERFORM pg_notify('journeyboard', NEW.id || ' map ' || NEW.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION journeyboard.tell_changes() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    news record;
BEGIN
    FOR news IN
        SELECT map_id, string_agg(id, ' ') AS ids
        FROM (SELECT map_id, id, (row_number() OVER (PARTITION BY map_id) - 1) / 200 AS part
              FROM changed_rows) AS numbered
        GROUP BY map_id, part
    LOOP
        IF current_setting('journeyboard.stamped', true) IS DISTINCT FROM news.map_id THEN
            UPDATE journeyboard.map SET changed_at = now(), changed_by = session_user
                WHERE id = news.map_id;
            PERFORM set_config('journeyboard.stamped', news.map_id, true);
        END IF;
        PERFORM pg_notify('journeyboard', news.map_id || ' ' || TG_TABLE_NAME || ' ' || news.ids);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.map
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.persona
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.stage
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.lane
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.card
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.emotion_point
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE OR DELETE ON journeyboard.snapshot
    FOR EACH ROW EXECUTE FUNCTION journeyboard.stamp_change();

CREATE TRIGGER tell AFTER UPDATE ON journeyboard.map
    FOR EACH ROW WHEN (OLD.version <> NEW.version) EXECUTE FUNCTION journeyboard.tell_map_change();

CREATE TRIGGER tell_whole AFTER INSERT OR DELETE ON journeyboard.map
    FOR EACH ROW EXECUTE FUNCTION journeyboard.tell_map_change();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.persona
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.persona
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.persona
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.stage
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.stage
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.stage
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.lane
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.lane
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.lane
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.card
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.card
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.card
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.emotion_point
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.emotion_point
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.emotion_point
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_insert AFTER INSERT ON journeyboard.snapshot
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_update AFTER UPDATE ON journeyboard.snapshot
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();

CREATE TRIGGER tell_delete AFTER DELETE ON journeyboard.snapshot
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION journeyboard.tell_changes();
"""

# Viewers read; editors change cards, emotion points and personas (and which persona is
# primary); facilitators also change the map, its stages and lanes, the votes, and keep
# snapshots. Votes need more than grants: an editor may not set them (a column grant), nor
# add a card that has votes or remove one (row-level security). Roles belong to the
# whole server, so a second workspace on it finds them made.
ROLES = """
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['journeyboard_viewer', 'journeyboard_editor',
                                'journeyboard_facilitator'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$$;

GRANT journeyboard_viewer TO journeyboard_editor;
GRANT journeyboard_editor TO journeyboard_facilitator;

GRANT USAGE ON SCHEMA journeyboard, journeyboard_map TO journeyboard_viewer;
GRANT USAGE ON SEQUENCE journeyboard.row_version TO journeyboard_editor;
GRANT SELECT ON journeyboard.map, journeyboard.persona, journeyboard.stage, journeyboard.lane, journeyboard.card, journeyboard.emotion_point, journeyboard.snapshot TO journeyboard_viewer;
GRANT SELECT ON journeyboard_map.map, journeyboard_map.persona, journeyboard_map.stage, journeyboard_map.lane, journeyboard_map.card, journeyboard_map.emotion_point, journeyboard_map.snapshot TO journeyboard_viewer;

GRANT INSERT, DELETE ON journeyboard.card, journeyboard.emotion_point, journeyboard.persona,
    journeyboard_map.card, journeyboard_map.emotion_point, journeyboard_map.persona
    TO journeyboard_editor;
GRANT UPDATE ON journeyboard.emotion_point, journeyboard.persona,
    journeyboard_map.emotion_point, journeyboard_map.persona TO journeyboard_editor;
GRANT UPDATE (id, stage_id, lane_id, position, title, notes, channel, owner, evidence, priority, moment, colour, image)
    ON journeyboard.card, journeyboard_map.card TO journeyboard_editor;
GRANT UPDATE (primary_persona_id) ON journeyboard.map, journeyboard_map.map
    TO journeyboard_editor;

GRANT INSERT, UPDATE, DELETE ON journeyboard.map, journeyboard.persona, journeyboard.stage, journeyboard.lane, journeyboard.card, journeyboard.emotion_point, journeyboard.snapshot TO journeyboard_facilitator;
GRANT INSERT, UPDATE, DELETE ON journeyboard_map.map, journeyboard_map.persona, journeyboard_map.stage, journeyboard_map.lane, journeyboard_map.card, journeyboard_map.emotion_point, journeyboard_map.snapshot TO journeyboard_facilitator;

ALTER TABLE journeyboard.card ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON journeyboard.card FOR SELECT USING (true);
CREATE POLICY facilitators_change ON journeyboard.card TO journeyboard_facilitator
    USING (true) WITH CHECK (true);
CREATE POLICY editors_add_without_votes ON journeyboard.card FOR INSERT TO journeyboard_editor
    WITH CHECK (votes = 0);
CREATE POLICY editors_change ON journeyboard.card FOR UPDATE TO journeyboard_editor
    USING (true) WITH CHECK (true);
CREATE POLICY editors_remove_without_votes ON journeyboard.card FOR DELETE
    TO journeyboard_editor USING (votes = 0);
"""


def upgrade() -> None:
    for sql in (TABLES, OPEN_MAP_VIEWS, TRIGGERS, ROLES):
        op.execute(sql)

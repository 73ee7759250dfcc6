"""Who pulled which state of a map, so that a copy taken on a trip can be pushed back.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

Frozen, as every revision: later ones add to it and never edit it.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A pushed map may replace the workspace's only if the workspace's is still what its
# person pulled: each pull notes a fingerprint of the map as it was pulled.
PULLED = """
CREATE TABLE journeyboard.pulled (
    map_id TEXT NOT NULL REFERENCES journeyboard.map (id) ON DELETE CASCADE,
    pulled_by TEXT DEFAULT session_user NOT NULL,
    fingerprint TEXT NOT NULL,
    pulled_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    PRIMARY KEY (map_id, pulled_by, fingerprint)
);

GRANT SELECT, INSERT ON journeyboard.pulled TO journeyboard_viewer;
"""


def upgrade() -> None:
    op.execute(PULLED)

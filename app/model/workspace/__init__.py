"""A team workspace on PostgreSQL: many maps in one database, shared by several people."""

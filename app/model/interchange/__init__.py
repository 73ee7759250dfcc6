"""Maps in and out of other formats: the journeyboard/1 JSON, the templates kept in it,
and the pictures a person chooses."""

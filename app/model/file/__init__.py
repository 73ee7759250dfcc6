"""The .journey file: the SQL of every version, opening it safely and bringing it up to
date, the open document that changes go through, one writer at a time, writing whole
files safely, and where the user's files are kept."""

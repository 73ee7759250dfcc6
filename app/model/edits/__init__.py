"""Changing a map: every change as a small operation with its exact inverse, carried out
in one transaction."""

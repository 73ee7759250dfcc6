"""The journey map document: mapped classes, the .journey file, operations, templates and
the JSON interchange format. No Qt and no reportlab."""

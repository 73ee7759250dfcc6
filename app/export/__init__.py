"""Files made from a map for people to read: PDF (reportlab) and spreadsheets. No Qt."""

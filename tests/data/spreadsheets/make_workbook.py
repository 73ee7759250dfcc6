# ruff: noqa: E501  (the parts are XML as Excel writes it, one long line each)
"""Writes excel-formulas-merged.xlsx: a workbook laid out part by part as Excel 365 saves
one, written by hand rather than by openpyxl (which saves no values for formulas), so that
the reader meets what Excel writes: shared strings, formulas with their saved values, a
merged cell, an empty first row and column, and the sheet "Journey" second."""

import zipfile
from pathlib import Path

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
STRINGS = [
    "Read me",
    "This workbook holds the café's journey on the sheet Journey.",
    "Stage",
    "Lane",
    "Title",
    "Votes",
    "Priority",
    "Discover",
    "Touchpoints",
    "Flyer",
    "Pain points",
    "High",
    "Visit",
    "Customer actions",
]


def s(text: str) -> int:
    return STRINGS.index(text)


PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
    "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook {NS} {REL}><sheets><sheet name="Read me" sheetId="1" r:id="rId1"/><sheet name="Journey" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
    "xl/styles.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""",
    "xl/sharedStrings.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst {NS} count="{len(STRINGS)}" uniqueCount="{len(STRINGS)}">"""
    + "".join(f"<si><t>{text}</t></si>" for text in STRINGS)
    + "</sst>",
    "xl/worksheets/sheet1.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet {NS}><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" t="s"><v>{s("Read me")}</v></c></row><row r="2"><c r="A2" t="s"><v>{s("This workbook holds the café's journey on the sheet Journey.")}</v></c></row></sheetData></worksheet>""",
    "xl/worksheets/sheet2.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet {NS}><dimension ref="B2:F5"/><sheetData>"""
    f"""<row r="2"><c r="B2" t="s"><v>{s("Stage")}</v></c><c r="C2" t="s"><v>{s("Lane")}</v></c><c r="D2" t="s"><v>{s("Title")}</v></c><c r="E2" t="s"><v>{s("Votes")}</v></c><c r="F2" t="s"><v>{s("Priority")}</v></c></row>"""
    f"""<row r="3"><c r="B3" t="s"><v>{s("Discover")}</v></c><c r="C3" t="s"><v>{s("Touchpoints")}</v></c><c r="D3" t="s"><v>{s("Flyer")}</v></c><c r="E3"><f>2+3</f><v>5</v></c><c r="F3"><v>2</v></c></row>"""
    f"""<row r="4"><c r="B4"/><c r="C4" t="s"><v>{s("Pain points")}</v></c><c r="D4" t="str"><f>CONCATENATE("No ","parking")</f><v>No parking</v></c><c r="E4"><v>1</v></c><c r="F4" t="s"><v>{s("High")}</v></c></row>"""
    f"""<row r="5"><c r="B5" t="s"><v>{s("Visit")}</v></c><c r="C5" t="s"><v>{s("Customer actions")}</v></c><c r="D5"><v>42</v></c></row>"""
    """</sheetData><mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells></worksheet>""",
}

with zipfile.ZipFile(
    Path(__file__).with_name("excel-formulas-merged.xlsx"), "w", zipfile.ZIP_DEFLATED
) as archive:
    for name, text in PARTS.items():
        archive.writestr(name, text)

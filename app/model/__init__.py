"""The journey map, with no Qt and no reportlab: what a map holds (`data`), the .journey
file (`file`), the changes a person makes (`edits`), and maps in and out of other formats
(`interchange`); the texts and errors all of them speak in, and where the resources are."""

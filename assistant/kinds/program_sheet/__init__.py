"""事務事業評価シート: one program's key/value cells and indicators."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

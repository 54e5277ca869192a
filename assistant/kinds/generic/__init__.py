"""Any other document: its text as passages (tried last)."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

"""Any other document: its text as passages, and its structure (table rows, numbered items with their labelled fields, count facts) as records (tried last)."""
# loader.py: detect(text) and parse(text, source); structure.py: the structure read in the same pass;
# records.py: the record kinds it yields and their fields.

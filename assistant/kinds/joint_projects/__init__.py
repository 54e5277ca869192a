"""連携事業の進捗状況: a table of projects shared by two or more municipalities."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

"""行革プランの意見書と進捗状況シート: practice items, initiatives, committee comments, progress sheets."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

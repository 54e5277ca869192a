"""行政改革の取組事例集: case studies under topic headings, each naming its places."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

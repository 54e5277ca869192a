"""市民協働ニュースレター: articles, Q&A pairs, events and a featured model project."""
# loader.py: detect(text) and parse(text, source); records.py: the record kinds it yields and their fields.

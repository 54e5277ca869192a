"""Publishing the index with Datasette: the plugin, its metadata, and `gyokaku datasette`."""

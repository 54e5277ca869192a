"""Screens: the conversation (main), a record's detail, browsing documents, help, export, index error."""

"""Widgets grouped by feature: the question input, an answer in the conversation, the facet panel."""

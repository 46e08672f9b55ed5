"""Site search: what is searchable (records), the synonyms readers type, and the per-language index files.

Ranking happens in the browser (overrides/search/); this package decides only what goes into the indexes.
"""

"""From data/ to a checked model: YAML with lines, file models, every check, the published lock, schemas, loading.

Every problem in the data is reported at once, as `data/<file>:<line>: what to fix`.
"""

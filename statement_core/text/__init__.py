"""Text with no knowledge of the statement: Vietnamese folding, word-level differences, partial dates."""

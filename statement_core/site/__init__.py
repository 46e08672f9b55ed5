"""Site-independent page plan and page rendering: the MkDocs hooks only hand these pages over."""

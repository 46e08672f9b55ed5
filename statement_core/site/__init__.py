"""The site's pages and other files, made without MkDocs: the hooks only hand these pages over."""

"""The one way the core makes Jinja environments: autoescaping always on, undefined names are errors."""

from __future__ import annotations

from pathlib import Path

import jinja2


def template_environment(template_dir: Path, *, keep_trailing_newline: bool = False) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
        # An environment serves one build or one export, during which no template changes: no stat() of
        # the template file on every {% include %} (one per clause). Make a new one to see edits.
        auto_reload=False,
    )

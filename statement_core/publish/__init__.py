"""The publishing step: from one set of build inputs, what a build produces and in which order.

Above both the site (statement_core.site) and the print editions (statement_core.pdf), which never import
each other: this package loads the data once, plans the pages, makes the downloads (open-data exports and
PDFs), and at the end of a build writes the site's other outputs in order (publish/outputs.py), the service
worker's list of what the site holds last. The hooks only hand it MkDocs' events.
"""

from statement_core.publish.inputs import BuildInputs
from statement_core.publish.site_build import PublishError, SiteBuild

__all__ = ["BuildInputs", "PublishError", "SiteBuild"]

"""Where readers send a correction of the translation (issue 31), and what a suggestion carries.

A suggestion goes to the project's issue tracker as a GitHub issue form (`.github/ISSUE_TEMPLATE/`), prefilled
through the form's URL parameters, or, offline or without an account, by e-mail or copied as text. The
repository and the e-mail address are build settings (mkdocs.yml `extra.statement`, read once by
hooks/build_context.py); the form's field ids are named here once, for the pages (which hand them to the
script as data) and for the test that checks the form file.
"""

from __future__ import annotations

from dataclasses import dataclass

ISSUE_FORM = "translation-correction.yml"  # the file under .github/ISSUE_TEMPLATE/, and the URL's `template`
ISSUE_FORM_PATH = f".github/ISSUE_TEMPLATE/{ISSUE_FORM}"
# The form's fields in the order a suggestion lists them: each id is also the URL parameter that fills it.
SUGGESTION_FIELDS = ("segment", "edition", "current", "vietnamese", "suggestion", "reason")
# GitHub answers 414 beyond about 8 KB of address; the script drops or shortens the reader's own text first.
SUGGESTION_URL_LIMIT = 7000


@dataclass(frozen=True)
class CorrectionChannels:
    """Where suggestions go: a GitHub repository's address and an e-mail address for readers without one."""

    repository: str  # https://github.com/<owner>/<name>, no trailing slash
    email: str

    def __post_init__(self) -> None:
        if not self.repository.startswith("https://github.com/") or self.repository.count("/") != 4:
            raise ValueError(f"repository must be https://github.com/<owner>/<name>, not {self.repository!r}")
        if "@" not in self.email or any(character in self.email for character in " ?&<>\"'"):
            raise ValueError(f"corrections e-mail must be a plain address, not {self.email!r}")

    @property
    def new_issue_url(self) -> str:
        """The address a prefilled form is opened at (the script adds `template`, `title` and the fields)."""
        return f"{self.repository}/issues/new"

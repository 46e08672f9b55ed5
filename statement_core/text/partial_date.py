"""Dates as precise as the text gives them: a year ("1992"), a month ("3/2014") or a day ("12/5/2025")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

Precision = Literal["year", "month", "day"]

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class PartialDate(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raise ValueError with a fix-it message."""
        match = _PATTERN.match(text)
        if not match:
            raise ValueError(f"'{text}' is not a date; write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" in quotes")
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError as error:
            raise ValueError(f"'{text}' is not a real date ({error}); correct the day or month") from None
        return cls(year=year, month=month, day=day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 at the date's own precision: 1992, 2014-03, 2025-05-12."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def format(self, language: str) -> str:
        """Human form: vi "12/5/2025", "3/2014"; en "12 May 2025", "March 2014"; both "1992"."""
        if self.month is None:
            return str(self.year)
        if language == "vi":
            return f"{self.day}/{self.month}/{self.year}" if self.day else f"{self.month}/{self.year}"
        month = MONTHS_EN[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

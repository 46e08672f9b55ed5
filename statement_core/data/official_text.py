"""The official text of a document, paragraph by paragraph, and where a clause's segments depart from it.

The comparison is the fidelity rule the project promises: the segments of the authentic language, joined with
single spaces, equal the official paragraph after Unicode NFC and whitespace normalisation. When they do not,
the difference is described word by word and placed in the segment that holds it, so the data editor reads
e.g. "clause 13 segment 2: 'phù hợp' is missing compared with the official text, which reads …".
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Words and single punctuation marks: a changed comma is a difference worth naming, like a changed word.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CONTEXT_TOKENS = 4
_REPORTED_DIFFERENCES = 3
_LONGEST_QUOTE = 80


def normalise(text: str) -> str:
    """NFC, with every run of whitespace as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class OfficialParagraph:
    text: str  # normalised
    line: int  # where the paragraph starts in the source file
    token_lines: tuple[int, ...]  # the source line of each token of `text`

    def line_of_token(self, index: int) -> int:
        return self.token_lines[min(index, len(self.token_lines) - 1)] if self.token_lines else self.line


@dataclass(frozen=True)
class OfficialText:
    display_path: str  # as document.yaml names it, e.g. sources/003_a895c28e3afb5b87.txt
    paragraphs: tuple[OfficialParagraph, ...]


def read_official_text(path: Path, display_path: str) -> OfficialText:
    """Paragraphs are separated by blank lines; raises OSError or UnicodeDecodeError as reading does.

    Parsed once per file version: documents that share a source (the benchmark's copies) and the reloads of
    `mkdocs serve` read it from the cache until the file changes.
    """
    status = path.stat()
    return _parse_official_text(path.resolve(), status.st_mtime_ns, status.st_size, display_path)


@lru_cache(maxsize=16)
def _parse_official_text(path: Path, mtime_ns: int, size: int, display_path: str) -> OfficialText:
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    line_starts = [0] + [match.end() for match in re.finditer("\n", raw)]
    paragraphs = []
    start = 0
    for block_break in [*_PARAGRAPH_BREAK.finditer(raw), None]:
        end = block_break.start() if block_break else len(raw)
        token_lines = tuple(bisect.bisect_right(line_starts, match.start()) for match in _TOKEN.finditer(raw, start, end))
        if token_lines:
            paragraphs.append(OfficialParagraph(normalise(raw[start:end]), token_lines[0], token_lines))
        start = block_break.end() if block_break else len(raw)
    return OfficialText(display_path, tuple(paragraphs))


@dataclass(frozen=True)
class Difference:
    segment: int  # 0-based index of the segment to fix
    message: str


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    segment: int


def _tokens(segments: Sequence[str]) -> tuple[str, list[_Token]]:
    """The segments joined with single spaces, and its tokens, each knowing the segment it came from."""
    tokens: list[_Token] = []
    offset = 0
    for index, segment in enumerate(segments):
        tokens.extend(_Token(m.group(0), offset + m.start(), offset + m.end(), index) for m in _TOKEN.finditer(segment))
        offset += len(segment) + 1
    return " ".join(segments), tokens


def official_order(segments: Sequence[str], paragraph: str) -> tuple[int, ...] | None:
    """The order in which the segments, joined, give `paragraph` exactly; None when no order does."""

    def search(position: int, order: tuple[int, ...]) -> tuple[int, ...] | None:
        if len(order) == len(segments):
            return order if position == len(paragraph) + 1 else None
        for index, segment in enumerate(segments):
            end = position + len(segment)
            if index not in order and paragraph.startswith(segment, position) and \
                    (end == len(paragraph) or paragraph[end] == " "):
                found = search(end + 1, order + (index,))
                if found:
                    return found
        return None

    return search(0, ())


def _quote(tokens: Sequence[_Token], text: str) -> str:
    """The text the tokens cover, cut after _LONGEST_QUOTE characters (a pasted paragraph is not quoted whole)."""
    quoted = text[tokens[0].start:tokens[-1].end] if tokens else ""
    return quoted if len(quoted) <= _LONGEST_QUOTE else quoted[:_LONGEST_QUOTE].rsplit(" ", 1)[0] + "…"


def _context(tokens: Sequence[_Token], text: str, first: int, last: int) -> str:
    """The official words around tokens[first:last], with an ellipsis where the paragraph goes on."""
    start, end = max(first - _CONTEXT_TOKENS, 0), min(last + _CONTEXT_TOKENS, len(tokens))
    quoted = _quote(tokens[start:end], text)
    return f"{'…' if start > 0 else ''}{quoted}{'…' if end < len(tokens) else ''}"


class _Describer:
    """Turns difflib opcodes between our tokens and the official ones into messages placed in segments."""

    def __init__(self, clause: int, segments: Sequence[str], paragraph: OfficialParagraph, source: str) -> None:
        self.clause, self.count, self.paragraph, self.source = clause, len(segments), paragraph, source
        self.ours_text, self.ours = _tokens(segments)
        self.official = [_Token(m.group(0), m.start(), m.end(), 0) for m in _TOKEN.finditer(paragraph.text)]

    def where(self, segment: int, next_segment: int | None = None) -> str:
        if self.count == 1:
            return f"clause {self.clause}"
        if next_segment is not None and next_segment != segment:
            return f"clause {self.clause}, between segments {segment + 1} and {next_segment + 1}"
        return f"clause {self.clause} segment {segment + 1}"

    def cite(self, official_index: int) -> str:
        return f"{self.source}:{self.paragraph.line_of_token(official_index)}"

    def describe(self, tag: str, i1: int, i2: int, j1: int, j2: int) -> Difference:
        context = _context(self.official, self.paragraph.text, j1, j2)
        official = _quote(self.official[j1:j2], self.paragraph.text)
        ours = _quote(self.ours[i1:i2], self.ours_text)
        if tag == "insert":  # the official words j1:j2 are missing before our token i1
            before = self.ours[i1 - 1].segment if i1 > 0 else 0
            after = self.ours[i1].segment if i1 < len(self.ours) else before
            return Difference(before, f"{self.where(before, after)}: '{official}' is missing compared with the "
                                      f"official text, which reads '{context}' ({self.cite(j1)})")
        segment = self.ours[i1].segment
        if tag == "delete":
            return Difference(segment, f"{self.where(segment)}: '{ours}' is not in the official text, which reads "
                                       f"'{context}' there ({self.cite(j1)}); remove it")
        return Difference(segment, f"{self.where(segment)}: '{ours}' differs from the official '{official}' "
                                   f"('{context}', {self.cite(j1)})")

    def spacing(self) -> Difference:
        """Same words and marks, different spaces between them (e.g. a space before a comma)."""
        text = self.paragraph.text
        at = next((i for i, (a, b) in enumerate(zip(self.ours_text, text)) if a != b), min(len(text), len(self.ours_text)))
        token = next((t for t in self.ours if t.end >= at), self.ours[-1])
        official_index = next((i for i, t in enumerate(self.official) if t.end >= at), len(self.official) - 1)
        return Difference(token.segment, f"{self.where(token.segment)}: the spacing differs from the official text "
                                         f"near '{_context(self.official, text, official_index, official_index + 1)}' "
                                         f"({self.cite(official_index)})")

    def differences(self) -> Iterator[Difference]:
        matcher = difflib.SequenceMatcher(None, [t.text for t in self.ours], [t.text for t in self.official],
                                          autojunk=False)
        edits = [opcode for opcode in matcher.get_opcodes() if opcode[0] != "equal"]
        if not edits:
            yield self.spacing()
            return
        for edit in edits[:_REPORTED_DIFFERENCES]:
            yield self.describe(*edit)
        if len(edits) > _REPORTED_DIFFERENCES:
            yield Difference(0, f"clause {self.clause}: {len(edits) - _REPORTED_DIFFERENCES} more differences from "
                                f"the official text; compare the clause with {self.cite(0)}")


def differences(clause: int, segments: Sequence[str], paragraph: OfficialParagraph, source: str) -> list[Difference]:
    """How the segments of `clause` depart from its official paragraph; empty when they reproduce it."""
    ours = [normalise(segment) for segment in segments]
    if " ".join(ours) == paragraph.text:
        return []
    order = official_order(ours, paragraph.text)
    if order is not None:
        misplaced = [position for position, index in enumerate(order) if index != position]
        cite = f"{source}:{paragraph.line}"
        if len(misplaced) == 2:
            first, second = misplaced
            return [Difference(first, f"clause {clause}: segments {first + 1} and {second + 1} are in the wrong order; "
                                      f"swap them to follow the official text ({cite})")]
        reading = ", ".join(str(index + 1) for index in order)
        return [Difference(misplaced[0], f"clause {clause}: the segments are in the wrong order; the official text "
                                         f"({cite}) has them in the order {reading}")]
    return list(_Describer(clause, ours, paragraph, source).differences())

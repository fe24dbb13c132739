"""Paragraphs to chunks: one chunk a paragraph, a long one split at its line (bullet) boundaries.

Every piece keeps its paragraph's label; ids read `<report-id>#2.12`, `<report-id>#2.3/2` for a
second piece. The embedded text is committee + meeting date + title + section + heading + text, so a bare bullet still knows
which report and workstream it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reports import Paragraph, Report

MAX_WORDS = 160  # all-MiniLM-L6-v2 reads 256 word pieces; leave room for the title and section


@dataclass(frozen=True)
class Chunk:
    id: str
    report_id: str
    key: str  # the paragraph's key in its report
    label: str
    meeting_date: str
    text: str
    embed_text: str


def chunk_report(report: Report, max_words: int = MAX_WORDS) -> list[Chunk]:
    return [chunk for p in report.paragraphs for chunk in chunk_paragraph(report, p, max_words)]


def chunk_paragraph(report: Report, p: Paragraph, max_words: int = MAX_WORDS) -> list[Chunk]:
    pieces = _split(p.text.split("\n"), max_words)
    meeting = f"{report.committee} {report.meeting_date}".strip()
    context = " · ".join(x for x in (meeting, report.title, p.section, p.subsection) if x)
    chunks = []
    for i, lines in enumerate(pieces, start=1):
        if i > 1 and p.heading:
            lines = [p.heading] + lines
        text = "\n".join(lines)
        chunk_id = f"{report.id}#{p.key}" + (f"/{i}" if i > 1 else "")
        chunks.append(Chunk(chunk_id, report.id, p.key, p.label, report.meeting_date, text, f"{context}\n{text}"))
    return chunks


def split_chunk_id(chunk_id: str) -> tuple[str, str]:
    """(report id, paragraph key) of a chunk id such as `<report-id>#2.3/2`."""
    report, _, rest = chunk_id.rpartition("#")
    return report, rest.split("/")[0]


def _split(lines: list[str], max_words: int) -> list[list[str]]:
    pieces: list[list[str]] = [[]]
    words = 0
    for line in lines:
        n = len(line.split())
        if pieces[-1] and words + n > max_words:
            pieces.append([])
            words = 0
        pieces[-1].append(line)
        words += n
    return pieces

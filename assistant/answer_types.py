"""The records an answer is made of: `Citation` and `Answer`, and how dates are said to people."""

from __future__ import annotations

from dataclasses import dataclass, field

from .reports import Paragraph, Report
from .retrieve import Hit


@dataclass(frozen=True)
class Citation:
    report_id: str
    title: str
    committee: str
    meeting_date: str
    paragraph: str
    quote: str
    short: str = field(default="", compare=False)  # `OSC 27 Nov 2023`, for the written-out form
    key: str = field(default="", compare=False)  # the paragraph's key in its report (`1.1~2`)
    page: int = 0  # the PDF page the paragraph starts on, when the report is a PDF

    def written(self) -> str:
        return f"[{self.short}, {self.paragraph}" + (f", p. {self.page}]" if self.page else "]")

    def to_json(self) -> dict:
        out = {k: getattr(self, k) for k in ("report_id", "title", "committee", "meeting_date", "paragraph", "quote")}
        return {**out, "page": self.page} if self.page else out


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    answer_type: str
    value: object
    abstained: bool
    citations: tuple[Citation, ...] = ()
    latency_ms: float = 0.0
    hits: tuple[Hit, ...] = field(default=(), compare=False)  # what retrieval found, for evals
    retrieved: dict = field(default_factory=dict, compare=False)  # retriever -> [(chunk id, score)], for evals

    def to_json(self, id: str | None = None) -> dict:
        out = {"id": id} if id is not None else {}
        out.update(
            question=self.question, answer=self.answer, answer_type=self.answer_type, value=self.value,
            abstained=self.abstained, citations=[c.to_json() for c in self.citations],
            latency_ms=round(self.latency_ms, 1),
        )
        return out


def citation_for(report: Report, paragraph: Paragraph, quote: str) -> Citation:
    return Citation(report.id, report.title, report.committee, report.meeting_date, paragraph.label, quote,
                    report.short, paragraph.key, paragraph.page)

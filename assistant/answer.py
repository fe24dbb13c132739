"""Compose an extractive, typed, cited answer from the retrieved paragraphs.

The answer states the typed value first, then quotes the report sentence that gives it, then the
citation. Every quoted sentence is copied from the paragraph it cites. When the best paragraphs
do not cover the question's key terms, or hold no value of the kind asked, the assistant abstains.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import time
from dataclasses import dataclass, field

from .embed import Embedder, embedder_for
from .facts import FINDERS, Found
from .index import Store
from .questions import Question, understand, words
from .reports import Paragraph, Report
from .retrieve import Hit, Retriever, Scope, fuse
from .settings import Settings

COVERAGE_MIN = 0.34  # share of the question's key-term weight the chosen paragraph must contain
_NEGATION = re.compile(r"\b(not|no|none|never|without|nor)\b|n't\b", re.I)
# words a sentence answers to although it does not contain them: (pattern in the sentence, extra words)
_ALIASES = [
    (re.compile(r"\bReport of\b"), "author wrote written"),
    (re.compile(r"\bLead Member\b"), "lead member"),
    (re.compile(r"\bScrutiny Value Score\b"), "scrutiny score"),
]
_SENTENCE_END = re.compile(r"(?<=[.!?])['’\"]?\s+(?=[A-Z‘'\"(£0-9])")


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

    def written(self) -> str:
        return f"[{self.short}, {self.paragraph}]"

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in ("report_id", "title", "committee", "meeting_date", "paragraph", "quote")}


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


@dataclass(frozen=True)
class _Candidate:
    report: Report
    paragraph: Paragraph
    sentence: str
    score: float
    coverage: float
    found: Found | None


def sentences(text: str, with_headings: bool = False) -> list[str]:
    """The sentences of a paragraph's clean text, each a verbatim substring of it."""
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line = re.sub(r"^[•○]\s*", "", line)
        is_heading = i == 0 and len(lines) > 1 and not line.endswith((".", ":")) and len(line) < 90
        if is_heading and not with_headings:
            continue
        out += [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]
    return out


class Assistant:
    """Loads the model and the index once; answers any number of questions."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: Store | None = None):
        self.settings = settings
        self.embedder = embedder or embedder_for(settings)
        self.store = store or Store(settings, self.embedder)
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the store holds (after an ingest)."""
        self.retriever = Retriever(self.store)
        self._idf = _idf([p.text for r in self.store.reports.values() for p in r.paragraphs])
        # a question word no paragraph contains weighs more than the rarest word
        self._unseen = max(self._idf.values(), default=1.0) + 1.0

    def ask(self, question: str, history: list[dict] | tuple = (), scope: Scope = Scope()) -> Answer:
        start = time.perf_counter()
        q = understand(question, history, self.settings.max_question_chars)
        report_ids = scope.select(self.store)
        if q.meeting:  # "in the November 2024 report": narrow to it when such a report is in scope
            named = [rid for rid in report_ids or self.store.reports
                     if self.store.reports[rid].meeting_date.startswith(q.meeting)]
            report_ids = named or report_ids
        ranked = self.retriever.rankings(q.query, self.settings.top_k * 2, report_ids)
        hits = fuse(ranked, self.retriever.chunks)[: self.settings.top_k]
        answer = self._compose(q, hits)
        ranked["hybrid"] = [(h.chunk_id, h.score) for h in hits]
        return dataclasses.replace(answer, latency_ms=(time.perf_counter() - start) * 1000, hits=tuple(hits),
                                   retrieved=ranked)

    def _compose(self, q: Question, hits: list[Hit]) -> Answer:
        best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
        candidates = self._candidates(q, hits)
        typed = [c for c in candidates if c.found is not None] if q.kind in FINDERS else candidates
        relevant = [c for c in typed if c.coverage >= COVERAGE_MIN]
        if best_dense < self.settings.min_relevance or not relevant:
            return self._abstain(q, hits, candidates)
        if q.kind == "list":
            return self._list(q, relevant[0])
        top = relevant[0]
        value, phrase = _value(q.kind, top)
        cite = _citation(top.report, top.paragraph, top.sentence)
        lead = f"{phrase}. " if phrase else ""
        return Answer(q.text, f'{lead}"{top.sentence}" {cite.written()}', q.kind, value, False, (cite,))

    def _candidates(self, q: Question, hits: list[Hit]) -> list[_Candidate]:
        stems = _stems(q.terms)
        total = sum(self._idf.get(s, self._unseen) for s in stems) or 1.0
        out = []
        # front matter (author, lead member, scores) is rarely near a question in meaning: offer it too
        seen = {h.chunk_id for h in hits}
        headers = [c for rid in dict.fromkeys(h.report_id for h in hits)
                   for c in self.retriever.headers.get(rid, []) if c.id not in seen]
        pairs = [(rank, hit.report_id, hit.key, hit.chunk_id) for rank, hit in enumerate(hits)]
        pairs += [(len(hits), c.report_id, c.key, c.id) for c in headers]
        for rank, report_id, key, chunk_id in pairs:
            report = self.store.reports[report_id]
            paragraph = report.paragraph(key)
            chunk = self.retriever.chunks[chunk_id]
            ref = dt.date.fromisoformat(report.meeting_date) if report.meeting_date else None
            where = [paragraph.heading, paragraph.section, paragraph.subsection, human_date(report.meeting_date)]
            context = set(_stems(words(" ".join(where))))
            for sentence in sentences(chunk.text, with_headings=q.kind == "rating"):
                aliases = " ".join(extra for pattern, extra in _ALIASES if pattern.search(sentence))
                present = set(_stems(words(f"{sentence} {aliases}")))
                own = sum(self._idf.get(s, self._unseen) for s in stems if s in present) / total
                wide = sum(self._idf.get(s, self._unseen) for s in stems if s in present | context) / total
                found = _find(q.kind, sentence, ref, paragraph, q.terms)
                score = own + 0.5 * wide + 0.3 / (rank + 1) + (0.3 if found else 0.0)
                if q.kind == "list":  # a list is asked for by its place in the report: "the recommendations"
                    score += 2 * sum(self._idf.get(s, 0.0) for s in stems if s in context) / total
                out.append(_Candidate(report, paragraph, sentence, score, wide, found))
        return sorted(out, key=lambda c: -c.score)

    def _abstain(self, q: Question, hits: list[Hit], candidates: list[_Candidate]) -> Answer:
        near = []
        for c in candidates:
            label = f"[{c.report.short}, {c.paragraph.label}]"
            if label not in near:
                near.append(label)
        what = {"date": "a date", "rating": "a rating", "amount": "an amount", "number": "a number",
                "person": "a person", "decision": "a decision"}.get(q.kind, "an answer")
        text = f"The reports don't say: none of the indexed paragraphs gives {what} for this question."
        if near[:3]:
            text += " Nearest paragraphs: " + " ".join(near[:3])
        return Answer(q.text, text, q.kind, None, True, ())

    def _list(self, q: Question, top: _Candidate) -> Answer:
        """Every item of the best paragraph (or every recommendation of its report), each cited."""
        report, paragraph = top.report, top.paragraph
        if paragraph.section == "Recommendations":
            items = [(p, p.text) for p in report.paragraphs if p.section == "Recommendations"]
        else:
            bullets = [re.sub(r"^[•○]\s*", "", line) for line in paragraph.text.split("\n") if line.startswith("•")]
            items = [(paragraph, b) for b in bullets] or [(paragraph, top.sentence)]
        cites = tuple(_citation(report, p, text) for p, text in items)
        lines = [f"- {c.quote} {c.written()}" for c in cites]
        text = f"{len(cites)} item{'s' if len(cites) != 1 else ''} ({report.short}):\n" + "\n".join(lines)
        return Answer(q.text, text, "list", [c.quote for c in cites], False, cites)


def _find(kind: str, sentence: str, ref, paragraph: Paragraph, terms: tuple[str, ...]) -> Found | None:
    """The value of the asked kind in a sentence, the one nearest the question's words."""
    if kind == "rating" and paragraph.rating and sentence == paragraph.heading:
        i = sentence.rfind(paragraph.rating.split("/")[0])
        return Found("rating", paragraph.rating, paragraph.rating, i, i + len(paragraph.rating))
    if kind == "yes_no":
        m = _NEGATION.search(sentence)
        return Found("yes_no", "no" if m else "yes", m[0] if m else "", 0, 0)
    finder = FINDERS.get(kind)
    if finder is None:
        return None
    found = finder(sentence, ref) if kind == "date" else finder(sentence)
    if not found:
        return None
    positions = [m.start() for t in terms for m in re.finditer(re.escape(t), sentence.lower())]
    precision = {10: 0.0, 7: 0.3, 4: 0.6}

    def distance(f: Found) -> float:
        near = min((abs(p - f.start) for p in positions), default=0)
        return near / 40 + precision.get(len(f.value), 0.3 if "/" in f.value else 0.0)

    return min(found, key=distance)


def _value(kind: str, c: _Candidate) -> tuple[object, str]:
    if c.found is None:
        return None, ""
    if kind == "date":
        return c.found.value, human_date(c.found.value)
    if kind == "person":
        return c.found.value, c.found.text
    if kind in ("yes_no", "decision"):
        return c.found.value, c.found.value.capitalize()
    return c.found.value, c.found.value


def human_date(iso: str) -> str:
    """`2023-09-08` -> `8 September 2023`; `2023-11` -> `November 2023`; ranges joined with an en dash."""
    if not iso:
        return ""
    if "/" in iso:
        a, b = iso.split("/")
        return f"{human_date(a).split()[0]}–{human_date(b)}" if a[:4] == b[:4] else f"{human_date(a)}–{human_date(b)}"
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return f"{d.day} {d:%B %Y}"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1).strftime("%B %Y")
    return iso


def _citation(report: Report, paragraph: Paragraph, quote: str) -> Citation:
    return Citation(report.id, report.title, report.committee, report.meeting_date, paragraph.label, quote,
                    report.short, paragraph.key)


_STEMMER = None


def _stems(tokens) -> list[str]:
    global _STEMMER
    if _STEMMER is None:
        import Stemmer

        _STEMMER = Stemmer.Stemmer("english")
    return _STEMMER.stemWords(list(tokens))


def _idf(texts: list[str]) -> dict[str, float]:
    df: dict[str, int] = {}
    for text in texts:
        for s in set(_stems(words(text))):
            df[s] = df.get(s, 0) + 1
    n = len(texts)
    return {s: math.log((n + 1) / (d + 0.5)) for s, d in df.items()}

"""Hybrid retrieval: dense (Chroma) and lexical (BM25) over the same chunks, fused by reciprocal rank.

The lexical side finds names, numbers and acronyms (SAF, EDAF, CfGS, £250K) that a small
embedding model blurs; the dense side finds paraphrases. Results are plain `Hit`s.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .chunks import Chunk, chunk_report, split_chunk_id
from .errors import BadFilter
from .index import Store


@dataclass(frozen=True)
class Fusion:
    """Weighted reciprocal rank fusion: a chunk ranked r by a retriever scores weight / (k + r) from it. The plain
    fusion (k 60, equal weights) until `assistant fit` chooses k and the weights from eval sets."""
    k: float = 60.0
    weights: tuple[tuple[str, float], ...] = (("bm25", 1.0), ("dense", 1.0))  # (retriever, weight), by name

    @classmethod
    def of(cls, model: dict | None) -> "Fusion":
        if not model:
            return cls()
        return cls(float(model["k"]), tuple((name, float(w)) for name, w in sorted(model["weights"].items())))

    def to_json(self) -> dict:
        return {"k": self.k, "weights": dict(self.weights)}

    def __call__(self, ranked: dict[str, list[tuple[str, float]]]) -> list["Hit"]:
        """The chunks of several ranked lists of (chunk id, score), best first."""
        weight = dict(self.weights)
        scores: dict[str, float] = {}
        ranks: dict[str, dict] = {}
        dense: dict[str, float] = dict(ranked.get("dense", []))
        for name, results in ranked.items():
            for rank, (cid, _) in enumerate(results, start=1):
                scores[cid] = scores.get(cid, 0.0) + weight.get(name, 1.0) / (self.k + rank)
                ranks.setdefault(cid, {})[name] = rank
        order = sorted(scores, key=lambda cid: (-scores[cid], cid))
        return [Hit(cid, *split_chunk_id(cid), scores[cid], dense.get(cid), ranks[cid]) for cid in order]


@dataclass(frozen=True)
class Scope:
    """Which reports a question may be answered from; empty fields mean no limit."""

    report_ids: frozenset[str] = frozenset()
    since: str = ""  # ISO date, inclusive
    until: str = ""
    committee: str = ""  # words the committee's name contains, any case
    section: str = ""  # words a paragraph's section, subsection or heading contains

    @classmethod
    def from_flags(cls, report_ids=(), since: str | None = None, until: str | None = None,
                   committee: str | None = None, section: str | None = None) -> "Scope":
        for name, value in (("--since", since), ("--until", until)):
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise BadFilter(f"{name} {value!r} is not a date: write it as YYYY-MM-DD") from None
        return cls(frozenset(r for r in report_ids or () if r), since or "", until or "",
                   (committee or "").strip(), (section or "").strip())

    @property
    def empty(self) -> bool:
        return not (self.report_ids or self.since or self.until or self.committee)

    def select(self, store: Store) -> list[str] | None:
        """The report ids in scope (None: all); raises BadFilter naming what matched nothing."""
        if self.empty:
            return None
        unknown = sorted(self.report_ids - set(store.reports))
        if unknown:
            raise BadFilter(f"no report with id {', '.join(unknown)}; known: {', '.join(sorted(store.reports))}")
        ids = [
            rid for rid, r in store.reports.summaries.items()
            if (not self.report_ids or rid in self.report_ids)
            and (not self.since or (r.meeting_date and r.meeting_date >= self.since))
            and (not self.until or (r.meeting_date and r.meeting_date <= self.until))
            and (not self.committee or self.committee.lower() in r.committee.lower())
        ]
        if not ids:
            raise BadFilter(f"no reports {self.describe()}")
        return ids

    def describe(self) -> str:
        parts = []
        if self.report_ids:
            parts.append("among " + ", ".join(sorted(self.report_ids)))
        if self.since and self.until:
            parts.append(f"between {self.since} and {self.until}")
        elif self.since:
            parts.append(f"on or after {self.since}")
        elif self.until:
            parts.append(f"on or before {self.until}")
        if self.committee:
            parts.append(f"of a committee named like {self.committee!r}")
        return " ".join(parts) or "in the index"


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    report_id: str
    key: str
    score: float  # fused reciprocal-rank score
    dense: float | None = None  # cosine similarity, when the dense side found it
    ranks: dict = field(default_factory=dict)  # {"dense": 1, "bm25": 3}


# a recommendation or resolution as printed: a letter (`F`), a lettered item (`(a)`, `2.1(b)`), a resolution (`45(2)`)
RECOMMENDATION = re.compile(r"[A-Z]|\([a-z]\)|[\d.]+\([a-z\d]+\)")


class Retriever:
    """Dense + BM25 over one store; build once per process, after ingest."""

    def __init__(self, store: Store):
        self.store = store
        self._lexical = store.lexical()
        self.extras = functools.lru_cache(maxsize=256)(self._extras)

    def _extras(self, report_id: str) -> dict[str, list[Chunk]]:
        """A report's chunks of the kinds answers look at beyond what was retrieved: its front matter
        ("header"), its paragraphs with a RAG rating ("rated") and its recommendations and resolutions."""
        report = self.store.reports[report_id]
        rated = {p.key for p in report.paragraphs if p.rating}
        asked = {p.key for p in report.paragraphs if RECOMMENDATION.fullmatch(p.label) or p.text.startswith("That ")}
        chunks = chunk_report(report)
        return {
            "header": [c for c in chunks if c.label == "header"],
            "rated": [c for c in chunks if c.key in rated],
            "recommendations": [c for c in chunks if c.key in asked],
        }

    def rankings(self, question: str, k: int, report_ids: list[str] | None = None,
                 section: str = "") -> dict[str, list[tuple[str, float]]]:
        """Each retriever's own ranked (chunk id, score) list, before fusion; within a section if named."""
        wanted = None if report_ids is None else set(report_ids)
        if section:
            inside = [cid for cid, rid in self.store.reports.chunks_under(section) if wanted is None or rid in wanted]
            if not inside:
                raise BadFilter(f"no paragraph under a section or heading like {section!r} in the reports in scope")
            inside_set = set(inside)
            keep = lambda ranked: [r for r in ranked if r[0] in inside_set][:k]
            return {"dense": self.store.dense(question, k, chunk_ids=inside),
                    "bm25": keep(self.lexical(question, k * 8, wanted))}
        dense = self.store.dense(question, k, wanted) if len(self.store.reports) else []
        return {"dense": dense, "bm25": self.lexical(question, k, wanted)}

    def lexical(self, question: str, k: int, wanted: set[str] | None = None) -> list[tuple[str, float]]:
        return self._lexical.search(question, k, wanted) if self._lexical is not None else []


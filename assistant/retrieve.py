"""Hybrid retrieval: dense (Chroma) and lexical (BM25) over the same chunks, fused by reciprocal rank.

The lexical side finds names, numbers and acronyms (SAF, EDAF, CfGS, £250K) that a small
embedding model blurs; the dense side finds paraphrases. Results are plain `Hit`s.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .chunks import Chunk
from .errors import BadFilter
from .index import Store

RRF_K = 60


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
            rid for rid, r in store.reports.items()
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


class Retriever:
    """Dense + BM25 over one store; build once per process, after ingest."""

    def __init__(self, store: Store):
        self.store = store
        self.chunks: dict[str, Chunk] = {c.id: c for c in store.chunks}
        self.by_report: dict[str, list[str]] = {}  # report id -> its chunk ids, for scoped dense search
        for c in self.chunks.values():
            self.by_report.setdefault(c.report_id, []).append(c.id)
        self.places: dict[str, str] = {}  # chunk id -> its section, subsection and heading, for section scope
        for c in self.chunks.values():
            p = store.reports[c.report_id].paragraph(c.key)
            self.places[c.id] = f"{p.section} {p.subsection} {p.heading}".lower()
        self.headers: dict[str, list[Chunk]] = {}  # each report's front-matter chunks
        self.rated: dict[str, list[Chunk]] = {}  # each report's chunks of paragraphs with a RAG rating
        self.recommendations: dict[str, list[Chunk]] = {}  # each report's recommendation letters
        rated = {(rid, p.key) for rid, r in store.reports.items() for p in r.paragraphs if p.rating}
        for c in self.chunks.values():
            if c.label == "header":
                self.headers.setdefault(c.report_id, []).append(c)
            if (c.report_id, c.key) in rated:
                self.rated.setdefault(c.report_id, []).append(c)
            if re.fullmatch(r"[A-Z]", c.label):
                self.recommendations.setdefault(c.report_id, []).append(c)
        self._bm25 = store.lexical()
        if self._bm25 is not None:  # each BM25 row's report, so a scope becomes a weight mask, not a post-filter
            import numpy as np

            rows = [d["node_id"] for d in self._bm25.corpus]
            numbers = {rid: i for i, rid in enumerate(self.by_report)}
            self._row_report = np.array([numbers.get(self.chunks[cid].report_id, -1) if cid in self.chunks else -1
                                         for cid in rows])
            self._row_ids, self._report_numbers = rows, numbers

    def rankings(self, question: str, k: int, report_ids: list[str] | None = None,
                 section: str = "") -> dict[str, list[tuple[str, float]]]:
        """Each retriever's own ranked (chunk id, score) list, before fusion; within a section if named."""
        wanted = None if report_ids is None else set(report_ids)
        if section:
            inside = [cid for cid, place in self.places.items() if section.lower() in place
                      and (wanted is None or self.chunks[cid].report_id in wanted)]
            if not inside:
                raise BadFilter(f"no paragraph under a section or heading like {section!r} in the reports in scope")
            inside_set = set(inside)
            keep = lambda ranked: [r for r in ranked if r[0] in inside_set][:k]
            return {"dense": self.store.dense(question, k, inside), "bm25": keep(self.lexical(question, k * 8, wanted))}
        scoped = None if wanted is None else [cid for rid in wanted for cid in self.by_report.get(rid, [])]
        dense = self.store.dense(question, k, scoped) if self.chunks else []
        return {"dense": dense, "bm25": self.lexical(question, k, wanted)}

    def lexical(self, question: str, k: int, wanted: set[str] | None = None) -> list[tuple[str, float]]:
        if self._bm25 is None:
            return []
        if wanted is None:
            found = ((n.node.node_id, n.score) for n in self._bm25.retrieve(question) if n.score)
        else:
            found = self._lexical_within(question, k, wanted)
        return sorted(found, key=lambda r: (-r[1], r[0]))[:k]  # ties broken by id, so runs repeat exactly

    def _lexical_within(self, question: str, k: int, wanted: set[str]) -> list[tuple[str, float]]:
        """BM25 over the chunks of some reports only, exactly (a weight mask over the rows)."""
        import bm25s
        import numpy as np

        mask = np.isin(self._row_report, [self._report_numbers[r] for r in wanted if r in self._report_numbers])
        if not mask.any():
            return []
        tokens = bm25s.tokenize(question, stemmer=self._bm25.stemmer, token_pattern=self._bm25.token_pattern,
                                show_progress=False)
        rows, scores = self._bm25.bm25.retrieve(tokens, k=min(k, int(mask.sum())), weight_mask=mask.astype(float),
                                                show_progress=False)
        row_id = lambda row: row["node_id"] if isinstance(row, dict) else self._row_ids[int(row)]  # a loaded corpus gives rows
        return [(row_id(r), float(s)) for r, s in zip(rows[0], scores[0]) if s > 0]


def fuse(ranked: dict[str, list[tuple[str, float]]], chunks: dict[str, Chunk]) -> list[Hit]:
    """Reciprocal rank fusion of several ranked lists of (chunk id, score)."""
    scores: dict[str, float] = {}
    ranks: dict[str, dict] = {}
    dense: dict[str, float] = dict(ranked.get("dense", []))
    for name, results in ranked.items():
        for rank, (cid, _) in enumerate(results, start=1):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (RRF_K + rank)
            ranks.setdefault(cid, {})[name] = rank
    order = sorted(scores, key=lambda cid: (-scores[cid], cid))
    return [
        Hit(cid, chunks[cid].report_id, chunks[cid].key, scores[cid], dense.get(cid), ranks[cid])
        for cid in order if cid in chunks
    ]

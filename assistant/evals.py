"""Regression evals: run eval sets (the contract's format), check each answer, score, diff, gate.

Per case: abstention; the typed value (dates at the expected precision); the required mentions;
an accepted citation among the first three; every citation resolving to a real paragraph with its
quote; the typed value occurring in the cited paragraph. Per retriever (dense, BM25, hybrid):
the rank of the first expected paragraph, for hit@1, hit@5 and MRR. No LLM judge, no network.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import statistics
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from .answer import Assistant
from .answer_types import Answer
from .errors import AssistantError
from .evidence import PERCENT_AFTER
from .facts import FINDERS, elapsed, find_bodies, find_numbers, find_ordinals, quantity
from .index import Store, ingest

RETRIEVERS = ("dense", "bm25", "hybrid")


@dataclass(frozen=True)
class Result:
    case: dict
    answer: dict  # the answer's JSON, or {"error": ...}
    checks: dict  # check name -> passed, only the checks this case calls for
    ranks: dict = field(default_factory=dict)  # retriever -> rank of the first expected paragraph (None: missed)
    retrieved: dict = field(default_factory=dict)  # retriever -> top five [paragraph id, score]

    @property
    def passed(self) -> bool:
        return all(self.checks.values())

    @property
    def reports(self) -> list[str]:
        return sorted({c.get("meeting_date", "") for c in self.case.get("cite") or []}) or ["none"]


def load_set(path: Path) -> list[dict]:
    """The cases of one eval file; a malformed line is an error naming the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise AssistantError(f"cannot read eval set {path}: {getattr(e, 'strerror', None) or e}") from None
    cases = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as e:
            raise AssistantError(f"{path} line {n}: not JSON ({e})") from None
        if not isinstance(case, dict) or not isinstance(case.get("question"), str) or "id" not in case:
            raise AssistantError(f'{path} line {n}: a case needs an "id" and a "question"')
        cases.append(case)
    ids = [c["id"] for c in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise AssistantError(f"{path}: case ids used twice: {', '.join(map(str, duplicates))}")
    return cases


class Checker:
    """Checks answers against cases, knowing the index's paragraphs."""

    def __init__(self, assistant: Assistant):
        self.reports = assistant.store.reports
        self.paragraph_ids: dict[tuple[str, str], set[str]] = {}
        for r in self.reports.values():
            for p in r.paragraphs:
                self.paragraph_ids.setdefault((r.meeting_date, p.label), set()).add(f"{r.id}#{p.key}")

    def check(self, case: dict, answer: Answer) -> dict:
        checks = {"abstain": answer.abstained == bool(case.get("abstain"))}
        if case.get("abstain"):
            return checks
        expect = case.get("expect") or {}
        if "value" in expect:
            checks["value"] = same_value(expect["value"], answer.value)
        if expect.get("mentions"):
            checks["mentions"] = all(mentioned(m, answer.answer) for m in expect["mentions"])
        if case.get("cite"):
            accepted = {(c.get("meeting_date"), str(c.get("paragraph"))) for c in case["cite"]}
            checks["cite"] = any((c.meeting_date, c.paragraph) in accepted for c in answer.citations[:3])
        if answer.citations:
            checks["cites_resolve"] = all(self._resolves(c) for c in answer.citations)
        if answer.value is not None and answer.citations and answer.answer_type in FINDERS:
            checks["value_in_cited"] = self._value_in(answer.answer_type, answer.value, answer.citations)
        return checks

    def _paragraph(self, citation):
        report = self.reports.get(citation.report_id)
        if report is None:
            return None, None
        return report, next((p for p in report.paragraphs if p.label == citation.paragraph and citation.quote in p.text), None)

    def _resolves(self, citation) -> bool:
        return self._paragraph(citation)[1] is not None

    def _value_in(self, kind: str, value, citations) -> bool:
        """Whether an answer's value is one its first citation's paragraph gives, a sum of one figure from each
        of the paragraphs it cites ("the combined cost of X and Y"), or a count of the things it cites, one a
        citation ("2: a notice in January 2023, a further one in January 2024")."""
        first = self._values(kind, citations[0])
        if value in first or (kind == "rating" and value == self._rating(citations[0])):
            return True
        if kind == "person":  # whoever the question's own verb finds ("agreed with Environmental Health"), as written
            paragraph = self._paragraph(citations[0])[1]  # (or each of several, "the Board, the Committee ...")
            return paragraph is not None and all(part in paragraph.text for part in str(value).split(", "))
        if kind == "number" and len(set(citations)) > 1 and quantity(str(value)) == len(set(citations)):
            return True
        if kind not in ("amount", "number") or quantity(str(value)) is None or len(citations) > 4:
            return False
        if kind == "number" and len(citations) == 2:  # the time between two dates, one from each ("11 months: from ...")
            dates = [{d for d in self._values("date", c) if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", d)} for c in citations]
            if any(elapsed(*sorted((a, b)), unit)[0] == quantity(str(value)) for a in dates[0] for b in dates[1]
                   for unit in ("days", "weeks", "months", "years")):
                return True
        cited = [{quantity(v) for v in self._values(kind, c)} - {None} for c in dict.fromkeys(citations)]
        return len(cited) > 1 and any(abs(sum(p) - quantity(str(value))) < 0.005 for p in itertools.product(*cited))

    def _values(self, kind: str, citation) -> set[str]:
        report, paragraph = self._paragraph(citation)
        if paragraph is None:
            return set()
        ref = dt.date.fromisoformat(report.meeting_date) if report.meeting_date else None
        found = FINDERS[kind](paragraph.text, ref) if kind == "date" else FINDERS[kind](paragraph.text)
        found += find_bodies(paragraph.text) if kind == "person" else []  # "who agreed it?": a body
        found += find_ordinals(paragraph.text) if kind == "number" else []  # "which number conference?": "fourth"
        shares = [f for f in find_numbers(paragraph.text) if PERCENT_AFTER.match(paragraph.text, f.end)]
        found += [replace(f, value=f"{f.value}%") for f in shares] if kind == "amount" else []  # "rose by 14%"
        # (a date may be an end of a span the paragraph gives: "July" of "slipped from July to October 2025")
        return {f.value for f in found} | {end for f in found if kind == "date" for end in f.value.split("/")}

    def _rating(self, citation) -> str:
        return getattr(self._paragraph(citation)[1], "rating", "")

    def ranks(self, case: dict, answer: Answer) -> tuple[dict, dict]:
        """Rank of the first expected paragraph in each retriever's list, and each list's top five."""
        expected = set().union(*[self.paragraph_ids.get((c.get("meeting_date"), str(c.get("paragraph"))), set())
                                 for c in case.get("cite") or []])
        ranks, top = {}, {}
        for name in RETRIEVERS:
            paragraphs = list(dict.fromkeys(cid.split("/")[0] for cid, _ in answer.retrieved.get(name, [])))
            scores = {}
            for cid, score in answer.retrieved.get(name, []):
                scores.setdefault(cid.split("/")[0], round(score, 4))
            top[name] = [[pid, scores[pid]] for pid in paragraphs[:5]]
            if expected and not case.get("abstain"):
                ranks[name] = next((i for i, pid in enumerate(paragraphs, 1) if pid in expected), None)
        return ranks, top


@dataclass(frozen=True)
class SetSpec:
    """`FILE.jsonl[=DIR][@tune|@check]`: an eval set, the index or corpus it is asked of, and a half."""

    path: Path
    source: Path | None = None
    half: str = ""

    @classmethod
    def parse(cls, text: str) -> "SetSpec":
        text, _, half = text.rpartition("@") if re.search(r"@(tune|check)$", text) else (text, "", "")
        path, _, source = text.partition("=")
        return cls(Path(path), Path(source) if source else None, half)

    @property
    def name(self) -> str:
        return self.path.stem + (f"@{self.half}" if self.half else "")

    def index_for(self, scratch: Path, settings, embedder) -> Path | None:
        """The index to ask: `source` itself when it holds one, else `source` ingested into `scratch`/index."""
        if self.source is None:
            return None
        if (self.source / "index.sqlite3").exists():
            return self.source
        if not self.source.is_dir():
            raise AssistantError(f"{self.source}: neither an index nor a folder of reports")
        index = scratch / "index"
        ingest(Store(replace(settings, index_dir=index), embedder, create=True), [self.source])
        return index


def half(case_id) -> str:
    """The half of a development set a case belongs to, fixed by its id: "tune" (fit and tune on it) or "check"."""
    return "tune" if int(hashlib.sha256(str(case_id).encode()).hexdigest(), 16) % 2 == 0 else "check"


def same_value(expected, got) -> bool:
    if isinstance(expected, str) and isinstance(got, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", expected):
        return got[: len(expected)] == expected  # a date compared at the expected precision
    if isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    return expected == got


def mentioned(pattern: str, text: str) -> bool:
    """A plain string (case-insensitive) or a `/regular expression/` found in the text."""
    if len(pattern) > 1 and pattern.startswith("/") and pattern.endswith("/"):
        return re.search(pattern[1:-1], text, re.I) is not None
    return pattern.casefold() in text.casefold()


def run(assistant: Assistant, cases: list[dict], answerer: Callable[..., Answer] | None = None) -> list[Result]:
    """Answer every case (with `answerer`, by default the assistant's own) and check it."""
    answerer = answerer or assistant.ask
    checker = Checker(assistant)
    results = []
    for case in cases:
        try:
            answer = answerer(case["question"], case.get("history") or [])
        except AssistantError as e:
            results.append(Result(case, {"error": str(e)}, {"error": False}))
            continue
        ranks, top = checker.ranks(case, answer)
        results.append(Result(case, answer.to_json(case["id"]), checker.check(case, answer), ranks, top))
    return results


def _rate(results: list[Result]) -> dict:
    passed = sum(r.passed for r in results)
    return {"passed": passed, "total": len(results), "rate": round(passed / len(results), 4) if results else 0.0}


def scorecard(results: list[Result]) -> dict:
    """Pass rates per category, per report and overall; retrieval hit@1/@5/MRR; latency; false answers."""
    by_category: dict[str, list] = {}
    by_report: dict[str, list] = {}
    for r in results:
        by_category.setdefault(r.case.get("category", "uncategorised"), []).append(r)
        for report in r.reports:
            by_report.setdefault(report, []).append(r)
    retrieval = {}
    for name in RETRIEVERS:
        ranks = [r.ranks[name] for r in results if name in r.ranks]
        if ranks:
            retrieval[name] = {
                "cases": len(ranks),
                "hit@1": round(sum(1 for k in ranks if k == 1) / len(ranks), 4),
                "hit@5": round(sum(1 for k in ranks if k and k <= 5) / len(ranks), 4),
                "mrr": round(sum(1 / k for k in ranks if k) / len(ranks), 4),
            }
    latencies = sorted(r.answer["latency_ms"] for r in results if "latency_ms" in r.answer)
    checks: dict[str, list[bool]] = {}
    for r in results:
        for name, ok in r.checks.items():
            checks.setdefault(name, []).append(ok)
    answerable = [r for r in results if not r.case.get("abstain")]
    share = lambda n: round(n / len(answerable), 4) if answerable else 0.0
    return {
        "overall": _rate(results),
        "accuracy": {  # the figures the answering is held to
            "answer": share(sum(1 for r in answerable if r.checks.get("value", True) and r.checks.get("mentions", True)
                                and r.checks.get("abstain", False))),
            "citation": share(sum(1 for r in answerable if r.checks.get("cite", True) and r.checks.get("abstain", False))),
            "false_abstentions": share(sum(1 for r in answerable if r.answer.get("abstained"))),
        },
        "checks": {k: round(sum(v) / len(v), 4) for k, v in sorted(checks.items())},
        "categories": {k: _rate(v) for k, v in sorted(by_category.items())},
        "reports": {k: _rate(v) for k, v in sorted(by_report.items())},
        "critical": _rate([r for r in results if r.case.get("critical")]),
        "false_answers": sum(1 for r in results if r.case.get("abstain") and not r.answer.get("abstained")),
        "retrieval": retrieval,
        "latency_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else None,
            "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        },
    }


def baseline_of(results: list[Result], card: dict) -> dict:
    """What a later run is compared with: each case's outcome and citations, and the scorecard."""
    return {
        "cases": {str(r.case["id"]): {"passed": r.passed, "critical": bool(r.case.get("critical")),
                                       "citations": [[c["meeting_date"], c["paragraph"]] for c in r.answer.get("citations", [])[:3]]}
                  for r in results},
        "scorecard": {k: card[k] for k in ("overall", "categories", "critical", "false_answers")},
    }


def compare(results: list[Result], card: dict, baseline: dict) -> dict:
    """Cases that changed outcome or citations since the baseline, and category rates that dropped."""
    now = baseline_of(results, card)
    before = baseline.get("cases", {})
    common = [i for i in now["cases"] if i in before]
    old_categories = baseline.get("scorecard", {}).get("categories", {})
    return {
        "pass_to_fail": [i for i in common if before[i]["passed"] and not now["cases"][i]["passed"]],
        "fail_to_pass": [i for i in common if not before[i]["passed"] and now["cases"][i]["passed"]],
        "changed_citations": [i for i in common if before[i]["citations"] != now["cases"][i]["citations"]],
        "category_drops": {c: [old_categories[c]["rate"], v["rate"]] for c, v in card["categories"].items()
                           if c in old_categories and v["rate"] < old_categories[c]["rate"]},
        "false_answers": [baseline.get("scorecard", {}).get("false_answers", 0), card["false_answers"]],
        "new_cases": [i for i in now["cases"] if i not in before],
    }


def gate(results: list[Result], card: dict, diff: dict | None, thresholds: dict | None) -> list[str]:
    """Every reason this run must fail CI; empty when it may pass."""
    reasons = []
    if diff:
        critical = {str(r.case["id"]) for r in results if r.case.get("critical")}
        for i in diff["pass_to_fail"]:
            if i in critical:
                reasons.append(f"critical case {i} passed in the baseline and fails now")
        for category, (old, new) in diff["category_drops"].items():
            reasons.append(f"category {category} dropped from {old:.0%} to {new:.0%}")
        old, new = diff["false_answers"]
        if new > old:
            reasons.append(f"answers to questions that must abstain rose from {old} to {new}")
    for bound, limits in (thresholds or {}).items():
        for name, limit in limits.items():
            got = _lookup(card, name)
            if got is None:
                reasons.append(f"threshold {name}: no such figure in this run")
            elif (got < limit) if bound == "minimum" else (got > limit):
                reasons.append(f"{name} is {got:.2%}, {'under' if bound == 'minimum' else 'over'} the threshold {limit:.2%}")
    return reasons


def _lookup(card: dict, name: str):
    """`overall`, `critical`, `category.date`, `accuracy.answer`, `retrieval.hybrid.hit@5` -> the figure."""
    parts = name.split(".")
    if parts[0] == "accuracy" and len(parts) == 2:
        return card["accuracy"].get(parts[1])
    if parts[0] in ("overall", "critical") and len(parts) == 1:
        return card[parts[0]]["rate"]
    if parts[0] == "category" and len(parts) == 2:
        return card["categories"].get(parts[1], {}).get("rate")
    if parts[0] == "retrieval" and len(parts) == 3:
        return card["retrieval"].get(parts[1], {}).get(parts[2])
    return None


def read_thresholds(path: Path) -> dict:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise AssistantError(f"cannot read thresholds {path}: {e}") from None


def read_baseline(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AssistantError(f"cannot read baseline {path}: {e}: make one with --update-baseline") from None


def configuration(assistant: Assistant, set_paths: list[Path]) -> dict:
    """What produced a run: settings, the model, a hash of the indexed corpus and of each set."""
    reports = assistant.store.reports
    corpus = hashlib.sha256("".join(f"{rid}:{r.sha256}\n" for rid, r in sorted(reports.summaries.items())).encode()).hexdigest()
    return {
        "settings": assistant.settings.shown(),
        "corpus_sha256": corpus,
        "reports": sorted(reports),
        "sets": {str(p): hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in set_paths},
        "time": dt.datetime.now().isoformat(timespec="seconds"),
    }

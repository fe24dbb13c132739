"""Run eval sets (the contract's format) against an index and score the answers.

Checks per case: the typed value (dates at the expected precision), the required mentions,
a citation among the first three that the case accepts, and abstention.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .answer import Answer, Assistant
from .errors import AssistantError


@dataclass(frozen=True)
class Result:
    case: dict
    answer: dict
    checks: dict  # name -> True/False, only the checks the case asks for

    @property
    def passed(self) -> bool:
        return all(self.checks.values())


def load_set(path: Path) -> list[dict]:
    """The cases of one eval file; a malformed line is an error naming the file and line."""
    cases = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise AssistantError(f"cannot read eval set {path}: {getattr(e, 'strerror', None) or e}") from None
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
    return cases


def check(case: dict, answer: Answer) -> dict:
    checks = {"abstain": answer.abstained == bool(case.get("abstain"))}
    if case.get("abstain"):
        return checks
    expect = case.get("expect") or {}
    if "value" in expect:
        checks["value"] = _same_value(expect["value"], answer.value)
    if expect.get("mentions"):
        checks["mentions"] = all(_mentions(m, answer.answer) for m in expect["mentions"])
    if case.get("cite"):
        accepted = {(c.get("meeting_date"), str(c.get("paragraph"))) for c in case["cite"]}
        checks["cite"] = any((c.meeting_date, c.paragraph) in accepted for c in answer.citations[:3])
    return checks


def _same_value(expected, got) -> bool:
    if isinstance(expected, str) and isinstance(got, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", expected):
        return got[: len(expected)] == expected  # a date compared at the expected precision
    if isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    return expected == got


def _mentions(pattern: str, text: str) -> bool:
    if len(pattern) > 1 and pattern.startswith("/") and pattern.endswith("/"):
        return re.search(pattern[1:-1], text, re.I) is not None
    return pattern.casefold() in text.casefold()


def run(assistant: Assistant, cases: list[dict]) -> list[Result]:
    results = []
    for case in cases:
        try:
            answer = assistant.ask(case["question"], case.get("history") or [])
        except AssistantError as e:
            results.append(Result(case, {"error": str(e)}, {"error": False}))
            continue
        results.append(Result(case, answer.to_json(case["id"]), check(case, answer)))
    return results


def scorecard(results: list[Result]) -> dict[str, dict]:
    """Passed / total per category and overall."""
    card: dict[str, dict] = {}
    for r in results:
        for key in (r.case.get("category", "uncategorised"), "overall"):
            row = card.setdefault(key, {"passed": 0, "total": 0})
            row["total"] += 1
            row["passed"] += r.passed
    return card


def write(results: list[Result], card: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "results.jsonl", "w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps({"id": r.case["id"], "passed": r.passed, "checks": r.checks,
                                "expected": {k: r.case.get(k) for k in ("expect", "cite", "abstain")},
                                "got": r.answer}, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(card, indent=1), encoding="utf-8")

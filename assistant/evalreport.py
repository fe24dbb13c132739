"""An eval run on paper: the printed scorecard, and results.jsonl, summary.json, report.md and a
self-contained report.html (no scripts, no CDN) showing each failing case."""

from __future__ import annotations

import html
import json
from pathlib import Path

from .evals import Result


def table(card: dict, other: dict | None = None, names: tuple[str, str] = ("ours", "naive")) -> str:
    """The scorecard as a text table; with `other`, the two side by side."""
    head = f"{'':22} {names[0]:>14}" + (f" {names[1]:>14}" if other else "")
    rows = [head]

    def row(label: str, a: dict, b: dict | None) -> None:
        cell = lambda x: f"{x['passed']:>4}/{x['total']:<4} {x['rate']:>4.0%}" if x else f"{'-':>14}"
        rows.append(f"{label:22} {cell(a):>14}" + (f" {cell(b):>14}" if other else ""))

    for name, rate in card["categories"].items():
        row(name, rate, (other or {}).get("categories", {}).get(name))
    for name, rate in card["reports"].items():
        row(f"report {name}", rate, (other or {}).get("reports", {}).get(name))
    row("critical", card["critical"], (other or {}).get("critical"))
    row("overall", card["overall"], (other or {}).get("overall"))
    rows.append(f"{'false answers':22} {card['false_answers']:>14}" + (f" {other['false_answers']:>14}" if other else ""))
    for name, rate in card["accuracy"].items():
        theirs = (other or {}).get("accuracy", {}).get(name)
        rows.append(f"{name.replace('_', ' ') + ' rate':22} {rate:>14.1%}" + (f" {theirs:>14.1%}" if other else ""))
    for name, rate in card["checks"].items():
        theirs = (other or {}).get("checks", {}).get(name)
        rows.append(f"{'check ' + name:22} {rate:>14.0%}" + (f" {theirs:>14.0%}" if theirs is not None else (f" {'-':>14}" if other else "")))
    for name, m in card["retrieval"].items():
        rows.append(f"{'retrieval ' + name:22} hit@1 {m['hit@1']:.0%}  hit@5 {m['hit@5']:.0%}  MRR {m['mrr']:.3f}")
    lat = card["latency_ms"]
    rows.append(f"{'latency ms':22} p50 {lat['p50']}  p95 {lat['p95']}" +
                (f"   naive p50 {other['latency_ms']['p50']}  p95 {other['latency_ms']['p95']}" if other else ""))
    return "\n".join(rows)


def diff_lines(diff: dict | None, reasons: list[str], results: list[Result] = ()) -> list[str]:
    failing = [str(r.case["id"]) for r in results if not r.passed]
    lines = [f"failing cases ({len(failing)}): {', '.join(failing)}"] if failing else []
    if diff:
        for key in ("pass_to_fail", "fail_to_pass", "changed_citations", "new_cases"):
            if diff[key]:
                lines.append(f"{key.replace('_', ' ')}: {', '.join(diff[key])}")
        for category, (old, new) in diff["category_drops"].items():
            lines.append(f"category {category}: {old:.0%} -> {new:.0%}")
    lines += [f"GATE: {reason}" for reason in reasons]
    return lines


def write(out: Path, results: list[Result], card: dict, config: dict, diff: dict | None, reasons: list[str],
          naive: dict | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "results.jsonl", "w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps({
                "id": r.case["id"], "category": r.case.get("category"), "critical": bool(r.case.get("critical")),
                "passed": r.passed, "checks": r.checks,
                "expected": {k: r.case.get(k) for k in ("expect", "cite", "abstain")},
                "got": r.answer, "ranks": r.ranks, "retrieved": r.retrieved,
                "latency_ms": r.answer.get("latency_ms"),
            }, ensure_ascii=False) + "\n")
    summary = {"scorecard": card, "configuration": config, "diff": diff, "gate": reasons, "naive": naive}
    (out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "report.md").write_text(_markdown(results, card, diff, reasons, naive), encoding="utf-8")
    (out / "report.html").write_text(_html(results, card, diff, reasons, naive), encoding="utf-8")


def _failures(results: list[Result]) -> list[Result]:
    return [r for r in results if not r.passed]


def _markdown(results, card, diff, reasons, naive) -> str:
    out = ["# Eval report", "", "```", table(card, naive), "```", ""]
    out += [f"- {line}" for line in diff_lines(diff, reasons)] + [""]
    out.append(f"## Failing cases ({len(_failures(results))})")
    for r in _failures(results):
        failed = ", ".join(k for k, ok in r.checks.items() if not ok)
        out += ["", f"### {r.case['id']} ({r.case.get('category')}): {failed}", "",
                f"- question: {r.case['question']}",
                f"- expected: {json.dumps(r.case.get('expect'), ensure_ascii=False)}, "
                f"cite {', '.join(c['meeting_date'] + ' ' + c['paragraph'] for c in r.case.get('cite') or []) or '-'}"
                f"{', must abstain' if r.case.get('abstain') else ''}",
                f"- got: {r.answer.get('answer') or r.answer.get('error')}",
                f"- top retrieved (hybrid): {', '.join(p for p, _ in r.retrieved.get('hybrid', [])) or '-'}"]
    return "\n".join(out) + "\n"


_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
pre{background:#f6f6f6;padding:1em;overflow:auto}.case{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}
.case h3{margin:.2em 0;font-size:1em}.bad{color:#a40000}.k{color:#666;display:inline-block;min-width:9em}
ul.gate li{color:#a40000}"""


def _html(results, card, diff, reasons, naive) -> str:
    e = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>Eval report</title><style>{_CSS}</style>",
             "<h1>Eval report</h1>", f"<pre>{e(table(card, naive))}</pre>",
             "<ul class='gate'>" + "".join(f"<li>{e(x)}</li>" for x in diff_lines(diff, reasons)) + "</ul>",
             f"<h2>Failing cases ({len(_failures(results))})</h2>"]
    for r in _failures(results):
        failed = ", ".join(k for k, ok in r.checks.items() if not ok)
        expected_cites = ", ".join(f"{c['meeting_date']} §{c['paragraph']}" for c in r.case.get("cite") or []) or "-"
        got_cites = ", ".join(f"{c['meeting_date']} §{c['paragraph']}" for c in r.answer.get("citations", [])) or "-"
        retrieved = "".join(f"<li>{e(p)} <span class='k'>{s}</span></li>" for p, s in r.retrieved.get("hybrid", []))
        parts.append(
            f"<div class='case'><h3>{e(str(r.case['id']))} <span class='bad'>{e(failed)}</span></h3>"
            f"<div><span class='k'>question</span>{e(r.case['question'])}</div>"
            f"<div><span class='k'>expected</span>{e(json.dumps(r.case.get('expect'), ensure_ascii=False))}"
            f"{' — must abstain' if r.case.get('abstain') else ''}</div>"
            f"<div><span class='k'>got</span>{e(r.answer.get('answer') or r.answer.get('error') or '')}</div>"
            f"<div><span class='k'>cited</span>{e(got_cites)}</div>"
            f"<div><span class='k'>expected cites</span>{e(expected_cites)}</div>"
            f"<div><span class='k'>top retrieved</span><ol>{retrieved}</ol></div></div>")
    return "\n".join(parts) + "\n"

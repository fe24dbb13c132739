"""The `assistant` command: ingest, ask, serve. Thin: parse, call the library, print."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import AssistantError, EmptyQuestion
from .settings import Settings

DEFAULT_SET = "evals/questions.jsonl"
DEFAULT_BASELINE = "evals/baseline.json"
DEFAULT_THRESHOLDS = "evals/thresholds.toml"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        flags = {"index_dir": args.index, "host": getattr(args, "host", None), "port": getattr(args, "port", None)}
        settings = Settings.load(flags)
        return args.run(args, settings)
    except AssistantError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    env = "\n".join(f"  {k:28} {v}" for k, v in Settings.documented().items())
    parser = argparse.ArgumentParser(
        prog="assistant", description="Cited answers over committee reports, offline.",
        epilog=f"settings (environment; flags override them):\n{env}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=help, description=help)
        p.add_argument("--index", metavar="DIR", help="index folder (default: ASSISTANT_INDEX_DIR or index/)")
        p.set_defaults(run=run)
        return p

    p = command("ingest", _ingest, "add or update reports in the index (unchanged ones are skipped)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="report files or folders (default: the corpus folder)")
    p.add_argument("--rebuild", action="store_true", help="read and embed every report anew, dropping what is not given; "
                   "the old index answers until the new one is committed")

    p = command("ask", _ask, "answer a question (or a batch of them) from the indexed reports")
    p.add_argument("question", nargs="?", help="the question, in quotes")
    p.add_argument("--batch", metavar="FILE.jsonl", help='one {"id", "question", "history"} object per line')
    p.add_argument("--json", action="store_true", help="print the answer as one JSON object per line")
    p.add_argument("--report", action="append", metavar="ID", help="answer only from this report (repeatable)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only reports of meetings on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only reports of meetings on or before this date")
    p.add_argument("--committee", metavar="TEXT", help="only reports of a committee whose name contains TEXT")
    p.add_argument("--section", metavar="TEXT", help="only paragraphs whose section or heading contains TEXT")

    p = command("eval", _eval, "run eval sets against the index, print the scorecard, gate on the baseline")
    p.add_argument("--set", action="append", metavar="FILE.jsonl[=DIR][@half]",
                   help=f"eval set (repeatable; default {DEFAULT_SET}); =DIR asks it of that index, or of that corpus "
                        "folder ingested into the run's folder; @tune or @check only that half of the set")
    p.add_argument("--half", choices=["tune", "check"], help="only the cases of this half of each set (split by id)")
    p.add_argument("--baseline", metavar="FILE", help=f"compare with this baseline (default with the default set: {DEFAULT_BASELINE})")
    p.add_argument("--thresholds", metavar="FILE", help=f"minimum scores (default with the default set: {DEFAULT_THRESHOLDS})")
    p.add_argument("--out", metavar="DIR", help="where the results go (default evals/runs/<timestamp>/)")
    p.add_argument("--update-baseline", action="store_true", help="write this run as the baseline instead of gating")
    p.add_argument("--compare", choices=["naive"], help="also run the naive llama-index pipeline and show both")

    p = command("fit", _fit, "fit the answer-or-abstain model on eval sets (tuning halves and our own sets) and write it")
    p.add_argument("--set", action="append", required=True, metavar="FILE.jsonl[=DIR][@tune]",
                   help="a set to learn from (repeatable), asked of its index or corpus as in eval; never a check half")
    p.add_argument("--out", metavar="FILE", help="where the model goes (default: assistant/answerer.json)")
    p.add_argument("--fuse", action="store_true", help="also fit how retrieval's two rankings are fused "
                   "(default: the plain reciprocal rank fusion)")

    p = command("commitments", _commitments, "list commitments with their due dates, owners and paragraphs")
    p.add_argument("--due-before", metavar="DATE", help="due on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--due-after", metavar="DATE", help="due on or after this date")
    p.add_argument("--owner", metavar="TEXT", help="owners whose name or role contains TEXT")
    _formats(p)
    p = command("decisions", _decisions, "list recommendations and the decisions the reports record")
    p.add_argument("--report", metavar="ID", help="only this report")
    _formats(p)
    p = command("ratings", _ratings, "list RAG ratings per workstream and report, oldest first")
    p.add_argument("--workstream", metavar="TEXT", help="workstreams whose name contains these words")
    _formats(p)
    p = command("timeline", _timeline, "list the dated events the reports mention, in date order")
    _formats(p)

    p = command("serve", _serve, "serve the chat in the browser")
    p.add_argument("--host", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 7860)")
    return parser


def _ingest(args, settings: Settings) -> int:
    from . import index
    from .embed import embedder_for

    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    store = index.Store(settings, embedder_for(settings), create=True, rebuild=args.rebuild)
    outcomes = index.ingest(store, paths, rebuild=args.rebuild, progress=_progress)
    for o in outcomes:
        print(f"{o.status:9} {o.path}" + (f"  ({o.detail})" if o.detail else ""))
    failed = sum(o.status == "failed" for o in outcomes)
    print(f"{len(outcomes)} file(s): " + ", ".join(
        f"{n} {s}" for s in ("new", "updated", "unchanged", "failed") if (n := sum(o.status == s for o in outcomes))
    ) + f"; the index at {store.dir} holds {len(store.reports)} report(s), {store.count()} chunks")
    if not outcomes:
        print(f"error: no report files found in {', '.join(map(str, paths))}", file=sys.stderr)
        return 1
    missing = store.missing_vectors()
    if missing:
        print(f"error: {store.where} still lacks the vectors of {len(missing)} report(s) whose files were not given "
              f"({', '.join(sorted(missing)[:3])}{' ...' if len(missing) > 3 else ''}): ingest their folder too",
              file=sys.stderr)
        return 1
    return 1 if failed else 0


def _progress(items):
    from tqdm import tqdm

    items = list(items)
    return tqdm(items, desc="ingest", unit="file", file=sys.stderr, disable=len(items) < 5 or not sys.stderr.isatty())


def _ask(args, settings: Settings) -> int:
    from .answer import Assistant
    from .retrieve import Scope

    if bool(args.question) == bool(args.batch):
        raise AssistantError('give either a question in quotes or --batch FILE.jsonl')
    scope = Scope.from_flags(args.report, args.since, args.until, args.committee, args.section)
    if args.batch:
        lines = _read_batch(Path(args.batch))
        assistant = Assistant(settings)
        for n, line in enumerate(lines, start=1):
            row = _batch_answer(assistant, n, line, scope)
            text = f"{row.get('id', n)}: {row.get('answer') or 'error: ' + row['error']}"
            print(json.dumps(row, ensure_ascii=False) if args.json else text, flush=True)
        return 0
    if not args.question.strip():
        raise EmptyQuestion()
    answer = Assistant(settings).ask(args.question, scope=scope)
    print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else answer.answer)
    return 0


def _read_batch(path: Path) -> list[str]:
    try:
        return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as e:
        raise AssistantError(f"cannot read batch file {path}: {getattr(e, 'strerror', None) or e}") from None


def _batch_answer(assistant, n: int, line: str, scope) -> dict:
    """One batch line's answer object; a bad line gets an object with an "error" field instead."""
    try:
        item = json.loads(line)
    except ValueError as e:
        return {"id": None, "error": f"line {n}: not JSON ({e})"}
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        return {"id": None, "error": f'line {n}: expected an object with a "question" string'}
    history = item.get("history") or []
    if not isinstance(history, list) or not all(isinstance(t, dict) for t in history):
        return {"id": item.get("id"), "error": f'line {n}: "history" must be a list of {{"role", "content"}} objects'}
    try:
        return assistant.ask(item["question"], history, scope).to_json(item.get("id"))
    except AssistantError as e:
        return {"id": item.get("id"), "question": item["question"], "error": str(e)}


def _eval(args, settings: Settings) -> int:
    """One set, or several sets each against its own index or corpus (`FILE.jsonl=DIR@half`), side by side."""
    import dataclasses
    import datetime as dt

    from . import evals

    specs = [evals.SetSpec.parse(s) for s in args.set or [DEFAULT_SET]]
    out = Path(args.out or f"evals/runs/{dt.datetime.now():%Y%m%d-%H%M%S}")
    if any(spec.source for spec in specs):
        from .embed import embedder_for

        embedder = embedder_for(settings)  # one model for every set's ingest and answers
        failed, built = False, {}
        for spec in specs:  # a corpus folder two sets are asked of is ingested once
            if spec.source not in built:
                built[spec.source] = spec.index_for(out / spec.name, settings, embedder)
            index = built[spec.source]
            print(f"== {spec.name} ({spec.path}{' against ' + str(index) if index else ''})")
            one = argparse.Namespace(**{**vars(args), "set": [str(spec.path)], "out": str(out / spec.name),
                                        "half": spec.half or args.half})
            settings_for = dataclasses.replace(settings, index_dir=index or settings.index_dir)
            failed |= _eval_one(one, [spec], settings_for, embedder) != 0
        return 1 if failed else 0
    return _eval_one(args, specs, settings)


def _fit(args, settings: Settings) -> int:
    """Ask every case of the sets: with --fuse, first to fit how the retrievers' rankings fuse; then, under that
    fusion (else the plain one), to learn answer or abstain from each question's leading candidates; write both."""
    import dataclasses
    import tempfile

    from . import decide, evals
    from .answer import Assistant
    from .embed import embedder_for
    from .retrieve import Fusion

    specs = [evals.SetSpec.parse(s) for s in args.set]
    if any(spec.half == "check" for spec in specs):
        raise AssistantError("a check half is for checking what a fit learned, never for fitting: use @tune")
    embedder = embedder_for(settings)
    with tempfile.TemporaryDirectory() as scratch:
        indexes = [spec.index_for(Path(scratch) / str(n), settings, embedder) or settings.index_dir
                   for n, spec in enumerate(specs)]
        sets = [[c for c in evals.load_set(spec.path) if not spec.half or evals.half(c["id"]) == spec.half]
                for spec in specs]

        def asking(index: Path, recorder: decide.Recorder) -> Assistant:
            return Assistant(dataclasses.replace(settings, index_dir=index), embedder, decider=recorder)

        fusion = decide.fit_fusion([decide.rankings(asking(index, decide.Recorder()), cases)
                                    for index, cases in zip(indexes, sets)], settings.top_k) if args.fuse else Fusion()
        print(f"fusion: k {fusion.k:g}, weights {dict(fusion.weights)}")
        rows = []
        for spec, index, cases in zip(specs, indexes, sets):
            recorder = decide.Recorder(fusion)
            found = decide.examples(asking(index, recorder), recorder, cases)
            print(f"{spec.name}: {len(cases)} questions, {sum(map(len, found))} candidates")
            rows += found
    try:
        model = decide.fit(rows, [s.path.name + (f"@{s.half}" if s.half else "") for s in specs], fusion)
    except ValueError as e:
        raise AssistantError(str(e)) from None
    out = Path(args.out or decide.MODEL)
    out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"written {out}: {model['rows']} candidates, margin {model['margin']}")
    return 0


def _eval_one(args, specs, settings: Settings, embedder=None) -> int:
    import datetime as dt

    from . import evalreport, evals
    from .answer import Assistant

    default = not args.set or [str(s.path) for s in specs] == [DEFAULT_SET]
    sets = [spec.path for spec in specs]
    baseline_path = Path(args.baseline or DEFAULT_BASELINE) if args.baseline or default else None
    beside = specs[0].path.with_suffix(".thresholds.toml")
    thresholds_path = args.thresholds or (DEFAULT_THRESHOLDS if default else (beside if beside.exists() else None))
    half = args.half or specs[0].half
    cases = [case for path in sets for case in evals.load_set(path) if not half or evals.half(case["id"]) == half]
    baseline = evals.read_baseline(baseline_path) if baseline_path and not args.update_baseline and not half else None
    thresholds = evals.read_thresholds(Path(thresholds_path)) if thresholds_path and not half else None
    assistant = Assistant(settings, embedder)
    results = evals.run(assistant, cases)
    card = evals.scorecard(results)
    naive = None
    if args.compare == "naive":
        from .naive import NaivePipeline

        pipeline = NaivePipeline([Path(r.path) for r in assistant.store.reports.summaries.values()], assistant.embedder)
        naive = evals.scorecard(evals.run(assistant, cases, pipeline.ask))
    if args.update_baseline:
        target = baseline_path or Path(DEFAULT_BASELINE)
        target.write_text(json.dumps(evals.baseline_of(results, card), indent=1, ensure_ascii=False) + "\n")
        diff, reasons = None, []
    else:
        diff = evals.compare(results, card, baseline) if baseline else None
        reasons = evals.gate(results, card, diff, thresholds)
    out = Path(args.out or f"evals/runs/{dt.datetime.now():%Y%m%d-%H%M%S}")
    evalreport.write(out, results, card, evals.configuration(assistant, sets), diff, reasons, naive)
    print(evalreport.table(card, naive))
    for line in evalreport.diff_lines(diff, reasons, results):
        print(line)
    print(f"written {out}/ (results.jsonl, summary.json, report.md, report.html)"
          + (f"; baseline {target} updated" if args.update_baseline else ""))
    return 1 if reasons else 0


def _formats(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="one JSON object per row")
    group.add_argument("--csv", action="store_true", help="CSV with a header row")


def _records(settings: Settings):
    from .catalogue import open_catalogue
    from .records import RecordStore

    reports = open_catalogue(settings.index_dir)
    return RecordStore(reports.db), {rid: s.short for rid, s in reports.summaries.items()}


def _print_rows(args, rows: list, columns: list[str], shorts: dict[str, str]) -> int:
    import csv
    import dataclasses

    records = [dataclasses.asdict(r) for r in rows]
    for r in records:
        r["cite"] = f"{shorts.get(r['report_id'], r['report_id'])}, {r['paragraph']}"
    if args.json:
        for r in records:
            print(json.dumps(r, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["cite"])
        writer.writeheader()
        writer.writerows(records)
    else:
        print(_table([[str(r[c]) for c in columns] for r in records], columns))
    return 0


def _table(rows: list[list[str]], headers: list[str], widest: int = 70) -> str:
    cut = lambda text: text if len(text) <= widest else text[: widest - 1] + "…"
    rows = [[cut(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows] + [f"({len(rows)} rows)"])


def _commitments(args, settings: Settings) -> int:
    store, shorts = _records(settings)
    rows = store.commitments(args.due_before or "", args.due_after or "", args.owner or "")
    return _print_rows(args, rows, ["due", "cite", "owner", "status", "text"], shorts)


def _decisions(args, settings: Settings) -> int:
    store, shorts = _records(settings)
    return _print_rows(args, store.decisions(args.report or ""), ["kind", "verb", "body", "date", "cite", "text"], shorts)


def _ratings(args, settings: Settings) -> int:
    store, shorts = _records(settings)
    return _print_rows(args, store.ratings(args.workstream or ""), ["workstream", "meeting_date", "rating", "cite"], shorts)


def _timeline(args, settings: Settings) -> int:
    store, shorts = _records(settings)
    return _print_rows(args, store.timeline(), ["date", "cite", "text"], shorts)


def _serve(args, settings: Settings) -> int:
    from .web import serve

    serve(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())

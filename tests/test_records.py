"""Officers' records against golden tables read off the two reports by hand."""

import json

import pytest

from assistant.cli import main
from assistant.records import extract
from assistant.reports import read_report

from conftest import CORPUS, REPORT_2023, REPORT_2024

# (paragraph, due, how the sentence starts): every dated commitment the reports make
GOLDEN_COMMITMENTS = {
    REPORT_2023: {
        ("2.4", "2023-11", "Recruitment of procurement staff"),
        ("2.4", "2023-11-30", "The development of standard templates"),
        ("2.4", "2023-11", "The development of standard Grant Funding"),
        ("2.4", "2023-11-29", "A scheme of"),
        ("2.4", "2023-11", "The procurement Hub"),
        ("2.4", "2023-12", "A communications strategy"),
        ("2.5", "2023-11", "The implementation of Risk Software"),
        ("2.6", "2023-11", "It is proposed that the evidence"),
        ("2.7", "2023-11", "Work on Q2 reporting"),
        ("2.7", "2023-11", "Training on the new procedures"),
        ("2.9", "2023-11-27", "The Code of Conduct Panel Hearing"),
    },
    REPORT_2024: {
        ("2.5", "six months", "The department will continue"),
        ("2.6", "2025-01", "The letter notes the agreement"),
        ("2.12", "2025-05", "The Group and its revised remit"),
        ("5.1", "2025-03", "The current improvement plan budget"),
    },
}
GOLDEN_DECISIONS = {  # (paragraph, verb) of the decisions each report records as taken
    REPORT_2023: {("2.1", "agreed"), ("2.5", "approved"), ("2.5", "full support"), ("2.5", "unanimously supported"),
                  ("2.5", "cleared"), ("2.7", "accepted"), ("2.7", "approved"), ("5.1", "approved")},
    REPORT_2024: {("1.1", "approved"), ("2.3", "not reissued"), ("2.7", "agreed"), ("2.10", "agreed"),
                  ("2.11", "agreed in principle"), ("3.3", "agreed"), ("3.6", "not reissued"), ("5.2", "not renewed")},
}


def _score(found: set, golden: set) -> tuple[float, float]:
    hits = len(found & golden)
    return hits / len(found), hits / len(golden)


@pytest.fixture(scope="module")
def records():
    return {rid: extract(read_report(CORPUS / f"{rid}.txt")) for rid in GOLDEN_COMMITMENTS}


def test_commitments_precision_and_recall(records):
    found = {(rid, c.paragraph, c.due, next(g[2] for g in GOLDEN_COMMITMENTS[rid] if c.text.startswith(g[2]))
              if any(c.text.startswith(g[2]) for g in GOLDEN_COMMITMENTS[rid]) else c.text[:30])
             for rid, r in records.items() for c in r["commitments"]}
    golden = {(rid, *g) for rid, rows in GOLDEN_COMMITMENTS.items() for g in rows}
    precision, recall = _score(found, golden)
    print(f"commitments: precision {precision:.2f}, recall {recall:.2f}")
    assert recall == 1.0 and precision >= 0.85
    procurement = {(c.due, c.owner) for c in records[REPORT_2023]["commitments"] if c.paragraph == "2.4"}
    assert ("2023-11", "CMT") in procurement and ("2023-11-29", "CA Board") in procurement


def test_decisions_and_recommendations(records):
    recs = {rid: [(d.paragraph, d.verb) for d in r["decisions"] if d.kind == "recommendation"] for rid, r in records.items()}
    assert recs[REPORT_2023] == [("A", "note"), ("B", "note"), ("C", "note"), ("D", "consider")]
    assert recs[REPORT_2024] == [("A", "note"), ("B", "recognise"), ("C", "note"), ("D", "note"), ("E", "note"), ("F", "note")]
    found = {(rid, d.paragraph, d.verb) for rid, r in records.items() for d in r["decisions"] if d.kind == "decision"}
    golden = {(rid, *g) for rid, rows in GOLDEN_DECISIONS.items() for g in rows}
    precision, recall = _score(found, golden)
    print(f"decisions: precision {precision:.2f}, recall {recall:.2f}")
    assert recall == 1.0 and precision >= 0.9
    board = next(d for d in records[REPORT_2023]["decisions"] if d.verb == "unanimously supported")
    assert (board.body, board.date) == ("Board", "2023-09-20")


def test_every_rated_heading_with_its_rating(records):
    assert [(r.paragraph, r.workstream, r.rating) for r in records[REPORT_2023]["ratings"]] == [
        ("2.2", "Overall programme", "Green"), ("2.3", "Governance and decision making", "Green"),
        ("2.4", "Procurement", "Green"), ("2.5", "Project plans and delivery", "Green"),
        ("2.6", "Partnership working", "Green/Amber"), ("2.7", "Confidence, culture and capacity", "Green"),
        ("2.10", "Management action 1", "Low"), ("2.10", "Management action 2", "Low"),  # rated sub-headings
        ("2.10", "Management action 3", "Medium")]
    assert records[REPORT_2024]["ratings"] == []


def test_closure_report_dates_on_the_group_and_the_department(records):
    rows = {(c.paragraph, c.due, c.owner) for c in records[REPORT_2024]["commitments"]}
    assert ("2.12", "2025-05", "") in rows and ("2.5", "six months", "department") in rows
    events = {(e.paragraph, e.date) for e in records[REPORT_2024]["events"]}
    assert {("2.12", "2025-05-30"), ("2.1", "2024-09-09"), ("2.10", "2024-10-16")} <= events


def test_commitments_command(built_index, capsys):
    assert main(["commitments", "--due-before", "2023-12-31", "--index", str(built_index.index_dir)]) == 0
    out = capsys.readouterr().out
    assert "2023-11-30  OSC 27 Nov 2023, 2.4" in out and "2025-05" not in out and "(12 rows)" in out
    assert main(["commitments", "--owner", "cmt", "--json", "--index", str(built_index.index_dir)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["paragraph"], r["due"], r["cite"]) for r in rows] == [("2.4", "2023-11", "OSC 27 Nov 2023, 2.4")]
    assert main(["ratings", "--workstream", "partnership", "--csv", "--index", str(built_index.index_dir)]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith("Green/Amber,Partnership working (Green/Amber),\"OSC 27 Nov 2023, 2.6\"")


def test_records_commands_need_an_index(tmp_path, capsys):
    assert main(["timeline", "--index", str(tmp_path / "none")]) == 2
    assert "no index at" in capsys.readouterr().err


PAIR = {
    "2025-01-15-osc-improvement-update.txt": (
        "Overview and Scrutiny Committee\n15 January 2025\n\nTitle:\tImprovement update\n\n2. Proposal\n\n"
        "2.1\t<p>Procurement (Amber)</p> <ul> • The procurement hub should be in place by the end of March 2025. "
        "• Supplier training is behind plan.</ul>\n"),
    "2025-06-12-osc-improvement-update.txt": (
        "Overview and Scrutiny Committee\n12 June 2025\n\nTitle:\tImprovement update\n\n2. Proposal\n\n"
        "2.1\t<p>Procurement (Green)</p> <ul> • The procurement hub was in place by the end of April 2025. "
        "• Supplier training has been completed.</ul>\n"),
}


@pytest.fixture(scope="module")
def pair(tmp_path_factory, embedder):
    from assistant.answer import Assistant
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("pair")
    for name, text in PAIR.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings.load({"index_dir": folder / "index"}, env={})
    ingest(Store(settings, embedder, create=True), [folder])
    return Assistant(settings, embedder)


def test_rating_history_across_a_pair_of_reports(pair):
    answer = pair.ask("How has procurement been rated over time?")
    assert [(c.short, c.quote) for c in answer.citations] == [  # the value's row first, then the earlier ones
        ("OSC 12 Jun 2025", "Procurement (Green)"), ("OSC 15 Jan 2025", "Procurement (Amber)")]
    assert answer.value == "Green" and "Amber" in answer.answer.split("\n")[1]


def test_every_rating_report_by_report_when_no_one_thing_is_named(assistant):
    answer = assistant.ask("how did the workstream ratings move between 2023 and 2024?")
    assert [(c.paragraph, c.meeting_date) for c in answer.citations] == [
        (label, "2023-11-27") for label in ("2.2", "2.3", "2.4", "2.5", "2.6", "2.7")]
    assert "Partnership working: Green/Amber" in answer.answer
    assert answer.answer.endswith("OSC 7 Nov 2024 gives no ratings.")  # the paper named that rates nothing, said so


def test_what_changed_shows_the_two_newest_side_by_side(pair):
    answer = pair.ask("What changed between the last two reports on supplier training?")
    assert [c.short for c in answer.citations] == ["OSC 15 Jan 2025", "OSC 12 Jun 2025"]
    assert "behind plan" in answer.answer and "has been completed" in answer.answer


def test_a_later_report_is_linked_to_an_earlier_commitment(pair):
    records = pair.store.records
    hub = next(c for c in records.commitments() if "procurement hub" in c.text)
    assert hub.due == "2025-03" and hub.workstream == "Procurement"
    later = records.later_mentions(hub)
    assert [(m.meeting_date, m.text) for m in later] == [("2025-06-12", "The procurement hub was in place by the end of April 2025.")]


def test_commitments_due_by_a_date_in_the_chat(assistant):
    answer = assistant.ask("What was due by the end of November 2023?")
    assert answer.answer_type == "list" and len(answer.citations) == 11
    assert all(c.meeting_date == "2023-11-27" for c in answer.citations)
    assert {c.paragraph for c in answer.citations} >= {"2.4", "2.5", "2.6", "2.7", "2.9"}
    since = assistant.ask("What has the Combined Authority committed to since the notice was lifted?")
    assert {c.report_id for c in since.citations} == {REPORT_2024} and "(2024-09)" in since.answer.split("\n")[0]


STYLES = CORPUS.parent / "evals" / "styles"


def _style_records(name):
    return extract(read_report(STYLES / name))


def test_a_trackers_rows_are_commitments_with_owner_revised_date_and_status():
    rows = {c.paragraph: c for c in _style_records("orrin_vale_tracker.txt")["commitments"]}
    surveys = rows["23/24 EST 02"]
    assert (surveys.text, surveys.owner, surveys.due, surveys.revised, surveys.status) == (
        "Complete condition surveys of all community buildings", "Estates Manager", "2024-03-31", "2024-09-30", "Overdue")
    assert len(rows) == 6 and rows["24/25 FIN 04"].status == "Complete"


def test_an_action_logs_rows_and_a_workstream_rag_table():
    records = _style_records("kelsworth_action_tracker.txt")
    actions = {c.paragraph: (c.owner, c.due, c.status) for c in records["commitments"]}
    assert actions == {"ES/24/01": ("Environmental Health Manager", "2024-03-31", "Complete"),
                       "ES/24/02": ("Head of Waste Services", "2024-06-30", "Delayed"),
                       "ES/24/03": ("Scrutiny Officer", "2024-09-30", "Complete"),
                       "ES/24/04": ("Parks Manager", "2024-10-31", "In progress")}
    ratings = {(r.paragraph, r.workstream): r.rating for r in records["ratings"]}
    assert ratings[("2.1", "Transport")] == "Amber" and ratings[("2.1", "Housing")] == "Red"  # rows without a code
    assert ratings[("ES/24/02", "Report on the cost of extending food waste collections to flats")] == "Red"  # a bare R
    assert len(ratings) == 7


def test_a_forward_plans_entries_are_planned_decisions_and_a_rag_tables_rows_are_ratings():
    plan = _style_records("thornbury_forward_plan.html")
    assert [(d.paragraph, d.kind, d.body, d.date) for d in plan["decisions"]] == [
        ("FP-25-014", "planned", "Executive", "2025-07-17"), ("FP-25-015", "planned", "Executive Member for Environment", "2025-08"),
        ("FP-25-016", "planned", "Executive", "2025-09-18"), ("FP-25-017", "planned", "Executive Member for Planning", "2025-10")]
    assert plan["decisions"][2].text == "Purchase of 40 homes for temporary accommodation (budget £7.6m)"
    performance = _style_records("fenwick_performance.md")["ratings"]
    assert [(r.paragraph, r.rating) for r in performance] == [
        ("CM01", "Green"), ("CM02", "Amber"), ("CM03", "Green"), ("CM04", "Red"), ("CM05", "Red")]
    assert performance[3].workstream == "Anti-social behaviour cases closed within 28 days"


def test_an_index_read_by_an_earlier_version_is_read_again_by_the_next_ingest(tmp_path, embedder):
    import sqlite3

    from assistant.catalogue import DATABASE
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "orrin_vale_tracker.txt").write_bytes((STYLES / "orrin_vale_tracker.txt").read_bytes())
    settings = Settings.load({"index_dir": tmp_path / "index"}, env={})
    ingest(Store(settings, embedder, create=True), [folder])
    db = sqlite3.connect(tmp_path / "index" / DATABASE)  # as an earlier version left it: no revised dates, format 2
    db.execute("CREATE TABLE old AS SELECT report_id, paragraph, key, meeting_date, text, due, due_text, owner, status, "
               "workstream FROM commitments")
    db.executescript("DROP TABLE commitments; ALTER TABLE old RENAME TO commitments; "
                     "UPDATE state SET value = '2' WHERE name = 'format';")
    db.commit()
    db.close()
    outcomes = ingest(Store(settings, embedder, create=True), [folder])
    assert [o.status for o in outcomes] == ["updated"]
    rows = Store(settings, embedder).records.commitments(owner="estates")
    assert {(c.paragraph, c.revised) for c in rows} == {("23/24 EST 02", "2024-09-30"), ("23/24 EST 05", "")}
    assert [o.status for o in ingest(Store(settings, embedder, create=True), [folder])] == ["unchanged"]


def test_which_rows_are_rated_red_or_overdue_is_answered_from_the_rows(styles_assistant):
    red = styles_assistant.ask("Which community measures were rated Red?")
    assert (red.answer_type, red.value) == ("list", ["CM04", "CM05"]), red.answer
    assert [c.paragraph for c in red.citations] == ["CM04", "CM05"]
    assert all(c.quote in styles_assistant.store.reports[c.report_id].paragraph(c.key).text for c in red.citations)
    other = styles_assistant.ask("which community measures weren't green?")
    assert other.answer_type == "list" and "Green" not in {c.quote.rpartition("RAG: ")[2] for c in other.citations}
    assert {"CM04", "CM05"} <= set(other.value), other.answer  # the Red ones, and the Amber ones
    counted = styles_assistant.ask("How many community measures were rated red?")
    assert (counted.answer_type, counted.value) == ("number", "2"), counted.answer
    # the paper's own count ("... and two Red"), then the rows counted, each cited
    assert [c.paragraph for c in counted.citations] == ["3.1", "CM04", "CM05"]
    late = styles_assistant.ask("Which scrutiny recommendations on the tracker are overdue?")
    assert sorted(late.value) == ["23/24 EST 02", "24/25 HR 02"], late.answer  # as their status says
    meaning = styles_assistant.ask("What does a Red rating mean?")
    assert meaning.answer_type != "list"  # not a question about which rows


def test_a_capital_programmes_scheme_table_gives_ratings_and_a_minutes_action_log_commitments():
    schemes = {r.workstream: r.rating for r in _style_records("penhallow_capital_monitoring.html")["ratings"]}
    assert schemes["Harbourside leisure centre refurbishment"] == "Red" and schemes["Fleet replacement"] == "Amber"
    assert len(schemes) == 6
    actions = {c.paragraph: (c.owner, c.due, c.status) for c in _style_records(
        "lowmoor_health_wellbeing_board_minutes.txt")["commitments"]}
    assert actions["A24/08"] == ("Director of Public Health", "2024-10-17", "Open")
    assert actions["A24/04"][2] == "Complete" and len(actions) == 4

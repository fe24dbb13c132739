"""Ingest then ask, on the real corpus, the real model and a real Chroma folder."""

import datetime as dt

import pytest

from assistant.retrieve import Scope

from conftest import REPORT_2023, REPORT_2024

CASES = [
    # question, answer_type, value, report, paragraph
    ("When did the Audit and Governance Committee review the draft SAF and Risk Management Framework?",
     "date", "2023-09-08", REPORT_2023, "2.5"),
    ("When is the Delegated Procurement Authority scheme due to go to CA Board?", "date", "2023-11-29", REPORT_2023, "2.4"),
    ("When was the letter from Max Soule dated?", "date", "2024-09-09", REPORT_2024, "2.1"),
    ("When did the Code of Conduct Panel Hearing take place?", "date", "2023-11-14", REPORT_2023, "2.9"),
    ("What is the expected completion date for the standard procurement templates?", "date", "2023-11-30", REPORT_2023, "2.4"),
    ("How was project plans and delivery rated?", "rating", "Green", REPORT_2023, "2.5"),
    ("What rating did partnership working get?", "rating", "Green/Amber", REPORT_2023, "2.6"),
    ("What was the overall programme rating at the end of October 2023?", "rating", "Green", REPORT_2023, "2.2"),
    ("What did the Board decide about the SAF, PMF and RMF on 20th September?", "decision", "unanimously supported", REPORT_2023, "2.5"),
    ("What did the Combined Authority Board agree on 16th October about the Improvement Board?", "decision", "agreed", REPORT_2024, "2.10"),
    ("Will the Best Value Notice be reissued?", "yes_no", "no", REPORT_2024, "2.3"),
    ("Who is the author of the November 2024 report?", "person", "Janice Gotts", REPORT_2024, "header"),
    ("Who was appointed as permanent Assistant Director of HR?", "person", "Nicky McLoughlin", REPORT_2023, "2.7"),
    ("How much additional funding did the Board approve in July for the Improvement Programme?",
     "amount", "£250,000", REPORT_2023, "5.1"),
    ("How many staff attended the fourth staff conference?", "number", "85", REPORT_2023, "2.11"),
    ("What is the scrutiny value score of the 2024 report?", "number", "14", REPORT_2024, "header"),
    # a question about a report itself is answered from the catalogue and the front matter line with its date
    ("Which paper was considered most recently?", "date", "2024-11-07", REPORT_2024, "header"),
]


@pytest.mark.parametrize("question, kind, value, report, paragraph", CASES, ids=[c[0][:40] for c in CASES])
def test_typed_value_and_exact_paragraph(assistant, question, kind, value, report, paragraph):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert (answer.answer_type, answer.value) == (kind, value), answer.answer
    first = answer.citations[0]
    assert (first.report_id, first.paragraph) == (report, paragraph), answer.answer
    paragraph_text = assistant.store.reports[report].paragraph(paragraph).text
    assert first.quote in paragraph_text  # quoted verbatim
    assert answer.answer.endswith(f"{first.written()}") and f'"{first.quote}"' in answer.answer


@pytest.mark.parametrize("question", [
    "What is the budget for the new tram line to Ely?",
    "When was the Mayor first elected?",
    "How was the waste collection service rated?",
    "Who is the Chief Constable of Cambridgeshire Police?",
])
def test_abstains_when_the_reports_do_not_say(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and answer.value is None and answer.citations == ()
    assert answer.answer.startswith("The reports don't say")


def test_an_item_number_is_no_score(assistant):
    # the 2023 paper gives no score, and its "Agenda item: 6" names the item; the 2024 paper's score is said elsewhere
    answer = assistant.ask("what was the scrutiny value score on the 2023 paper?")
    assert answer.abstained and answer.value is None and "14" in answer.answer, answer.answer


def test_recommendations_listed_each_cited(assistant):
    answer = assistant.ask("What are the recommendations of the 2024 report?")
    assert answer.answer_type == "list"
    assert [c.paragraph for c in answer.citations] == list("ABCDEF")
    assert all(c.report_id == REPORT_2024 for c in answer.citations)


def test_a_list_asked_by_its_section_is_that_sections_items(assistant):
    """"What appendices ...?": the Appendices section's items, though a sentence elsewhere ("the note from the Chair
    attached as Appendix E") says the words asked best; a sentence introducing its items keeps them ("... fit under the
    following strategic objective(s):"), though a section is named "Proposal"."""
    appendices = assistant.ask("What appendices are attached to the November 2024 report?")
    assert [c.paragraph for c in appendices.citations] == ["4.1", "4.2", "4.3", "4.4", "4.5"], appendices.answer
    objectives = assistant.ask("What are the strategic objectives the proposals fit under?")
    assert objectives.citations[0].paragraph == "header" and "Achieving good growth" in objectives.answer


def test_follow_up_uses_the_conversation(assistant):
    history = [{"role": "user", "content": "How was governance and decision making rated?"},
               {"role": "assistant", "content": "Green."}]
    answer = assistant.ask("And partnership working?", history)
    assert (answer.answer_type, answer.value, answer.citations[0].paragraph) == ("rating", "Green/Amber", "2.6")


def test_a_question_unanswered_on_its_own_words_is_read_in_the_conversation(assistant):
    """"What's being gathered to show the approach?" names no topic and points at none with a pronoun: after a
    question about partnership working it asks of that, not of every approach the papers show; a yes or no is not
    given from the last topic's words alone."""
    history = [{"role": "user", "content": "what was partnership working rated in 2023?"},
               {"role": "assistant", "content": "Green/Amber. [OSC 27 Nov 2023, 2.6]"}]
    alone = assistant.ask("what's being gathered to show the approach?")
    assert alone.abstained, alone.answer
    within = assistant.ask("what's being gathered to show the approach?", history)
    assert not within.abstained and within.citations[0].paragraph == "2.6", within.answer
    assert "Case studies" in within.answer
    letter = [{"role": "user", "content": "who sent the letter about the best value notice?"},
              {"role": "assistant", "content": "Max Soule, Deputy Director, MHCLG. [OSC 7 Nov 2024, 2.1]"}]
    assert assistant.ask("did the CA write back?", letter).abstained


def test_report_scope_filters(assistant):
    scoped = assistant.ask("Who is the lead member?", scope=Scope.from_flags([REPORT_2024]))
    assert {c.report_id for c in scoped.citations} == {REPORT_2024}
    answer = assistant.ask("When was the letter from Max Soule dated?", scope=Scope.from_flags(until="2023-12-31"))
    assert all(c.report_id == REPORT_2023 for c in answer.citations)
    assert answer.value != "2024-09-09"


def test_json_shape_follows_the_contract(assistant):
    data = assistant.ask("How was procurement rated?").to_json("q1")
    assert list(data) == ["id", "question", "answer", "answer_type", "value", "abstained", "citations", "latency_ms"]
    assert list(data["citations"][0]) == ["report_id", "title", "committee", "meeting_date", "paragraph", "quote"]
    assert data["citations"][0]["meeting_date"] == "2023-11-27" and data["latency_ms"] > 0


def test_a_follow_up_reads_the_paragraph_the_last_answer_cited_and_a_body_answers_who_agreed(assistant):
    first = assistant.ask("What is the new name for the Independent Improvement Board?")
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.answer}]
    assert first.citations and first.citations[0].report_id == REPORT_2024
    carried = assistant._cited_before(history)
    assert [(r.id, p.label, cited) for r, p, cited in carried][:1] == [
        (first.citations[0].report_id, first.citations[0].paragraph, True)]
    ranged = [history[0], {"role": "assistant", "content": "Renamed. [OSC 7 Nov 2024, 2.10-2.11]"}]
    assert [(p.label, cited) for _, p, cited in assistant._cited_before(ranged)] == [
        ("2.10", True), ("2.11", True), ("2.9", False), ("2.12", False)]  # then those either side
    follow = assistant.ask("who agreed its terms of reference?", history)
    assert not follow.abstained and follow.citations[0].paragraph == "2.11", follow.answer
    assert follow.value in ("Independent Improvement Board", "Combined Authority Board")


def _after(assistant, first: str) -> list[dict]:
    answer = assistant.ask(first)
    return [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]


def test_follow_ups_that_ask_their_own_question_of_the_last_ones_topic(assistant):
    """"Who set it up?" is answered by the body that set up what the last answer was about, not that thing itself;
    "how often does it meet?" asks a frequency, not the date the last question asked; "and the second one?" asks the
    last question of another of the things it counted, not the one the last answer quoted."""
    who = assistant.ask("who set it up?", _after(assistant, "what is the independent improvement board?"))
    assert who.value == "Combined Authority Board" and who.citations[0].paragraph == "2.8", who.answer
    cleared = assistant.ask("who cleared it?", _after(assistant, "what's the saf?"))  # not the paragraph cited last:
    assert cleared.value == "DLUHC" and cleared.citations[0].paragraph == "2.5", cleared.answer  # it never says cleared
    left = assistant.ask("what's still outstanding on it?", _after(assistant, "how's procurement doing?"))
    assert not left.abstained and left.citations[0].paragraph == "2.4", left.answer  # "in progress", "awaiting"
    # (after a date from the paper that says how often it meets: the 2024 paper, which says when it was set up, does
    # not, and a follow-up of its own stays with the paper cited and those after it)
    often = assistant.ask("how often does it meet?", _after(assistant, "when did the CA board attend an iib meeting?"))
    assert often.answer_type == "text" and "bi-monthly" in often.answer, often.answer
    first = _after(assistant, "when did the first best value notice come in?")
    assert "January 2023" in first[1]["content"]
    second = assistant.ask("and the second one?", first)
    assert (second.value, second.citations[0].paragraph) == ("2024-01", "3.2"), second.answer
    said = _after(assistant, "what's happening with the improvement board?")
    ends = assistant.ask("and when does it finish?", said)  # what the last answer cited never speaks of finishing
    assert (ends.value, ends.citations[0].paragraph) == ("2025-05-30", "2.12"), ends.answer


def test_what_a_thing_is_called_now_is_read_from_its_new_title(assistant):
    """"Whats the iib called now?": the sentence giving its new title, "(formerly the ...)"."""
    named = assistant.ask("whats the iib called now?")
    assert "Independent Advisory and Support Group" in named.answer and named.citations[0].report_id == REPORT_2024


def test_how_many_counts_the_thing_asked_and_a_row_answers_from_the_asked_column():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    para = Paragraph("1", "1", "", "", "", "", "")
    weights = {"librari": 1.0, "staff": 1.0, "post": 1.0}
    q = understand("How many library staff posts will be cut?")
    assert find_value(q, "The county's fourteen libraries will close on Mondays.", None, para, weights) is None
    assert find_value(q, "Twelve staff posts will be deleted.", None, para, weights).value == "12"
    q = understand("How many complaints were received?")
    assert find_value(q, "Cllr Ray declared an interest in item 48 (Complaints).", None, para, {"complaint": 1.0}) is None
    # the counted phrase ends at its verb, however long; a number that is its clause's subject counts what came before
    q = understand("How many of the borough's planning enforcement cases were closed in the year?")
    assert q.kind == "number"
    weights = {"case": 1.0, "close": 1.0, "enforc": 1.0}
    said = "Of these, 140 were closed within the year and 60 remain open; Quarter 3 saw the most."
    assert find_value(q, said, None, para, weights).value == "140"
    assert find_value(understand("How many cases are rated Red?"), "Three cases are rated Red.", None, para,
                      {"case": 1.0, "red": 1.0}).value == "3"
    # a line introducing the things counted, then the things: numbered by their name, or set out as a list
    listed = Paragraph("2.10", "2.10", "", "", "", "", "The audit found reasonable assurance.\nThe following actions "
                       "have been agreed:\nManagement action 1 (Low)\nClose the action log.\nManagement action 2 (Low)"
                       "\nUpdate the highlight report.\nManagement action 3 (Medium)\nAgree how change is tested.")
    intro = "The following actions have been agreed:"
    q = understand("How many actions came out of the audit?")
    assert find_value(q, intro, None, listed, {"action": 1.0}).value == "3"
    bullets = Paragraph("4", "4", "", "", "", "", "Members raised these risks:\n• flooding\n• heat\n• drought")
    q = understand("How many risks did members raise?")
    assert find_value(q, "Members raised these risks:", None, bullets, {"risk": 1.0}).value == "3"
    assert find_value(understand("How many officers attended?"), intro, None, listed, {"offic": 1.0}) is None
    # "38 of the Council's 52 bridges were rated good": the part said of some, unless the whole is asked
    bridges = "At the inspection, 38 of the Council's 52 bridges (73%) were rated good, compared with 35 in 2023."
    weights = {"bridg": 1.0, "rate": 1.0, "good": 1.0}
    assert find_value(understand("How many bridges were rated good?"), bridges, None, para, weights).value == "38"
    assert find_value(understand("How many bridges does the council have?"), bridges, None, para,
                      {"bridg": 1.0, "council": 1.0}).value == "52"
    row = ("Action no.: ES/24/04 · Action: Provide the tree planting figures by ward for 2023/24 · "
           "Target date: 31 October 2024 · RAG: Amber")
    q = understand("What is the target date for the tree planting figures by ward?")
    found = find_value(q, row, None, para, {"target": 1.0, "tree": 1.0, "plant": 1.0, "figur": 1.0, "ward": 1.0})
    assert found.value == "2024-10-31"


def test_a_members_short_form_is_read_as_the_reports_spell_it(assistant):
    answer = assistant.ask("did the BVN get lifted?")  # the reports write "Best Value Notice (BVN)" once
    assert not answer.abstained, answer.answer
    assert "Best Value Notice" in answer.citations[0].quote and answer.citations[0].report_id == REPORT_2024


def test_an_open_question_gets_a_short_cited_briefing(assistant):
    answer = assistant.ask("How is procurement going?")
    lines = answer.answer.split("\n")
    assert (answer.answer_type, answer.value, answer.abstained) == ("text", None, False)
    assert lines[0] == "Rated Green [OSC 27 Nov 2023, 2.4]."
    assert 2 <= len(lines) - 1 <= 4 and all(line.startswith('- "') and line.endswith("]") for line in lines[1:])
    assert len(answer.citations) == len(lines)
    loose = assistant.ask("whats happening with partnership working?")
    assert not loose.abstained and loose.answer.startswith("Rated Green/Amber")


def test_a_front_matter_line_speaks_for_its_reports_title(assistant):
    answer = assistant.ask("who's the lead member on the improvement framework papers?")
    assert not answer.abstained and answer.citations[0].paragraph == "header", answer.answer
    assert "Nik Johnson" in answer.answer


def test_a_report_is_summarised_by_its_purpose_recommendations_and_ratings(assistant):
    answer = assistant.ask("give me an overview of the november 2023 paper")
    assert (answer.answer_type, answer.value, answer.abstained) == ("text", None, False)
    assert answer.answer.startswith("Improvement Framework with a specific focus on Confidence")
    assert [c.paragraph for c in answer.citations][:4] == ["1.1", "A", "B", "C"]
    assert "Partnership working (Green/Amber) [OSC 27 Nov 2023, 2.6]" in answer.answer
    assert {c.report_id for c in answer.citations} == {REPORT_2023}


def test_irregular_forms_of_a_word_meet():
    from assistant.evidence import stems

    assert stems(["stood", "children", "replacing"]) == stems(["stand", "child", "replaced"])
    assert stems(["authorities", "decisions"]) == stems(["authority", "decision"])
    assert stems(["authority"]) != stems(["author"])  # "who is the author?" is not answered by every "Authority"


def test_a_value_is_chosen_by_the_words_of_its_own_clause_never_echoed_from_the_question():
    from assistant.evidence import find_value, stems
    from assistant.questions import understand
    from assistant.reports import Paragraph

    para = Paragraph("1", "1", "", "", "", "", "")
    weigh = lambda q: {s: 1.0 for s in stems(q.terms)}
    q = understand("How much was paid in additional fees?")
    fee = "The fee was £96,450, comprising the scale fee of £61,238 and additional fees of £35,212."
    assert find_value(q, fee, None, para, weigh(q)).value == "£35,212"
    q = understand("How many children are placed more than 20 miles away?")
    placed = "Of them, 87 children were placed more than 20 miles away."
    assert find_value(q, placed, None, para, weigh(q)).value == "87"
    q = understand("Which number conference was held in October?")
    assert find_value(q, "The fourth staff conference over the last 12 months was held in October.", None, para,
                      weigh(q)).value == "4"
    q = understand("How long did the notice run?")
    notice = "The notice was issued to 3 councils in January 2023 for a period of 12 months."
    assert find_value(q, notice, None, para, weigh(q)).value == "12"
    q = understand("Until when does the grant fund the programme?")
    grant = "The Board in July approved a grant to fund the programme to the end of January 2024."
    assert find_value(q, grant, dt.date(2023, 11, 27), para, weigh(q)).value == "2024-01"
    # a span's end for when it closes, its start for when it opens
    span = "Cabinet approved a consultation on the proposal, with the consultation running from 2 June to 14 July 2025."
    for asked, value in [("When does the consultation close?", "2025-07-14"), ("When will the consultation open?", "2025-06-02")]:
        q = understand(asked)
        assert find_value(q, span, dt.date(2025, 5, 20), para, weigh(q)).value == value, asked
    # of two ratings labelled in one sentence, the one whose label is asked
    themes = "Theme 3 - Thriving Places: delivery Amber; impact Green/Amber; outcome Red."
    for asked, value in [("What impact rating did Thriving Places get?", "Green/Amber"),
                         ("What was the delivery rating for Thriving Places?", "Amber"),
                         ("What outcome rating did Thriving Places get?", "Red")]:  # (a word the kind takes too)
        q = understand(asked)
        assert find_value(q, themes, None, para, weigh(q)).value == value, asked
    # a person named in words quoted (a motion's) is what they say, not who acted
    q = understand("Who proposed the motion?")
    motion = '"This Council asks the Director of Children\'s Services to introduce automatic enrolment by 2026."'
    assert find_value(q, motion, None, para, weigh(q)) is None
    assert find_value(q, "Moved by Councillor Priya Banerjee and seconded by Councillor Tom Hale:", None, para,
                      weigh(q)).value == "Priya Banerjee"
    # a date in a heading's capitals is a date
    q = understand("What date is the report going to committee?")
    heading = "ENVIRONMENT AND TRANSPORT COMMITTEE - 4 MARCH 2025"
    assert find_value(q, heading, None, para, weigh(q)).value == "2025-03-04"


def test_a_report_that_does_not_answer_is_said_so_with_what_the_others_say(assistant):
    answer = assistant.ask("What rating did partnership working get in the November 2024 report?")
    assert answer.abstained and answer.value is None
    assert answer.answer.startswith("The reports don't say: the OSC 7 Nov 2024 paper does not give a rating"), answer.answer
    assert [(c.report_id, c.paragraph) for c in answer.citations][:1] == [(REPORT_2023, "2.6")]


def test_a_follow_up_naming_another_report_leaves_the_last_answers_paragraphs(assistant):
    first = assistant.ask("Who wrote the 2023 report?")
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.answer}]
    follow = assistant.ask("and the 2024 one?", history)
    assert follow.value == "Janice Gotts" and follow.citations[0].report_id == REPORT_2024, follow.answer


def _assistant_over(folder, embedder, papers: dict[str, str]):
    """An assistant over an index of the papers given (file name -> text), ingested into `folder`."""
    from assistant.answer import Assistant
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    (folder / "papers").mkdir()
    for name, text in papers.items():
        (folder / "papers" / name).write_text(text)
    settings = Settings.load({"index_dir": folder / "index"}, env={})
    ingest(Store(settings, embedder, create=True), [folder / "papers"])
    return Assistant(settings, embedder)


def _paper(council: str, committee: str, date: str, title: str, purpose: str, body: str) -> str:
    """A short committee report in the common house style: front matter, a purpose paragraph 1.1, then `body`."""
    return (f"{council}\n\n{committee}\n\nDate of meeting:\t{date}\nTitle:\t{title}\n\n1. PURPOSE\n\n1.1\t{purpose}\n\n"
            f"{body}")


def test_an_answer_about_one_council_is_never_borrowed_from_anothers_papers(tmp_path, embedder):
    from assistant.facts import proper_names

    assert proper_names("QUENBY BOROUGH COUNCIL: Quenby's EHCP review, MHCLG, procurement") == {"quenby", "mhclg"}
    assert proper_names("what did quenby's cabinet decide?", written=False) == {"quenby"}
    assert proper_names("who is the lead cllr for quenby?", written=False) == {"quenby"}  # a title is no name
    assistant = _assistant_over(tmp_path, embedder, {
        f"{council.lower()}.txt": _paper(
            f"{council} DISTRICT COUNCIL", "HOUSING COMMITTEE", "10 April 2024", "Housing Update",
            "This report updates the Committee.",
            f"2. UPDATE\n\n2.1\tAt 31 March 2024, {households} households were in temporary accommodation. {more}\n")
        for council, households, more in (("QUENBY", 212, ""),
                                          ("ROSTREVOR", 57, "The library opening hours change from 1 May 2024."))})
    assert assistant.ask("How many households were in temporary accommodation in Quenby?").value == "212"
    assert assistant.ask("When do Quenby's library opening hours change?").abstained
    assert not assistant.ask("When do Rostrevor's library opening hours change?").abstained
    both = assistant.ask("How many households were in temporary accommodation in Quenby and Rostrevor?")
    assert {(c.report_id, c.paragraph) for c in both.citations} == {("quenby", "2.1"), ("rostrevor", "2.1")}, both.answer


def test_a_rows_status_answers_whether_it_is_done_and_a_no_column_is_no_denial():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    para = Paragraph("A8", "A8", "", "", "", "", "")
    row = "No.: A8 · Action: Report on plan timeliness · Owner: Head of SEND · Status: {}"
    q = understand("Has the action on plan timeliness been completed?")
    assert find_value(q, row.format("Carried forward"), None, para, {}).value == "no"
    assert find_value(q, row.format("Complete"), None, para, {}).value == "yes"
    q = understand("Is there an owner for the plan timeliness action?")
    assert find_value(q, row.format("Carried forward"), None, para, {}).value == "yes"


def test_why_is_answered_by_the_sentence_that_gives_the_cause(tmp_path, embedder):
    from assistant.facts import find_causes
    from assistant.questions import kind_of

    assert kind_of("What reason has the Head of Service given for the delay?") == "text"  # not "decision" by its words
    assert [f.text for f in find_causes("It slipped because the supplier was late, in order to test it")] == [
        "because", "in order to"]
    assert [f.text for f in find_causes("The overspend is mainly in Children's Services, driven by placements")] == [
        "mainly in", "driven by"]  # where a cost lies, and what drives it
    assistant = _assistant_over(tmp_path, embedder, {"leisure.txt": _paper(
        "TOLLBRIDGE DISTRICT COUNCIL", "COMMUNITIES COMMITTEE", "3 March 2025", "Leisure Centre Refurbishment",
        "This report updates the Committee on the leisure centre refurbishment.",
        "2. PROGRESS\n\n2.1\tThe leisure centre refurbishment has been delayed to September 2025. The Committee asked "
        "for monthly updates on the leisure centre refurbishment.\n\n2.2\tThe refurbishment was delayed because "
        "asbestos was found in the roof void of the leisure centre.\n")})
    answer = assistant.ask("Why was the leisure centre refurbishment delayed?")
    assert [c.paragraph for c in answer.citations] == ["2.2"] and "asbestos" in answer.answer, answer.answer


def test_a_place_in_a_series_is_not_answered_by_another():
    from assistant.evidence import _another_in_series, in_series

    assert in_series("the recycling rate in Q1 of 2022/23, the first all-staff survey") >= {
        ("quarter", "1"), ("financial year", "2022/23"), ("survey", "1")}
    # a noun of several words after its place, its head not known: "the second member development session" is not
    # answered by "the first development session for members"
    second = in_series("What topic did the second member development session cover?")
    assert _another_in_series(second, "The first development session for members has taken place.")
    assert not _another_in_series(second, "The second session for members covered scrutiny.")
    first = in_series("What was the response rate to the first all-staff survey?")
    assert _another_in_series(first, "The second all-staff survey closed with a response rate of 61%.")
    assert not _another_in_series(first, "The first all-staff survey had a response rate of 48%.")
    both = in_series("What happened to the Quarter 1 report, and is Quarter 2 on track?")
    assert not _another_in_series(both, "The Q1 report was accepted.")  # one of the places asked
    assert _another_in_series(in_series("the quarter 1 figures"), "Performance Report, Quarter 3 2022/23")
    # any noun numbered so: "management action 3", "actions 1 and 2"; not a day of a month or a length of time
    assert in_series("what priority were audit actions 1 and 2?") == {("action", "1"), ("action", "2")}
    assert _another_in_series(in_series("management action 3"), "Management action 1 (Low)")
    assert not _another_in_series(in_series("the third management action"), "Management action 3 (Medium)")
    assert in_series("the letter dated 9 September, over 12 months") == set()
    assert _another_in_series(in_series("the 2025/26 audit plan"), "The 2024/25 plan contains 24 audits.")


def test_an_answer_adds_its_paragraphs_sentence_on_the_rest_of_the_question(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"audit.txt": _paper(
        "MERELEIGH BOROUGH COUNCIL", "AUDIT COMMITTEE", "4 June 2025", "Internal Audit Progress",
        "This report updates the Committee on internal audit.",
        "2. PROGRESS\n\n2.1\tThe payroll audit received a Limited assurance opinion. Management actions on payroll "
        "overtime are due by 30 September 2025. The depot audit is in progress.\n\n"
        "2.2\tManagement action 1 (Low)\nManagement action 2 (High)\n")})
    answer = assistant.ask("What assurance opinion did the payroll audit get, and when are its actions due?")
    assert answer.value == "Limited" and "30 September 2025" in answer.answer, answer.answer
    assert "depot" not in answer.answer  # the paragraph's other sentences speak to nothing else asked
    assert assistant.ask("What priority was management action 2 given?").value == "High"


def test_a_follow_up_asking_for_the_other_one_never_repeats_the_last_answer(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"depot.txt": _paper(
        "ARNSIDE DISTRICT COUNCIL", "SCRUTINY COMMITTEE", "9 January 2025", "Depot Safety",
        "This report updates the Committee on depot safety.",
        "2. INSPECTIONS\n\n2.1\tThe Health and Safety Executive inspected the depot in March 2024 and issued two HSE "
        "notices.\n\n2.2\tA further HSE inspection of the depot took place in September 2024.\n")})
    first = assistant.ask("When did the HSE first inspect the depot?")
    assert first.value == "2024-03", first.answer
    history = [{"role": "user", "content": "there were two HSE inspections right? when was the first?"},
               {"role": "assistant", "content": first.answer}]
    other = assistant.ask("what about the other one?", history)
    assert other.value == "2024-09", other.answer


def test_who_a_thing_has_been_reported_to_is_not_whom_it_will_be(tmp_path, embedder):
    """"Who has progress been reported to?": the bodies a sentence says it has been reported to, not the team a
    plan says it will be reported to; and "who will it be reported to?" is answered by that team."""
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "HOLLOWAY DISTRICT COUNCIL", "SCRUTINY COMMITTEE", "3 March 2026", "Recovery Plan Update",
        "This report updates the Committee on the recovery plan.",
        "2. PROGRESS\n\n2.1\tProgress on the remaining recovery plan actions will be recorded in service recovery plans "
        "and be reported to Senior Leadership Team as part of quarterly monitoring.\n\n"
        "2.2\tProgress has been reported to Cabinet and the Audit Committee since June 2025.\n")})
    done = assistant.ask("who has progress on the recovery plan been reported to?")
    assert done.value == "Cabinet and the Audit Committee" and done.citations[0].paragraph == "2.2", done.answer
    ahead = assistant.ask("who will progress on the remaining actions be reported to?")
    assert ahead.value == "Senior Leadership Team" and ahead.citations[0].paragraph == "2.1", ahead.answer


def test_a_briefings_rating_is_of_the_heading_naming_most_of_what_is_asked(tmp_path, embedder):
    """"How's project delivery going, still green?": the rating of the paragraph headed "Project delivery", not of
    another rated paragraph whose sentence speaks of project delivery too."""
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "ELMSWORTH DISTRICT COUNCIL", "SCRUTINY COMMITTEE", "2 February 2026", "Improvement Plan Update",
        "This report updates the Committee on the improvement plan.",
        "2. WORKSTREAMS\n\n2.1\tPartnership working (Amber)\nJoint project delivery is still under review with partners.\n\n"
        "2.2\tProject delivery (Green)\nThe deep dive into project delivery found no concerns.\n")})
    answer = assistant.ask("how's project delivery going, still green?")
    assert answer.answer.startswith("Rated Green") and answer.citations[0].paragraph == "2.2", answer.answer


def test_an_acronym_is_named_by_a_paper_that_spells_it_out(assistant):
    # the 2023 paper writes "DLUHC", the 2024 one "the Department for Levelling Up, Housing and Communities": both name it
    assert assistant.store.reports.reports_named({"dluhc"}) == [{REPORT_2023, REPORT_2024}]


def test_two_reports_named_together_are_each_asked(assistant):
    from assistant.questions import time_named

    assert time_named("How did the rating change between the 2023 and 2024 reports?")[0] == ("=", "2023|2024")
    assert time_named("compare the nov 23 and nov 24 papers")[0] == ("=", "2023-11|2024-11")
    assert time_named("what did item 12 and the 2024 report say?")[0] == ("=", "2024")  # an item is no year
    # a change asked between two years or months: the papers of each; a span asked of, no change, names no paper
    assert time_named("How did the board's role change from 2023 to 2024?")[0] == ("=", "2023|2024")
    assert time_named("what's different between nov 2023 and nov 2024?")[0] == ("=", "2023-11|2024-11")
    assert time_named("how many complaints were there between 2021 and 2023?")[0] == ("", "")
    # "the later paper", "the earlier report": of the papers, the newest and the oldest ("a later report" names none)
    assert [time_named(t)[0][0] for t in ("who wrote the later paper?", "the earlier report's author?",
                                          "will a later report come back?")] == ["latest", "earliest", ""]
    changed = assistant.ask("How did the role of the Independent Improvement Board change from 2023 to 2024?")
    assert [c.report_id for c in changed.citations] == [REPORT_2023, REPORT_2024], changed.answer
    for question in ("Who was the lead member in each report?", "Who was the lead member in the 2023 and 2024 reports?"):
        answer = assistant.ask(question)
        assert {c.report_id for c in answer.citations} == {REPORT_2023, REPORT_2024}, answer.answer
    both = assistant.ask("When were the two meetings held?")  # about the reports themselves: from the catalogue
    assert [(c.report_id, c.paragraph, c.meeting_date) for c in both.citations] == [
        (REPORT_2023, "header", "2023-11-27"), (REPORT_2024, "header", "2024-11-07")], both.answer


@pytest.mark.parametrize("question, kind", [
    ("Per the 2023 internal audit, had the methods for checking the changes been agreed?", "yes_no"),
    ("In the latest report, did the Board approve the budget?", "yes_no"),
    ("In 2023, what did the Board decide about the library?", "decision"),
    ("What is the estimated value of the home to school transport contract?", "amount"),
    ("What is the best value duty?", "text"),
    ("How many of the indicators were rated Red at quarter 2?", "number"),
    ("Why was the refurbishment delayed?", "text"),
    ("What is the chief constable's salary?", "amount"),  # pay, tax: sums of money
    ("What will the police part of band d council tax be next year?", "amount"),
    # a proportion a money word qualifies is no sum; a level of money is
    ("What funding level did the 2025 valuation show?", "number"),
    ("What level of reserves is held?", "amount"),
    # who gets a relief is a group ("residents receiving Council Tax Reduction"), who gets a contract a person or firm
    ("Who gets a discount on bulky waste?", "text"),
    ("Who gets the contract?", "person"),
    # "when" joining a clause to a question of its own asks no date; a "when" of its own does
    ("What was the outcome when the plan was presented to the Board?", "decision"),
    ("How much was spent when the scheme closed?", "amount"),
    ("What was agreed and when?", "date"),
    ("The hub - when does it open?", "date"),
    # a lead-in before a dash, a "so" before the verb, a contraction typed without its apostrophe
    ("re the leisure centre roof - was it fixed?", "yes_no"),
    ("so has the consultation closed?", "yes_no"),
    ("whens the depot due to reopen?", "date"),
    ("whos the portfolio holder?", "person"),
    ("whats the housing director's name?", "person"),
    ("What is the name of Lowmoor Council's Head of Planning?", "person"),
    ("what is the name of the scheme?", "text"),
    # what people thought is their views; what a body that decides thought, its decision
    ("What did staff think of the conference?", "text"),
    ("What did cabinet think of the proposal?", "decision"),
    # which one of the things decided on is asked, not what was decided of it
    ("Which recommendation did cabinet reject?", "text"),
    ("what other proposal does that officer own?", "text"),
    ("What recommendation was agreed?", "decision"),
])
def test_the_kind_of_answer_is_read_from_the_question_proper(question, kind):
    from assistant.questions import understand

    assert understand(question).kind == kind


def test_the_next_meeting_after_the_only_one_is_read_from_that_ones_papers(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"minutes.txt": (
        "Minutes of the meeting of the Licensing Committee held on Tuesday 4th February 2025\n\n"
        "12. LICENSING POLICY REVIEW\n\n12.1 The Committee considered the draft licensing policy, first adopted on "
        "3 March 2020.\n\n13. DATE OF NEXT MEETING\n\n13.1 The next meeting of the Licensing Committee will be held "
        "on 15 April 2025.\n")})
    answer = assistant.ask("When is the next meeting of the Licensing Committee after the February 2025 one?")
    assert answer.value == "2025-04-15" and not answer.abstained, answer.answer  # no later paper: that one says


def test_a_figure_said_to_move_the_other_way_is_no_and_a_front_matter_field_answers_only_its_own_label():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    body, header = Paragraph("5", "5", "", "", "", "", ""), Paragraph("header", "header", "", "", "", "", "")
    went_up = understand("Did fly-tipping go up after the change?")
    assert find_value(went_up, "Fly-tipping incidents had fallen by 9% in the year after.", None, body, {}).value == "no"
    assert find_value(went_up, "Fly-tipping incidents rose by 9% in the year after.", None, body, {}).value == "yes"
    call_in = understand("Is the decision subject to call-in?")
    assert find_value(call_in, "Report Subject: Housing Adaptations Review", None, header, {}) is None
    key = understand("Is it a key decision?")
    assert find_value(key, "Key decision: No", None, header, {}).value == "no"



def test_a_value_asked_yes_or_no_is_matched_with_the_one_said_now():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    row, body = Paragraph("KD/3", "KD/3", "", "", "", "", ""), Paragraph("2", "2", "", "", "", "", "")
    moved = "Ref: KD/2026/03 · Decision: Parking review · Expected date of decision: June 2026 (previously March 2026)"
    no = find_value(understand("Is the parking review still expected in March 2026?"), moved, None, row, {})
    assert (no.value, no.text) == ("no", "June 2026")
    assert find_value(understand("Is the parking review expected in June 2026?"), moved, None, row, {}).value == "yes"
    cost = "The scheme cost £2.4 million."
    assert find_value(understand("Did the scheme cost £2 million?"), cost, None, body, {}).value == "no"
    assert find_value(understand("Did the scheme cost more than £2 million?"), cost, None, body, {}).value == "yes"
    rated = "Partnership working was rated Amber at the end of October 2023."
    assert find_value(understand("Was partnership working rated green?"), rated, None, body, {}).value == "no"
    # a date naming the report asked of is no value asked
    assert find_value(understand("Was it amber in the November 2023 paper?"), rated, None, body, {}).value == "yes"


def test_a_table_row_is_about_its_named_cell_and_a_date_to_come_is_preferred(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"programme.txt": _paper(
        "NORTHWOLD CITY COUNCIL", "HEALTH SCRUTINY COMMITTEE", "14 October 2025", "Work Programme 2025/26",
        "This report sets out the work programme.",
        "2. PROGRAMME\n\n2.1\tThe items are set out below.\n\nMeeting\tItem\tLead officer\n"
        "9 December 2025\tWinter pressures plan\tDirector of Public Health\n"
        "9 December 2025\tAdult social care waiting lists\tDirector of Adult Social Services\n"
        "24 March 2026\tMental health crisis care\tDirector of Adult Social Services\n\n"
        "2.2\tThe review of GP access was requested at the meeting on 9 September 2025. It comes to the meeting on "
        "3 February 2026.\n")})
    # the row's named cell (its item, not its date) says what it is about
    assert assistant.ask("When will the committee look at mental health crisis care?").value == "2026-03-24"
    assert assistant.ask("Who is leading the winter pressures plan item?").citations[0].paragraph == "2.1"
    assert assistant.ask("When is the GP access review coming to committee?").value == "2026-02-03"
    december = assistant.ask("What is on the work programme for the December meeting?")  # the rows for December
    assert "Winter pressures" in december.answer and "waiting lists" in december.answer, december.answer
    assert "crisis care" not in december.answer


def test_a_count_that_moved_is_answered_by_where_it_moved_to():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    q = understand("How many households are in bed and breakfast accommodation now?")
    said = "The number of households in bed and breakfast accommodation rose from 38 to 57."
    weights = {"household": 1.0, "bed": 1.0, "breakfast": 1.0}
    assert find_value(q, said, None, Paragraph("3.2", "3.2", "", "", "", "", ""), weights).value == "57"
    was = understand("How many households were in bed and breakfast accommodation before?")  # what it was: 38
    assert find_value(was, said, None, Paragraph("3.2", "3.2", "", "", "", "", ""), weights).value == "38"


def test_a_decision_is_quoted_with_the_other_parts_of_its_resolution(styles_assistant):
    """"What is the committee being asked to approve on school meals?": the part that approves the write-off, then
    the resolution's other parts (i)-(iv), each cited, as the paper sets them out."""
    answer = styles_assistant.ask("what is the committee being asked to approve on school meals?")
    labels = [c.paragraph for c in answer.citations]
    assert answer.answer_type == "decision" and labels[0] == "2.1(ii)"
    assert sorted(labels) == ["2.1(i)", "2.1(ii)", "2.1(iii)", "2.1(iv)"]
    assert "extension of free school meals" in answer.answer


def test_a_question_of_both_reports_is_answered_from_each(assistant):
    """"The same director both times?" sets the two reports' "Report of" fields side by side; "in both papers?" is
    no when one of them never speaks of it, and says which does."""
    same = assistant.ask("was the same director reporting both times?")
    assert same.value == "no" and [(c.meeting_date, c.paragraph) for c in same.citations] == [
        ("2023-11-27", "header"), ("2024-11-07", "header")]
    assert all(c.quote.startswith("Report of:") for c in same.citations)
    lead = assistant.ask("did the lead member change between the two reports?")
    assert lead.value == "no" and all(c.quote.startswith("Lead Member:") for c in lead.citations)
    both = assistant.ask("did the code of conduct hearing come up in both papers?")
    assert both.value == "no" and both.answer.startswith("No: only OSC 27 Nov 2023")
    assert [(c.meeting_date, c.paragraph) for c in both.citations] == [("2023-11-27", "2.9")]


def test_this_year_asks_the_latest_papers_not_the_calendar_years(tmp_path, embedder):
    """"What's the audit budget this year?" is answered by the latest paper that gives it, whatever calendar year it
    was written in (a budget "this year" may be set the year before), its date cited."""
    year = dt.date.today().year
    assistant = _assistant_over(tmp_path, embedder, {
        "now.txt": _paper("TOLLBRIDGE DISTRICT COUNCIL", "AUDIT COMMITTEE", f"14 January {year}", "Annual Governance",
                          "This report sets out the annual governance statement.",
                          "2. STATEMENT\n\n2.1\tNo significant governance issues were identified.\n"),
        "before.txt": _paper("TOLLBRIDGE DISTRICT COUNCIL", "AUDIT COMMITTEE", f"20 November {year - 1}",
                             "Internal Audit Plan", "This report sets out the internal audit plan.",
                             "2. RESOURCES\n\n2.1\tThe internal audit service is delivered within a budget of £312,000."),
    })
    answer = assistant.ask("what's the internal audit budget this year?")
    assert not answer.abstained and answer.value == "£312,000"
    assert answer.citations[0].meeting_date == f"{year - 1}-11-20"


def test_what_is_the_x_of_asks_a_thing_by_name_only_after_its_article():
    from assistant.questions import understand

    assert understand("What is the pupil roll at Ardnish Academy?").focus == "roll"
    assert understand("what's still outstanding on it?").focus == ""  # an adjective: any sentence may say it


def test_a_thing_named_that_the_papers_name_elsewhere_is_not_answered_by_a_paragraph_on_another(styles_assistant):
    """"How much does it cost to keep kilbride hall secure?": the papers give that cost for another building (the
    empty library), and name Kilbride Hall only where they do not give it; a name they never write as one ("comms")
    is a member's short word and keeps no paragraph out."""
    other = styles_assistant.ask("how much does it cost to keep kilbride hall secure?")
    assert other.abstained, other.answer
    named = styles_assistant.ask("how much does it cost to keep glenholm library secure?")
    assert (named.abstained, named.value) == (False, "£18,500"), named.answer


def test_a_question_asking_for_words_is_told_what_a_short_paragraph_says_in_full(styles_assistant):
    """"What's going on at kilbride hall?": its rating, its closure and the cost of repair, the three sentences of
    the paragraph on it, not its first sentence alone."""
    answer = styles_assistant.ask("what's going on at kilbride hall?")
    assert {c.paragraph for c in answer.citations} == {"3.2"}, answer.answer
    for said in ("rated D", "closed to the public on 4 November 2024", "£240,000"):
        assert said in answer.answer, answer.answer


def test_what_happened_to_a_thing_between_two_papers_is_what_the_later_one_says_was_done(tmp_path, embedder):
    """"What happened to the flooding task group between the two reports?": the earlier paper as it stood, then the
    later paper's sentence saying what was decided about it, not the one that merely names it."""
    assistant = _assistant_over(tmp_path, embedder, {
        "earlier.txt": _paper("MARSHFORD DISTRICT COUNCIL", "ENVIRONMENT SCRUTINY COMMITTEE", "12 March 2024",
                              "Task Groups Update", "This report updates the Committee on its task groups.",
                              "2. TASK GROUPS\n\n2.1\tThe Flooding Task Group meets monthly and reports to this "
                              "Committee each quarter on drainage and flood defence works.\n"),
        "later.txt": _paper("MARSHFORD DISTRICT COUNCIL", "ENVIRONMENT SCRUTINY COMMITTEE", "11 March 2025",
                            "Task Groups Update", "This report updates the Committee on its task groups.",
                            "2. TASK GROUPS\n\n2.1\tThe Flooding Task Group was set up by this Committee in June 2023 "
                            "with six members and a remit on drainage and flood defence works.\n\n2.2\tAt its meeting "
                            "on 14 January 2025 the Committee agreed that the Flooding Task Group be closed, its review complete.\n"),
    })
    answer = assistant.ask("what happened to the flooding task group between the two reports?")
    assert not answer.abstained, answer.answer
    assert [(c.meeting_date, c.paragraph) for c in answer.citations] == [("2024-03-12", "2.1"), ("2025-03-11", "2.2")]
    # one paper alone has nothing to compare with: said so, not a failure
    (tmp_path / "one").mkdir()
    alone = _assistant_over(tmp_path / "one", embedder, {"later.txt": (tmp_path / "papers" / "later.txt").read_text()})
    single = alone.ask("what changed on the flooding task group?")
    assert single.abstained and "not two reports" in single.answer, single.answer


def test_a_target_date_is_one_said_of_the_event_asked_and_not_yet_past(styles_assistant):
    """"When should the audit plan be completed?" asks a target: the date the plan "is expected to be completed by",
    not the year the plan covers (a sentence that never says the event) nor a date before the meeting."""
    answer = styles_assistant.ask("when should the audit plan be completed?")
    assert (answer.value, answer.citations[0].paragraph) == ("2025-03-31", "5"), answer.answer


def test_when_a_paper_is_back_is_a_date_to_come_not_the_year_it_covers(styles_assistant):
    """"When's the strategic risk register back at audit and risk?": the date it "will next be reported", not the
    financial year the register covers (a period the meeting falls in)."""
    answer = styles_assistant.ask("when's the strategic risk register back at audit and risk?")
    assert (answer.value, answer.citations[0].paragraph) == ("2026-02-26", "4.1"), answer.answer


def test_when_a_body_was_set_up_is_the_date_said_of_its_setting_up(tmp_path, embedder):
    """"When was the panel set up?": the date the sentence says it was established on, past the body named as its
    agent ("established by the Environment Scrutiny Committee in March 2023"), not another date of the sentence."""
    assistant = _assistant_over(tmp_path, embedder, {
        "panel.txt": _paper("MARSHFORD DISTRICT COUNCIL", "ENVIRONMENT SCRUTINY COMMITTEE", "11 March 2025",
                            "Flood Resilience Panel", "This report reviews the Flood Resilience Panel.",
                            "2. BACKGROUND\n\n2.1\tThe Flood Resilience Panel was established by the Environment Scrutiny "
                            "Committee in March 2023 to review the findings of the flood report presented to Cabinet on "
                            "14 December 2022.\n"),
    })
    answer = assistant.ask("when was the flood resilience panel set up?")
    assert (answer.value, answer.citations[0].paragraph) == ("2023-03", "2.1"), answer.answer


def test_a_sentence_naming_a_paragraph_by_its_number_speaks_of_what_that_paragraph_says(tmp_path, embedder):
    """"Recommendation 2.2 is a recommendation to Council on 22 October 2025" answers when Council considers adding the
    depot scheme to the capital programme, which only 2.2 says; a pointer to several paragraphs is no such sentence."""
    assistant = _assistant_over(tmp_path, embedder, {"depot.txt": _paper(
        "MERELEIGH BOROUGH COUNCIL", "CABINET", "8 October 2025", "Depot Redevelopment",
        "This report seeks approval to redevelop the Eastgate depot.",
        "2. RECOMMENDATIONS\n\n2.1\tThat Cabinet approves the redevelopment of the Eastgate depot.\n\n"
        "2.2\tThat Cabinet recommends to Council the addition of £3.2 million to the capital programme for the "
        "scheme.\n\n6. PROCEDURE\n\n6.1\tThe background is set out in paragraphs 1.1 to 2.2. Recommendation 2.2 is a "
        "recommendation to Council on 22 October 2025 and is not subject to call-in.\n")})
    answer = assistant.ask("On what date will Council consider adding the depot scheme to the capital programme?")
    assert answer.value == "2025-10-22" and answer.citations[0].paragraph == "6.1", answer.answer


def test_which_way_a_thing_is_going_and_what_a_figure_is_down_to(styles_assistant):
    cyber = [{"role": "user", "content": "who owns the cyber risk?"},
             {"role": "assistant", "content": "Head of ICT. [ARC 27 Nov 2025, SR02]"}]
    answer = styles_assistant.ask("is it getting any better?", cyber)  # "Direction: Worsening"
    assert answer.value == "no" and (answer.citations[0].meeting_date, answer.citations[0].paragraph) == (
        "2025-11-27", "SR02")
    overspend = [{"role": "user", "content": "whats the forecast overspend at calderbrook?"},
                 {"role": "assistant", "content": "£4,200,000. [Cabinet 19 Nov 2025, 1.1]"}]
    cause = styles_assistant.ask("whats it mainly down to?", overspend)  # a cause asked, typed without an apostrophe
    assert not cause.abstained and "Children's Services" in cause.answer


def test_a_figure_at_a_time_after_a_paper_is_not_that_papers_and_a_verb_is_said_by_its_noun(series_assistant):
    later = series_assistant.ask("how many households were in temporary accommodation at the end of march 2026?")
    assert later.abstained  # every paper on it is of an earlier meeting
    closed = [{"role": "user", "content": "when did the allocations policy consultation close?"},
              {"role": "assistant", "content": "24 November 2025. [Cabinet 20 Jan 2026, TA4]"}]
    responded = series_assistant.ask("how many people responded?", closed)  # "... with 612 responses"
    assert responded.value == "612"


def test_whether_any_was_so_is_denied_by_the_sentence_beside_saying_none_was(tmp_path, embedder):
    """"Were any depots rated D?" of a survey's first sentence, rating others A or B: a yes no word of it says, which
    the next sentence's "none was rated D" overrules; a denial in a clause on something else ("if it is not
    reduced") does not."""
    from assistant.answer import _denied_beside
    from assistant.evidence import Candidate, find_value
    from assistant.questions import understand

    assistant = _assistant_over(tmp_path, embedder, {
        "depots.txt": _paper("DUNSMERE DISTRICT COUNCIL", "COMMUNITIES SCRUTINY PANEL", "3 March 2026",
                             "Operational Buildings Survey 2025", "This report sets out the results of the survey.",
                             "2. RESULTS\n\n2.1\tAt the annual condition survey in May 2025, 18 of the Council's 22 depots "
                             "were rated A or B for condition. Four depots were rated C and none was rated D. If "
                             "maintenance spending is not reduced, no depot will fall to D.\n"),
    })
    report = next(iter(assistant.store.reports.values()))
    paragraph = next(p for p in report.paragraphs if p.label == "2.1")
    q = understand("were any of the council's depots rated D for condition?")
    first, none_d, not_reduced = [
        Candidate(report, paragraph, s, 1.0, 1.0, find_value(q, s, None, paragraph, {}), 0.5)
        for s in ("At the annual condition survey in May 2025, 18 of the Council's 22 depots were rated A or B for "
                  "condition.", "Four depots were rated C and none was rated D.",
                  "If maintenance spending is not reduced, no depot will fall to D.")]
    assert first.found.value == "yes" and not first.found.text  # nothing in it says yes or no
    assert _denied_beside(q, first, [none_d]).value == "no"
    assert _denied_beside(q, first, [not_reduced]) is None
    assert _denied_beside(q, none_d, [first]) is None  # a sentence saying no itself is not overruled


def test_how_a_thing_still_to_come_turned_out_is_not_in_the_papers_and_is_said_so(tmp_path, embedder):
    """"What was the outcome of the Elmdale consultation?" when the paper gives it as running after its meeting, "what
    did the survey show?" of surveys that "will be undertaken", "what does the strategy say?" of one "being developed":
    the reports don't say, and the answer says why, citing the paper; what one that ran before it found is told."""
    assistant = _assistant_over(tmp_path, embedder, {
        "libraries.txt": _paper("DUNSMERE DISTRICT COUNCIL", "CABINET", "3 March 2026", "Library Service Review",
                                "This report updates Cabinet on the library service review.",
                                "2. CONSULTATION\n\n2.1\tA public consultation on the proposed closure of Elmdale "
                                "Library will run from 6 April 2026 to 18 May 2026.\n\n2.2\tA consultation on Westbury "
                                "Library's opening hours ran from 5 January 2026 to 16 February 2026 and received 412 "
                                "responses, most favouring later evening opening.\n\n3. NEXT STEPS\n\n3.1\tTo test the "
                                "changes, two surveys will be undertaken, for example:\n• A survey of library users\n"
                                "• A survey of non-users\n\n3.2\tA reading strategy for children is being developed with "
                                "schools.\n\n3.3\tThe mystery shopping exercise has been completed and found that 8 of 10 "
                                "calls were answered within a minute.\n"),
    })
    ahead = assistant.ask("what was the outcome of the elmdale library consultation?")
    assert ahead.abstained and "still to come" in ahead.answer, ahead.answer
    assert [c.paragraph for c in ahead.citations] == ["2.1"]
    held = assistant.ask("what did the westbury library consultation find?")
    assert not held.abstained and held.citations[0].paragraph == "2.2", held.answer
    for question in ("what did the survey of library users show?", "what does the children's reading strategy say?",
                     "what are the aims of the children's reading strategy?"):
        planned = assistant.ask(question)  # a bullet of things "will be undertaken", a thing "being developed"
        assert planned.abstained and [c.paragraph for c in planned.citations] == ["3.1" if "survey" in question else "3.2"]
    making = assistant.ask("what strategy is being developed with schools?")  # the making asked of is the answer
    assert not making.abstained and making.citations[0].paragraph == "3.2", making.answer
    done = assistant.ask("what did the mystery shopping exercise find?")
    assert not done.abstained and done.citations[0].paragraph == "3.3", done.answer


def test_a_figure_is_chosen_by_the_thing_asked_its_figure_naming_it(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"budget.txt": _paper(
        "OAKVALE DISTRICT COUNCIL", "CABINET", "19 November 2025", "Revenue Budget Monitoring: Quarter 2",
        "This report sets out the forecast revenue position at the end of September 2025.",
        "5. RESERVES\n\n5.1\tGeneral Fund reserves stood at £18.9m on 1 April 2025. If the overspend is not reduced, they "
        "would fall to £14.7m by 31 March 2026, below the minimum level of £15.0m set in the financial strategy.\n\n"
        "6. DEPOTS\n\n6.1\tCabinet agreed to move the fleet to the Eastfield depot, which has been refurbished at a cost "
        "of £1.1 million. Closing the old depot is expected to save £212,000 a year in running costs.\n\n"
        "6.2\tBuying 12 electric vans is expected to save £85,000 a year in fuel costs once all are in use.\n\n"
        "7. RECOMMENDATION\n\n7.1\tThat Cabinet approves the purchase of up to 12 electric vans, at a total cost of up "
        "to £540,000, funded by borrowing.\n")})
    for question, value in [("what is the minimum level of general fund reserves?", "£15,000,000"),
                            ("how much does closing the old depot save a year?", "£212,000"),  # what the money does
                            ("how much did the eastfield depot cost?", "£1,100,000"),
                            ("how much will the 12 vans cost?", "£540,000")]:
        answer = assistant.ask(question)
        assert answer.value == value, (question, answer.answer)


def test_what_a_word_asks_is_read_from_how_the_papers_use_it(tmp_path, embedder):
    from assistant.evidence import figure_asked
    from assistant.questions import understand

    # "what was X?" asks a figure when the papers give X as one, and words when they do not
    said = ["Average daily uptake of school meals in primary schools was 71% in 2024/25, compared with 68% in 2023/24.",
            "Uptake in secondary schools fell to 39% from 42%.", "This report updates the Committee on meal uptake."]
    assert figure_asked(understand("what was primary meal uptake last session?"), said) == "number"
    assert figure_asked(understand("what is the purpose of the report?"), [
        "The purpose of this report is to update the Committee on meal uptake in 2024/25."]) == ""
    assistant = _assistant_over(tmp_path, embedder, {"meals.txt": _paper(
        "DUNHOLM COUNCIL", "EDUCATION COMMITTEE", "3 September 2025", "School Meals: Uptake and Debt",
        "This report updates the Committee on the uptake of school meals in the 2024/25 session and the extension of "
        "free meals to pupils in Primary 6 and Primary 7.",
        "4. UPTAKE\n\n4.1\tAverage daily uptake of school meals in primary schools was 71% in 2024/25, compared with "
        "68% in 2023/24.\n\n4.2\tUptake in secondary schools fell to 39% from 42%.\n")})
    answer = assistant.ask("what was meal uptake in primary schools?")
    assert (answer.value, answer.answer_type) == ("71", "number") and answer.answer.startswith("71%."), answer.answer


def test_who_is_answered_by_the_field_saying_what_is_asked_and_a_name_before_an_office(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {
        "housing.txt": "MERRIDALE DISTRICT COUNCIL\n\nCABINET\n\nDate of meeting:\t24 June 2025\nReport title:\tHomeless "
                       "Families Reduction Plan\nReport of:\tDirector of Housing and Communities\nReport author:\tNadia "
                       "Forde, Head of Housing Options\n\n1. PURPOSE\n\n1.1\tThis report sets out a plan to reduce the "
                       "number of homeless families in hotels.\n",
        "decision.txt": "MERRIDALE DISTRICT COUNCIL\n\nOFFICER DECISION\n\nDate of decision:\t12 August 2025\nTitle:\t"
                        "Award of contract for street lighting lanterns\nDecision maker:\tDirector of Environment and "
                        "Neighbourhoods\nContact officer:\tOmar Reyes, Assets Manager\n\n1. DECISION\n\n1.1\tTo award a "
                        "contract for the supply of street lighting lanterns.\n"})
    assert assistant.ask("who wrote the report on homeless families?").value == "Nadia Forde"
    decided = assistant.ask("who made the decision on the street lighting contract?")
    assert decided.answer.startswith("Director of Environment"), decided.answer


def test_a_row_is_no_answer_about_another_item_of_its_table(tmp_path, embedder):
    register = _paper(
        "BRAMLEY DISTRICT COUNCIL", "AUDIT AND RISK COMMITTEE", "27 November 2025", "Strategic Risk Register",
        "To present the Strategic Risk Register for the Committee's review.",
        "3. THE REGISTER\n\n3.1\tThe register holds three strategic risks.\n\nRef\tRisk\tOwner\tResidual score\tRAG\n"
        "SR01\tFinancial sustainability over the medium term\tChief Finance Officer\t16\tRed\n"
        "SR02\tFailure of a major contractor\tHead of Procurement\t10\tAmber\n"
        "SR03\tData protection breaches\tData Protection Officer\t8\tAmber\n")
    assistant = _assistant_over(tmp_path, embedder, {"register.txt": register})
    assert assistant.ask("who owns the major contractor risk?").value == "Head of Procurement"
    climate = assistant.ask("who owns the climate change risk on the strategic risk register?")
    assert climate.abstained, climate.answer


def test_a_front_matter_field_labelled_with_what_is_asked_says_yes_or_no(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"decision.txt": (
        "MERRIDALE DISTRICT COUNCIL\n\nOFFICER DECISION\n\nDate of decision:\t12 August 2025\nTitle:\tAward of contract "
        "for street lighting equipment\nDecision maker:\tDirector of Environment\nIs key decision?:\tNo\n\n1. DECISION\n\n"
        "1.1\tTo award a four-year contract for the supply and servicing of street lighting equipment to Brightway "
        "Lighting Ltd, at a cost of £212,600 over the life of the contract.\n\n2. REASONS\n\n2.1\tBrightway Lighting Ltd "
        "submitted the most economically advantageous of the five tenders received.\n")})
    key = assistant.ask("is the street lighting equipment contract a key decision?")
    assert key.value == "no" and key.answer.startswith('No. "Is key decision?: No"'), key.answer


def test_who_are_they_is_answered_by_a_sentence_naming_several(assistant):
    answer = assistant.ask("who are the CA's main partners?")  # not a scoring field "... partners?: 2"
    assert "the M10 Mayoral Group" in answer.answer.split("\n")[0], answer.answer


def test_things_a_sentence_lists_after_a_colon_are_the_list_asked_for(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"minutes.txt": (
        "Minutes of the meeting of the Corporate Governance Committee held on Wednesday 5th March 2025\n\n"
        "21. CORPORATE RISK REGISTER\n\n21.1 The Head of Finance presented the Corporate Risk Register. Of the 12 "
        "corporate risks, 2 were rated amber: CR04 Workforce Capacity and CR09 Flood Defences. The remainder were "
        "rated green.\n\n21.2 Members asked for a briefing on risk CR09 before the summer.\n\n"
        "RESOLVED: That the Corporate Risk Register be noted.\n")})
    answer = assistant.ask("Which corporate risks were rated amber?")
    assert answer.answer_type == "list" and not answer.abstained, answer.answer
    assert answer.value == ["CR04 Workforce Capacity", "CR09 Flood Defences"], answer.answer
    assert answer.answer.startswith("Of the 12 corporate risks, 2 were rated amber:")


def test_how_many_so_far_is_the_place_in_the_series_a_sentence_says_has_taken_place():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    body = Paragraph("4.2", "4.2", "", "", "", "", "")
    asked = understand("How many tenant forums have there been so far?")
    assert find_value(asked, "The third tenant forum was held in Millbrook on 4 June.", None, body, {}).value == "3"
    assert find_value(asked, "The third newsletter went to tenants in June.", None, body, {}) is None  # not forums
    plain = understand("How many tenant forums were held in Millbrook?")  # no "so far": a number said, or none
    assert find_value(plain, "The third tenant forum was held in Millbrook on 4 June.", None, body, {}) is None


def test_a_sum_itemised_in_a_sentence_is_the_one_of_the_item_asked():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    body = Paragraph("2.1", "2.1", "", "", "", "", "")
    said = ("The savings of £300,000 come from ending the mobile library (£90,000), closing the Mill Lane depot "
            "(£160,000) and charging for replacement bins (£50,000).")
    weights = {"close": 5.0, "mill": 5.0, "lane": 4.0, "depot": 3.0, "save": 3.0}
    assert find_value(understand("how much does closing the Mill Lane depot save?"), said, None, body,
                      weights).value == "£160,000"
    total = {"save": 3.0, "total": 2.0}
    assert find_value(understand("how much do the savings come to in total?"), said, None, body, total).value == "£300,000"


def test_a_title_in_a_who_question_says_a_person_is_asked_not_what_about():
    from assistant.questions import understand

    assert understand("who's the lead cllr on this?").terms == ("lead",)
    assert understand("which councillor proposed the motion?").terms == ("proposed", "motion")
    assert "smith" in understand("who is councillor smith?").terms


def test_every_one_asked_of_a_sentence_counting_fewer_is_no_and_which_three_is_a_list():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    body = Paragraph("3.2", "3.2", "", "", "", "", "")
    every = understand("Were all the play areas inspected on time?")
    said = find_value(every, "Officers inspected 42 play areas in the quarter, 39 of them on time.", None, body, {})
    assert said.value == "no" and said.text == "39"
    assert find_value(every, "Officers inspected 42 play areas in the quarter, 42 of them on time.", None, body,
                      {}).value == "yes"
    assert understand("Which two schemes went over budget?").kind == "list"


def test_a_month_dating_what_is_asked_of_is_not_answered_by_a_paper_of_a_meeting_before_it(tmp_path, embedder):
    paper = ("Overview and Scrutiny Committee\n\nDate of meeting: 14 November 2023\n\nTitle: Workforce update\n\n"
             "1.1 The annual staff awards were held in October 2023. Over 120 staff attended the ceremony.\n")
    assistant = _assistant_over(tmp_path, embedder, {"workforce.txt": paper})
    assert assistant.ask("how many staff attended the October 2023 staff awards?").value == "120"
    later = assistant.ask("how many staff attended the Oct 2024 staff awards?")
    assert later.abstained, later.answer  # a 2023 paper cannot tell of 2024's


def test_anything_on_a_topic_asks_how_it_stands():
    from assistant.questions import understand

    assert understand("anything on the depot in the latest paper?").open
    assert understand("is there anything new about the library review?").open
    lead_in = understand("anything on the HR policies - were they signed off?")
    assert lead_in.kind == "yes_no" and not lead_in.open  # the question proper after the dash


def test_a_label_on_a_line_of_its_own_is_told_with_the_sentence_it_heads(tmp_path, embedder):
    paper = ("Audit Committee\n\nDate of meeting: 4 March 2025\n\nTitle: Internal audit of payroll\n\n"
             "2.1\t<p>The audit of payroll was completed in January 2025. It tested 60 payments. Two were made late. "
             "None were made twice. The audit gave reasonable assurance. The audit identified two actions:</p> "
             "<p>Action A (Low)</p> <ul> The payroll team will update its procedure notes by June 2025. "
             "<p>Action B (High)</p> <ul> The service will reconcile overtime claims to rotas every month.\n")
    assistant = _assistant_over(tmp_path, embedder, {"audit.txt": paper})
    history = [{"role": "user", "content": "how many actions came out of the payroll audit?"},
               {"role": "assistant", "content": "Two actions. [AC 4 Mar 2025, 2.1]"}]
    answer = assistant.ask("which one's high?", history).answer
    assert "Action" in answer and ("procedure notes" in answer or "reconcile overtime" in answer), answer


def test_why_of_a_fact_is_told_with_the_sentence_after_it_when_neither_says_because(tmp_path, embedder):
    paper = ("Scrutiny Panel\n\nDate of meeting: 9 October 2025\n\nTitle: Quarter 1 performance\n\n"
             "3.2 New housing benefit claims took 31 days on average to process against a target of 20 days. "
             "Two assessor posts are vacant. A recruitment campaign closes on 20 October. "
             "Changes of circumstances took 9 days against a target of 8 days. Appeals were decided in 40 days. "
             "The service answered 86% of calls within five minutes. Performance on new claims is expected to improve "
             "by Quarter 3.\n")
    assistant = _assistant_over(tmp_path, embedder, {"performance.txt": paper})
    answer = assistant.ask("why are new housing benefit claims taking so long?")
    assert "are vacant" in answer.answer, answer.answer


def test_a_pronoun_is_no_key_term():
    from assistant.questions import key_terms

    assert key_terms("how long will the dept keep an eye on us then?") == ("dept", "keep", "eye")


def test_a_sum_asked_of_each_thing_is_the_one_said_of_one_not_a_total_of_several(tmp_path, embedder):
    from assistant.questions import understand

    assistant = _assistant_over(tmp_path, embedder, {"fleet.txt": _paper(
        "ORMSBY DISTRICT COUNCIL", "CABINET", "4 June 2025", "Replacement of the Street Cleansing Fleet",
        "This report seeks approval to replace the street cleansing fleet.",
        "2. COSTS\n\n2.1\tThe replacement programme buys 6 electric sweepers over two years:\n\n"
        "| Item | 2025/26 | 2026/27 | Total |\n|---|---|---|---|\n"
        "| 6 electric sweepers | £315,000 | £315,000 | £630,000 |\n\n"
        "3. OPTIONS\n\n3.1\tOfficers compared diesel and electric machines. In market testing an electric sweeper "
        "came in at around £105,000, against £82,000 for a diesel model, but running costs are lower.\n")})
    each = assistant.ask("How much does each electric sweeper cost?")
    assert each.value == "£105,000" and each.citations[0].paragraph == "3.1", each.answer
    assert understand("how much was spent at each school?").many  # (a part from each, not a sum of one)


def test_an_exception_denies_all_of_it_not_the_rest():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    para = Paragraph("3.2", "3.2", "", "", "", "", "")
    said = "The refit of the depot is complete bar the roof repairs, which are expected in March."
    ask = lambda question: find_value(understand(question), said, None, para, {}).value
    assert ask("has all of the depot refit been done?") == "no"
    assert ask("so is the rest of the depot refit done?") == "yes"
    assert ask("are the roof repairs done?") == "no"  # the exception names what is asked


def test_a_sum_asked_across_papers_adds_up_each_ones_figure(tmp_path, embedder):
    from assistant.evals import Checker
    from assistant.questions import SUM_ASKED

    assistant = _assistant_over(tmp_path, embedder, {
        "quenby.txt": _paper("QUENBY DISTRICT COUNCIL", "CABINET", "2 July 2025", "New Leisure Centre",
                             "This report seeks approval to build a new leisure centre.",
                             "2. COSTS\n\n2.1\tThe new leisure centre has a total capital cost of £12,500,000, of which "
                             "£2,000,000 is for the pool.\n"),
        "rostrevor.txt": _paper("ROSTREVOR BOROUGH COUNCIL", "EXECUTIVE", "9 July 2025", "Depot Replacement",
                                "This report seeks approval to replace the depot.",
                                "2. COSTS\n\n2.1\tReplacing the depot will cost £3,750,000 in total, funded by "
                                "borrowing.\n")})
    both = assistant.ask("What is the combined capital cost of Quenby's new leisure centre and Rostrevor's depot?")
    assert both.value == "£16,250,000" and both.answer.startswith("In all: £16,250,000"), both.answer
    assert {(c.report_id, c.paragraph) for c in both.citations} == {("quenby", "2.1"), ("rostrevor", "2.1")}
    case = {"question": both.question, "expect": {"value": "£16,250,000"}, "cite": []}
    assert Checker(assistant).check(case, both)["value_in_cited"]  # a sum of the figures its citations give
    assert not SUM_ASKED.search("how many were rated red in all three reports?")  # a part of each, not a sum


def test_which_came_first_compares_the_dates_each_paper_gives(tmp_path, embedder):
    from assistant.questions import understand

    assistant = _assistant_over(tmp_path, embedder, {
        "quenby.txt": _paper("QUENBY DISTRICT COUNCIL", "AUDIT COMMITTEE", "12 March 2024", "Internal Audit Progress",
                             "This report updates the Committee on the internal audit plan.",
                             "2. PROGRESS\n\n2.1\tThe payroll audit was finalised on 5 February 2024.\n"),
        "rostrevor.txt": _paper("ROSTREVOR BOROUGH COUNCIL", "GOVERNANCE COMMITTEE", "20 November 2023",
                                "Risk Management Update", "This report updates the Committee on the risk register.",
                                "2. RISKS\n\n2.1\tThe risk register was last refreshed on 30 September 2023.\n")})
    assert understand("which came first: A or B?").kind == "date"
    meetings = assistant.ask("Which came first: Quenby's audit committee meeting on internal audit or Rostrevor's "
                             "committee meeting on risk management?")
    assert meetings.value == "2023-11-20" and meetings.answer.startswith("First: Risk Management Update"), meetings.answer
    assert [(c.report_id, c.paragraph) for c in meetings.citations] == [("rostrevor", "header"), ("quenby", "header")]
    later = assistant.ask("Which happened later: Quenby's payroll audit being finalised or Rostrevor's risk register "
                          "being refreshed?")
    assert later.value == "2024-02-05", later.answer  # the dates the papers give, not their meetings'


def test_an_authoritys_name_is_not_what_is_asked_of(tmp_path, embedder):
    from assistant.questions import understand

    assert not {"county", "council"} & set(understand("When must Quenby County Council publish its report?").terms)
    assert "county" in understand("who chairs the County Council?").terms  # a body, not a name's kind
    assistant = _assistant_over(tmp_path, embedder, {"quenby.txt": _paper(
        "QUENBY COUNTY COUNCIL", "CABINET", "14 October 2025", "Self-Assessment 2024/25",
        "This report presents the Council's self-assessment for 2024/25.",
        "2. BACKGROUND\n\n2.1\tThe Corporate Plan was adopted by County Council on 24 June 2024.\n\n"
        "2.2\tThe Council is required to publish a self-assessment of its performance by 31st October.\n")})
    answer = assistant.ask("When must Quenby County Council publish its self-assessment?")
    assert answer.value == "2025-10-31" and answer.citations[0].paragraph == "2.2", answer.answer


def test_a_name_holding_a_ratings_word_is_a_name(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"quenby.txt": _paper(
        "QUENBY COUNTY COUNCIL", "CABINET", "14 October 2025", "Council Plan Progress 2024/25",
        "This report sets out progress against the Council Plan priorities.",
        "2. PROGRESS\n\n2.1\tProgress by priority:\n\n\t•\tPriority 1 - Thriving Council: progress Green.\n"
        "\t•\tPriority 2 - Green Council: progress Red.\n\t•\tPriority 3 - Caring Council: progress Amber.\n")})
    answer = assistant.ask("What progress rating did the Green Council priority get?")
    assert answer.value == "Red" and "Green Council" in answer.answer, answer.answer


def test_whether_a_thing_goes_on_is_said_by_keeping_or_ending_it():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    para = Paragraph("2.4", "2.4", "", "", "", "", "")
    kept = "The Board agreed that the Improvement Panel will be retained until May 2026."
    ended = "The Improvement Panel was disbanded in March 2025."
    ask = lambda question, said: find_value(understand(question), said, None, para, {}).value
    assert ask("is the improvement panel being scrapped?", kept) == "no"
    assert ask("is the improvement panel still going?", ended) == "no"
    assert ask("is the improvement panel still going?", kept) == "yes"
    assert ask("has spending continued to increase?", "Spending rose by 4% in the quarter.") == "yes"  # a figure's way


def test_a_question_minutes_report_is_answered_by_the_reply_after_it(tmp_path, embedder):
    from assistant.facts import find_causes

    assert find_causes("Councillor Hale declared an interest as a trustee of the trust.") == []  # a role, no cause
    assert find_causes("No family had stayed longer than six weeks since 4 August 2025.") == []  # a time, no cause
    assert [f.text for f in find_causes("It was delayed, as staff were off sick.")] == ["as"]
    assistant = _assistant_over(tmp_path, embedder, {"minutes.txt": (
        "QUENBY DISTRICT COUNCIL\n\nMINUTES of the meeting of the HOUSING COMMITTEE held on Tuesday 3 June 2025\n\n"
        "14. HOMELESSNESS UPDATE\n\n14.1 Councillor Hale declared an interest as a landlord in the district.\n\n"
        "14.2 Members asked why only 6 landlords had joined the rent guarantee scheme. The Housing Manager said that "
        "landlords found the guaranteed rent too low compared with private lettings.\n\nRESOLVED:\n\n(1) That the "
        "update be noted.\n\n(2) That Cabinet be recommended to pay landlords who join the rent guarantee scheme a "
        "one-off incentive of £1,000.\n")})
    history = [{"role": "user", "content": "how many landlords had joined the rent guarantee scheme?"},
               {"role": "assistant", "content": '6. "Members asked why only 6 landlords had joined the rent guarantee '
                                                'scheme." [HC 3 Jun 2025, 14.2]'}]
    answer = assistant.ask("why so few?", history)
    assert answer.citations[0].paragraph == "14.2" and "too low" in answer.answer.split('" [')[0], answer.answer


def test_this_year_is_no_calendar_year():
    from assistant.questions import understand

    assert understand("how much are we forecast to overspend this year?", today=dt.date(2026, 12, 3)).time == ("", "")
    assert understand("what was the overspend last year?", today=dt.date(2026, 12, 3)).time == ("=", "2025")


def test_when_a_thing_runs_is_said_by_its_span(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "QUENBY DISTRICT COUNCIL", "CABINET", "9 September 2025", "Draft Parking Strategy",
        "This report seeks approval to consult on the draft parking strategy.",
        "2. CONSULTATION\n\n2.1\tThe consultation would run for eight weeks, and the Council expects to adopt the "
        "strategy in March 2026.\n\n2.2\tThe draft parking strategy is approved for consultation from 22 September 2025 to "
        "17 November 2025.\n")})
    answer = assistant.ask("when does the parking strategy consultation run?")
    assert answer.citations[0].paragraph == "2.2" and "17 November 2025" in answer.answer, answer.answer


def test_a_body_named_is_not_answered_of_another_of_its_kind(tmp_path, embedder):
    from assistant.evidence import _another_body, _bodies

    asked = _bodies("Who chaired the Quenby Combined Authority Board meeting?")
    assert _another_body(asked, "The Improvement Programme Board, chaired by the Chief Executive, meets fortnightly.")
    assert not _another_body(asked, "The CA Board met on 29 January 2025.")  # its initials
    assert not _another_body(asked, "The Board was chaired by the Mayor.")  # no other named
    assistant = _assistant_over(tmp_path, embedder, {"board.txt": _paper(
        "QUENBY COMBINED AUTHORITY", "COMBINED AUTHORITY BOARD", "29 January 2025", "Improvement Plan Update",
        "This report updates the Board on the improvement plan.",
        "2. GOVERNANCE\n\n2.1\tThe Improvement Programme Board, chaired by the Chief Executive, continues to meet "
        "fortnightly.\n")})
    assert assistant.ask("Who chaired the Quenby Combined Authority Board meeting on 29 January 2025?").abstained
    assert not assistant.ask("Who chairs the Improvement Programme Board?").abstained


def test_a_paragraph_naming_a_row_speaks_of_it_and_what_waits_on_an_event_is_a_cause(tmp_path):
    from assistant.evidence import _parts_named, paragraph_stems
    from assistant.facts import find_causes
    from assistant.questions import key_terms
    from assistant.reports import read_report

    assert [f.text for f in find_causes("The test cannot take place until the migration is complete.")] == [
        "cannot take place until"]
    assert find_causes("The target will not be met until summer 2026.") == []  # a time waited for is no cause
    assert not set(key_terms("Why hasn't it been done yet?")) & {"hasn", "t"}  # "has not"
    (tmp_path / "tracker.md").write_text(
        "# Quenby District Council\n\n# Audit Recommendations Tracker\n\n**Report to:** Audit Committee  \n"
        "**Date of meeting:** 26 June 2024  \n\n## 3. Tracker\n\n3.1 The table shows the open recommendations.\n\n"
        "| Ref | Audit | Recommendation | Status |\n|---|---|---|---|\n"
        "| 24 IT 07 | Backup Restoration | Test the restoration of backups every quarter | Overdue |\n"
        "| 24 HR 02 | Recruitment | Complete the vetting checks for all new starters | Complete |\n\n"
        "## 4. Commentary\n\n4.1 24 IT 07 has been revised once. The Head of IT has explained that a full test cannot "
        "take place until the new storage system is installed in October 2024.\n")
    report = read_report(tmp_path / "tracker.md")
    commentary = next(p for p in report.paragraphs if p.label == "4.1")
    named = _parts_named(report, commentary, commentary.text)  # "24 IT 07 has been revised once": that row's words
    assert paragraph_stems("backup restoration") <= named and not paragraph_stems("vetting") & named


def test_a_follow_up_naming_nothing_asks_of_what_the_last_answer_said(tmp_path, embedder):
    """"Until when?" after an answer saying the panel was renamed the Resident Advisory Forum: how long the forum goes
    on, in the paragraph beside the one cited ("The Forum ... will continue until"), not a date the panel was set up."""
    assistant = _assistant_over(tmp_path, embedder, {"panel.txt": _paper(
        "QUENBY DISTRICT COUNCIL", "CABINET", "12 March 2025", "Tenant Scrutiny Update",
        "This report updates Cabinet on tenant scrutiny.",
        "2. THE PANEL\n\n2.1\tThe Tenant Scrutiny Panel was set up by Cabinet in June 2021 to review the housing "
        "service.\n\n2.2\tThe panel is being kept in a new form, renamed the Resident Advisory Forum, with a narrower "
        "remit.\n\n2.3\tThe Forum and its narrower remit will continue until the end of March 2026.\n")})
    history = [{"role": "user", "content": "what's happening with the tenant scrutiny panel?"},
               {"role": "assistant", "content": "It is being kept in a new form, renamed the Resident Advisory Forum, "
                                                "with a narrower remit. [Cabinet 12 Mar 2025, 2.2]"}]
    answer = assistant.ask("until when?", history)
    assert answer.value == "2026-03" and answer.citations[0].paragraph == "2.3", answer.answer


def test_a_number_joined_to_a_word_names_a_thing_and_does_not_count_it():
    from assistant.evidence import find_value
    from assistant.questions import understand
    from assistant.reports import Paragraph

    q = understand("How many students get free post-16 transport?")
    said = "Free post-16 transport on the A614 corridor is given to 240 students from low income families."
    weights = {"student": 1.0, "transport": 1.0}
    assert find_value(q, said, None, Paragraph("3.2", "3.2", "", "", "", "", ""), weights).value == "240"


def test_a_word_asked_said_otherwise_places_the_value(tmp_path, embedder):
    """"Extra fees" is what a paper calls "additional fees": of a sentence giving the whole and its two parts, the
    figure the paper's word for it governs (not the scale fee before it)."""
    minutes = _paper("Quenby District Council", "Audit Committee", "12 March 2025", "External Audit Annual Report",
                     "To receive the external auditor's annual report for 2023/24.",
                     "2. FEES\n\n2.1\tThe final audit fee for 2023/24 was £88,300, comprising the scale fee of £70,100 "
                     "and additional fees of £18,200, the latter subject to approval by the appointing body.\n")
    quenby = _assistant_over(tmp_path, embedder, {"audit.txt": minutes})
    fee = [{"role": "user", "content": "what was quenby's final audit fee for 2023/24?"},
           {"role": "assistant", "content": "£88,300. [AC 12 Mar 2025, 2.1]"}]
    extra = quenby.ask("and how much of that was extra fees?", fee)
    assert extra.value == "£18,200", extra.answer


def test_a_count_of_a_year_asked_is_not_one_dated_after_it(tmp_path, embedder):
    """"How many were approved in 2017/18?" is not answered by a count of April to December 2019, which answers for
    2019/20."""
    log = _paper("Quenby District Council", "Children's Scrutiny Committee", "4 February 2020", "Fostering Update",
                 "To update the Committee on fostering.",
                 "2. FOSTERING\n\n2.1\tFourteen new fostering households were approved between April and December "
                 "2019 and nine were de-registered.\n\n2.2\tThe average time to approve a household was 204 days, "
                 "compared with 241 days in 2018/19.\n")
    quenby = _assistant_over(tmp_path, embedder, {"fostering.txt": log})
    before = quenby.ask("how many fostering households did quenby approve in 2017/18?")
    assert before.abstained, before.answer
    during = quenby.ask("how many fostering households did quenby approve in 2019/20?")
    assert during.value == "14" and during.citations[0].paragraph == "2.1", during.answer


def test_a_cost_asked_is_not_a_sum_saved_or_coming_in(tmp_path, embedder):
    """"How much did the heat pumps cost?" is not answered by funding secured for them, nor "how much does the library
    cost to run?" by what it must save; "how much funding was secured?" is."""
    report = _paper("Quenby District Council", "Cabinet", "3 February 2026", "Climate Progress",
                    "To report progress on the climate plan.",
                    "4. PROGRESS\n\n4.1\tThe Council has secured £2.3 million of grant funding from Salix to fit heat "
                    "pumps at the leisure centre.\n\n4.2\tThe library service has to save £240,000 a year from its "
                    "running costs.\n")
    quenby = _assistant_over(tmp_path, embedder, {"climate.txt": report})
    assert quenby.ask("how much did the heat pumps at the leisure centre cost?").abstained
    assert quenby.ask("how much does the library service cost to run each year?").abstained
    secured = quenby.ask("how much funding has quenby secured for heat pumps?")
    assert secured.value == "£2,300,000" and secured.citations[0].paragraph == "4.1", secured.answer


def test_a_sum_asked_of_one_kind_is_not_one_said_as_another(series_assistant):
    """"How much does closing the day centre save a year?" is the saving ("expected to save £212,000 a year"), not the
    sum the closure's paragraph gives as a cost ("refurbished at a cost of £1.1 million")."""
    answer = series_assistant.ask("how much does closing the day centre save a year?")
    assert answer.value == "£212,000", answer.answer


def test_same_again_asks_yes_or_no_beside_the_last_answer(tmp_path, embedder):
    """"same in 2025?", "is it still the same at q3?": the last question asked again of another period's paper, and
    answered yes or no by whether that paper gives what the last answer led with; its own value cited below."""
    assistant = _assistant_over(tmp_path, embedder, {
        f"{n}.txt": _paper("TARVELEY BOROUGH COUNCIL", "CABINET", date, f"Performance Report Quarter {n}",
                           "This report sets out performance for the quarter.",
                           f"2. WORKSTREAMS\n\n2.1\tLibraries ({libraries}). Visits rose in the quarter.\n\n"
                           f"2.2\tParks ({parks}). Grass cutting was completed on time.\n\n"
                           f"3. CONTACTS\n\n3.1\tContact officer: {officer}, Performance Lead\n")
        for n, date, libraries, parks, officer in ((1, "10 September 2025", "Green", "Amber", "Ruth Jessop"),
                                                   (2, "10 December 2025", "Green", "Red", "Ruth Jessop"),
                                                   (3, "11 March 2026", "Amber", "Red", "Colm Heaney"))})
    asked = "how was the libraries workstream rated in september 2025?"
    first = assistant.ask(asked)
    assert first.value == "Green", first.answer
    history = [{"role": "user", "content": asked}, {"role": "assistant", "content": first.answer}]
    same = assistant.ask("same in december 2025?", history)
    assert (same.answer_type, same.value, same.citations[0].report_id) == ("yes_no", "yes", "2"), same.answer
    moved = assistant.ask("is it still the same in march 2026?", history)
    assert (moved.value, moved.citations[0].report_id) == ("no", "3"), moved.answer
    assert "Amber" in moved.answer and "Green" in moved.answer  # what it is now, and what it was
    asked = "who was the contact officer in september 2025?"
    officer = assistant.ask(asked)
    history = [{"role": "user", "content": asked}, {"role": "assistant", "content": officer.answer}]
    assert assistant.ask("was it the same in december 2025?", history).value == "yes"
    assert "Colm Heaney" in assistant.ask("same in march 2026?", history).answer


def test_a_count_of_days_is_not_a_span_in_months_and_may_be_a_fraction(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"q1.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "CABINET", "10 September 2025", "Performance Report Quarter 1",
        "This report sets out performance for the quarter.",
        "2. MEASURES\n\nRef\tMeasure\tTarget\tQ1 result\tRAG\n"
        "TP1\tWorking days lost to sickness per employee (rolling 12 months)\t8.0\t10.4\tRed\n"
        "TP2\tHomes re-let within 28 days (%)\t90%\t86%\tAmber\n")})
    answer = assistant.ask("how many days were lost to sickness at q1?")
    assert answer.value == "10.4", answer.answer  # not "12" (months), nor the target


def test_a_figure_a_year_and_a_figure_raised(tmp_path, embedder):
    """"How many homes a year?" is the figure said a year, not the plan period's; a figure raised "from 612 to 781"
    is no span of numbers, and its "to" is what it is now, unless another figure is said of more of what is asked."""
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "LOCAL PLAN PANEL", "15 October 2026", "Housing Need Update",
        "This report updates the Panel on housing need.",
        "2. HOUSING NEED\n\n2.1\tThe new standard method raises the figure from 612 to 781 homes a year, or 13,277 homes "
        "over the plan period.\n")})
    assert assistant.ask("how many homes a year does the new standard method give?").value == "781"
    assert assistant.ask("how many homes over the plan period does the standard method give?").value == "13277"
    assert assistant.ask("what was the housing need figure before the new method?").value == "612"


def test_going_to_asks_of_what_is_to_come(tmp_path, embedder):
    """"Is it going to make its March 2026 opening date?" asks of a month to come, which a paper before it answers."""
    assistant = _assistant_over(tmp_path, embedder, {"depot.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "CABINET", "10 September 2025", "Depot Update", "This report updates Cabinet.",
        "2. PROGRESS\n\n2.1\tThe new depot will not be ready by March 2026; it is now expected to open in June 2026.\n")})
    answer = assistant.ask("is the new depot going to make its march 2026 opening date?")
    assert (answer.value, answer.citations[0].paragraph) == ("no", "2.1"), answer.answer


def test_why_is_answered_by_a_section_giving_reasons_in_its_order(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "LOCAL PLAN PANEL", "15 October 2026", "Local Plan Timetable",
        "This report sets out a revised timetable for the Local Plan.",
        "2. WHY THE TIMETABLE HAS TO CHANGE\n\n2.1\tA new national method for calculating housing need raises the "
        "number of homes the plan must provide for.\n\n2.2\tThe Government has said that plans not submitted by "
        "December 2026 will be examined under the new system. The revised timetable accepts that the Council will "
        "not meet that date.\n\n3. THE REVISED TIMETABLE\n\n3.1\tSubmission is now expected in February 2028.\n")})
    answer = assistant.ask("why is the local plan timetable slipping?")
    assert answer.citations[0].paragraph == "2.1", answer.answer


def test_a_date_in_a_columns_header_is_no_date_of_the_row(tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"plan.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "LOCAL PLAN PANEL", "15 October 2026", "Local Plan Timetable",
        "This report sets out a revised timetable for the Local Plan.",
        "3. TIMETABLE\n\n3.1\tThe table below sets out the main stages.\n"
        "Stage\tTimetable of March 2024\tRevised date\n"
        "Publication\tSeptember 2026\tOctober 2027\n"
        "Adoption\tDecember 2027\tSpring 2029\n")})
    history = [{"role": "user", "content": "when will the plan be adopted?"},
               {"role": "assistant", "content": "Spring 2029. [LPP 15 Oct 2026, 3.1]"}]
    before = assistant.ask("and what was the date before?", history)
    assert before.value == "2027-12", before.answer  # not the header's "March 2024"


def test_figures_of_a_treasury_review_by_day_year_budget_and_end(tmp_path, embedder):
    """The figure of the day asked; a yearly figure said before it; over budget said as "more than the budget"; an
    end said as "extended to"."""
    assistant = _assistant_over(tmp_path, embedder, {"treasury.txt": _paper(
        "TARVELEY BOROUGH COUNCIL", "AUDIT COMMITTEE", "26 November 2025", "Treasury Management Review",
        "This report reviews treasury management.",
        "3. INVESTMENTS AND BORROWING\n\n3.1\tAt 30 September 2025 the Council held investments of £38.6 million, down "
        "from £44.2 million at 31 March 2025.\n\n3.2\tIf the grant bid fails, a funding gap of £6.6 million would need "
        "more borrowing, with annual loan charges of around £420,000.\n\n"
        "4. INCOME\n\n4.1\tInvestment income is forecast at £1.71 million, £240,000 more than the budget of £1.47 "
        "million.\n\n4.2\tThe loss is held in a reserve under the statutory override, which the Government has extended "
        "to 31 March 2029.\n")})
    assert assistant.ask("what were tarveley's investments at 31 march 2025?").value == "£44,200,000"
    assert assistant.ask("what would the yearly loan charges be if the grant bid fails?").value == "£420,000"
    assert assistant.ask("how far over budget is the investment income?").value == "£240,000"
    assert assistant.ask("when does the statutory override end?").value == "2029-03-31"


def test_a_briefing_leads_with_its_paragraphs_gist_and_a_place_in_a_series_none_names_is_not_answered(
        tmp_path, embedder):
    assistant = _assistant_over(tmp_path, embedder, {"depot.txt": _paper(
        "ARNSIDE DISTRICT COUNCIL", "CABINET", "9 January 2025", "New Depot",
        "This report updates Cabinet on the new depot.",
        "5. FINANCIAL IMPLICATIONS\n\n5.1\tThere are no direct financial implications of this report. The depot "
        "budget assumes that the new depot opens in the spring, with provision for the interim yard to stay open "
        "until March 2026.\n\n6. LEGAL IMPLICATIONS\n\n6.1\tThe lease of the interim yard ends in March 2026.\n"),
        "staff.txt": _paper(
        "ARNSIDE DISTRICT COUNCIL", "EMPLOYMENT COMMITTEE", "9 January 2025", "Staff Engagement",
        "This report updates the Committee on staff engagement.",
        "2. SURVEYS\n\n2.1\tThe first all-staff survey closed in March 2024 with a response rate of 48%. The "
        "survey found that 72% of staff are proud to work for the council, and that workload is their main "
        "concern.\n\n2.2\tStaff networks meet monthly.\n")})
    # a briefing quotes a prose paragraph's first sentence ("There are no direct implications ...") before the later
    # one it chose, which goes on from it
    answer = assistant.ask("where are we with the interim yard?")
    lines = answer.answer.split("\n")
    assert lines[0].startswith('- "There are no direct financial implications of this report."'), answer.answer
    assert "The depot budget assumes" in lines[1], answer.answer
    # a place in a series no paragraph found names is not answered by one that tells of another place
    first = assistant.ask("what was the response rate to the first all-staff survey?")
    assert first.value == "48" and not first.abstained, first.answer
    third = assistant.ask("what did the third all-staff survey find?")  # (not "The survey found that ...")
    assert third.abstained and "The first all-staff survey closed" in third.answer, third.answer
    assert [c.paragraph for c in third.citations] == ["2.1"]

"""Retrieval and question understanding on the real index: the lexical side finds names, numbers
and acronyms; filters filter; follow-ups use the conversation."""

import datetime as dt

import pytest

from assistant.errors import BadFilter
from assistant.questions import understand
from assistant.retrieve import Scope

from conftest import REPORT_2023, REPORT_2024


@pytest.mark.parametrize("query, first", [
    ("EDAF", {"2.3"}), ("CfGS", {"2.3/2"}), ("PMO", {"2.5/2"}), ("£250K", {"5.1"}), ("4Risk", {"2.5/2"}),
    ("Max Soule", {"A", "1.1", "2.1", "4.1"}),
])
def test_bm25_puts_names_numbers_and_acronyms_first(assistant, query, first):
    ranked = assistant.retriever.rankings(query, 5)["bm25"]
    assert ranked and ranked[0][0].split("#")[1] in first


def test_a_filter_that_matches_nothing_returns_nothing_and_says_why(assistant):
    with pytest.raises(BadFilter, match="no reports on or after 2030-01-01"):
        assistant.ask("Who is the lead member?", scope=Scope.from_flags(since="2030-01-01"))
    with pytest.raises(BadFilter, match="no report with id nope"):
        assistant.ask("Who is the lead member?", scope=Scope.from_flags(["nope"]))
    answer = assistant.ask("What did the 2022 report recommend?")
    assert answer.abstained and answer.citations == ()
    assert "no indexed report is from 2022" in answer.answer and "2023-11-27 to 2024-11-07" in answer.answer


def test_time_words_choose_reports(assistant):
    latest = assistant.ask("Who wrote the latest report?")
    assert latest.value == "Janice Gotts" and latest.citations[0].report_id == REPORT_2024
    older = assistant.ask("Who wrote the November 2023 report?")
    assert older.citations[0].report_id == REPORT_2023 and "Angela Probert" in older.answer
    after = assistant.ask("What happened to the Best Value Notice after the November 2023 report?")
    assert {c.report_id for c in after.citations} == {REPORT_2024}
    q = understand("What was agreed last year?", today=dt.date(2024, 6, 1))
    assert q.time == ("=", "2023") and "last" not in q.terms


@pytest.mark.parametrize("earlier, follow_up, check", [
    ("How was procurement rated?", "And the other workstreams?",
     lambda a: {c.paragraph for c in a.citations} == {"2.3", "2.4", "2.5", "2.6", "2.7"} and "Green/Amber" in a.answer),
    ("What did the Board decide about the SAF, PMF and RMF on 20th September?", "When was that?",
     lambda a: a.value == "2023-09-20" and a.citations[0].paragraph == "2.5"),
    ("What is the November 2024 report about?", "Who wrote it?",
     lambda a: a.value == "Janice Gotts" and a.citations[0].paragraph == "header"),
    ("Who wrote the letter about the Best Value Notice?", "When was it dated?",
     lambda a: a.value == "2024-09-09"),
])
def test_follow_ups_resolve_against_the_conversation(assistant, earlier, follow_up, check):
    answer = assistant.ask(follow_up, [{"role": "user", "content": earlier}])
    assert check(answer), answer.answer


def test_several_reports_each_part_says_where_it_comes_from(assistant):
    answer = assistant.ask("When were the Best Value Notices issued?")
    assert "January 2023" in answer.answer and "January 2024" in answer.answer
    assert len(answer.citations) >= 2 and answer.answer.count("[OSC") == len(answer.citations)


def test_committee_and_section_scope(assistant):
    legal = assistant.ask("Are there any legal implications?", scope=Scope.from_flags(section="legal"))
    assert {c.paragraph for c in legal.citations} <= {"5.2", "6.1"} and legal.citations
    with pytest.raises(BadFilter, match="no paragraph under a section or heading like 'nonsense'"):
        assistant.ask("What is the budget?", scope=Scope.from_flags(section="nonsense"))
    with pytest.raises(BadFilter, match="no reports of a committee named like 'cabinet'"):
        assistant.ask("Who is the lead member?", scope=Scope.from_flags(committee="cabinet"))
    scoped = assistant.ask("How was procurement rated?", scope=Scope.from_flags(committee="scrutiny"))
    assert scoped.value == "Green"


@pytest.mark.parametrize("question, kind, is_open", [
    ("What price is expected for the land?", "amount", False),
    ("What garden waste charge per bin is proposed?", "amount", False),
    ("How's procurement going?", "text", True),
    ("where are we with the hub?", "text", True),
    ("When is the hub due?", "date", False),
    ("What was the actual figure for library visits?", "number", False),
    ("Has 23/24 HR 03 been given a revised due date?", "yes_no", False),  # a yes or no, whatever it is about
    ("Is the rating Green or Amber?", "rating", False),
    ("Which number conference was that?", "number", False),
    ("what did ministers decide about the notice in the end?", "decision", False),  # a plural subject is no list
    ("When will Council be asked to adopt the policy?", "date", False),
    ("What agenda item number was the report?", "number", False),
    ("any direct money implications from the closure paper?", "yes_no", False),
    ("any update on the review?", "text", True),
])
def test_what_a_question_asks_for(question, kind, is_open):
    q = understand(question)
    assert (q.kind, q.open) == (kind, is_open)


def test_a_follow_up_searches_with_what_the_last_answer_said():
    history = [{"role": "user", "content": "Who is proposed as the new chair of the panel?"},
               {"role": "assistant", "content": "Dr Lorna Quayle. [CAB 29 Jan 2025, D]"}]
    q = understand("Who is she replacing?", history)
    assert q.follow_up and "Lorna Quayle" in q.query and "CAB" not in q.query
    abstained = [history[0], {"role": "assistant", "content": "The reports don't say: none of the indexed paragraphs ..."}]
    assert "indexed" not in understand("Who is she replacing?", abstained).query


def test_what_is_the_thing_asked_is_what_an_answer_must_speak_of():
    assert understand("What is the pupil roll at Ardnish Academy?").focus == "roll"
    assert understand("What is the purpose of the report?").focus == "purpose"


@pytest.mark.parametrize("question, time", [
    ("what rating did partnership working get in the nov 23 paper?", ("=", "2023-11")),
    ("What changed before the Sept 2024 meeting?", ("<", "2024-09")),
    ("and the 2024 one?", ("=", "2024")),
    ("Were 23 meetings held?", ("", "")),  # a number is not a year without its month
])
def test_a_report_named_the_way_members_write_it(question, time):
    assert understand(question).time == time


@pytest.mark.parametrize("question, summary", [
    ("Summarise the 2024 report", True), ("Can you summarise the nov 24 paper please", True),
    ("what are the key points of the latest report?", True),
    ("When did the Overview and Scrutiny Committee look at the draft report?", False),  # a committee's name
])
def test_a_whole_report_asked_for(question, summary):
    assert understand(question).summary == summary

"""Questions across a series of one council's reports (`evals/series/`: quarterly performance reports to Cabinet in
three formats), two minutes of another council's committee and a third council's action plan updates and capital
programme, asked of the real index."""

import re

import pytest

from assistant.questions import understand


def ask(assistant, question, history=()):
    return assistant.ask(question, list(history))


def cited(answer):
    return [(c.meeting_date, c.paragraph) for c in answer.citations]


def test_a_follow_up_naming_a_quarter_asks_that_quarters_report(series_assistant):
    first = ask(series_assistant, "how many empty homes needed major works at q1?")
    assert first.value == "23" and cited(first)[0] == ("2025-09-17", "3.2")
    history = [{"role": "user", "content": "how many empty homes needed major works at q1?"},
               {"role": "assistant", "content": first.answer}]
    later = ask(series_assistant, "and by q2?", history)
    assert later.value == "11" and cited(later)[0] == ("2025-12-10", "3.2")
    # a figure a table's row gave: the row of the same reference in that quarter's paper, its column of that quarter
    history = [{"role": "user", "content": "what was fellbridge's sickness absence at q1?"},
               {"role": "assistant", "content": "10.2 days. [Cabinet 17 Sep 2025, FP3]"}]
    row = ask(series_assistant, "and at q3?", history)
    assert row.value == "9.7" and cited(row)[0] == ("2026-03-11", "FP3"), row.answer


def test_two_quarters_named_give_a_part_each(series_assistant):
    answer = ask(series_assistant, "who was the contact officer on the q1 and q3 performance reports?")
    assert "Daniel Price" in answer.answer and "Hannah Lowe" in answer.answer


def test_a_meeting_named_by_its_month_alone(series_assistant):
    answer = ask(series_assistant, "what was cabinet asked to approve in december?")
    assert {d for d, _ in cited(answer)} == {"2025-12-10"} and "£60,000" in answer.answer
    # a month in which the body named met in no indexed paper is another body's meeting, looked for in the text
    other = ask(series_assistant, "what did the board agree at its june meeting?")
    assert "no indexed report is of a meeting" not in other.answer


def test_a_rating_in_every_report_of_a_series(series_assistant):
    answer = ask(series_assistant, "which fellbridge measure was red in every quarter?")
    assert answer.answer_type == "list" and answer.value == [
        "Working days lost to sickness per employee (rolling 12 months)"]
    assert cited(answer) == [("2025-09-17", "FP3"), ("2025-12-10", "FP3"), ("2026-03-11", "FP3")]


def test_a_workstream_rated_in_its_first_words_moves_report_by_report(series_assistant):
    answer = ask(series_assistant, "how did the assets workstream's rating change over the three reports?")
    assert answer.value == "Green" and cited(answer)[0] == ("2026-03-11", "4.3")  # the latest, cited first
    assert [line.split(":")[1].split(".")[0].strip() for line in answer.answer.splitlines()[1:]] == [
        "Red", "Amber", "Green"]


@pytest.mark.parametrize("question, history, value", [
    ("how much was the transformation budget increased by?", (), "£60,000"),  # "an increase of £60,000"
    ("how much more than the year before is that?",
     ({"role": "user", "content": "what's corbury's external audit fee for 2024/25?"},
      {"role": "assistant", "content": "£168,400. [AGC 24 Jul 2025, 16.1]"}), "£21,900"),
    ("when does the new absence policy start?", (), "2026-01-01"),  # "takes effect on", not "approved ... on"
    ("when is it booked for now?",  # the date said of the event asked, in whichever column
     ({"role": "user", "content": "which corbury audit action is overdue?"},
      {"role": "assistant", "content": "AG3: Arrange training for members on treasury management [AGC 27 Nov 2025, AG3]"}),
     "2026-01-15"),
])
def test_the_value_the_question_asks_for_among_several(series_assistant, question, history, value):
    assert ask(series_assistant, question, history).value == value


def test_a_span_of_quarters_names_each_between():
    from assistant.questions import periods_named

    assert periods_named("how has it moved q1 to q3?") == [("quarter", "1"), ("quarter", "2"), ("quarter", "3")]
    assert periods_named("what was it at Q1 and at Q3?") == [("quarter", "1"), ("quarter", "3")]


def test_a_tracker_row_is_done_by_its_status(series_assistant):
    answer = ask(series_assistant, "AG1 - done?")  # July's row gives no status; November's says Complete
    assert answer.value == "yes" and cited(answer)[0] == ("2025-11-27", "AG1")
    again = ask(series_assistant, "what's the new date for it?", [
        {"role": "user", "content": "which corbury audit action is overdue?"},
        {"role": "assistant", "content": "AG3: Arrange training for members on treasury management [AGC 27 Nov 2025, AG3]"}])
    assert again.value == "2026-01-15"


def test_a_difference_not_said_is_not_worked_out(series_assistant):
    answer = ask(series_assistant, "how many more complaints were there in q2 than in q1?")
    assert answer.value is None


def test_who_attended(series_assistant):
    answer = ask(series_assistant, "who was at the november audit and governance committee?")
    assert cited(answer)[0] == ("2025-11-27", "header") and "Bernard Toft" in answer.answer


def test_a_month_alone_names_that_months_paper_and_now_the_newest_of_the_same_body(series_assistant):
    """An action plan tracked in June and again in January: "in june" asks the June paper's rating, "now" and "the new
    deadline" the January paper's (not the older row, though it words the question more closely)."""
    june = ask(series_assistant, "what was the financial resilience action rated in june?")
    assert june.value == "Red" and cited(june)[0] == ("2025-06-18", "GOV4"), june.answer
    now = ask(series_assistant, "how is the cyber security action rated now?")
    assert now.value == "Red" and cited(now)[0][0] == "2026-01-21", now.answer
    deadline = ask(series_assistant, "what's the new deadline for the workforce strategy?")
    assert deadline.value == "2026-03-31" and cited(deadline)[0] == ("2026-01-21", "GOV3"), deadline.answer


def test_how_a_rated_row_moved_between_two_updates(series_assistant):
    """An action plan's row rated in June and again in January, its cells worded differently: "how has the financial
    resilience rating moved between the two updates?" and "did the cyber security action get better or worse?" set
    the two ratings side by side, newest first among the citations (not "no report rates ... updates")."""
    moved = ask(series_assistant, "how has the financial resilience rating moved between the two updates?")
    assert moved.value == "Amber" and cited(moved) == [("2026-01-21", "GOV4"), ("2025-06-18", "GOV4")], moved.answer
    worse = ask(series_assistant, "did the cyber security action get better or worse since june?")
    assert cited(worse) == [("2026-01-21", "GOV6"), ("2025-06-18", "GOV6")] and "Amber" in worse.answer, worse.answer


def test_what_someone_is_asked_to_do_is_the_recommendation_asking_it(series_assistant):
    answer = ask(series_assistant, "what is the head of ICT being asked to do?")
    assert cited(answer)[0] == ("2026-01-21", "2.1(c)") and "attend" in answer.answer, answer.answer


def test_why_after_a_date_is_asked_of_the_row_that_gave_the_date(series_assistant):
    """A reply that is a date ("31 March 2026.") says none of its row's words: "why was it put back?" is asked of that
    row, whose progress cell gives the reason."""
    history = [{"role": "user", "content": "what's the new deadline for the workforce strategy?"},
               {"role": "assistant", "content": "31 March 2026. [ASC 21 Jan 2026, GOV3]"}]
    answer = ask(series_assistant, "why was it put back?", history)
    assert cited(answer)[0] == ("2026-01-21", "GOV3") and "pay and grading" in answer.answer, answer.answer


def test_when_it_was_first_due_is_the_date_a_move_was_from(series_assistant):
    """After an answer about the bridge scheme, "when was it first due to be finished?" asks of the finishing (past
    "first" and "due to be"), said as "completion has moved from December 2025 to March 2026": the date it moved from,
    not the earliest date of any good sentence, nor the table's completion now."""
    q = understand("and when was it first due to be finished?")
    assert q.focus == "finished" and q.order == ""
    history = [{"role": "user", "content": "why is the exe bridge job over budget?"},
               {"role": "assistant", "content": '"Surveys in July 2025 found corrosion in the steel bearings." '
                                                "[Cabinet 12 Nov 2025, 3.2]"}]
    answer = ask(series_assistant, "and when was it first due to be finished?", history)
    assert answer.value == "2025-12" and cited(answer)[0] == ("2025-11-12", "3.2"), answer.answer


def test_a_period_the_papers_speak_of_is_no_paper_and_a_share_of_a_rise_is_its_percentage(series_assistant):
    """"How many fly-tipping reports were there in 2023/24?" names a year the text speaks of, not a paper of 2023 (of
    which there is none); "by what percentage did they go up?" is the rise's share ("an increase of 40%"), not the figure
    it rose to; "the 2022 report" is still a paper the index does not hold."""
    answer = ask(series_assistant, "how many fly-tipping reports were there in 2023/24?")
    assert answer.value == "2614" and cited(answer)[0] == ("2025-02-12", "2.1"), answer.answer
    assert ask(series_assistant, "by what percentage did fly-tipping reports go up?").value == "40"
    assert "no indexed report is from 2022" in ask(series_assistant, "what did the 2022 report recommend?").answer


def test_how_many_things_a_body_did_counts_those_said_to_be_done_in_full(series_assistant):
    """"Four are accepted, one is partially accepted and one is rejected": cabinet accepted four; "how many incidents did
    the police mention?" asks no event of its own (what a paper says was said)."""
    assert understand("how many of the group's recommendations did cabinet accept?").focus == "accept"
    assert understand("how many incidents did the police mention?").focus == ""
    answer = ask(series_assistant, "how many of the group's recommendations did cabinet accept?")
    assert answer.value == "4" and cited(answer)[0] == ("2025-04-16", "1.1"), answer.answer


def test_how_big_asks_a_sum(series_assistant):
    """"How big is the highways capital programme?" is answered by its sum (where no sum answers, by a figure)."""
    assert understand("how big is the highways capital programme this year?").kind == "amount"
    assert ask(series_assistant, "how big is the highways capital programme this year?").value == "£14,600,000"


def test_several_months_named_give_the_paper_of_each_on_the_topic(series_assistant):
    assert understand("how many were in b&b in june and how many now?").time == ("=", "*-06|now")
    assert understand("how many homes had been bought by september and by january?").time == ("=", "*-09|*-01")
    answer = ask(series_assistant, "how many households were in temporary accommodation in june, september and january?")
    assert cited(answer) == [("2025-06-24", "3.1"), ("2025-09-16", "23.2"), ("2026-01-20", "3.1")]
    assert all(n in answer.answer for n in ("188", "201", "176"))
    # "now" is the newest paper of the topic's authority, an initialism typed with "&" its spelt-out words
    now = ask(series_assistant, "how many households are in b&b now and how many were there in june?")
    assert cited(now) == [("2025-06-24", "3.1"), ("2026-01-20", "3.1")] and "46" in now.answer and "22" in now.answer


def test_whether_a_figure_went_down_compares_the_first_paper_with_the_newest(series_assistant):
    answer = ask(series_assistant, "has the number of families in b&b gone down since the plan was approved?")
    # (June's families in B&B are in 3.1, "including 19 families with children", and 3.2, "Eleven families ... longer
    # than the six-week legal limit": either is a point of the series)
    assert answer.value == "yes" and cited(answer)[-1] == ("2026-01-20", "3.1") and cited(answer)[0] in {
        ("2025-06-24", "3.1"), ("2025-06-24", "3.2")}, answer.answer
    up = ask(series_assistant, "has the number of households in temporary accommodation gone up?")
    assert up.value == "no" and up.answer.startswith("No: 188 in") and cited(up)[-1] == ("2026-01-20", "3.1")
    # a paper giving another thing's spend is no point of the series: not "Yes: £1.7m ..., £640,000" (a programme's)
    spend = ask(series_assistant, "is the b&b spend coming down?")
    assert spend.abstained or all(d[:4] != "2025-09" for d, _ in cited(spend)) and "640,000" not in spend.answer


def test_a_recorded_vote_answers_how_it_went_who_voted_which_way_and_how_many(series_assistant):
    how = ask(series_assistant, "how did the committee vote on referring it back?")
    assert [line.split('"')[1].split(" (")[0] for line in how.answer.splitlines()] == [
        "For the motion", "Against the motion", "Abstaining"]
    assert ask(series_assistant, "did councillor whitfield vote to refer the day centre decision back?").value == "no"
    assert ask(series_assistant, "how many voted against referring the day centre decision back?").value == "2"
    assert ask(series_assistant, "who abstained on the day centre call-in?").value == "Ashby"
    assert ask(series_assistant, "how did full council vote on the day centre?").abstained  # no vote of Council
    # how a vote went is asked whatever was voted on: not a decision for "recommendations"
    assert understand("How did the cabinet vote on the fleet recommendations?").kind == "text"


def test_the_parts_of_a_paragraph_printed_apart_are_the_items_it_introduces(series_assistant):
    history = [{"role": "user", "content": "who called in the day centre decision?"},
               {"role": "assistant", "content": "Councillor Eleri Vaughan. [OSC 10 Mar 2026, 4.1]"}]
    answer = ask(series_assistant, "what were their reasons?", history)
    assert cited(answer) == [("2026-03-10", "4.2(a)"), ("2026-03-10", "4.2(b)"), ("2026-03-10", "4.2(c)")]


def test_when_a_thing_opens_is_a_date_said_of_its_opening(series_assistant):
    assert understand("when will the millford community hub open?").focus == "open"
    assert ask(series_assistant, "when will the millford community hub open?").abstained  # no paper says (a closing
    # date it names is not its opening)


@pytest.mark.parametrize("question, asked", [
    ("when was it due, and has it been done?", ["when was it due?", "has it been done?"]),
    ("what did scrutiny recommend on the incentive and what is cabinet asked to approve?",
     ["what did scrutiny recommend on the incentive?", "what is cabinet asked to approve?"]),
    ("what was the outcome for the Q1 report, and is Q2 on track?", ["what was the outcome for the Q1 report?",
                                                                      "is Q2 on track?"]),
    # one question: a clause that is not a question, two months of one figure, a short "and when?", a verb's "and"
    ("in the 2023 paper's rec A, when were the areas reported?", None),
    ("how many households are in b&b now and how many were there in june?", None),
    ("who decided and when?", None),
    ("which risks were rated red and did not improve?", None),
])
def test_a_question_asking_two_things_is_asked_as_two(question, asked):
    from assistant.questions import parts
    assert parts(question) == (asked or [question])


def test_the_second_part_of_a_question_is_asked_of_what_the_first_found(series_assistant):
    # the second part's own papers (Cabinet's, not the scrutiny minute the first cited), and not the first's value
    answer = ask(series_assistant, "what did scrutiny recommend on the landlord incentive and what is cabinet being "
                                   "asked to approve?")
    assert "£2,000" in answer.answer and "£1,500" in answer.answer
    assert {("2025-09-16", "23(2)"), ("2026-01-20", "2.1(b)")} <= set(cited(answer)[:3])
    dates = ask(series_assistant, "when was the new phone system first due, and when was it actually replaced?")
    assert dates.value == "2025-07" and "20 October 2025" in dates.answer.split("\n\n")[1]
    # a quote the first part gave is cited again by the second, not quoted twice
    same = ask(series_assistant, "how much had been spent on the transformation programme by june, and is that "
                                 "within its budget?")
    first, second = same.answer.split("\n\n")
    assert '"' in first and not set(re.findall(r'"[^"]+"', second)) & set(re.findall(r'"[^"]+"', first))


def test_whether_a_rating_improved_is_read_from_the_ratings_report_by_report(series_assistant, assistant):
    """"Has the rating for customer access improved?": yes, Amber then Green, each report's rating cited; "did the
    assets workstream's rating get worse?": no; a move only one report rates is not said: the reports don't say how it
    moved, with the one rating there is."""
    better = series_assistant.ask("has the rating for customer access improved?")
    assert better.value == "yes" and [c.paragraph for c in better.citations] == ["4.2", "4.1", "4.1"], better.answer
    worse = series_assistant.ask("did the assets workstream's rating get worse?")
    assert worse.value == "no" and "Red" in worse.answer and "Green" in worse.answer, worse.answer
    once = assistant.ask("Has the rating for partnership working improved since 2023?")
    assert once.abstained and once.value is None and "Green/Amber" in once.answer, once.answer
    assert [(c.meeting_date, c.paragraph) for c in once.citations] == [("2023-11-27", "2.6")]


def test_the_latest_on_a_thing_is_a_briefing_led_by_its_newest_rating(series_assistant):
    """"What's the latest on the contracts register?" asks how it stands (not a sentence saying "latest"): a briefing
    whose rating is the newest paper's, then its sentences oldest first."""
    answer = series_assistant.ask("what's the latest on the contracts register?")
    assert not answer.abstained and answer.answer.startswith("Rated Green [ASC 21 Jan 2026, GOV1]"), answer.answer


def test_a_figure_over_the_reports_is_given_from_each(series_assistant):
    """"How has the number of households in temporary accommodation changed over the reports?": each paper's figure,
    in date order, each cited."""
    answer = series_assistant.ask("how has the number of households in temporary accommodation changed over the "
                                  "reports?")
    assert [c.meeting_date for c in answer.citations] == ["2025-06-24", "2025-09-16", "2026-01-20"], answer.answer
    assert all(n in answer.answer for n in ("188", "201", "176"))


def test_by_each_report_answers_from_the_series_the_best_paragraph_is_in(series_assistant):
    each = series_assistant.ask("how much had been spent on the transformation programme by each report?")
    titles = {series_assistant.store.reports[c.report_id].publisher for c in each.citations}
    assert titles == {"Fellbridge District Council"} and len({c.report_id for c in each.citations}) >= 2, each.answer


def test_a_follow_up_the_paper_last_cited_cannot_answer_is_asked_of_the_others(series_assistant):
    """"Who suggested that?" of the cabinet's decision to repair the heating: the decision does not say, the scrutiny
    minutes before it do."""
    history = [{"role": "user", "content": "how much will the temporary heating repairs cost?"},
               {"role": "assistant", "content": '£18,000. "to approve temporary heating repairs at a cost of £18,000; and" '
                                                "[Cabinet 7 Apr 2026, 2(c)]"}]
    a = series_assistant.ask("who suggested that?", history)
    assert not a.abstained and a.citations[0].meeting_date == "2026-03-10", a.answer


def test_a_workstream_in_a_paragraph_heading_then_a_table_row_moves_between_two_months(series_assistant):
    """A fire authority's workstream rated in a heading in June ("Protection (Amber)") and in an uncoded RAG table in
    December: "between june and december 2025" names both papers, and the rated thing is the row named so, not another
    council's row on "data protection training" whose words hold it."""
    for question in ("how did the protection workstream's rating change between june and december 2025?",
                     "how did the protection workstream's rating change?"):
        answer = ask(series_assistant, question)
        assert answer.value == "Green" and sorted(cited(answer)) == [("2025-06-12", "3.2"), ("2025-12-11", "3")], \
            answer.answer
    assert understand("how did it move from november to march 2025?").time == ("=", "2024-11|2025-03")


def test_a_rows_comment_answers_though_its_name_is_not_asked(series_assistant):
    """"How many visits by the end of september?" of a RAG table row named "Prevention" whose comment says "2,940 Safe
    and Well visits completed by 30 September": what its other cells say is asked, so the row answers."""
    answer = ask(series_assistant, "how many safe and well visits were completed by the end of september?")
    assert answer.value == "2940" and cited(answer)[0] == ("2025-12-11", "3"), answer.answer


def test_what_was_done_is_not_the_target_it_was_set_against(series_assistant):
    done = ask(series_assistant, "how many safe and well visits were done in year 1?")
    assert done.value == "4912", done.answer  # "4,912 ... completed in 2024/25 against a target of 4,500"
    target = ask(series_assistant, "and what was the target?", [
        {"role": "user", "content": "how many safe and well visits were done in year 1?"},
        {"role": "assistant", "content": done.answer}])
    assert target.value == "4500", target.answer
    assert understand("what was the year 1 total?").kind == "number"


def test_what_a_review_recommends_is_what_it_says_it_recommends_not_the_papers_recommendations(series_assistant):
    """"What did the on-call review recommend?": the sentence saying "The review recommends ...", not the paper's own
    recommendation to note the review's findings (under its "Recommendations" heading)."""
    answer = ask(series_assistant, "what did the on-call review recommend?")
    assert cited(answer)[0] == ("2025-12-11", "4.3") and "shared crewing" in answer.answer, answer.answer


def test_who_did_a_thing_is_whoever_it_was_done_by_a_post_too(series_assistant):
    answer = ask(series_assistant, "who led the on-call availability review?")  # "led by the Area Manager, Response"
    assert (answer.value, cited(answer)[0]) == ("Area Manager, Response", ("2025-12-11", "4.1")), answer.answer


def test_when_a_thing_ends_is_not_when_it_starts(series_assistant):
    """"Trialling shared crewing ... from February 2026" says when the trial starts: asked when it ends, the papers
    don't say (and a date moved from is still an end: "completion has moved from December 2025 to March 2026")."""
    assert ask(series_assistant, "when will the shared crewing trial at aldbeck and morfa end?").abstained
    assert ask(series_assistant, "when does the shared crewing trial start?").value == "2026-02"


def test_rows_of_an_uncoded_rag_table_are_listed_by_their_names(series_assistant):
    answer = ask(series_assistant, "which brennock workstreams were amber in december?")
    assert answer.value == ["Estates and fleet"] and cited(answer) == [("2025-12-11", "3")], answer.answer


def test_a_plans_year_names_that_years_paper_of_the_committee(series_assistant):
    answer = ask(series_assistant, "which workstreams were amber at the end of year 1?")  # the "Year 1" paper, though
    assert sorted(answer.value) == ["Estates and fleet", "Protection"], answer.answer  # the next is "Mid-Year"


def test_a_plans_year_is_a_reporting_period_a_title_names():
    from assistant.questions import in_title, periods_named
    assert periods_named("which workstreams were amber at the end of year 1?") == [("year", "1")]
    assert in_title("Community Risk Management Plan 2024-2028: Year 1 Progress Report", ("year", "1"))
    assert not in_title("Community Risk Management Plan 2024-2028: Year 1 Progress Report", ("year", "2"))


def test_each_of_the_two_papers_of_a_body_whatever_their_titles(series_assistant):
    """"Who wrote each of the two fire authority reports?": the Year 1 and the Mid-Year papers of the one committee
    (their titles differ by more than their periods), not one of them and another council's paper."""
    answer = ask(series_assistant, "who wrote each of the two fire authority reports?")
    assert cited(answer) == [("2025-06-12", "header"), ("2025-12-11", "header")], answer.answer
    assert "Helen Marsh" in answer.answer and "Rhys Bevan" in answer.answer

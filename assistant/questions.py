"""Understand a question: check it, say what kind of answer it wants, pick its key terms, and
read the time it names ("the November 2023 report", "after the 2023 report", "the latest report").

A follow-up ("and procurement?") borrows the words and the kind of the conversation's last question.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from .errors import EmptyQuestion, QuestionTooLong
from .facts import FINDERS, NUMBER_WORD, ORDINALS, TITLES, WHAT_TIME, proper_names
from .frontmatter import BODIES

# English's function words, and the words of asking about papers, which say nothing of what is asked ("tell me what
# the report says about ...")
FUNCTION_WORDS = set(
    """a about above after again against all am an and any are as at be been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
    other our out over own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who whom why will with
    would you your us whats hows wheres whos thats vs versus also across""".split()
)
STOPWORDS = FUNCTION_WORDS | set(
    """tell give gives given gave say said report reports committee paper papers please get gets got make
    makes made take takes took go goes going getting come comes came arrive arrives arrived put carry carried workstream
    workstreams one ones far see sees seen saw hear hears heard know knows knew
    mention mentions mentioned mentioning named something anything someone anyone heading headings according""".split()
)
# an open question, asking how something stands rather than for one fact: "how's procurement going?", "where are we
# with the hub?", "what's happening with partnership working?", "any update on the review?"
_LIKE = r"^what(?:'s|s| is| are| was| were)\b.*\blike\s*\??$"  # "what are the waiting times like?": how they stand
# (of which how a thing stands now, not what has happened to it: what the newest paper on it says)
STANDS = re.compile(r"\bwhat(?:'s|s| is) (?:happening|the latest|the position|the status) (?:with|on)\b|"
                    r"\bwhere (?:are|is) (?:we|they|things) (?:with|on|at)\b|"
                    r"\bhow(?:'s|s| is| are)\b.*\b(?:going|progressing|getting on|doing|looking)\b", re.I)
OPEN = re.compile(STANDS.pattern + r"|\bhow(?:'s|s| is| are| was| were| has| have)\b.*\b(?:going|progressing|"
                  r"getting on|doing|looking|progressed|gone)\b|\bwhere do (?:we|they|things) (?:with|on|at)\b|"
                  r"\bwhat(?:'s|s| is| was| were) the (?:[\w'-]+ ){0,3}?(?:situation|position|state of play|picture)\b|"
                  r"^what (?:[\w'-]+ ){1,2}(?:has|have) been going on\b|"  # ("what training has been going on?")
                  r"^what(?:'s|s| is| has| have)? (?:been )?done (?:on|about|with|for)\b|"
                  r"^what (?:[\w'-]+ ){0,3}(?:has|have) been (?:completed|done|achieved|delivered)\b|"  # ("what
                  # procurement work has been completed?")
                  r"^what(?:'s|s| is)? (?:still |left )*(?:to do|to be done|outstanding) (?:on|for|with)\b|"
                  r"^what (?:still )?needs? (?:doing|to be done|to happen) (?:on|for|with)\b|"
                  r"^(?:please\s+|can you\s+)?compare\b|"
                  r"\bwhat(?:'s|s| has| have)? happened (?:with|to|on|about)\b|"
                  r"\b(?:any |an |the latest )?(?:update|progress) (?:on|with)\b(?!\s*\??$)|\bhow are things\b|"
                  r"^(?:is there )?anything (?:new )?(?:on|about)\b|"
                  r"^what (?:do|does|did) (?:the |this |that |our )?(?:[\w'-]+ )?(?:reports?|papers?|documents?|minutes) "
                  r"(?:say|said) (?:about|on)\b|^what(?:'s| is| was) said (?:about|on)\b|"
                  r"^what (?:do|does|did) (?:each|both|they|either)(?: of them| one)? (?:say|said) (?:about|on)\b|" + _LIKE,
                  re.I)  # (not "what do they want to see more progress on?", asking what of)
# a whole report asked for: "summarise the 2024 paper", "give me an overview of the November report"
SUMMARY = re.compile(r"^(?:please\s+|can you\s+|could you\s+)*(?:summar(?:ise|ize)|give (?:me |us )?(?:a |an |the )?"
                     r"(?:summary|overview|gist|key points)|what (?:is|are) the (?:summary|gist|key points|main points))\b"
                     r".*\b(?:report|paper|update|document|meeting)s?\b", re.I)
_OPEN_WORDS = set("happening happened latest position situation state play picture update progress progressing progressed doing "
                  "looking things gone done compare".split())
# words that say what kind of answer is wanted rather than what it is about (a rating's among them)
_RATING_WORDS = set("rate rated rating ratings rag status colour color".split())
TYPE_WORDS = _RATING_WORDS | set("""when date dates day days month months year years time who whom whose person name
    named much many long big large number amount cost costs list decide decided decision decisions outcome happen happens
    happened score scores scoring percentage often frequently bodies organisations organizations""".split())  # (of
# "which bodies ...?": the kind of thing asked for, which a paper names, not says)

_LASTING = set("last lasts lasted lasting run runs ran running take takes took taken exist exists existed going".split())
# English verbs whose past is not "-ed" ("letters came in", "when was it withdrawn?"), the participles among them
IRREGULAR_PAST = ("came|went|got|took|taken|made|gave|given|saw|seen|put|ran|won|lost|met|held|left|sent|paid|spent|kept|"
                  "brought|bought|built|told|said|found|set|sat|stood|began|begun|became|rose|risen|fell|fallen|grew|"
                  "grown|wrote|written|chose|chosen|cut|shut|heard|read|led|fed|felt|meant|sold|taught|thought|"
                  "understood|drawn|withdrawn|shown|known|done")
# a cause asked: "why ...?", "what's it mainly down to?", "what's behind the overspend?", "what caused it?"
WHY = re.compile(r"^(?:why|how come|what (?:is|was|are|were) the reasons?|what reasons?|what caused|"
                 r"what(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:[\w'-]+\s+){0,4}?(?:down to|behind|driving|causing)|"
                 r"what(?:'s|s|\s+is|\s+was)\s+(?:the\s+)?(?:problem|issue|hold-?up|matter)\s+with|what(?:'s|s|\s+is|"
                 r"\s+went|\s+has\s+gone)\s+wrong)\b", re.I)  # ("what's the problem with it?": what is behind it)
_WHY_WORDS = {"problem", "problems", "issue", "issues", "matter", "wrong", "holdup", "hold"}
SO_FAR = re.compile(r"\b(?:so far|to date|already|yet|ha(?:s|ve) there been)\b", re.I)  # "how many so far?"
COUNT_ASKED = re.compile(r"^(?:how many|(?:what(?:'s| is| was) )?(?:the )?(?:total )?number of)\b", re.I)
_WHAT_DID = r"(?:and |so )?what (?:did|does|do|has|have|had|will|would)\b"  # the object of a verb asked
# how a vote went: "how did the committee vote on it?", "what was the vote?" (its count, whatever was voted on)
HOW_VOTED = re.compile(r"\bhow did\b[^?]*\bvote\b|\bwhat was the (?:vote|voting)\b(?!\s+arrangements?\b)|"
                       r"\bhow (?:was|were) the votes?\b", re.I)  # (not "what was the voting arrangement?", a field)
# the words of an office: "the Chief Executive", "the Private Sector Housing Manager"
ROLE_WORDS = set("""chief executive exec director chair chairs chaired mayor member officer treasurer manager head
    deputy vice assistant leader interim clerk secretary""".split())
_OFFICE = "|".join(sorted(ROLE_WORDS))
MEETS = {body.lower() for body in BODIES} | {"council"}  # the bodies whose meetings a question names, which decide
KIND_OF_AUTHORITY = r"Borough|District|County|Metropolitan|Town|Parish"
# an authority by its name: ("Bryncelyn ", "County Council"), its own words and then its kind's
AUTHORITY_NAME = re.compile(rf"\b((?:[A-Z][a-z]+[ \t]+){{1,3}}?)((?:(?:{KIND_OF_AUTHORITY})[ \t]+)*"
                            r"(?:Council|Combined Authority))\b")
# "which came first: the audit committee's meeting or the tracker's?", "which happened later?"
WHICH_FIRST = re.compile(r"^which\s+(?:one\s+)?(?:came|happened|was|were|took place|is|will be)\s+(?:first|earlier|earliest|"
                         r"sooner|last|later|latest|more recent|most recent)\b", re.I)
# "what did the on-call review recommend?": what a review, an audit, an inspector advises, in its words (not what a
# paper or a body recommends for decision: "what did the 2022 report recommend?", "what did cabinet recommend?")
ADVICE_ASKED = re.compile(r"^(?:and\s+|so\s+)?what (?:did|does|do|has|have|will) (?:the\s+|their\s+|its\s+)?"
                          r"(?:[\w'-]+\s+){0,3}?(?:review|reviews|audit|audits|auditors?|inspectors?|inspection|assessment|"
                          r"consultants?|survey|study|evaluation|investigation)\s+(?:recommend|propose|suggest|advise)\w*"
                          r"\s*\??$", re.I)
# "where is the money coming from?", "how will it be paid for?": where a sum comes from
SOURCE_ASKED = re.compile(r"^(?:and\s+|so\s+)?(?:where|how)\b.*\b(?:com(?:e|es|ing)|came)\s+from\b|"
                          r"^(?:and\s+|so\s+)?how\b.*\b(?:funded|financed|paid for|met|covered)\s*\??$", re.I)
# ratings offered to choose from: "green, amber or red?", "red or green?"
_COLOUR = r"(?:green|amber|red)"
_RAG_CHOICE = re.compile(rf"\b{_COLOUR}(?:\s*[,/]\s*{_COLOUR})*,?\s+or\s+{_COLOUR}\b", re.I)
# a thing's name changing: "what happened to the board's name?", "how did its title change?"
_RENAMED = (r"^(?!(?:and\s+|so\s+)?who\b)(?:.*\b(?:name|title)\b.*\b(?:chang|happen|differ|renam)\w*|"
            r".*\b(?:chang|happen|renam)\w*\b.*\b(?:name|title)\b)")  # (not "who changed it?", a person)
_TYPE_RULES = [
    ("list", r"^(?:please\s+)?list\b"),  # "list the things the committee was asked to note": whatever they are
    ("text", r"^(?:please\s+|can you\s+)?compare\b"),  # "compare the recommendations in the two papers": a briefing
    # "how does its allowance compare with other districts?": what the paper says of it beside them, not a sum (a
    # rating compared is a rating: "how did the rating for X compare?")
    ("text", r"^(?:and\s+|so\s+)?how (?:does|do|did|is|are|was|were)\b(?!.*\b(?:rat(?:ing|ings|ed)|rag)\b)"
             r".*\b(?:compare[sd]?|stack up)\b"),
    ("text", _LIKE),  # (an open question, not a list)
    ("text", _RENAMED),  # "what happened to the board's name?": what it is called now, not a decision
    # "what is the rating scale?": what the ratings mean, not one rating
    ("text", r"\b(?:rating|rag|scoring) (?:scales?|key|definitions?|criteria|bands?)\b|\bwhat (?:does|do) (?:each|the) "
             r"(?:rating|score|colou?r)s? mean\b"),
    # "what was said about the money?": what a paper says of it, whatever it is about
    ("text", r"\bwhat (?:was|is|were|are|has been|have been) (?:said|written|reported) (?:about|on|of|regarding)\b"),
    ("text", HOW_VOTED.pattern),
    # what a thing is: "what makes something a key decision?", "what counts as green?", "what does BCF mean?"
    ("text", r"^(?:and |so )?what (?:\w+ )?(?:makes|counts as|qualifies as|is meant by)\b|^(?:and |so )?what does .+ (?:mean|stand for)\b"),
    ("date", r"^(?:by |until |till )?when\b|^on what date\b"),  # "when will Council be asked to adopt it?" asks a date
    ("date", r"^(?:and |so )?(?:what|which) (?:[\w-]+ )?(?:date|deadline)\b"),  # ("what end date was it asked to note?")
    ("date", WHICH_FIRST.pattern),  # "which came first: A or B?": their dates, compared
    ("amount", r"^(?:and |so )?how (?:big|large)\b"),  # "how big is the programme?": a sum (else a size: the answer)
    # "what did the rent arrears audit find?", "what did cabinet decide about parking charges?": what the verb asks, not
    # a word of its subject or object
    ("decision", rf"^{_WHAT_DID}.*\b(?:decide|resolve|agree|approve|endorse)\b"),
    # (not "what did the paper ask the committee to note?", what it asked)
    ("text", rf"^{_WHAT_DID}(?!.*\b(?:cost|spend|pay|score|sell|fetch)\b|.*\bask\w*\b.*\bto\s+note\b)"
             r".*\b(?:find|say|conclude|show|reveal|highlight|identify|note)\b"),
    ("decision", r"^(?!(?:and |so )?how (?:much|many)\b).*(?:\basked to\b|\b(?:report|paper|it)\s+asks?\s+"
                 r"(?:[\w'-]+\s+){1,3}?to\b|\b(?:asked|asking)\s+(?:[\w'-]+\s+){1,5}?to\s+"
                 r"(?:approve|agree|note|decide|endorse|support|adopt|comment|recommend|do)\b|"
                 r"\bwants?\s+(?:the\s+)?(?:committee|board|cabinet|council|panel|members)\s+to\b)"),
    # "what are they asking the board to approve?", "what do they want the committee to do?" (not "how much extra is
    # cabinet asked to approve?", a sum)
    ("text", WHY.pattern),  # a reason, whatever it is about
    # what people thought of something is their views, unless a body that decides thought it ("what did cabinet
    # think of the proposal?" asks what it decided)
    ("text", rf"\bwhat (?:did|does|do) (?!(?:the\s+)?(?:{'|'.join(sorted(MEETS))}|members)\b)[\w' ]{{1,30}}? "
             r"(?:think|feel|say) (?:of|about)\b"),
    ("number", rf"\bhow many\b|{COUNT_ASKED.pattern}"),  # "how many indicators were rated Red?", "number of measures
    # rated amber?" ask a count, whatever is counted
    # "what percentage of the savings ...?", "what was the council tax collection rate?" (of money too)
    ("number", r"\b(?:what|which) (?:percentage|proportion|share)\b|\b(?:in|as an?) (?:percent(?:age)?|per ?cent|%)|"
               r"\bwhat(?:'s| is| was| were| are)\b.*\b(?:rate|percentage|proportion)\b|"
               r"^(?:and |so )?what(?:'s| is| was| were| are)\b.*\btotal\s*\??$"),  # "what was the year 1 total?"
    # who a change falls on is a group, not a person: "who'd be hit hardest?", "who will benefit?", "who is eligible?"
    ("text", r"\bwho(?:'d|'ll|'s| would| will| is| are| was| were| might| could)?\s+(?:be\s+)?(?:(?:it|this|that|they|these|"
             r"those)\s+)?(?:most\s+)?(?:affected|hit|affect|impact|"
             r"impacted|benefit\w*|eligible|qualif\w*|lose out|worse off|better off|at risk)\b|"
             r"\bwho\b.*\b(?:gets?|receives?|can (?:get|have|claim)|is entitled to|are entitled to)\s+(?:a\s+|an\s+)?"
             r"(?:discount|concession|rebate|exemption|refund|relief|reduction|free)\b"),  # ("who gets a discount?")
    # and who a thing is for: "who are the visits aimed at?"
    ("text", r"^(?:and\s+|so\s+)?who\b.*\b(?:aimed|targeted|intended|meant|designed)\s+(?:at|for)\s*\??$"),
    # who pays is a budget or a body, not a person: "who pays for the signs?", "who's funding it?"
    ("text", r"\bwho(?:'s| is| was| will| would)?\s+(?:pays?|paying|paid|funds?|funding|funded|meets? the cost|"
             r"foots? the bill)\b"),
    # "who are the partners?", "who were the bidders?": those a sentence names, not one person
    ("text", r"^(?:(?:and|so)\s+)?who(?:'re| are| were)\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+['’]s\s+)?"
             r"(?:[\w-]+\s+)?[\w-]+s\b(?!\s+(?:of|for|on|to)\b)"),
    # and those a body works with: "who has the CA been working with?" (the partners a sentence names)
    ("text", r"^(?:(?:and|so)\s+)?who\b.*\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat\w*)\s+with\b"),
    ("person", r"^(?:who|whom|whose)\b(?!.*\b(?:when|how)\b)"),  # "who is the lead member for the budget report?"
    # "what is the housing manager's name?", "the name of the clerk?": a person holding the office
    ("person", rf"\b(?:{_OFFICE})['’]s\s+(?:full\s+)?name\b|"
               rf"\bname\s+of\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){{0,5}}(?:{_OFFICE})\b"),
    # "which three indicators missed their target?": so many things, whatever is said of them
    ("list", r"^which\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[a-z-]+s\b"),
    # "which strategic risks were rated red?": the things of that rating, however many
    ("list", r"^which\s+(?:[a-z-]+\s+)?[a-z-]+(?<!s)s\s+(?:are|were|have been|had been|was|is)\s+(?:rated\s+)?"
             r"(?:red|amber|green|high|medium|low)\b"),  # (or a priority: "which management actions were rated low?")
    # "which Stourmouth key decisions are expected in Q1?": the things named, however many words name them
    ("list", r"^which\s+(?:[a-z'-]+\s+){2,3}[a-z-]+(?<!s)s\s+(?:are|were|have|had|will|would)\b"
             r"(?!.*\b(?:when|how|rated|rating|rag)\b)"),
    ("list", r"^which\s+(?:[a-z-]+(?<!s)s|[a-z-]+\s+[a-z-]+(?<!s)s(?=\s+(?:are|were|have|had|do|did|will|would)\b))\b"
             r"(?! of\b)(?!.*\b(?:when|how|rated|rating|rag)\b)"),
    # "which measures missed their target?", "which schools closed?": the things a past verb says a thing of
    ("list", rf"^which\s+(?:[a-z'-]+\s+){{0,3}}(?!(?:was|is|has|does|this|its|his)\b)[a-z-]+(?<!s)s\s+"
             rf"(?:[a-z]+ed|{IRREGULAR_PAST})\b(?!.*\b(?:when|how)\b)"),
    # "which directorates expect to underspend?": those things, whatever is said of them
    ("amount", r"^what(?:'s| is| was| were| are)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:value|worth)\s+of\b"),  # a sum
    # (the verb, "how did the auditor rate it?", not the noun: "did the recycling rate go up?")
    ("rating", rf"{_RAG_CHOICE.pattern}|\b(?:did|does|do|would)\b.*\brate\b(?!\s+(?:go|goes|went|gone|rise|rose|fall|"
               r"fell|drop|dropped|increase|increased|decrease|decreased|change|changed|move|moved|be|is|was|of|for|"
               r"in|at|from|to)\b)|"
               r"\b(rated|rating|ratings|rag|red,? amber|status|colou?r|(?:what|which) priority|priority (?:rating|level)|"
               r"(?:what|which) (?:level of |audit )?(?:assurance|opinion)|how (?:high|low|urgent) (?:a )?priority|"
               r"audit opinion|assurance (?:opinion|level)|level of assurance|"
               r"how much assurance)\b|\b\w*\d\w*\s+priority\s*\??$|\bpriority (?:of|for|given to)\b"),
    # ("action 2 priority?", "the priority of the third action")
    # (not "when" joining a clause to a question of its own: "what was the outcome when it went to the board?")
    ("date", r"^(?!(?:and |so )?(?:what|which|who|whom|whose|how|why|where)\b).*\bwhen\b|\band when\b|\bwhen\s*\??$|"
             r"\b(dates?|deadlines?|by when|(?:what|which) (?:day|month|year))\b"),
    # "what's the scrutiny officer's phone number?", "what's the case number?": a number that names, not a count
    ("text", r"^(?!.*\bhow many\b).*\b(?:phone|telephone|tel|mobile|contact|reference|ref|case|application|account) "
             r"(?:number|no)\b"),
    # "where is the money coming from?", "how will it be paid for?": where a sum comes from, not the sum
    ("text", SOURCE_ASKED.pattern),
    # "what funding arrangements ...?", "what budget pressures ...?": things a money word qualifies, not a sum
    ("text", r"^(?:and |so )?(?:what|which)\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:funding|budget|budgetary|financial|cost|money|"
             r"spending)\s+(?:arrangements|implications|plans|pressures|risks|issues|changes|options|approach|proposals|"
             r"measures|steps)\b"),
    # "what funding level did the valuation show?", "the budget share": a proportion a money word qualifies, not a sum
    ("number", r"^(?!.*\bhow much\b).*\b(?:funding|budget|cost|spend|spending|savings?|reserves?)\s+(?:levels?|rates?|ratios?|"
               r"percentages?|shares?)\b"),
    ("amount", r"\b(how much|budget|cost|costs|funding|funds|money|price|prices|fee|fees|charge|charges|saving|savings|"
               r"variance|overspend|underspend|deficit|surplus|reserves?|rents?|levy|precept|spend|spending|borrowing|debt|"
               r"expenditure|tax|taxes|salary|salaries|wages?|allowances?|worth|outturn|fetch|fetched|£)\b|"
               r"\b(?:sell|sold|go|went|buy|bought) for\b"
               r"|\b(?:pay|paid) for\b(?!\W*$)|^(?:and |so )?what\b.*\bpaid\s*\??$"
               r"|^(?:and |so )?what (?:does|do|did|will|would)\b.*\bpay\b(?!\s+for\b)"
               r"|\b(?:hourly|daily|weekly|nightly)\s+rates?\b"),  # ("how much did they pay
    # for it?", not "what will it pay for?", a use; "what is the AD of HR paid?", a salary; "what does it pay now?";
    # a rate by the hour: "what hourly rate will it pay providers?")
    ("number", r"\b(how many|how long|how far|length|duration|(?:which|what) (?:number|place|position)|"
               r"(?:which|what) (?:agenda )?item (?:was|is|no)\b|what (?:was|is) the (?:\w+ )?score|number|score|"
               r"percentage|per cent|figures?|target|rate)\b|%"),  # ("which agenda item was the 2023 paper?": its number)
    ("person", r"\b(who|whom|whose|which (?:[\w-]+ )?(?:person|officer|director|councillor|member|manager|head|chair|body|"
               r"organisation|company|firm|contractor|supplier|team|council|authority|department))\b|"
               # (the office named: "the chair of the panel?"; not what its holder did, "what did the chair do?")
               r"^(?!.*\bwhat\s+(?:did|does|do|has|have|had|will|would)\b).*\b(author|lead member|chair|contact officer|"
               r"portfolio holder)\b(?!['’]s\b)"),  # (not what is the office's: "the planning chair's allowance")
    ("list", r"^(what|which) (are|were) the\b|\b(list|name (?:the|some|all|any|a few)|what are|which are)\b"
             r"|^(what|which) (?!(?:was|is|has|does|did|do|will|would|could|should|can|have|had|are|were|this|status|"
             r"progress)\b)(?:\w+ )?(?!(?:has|was|does|is|this|its|his|us|happens|means|needs|remains|goes|comes|seems|"
             r"matters|makes|counts|takes|gets)\b)\w+(?<!s)s\b"
             r"(?! of\b)"),
    # "which recommendation did cabinet reject?", "what other recommendation does that officer own?": which one, not
    # what was decided of it
    ("text", r"^(?:which|what other)\s+(?:[a-z-]+\s+)?(?:recommendation|proposal|option|action|resolution|motion|"
             r"amendment|application|item)\b(?!s)"),
    ("text", ADVICE_ASKED.pattern),  # (what a review advises, in its words)
    ("list", r"\bunder\s+(?:the\s+)?[\w ,&'-]{2,40}?\s+(?:heading|subheading)\b"),  # "what's under the leadership heading?"
    ("decision", r"\b(decid\w*|decision(?![- ]making)|agree\w*|approv\w*|recommend\w*|resolv\w*|endorse\w*|asked to|"
                 r"reissu\w*|re-issu\w*|outcome|happened to|received\b|think of)\b|^what did .+ do\b"),
]


def figure_kind(text: str) -> str:
    """Whether a figure asked of is a sum or a count: "the b&b spend" is a sum, "the number of families" a count."""
    lower = text.lower()
    return next((kind for kind, pattern in _TYPE_RULES if kind in ("amount", "number") and re.search(pattern, lower)),
                "number")


# "any money implications?", "so is the rest done?"
_YES_NO = (r"^(?:(?:and|so|but|then|ok|okay|right)\b,?\s+)?"
           r"(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|any)\b")
# "anything on the HR policies - were they signed off?", "re the depot: when does it open?": the question proper
_LEAD_IN = re.compile(r"^[^?]{3,60}?\s(?:-|–|—)\s+(?=(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|"
                      r"should|what|when|who|how|why|where|which)\b)")
_LEADING_PHRASE = re.compile(r"^[^,?]{3,60},\s*(?=(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|"
                             r"should)\b)")
# "Beyond not reissuing the notice, what does the letter expect?": what it sets aside is not what it asks
_BESIDES = re.compile(r"^(?:beyond|besides|apart from|aside from|other than|except for|leaving aside)\s+[^,?]{3,80},\s*"
                      r"(?=(?:what|when|who|how|which|where|why|is|are|was|were|did|does|do|has|have)\b)", re.I)
# "when was it due, and has it been done?", "what did scrutiny recommend and what is cabinet asked to approve?", "...
# and until when?": a second question after the first, asked of what the first found (not "which councils are
# changing opening hours and from when?", one question of each)
_SECOND = re.compile(r"(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?=(?:(?:until|till|by)\s+)?"
                     r"(?:when|what|who|how|which|why|where|whose)\b|"
                     r"(?:is|are|was|were|has|have|had|will|would|can|could|should)\s+(?:(?:it|they|he|she|this|that|"
                     r"these|those|there|the|any|we)\b|(?-i:[A-Z0-9]))|(?:did|does|do)\s+(?!not\b))", re.I)


KINDS = tuple(dict.fromkeys([kind for kind, _ in _TYPE_RULES] + ["yes_no", "text"]))  # every kind a question can ask
BACK = re.compile(r"\b(it|its|that|this|they|them|their|those|these|he|she|him|her|his)\b", re.I)  # words pointing back
_LEADS_ON = re.compile(r"^(?:and|what about|how about|also|then)\b", re.I)  # "and the grant funding agreements?"
_FOLLOW_UP = re.compile(_LEADS_ON.pattern + "|" + BACK.pattern, re.I)
# a follow-up that asks the last question again of something else: "and the hub?", "what about the 2024 one?"
_MOVES_ON = re.compile(r"^(?:and|so|also|then)?\s*(?:what|how) about\b", re.I)
# a question of its own: "so what did it say about the notice?", "how often does it meet?"
_ASKS = re.compile(r"(?:\b(?:from|until|till|by|since|for|to|in|of|at)\s+)?\b(?:whos?|whom|whose|whats?|when|wheres?|which|"
                   r"why|hows?)\b|^(?:and\s+|so\s+)?(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|"
                   r"should)\b", re.I)
_DONE_YET = re.compile(r"(?:\s[-–]|:)\s+(?:been\s+|is it\s+|has it been\s+)?(?:\w+ed|done|complete|finished|begun|signed off)"
                       r"(?:\s+yet)?\s*\??$")
_ASKING = re.compile(r"^(?:(?:can|could|would|will) you (?:please )?(?:tell|give|show|let) me|(?:please )?(?:tell|show|give) "
                     r"me|do you know|i(?:'d| would) like to know|i (?:need|want)(?: to know)?)\s+(?:about\s+)?")
# several facts asked; "each year", "every month" ask a rate, not several
_MANY = re.compile(r"\b(?:each|every)\b(?!\s+(?:year|month|week|day|quarter|time)\b)|\b(?:both|two)\b|"
                   r"\b(were|are|have been)\b.*\b[A-Z][a-z]+s\b")
# "how much does each battery electric RCV cost?", "what is the cost per place?": a sum of one of the things named
# (not "in each quarter", "by each report", "the closures each save": those ask a part of several)
EACH_ASKED = re.compile(r"(?:\bper|(?<!\bin )(?<!\bby )(?<!\bat )(?<!\bfor )(?<!\bof )\b(?:each|every|a single)"
                        r"(?!\s+(?:cost|save|pay|spend|raise|bring|earn|generate)s?\b))\s+((?:[\w-]+\s+){0,3}?)([\w-]+?)s?"
                        r"(?=\s+(?:cost|costs|pay|is|are|was|will|would|be|come|comes|in|at|for)\b|\s*[?.]?$)", re.I)
# words added to the retrieval query (the answer side matches them through answer._ALIASES)
_EXPANSIONS = {
    "author": "report of",
    "wrote": "report of",
    "written": "report of",
    "why": "reason because",
    "rag": "rated red amber green",  # the convention's name is rarely printed beside its colours
    r"vot(?:e|ed|es|ing)(?!\s+arrangements?\b)": "for against abstaining votes recorded",  # a vote's count: "For the
    # motion (5): ..." (not the voting arrangements a front matter gives)
    r"who (?:do|should|can) (?:i|we) (?:ask|contact|speak to|talk to)": "contact officer",
}
# a key word a question asks by other words: "who was at the meeting?" asks who attended (evidence._ALIASES gives
# the word to an attendance line)
_ASKED_AS = {r"\bwho (?:was|were) (?:at|there|present)\b|\bwho (?:attended|came)\b|"
             r"\bhow many\b.*\b(?:went|came|turned up|showed up)\b|\bhow many (?:people )?were there\b": "attended",
             r"\bcombined\b": "total",  # "the combined cost of X and Y": each one's total
             _RENAMED: "name"}  # (the name asked, as a paper says it: "the title for the Board moving forwards is")
# a sum of the parts asked: "the combined cost of X and Y", "how much in total do A and B ...?"
# (not "in all three reports", which asks of each)
SUM_ASKED = re.compile(r"\b(?:combined|in total|altogether|between them|added together)\b|\bin all\b(?=\s*[?,.]|$)", re.I)
_EVENT_VERB = re.compile(r"(?:re)?(?:open|launch|expire|run|close|start|begin|finish|end|commence|conclude)(?:s|es|ing)?|"
                         r"effect|force")
# (an event dated: "when will the hub open?", "when did the advert close?", "when does it take effect?", "come into
# force?")
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_WORD = rf"({'|'.join(sorted(set(_MONTHS) | {m[:3] for m in _MONTHS} | {'sept'}, key=len, reverse=True))})\.?"  # "Nov."
# "the November 2024 report", "the nov 24 paper", "the 2023 one"
_PERIOD = (rf"(?:{_MONTH_WORD}\s+)?((?(1)(?:19|20)?\d\d|(?:19|20)\d\d))(?:'s)?\s+"  # two-digit years after a month
           rf"(?:report|meeting|paper|committee|one|update|document)s?\b")
_TIME_RES = [
    (">", re.compile(rf"\b(?:after|since|following)\s+(?:the\s+)?{_PERIOD}", re.I)),
    ("<", re.compile(rf"\b(?:before|prior to|until)\s+(?:the\s+)?{_PERIOD}", re.I)),
    ("=", re.compile(rf"\b{_PERIOD}", re.I)),
    # "what meetings were there in March 2025?", "papers considered during 2024": the period after its noun
    ("=", re.compile(rf"\b(?:report|meeting|paper|document)s\b(?:\s+[\w']+){{0,4}}?\s+(?:in|during|from)\s+"
                     rf"(?:{_MONTH_WORD}\s+)?((?(1)(?:19|20)?\d\d|(?:19|20)\d\d))\b", re.I)),
    # "who was the report author in 2023?": a paper's own field, of that year's paper
    ("=", re.compile(rf"(?:(?<=\breport author )|(?<=\bpaper author )|(?<=\breport writer )|(?<=\blead member ))"
                     rf"(?:in|for|from)\s+(?:{_MONTH_WORD}\s+)?((?(1)(?:19|20)?\d\d|(?:19|20)\d\d))\b", re.I)),
]
# a meeting named by its day: "its meeting on 20 June 2023", "the meeting held on Tuesday 14th March 2023", "the 20 June
# 2023 meeting"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>(?:19|20)\d\d)"
_MEETING_DAY = (re.compile(rf"\bmeeting\s+(?:held\s+)?(?:on|of)\s+(?:the\s+)?(?:[a-z]+day\s+)?{_DAY}\b", re.I),
                re.compile(rf"\b{_DAY}\s+meeting\b", re.I))
# the first of two periods named together: "the 2023 and 2024 reports", "the nov 23 and nov 24 papers"
_ALSO_PERIOD = re.compile(rf"\b(?:{_MONTH_WORD}\s+)?((?(1)(?:19|20)?\d\d|(?:19|20)\d\d))(?:'s)?\s+"
                          r"(?:and|&|or|to|vs\.?|versus)\s+(?:the\s+)?$", re.I)
# two papers set side by side by their months: "nov 23 vs nov 24" (not "between September 2022 and February 2023",
# a span of time)
_PAIRED = re.compile(rf"\b(?P<m1>{_MONTH_WORD[1:-4]})\.?\s+(?P<y1>(?:19|20)?\d\d)\s+"
                     rf"(?:vs\.?|versus|v\.?|compared\s+(?:to|with)|against)\s+(?:the\s+)?"
                     rf"(?P<m2>{_MONTH_WORD[1:-4]})\.?\s+(?P<y2>(?:19|20)?\d\d)\b|"
                     # (or by their years alone: "in 2023 vs 2024")
                     rf"\b(?P<y3>(?:19|20)\d\d)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?"
                     rf"(?P<y4>(?:19|20)\d\d)\b(?![/-]\d)", re.I)
# two papers' years or months a change is asked between: "how did its role change from 2023 to 2024?", "what differs
# between nov 23 and nov 24?" (not a span the papers speak of: "how many between 2021 and 2023?", asking no change)
_SPAN_COMPARED = re.compile(rf"\b(?:from|between|in)\s+(?:the\s+)?(?:(?P<m1>{_MONTH_WORD[1:-4]})\.?\s+)?"
                            rf"(?P<y1>(?:19|20)\d\d)\s+(?:to|and|vs\.?|versus)\s+(?:in\s+)?(?:the\s+)?"
                            rf"(?:(?P<m2>{_MONTH_WORD[1:-4]})\.?\s+)?(?P<y2>(?:19|20)\d\d)\b(?![/-]\d)", re.I)
# a span of time between two periods: "between nov 2023 and nov 2024", "from november to march 2025" (the first the
# year before when later in the year), "since october 2023"
_PERIOD_OF = rf"(?:(?P<m{{0}}>{_MONTH_WORD[1:-4]})\.?(?:\s+(?P<y{{0}}>(?:19|20)?\d\d))?|(?P<z{{0}}>(?:19|20)\d\d))\b(?![/-]\d)"
_SPAN = re.compile(rf"\b(?:between|from)\s+(?:the\s+)?{_PERIOD_OF.format(1)}\s+(?:and|to|until)\s+(?:the\s+)?"
                   rf"{_PERIOD_OF.format(2)}|\bsince\s+{_PERIOD_OF.format(3)}", re.I)


def _span_ends(m: re.Match) -> tuple[str, str]:
    """A span's first and last periods ("2024-11", "2025-03"); the last "" when it runs to now ("since ...")."""
    if m["m3"] or m["z3"]:
        return _period(m["m3"], m["y3"] or m["z3"]), ""
    last = m["y2"] or m["z2"]
    first = m["y1"] or m["z1"] or str(int(_period(None, last)) - (_month_number(m["m1"]) > _month_number(m["m2"])))
    return _period(m["m1"], first), _period(m["m2"], last)


_CHANGE_WORD = re.compile(r"\b(?:chang\w*|differ\w*|compar\w*|mov(?:e|ed|es|ing)|shift\w*|evolv\w*)\b", re.I)
# a follow-up asking whether another paper or period gives what the last answer gave: "same in 2023?", "was it the same
# at q3?" (not "is that the same as the target?", which names what it is set beside)
SAME_AGAIN = re.compile(r"^(?:(?:and|but|so)\s+)?(?:(?:is|was|are|were)\s+(?:it|that|this|they|those|he|she)\s+)?"
                        r"(?:(?:still|also)\s+)?(?:the\s+)?same\b(?!\s+as\b)", re.I)
# a follow-up naming only another period, "and in 2023?", "what about nov 24?", "who in 2024?": another paper, asked
# the same
_BARE_PERIOD = re.compile(rf"^(?:(?:and|so|but)\s+)?(?:(?:is|was)\s+(?:it|that|this)\s+)?(?:the\s+)?(?:same\s+)?"
                          rf"(?:(?:what|how)\s+about\s+|(?:who|what|when|how many|how much)\s+)?"
                          rf"(?:(?:in|for|at|from|of)\s+)?(?:the\s+)?"
                          rf"(?:{_MONTH_WORD}\s+)?((?(1)(?:19|20)?\d\d|(?:19|20)\d\d))(?:\s+(?:one|paper|report))?\s*\??$",
                          re.I)
_LATEST_RE = re.compile(r"\b(latest|most recent|newest|last)\s+(report|meeting|paper|update|document)\b|"
                        r"\bthe\s+(?:later|newer)\s+(?:report|paper|document)\b|"  # "the later paper" (of two)
                        r"\b(?:which|what)\s+(?:report|meeting|paper|update|document)\b.*"
                        r"\b(?:most recent(?:ly)?|latest|newest)\b", re.I)  # "which document was considered most recently?"
_EARLIEST_RE = re.compile(r"\b(?:first|earliest|oldest)\s+(?:report|meeting|paper|update|document)\b|"
                          r"\bthe\s+(?:earlier|older)\s+(?:report|paper|document)\b|"
                          r"\b(?:which|what)\s+(?:report|meeting|paper|update|document)\b(?:\s+[\w-]+){0,3}?\s+"
                          r"(?:first|earliest)\s*\??$", re.I)  # "which report was presented first?"
_A_PAPER = re.compile(r"\b(?:report|paper|document)\b", re.I)
_ONE_IN_TIME = re.compile(r"\b(later|newer|earlier|older)\s+one\b", re.I)
RELATIVE_YEAR = re.compile(r"\b(last|previous|this)\s+year\b", re.I)
# "what is the <thing> of/at/for ...": the thing asked, which an answer must speak of
# (a noun after its article: "what's still outstanding on it?" asks no thing by name)
_WHAT_IS = re.compile(r"^what(?:'s| is| was| are| were)\s+(?:the|an?)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\s+(?:of|at|for|in|on)\b",
                      re.I)
# the next of a thing asked the date of: "when is the next meeting of the group?"
_WHEN_NEXT = re.compile(r"^(?:and\s+|so\s+)?when(?:'s|\s+is|\s+will\s+be)\s+(?:the|its|their)\s+next\s+"
                        r"((?:[a-z'’-]+\s+){0,3}[a-z]+)", re.I)
_HOW_MUCH_IS = re.compile(r"^(?:and |so )?how (?:much|many) (?:is|was|are|were|will be|would be) (?:the|its|their)\s+"
                          r"(?:[\w'-]+\s+){0,3}?(?!worth\b|[\w'-]+ing\b)([\w'-]+)"
                          r"(?:\s+(?:at|in)\s+(?:[\w'/-]+\s*){1,3})?\s*\??$", re.I)  # (not "... X worth?",
# "... X costing?": the worth of X)
# "how much did the data protection training cost?", "how much are the new officers costing?": a sum said of the thing
# costed (the head of its name)
TO_BE = r"(?:(?:going|expected|forecast|projected|estimated|likely|due|set|planned)\s+to\s+)?be"  # "expected to be"
_WHAT_WILL_BE = re.compile(r"^(?:and |so )?what(?:'s|s| is| was| will| would)\s+(?:the|its|their)\s+"
                           rf"(?:[\w'-]+\s+){{0,3}}?([\w'-]+)\s+{TO_BE}\b", re.I)  # "what will the service charge be?"
_HOW_MUCH_COSTS = re.compile(r"^(?:and |so )?how much (?:did|does|do|will|would|is|are|was|were) (?:the|its|their|a|an)\s+"
                             r"(?:[\w'-]+\s+){0,4}?([\w'-]+)\s+(?:cost|costs|costing)\b", re.I)
ABSTAINED = "The reports don't say"  # how an answer that found nothing begins
_TAG = re.compile(r"\b(?:right|ok|okay|yeah|yes|no|eh)\s*\?", re.I)  # "there were two, right?" asks nothing of "right"
# a vague noun after the thing it is a part of: "the leadership strand", "the procurement side", "the hub bit"
_SET_AGAINST = re.compile(r"\b(?:compared (?:to|with)|vs\.?|versus|against)\s+(?:in\s+)?((?:19|20)\d\d)\b(?!\s*/)",
                          re.I)
_NEXT_ONE = re.compile(r"(?<=\bthe )next(?=\s+one\b)", re.I)
_AT_PLACE_END = re.compile(r"\s(?:at|in|for|by)\s+((?:[\w'’-]+\s*){1,2}?)(?:['’]s)?\s*\??$", re.I)
_KINDS_ASKED = {"areas", "ways", "respects", "aspects", "things", "kinds", "types", "sorts", "categories"}
_VAGUE_PART = {"strand", "strands", "side", "bit", "bits", "element", "elements", "aspect", "aspects", "piece", "stuff"}
_COUNTING = re.compile(rf"{NUMBER_WORD}|{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)?|last|latest|earliest", re.I)
# asked of each report: "in each report", "both papers", "across the two reports", "the two meetings", "both times"
_EACH_REPORT = re.compile(r"\b(?:each|both|all|across|either)\s+(?:of\s+)?(?:the\s+)?(?:two\s+|three\s+)?(?:report|paper|"
                          r"document|meeting)s?\b|\bthe\s+(?:two|three)\s+(?:report|paper|document|meeting|year)s\b|"
                          r"\bin\s+(?:each|both)\b|\b(?:both|the two)\s+times\b|"  # "both times": at both meetings
                          r"\bbetween\s+(?:the\s+)?(?:report|paper|document)s\b|"  # ("did it change between the papers?")
                          r"\bwhat\s+do\s+(?:the\s+|our\s+)?(?:report|paper|document)s\s+say\b", re.I)  # (each its part)
# "the recycling rate at each quarter", "in every report": a part from each report (not "meets each quarter", a rate)
_AT_EACH = re.compile(r"\b(?:at|in|for|by|over|across)\s+(?:each|every|all)\s+(?:of\s+the\s+)?(?:quarter|month|year|period|"
                      r"update|stage)s?\b|\bover\s+the\s+(?:(?:two|three|four|last few)\s+)?(?:quarter|report|paper|update|"
                      r"meeting)s\b|\bover time\b|"
                      r"\bper\s+(?:quarter|report|paper|update)\b|\ball\s+(?:two|three|four)\s+(?:quarter|report|paper|update)s\b",
                      re.I)
# a reporting period a question names, which a report's title gives: "Q3", "quarter 2", "month 6"
PERIOD_NAMED = re.compile(r"\b(?:q|qtr|quarter)\s?([1-4])\b|\b(month|year)\s+(\d{1,2})\b", re.I)  # ("Year 1" of a plan)
_IN_MONTH = re.compile(rf"\b(?:in|at)\s+(?P<month>{_MONTH_WORD})(?![a-z])(?!\s*,?\s*\d)", re.I)
# "in june, september and january", "by september and by january", "now and in june": a month in a list of times
_MONTH_LISTED = re.compile(rf"(?:\b(?:in|at|by|and|or|then|to)|,)\s+(?P<month>{_MONTH_WORD})(?![a-z])(?!\s*,?\s*\d)", re.I)
NOW_SAID = re.compile(r"\b(?:now|currently|at the moment|at present|today)\b", re.I)  # the present, in words
_PERIOD_WORDS = {"q", "qtr", "quarter", "month", "year", "period", "to", "and"}
# "the september meeting", "at its december meeting", "the november audit committee": a meeting by its month alone
_MONTH_MEETING = re.compile(rf"\b(?:the|its|their|this|last)\s+(?P<month>{_MONTH_WORD})(?![a-z])(?:'s)?\s+(?:[a-z&,']+\s+){{0,4}}?"
                            r"(?:meeting|report|paper|update|committee|cabinet|board|panel|council)s?\b", re.I)


def periods_named(text: str) -> list[tuple[str, str]]:
    """The reporting periods a question names, as ("quarter", "3") or ("month", "6"); a span ("q1 to q3", "from
    month 4 to month 8") names every period in it."""
    found = [(m, ("quarter", m[1]) if m[1] else (m[2].lower(), m[3])) for m in PERIOD_NAMED.finditer(text)]
    out = []
    for (a, first), (b, last) in zip(found, found[1:]):
        joined = text[a.end(): b.start()]
        span = re.fullmatch(r"\s*(?:to|-|–|through|until)\s*", joined) or (
            re.fullmatch(r"\s*and\s*", joined) and re.search(r"\bbetween\s+(?:the\s+)?$", text[: a.start()]))
        if span and first[0] == last[0]:
            out += [(first[0], str(n)) for n in range(int(first[1]), int(last[1]))]
    return list(dict.fromkeys(out + [period for _, period in found]))


@functools.lru_cache(maxsize=65536)
def series_of(title: str) -> frozenset[str]:
    """A title's words without its period ("Corporate Performance Report – Quarter 3 2025/26 (October to December
    2025)"): reports of one series share them."""
    return frozenset(w for w in words(title) if w.isalpha() and w not in _MONTHS and w not in _PERIOD_WORDS)


def in_title(title: str, period: tuple[str, str]) -> bool:
    """Whether a report's title names a reporting period: "Quarter 3 2025/26", "Q3", "Month 6", "Year 1"."""
    kind, n = period
    pattern = rf"\b(?:q|qtr|quarter)\s?{n}\b" if kind == "quarter" else rf"\b{kind}\s+{n}\b"
    return bool(re.search(pattern, title, re.I))


# "which councils are changing their opening hours?", "what papers mention the hub?": a part from each report
_WHICH_REPORTS = re.compile(r"^(?:in\s+)?(?:which|what)\s+(?:of\s+the\s+)?(?:reports?|papers?|documents?|councils|"
                            r"authorities|committees)\b", re.I)  # ("which paper talks about the peer review?")
# the committee a paper went to: "did both papers go to the same committee?", "which committee was it for?"
COMMITTEE_ASKED = re.compile(r"^(?=.*\b(?:papers?|reports?|documents?|go|went|gone|considered)\b).*\b(?:same|which|what|"
                             r"different|another)\s+(?:committee|meeting)\b(?!\s+(?:on|of|about)\b)|"
                             r"^(?:and\s+|so\s+)?(?:which|what)\s+(?:committee|panel|board|meeting)\s+(?:is|was)\s+"
                             r"(?:that|this|it)\s*\??$", re.I)  # (not "which committees looked at the SAF?", bodies a
# paper names; "which panel is that?" of the paper the last answer came from)
OTHER_PAPER = re.compile(r"\bthe other (?:report|paper|document|meeting)\b", re.I)  # (not "the other one": another value)
_PAPER_ORDER = re.compile(r"^(?:in\s+)?(?:which|what)\s+(?:report|paper|document|meeting)s?\s+(?:was\s+)?(?:the\s+)?"
                          r"(first|earliest|last|latest|most recently)\b", re.I)
# "when did she start?", "when does it finish?": after a pronoun subject comes the event asked of
_WHEN = r"(?:(?:by |until )?when|on what (?:date|day)|what (?:date|day))"  # "when did ...?", "on what date did ...?"
DATE_DID = re.compile(r"^(?:and\s+|so\s+)?(?:when|on what (?:date|day)|what (?:date|day))\s+did\b", re.I)  # a past event
_PART_OF = re.compile(r"\bhow (?:much|many) of (?:that|this|it|those|these|them)\b|\b(?:what|which) (?:share|part|"
                      r"proportion|percentage) of (?:that|this|it|those|these|them)\b", re.I)
_PRONOUN_VERB = re.compile(rf"^(?:and\s+|so\s+)?{_WHEN} (?:did|does|do|will|would|is|was|are|were) "
                           r"(?:she|he|it|they|we|you|i) (?:(?:first|originally|initially|actually|finally|eventually|"
                           r"last|still|already|ever|now)\s+)?([a-z]+)\b", re.I)  # (the verb past an adverb)
# "when did council adopt the new code?": the verb before its object, after a subject of a word or three
_VERB_BEFORE_OBJECT = re.compile(rf"^(?:and\s+|so\s+)?{_WHEN} (?:did|does|do|will|would|should|has|have) "
                                 r"(?:the |its |their )?(?:[\w'-]+\s+){1,3}?([a-z]+)\s+"
                                 r"(?:to|with|the|a|an|its|their|this|that|these|those|his|her|our)\b", re.I)  # ("reply to")
AT_TIME_END = re.compile(rf"\s+(?:(?:by|in|at|during|since|before|until|as at|as of)\s+(?:the\s+)?(?:end of\s+)?"
                         rf"(?:{_MONTH_WORD}|(?:19|20)\d\d|q[1-4]|quarter\s+\d|(?:last|this|next)\s+\w+)"
                         r"(?:\s+(?:19|20)?\d\d)?|so far|to date|now|yet|already)\W*$", re.I)
DONE_BY = re.compile(r"\b(?:did|do|does|will|would)\s+(?:\S+\s+){1,3}?(\w+)\W*$", re.I)  # "... did cabinet accept?"
_SAYING_VERB = re.compile(r"mention|say|report|note|record|cite|list|describe|give|show|tell|quote|state|highlight", re.I)
PLANNED = r"due|expected|scheduled|planned|meant|supposed|set"  # what a date was to be: "first due", "expected to"
_DUE_TO = re.compile(rf"\b(?:{PLANNED})\s+to\s+(?:be\s+)?([a-z]+)\b", re.I)
_PERIOD = re.compile(r"quarters?|years?|months?|weeks?|previous|prior|ago|q[1-4]", re.I)  # "and last quarter?"
# a grade or a label by its letter or figure ("rated D", "Band D", "Appendix C", "appendix d", "option 2"; not "rated
# a success")
_LETTER_NAMED = re.compile(r"\b(?i:rated|grade[ds]?|band|category|class|option|appendix|annexe?|schedule|priority|level|"
                           r"table|figure|part)\s+([A-Z]|[b-hj-z]|\d)\b(?!['’])")
_TAKES_GERUND = re.compile(r"\b(consider|start|stop|finish|begin|continue|recommend|propose|suggest|delay|postpone|"
                           r"resume)\s+$", re.I)  # a verb whose object is a doing: "consider adding"
_WON = re.compile(r"^who\s+(?:has\s+|have\s+|will\s+|would\s+)?(won|win|wins|chairs?|chaired)\b", re.I)  # (or chairs it)
_PARTICLE = re.compile(r"up|off|out|in|over|back|down|on|away", re.I)  # of a phrasal verb ("set up", "signed off")
_NAMED_PERIOD = re.compile(rf"q[1-4]|(?:19|20)\d\d|{'|'.join(_MONTHS)}", re.I)  # one period by name
# what an answer names first: "A twelve-week consultation on day crewing ..." -> "consultation"
_THING_NAMED = re.compile(r"^(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z]{3,})(?:\s+(?:on|of|for|to|at|in|with|from|by)\b|[,.;])",
                          re.I)
_OTHERS_RE = re.compile(r"\b(other|others|rest|remaining|every)\b", re.I)
_EARLIER_VALUE = re.compile(r"^(?:and |so )?what (?:was|were) (?:it|that|this|they|the figure)\s+(?:before|then|originally|"
                            r"previously|at the start|to begin with|last (?:year|time|quarter|month))\s*\??$|"
                            r"^(?:and |so )?(?:when|what|how many|how much) (?:was|were|did) the (?:one|ones) before\b",
                            re.I)  # ("when was the one before?" after when the fourth conference was)


@dataclass(frozen=True)
class Question:
    text: str  # as asked, cleaned
    query: str  # what retrieval searches for (follow-ups carry the earlier question)
    kind: str  # date, rating, decision, person, amount, number, list, yes_no, text
    terms: tuple[str, ...]  # key content words, lower case
    time: tuple[str, str] = ("", "")  # ("=", "2024-11"), (">", "2023-11"), ("latest", ""), ("earliest", ""), or none
    many: bool = False  # asks for several facts: "each report", "when were the Notices issued"
    focus: str = ""  # the event a "when" question ends on ("appointed"), which the answer must mention
    others: bool = False  # a follow-up asking for the rest: "and the other workstreams?"
    order: str = ""  # "first" or "last" when a date question asks for the earliest or latest of several
    follow_up: bool = False  # read with the conversation's last question (and the paragraphs its answer cited)
    open: bool = False  # asks how something stands: answered by a short cited briefing
    summary: bool = False  # asks what a report says as a whole: "summarise the 2024 paper"
    # (short form, long form) of each acronym it uses or long form it spells out, as the reports give them
    short_forms: tuple[tuple[str, str], ...] = ()
    apart: bool = False  # names councils or places whose papers each give a part ("Ashcombe and Stourmouth")
    given: tuple[str, ...] = ()  # values the last answer gave, which "and the other one?" does not ask for again
    # a follow-up's topic, when it asks something new of it: "how many turned up?" after "when was the conference?"
    referent: tuple[str, ...] = ()
    # what the last answer said, the sentences it quoted or its own words: "why them?" is not answered by them again
    quoted: tuple[str, ...] = ()
    near: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each key word and the report words near it in meaning
    time_words: tuple[str, ...] = ()  # the key words that named its time ("the december meeting"), not in terms
    codes: tuple[str, ...] = ()  # the row references it types, in the form the papers' tables use ("23/24 HR 03")
    year_of: str = ""  # a follow-up's year of what the question before it asked of: "the 2024 staff conference"


# "in 2024", "the 2024 staff conference" (not "in 2024/25", a year of account)
RAG_ASKED = re.compile(r"\b(?:green|amber|red|rag)\b", re.I)  # (a colour asked of)
IN_YEAR = re.compile(r"\b(?:in|during|the)\s+((?:19|20)\d\d)\b(?![/-])")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PERSON_BACK = re.compile(r"\b(?:she|he|her|hers|his|him)\b", re.I)  # the person the last answer named


_PREFACED = re.compile(r"^[^?;]{12,}(?:;|\s[-–—]\s)\s*((?:what|when|who|how|which|where|why|is|was|are|were|did|does|do|has|have)\b"
                       r"[^;]*)$", re.I)


_WISHED = re.compile(r"(?:want|aim|intend|hope|plan|expect|need|wish|seek)(?:s|ed)?", re.I)  # verbs of what is to be


def time_named(text: str, today: dt.date | None = None) -> tuple[tuple[str, str], str]:
    """The report period a question names, and the words that named it (not part of the answer)."""
    latest = _LATEST_RE.search(text)
    if latest:
        return ("latest", ""), latest[0]
    earliest = _EARLIEST_RE.search(text)
    if earliest:
        return ("earliest", ""), earliest[0]
    day = next(filter(None, (pattern.search(text) for pattern in _MEETING_DAY)), None)
    month = _period(day["month"], day["year"]) if day else ""
    if day and len(month) == 7 and 1 <= int(day["day"]) <= 31:  # "at its meeting on 20 June 2023": that meeting's
        return ("=", f"{month}-{int(day['day']):02d}"), day[0]
    month_only = _MONTH_MEETING.search(text)
    if month_only and not re.search(rf"{re.escape(month_only[0])}\s*,?\s*(?:19|20)?\d\d\b", text):
        return _in_month(month_only["month"]), month_only[0]
    relative = RELATIVE_YEAR.search(text)
    if relative and relative[1].lower() == "this":  # "forecast to overspend this year": the papers' year, whichever
        return ("", ""), ""  # calendar year they were written in, not a paper of today's (as "now" asks the latest)
    if relative:  # "last year", "the previous year"
        return ("=", str((today or dt.date.today()).year - 1)), relative[0]
    paired = _PAIRED.search(text) or (_CHANGE_WORD.search(text) and _SPAN_COMPARED.search(text))
    if paired:
        g = paired.groupdict()
        ends = [(g["m1"], g["y1"]), (g["m2"], g["y2"])] if g["y1"] else [(None, g["y3"]), (None, g["y4"])]
        return ("=", "|".join(_period(m, y) for m, y in ends)), paired[0]
    months = _CHANGE_WORD.search(text) and _SPAN.search(text)  # "how did it change between june and december 2025?"
    if months and months["m1"] and not months["y1"] and months["m2"] and months["y2"]:  # (two months of one year)
        return ("=", "|".join(_span_ends(months))), months[0]
    for op, pattern in _TIME_RES:
        m = pattern.search(text)
        if m:
            period, named = _period(m[1], m[2]), m[0]
            # "the 2023 and 2024 reports", "between the November 2023 and November 2024 papers": both are named
            also = _ALSO_PERIOD.search(text[: m.start()]) if op == "=" else None
            if also:
                period, named = f"{_period(also[1], also[2])}|{period}", text[also.start(): m.end()]
            # "the 2023 paper and ... the 2024 one": each named on its own
            # (but not one it is likened to: "did the 2024 report include ratings like the 2023 report?")
            later = [n for n in pattern.finditer(text, m.end())
                     if not _LIKENED.search(text[: n.start()])] if op == "=" else []
            for n in later:
                if _period(n[1], n[2]) not in period.split("|"):
                    period, named = f"{period}|{_period(n[1], n[2])}", f"{named} {n[0]}"
            # "did the 2023 paper have more compared to 2024?": a year set against the one named, a paper's too
            against = _SET_AGAINST.search(text, m.end()) if op == "=" and not later else None
            if against and against[1] not in period.split("|"):
                period, named = f"{period}|{against[1]}", f"{named} {against[0]}"
            return (op, period), named
    return ("", ""), ""


# what happened in a span of time: "what happened to the notice between nov 2023 and nov 2024?", "what has happened on
# the hub since october 2023?"
HAPPENED_ASKED = re.compile(r"\bwhat(?:'s|\s+has|\s+had)?\s+(?:happened|gone on|been done)\b", re.I)
def span_asked(text: str) -> tuple[str, str, str] | None:
    """The span of time a question asks what happened in, as its first and last periods ("2023-11", "2024-11"; the
    last "" when it runs to now) and the words naming it; None when it asks of none ("between june and december" names
    no year: of what paper?)."""
    m = _SPAN.search(text) if HAPPENED_ASKED.search(text) else None
    if not m or not (m["y3"] or m["z3"] or m["y2"] or m["z2"]):
        return None
    return *_span_ends(m), m[0]


_LIKENED = re.compile(r"\b(?:like|unlike)\s+(?:in\s+)?(?:the\s+)?$", re.I)


def _period(month: str | None, year: str) -> str:
    """'Nov', '23' -> '2023-11'; None, '2024' -> '2024'."""
    year = year if len(year) == 4 else f"20{year}"
    number = _month_number(month)
    return f"{year}-{number:02d}" if number else year


def _month_number(month: str | None) -> int:
    """'Nov.' -> 11; None -> 0."""
    return next((i for i, name in enumerate(_MONTHS, 1) if month and name.startswith(month.lower().rstrip("."))), 0)


def _months_listed(text: str) -> tuple[tuple[str, str], str] | None:
    """Several meetings named by their months alone, or one and "now": the time ("=", "*-06|*-09|now") and the words
    that named them; None for fewer."""
    found = list(_MONTH_LISTED.finditer(text))
    now = NOW_SAID.search(text) if found else None
    months = list(dict.fromkeys(_in_month(m["month"])[1] for m in found)) + (["now"] if now else [])
    if len(months) < 2:
        return None
    return ("=", "|".join(months)), " ".join([m["month"] for m in found] + ([now[0]] if now else []))


def _in_month(month: str) -> tuple[str, str]:
    """A meeting named by its month alone: the time ("=", "*-09"), the latest held that month."""
    return "=", f"*-{_month_number(month):02d}"


def parts(text: str) -> list[str]:
    """The questions a question asks: "when was it due, and has it been done?" as "when was it due?" and "has it been
    done?", the second to be asked after the first; one question as itself."""
    for m in _SECOND.finditer(text):
        first, second = text[: m.start()].strip(), text[m.end():].strip()
        if len(first.split()) >= 3 and _ASKS.search(_LEADING_PHRASE.sub("", first)) and not _months_listed(text):
            each = _EACH_REPORT.search(first)  # "what plan did each report follow, and when was it agreed?": it, in
            return [first.rstrip(" ?,") + "?", *(  # each report
                f"{rest.rstrip(' ?')} {'' if each[0].startswith(('in ', 'across', 'between')) else 'in '}{each[0]}?"
                if each and BACK.search(rest) and not _EACH_REPORT.search(rest) else rest for rest in parts(second))]
    return [text]


def clean(text: str, limit: int) -> str:
    """Refuse empty and over-long questions; drop control characters; fold white space."""
    if text is None:
        raise EmptyQuestion()
    if len(text) > limit:
        raise QuestionTooLong(limit, len(text))
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise EmptyQuestion()
    return text


# what a question is wrapped in: a greeting or "quick question -" before it, "can you tell me", "please could you
# check:", "i was wondering," when a question follows, and "thanks" or "cheers" after it
_GREETING = r"(?:hi|hello|hey|hiya|morning|afternoon|evening|good (?:morning|afternoon|evening)|ok(?:ay)?|right|sorry)"
_WRAPPED = re.compile(rf"^(?:{_GREETING}\b(?:\s+(?:all|there|team))?[\s,!.:;-]*|(?:a |one |just a )?(?:quick )?"
                      r"(?:question|query)\s*[,!.:;-]+\s*|re\s*:\s*|re\s+(?=the\s))+", re.I)  # ("re: the hub - ...")
_ASKING_FIRST = re.compile(r"^(?:(?:please |pls )?(?:(?:can|could|would|will) you (?:please |pls )?)?"
                           r"(?:tell me|let me know|check|find out|confirm|remind me)|(?:i (?:was|am)|i'm|just) wondering)"
                           r"\b[\s,:;-]*", re.I)
_THANKS = re.compile(r"[\s,.!;:-]*\b(?:(?:many )?thanks|thank you|thx|cheers|please|pls)\b"
                     r"(?:\s+(?:very much|so much|a lot|in advance))?[\s.!]*$", re.I)


# (with full stops, only with the year in full: "3.4.10" is a paragraph)
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})(?:/(\d{1,2})/((?:19|20)?\d\d)|\.(\d{1,2})\.((?:19|20)\d\d))"
                           r"(?![\d/.])")
_APOSTROPHE_YEAR = re.compile(rf"\b{_MONTH_WORD}\s*['’‘](\d\d)\b", re.I)
# "in nov 23", "the jan 24 notice": a month and its year (not "by nov 23", which may be a day); "20 june 23": a day
_IN_MONTH_YEAR = re.compile(rf"(?:(?<=\bin )|(?<=\bduring )|(?<=\bsince )|(?<=\bthe )|(?<=\d )|(?<=\d(?:st|nd|rd|th) ))"
                            rf"({_MONTH_WORD[1:-4]})\.?\s+(\d\d)\b(?![:./]\d)", re.I)


# the shorthand people type for the words a question names its papers by, and an idiom for the word papers use
_SHORTHAND = [(re.compile(rf"\b{short}\b", re.I), full) for short, full in (
    ("docs", "documents"), ("doc", "document"), ("mtgs", "meetings"), ("mtg", "meeting"), ("cttees", "committees"),
    ("cttee", "committee"), ("in charge of", "responsible for"))]  # (an idiom: not "charging")


# phrasal verbs said in one word, as reports say them: "when does it wind up?" asks when it ends (each form: base, -s,
# past, -ing)
_ONE_WORD = {f"{said} {particle}": one for forms, particle, ones in (
    (("wind", "winds", "wound", "winding"), "up", ("end", "ends", "ended", "ending")),
    (("wrap", "wraps", "wrapped", "wrapping"), "up", ("finish", "finishes", "finished", "finishing")),
    (("kick", "kicks", "kicked", "kicking"), "off", ("start", "starts", "started", "starting")),
    (("carry", "carries", "carried", "carrying"), "on", ("continue", "continues", "continued", "continuing")),
    (("keep", "keeps", "kept", "keeping"), "going", ("continue", "continues", "continued", "continuing")),
    (("keep", "keeps", "kept", "keeping"), "on", ("continue", "continues", "continued", "continuing")),
    (("go", "goes", "went", "gone", "going"), "up", ("increase", "increases", "increased", "increased", "increasing")),
    (("go", "goes", "went", "gone", "going"), "down", ("decrease", "decreases", "decreased", "decreased",
                                                      "decreasing")))
    for said, one in zip(forms, ones)}
_PHRASAL = re.compile(r"\b(" + "|".join(_ONE_WORD).replace(" ", r"\s+") + r")\b(?!\s+(?:the|a|an|its|their|with)\b)", re.I)

_CONTINUE = dict(zip(("keep", "keeps", "kept", "keeping"), ("continue", "continues", "continued", "continuing")))
_KEEP_DOING = re.compile(r"\b(keep|keeps|kept|keeping)\s+(?!going\b)([a-z]{3,}ing)\b", re.I)
_YEARS_OWN = re.compile(r"\b(?:the\s+|its\s+)?(this|last|previous)\s+year['’]?s\b", re.I)


def written_out(text: str, latest: int | None = None) -> str:
    """A question's dates and shorthand as the reports write them: "the 7/11/24 paper" (day first, as in the UK) is
    "the 7 November 2024 paper", "Nov '23" and "in nov 23" are "Nov 2023", and "the nov 23 doc" the nov 23 document;
    with the year of the latest paper, "this year's report" is that year's and "last year's" the year before's; a
    phrasal verb, "wind up", in one word, "end" (and "keep checking", "continue checking")."""
    text = _PHRASAL.sub(lambda m: _ONE_WORD[" ".join(m[1].lower().split())], text)
    text = _KEEP_DOING.sub(lambda m: f"{_CONTINUE[m[1].lower()]} {m[2]}", text)  # "keep checking": continue checking
    if latest:
        text = _YEARS_OWN.sub(lambda m: f"the {latest - (m[1].lower() != 'this')}", text)
    for pattern, full in _SHORTHAND:
        text = pattern.sub(full, text)
    def day_first(m: re.Match) -> str:
        day, month, year = int(m[1]), int(m[2] or m[4]), m[3] or m[5]
        year = year if len(year) == 4 else f"20{year}"
        return f"{day} {_MONTHS[month - 1].capitalize()} {year}" if 1 <= day <= 31 and 1 <= month <= 12 else m[0]

    text = _IN_MONTH_YEAR.sub(lambda m: f"{m[1]} 20{m[2]}", text)
    return _APOSTROPHE_YEAR.sub(lambda m: f"{m[1]} 20{m[2]}", _NUMERIC_DATE.sub(day_first, text))


PLURALS = {"children", "people", "staff", "men", "women", "police"}  # plural without an s
# "give me the recommendations of the 2024 report", "the five themes in the highlight report?": a thing named, asked for
_NAMED_ONLY = re.compile(r"^(?:(?:please\s+)?(?:give|show|get|send|find)\s+me\s+)?"
                         r"((?:the|all(?: the)?|any|each|every)\s+(?:[\w'’&-]+\s+){0,3}?([\w'’&-]+?)(?=[\s?.!]|$).*)$",
                         re.I)
_AFTER_HEAD = re.compile(r"\s+(?:of|in|on|from|for|at|to|by|under|that|which|the|this|its|their|and|with)\b", re.I)


def as_a_question(text: str) -> str:
    """A thing named with no question asked of it, asked for: "give me the recommendations of the 2024 report" and
    "the recommendations of the 2024 report?" are "what are the recommendations of the 2024 report?" ("the latest on
    the hub?": "what is ..."; "any direct money implications?": "are there ..."); any other text as it stands."""
    named = _NAMED_ONLY.match(text)
    if not named or _ASKS.search(text):
        return text
    phrase = named[1].rstrip(" ?.!")
    head = words(_AFTER_HEAD.split(phrase.split(None, 1)[1] if " " in phrase else phrase)[0])
    plural = bool(head) and (head[-1] in PLURALS or head[-1].endswith("s") and not head[-1].endswith("ss"))
    if phrase.lower().startswith("any "):  # "any direct money implications?": whether there are
        return f"{'are' if plural else 'is'} there {phrase}?"
    return f"what {'are' if plural else 'is'} {phrase}?"


_NO_APOSTROPHE = re.compile(r"\b(what|when|where|who|how|why)s\b", re.I)


def unwrapped(text: str) -> str:
    """The question without what it is wrapped in: "hi, quick question - when is the hub due? thanks" is "when is the
    hub due?"; "can you tell me when it is due?" asks when it is due, "i was wondering, and last quarter?" follows on
    (not "can you tell me about the hub?", read as it stands); the question itself if nothing would be left. A word of
    asking typed without its apostrophe is read with it ("whens it due?")."""
    text = _NO_APOSTROPHE.sub(r"\1's", text)
    out = _BESIDES.sub("", _THANKS.sub("", _WRAPPED.sub("", text)))
    asking = _ASKING_FIRST.match(out)
    if asking and re.match(rf"{_ASKS.pattern}|(?:and|so)\b", out[asking.end():], re.I):  # (or a follow-up: "and X?")
        out = out[asking.end():]
    return out if words(out) else text


def kind_of(text: str) -> str:
    # "Per the 2023 audit, had the methods been agreed?": the question proper follows a leading phrase
    lower = _LEAD_IN.sub("", _LEADING_PHRASE.sub("", text.lower()))
    lower = re.sub(r"^(when|what|how|where|who|why)s\b", r"\1 is", lower)  # "whens it due?", typed without its apostrophe
    # "can you tell me the date ...", "I need the date ...": the question is what follows the asking
    asked = _ASKING.match(lower)
    if asked:
        rest = lower[asked.end():]
        if re.match(r"(?:if|whether)\b", rest):  # "do you know if the notice was lifted?"
            return "yes_no"
        lower = rest if _ASKS.match(rest) and not rest.startswith(("what about", "how about")) else f"what is {rest}"
    if _DONE_YET.search(lower):  # "EHCP timeliness action - completed yet?": a topic, then whether it is done
        return "yes_no"
    yes_no = bool(re.search(_YES_NO, lower)) and not OPEN.search(lower)  # "any update on X?" asks how X stands
    if yes_no and not re.search(r"\bor\b", lower):  # "has X been given a due date?": yes or no, whatever it is about
        return "yes_no"
    for kind, pattern in _TYPE_RULES:  # "is it Green or Amber?" is read by its other words
        if re.search(pattern, lower):
            return kind
    return "yes_no" if yes_no else "text"


_AMPERSAND_INITIALS = re.compile(r"\b([a-z])\s?&\s?([a-z])\b")  # "B&B", "A & G": one short form, "bb", "ag"


def words(text: str) -> list[str]:
    lower = text.lower()
    return re.findall(r"[a-z0-9£]+(?:[.,]\d+)*", _AMPERSAND_INITIALS.sub(r"\1\2", lower) if "&" in lower else lower)


def names_asked(text: str) -> set[str]:
    """The names a question may use, typed in any case ("harrowfield"), but for the small words of asking ("whats")."""
    return proper_names(text, written=False) - STOPWORDS


_CONTRACTED = [(re.compile(r"\bwon['’]t\b", re.I), "will not"), (re.compile(r"\bcan['’]t\b", re.I), "can not"),
               (re.compile(r"n['’]t\b", re.I), " not")]


def key_terms(text: str, kind: str = "") -> tuple[str, ...]:
    """The words a question asks about: not stopwords, nor the words saying what kind of answer is wanted (but for a
    yes or no, where they name the thing asked of, "is it a key decision?", unless they ask of a rating), nor a vague
    noun of a part ("the leadership strand") or of what becomes of a thing ("its future")."""
    kinds = TYPE_WORDS if kind != "yes_no" else _RATING_WORDS
    seen = []
    for pattern, said in _CONTRACTED:  # "why hasn't it been done?": "has not", no word "hasn"
        text = pattern.sub(said, text)
    said = words(_TAG.sub(" ", _RAG_CHOICE.sub(" ", text) if kind == "rating" else text))  # (the ratings offered
    # are the answer's choices, not what it is about)
    for i, w in enumerate(said):
        vague = w in _VAGUE_PART and 0 < i and said[i - 1] not in STOPWORDS and said[i + 1: i + 2] != ["of"] or (
            w in ("future", "fate") and said[i - 1: i] in (["its"], ["their"])) or (  # ("decide about its future")
            w in _KINDS_ASKED and said[i - 1: i] in (["what"], ["which"]))  # ("in what areas ...?": the things asked)
        if w not in STOPWORDS and w not in kinds and w not in seen and len(w) > 1 and not vague:
            seen.append(w)
    # and a grade or label's letter, after them ("rated D", "appendix d"; a letter alone is no key word)
    return tuple(dict.fromkeys(seen + [m.lower() for m in _LETTER_NAMED.findall(text)]))


def _value_led(reply: str) -> str:
    """The kind of value a short answer leads with ("10.2 days.", "Due by 30 November 2023."), else "text"."""
    lead = reply.split('"')[0].strip()
    return next((kind for kind in ("date", "amount", "number") if len(lead) <= 80 and FINDERS[kind](lead)), "text")


def last_reply(history) -> str:
    """What the conversation's last answer said, without its citations ("Dr Lorna Quayle." for "who is she
    replacing?"); nothing when it said the reports don't say."""
    replies = [t.get("content") or "" for t in history or () if t.get("role") == "assistant"]
    reply = replies[-1] if replies else ""
    return "" if reply.startswith(ABSTAINED) else re.sub(r"\[[^\]]*\]", " ", reply)[:600]


def _the_same(text: str, before: str) -> bool:
    """Whether a question names with "the" a thing the question before it asked of ("the auditor")."""
    named = {m.lower() for m in re.findall(r"\bthe\s+([a-z]{4,})\b", text, re.I)} - STOPWORDS
    return bool(named & set(key_terms(before)))


def _last_said(history) -> str:
    """What the conversation's last turn said, if it is an answer."""
    return history[-1].get("content") or "" if history and history[-1].get("role") == "assistant" else ""


def uncited(history) -> bool:
    """Whether the conversation's last answer cites no paragraph (an answer from elsewhere, in its own words)."""
    said = _last_said(history)
    return bool(said) and "[" not in said and not said.startswith(ABSTAINED)


def in_own_words(history) -> bool:
    """Whether the conversation's last answer was short and in its own words, citing nothing ("The Head of ICT.")."""
    said = _last_said(history)
    return bool(said) and "[" not in said and len(words(said)) <= 12


def understand(text: str, history: list[dict] | tuple = (), limit: int = 2000, today: dt.date | None = None,
               second: bool = False, follow: bool = False) -> Question:
    """The question, read with the conversation before it; `second` when it is a question's second part, asked of
    what the first found; `follow` when it is to be read as a follow-up whatever its words."""
    text = clean(text, limit)
    earlier = [turn.get("content", "") for turn in history or () if turn.get("role") == "user" and turn.get("content")]
    if earlier and _A_PAPER.search(earlier[-1]):  # "and the later one?" after "who wrote the 2023 paper?": the later
        text = _ONE_IN_TIME.sub(r"\1 paper", text)  # paper
    if earlier and re.search(r"\bfirst\b", earlier[-1], re.I):  # "and when did the next one come?" after "the first
        text = _NEXT_ONE.sub("second", text)  # notice": the second of them, not one after the paper's meeting
    # "The 2023 report describes the fourth conference; what does the 2024 report say about one?": the paper asked of is
    # the one the question names, not the one its preface does, and what it asks is what the question does ("...; was
    # there one in 2024 too?" asks yes or no; "the 2023 paper says X - what's it called by the 2024 paper?")
    asking = _PREFACED.match(text)
    kind, query = kind_of(asking[1] if asking else text), text
    terms = key_terms(text, kind)
    if WHY.match(text):  # (the words asking why are not what it is asked of: "what's the problem with it?")
        terms = tuple(t for t in terms if t not in _WHY_WORDS)
    time, named = time_named(asking[1] if asking else text, today)
    in_month = _IN_MONTH.search(text) if kind != "date" and not time[0] else None
    listed = _months_listed(text) if kind != "date" and not time[0] else None
    if listed:  # "how many were in b&b in june and how many now?": each of those meetings (the newest for "now")
        time, named = listed
    elif in_month:  # "what was cabinet asked to approve in december?", "how was it rated in june?": that month's meeting
        time, named = _in_month(in_month["month"]), in_month[0]
    rated_in = IN_YEAR.search(text) if not time[0] and (kind == "rating" or RAG_ASKED.search(text)) else None
    if rated_in:  # "was procurement still green in 2024?": a rating is a paper's, as at its meeting: that year's paper
        time, named = ("=", rated_in[1]), rated_in[0]
    # the words that name a report choose it; they are not what the answer must contain
    unnamed = lambda found, naming: tuple(t for t in found if t not in set(words(naming)))
    each = _EACH_REPORT.search(text) or _WHICH_REPORTS.search(text) or _AT_EACH.search(text)
    own = unnamed(terms, f"{named} {each[0] if each else ''}")  # nor are the words asking of each report
    others, given, referent, quoted, year_of = False, (), (), (), ""
    follow_up = bool(earlier and (second or follow or _FOLLOW_UP.search(text) or len(terms) <= 2 or (
        uncited(history) and _the_same(text, earlier[-1]))))  # ("why is the auditor asking for more?" after "what
    # fee is X's external auditor charging?" answered citing nothing: the same auditor)
    if earlier:  # what the last answer said, quoting or in its own words ("Housing Rent Arrears Recovery and ...")
        quoted = tuple(re.findall(r'"([^"]{20,})"', last_reply(history))) or (last_reply(history),)
    if follow_up:
        previous = earlier[-1]
        # what the last answer said helps a question pointing back at it ("who is she replacing?"), not one that
        # moves on ("and the hub?", "and the 2024 one?")
        reply = last_reply(history) if BACK.search(text) and not time[0] else ""
        query = f"{previous} {reply} {text}"
        # "and the hub?" asks what the last question asked; "how often does it meet?" and "why not the cheapest one?"
        # ask their own
        earlier_value = bool(_EARLIER_VALUE.match(text))  # "what was it before?": the same kind, another value
        named_only = _LEADS_ON.match(text) and not set(words(text)) & TYPE_WORDS
        if (kind == "text" or named_only) and (not _ASKS.search(_MOVES_ON.sub("", text)) or earlier_value):
            # (as the last answer took it: "what was sickness absence at q1?" answered "10.2 days." asks a number; "and
            # the grant funding agreements?" after "when are the templates due?" asks a date, whatever words name the
            # thing, unless a word asks a kind: "and the cost?", "and the date on it?")
            kind = kind_of(previous)
            kind = _value_led(last_reply(history)) if kind == "text" else kind
        previous_time, previous_named = time_named(previous, today)
        again = SAME_AGAIN.match(text)  # "is it the same in 2023?" asks again what the last question asked, of 2023
        kind = kind_of(previous) if again and kind == "yes_no" else kind
        own = unnamed(own, again[0]) if again else own  # (its "still" asks nothing of its own)
        topic = unnamed(key_terms(previous), previous_named)
        if _ASKS.search(_MOVES_ON.sub("", text)):  # "how many turned up?" asks anew of what the last one was about
            referent = tuple(t for t in topic if t not in own and t not in TYPE_WORDS)
            # an answer in its own words, citing nothing ("The Head of ICT.", "Kilbride Hall."), names what is asked
            # of: "that officer" is the one it named, whatever else is an officer
            own_words = in_own_words(history)
            pointed = {m.lower() for m in re.findall(r"\b(?:that|this|those|these)\s+(\w+)", text, re.I)}
            if pointed & set(own) and own_words:
                own = tuple(t for t in own if t not in pointed) + tuple(t for t in key_terms(last_reply(history))
                                                                         if t not in own)
                referent = tuple(t for t in referent if t not in own)
            elif not own or own_words:  # ("until when?" names nothing: what the last answer said it of)
                referent += tuple(t for t in key_terms(last_reply(history)) if t not in referent and t not in own)
            decided = _THING_NAMED.match(last_reply(history)) if not own and own_words and kind_of(
                previous) == "decision" else None
            if decided:  # "what will it cost?" after "what is the authority asked to approve?" answered "A twelve-week
                # consultation on ...": of the thing decided, as the answer names it, among the papers the question
                # named
                names = {n.lower() for n in names_asked(previous)}
                own = tuple(t for t in topic if t in names) + (decided[1].lower(),)
                referent = ()  # (not what the question and its answer said of the rest)
        # "and the second one?" after "when did the first notice come in?", "and last quarter?" after "how many
        # households are in temporary accommodation?": another of what it asked about
        # (the one asked for by its place, "second", not the last one's, "first")
        placed = tuple(t for t in own if t in ORDINALS and t != "first")
        another = bool(own) and all(_COUNTING.fullmatch(t) or _PERIOD.fullmatch(t) or _NAMED_PERIOD.fullmatch(t)
                                    for t in own)  # ("same in december 2025?" after "... in june 2025?")
        if another:  # (a period it names in place of the last one's: "and at q3?" after "... at q1?")
            named_period = tuple(t for t in own if _NAMED_PERIOD.fullmatch(t))
            own = tuple(t for t in topic if not _COUNTING.fullmatch(t) and not (
                named_period and _NAMED_PERIOD.fullmatch(t))) + named_period + placed or own
        own = own or topic  # "and the 2023 report?" asks the same again
        # (and a question's second part asking the same kind as its first: "when was it first due, and when was it
        # replaced?" is not answered by the date that answered the first)
        others = another or earlier_value or bool(_OTHERS_RE.search(text)) or (second and kind == kind_of(previous))
        others = others and not again  # ("same at q3?": the value given may be given again)
        if others:  # "what about the other one?" after "when was the first?": not the first, nor the two
            own = tuple(t for t in own if not _COUNTING.fullmatch(t) or t in placed) or own
        # (nor "how much of that is savings?" the whole the last answer gave, nor "and what would the yearly loan charges
        # be?" the sum it gave, "£8.0 million", first in its words: "612 audits ... against a target of 750" gave 612)
        whole = others or bool(_PART_OF.search(text))
        if whole or kind in ("amount", "number") and kind == kind_of(previous):
            finder = FINDERS.get(kind)
            # the value the last answer led with ("71."), not every figure of the row it quoted, if it led with one
            reply = last_reply(history)
            given = tuple(f.value for f in finder(reply.split('"')[0].strip() or reply)) if finder else ()
            given = given if whole else given[:1]
        # (unless the last question named a year of what it asked: "and in 2023?" after "how many left in 2024?")
        bare = _BARE_PERIOD.match(text) if not time[0] and (
            previous_time[0] or not _A_YEAR.search(previous) or again) else None
        if bare:  # "and in 2023?", "same in 2024?": that year's paper asked the same (whatever value it gives)
            time, named = ("=", _period(bare[1], bare[2])), bare[0]
            own = unnamed(own, named) or tuple(t for t in topic if not _NAMED_PERIOD.fullmatch(t)) or topic  # (asked
            # the same: the period names no thing asked of, and the last question's period is not this one's)
            others, given = False, ()
        elif not time[0] and not OTHER_PAPER.search(text):  # ("what about the other paper?" asks of another)
            time, named = previous_time, previous_named
            of_year = IN_YEAR.search(previous) if not previous_time[0] else None
            year_of = of_year[1] if of_year and not _A_YEAR.search(text) else ""
    time_words = tuple(t for t in key_terms(text) if t in set(words(named)) and t not in own)
    terms = own or terms
    # "Bryncelyn County Council": the words of an authority's name after its own are its name, not what is asked of
    # (not the "County Council" meeting a paper speaks of)
    kinds = {w.lower() for m in AUTHORITY_NAME.finditer(text) for w in m[2].split()}
    kinds |= _LASTING if kind == "number" and re.search(r"\bhow long\b", text, re.I) else set()  # "how long did
    # it last?": a duration asked, not the word "last" ("over the last 18 months")
    terms = tuple(t for t in terms if t not in kinds) or terms
    if kind == "person":  # "who's the lead cllr?": a title says a person is asked, not what about
        terms = tuple(t for t in terms if not re.fullmatch(TITLES, t, re.I)) or terms
    terms += tuple(v for k, v in _ASKED_AS.items() if re.search(k, text, re.I) and v not in terms)
    expansions = [v for k, v in _EXPANSIONS.items() if re.search(rf"\b{k}\b", query, re.I)]
    expansions += [v for k, v in _ASKED_AS.items() if re.search(k, text, re.I)]
    # the last word but for a time it is asked at: "how many had been fixed by june?" ends on "fixed"
    ending = words(AT_TIME_END.sub("", text)) or words(text)
    place = _AT_PLACE_END.search(text)  # "how many were upheld at wyvernmoor?": the event, not the council's name
    if place and len(ending) > 2 and set(words(place[1])) <= {n.lower() for n in names_asked(text)}:
        ending = ending[: -len(words(place[1])) - 1]
    last = ending[-1] if ending else ""
    what_time = WHAT_TIME.search(text)  # "what time did the meeting finish?": when, of the event it ends on
    asks_when = kind == "date" and re.match(r"(?:and |so )?(?:(?:by|until|from|since|on) )?(?:when|what (?:date|day))\b",
                                            text, re.I) or what_time  # ("from what date did it take effect?")
    if asks_when and len(words(text)) > 1 and _PARTICLE.fullmatch(last):  # "when was it set up?", "signed off?": the
        last = words(text)[-2]  # verb, not "up"
    # "how many complaints were upheld?": the event counted, as "when was X appointed?" ends on the event dated
    asks_count = kind in ("number", "amount") and re.match(r"(?:and |so )?how (?:many|much)\b", text, re.I)
    if asks_count and len(ending) > 1 and last == "by":  # "how much was it corrected by?": the change, "corrected"
        last = ending[-2]
    # (not "dated": any date a note gives is the date it is dated, said or not; nor "LED", a name in capitals; nor
    # "how much money is involved?", which names no event)
    focus = last if (asks_when or asks_count) and last in terms and last not in ("dated", "involved", "concerned") and \
        re.search(rf"\b{re.escape(last)}\b", text) and (
        last.endswith("ed") or re.fullmatch(rf"(?:up|with|over|under|out|re)?(?:{IRREGULAR_PAST})", last)
        or asks_when and _EVENT_VERB.fullmatch(last)  # "when will the hub open?": the opening, to come
        or asks_count and not _SAYING_VERB.fullmatch(last) and (done := DONE_BY.search(text)) and done[1].lower() == last
    ) else ""
    # ("how many of the recommendations did cabinet accept?": the verb after its subject; not "did the police
    # mention?", which asks what a paper says they said)
    # "when did she start?": the word after its subject; "when did council adopt the code?": the verb before its object
    verb = (_PRONOUN_VERB.search(text) or _VERB_BEFORE_OBJECT.search(text)) if asks_when or kind == "date" and \
        DATE_DID.match(text) else None  # ("on what date did CMT agree it?" too)
    focus = verb[1].lower() if verb and verb[1].lower() in terms else focus
    governing = _TAKES_GERUND.search(text[: text.lower().find(focus)]) if focus.endswith("ing") else None
    focus = governing[1].lower() if governing and governing[1].lower() in terms else focus  # "when will council
    # consider adding it?": the considering (not "when's the depot opening?")
    focus = last if what_time and last in terms else focus
    planned = _DUE_TO.search(text) if asks_when else None  # "when was it first due to be finished?": the finishing
    focus = planned[1].lower() if planned and (planned[1].lower() in terms or planned[1].lower() == "report") else focus
    # ("when is the group due to report?": the reporting, a verb here, not the paper the word names elsewhere)
    if focus and _WISHED.fullmatch(focus) and re.search(rf"\b{focus}\b(?:\s+\S+){{0,4}}?\s+to\s", text, re.I):
        focus = ""  # "when does it want its operations to be net zero?": what it wants, not the wanting
    if asks_when and re.match(r"(?:and |so )?(?:until|till) when\b", text, re.I):  # "until when?": how long what
        focus = "until"  # was asked of goes on, its end ("continue until the end of May 2025")
    # "when is the next meeting of the group?": a date said of a meeting, not the group's end date (the word past a
    # council's name: "the next lochardie education committee")
    event = _WHEN_NEXT.match(text) if kind == "date" and not focus else None
    event_word = next((w for w in words(event[1]) if w not in names_asked(text)), "") if event else ""
    if event_word in terms:
        focus = event_word
    won = _WON.search(text) if kind == "person" else None
    if won and won[1].lower() in terms:  # "who won the contract?": one said to have won it (awarded, successful), not
        focus = won[1].lower()  # a contractor whose contract is ending; "who chairs the group?": one said to chair it
    head = _WHAT_IS.match(text) if kind == "text" and not WHY.search(text) else None  # a reason asked: "because"
    # "how much was the licence fee?" is answered by a sum said to be a fee (not "a grant of £2,500")
    head = (_HOW_MUCH_IS.match(text) or _HOW_MUCH_COSTS.match(text) or _WHAT_WILL_BE.match(text)) if kind in (
        "amount", "number") else head  # ("what will the service charge be?": a sum said to be a charge)
    if head and head[1].lower() in terms and head[1].lower() not in _OPEN_WORDS:  # "what is the pupil roll at X?" is
        focus = head[1].lower()  # answered by a sentence about a roll ("what's the latest on X?" asks how X stands)
    order = ""
    if kind == "date":
        # (not "first due to be finished": the date a move was from, not the first of several)
        m = re.search(rf"\b(first|earliest|originally|last|latest|most recent|earlier|sooner|later|more recent)\b"
                      rf"(?!\s+(?:report|meeting|paper|year|{PLANNED})\b)", text, re.I)
        order = ("first" if m[1].lower() in ("first", "earliest", "originally", "earlier", "sooner") else "last") if m \
            else ""
    # (and "what about governance?" after "how's procurement going?" asks how it stands too)
    asks_again = follow_up and earlier and not _ASKS.search(_MOVES_ON.sub("", text))
    paper_order = _PAPER_ORDER.match(text)  # "which paper first mentions the board?": the earliest that speaks of it
    if paper_order:
        order = "first" if paper_order[1].lower() in ("first", "earliest") else "last"
        terms = tuple(t for t in terms if t not in set(words(paper_order[1]))) or terms
    is_open = kind == "text" and bool(OPEN.search(asking[1] if asking else text) or asks_again and OPEN.search(earlier[-1]))
    if is_open:  # "how's X going?" is about X: the words that ask how it stands are not what it must say
        terms = tuple(t for t in terms if t not in _OPEN_WORDS) or terms
    # (not a sum of each of some things: "how much does each vehicle cost?")
    many = bool(_MANY.search(text)) and not (kind == "amount" and EACH_ASKED.search(text))
    return Question(text, " ".join([query] + expansions), kind, terms, time, many, focus, others,
                    order, follow_up, is_open, kind in ("text", "list", "yes_no") and bool(SUMMARY.search(text)),
                    apart=bool(each), given=given, referent=referent, quoted=quoted, time_words=time_words,
                    year_of=year_of)

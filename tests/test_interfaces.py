"""docs/interfaces.md is kept true: its commands and options are the command line's, its answer the JSON an
answer prints, its endpoints those the running app serves."""

import json
import re

from assistant.answer_types import Answer, Citation
from assistant.cli import _parser
from assistant.questions import KINDS

from conftest import ROOT

DOC = (ROOT / "docs" / "interfaces.md").read_text(encoding="utf-8")


def _subcommands() -> dict:
    action = next(a for a in _parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices


def test_every_command_and_option_is_documented_and_real():
    usage = re.findall(r"^assistant (\w+)(.*)$", DOC, re.M)
    documented: dict[str, set[str]] = {}
    for name, rest in usage:
        documented.setdefault(name, set()).update(re.findall(r"--[a-z][a-z-]*", rest))
    commands = _subcommands()
    assert set(documented) == set(commands)
    for name, parser in commands.items():
        real = {o for a in parser._actions for o in a.option_strings if o.startswith("--")} - {"--help"}
        assert documented[name] == real, name


def test_the_documented_answer_has_the_keys_an_answer_prints():
    example = json.loads(re.search(r"## One answer.*?```json\n(.*?)```", DOC, re.S)[1])
    citation = Citation("r", "t", "c", "2023-11-27", "2.5", "q", "OSC 27 Nov 2023", "2.5")
    printed = Answer("q", "a", "date", "2023-09-08", False, (citation,)).to_json()
    assert set(example) == set(printed)
    assert set(example["citations"][0]) == set(printed["citations"][0])
    kinds = set(re.findall(r"`(\w+)`", re.search(r"`answer_type`: (.*)", DOC)[1]))
    assert kinds == set(KINDS)


def test_the_documented_endpoints_are_the_apps(app_url):
    from gradio_client import Client

    served = set(Client(app_url, verbose=False).view_api(print_info=False, return_format="dict")["named_endpoints"])
    documented = set(re.findall(r"^\| `(/\w+)` \|", DOC, re.M))
    assert documented == {"/chat", "/ask", "/paragraph"} and documented <= served

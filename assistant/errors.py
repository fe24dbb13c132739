"""Errors meant for people: each says what happened and what to do next."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error the assistant reports to a user (CLI exit code 2)."""


class UnreadableReport(AssistantError):
    def __init__(self, path, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"cannot read report {self.path}: {reason}")


class IndexMissing(AssistantError):
    def __init__(self, path):
        self.path = str(path)
        super().__init__(
            f"no index at {self.path}: build it with `assistant ingest corpus/ --index {self.path}`"
        )


class VectorsMissing(AssistantError):
    """The vector store the settings point at lacks vectors the index's catalogue names."""


class EmptyQuestion(AssistantError):
    def __init__(self):
        super().__init__("the question is empty: ask something about the reports")


class QuestionTooLong(AssistantError):
    def __init__(self, limit: int, length: int):
        self.limit = limit
        super().__init__(
            f"the question is {length:,} characters long; the limit is {limit:,}: shorten it"
        )


class BadSetting(AssistantError):
    """A setting that is unknown or has a value of the wrong kind."""


class BadFilter(AssistantError):
    """A --report/--since/--until filter that cannot be understood."""

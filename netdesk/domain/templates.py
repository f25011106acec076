"""Message templates: placeholders like {first_name}, filled from a contact,
their organisation, a conversation, a referral or promise, and my job goal.

A placeholder that is unknown, or has nothing to fill in, is reported and
shown as a visible gap (…), never as a raw brace. ``{{`` and ``}}`` write a
literal brace. The domain reports problems as codes; the window words them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from urllib.parse import quote

from netdesk.domain.asks import find_job_requests
from netdesk.domain.goal import JobGoal, join_items
from netdesk.domain.template_kinds import TemplateKind as TemplateKind  # re-exported
from netdesk.domain.text import clean_block, clean_line

GAP = "…"
DEFAULT_LINKEDIN_LIMIT = 300  # LinkedIn's limit for an invitation note (200 on some free accounts)
MIN_LINKEDIN_LIMIT = 20
MAX_LINKEDIN_LIMIT = 2000
MAX_NAME_LENGTH = 80
MAX_SUBJECT_LENGTH = 200
MAX_BODY_LENGTH = 10_000


class Placeholder(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    ORGANISATION = "organisation"
    POSITION = "position"
    TOPICS = "topics"  # of the conversation
    HOW_HELPED = "how_helped"  # how the conversation helped me
    PROMISE = "promise"  # what they offered to do
    REFERRER_FIRST_NAME = "referrer_first_name"  # who referred me to this person
    REFERRER_NAME = "referrer_name"
    REFERRED_FIRST_NAME = "referred_first_name"  # whom this person referred me to
    REFERRED_NAME = "referred_name"
    MY_GOAL = "my_goal"
    MY_NAME = "my_name"


class ProblemKind(StrEnum):
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"  # {frist_name}
    EMPTY_VALUE = "empty_value"  # {how_helped} when nothing is known
    STRAY_BRACE = "stray_brace"  # a { or } that opens or closes nothing


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    kind: ProblemKind
    name: str  # the placeholder's name, or the brace
    part: str = "body"  # "subject" or "body"


@dataclass(frozen=True, slots=True)
class _Slot:
    name: str


@dataclass(frozen=True, slots=True)
class _Stray:
    brace: str


_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")


def parse_template(text: str) -> list[str | _Slot | _Stray]:
    """Literal text, placeholder slots and stray braces, in order."""
    parts: list[str | _Slot | _Stray] = []
    position = 0
    for match in _TOKEN.finditer(text):
        parts.append(text[position : match.start()])
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
        elif match.group(1) is not None:
            parts.append(_Slot(match.group(1).strip()))
        else:
            parts.append(_Stray(token))
        position = match.end()
    parts.append(text[position:])
    return [p for p in parts if p != ""]


def placeholders_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.name for p in parse_template(text) if isinstance(p, _Slot)))


def template_problems(text: str, part: str = "body") -> list[TemplateProblem]:
    """What is wrong with a template's text itself: unknown names, stray braces."""
    known = {p.value for p in Placeholder}
    problems: list[TemplateProblem] = []
    for piece in parse_template(text):
        if isinstance(piece, _Slot):
            if piece.name not in known:
                problems.append(TemplateProblem(ProblemKind.UNKNOWN_PLACEHOLDER, piece.name, part))
        elif isinstance(piece, _Stray):
            problems.append(TemplateProblem(ProblemKind.STRAY_BRACE, piece.brace, part))
    return _unique(problems)


def fill(
    text: str, values: Mapping[Placeholder, str], part: str = "body"
) -> tuple[str, list[TemplateProblem]]:
    """The text with every placeholder filled; gaps (…) where nothing is known."""
    known = {p.value: p for p in Placeholder}
    out: list[str] = []
    problems: list[TemplateProblem] = []
    for piece in parse_template(text):
        if isinstance(piece, _Stray):  # shown as typed: it is no placeholder
            problems.append(TemplateProblem(ProblemKind.STRAY_BRACE, piece.brace, part))
            out.append(piece.brace)
            continue
        if not isinstance(piece, _Slot):
            out.append(piece)
            continue
        placeholder = known.get(piece.name)
        value = values.get(placeholder, "") if placeholder is not None else ""
        if placeholder is None:
            problems.append(TemplateProblem(ProblemKind.UNKNOWN_PLACEHOLDER, piece.name, part))
        elif not value:
            problems.append(TemplateProblem(ProblemKind.EMPTY_VALUE, piece.name, part))
        out.append(value or GAP)
    return "".join(out), _unique(problems)


def _unique(problems: list[TemplateProblem]) -> list[TemplateProblem]:
    return list(dict.fromkeys(problems))


# Templates --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateText:
    """A template as shipped in resources/templates: name, subject and body."""

    name: str
    subject: str
    body: str


def parse_template_file(text: str) -> TemplateText:
    """``Name:`` and ``Subject:`` header lines, a blank line, then the body.

    Lines starting with # before the headers end are comments (notes for
    translators)."""
    name = subject = ""
    lines = text.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        index += 1
        if line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        if key.strip().casefold() == "name":
            name = value.strip()
        elif key.strip().casefold() == "subject":
            subject = value.strip()
    return TemplateText(name, subject, clean_block("\n".join(lines[index + 1 :])))


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """A template as the user sees it: a built-in one (as shipped or as
    edited) or one of the user's own (``id`` set, ``builtin`` False)."""

    kind: TemplateKind
    name: str
    subject: str
    body: str
    builtin: bool
    modified: bool = False  # a built-in template the user has edited
    id: int | None = None  # the stored row; None for a built-in as shipped

    @property
    def key(self) -> str:
        """A stable identity for pickers: "builtin:thank_you" or "own:12"."""
        return f"builtin:{self.kind.value}" if self.builtin else f"own:{self.id}"


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    kind: TemplateKind
    name: str
    subject: str
    body: str


def normalise_template(draft: TemplateDraft) -> TemplateDraft:
    return TemplateDraft(
        kind=draft.kind,
        name=clean_line(draft.name),
        subject=clean_line(draft.subject),
        body=clean_block(draft.body),
    )


# Filling from a contact --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MessageContext:
    """What a message can be filled from. Names are display names."""

    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    topics: str = ""
    how_helped: str = ""
    promise: str = ""
    referrer_name: str = ""
    referred_name: str = ""
    goal: JobGoal = field(default_factory=JobGoal)
    my_name: str = ""
    conjunction: str = "or"  # joins the roles of a goal without a summary


def first_word(name: str) -> str:
    return name.split(" ", 1)[0] if name else ""


# Words that open a summary with a capital only because it stood alone; in the
# middle of a sentence ("I am looking for {my_goal}, and …") they are lower case.
_OPENING_WORDS = frozenset({"a", "an", "the", "my", "some", "een", "de", "het", "mijn"})


def goal_phrase(goal: JobGoal, conjunction: str) -> str:
    """My goal in a few words, to stand inside a sentence: its summary (without
    a closing full stop, an opening article in lower case), else its roles
    (else its sectors)."""
    if not goal.summary:
        return join_items(goal.roles or goal.sectors, conjunction)
    phrase = " ".join(goal.summary.split()).rstrip(".!;")
    first, _, rest = phrase.partition(" ")
    if first.casefold() in _OPENING_WORDS:
        phrase = f"{first.lower()} {rest}".rstrip()
    return phrase


def placeholder_values(context: MessageContext) -> dict[Placeholder, str]:
    full = " ".join(p for p in (context.first_name, context.last_name) if p)
    return {
        Placeholder.FIRST_NAME: context.first_name or full,
        Placeholder.LAST_NAME: context.last_name,
        Placeholder.FULL_NAME: full,
        Placeholder.ORGANISATION: context.organisation,
        Placeholder.POSITION: context.position,
        Placeholder.TOPICS: context.topics,
        Placeholder.HOW_HELPED: " ".join(context.how_helped.split()),
        Placeholder.PROMISE: context.promise,
        Placeholder.REFERRER_FIRST_NAME: first_word(context.referrer_name),
        Placeholder.REFERRER_NAME: context.referrer_name,
        Placeholder.REFERRED_FIRST_NAME: first_word(context.referred_name),
        Placeholder.REFERRED_NAME: context.referred_name,
        Placeholder.MY_GOAL: goal_phrase(context.goal, context.conjunction),
        Placeholder.MY_NAME: context.my_name,
    }


@dataclass(frozen=True, slots=True)
class FilledMessage:
    subject: str
    body: str
    problems: tuple[TemplateProblem, ...]


def states_goal(template: MessageTemplate, context: MessageContext) -> bool:
    """The filled-in message tells my goal: the template has {my_goal} and
    there is a goal to fill in."""
    uses = Placeholder.MY_GOAL.value in placeholders_in(template.subject) + placeholders_in(
        template.body
    )
    return uses and bool(goal_phrase(context.goal, context.conjunction))


def fill_template(template: MessageTemplate, context: MessageContext) -> FilledMessage:
    values = placeholder_values(context)
    subject, subject_problems = fill(template.subject, values, "subject")
    body, body_problems = fill(template.body, values, "body")
    return FilledMessage(subject, body, tuple(_unique(subject_problems + body_problems)))


# Checking and sending -------------------------------------------------------------------


def character_count(text: str) -> int:
    """Characters as LinkedIn (a web page) counts them: UTF-16 code units, so
    an emoji counts two."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class MessageCheck:
    characters: int
    limit: int | None  # for a LinkedIn note
    first_contact: bool  # nothing sent to or spoken with this person yet
    job_requests: tuple[str, ...]  # phrases found that ask for a job

    @property
    def over_limit(self) -> int:
        """Characters too many (0 when within the limit or without one)."""
        return max(0, self.characters - self.limit) if self.limit is not None else 0

    @property
    def warn_job_request(self) -> bool:
        """The guidance's don't: asking for a job straight away."""
        return self.first_contact and bool(self.job_requests)


def mailto_url(addresses: Sequence[str], subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068) with every character that needs it encoded."""
    recipients = ",".join(quote(a, safe="@") for a in addresses)
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body:
        fields.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return f"mailto:{recipients}" + ("?" + "&".join(fields) if fields else "")


def check_message(
    text: str,
    *,
    limit: int | None,
    first_contact: bool,
    phrases: Sequence[str],
    subject: str = "",
) -> MessageCheck:
    """Length against a limit (the text only), and job requests, in the
    subject as well as the text (they matter in a first message)."""
    return MessageCheck(
        characters=character_count(text),
        limit=limit,
        first_contact=first_contact,
        job_requests=find_job_requests(f"{subject}\n{text}" if subject else text, phrases),
    )


# Messages sent ----------------------------------------------------------------------


class MessageChannel(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class MessageDraft:
    """A message the user marks as sent. Ids tie it to what it answers: a
    thank-you to its conversation, a report-back to its referral, a reminder
    to its promise."""

    contact_id: int
    body: str = ""
    subject: str = ""
    kind: TemplateKind | None = None
    channel: MessageChannel = MessageChannel.OTHER
    template_id: int | None = None
    conversation_id: int | None = None
    referral_id: int | None = None
    promise_id: int | None = None
    told_goal: bool = False  # it tells them what job I am looking for


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    uuid: str
    contact_id: int
    kind: TemplateKind | None
    channel: MessageChannel
    subject: str
    body: str
    sent_at: datetime
    template_id: int | None
    conversation_id: int | None
    referral_id: int | None
    promise_id: int | None
    told_goal: bool = False


@dataclass(frozen=True, slots=True)
class UnsentMessage:
    """A message marked as sent and then taken back, with what marking it had
    changed: enough to put it back exactly."""

    message: Message
    answered: bool  # it marked what it answers (thanked, reported back, reminded)
    reminded_before: datetime | None  # the reminder it replaced on its promise


@dataclass(frozen=True, slots=True)
class ComposedMessage:
    """A template filled for one person, with what the editor needs to check
    the text as the user changes it."""

    template: MessageTemplate
    contact_id: int
    contact_name: str
    emails: tuple[str, ...]
    linkedin_url: str
    subject: str
    body: str
    problems: tuple[TemplateProblem, ...]
    limit: int | None  # LinkedIn note limit, for that kind only
    first_contact: bool
    phrases: tuple[str, ...]  # what counts as asking for a job
    conversation_id: int | None = None
    referral_id: int | None = None
    promise_id: int | None = None
    tells_goal: bool = False  # the template states my goal ({my_goal}, filled in)

    def check(self, text: str, subject: str = "") -> MessageCheck:
        return check_message(
            text,
            limit=self.limit,
            first_contact=self.first_contact,
            phrases=self.phrases,
            subject=subject,
        )

    def draft(
        self, body: str, subject: str, channel: MessageChannel, *, told_goal: bool | None = None
    ) -> MessageDraft:
        """What marking it sent records; ``told_goal`` defaults to the template's."""
        return MessageDraft(
            contact_id=self.contact_id,
            body=body,
            subject=subject,
            kind=self.template.kind,
            channel=channel,
            template_id=self.template.id,
            conversation_id=self.conversation_id,
            referral_id=self.referral_id,
            promise_id=self.promise_id,
            told_goal=self.tells_goal if told_goal is None else told_goal,
        )

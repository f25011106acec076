"""What a message template is for: a module of its own, so that the screens
that only name a kind (Today's "Write thank-you…") need not load the templates."""

from __future__ import annotations

from enum import StrEnum


class TemplateKind(StrEnum):
    """What a template is for; each kind ships with a default text."""

    LINKEDIN_CONNECTION = "linkedin_connection"
    COFFEE_INVITATION = "coffee_invitation"
    THANK_YOU = "thank_you"
    REMINDER = "reminder"
    KEEP_IN_TOUCH = "keep_in_touch"
    REPORT_BACK = "report_back"
    REFERRAL_REQUEST = "referral_request"

    @property
    def has_limit(self) -> bool:
        """A LinkedIn invitation note: short, no subject, counted against a limit."""
        return self is TemplateKind.LINKEDIN_CONNECTION

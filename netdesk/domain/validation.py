"""Field validation shared by every entity. Pure functions returning FieldErrors."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from netdesk.domain.errors import ErrorCode, FieldError

MAX_LINE = 300
MAX_NOTES = 100_000

# Deliberately permissive: one @, no spaces, a dot in the domain. Real
# validation of an address is sending mail to it, which netdesk never does.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()./\-]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$|^localhost$", re.I)


def check_line(field: str, value: str, *, required: bool = False) -> list[FieldError]:
    if required and not value:
        return [FieldError(field, ErrorCode.REQUIRED)]
    if len(value) > MAX_LINE:
        return [FieldError(field, ErrorCode.TOO_LONG, value[:40], limit=MAX_LINE)]
    return []


def check_block(field: str, value: str) -> list[FieldError]:
    if len(value) > MAX_NOTES:
        return [FieldError(field, ErrorCode.TOO_LONG, value[:40], limit=MAX_NOTES)]
    return []


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and len(value) <= 254


def is_phone(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return bool(_PHONE_ALLOWED.match(value)) and 5 <= digits <= 20


def normalise_url(value: str) -> str:
    """Add the https:// people leave out when they paste "example.org/about"."""
    if value and "://" not in value and not value.lower().startswith("mailto:"):
        return "https://" + value
    return value


def is_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and bool(_HOST.match(host)) and " " not in value


def is_linkedin_url(value: str) -> bool:
    if not is_web_url(value):
        return False
    host = (urlsplit(value).hostname or "").lower()
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def check_each(
    field: str, values: tuple[str, ...], valid: Callable[[str], bool], code: ErrorCode
) -> list[FieldError]:
    return [
        FieldError(field, code, value, index=i)
        for i, value in enumerate(values)
        if not valid(value)
    ]


def check_each_line(
    field: str, values: tuple[str, ...], valid: Callable[[str], bool], code: ErrorCode
) -> list[FieldError]:
    """Each value no longer than a line and valid: a value far too long is
    named as that, not as malformed."""
    errors: list[FieldError] = []
    for i, value in enumerate(values):
        if len(value) > MAX_LINE:
            errors.append(
                FieldError(field, ErrorCode.TOO_LONG, value[:40], index=i, limit=MAX_LINE)
            )
        elif not valid(value):
            errors.append(FieldError(field, code, value, index=i))
    return errors

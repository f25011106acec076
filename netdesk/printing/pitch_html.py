"""A pitch on paper: its name, the words as spoken, timing, and the parts."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


def _esc(text: str) -> str:
    return escape(text, quote=True).replace("\n", "<br>")


def pitch_html(
    name: str, spoken: str, timing: str, parts: Sequence[tuple[str, str]], footer: str
) -> str:
    """HTML for printing one pitch; every piece of user text is escaped."""
    rows = "".join(
        f"<h3>{_esc(label)}</h3><p>{_esc(text)}</p>" for label, text in parts if text.strip()
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 11pt;'>"
        f"<h1>{_esc(name)}</h1>"
        f"<p style='color: #555;'>{_esc(timing)}</p>"
        f"<p style='font-size: 16pt; line-height: 140%;'>{_esc(spoken)}</p>"
        f"<hr>{rows}"
        f"<p style='color: #777; font-size: 9pt;'>{_esc(footer)}</p>"
        "</body></html>"
    )

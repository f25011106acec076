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
        f"<tr><td style='font-weight: bold; padding-right: 12px;'>{_esc(label)}</td>"
        f"<td>{_esc(text)}</td></tr>"
        for label, text in parts
        if text.strip()
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 10pt;'>"
        f"<h2>{_esc(name)}</h2>"
        f"<p style='color: #555;'>{_esc(timing)}</p>"
        f"<p style='font-size: 13pt; line-height: 135%;'>{_esc(spoken)}</p>"
        f"<hr><table cellspacing='0' cellpadding='4'>{rows}</table>"
        f"<p style='color: #777; font-size: 8pt;'>{_esc(footer)}</p>"
        "</body></html>"
    )

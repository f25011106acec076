"""A LinkedIn ``Connections.csv`` of any size, for the import benchmark. Qt-free.

The current export's layout: a ``Notes:`` preamble (its quoted sentence has
commas and URLs in it), a blank line, the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` and
dates like ``09 Oct 2024``. N connections work at about N/20 companies named
the way the data file's organisations are; most have no email address (members
hide it), a few no company or position, and some companies and positions carry
commas and so are quoted. Every connection has its own profile URL and
address, as in a real export. Seeded, so a size always gives the same file;
cached under ``benchmarks/.data/`` beside the data files.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.generate import (
    ANCHOR,
    CACHE_DIR,
    FIRST_NAMES,
    LAST_NAMES,
    PERSONAL_DOMAINS,
    POSITIONS,
    _ascii,
    _Builder,
)

SEED = 20261128
# Bump when the generated content changes, so a stale cached file is not reused.
CSV_VERSION = 1
FILE_NAME = "Connections.csv"
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have "
    "allowed their connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
HEADER = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
# English month names, whatever the process locale (strftime's %b follows it).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Positions as people type them into LinkedIn, commas included.
_LONG_POSITIONS = (
    "Head of Collections, Digital",
    "Curator, Modern Art",
    "Advisor, Culture and Heritage",
    "Director, Data & Analytics",
)


@dataclass(frozen=True)
class ConnectionsFile:
    path: Path
    rows: int
    companies: int
    cached: bool = False


def linkedin_date(day: date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def write_connections_csv(path: Path, rows: int, *, seed: int = SEED) -> ConnectionsFile:
    """Write ``rows`` connections at about ``rows // 20`` companies to ``path``."""
    rng = random.Random(seed)
    companies = [row[1] for row in _Builder(random.Random(seed), rows).organisations()]
    # Some companies are written with a comma in them, as LinkedIn users do.
    companies = [
        f"{name}, Inc." if i % 37 == 0 and not name.endswith(".") else name
        for i, name in enumerate(companies)
    ]
    earliest = ANCHOR.date() - timedelta(days=12 * 365)
    span = (ANCHOR.date() - earliest).days
    used: set[str] = set()
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(PREAMBLE)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for _ in range(rows):
            first = rng.choice(FIRST_NAMES)
            last = rng.choice(LAST_NAMES)
            roll = rng.random()
            company = rng.choice(companies) if roll < 0.92 else ""
            if rng.random() < 0.02:
                position = rng.choice(_LONG_POSITIONS)
            else:
                position = rng.choice(POSITIONS) if rng.random() < 0.9 else ""
            slug = f"{_ascii(first)}-{_ascii(last)}".strip("-") or "member"
            while True:  # every member has a profile of their own
                handle = f"{slug}-{rng.getrandbits(28):07x}"
                if handle not in used:
                    used.add(handle)
                    break
            email = ""
            if rng.random() < 0.3:  # most members hide their address
                email = f"{handle}@{rng.choice(PERSONAL_DOMAINS)}"
            connected = earliest + timedelta(days=rng.randrange(span))
            writer.writerow(
                (
                    first,
                    last,
                    f"https://www.linkedin.com/in/{handle}",
                    email,
                    company,
                    position,
                    linkedin_date(connected),
                )
            )
    return ConnectionsFile(path=path, rows=rows, companies=len(companies))


def cached_connections_csv(
    rows: int, *, cache_dir: Path = CACHE_DIR, log: Any = print
) -> ConnectionsFile:
    """The Connections.csv for ``rows`` connections, written once and then reused."""
    folder = cache_dir / f"linkedin-{rows}-{_fingerprint()}"
    path = folder / FILE_NAME
    meta = folder / "meta.json"
    if path.exists() and meta.exists():
        log(f"reusing {path} ({rows:,} connections)")
        companies = int(json.loads(meta.read_text(encoding="utf-8"))["companies"])
        return ConnectionsFile(path=path, rows=rows, companies=companies, cached=True)
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=cache_dir))
    try:
        log(f"writing {rows:,} LinkedIn connections into {folder} …")
        made = write_connections_csv(staging / FILE_NAME, rows)
        (staging / meta.name).write_text(json.dumps({"companies": made.companies}) + "\n")
        for stale in cache_dir.glob(f"linkedin-{rows}-*"):
            for leftover in stale.iterdir():
                leftover.unlink()
            stale.rmdir()
        os.replace(staging, folder)
    finally:
        if staging.exists():
            for leftover in staging.iterdir():
                leftover.unlink()
            staging.rmdir()
    return ConnectionsFile(path=path, rows=rows, companies=made.companies)


def _fingerprint() -> str:
    parts = [f"csv {CSV_VERSION}", str(SEED), *FIRST_NAMES, *LAST_NAMES, *POSITIONS]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:12]

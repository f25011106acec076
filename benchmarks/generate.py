"""A realistic netdesk data file of any size, for the benchmarks. Qt-free.

The file is made the way netdesk makes one (``create_data_file``: the real
schema, migrations and seeded channels) and then filled with raw ``sqlite3``
``executemany`` calls in one transaction, including the folded search text
that the services keep in ``contact_search`` and ``conversation_search``.
Everything derives from one seeded ``random.Random``, so a size always gives
the same file. Generated files are cached under ``benchmarks/.data/``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from netdesk.domain.clock import to_iso
from netdesk.domain.contacts import ContactDraft, name_key
from netdesk.domain.organisations import organisation_key
from netdesk.domain.text import fold
from netdesk.services.contacts import TAG_SEPARATOR, search_body
from netdesk.store import migrations as migrations_package
from netdesk.store.db import DATA_FILE_NAME, create_data_file, inspect_data_file
from netdesk.store.migrations import SCHEMA_VERSION

SEED = 20261127
# Bump when the generated content changes, so stale cached files are not reused.
GENERATOR_VERSION = 5
# "Now" for the generated network: fixed, so the same size gives the same file.
ANCHOR = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
CACHE_DIR = Path(__file__).resolve().parent / ".data"
META_FILE = "meta.json"

FIRST_NAMES = (
    "Anna", "Anne", "Hannah", "Johanna", "Marianne", "Annelies", "Joanna", "Annika",
    "Sophie", "Emma", "Julia", "Lotte", "Fleur", "Sanne", "Eva", "Femke", "Iris", "Noor",
    "Zoë", "Chloé", "Renée", "Inès", "Léa", "Amélie", "Hélène", "Margot", "Élise", "Maëlle",
    "Jürgen", "Jörg", "Björn", "Sören", "Günter", "Anaïs", "Noël", "Raphaël", "Joël",
    "José", "María", "Lucía", "Sofía", "Andrés", "Nicolás", "Martín", "Iñaki", "Ángel",
    "João", "Conceição", "Gonçalo", "Sebastião", "Ana", "Tomás", "Inês", "Bárbara",
    "Søren", "Åsa", "Øystein", "Ingrid", "Astrid", "Magnus", "Lars", "Sigrid", "Kjell",
    "Ewa", "Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Bartłomiej",
    "Dušan", "Jiří", "Tomáš", "Petra", "Šárka", "Zdeněk", "Veronika", "Ondřej",
    "Aoife", "Siobhán", "Seán", "Niamh", "Ciarán", "Pádraig", "Róisín", "Eoin",
    "Mehmet", "Ayşe", "Elif", "Çağla", "Gökhan", "Şule", "Özlem", "Barış",  # noqa: RUF001 (Turkish dotless i)
    "Mohammed", "Fatima", "Yusuf", "Amira", "Karim", "Leila", "Omar", "Nadia",
    "Wei", "Mei", "Jing", "Hiroshi", "Yuki", "Haruto", "Min-jun", "Seo-yeon", "Thanh",
    "Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Deepika", "Rahul",
    "Pieter", "Jan", "Kees", "Bram", "Daan", "Sem", "Thijs", "Ruben", "Lars", "Joost",
    "Michael", "David", "James", "Robert", "Daniel", "Thomas", "Peter", "Mark", "Paul",
    "Sarah", "Laura", "Claire", "Rachel", "Rebecca", "Helen", "Kate", "Lucy", "Grace",
    "Olga", "Dmitri", "Natalia", "Sergei", "Irina", "Alexei", "Tatiana", "Mikhail",
    "Giulia", "Francesca", "Lorenzo", "Matteo", "Chiara", "Alessandro", "Niccolò",
    "Kwame", "Ama", "Chinedu", "Ngozi", "Tendai", "Thandiwe", "Kofi", "Abena",
)  # fmt: skip
LAST_NAMES = (
    "de Vries", "van Dijk", "van den Berg", "Bakker", "Jansen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
    "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "ter Horst",
    "Müller", "Schäfer", "Schröder", "Köhler", "Größ", "Weiß", "Krüger", "Hoffmann",
    "Fischer", "Weber", "Becker", "Wagner", "Bergmann", "Zimmermann", "Hübner",
    "Lefèvre", "Dubois", "Moreau", "Girard", "Bérénger", "Gauthier", "Rousseau", "Mercier",
    "García", "Rodríguez", "Martínez", "Fernández", "López", "González", "Sánchez", "Pérez",
    "Gonçalves", "Magalhães", "Simões", "Conceição", "Assunção", "Araújo", "Brandão",
    "Østergaard", "Sørensen", "Ødegård", "Åberg", "Lindqvist", "Johansson", "Nyström",
    "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Dąbrowski",
    "Novák", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
    "Ó Briain", "Ní Bhriain", "O'Connor", "Mac Giolla", "Ó Súilleabháin", "Fitzgerald",
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan",  # noqa: RUF001
    "El Amrani", "Benali", "Haddad", "Khalil", "Mansour", "Bouzid", "Saïdi",
    "Nguyễn", "Trần", "Lê", "Phạm", "Wang", "Li", "Zhang", "Chen", "Tanaka", "Suzuki",
    "Watanabe", "Kim", "Park", "Choi", "Patel", "Sharma", "Gupta", "Iyer", "Reddy", "Nair",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Evans", "Taylor", "Davies", "Wilson",
    "Thompson", "Anderson", "Clarke", "Hughes", "Edwards", "Harrison", "Bennett",
    "Ivanova", "Petrov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Volkova",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
    "Mensah", "Okafor", "Adeyemi", "Moyo", "Dlamini", "Boateng", "Owusu", "Nwosu",
    "Vanderbilt", "Annan", "Bernhardt", "Hannover", "Savannah", "Evangelista",
)  # fmt: skip
POSITIONS = (
    "Curator", "Senior Curator", "Museum Educator", "Collections Manager", "Archivist",
    "Head of Exhibitions", "Conservator", "Registrar", "Museum Director",
    "Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager",
    "Data Scientist", "Data Engineer", "Product Manager", "Product Owner", "UX Designer",
    "UX Researcher", "CTO", "CEO", "COO", "Founder", "Co-founder", "Head of People",
    "HR Business Partner", "Talent Acquisition Lead", "Recruiter", "Technical Recruiter",
    "Policy Advisor", "Senior Policy Officer", "Programme Manager", "Project Manager",
    "Communications Advisor", "Marketing Manager", "Content Strategist", "Editor",
    "Journalist", "Researcher", "Postdoctoral Researcher", "Assistant Professor",
    "Associate Professor", "Professor", "Lecturer", "Teacher", "School Principal",
    "Consultant", "Senior Consultant", "Partner", "Managing Director", "Account Manager",
    "Business Developer", "Sales Director", "Financial Controller", "Accountant",
    "Lawyer", "Legal Counsel", "Notary", "Architect", "Urban Planner", "Civil Engineer",
    "Nurse", "GP", "Physiotherapist", "Pharmacist", "Hospital Manager",
    "Operations Manager", "Logistics Coordinator", "Supply Chain Analyst",
    "Fundraiser", "Grant Writer", "Volunteer Coordinator", "Event Manager",
    "Musician", "Music Teacher", "Composer", "Sound Engineer", "Advanced Analytics Lead",
)  # fmt: skip
SECTORS = (
    "Museums & heritage", "Software", "Consulting", "Government", "Higher education",
    "Healthcare", "Finance", "Non-profit", "Media", "Legal", "Architecture", "Logistics",
    "Energy", "Retail", "Music & performing arts", "Publishing", "Telecom", "Research",
    "Recruitment", "Manufacturing", "Education", "Hospitality",
)  # fmt: skip
CITIES = (
    "Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Leiden", "Delft", "Eindhoven",
    "Groningen", "Maastricht", "Nijmegen", "Haarlem", "Arnhem", "Zwolle", "Tilburg",
    "Antwerpen", "Brussel", "Gent", "Leuven", "Köln", "Düsseldorf", "Berlin", "München",
    "Hamburg", "Paris", "Lyon", "Zürich", "Genève", "Wien", "København", "Malmö",
    "Stockholm", "Oslo", "London", "Manchester", "Dublin", "Lisboa", "Barcelona",
    "Madrid", "Milano", "Praha", "Kraków", "Remote",
)  # fmt: skip
ORG_WORDS = (
    "Blue", "North", "Harbour", "Delta", "Polder", "Linden", "Oak", "Meridian", "Atlas",
    "Orion", "Beacon", "Summit", "Vista", "Nova", "Lumen", "Canal", "Tulip", "Dune",
    "Windmill", "Bridge", "Iris", "Mosaic", "Quarry", "Anchor", "Compass", "Horizon",
    "Cedar", "Willow", "Heron", "Falcon", "Crane", "Fjord", "Granite", "Amber", "Cobalt",
    "Saffron", "Indigo", "Ember", "Keystone", "Lighthouse", "Harvest", "Maple", "Pioneer",
    "Zenith", "Aurora", "Cascade", "Prism", "Vector", "Kinetic", "Civic", "Open",
    "Musée", "Stedelijk", "Rijks", "Kunsthal", "Göteborg", "Société", "Øresund", "Élan",
)  # fmt: skip
ORG_NOUNS = (
    "Analytics", "Labs", "Software", "Systems", "Consulting", "Advisory", "Partners",
    "Museum", "Foundation", "Institute", "Collective", "Studio", "Works", "Group",
    "Ventures", "Capital", "Health", "Logistics", "Energy", "Media", "Press", "Academy",
    "College", "Archives", "Gallery", "Orchestra", "Theatre", "Bank", "Insurance",
    "Architects", "Engineering", "Robotics", "Data", "Cloud", "Security", "Learning",
    "Mobility", "Foods", "Design", "Records", "Music", "Heritage", "Research", "Legal",
)  # fmt: skip
ORG_SUFFIXES = ("", "", "", " B.V.", " N.V.", " GmbH", " Ltd", " & Co", " SA", " AB", " Inc.")
TAGS = (
    "museum", "alumni", "former colleague", "recruiter", "hiring manager", "mentor",
    "Leiden", "Amsterdam", "tech", "policy", "board", "conference", "volunteering",
    "warm", "cold", "intro needed", "target", "music", "research", "design", "data",
    "startup", "government", "NGO", "university", "family friend", "neighbour",
    "sports club", "LinkedIn", "meetup", "Python", "UX", "finance", "referral",
    "follow up", "informational interview", "évènement", "café", "Zürich",
)  # fmt: skip
HOW_MET = (
    "Former colleague", "University", "Alumni event", "Conference", "Meetup",
    "Introduced by a friend", "LinkedIn", "Volunteering", "Sports club", "Neighbour",
    "Job fair", "Networking drinks", "Workshop", "Online course", "Via my brother",
    "Parents at school", "Choir", "Museum night", "Hackathon", "Board meeting",
    "Coffee chat", "Podcast", "Book club", "Career coach session", "Church",
)  # fmt: skip
SENTENCES = (
    "Knows everyone in the museum world in Leiden.",
    "Suggested I look at the advanced analytics team.",
    "Very generous with her time; offered to read my CV.",
    "Works closely with the hiring manager for the policy role.",
    "We studied together in Utrecht; lost touch for a few years.",
    "Mentioned a vacancy that is not advertised yet.",
    "Prefers email over phone; replies within a day.",
    "Is moving to a new team in the spring.",
    "Plays cello in an amateur orchestra; ask about the concert.",
    "Recommended the book 'What Color Is Your Parachute?'.",
    "Thinks my background in research is a strong fit.",
    "Has a large network in Zürich and München.",
    "Was a recruiter before moving into HR strategy.",
    "Asked me to send a short bio she can forward.",
    "Her team is growing; budget approved for two roles.",
    "Knows the director of the Stedelijk personally.",
    "Told me to mention her name when applying.",
    "We met at the café after the conference keynote.",
    "Interested in my experience with volunteer programmes.",
    "Offered an introduction to the museum's head of collections.",
    "Said the organisation values internal referrals.",
    "Working on a reorganisation; timing is uncertain.",
    "Could be a reference for project management work.",
    "Advised me to look at government traineeships.",
    "Runs a monthly meetup for data people in Rotterdam.",
    "Went to the same school as my sister.",
    "Was very candid about the culture: long hours, great team.",
    "Remember: two kids, loves sailing on the IJsselmeer.",
    "Senior, busy, but answers LinkedIn messages.",
    "Suggested talking to someone in finance first.",
    "Keeps a list of freelance opportunities.",
    "Moved from Antwerpen to Amsterdam last year.",
    "Likes to meet for coffee near Centraal.",
    "Has hired three people from my previous employer.",
    "Needs a follow-up after the summer holidays.",
    "Knows Annemarie from the advisory board.",
    "Open to a networking interview in two weeks.",
    "Coaches career changers on the side.",
    "Works with museums across Europe on digitisation.",
    "Wants to hear how the application went.",
)  # fmt: skip
TOPICS = (
    "Career change into museums", "Open roles in the data team", "Her path into policy",
    "Culture at the organisation", "How hiring works there", "Feedback on my CV",
    "Salary ranges for senior roles", "Upcoming reorganisation", "Introductions",
    "Freelance options", "Volunteer programme", "Conference follow-up",
    "Music education projects", "Board positions", "Research funding", "Remote work",
    "The advanced analytics vacancy", "Traineeships", "Networking interview",
    "Catching up", "References", "Portfolio review", "Museum digitisation",
    "Grant writing", "What the team needs next year", "Sector trends",
)  # fmt: skip
HELPED = (
    "Got two new names to contact.",
    "Understood what the role really involves.",
    "Learned the vacancy opens next month.",
    "She forwarded my CV to the hiring manager.",
    "Clearer picture of the salary range.",
    "Confidence boost; good advice on my pitch.",
    "Invited to the next meetup.",
    "Now I know whom to ask about the museum project.",
)  # fmt: skip
PROMISES_THEIRS = (
    "Introduce me to {name}", "Forward my CV to the hiring manager",
    "Send the vacancy text when it is published", "Check whether the team is hiring",
    "Invite me to the next meetup", "Share the report on museum audiences",
    "Ask {name} whether she has time for coffee", "Be a reference",
)  # fmt: skip
PROMISES_MINE = (
    "Send my CV", "Send a short bio", "Share the article on volunteering",
    "Introduce them to {name}", "Send thanks and an update after the interview",
    "Read their draft proposal", "Send the portfolio link",
)  # fmt: skip
MESSAGE_KINDS = ("thank_you", "keep_in_touch", "linkedin_connection", "report_back", "reminder")
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "proton.me", "hotmail.com", "icloud.com")
PHONE_FORMATS = ("+31 6 {a} {b}", "+32 4{a} {b}", "+49 151 {a}{b}", "06-{a}{b}", "+44 7700 {a}{b}")
CHANNEL_WEIGHTS = {
    "in_person": 8,
    "coffee": 14,
    "phone": 14,
    "video_call": 16,
    "email": 22,
    "linkedin_message": 18,
    "event": 5,
    "networking_interview": 3,
}


@dataclass(frozen=True)
class Generated:
    """A generated data file and what is in it."""

    data_dir: Path
    data_file: Path
    contacts: int
    organisations: int
    conversations: int
    contact_methods: int
    referrals: int
    promises: int
    seconds: float  # how long generating took (when it was made)
    cached: bool = False  # reused from the cache in this run

    def to_meta(self) -> dict[str, Any]:
        """What is stored beside a cached file (its folder is known from where it is)."""
        meta = asdict(self)
        for key in ("data_dir", "data_file", "cached"):
            del meta[key]
        return meta


def cached_data(size: int, *, cache_dir: Path = CACHE_DIR, log: Any = print) -> Generated:
    """The data folder for ``size`` contacts, generated once and then reused."""
    folder = cache_dir / f"contacts-{size}-{fingerprint()}"
    meta_path = folder / META_FILE
    data_file = folder / DATA_FILE_NAME
    if meta_path.exists() and data_file.exists():
        try:
            inspect_data_file(data_file)
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            meta.update(data_dir=folder, data_file=data_file, cached=True)
            generated = Generated(**meta)
        except Exception as exc:  # anything wrong with the cache: make it again
            log(f"cached data in {folder} is unusable ({exc}); generating it again")
        else:
            log(
                f"reusing {data_file} ({size:,} contacts; generating it took "
                f"{generated.seconds:.1f} s)"
            )
            return generated
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=cache_dir))
    try:
        log(f"generating {size:,} contacts into {folder} …")
        generated = generate(staging / DATA_FILE_NAME, size)
        (staging / META_FILE).write_text(json.dumps(generated.to_meta(), indent=2) + "\n")
        for stale in cache_dir.glob(f"contacts-{size}-*"):  # made by an older netdesk
            shutil.rmtree(stale)
        os.replace(staging, folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    log(
        f"generated {generated.contacts:,} contacts, {generated.organisations:,} organisations, "
        f"{generated.conversations:,} conversations in {generated.seconds:.1f} s"
    )
    return replace(generated, data_dir=folder, data_file=folder / DATA_FILE_NAME)


def fingerprint() -> str:
    """Names what a generated file depends on: the schema version, this
    generator, and how netdesk folds text for its search indexes and keys (which
    can change without a schema change). A cached file is reused only while
    this stays the same."""
    sample = ContactDraft(
        first_name="Łukasz Zoë",
        last_name="Østergaard-Müller",
        position="Æble Curator",
        emails=("a.b@c.example",),
        phones=("+31 6 1234 5678",),
        links=("https://x.example",),
        how_met="Café",
        tags=("ÉVÈNEMENT", "museum"),
        notes="Line one.\nLine  two ß \u0131 \u0130 \ufb01 \u0111 \u0153",
    )
    words = (*FIRST_NAMES, *LAST_NAMES, *ORG_WORDS, *CITIES, *TAGS, *SENTENCES, *TOPICS)
    # The migrations' source, not only their count: an unreleased schema may
    # still change within a version.
    migrations = Path(migrations_package.__file__).parent
    parts = [
        *(path.read_text(encoding="utf-8") for path in sorted(migrations.glob("*.py"))),
        f"schema {SCHEMA_VERSION}",
        f"generator {GENERATOR_VERSION}",
        search_body(sample),
        name_key(sample.first_name, sample.last_name),
        organisation_key("Société Øresund  b.v."),
        *(fold(word) for word in words),
    ]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:12]


def generate(path: Path, contacts: int, *, seed: int = SEED) -> Generated:
    """Create the data file at ``path`` (which must not exist) with ``contacts`` people,
    ``contacts // 20`` organisations and ``3 * contacts`` conversations."""
    started = time.perf_counter()
    create_data_file(path, ANCHOR)
    builder = _Builder(random.Random(seed), contacts)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A bulk load of a throwaway file: a rollback journal (a 500 MB WAL helps
        # nobody), no syncs, a big cache. The file goes back to WAL at the end.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA foreign_keys = ON")
        channels = conn.execute("SELECT id, key FROM channel ORDER BY position").fetchall()
        conn.execute("BEGIN")
        counts = builder.fill(conn, channels)
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"generated rows break foreign keys: {problems[:5]}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for side in ("-wal", "-shm", "-journal"):
        leftover = path.with_name(path.name + side)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
        if leftover.exists():
            raise RuntimeError(f"{leftover} was left behind: the file is not checkpointed")
    inspect_data_file(path)
    return Generated(
        data_dir=path.parent,
        data_file=path,
        seconds=time.perf_counter() - started,
        **counts,
    )


# netdesk's own fold, remembered: conversation texts repeat a lot.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)


def _ascii(text: str) -> str:
    """A name as it might appear in an email address or URL."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    plain = decomposed.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    plain = plain.encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-")


class _Builder:
    def __init__(self, rng: random.Random, contacts: int) -> None:
        self.rng = rng
        self.n_contacts = contacts
        self.n_organisations = max(1, contacts // 20)
        self.n_conversations = 3 * contacts

    # Small helpers ------------------------------------------------------------

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, earliest: datetime, latest: datetime) -> datetime:
        span = (latest - earliest).total_seconds()
        return earliest + timedelta(seconds=self.rng.random() * span)

    def notes(self) -> str:
        """Empty, a line, a paragraph, or (rarely) a page, as people write them."""
        roll = self.rng.random()
        if roll < 0.35:
            return ""
        if roll < 0.75:
            count = 1
        elif roll < 0.95:
            count = self.rng.randint(2, 5)
        else:
            count = self.rng.randint(10, 30)
        lines = self.rng.choices(SENTENCES, k=count)
        if count > 5:  # long notes come in paragraphs
            for i in range(4, count, 5):
                lines[i] += "\n"
        return " ".join(lines).replace("\n ", "\n")

    # Rows ------------------------------------------------------------------

    def organisations(self) -> Iterator[tuple[Any, ...]]:
        rng = self.rng
        seen: set[str] = set()
        earliest = ANCHOR - timedelta(days=5 * 365)
        while len(seen) < self.n_organisations:
            shape = rng.random()
            if shape < 0.35:
                name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_NOUNS)}{rng.choice(ORG_SUFFIXES)}"
            elif shape < 0.6:
                name = f"{rng.choice(LAST_NAMES)} {rng.choice(ORG_NOUNS)}{rng.choice(ORG_SUFFIXES)}"
            elif shape < 0.8:
                name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_NOUNS)} {rng.choice(CITIES)}"
            else:
                name = (
                    f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} "
                    f"{rng.choice(ORG_NOUNS)}{rng.choice(ORG_SUFFIXES)}"
                )
            key = organisation_key(name)
            if key in seen:
                continue
            seen.add(key)
            created = self.moment(earliest, ANCHOR)
            updated = self.moment(created, ANCHOR) if rng.random() < 0.4 else created
            slug = "-".join(_ascii(part) for part in name.split()[:2])
            yield (
                self.uuid(),
                name,
                key,
                rng.choice(SECTORS),
                f"https://www.{slug}.example" if rng.random() < 0.8 else "",
                rng.choice(CITIES) if rng.random() < 0.85 else "",
                " ".join(rng.choices(SENTENCES, k=rng.randint(1, 3))) if rng.random() < 0.1 else "",
                "Looking for analysts and curators." if rng.random() < 0.05 else "",
                "Hiring freeze until Q2." if rng.random() < 0.03 else "",
                self.notes() if rng.random() < 0.2 else "",
                1 if rng.random() < 0.03 else 0,
                to_iso(created),
                to_iso(updated),
            )

    def contact(
        self, contact_id: int, org_names: Sequence[str]
    ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], str]:
        """The contact row, its method rows and its search text."""
        rng = self.rng
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES) if rng.random() < 0.97 else ""
        organisation_id = rng.randint(1, len(org_names)) if rng.random() < 0.9 else None
        position = rng.choice(POSITIONS) if rng.random() < 0.8 else ""
        slug = f"{_ascii(first)}.{_ascii(last).replace('-', '')}".strip(".")
        emails: list[str] = []
        if organisation_id is not None and rng.random() < 0.7:
            domain = "".join(_ascii(p) for p in org_names[organisation_id - 1].split()[:2])
            emails.append(f"{slug}@{domain}.example")
        if not emails or rng.random() < 0.3:
            emails.append(f"{slug}{rng.randint(1, 999)}@{rng.choice(PERSONAL_DOMAINS)}")
        phones: list[str] = []
        if rng.random() < 0.55:
            for _ in range(2 if rng.random() < 0.1 else 1):
                phones.append(
                    rng.choice(PHONE_FORMATS).format(
                        a=f"{rng.randint(0, 9999):04d}", b=f"{rng.randint(0, 9999):04d}"
                    )
                )
        links = []
        if rng.random() < 0.08:
            links.append(f"https://{_ascii(first)}{_ascii(last)}.example/portfolio")
        linkedin = (
            f"https://www.linkedin.com/in/{slug.replace('.', '-')}-{rng.getrandbits(24):06x}"
            if rng.random() < 0.7
            else ""
        )
        how_met = rng.choice(HOW_MET) if rng.random() < 0.6 else ""
        tags = tuple(dict.fromkeys(rng.choices(TAGS, k=rng.choice((0, 0, 1, 1, 2, 3)))))
        notes = self.notes()
        created = self.moment(ANCHOR - timedelta(days=4 * 365), ANCHOR - timedelta(days=1))
        updated = self.moment(created, ANCHOR) if rng.random() < 0.5 else created
        first_met = (
            (created.date() - timedelta(days=rng.randint(0, 3000))).isoformat()
            if rng.random() < 0.4
            else None
        )
        met_through = (
            rng.randint(1, contact_id - 1) if contact_id > 1 and rng.random() < 0.1 else None
        )
        row = (
            self.uuid(),
            first,
            last,
            name_key(first, last),
            organisation_id,
            position,
            linkedin,
            how_met,
            first_met,
            met_through,
            rng.choice((0, 0, 1, 2, 3)),
            TAG_SEPARATOR.join(tags),
            notes,
            rng.choice((None, None, None, 30, 60, 90, 180)),
            to_iso(created),
            to_iso(updated),
        )
        methods = [
            (contact_id, kind, value, position)
            for kind, values in (("email", emails), ("phone", phones), ("url", links))
            for position, value in enumerate(values)
        ]
        body = search_body(
            ContactDraft(
                first_name=first,
                last_name=last,
                position=position,
                emails=tuple(emails),
                phones=tuple(phones),
                linkedin_url=linkedin,
                links=tuple(links),
                how_met=how_met,
                tags=tags,
                notes=notes,
            )
        )
        return row, methods, body

    def conversation(
        self, contact_id: int, channel_ids: Sequence[int], channel_weights: Sequence[int]
    ) -> tuple[tuple[Any, ...], str, datetime]:
        rng = self.rng
        if rng.random() < 0.01:  # planned: networking interviews in the coming weeks
            occurred = self.moment(ANCHOR, ANCHOR + timedelta(days=30))
        else:
            occurred = self.moment(ANCHOR - timedelta(days=3 * 365), ANCHOR)
        topics = rng.choice(TOPICS) if rng.random() < 0.85 else ""
        if topics and rng.random() < 0.3:
            topics += "; " + rng.choice(TOPICS).lower()
        notes = self.notes()
        helped = rng.choice(HELPED) if rng.random() < 0.3 else ""
        thanks = None
        if occurred < ANCHOR and rng.random() < 0.65:
            thanks_at = occurred + timedelta(hours=rng.randint(1, 72))
            thanks = to_iso(min(thanks_at, ANCHOR))
        created = occurred if occurred < ANCHOR else ANCHOR - timedelta(days=rng.randint(1, 20))
        row = (
            self.uuid(),
            contact_id,
            to_iso(occurred),
            rng.choices(channel_ids, weights=channel_weights)[0],
            "me" if rng.random() < 0.6 else "them",
            topics,
            notes,
            1 if rng.random() < 0.5 else 0,
            thanks,
            helped,
            to_iso(created),
            to_iso(created),
        )
        body = _fold(" \n ".join(p for p in (topics, notes, helped) if p))
        return row, body, occurred

    # Filling the file ----------------------------------------------------------

    def fill(self, conn: sqlite3.Connection, channels: Sequence[tuple[int, str]]) -> dict[str, int]:
        rng = self.rng
        organisations = list(self.organisations())
        conn.executemany(
            "INSERT INTO organisation (id, uuid, name, name_key, sector, website, location, "
            "culture_notes, positions_notes, availability_notes, notes, is_target, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, *row) for i, row in enumerate(organisations, start=1)],
        )
        org_names = [row[1] for row in organisations]

        contact_rows: list[tuple[Any, ...]] = []
        method_rows: list[tuple[Any, ...]] = []
        contact_search: list[tuple[int, str]] = []
        names: list[str] = []
        for contact_id in range(1, self.n_contacts + 1):
            row, methods, body = self.contact(contact_id, org_names)
            contact_rows.append((contact_id, *row))
            method_rows += methods
            contact_search.append((contact_id, body))
            names.append(f"{row[1]} {row[2]}".strip())
        conn.executemany(
            "INSERT INTO contact (id, uuid, first_name, last_name, name_key, organisation_id, "
            "position, linkedin_url, how_met, first_met, met_through_id, relevance, tags, notes, "
            "cadence_days, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            contact_rows,
        )
        # The organisation's sort key lives on the contact too, as the services keep it.
        conn.execute(
            "UPDATE contact SET organisation_key = (SELECT o.name_key FROM organisation o "
            "WHERE o.id = contact.organisation_id) WHERE organisation_id IS NOT NULL"
        )
        conn.executemany(
            "INSERT INTO contact_method (contact_id, kind, value, position) VALUES (?, ?, ?, ?)",
            method_rows,
        )
        conn.executemany("INSERT INTO contact_search (rowid, body) VALUES (?, ?)", contact_search)
        del contact_rows, contact_search

        # Some people are talked to often, most a few times, some never; nobody
        # hundreds of times (the cap keeps the busiest at a few dozen talks).
        weights = [min(rng.paretovariate(1.2), 12.0) if rng.random() < 0.85 else 0.0 for _ in names]
        talked_to = rng.choices(
            range(1, self.n_contacts + 1), weights=weights, k=self.n_conversations
        )
        channel_ids = [cid for cid, _ in channels]
        channel_weights = [CHANNEL_WEIGHTS.get(key, 5) for _, key in channels]
        conversation_rows: list[tuple[Any, ...]] = []
        conversation_search: list[tuple[int, str]] = []
        referral_rows: list[tuple[Any, ...]] = []
        promise_rows: list[tuple[Any, ...]] = []
        message_rows: list[tuple[Any, ...]] = []
        for conversation_id, contact_id in enumerate(talked_to, start=1):
            row, body, occurred = self.conversation(contact_id, channel_ids, channel_weights)
            conversation_rows.append((conversation_id, *row))
            conversation_search.append((conversation_id, body))
            at = to_iso(min(occurred, ANCHOR))
            if occurred < ANCHOR and rng.random() < 0.08:  # a message marked as sent after it
                sent = to_iso(min(occurred + timedelta(hours=rng.randint(1, 48)), ANCHOR))
                kind = rng.choice(MESSAGE_KINDS)
                message_rows.append(
                    (
                        self.uuid(),
                        contact_id,
                        kind,
                        conversation_id if kind == "thank_you" else None,
                        "linkedin" if kind == "linkedin_connection" else "email",
                        f"Message after our conversation ({kind})",
                        sent,
                        sent,
                    )
                )
            if rng.random() < 0.04:  # referrals made in this conversation
                for referred in rng.sample(range(1, self.n_contacts + 1), rng.choice((1, 1, 2))):
                    if referred != contact_id:
                        note = rng.choice(("", "", "Works on the data team", "Ex-colleague"))
                        referral_rows.append(
                            (self.uuid(), conversation_id, contact_id, referred, note, at, at)
                        )
            if rng.random() < 0.07:  # promises made in this conversation
                theirs = rng.random() < 0.6
                template = rng.choice(PROMISES_THEIRS if theirs else PROMISES_MINE)
                description = template.format(name=rng.choice(names))
                due = (
                    (ANCHOR.date() + timedelta(days=rng.randint(-90, 45))).isoformat()
                    if rng.random() < 0.8
                    else None
                )
                overdue = due is not None and date.fromisoformat(due) < ANCHOR.date()
                done = at if overdue and rng.random() < 0.6 else None
                promise_rows.append(
                    (
                        self.uuid(),
                        contact_id,
                        conversation_id if rng.random() < 0.8 else None,
                        "theirs" if theirs else "mine",
                        description,
                        due,
                        done,
                        at,
                        at,
                    )
                )
        conn.executemany(
            "INSERT INTO conversation (id, uuid, contact_id, occurred_at, channel_id, "
            "initiated_by, topics, notes, told_goal, thanks_sent_at, how_helped, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            conversation_rows,
        )
        conn.executemany(
            "INSERT INTO conversation_search (rowid, body) VALUES (?, ?)", conversation_search
        )
        conn.executemany(
            "INSERT INTO referral (uuid, conversation_id, referrer_id, referred_id, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            referral_rows,
        )
        conn.executemany(
            "INSERT INTO message (uuid, contact_id, kind, conversation_id, channel, body, "
            "sent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            message_rows,
        )
        # Half the referrers have heard how it went; the user has a job goal.
        conn.execute("UPDATE referral SET reported_back_at = updated_at WHERE id % 2 = 0")
        conn.execute(
            "INSERT INTO job_goal (id, roles, sectors, regions, summary, updated_at) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            (
                "Collection registrar\nCollection data manager",
                "Museums & heritage\nGovernment",
                "Randstad",
                "a first job in collection registration or collection data",
                to_iso(ANCHOR),
            ),
        )
        conn.executemany(
            "INSERT INTO promise (uuid, contact_id, conversation_id, direction, description, "
            "due_on, done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            promise_rows,
        )
        return {
            "contacts": self.n_contacts,
            "organisations": len(organisations),
            "conversations": len(conversation_rows),
            "contact_methods": len(method_rows),
            "referrals": len(referral_rows),
            "promises": len(promise_rows),
        }

"""A demo network, so that a first-time user sees a living app before typing anything.

The story: a recent graduate (MA Museums and Collections, a registration
internship, some Python and Wikidata) looks for a first job in collection
registration or collection data at a museum, a heritage body, the government or
an art-book publisher in the Netherlands. Over the past year she has networked
the way the career centre's guidance says: told people what she is looking for,
asked about culture, positions and availability, followed referrals from one
person to the next, thanked people, and kept her promises (mostly).

Everyone here is invented; websites and mail addresses use ``.example``
domains. Every record goes through the public services, so it passes the same
validation as anything a person types. All times are relative to the
workspace's clock and nothing is random: the same clock gives the same network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from urllib.parse import urlsplit

from netdesk.domain.contacts import ContactDraft, Relevance
from netdesk.domain.conversations import ChannelKey, ConversationDraft, Initiator, ReferralDraft
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.domain.goal import JobGoal
from netdesk.domain.meetings import (
    Materials,
    MeetingDraft,
    MeetingKind,
    OrganisationResearch,
    Question,
)
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.pitch import PitchText
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.text import fold
from netdesk.services.shipped_text import DEFAULT_LANGUAGE, current_language, language_folders
from netdesk.services.workspace import Workspace
from netdesk.store.db import database

# Short names keep the tables below readable.
ME, THEM = Initiator.ME, Initiator.THEM
IN_PERSON = ChannelKey.IN_PERSON
COFFEE = ChannelKey.COFFEE
PHONE = ChannelKey.PHONE
VIDEO = ChannelKey.VIDEO_CALL
EMAIL = ChannelKey.EMAIL
LINKEDIN = ChannelKey.LINKEDIN_MESSAGE
EVENT = ChannelKey.EVENT
INTERVIEW = ChannelKey.NETWORKING_INTERVIEW
HIGH, MEDIUM, LOW, UNSET = Relevance.HIGH, Relevance.MEDIUM, Relevance.LOW, Relevance.UNSET
THEIRS, MINE = PromiseDirection.THEIRS, PromiseDirection.MINE

PERSONAL_MAIL_DOMAIN = "post.example"  # for friends and family, who have no organisation
LINKEDIN_PROFILE = "https://www.linkedin.com/in/"


@dataclass(frozen=True, slots=True)
class DemoOrganisation:
    name: str
    sector: str
    location: str
    website: str
    email_style: str = "{first}.{last}"  # how addresses are made: {first}, {last}, {f}
    is_target: bool = False
    culture: str = ""
    positions: str = ""
    availability: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DemoPerson:
    key: str
    first_name: str
    last_name: str
    organisation: str  # a DemoOrganisation's name; "" for friends and family
    position: str
    how_met: str
    met_days_ago: int | None  # None: not met yet
    relevance: Relevance
    tags: tuple[str, ...]
    cadence_days: int | None = None
    met_through: str = ""  # key of the person who introduced us
    has_email: bool = True
    phone: str = ""
    linkedin: str = ""  # the profile's slug
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DemoReferral:
    to: str = ""  # key of a person in PEOPLE
    new_name: str = ""  # or someone named for the first time, created on the spot
    note: str = ""


@dataclass(frozen=True, slots=True)
class DemoConversation:
    who: str
    days_ago: int  # negative: planned, that many days ahead
    hour: int  # UTC
    channel: ChannelKey
    initiated_by: Initiator
    topics: str
    notes: str = ""
    told_goal: bool = True
    thanks_hours: int | None = None  # thanks sent this many hours afterwards
    how_helped: str = ""
    referrals: tuple[DemoReferral, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoPromise:
    who: str
    direction: PromiseDirection
    description: str
    due_in_days: int | None  # negative: overdue
    made_days_ago: int | None = None  # the conversation with ``who`` it was made in
    done: bool = False


@dataclass(frozen=True, slots=True)
class DemoMeeting:
    """The planned networking interview, prepared: what the briefing prints."""

    with_: tuple[str, int]  # the planned conversation it belongs to: (who, days_ago)
    place: str
    purpose: str
    news: str
    position: str
    background: str
    questions: tuple[tuple[str, str], ...]  # (bank category, question)


@dataclass(frozen=True, slots=True)
class DemoNetwork:
    """Everything the demo holds, in one language."""

    organisations: tuple[DemoOrganisation, ...]
    people: tuple[DemoPerson, ...]
    conversations: tuple[DemoConversation, ...]
    promises: tuple[DemoPromise, ...]
    goal: JobGoal
    pitches: tuple[tuple[str, int, PitchText], ...]  # (name, target seconds, text)
    meeting: DemoMeeting


ORGANISATIONS: tuple[DemoOrganisation, ...] = (
    DemoOrganisation(
        name="Museum Het Zuiderlicht",
        sector="Museum (applied art and cultural history)",
        location="Amsterdam",
        website="https://www.zuiderlicht-museum.example",
        email_style="{f}.{last}",
        is_target=True,
        culture=(
            "Mid-sized museum, about 60,000 objects, mostly Dutch applied art and trade "
            "history. Zoë calls the collections department close-knit and very precise; "
            "people stay for years. Everyone talks about data quality because of the move "
            "away from Adlib."
        ),
        positions=(
            "Registration sits under the head of collections (Ruben Kuipers): two "
            "registrars, one junior registrar (Lucas), a loans coordinator. A paid "
            "twelve-month traineeship 'collection information' is being discussed. "
            "Vacancies appear on their own site first, then on the museum job board."
        ),
        availability=(
            "The collection system migration starts in about three months and they will "
            "hire temporary registration assistants. Eva (HR) says they prefer people the "
            "team already knows from projects or volunteering, so being visible matters more "
            "than a perfect letter. Traineeship budget is decided in about a month."
        ),
        notes="Tuesday is their quiet day: the best day to suggest a coffee.",
    ),
    DemoOrganisation(
        name="Erfgoed Data Lab",
        sector="Digital heritage (non-profit)",
        location="Den Haag",
        website="https://www.erfgoeddatalab.example",
        email_style="{first}",
        is_target=True,
        culture=(
            "Small team of about fourteen, informal, lots of pair work, everything open "
            "source. They like applicants who can show something they built; Sem says "
            "curiosity counts for more than a computer science degree."
        ),
        positions=(
            "Data stewards, linked data developers and project coordinators. Every year "
            "one or two data trainees for twelve months, usually humanities graduates with "
            "some Python. Jasper Wouters (director) decides."
        ),
        availability=(
            "The next trainee round opens in about two months; last year about 80 applicants "
            "for two places. The aggregation project with three provincial archives was just "
            "funded, which may mean an extra junior post."
        ),
        notes="Bring the provenance timeline prototype and my GitHub link to every meeting.",
    ),
    DemoOrganisation(
        name="Bureau Erfgoedregistratie",
        sector="Government (national heritage agency)",
        location="Amersfoort",
        website="https://www.erfgoedregistratie-demo.example",
        is_target=True,
        culture=(
            "Part of a ministry: formal procedures and a strong sense of public "
            "accountability. But Willem says the registration team is young and mixes "
            "policy people with data people. Hybrid, three days a week in Amersfoort."
        ),
        positions=(
            "Job titles follow the government job profiles; starters come in as "
            "'adviseur erfgoedregistratie' at scale 9. They also take one government "
            "trainee a year through the central traineeship programme."
        ),
        availability=(
            "A national register for movable heritage is being built over the next three "
            "years and needs people who understand both collections and data standards. "
            "Next recruitment round expected in the coming months."
        ),
        notes="Read the policy letter on the register before meeting Noor.",
    ),
    DemoOrganisation(
        name="Uitgeverij Noorderzon",
        sector="Publishing (art and history books)",
        location="Utrecht",
        website="https://www.noorderzon-uitgeverij.example",
        email_style="{first}",
        is_target=True,
        culture=(
            "Independent publisher, about forty titles a year, art books and popular "
            "history. Bram says it feels like a family business: long lunches, fierce "
            "debates about covers, tight budgets."
        ),
        positions=(
            "Editorial assistant is the usual way in. Picture research and rights "
            "clearance are mostly freelance; Sanne is the only in-house rights person and "
            "she is overloaded."
        ),
        availability=(
            "The big museum catalogue due in about six months needs a picture researcher, and "
            "perhaps a part-time rights assistant after that. Nothing advertised yet."
        ),
    ),
    DemoOrganisation(
        name="Cultuurwerk Advies",
        sector="Consultancy (museums and heritage)",
        location="Rotterdam",
        website="https://www.cultuurwerk.example",
        notes="Advises museums on collection plans and reorganisations; sees the whole sector.",
    ),
    DemoOrganisation(
        name="Universiteit Rijnland",
        sector="Higher education",
        location="Leiden",
        website="https://www.universiteit-rijnland.example",
        notes="My university. The career service helps alumni for a year after graduating.",
    ),
    DemoOrganisation(
        name="Kasteelmuseum Duinhof",
        sector="Museum (castle and textile collection)",
        location="Wassenaar",
        website="https://www.duinhof-kasteel.example",
        notes="Where I did my registration internship: the textile collection, in Adlib.",
    ),
    DemoOrganisation(
        name="Archief Spaarnestad",
        sector="Archive (municipal and regional)",
        location="Haarlem",
        website="https://www.archief-spaarnestad.example",
        culture="Quiet and methodical; very proud of their volunteers.",
        availability="Temporary digitisation project posts come up a few times a year.",
    ),
    DemoOrganisation(
        name="Veilinghuis Van Loon & Sterk",
        sector="Art market (auction house)",
        location="Amsterdam",
        website="https://www.vanloonsterk.example",
    ),
    DemoOrganisation(
        name="Stichting Open Collecties",
        sector="Foundation (open heritage data)",
        location="Utrecht",
        website="https://www.opencollecties.example",
        notes="Runs Wikidata edit-a-thons with museums; I volunteer on their provenance project.",
    ),
    DemoOrganisation(
        name="Cultuurfonds Delta",
        sector="Cultural funding",
        location="Middelburg",
        website="https://www.cultuurfonds-delta.example",
    ),
    DemoOrganisation(
        name="Kunstkring Magazine",
        sector="Publishing (art magazine)",
        location="Amsterdam",
        website="https://www.kunstkring-magazine.example",
    ),
    DemoOrganisation(
        name="Havenmuseum Oostpoort",
        sector="Museum (maritime history)",
        location="Rotterdam",
        website="https://www.havenmuseum-oostpoort.example",
        availability=(
            "Grant approved to re-register the ship models; the project starts in a few months."
        ),
    ),
    DemoOrganisation(
        name="Fotoarchief Hunzeland",
        sector="Archive (photography)",
        location="Groningen",
        website="https://www.fotoarchief-hunzeland.example",
    ),
    DemoOrganisation(
        name="Restauratieatelier Kwast & Vernis",
        sector="Conservation studio",
        location="Amersfoort",
        website="https://www.kwastenvernis.example",
    ),
)

# Everyone who introduced someone comes before the person they introduced.
PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson(
        key="marijke",
        first_name="Marijke",
        last_name="Verbeek",
        organisation="Universiteit Rijnland",
        position="Associate professor of museum studies",
        how_met="Thesis supervisor (MA Museums and Collections)",
        met_days_ago=880,
        relevance=HIGH,
        tags=("mentor", "academia", "provenance"),
        cadence_days=90,
        phone="+31 6 4182 7735",
        linkedin="marijke-verbeek-museumstudies",
        notes=(
            "Supervised my thesis on the provenance of the Indonesian textiles at Duinhof. "
            "Knows half the registrars in the country. Prefers email to LinkedIn and "
            "answers on Friday afternoons."
        ),
    ),
    DemoPerson(
        key="daan",
        first_name="Daan",
        last_name="van Leeuwen",
        organisation="Universiteit Rijnland",
        position="Career adviser, Humanities Career Service",
        how_met="Career workshop 'Networking for humanities graduates'",
        met_days_ago=330,
        relevance=MEDIUM,
        tags=("career service",),
        cadence_days=180,
        linkedin="daanvanleeuwen",
        notes="His workshop is why I keep this overview. Reads CVs; book through the portal.",
    ),
    DemoPerson(
        key="yara",
        first_name="Yara",
        last_name="Haddad",
        organisation="Universiteit Rijnland",
        position="PhD candidate in digital humanities",
        how_met="Wikidata edit-a-thon at the university library",
        met_days_ago=420,
        relevance=MEDIUM,
        tags=("data", "wikidata", "academia"),
        cadence_days=90,
        phone="+31 6 2290 4418",
        linkedin="yara-haddad-dh",
        notes=(
            "Taught me SPARQL over too much coffee. Her PhD is on colonial collections "
            "as linked data."
        ),
    ),
    DemoPerson(
        key="mirjam",
        first_name="Mirjam",
        last_name="Kok",
        organisation="Universiteit Rijnland",
        position="Alumni officer, Faculty of Humanities",
        how_met="Alumni network drinks",
        met_days_ago=305,
        relevance=UNSET,
        tags=("alumni",),
        notes="Asked whether I would speak at an alumni evening once I have a job.",
    ),
    DemoPerson(
        key="gerda",
        first_name="Gerda",
        last_name="Bosman",
        organisation="Kasteelmuseum Duinhof",
        position="Curator of collections",
        how_met="Internship supervisor (collection registration internship)",
        met_days_ago=560,
        relevance=HIGH,
        tags=("mentor", "museum", "internship"),
        cadence_days=60,
        phone="+31 6 5307 1926",
        notes=(
            "Supervised my five-month internship registering the textile collection. "
            "Direct, generous with her time, and always knows which museum is about to hire."
        ),
    ),
    DemoPerson(
        key="tim",
        first_name="Tim",
        last_name="Vermeulen",
        organisation="Kasteelmuseum Duinhof",
        position="Collection assistant",
        how_met="Fellow intern at Kasteelmuseum Duinhof",
        met_days_ago=560,
        relevance=MEDIUM,
        tags=("museum", "internship", "friend"),
        cadence_days=90,
        phone="+31 6 1844 6071",
        linkedin="tim-vermeulen-collecties",
        notes="Stayed on after our internship. Honest about what small museums really pay.",
    ),
    DemoPerson(
        key="lotte",
        first_name="Lotte",
        last_name="Jansen",
        organisation="",
        position="Marketing coordinator at a theatre",
        how_met="Friend from my bachelor's in Utrecht",
        met_days_ago=2100,
        relevance=MEDIUM,
        tags=("friend",),
        cadence_days=30,
        phone="+31 6 3391 2280",
        notes="Knows everyone in Utrecht's cultural scene. Her cousin is Bram at Noorderzon.",
    ),
    DemoPerson(
        key="ahmed",
        first_name="Ahmed",
        last_name="Bouzid",
        organisation="",
        position="UX designer",
        how_met="Housemate",
        met_days_ago=1400,
        relevance=LOW,
        tags=("friend",),
        cadence_days=30,
        phone="+31 6 2718 5530",
        notes="Made my CV readable. Happy to play the interviewer any evening.",
    ),
    DemoPerson(
        key="henk",
        first_name="Henk",
        last_name="Smeets",
        organisation="",
        position="Retired history teacher; volunteer at a historical society",
        how_met="My history teacher at secondary school",
        met_days_ago=3300,
        relevance=MEDIUM,
        tags=("mentor", "teacher"),
        cadence_days=180,
        phone="+31 6 1207 9964",
        notes=(
            "The reason I studied art history. Retired last year; transcribes probate "
            "inventories for the historical society in Amersfoort and knows the restoration "
            "studios there."
        ),
    ),
    DemoPerson(
        key="dewi",
        first_name="Dewi",
        last_name="Santoso",
        organisation="",
        position="Freelance translator (Dutch, English, Indonesian)",
        how_met="Board year at the student association",
        met_days_ago=1800,
        relevance=LOW,
        tags=("friend", "freelance"),
        cadence_days=90,
        linkedin="dewi-santoso-translations",
        notes="Translates exhibition texts for several museums, so she knows who is busy.",
    ),
    DemoPerson(
        key="sophie",
        first_name="Sophie",
        last_name="Lambrechts",
        organisation="",
        position="Freelance exhibition designer",
        how_met="A friend of a friend: Ahmed's colleague, met at his birthday",
        met_days_ago=150,
        relevance=MEDIUM,
        tags=("museum", "design", "freelance"),
        cadence_days=90,
        met_through="ahmed",
        linkedin="sophie-lambrechts-design",
        notes="Belgian, lives in Rotterdam. Has designed shows at Havenmuseum and Zuiderlicht.",
    ),
    DemoPerson(
        key="zoe",
        first_name="Zoë",
        last_name="van der Berg",
        organisation="Museum Het Zuiderlicht",
        position="Senior collection registrar",
        how_met="Introduced by Marijke Verbeek (she was her student too)",
        met_days_ago=275,
        relevance=HIGH,
        tags=("museum", "registrar", "alumni", "mentor"),
        cadence_days=60,
        met_through="marijke",
        phone="+31 6 4460 3172",
        linkedin="zoe-vanderberg-registrar",
        notes=(
            "Registrar for twelve years. Frank and generous: told me my CV undersold the "
            "internship. Runs the data side of their collection system migration."
        ),
    ),
    DemoPerson(
        key="lucas",
        first_name="Lucas",
        last_name="Bos",
        organisation="Museum Het Zuiderlicht",
        position="Junior collection registrar",
        how_met="Alumni evening; he graduated a year before me",
        met_days_ago=305,
        relevance=HIGH,
        tags=("museum", "registrar", "alumni"),
        cadence_days=60,
        linkedin="lucas-bos-registrar",
        notes="Traineeship first, then a junior contract: exactly the path I want.",
    ),
    DemoPerson(
        key="ruben",
        first_name="Ruben",
        last_name="Kuipers",
        organisation="Museum Het Zuiderlicht",
        position="Head of collections",
        how_met="Introduced by Zoë at the museum's annual drinks",
        met_days_ago=10,
        relevance=HIGH,
        tags=("museum", "decision maker"),
        met_through="zoe",
        linkedin="ruben-kuipers",
        notes="Decides on the traineeship. Liked the Lyon loan story. Don't follow up too eagerly.",
    ),
    DemoPerson(
        key="eva",
        first_name="Eva",
        last_name="Smit",
        organisation="Museum Het Zuiderlicht",
        position="HR adviser",
        how_met="Career fair 'Working in Culture', Amsterdam",
        met_days_ago=240,
        relevance=MEDIUM,
        tags=("museum", "HR"),
        cadence_days=180,
    ),
    DemoPerson(
        key="mila",
        first_name="Mila",
        last_name="Koster",
        organisation="Museum Het Zuiderlicht",
        position="Education officer",
        how_met="A friend of a friend: Lotte's former colleague",
        met_days_ago=200,
        relevance=LOW,
        tags=("museum", "education"),
        met_through="lotte",
        notes=(
            "Education isn't my direction, but she hears everything that goes on in the building."
        ),
    ),
    DemoPerson(
        key="sem",
        first_name="Sem",
        last_name="de Jong",
        organisation="Erfgoed Data Lab",
        position="Collection data manager",
        how_met="Introduced by Zoë van der Berg",
        met_days_ago=245,
        relevance=HIGH,
        tags=("data", "linked data", "mentor"),
        cadence_days=60,
        met_through="zoe",
        phone="+31 6 5128 8803",
        linkedin="semdejong-data",
        notes=(
            "Former registrar who moved into data. Sketches data models on napkins. "
            "Pushed me to put my scripts on GitHub."
        ),
    ),
    DemoPerson(
        key="priya",
        first_name="Priya",
        last_name="Raghunathan",
        organisation="Erfgoed Data Lab",
        position="Linked open data developer",
        how_met="Heritage hackathon in Den Haag (same team)",
        met_days_ago=190,
        relevance=MEDIUM,
        tags=("data", "hackathon"),
        cadence_days=90,
        linkedin="priya-raghunathan-lod",
        notes="We built the provenance timeline prototype together. Very precise about URIs.",
    ),
    DemoPerson(
        key="jasper",
        first_name="Jasper",
        last_name="Wouters",
        organisation="Erfgoed Data Lab",
        position="Director",
        how_met="Referred by Sem de Jong; not contacted yet",
        met_days_ago=None,
        relevance=MEDIUM,
        tags=("data", "decision maker"),
        met_through="sem",
        linkedin="jasperwouters",
        notes=(
            "Likes a short email with a link to something you made. Wait until my "
            "portfolio page is live."
        ),
    ),
    DemoPerson(
        key="noor",
        first_name="Noor",
        last_name="El Amrani",
        organisation="Bureau Erfgoedregistratie",
        position="Policy adviser, heritage registration",
        how_met="Referred by Sem de Jong",
        met_days_ago=None,
        relevance=HIGH,
        tags=("government", "policy", "registrar"),
        cadence_days=60,
        met_through="sem",
        linkedin="noor-elamrani",
        notes=(
            "Was a registrar at a provincial depot before moving to policy. Works on the "
            "national register for movable heritage. Networking interview booked."
        ),
    ),
    DemoPerson(
        key="willem",
        first_name="Willem",
        last_name="Dekker",
        organisation="Bureau Erfgoedregistratie",
        position="Team lead, data and registration",
        how_met="Symposium 'Collections as Data', Amersfoort",
        met_days_ago=130,
        relevance=MEDIUM,
        tags=("government", "data"),
        cadence_days=90,
        notes="Remembered my Wikidata question from the symposium. Generous with documents.",
    ),
    DemoPerson(
        key="bas",
        first_name="Bas",
        last_name="Willems",
        organisation="Bureau Erfgoedregistratie",
        position="Data analyst",
        how_met="Python meetup in Utrecht",
        met_days_ago=95,
        relevance=LOW,
        tags=("data", "python", "government"),
        cadence_days=180,
        phone="+31 6 3806 2415",
    ),
    DemoPerson(
        key="bram",
        first_name="Bram",
        last_name="Visser",
        organisation="Uitgeverij Noorderzon",
        position="Editor, art and history list",
        how_met="Introduced by Lotte Jansen (her cousin)",
        met_days_ago=210,
        relevance=HIGH,
        tags=("publishing", "mentor"),
        cadence_days=90,
        met_through="lotte",
        phone="+31 6 2965 7140",
        linkedin="bramvisser-editor",
        notes="Warm, talks fast, forgets emails: always follow up.",
    ),
    DemoPerson(
        key="sanne",
        first_name="Sanne",
        last_name="Peeters",
        organisation="Uitgeverij Noorderzon",
        position="Rights and permissions coordinator",
        how_met="Introduced by Bram Visser",
        met_days_ago=65,
        relevance=MEDIUM,
        tags=("publishing", "rights"),
        cadence_days=90,
        met_through="bram",
        notes=(
            "Clears image rights with museums for every book; my registration work is "
            "directly relevant to hers."
        ),
    ),
    DemoPerson(
        key="kees",
        first_name="Kees",
        last_name="Hendriks",
        organisation="Uitgeverij Noorderzon",
        position="Publisher",
        how_met="Book launch at Noorderzon",
        met_days_ago=170,
        relevance=LOW,
        tags=("publishing",),
        has_email=False,
        notes="Made a catalogue with Marijke years ago.",
    ),
    DemoPerson(
        key="joost",
        first_name="Joost",
        last_name="’t Hart",  # noqa: RUF001 (typographic apostrophe, as the name is written)
        organisation="Cultuurwerk Advies",
        position="Senior consultant, museum strategy",
        how_met="Career fair 'Working in Culture', Amsterdam",
        met_days_ago=240,
        relevance=HIGH,
        tags=("consultancy", "mentor"),
        cadence_days=60,
        phone="+31 6 4733 0598",
        linkedin="joost-t-hart",
        notes="Blunt and funny. Knows who is hiring before the vacancies appear.",
    ),
    DemoPerson(
        key="linh",
        first_name="Linh",
        last_name="Nguyen",
        organisation="Cultuurwerk Advies",
        position="Junior consultant",
        how_met="Museum studies alumni evening",
        met_days_ago=305,
        relevance=HIGH,
        tags=("consultancy", "alumni"),
        cadence_days=60,
        linkedin="linh-nguyen-cultuur",
        notes=(
            "Graduated two years before me and went from a museum internship to "
            "consultancy. Very open about salaries and workload."
        ),
    ),
    DemoPerson(
        key="hanneke",
        first_name="Hanneke",
        last_name="de Wit",
        organisation="Archief Spaarnestad",
        position="Archivist, digitisation projects",
        how_met="Introduced by Gerda Bosman",
        met_days_ago=160,
        relevance=MEDIUM,
        tags=("archive", "digitisation"),
        cadence_days=90,
        met_through="gerda",
        phone="+31 6 1590 3367",
        notes=(
            "Leads the scanning of the city's building permits; needs people who can write "
            "metadata guidelines."
        ),
    ),
    DemoPerson(
        key="olaf",
        first_name="Olaf",
        last_name="Brink",
        organisation="Archief Spaarnestad",
        position="Reading room coordinator",
        how_met="Archive open day",
        met_days_ago=100,
        relevance=LOW,
        tags=("archive", "volunteering"),
        has_email=False,
    ),
    DemoPerson(
        key="charlotte",
        first_name="Charlotte",
        last_name="Meijer",
        organisation="Veilinghuis Van Loon & Sterk",
        position="Provenance researcher",
        how_met="Introduced by Marijke Verbeek after my thesis defence",
        met_days_ago=270,
        relevance=MEDIUM,
        tags=("provenance", "art market"),
        cadence_days=90,
        met_through="marijke",
        linkedin="charlotte-meijer-provenance",
        notes=(
            "Checks every lot against loss registers. Says the art market pays better but never "
            "stops."
        ),
    ),
    DemoPerson(
        key="pieterjan",
        first_name="Pieter-Jan",
        last_name="Claes",
        organisation="Veilinghuis Van Loon & Sterk",
        position="Specialist, Old Master paintings",
        how_met="Viewing day at the auction house",
        met_days_ago=110,
        relevance=UNSET,
        tags=("art market",),
        has_email=False,
    ),
    DemoPerson(
        key="ayse",
        first_name="Ayşe",
        last_name="Kaya",
        organisation="Stichting Open Collecties",
        position="Wikidata and GLAM coordinator",
        how_met="Introduced by Yara Haddad",
        met_days_ago=185,
        relevance=MEDIUM,
        tags=("data", "wikidata", "open data"),
        cadence_days=90,
        met_through="yara",
        linkedin="ayse-kaya-glam",
        notes="Runs the provenance data project I volunteer on: my best way to show data skills.",
    ),
    DemoPerson(
        key="lars",
        first_name="Lars",
        last_name="Timmermans",
        organisation="Stichting Open Collecties",
        position="Project manager",
        how_met="Introduced by Ayşe Kaya at an edit-a-thon",
        met_days_ago=120,
        relevance=UNSET,
        tags=("open data",),
        met_through="ayse",
    ),
    DemoPerson(
        key="anouk",
        first_name="Anouk",
        last_name="Bakker",
        organisation="Cultuurfonds Delta",
        position="Programme officer, heritage",
        how_met="Introduced by Joost ’t Hart",  # noqa: RUF001
        met_days_ago=90,
        relevance=MEDIUM,
        tags=("funding", "heritage"),
        cadence_days=90,
        met_through="joost",
        phone="+31 6 2041 8856",
        notes=(
            "Assesses grant applications for digitisation projects, so she knows which "
            "museums are about to start projects (and hire)."
        ),
    ),
    DemoPerson(
        key="fatima",
        first_name="Fatima",
        last_name="Öztürk",
        organisation="Kunstkring Magazine",
        position="Deputy editor",
        how_met="Introduced by Bram Visser",
        met_days_ago=75,
        relevance=MEDIUM,
        tags=("publishing", "writing"),
        cadence_days=90,
        met_through="bram",
        linkedin="fatima-ozturk-kunstkring",
        notes="Commissions the 'Behind the scenes' column about museum work.",
    ),
    DemoPerson(
        key="jelle",
        first_name="Jelle",
        last_name="Postma",
        organisation="Kunstkring Magazine",
        position="Freelance art critic",
        how_met="Kunstkring readers' evening",
        met_days_ago=70,
        relevance=UNSET,
        tags=("writing",),
    ),
    DemoPerson(
        key="thijs",
        first_name="Thijs",
        last_name="Hoekstra",
        organisation="Havenmuseum Oostpoort",
        position="Curator, maritime collections",
        how_met="Referred by Anouk Bakker; not contacted yet",
        met_days_ago=None,
        relevance=MEDIUM,
        tags=("museum",),
        met_through="anouk",
        notes="Leads the re-registration of the ship models. Mention Anouk and Sophie.",
    ),
    DemoPerson(
        key="esther",
        first_name="Esther",
        last_name="Mulder",
        organisation="Havenmuseum Oostpoort",
        position="Volunteer coordinator",
        how_met="Volunteered at Museum Night Rotterdam",
        met_days_ago=140,
        relevance=UNSET,
        tags=("museum", "volunteering"),
        cadence_days=180,
    ),
    DemoPerson(
        key="rik",
        first_name="Rik",
        last_name="Wiersma",
        organisation="Fotoarchief Hunzeland",
        position="Metadata specialist",
        how_met="Heritage hackathon in Den Haag",
        met_days_ago=190,
        relevance=MEDIUM,
        tags=("data", "photography", "archive"),
        cadence_days=90,
        linkedin="rik-wiersma-metadata",
    ),
    DemoPerson(
        key="ines",
        first_name="Inès",
        last_name="Laurent",
        organisation="Restauratieatelier Kwast & Vernis",
        position="Paintings conservator",
        how_met="Introduced by Henk Smeets",
        met_days_ago=112,
        relevance=LOW,
        tags=("conservation",),
        cadence_days=180,
        met_through="henk",
        notes="Showed me how condition reports travel between studio and registrar.",
    ),
)

# In the order they happened; the last ones are still to come.
CONVERSATIONS: tuple[DemoConversation, ...] = (
    DemoConversation(
        who="marijke",
        days_ago=355,
        hour=10,
        channel=IN_PERSON,
        initiated_by=ME,
        topics="Thesis progress: the provenance chapter",
        notes=(
            "Went through the gap in the Duinhof textiles' provenance between 1938 and 1952. "
            "She asked what I want after graduating; I said registration or collection "
            "data, but had no idea how to get there."
        ),
        thanks_hours=20,
        how_helped=(
            "Her questions made me see that registration, not curating, is where I want to start."
        ),
    ),
    DemoConversation(
        who="gerda",
        days_ago=340,
        hour=13,
        channel=PHONE,
        initiated_by=ME,
        topics="Asked her to be a referee on my CV",
        notes=(
            "She said yes straight away, and told me the textile records I made are now "
            "being used for the loan to Lyon."
        ),
        thanks_hours=3,
        how_helped="A referee, and a concrete result of my internship to put on my CV.",
    ),
    DemoConversation(
        who="daan",
        days_ago=330,
        hour=15,
        channel=EVENT,
        initiated_by=ME,
        topics="Workshop 'Networking for humanities graduates'",
        notes=(
            "Key advice: tell people exactly what job you are looking for, and keep an "
            "overview of who you spoke to, about what, and whom they referred you to. "
            "Started this file that evening."
        ),
        told_goal=False,
        thanks_hours=22,
        how_helped=(
            "Gave me the method I still use: a goal sentence, this overview, and a thank-you after"
            " every talk."
        ),
    ),
    DemoConversation(
        who="yara",
        days_ago=320,
        hour=11,
        channel=COFFEE,
        initiated_by=THEM,
        topics="SPARQL help for my thesis appendix",
        notes=(
            "Yara offered to look at my Wikidata queries. She fixed two of them in ten "
            "minutes and explained property paths on a napkin."
        ),
        thanks_hours=5,
        how_helped="The appendix works now, and I can explain linked data in an interview.",
    ),
    DemoConversation(
        who="mirjam",
        days_ago=305,
        hour=17,
        channel=EVENT,
        initiated_by=THEM,
        topics="Alumni evening: the mentoring programme",
        notes="Mirjam asked everyone to sign up for alumni mentoring. Signed up as a mentee.",
        told_goal=False,
        thanks_hours=18,
        how_helped="Got me into the alumni mentoring programme.",
    ),
    DemoConversation(
        who="lucas",
        days_ago=305,
        hour=18,
        channel=EVENT,
        initiated_by=ME,
        topics="Alumni evening: from traineeship to junior registrar",
        notes=(
            "Lucas went from a six-month traineeship to a junior registrar contract at "
            "Zuiderlicht. Traineeships are often only advertised on the museum's own site."
        ),
        thanks_hours=16,
        how_helped="Showed me a realistic way in: a traineeship first, then a contract.",
    ),
    DemoConversation(
        who="linh",
        days_ago=305,
        hour=19,
        channel=EVENT,
        initiated_by=THEM,
        topics="Alumni evening: what consultancy work is like",
        notes=(
            "Linh came over when she heard I interned at Duinhof; her firm wrote their "
            "collection plan. Talked about moving between museums and consultancy."
        ),
        thanks_hours=16,
        how_helped="Made me see consultancy as a route that still uses collection knowledge.",
    ),
    DemoConversation(
        who="marijke",
        days_ago=290,
        hour=9,
        channel=EMAIL,
        initiated_by=ME,
        topics="Sent my final thesis draft",
        notes=(
            "She replied the same day with comments on chapter 3, and offered to "
            "introduce me to registrars she knows once I have defended."
        ),
        thanks_hours=4,
        how_helped="Chapter 3 is much sharper, and the offer of introductions came unasked.",
    ),
    DemoConversation(
        who="marijke",
        days_ago=280,
        hour=14,
        channel=IN_PERSON,
        initiated_by=THEM,
        topics="Thesis defence, and who I should meet next",
        notes=(
            "After the defence (an 8.5!) she wrote two introductions on the spot: Zoë at "
            "Zuiderlicht for registration, Charlotte at the auction house for provenance."
        ),
        thanks_hours=20,
        how_helped="Two warm introductions in one go; both said yes to meeting me.",
        referrals=(
            DemoReferral(to="zoe", note="Registrar at Zuiderlicht, her former student"),
            DemoReferral(to="charlotte", note="Provenance research in the art market"),
        ),
    ),
    DemoConversation(
        who="zoe",
        days_ago=275,
        hour=10,
        channel=COFFEE,
        initiated_by=ME,
        topics="How collection registrars get hired",
        notes=(
            "Asked about how collection registrars get hired; she suggested looking at "
            "traineeships, and told me to put the Adlib work first on my CV, not last."
        ),
        thanks_hours=6,
        how_helped=(
            "Rewrote my CV around the internship: it now opens with Adlib and the Lyon loan."
        ),
    ),
    DemoConversation(
        who="charlotte",
        days_ago=270,
        hour=15,
        channel=VIDEO,
        initiated_by=ME,
        topics="Provenance research in the art market",
        notes=(
            "Charlotte walked me through a day of checking lots against loss registers. "
            "The market moves fast; museums give you more time per object."
        ),
        thanks_hours=20,
        how_helped="Helped me decide that museum provenance work suits me better than auctions.",
    ),
    DemoConversation(
        who="tim",
        days_ago=260,
        hour=19,
        channel=PHONE,
        initiated_by=THEM,
        topics="His permanent contract; what small museums pay",
        notes="Tim got a permanent contract at Duinhof. Talked frankly about starting salaries.",
        thanks_hours=14,
        how_helped="Realistic salary expectations for a first museum job.",
    ),
    DemoConversation(
        who="zoe",
        days_ago=250,
        hour=8,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Introduction to Sem de Jong at Erfgoed Data Lab",
        notes=(
            "Zoë introduced me to Sem; she thinks my mix of registration and Python is "
            "exactly what the Data Lab looks for."
        ),
        thanks_hours=3,
        how_helped="A direct line into the organisation that fits my data skills best.",
        referrals=(DemoReferral(to="sem", note="Collection data manager, former registrar"),),
    ),
    DemoConversation(
        who="sem",
        days_ago=245,
        hour=13,
        channel=INTERVIEW,
        initiated_by=ME,
        topics="Networking interview: data roles in heritage",
        notes=(
            "Asked how a data steward differs from a developer in his team, and what they "
            "miss in applicants. He suggested putting my scripts on GitHub and joining the "
            "heritage hackathon in Den Haag in two months' time."
        ),
        thanks_hours=20,
        how_helped="Put my Adlib clean-up scripts on GitHub and signed up for the hackathon.",
    ),
    DemoConversation(
        who="joost",
        days_ago=240,
        hour=11,
        channel=EVENT,
        initiated_by=ME,
        topics="Career fair: what a museum strategy consultancy does",
        notes=(
            "Stopped at the Cultuurwerk stand. Joost asked what I wanted and my answer was "
            "far too long. He gave me his card anyway and said to call him."
        ),
        thanks_hours=18,
        how_helped="Honest feedback on my pitch; I cut it to three sentences that evening.",
    ),
    DemoConversation(
        who="eva",
        days_ago=240,
        hour=14,
        channel=EVENT,
        initiated_by=ME,
        topics="Career fair: how Zuiderlicht recruits",
        notes=(
            "Eva said open applications get read but rarely lead anywhere; it is better to "
            "be known by the team. Vacancies go on their website first."
        ),
        thanks_hours=22,
        how_helped="Stopped writing open applications and focused on meeting the collections team.",
    ),
    DemoConversation(
        who="joost",
        days_ago=232,
        hour=9,
        channel=PHONE,
        initiated_by=ME,
        topics="Follow-up call after the career fair",
        notes=(
            "Tried my shorter pitch on him; he liked it. Registrars are needed wherever a "
            "collection system is being replaced, so watch for migrations."
        ),
        thanks_hours=4,
        how_helped="Learned to look for museums that are changing collection systems.",
    ),
    DemoConversation(
        who="lotte",
        days_ago=215,
        hour=18,
        channel=IN_PERSON,
        initiated_by=THEM,
        topics="Dinner; her cousin works at a publisher",
        notes=(
            "Over dinner Lotte said her cousin Bram edits art books at Noorderzon. She asked him "
            "for me."
        ),
        thanks_hours=16,
        how_helped="Opened up publishing, which I had never considered.",
        referrals=(DemoReferral(to="bram", note="Her cousin, editor of the art list"),),
    ),
    DemoConversation(
        who="bram",
        days_ago=210,
        hour=12,
        channel=COFFEE,
        initiated_by=ME,
        topics="How an art book gets made, and who does picture research",
        notes=(
            "Rights clearance and picture research are freelance and often go to people "
            "with museum experience. He laughed when I said I enjoy loan paperwork."
        ),
        thanks_hours=8,
        how_helped="Showed me that registration skills transfer to picture research and rights.",
    ),
    DemoConversation(
        who="lotte",
        days_ago=205,
        hour=20,
        channel=LINKEDIN,
        initiated_by=THEM,
        topics="Introduction to Mila Koster",
        notes=(
            "Lotte connected me with Mila, her former colleague, now in education at Zuiderlicht."
        ),
        told_goal=False,
        thanks_hours=12,
        how_helped="A second contact inside Zuiderlicht.",
        referrals=(DemoReferral(to="mila", note="Former colleague, education at Zuiderlicht"),),
    ),
    DemoConversation(
        who="mila",
        days_ago=200,
        hour=10,
        channel=COFFEE,
        initiated_by=ME,
        topics="Life inside Zuiderlicht",
        notes=(
            "Mila is in education, not collections, but told me the museum is about to "
            "replace Adlib and the collections team is stretched."
        ),
        thanks_hours=20,
        how_helped="Inside news: the migration means more registration work is coming.",
    ),
    DemoConversation(
        who="henk",
        days_ago=195,
        hour=16,
        channel=PHONE,
        initiated_by=ME,
        topics="Called for his birthday; my job search",
        notes="He loves retirement and the historical society. Told him what I'm looking for.",
        thanks_hours=20,
        how_helped="Reminded me why I started, and he offered to ask around in Amersfoort.",
    ),
    DemoConversation(
        who="priya",
        days_ago=190,
        hour=10,
        channel=EVENT,
        initiated_by=THEM,
        topics="Heritage hackathon: a provenance timeline from Wikidata",
        notes=(
            "Ended up in Priya's team. We built a timeline of object movements; she did "
            "the queries, I cleaned the data and wrote the demo story."
        ),
        thanks_hours=20,
        how_helped="A working prototype to show in interviews, and a contact among the developers.",
    ),
    DemoConversation(
        who="rik",
        days_ago=190,
        hour=16,
        channel=EVENT,
        initiated_by=ME,
        topics="Hackathon: messy photo metadata",
        notes="Rik was at the next table. We compared notes on rights metadata in photo archives.",
        told_goal=False,
        thanks_hours=26,
        how_helped="Learned how photo archives record rights, useful for picture research too.",
    ),
    DemoConversation(
        who="yara",
        days_ago=188,
        hour=9,
        channel=EMAIL,
        initiated_by=ME,
        topics="Who runs Wikidata events with museums?",
        notes=(
            "Asked Yara who organises them. She introduced me to Ayşe at Stichting Open Collecties."
        ),
        thanks_hours=5,
        how_helped="An introduction to the open data side of heritage.",
        referrals=(DemoReferral(to="ayse", note="Runs the museum edit-a-thons"),),
    ),
    DemoConversation(
        who="ayse",
        days_ago=185,
        hour=14,
        channel=VIDEO,
        initiated_by=ME,
        topics="Volunteering on the provenance data project",
        notes=(
            "Three museums are adding provenance statements to Wikidata with them. "
            "Volunteers welcome, training provided."
        ),
        thanks_hours=20,
        how_helped="Joined as a volunteer: real experience with museum data for my CV.",
    ),
    DemoConversation(
        who="gerda",
        days_ago=180,
        hour=11,
        channel=COFFEE,
        initiated_by=ME,
        topics="Graduated! Where to look next",
        notes=(
            "Told Gerda I graduated. She said to look at archives as well: digitisation "
            "projects always need people who understand metadata."
        ),
        thanks_hours=20,
        how_helped="Broadened my search to archives.",
    ),
    DemoConversation(
        who="daan",
        days_ago=175,
        hour=13,
        channel=EMAIL,
        initiated_by=ME,
        topics="CV review through the career service",
        notes="Daan's verdict: cut the hobbies, add the GitHub link, one page is enough.",
        thanks_hours=6,
        how_helped="A one-page CV that leads with what I can do.",
    ),
    DemoConversation(
        who="kees",
        days_ago=170,
        hour=18,
        channel=EVENT,
        initiated_by=THEM,
        topics="Book launch of the Delft blue book",
        notes="Kees came over when he heard I studied with Marijke. Brief chat about catalogues.",
        told_goal=False,
        thanks_hours=40,
        how_helped="Learned that Noorderzon co-publishes museum catalogues.",
    ),
    DemoConversation(
        who="gerda",
        days_ago=165,
        hour=9,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Introduction to Hanneke de Wit at Archief Spaarnestad",
        notes="Gerda emailed us both; Hanneke leads digitisation at the archive.",
        thanks_hours=3,
        how_helped="An introduction to an archive digitisation lead.",
        referrals=(DemoReferral(to="hanneke", note="Leads digitisation projects"),),
    ),
    DemoConversation(
        who="hanneke",
        days_ago=160,
        hour=14,
        channel=INTERVIEW,
        initiated_by=ME,
        topics="Networking interview: metadata work in archive digitisation",
        notes=(
            "They are scanning 200,000 building permits and need metadata guidelines and "
            "quality checks. No vacancy, but temporary project posts come up."
        ),
        thanks_hours=18,
        how_helped=(
            "Learned that archive project posts are a realistic first job, and what they ask for."
        ),
    ),
    DemoConversation(
        who="charlotte",
        days_ago=155,
        hour=8,
        channel=EMAIL,
        initiated_by=THEM,
        topics="An article on recent restitution claims",
        notes="Charlotte sent me an article and asked what I thought of the museum's response.",
        thanks_hours=24,
        how_helped="Kept my provenance knowledge current; good material for interviews.",
    ),
    DemoConversation(
        who="sophie",
        days_ago=150,
        hour=21,
        channel=IN_PERSON,
        initiated_by=THEM,
        topics="Ahmed's birthday: exhibition design and museum teams",
        notes="Sophie says registrars are the unsung heroes of every exhibition she has built.",
        thanks_hours=30,
        how_helped="An outside view of how museum teams work, and a new friend.",
    ),
    DemoConversation(
        who="sem",
        days_ago=145,
        hour=10,
        channel=EMAIL,
        initiated_by=ME,
        topics="Shared my scripts on GitHub",
        notes=(
            "Sem replied with three concrete suggestions and said to apply for the next trainee "
            "round."
        ),
        thanks_hours=20,
        how_helped="Feedback on my code and a clear nudge to apply in the next trainee round.",
    ),
    DemoConversation(
        who="esther",
        days_ago=140,
        hour=17,
        channel=EVENT,
        initiated_by=ME,
        topics="Volunteering at Museum Night Rotterdam",
        notes=(
            "Esther coordinates volunteers at Havenmuseum; the collection team may need help later."
        ),
        told_goal=False,
        thanks_hours=30,
        how_helped="A foot in the door at Havenmuseum Oostpoort.",
    ),
    DemoConversation(
        who="zoe",
        days_ago=135,
        hour=12,
        channel=PHONE,
        initiated_by=ME,
        topics="Check-in after graduating",
        notes=(
            "The migration should start in about half a year; they will need extra hands in "
            "registration."
        ),
        thanks_hours=20,
        how_helped="Knew about the extra registration work months before anyone else.",
    ),
    DemoConversation(
        who="willem",
        days_ago=130,
        hour=15,
        channel=EVENT,
        initiated_by=ME,
        topics="Symposium 'Collections as Data': the national register",
        notes=(
            "Asked after his talk how the register links to Wikidata. He invited me to email him."
        ),
        thanks_hours=20,
        how_helped="Understood the register project, and an open invitation to stay in touch.",
    ),
    DemoConversation(
        who="willem",
        days_ago=125,
        hour=9,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Documentation of the register's data model",
        notes="Willem sent the public documentation, as promised.",
        thanks_hours=6,
        how_helped="Could prepare good questions for anyone at the Bureau.",
    ),
    DemoConversation(
        who="ayse",
        days_ago=120,
        hour=10,
        channel=EVENT,
        initiated_by=ME,
        topics="Provenance edit-a-thon",
        notes=(
            "Added provenance statements for forty objects. Ayşe introduced me to Lars, "
            "who manages the project and its funding."
        ),
        thanks_hours=22,
        how_helped="Hands-on provenance data work I can mention in applications.",
        referrals=(DemoReferral(to="lars", note="Manages the provenance project"),),
    ),
    DemoConversation(
        who="henk",
        days_ago=118,
        hour=17,
        channel=PHONE,
        initiated_by=THEM,
        topics="A restorer he knows in Amersfoort",
        notes="Henk told his friend at Kwast & Vernis about me; Inès will show me the studio.",
        thanks_hours=20,
        how_helped="An introduction to conservation, the other end of a registrar's work.",
        referrals=(DemoReferral(to="ines", note="Paintings conservator, a friend of his"),),
    ),
    DemoConversation(
        who="ines",
        days_ago=112,
        hour=13,
        channel=IN_PERSON,
        initiated_by=ME,
        topics="Studio visit at Kwast & Vernis",
        notes="Inès showed how condition reports go back to the museum's registrar.",
        thanks_hours=6,
        how_helped="I can now talk about condition reports and object handling with confidence.",
    ),
    DemoConversation(
        who="pieterjan",
        days_ago=110,
        hour=15,
        channel=EVENT,
        initiated_by=THEM,
        topics="Viewing day of the Old Masters sale",
        notes="He gave me a tour of the sale. Fun, but it confirmed the market is not my world.",
        told_goal=False,
        thanks_hours=40,
        how_helped="Ruled out the auction world for good.",
    ),
    DemoConversation(
        who="olaf",
        days_ago=100,
        hour=11,
        channel=EVENT,
        initiated_by=ME,
        topics="Archive open day",
        notes="Olaf showed me the reading room and the volunteer transcription project.",
        told_goal=False,
        thanks_hours=24,
        how_helped="Found a volunteer project that keeps my palaeography up to date.",
    ),
    DemoConversation(
        who="lars",
        days_ago=100,
        hour=15,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Volunteer hours for the provenance project",
        notes="Lars asked whether I can do four hours a week on provenance checks. I said yes.",
        thanks_hours=8,
        how_helped="A regular commitment that shows on my CV.",
    ),
    DemoConversation(
        who="joost",
        days_ago=95,
        hour=10,
        channel=COFFEE,
        initiated_by=ME,
        topics="Which museums are changing collection systems in the coming year",
        notes=(
            "Joost listed four museums replacing their systems. He introduced me to Anouk "
            "at Cultuurfonds Delta, who funds many of these projects."
        ),
        thanks_hours=5,
        how_helped=(
            "A shortlist of museums that will need registrars soon, and the funder behind them."
        ),
        referrals=(DemoReferral(to="anouk", note="Funds digitisation projects"),),
    ),
    DemoConversation(
        who="bas",
        days_ago=95,
        hour=19,
        channel=EVENT,
        initiated_by=THEM,
        topics="Python meetup: dashboards for the heritage monitor",
        notes="Bas presented his dashboard; afterwards we talked about the government traineeship.",
        thanks_hours=20,
        how_helped="An inside view of the government traineeship and its selection days.",
    ),
    DemoConversation(
        who="anouk",
        days_ago=90,
        hour=14,
        channel=PHONE,
        initiated_by=ME,
        topics="How grant-funded digitisation projects start",
        notes=(
            "Projects starting in about half a year: Havenmuseum's ship models and two archives in "
            "Zeeland. Each budget includes temporary registration staff."
        ),
        thanks_hours=20,
        how_helped="I know which projects will need temporary staff in the coming months.",
    ),
    DemoConversation(
        who="gerda",
        days_ago=85,
        hour=9,
        channel=EMAIL,
        initiated_by=THEM,
        topics="The textiles are back from Lyon",
        notes=(
            "Gerda sent photos of the textiles in the Lyon exhibition and asked how my search goes."
        ),
        thanks_hours=10,
        how_helped="Photos for my portfolio page, and a reminder that she is rooting for me.",
    ),
    DemoConversation(
        who="bram",
        days_ago=80,
        hour=16,
        channel=PHONE,
        initiated_by=THEM,
        topics="Introduction to Fatima Öztürk at Kunstkring Magazine",
        notes="Fatima is looking for someone to write about behind-the-scenes museum work.",
        thanks_hours=6,
        how_helped="A chance to write about registration work for a wide audience.",
        referrals=(DemoReferral(to="fatima", note="Deputy editor, 'Behind the scenes' column"),),
    ),
    DemoConversation(
        who="fatima",
        days_ago=75,
        hour=11,
        channel=VIDEO,
        initiated_by=ME,
        topics="Pitching a column about registrars",
        notes="She wants a pitch on what a registrar does on the day a loan leaves the building.",
        thanks_hours=20,
        how_helped="A possible publication showing I can write for the public.",
    ),
    DemoConversation(
        who="jelle",
        days_ago=70,
        hour=19,
        channel=EVENT,
        initiated_by=THEM,
        topics="Kunstkring readers' evening",
        notes=(
            "Jelle's view: freelance writing pays little but builds a name. Two glasses of wine in."
        ),
        told_goal=False,
        thanks_hours=40,
        how_helped="A realistic picture of freelance writing next to a job.",
    ),
    DemoConversation(
        who="bram",
        days_ago=65,
        hour=12,
        channel=COFFEE,
        initiated_by=ME,
        topics="Rights and permissions work at Noorderzon",
        notes=(
            "Coffee at their office; Bram introduced me to Sanne, who clears image rights for "
            "every book."
        ),
        thanks_hours=6,
        how_helped="Met the person at Noorderzon whose work is closest to mine.",
        referrals=(DemoReferral(to="sanne", note="Rights and permissions"),),
    ),
    DemoConversation(
        who="sanne",
        days_ago=60,
        hour=10,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Freelance picture research for the big museum catalogue",
        notes="Sanne asked whether I would do picture research for a museum catalogue. Sent my CV.",
        thanks_hours=4,
        how_helped="A possible first paid assignment in publishing.",
    ),
    DemoConversation(
        who="zoe",
        days_ago=58,
        hour=13,
        channel=COFFEE,
        initiated_by=ME,
        topics="The collection information traineeship",
        notes=(
            "Zoë thinks the traineeship will happen; the budget decision is in about three months. "
            "She offered to send me the vacancy before it goes public."
        ),
        thanks_hours=5,
        how_helped="Early warning about the traineeship, and her promise to forward it.",
    ),
    DemoConversation(
        who="linh",
        days_ago=55,
        hour=20,
        channel=LINKEDIN,
        initiated_by=ME,
        topics="Congratulations on her museum audit project",
        notes=(
            "She asked about my search and told me the Bureau hires through the government "
            "traineeship too."
        ),
        thanks_hours=20,
        how_helped="Added the government traineeship to my list.",
    ),
    DemoConversation(
        who="sem",
        days_ago=50,
        hour=16,
        channel=PHONE,
        initiated_by=THEM,
        topics="The aggregation project got funded",
        notes=(
            "Sem called to tell me himself. It might mean an extra junior post next to the "
            "trainees."
        ),
        thanks_hours=4,
        how_helped="Early news of a possible job at my favourite organisation.",
    ),
    DemoConversation(
        who="ayse",
        days_ago=48,
        hour=9,
        channel=EMAIL,
        initiated_by=THEM,
        topics="The provenance project's half-year report",
        notes="Ayşe asked me to write up the results of the edit-a-thon for the funder's report.",
        thanks_hours=24,
        how_helped="My name in a report that three museums will read.",
    ),
    DemoConversation(
        who="priya",
        days_ago=45,
        hour=12,
        channel=LINKEDIN,
        initiated_by=THEM,
        topics="Writing up our hackathon prototype",
        notes=(
            "Priya wants a blog post about the prototype on the Data Lab site. Agreed to co-write "
            "it."
        ),
        thanks_hours=20,
        how_helped="A co-authored post on the Data Lab's own site: visible to the whole team.",
    ),
    DemoConversation(
        who="mila",
        days_ago=42,
        hour=8,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Staff newsletter: migration dates",
        notes=(
            "The migration now has a start date, four months from now; they will recruit "
            "temporary registration assistants."
        ),
        thanks_hours=6,
        how_helped="Concrete timing for the temporary posts at Zuiderlicht.",
    ),
    DemoConversation(
        who="hanneke",
        days_ago=40,
        hour=15,
        channel=PHONE,
        initiated_by=ME,
        topics="When the next project post opens",
        notes=(
            "The next post opens in about two months. She suggested I talk to Ravi Ramdin, a "
            "metadata consultant who started on exactly such a post."
        ),
        thanks_hours=20,
        how_helped="A realistic entry route, and a name to contact.",
        referrals=(DemoReferral(new_name="Ravi Ramdin", note="Freelance metadata consultant"),),
    ),
    DemoConversation(
        who="marijke",
        days_ago=38,
        hour=14,
        channel=EMAIL,
        initiated_by=ME,
        topics="Update on everyone she introduced me to",
        notes="She was pleased, and offered to write a reference letter for the traineeship.",
        thanks_hours=6,
        how_helped="A reference letter from my supervisor, offered before I asked.",
    ),
    DemoConversation(
        who="dewi",
        days_ago=35,
        hour=10,
        channel=COFFEE,
        initiated_by=THEM,
        topics="Which museums are busy right now",
        notes=(
            "Dewi is translating texts for Zuiderlicht and Havenmuseum; both will be busy for "
            "months."
        ),
        thanks_hours=24,
        how_helped="Confirmed that Havenmuseum is gearing up and worth contacting.",
    ),
    DemoConversation(
        who="ahmed",
        days_ago=32,
        hour=20,
        channel=IN_PERSON,
        initiated_by=THEM,
        topics="Mock interview at the kitchen table",
        notes="Ahmed played a grumpy head of collections. My answer about weaknesses was weak.",
        thanks_hours=14,
        how_helped="Practised the hard questions; rewrote my answer on weaknesses.",
    ),
    DemoConversation(
        who="anouk",
        days_ago=30,
        hour=9,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Havenmuseum grant approved",
        notes=(
            "Anouk suggested I contact Thijs Hoekstra, the curator leading the ship model project."
        ),
        thanks_hours=5,
        how_helped="A concrete lead on a project that will need registrars.",
        referrals=(DemoReferral(to="thijs", note="Leads the ship model re-registration"),),
    ),
    DemoConversation(
        who="tim",
        days_ago=28,
        hour=18,
        channel=LINKEDIN,
        initiated_by=THEM,
        topics="A collection assistant vacancy in Leiden",
        notes=(
            "Not quite my level, but Tim thought of me. He is curious about archive work himself."
        ),
        thanks_hours=20,
        how_helped="A vacancy I would not have found myself.",
    ),
    DemoConversation(
        who="joost",
        days_ago=25,
        hour=11,
        channel=PHONE,
        initiated_by=ME,
        topics="Consultancy or museum for a first job?",
        notes=(
            "His advice: museum first, then you have something to advise about. He offered "
            "to forward my CV to the project lead of a museum audit."
        ),
        thanks_hours=20,
        how_helped="A clear answer to the question I kept going round in circles on.",
    ),
    DemoConversation(
        who="willem",
        days_ago=22,
        hour=13,
        channel=EMAIL,
        initiated_by=ME,
        topics="Does the register team take government trainees?",
        notes=(
            "Yes, one a year. He said the policy side is where they most need registration "
            "experience."
        ),
        thanks_hours=20,
        how_helped="Confirmed the traineeship route into the Bureau.",
    ),
    DemoConversation(
        who="fatima",
        days_ago=20,
        hour=10,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Feedback on my column pitch",
        notes=(
            "She likes the loan-day angle and wants 800 words within five weeks. "
            "Also mentioned Ilse Brouwer, a picture researcher who can tell me about freelancing."
        ),
        thanks_hours=4,
        how_helped="A real commission, and another contact in publishing.",
        referrals=(DemoReferral(new_name="Ilse Brouwer", note="Freelance picture researcher"),),
    ),
    DemoConversation(
        who="sem",
        days_ago=18,
        hour=12,
        channel=COFFEE,
        initiated_by=ME,
        topics="Preparing for the next trainee round",
        notes=(
            "Sem read my draft motivation letter. He suggested I talk to Noor El Amrani "
            "about the national register, and write to Jasper once my portfolio page is live."
        ),
        thanks_hours=6,
        how_helped="Two introductions and a much sharper motivation letter.",
        referrals=(
            DemoReferral(to="noor", note="Policy adviser on the national register"),
            DemoReferral(to="jasper", note="Director; decides on the trainee places"),
        ),
    ),
    DemoConversation(
        who="noor",
        days_ago=16,
        hour=19,
        channel=LINKEDIN,
        initiated_by=ME,
        topics="Asked Noor for a networking interview",
        notes="Connection request with a note mentioning Sem. She accepted and proposed a date.",
        thanks_hours=5,
        how_helped="A networking interview about the national register.",
    ),
    DemoConversation(
        who="lucas",
        days_ago=14,
        hour=12,
        channel=COFFEE,
        initiated_by=ME,
        topics="What the traineeship selection day looks like",
        notes=(
            "A registration exercise with real objects, then a talk with Ruben. Bring white "
            "gloves? No."
        ),
        thanks_hours=20,
        how_helped="I know what to practise for the selection day.",
    ),
    DemoConversation(
        who="priya",
        days_ago=12,
        hour=14,
        channel=EMAIL,
        initiated_by=ME,
        topics="First draft of our blog post",
        notes="Sent my half. She will add the technical section and the screenshots.",
        thanks_hours=30,
        how_helped="The post is nearly ready to publish.",
    ),
    DemoConversation(
        who="zoe",
        days_ago=10,
        hour=16,
        channel=EVENT,
        initiated_by=ME,
        topics="The museum's annual drinks at Zuiderlicht",
        notes="Zoë invited me and introduced me to Ruben Kuipers, the head of collections.",
        thanks_hours=20,
        how_helped="Met the person who decides on the traineeship, in a relaxed setting.",
        referrals=(DemoReferral(to="ruben", note="Head of collections"),),
    ),
    DemoConversation(
        who="ruben",
        days_ago=10,
        hour=17,
        channel=EVENT,
        initiated_by=THEM,
        topics="A short chat at the museum's annual drinks",
        notes=(
            "He asked about my Adlib work and the Lyon loan. The traineeship decision comes in "
            "a few weeks."
        ),
        thanks_hours=22,
        how_helped="He knows my name and my experience before the vacancy opens.",
    ),
    DemoConversation(
        who="lotte",
        days_ago=9,
        hour=19,
        channel=PHONE,
        initiated_by=THEM,
        topics="Her application for a festival programming job",
        notes="Lotte asked me to proofread her letter. Glad to return the favour for Bram.",
        told_goal=False,
        thanks_hours=20,
        how_helped="Good to be the one helping; she also heard Noorderzon is very busy.",
    ),
    DemoConversation(
        who="sanne",
        days_ago=8,
        hour=14,
        channel=VIDEO,
        initiated_by=THEM,
        topics="Scope of the catalogue picture research",
        notes="180 images from about 40 lenders. Fee and deadline still to be agreed.",
        thanks_hours=20,
        how_helped="A clear scope for what may be my first freelance job.",
    ),
    # Recent ones still waiting for a thank-you: the Today screen shows them.
    DemoConversation(
        who="henk",
        days_ago=6,
        hour=17,
        channel=PHONE,
        initiated_by=THEM,
        topics="Wishing me luck, and how the search is going",
        notes="Henk wants to hear how the meeting with Noor goes. He sounded proud.",
    ),
    DemoConversation(
        who="linh",
        days_ago=5,
        hour=20,
        channel=LINKEDIN,
        initiated_by=THEM,
        topics="Setting up a coffee in Rotterdam",
        notes="Linh offered to tell me more about her switch from museum to consultancy.",
        told_goal=False,
    ),
    DemoConversation(
        who="willem",
        days_ago=4,
        hour=10,
        channel=VIDEO,
        initiated_by=ME,
        topics="The register's data model, before my meeting with Noor",
        notes=(
            "Half an hour on how the register links objects, owners and locations. I now "
            "understand what the policy side needs from the data side. He will send the "
            "draft data dictionary."
        ),
    ),
    DemoConversation(
        who="yara",
        days_ago=3,
        hour=10,
        channel=COFFEE,
        initiated_by=THEM,
        topics="Her PhD data and my search",
        notes="Yara struggles with a museum's collection export; I offered to clean it for her.",
        thanks_hours=20,
        how_helped="A real dataset to practise on, and a chance to help her back.",
    ),
    DemoConversation(
        who="bas",
        days_ago=2,
        hour=8,
        channel=EMAIL,
        initiated_by=THEM,
        topics="Dates of the traineeship information session",
        notes="Bas sent the dates and a description of the assessment day.",
    ),
    DemoConversation(
        who="sophie",
        days_ago=1,
        hour=18,
        channel=PHONE,
        initiated_by=THEM,
        topics="The ship model project at Havenmuseum",
        notes="Sophie says the team is overloaded; she mentioned my name to Thijs.",
    ),
    # Planned.
    DemoConversation(
        who="noor",
        days_ago=-3,
        hour=13,
        channel=INTERVIEW,
        initiated_by=ME,
        topics="Networking interview: the national register and where a starter fits in",
        notes=(
            "What I want to find out:\n"
            "- how the policy side and the data side of the register work together\n"
            "- how they recruit starters: direct vacancies or the government traineeship\n"
            "- what applicants with a museum background usually lack\n"
            "- whom else I should talk to\n"
            "Bring: one-page CV, a printout of the provenance timeline. Not a job interview: "
            "don't ask for a job."
        ),
        told_goal=False,
    ),
    DemoConversation(
        who="linh",
        days_ago=-5,
        hour=9,
        channel=COFFEE,
        initiated_by=ME,
        topics="Coffee in Rotterdam: from museum internship to consultancy",
        notes="Ask how she chose, what her first year was like, and whether she would do it again.",
        told_goal=False,
    ),
)

PROMISES: tuple[DemoPromise, ...] = (
    # What others offered to do for me.
    DemoPromise(
        who="zoe",
        direction=THEIRS,
        description=(
            "Send me the vacancy for the collection information traineeship before it goes public"
        ),
        due_in_days=3,
        made_days_ago=58,
    ),
    DemoPromise(
        who="joost",
        direction=THEIRS,
        description="Forward my CV to the project lead of the museum audit",
        due_in_days=-12,
        made_days_ago=25,
    ),
    DemoPromise(
        who="marijke",
        direction=THEIRS,
        description="Write a reference letter for my traineeship application",
        due_in_days=20,
        made_days_ago=38,
    ),
    DemoPromise(
        who="sem",
        direction=THEIRS,
        description="Send the job description for the data trainee round as soon as it is final",
        due_in_days=None,
        made_days_ago=18,
    ),
    DemoPromise(
        who="hanneke",
        direction=THEIRS,
        description="Let me know when the next project post at the archive is advertised",
        due_in_days=None,
        made_days_ago=40,
    ),
    DemoPromise(
        who="anouk",
        direction=THEIRS,
        description="Send the list of digitisation projects funded in the latest funding round",
        due_in_days=2,
        made_days_ago=30,
    ),
    DemoPromise(
        who="sanne",
        direction=THEIRS,
        description="Confirm the fee and deadline for the catalogue picture research",
        due_in_days=4,
        made_days_ago=8,
    ),
    DemoPromise(
        who="bram",
        direction=THEIRS,
        description=(
            "Ask the design studio whether they need a picture researcher for the next round of "
            "art books"
        ),
        due_in_days=-6,
        made_days_ago=65,
    ),
    DemoPromise(
        who="willem",
        direction=THEIRS,
        description="Send the draft data dictionary of the national register",
        due_in_days=None,
        made_days_ago=4,
    ),
    # What I offered to do for others (the guidance: be a good contact).
    DemoPromise(
        who="noor",
        direction=MINE,
        description="Share my thesis chapter on provenance research before our meeting",
        due_in_days=2,
        made_days_ago=16,
    ),
    DemoPromise(
        who="sem",
        direction=MINE,
        description="Send Sem the improved version of my Adlib clean-up script",
        due_in_days=-4,
        made_days_ago=18,
    ),
    DemoPromise(
        who="fatima",
        direction=MINE,
        description="Deliver the 800-word column on a registrar's loan day",
        due_in_days=16,
        made_days_ago=20,
    ),
    DemoPromise(
        who="yara",
        direction=MINE,
        description="Clean the museum collection export for Yara's PhD dataset",
        due_in_days=None,
        made_days_ago=3,
    ),
    DemoPromise(
        who="priya",
        direction=MINE,
        description="Finish my half of the hackathon blog post",
        due_in_days=-2,
        made_days_ago=12,
    ),
    DemoPromise(
        who="tim",
        direction=MINE,
        description="Put Tim in touch with Hanneke about archive project posts",
        due_in_days=None,
        made_days_ago=28,
    ),
    DemoPromise(
        who="lotte",
        direction=MINE,
        description="Proofread Lotte's application letter for the festival job",
        due_in_days=1,
        made_days_ago=9,
    ),
    # Done.
    DemoPromise(
        who="gerda",
        direction=THEIRS,
        description="Be a referee on my CV",
        due_in_days=None,
        made_days_ago=340,
        done=True,
    ),
    DemoPromise(
        who="willem",
        direction=THEIRS,
        description="Send the public documentation of the register's data model",
        due_in_days=-125,
        made_days_ago=130,
        done=True,
    ),
    DemoPromise(
        who="ayse",
        direction=MINE,
        description="Write up the edit-a-thon results for the project report",
        due_in_days=-40,
        made_days_ago=48,
        done=True,
    ),
    DemoPromise(
        who="henk",
        direction=MINE,
        description="Send Henk a photo from my graduation ceremony",
        due_in_days=None,
        made_days_ago=195,
        done=True,
    ),
)


GOAL = JobGoal(
    roles=("collection registrar", "collection data specialist"),
    sectors=("museums", "cultural heritage", "art-book publishing"),
    regions=("Randstad", "Haarlem"),
    summary="A first job from the spring, four or five days a week, where care for objects "
    "and care for data meet.",
)

_WHO = (
    "I'm Sanne, I recently finished my MA in Museums and Collections, and during my "
    "internship at a city museum I registered over a thousand objects"
)
_LOOKING = (
    "I'm exploring roles in collection registration and collection data at museums and "
    "heritage organisations"
)
_OFFER = (
    "I bring careful registration work, some Python and Wikidata, and a knack for explaining "
    "data to curators"
)
_REQUEST = "Who else do you think I should talk to?"
PITCHES = (
    ("30-second elevator", 30, PitchText(_WHO, _LOOKING, _OFFER, _REQUEST)),
    (
        "2-minute networking interview intro",
        120,
        PitchText(
            _WHO + ", from ceramics to prints",
            _LOOKING + ", ideally where registration and digital access meet",
            _OFFER + ". At my internship I cleaned up 3,000 records for the online catalogue, "
            "and I enjoy working with conservators and photographers alike",
            "I'd love to hear how you got where you are, and who else you think I should "
            "talk to; may I mention your name?",
        ),
    ),
    (
        "For publishers",
        45,
        PitchText(
            "I'm Sanne, a museum-trained registrar who loves art books",
            "I'm curious how image rights and collection data are handled at publishers",
            _OFFER,
            "Basically, do you have any vacancies for someone like me?",
        ),
    ),
)


# The planned networking interview with Noor, prepared: what the briefing prints.
MEETING = DemoMeeting(
    with_=("noor", -3),
    place="Bureau Erfgoedregistratie, Amersfoort: reception, ask for Noor",
    purpose=(
        "Understand how the policy side and the data side of the national register work "
        "together, how starters get in (direct vacancies or the government traineeship), and "
        "what applicants with a museum background usually lack."
    ),
    news=(
        "The policy letter on the national register came out last month: a pilot with five "
        "provincial depots first, then the museums. Read before the meeting."
    ),
    position=(
        "Adviseur erfgoedregistratie (scale 9): advises collection holders on registering "
        "objects for the register and checks the data that comes in. Asks for a master's in "
        "heritage or information science and knowledge of data standards."
    ),
    background=(
        "Registrar at a provincial depot for six years before moving to policy. Sem says she "
        "likes concrete questions and has little patience for vague ones."
    ),
    # Seven from the shipped bank, the referral ones included.
    questions=(
        ("positions", "How did you get to where you are now?"),
        ("culture", "How would you describe the culture of your team and of the organisation?"),
        (
            "availability",
            "How does hiring usually happen here: vacancies, networks, internal moves?",
        ),
        ("skills", "Which tools or systems should I be familiar with?"),
        ("advice", "Looking at my experience, what would you strengthen first?"),
        ("referrals", "Who else do you think I should talk to?"),
        ("referrals", "May I mention your name when I contact them?"),
    ),
)

ENGLISH = DemoNetwork(
    organisations=ORGANISATIONS,
    people=PEOPLE,
    conversations=CONVERSATIONS,
    promises=PROMISES,
    goal=GOAL,
    pitches=PITCHES,
    meeting=MEETING,
)


def demo_network(language: str = DEFAULT_LANGUAGE) -> DemoNetwork:
    """The demo in ``language`` ("en", "nl"), English for any other."""
    if "nl" in language_folders(current_language(language)):
        # Imported here: the Dutch network is made from this module's tables.
        from netdesk.services.demo_nl import DUTCH

        return DUTCH
    return ENGLISH


def build_demo_network(workspace: Workspace, language: str | None = None) -> None:
    """Fill an empty data file with the demo network, all of it or nothing, in
    ``language`` (by default the workspace's interface language).

    Raises DataFileError (NOT_EMPTY) if the file already holds anything.
    """
    if not workspace.is_empty():
        raise DataFileError(workspace.data_file, DataFileProblem.NOT_EMPTY)
    network = demo_network(language or workspace.language)
    with database.atomic():
        _Builder(workspace, network).build()


class _Builder:
    def __init__(self, workspace: Workspace, network: DemoNetwork) -> None:
        self._ws = workspace
        self._network = network
        self._organisation_by_name = {org.name: org for org in network.organisations}
        self._now = workspace.clock.now().astimezone(UTC)
        self._channels = {c.key: c.id for c in workspace.channels.all(include_archived=True)}
        self._people: dict[str, int] = {}  # DemoPerson.key -> contact id
        self._conversations: dict[tuple[str, int], int] = {}  # (who, days_ago) -> id

    def build(self) -> None:
        for org in self._network.organisations:
            self._organisation(org)
        for person in self._network.people:
            self._person(person)
        for talk in self._network.conversations:
            self._conversation(talk)
        for promise in self._network.promises:
            self._promise(promise)
        self._goal_and_pitches()
        self._meeting()

    def _goal_and_pitches(self) -> None:
        self._ws.goal.save(self._network.goal)
        for name, target_seconds, text in self._network.pitches:
            self._ws.pitches.create(name, target_seconds, text)
        first = self._ws.pitches.all()[0]
        for days_ago, seconds in ((9, 41.0), (6, 35.5), (2, 31.2)):
            self._ws.pitches.record_rehearsal(
                first.id, self._now - timedelta(days=days_ago), seconds
            )

    def _organisation(self, org: DemoOrganisation) -> None:
        self._ws.organisations.create(
            OrganisationDraft(
                name=org.name,
                sector=org.sector,
                website=org.website,
                location=org.location,
                culture_notes=org.culture,
                positions_notes=org.positions,
                availability_notes=org.availability,
                notes=org.notes,
                is_target=org.is_target,
            )
        )

    def _person(self, person: DemoPerson) -> None:
        contact = self._ws.contacts.create(
            ContactDraft(
                first_name=person.first_name,
                last_name=person.last_name,
                organisation=person.organisation,
                position=person.position,
                emails=(self._email(person),) if person.has_email else (),
                phones=(person.phone,) if person.phone else (),
                linkedin_url=LINKEDIN_PROFILE + person.linkedin if person.linkedin else "",
                how_met=person.how_met,
                first_met=None if person.met_days_ago is None else self._day(-person.met_days_ago),
                met_through_id=self._people[person.met_through] if person.met_through else None,
                relevance=person.relevance,
                tags=person.tags,
                notes=person.notes,
                cadence_days=person.cadence_days,
            )
        )
        self._people[person.key] = contact.id

    def _conversation(self, talk: DemoConversation) -> None:
        # On the hour for odd hours, half past for even ones: a table that looks lived in.
        occurred_at = (self._now - timedelta(days=talk.days_ago)).replace(
            hour=talk.hour, minute=0 if talk.hour % 2 else 30, second=0, microsecond=0
        )
        thanks = None
        if talk.thanks_hours is not None:  # never later than now, whatever the clock's hour
            thanks = min(occurred_at + timedelta(hours=talk.thanks_hours), self._now)
        conversation = self._ws.conversations.create(
            ConversationDraft(
                contact_id=self._people[talk.who],
                occurred_at=occurred_at,
                channel_id=self._channels.get(talk.channel),
                initiated_by=talk.initiated_by,
                topics=talk.topics,
                notes=talk.notes,
                told_goal=talk.told_goal,
                referrals=tuple(
                    ReferralDraft(
                        contact_id=self._people[ref.to] if ref.to else None,
                        new_contact_name=ref.new_name,
                        note=ref.note,
                    )
                    for ref in talk.referrals
                ),
                thanks_sent_at=thanks,
                how_helped=talk.how_helped,
            )
        )
        self._conversations[talk.who, talk.days_ago] = conversation.id

    def _promise(self, promise: DemoPromise) -> None:
        made_in = None
        if promise.made_days_ago is not None:
            made_in = self._conversations[promise.who, promise.made_days_ago]
        self._ws.promises.create(
            PromiseDraft(
                contact_id=self._people[promise.who],
                direction=promise.direction,
                description=promise.description,
                due_on=None if promise.due_in_days is None else self._day(promise.due_in_days),
                done=promise.done,
                conversation_id=made_in,
            )
        )

    def _meeting(self) -> None:
        """The networking interview with Noor, prepared in the wizard: purpose,
        my default pitch, research, questions, and some of the materials ready."""
        meeting = self._network.meeting
        who, days_ago = meeting.with_
        planned = self._ws.conversations.get(self._conversations[who, days_ago])
        pitch = self._ws.pitches.default()
        person = next(p for p in self._network.people if p.key == who)
        org = self._organisation_by_name[person.organisation]
        self._ws.meetings.create(
            MeetingDraft(
                contact_id=self._people[who],
                starts_at=planned.occurred_at,
                place=meeting.place,
                kind=MeetingKind.NETWORKING_INTERVIEW,
                purpose=meeting.purpose,
                pitch_id=pitch.id if pitch is not None else None,
                introduction=pitch.text.spoken if pitch is not None else "",
                research=OrganisationResearch(
                    culture=org.culture,
                    positions=org.positions,
                    availability=org.availability,
                    news=meeting.news,
                ),
                position_research=meeting.position,
                person_background=meeting.background,
                questions=tuple(Question(text, key) for key, text in meeting.questions),
                materials=Materials(cv=True, business_card=True),
            )
        )

    def _day(self, offset: int) -> date:
        return (self._now + timedelta(days=offset)).date()

    def _email(self, person: DemoPerson) -> str:
        """An address at the organisation's domain, made the way that organisation makes them."""
        org = self._organisation_by_name.get(person.organisation)
        style = org.email_style if org else "{first}.{last}"
        domain = (urlsplit(org.website).hostname or "") if org else PERSONAL_MAIL_DOMAIN
        first, last = _mail_part(person.first_name), _mail_part(person.last_name)
        return style.format(first=first, last=last, f=first[:1]) + "@" + domain.removeprefix("www.")


def _mail_part(name: str) -> str:
    """The part of a mail address made from a name: Zoë -> zoe, van der Berg -> vanderberg."""
    return re.sub(r"[^a-z0-9-]", "", fold(name))

"""Write the vCard samples in tests/data/vcard byte for byte.

Run from the repository root:  .venv/bin/python tests/data/vcard/make_samples.py

The samples are committed; this script says exactly what is in them, which an
editor would hide (CR and LF mixed in one file, ISO-8859-1 and windows-1252
bytes, trailing "=" of quoted-printable soft breaks, tabs opening folded
lines). The people are invented. tests/unit/test_vcard.py names lines of these
files: change both together.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"


def lines(*rows: bytes, end: bytes = CRLF) -> bytes:
    return b"".join(row + end for row in rows)


# Old phones and Outlook: quoted-printable with soft breaks, a charset per
# property, bare type parameters, an unindented base64 photo.
V21_QUOTED_PRINTABLE = lines(
    b"BEGIN:VCARD",  # 1
    b"VERSION:2.1",
    b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB;;;",
    b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB M=C3=BCller",
    b"ORG:Stichting Erfgoed;Collecties",
    b"TITLE:Curator",
    b"TEL;CELL;HOME:+31 6 1234 5678",
    b"TEL;WORK;VOICE:+31 20 555 0100",
    b"EMAIL;INTERNET:zoe@example.nl",
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at the Erfgoed congres, Leiden.=0D=0AAsk a=",
    b"bout the digitisation project =E2=80=93 she leads it.",
    b"URL:http://nl.linkedin.com/in/zoe-muller-4a1b2c/",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 14
    b"VERSION:2.1",
    b"N:van Leeuwen;Daan",
    b"TEL;PREF;CELL:06-98765432",
    b"EMAIL;PREF;INTERNET:daan@example.nl",
    b"EMAIL;INTERNET:d.vanleeuwen@stadsarchief.example",
    b"NOTE;QUOTED-PRINTABLE:Caf=C3=A9 owner's brother; works at the=",
    b" archive",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 23
    b"VERSION:2.1",
    b"N;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:N=FA=F1ez;Jos=E9",
    b"ORG;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:=93Caf=E9=94 Co=F6peratie",
    b"TITLE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Barista =80 5",
    b"TEL;WORK;FAX:+34 91 555 01 99",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 30
    b"VERSION:2.1",
    b"N:Ng;Mei",
    b"TITLE:Senior analyst, markets",
    b"ORG:Acme",
    b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD",
    b"/2wBDAP//////////////////////////////////////////",
    b"AAAAAAAAAAAAAAAAAAA==",
    b"",
    b"NOTE:Two lines folded by",
    b" Outlook, which keeps the space.",
    b"END:VCARD",
)

# Apple Contacts: grouped URLs with labels, escaped colons, folded lines
# (space and tab), CRLF and LF mixed, a company card.
V30_APPLE = (
    lines(
        b"BEGIN:VCARD",  # 1
        b"VERSION:3.0",
        b"PRODID:-//Apple Inc.//macOS 14.5//EN",
        b"N:Ng;Mei;;;",
        b"FN:Mei Ng",
        b"ORG:Museum of Things\\, Ltd.;Digital",
        b"TITLE:Head of Collections",
        b"EMAIL;type=INTERNET;type=WORK;type=pref:mei.ng@museum.example",
        b"EMAIL;type=INTERNET;type=HOME:mei@example.org",
        b"TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123",
        b"item1.URL;type=pref:https\\://www.linkedin.com/in/mei-ng",
        b"item1.X-ABLabel:LinkedIn",
        b"item2.URL:https\\://museum.example/people/mei",
        b"item2.X-ABLabel:_$!<HomePage>!$_",
        b"X-SOCIALPROFILE;type=twitter;x-user=meing:x-apple:meing",
        b"CATEGORIES:museum,alumni\\, Leiden",
        b"NOTE:Introduced by Lee at the ICOM dinner.\\nFollow up: ask about the archiv",
        b" e role\\; her old files are in C:\\\\archive.",
        b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAkGBxISEhUTEhMV",
        b" FRUXFxcVFRUVFRUVFRUVFRUXFhUVFRUYHSggGBolGxUVITEhJSkrLi4uFx8zODMtNygtLisB",
        b"END:VCARD",
    )
    + lines(
        b"BEGIN:VCARD",  # 22
        b"VERSION:3.0",
        b"N:Kowalska;Anna;Maria;Dr.;",
        b"FN:Dr. Anna Maria Kowalska",
        b"ORG:Kowalska\\, Nowak & Partners;",
        b"TITLE:Partner",
        b"EMAIL;type=INTERNET:anna@kowalska-nowak.example",
        b"item1.URL:linkedin.com/in/Anna-Kowalska/",
        b"item1.X-ABLabel:profile",
        end=b"\n",
    )
    + lines(
        b"NOTE:A very long note that Apple folds at seventy-five octets, here wi",
        b"\tth a tab opening the continuation instead of a space.",
        b"END:VCARD",
    )
    + lines(
        b"BEGIN:VCARD",  # 34
        b"VERSION:3.0",
        b"N:;;;;",
        b"FN:Acme",
        b"ORG:Acme;",
        b"X-ABShowAs:COMPANY",
        b"TEL;type=WORK;type=VOICE:+1 555 0100",
        b"END:VCARD",
        end=b"\n",
    )
    + lines(
        b"BEGIN:VCARD",  # 42
        b"VERSION:3.0",
        b"N:;;;;",
        b"FN:Pieter de Vries",
        "item1.URL:https\\://www.linkedin.com/company/de-vries-b\u00e4ckerei".encode(),
        b"item1.X-ABLabel:Company",
        b"item2.URL:https\\://www.linkedin.com/in/pieter-de-vries",
        b"END:VCARD",
    )
)

# vCard 4.0: quoted TYPE lists, tel: URIs, a social profile, no N.
V40 = lines(
    b"BEGIN:VCARD",  # 1
    b"VERSION:4.0",
    b"KIND:individual",
    b"FN:Lee Smith",
    b"N:Smith;Lee;;;",
    b"ORG:Acme",
    b"TITLE:Engineer",
    b"ROLE:Platform team",
    b'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-555-555-0100;ext=12',
    b'TEL;VALUE=uri;TYPE="cell":tel:+1-555-555-0123',
    b"EMAIL;TYPE=work:lee.smith@acme.example",
    b"X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/lee-smith",
    b"URL;TYPE=home:https://lee.example",
    b"CATEGORIES:engineering,former colleague",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 16
    b"VERSION:4.0",
    "FN:\u738b\u82b3".encode(),
    b"ROLE:Researcher",
    b"EMAIL:mailto:wang.fang@example.cn",
    b"TEL;VALUE=text;TYPE=cell:+86 10 5555 0100",
    b"NOTE;LANGUAGE=en:Speaks at the data conference every spring.",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 24
    b"VERSION:4.0",
    b"FN:Noor Visser",
    b"N:Visser;Noor;;;",
    b"X-NETDESK-HOW-MET:Alumni evening\\, 2019",
    b"X-NETDESK-FIRST-MET:2019-11-14",
    b"X-NETDESK-RELEVANCE:high",
    b"X-NETDESK-CADENCE-DAYS:90",
    b"END:VCARD",
)

# Good cards and broken ones; the reader keeps the good ones.
MALFORMED = lines(
    b"BEGIN:VCARD",  # 1: fine
    b"VERSION:3.0",
    b"N:Smith;Lee;;;",
    b"EMAIL:lee@example.com",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 6: a line that is no property
    b"VERSION:3.0",
    b"N:Ng;Mei;;;",
    b"this line is not a property",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 11: an unknown charset and a relevance that is none
    b"VERSION:2.1",
    b"N:Visser;Noor",
    b"NOTE;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:Qapla=E9",
    b"X-NETDESK-RELEVANCE:very",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 17: a title far beyond any field's limit
    b"VERSION:3.0",
    b"N:de Vries;Pieter;;;",
    b"TITLE:" + b"Director " * 40,
    b"END:VCARD",
    b"BEGIN:VCARD",  # 22: never closed
    b"VERSION:3.0",
    b"N:Kowalska;Anna;;;",
    b"BEGIN:VCARD",  # 25: fine
    b"VERSION:3.0",
    b"N:M\xc3\xbcller;Zo\xc3\xab;;;",
    b"X-NETDESK-FIRST-MET:2024-10-09",
    b"END:VCARD",
)

# A whole file in ISO-8859-1, as old Nokia and Outlook exports are.
LATIN1_V21 = lines(
    b"BEGIN:VCARD",  # 1
    b"VERSION:2.1",
    b"N;CHARSET=ISO-8859-1:\xd8degaard;S\xf8ren",
    b"FN;CHARSET=ISO-8859-1:S\xf8ren \xd8degaard",
    b"ORG;CHARSET=ISO-8859-1:K\xf8benhavns Museum",
    b"TEL;WORK:+45 33 55 01 00",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 8
    b"VERSION:2.1",
    b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;Fran=E7oise",
    b"TITLE;CHARSET=ISO-8859-1:Conservatrice en chef",
    b"NOTE;CHARSET=ISO-8859-1:Rencontr\xe9e \xe0 Paris",
    b"END:VCARD",
    b"BEGIN:VCARD",  # 14
    b"VERSION:2.1",
    b"N;CHARSET=ISO-8859-1:Gro\xdf;J\xfcrgen",
    b"EMAIL;INTERNET:juergen@example.de",
    b"END:VCARD",
)

SAMPLES = {
    "v21_quoted_printable.vcf": V21_QUOTED_PRINTABLE,
    "v30_apple.vcf": V30_APPLE,
    "v40.vcf": V40,
    "malformed.vcf": MALFORMED,
    "latin1_v21.vcf": LATIN1_V21,
}


def main() -> None:
    for name, data in SAMPLES.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()

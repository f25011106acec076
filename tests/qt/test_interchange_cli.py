"""netdesk import and netdesk export on the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

from netdesk.cli import main
from netdesk.services.workspace import DATA_FILE_NAME, Workspace

DATA = Path(__file__).parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_contacts(data: Path) -> int:
    workspace = Workspace.open(data, create=False)
    try:
        return workspace.contacts.count()
    finally:
        workspace.close()


def test_dry_run_prints_the_preview_and_writes_nothing(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    before = digest(data / DATA_FILE_NAME)
    capsys.readouterr()

    code = main(
        ["--data-dir", str(data), "import", str(DATA / "linkedin/current.csv"), "--dry-run"]
    )

    out = capsys.readouterr().out
    assert code == 0
    assert "LinkedIn connections (CSV), read as utf-8" in out
    assert "4 new, 0 updated, 0 duplicates, 2 skipped" in out
    assert 'line 11: connected on: "31 Feb 2022" is not a date.' in out
    assert "Dry run: nothing was written." in out
    assert digest(data / DATA_FILE_NAME) == before


def test_import_twice_then_export_every_format(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    sample = str(DATA / "vcard/v30_apple.vcf")
    assert main(["--data-dir", str(data), "import", sample]) == 0
    first = count_contacts(data)
    assert first > 0
    assert main(["--data-dir", str(data), "import", sample]) == 0
    assert "Nothing to import" in capsys.readouterr().out
    assert count_contacts(data) == first

    for kind, name in (("vcard", "c.vcf"), ("csv", "c.csv"), ("ics", "c.ics"), ("json", "b.json")):
        out_file = tmp_path / name
        assert main(["--data-dir", str(data), "export", str(out_file), "--format", kind]) == 0
        assert out_file.stat().st_size > 0
    assert f"{first} contacts written" in capsys.readouterr().out

    # Our own vCards import into a fresh data file without loss.
    again = tmp_path / "again"
    assert main(["--data-dir", str(again), "import", str(tmp_path / "c.vcf")]) == 0
    assert count_contacts(again) == first


def test_a_refused_file_is_one_sentence_and_a_failing_exit(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")

    assert main(["--data-dir", str(data), "import", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("netdesk: ")
    assert str(junk) in err
    assert "Traceback" not in err

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
    assert 'line 11, Ines Ortega: connected on: "31 Feb 2022" is not a date.' in out
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


def test_every_import_code_and_file_problem_has_its_own_sentence() -> None:
    from netdesk.domain.imports import (
        ImportCode,
        ImportFileError,
        ImportFileProblem,
        ImportProblem,
    )
    from netdesk.messages import describe_import_file_error, describe_import_problem

    generic_row = describe_import_problem(ImportProblem("f", 3, "email", "no-such-code", "x"))  # type: ignore[arg-type]
    for code in ImportCode:
        text = describe_import_problem(ImportProblem("f.csv", 3, "email", code, "x"))
        assert text.startswith("line 3, ")
        assert text != generic_row, code
    generic_file = describe_import_file_error(ImportFileError("f", "no-such-problem"))  # type: ignore[arg-type]
    for problem in ImportFileProblem:
        text = describe_import_file_error(ImportFileError("cards.vcf", problem, detail="d"))
        assert text.startswith("cards.vcf: ")
        assert text != generic_file, problem


def test_a_json_backup_is_restored_and_replacing_data_needs_replace(tmp_path, capsys) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    assert main(["--data-dir", str(source), "import", str(DATA / "google/current.csv")]) == 0
    backup = tmp_path / "backup.json"
    assert main(["--data-dir", str(source), "export", str(backup), "--format", "json"]) == 0
    contacts = count_contacts(source)

    assert main(["--data-dir", str(target), "import", str(backup)]) == 0
    assert count_contacts(target) == contacts
    capsys.readouterr()

    # The target now holds data: replacing it takes --replace.
    assert main(["--data-dir", str(target), "import", str(backup)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["--data-dir", str(target), "import", str(backup), "--replace"]) == 0
    assert "kept in" in capsys.readouterr().out
    assert count_contacts(target) == contacts


def test_an_export_never_overwrites_the_data_file_or_its_backups(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    data_file = data / DATA_FILE_NAME
    before = digest(data_file)
    (data / "backups").mkdir(exist_ok=True)
    capsys.readouterr()

    for target in (data_file, data / f"{DATA_FILE_NAME}-wal", data / "backups" / "x.json"):
        assert main(["--data-dir", str(data), "export", str(target), "--format", "csv"]) == 1
        assert "one of netdesk's own files" in capsys.readouterr().err
    assert digest(data_file) == before
    assert count_contacts(data) > 0

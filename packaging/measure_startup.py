"""Start-up of the frozen program against running from source, to a painted window.

    .venv/bin/python packaging/measure_startup.py [--runs 7] [--onefile]

Both run packaging/startup_probe.py (netdesk's own start-up, which prints
``painted`` after the first frame of the main window and then closes it):
frozen by ``packaging/build.sh --probe`` into build/probe/ from the same spec
as the shipped bundle (built here if missing), and from source with the
venv's Python. Each run is a new process, offscreen, on the demo network,
with empty settings; the time is from starting the process to reading that
line. With --onefile, a one-file build of the probe (build/probe-onefile/)
is timed too. "Cold" runs first drop the program's own files (the bundle; or the
venv, the Python installation and the checkout) from the page cache with
posix_fadvise, which needs no root; "warm" runs do not. Prints medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_BUNDLE = ROOT / "build" / "probe" / "dist" / "netdesk-probe"
FROZEN = PROBE_BUNDLE / "netdesk-probe"
ONEFILE = ROOT / "build" / "probe-onefile" / "dist" / "netdesk-probe"
SOURCE = [sys.executable, str(ROOT / "packaging" / "startup_probe.py")]


def evict(folders: list[Path]) -> None:
    """Ask the kernel to drop these files' cached pages (clean pages only)."""
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def time_to_paint(command: list[str], data_dir: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="netdesk-start-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": home,  # no saved window state: a first start
        }
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        painted = time.perf_counter() - started
        _, errors = process.communicate(timeout=60)
    if line.strip() != "painted" or process.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({process.returncode}): {line}{errors}")
    return painted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--onefile", action="store_true", help="time a one-file build too")
    args = parser.parse_args()
    if not FROZEN.exists():
        subprocess.run([str(ROOT / "packaging" / "build.sh"), "--probe"], check=True)
    programs = [("frozen", [str(FROZEN)], [PROBE_BUNDLE])]
    if args.onefile:
        if not ONEFILE.exists():
            work = ONEFILE.parent.parent
            pyinstaller = [sys.executable, "-m", "PyInstaller", "--clean", "--noconfirm"]
            spec = str(ROOT / "packaging" / "netdesk.spec")
            folders = ["--distpath", str(work / "dist"), "--workpath", str(work / "work")]
            subprocess.run([*pyinstaller, *folders, spec, "--", "--probe", "--onefile"], check=True)
        programs.append(("onefile", [str(ONEFILE)], [ONEFILE.parent]))
    source_files = [
        Path(sys.prefix),
        Path(sys.base_prefix) / "lib",
        ROOT / "netdesk",
        ROOT / "resources",
    ]
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="netdesk-start-data-") as data:
        data_dir = Path(data)
        subprocess.run(
            [*SOURCE[:1], "-m", "netdesk", "--data-dir", data, "init", "--demo"],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            for name, command, files in [*programs, ("source", SOURCE, source_files)]:
                evict(files)
                results.setdefault(f"{name} cold", []).append(time_to_paint(command, data_dir))
                results.setdefault(f"{name} warm", []).append(time_to_paint(command, data_dir))
    print(f"start to painted main window, offscreen, demo network, median of {args.runs}:")
    for name, times in sorted(results.items()):
        print(
            f"  {name:12} {statistics.median(times) * 1000:6.0f} ms"
            f"  (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

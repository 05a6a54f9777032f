#!/usr/bin/env python3
"""Lists the versioned Flyway migrations of a directory in the order Flyway applies them.

Prints one line per migration, tab-separated: installed rank, version, description, script name, checksum.
Version, description and checksum are computed as Flyway 12 computes them, so rows written from this list into
flyway_schema_history pass Flyway's validation when the application starts:

  - V<version>__<description>.sql: the version's '_' and '.' separate its parts ("V7_1" is 7.1), and the
    description is the rest of the name with '_' read as ' ';
  - versions compare part by part as numbers (7 < 7.1 < 9 < 10; `sort -V` would put V7_1 before V7);
  - the checksum is a CRC-32 over the file's lines, each encoded as UTF-8 without its line terminator, after
    a leading byte order mark is dropped, taken as a signed 32-bit integer.

Usage: migrations.py DIRECTORY
"""

import pathlib
import re
import sys
import zlib

NAME = re.compile(r"^V(?P<version>[0-9]+(?:[._][0-9]+)*)__(?P<description>.+)\.sql$")


def checksum(path: pathlib.Path) -> int:
    text = path.read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    crc = 0
    # Java's BufferedReader.readLine ends a line at \n, \r or \r\n, and yields no empty line after a final
    # terminator.
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        crc = zlib.crc32(line.encode("utf-8"), crc)
    return crc - (1 << 32) if crc >= 1 << 31 else crc


def main() -> None:
    directory = pathlib.Path(sys.argv[1])
    migrations = []
    for path in directory.glob("*.sql"):
        if re.match(r"^(R__|U[0-9])", path.name):
            sys.exit(f"migrations.py: {path.name}: only versioned (V…) migrations are supported")
        match = NAME.match(path.name)
        if not match:
            continue  # callbacks such as afterMigrateApplied.sql
        parts = tuple(int(part) for part in re.split(r"[._]", match["version"]))
        while len(parts) > 1 and parts[-1] == 0:  # Flyway: 1.0 and 1 are the same version
            parts = parts[:-1]
        version = ".".join(re.split(r"[._]", match["version"]))
        description = match["description"].replace("_", " ")
        migrations.append((parts, version, description, path.name, checksum(path)))
    migrations.sort()
    seen = set()
    for rank, (parts, version, description, script, crc) in enumerate(migrations, start=1):
        if parts in seen:
            sys.exit(f"migrations.py: more than one migration with version {version}")
        seen.add(parts)
        print(f"{rank}\t{version}\t{description}\t{script}\t{crc}")


if __name__ == "__main__":
    main()

"""CPU time spent so far, as one line of JSON, for the benchmarks' per-request CPU figures.

    python3 bench/lib/cpu.py [PID]

prints {"app": s, "postgres": s, "busy": s, "cores": n}: the user and system seconds of process PID (the
application; 0 without one), the sum over every running process named "postgres" (the server and its backends),
and the whole machine's busy seconds (every CPU's time neither idle nor waiting for I/O) from /proc/stat. Two such
lines taken around a measurement give each part's CPU per request. A process that ends between the two is not
counted: the application's pools keep their backends open for the whole measurement, but pgbench's backends start
and end inside it, so for pgbench PostgreSQL's share is the machine's busy time less pgbench's own.
"""
import json
import os
import sys

TICK = os.sysconf("SC_CLK_TCK")


def process_seconds(pid):
    """User and system CPU seconds of one process, or 0 when it has gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            # The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    # fields[0] is the state (field 3), so utime and stime (fields 14 and 15) are at 11 and 12.
    return (int(fields[11]) + int(fields[12])) / TICK


def postgres_seconds():
    total = 0.0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as comm:
                    if comm.read().strip() != "postgres":
                        continue
            except (FileNotFoundError, ProcessLookupError):
                continue
            total += process_seconds(entry)
    return total


def machine_busy_seconds():
    with open("/proc/stat") as stat:
        # cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
        values = [int(v) for v in stat.readline().split()[1:9]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / TICK


if __name__ == "__main__":
    pid = sys.argv[1] if len(sys.argv) > 1 else None
    print(json.dumps({"app": process_seconds(pid) if pid else 0.0, "postgres": postgres_seconds(),
                      "busy": machine_busy_seconds(), "cores": os.cpu_count()}))

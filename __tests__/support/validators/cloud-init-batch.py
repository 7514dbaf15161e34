"""Runs many cloud-init command lines in one Python process (cloud-init's own CLI entry point).

stdin: a JSON list of argument lists (without the leading "cloud-init"); stdout: a JSON list of
{"status", "output"} in the same order, output being what the command printed (stdout + stderr).
One process instead of one per check: cloud-init takes ~0.4 s to start.
"""
import contextlib
import io
import json
import logging
import sys

from cloudinit.cmd import main as cli

results = []
for argv in json.load(sys.stdin):
    printed = io.StringIO()
    status = 0
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        # Each command sets up its own logging, as a fresh process would.
        logging.getLogger().handlers.clear()
        try:
            returned = cli.main(["cloud-init"] + argv)
            status = returned if isinstance(returned, int) else 0
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        except Exception as e:  # a crash of the command is its failure, reported with the rest
            printed.write(f"Traceback: {type(e).__name__}: {e}\n")
            status = 1
    results.append({"status": status, "output": printed.getvalue()})
json.dump(results, sys.stdout)

"""Evaluates scenario files through one `policy-check serve` co-process and prints a line each.

    python3 Examples/python-client/demo.py [--binary PATH] [--no-explain] FILE_OR_FOLDER...

Prints `<id> <outcome>` per scenario (or `<id> error <code> <field>` for bad input), then
`served N scenarios, exit status S`. Exits non-zero if the co-process did not exit 0.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from policy_check_client import PolicyCheck, PolicyCheckError  # noqa: E402


def scenario_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    if name.endswith(".json"):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary")
    parser.add_argument("--no-explain", action="store_true")
    parser.add_argument("paths", nargs="+")
    options = parser.parse_args()
    served = 0
    engine = PolicyCheck(binary=options.binary, explain=not options.no_explain)
    for path in scenario_files(options.paths):
        with open(path, encoding="utf-8-sig") as handle:
            scenario = json.load(handle)
        try:
            decision = engine.evaluate(scenario)
            print(decision.get("id", path), decision["outcome"], decision["engine"])
        except PolicyCheckError as error:
            print(scenario.get("id", path), "error", error.code, error.field)
        served += 1
    # Bad input never stops the stream: the same process still answers.
    try:
        engine.evaluate({"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": "x"}})
    except PolicyCheckError as error:
        print("bad-input error", error.code, error.field)
    decision = engine.evaluate({"id": "after-bad-input", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}})
    print(decision["id"], decision["outcome"], decision["engine"])
    status = engine.close()
    print("served %d scenarios, exit status %d" % (served + 2, status))
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

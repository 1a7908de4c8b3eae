"""A small Python client for `policy-check serve`: one co-process, one answer per scenario.

    from policy_check_client import PolicyCheck

    with PolicyCheck() as engine:                      # starts `policy-check serve`
        decision = engine.evaluate({
            "id": "case-17", "question": "calendar.deadline", "asOf": "2025-05-12",
            "facts": {"start": "2025-05-12", "weeks": 4},
        })
        print(decision["outcome"], decision["values"]["deadline"])   # determined 2025-06-10

The process is kept running: each call writes one JSON line to its standard input and reads
one line back — the decision, or for bad input an error object with "code" and "field"
(raised here as PolicyCheckError). Only the standard library is needed.
"""

import json
import os
import shutil
import subprocess


class PolicyCheckError(Exception):
    """A scenario the engine rejected as bad input: `code`, `field` and the message."""

    def __init__(self, answer):
        super().__init__(answer.get("error", "bad input"))
        self.code = answer.get("code")
        self.field = answer.get("field")
        self.answer = answer


class PolicyCheck:
    """A running `policy-check serve` co-process."""

    def __init__(self, binary=None, explain=True, language=None):
        binary = binary or os.environ.get("POLICY_CHECK_BINARY") or shutil.which("policy-check")
        if not binary:
            raise FileNotFoundError("policy-check not found: pass binary= or set POLICY_CHECK_BINARY")
        arguments = [binary, "serve", "--explain" if explain else "--no-explain"]
        if language:
            arguments.append("--language=" + language)
        self._process = subprocess.Popen(
            arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)

    def answer(self, scenario):
        """The engine's answer to one scenario (a dict): the decision or the error object."""
        line = json.dumps(scenario, ensure_ascii=False, separators=(",", ":")) + "\n"
        self._process.stdin.write(line.encode("utf-8"))
        self._process.stdin.flush()
        reply = self._process.stdout.readline()
        if not reply:
            raise RuntimeError("policy-check serve stopped (exit status %s)" % self._process.poll())
        return json.loads(reply)

    def evaluate(self, scenario):
        """The decision for one scenario; raises PolicyCheckError for bad input."""
        answer = self.answer(scenario)
        if "error" in answer and "outcome" not in answer:
            raise PolicyCheckError(answer)
        return answer

    def close(self):
        """Ends the input; the engine exits 0 at the end of input. Returns its exit status."""
        if self._process.stdin and not self._process.stdin.closed:
            self._process.stdin.close()
        status = self._process.wait(timeout=30)
        self._process.stdout.close()
        return status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

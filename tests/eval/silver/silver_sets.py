"""Silver training sets for the tagger from the pipeline's own reading of the Wikinews archive (self-training).

Reads the output of `extract ARCHIVE --with-body` (one JSON per article, with its body and each entity's mentions) and
writes a set in the bench's layout, which `train --news DIR:WEIGHT` reads: articles/NAME.txt (headline, date, blank
line, body) and gold/NAME.json (each entity's type, its mentions with offsets into the .txt, and their texts as
surfaces). Articles that share text
with an evaluation file are left out: the 60 Wikinews gold articles (tests/eval/wikinews) and any article holding a
sentence of 10+ tokens of gum-dev, gum-test, uner-ewt-dev, uner-ewt-test or uner-pud.

    python3 tests/eval/silver/silver_sets.py EXTRACT_OUTPUT SET_DIR [--shared ../shared]
"""
import argparse
import glob
import json
import os
import re

EVALUATION_FILES = ["gum-dev", "gum-test", "uner-ewt-dev", "uner-ewt-test", "uner-pud"]


def normalise(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def evaluation_sentences(shared):
    sentences = set()
    for name in EVALUATION_FILES:
        tokens = []
        with open(os.path.join(shared, "ner-corpora", name + ".conll"), encoding="utf-8") as corpus:
            for line in corpus:
                line = line.rstrip("\n")
                if not line or line.startswith("-DOCSTART-"):
                    if len(tokens) >= 10:
                        sentences.add(normalise("".join(tokens)))
                    tokens = []
                else:
                    tokens.append(line.split("\t")[0])
    # Short sentences made of a few common words would match anywhere.
    return [sentence for sentence in sentences if len(sentence) >= 40]


def gold_addresses(repo):
    addresses = set()
    for gold in glob.glob(os.path.join(repo, "tests", "eval", "wikinews", "gold", "*.json")):
        with open(gold, encoding="utf-8") as file:
            addresses.add(json.load(file)["source"]["url"])
    return addresses


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("extracted")
    parser.add_argument("set_dir")
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    repo = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))

    sentences = evaluation_sentences(args.shared)
    addresses = gold_addresses(repo)
    os.makedirs(os.path.join(args.set_dir, "articles"), exist_ok=True)
    os.makedirs(os.path.join(args.set_dir, "gold"), exist_ok=True)
    kept = left_out = 0
    for name in sorted(os.listdir(args.extracted)):
        with open(os.path.join(args.extracted, name), encoding="utf-8") as file:
            article = json.load(file)
        body = article.get("body") or ""
        text = normalise(article["headline"] + body)
        if article.get("record") in addresses or any(sentence in text for sentence in sentences):
            left_out += 1
            continue
        stem = os.path.splitext(name)[0][-80:]
        head = article["headline"] + "\n" + (article.get("published") or "") + "\n\n"
        with open(os.path.join(args.set_dir, "articles", stem + ".txt"), "w", encoding="utf-8") as file:
            file.write(head + body)
        entities = []
        for entity in article["entities"]:
            # Offsets into the .txt as written, so `train --news` marks exactly what the pipeline found (a caption is not
            # written out, so its mentions are not either).
            mentions = [{"start": mention["start"] + offset, "end": mention["end"] + offset, "text": mention["text"]}
                        for mention in entity["mentions"]
                        for offset in [{"headline": 0, "body": len(head)}.get(mention["field"])] if offset is not None]
            if mentions:
                entities.append({"type": "organization" if entity["type"] == "organisation" else entity["type"],
                                 "surfaces": sorted({mention["text"] for mention in mentions}), "mentions": mentions})
        with open(os.path.join(args.set_dir, "gold", stem + ".json"), "w", encoding="utf-8") as file:
            json.dump({"entities": entities}, file, ensure_ascii=False)
        kept += 1
    print(f"{kept} articles written to {args.set_dir}, {left_out} left out (they share text with evaluation files)")


if __name__ == "__main__":
    main()

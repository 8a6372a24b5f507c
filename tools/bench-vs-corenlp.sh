#!/usr/bin/env bash
# Whole-process comparison: newskg build versus bare CoreNLP with the naive annotators
# (tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp), on the same articles, both including model
# loading, both with the same number of threads. Prints the wall seconds of each and the ratio.
#
#   tools/bench-vs-corenlp.sh [CORPUS_DIR] [N_FILES] [THREADS] [CAP_SECONDS]
#   (defaults: ../shared/bench/voa, 40, the number of cores, no cap)
#
# CAP_SECONDS stops bare CoreNLP after that long (it can take half an hour on 40 articles); the
# script then says how many articles it had done, and the ratio printed is an upper bound.
#
# Needs `mvn package` first (target/newskg.jar and target/lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/bench/voa}"
n="${2:-40}"
threads="${3:-$(nproc)}"
cap="${4:-0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
find "$corpus" -type f -name '*.txt' | sort | head -n "$n" | while read -r f; do cp "$f" "$work/in/"; done
find "$work/in" -type f | sort > "$work/files.txt"

now() { date +%s.%N; }

t0=$(now)
java -Xmx3g -jar target/newskg.jar build --threads "$threads" --store "$work/tdb2" "$work/in" > "$work/newskg.out" 2> "$work/newskg.err"
t1=$(now)
mkdir -p "$work/corenlp"
status=0
timeout "$cap" java -Xmx8g -cp "target/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp -threads "$threads" \
  -filelist "$work/files.txt" -outputDirectory "$work/corenlp" -outputFormat json > "$work/corenlp.out" 2> "$work/corenlp.err" || status=$?
t2=$(now)
done_files=$(find "$work/corenlp" -type f | wc -l)
if [ "$status" -ne 0 ] && [ "$status" -ne 124 ]; then
  echo "bare CoreNLP failed (exit $status):" >&2; tail -5 "$work/corenlp.err" >&2; exit 1
fi

python3 - "$t0" "$t1" "$t2" "$n" "$threads" "$status" "$done_files" "$(tail -1 "$work/newskg.out")" <<'PY'
import sys
t0, t1, t2 = map(float, sys.argv[1:4])
n, threads, status, done, built = sys.argv[4], sys.argv[5], int(sys.argv[6]), sys.argv[7], sys.argv[8]
a, b = t1 - t0, t2 - t1
print(f"{n} articles, {threads} threads")
print(f"newskg build (lean profile, models loaded included)        {a:7.1f} s   ({built})")
if status == 124:
    print(f"bare CoreNLP tokenize..ner,depparse,coref,kbp (loaded incl.) stopped after {b:.1f} s with {done} of {n} articles done")
    print(f"newskg / CoreNLP wall time                                  < {a / b:.3f}")
else:
    print(f"bare CoreNLP tokenize..ner,depparse,coref,kbp (loaded incl.) {b:7.1f} s")
    print(f"newskg / CoreNLP wall time                                  {a / b:7.3f}")
PY

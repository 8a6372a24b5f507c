#!/usr/bin/env bash
# Whole-process comparison: `newskg build` versus bare CoreNLP running the fixed reference
# pipeline (tokenize,ssplit,pos,lemma,ner with newskg's NER settings: one CRF model, no SUTime, no
# numeric classifiers; org.newskg.bench.BareReferenceRun, which annotates and writes nothing), on
# the same files with the same threads, JVM start and model loading included on both sides.
# Runs the two alternately ROUNDS times (this machine's speed drifts) and prints each pair and
# the medians.
#
#   tools/bench-vs-reference.sh [CORPUS_DIR] [THREADS] [ROUNDS]
#   (defaults: ../shared/bench, 1, 3)
#
# With WITHOUT_OPTIONS=1 each round also runs newskg without the JVM options it ships
# (NEWSKG_JVM_OPTIONS=off, src/main/resources/org/newskg/cli/jvm.options), for their effect.
#
# Needs `mvn package` first (target/newskg.jar and target/lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/bench}"
threads="${2:-1}"
rounds="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
results=()
for r in $(seq 1 "$rounds"); do
  rm -rf "$work/tdb2"
  t0=$(now)
  java -Xmx3g -jar target/newskg.jar build --threads "$threads" --store "$work/tdb2" "$corpus" > "$work/newskg.out" 2> "$work/newskg.err"
  t1=$(now)
  java -Xmx3g -cp target/newskg.jar org.newskg.bench.BareReferenceRun "$corpus" "$threads" > "$work/bare.out" 2> "$work/bare.err"
  t2=$(now)
  if [ "${WITHOUT_OPTIONS:-0}" = 1 ]; then
    rm -rf "$work/tdb2"
    NEWSKG_JVM_OPTIONS=off java -Xmx3g -jar target/newskg.jar build --threads "$threads" --store "$work/tdb2" "$corpus" > "$work/off.out" 2> "$work/off.err"
    t3=$(now)
    echo "round $r, without the shipped JVM options: $(tail -1 "$work/off.out")" >&2
  else
    t3=$t2
  fi
  results+=("$t0 $t1 $t2 $t3")
  echo "round $r: $(tail -1 "$work/newskg.out")" >&2
  echo "round $r: $(tail -1 "$work/bare.out")" >&2
done
python3 - "$threads" "${results[@]}" <<'PY'
import statistics, sys
threads = sys.argv[1]
pairs = [tuple(map(float, x.split())) for x in sys.argv[2:]]
newskg = [b - a for a, b, c, d in pairs]
bare = [c - b for a, b, c, d in pairs]
off = [d - c for a, b, c, d in pairs]
for i, (n, r) in enumerate(zip(newskg, bare), 1):
    print(f"round {i}: newskg build {n:6.1f} s, bare reference {r:6.1f} s, bare/newskg {r / n:.2f}x")
print(f"{threads} thread(s), whole processes: newskg build median {statistics.median(newskg):.1f} s, "
      f"bare reference median {statistics.median(bare):.1f} s, newskg {statistics.median(bare) / statistics.median(newskg):.2f}x faster "
      f"(per round: {', '.join(f'{r / n:.2f}x' for n, r in zip(newskg, bare))})")
if all(x > 0 for x in off):
    print(f"without the shipped JVM options: newskg build median {statistics.median(off):.1f} s, {statistics.median(bare) / statistics.median(off):.2f}x "
          f"(per round: {', '.join(f'{o:.1f} s, {r / o:.2f}x' for o, r in zip(off, bare))})")
PY

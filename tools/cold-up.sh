#!/usr/bin/env bash
# Cold start of `newskg up` in a fresh folder (the seeds copied in, no store yet): the seconds
# from starting `java -jar target/newskg.jar up` to the first answered SPARQL query, and to the
# first query that sees the seeds (a Person in some graph). Asks every 50 ms; ROUNDS runs, each
# printed, then the medians.
#
#   tools/cold-up.sh [ROUNDS] [PORT]      (defaults: 5, 3290)
#
# Needs `mvn package` first (target/newskg.jar and target/lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
port="${2:-3290}"
jar="$PWD/target/newskg.jar"
seeds="$PWD/seeds"
now() { date +%s.%N; }
ask='ASK { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Person> } }'
firsts=(); visibles=()
for r in $(seq 1 "$rounds"); do
  work="$(mktemp -d)"
  cp -r "$seeds" "$work/seeds"
  start=$(now)
  (cd "$work" && exec java -jar "$jar" up --port "$port" > "$work/up.log" 2>&1) &
  pid=$!
  first=""
  while true; do
    body=$(curl -s -H 'Accept: application/sparql-results+json' --data-urlencode "query=$ask" "http://localhost:$port/kg/sparql" 2>/dev/null || true)
    t=$(now)
    if [ -n "$body" ] && [ -z "$first" ]; then first=$(python3 -c "print(f'{$t - $start:.2f}')"); fi
    if echo "$body" | grep -q true; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "up stopped:" >&2; cat "$work/up.log" >&2; exit 1; fi
    sleep 0.05
  done
  visible=$(python3 -c "print(f'{$t - $start:.2f}')")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  echo "round $r: first answer $first s, seeds visible $visible s"
  firsts+=("$first"); visibles+=("$visible")
done
python3 - "${firsts[*]}" "${visibles[*]}" <<'PY'
import statistics, sys
f = [float(x) for x in sys.argv[1].split()]
v = [float(x) for x in sys.argv[2].split()]
print(f"medians of {len(f)}: first answer {statistics.median(f):.2f} s, seeds visible {statistics.median(v):.2f} s")
PY

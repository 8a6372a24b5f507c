#!/usr/bin/env bash
# Makes a class-data sharing archive for newskg (target/newskg.jsa): the classes a training run
# loads (`up` in a scratch folder: build the seeds with CoreNLP, Jena, TDB2 and the shapes, serve
# them with Fuseki, answer a SPARQL query and an entity page), parsed and verified once and mapped
# into later JVMs instead of being loaded again. The JVM reads it only when told to, so it is the
# operator's choice:
#
#   tools/cds-archive.sh [PORT]          (default port 3291; needs `mvn package` first)
#   JDK_JAVA_OPTIONS=-XX:SharedArchiveFile=target/newskg.jsa java -jar target/newskg.jar ...
#
# The archive holds the exact jars it was made from: after `mvn package` make it again (a JVM
# given a stale one says so on stderr and runs without it). See README, "Start-up".
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3291}"
jar="$PWD/target/newskg.jar"
archive="$PWD/target/newskg.jsa"
[ -f "$jar" ] || { echo "no $jar: run mvn -B package -DskipTests first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r seeds "$work/seeds"
rm -f "$archive"
(cd "$work" && exec java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" up --port "$port" > "$work/up.log" 2>&1) &
pid=$!
ask='ASK { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Person> } }'
for _ in $(seq 1 1200); do
  if curl -s -H 'Accept: application/sparql-results+json' --data-urlencode "query=$ask" "http://localhost:$port/kg/sparql" 2>/dev/null | grep -q true; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "up stopped:" >&2; cat "$work/up.log" >&2; exit 1; fi
  sleep 0.1
done
person=$(curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?p WHERE { GRAPH ?g { ?p a <https://w3id.org/newskg/ontology#Person> } } ORDER BY ?p LIMIT 1' \
  "http://localhost:$port/kg/sparql" | tail -n +2 | tr -d '\r')
curl -s -o /dev/null "http://localhost:$port/"
curl -s -o /dev/null -H 'Accept: text/html' "http://localhost:$port/id/${person#https://w3id.org/newskg/id/}"
curl -s -o /dev/null -H 'Accept: text/turtle' "http://localhost:$port/id/${person#https://w3id.org/newskg/id/}"
kill "$pid"
wait "$pid" 2>/dev/null || true
[ -s "$archive" ] || { echo "the JVM wrote no archive; its log:" >&2; cat "$work/up.log" >&2; exit 1; }
echo "wrote $archive ($(du -h "$archive" | cut -f1)); use it with JDK_JAVA_OPTIONS=-XX:SharedArchiveFile=$archive"

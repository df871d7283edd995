#!/usr/bin/env bash
# npm run bench:peers -- [N ...]   (default: 1000)
# Builds the peers of ../shared/bench-peers (the equal-work floor astro-entities by default; PEERS="astro-entities
# astro starlight hugo" for all) and this project from the same neutral corpus, one after the other on this machine, with the
# same timing (GNU time), static measurements (measure.mjs) and browser probe (probe.mjs), then writes
# bench-out/peers-results.md: the peers' own report plus this project's figures as ratios to each peer.
# The project's build takes the corpus through scripts/bench/content.ts (the adapter to its content format).
# Env: BENCH_PEERS (default ../shared/bench-peers from the repository root, read only: it is copied), PEER_WORK (default
# /tmp/peer-bench), PEERS (default "astro-entities"), RUNS (default 1), SKIP_PROBE=1.
set -uo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
SRC="${BENCH_PEERS:-$REPO/../shared/bench-peers}"
export PEER_WORK="${PEER_WORK:-/tmp/peer-bench}"
export PEERS="${PEERS:-astro-entities}" RUNS="${RUNS:-1}"
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(1000)
NODE="$REPO/node_modules/.bin/node"
OUT="$REPO/bench-out"
mkdir -p "$PEER_WORK" "$OUT"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# The peers' harness writes its report beside itself, so it runs from a copy.
rm -rf "$PEER_WORK/bench" && cp -r "$SRC" "$PEER_WORK/bench"
RESULTS="$PEER_WORK/results"

for N in "${NS[@]}"; do
  log "peers ($PEERS) N=$N"
  bash "$PEER_WORK/bench/run-peers.sh" "$N"
  # The peers' harness keeps only each peer's last build log: kept here for the by-route table.
  for p in $PEERS; do [ -f "$PEER_WORK/build-$p.log" ] && cp "$PEER_WORK/build-$p.log" "$RESULTS/$p-$N.build.log"; done
  CORPUS="$PEER_WORK/corpus/c$N.json"
  [ -f "$CORPUS" ] || { log "no corpus $CORPUS"; exit 1; }
  log "project N=$N on the same corpus"
  "$NODE" "$REPO/scripts/bench/run.ts" --corpus "$CORPUS" --label peers-corpus --query detention --out "$OUT" ${SKIP_PROBE:+--skip-probe} \
    > "$OUT/peers-project-$N.md" || log "project bench failed"
  DIST="$OUT/dist-peers-corpus-$N"
  "$NODE" "$REPO/scripts/bench/peers-record.ts" "$OUT/result-peers-corpus-$N.json" > "$RESULTS/project-$N.runs.jsonl"
  cat "$RESULTS/project-$N.runs.jsonl" >> "$RESULTS/runs.jsonl"
  node "$PEER_WORK/bench/measure.mjs" "$DIST" > "$RESULTS/project-$N.measure.json" || log "measure failed"
  if [ -z "${SKIP_PROBE:-}" ]; then
    PEER_TOOLS="$PEER_WORK/tools" timeout 300 node "$PEER_WORK/bench/probe.mjs" "$DIST" astro \
      > "$RESULTS/project-$N.probe.json" 2> "$RESULTS/project-$N.probe.err" || log "probe failed (see $RESULTS/project-$N.probe.err)"
  fi
done

{
  node "$PEER_WORK/bench/lib/report.mjs" "$RESULTS"
  echo
  "$NODE" "$REPO/scripts/bench/peers-ratios.ts" "$RESULTS" "$OUT"
} > "$OUT/peers-results.md"
log "wrote $OUT/peers-results.md"

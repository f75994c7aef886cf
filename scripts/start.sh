#!/usr/bin/env sh
# npm start: the main job on the default scenario. Builds the package, plays the status quo
# against each bundled policy on common random numbers (300 paired runs each), prints the paired
# differences of the headline metrics in their units, with each policy's cost-effectiveness,
# and writes report.html.
set -e
cd "$(dirname "$0")/.."
npm run build --silent >/dev/null
P=scenarios/policies
exec node dist/cli.js compare scenarios/tajik-afghan-2021.json \
  --policy "$P/russian-border-guards-return.json" \
  --policy "$P/csto-multinational-force.json" \
  --policy "$P/technical-assistance.json" \
  --policy "$P/201st-quick-reaction.json" \
  --runs 300 --seed 1 \
  --report report.html

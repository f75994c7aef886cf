#!/usr/bin/env sh
# npm start: the main job on the default scenario. Builds the package, plays the status quo
# against each bundled policy on common random numbers with the uncertain inputs sampled too
# (--uncertainty ranges: 256 input points x 8 runs, the same for every policy), prints the
# paired differences with how much of each is the inputs and how much the dice, and writes
# report.html (with its "How sure are we" section).
set -e
cd "$(dirname "$0")/.."
npm run build --silent >/dev/null
P=scenarios/policies
echo "npm start: comparing the bundled policies over the plausible inputs (--uncertainty ranges: every range the scenario declares is sampled, 256 points x 8 runs each), not only over the dice." >&2
exec node dist/cli.js compare scenarios/tajik-afghan-2021.json \
  --policy "$P/russian-border-guards-return.json" \
  --policy "$P/csto-multinational-force.json" \
  --policy "$P/technical-assistance.json" \
  --policy "$P/201st-quick-reaction.json" \
  --uncertainty ranges --points 256 --replications 8 --seed 1 \
  --metrics gotAway,interdicted,effectiveness,kgThrough,kgSeized,clashes,casualtiesForces,refugeesReceived,conflictShare,cost,sovereignty \
  --report report.html

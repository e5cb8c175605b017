#!/bin/sh
# Runs a command with Node >= 22.12 first on PATH. better-sqlite3 13 needs it and
# segfaults on Node 20, so on an older machine we bring Node 22 from the npm
# registry into .tools/ once (the only place this workplace can get it from).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools/node_modules/.bin"
ok() { "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }
if ! ok node; then
  if [ ! -x "$tools/node" ] || ! ok "$tools/node"; then
    echo "node $(node --version 2>/dev/null || echo missing) is older than 22.12; installing node@22 into .tools/ ..." >&2
    npm install --prefix "$root/.tools" --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  PATH="$tools:$PATH"
fi
PATH="$root/node_modules/.bin:$PATH"
export PATH
exec "$@"

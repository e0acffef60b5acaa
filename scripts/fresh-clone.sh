#!/usr/bin/env bash
# The repository is the whole project: clone it (its committed HEAD) into an empty temporary folder, with nothing
# beside it, and run the README's test command there (command 2, read from the README itself so the two cannot
# drift), leaving the VS Code end-to-end test out for time (OGI_SKIP_E2E=1; it is then counted as skipped).
# Usage: scripts/fresh-clone.sh [repository, default: this one]. Exit status: the test command's.
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ogi-fresh-clone.XXXXXX")"
trap 'rm -rf "$work"' EXIT

command=$(awk '/^# 2\./ { getline; print; exit }' "$repo/README.md")
case "$command" in
  *"pnpm test"*) ;;
  *) echo "fresh-clone: the README's command 2 (the test suite) was not found" >&2; exit 2 ;;
esac

git clone --quiet --no-local "$repo" "$work/ogi-report"
cd "$work/ogi-report"
[ ! -e ../shared ] || { echo "fresh-clone: $work/shared exists; the clone must have nothing beside it" >&2; exit 2; }
echo "fresh-clone: $(git log -1 --format='%h %s') in $PWD"
echo "fresh-clone: $command"
export OGI_SKIP_E2E=1 TURBO_TELEMETRY_DISABLED=1
# OGI_VITEST_JSON (from .ci/run) passes through: the counts land where the caller reads them.
bash -c "$command"

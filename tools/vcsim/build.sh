#!/usr/bin/env bash
# Build the govmomi vSphere simulator wrapper (tools/vcsim/main.go) into
# OUTDIR/vcsim, using Debian's Go toolchain and govmomi sources.
#
# Usage: tools/vcsim/build.sh OUTDIR
#
# GOPATH mode (no modules) because Debian installs Go libraries as plain
# sources under /usr/share/gocode and nothing may be fetched from the network.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi

# govmomi's simulator and pbm/simulator (the PBM endpoint main.go imports)
# both ship in golang-github-vmware-govmomi-dev, which depends on google/uuid.
readonly PACKAGES=(golang-go golang-github-vmware-govmomi-dev golang-github-google-uuid-dev)
readonly GOCODE=/usr/share/gocode
readonly GOVMOMI_DIR="$GOCODE/src/github.com/vmware/govmomi/simulator"

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1"
out_dir="$(cd "$1" && pwd)"
binary="$out_dir/vcsim"

if [[ -x "$binary" && "$binary" -nt "$src_dir/main.go" ]]; then
    echo "vcsim is up to date: $binary" >&2
    exit 0
fi

# Debian's golang-go puts the toolchain in /usr/lib/go/bin with a /usr/bin/go
# symlink; look there too in case PATH is minimal.
find_go() {
    command -v go 2>/dev/null || { [[ -x /usr/lib/go/bin/go ]] && echo /usr/lib/go/bin/go; } || true
}

go_bin="$(find_go)"
if [[ -z "$go_bin" || ! -d "$GOVMOMI_DIR" ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
        echo "installing build dependencies: ${PACKAGES[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y "${PACKAGES[@]}"
        go_bin="$(find_go)"
    else
        echo "error: cannot build vcsim: the Go toolchain or govmomi sources are missing." >&2
        echo "Install the Debian packages as root: apt-get install -y ${PACKAGES[*]}" >&2
        exit 1
    fi
fi
if [[ -z "$go_bin" || ! -d "$GOVMOMI_DIR" ]]; then
    echo "error: still missing go or $GOVMOMI_DIR after installing ${PACKAGES[*]}" >&2
    exit 1
fi

# Our own GOPATH entry comes first so nothing is ever written to the system
# tree; the cache lives beside it so builds need no writable $HOME.
work="$out_dir/gopath"
mkdir -p "$work" "$out_dir/gocache"
echo "building $binary" >&2
env GO111MODULE=off \
    GOFLAGS= \
    GOPATH="$work:$GOCODE" \
    GOCACHE="$out_dir/gocache" \
    CGO_ENABLED=0 \
    "$go_bin" build -o "$binary.tmp" "$src_dir/main.go"
# Rename into place so a concurrent reader never sees a half-written binary.
mv -f "$binary.tmp" "$binary"
echo "built $binary" >&2

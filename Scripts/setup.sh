#!/usr/bin/env bash
# Installs what apiref needs beyond the Swift 6 toolchain: libyaml and pkg-config (Debian).
set -euo pipefail
if pkg-config --exists yaml-0.1 2>/dev/null; then
    echo "libyaml is already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y libyaml-dev pkg-config

# Sourced by run-app and run-tests: make this checkout runnable on a bare Debian machine.
#   setup_journeyboard app|test
# installs the Debian libraries Qt needs (with apt-get, only those missing), makes .venv
# with Python >= 3.11, and installs Journeyboard into it (again only when pyproject.toml
# has changed since the last time).

JOURNEYBOARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$JOURNEYBOARD_ROOT/.venv"

# What Qt needs offscreen (tests, command-line export) and what real windows add
# (DESIGN.md, Platform notes).
QT_OFFSCREEN_PACKAGES="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
QT_WINDOW_PACKAGES="libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0"
# The tests turn PDF pages into pictures with pdftoppm to check that none is blank, and
# check the desktop entry, the AppStream metainfo and the MIME type with the desktop's
# own tools. The workspace tests start a throw-away cluster of Debian's PostgreSQL (and
# give one a self-signed certificate with openssl).
TEST_PACKAGES="poppler-utils desktop-file-utils appstream shared-mime-info postgresql openssl"

_say() { printf 'journeyboard setup: %s\n' "$*" >&2; }

_apt_install() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      _say "please install these Debian packages as root: ${missing[*]}"; return 1
    fi
  fi
  _say "installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

_python() {
  local candidate
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  _say "Journeyboard needs Python 3.11 or newer (apt-get install python3)"; return 1
}

setup_journeyboard() {
  local profile="$1" packages="$QT_OFFSCREEN_PACKAGES"
  [ "$profile" = app ] && packages="$packages $QT_WINDOW_PACKAGES"
  [ "$profile" = test ] && packages="$packages $TEST_PACKAGES"
  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    # shellcheck disable=SC2086
    _apt_install $packages || return 1
  fi

  local python
  python="$(_python)" || return 1
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$python" -c 'import ensurepip, venv' 2>/dev/null && command -v apt-get >/dev/null; then
      _apt_install python3-venv || return 1
    fi
    _say "making $VENV with $("$python" --version)"
    "$python" -m venv "$VENV" || return 1
  fi

  # The stamp records what was installed from which pyproject.toml; the test extras
  # include everything the app needs.
  local extra="" wanted done
  [ "$profile" = test ] && extra="[test]"
  wanted="$(cksum <"$JOURNEYBOARD_ROOT/pyproject.toml") $extra"
  done="$(cat "$VENV/.setup-stamp" 2>/dev/null || true)"
  if [ "$done" != "$wanted" ] && [ "$done" != "$wanted[test]" ]; then
    _say "installing Journeyboard$extra into .venv"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      --editable "$JOURNEYBOARD_ROOT$extra" || return 1
    echo "$wanted" >"$VENV/.setup-stamp"
  fi
}

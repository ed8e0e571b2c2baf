#!/usr/bin/env bash
# Installs tix under a prefix (default ~/.local): the launcher, the jar, the man pages and the shell completions,
# so that `tix`, `man tix` and TAB work in a new shell (with PREFIX/bin on PATH).
#
#   ./install.sh [--prefix DIR] [--uninstall]
#
#   PREFIX/bin/tix                                        the launcher (a link)
#   PREFIX/share/tix/tix, PREFIX/share/tix/target/tix.jar the launcher script and the jar it runs
#   PREFIX/share/man/man1/tix*.1                          man pages (man finds PREFIX/share/man from PATH)
#   PREFIX/share/bash-completion/completions/tix          bash (loaded on demand by bash-completion)
#   PREFIX/share/fish/vendor_completions.d/tix.fish       fish
#   PREFIX/share/zsh/site-functions/_tix                  zsh (a directory of $fpath for a zsh installed there)
#   PREFIX/share/tix/completions/tix.zsh                  zsh elsewhere: `source` it from ~/.zshrc
# The completion scripts are static files: no shell start runs tix. TAB reads the desk's values from a small cache.
set -euo pipefail

prefix="$HOME/.local"
uninstall=
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
share=$prefix/share

if [ -n "$uninstall" ]; then
    rm -f "$prefix/bin/tix" "$share/bash-completion/completions/tix" "$share/fish/vendor_completions.d/tix.fish" \
        "$share/zsh/site-functions/_tix"
    rm -f "$share"/man/man1/tix.1 "$share"/man/man1/tix-*.1
    rm -rf "$share/tix"
    echo "removed tix from $prefix"
    exit 0
fi

jar=${TIX_JAR:-$src/target/tix.jar}
if [ -n "${TIX_JAR:-}" ]; then
    [ -f "$jar" ] || { echo "install.sh: TIX_JAR=$TIX_JAR does not exist" >&2; exit 1; }
elif [ ! -f "$jar" ] || [ -n "$(find "$src/pom.xml" "$src/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "install.sh: building $jar ..." >&2
    (cd "$src" && mvn -B -q -DskipTests package >&2)
fi

mkdir -p "$prefix/bin" "$share/tix/target" "$share/tix/completions" "$share/man/man1" \
    "$share/bash-completion/completions" "$share/fish/vendor_completions.d" "$share/zsh/site-functions"
install -m 0644 "$jar" "$share/tix/target/tix.jar"
if [ -f "$src/tix" ]; then
    # the project's launcher: it runs target/tix.jar beside itself and never builds there (no pom.xml)
    # with the installed directory written in, so the PREFIX/bin/tix link needs no readlink on every command
    launcher=$(<"$src/tix")
    marker=$'\ninstalled_root= '
    [[ $launcher == *"$marker"* ]] || { echo "install.sh: $src/tix has no installed_root line" >&2; exit 1; }
    printf '%s\n' "${launcher/"$marker"/$'\n'installed_root=$(printf '%q' "$share/tix") }" >"$share/tix/tix"
    chmod 0755 "$share/tix/tix"
else
    printf '#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -Xshare:auto -jar "%s" "$@"\n' "$share/tix/target/tix.jar" > "$share/tix/tix"
    chmod 0755 "$share/tix/tix"
fi
ln -sfn "$share/tix/tix" "$prefix/bin/tix"
install -m 0644 "$src"/man/*.1 "$share/man/man1/"
install -m 0644 "$src/completions/tix.bash" "$share/bash-completion/completions/tix"
install -m 0644 "$src/completions/tix.fish" "$share/fish/vendor_completions.d/tix.fish"
install -m 0644 "$src/completions/tix.zsh" "$share/tix/completions/tix.zsh"
install -m 0644 "$src/completions/tix.zsh" "$share/zsh/site-functions/_tix"

echo "installed tix in $prefix"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "  add $prefix/bin to PATH (man then finds $share/man by itself)" ;; esac
echo "  bash: completion loads by itself with bash-completion; else: source $share/bash-completion/completions/tix"
echo "  zsh:  add to ~/.zshrc: fpath=($share/zsh/site-functions \$fpath) before compinit (or: source $share/tix/completions/tix.zsh)"
echo "  fish: completion loads by itself"

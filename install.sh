#!/usr/bin/env bash
# Installs tix under a prefix (default ~/.local): the launcher, the jar, the man pages and the shell completions,
# so that `tix`, `man tix` and TAB work in a new shell (with PREFIX/bin on PATH).
#
#   ./install.sh [--prefix DIR] [--uninstall]
#
#   PREFIX/bin/tix                                        the native entry (client.c compiled, when a C compiler is
#                                                         there: $CC or cc), else a link to the launcher
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
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
    # the native entry's file in the user's cache (the launcher's cache when the installed directory is read-only)
    ucache=${XDG_CACHE_HOME:-$HOME/.cache}/tix
    if [ -f "$ucache/entry" ] && grep -qxF "jar=$share/tix/target/tix.jar" "$ucache/entry"; then rm -f "$ucache/entry"; fi
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
# PREFIX/bin/tix: the native entry when a C compiler is there (client.c built with the installed directory compiled
# in: a warm command then starts no shell; anything it does not serve goes to the launcher), else a link to the
# launcher. Built first, so the launcher knows which (native_entry=1).
entry=
trap 'rm -f "$prefix/bin/.tix.$$"' EXIT # a compiled entry not yet in place (install.sh stopped half-way)
client_c=$src/src/main/resources/tix/server/client.c
cc=${CC:-cc}
case $share/tix in *[\"\\$'\n']*) client_c= ;; esac # a directory that cannot be a C string literal as it is
if [ -f "$src/tix" ] && [ -f "$client_c" ] && command -v "$cc" >/dev/null 2>&1; then
    # static when the C library allows it: no dynamic loader, about 0.3 ms less on every command
    for link in -static ''; do
        # shellcheck disable=SC2086
        if "$cc" -O2 $link -DTIX_ENTRY_ROOT="\"$share/tix\"" -o "$prefix/bin/.tix.$$" "$client_c" >/dev/null 2>&1; then
            entry=$prefix/bin/.tix.$$
            break
        fi
    done
fi
if [ -f "$src/tix" ]; then
    # the project's launcher: it runs target/tix.jar beside itself and never builds there (no pom.xml)
    # with the installed directory written in, so the PREFIX/bin/tix link needs no readlink on every command
    launcher=$(<"$src/tix")
    marker=$'\ninstalled_root=\n'
    [[ $launcher == *"$marker"* ]] || { rm -f "$entry"; echo "install.sh: $src/tix has no installed_root line" >&2; exit 1; }
    printf '%s\n' "${launcher/"$marker"/$'\n'installed_root=$(printf '%q' "$share/tix")${entry:+ native_entry=1}$'\n'}" >"$share/tix/tix"
    chmod 0755 "$share/tix/tix"
else
    printf '#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -Xshare:auto -jar "%s" "$@"\n' "$share/tix/target/tix.jar" > "$share/tix/tix"
    chmod 0755 "$share/tix/tix"
fi
if [ -n "$entry" ]; then
    chmod 0755 "$entry"
    mv -f "$entry" "$prefix/bin/tix"
else
    ln -sfn "$share/tix/tix" "$prefix/bin/tix"
fi
install -m 0644 "$src"/man/*.1 "$share/man/man1/"
install -m 0644 "$src/completions/tix.bash" "$share/bash-completion/completions/tix"
install -m 0644 "$src/completions/tix.fish" "$share/fish/vendor_completions.d/tix.fish"
install -m 0644 "$src/completions/tix.zsh" "$share/tix/completions/tix.zsh"
install -m 0644 "$src/completions/tix.zsh" "$share/zsh/site-functions/_tix"

echo "installed tix in $prefix"
if [ -n "$entry" ]; then
    echo "  $prefix/bin/tix is the native entry (compiled with $cc); the launcher is $share/tix/tix"
else
    echo "  $prefix/bin/tix is a link to the launcher $share/tix/tix (no C compiler: \$CC or cc)"
fi
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "  add $prefix/bin to PATH (man then finds $share/man by itself)" ;; esac
echo "  bash: completion loads by itself with bash-completion; else: source $share/bash-completion/completions/tix"
echo "  zsh:  add to ~/.zshrc: fpath=($share/zsh/site-functions \$fpath) before compinit (or: source $share/tix/completions/tix.zsh)"
echo "  fish: completion loads by itself"

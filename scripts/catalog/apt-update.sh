#!/bin/sh
# Downloads Debian bookworm and trixie package indexes (Packages and Contents, amd64) into the catalog
# cache with a private apt configuration, leaving the machine's own apt state alone.
set -eu
cache="${CATALOG_CACHE:-$(cd "$(dirname "$0")/../.." && pwd)/.cache/catalog-sources}"
apt="$cache/apt"
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/etc/apt.conf.d" "$apt/etc/preferences.d" \
  "$apt/etc/sources.list.d" "$cache/debian"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
: > "$apt/etc/sources.list"
for suite in bookworm trixie; do
  for s in "$suite" "$suite-updates"; do
    echo "deb [arch=amd64 signed-by=$keyring] http://deb.debian.org/debian $s main" >> "$apt/etc/sources.list"
  done
  echo "deb [arch=amd64 signed-by=$keyring] http://deb.debian.org/debian-security $suite-security main" >> "$apt/etc/sources.list"
done
cat > "$apt/etc/apt.conf" <<CONF
Dir::Etc::SourceList "$apt/etc/sources.list";
Dir::Etc::SourceParts "$apt/etc/sources.list.d";
Dir::Etc::Parts "$apt/etc/apt.conf.d";
Dir::Etc::PreferencesParts "$apt/etc/preferences.d";
Dir::State::Lists "$apt/lists";
Dir::Cache "$apt/cache";
Acquire::Languages "none";
APT::Architecture "amd64";
CONF
APT_CONFIG="$apt/etc/apt.conf" apt-get -q update
# Contents indexes (programs per package), fetched whole: apt's own Contents target fails while a mirror syncs.
for suite in bookworm trixie; do
  for arch in amd64 all; do
    curl -fsS -o "$cache/debian/$suite-Contents-$arch.gz" "http://deb.debian.org/debian/dists/$suite/main/Contents-$arch.gz"
  done
done

#!/usr/bin/env bash
# Installs the dashboard's third-party front-end files (map library, basemap, Swagger UI for
# /docs) from the npm registry into src/eventwire/serve/static/vendor/ (gitignored), so nothing
# third-party is committed and nothing is fetched from the internet when eventwire runs.
#
# Pinned versions; idempotent: a stamp naming the versions makes a second run a no-op.
# Usage: bash scripts/fetch_assets.sh [--force]
set -euo pipefail

cd "$(dirname "$0")/.."
VENDOR=src/eventwire/serve/static/vendor
PACKAGES=(leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 swagger-ui-dist@5.35.0)
STAMP="$VENDOR/.stamp"
WANT="${PACKAGES[*]}"

if [[ "${1:-}" != "--force" && -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  # Not fatal: the API and the CLI work without these; the dashboard page says what is missing.
  echo "fetch_assets: npm not found, skipping the dashboard's map assets" \
       "(apt-get install npm, then make install)" >&2
  exit 0
fi

BUILD=$(mktemp -d "${TMPDIR:-/tmp}/eventwire-assets.XXXXXX")
trap 'rm -rf "$BUILD"' EXIT
echo "fetch_assets: installing ${WANT} from the npm registry" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
  --prefix "$BUILD" "${PACKAGES[@]}" >/dev/null

NM="$BUILD/node_modules"
STAGE="$BUILD/vendor"
mkdir -p "$STAGE/leaflet/images"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" \
   "$STAGE/leaflet/"
cp "$NM"/leaflet/dist/images/*.png "$STAGE/leaflet/images/"
mkdir -p "$STAGE/world-atlas" "$STAGE/topojson-client"
# Natural Earth 1:50m countries: detailed enough to zoom to a region, ~750 kB.
cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/LICENSE" "$STAGE/world-atlas/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" \
   "$STAGE/topojson-client/"
mkdir -p "$STAGE/swagger-ui"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" \
   "$NM/swagger-ui-dist/LICENSE" "$STAGE/swagger-ui/"
printf '%s' "$WANT" > "$STAGE/.stamp"

# Swap in the new tree only once it is complete, so a failed run leaves no half-vendor dir.
rm -rf "$VENDOR"
mkdir -p "$(dirname "$VENDOR")"
mv "$STAGE" "$VENDOR"
echo "fetch_assets: dashboard assets in $VENDOR" >&2

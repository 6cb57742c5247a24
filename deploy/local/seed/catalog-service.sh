#!/usr/bin/env bash
# Loads the ALLY line-up into catalog-service through its admin API: the six collections, the styles
# with their colourways and prices, stock for every SKU (some LOW, some OUT), then publishes them.
# Idempotent: what exists already (409 DUPLICATE_SLUG / DUPLICATE_CODE / ILLEGAL_TRANSITION) is left
# as it is; the stock import is sent with a fixed Idempotency-Key, so a re-run replays it.
# Env: BASE (catalog-service URL, default http://127.0.0.1:8081), REPO (repo root).
set -euo pipefail

BASE="${BASE:-http://127.0.0.1:8081}"
REPO="${REPO:-$(cd "$(dirname "$0")/../../.." && pwd)}"
TOKEN="$("$REPO/deploy/local/token" catalog-admin seed-catalog)"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
created=0 existing=0

# call METHOD PATH BODY [CONTENT_TYPE] [extra curl args...] -> prints the HTTP status
call() {
  local method="$1" path="$2" body="$3" type="${4:-application/json}"
  shift 4 2>/dev/null || shift $#
  curl -sS -o "$OUT" -w '%{http_code}' -X "$method" "$BASE$path" \
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: $type" -H "X-Request-Id: seed-catalog-$RANDOM" \
    "$@" --data-binary "$body"
}

# ensure WHAT METHOD PATH BODY: created (2xx) or already there (409); anything else stops the seed.
ensure() {
  local what="$1" status
  status="$(call "$2" "$3" "$4")"
  case "$status" in
    2??) created=$((created + 1)) ;;
    409) existing=$((existing + 1)) ;;
    *) echo "catalog seed: $what failed with HTTP $status: $(cat "$OUT")" >&2; exit 1 ;;
  esac
}

collection() { # slug name description
  ensure "collection $1" POST /admin/collections "{\"slug\": \"$1\", \"name\": \"$2\", \"description\": \"$3\"}"
}

style() { # slug code name category heel toe features materials description
  ensure "style $1" POST /admin/styles "{\"slug\": \"$1\", \"code\": \"$2\", \"name\": \"$3\", \"category\": \"$4\",
    \"heelHeightInches\": $5, \"toeShape\": \"$6\", \"comfortFeatures\": [$7], \"upperMaterials\": [$8],
    \"description\": \"$9\"}"
}

colourway() { # style-slug code name colour material price [compareAt]
  local compare=""
  [ -n "${7:-}" ] && compare=", \"compareAtPrice\": {\"amount\": $7, \"currency\": \"USD\"}"
  ensure "colourway $1/$2" POST "/admin/styles/$1/colourways" "{\"code\": \"$2\", \"name\": \"$3\", \"colour\": \"$4\",
    \"material\": \"$5\", \"price\": {\"amount\": $6, \"currency\": \"USD\"}$compare,
    \"images\": [{\"url\": \"https://cdn.ally.example/styles/$1/$(echo "$2" | tr 'A-Z' 'a-z')-side.jpg\", \"alt\": \"$3, side view\"}]}"
}

HEELS='"THREE_POINT_SUPPORT_INSOLE", "STRETCH_LEATHER_UPPER", "PADDED_HEEL_COUNTER"'
FLATS='"ARCH_SUPPORT", "METATARSAL_SUPPORT", "SUEDE_LINING", "CUSHIONED_FOOTBED"'

collection little-black-heels "Little Black Heels" "The pointed-toe 3-inch stiletto that started ALLY, in black."
collection five-shades-of-nude "Five Shades of Nude" "One pump in five nudes, from the fairest to the deepest skin tone."
collection bridal "Bridal" "White and ivory satin heels to walk, stand and dance in all day."
collection pops-of-colour "Pops of Colour" "The comfort of the classic pump in bright reds, blues, greens and pinks."
collection dressy-straps "Dressy Straps" "Strappy heels for evenings, with an adjustable ankle strap."
collection forever-flats "Forever Flats" "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support."

style little-black-heel LBH "The Little Black Heel" HEEL 3.0 POINTED "$HEELS" '"LEATHER"' \
  "Our signature pump: a pointed toe, a 3-inch stiletto, a stretch leather upper and a three-point-support insole."
colourway little-black-heel BLKLEA "Black Leather" BLACK LEATHER 24500
colourway little-black-heel BLKPAT "Black Patent" BLACK PATENT_LEATHER 24500
colourway little-black-heel BLKSUE "Black Suede" BLACK SUEDE 24500

style nude-pump NUP "The Nude Pump" HEEL 3.0 POINTED "$HEELS" '"LEATHER"' \
  "The pointed stiletto pump in five nude shades, so the leg line runs on for every skin tone."
colourway nude-pump NUD1 "Nude 1 Porcelain" NUDE LEATHER 24500
colourway nude-pump NUD2 "Nude 2 Sand" NUDE LEATHER 24500
colourway nude-pump NUD3 "Nude 3 Honey" NUDE LEATHER 24500
colourway nude-pump NUD4 "Nude 4 Caramel" NUDE LEATHER 24500
colourway nude-pump NUD5 "Nude 5 Espresso" NUDE LEATHER 24500

style bridal-heel BRH "The Bridal Heel" HEEL 3.0 POINTED "$HEELS" '"SATIN"' \
  "A satin stiletto for the wedding day, cushioned to last from the aisle to the last dance."
colourway bridal-heel WHTSAT "White Satin" WHITE SATIN 26500
colourway bridal-heel IVRSAT "Ivory Satin" IVORY SATIN 26500

style colour-pop-heel CPH "The Colour Pop Heel" HEEL 3.0 POINTED "$HEELS" '"PATENT_LEATHER", "SUEDE"' \
  "The classic pointed pump in bright colours that lift a plain outfit."
colourway colour-pop-heel REDPAT "Red Patent" RED PATENT_LEATHER 24500
colourway colour-pop-heel COBSUE "Cobalt Suede" BLUE SUEDE 24500
colourway colour-pop-heel EMESUE "Emerald Suede" GREEN SUEDE 19600 24500
colourway colour-pop-heel FUCLEA "Fuchsia Leather" PINK LEATHER 24500

style strappy-heel STR "The Strappy Heel" HEEL 3.0 POINTED \
  '"THREE_POINT_SUPPORT_INSOLE", "ADJUSTABLE_STRAP", "PADDED_HEEL_COUNTER"' '"LEATHER"' \
  "A dressy pointed heel with a slim adjustable ankle strap that holds the foot without pinching."
colourway strappy-heel BLKLEA "Black Leather" BLACK LEATHER 25500
colourway strappy-heel NUDLEA "Nude Leather" NUDE LEATHER 25500
colourway strappy-heel GLDMET "Gold Metallic" GOLD METALLIC_LEATHER 25500

style forever-flat FFL "The Forever Flat" FLAT 0.6 POINTED "$FLATS" '"SUEDE", "LEATHER"' \
  "A pointed-toe flat with a layered V-shaped vamp, a 0.6-inch heel, arch and metatarsal support, and a soft suede lining."
colourway forever-flat BLKSUE "Black Suede" BLACK SUEDE 19500
colourway forever-flat BLKCMB "Black Suede and Leather" BLACK SUEDE_LEATHER 19500
colourway forever-flat NUDCMB "Nude Suede and Leather" NUDE SUEDE_LEATHER 19500
colourway forever-flat NVYSUE "Navy Suede" NAVY SUEDE 19500
colourway forever-flat REDCMB "Red Suede and Leather" RED SUEDE_LEATHER 19500 21500

# Stock for every SKU: a fixed spread with OUT (0), LOW (1-3) and plenty, the same on every run.
csv="sku,onHand"
i=0
for entry in LBH:BLKLEA LBH:BLKPAT LBH:BLKSUE NUP:NUD1 NUP:NUD2 NUP:NUD3 NUP:NUD4 NUP:NUD5 BRH:WHTSAT BRH:IVRSAT \
    CPH:REDPAT CPH:COBSUE CPH:EMESUE CPH:FUCLEA STR:BLKLEA STR:NUDLEA STR:GLDMET \
    FFL:BLKSUE FFL:BLKCMB FFL:NUDCMB FFL:NVYSUE FFL:REDCMB; do
  i=$((i + 1))
  for tenths in 040 045 050 055 060 065 070 075 080 085 090 095 100 105 110 115 120; do
    for width in N M W XW; do
      n=$(( (10#$tenths * 7 + ${#width} * 5 + i * 11) % 17 ))
      [ "$n" -gt 12 ] && n=0 # about one SKU in six is sold out
      csv+=$'\n'"${entry%%:*}-${entry##*:}-$tenths-$width,$n"
    done
  done
done
csv+=$'\n'"FFL-BLKSUE-090-W,14"$'\n'"FFL-BLKSUE-090-XW,9"
# The two overrides above repeat SKUs of the spread; keep the last value of each SKU only.
csv="$(printf '%s\n' "$csv" | awk -F, 'NR==1 {print; next} {v[$1]=$2; if (!($1 in seen)) {seen[$1]=1; order[++n]=$1}} END {for (k=1; k<=n; k++) print order[k] "," v[order[k]]}')"
status="$(call POST /admin/stock-imports "$csv" text/csv -H "Idempotency-Key: seed-catalog-stock-v1")"
case "$status" in
  200) ;;
  422) existing=$((existing + 1)) ;; # stock already seeded by an older version of this script
  *) echo "catalog seed: stock import failed with HTTP $status: $(cat "$OUT")" >&2; exit 1 ;;
esac

for slug in little-black-heel nude-pump bridal-heel colour-pop-heel strappy-heel forever-flat; do
  ensure "publish $slug" POST "/admin/styles/$slug/publish" ""
done

members() { # collection name description style-slugs...
  local slug="$1" name="$2" description="$3" list=""
  shift 3
  for s in "$@"; do list+="${list:+, }\"$s\""; done
  status="$(call PUT "/admin/collections/$slug" "{\"name\": \"$name\", \"description\": \"$description\", \"styleSlugs\": [$list]}")"
  [ "$status" = 200 ] || { echo "catalog seed: members of $slug failed with HTTP $status: $(cat "$OUT")" >&2; exit 1; }
}
members little-black-heels "Little Black Heels" "The pointed-toe 3-inch stiletto that started ALLY, in black." little-black-heel strappy-heel
members five-shades-of-nude "Five Shades of Nude" "One pump in five nudes, from the fairest to the deepest skin tone." nude-pump strappy-heel
members bridal "Bridal" "White and ivory satin heels to walk, stand and dance in all day." bridal-heel strappy-heel
members pops-of-colour "Pops of Colour" "The comfort of the classic pump in bright reds, blues, greens and pinks." colour-pop-heel
members dressy-straps "Dressy Straps" "Strappy heels for evenings, with an adjustable ankle strap." strappy-heel
members forever-flats "Forever Flats" "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support." forever-flat

echo "catalog seed: $created created, $existing already there; 6 collections, 6 styles, 22 colourways, $(( $(printf '%s\n' "$csv" | wc -l) - 1 )) SKUs stocked"

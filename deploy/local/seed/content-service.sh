#!/usr/bin/env bash
# Demo content for content-service, loaded through its API: the three founders as authors and a
# few published posts that link to the demo styles and collections. Idempotent: re-running
# creates nothing twice (an existing slug is "already there"; a draft left behind is published).
# Env: BASE (the service's direct URL, e.g. http://127.0.0.1:8084), REPO (the repo root).
set -euo pipefail

BASE="${BASE:-http://127.0.0.1:8084}"
REPO="${REPO:-$(cd "$(dirname "$0")/../../.." && pwd)}"
command -v jq >/dev/null 2>&1 || { echo "content seed: jq is needed (apt-get install jq)" >&2; exit 1; }
TOKEN="$("$REPO/deploy/local/token" content-editor seed-content)"
created=0 existing=0 published=0

# POSTs JSON; prints the body and sets STATUS. 201 and 409 DUPLICATE_SLUG are fine, anything else fails.
post_json() {
  local path="$1" body="$2" out
  out="$(mktemp)"
  STATUS="$(curl -sS -o "$out" -w '%{http_code}' -X POST "$BASE$path" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "$body")"
  cat "$out"; rm -f "$out"
  if [ "$STATUS" = 409 ]; then return 0; fi
  if [ "${STATUS:0:1}" != 2 ]; then echo "content seed: POST $path answered $STATUS" >&2; return 1; fi
}

author() {
  local body
  body="$(jq -n --arg slug "$1" --arg name "$2" --arg role "$3" --arg bio "$4" '{slug: $slug, name: $name, role: $role, bio: $bio}')"
  post_json /admin/authors "$body" >/dev/null
  if [ "$STATUS" = 201 ]; then created=$((created + 1)); else existing=$((existing + 1)); fi
}

# The id and status of a post by slug, from the editors' list (followed page by page).
find_post() {
  local slug="$1" cursor="" page
  while :; do
    page="$(curl -fsS "$BASE/admin/posts?limit=100${cursor:+&cursor=$cursor}" -H "Authorization: Bearer $TOKEN")"
    jq -r --arg slug "$slug" '.items[] | select(.slug == $slug) | "\(.id) \(.status)"' <<<"$page" | grep . && return 0
    cursor="$(jq -r '.nextCursor // empty' <<<"$page")"
    [ -n "$cursor" ] || return 1
  done
}

# post <slug> <title> <excerpt> <hero url> <hero alt> <hero caption> <authors csv> <tags csv> <styles csv> <collections csv> <markdown>
post() {
  local body answer id status
  body="$(jq -n --arg slug "$1" --arg title "$2" --arg excerpt "$3" --arg url "$4" --arg alt "$5" --arg caption "$6" \
    --arg authors "$7" --arg tags "$8" --arg styles "$9" --arg collections "${10}" --arg markdown "${11}" '
    def list: if . == "" then [] else split(",") end;
    {slug: $slug, title: $title, excerpt: $excerpt, body: $markdown,
     heroImage: {url: $url, alt: $alt, caption: $caption},
     authors: ($authors | list), tags: ($tags | list), styleSlugs: ($styles | list), collectionSlugs: ($collections | list)}')"
  answer="$(post_json /admin/posts "$body")"
  if [ "$STATUS" = 201 ]; then
    created=$((created + 1)); id="$(jq -r .id <<<"$answer")"; status=DRAFT
  else
    existing=$((existing + 1)); read -r id status < <(find_post "$1")
  fi
  if [ "$status" = DRAFT ] || [ "$status" = SCHEDULED ]; then
    curl -fsS -o /dev/null -X POST "$BASE/admin/posts/$id/transitions" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d '{"target": "PUBLISHED"}'
    published=$((published + 1))
  fi
}

author sara "Sara" "Head Designer" \
  "Sara draws every ALLY shoe, starting from the last and working outwards. She cares most about the details you notice after a long day rather than in the first five minutes."
author sam "Sam" "CEO" \
  "Sam runs ALLY day to day and keeps the team close to the women who wear the shoes. She reads every piece of feedback that comes in and turns the recurring ones into the next design brief."
author dr-clarke "Dr. Clarke" "Chief Science Officer" \
  "Dr. Clarke looks after the biomechanics: insoles, support and how weight travels through the foot. Her rule of thumb is that a good shoe is neither too high nor completely flat."

post meet-the-forever-flats "Meet the Forever Flats: a flat that finally supports you" \
  "Our first flats keep the pointed toe of our pumps, add a 0.6 in lift, and put arch and metatarsal support where you need it." \
  "https://images.ally.example/blog/forever-flats-launch.jpg" "Forever Flats in black suede and nude leather, side by side" \
  "The Forever Flats, in a suede and leather pairing" \
  "sam,sara,dr-clarke" "flats,launch,comfort" "forever-flat" "forever-flats" \
  "$(cat <<'MD'
Flats have a reputation for being the comfortable choice. Many of us have learned otherwise: a sole with no lift at all and nothing under the arch can leave feet aching by lunchtime, and people with flat feet or plantar fasciitis feel it most. So when our community kept asking for flats, we treated it as a problem to solve rather than a trend to follow.

## A little lift, on purpose

Every Forever Flat sits on a **0.6 in heel**. It is barely visible, but it tilts the foot just enough to take strain off the heel and the arch. Dr. Clarke's view is simple: the healthiest shoe is one that is neither too high nor perfectly flat.

## Support you can feel

- An ergonomic insole with **arch support** and **metatarsal support** built in
- **Suede lining** throughout, so there is less rubbing while the shoe breaks in
- The same inclusive fit as our heels: US sizes **4 to 12**, half sizes included, in **four widths** (narrow, medium, wide and extra wide)

## Designed to match our pumps

Sara gave the flat the same **pointed toe** as our pumps, then layered the upper into a **V-shaped vamp**. The layers do two jobs: they hold the foot securely, and they leave room for texture, from tone-on-tone leather to a playful **suede and leather** pairing.

Not sure of your size? The fit finder suggests a size and width in a minute.
MD
)"

post the-little-black-heel "The Little Black Heel, built for a full working day" \
  "How a 3 in stiletto with a pointed toe became the heel our customers wear from the first meeting to the last train home." \
  "https://images.ally.example/blog/little-black-heel.jpg" "The Little Black Heel in black leather on a desk" \
  "The Little Black Heel" \
  "sara,dr-clarke" "heels,work,comfort" "little-black-heel" "little-black-heels" \
  "$(cat <<'MD'
The Little Black Heel is where ALLY began. We wanted a classic black pump that could be worn to work without counting the hours until it came off.

## What makes it different

- A **3 in stiletto** with a **pointed toe**, the silhouette most of us reach for on important days
- A **stretch leather upper** that gives where the foot needs room
- Dr. Clarke's **three-point support insole**, which spreads the load across the heel, the arch and the ball of the foot

## Fit first

Comfort starts with the right fit, so the Little Black Heel comes in US sizes 4 to 12, in half sizes, and in narrow, medium, wide and extra wide. Extra wide in particular has become a favourite with customers who had given up on pumps altogether.
MD
)"

post five-shades-of-nude "Five Shades of Nude, and a bridal edit" \
  "Nude should mean your shade. Our nude heels come in five tones, and the bridal edit brings the same comfort down the aisle." \
  "https://images.ally.example/blog/five-shades-of-nude.jpg" "Five nude heels arranged from lightest to deepest tone" \
  "Five Shades of Nude" \
  "sam,sara" "heels,nude,bridal" "little-black-heel" "five-shades-of-nude,bridal" \
  "$(cat <<'MD'
A nude heel works best when it matches the wearer's own skin tone, lengthening the leg instead of cutting across it. One shade cannot do that for everyone, so we made five.

## The collection

**Five Shades of Nude** takes the shape of our Little Black Heel, the same pointed toe, stretch leather and supportive insole, and offers it in five tones from light to deep.

## For the big day

Weddings mean hours of standing, walking and dancing. Our **Bridal** collection carries the same comfort features into wedding-ready finishes, so the shoes can stay on through the last song.
MD
)"

post finding-your-width "Why width matters as much as size" \
  "Four widths and half sizes from 4 to 12: how to use them to get as close to a custom fit as possible." \
  "https://images.ally.example/blog/finding-your-width.jpg" "A tape measure beside a pair of black pumps" \
  "Size and width, measured together" \
  "dr-clarke" "fit,sizing" "little-black-heel" "little-black-heels" \
  "$(cat <<'MD'
Most shoe pain we hear about comes from a width problem, not a length problem. A shoe that is long enough but too narrow squeezes the toes; one that is too wide lets the foot slide forward onto the ball.

## Our approach

Every ALLY style is cut in US sizes 4 to 12, including half sizes, and in **narrow, medium, wide and extra wide**. That is 68 fits per colour.

## Finding yours

1. Measure both feet in the afternoon, when they are at their largest.
2. Go by the larger foot.
3. If you are between widths, the fit finder will suggest which way to go for the style you are looking at.
MD
)"

echo "content seed: authors and posts ready ($created created, $existing already there, $published published now)"

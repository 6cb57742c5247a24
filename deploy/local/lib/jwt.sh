# The local JWT key pair: made once by up, kept in the state folder, never in git.
# shellcheck shell=bash

JWT_DIR="$STATE_DIR/jwt"
JWT_ISSUER="${ALLY_JWT_ISSUER:-https://auth.ally.example}"

ensure_jwt_keys() {
  if [ ! -f "$JWT_DIR/private.pem" ]; then
    command -v openssl >/dev/null 2>&1 || apt_install openssl
    mkdir -p "$JWT_DIR"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$JWT_DIR/private.pem" 2>/dev/null
    openssl pkey -in "$JWT_DIR/private.pem" -pubout -out "$JWT_DIR/public.pem"
    chmod 600 "$JWT_DIR/private.pem"
  fi
}

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

# sign_token ROLE SUBJECT [TTL_SECONDS]
sign_token() {
  local role="$1" subject="$2" ttl="${3:-28800}" now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"local"}' | b64url)
  payload=$(printf '{"iss":"%s","aud":"ally","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
    "$JWT_ISSUER" "$subject" "$subject" "$role" "$now" "$((now + ttl))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$JWT_DIR/private.pem" -binary | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

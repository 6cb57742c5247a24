# Client addresses the gateway does not rate limit, one `CIDR 1;` per line. None by default.

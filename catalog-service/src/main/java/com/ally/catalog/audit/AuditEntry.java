package com.ally.catalog.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded change: who (token subject), what, to which thing, when. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        @Schema(example = "4711") long id,
        @Schema(example = "admin-ada") String actor,
        @Schema(example = "style.published") String action,
        @Schema(example = "style") String entity,
        @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String entityId,
        @Schema(example = "forever-flat") String detail,
        @Schema(example = "2026-11-24T16:49:55Z") Instant at) {
}

package com.ally.orders.request;

import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Paths that no resource serves fall through the REST layer to Vert.x; answer them as problem+json
 * too, so a client never sees an HTML error page.
 */
public class UnknownRoute {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            String id = RequestId.adopt(ctx.request().getHeader(RequestId.HEADER));
            JsonObject problem = new JsonObject()
                    .put("type", "https://docs.ally.example/problems/not-found")
                    .put("title", "Not found")
                    .put("status", 404)
                    .put("code", "NOT_FOUND")
                    .put("detail", "No such resource")
                    .put("instance", ctx.request().path())
                    .put("requestId", id);
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader(RequestId.HEADER, id)
                    .end(problem.encode());
        });
    }
}

package com.ally.catalog.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adopts or creates the request id before routing and echoes it on every answer. */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void adopt(ContainerRequestContext request) {
        RequestId.adopt(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        String id = RequestId.current();
        if (id != null) {
            response.getHeaders().putSingle(RequestId.HEADER, id);
        }
    }
}

package com.ally.fit.request;

import java.util.UUID;

import org.jboss.logging.MDC;

/**
 * The X-Request-Id of the work in hand, kept in the logging context so that every log line, problem
 * document and outgoing event of one request carries it.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private RequestId() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** Takes the caller's id when it is a sane token, else makes one. */
    public static String adopt(String incoming) {
        String id = incoming != null && incoming.matches("[A-Za-z0-9._:-]{1,128}") ? incoming : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** For work started by an event rather than a request: carries the event's requestid on. */
    public static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}

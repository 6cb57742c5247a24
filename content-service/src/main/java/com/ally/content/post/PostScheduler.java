package com.ally.content.post;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Publishes SCHEDULED posts when their time comes. */
@ApplicationScoped
public class PostScheduler {

    private static final Logger LOG = Logger.getLogger(PostScheduler.class);

    private final PostService posts;

    public PostScheduler(PostService posts) {
        this.posts = posts;
    }

    @Scheduled(every = "${content.posts.scheduler-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishDue() {
        try {
            int published = posts.publishDue(Instant.now());
            if (published > 0) {
                LOG.infof("Published %d scheduled post(s)", published);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Scheduled publishing paused: %s", e.getMessage());
        }
    }
}

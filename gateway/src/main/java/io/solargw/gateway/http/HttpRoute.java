package io.solargw.gateway.http;

/** Answers GET requests for one path. Runs on the HTTP thread: must not block. */
@FunctionalInterface
public interface HttpRoute {

  /** The reply to a GET of {@code target}. */
  HttpReply get(RequestTarget target);
}

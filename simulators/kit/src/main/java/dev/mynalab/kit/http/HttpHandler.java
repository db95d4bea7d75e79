package dev.mynalab.kit.http;

/** A route's code: turns a request into a response, or throws a {@code ProblemException}. */
@FunctionalInterface
public interface HttpHandler {
  HttpResponse handle(HttpRequest request) throws Exception;
}

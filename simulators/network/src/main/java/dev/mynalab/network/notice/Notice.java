package dev.mynalab.network.notice;

import java.time.Instant;
import java.util.Objects;

/** An お知らせ pushed by an agency to one person's マイナポータル (プッシュ型サービス, seed IV). */
public record Notice(long id, Instant at, String from, String fromJa, String title, String body) {

  public Notice {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}

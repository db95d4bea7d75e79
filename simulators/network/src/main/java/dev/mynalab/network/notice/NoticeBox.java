package dev.mynalab.network.notice;

import dev.mynalab.network.codes.PersonHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The お知らせ of every person, by the network's internal handle; newest last. */
public final class NoticeBox {

  private final Map<PersonHandle, List<Notice>> boxes = new HashMap<>();
  private long nextId = 1;

  public synchronized Notice deliver(PersonHandle person, Notice draft) {
    Notice notice =
        new Notice(nextId++, draft.at(), draft.from(), draft.fromJa(), draft.title(), draft.body());
    boxes.computeIfAbsent(person, p -> new ArrayList<>()).add(notice);
    return notice;
  }

  public synchronized List<Notice> of(PersonHandle person) {
    return List.copyOf(boxes.getOrDefault(person, List.of()));
  }
}

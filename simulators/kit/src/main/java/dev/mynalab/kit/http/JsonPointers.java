package dev.mynalab.kit.http;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Turns Jackson's path of a binding failure into an RFC 6901 JSON Pointer. */
final class JsonPointers {

  private JsonPointers() {}

  static String of(List<Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (Reference ref : path) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    return pointer.length() == 0 ? "/" : pointer.toString();
  }
}

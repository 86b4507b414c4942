package io.github.deepseekjava.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files uploaded to a {@link FakeDeepSeekServer}, so list, retrieve and delete answer from them. */
final class FakeFiles {
  private final Map<String, JsonObject> files = new LinkedHashMap<>();
  private int nextId = 1;

  /** The answer of a Files endpoint, or null for other endpoints. */
  synchronized FakeResponse answer(FakeDeepSeekServer.Endpoint endpoint, RecordedRequest request) {
    switch (endpoint) {
      case FILES_UPLOAD:
        return upload(request);
      case FILES_LIST:
        return list(request);
      case FILE_RETRIEVE:
      case FILE_DELETE:
        String id = request.path().substring("/files/".length());
        JsonObject file = files.get(id);
        if (file == null) {
          return FakeResponse.error(404, "File not found: " + id);
        }
        if (endpoint == FakeDeepSeekServer.Endpoint.FILE_RETRIEVE) {
          return FakeResponse.json(file.toString());
        }
        files.remove(id);
        return FakeResponse.json(FakeResponse.deletedFile(id));
      default:
        return null;
    }
  }

  synchronized void clear() {
    files.clear();
    nextId = 1;
  }

  private FakeResponse upload(RecordedRequest request) {
    RecordedRequest.Part file = request.part("file");
    RecordedRequest.Part purpose = request.part("purpose");
    if (file == null || purpose == null) {
      return FakeResponse.error(400, "multipart fields 'purpose' and 'file' are required");
    }
    String id = String.format("file-api-fake%019d", nextId++);
    JsonObject object = FakeResponse.fileObject(id, file.filename(), file.bytes().length, purpose.text());
    RecordedRequest.Part seconds = request.part("expires_after[seconds]");
    if (seconds != null) {
      object.addProperty("expires_at", object.get("created_at").getAsLong() + Long.parseLong(seconds.text()));
    }
    files.put(id, object);
    return FakeResponse.json(object.toString());
  }

  private FakeResponse list(RecordedRequest request) {
    String after = request.queryParameter("after");
    String limitText = request.queryParameter("limit");
    int limit = limitText == null ? 1000 : Integer.parseInt(limitText);
    String purpose = request.queryParameter("purpose");
    List<JsonObject> matching = new ArrayList<>();
    boolean started = after == null;
    for (Map.Entry<String, JsonObject> entry : files.entrySet()) {
      if (!started) {
        started = entry.getKey().equals(after);
        continue;
      }
      if (purpose == null || purpose.equals(entry.getValue().get("purpose").getAsString())) {
        matching.add(entry.getValue());
      }
    }
    if ("desc".equals(request.queryParameter("order"))) {
      java.util.Collections.reverse(matching);
    }
    JsonArray data = new JsonArray();
    for (JsonObject file : matching.subList(0, Math.min(limit, matching.size()))) {
      data.add(file);
    }
    return FakeResponse.json(FakeResponse.fileList(data, matching.size() > limit));
  }
}

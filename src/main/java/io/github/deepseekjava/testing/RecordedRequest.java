package io.github.deepseekjava.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A request {@link FakeDeepSeekServer} received. */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final String body;
  private byte[] bytes;
  private String query;

  RecordedRequest(String method, String path, Map<String, List<String>> headers, String body, byte[] bytes,
      String query) {
    this(method, path, headers, body);
    this.bytes = bytes;
    this.query = query;
  }

  RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {
    this.method = method;
    this.path = path;
    Map<String, List<String>> lowerCase = new TreeMap<>();
    headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
    this.headers = Collections.unmodifiableMap(lowerCase);
    this.body = body;
  }

  /** {@code GET} or {@code POST}. */
  public String method() {
    return method;
  }

  /** The path, e.g. {@code /beta/completions}. */
  public String path() {
    return path;
  }

  /** The first value of a header (name case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as text; empty for GET. */
  public String body() {
    return body;
  }

  /** The body parsed as JSON. */
  public JsonElement bodyJson() {
    return JsonParser.parseString(body);
  }

  /** The body's bytes (for an upload, the multipart body as sent). */
  public byte[] bodyBytes() {
    return bytes != null ? bytes.clone() : body.getBytes(StandardCharsets.UTF_8);
  }

  /** The first value of query parameter {@code name} (decoded), or null. */
  public String queryParameter(String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals(name)) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  /** The parts of a {@code multipart/form-data} body in the order they were sent; empty for other bodies. */
  public List<Part> parts() {
    String type = header("Content-Type");
    int at = type == null ? -1 : type.indexOf("boundary=");
    if (at < 0 || !type.startsWith("multipart/")) {
      return Collections.emptyList();
    }
    String boundary = type.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
    byte[] all = bodyBytes();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(all, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length;
      if (headersStart + 1 < all.length && all[headersStart] == '-' && all[headersStart + 1] == '-') {
        break; // the closing delimiter
      }
      headersStart += 2; // CRLF after the delimiter
      int headersEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int next = indexOf(all, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
      if (headersEnd < 0 || next < 0) {
        break;
      }
      Map<String, String> partHeaders = new LinkedHashMap<>();
      for (String line : new String(all, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8).split("\r\n")) {
        int colon = line.indexOf(':');
        partHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      parts.add(new Part(partHeaders, Arrays.copyOfRange(all, headersEnd + 4, next)));
      start = next + 2;
    }
    return Collections.unmodifiableList(parts);
  }

  /** The first multipart part named {@code name}, or null. */
  public Part part(String name) {
    for (Part part : parts()) {
      if (name.equals(part.name())) {
        return part;
      }
    }
    return null;
  }

  /** One part of a {@code multipart/form-data} request. */
  public static final class Part {
    private final Map<String, String> headers;
    private final byte[] bytes;

    Part(Map<String, String> headers, byte[] bytes) {
      this.headers = Collections.unmodifiableMap(headers);
      this.bytes = bytes;
    }

    /** The part's headers, names in lower case, in the order sent. */
    public Map<String, String> headers() {
      return headers;
    }

    /** The form field name from {@code Content-Disposition}. */
    public String name() {
      return dispositionParameter("name");
    }

    /** The file name from {@code Content-Disposition}, or null for a plain field. */
    public String filename() {
      return dispositionParameter("filename");
    }

    /** The part's content. */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The part's content as UTF-8 text. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    private String dispositionParameter(String parameter) {
      String disposition = headers.get("content-disposition");
      if (disposition == null) {
        return null;
      }
      for (String piece : disposition.split(";")) {
        String trimmed = piece.trim();
        if (trimmed.startsWith(parameter + "=")) {
          return trimmed.substring(parameter.length() + 1).replace("\"", "");
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return headers + " (" + bytes.length + " bytes)";
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String decode(String text) {
    try {
      return java.net.URLDecoder.decode(text, "UTF-8");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String toString() {
    return method + " " + path + (body.isEmpty() ? "" : " " + body);
  }
}

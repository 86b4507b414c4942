package io.github.deepseekjava.bench;

/** One reported figure: its unit, which way is better, and the target it has against the raw baseline. */
enum Figure {
  CHAT_RATE("non-stream chat", "calls/s", true, 1.15),
  CHAT_ALLOC("non-stream chat allocation", "bytes/call", false, 1.15),
  STREAM_RATE("streaming (" + Fixtures.STREAM_CHUNKS + "-chunk stream)", "chunks/s", true, 1.15),
  STREAM_ALLOC("streaming allocation", "bytes/chunk", false, 1.15),
  FIM_RATE("FIM (33.8 KB logprobs body)", "calls/s", true, 1.15),
  FIM_ALLOC("FIM allocation", "bytes/call", false, 1.15),
  PARSE_TIME("FIM body parse, in memory", "µs/parse", false, 1.15),
  PARSE_ALLOC("FIM body parse allocation", "bytes/parse", false, 1.15),
  UPLOAD_TIME("upload of a " + Fixtures.TRANSFER_MIB + " MiB file (Files API, multipart)", "ms/MiB", false, 1.15),
  UPLOAD_ALLOC("upload allocation", "bytes/MiB", false, 1.15),
  TTS_TIME("TTS download of " + Fixtures.TRANSFER_MIB + " MiB of audio", "ms/MiB", false, 1.15),
  TTS_ALLOC("TTS download allocation", "bytes/MiB", false, 1.15),
  CONCURRENT_SYNC("256 concurrent streams, blocking API (256 threads)", "ms wall", false, 0),
  CONCURRENT_ASYNC("256 concurrent streams, the client's async API", "ms wall", false, 0),
  COLD_WALL("cold start: JVM start to first chat call done", "ms", false, 0),
  COLD_RSS("cold start: peak RSS", "MiB", false, 0),
  FOOTPRINT("runtime jars (client + dependency closure)", "MB", false, 0);

  final String title;
  final String unit;
  final boolean higherIsBetter;
  /** Largest allowed cost ratio against raw; 0 for none. */
  final double rawTarget;

  Figure(String title, String unit, boolean higherIsBetter, double rawTarget) {
    this.title = title;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
    this.rawTarget = rawTarget;
  }

  /** {@code a}'s cost relative to {@code b}'s: time per op or bytes, so above 1 means {@code a} is worse. */
  double costRatio(double a, double b) {
    return higherIsBetter ? b / a : a / b;
  }
}

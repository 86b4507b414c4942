package io.github.deepseekjava.streaming;

import io.github.deepseekjava.model.Usage;

/**
 * The fields every chunk of one stream repeats (id, created, model, fingerprint): the first value
 * seen is kept. Usage is taken from whichever chunk carries it (DeepSeek: the finish chunk).
 */
final class CompletionHeader {
  String id;
  Long created;
  String model;
  String systemFingerprint;
  Usage usage;

  void add(String chunkId, Long chunkCreated, String chunkModel, String chunkFingerprint, Usage chunkUsage) {
    if (id == null) {
      id = chunkId;
    }
    if (created == null) {
      created = chunkCreated;
    }
    if (model == null) {
      model = chunkModel;
    }
    if (systemFingerprint == null) {
      systemFingerprint = chunkFingerprint;
    }
    if (chunkUsage != null) {
      usage = chunkUsage;
    }
  }
}

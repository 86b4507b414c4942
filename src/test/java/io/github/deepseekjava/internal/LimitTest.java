package io.github.deepseekjava.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A limit as the spec could change it (the shapes issue 12 brings: top_p in (0, 1], max_tokens up to
 * 393216, tool names up to 128 characters) changes what is accepted and the exact message.
 */
class LimitTest {
  private static void rejects(String message, Executable check) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, check).getMessage());
  }

  @Test
  void inclusiveRangeNamesBothBounds() {
    Limit temperature = Limit.builder().minimum("0").maximum("2").build();
    assertDoesNotThrow(() -> temperature.checkNumber(2.0, "temperature"));
    rejects("temperature must be between 0 and 2, got 2.5", () -> temperature.checkNumber(2.5, "temperature"));
    rejects("temperature must be between 0 and 2, got NaN", () -> temperature.checkNumber(Double.NaN, "temperature"));
  }

  @Test
  void exclusiveMinimumRejectsTheBoundItself() {
    Limit topP = Limit.builder().minimum("0").exclusiveMinimum().maximum("1").build();
    assertDoesNotThrow(() -> topP.checkNumber(1.0, "top_p"));
    assertDoesNotThrow(() -> topP.checkNumber(0.01, "top_p"));
    rejects("top_p must be greater than 0 and at most 1, got 0", () -> topP.checkNumber(0.0, "top_p"));
  }

  @Test
  void aNewMaximumIsEnforcedAndAMissingOneIsNot() {
    Limit minimumOnly = Limit.builder().minimum("1").build();
    assertDoesNotThrow(() -> minimumOnly.checkNumber(Integer.MAX_VALUE, "max_tokens"));
    rejects("max_tokens must be at least 1, got 0", () -> minimumOnly.checkNumber(0, "max_tokens"));

    Limit withMaximum = Limit.builder().minimum("1").maximum("393216").build();
    assertDoesNotThrow(() -> withMaximum.checkNumber(393216, "max_tokens"));
    rejects("max_tokens must be between 1 and 393216, got 393217", () -> withMaximum.checkNumber(393217, "max_tokens"));

    Limit exclusiveMaximum = Limit.builder().maximum("0.5").exclusiveMaximum().build();
    rejects("x must be less than 0.5, got 0.5", () -> exclusiveMaximum.checkNumber(0.5, "x"));
  }

  @Test
  void itemCountsNameTheElements() {
    Limit stop = Limit.builder().maxItems(16).build();
    assertDoesNotThrow(() -> stop.checkItems(16, "stop", "sequences"));
    rejects("stop allows at most 16 sequences, got 17", () -> stop.checkItems(17, "stop", "sequences"));
    rejects("tools allows 1 to 3 tools, got 0", () -> Limit.builder().minItems(1).maxItems(3).build().checkItems(0, "tools", "tools"));
  }

  @Test
  void aWiderPatternAcceptsLongerNames() {
    String name65 = "n".repeat(65);
    Limit today = Limit.builder().pattern("^[a-zA-Z0-9_-]{1,64}$").build();
    rejects("name must match [a-zA-Z0-9_-]{1,64}, got \"" + name65 + "\"", () -> today.checkText(name65, "name"));

    Limit widened = Limit.builder().pattern("^[a-zA-Z0-9_-]{1,128}$").build();
    assertDoesNotThrow(() -> widened.checkText(name65, "name"));
    assertDoesNotThrow(() -> widened.checkText("n".repeat(128), "name"));
    rejects("name must match [a-zA-Z0-9_-]{1,128}, got \"get weather\"", () -> widened.checkText("get weather", "name"));
  }

  @Test
  void lengthCountsCodePointsAsJsonSchemaDoes() {
    Limit three = Limit.builder().maxLength(3).build();
    assertDoesNotThrow(() -> three.checkText("\uD83D\uDE00ab", "s"));
    rejects("s must be at most 3 characters long, got 4", () -> three.checkText("abcd", "s"));
    rejects("s must be at least 2 characters long, got 1", () -> Limit.builder().minLength(2).build().checkText("a", "s"));
  }

  @Test
  void nullValuesAndAbsentKeywordsAreNotChecked() {
    Limit none = Limit.builder().build();
    assertDoesNotThrow(() -> none.checkNumber(-1e300, "x"));
    assertDoesNotThrow(() -> none.checkItems(1_000_000, "x", "items"));
    assertDoesNotThrow(() -> none.checkText("anything at all", "x"));
    assertDoesNotThrow(() -> Limit.builder().minimum("0").build().checkNumber(null, "x"));
  }
}

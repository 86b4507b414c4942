package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.chat.Conversation;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.model.BalanceInfo;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.Model;
import io.github.deepseekjava.model.ModelList;
import io.github.deepseekjava.model.UserBalance;
import io.github.deepseekjava.model.support.FinishReason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values keep what was sent: numbers in tool schemas, decimal balances, unknown enum values, model metadata. */
class WireJsonTest {
  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"days\":{\"type\":\"integer\",\"minimum\":1,"
      + "\"maximum\":10,\"multipleOf\":1}},\"required\":[\"days\"]}";

  @Test
  void toolParameterSchemasAreSentExactlyAsGiven() {
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-flash")
        .addToolsItem(Tools.function("forecast", "Forecast for some days", SCHEMA));

    String direct = DeepSeekJson.gson().toJson(request.getTools().get(0).getFunction().getParameters());
    String viaConversation = DeepSeekJson.gson().toJson(
        new Conversation(request).add(Messages.user("x")).nextRequest().getTools().get(0).getFunction().getParameters());

    assertEquals(SCHEMA, direct);
    assertEquals(SCHEMA, viaConversation);
  }

  @Test
  void balancesAreExactDecimalsAndRoundTripAsStrings() {
    String json = "{\"is_available\":true,\"balance_infos\":[{\"currency\":\"USD\",\"total_balance\":\"110.00\","
        + "\"granted_balance\":\"10.00\",\"topped_up_balance\":\"100.00\"}]}";

    UserBalance balance = DeepSeekJson.gson().fromJson(json, UserBalance.class);
    BalanceInfo row = balance.getBalanceInfos().get(0);

    assertEquals(new BigDecimal("110.00"), row.getTotalBalance());
    assertEquals("110.00", row.getTotalBalance().toPlainString());
    assertEquals(0, row.getGrantedBalance().add(row.getToppedUpBalance()).compareTo(row.getTotalBalance()));
    assertEquals(json, DeepSeekJson.gson().toJson(balance));
  }

  @Test
  void anUnknownFinishReasonKeepsItsValueAndKnownOnesAreTheConstants() {
    ChatCompletion completion = DeepSeekJson.gson().fromJson("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":\"x\"},\"finish_reason\":\"paused_for_review\"},{\"index\":1,\"message\":{\"role\":\"assistant\","
        + "\"content\":\"The Amazon and\"},\"finish_reason\":\"aborted\"}]}", ChatCompletion.class);

    FinishReason unknown = completion.getChoices().get(0).getFinishReason();
    assertEquals("paused_for_review", unknown.getValue());
    assertFalse(unknown.isKnown());
    assertEquals(FinishReason.of("paused_for_review"), unknown);
    assertNotSame(FinishReason.of("paused_for_review"), unknown);
    assertSame(FinishReason.ABORTED, completion.getChoices().get(1).getFinishReason());
    assertTrue(FinishReason.ABORTED.isKnown());
    assertEquals("{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"x\"},\"finish_reason\":\"paused_for_review\"}",
        DeepSeekJson.gson().toJson(completion.getChoices().get(0)));
  }

  @Test
  void aStreamedUnknownFinishReasonKeepsItsValue() {
    ChatCompletionChunk chunk = DeepSeekJson.gson().fromJson("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},"
        + "\"finish_reason\":\"paused_for_review\"}]}", ChatCompletionChunk.class);
    ChatCompletionChunk middle = DeepSeekJson.gson().fromJson("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},"
        + "\"finish_reason\":null}]}", ChatCompletionChunk.class);

    assertEquals("paused_for_review", chunk.getChoices().get(0).getFinishReason().getValue());
    assertNull(middle.getChoices().get(0).getFinishReason());
  }

  @Test
  void modelMetadataIsTyped() {
    ModelList models = DeepSeekJson.gson().fromJson("{\"object\":\"list\",\"data\":[{\"id\":\"deepseek-flash\",\"object\":\"model\","
        + "\"owned_by\":\"deepseek\",\"name\":\"DeepSeek-V4.1-Flash\",\"context_window\":1048576,\"max_output_tokens\":393216,"
        + "\"input_modalities\":[\"text\",\"image\"],\"output_modalities\":[\"text\"],"
        + "\"effort\":{\"supported_levels\":[\"low\",\"high\",\"max\"],\"default_level\":\"high\"},"
        + "\"api_capabilities\":{\"anthropic_messages\":{\"system_prompt_update\":\"in-history\"}}}]}", ModelList.class);

    Model flash = models.getData().get(0);
    assertEquals("DeepSeek-V4.1-Flash", flash.getName());
    assertEquals(1048576L, flash.getContextWindow());
    assertEquals(393216L, flash.getMaxOutputTokens());
    assertEquals(List.of("text", "image"), flash.getInputModalities());
    assertEquals(List.of("low", "high", "max"), flash.getEffort().getSupportedLevels());
    assertEquals("high", flash.getEffort().getDefaultLevel());
    assertEquals("in-history", flash.getApiCapabilities().getAnthropicMessages().getSystemPromptUpdate());
  }
}

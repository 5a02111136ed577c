package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

import java.util.List;
import java.util.Map;

/** Bodies a fake provider answers with: a judge's grade object, wrapped the OpenAI or Anthropic way. */
final class FakeReplies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeReplies() {
    }

    /** A grade with {@code level} on every dimension, quoting {@code quote} for each one's first signal. */
    static String grade(List<String> dims, String level, String quote, boolean injection) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("dimensions");
        Map<String, String> firstSignal = Map.of("A", "alternative-rejected", "B", "partial-failure",
                "C", "quantified-scale", "D", "cost-driver", "E", "ownership");
        for (String d : dims) {
            ObjectNode o = arr.addObject().put("dimension", d);
            o.putArray("evidence").addObject().put("signal", firstSignal.get(d)).put("quote", quote);
            o.putArray("signals_missing");
            o.put("rationale", "Because.").put("level", level).put("feedback", "Feedback for " + d + ".");
        }
        root.put("feedback", "Overall feedback.").put("injection_suspected", injection);
        return root.toString();
    }

    static String openAi(String content, String finish) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", finish);
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1234).put("completion_tokens", 321);
        return root.toString();
    }

    static String openAiRefusal(String refusal) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-2");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").putNull("content").put("refusal", refusal);
        return root.toString();
    }

    static String anthropic(String text, String stopReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant");
        root.putArray("content").addObject().put("type", "text").put("text", text);
        root.put("stop_reason", stopReason);
        root.putObject("usage").put("input_tokens", 1500).put("output_tokens", 400);
        return root.toString();
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}

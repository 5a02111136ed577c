package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Anthropic Messages API. It has no response_format here: the schema travels in the system prompt. */
final class AnthropicProvider implements Provider {
    static final String VERSION = "2023-06-01";
    private final String baseUrl;
    private final String model;
    private final String apiKey;
    private final ObjectMapper json;

    AnthropicProvider(String baseUrl, String model, String apiKey, ObjectMapper json) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.model = model;
        this.apiKey = apiKey;
        this.json = json;
    }

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public String url() {
        if (baseUrl.endsWith("/v1/messages")) {
            return baseUrl;
        }
        return baseUrl.endsWith("/v1") ? baseUrl + "/messages" : baseUrl + "/v1/messages";
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-api-key", apiKey);
        h.put("anthropic-version", VERSION);
        return h;
    }

    @Override
    public ObjectNode body(String system, List<Message> messages, JsonNode schema, int maxTokens) {
        ObjectNode b = json.createObjectNode().put("model", model).put("max_tokens", maxTokens)
                .put("temperature", 0).put("system", system);
        ArrayNode msgs = b.putArray("messages");
        messages.forEach(m -> msgs.addObject().put("role", m.role()).put("content", m.content()));
        return b;
    }

    @Override
    public Reply parse(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (Exception e) {
            throw new InvalidReply("INVALID_JSON", "the API response was not JSON");
        }
        if (!root.path("content").isArray()) {
            throw new InvalidReply("INVALID_SHAPE", "the API response had no content");
        }
        StringBuilder text = new StringBuilder();
        root.path("content").forEach(c -> {
            if (c.path("type").asText().equals("text")) {
                text.append(c.path("text").asText(""));
            }
        });
        String stop = root.path("stop_reason").asText("");
        Finish finish = switch (stop) {
            case "end_turn", "stop_sequence" -> Finish.STOP;
            case "max_tokens" -> Finish.LENGTH;
            case "refusal" -> Finish.REFUSAL;
            default -> Finish.OTHER;
        };
        JsonNode usage = root.path("usage");
        return new Reply(text.toString(), finish, finish == Finish.REFUSAL ? text.toString() : null,
                usage.has("input_tokens") ? usage.get("input_tokens").asInt() : null,
                usage.has("output_tokens") ? usage.get("output_tokens").asInt() : null);
    }
}

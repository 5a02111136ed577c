package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, llama.cpp, LM Studio,
 * LiteLLM). Asks for structured output with a strict json_schema.
 */
final class OpenAiProvider implements Provider {
    private final String baseUrl;
    private final String model;
    private final String apiKey;
    private final ObjectMapper json;

    OpenAiProvider(String baseUrl, String model, String apiKey, ObjectMapper json) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.model = model;
        this.apiKey = apiKey;
        this.json = json;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String url() {
        return baseUrl.endsWith("/chat/completions") ? baseUrl : baseUrl + "/chat/completions";
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        if (!apiKey.isEmpty()) { // a local Ollama needs none
            h.put("Authorization", "Bearer " + apiKey);
        }
        return h;
    }

    @Override
    public ObjectNode body(String system, List<Message> messages, JsonNode schema, int maxTokens) {
        ObjectNode b = json.createObjectNode().put("model", model);
        ArrayNode msgs = b.putArray("messages");
        msgs.addObject().put("role", "system").put("content", system);
        messages.forEach(m -> msgs.addObject().put("role", m.role()).put("content", m.content()));
        // OpenAI's reasoning models take max_completion_tokens and only their default temperature;
        // everything else OpenAI-compatible understands max_tokens and temperature 0.
        boolean reasoning = model.matches("(?i)(o\\d.*|gpt-5.*)");
        b.put(baseUrl.contains("api.openai.com") ? "max_completion_tokens" : "max_tokens", maxTokens);
        if (!reasoning) {
            b.put("temperature", 0);
        }
        ObjectNode format = b.putObject("response_format").put("type", "json_schema");
        format.putObject("json_schema").put("name", "l6_grade").put("strict", true).set("schema", schema);
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
        JsonNode choice = root.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new InvalidReply("INVALID_SHAPE", "the API response had no choices");
        }
        JsonNode message = choice.path("message");
        String refusal = message.path("refusal").isTextual() ? message.path("refusal").asText() : null;
        Finish finish = switch (choice.path("finish_reason").asText("")) {
            case "stop" -> Finish.STOP;
            case "length" -> Finish.LENGTH;
            case "content_filter" -> Finish.REFUSAL;
            default -> Finish.OTHER;
        };
        JsonNode usage = root.path("usage");
        return new Reply(message.path("content").asText(""), refusal != null ? Finish.REFUSAL : finish, refusal,
                usage.has("prompt_tokens") ? usage.get("prompt_tokens").asInt() : null,
                usage.has("completion_tokens") ? usage.get("completion_tokens").asInt() : null);
    }
}

package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** One LLM API dialect: where to send, how to ask for a JSON grade, how to read the reply. */
interface Provider {
    /** "openai" or "anthropic", as in STAFFDRILL_LLM_PROVIDER. */
    String name();

    String url();

    /** Request headers, the API key among them: never logged, never stored. */
    Map<String, String> headers();

    ObjectNode body(String system, List<Message> messages, JsonNode schema, int maxTokens);

    /** Reads a 2xx body; throws {@link InvalidReply} when it is not the provider's reply shape. */
    Reply parse(String body);

    record Message(String role, String content) {
        static Message user(String content) {
            return new Message("user", content);
        }

        static Message assistant(String content) {
            return new Message("assistant", content);
        }
    }

    enum Finish { STOP, LENGTH, REFUSAL, OTHER }

    /** The text the model produced, why it stopped, and the tokens it used (null when not reported). */
    record Reply(String text, Finish finish, String refusal, Integer inputTokens, Integer outputTokens) {
    }
}

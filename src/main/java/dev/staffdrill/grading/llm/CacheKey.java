package dev.staffdrill.grading.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two LLM grades interchangeable: same rubric, same question version, same answer,
 * same provider, model and prompt. An identical regrade is then free.
 */
public record CacheKey(String rubricVersion, String questionId, String questionVersion, String answerHash,
                       String provider, String model, String promptVersion) {

    public static CacheKey of(String rubricVersion, String questionId, String questionVersion, String answer,
                              String provider, String model, String promptVersion) {
        return new CacheKey(rubricVersion, questionId, questionVersion, sha256(answer), provider, model, promptVersion);
    }

    /** The primary key in llm_cache. */
    public String id() {
        return sha256(String.join("\u0000", rubricVersion, questionId, questionVersion, answerHash, provider, model,
                promptVersion));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.staffdrill.grading.offline;

import java.util.Map;

/**
 * Words that show an answer touches a dimension without showing any of its signals: "add
 * retries", "it's expensive", "set up alerts". They are worth WEAK, never more.
 */
final class TopicWords {
    static final Map<String, Rule> TOPICS = Map.of(
            "A", Rule.when("use|choose|pick|go with|prefer|opt for|adopt|recommend|trade|decision|decide|choice|option"
                    + "|alternative|pros and cons|better|rather|instead|worth|i'd|we'd|i would|we would|should", "\\b(?:i|we)(?:'d| would| will| should| could)?\\s+(?:use"
                    + "|choose|pick|go with|prefer|opt for|adopt|recommend)\\b|\\btrade-?offs?\\b|\\bdecisions?\\b"
                    + "|\\bdecide\\b|\\bchoices?\\b|\\boptions?\\b|\\balternatives?\\b|\\bpros and cons\\b|\\bbetter\\b"
                    + "|\\brather\\b|\\binstead\\b|\\bworth\\b|\\b(?:i|we)(?:'d| would) (?:[a-z]+ )?[a-z]+\\b|\\b(?:we|you) should\\b"),
            "B", Rule.when("fail|outage|down|crash|retr|replica|redundan|blast radius|timeout|resilien|fault|degrad"
                    + "|availability|disaster|backup|health|circuit breaker", "\\b(?:fail[a-z]*|outages?|down|crash[a-z]*"
                    + "|retr(?:y|ies)|replicas?|redundan[a-z]*|fail-?over|blast radius|timeouts?|resilien[a-z]*|faults?"
                    + "|degrad[a-z]*|availability|disasters?|backups?|health ?checks?|circuit breakers?)\\b"),
            "C", Rule.when("scal|growth|grow|traffic|load|throughput|latency|huge|massive|million|billion|bottleneck"
                    + "|shard|capacity|horizontal|vertical|qps|performance|migrat|volume|10x|100x", "\\b(?:scal[a-z]*"
                    + "|growth|grow[a-z]*|traffic|load|throughput|latency|huge|massive|millions|billions|bottlenecks?"
                    + "|shard[a-z]*|capacity|horizontal[a-z]*|vertical[a-z]*|qps|performance|migrat[a-z]*|volume|10x"
                    + "|100x)\\b"),
            "D", Rule.when("cost|expensive|cheap|budget|spend|bill|pric|money|efficien|economical|affordable|dollar|$",
                    "\\b(?:cost[a-z]*|expensive|cheap[a-z]*|budget[a-z]*|spend[a-z]*|bill[a-z]*|pric[a-z]*|money"
                            + "|efficien[a-z]*|economical|affordable|dollars?)\\b|\\$"),
            "E", Rule.when("monitor|alert|on-call|oncall|team|owner|ops|operation|operator|runbook|dashboard"
                    + "|observability|pager|incident|sre|playbook|postmortem|human|people|paged|escalat",
                    "\\b(?:monitor[a-z]*|alert[a-z]*|on-?call|teams?|owners?|ownership|ops|operations|operational"
                            + "|operators?|runbooks?|dashboards?|observability|pager[a-z]*|incidents?|sres?|playbooks?"
                            + "|postmortems?|humans?|people|oncall|paged|escalat[a-z]*)\\b"));

    private TopicWords() {
    }

    /** Where the sentence touches the dimension's topic, or -1. */
    static int find(String dimension, String lower) {
        Rule r = TOPICS.get(dimension);
        return r == null ? -1 : r.find(lower);
    }
}

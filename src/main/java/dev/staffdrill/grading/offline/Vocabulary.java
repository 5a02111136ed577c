package dev.staffdrill.grading.offline;

/** Shared regex fragments: numbers, units, system nouns. Sentences are lower-cased before matching. */
final class Vocabulary {
    static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";
    static final String MAG = "(?:\\s?(?:k|m|b|bn|million|billion|thousand))?";
    static final String TIME_UNIT = "(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)";
    static final String RATE = "(?:qps|rps|tps|iops|(?:req(?:uest)?s?|writes?|reads?|ops|operations|msgs?|messages?"
            + "|events?|rows?|records?|queries|transactions|txns?|calls|lookups|updates|inserts|jobs|tasks|clicks|views"
            + "|uploads|orders|payments|checkouts|logins)\\s?(?:/|per\\s)\\s?(?:s|sec|second|min|minute|h|hour|day))";
    static final String SIZE = "(?:[kmgtp]i?b|gbps|mbps|gbit/s|mbit/s)";
    static final String COUNTABLE = "(?:nodes?|replicas?|shards?|partitions?|regions?|zones?|azs?|servers?|machines?"
            + "|instances?|brokers?|pods?|cores?|vcpus?|users?|customers?|tenants?|keys?|rows?|records?|messages?"
            + "|events?|connections?|requests?|writes?|reads?|objects?|files?|devices?|sessions?|clusters?|disks?"
            + "|dcs?|datacenters?|data centers?)";
    static final String COMPONENT = "(?:replicas?|nodes?|shards?|brokers?|zones?|azs?|regions?|servers?|instances?"
            + "|partitions?|disks?|dependenc(?:y|ies)|followers?|leaders?|backends?|machines?|hosts?|pods?|links?"
            + "|consumers?|databases?|dbs?|caches?|services?|downstreams?|upstreams?)";

    /** Any number with a unit or a threshold marker: what makes a signal "quantified". */
    static final String QUANTITY = "\\$\\s?\\d|\\bt\\s?\\+\\s?\\d|\\b" + NUM + MAG + "\\s?(?:%|x|×|" + TIME_UNIT + "|"
            + RATE + "|" + SIZE + "|" + COUNTABLE + "|usd|dollars|percent)(?![a-z])|\\b\\d+\\s?(?:in|of|out of)\\s?\\d+\\b"
            + "|\\b\\d+/\\d+\\b";

    static final String COST_WORD = "(?:\\b(?:cost|costs|costly|spend|spending|bill|billing|egress|storage|compute"
            + "|price|pricing|licen[cs]es?|hardware|budget|headcount|instances?|machines|servers|bandwidth|dollars?"
            + "|expensive|cheaper)\\b|\\$)";

    private Vocabulary() {
    }
}

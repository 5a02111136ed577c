package dev.staffdrill.grading.offline;

import java.util.Map;
import java.util.Optional;

import static dev.staffdrill.grading.offline.Rule.allOf;
import static dev.staffdrill.grading.offline.Rule.any;
import static dev.staffdrill.grading.offline.Rule.when;
import static dev.staffdrill.grading.offline.Vocabulary.COMPONENT;
import static dev.staffdrill.grading.offline.Vocabulary.COST_WORD;
import static dev.staffdrill.grading.offline.Vocabulary.COUNTABLE;
import static dev.staffdrill.grading.offline.Vocabulary.MAG;
import static dev.staffdrill.grading.offline.Vocabulary.NUM;
import static dev.staffdrill.grading.offline.Vocabulary.RATE;
import static dev.staffdrill.grading.offline.Vocabulary.SIZE;

/**
 * How each rubric signal (ids in content/rubric.yaml) shows in a sentence. Deliberately specific:
 * a generic line ("add retries", "it is expensive") must not match a signal, only the topic words
 * in {@link TopicWords}. Each signal is a few small regexes, each behind literal cues that must
 * occur for it to match (that keeps a 1,500-word answer in a few milliseconds). A rubric signal
 * without a rule here is never detected offline.
 */
final class SignalRules {
    private static final String REASON = "\\b(?:because|since|due to|given|as it|as that|which (?:would|means|costs"
            + "|adds|needs|requires|breaks|doubles)|would (?:cost|add|break|double|triple|need|require|mean|lose|force"
            + "|make|push|blow|violate|hurt)|at the cost of|too (?:slow|expensive|costly|complex|risky|much|many|late"
            + "|weak)|costs?|so that|otherwise|forces?|doubles?|violates?|can't|cannot|but|so|which|means|only|worse|better"
            + "|cheaper|slower|faster|safer|riskier|simpler)\\b|:|—| - ";
    private static final String EVENT_CUES = "fail|dies|died|dead|down|detect|elect|over|recover|outage|lag|time|alert"
            + "|fires|page|restart|heal|promot|crash|stall|expire|lease|heartbeat|resume|drain|catch|online|rejoin"
            + "|unavailable|degrade|error|eject|evict|retries|queue|pile|spike";
    private static final String EVENT = "\\b(?:fail|fails|failed|dies|died|dead|down|detects?|detected|detection|elects?"
            + "|elected|election|fail ?over|failover|recovers?|recovered|recovery|outage|lags?|timeouts?|times out"
            + "|timed out|alerts?|fires|paged|pages|restarts?|heals?|promoted?|promotion|crash(?:es|ed)?|stalls?"
            + "|expires?|expired|lease|heartbeats?|resumes?|drains?|catch(?:es)? up|back online|rejoins?|unavailable"
            + "|degrades?|degraded|errors?|ejects?|ejected|evicts?|evicted|retries|queues? up|piles? up|spikes?)\\b";
    private static final String IMPACT_CUES = "affect|impact|los|see|hit|unable|cannot|can't|fail|error|down|blast"
            + "|outage|stranded|stuck|dropped|blocked|degraded|stale|time|slow|unavailable|wait|retry|twice|duplicat"
            + "|double|oversold|wrong|corrupt|missing|gone|delayed|cancel";
    private static final String IMPACT = "\\b(?:affect(?:s|ed|ing)?|impact(?:s|ed)?|los(?:e|es|t|ing)|sees?|hit"
            + "|unable|cannot|can't|fail(?:s|ed|ing)?|errors?|down|blast|outage|stranded|stuck|dropped|blocked"
            + "|degraded|stale|time out|timeouts?|slow(?:er)?|unavailable|wait|retry|twice|duplicat(?:e|ed|es)"
            + "|double(?:d)?|oversold|wrong|corrupt(?:ed)?|missing|gone|delayed|cancel(?:led|ed|lations?)?)\\b";
    private static final String AFFECTED = "(?:users|customers|tenants|traffic|requests|writes|reads|shards|partitions"
            + "|regions|zones|keys|accounts|sessions|calls|queries|orders|payments|clients|sellers|buyers|devices"
            + "|merchants|checkouts|uploads|streams|messages|transactions|carts|players|viewers|riders|drivers"
            + "|subscribers|rows|events|allocations|units|chargers|devices|points|viewports|workspaces|services|items"
            + "|tables)\\b";
    private static final String AFFECTED_CUES = "user|customer|tenant|traffic|request|write|read|shard|partition"
            + "|region|zone|key|account|session|call|quer|order|payment|client|seller|buyer|device|merchant|checkout"
            + "|upload|stream|message|transaction|cart|player|viewer|rider|driver|subscriber|row|event|allocation|unit"
            + "|charger|device|point|viewport|workspace|service|item|table";
    private static final String COMPONENT_CUES = "replica|node|shard|broker|zone|az|region|server|instance|partition"
            + "|disk|dependenc|follower|leader|backend|machine|host|pod|link|consumer|database|db|cache|service|stream";
    private static final String COST_CUES = "cost|spend|bill|egress|storage|compute|price|pricing|licen|hardware|budget"
            + "|headcount|instance|machines|servers|bandwidth|dollar|expensive|cheaper|$";

    static final Map<String, Rule> RULES = Map.ofEntries(
            // A. Judgment & Decision-Making
            Map.entry("alternative-rejected", any(allOf("\\b(?:reject(?:ed|ing|s)?|ruled? (?:it |this |that )?out"
                    + "|instead of|rather than|considered|the alternative|an alternative|alternatives?|versus|vs\\.?"
                    + "|(?:chose|choose|prefer(?:red)?|picked?|went with|go with|opt(?:ed)? for)\\b[^.;]{0,60}\\bover"
                    + "|is (?:worse|better) (?:here|than)|loses (?:here|on|because)|loses? out|wins? over)(?![a-z])",
                    REASON).cued("reject|rule|instead|rather|consider|alternative|versus|vs|over|worse|better|lose|win"),
                    // the way people write it: "I'd rather X than Y", "Instead, I'd …", "not worth …"
                    when("rather|instead|worth|alternative|option|loses|lose", "\\b(?:i|we)(?:'d| would) rather\\b[^.;]{0,120}"
                            + "\\bthan\\b|\\binstead,? (?:i|we)(?:'d| would| will| should)\\b|\\b(?:is|isn't|is not|not) worth\\b"
                            + "|\\bthe (?:cheaper|simpler|safer|better|obvious|tempting) (?:alternative|option|fix|choice) (?:is|would be)\\b"
                            + "|\\b(?:loses|lose) (?:because|since|on)\\b"))),
Map.entry("dominant-constraint", any(
                    when("deciding|binding|decisive|overriding|governing|controlling|hardest|tightest|dominant",
                            "\\b(?:dominant|deciding|binding|decisive|overriding|governing|controlling|hardest|tightest)"
                                    + "\\s+(?:constraint|factor|requirement|limit|concern)s?\\b"),
                    when("constraint", "\\b(?:key|main|primary|biggest|real|hard|critical|first-order)\\s+constraint\\b"
                            + "|\\bconstraint (?:that |which )?(?:dominates|decides|drives|wins|matters most)\\b"),
                    when("dominat", "\\bdominat(?:es|ed|ing)\\b"),
                    when("hinges|rests|turns|depends", "\\b(?:decision|choice|trade-?off|design) (?:hinges|rests|turns"
                            + "|depends) on\\b"),
                    when("what ", "\\bwhat (?:decides|drives|dominates) (?:it|this|the)\\b"),
                    when("decides|drives|dictates|comes down|matters most|deciding", "\\b(?:decides|drives|dictates) (?:the"
                            + "|this|our|my) (?:design|decision|choice|trade-?off|answer)\\b|\\b(?:it|this|the (?:choice"
                            + "|decision)) comes down to\\b|\\bwhat matters most\\b|\\bthe deciding (?:factor|question)\\b"),
                    when("decided|dictated|bounded|governed", "\\b(?:decided|dictated|bounded|governed) by (?:the |our "
                            + "|a )?(?:\\d|latency|p\\d\\d|cost|budget|correctness|consistency|durability|team|headcount"
                            + "|slo|sla)"))),
            Map.entry("decision-flip", any(
                    when("flip|chang|revers|invert", "\\b(?:decision|choice|answer|calculus|trade-?off|recommendation)s?"
                            + "\\s+(?:would\\s+|will\\s+)?(?:flips?|changes?|reverses?|inverts?)\\b|\\bflip(?:s|ping)? (?:the"
                            + "|this|my|our) (?:decision|choice|answer|trade-?off)\\b"),
                    when("wins", "\\bthe other (?:option|design|approach|choice) wins\\b"),
                    when("flips|changes|reverses|opposite", "\\b(?:this|that|it|the (?:decision|choice|answer|plan|call))"
                            + " (?:flips|changes|reverses) (?:if|when|once|unless|the moment)\\b|\\b(?:choose|pick|do|want)"
                            + " the opposite\\b|\\bwould be the opposite\\b"),
                    when("if|once|when|unless&'d|would|will", "\\b(?:if|once|when|unless)\\b[^.;]{0,100}\\b(?:i|we)(?:'d"
                            + "| would| will)\\s+(?:pull|push|bring|move|switch|revisit|reconsider|go back|drop|add|start)\\b"),
                    when("revisit|reconsider|flip", "\\b(?:if|once|when|unless|should)\\b[^.;]{0,100}\\b(?:i|we)(?:'d"
                            + "| would| will| should)?\\s+(?:revisit|reconsider|flip)\\b"),
                    when("'d|would", "\\b(?:if|once|when|unless)\\b[^.;]{0,100}\\b(?:i|we)(?:'d| would)\\s+(?:switch|move"
                            + "|migrate|choose|go with|prefer|pick|change)\\b"))),
            Map.entry("invariant-named", any(
                    when("invariant", "\\binvariants?\\b"),
                    when("unique", "\\bunique\\s*(?:\\(|constraint|index|key)"),
                    when(" key", "\\b(?:primary|partition|shard|sharding|sort|idempotency|dedup|deduplication|fencing"
                            + "|routing|composite) keys?\\b"),
                    when("data model|source of truth|keyed|single writer|one owner|at most one|exactly one",
                            "\\bdata model\\b|\\bsource of truth\\b|\\bkeyed (?:by|on)\\b|\\bsingle writer\\b"
                                    + "|\\bone owner\\b|\\bat most one\\b|\\bexactly one\\b"),
                    when("never|monoton", "\\b(?:must|can|may|should) never\\b|\\bmonoton(?:ic|ically|e)\\b"))),
            // B. Failure & Degradation
            Map.entry("partial-failure", any(
                    when("partial", "\\bpartial(?:ly)?\\s+(?:failures?|outages?|partitions?|degradation|failed|available"
                            + "|down|unavailable)\\b"),
                    when("gray|grey", "\\bgr[ae]y failures?\\b"),
                    when("slow", "\\bslow " + COMPONENT + "\\b|\\bslow,? (?:but )?not dead\\b|\\bnot dead,? (?:just |but )?slow\\b"),
                    when("slow|degraded|lagging|flaky|unhealthy|overloaded|flapping&" + COMPONENT_CUES, "\\b" + COMPONENT + " (?:is |are "
                            + "|becomes? |goes |gets |turns |stays |runs )?(?:slow|degraded|lagging|flaky|unhealthy|overloaded"
                            + "|flapping)\\b"),
                    when("one|single|some|few|fraction| of &" + COMPONENT_CUES, "\\b(?:one|a single|some|a few|a fraction of|one of (?:the|our"
                            + "|three|\\d+)|\\d+ (?:of|out of) (?:the |our )?\\d*)\\s*" + COMPONENT + "\\b[^.;]{0,60}\\b"
                            + "(?:fails?|failing|dies|died|down|dead|slow|degraded|unreachable|partitioned|lagging|lags"
                            + "|times? out|timing out|crash(?:es|ed)?|stalls?|hangs?|flaps?|flapping|errors?|drops?)\\b"),
                    when("%|fraction|some|half|third|quarter", "(?:\\d+(?:\\.\\d+)?\\s?%|\\ba fraction|\\bsome|\\bhalf|\\ba third"
                            + "|\\ba quarter) of (?:the |our )?(?:requests|calls|writes|reads|traffic|queries|rpcs|lookups)\\b"
                            + "[^.;]{0,40}\\b(?:fail|time out|timeout|error|slow|see errors|are dropped|retry|hang)"),
                    when("but|while|yet|even though", "\\b(?:alive|up|healthy|live|renewing|passing|green|answers?|answering"
                            + "|running)\\b[^.;]{0,60}\\b(?:but|while|yet|even though)\\b[^.;]{0,60}\\b(?:stuck|slow|hung"
                            + "|hanging|frozen|not making progress|no progress|degraded|dropping|late)\\b"),
                    when("liveness|progress|alive", "\\bliveness\\b[^.;]{0,60}\\bprogress\\b|\\bproved?\\b[^.;]{0,30}"
                            + "\\balive\\b[^.;]{0,30}\\bnot\\b"),
                    when("tail|hedg|brownout|straggler", "\\btail latency\\b|\\bhedg(?:e|ed|es|ing)\\b|\\bbrownouts?\\b"
                            + "|\\bstragglers?\\b"))),
            Map.entry("failure-timeline", any(
                    when("t+|t +|t=|t =", "\\bt\\s?\\+\\s?\\d|\\bt\\s?=\\s?\\d"),
                    when(":", "\\b(?:at|by|until|from|since|around|before|after)\\s+~?\\d{1,2}:\\d{2}\\b"
                            + "|(?m)^\\s*(?:\\d\\.\\s+)?\\d{1,2}:\\d{2}\\b"),
                    allOf("\\b(?:after|within|for|in|by|at|takes?|took|about|roughly|around|until|every|another)\\s+"
                            + "(?:about |roughly |around |~)?\\d[\\d.]*\\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?"
                            + "|minutes?|h|hrs?|hours?)(?![a-z])", EVENT).cued("#digit&" + EVENT_CUES),
                    allOf("\\b(?:first|initially)\\b[^.]{0,120}\\b(?:then|next|after that|afterwards|finally|later)\\b"
                            + "|\\b(?:seconds|minutes|hours) later\\b|\\bafter that\\b|\\bafterwards\\b|\\bin the meantime\\b"
                            + "|\\bmeanwhile\\b", EVENT).cued("first|initially|later|after that|afterwards|meantime|meanwhile"))),
            Map.entry("blast-radius", any(
                    allOf("(?:\\d+(?:\\.\\d+)?\\s?%|\\d[\\d,]*\\s?(?:in|of|out of)\\s?\\d[\\d,]*|1/\\d+|\\d[\\d,.]*\\s?"
                            + "(?:k|m|million|thousand)?)\\s+(?:of\\s+)?(?:the\\s+|our\\s+|all\\s+|its\\s+|their\\s+)?"
                            + AFFECTED, IMPACT).cued("#digit&" + AFFECTED_CUES + "&" + IMPACT_CUES),
                    allOf("(?:\\bone[- ](?:third|quarter|half|fifth|tenth|sixth)|\\b(?:a|one) (?:third|quarter|fifth|tenth"
                            + "|sixth)|\\bhalf)\\s+(?:of\\s+)?(?:the\\s+|our\\s+|all\\s+|its\\s+|their\\s+)?" + AFFECTED,
                            IMPACT).cued("third|quarter|half|fifth|tenth|sixth&" + AFFECTED_CUES),
                    when("blast radius", "\\bblast radius\\b[^.;]{0,80}\\d|\\d[^.;]{0,80}\\bblast radius\\b"),
                    allOf("\\b(?:every|all|only)\\s+(?:the\\s+)?(?:users|customers|tenants|requests|writes|keys|accounts)"
                            + "\\s+(?:on|in|routed to|pinned to|homed in|mapped to)\\s+(?:that|the|this|one)\\s+(?:shard"
                            + "|region|zone|partition|cell|replica|node|leader)", IMPACT).cued("every|all|only"))),
            Map.entry("degradation-mode", any(
                    when("read", "\\bread[- ]only\\b|\\bread from (?:a |the )?(?:follower|replica|cache)s?\\b"),
                    when("stale", "\\bstale (?:reads?|data|results|cache|copy|answers|values)\\b"),
                    when("serv", "\\bserv(?:e|es|ing) (?:stale|cached|from (?:the |a )?cache|a cached|degraded|partial)\\b"),
                    when("shed", "\\bshed(?:s|ding)? (?:load|traffic|requests|writes|low[- ]priority)|\\bload[- ]shedding\\b"),
                    when("fall", "\\bfalls? back\\b|\\bfallback\\b"),
                    when("degrad", "\\bdegrad(?:e|es|ed|ing)\\s+(?:to|gracefully|into)\\b|\\bgraceful(?:ly)?\\s+degrad"
                            + "|\\bdegraded mode\\b"),
                    when("fail", "\\bfail[- ](?:open|closed|static)\\b"),
                    when("queue", "\\bqueue(?:s|d)? (?:the )?(?:writes|requests|updates|events) (?:locally|until|for later)\\b"),
                    when("breaker", "\\b(?:circuit breaker|breaker) (?:opens|trips|opened|tripped)\\b"),
                    when("recover", "\\brecover(?:s|ed|y)? (?:by|when|once|after|through)\\b"),
                    when("catch|replay|reconcil|drain|limp|disable|brownout", "\\bcatch(?:es)? up\\b|\\breplay(?:s|ed|ing)?\\b"
                            + "|\\breconcil(?:e|es|ed|iation)\\b|\\bdrain(?:s|ed|ing)? (?:the )?(?:queue|backlog|traffic)\\b"
                            + "|\\blimp mode\\b|\\bdisable (?:non-essential|optional)\\b|\\bbrownout"),
                    when("backfill|drop|paus|freshness|read-only|admission|retry-after|retry after", "\\bbackfill"
                            + "|\\bdrop(?:s|ping)?\\b[^.;]{0,30}\\b(?:with a counter|and count|sampl)|\\bpaus(?:e|es|ing) (?:the )?"
                            + "(?:consumer|producer|automation|writes|job|rebalanc)|\\bfreshness\\b|\\badmission control\\b"
                            + "|\\bretry[- ]after\\b"))),
            // C. Scale & Evolution
            Map.entry("quantified-scale", when("#digit", "\\b" + NUM + MAG + "\\s?(?:" + RATE + "|ms|milliseconds?|µs|"
                    + SIZE + "|" + COUNTABLE + ")(?![a-z])|\\b" + NUM + MAG + "\\s?[x×*]\\s?" + NUM)),
            Map.entry("growth-threshold", any(
                    allOf("\\b(?:at|beyond|above|past|over|around|once (?:we|it|traffic|load|writes|reads|data|volume)"
                            + " (?:reach|reaches|hit|hits|exceed|exceeds|pass|passes|cross|crosses)|when (?:we|traffic|load"
                            + "|writes|reads|data|volume|usage) (?:reach|reaches|hit|hits|exceed|exceeds|pass|passes|grow"
                            + "|grows|cross|crosses)(?: to| past| beyond)?)\\s+(?:~|about |roughly )?" + NUM + "\\s?(?:k|m|b)?"
                            + "\\s?(?:x|×|times|qps|rps|tps|(?:writes?|reads?|req(?:uests)?|ops|messages|events)(?:\\s?/\\s?s"
                            + "|\\s?per\\s?(?:second|sec))?|users|customers|tenants|[gtp]b|nodes|shards|partitions|regions|%)"
                            + "(?![a-z])", "\\d").cued("at |beyond|above|past|over|around|once|when"),
                    when("x|×", "\\b\\d+\\s?(?:x|×)\\s+(?:growth|traffic|load|scale|the (?:current )?(?:load|traffic|writes"
                            + "|reads|volume|data)|more (?:traffic|load|writes|reads|users|data))|\\b(?:v1|today|day one"
                            + "|launch)\\b[^.;]{0,60}\\b\\d+\\s?(?:x|×)(?![a-z])|\\b10\\s?(?:x|×)[^.;]{0,80}\\b100\\s?(?:x|×)"
                            + "|\\bgrow(?:s|th)? (?:by |to )?\\d+\\s?(?:x|×)(?![a-z])"))),
            Map.entry("first-bottleneck", any(
                    when("first", "\\bfirst (?:thing )?to (?:break|fail|saturate|go|run out|fall over|hit)|\\b(?:breaks?"
                            + "|fails?|saturates?|runs? out|goes|falls? over) first\\b|\\bfirst bottleneck\\b"),
                    when("bottleneck", "\\bthe bottleneck (?:is|will be|becomes|would be)\\b|\\bbottleneck(?:s|ed)? (?:on"
                            + "|at)\\b|\\b(?:is|becomes|will be|would be) the (?:first |main |real )?bottleneck\\b"),
                    when("limit|ceiling|wall|out of", "\\bhits? (?:its|the|a) (?:limit|ceiling|wall)\\b|\\bruns? out of "
                            + "(?:memory|disk|cpu|iops|connections|file descriptors|capacity|headroom|bandwidth)\\b"),
                    when("saturat|maxes|tops out|caps out|limit", "\\bsaturat(?:es|ed|ing) (?:the|its|a|at)\\b|\\b(?:cpu"
                            + "|disk|network|memory|iops|connection pool|write throughput|leader|single leader|primary)\\b"
                            + "[^.;]{0,40}\\b(?:saturates|is saturated|maxes out|tops out|caps out|becomes the limit)\\b"))),
            Map.entry("dangerous-assumption", when("assum|estimate|bet|relying|counting|relies|depends",
                    "\\b(?:dangerous|risky|riskiest|fragile|load[- ]bearing|critical|shaky|weakest|biggest)\\s+assumptions?"
                            + "\\b|\\bassum(?:e|es|ed|ing|ption)\\b[^.;]{0,100}\\b(?:wrong|false|breaks?|fails?|invalid"
                            + "|not hold|doesn't hold|does not hold|stops? holding|is violated|proves? false|turns out)|\\bif "
                            + "(?:that|this|the|our) (?:assumption|estimate|bet) (?:is wrong|fails|breaks|is off|doesn't hold"
                            + "|does not hold)|\\b(?:we're|we are|i'm|i am|the design is) (?:betting|relying|counting) on\\b"
                            + "|\\bthe (?:design|plan|whole thing) (?:assumes|relies on|depends on)\\b")),
            Map.entry("migration-path", when("dual|shadow|backfill|cut|canar|roll|feature flag|expand|strangler|phased"
                    + "|migrat|double|blue|dark launch", "\\bdual[- ]?(?:writ(?:e|es|ing)|reads?)\\b|\\bshadow (?:traffic"
                    + "|reads?|writes?|mode|cluster|table)\\b|\\bbackfill(?:s|ed|ing)?\\b|\\bcut ?over\\b|\\bcanar(?:y|ies)\\b"
                    + "|\\broll(?:ing)?[- ]?back\\b|\\brollback\\b|\\bfeature flags?\\b|\\bexpand[- ](?:and[- ])?contract\\b"
                    + "|\\bstrangler\\b|\\bphased (?:rollout|migration)\\b|\\broll(?:ed|ing)? (?:it )?out (?:gradually"
                    + "|in phases|in stages|to \\d)|\\bmigrat(?:e|es|ed|ing|ion)\\b[^.;]{0,60}\\b(?:gradually|incrementally"
                    + "|behind|shard by shard|tenant by tenant|region by region|in phases|in stages|one [a-z]+ at a time"
                    + "|with no downtime|without downtime|online)\\b|\\bdouble[- ]read\\b|\\bblue[- ]green\\b"
                    + "|\\bdark launch")),
            Map.entry("nonlinear-scaling", any(
                    when("fan", "\\bfan[- ]?(?:out|in)\\b"),
                    when("²|^|squared|o(n|quadratic|linear|exponential|amplif|all-to-all|faster than|combinator",
                            "\\bn\\s?(?:²|\\^\\s?2|squared)|\\bo\\(n\\s?(?:²|\\^\\s?2|\\*\\s?n|log n)\\)"
                                    + "|\\bquadratic(?:ally)?\\b|\\bsuper-?linear(?:ly)?\\b|\\bnon-?linear(?:ly)?\\b"
                                    + "|\\bexponential(?:ly)?\\b|\\bamplif(?:y|ies|ied|ication)\\b|\\ball-to-all\\b"
                                    + "|\\bgrows? faster than\\b|\\bcombinator"),
                    when("coordination|contention|gossip|cross-shard|cross-partition|scatter",
                            "\\bcoordination (?:cost|overhead|traffic|grows|becomes)|\\b(?:lock|write|hot[- ]?key|row)"
                                    + " contention\\b|\\bcontention (?:grows|rises|climbs|on)\\b|\\bgossip\\b"
                                    + "|\\bcross-(?:shard|partition) (?:transactions?|joins?|queries|fan)|\\bscatter[- ]gather\\b"),
                    when("the more|every extra|each extra|each additional|every additional",
                            "\\b(?:the more|every extra|each extra|each additional|every additional)\\s+(?:shards?|nodes?"
                                    + "|replicas?|services?|partitions?|hops?|calls?|dependenc(?:y|ies)|regions?|followers?"
                                    + "|subscribers?|consumers?)\\b"),
                    when("^|tail", "\\b1\\s?[−-]\\s?\\(?\\s?\\d*\\.?\\d+\\s?\\)?\\s?\\^"
                            + "|\\btail (?:at scale|latency (?:compounds|multiplies|amplif))"))),
            // D. Cost & Sustainability
            Map.entry("cost-driver", allOf("\\$\\s?\\d|\\b\\d[\\d,.]*\\s?(?:k|m|b)?\\s?(?:usd|dollars|eur|euros)\\b"
                    + "|\\b\\d[\\d,.]*\\s?(?:x|×)\\s+(?:the\\s+|more\\s+)?(?:storage|compute|cost|spend|egress|instances"
                    + "|machines|hardware|bill|replicas|bandwidth|disks?|servers|nodes)\\b|\\b\\d[\\d,.]*\\s?[kmgtp]i?b\\b"
                    + "|\\b\\d+\\s?(?:engineer|person|people)[- ]?(?:months?|weeks?|years?|quarters?)\\b|\\b\\d+(?:\\.\\d+)?"
                    + "\\s?% of (?:the |our )?(?:bill|cost|costs|spend|budget)\\b|\\b\\d+\\s(?:engineers|people|ftes?"
                    + "|sres)\\b|\\b(?:double|triple|quadruple|halve)s? (?:the |our )?(?:storage|compute|cost|bill|spend"
                    + "|egress)", COST_WORD).cued("#digit|double|triple|quadruple|halve&" + COST_CUES)),
            Map.entry("cost-scaling", allOf("\\b(?:scales?|grows?|rises?|increases?|climbs?|doubles?|triples?|multiplies"
                    + "|goes up)\\b[^.;]{0,50}\\b(?:linearly|with|in proportion|proportionally|quadratically|super-?linearly"
                    + "|sub-?linearly|faster than|slower than|as)\\b|\\b(?:linear|proportional|quadratic|super-?linear"
                    + "|sub-?linear)(?:ly)?\\b|\\bper (?:request|write|read|gb|tb|user|region|message|million|transaction"
                    + "|query|tenant|replica|node|event)\\b", COST_WORD).cued("scale|grow|rise|increase|climb|double"
                    + "|triple|multipl|goes up|linear|proportional|quadratic|per &" + COST_CUES)),
            Map.entry("not-build", allOf("(?:\\b(?:not|never|skip|skipping|defer|deferring|avoid|avoiding|leave out"
                    + "|leaving out|drop|dropping|punt on|hold off on|no)|n't)\\s+(?:to\\s+|on\\s+)?(?:build|building|built"
                    + "|add|adding|implement|implementing|run|running|operate|operating|introduce|introducing|buy|buying"
                    + "|pay for|paying for|invest in|support|supporting|write|writing|develop|developing|go multi-region"
                    + "|going multi-region|offer|ship|shipping|automate|automating|custom|bespoke)\\b|\\bout of scope\\b"
                    + "|\\bnot worth (?:it|building|the)\\b|\\byagni\\b|\\bnon[- ]goals?\\b|\\b(?:we|i) (?:do not|don't"
                    + "|would not|wouldn't|will not|won't) need\\b", "\\b(?:because|since|until|unless|given|as|so|while"
                    + "|which|yet|only|when|instead|worth|cost|costs|why|reason|today)\\b|—|:|;| - ")
                    .cued("not|never|skip|defer|avoid|leav|drop|punt|hold off|n't|no |scope|worth|yagni|goal")),
            Map.entry("cost-vs-benefit", allOf("\\b(?:prevents?|preventing|saves?|saving|avoids?|avoiding|buys?"
                    + "|worth|pays? for itself|break[- ]?even|roi|cheaper than|outweighs?|compared (?:to|with)|versus|vs\\.?"
                    + "|against|insurance|in exchange|instead of|less than|more than|to save|to avoid|to prevent)(?![a-z])",
                    "\\$\\s?\\d|\\b\\d[\\d,.]*\\s?(?:k|m|b)?\\s?(?:usd|dollars|eur|euros)\\b|\\b\\d+\\s?(?:engineer"
                            + "|person|people)[- ]?(?:months?|weeks?|years?)\\b",
                    "\\d[^\\d]+\\d").cued("$|usd|dollar|eur|engineer|person|people&prevent|sav|avoid|buy|worth|pays"
                    + "|break|roi|cheaper|outweigh|compared|versus|vs|against|insurance|exchange|instead|less than|more than|pay")),
            // E. Org & Operational Reality
            Map.entry("ownership", any(
                    when("own", "\\b(?:team|squad|org|sre|sres|platform|infra|dba|dbas|on-?call|owner|owners|we|i)\\b"
                            + "[^.;]{0,40}\\b(?:owns?|owning)\\b|\\bowned by\\b|\\bownership (?:of|sits|belongs|stays|is)\\b"
                            + "|\\b(?:who|which team) owns\\b"),
                    when("paged|pager|on call|respond|responsible|accountable|escalat", "\\b(?:team|on-?call|sre|rotation"
                            + "|owner|engineer)s?\\b[^.;]{0,40}\\b(?:is paged|are paged|gets paged|get paged|carr(?:y|ies) "
                            + "the pager|is on call|responds?|is responsible|are responsible|is accountable|escalates?)\\b"
                            + "|\\b(?:who|which team) (?:is|gets) paged\\b"),
                    when("pag|escalat", "\\b(?:pages?|paging|escalat(?:e|es|ed|ion) to)\\s+(?:the\\s+)?[a-z-]+\\s+(?:team"
                            + "|on-?call|sre|rotation|owner|oncall)\\b"))),
            Map.entry("human-failure", when("misconfigur|fat|wrong|human|operator|manual|by hand|fatigue|tired|3am|3 am"
                    + "|typo|bad |config|mistaken|accident|two-person|four-eyes|peer|guard|dry|confirmation|forget",
                    "\\bmisconfigur[a-z]*|\\bfat[- ]finger[a-z]*|\\bwrong (?:manual )?(?:failover|promotion|region|config"
                    + "|configuration|flag|command|cluster|host|button|replica|leader|node|shard|version|script)\\b|\\bhuman "
                    + "(?:error|mistake|factor)s?\\b|\\boperator (?:error|mistake)s?\\b|\\bmanual (?:failover|promotion"
                    + "|step|change|edit|intervention|override|process)s?\\b|\\bby hand\\b|\\bfatigue|\\btired\\b|\\b3 ?am\\b"
                    + "|\\btypos?\\b|\\bbad (?:config|deploy|deployment|push|change|rollout|migration|flag)\\b|\\bconfig"
                    + "(?:uration)? (?:change|push|drift|error|mistake)s?\\b|\\bmistaken(?:ly)?\\b|\\baccidental(?:ly)?\\b"
                    + "|\\bruns? the wrong\\b|\\bpromotes? the wrong\\b|\\btwo-person\\b|\\bfour-eyes\\b|\\bpeer[- ]review"
                    + "(?:ed)?\\b|\\bguard ?rails?\\b|\\bdry[- ]run\\b|\\bconfirmation (?:prompt|step)\\b|\\bforgets? to\\b")),
            Map.entry("runbook-action", any(
                    when("when|if|once|as soon as", "\\b(?:when|if|once|whenever|as soon as)\\b[^.;]{0,80}\\b(?:exceeds?"
                            + "|exceeding|above|over|below|under|crosses|drops?|spikes?|reaches|hits|fires|alerts?|lags?"
                            + "|passes|goes (?:above|below|over|past)|is (?:down|unhealthy|stale|behind|saturated|full)"
                            + "|stays? (?:above|below|over)|climbs? (?:above|past|over)|falls? (?:below|under)|trips)\\b"
                            + "[^.;]{0,100}?\\b(?:drain|fail ?over|failover|promote|roll ?back|rollback|restart|scale (?:up"
                            + "|out|down)|shed|page|pause|throttle|disable|enable|flip|switch|run|rotate|reroute|re-route"
                            + "|evict|cordon|block|freeze|kill|add|remove|resize|rebalance|raise|lower|demote|isolate|revert"
                            + "|declare|escalate|stop|halt|fence|eject|move|shift|drop|open|replace|page)[a-z]*\\b"),
                    when("runbook", "\\brunbook\\b[^.;]{0,60}(?:\\bsays\\b|\\bsteps?\\b|\\baction\\b|\\btells\\b|\\bis to\\b|:)"))
                    // "if X grows, I would revisit the design" is a decision flip, not an operational step
                    .unless("\\b(?:i|we)(?:'d| would| might| could)\\s+(?:revisit|reconsider|move|migrate|choose)\\b")),
            Map.entry("cross-team", any(
                    when("team", "\\bcross[- ]team\\b"
                            + "|\\bteam by team\\b|\\b(?:each|every|other|calling|consuming|client|product|partner"
                            + "|downstream|upstream|dependent|affected|\\d+)\\s+(?:product\\s+|service\\s+|client\\s+)?teams\\b"
                            + "|\\b(?:each|every) (?:calling |consuming |client |product |downstream |upstream )?team\\b"),
                    allOf("\\bwith (?:the )?[a-z-]+(?: [a-z-]+)? teams?\\b|\\b(?:the )?[a-z][a-z-]* teams?\\b[^.;]{0,60}\\b(?:agree"
                            + "|sign(?:s|ed)? off|signs? up|migrat|adopt|coordinat|negotiat|align|deprecat|contract|rfc"
                            + "|deadline|window|announce|notify|consult)", "\\b(?:agree|sign(?:s|ed)? off|migrat|adopt|coordinat"
                            + "|negotiat|align|deprecat|contracts?|rfc|deadline|window|announc|notif|consult|api|schema"
                            + "|interface|change)").cued("team&agree|sign|migrat|adopt|coordinat|negotiat|align|deprecat"
                            + "|contract|rfc|deadline|window|announc|notif|consult|api|schema|interface|change"))));

    private SignalRules() {
    }

    static Optional<Rule> rule(String signalId) {
        return Optional.ofNullable(RULES.get(signalId));
    }
}

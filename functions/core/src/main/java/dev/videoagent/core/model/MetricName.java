package dev.videoagent.core.model;

/**
 * Every metric the services record, with its CloudWatch unit. The code that records a metric and the
 * CDK dashboard and alarms that read it both name it from here, so a rename cannot leave a graph empty.
 */
public enum MetricName {

    /** 1 for a prompt answered from the cache, 0 for one generated: the average is the hit ratio. */
    CACHE_HIT_RATIO("CacheHitRatio", "None"),
    /** Seconds one render took, fallback renders included. */
    RENDER_DURATION("RenderDuration", "Seconds"),
    /** One per render attempt after the first (the workflow's Retry). */
    RENDER_RETRIES("RenderRetries", "Count"),
    /** One per render that fell back to the default animation. */
    RENDER_FALLBACKS("RenderFallbacks", "Count");

    /** The CloudWatch namespace all of them are recorded in. */
    public static final String NAMESPACE = "VideoAgent";

    private final String cloudWatchName;
    private final String unit;

    MetricName(String cloudWatchName, String unit) {
        this.cloudWatchName = cloudWatchName;
        this.unit = unit;
    }

    /** The name as CloudWatch shows it. */
    public String cloudWatchName() {
        return cloudWatchName;
    }

    /** The unit as CloudWatch names it: Count, Seconds, None. */
    public String unit() {
        return unit;
    }
}

package dev.videoagent.infra;

import dev.videoagent.core.model.MetricName;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * Alarms on renders that fall back or fail, and one dashboard of the API, the renders and the cache,
 * reading the {@link MetricName}s the services record. Resources sit at the stack's level (see
 * {@link Network}).
 */
public final class Observability extends Construct {

    public Observability(Construct scope, String id, RestApi api, StateMachine renderWorkflow) {
        super(scope, id);
        Stack stack = Stack.of(this);
        Metric fallbacks = Metric.Builder.create().namespace(MetricName.NAMESPACE)
                .metricName(MetricName.RENDER_FALLBACKS.cloudWatchName())
                .statistic("Sum").period(Duration.minutes(15)).build();
        Metric failures = renderWorkflow.metricFailed(MetricOptions.builder()
                .period(Duration.minutes(15)).statistic("Sum").build());
        Alarm.Builder.create(stack, "RenderFallbackAlarm").metric(fallbacks).threshold(3).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("Three or more renders fell back to the default animation in 15 minutes").build();
        Alarm.Builder.create(stack, "RenderFailureAlarm").metric(failures).threshold(1).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("A render workflow failed (the fallback failed too)").build();
        Dashboard.Builder.create(stack, "Dashboard").dashboardName("video-prompt-agent").widgets(List.of(List.of(
                GraphWidget.Builder.create().title("API latency").left(List.of(api.metricLatency())).build(),
                GraphWidget.Builder.create().title("API errors").left(List.of(api.metricClientError(),
                        api.metricServerError())).build(),
                GraphWidget.Builder.create().title("Render duration").left(List.of(
                        recorded(MetricName.RENDER_DURATION, "p90"), renderWorkflow.metricTime())).build()), List.of(
                GraphWidget.Builder.create().title("Retries and fallbacks").left(List.of(
                        recorded(MetricName.RENDER_RETRIES, "Sum"), fallbacks)).build(),
                GraphWidget.Builder.create().title("Failed renders").left(List.of(failures)).build(),
                GraphWidget.Builder.create().title("Cache hit ratio").left(List.of(
                        recorded(MetricName.CACHE_HIT_RATIO, "Average"))).build()))).build();
    }

    /** A metric the services record, at the dashboard's default period. */
    private static Metric recorded(MetricName metric, String statistic) {
        return Metric.Builder.create().namespace(MetricName.NAMESPACE).metricName(metric.cloudWatchName())
                .statistic(statistic).build();
    }
}

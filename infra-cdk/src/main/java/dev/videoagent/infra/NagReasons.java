package dev.videoagent.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Stack;

/** The AwsSolutions findings this design accepts, each with its reason. Everything else must pass. */
final class NagReasons {

    private NagReasons() {
    }

    static void apply(Stack stack) {
        NagSuppressions.addStackSuppressions(stack, List.of(
                suppress("AwsSolutions-IAM4", "AWS managed policies only on roles CDK creates for its own helpers"
                        + " (Lambda basic/VPC execution, the ECS instance role, BucketDeployment); our grants are inline."),
                suppress("AwsSolutions-IAM5", "Wildcards only where ARNs are not known ahead: objects under our"
                        + " buckets (bucket/*), ECS task ARNs of our cluster (task/<cluster>/*), CDK helper resources,"
                        + " X-Ray and log delivery, which have no resource-level permissions."),
                suppress("AwsSolutions-L1", "Our functions deliberately run on the java21 runtime (Java 17 bytecode);"
                        + " the others are CDK-provided singleton helpers whose runtime CDK pins."),
                suppress("AwsSolutions-SNS3", "The topic is the ECS capacity provider's draining hook, created by CDK;"
                        + " only the Auto Scaling service publishes to it."),
                suppress("AwsSolutions-SMG4", "The ElastiCache AUTH token is rotated by a planned"
                        + " modify-replication-group (tokens must change on the cluster and in the secret together)."),
                suppress("AwsSolutions-ECS2", "Only non-secret settings are plain environment variables (region, log"
                        + " level, endpoints); the job itself arrives as container overrides per run."),
                suppress("AwsSolutions-AS3", "The render hosts' Auto Scaling group is driven by the ECS capacity provider; its"
                        + " scaling activity is visible in ECS and CloudWatch."),
                suppress("AwsSolutions-CFR4", "No custom domain yet: the default *.cloudfront.net certificate decides the"
                        + " minimum TLS version; set one with a domain and an ACM certificate."),
                suppress("AwsSolutions-DOC5", "The cluster exports the 'audit' and 'profiler' logs and its parameter"
                        + " group sets audit_logs=all, which records authenticate, createIndex and dropCollection."),
                suppress("AwsSolutions-DOC3", "The DocumentDB credentials live in Secrets Manager with single-user"
                        + " rotation; the rule cannot evaluate the intrinsic that attaches the secret."),
                suppress("CdkNagValidationFailure", "Raised only by AwsSolutions-DOC3 on the secret attachment's"
                        + " intrinsic (see above)."),
                suppress("AwsSolutions-CFR1", "A public page for everyone: no geo restriction."),
                suppress("AwsSolutions-CFR2", "The distribution serves static files only; WAF belongs in front of the"
                        + " API, where the cost decision is made (APIG3)."),
                suppress("AwsSolutions-APIG3", "Stage throttling and the usage plan bound abuse at no fixed cost; a WAF"
                        + " web ACL (from about 5 USD a month plus rules) is added when traffic warrants it."),
                suppress("AwsSolutions-AEC4", "One cache node to keep idle cost low: the cache is an accelerator, the"
                        + " service answers uncached when it is down.")));
    }

    /**
     * The pool runs on the Essentials plan: threat protection (COG3) needs Plus, priced per monthly user; and MFA
     * is offered, not required (COG2).
     */
    static void userPoolOnEssentials(software.constructs.IConstruct pool) {
        NagSuppressions.addResourceSuppressions(pool, List.of(suppress("AwsSolutions-COG3", "Threat protection"
                + " (advanced security) needs the Plus feature plan, about 0.02 USD per monthly active user; sign-up"
                + " is e-mail verified, passwords are 12+ characters of four kinds, an OTP second factor is offered,"
                + " and per-user limits bound what one account can consume."),
                suppress("AwsSolutions-COG2", "An OTP second factor is offered to everyone (MFA optional), not forced:"
                        + " the account holds video prompts, not payment or personal records, and sign-up stays one"
                        + " step.")));
    }

    /** GET /api/health is the one method without the authorizer: monitors and the page ask it signed out. */
    static void publicHealthCheck(software.constructs.IConstruct method) {
        NagSuppressions.addResourceSuppressions(method, List.of(
                suppress("AwsSolutions-COG4", "The health check answers without sign-in, for monitors and the page's"
                        + " status line; it reads no one's data."),
                suppress("AwsSolutions-APIG4", "The health check answers without sign-in, for monitors and the page's"
                        + " status line; it reads no one's data.")));
    }

    private static NagPackSuppression suppress(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}

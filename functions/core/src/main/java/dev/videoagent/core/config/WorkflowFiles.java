package dev.videoagent.core.config;

/** The render workflow's one definition file, relative to the repository (or installation) root. */
public final class WorkflowFiles {

    /** CDK deploys it to Step Functions, the local runtime runs it on its executor. */
    public static final String DEFINITION = "workflow/render-workflow.asl.json";

    private WorkflowFiles() {
    }
}

package dev.videoagent.local;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code local/video-agent}: the command line of the local runtime. Sets up logging before any
 * logger exists, then runs one subcommand. User-facing messages go to stdout/stderr, not the log.
 * Exit codes: 0 done, 1 failed (cannot start, render failed, a benchmark missed its target), 2 bad usage.
 */
@Command(name = "video-agent", synopsisSubcommandLabel = "COMMAND",
        description = "The local runtime of Video Prompt Agent: the API, the page and embedded Mongo, Redis and S3.",
        footer = {"", "'video-agent COMMAND --help' or 'video-agent help COMMAND' shows the options of a command."})
public final class VideoAgentCli implements Callable<Integer> {

    static final String HOME_VARIABLE = "VIDEO_AGENT_HOME";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final PrintStream out;

    private VideoAgentCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "video-agent-logback.xml");
        }
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return commandLine(env, out, err).execute(args);
    }

    /** The whole command tree, writing to {@code out} and {@code err}; tests parse with it without running. */
    static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new VideoAgentCli(out))
                .addSubcommand(new ServeCommand(env, home(env), out, err))
                .addSubcommand(new PromptCommand(out, err))
                .addSubcommand(new RenderCommand(out, err))
                .addSubcommand(new ContactSheetCommand(out))
                .addSubcommand(new BenchCommand(out, err))
                .addSubcommand(new TokenCommand(out, err))
                .addSubcommand(new CommandLine.HelpCommand());
        // these setters reach only the subcommands added so far, hence after the last addSubcommand
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setOverwrittenOptionsAllowed(true); // as before picocli: the last --port given wins
        cli.setParameterExceptionHandler(VideoAgentCli::usageError);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e);
            e.printStackTrace(command.getErr());
            return 1;
        });
        // an idea is free text: a word that looks like an option ("-5도의 겨울") is part of it, as it always was
        cli.getSubcommands().get("prompt").setUnmatchedOptionsArePositionalParams(true);
        return cli;
    }

    /** Bad usage: what is wrong (naming the option), then the command's usage; exit code 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        err.println(command.getCommandSpec().qualifiedName() + ": " + message);
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A range check on an option's value; the message names the option, as picocli's own do. */
    static int inRange(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** No command: the usage, with exit code 2 as for any other bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return 2;
    }

    private static Path home(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}

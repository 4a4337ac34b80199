package dev.videoagent.local;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.usecase.GeneratePromptCommand;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.nori.PromptEngines;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code video-agent prompt [--target generic|wan|ltx|hunyuan|luma] "<idea>"}: the generate response as JSON,
 * computed in-process (nothing stored).
 */
@Command(name = "prompt", sortOptions = false, sortSynopsis = false,
        description = "Print the prompt generated for an idea, as JSON (the POST /api/prompts response, computed"
                + " in-process; nothing is stored).")
final class PromptCommand implements Callable<Integer> {

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "generic", converter = TargetKey.class,
            completionCandidates = TargetKeys.class,
            description = "the video model to write for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Target target;

    // several words are joined with spaces, so the idea need not be quoted
    @Parameters(arity = "1..*", paramLabel = "IDEA", description = "the idea, in Korean, English or both")
    private List<String> words;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final PrintStream out;
    private final PrintStream err;

    PromptCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    Target target() {
        return target;
    }

    String idea() {
        return String.join(" ", words);
    }

    @Override
    public Integer call() {
        GeneratePromptCommand command;
        try {
            command = new GeneratePromptCommand(idea(), false, target);
        } catch (ValidationException | InputTooLongException e) {
            err.println("video-agent prompt: " + e.getMessage());
            return 2;
        }
        PromptEngine engine = PromptEngines.createDefault();
        GeneratedPrompt generated = new GeneratedPrompt(new RecordIds(Clock.systemUTC()).get(),
                engine.generate(command.concept(), command.target()), false, false, RewriteOutcome.OFF);
        out.println(JsonCodec.write(GenerateHandler.toJson(generated)));
        return 0;
    }

    /** The keys of {@link Target}, for the help text. */
    static final class TargetKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Target.keys().iterator();
        }
    }

    /** A target by its key; an unknown key lists the valid ones. */
    static final class TargetKey implements ITypeConverter<Target> {
        @Override
        public Target convert(String key) {
            return Target.fromKey(key).orElseThrow(() -> new TypeConversionException(
                    "'" + key + "' is not one of " + String.join(", ", Target.keys())));
        }
    }
}

package dev.videoagent.local;

import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.history.RecordIds;
import dev.videoagent.core.prompt.GeneratePromptCommand;
import dev.videoagent.core.prompt.GeneratedPrompt;
import dev.videoagent.core.prompt.PromptEngine;
import dev.videoagent.core.prompt.RewriteOutcome;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.nori.PromptEngines;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * {@code video-agent prompt [--target generic|wan|ltx|hunyuan|luma] "<idea>"}: the generate response as JSON,
 * computed in-process (nothing stored).
 */
final class PromptCommand {

    private PromptCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> words = new java.util.ArrayList<>(args);
        String target = null;
        int flag = words.indexOf("--target");
        if (flag >= 0) {
            if (flag + 1 >= words.size()) {
                err.println("video-agent prompt: --target needs a value (" + String.join(", ",
                        dev.videoagent.core.prompt.model.Target.keys()) + ")");
                return 2;
            }
            target = words.get(flag + 1);
            words.subList(flag, flag + 2).clear();
        }
        if (words.isEmpty()) {
            err.println("usage: video-agent prompt [--target generic|wan|ltx|hunyuan|luma] \"<idea>\"");
            return 2;
        }
        GeneratePromptCommand command;
        try {
            command = new GeneratePromptCommand(String.join(" ", words), false, GeneratePromptCommand.target(target));
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
}

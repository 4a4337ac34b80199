package dev.videoagent.local;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Target;
import dev.videoagent.nori.PromptEngines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Same idea, same prompt, in any process: a digest of every prompt, negative prompt and trace the engine
 * writes for the bench ideas in every target, computed here and in a fresh JVM started for the purpose.
 */
final class PromptDeterminism {

    private PromptDeterminism() {
    }

    /** Run by the bench in a child JVM: prints the digest of this process's prompts. */
    public static void main(String[] args) {
        System.out.println(digest(PromptEngines.createDefault(), List.of(args)));
    }

    static String digest(PromptEngine engine, List<String> ideas) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String idea : ideas) {
                for (Target target : Target.values()) {
                    PromptResult r = engine.generate(idea, target);
                    sha.update((r.prompt() + "\n" + r.negativePrompt() + "\n" + r.trace() + "\n" + r.structure()
                            + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest computed by a fresh JVM on this classpath, or an error text when it could not run. */
    static String inFreshProcess(List<String> ideas) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PromptDeterminism.class.getName()));
        command.addAll(ideas);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "child JVM failed";
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

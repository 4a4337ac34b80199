package dev.videoagent.local;

import dev.videoagent.render.ContactSheet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code video-agent contact-sheet [--out FILE.png]}: one frame of every backdrop and figure the renderer draws. */
@Command(name = "contact-sheet", description = "Write a PNG with one frame of every backdrop and every figure "
        + "the local renderer draws, each named.")
final class ContactSheetCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE.png", description = "where to write it (default: ${DEFAULT-VALUE})",
            defaultValue = "docs/contact-sheet.png")
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final PrintStream stdout;

    ContactSheetCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        int cells = ContactSheet.write(out);
        stdout.println("{\"contactSheet\":\"" + out.toString().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"cells\":" + cells + "}");
        return 0;
    }
}

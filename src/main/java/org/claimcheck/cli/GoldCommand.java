package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.eval.GoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck gold validate [--gold DIR]}: checks the gold set's files, spans, values and splits. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = "Tools for the gold annotation set.")
public final class GoldCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: print the usage and fail. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks every gold file: the schema, that each span's text is the article's text at "
                    + "its offsets, that values are well formed, and that splits.json puts each article in "
                    + "exactly one of dev and test.", "Prints one line per problem; exits 1 when there is any."})
    int validate(@Option(names = "--gold", defaultValue = "gold", paramLabel = "DIR",
            description = "gold folder (default: ${DEFAULT-VALUE})") Path gold) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println(gold + ": no such gold folder");
            return 1;
        }
        List<String> problems = GoldSet.validate(gold);
        problems.forEach(err::println);
        int files = GoldSet.files(gold).size();
        out.printf("%d gold files, %d problem%s%n", files, problems.size(), problems.size() == 1 ? "" : "s");
        out.flush();
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }
}

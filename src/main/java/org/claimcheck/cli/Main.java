package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.extract.claims.ClaimExtractor;
import org.claimcheck.pipeline.Claimcheck;
import org.claimcheck.pipeline.StageTimes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command line: one subcommand per class, registered here. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, version = "claimcheck 0.1.0",
        description = {"Extracts dated, attributed claims from news articles, flags where an article "
                + "contradicts itself, indexes the facts for search and scores extraction against gold sets."},
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The command line with every subcommand; exit code 2 on bad arguments. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("run", new RunCommand());
        cl.addSubcommand("extract", new ExtractCommand());
        cl.addSubcommand("check", new CheckCommand());
        cl.addSubcommand("eval", new EvalCommand(() -> Claimcheck.defaults()::process,
                () -> new Claimcheck(Gazetteer.defaults(), Claimcheck.Depth.FINDINGS, new StageTimes(),
                        ClaimExtractor.Scope.ALL_EVENTS)::process));
        cl.addSubcommand("gold", new GoldCommand());
        cl.addSubcommand("index", new IndexCommand());
        cl.addSubcommand("search", new SearchCommand());
        cl.addSubcommand("bench-index", new IndexBenchCommand());
        cl.addSubcommand("bench", new BenchCommand());
        cl.addSubcommand("perturb", new PerturbCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("claimcheck: " + ex.getMessage()
                    + " (see 'claimcheck " + ex.getCommandLine().getCommandName() + " --help')");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        System.exit(commandLine().execute(args));
    }
}

package dev.staffdrill;

import dev.staffdrill.cli.CliContext;
import dev.staffdrill.cli.CreateAdminCommand;
import dev.staffdrill.cli.EvalGraderCommand;
import dev.staffdrill.cli.GradeCommand;
import dev.staffdrill.cli.ImportCommand;
import dev.staffdrill.cli.MigrateDbCommand;
import dev.staffdrill.cli.BackupCommand;
import dev.staffdrill.cli.RestoreCommand;
import dev.staffdrill.cli.ResetPasswordCommand;
import dev.staffdrill.cli.ServeCommand;
import dev.staffdrill.cli.ValidateCommand;
import dev.staffdrill.config.ConfigException;
import dev.staffdrill.config.Setting;
import dev.staffdrill.config.StartupException;
import dev.staffdrill.content.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code staff-drill [serve|validate|import|grade|eval-grader|create-admin|reset-password|migrate-db|backup|restore] …}. Subcommands are registered
 * here, in one place. Start-up failures print one line naming the cause and the fix, and exit
 * non-zero; {@code --debug} adds the stack trace.
 */
@Command(name = "staff-drill", mixinStandardHelpOptions = true, version = "Staff Drill 0.1.0",
        description = "Timed L6 system-design drills graded against Staff-level signals.")
public final class Main implements Runnable {
    @Option(names = "--debug", description = "Print stack traces on failure.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    private Main() {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { // only reached as `staff-drill --debug`: show what there is to run
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; returns the exit code instead of exiting, so tests can call it. */
    public static int execute(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        CliContext cli = new CliContext(env, out, err);
        CommandLine cmd = new CommandLine(new Main())
                .addSubcommand(new ServeCommand(cli))
                .addSubcommand(new ValidateCommand(cli))
                .addSubcommand(new ImportCommand(cli))
                .addSubcommand(new GradeCommand(cli))
                .addSubcommand(new EvalGraderCommand(cli))
                .addSubcommand(new CreateAdminCommand(cli, System.in))
                .addSubcommand(new ResetPasswordCommand(cli, System.in))
                .addSubcommand(new MigrateDbCommand(cli))
                .addSubcommand(new BackupCommand(cli))
                .addSubcommand(new RestoreCommand(cli))
                .setOut(out).setErr(err);
        cmd.getCommandSpec().usageMessage().footer(settingsHelp());
        String[] effective = args.length == 0 || args[0].startsWith("--") && !isRootOption(args[0])
                ? prepend("serve", args) : args;
        cmd.setExecutionExceptionHandler((e, c, parsed) -> fail(err, e, debugRequested(effective)));
        try {
            return cmd.execute(effective);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean isRootOption(String a) {
        return List.of("--help", "-h", "--version", "-V", "--debug").contains(a);
    }

    private static boolean debugRequested(String[] args) {
        return Arrays.asList(args).contains("--debug");
    }

    private static String[] prepend(String first, String[] rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(Arrays.asList(rest));
        return l.toArray(String[]::new);
    }

    static int fail(PrintWriter err, Exception e, boolean debug) {
        if (e instanceof ContentException ce) {
            err.println("error: content is invalid (" + ce.problems().size() + " problem"
                    + (ce.problems().size() == 1 ? "" : "s") + "); fix these and start again:");
            ce.problems().forEach(p -> err.println("  " + p));
        } else if (e instanceof StartupException || e instanceof ConfigException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("error: " + e + (debug ? "" : " (run with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof ContentException ? 1 : 2;
    }

    private static String settingsHelp() {
        StringBuilder sb = new StringBuilder("%nSettings (flag, or environment variable; default):%n");
        for (Setting s : Setting.values()) {
            sb.append(String.format("  %-24s %-34s %s%n      %s%n", s.flag(), s.env(),
                    s.defaultValue().isEmpty() ? "(none)" : s.defaultValue(), s.description()));
        }
        return sb.toString().replace("%", "%%").replace("%%n", "%n");
    }
}

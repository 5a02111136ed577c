package dev.staffdrill.cli;

import dev.staffdrill.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Start the web app (the default command).",
        footer = {"", "Settings: any of the options listed by 'staff-drill --help', e.g. --port 8080."})
public final class ServeCommand implements Callable<Integer> {
    private final CliContext cli;

    @Unmatched
    List<String> settings;

    public ServeCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws InterruptedException {
        App app = App.create(cli.config(settings)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT: stop taking requests, finish the ones in flight, close the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        String host = app.config().listenHost();
        String shown = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        cli.out().println("Staff Drill is running on http://" + (shown.contains(":") ? "[" + shown + "]" : shown)
                + ":" + app.port() + "  (Ctrl+C to stop)");
        cli.out().flush();
        stopped.await();
        return 0;
    }
}

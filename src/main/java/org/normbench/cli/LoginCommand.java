package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Console;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "login", description = "Create an API token with your name and password and save it.")
class LoginCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "your account name")
    String username;

    @Option(names = "--password-stdin", description = "read the password from standard input (for scripts)")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
        String password;
        Console console = System.console();
        if (passwordStdin || console == null) {
            password = cli.in.readLine();
        } else {
            char[] typed = console.readPassword("password for %s: ", username);
            password = typed == null ? null : new String(typed);
        }
        if (password == null || password.isEmpty()) {
            throw new CliException("no password given");
        }
        JsonNode created = cli.client().postAs(username, password, "/api/tokens",
                Map.of("name", "normbench CLI on " + InetAddress.getLocalHost().getHostName()));
        cli.out.println("signed in as " + username + "; token saved to "
                + TokenStore.write(cli.configDir, created.path("token").asText()));
        return 0;
    }
}

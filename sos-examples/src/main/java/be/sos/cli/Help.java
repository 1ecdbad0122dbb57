package be.sos.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command laid out like a manual page ({@code sos help COMMAND}): synopsis,
 * description, arguments, options, subcommands and exit status, under headings in the chosen language.
 */
final class Help {
    private Help() {}

    /** Lays out the help of {@code cli} and all its subcommands. */
    static void manPage(CommandLine cli, Words words) {
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String code : new String[] {"0", "1", "2", "3", "4"}) {
            exitCodes.put("  " + code, words.get("help.exit" + code));
        }
        apply(cli, words, exitCodes);
    }

    private static void apply(CommandLine cli, Words words, Map<String, String> exitCodes) {
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.synopsisHeading(words.get("help.synopsis") + "%n  ")
                .descriptionHeading("%n" + words.get("help.description") + "%n")
                .parameterListHeading("%n" + words.get("help.parameters") + "%n")
                .optionListHeading("%n" + words.get("help.options") + "%n")
                .commandListHeading("%n" + words.get("help.commands") + "%n")
                .exitCodeListHeading("%n" + words.get("help.exitStatus") + "%n")
                .exitCodeList(exitCodes)
                .footerHeading("%n")
                .footer(words.get("help.footer") + "%n");
        for (CommandLine sub : cli.getSubcommands().values()) {
            apply(sub, words, exitCodes);
        }
    }
}

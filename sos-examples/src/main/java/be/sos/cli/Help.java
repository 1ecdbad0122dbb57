package be.sos.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command laid out like a manual page ({@code sos help COMMAND}): synopsis,
 * description, arguments, options, subcommands and exit status, in the chosen language (the Dutch
 * descriptions in {@code help_nl.properties}, the English ones in the commands' annotations, and in
 * {@code help_en.properties} where an option shared by several commands has words per command).
 */
final class Help {
    private Help() {}

    /** Lays out the help of {@code cli} and all its subcommands. */
    static void manPage(CommandLine cli, Words words) {
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String code : new String[] {"0", "1", "2", "3", "4"}) {
            exitCodes.put("  " + code, words.get("help.exit" + code));
        }
        cli.setResourceBundle(bundle(words));
        apply(cli, words, exitCodes);
    }

    /**
     * The help's words in the language of {@code words}: the Dutch help entirely, the English only
     * where a shared option has words of its own per command (the rest are the annotations').
     */
    static java.util.ResourceBundle bundle(Words words) {
        String name = "help_" + words.locale().getLanguage() + ".properties";
        try (java.io.InputStream in = Help.class.getResourceAsStream(name)) {
            return new java.util.PropertyResourceBundle(
                    new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, name), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        if (cli.getCommandSpec().helpCommand()) {
            usage.description(words.get("help.helpCommand"));
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            apply(sub, words, exitCodes);
        }
    }
}

package be.sos.cli;

import be.sos.rules.EvaluationOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option of every evaluating command that adds the programme rules: {@code --portfolio DIR}. */
final class PortfolioOption {
    @Option(names = "--portfolio", paramLabel = "DIR", description = "add the programme rules, judged against the cases in DIR")
    private Path portfolio;

    /** The options with the portfolio's cases added, when {@code --portfolio} is given. */
    EvaluationOptions apply(EvaluationOptions options) {
        return portfolio == null ? options : options.withPortfolio(Inputs.readPortfolio(portfolio));
    }
}

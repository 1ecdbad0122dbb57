package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The index of a rule directory with versions, {@value #FILE}: one line per version, oldest first,
 * in columns separated by spaces: its name, the first petition date it judges ({@code -} for the
 * first version: no start), optionally the last ({@code -}: until the next version starts), and
 * optionally its folder ({@code -}: none, the shared files as they are; left out: the folder named
 * like the version). Blank lines and lines starting with {@code #} are comments.
 *
 * <pre>
 * # name     in force from   until   folder
 * pilot      -
 * 2019-07    2019-07-01
 * </pre>
 *
 * @param versions the versions, oldest first
 */
record VersionIndex(List<Entry> versions) {
    /** The index's file name, at the root of the rule directory. */
    public static final String FILE = "versions.index";
    /**
     * The earliest date of the case format (docs/case-format.md): the first version must start
     * on it or before it, or have no start, so that every case has a version.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /**
     * One version.
     *
     * @param name its name
     * @param from the first petition date it judges, or null
     * @param until the last petition date it judges, or null
     * @param folder its folder in the rule directory, or null for none
     * @param line its line in the index
     */
    public record Entry(String name, LocalDate from, LocalDate until, String folder, int line) {
    }

    /** Copies the list. */
    public VersionIndex {
        versions = List.copyOf(versions);
    }

    /**
     * Reads an index; adds a problem, with its line and column, for every line that is not a
     * version, and for dates that overlap, are out of order, or leave a case without a version.
     */
    public static VersionIndex parse(String text, List<RuleProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length < 2 || columns.length > 4) {
                problems.add(new RuleProblem(FILE, number, 1, "expected NAME FROM [UNTIL [FOLDER]] (FROM and UNTIL as YYYY-MM-DD or -), found "
                        + columns.length + " column(s)"));
                continue;
            }
            String name = columns[0];
            if (!NAME.matcher(name).matches()) {
                problems.add(new RuleProblem(FILE, number, 1, "version name '" + name
                        + "': letters, digits, '.', '_' or '-', starting with a letter or digit, at most 40"));
                continue;
            }
            if (!names.add(name)) {
                problems.add(new RuleProblem(FILE, number, 1, "version '" + name + "' is listed twice"));
                continue;
            }
            LocalDate from = date(columns[1], "in force from", lines[i], number, problems);
            LocalDate until = columns.length > 2 ? date(columns[2], "until", lines[i], number, problems) : null;
            String folder = columns.length > 3 ? columns[3] : name;
            if ("-".equals(folder)) {
                folder = null;
            } else if (!NAME.matcher(folder).matches() || folder.startsWith("office-")) {
                problems.add(new RuleProblem(FILE, number, column(lines[i], folder), "folder '" + folder
                        + "': a folder directly in the rule directory, named with letters, digits, '.', '_' or '-', not office-..."));
                continue;
            }
            if (from != null && until != null && until.isBefore(from)) {
                problems.add(new RuleProblem(FILE, number, column(lines[i], columns[2]), "version '" + name + "' ends (" + until
                        + ") before it starts (" + from + ")"));
            }
            entries.add(new Entry(name, from, until, folder, number));
        }
        order(entries, problems);
        return new VersionIndex(entries);
    }

    /** The dates must follow each other without a gap or an overlap, from before the earliest case to the open end. */
    private static void order(List<Entry> entries, List<RuleProblem> problems) {
        if (entries.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new RuleProblem(FILE, 0, 0, "no versions: list at least one (NAME FROM [UNTIL [FOLDER]])"));
            }
            return;
        }
        Entry first = entries.get(0);
        if (first.from() != null && first.from().isAfter(EARLIEST)) {
            problems.add(new RuleProblem(FILE, first.line(), 1, "the first version '" + first.name() + "' starts on " + first.from()
                    + ": a case petitioned before it would have no rules; give the first version no start (-)"));
        }
        for (int i = 1; i < entries.size(); i++) {
            Entry before = entries.get(i - 1);
            Entry next = entries.get(i);
            if (next.from() == null) {
                problems.add(new RuleProblem(FILE, next.line(), 1, "version '" + next.name()
                        + "' has no start; only the first version may have none"));
                continue;
            }
            LocalDate previousStart = before.from() == null ? LocalDate.MIN : before.from();
            if (!next.from().isAfter(previousStart)) {
                problems.add(new RuleProblem(FILE, next.line(), 1, "version '" + next.name() + "' starts on " + next.from()
                        + ", not after version '" + before.name() + "' (" + before.from() + "); list the versions oldest first"));
            } else if (before.until() != null && !before.until().plusDays(1).equals(next.from())) {
                problems.add(new RuleProblem(FILE, next.line(), 1, "version '" + next.name() + "' starts on " + next.from() + " but version '"
                        + before.name() + "' ends on " + before.until() + ": "
                        + (before.until().isBefore(next.from()) ? "the days between would have no rules" : "the versions overlap")
                        + "; let it end the day before (" + next.from().minusDays(1) + ") or leave its end out (-)"));
            }
        }
        Entry last = entries.get(entries.size() - 1);
        if (last.until() != null) {
            problems.add(new RuleProblem(FILE, last.line(), 1, "the last version '" + last.name() + "' ends on " + last.until()
                    + ": a case petitioned after it would have no rules; leave its end out (-)"));
        }
    }

    private static LocalDate date(String text, String what, String line, int number, List<RuleProblem> problems) {
        if ("-".equals(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                problems.add(new RuleProblem(FILE, number, column(line, text), what + " " + text + ": out of range 1900-01-01 to 2200-12-31"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(FILE, number, column(line, text), what + " '" + text + "': not a date (expected YYYY-MM-DD, or -)"));
            return null;
        }
    }

    private static int column(String line, String text) {
        return line.indexOf(text) + 1;
    }

    /** The version in force on a date: the last that started on or before it (the first has no start). */
    public int select(LocalDate date) {
        int chosen = 0;
        for (int i = 0; i < versions.size(); i++) {
            LocalDate from = versions.get(i).from();
            if (from == null || !date.isBefore(from)) {
                chosen = i;
            }
        }
        return chosen;
    }
}

package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The cases a view reads: one case per line of a JSON lines file ({@code -} for standard input), or
 * every {@code .json} file of a directory. A bad line or file is reported on standard error, as
 * {@code sos: FILE:LINE: problem} or {@code sos: FILE: problem}, and skipped: the others are read.
 *
 * @param cases the cases read, in the order of the input
 * @param skipped how many lines or files were bad
 */
record CaseCorpus(List<Case> cases, int skipped) {
    /** Reads the cases, reporting each bad line or file on {@code err}. */
    static CaseCorpus read(String input, PrintWriter err) {
        if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
            return directory(Path.of(input), err);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(input + ": no such file or directory");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        // Parsed on every core, reported in input order.
        List<Object> parsed = IntStream.range(0, lines.size()).parallel().mapToObj(i -> parse(lines.get(i))).toList();
        List<Case> cases = new ArrayList<>(parsed.size());
        int skipped = 0;
        for (int i = 0; i < parsed.size(); i++) {
            Object result = parsed.get(i);
            if (result instanceof Case c) {
                cases.add(c);
            } else if (result instanceof String problem) {
                err.println("sos: " + input + ":" + (i + 1) + ": " + problem);
                skipped++;
            }
        }
        return new CaseCorpus(List.copyOf(cases), skipped);
    }

    /** A case, the problem with the line, or null for a blank line. */
    private static Object parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return CaseJson.read(line);
        } catch (InvalidCaseException e) {
            return e.getMessage();
        }
    }

    private static CaseCorpus directory(Path dir, PrintWriter err) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<Case> cases = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            try {
                cases.add(CaseJson.read(file));
            } catch (InvalidCaseException e) {
                err.println("sos: " + file + ": " + e.getMessage());
                skipped++;
            } catch (IOException e) {
                err.println("sos: " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                skipped++;
            }
        }
        return new CaseCorpus(List.copyOf(cases), skipped);
    }
}

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
    /** Reads the cases, reporting each bad line or file on {@code err} in {@code words}. */
    static CaseCorpus read(String input, PrintWriter err, Words words) {
        if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
            return directory(Path.of(input), err, words);
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
            throw InputException.of("input.noSuchFileOrDirectory", input);
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", input, e.getClass().getSimpleName());
        }
        // Parsed on every core, reported in input order.
        List<Object> parsed = IntStream.range(0, lines.size()).parallel().mapToObj(i -> parse(lines.get(i), words)).toList();
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

    /** A case, the problems of the line on one line, or null for a blank line. */
    private static Object parse(String line, Words words) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return CaseJson.read(line);
        } catch (InvalidCaseException e) {
            return Inputs.problemsOnOneLine(e.problems(), words);
        }
    }

    private static CaseCorpus directory(Path dir, PrintWriter err, Words words) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", dir, e.getClass().getSimpleName());
        }
        List<Case> cases = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            try {
                cases.add(CaseJson.read(file));
            } catch (InvalidCaseException e) {
                err.println("sos: " + file + ": " + Inputs.problemsOnOneLine(e.problems(), words));
                skipped++;
            } catch (IOException e) {
                err.println("sos: " + words.get("input.cannotRead", file, e.getClass().getSimpleName()));
                skipped++;
            }
        }
        return new CaseCorpus(List.copyOf(cases), skipped);
    }
}

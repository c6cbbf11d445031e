package dev.citegraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A writable copy of the project's corpus that a test can break on purpose. */
public final class CorpusCopy {

    public static final Path REAL = Path.of("corpus");

    private final Path root;

    private CorpusCopy(Path root) {
        this.root = root;
    }

    public static CorpusCopy of(Path target) {
        try (Stream<Path> files = Files.walk(REAL)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(REAL.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                    to.toFile().setWritable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusCopy(target);
    }

    public Path root() {
        return root;
    }

    /**
     * Replaces the first line of {@code file} that contains {@code find} with that line's text
     * after replacing {@code find} by {@code replacement}; returns the 1-based line number.
     */
    public int replaceFirst(String file, String find, String replacement) {
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(find)) {
                lines.set(i, lines.get(i).replace(find, replacement));
                write(file, lines);
                return i + 1;
            }
        }
        throw new IllegalArgumentException(find + " not in " + file);
    }

    /** Appends lines to a file; returns the 1-based number of the first appended line. */
    public int append(String file, String... added) {
        List<String> lines = read(file);
        int first = lines.size() + 1;
        lines.addAll(List.of(added));
        write(file, lines);
        return first;
    }

    /** The line of the list entry ("  - ...") that contains the given line: where the loader reports a claim's problems. */
    public int entryStart(String file, int line) {
        List<String> lines = read(file);
        for (int i = line - 1; i >= 0; i--) {
            if (lines.get(i).stripLeading().startsWith("- ")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no list entry above line " + line);
    }

    /** Writes a whole file of the copy (a new article, a new claims file). */
    public void write(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file of the copy. */
    public void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> read(String file) {
        try {
            return new java.util.ArrayList<>(Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, List<String> lines) {
        try {
            Files.write(root.resolve(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.citegraph.embedded;

import java.nio.file.FileSystemException;

import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the embedded database's start-up failures into one line of cause and one of remedy,
 * printed instead of a page of nested exceptions: a data folder already in use by another
 * instance, one that cannot be written, a full disk, a Bolt port already taken.
 */
public class StartFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            FailureAnalysis analysis = analyzeOne(cause, failure);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }

    private static FailureAnalysis analyzeOne(Throwable cause, Throwable failure) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof StartChecks.DataFolderFullException full) {
            return new FailureAnalysis("The disk of the data folder is full: " + message + ".",
                    "Free some space there, or set CITEGRAPH_DATA to a folder on a disk with room"
                            + " (CITEGRAPH_MIN_FREE_SPACE sets how much is needed).", failure);
        }
        if (message.contains("No space left on device")) {
            return new FailureAnalysis("The disk of the data folder is full (No space left on device).",
                    "Free some space there, or set CITEGRAPH_DATA to a folder on a disk with room.", failure);
        }
        if (cause instanceof FileLockException) {
            return new FailureAnalysis("The data folder is in use by another running citegraph or Neo4j: " + message,
                    "Stop the other instance, or give this one its own folder with CITEGRAPH_DATA"
                            + " (and its own PORT and CITEGRAPH_BOLT_PORT).", failure);
        }
        if (cause instanceof FileSystemException fs && (fs instanceof java.nio.file.AccessDeniedException
                || message.contains("Read-only file system") || message.contains("Not a directory")
                || message.contains("Permission denied") || message.contains("Operation not permitted"))) {
            return new FailureAnalysis("The data folder cannot be written: " + message + ".",
                    "Make it writable by the user running citegraph (" + System.getProperty("user.name")
                            + "), or set CITEGRAPH_DATA to a folder that is.", failure);
        }
        if (message.startsWith("cannot listen for Bolt on")) {
            return new FailureAnalysis("The Bolt port is taken: " + message + ".",
                    "Stop what uses it, or set CITEGRAPH_BOLT_PORT to a free port (0 picks one).", failure);
        }
        return null;
    }
}

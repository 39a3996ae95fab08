package kz.sheber.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on a busy data directory into Spring Boot's short "failed to start" report, not a stack trace. */
public final class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Stop the app that runs on " + cause.directory() + ", or give this one its own directory with"
                        + " sheber.data-directory.",
                cause);
    }
}

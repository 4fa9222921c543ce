package org.claimcheck.index;

import java.nio.file.Path;

/** An index written by another schema version (or not by claimcheck): it must be rebuilt, not read. */
public final class IncompatibleIndexException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    IncompatibleIndexException(Path dir, String found) {
        super("the index at " + dir + " was written with "
                + (found == null ? "no claimcheck schema" : "schema version " + found)
                + " but this claimcheck reads schema version " + FactDocuments.SCHEMA_VERSION
                + ": rebuild it (delete the directory and run `claimcheck index` again)");
    }
}

/**
 * hvd's library: loads versioned standards for high-value datasets, reads CSV files, streams their
 * records through compiled checks and builds mergeable, bilingual reports.
 *
 * <p>The API is {@link ca.hvd.core.engine.Validator} with its request, the standard model and
 * registry, the report model and its renderers. Reading CSV ({@code source}) and the compiled checks
 * ({@code check}) are internal.
 */
module ca.hvd.core {
    requires tools.jackson.databind;
    requires com.networknt.schema;
    requires de.siegmar.fastcsv;
    requires re2j;

    exports ca.hvd.core;
    exports ca.hvd.core.i18n;
    exports ca.hvd.core.standard;
    exports ca.hvd.core.engine;
    exports ca.hvd.core.report;
    exports ca.hvd.core.report.render;
}

// Module declaration ModiTect adds to PDFBox 3.0.x's jar for jlink (pom.xml, installer profile): made with
// jdeps --generate-module-info; PDFBox ships the jar as an automatic module only.
module org.apache.pdfbox.io {
    requires transitive org.apache.commons.logging;
    // IOUtils frees mapped buffers through sun.misc.Unsafe (looked up by reflection, so jdeps misses it)
    requires jdk.unsupported;
    exports org.apache.pdfbox.io;
}

// Module declaration ModiTect adds to PDFBox 3.0.x's jar for jlink (pom.xml, installer profile): made with
// jdeps --generate-module-info; PDFBox ships the jar as an automatic module only.
module org.apache.fontbox {
    requires org.apache.commons.logging;
    requires transitive java.desktop;
    requires transitive org.apache.pdfbox.io;
    exports org.apache.fontbox;
    exports org.apache.fontbox.afm;
    exports org.apache.fontbox.cff;
    exports org.apache.fontbox.cmap;
    exports org.apache.fontbox.encoding;
    exports org.apache.fontbox.pfb;
    exports org.apache.fontbox.ttf;
    exports org.apache.fontbox.ttf.gsub;
    exports org.apache.fontbox.ttf.model;
    exports org.apache.fontbox.ttf.table.common;
    exports org.apache.fontbox.ttf.table.gsub;
    exports org.apache.fontbox.type1;
    exports org.apache.fontbox.util;
    exports org.apache.fontbox.util.autodetect;
}

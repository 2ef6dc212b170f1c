package app.limber.sharing;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of a link, made on the server (Nayuki's qrcodegen): as an SVG file, or as the
 * square grid of modules for drawing into a PDF. Medium error correction, so a slightly
 * worn printout still scans.
 */
public final class LinkQrCode {

    /** Light modules around the code, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private final QrCode code;

    private LinkQrCode(QrCode code) {
        this.code = code;
    }

    public static LinkQrCode of(String link) {
        return new LinkQrCode(QrCode.encodeText(link, QrCode.Ecc.MEDIUM));
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return code.size;
    }

    public boolean isDark(int x, int y) {
        return code.getModule(x, y);
    }

    /** A standalone SVG document: black modules on white, one path, scalable to any size. */
    public String svg() {
        int side = code.size + 2 * QUIET_ZONE;
        var path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of the link\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}

package app.limber.base.web;

import app.limber.base.Words;

import java.text.Normalizer;
import java.util.Locale;

/** The name a download is saved under, made from what a coach typed: plain letters, digits and dashes. */
public final class DownloadName {

    private DownloadName() {
    }

    /** A routine's file name in the reader's language: "routine" ("rutina", "dehnroutine") when nothing is left of the title. */
    public static String ofRoutine(String title, java.util.Locale reader) {
        return of(title, Words.of("download-name.routine").in(reader));
    }

    /** "Calf-cramp relief mid-run" → "calf-cramp-relief-mid-run"; "Łódź 🏃" → "lodz"; nothing left → the fallback. */
    public static String of(String title, String fallback) {
        String plain = Normalizer.normalize(title.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                        .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }
}
